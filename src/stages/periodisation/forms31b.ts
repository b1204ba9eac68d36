/**
 * Forms of periodisation revised, quoted or nested that the thirty-first session read (each on
 * texts of its own, see tests/stages/periodisation-forms31b.test.ts), kept apart from thesis.ts and
 * called from it:
 * - a correction that says what a text should read ('It should read: "… can be told in four
 *   phases: …"', after the printed three): the corrected scheme replaces the one it corrects;
 * - a speaker who counts again aloud ('So let me say four chapters, not three.') after counting fewer
 *   of the same noun, and names the stages as she goes ('The first chapter was the study-club years.
 *   It began in 1928 …'; after the recount, 'The branch years ran from 1949 to 1977, and the fund
 *   years from 1977 until … 1994.'; 'the fourth chapter is the arm's-length years. They began in
 *   1994 …'): the stages are the names she gives, a stage told anew splitting the one of its name;
 * - a count quoted as an example ('…; for example: "three phases: consolidation (1945–1960), …"')
 *   that the text then disowns ('Such an example is only an example; the Review takes no view on any
 *   periodisation.'): no claim. An example the writer then adopts stays the claim;
 * - stages named in turn right after the count, by the writer's verb of naming and ordinals ('… falls
 *   into two halves, divided by … 1 January 1981. I call the first the state half, 1915–1981, and the
 *   second the European half, which runs from 1981 to the present.'): each takes its name, and its
 *   years when the naming gives them;
 * - a listed stage that runs from an event pointing back at the stage before's end ('from those
 *   protests', 'from the trials that followed the camp') to an event: it starts where the stage
 *   before ends, and ends at the event's date, in the item or, told elsewhere, where the text dates
 *   it ('… the years of the street, from those protests to the camp at Gdeim Izik; and the years of
 *   the courts, from the trials that followed the camp to the end of the ceasefire in November 2020').
 */
import type { Sentence, TemporalExpression } from '../../doc.js';
import type { Thesis, ThesisItem } from './thesis.js';
import { eventYearElsewhere, rangeOn, type EventBoundsRules } from './events.js';

/** The data of these forms, in pipeline/periodisation.json under `revisedOrQuoted`. */
export interface RevisedOrQuotedData {
  /** What a correction says its text should read, at the end of the sentence before the corrected one or before the count in it. */
  shouldRead: string;
  /** Words before a count said again with the count it replaces ('let me say', 'make that', 'I should have said'). */
  recountOpeners: string[];
  /** Verbs of a stage's course between its name and 'from' in a sentence that tells stages anew ('ran', 'lasted'). */
  spanVerbs: string[];
  /** Pronouns that open the sentence after a stage is named and speak of it ('It began in 1928'). */
  speakingOfIt: string[];
  /** Words before the year that ends a stage ('until', 'to'). */
  endWords: string[];
  /** What, right before a count (and its quotation mark), makes it an example ('for example:', 'e.g.'). */
  exampleOpener: string;
  /** What says an example is only that, or that the text takes no view ('only an example', 'takes no view on'). */
  disowned: string;
  /** The writer's verb of naming before the first ordinal ('I call', 'we shall name'), opening its sentence. */
  callsInTurn: string;
  /** What makes the event a stage starts from point back at the one the stage before ended with ('those protests', 'the trials that followed the camp'). */
  pointsBack: string;
}

export interface RevisedOrQuotedRules {
  shouldRead: RegExp;
  /** Groups: (1) the new count, (2) the noun, (3) the count replaced. */
  recount: RegExp;
  spanVerbs: string;
  speakingOfIt: RegExp;
  endWords: RegExp;
  exampleOpener: RegExp;
  disowned: RegExp;
  callsInTurn: RegExp;
  pointsBack: RegExp;
}

/** Compiles the data (case-insensitive, Unicode). */
export function revisedOrQuotedRules(d: RevisedOrQuotedData): RevisedOrQuotedRules {
  return {
    shouldRead: new RegExp(d.shouldRead, 'iu'),
    recount: new RegExp(`\\b(?:${d.recountOpeners.join('|')})\\s+(\\p{L}+|\\d{1,2})\\s+(\\p{L}+)\\s*,?\\s+(?:not|rather\\s+than|instead\\s+of)\\s+(\\p{L}+|\\d{1,2})\\s*[.!;,]`, 'iu'),
    spanVerbs: d.spanVerbs.join('|'),
    speakingOfIt: new RegExp(`^(?:${d.speakingOfIt.join('|')})\\s`, 'iu'),
    exampleOpener: new RegExp(`(?:${d.exampleOpener})\\s*[:,]?\\s*["“‘']?\\s*(?:[\\p{L}\\d-]+\\s+){0,3}[\\p{L}\\d-]+$`, 'iu'),
    disowned: new RegExp(d.disowned, 'iu'),
    pointsBack: new RegExp(d.pointsBack, 'iu'),
    callsInTurn: new RegExp(`^(?:${d.callsInTurn})\\s+the\\s+first\\b`, 'iu'),
    endWords: new RegExp(`\\b(?:${d.endWords.join('|')})\\s+(?:\\S+\\s+){0,12}?$`, 'iu'),
  };
}

/** An opening quotation mark and the spaces before it. */
const OPENING_QUOTE = /^\s*["“‘']/u;

/**
 * True when the announcement in sentence `k` is the corrected text a correction gives, in quotes:
 * the sentence before it ends by saying what the text should read ('It should read:'), or the words
 * before the quotation in it do ('The passage should read "… four phases …"'). A correction of
 * something else ('The caption on p. 4 should read "1913"') holds no count: this is asked only of a
 * sentence that announces stages.
 */
export function correctedReading(sentences: Sentence[], k: number, rules: RevisedOrQuotedRules): boolean {
  const s = sentences[k];
  const before = sentences[k - 1];
  if (OPENING_QUOTE.test(s.text)) return before !== undefined && rules.shouldRead.test(before.text.trimEnd());
  const quoted = /["“‘]/u.exec(s.text);
  return quoted !== null && rules.shouldRead.test(s.text.slice(0, quoted.index).trimEnd());
}

/** What the reader of a count said again needs from the stage's rules. */
export interface RecountContext {
  rules: RevisedOrQuotedRules;
  countWords: Map<string, number>;
  ordinals: Map<string, number>;
  stageNouns: Set<string>;
  /** The temporal expressions of a sentence. */
  datesOf: (s: Sentence) => readonly TemporalExpression[];
}

/** Most sentences between the first count and the count said again. */
const MAX_SENTENCES_TO_RECOUNT = 30;

/** A stage named in turn: its name, the sentence naming it, its years when told. */
interface Named {
  name: string;
  at: number;
  start: number;
  from: number | null;
  to: number | null;
  ordinal: number | null;
}

const key = (name: string): string => name.toLowerCase().replace(/^(?:the|a|an)\s+/u, '');

/** The year of each of a sentence's dates between `start` and `end` of its text, in order, with where its text stands (found by its cleaned surface, in turn). */
function yearsIn(s: Sentence, start: number, end: number, ctx: RecountContext): { year: number; at: number }[] {
  return datesWithin(s, ctx)
    .filter(({ t, at }) => t.from !== null && at >= start && at + t.text.length <= end)
    .map(({ t, at }) => ({ year: t.from!, at }));
}

/**
 * The stages of a count said again ('So let me say four chapters, not three.'), or null. The count
 * replaced must have been said before, of the same noun ('… has had three chapters.'): a count
 * with 'not' that is the writer's first ('four chapters, not three, as is often said') is no
 * revision and is left to the other readers. The stages are those named by ordinal ('The first
 * chapter was the study-club years.') and those a sentence right after the recount tells with
 * their years ('The branch years ran from 1949 to 1977, and the fund years from 1977 until …'):
 * a name told anew takes its ordinal's place, a new one goes after the name told before it in that
 * sentence. They must be exactly as many as the new count, each with a start, in order.
 */
export function recountedAloud(sentences: Sentence[], ctx: RecountContext): Thesis | null {
  const { rules } = ctx;
  for (let j = 0; j < sentences.length; j++) {
    const m = rules.recount.exec(sentences[j].text);
    if (!m) continue;
    const total = ctx.countWords.get(m[1].toLowerCase());
    const replaced = ctx.countWords.get(m[3].toLowerCase());
    const noun = m[2].toLowerCase();
    if (total === undefined || replaced === undefined || total === replaced || !ctx.stageNouns.has(noun) || !noun.endsWith('s')) continue;
    const earlier = new RegExp(`\\b${m[3]}\\s+(?:[\\p{L}-]+\\s+)?${noun}\\b`, 'iu');
    let first = -1;
    for (let i = j - 1; i >= Math.max(0, j - MAX_SENTENCES_TO_RECOUNT); i--) if (earlier.test(sentences[i].text)) first = i;
    if (first < 0) continue;
    return stagesSaid(sentences, first, j, total, noun, m[2], ctx);
  }
  return null;
}

function stagesSaid(sentences: Sentence[], first: number, j: number, total: number, noun: string, asWritten: string, ctx: RecountContext): Thesis | null {
  const singular = noun.slice(0, -1);
  const ordinalWords = [...ctx.ordinals].filter(([w]) => /^\p{L}{3,}$/u.test(w) && !ctx.countWords.has(w)).map(([w]) => w);
  // 'The first chapter was the study-club years.', 'Speaker, the fourth chapter is the arm's-length years.'
  const byOrdinal = new RegExp(`^(?:[\\p{L}]+,\\s+)?(?:and\\s+)?the\\s+(${ordinalWords.join('|')})\\s+${singular}\\s+(?:was|is)\\s+((?:the|a|an)\\s+[^,;:.()\\d]{2,50}?)\\s*[.!]?$`, 'iu');
  const named: Named[] = [];
  for (let i = first + 1; i < sentences.length && i <= j + MAX_SENTENCES_TO_RECOUNT; i++) {
    const o = byOrdinal.exec(sentences[i].text);
    if (!o) continue;
    const ordinal = ctx.ordinals.get(o[1].toLowerCase())!;
    if (ordinal > total || named.some((x) => x.ordinal === ordinal)) continue;
    const s = sentences[i];
    const nameStart = o.index + o[0].indexOf(o[2], o[0].length - o[2].length - 3);
    // The years of a stage so named: in the next sentence, when it speaks of the stage ('It began in 1928 …, and it ran until 1949').
    const next = sentences[i + 1];
    const told = next && next.paragraphId === s.paragraphId && ctx.rules.speakingOfIt.test(next.text) ? next : null;
    const years = told ? yearsIn(told, 0, told.text.length, ctx) : [];
    const end = told ? years.find((y, n) => n > 0 && ctx.rules.endWords.test(told.text.slice(0, y.at))) : undefined;
    named.push({ name: o[2], at: i, start: nameStart, from: years[0]?.year ?? null, to: end?.year ?? null, ordinal });
  }
  // The stages told anew right after the recount, each a name, 'from' and its years.
  const anew = toldAnew(sentences, j + 1, ctx);
  if (anew.length === 0) return null;
  const sequence = named.sort((a, b) => a.ordinal! - b.ordinal!);
  let after = -1;
  for (const t of anew) {
    const same = sequence.findIndex((x) => key(x.name) === key(t.name));
    if (same >= 0) {
      sequence[same] = { ...sequence[same], from: t.from, to: t.to };
      after = same;
    } else if (after >= 0) sequence.splice(++after, 0, t);
    else return null;
  }
  if (sequence.length !== total) return null;
  for (let n = 0; n < sequence.length; n++) {
    const x = sequence[n];
    if (x.from === null || (n > 0 && x.from < sequence[n - 1].from!)) return null;
  }
  // Each stage's date is an expression of the year it starts, in the sentence naming it or the next.
  const bases = sequence.map((x) => [...ctx.datesOf(sentences[x.at]), ...(sentences[x.at + 1] ? ctx.datesOf(sentences[x.at + 1]) : [])].find((t) => t.from === x.from));
  if (bases.some((b) => b === undefined)) return null;
  const items: ThesisItem[] = sequence.map((x, n) => {
    const s = sentences[x.at];
    const to = x.to ?? sequence[n + 1]?.from ?? null;
    return {
      cleanStart: s.cleanStart + x.start,
      cleanEnd: s.cleanStart + x.start + x.name.length,
      text: x.name,
      sentenceId: s.id,
      label: x.name,
      dated: rangeOn(bases[n]!, x.from, to, 'count said again'),
      endsAtYear: false,
      until: null,
    };
  });
  return { count: total, countSentenceId: sentences[j].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: asWritten.toLowerCase() };
}

/** 'The branch years ran from 1949 to 1977, and the fund years from 1977 until … 1994.': each clause a name, 'from', its years. */
function toldAnew(sentences: Sentence[], at: number, ctx: RecountContext): Named[] {
  const s = sentences[at];
  if (!s) return [];
  const clause = new RegExp(`(?:^|,\\s+and\\s+|;\\s+(?:and\\s+)?|,\\s+)(the\\s+[^,;:.()\\d]{2,40}?)\\s+(?:(?:${ctx.rules.spanVerbs})\\s+)?from\\s`, 'giu');
  const found: Named[] = [];
  const heads = [...s.text.matchAll(clause)];
  heads.forEach((h, n) => {
    const start = h.index! + h[0].indexOf(h[1]);
    const end = heads[n + 1]?.index ?? s.text.length;
    const years = yearsIn(s, start, end, ctx);
    found.push({ name: h[1], at, start, from: years[0]?.year ?? null, to: years[1]?.year ?? null, ordinal: null });
  });
  return found;
}

/** Most sentences after an example in which the text may disown it. */
const MAX_SENTENCES_TO_DISOWN = 2;

/**
 * True when the count that ends at `after` in sentence `k` is an example the text gives ('for example:
 * "three phases: …"') and then disowns, in that sentence or the next ones of its paragraph ('Such
 * an example is only an example'). An example not disowned ('for example, into three phases: …. This
 * is the division I follow.') is left to stand.
 */
export function disownedExample(sentences: Sentence[], k: number, after: number, rules: RevisedOrQuotedRules): boolean {
  const s = sentences[k];
  if (!rules.exampleOpener.test(s.text.slice(0, after))) return false;
  for (let i = k; i < sentences.length && i <= k + MAX_SENTENCES_TO_DISOWN && sentences[i].paragraphId === s.paragraphId; i++) {
    if (rules.disowned.test(i === k ? s.text.slice(after) : sentences[i].text)) return true;
  }
  return false;
}

/** Most sentences after the count, in its paragraph, to the sentence that names the stages in turn. */
const MAX_SENTENCES_TO_NAMING = 2;

/** A name after an ordinal: an article and words up to a comma, a clause or the sentence's end. */
const NAME_AFTER_ORDINAL = /^\s*((?:the|a|an)\s+[^,;:.()\d]{2,50}?)(?=\s*[,;:.()]|\s+(?:which|that|from|since|between|and)\b|$)/iu;

/**
 * Names (and dates) the stages of `thesis` from the sentence after its count that names them in
 * turn ('I call the first the state half, 1915–1981, and the second the European half, which runs
 * from 1981 to the present.'): one ordinal to each stage, first to last, in order, each (after its
 * stage noun, if any) followed by its name; the years a part gives replace the ones read before.
 * Nothing changes unless the ordinals are exactly the stages ('I call the first the optimists' view'
 * after two views is no naming of stages).
 */
export function calledInTurn(thesis: Thesis, sentences: Sentence[], ctx: RecountContext): void {
  const at = sentences.findIndex((x) => x.id === thesis.countSentenceId);
  if (at < 0) return;
  const ordinalOf = new Map([...ctx.ordinals].filter(([w]) => /^\p{L}{3,}$/u.test(w) && !ctx.countWords.has(w)));
  const singular = thesis.countedNoun?.replace(/s$/u, '') ?? '';
  for (let i = at + 1; i < sentences.length && i <= at + MAX_SENTENCES_TO_NAMING && sentences[i].paragraphId === sentences[at].paragraphId; i++) {
    const s = sentences[i];
    if (!ctx.rules.callsInTurn.test(s.text)) continue;
    const ordinal = new RegExp(`\\bthe\\s+(${[...ordinalOf.keys()].join('|')})\\b(?:\\s+${singular || '\\p{L}+'}\\b)?`, 'giu');
    const heads = [...s.text.matchAll(ordinal)];
    if (heads.length !== thesis.items.length || heads.some((h, n) => ordinalOf.get(h[1].toLowerCase()) !== n + 1)) return;
    const parts = heads.map((h, n) => {
      const from = h.index! + h[0].length;
      const name = NAME_AFTER_ORDINAL.exec(s.text.slice(from));
      return { name: name?.[1] ?? null, from, to: heads[n + 1]?.index ?? s.text.length };
    });
    if (parts.some((p) => p.name === null)) return;
    const dates = datesWithin(s, ctx);
    parts.forEach((p, n) => {
      const item = thesis.items[n];
      item.label = p.name;
      const date = dates.find((d) => d.at >= p.from && d.at < p.to && d.t.from !== null);
      if (!date) return;
      item.dated = date.t;
      item.until = null;
      item.endsAtYear = false;
    });
    return;
  }
}

/** A sentence's dates with where each stands in its text (found by its cleaned surface, in turn). */
function datesWithin(s: Sentence, ctx: RecountContext): { t: TemporalExpression; at: number }[] {
  const out: { t: TemporalExpression; at: number }[] = [];
  let cursor = 0;
  for (const t of ctx.datesOf(s)) {
    const at = s.text.indexOf(t.text, cursor);
    if (at < 0) continue;
    cursor = at + t.text.length;
    out.push({ t, at });
  }
  return out;
}

/** A listed stage's span of events: 'from' (group 1) 'to' (group 2), to the item's end. */
const FROM_EVENT_TO = /\bfrom\s+([^,;:()]+?)\s+(?:to|until|till)\s+([^;:()]+?)\s*[.;,]?\s*$/iu;

/**
 * Dates the listed stages that run from an event pointing back at the end of the stage before (see
 * the module's comment): from that stage's end to the date the item gives its end event, else the
 * one the text gives it elsewhere (events.ts). An item whose start event holds a date of its own
 * keeps its reading, and so does one whose end is not found or not after its start.
 */
export function fromTheEventBefore(thesis: Thesis, sentences: Sentence[], ctx: RecountContext, events: EventBoundsRules): void {
  const yearsOf = (x: ThesisItem): { from: number | null; to: number | null } | null => (x.dated ? { from: x.dated.from, to: x.until ? (x.until.to ?? x.until.from) : x.dated.to } : null);
  for (let n = 1; n < thesis.items.length; n++) {
    const item = thesis.items[n];
    const m = FROM_EVENT_TO.exec(item.text);
    if (!m || /\d/u.test(m[1]) || !ctx.rules.pointsBack.test(m[1])) continue;
    const previous = yearsOf(thesis.items[n - 1]);
    if (!previous || previous.to === null || previous.from === previous.to) continue;
    const s = sentences.find((x) => x.id === item.sentenceId);
    if (!s) continue;
    const itemAt = item.cleanStart - s.cleanStart;
    const endAt = itemAt + m.index + m[0].indexOf(m[2], m[1].length);
    // The end: a date inside the end event's words, else the event dated elsewhere.
    const inside = datesWithin(s, ctx).find(({ t, at }) => at >= endAt && at < itemAt + item.text.length && t.from !== null);
    const end = inside?.t ?? (/\d/u.test(m[2]) ? undefined : eventYearElsewhere(m[2], sentences, ctx.datesOf, new Set([s.id]), events));
    if (!end || end.from === null || end.from <= previous.to) continue;
    // Only an item read so far from its end's date, or not at all.
    if (item.dated && item.dated !== end && item.dated.from !== end.from) continue;
    item.dated = rangeOn(end, previous.to, end.from, 'from the end of the stage before');
    item.startInferred = true;
    item.until = null;
    item.endsAtYear = false;
  }
}
