/**
 * Reading the document's units — its sentences and section headings — with the grammar: each is
 * cut into tokens (sentences take wink's POS) unless it holds neither a digit nor a trigger word
 * outside its citations, tokens inside citations are blocked, numbers that
 * count things are marked, and the grammar's top-level atoms become candidates for the document
 * pass, together with the leaders named anywhere (for "their period in office").
 */
import { POS_TAGS, layer, type Diagnostic, type Doc } from '../../doc.js';
import { message } from '../../stage.js';
import { atomOf, startOf, tokenOf, type Item } from './grammar.js';
import type { TemporalResources } from './index.js';
import { scan, setPos, Tokens, type PosSource } from './lexer.js';
import { markQuantities } from './quantities.js';
import type { Candidate, Mention } from './resolve.js';

/** Atom categories that are only parts of expressions (names waiting for a frame). */
const NAME_CATS = new Set(['period', 'periodShort', 'leader', 'leaderShort']);

/**
 * A stretch of text the grammar reads: a sentence, or a section heading. Made by {@link unit} only,
 * and with no field that is sometimes an array and sometimes null: every unit has one shape, so the
 * code reading units is compiled once (a second shape met in a later text costs a deoptimisation).
 */
interface Unit {
  id: string;
  cleanStart: number;
  text: string;
  /** Wink token range of a sentence; -1, -1 for a heading. */
  tokenStart: number;
  tokenEnd: number;
  /** A sentence's section; null for a heading. */
  sentenceSection: string | null;
  /**
   * Is `text` the clean text at `cleanStart`? (A sentence's text is, by the document model, and a
   * heading is found there.) Then the unit is cut where it stands in the clean text: one flat
   * string, quicker to read than the unit's own slice of it.
   */
  inClean: boolean;
}

function unit(id: string, cleanStart: number, text: string, tokenStart: number, tokenEnd: number, sentenceSection: string | null, inClean: boolean): Unit {
  return { id, cleanStart, text, tokenStart, tokenEnd, sentenceSection, inClean };
}

/** Sentences and headings in document order, headings located in the clean text. */
export function unitsOf(doc: Doc, messages: Diagnostic[], bylineLine: RegExp, infoboxLine: RegExp): Unit[] {
  const { text: clean, map } = layer(doc, 'clean');
  // A loop rather than `map`: optimised code makes `map`'s array holey, the interpreter's is packed,
  // and code compiled for one kind of array deoptimises on the other.
  const units: Unit[] = [];
  for (const s of layer(doc, 'sentences')) {
    units.push(unit(s.id, s.cleanStart, s.text, s.tokenStart, s.tokenEnd, s.sectionId, s.text.length === s.cleanEnd - s.cleanStart && s.cleanEnd <= clean.length));
  }
  for (const section of layer(doc, 'sections')) {
    if (!section.heading || !section.headingSpan) continue;
    const guess = map.toClean(section.headingSpan.start);
    const at = clean.startsWith(section.heading, guess) ? guess : clean.indexOf(section.heading, Math.max(0, guess - 16));
    if (at < 0 || at > guess + 16) {
      messages.push(message('temporal', 'info', 'temporal/heading-not-found', `heading of ${section.id} not found in the clean text`, section.headingSpan));
      continue;
    }
    units.push(unit(section.id, at, section.heading, -1, -1, null, true));
  }
  // The title places the text in time too ('Clubs and the Crown in Ruritania, 1855–1917'), and so
  // does a byline's date ('Sava Policy Lab, Belgrade, February 2025'; not a bare date line nor a
  // note of publication in the front matter): each is read as a heading of the section that holds
  // it (the opening one), which has no heading of its own.
  const sections = layer(doc, 'sections');
  for (const b of layer(doc, 'blocks')) {
    // ('Periods: Independence (1964–1971) · …': so does a labelled line of the front matter.)
    const line = b.kind === 'byline' || b.kind === 'front' ? clean.slice(b.cleanStart, b.cleanEnd) : '';
    if (b.kind !== 'title' && !(line !== '' && (bylineLine.test(line) || (b.kind === 'front' && infoboxLine.test(line))))) continue;
    const holder = sections.find((s) => s.start <= b.start && b.start < s.end && s.heading === null);
    if (holder) units.push(unit(holder.id, b.cleanStart, clean.slice(b.cleanStart, b.cleanEnd), -1, -1, null, true));
  }
  return units.sort((a, b) => a.cleanStart - b.cleanStart);
}

/**
 * Reads every unit of `doc` in document order; returns the candidates (with clean offsets) and the
 * leaders named. Units with neither a digit nor a trigger word are not cut at all.
 */
export function readUnits(doc: Doc, resources: TemporalResources, messages: Diagnostic[]): { candidates: Candidate[]; mentions: Mention[] } {
  const reader = new UnitReader(doc, resources);
  const units = unitsOf(doc, messages, resources.bylineLine, resources.infoboxLine);
  for (let i = 0; i < units.length; i++) reader.read(units[i], i);
  return { candidates: reader.candidates, mentions: reader.mentions };
}

/** Reads the units of one document, one at a time and in order (the work per unit compiled small). */
class UnitReader {
  readonly candidates: Candidate[] = [];
  readonly mentions: Mention[] = [];
  private readonly clean: string;
  private readonly posSource: PosSource;
  /** Citations in clean offsets, ascending: their tokens are blocked ("(Howell 2003)"). */
  private readonly citations: (readonly [number, number])[];
  /** The first citation that does not end before the unit being read. */
  private cite = 0;
  /** What level 0 (the era names) built in the unit being read, if anything. */
  private names: readonly Item[] | null = null;
  private readonly keepNames = (level: number, levelItems: readonly Item[], count: number): void => {
    // The grammar reuses the list: a copy is kept.
    if (level === 0) this.names = levelItems.slice(0, count);
  };

  constructor(
    doc: Doc,
    private readonly resources: TemporalResources,
  ) {
    const { text, map } = layer(doc, 'clean');
    this.clean = text;
    const tokens = layer(doc, 'tokens');
    this.posSource = { cleanStart: tokens.cleanStart, cleanEnd: tokens.cleanEnd, pos: tokens.pos, tags: POS_TAGS };
    const citations = layer(doc, 'citations').map((c) => [map.toClean(c.start), map.toClean(c.end)] as const);
    let sorted = true;
    for (let c = 1; c < citations.length; c++) sorted &&= citations[c - 1][0] <= citations[c][0];
    if (!sorted) citations.sort((a, b) => a[0] - b[0]);
    // A citation past every unit: the loops over citations always read one (a loop that first
    // reads one in the third text would cost a deoptimisation there).
    citations.push([PAST_END, PAST_END]);
    this.citations = citations;
  }

  read(unit: Unit, unitIndex: number): void {
    const { citations, resources } = this;
    const end = unit.cleanStart + unit.text.length;
    while (this.cite < citations.length && citations[this.cite][1] <= unit.cleanStart) this.cite++;
    let last = this.cite;
    while (last < citations.length && citations[last][0] < end) last++;
    if (!resources.grammar.mayMatch(last === this.cite ? unit.text : this.visible(unit, last))) return;
    const toks = this.tokensOf(unit, last);
    this.names = null;
    const items = resources.grammar.parse(toks, this.keepNames);
    if (!items) return;
    if (this.names) addMentions(this.names, unitIndex, unit.id, this.mentions);
    const first = this.candidates.length;
    for (let k = 0; k < items.length; k++) {
      const atom = atomOf(items[k]);
      if (!atom || NAME_CATS.has(atom.cat)) continue;
      // Only clean offsets are kept: holding every token until the end makes the collector promote them.
      this.candidates.push({
        unitId: unit.id,
        unitIndex,
        sentenceSection: unit.sentenceSection,
        atom,
        heading: unit.tokenStart < 0,
        bracketed: bracketedAfter(toks, items, k),
        cleanStart: toks.cleanStart(atom.i0),
        cleanEnd: toks.cleanEnd(atom.i1 - 1),
      });
    }
    if (this.candidates.length > first) giveRulersTheirSentenceRange(this.candidates, first, unit, resources.accessionBefore, resources.tenureBefore);
  }

  /** The unit's text with its citations (up to `last`) blanked: "(Howell 2003)" alone makes no sentence worth reading. */
  private visible(unit: Unit, last: number): string {
    const { citations } = this;
    const end = unit.cleanStart + unit.text.length;
    let visible = unit.text;
    for (let c = this.cite; c < last; c++) {
      const from = Math.max(citations[c][0], unit.cleanStart) - unit.cleanStart;
      const to = Math.min(citations[c][1], end) - unit.cleanStart;
      visible = visible.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + visible.slice(to);
    }
    return visible;
  }

  /** The unit's tokens: cut where it stands in the clean text, citations blocked, quantities marked. */
  private tokensOf(unit: Unit, last: number): Tokens {
    const { citations } = this;
    const [text, from, shift] = unit.inClean ? [this.clean, unit.cleanStart, 0] : [unit.text, 0, unit.cleanStart];
    const toks = unitTokens;
    scan(text, from, from + unit.text.length, shift, this.resources.grammar.words, toks);
    for (let c = this.cite; c < last; c++) {
      for (let k = 0; k < toks.count; k++) if (toks.start[k] + shift < citations[c][1] && toks.end[k] + shift > citations[c][0]) toks.block(k);
    }
    if (unit.tokenStart >= 0) {
      setPos(toks, this.posSource, unit.tokenStart, unit.tokenEnd);
      retagCapitalisedAuxiliaries(toks, text, this.resources.auxiliaries);
    }
    markQuantities(toks, this.resources.guard);
    return toks;
  }
}

const UPPER_START = /^\p{Lu}/u;

/**
 * 'Under Raghubar Das, chief minister …': the tagger reads some capitalised names as auxiliaries
 * (German 'Das'); a capitalised word after the unit's first that is no English auxiliary
 * (`auxiliaries`: 'May', 'Will' keep their tag) is a proper noun.
 */
function retagCapitalisedAuxiliaries(toks: Tokens, text: string, auxiliaries: ReadonlySet<string>): void {
  for (let k = 1; k < toks.count; k++) {
    if (toks.pos[k] !== 'AUX' || auxiliaries.has(toks.norm(k)) || !UPPER_START.test(text.charAt(toks.start[k]))) continue;
    toks.pos[k] = 'PROPN';
  }
}

/** The leaders named in full among `items` (for "their period in office"). */
function addMentions(items: readonly Item[], unitIndex: number, unitId: string, mentions: Mention[]): void {
  for (const it of items) {
    const atom = atomOf(it);
    if (atom?.cat !== 'leader' || atom.value.pending?.type !== 'era') continue;
    for (const id of atom.value.pending.ids) mentions.push({ unitIndex, unitId, token: startOf(it), id });
  }
}

/** An offset past any text (and a small integer, as offsets are: the JIT keeps them unboxed). */
const PAST_END = 0x3fffffff;

/** The tokens of the unit being read (reused: one unit is read at a time). */
const unitTokens = new Tokens();

/**
 * "Between 1990 and 1996, under President Levon Ter-Petrosyan, NGOs sat on councils", "Under Fath
 * Ali Shah, who ruled from 1797 to 1834, …": a titled ruler the era table does not know, with no
 * years of its own, takes the one range its sentence gives (candidates from `first` are one unit's);
 * without one, a start the sentence gives after a phrase of accession ('Under Joseph Muscat, who led
 * Labour to power in March 2013, …': `accessionBefore`), the era then open.
 */
function giveRulersTheirSentenceRange(candidates: Candidate[], first: number, unit: Unit, accessionBefore: RegExp, tenureBefore: RegExp): void {
  for (let k = first; k < candidates.length; k++) {
    const p = candidates[k].atom.value.pending;
    // An untitled name ('Under Section 4, between 1990 and 1995') is no ruler by its sentence alone.
    if (p?.type !== 'ruler-text' || p.own || p.needsDating || candidates[k].bracketed) continue;
    let range: Candidate['bracketed'] = null;
    let ranges = 0;
    for (let j = first; j < candidates.length; j++) {
      const v = candidates[j].atom.value;
      if (v.pending || v.kind !== 'range' || v.from === null || v.to === null || v.to <= v.from) continue;
      range = v;
      ranges++;
    }
    if (ranges === 1) candidates[k].bracketed = range;
    else if (ranges === 0) candidates[k].bracketed = accessionAfter(candidates, first, k, unit, accessionBefore, tenureBefore);
  }
}

/**
 * The start of rule a point after ruler candidate `k` gives after a phrase of accession ('who took
 * office in 2013'), as an open range; null unless it is the sentence's only other date. (With more
 * dates, 'Under Traian Băsescu, who became president in December 2004, the state … on 18 December
 * 2006 …', the main clause has its own date, and an era open to the present would only blur it.)
 */
function accessionAfter(candidates: Candidate[], first: number, k: number, unit: Unit, accessionBefore: RegExp, tenureBefore: RegExp): Candidate['bracketed'] {
  let start: Candidate['bracketed'] = null;
  for (let j = first; j < candidates.length; j++) {
    if (j === k) continue;
    const v = candidates[j].atom.value;
    if (start !== null) return null;
    // ('Under Terence O'Neill, prime minister of Northern Ireland from 1963, …': the start of his tenure
    // in an apposition of his office, an open range; `tenureBefore`.)
    const open = v.kind === 'range' && v.to === null;
    if (v.pending || v.from === null || (v.from !== v.to && !open) || candidates[j].cleanStart < candidates[k].cleanEnd) return null;
    const before = unit.text.slice(candidates[k].cleanEnd - unit.cleanStart, candidates[j].cleanStart - unit.cleanStart);
    if (!(open ? tenureBefore : accessionBefore).test(before)) return null;
    start = { ...v, kind: 'range', to: null };
  }
  return start;
}

/** The value of a bracketed date right after item `k` ("the Mao era (1949–76)"), else null. */
function bracketedAfter(toks: Tokens, items: readonly Item[], k: number): Candidate['bracketed'] {
  const type = atomOf(items[k])?.value.pending?.type;
  if (type !== 'era' && type !== 'ruler-text') return null;
  const open = tokenOf(items[k + 1]);
  const inner = atomOf(items[k + 2]);
  const close = tokenOf(items[k + 3]);
  if (open < 0 || toks.norm(open) !== '(' || close < 0 || toks.norm(close) !== ')' || !inner || inner.value.pending) return null;
  return inner.value;
}
