/**
 * Reading the document's units — its sentences and section headings — with the grammar: each is
 * cut into tokens (sentences take wink's POS) unless it holds neither a digit nor a trigger word
 * outside its citations, tokens inside citations are blocked, numbers that
 * count things are marked, and the grammar's top-level atoms become candidates for the document
 * pass, together with the leaders named anywhere (for "their period in office").
 */
import { POS_TAGS, layer, type Diagnostic, type Doc } from '../../doc.js';
import { message } from '../../stage.js';
import { tokOf, type Item } from './grammar.js';
import type { TemporalResources } from './index.js';
import { lex, markQuantities } from './lexer.js';
import type { Candidate, Mention } from './resolve.js';

/** Atom categories that are only parts of expressions (names waiting for a frame). */
const NAME_CATS = new Set(['period', 'periodShort', 'leader', 'leaderShort']);

/** A stretch of text the grammar reads: a sentence, or a section heading. */
interface Unit {
  id: string;
  cleanStart: number;
  text: string;
  /** Wink token range of a sentence; null for a heading. */
  tokens: [number, number] | null;
}

/** Sentences and headings in document order, headings located in the clean text. */
export function unitsOf(doc: Doc, messages: Diagnostic[]): Unit[] {
  const { text: clean, map } = layer(doc, 'clean');
  const units: Unit[] = layer(doc, 'sentences').map((s) => ({ id: s.id, cleanStart: s.cleanStart, text: s.text, tokens: [s.tokenStart, s.tokenEnd] }));
  for (const section of layer(doc, 'sections')) {
    if (!section.heading || !section.headingSpan) continue;
    const guess = map.toClean(section.headingSpan.start);
    const at = clean.startsWith(section.heading, guess) ? guess : clean.indexOf(section.heading, Math.max(0, guess - 16));
    if (at < 0 || at > guess + 16) {
      messages.push(message('temporal', 'info', 'temporal/heading-not-found', `heading of ${section.id} not found in the clean text`, section.headingSpan));
      continue;
    }
    units.push({ id: section.id, cleanStart: at, text: section.heading, tokens: null });
  }
  return units.sort((a, b) => a.cleanStart - b.cleanStart);
}

/**
 * Reads every unit of `doc` in document order; returns the candidates (with clean offsets) and the
 * leaders named. Units with neither a digit nor a trigger word are not cut at all.
 */
export function readUnits(doc: Doc, resources: TemporalResources, messages: Diagnostic[]): { candidates: Candidate[]; mentions: Mention[] } {
  const { map } = layer(doc, 'clean');
  const tokens = layer(doc, 'tokens');
  const posSource = { cleanStart: tokens.cleanStart, cleanEnd: tokens.cleanEnd, pos: tokens.pos, tags: POS_TAGS };
  // Citations in clean offsets, ascending: their tokens are blocked ("(Howell 2003)").
  const citations = layer(doc, 'citations')
    .map((c) => [map.toClean(c.start), map.toClean(c.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let cite = 0;
  const candidates: Candidate[] = [];
  const mentions: Mention[] = [];
  unitsOf(doc, messages).forEach((unit, unitIndex) => {
    const end = unit.cleanStart + unit.text.length;
    while (cite < citations.length && citations[cite][1] <= unit.cleanStart) cite++;
    let last = cite;
    while (last < citations.length && citations[last][0] < end) last++;
    // The years of "(Howell 2003)" alone do not make a sentence worth reading.
    let visible = unit.text;
    for (let c = cite; c < last; c++) {
      const from = Math.max(citations[c][0], unit.cleanStart) - unit.cleanStart;
      const to = Math.min(citations[c][1], end) - unit.cleanStart;
      visible = visible.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + visible.slice(to);
    }
    if (!resources.grammar.mayMatch(visible)) return;
    const toks = unit.tokens ? lex(unit.text, unit.cleanStart, posSource, unit.tokens[0], unit.tokens[1]) : lex(unit.text, unit.cleanStart);
    for (let c = cite; c < last; c++) {
      for (const t of toks) if (t.cleanStart < citations[c][1] && t.cleanEnd > citations[c][0]) t.blocked = true;
    }
    markQuantities(toks, resources.guard);
    const items = resources.grammar.parse(toks, (level, levelItems) => {
      if (level !== 0) return;
      for (const it of levelItems) {
        if (it.atom?.cat !== 'leader' || it.atom.value.pending?.type !== 'era') continue;
        for (const id of it.atom.value.pending.ids) mentions.push({ unitIndex, unitId: unit.id, token: it.i0, id });
      }
    });
    if (items === toks) return;
    items.forEach((it, k) => {
      if (!it.atom || NAME_CATS.has(it.atom.cat)) return;
      // Only clean offsets are kept: holding every token until the end makes the collector promote them.
      candidates.push({
        unitId: unit.id,
        unitIndex,
        atom: it.atom,
        heading: unit.tokens === null,
        bracketed: bracketedAfter(items, k),
        cleanStart: toks[it.i0].cleanStart,
        cleanEnd: toks[it.i1 - 1].cleanEnd,
      });
    });
  });
  return { candidates, mentions };
}

/** The value of a bracketed date right after item `k` ("the Mao era (1949–76)"), else null. */
function bracketedAfter(items: readonly Item[], k: number): Candidate['bracketed'] {
  const [open, inner, close] = [items[k + 1], items[k + 2], items[k + 3]];
  if (items[k].atom?.value.pending?.type !== 'era') return null;
  if (tokOf(open)?.norm !== '(' || tokOf(close)?.norm !== ')' || !inner?.atom || inner.atom.value.pending) return null;
  return inner.atom.value;
}
