/**
 * Thesis statements that announce a periodisation: "It identifies three key stages in their
 * growth: first, …; second, …; and finally, …", "can be seen to have three distinct phases: A; B;
 * and C", or a count followed by sentences that take the stages in turn ("The first phase …").
 */
import type { Sentence, TemporalExpression } from '../../doc.js';

export interface PeriodisationRules {
  /** Cheap test that a sentence holds a stage noun at all, before it is split into words. */
  mentionsStages: RegExp;
  countWords: Map<string, number>;
  stageNouns: Set<string>;
  stageAdjectives: Set<string>;
  announcingWords: Set<string>;
  ordinals: Map<string, number>;
  finalOrdinals: Set<string>;
  itemMarkers: RegExp;
  itemTail: RegExp;
  genericLabelWords: Set<string>;
  openEnded: RegExp;
  headingOrdinal: RegExp;
  headingYears: RegExp;
  conclusionHeadings: RegExp;
  /** More stages than this is a chronicle, not a periodisation. */
  maxStages: number;
  /** Words of holding office: a sentence with one of them may date a stage named after a person. */
  tenureWords: Set<string>;
}

/** One stage as a thesis names it. */
export interface ThesisItem {
  /** Clean offsets of the item inside its sentence's text. */
  cleanStart: number;
  cleanEnd: number;
  text: string;
  sentenceId: string;
  /** Short name when the item gives one beyond its dates ("radio broadcasting and commercialization"). */
  label: string | null;
  /** The temporal expression that dates the item, if any. */
  dated: TemporalExpression | null;
}

export interface Thesis {
  count: number;
  /** Sentence that announces the count. */
  countSentenceId: string;
  items: ThesisItem[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Most characters between the stage noun and the colon that opens the list ("four stages, each named after its president:"). */
const MAX_BEFORE_COLON = 60;
/** What opens a list of stages: a colon, an em dash, a spaced en dash or hyphen ("four stages — A, B, C and D"), or "namely". */
const LIST_OPENER = /:|\s?—\s?|\s[–-]\s|,?\s(?:namely|viz\.),?\s/;
const COLON_FOLLOWS = new RegExp(`^[^.;]{0,${MAX_BEFORE_COLON}}(?:${LIST_OPENER.source})`);

interface Announcement {
  count: number;
  /** Offset, in the sentence text, just after the stage noun. */
  after: number;
  noun: string;
}

/** Finds "three (key) stages" preceded by an announcing word or followed by a colon. */
export function findAnnouncement(text: string, rules: PeriodisationRules): Announcement | null {
  if (!rules.mentionsStages.test(text)) return null;
  const words: { w: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) words.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    const count = rules.countWords.get(words[i].w);
    if (count === undefined || count < 2) continue;
    let j = i + 1;
    while (j < words.length && j <= i + 3 && rules.stageAdjectives.has(words[j].w)) j++;
    if (j >= words.length || !rules.stageNouns.has(words[j].w) || !words[j].w.endsWith('s')) continue;
    const after = words[j].end;
    const colonFollows = COLON_FOLLOWS.test(text.slice(after));
    const announced = words.slice(Math.max(0, i - 4), i).some((x) => rules.announcingWords.has(x.w));
    if (colonFollows || announced) return { count, after, noun: words[j].w };
  }
  return null;
}

/** Splits `text` at top-level `separator`s (outside brackets and quotes); returns [start, end) pairs. */
function splitTopLevel(text: string, from: number, separator: string): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === separator && depth === 0) {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  parts.push([start, text.length]);
  return parts;
}

/** Splits an enumeration at ordinal markers: "first, …, second, …, and finally, …". */
function splitAtOrdinals(text: string, from: number, rules: PeriodisationRules): [number, number][] {
  const marker = /(?:^|[,;:]\s*|\s)(?:and\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|lastly)(?:ly)?\s*,/giu;
  marker.lastIndex = from;
  const cuts: number[] = [];
  for (let m = marker.exec(text); m !== null; m = marker.exec(text)) {
    if (rules.ordinals.has(m[1].toLowerCase()) || rules.finalOrdinals.has(m[1].toLowerCase())) cuts.push(m.index);
  }
  if (cuts.length < 2) return [];
  return cuts.map((c, i) => [c, i + 1 < cuts.length ? cuts[i + 1] : text.length]);
}

/** Trims an item span to its words, dropping markers ("and finally,") and the final full stop. */
function trimItem(text: string, start: number, end: number, rules: PeriodisationRules): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:]/.test(text[s])) s++;
  const head = rules.itemMarkers.exec(text.slice(s, e));
  if (head) s += head[0].length;
  while (s < e && /[\s,;:]/.test(text[s])) s++;
  while (e > s && /[\s,;:.]/.test(text[e - 1])) e--;
  return [s, e];
}

/** The words of a stage's name that tell it apart, lower-cased: not generic ('the', 'period', 'early') and not numbers. */
export function labelWords(label: string, rules: PeriodisationRules): string[] {
  return (label.toLowerCase().match(WORD) ?? []).filter((w) => !rules.genericLabelWords.has(w) && !/^\d+$/.test(w));
}

/** What follows an era that heads a stage's name: a prepositional phrase ('… era of retrenchment'). */
const ERA_HEAD = /^\s+(?:of|for|in)\s+\p{L}/u;

/** The item's name without its dates, relative clause and generic words; null when nothing is left. */
export function itemLabel(itemText: string, dated: TemporalExpression | null, rules: PeriodisationRules): string | null {
  let core = itemText.replace(rules.itemTail, '');
  // An era that heads the name stays in it: 'the Reagan era of retrenchment', not 'of retrenchment'.
  const eraHeads = dated?.kind === 'era' && ERA_HEAD.test(core.slice(core.indexOf(dated.text) + dated.text.length));
  if (dated && !eraHeads) core = core.replace(dated.text, ' ');
  // "the colonial period (1910–1945)": brackets the dates leave empty go with them.
  core = core.replace(/[([]\s*(?:since|from|until|to)?\s*[)\]]/giu, ' ');
  core = core.replace(/\s+/g, ' ').trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  // "the feminist revival after 1973" without its year: the preposition goes too.
  core = core.replace(/\s+(?:after|before|since|from|until|till|in|by|to|during|between)$/iu, '');
  const meaningful = labelWords(core, rules);
  if (meaningful.length === 0) return null;
  // Names of people alone ("President Xi Jinping") date a stage rather than name it.
  return dated && meaningful.length <= 3 && /^[\p{Lu}]/u.test(meaningful.join(' ')) ? null : core;
}

/**
 * The expression that dates a thesis item: its first explicit date, else its first era. An era
 * inside an item that also gives years is part of the stage's name ('the New Deal order from 1933
 * to the late 1970s' is dated by the range, not by the New Deal's own years).
 */
function temporalIn(expressions: TemporalExpression[], sentenceId: string, start: number, end: number, toOriginal: (c: number, d: number) => { start: number; end: number }): TemporalExpression | null {
  const span = toOriginal(start, end);
  let era: TemporalExpression | null = null;
  for (const t of expressions) {
    if (t.sentenceId !== sentenceId || t.start < span.start || t.end > span.end) continue;
    if (t.kind !== 'era') return t;
    era ??= t;
  }
  return era;
}

/**
 * Finds the text's thesis: the first announcement whose stages are enumerated (in the same
 * sentence or the sentences that follow), else the first announcement alone.
 */
export function findThesis(
  sentences: Sentence[],
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: (cleanStart: number, cleanEnd: number) => { start: number; end: number },
): Thesis | null {
  // Only this loop runs over every sentence; reading an announcement's stages is kept apart, so
  // that the optimising compiler works on the loop alone.
  let countOnly: Thesis | null = null;
  for (let k = 0; k < sentences.length; k++) {
    const a = findAnnouncement(sentences[k].text, rules);
    if (!a) continue;
    const thesis = thesisAt(sentences, k, a, temporal, rules, toOriginal);
    if (thesis.items.length > 0) return thesis;
    countOnly ??= thesis;
  }
  return countOnly;
}

/** The thesis announced by sentence `k`: its stages when they are enumerated there or after it, else none. */
function thesisAt(
  sentences: Sentence[],
  k: number,
  a: Announcement,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: (cleanStart: number, cleanEnd: number) => { start: number; end: number },
): Thesis {
  const s = sentences[k];
  const items: ThesisItem[] = [];
  const opener = LIST_OPENER.exec(s.text.slice(a.after, a.after + MAX_BEFORE_COLON + 3));
  const colon = opener ? a.after + opener.index : -1;
  const from = opener ? colon + opener[0].length : a.after;
  let parts = splitTopLevel(s.text, from, ';').filter(([x, y]) => s.text.slice(x, y).trim());
  if (parts.length < 2) parts = splitAtOrdinals(s.text, from, rules);
  if (parts.length < 2 && colon >= 0) {
    parts = splitTopLevel(s.text, from, ',').filter(([x, y]) => s.text.slice(x, y).trim());
    // "A, B, C and D" (or "A and B"): without a serial comma the last two items share one part.
    const last = parts[parts.length - 1];
    const and = last ? / and (?!then\b)/.exec(s.text.slice(last[0], last[1])) : null;
    if (parts.length + 1 === a.count && and) parts.splice(-1, 1, [last[0], last[0] + and.index], [last[0] + and.index + 1, last[1]]);
  }
  if (parts.length >= 2 && parts.length <= a.count + 1) {
    for (const [x, y] of parts.slice(0, a.count)) {
      const [ts, te] = trimItem(s.text, x, y, rules);
      if (te <= ts) continue;
      const cleanStart = s.cleanStart + ts;
      const cleanEnd = s.cleanStart + te;
      const dated = temporalIn(temporal, s.id, cleanStart, cleanEnd, toOriginal);
      const text = s.text.slice(ts, te);
      items.push({ cleanStart, cleanEnd, text, sentenceId: s.id, label: itemLabel(text, dated, rules), dated });
    }
  }
  if (items.length < a.count) {
    // "The first phase (1949–1978) …. The second phase …": stages taken in turn after the count.
    const nounStem = a.noun.replace(/s$/, '');
    const ordinal = new RegExp(`\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)\\s+(?:\\p{L}+\\s+){0,2}(${nounStem}|stage|phase|period|era|wave)\\b`, 'iu');
    const found: ThesisItem[] = [];
    for (let j = k + 1; j < Math.min(sentences.length, k + 15) && found.length < a.count; j++) {
      const m = ordinal.exec(sentences[j].text);
      if (!m) continue;
      const n = rules.ordinals.get(m[1].toLowerCase()) ?? (rules.finalOrdinals.has(m[1].toLowerCase()) ? a.count : 0);
      if (n !== found.length + 1) continue;
      const t = sentences[j];
      const dated = temporalIn(temporal, t.id, t.cleanStart, t.cleanEnd, toOriginal);
      found.push({ cleanStart: t.cleanStart, cleanEnd: t.cleanEnd, text: t.text, sentenceId: t.id, label: null, dated });
    }
    if (found.length === a.count) items.splice(0, items.length, ...found);
  }
  return { count: a.count, countSentenceId: s.id, items: items.length === a.count ? items : [] };
}

/** Capitalised words of a thesis item that may name a person ("Okafor" in "the Okafor era"). */
function namesIn(itemText: string, rules: PeriodisationRules): string[] {
  return (itemText.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).filter((w) => {
    const lower = w.toLowerCase();
    // Ordinals and counts ("the Second Republic") are capitalised without naming anyone.
    return !rules.genericLabelWords.has(lower) && !rules.stageNouns.has(lower) && !rules.tenureWords.has(lower) && !rules.ordinals.has(lower) && !rules.finalOrdinals.has(lower) && !rules.countWords.has(lower);
  });
}

/** Years a text gives a stage named after a person, and the sentence that gives them. */
export interface TenureYears {
  from: number | null;
  to: number | null;
  sentence: Sentence;
}

/**
 * Years of a thesis item named after a person the era table does not know, from the text's own
 * statement of that person's time in office: the first sentence (other than the thesis) that names
 * them, has a word of holding office and a range of years. "Okafor came to power in 1962 and ruled
 * until 1975" → 1962–1975; "Since 1991, under President Moreau, …" → 1991, open.
 */
export function tenureOf(item: ThesisItem, others: ThesisItem[], sentences: Sentence[], temporalBySentence: Map<string, TemporalExpression[]>, rules: PeriodisationRules): TenureYears | null {
  // A word several stages share ("the First Republic", "the Second Republic") names the scheme, not a person.
  const shared = new Set(others.filter((o) => o !== item).flatMap((o) => namesIn(o.text, rules)));
  const names = namesIn(item.text, rules).filter((n) => !shared.has(n));
  if (names.length === 0) return null;
  const nameRe = new RegExp(`(?<![\\p{L}])(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u');
  for (const s of sentences) {
    if (s.id === item.sentenceId || !nameRe.test(s.text)) continue;
    const dates = temporalBySentence.get(s.id) ?? [];
    if (!dates.some((t) => t.kind === 'range')) continue;
    if (!(s.text.toLowerCase().match(WORD) ?? []).some((w) => rules.tenureWords.has(w))) continue;
    const froms = dates.map((t) => t.from).filter((y): y is number => y !== null);
    const tos = dates.map((t) => t.to).filter((y): y is number => y !== null);
    const open = dates.some((t) => t.kind === 'range' && t.to === null && t.from !== null && t.from === Math.max(...froms));
    return { from: froms.length ? Math.min(...froms) : null, to: open || tos.length === 0 ? null : Math.max(...tos), sentence: s };
  }
  return null;
}
