/**
 * Forms of periodisation the thirty-first session read (helper c; each on texts of its own, see
 * tests/stages/periodisation-forms31c.test.ts), kept apart from thesis.ts and called from it:
 * - a list item that gives its name, a comma and its years, then what the stage was after a colon
 *   ('1. The old Act, 1987 to 2011: we received grants under …'): the name is what stands before
 *   the years, not the description after the colon;
 * - a count in the title ('… IN FOUR PERIODS') over as many numbered lines, each a stage named and
 *   bounded by events ('Period 1 — the old regime: from the treaty to the armistice.'), whose years a
 *   list of key dates gives elsewhere ('11 November 1918 — armistice');
 * - times named in turn, each where it begins ('… call them the time of the walls'), and counted only
 *   afterwards by a list of their names ('Walls, barricades, checkpoints: those are the three times
 *   this walk has passed through').
 * The words are data: `forms31c` in periodisation.json.
 */
import { phraseAlternatives as alt } from '../../chars.js';
import type { Sentence, TemporalExpression } from '../../doc.js';
import { eventYearElsewhere, rangeOn, type EventBoundsRules } from './events.js';
import type { Thesis, ThesisItem } from './thesis.js';

/**
 * A list item's name, a comma and its years (a year, two joined by 'to' or a dash, or one after
 * 'since', 'from', 'until'), then a colon and a description: group 1 the name. A name holds no
 * digit, colon, semicolon or bracket, and opens with a letter.
 */
const NAME_COMMA_YEARS_COLON =
  /^(\p{L}[^:;()\d]{1,60}?)\s*,\s*(?:(?:since|from|until|till|after|before)\s+)?\d{4}(?:\s*(?:to|until|till|–|—|-)\s*(?:\d{2,4}|the\s+present|present|today|now))?\s*:\s+\S/iu;

/**
 * The name before a list item's years and colon ('The old Act, 1987 to 2011: we received …' →
 * 'The old Act'), or null when the item has not that form. The description after the colon is what
 * the stage was, no part of its name.
 */
export function nameBeforeYearsColon(itemText: string): string | null {
  const m = NAME_COMMA_YEARS_COLON.exec(itemText.replace(/^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-•*–])\s+/u, ''));
  return m ? m[1].trim() : null;
}

export interface Forms31cData {
  /** Prepositions before a count that ends a title ('… in four periods', '… through three ages'). */
  titlePrepositions: string[];
  /** Words that open a numbered stage's start and its end ('from … to …'). */
  fromWords: string[];
  toWords: string[];
  /** An end that is the writer's present ('to today'): the stage is open. */
  presentWords: string[];
  /** Nouns a time named in turn is counted and named with ('the time of …', 'three times'). */
  timeNouns: string[];
  /** Verbs after a time's name that start it ('the time of … began') and that end it ('… ended'). */
  startVerbs: string[];
  endVerbs: string[];
  /** A pronoun and copula that point back at a list of names before a count ('…: those are the three times'). */
  pointingBack: string[];
}

export interface Forms31cRules {
  /** A title line ending in a count of stages: group 1 the count word, 2 the plural noun. */
  titleCount: RegExp;
  /** A numbered stage line: group 1 the noun, 2 its number, 3 its name, 4 the event that starts it, 5 the one that ends it. */
  numberedLine: RegExp;
  present: RegExp;
  countWords: Map<string, number>;
  /** A list of names counted after it: group 1 the names, 2 the count word, 3 the noun. */
  namesCounted: RegExp;
  /** Singular time nouns, for 'the time of …'. */
  timeNouns: string[];
  startVerbs: RegExp;
  endVerbs: RegExp;
}

export function forms31cRules(d: Forms31cData, countWords: Record<string, number>, stageNouns: string[]): Forms31cRules {
  const plural = stageNouns.filter((n) => n.endsWith('s'));
  const singular = stageNouns.filter((n) => !n.endsWith('s'));
  const numbers = Object.keys(countWords).filter((w) => !/^\d+$/u.test(w));
  // (An event or a present: up to the end of the line, no digits, no further clause.)
  const bound = '([^,;:.()\\d]{2,80}?)';
  return {
    titleCount: new RegExp(`\\b(?:${alt(d.titlePrepositions)})\\s+(${alt(numbers)})\\s+(${alt(plural)})\\s*$`, 'iu'),
    numberedLine: new RegExp(`^(${alt(singular)})\\s+(\\d{1,2}|[IVX]{1,4})\\s*[—–:.-]\\s*(\\p{L}[^:;()\\d]{0,60}?)\\s*:\\s*(?:${alt(d.fromWords)})\\s+${bound}\\s+(?:${alt(d.toWords)})\\s+${bound}\\s*[.!]?\\s*$`, 'iu'),
    present: new RegExp(`^(?:${alt(d.presentWords)})$`, 'iu'),
    countWords: new Map(Object.entries(countWords)),
    namesCounted: new RegExp(`^((?:\\p{L}[\\p{L}'’-]*\\s*,\\s*){1,8}(?:and\\s+)?\\p{L}[\\p{L}'’-]*)\\s*:\\s*(?:${alt(d.pointingBack)})\\s+the\\s+(${alt(numbers)})\\s+(${alt(d.timeNouns.filter((n) => n.endsWith('s')))})\\b`, 'iu'),
    timeNouns: d.timeNouns.filter((n) => !n.endsWith('s')),
    startVerbs: new RegExp(`^\\s*(?:${alt(d.startVerbs)})\\b`, 'iu'),
    endVerbs: new RegExp(`^\\s*(?:${alt(d.endVerbs)})\\b`, 'iu'),
  };
}

const WORDS = /\p{L}[\p{L}'’-]*/gu;

/** Roman numerals a stage may be numbered with. */
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/**
 * The count a title gives its stages ('ALSACE BETWEEN FRANCE AND GERMANY IN FOUR PERIODS'): a line
 * of the front matter (before the first sentence) that ends in a preposition, a count and a plural
 * stage noun. Groups: the count and the noun.
 */
function titleCount(source: string, firstSentenceStart: number, r: Forms31cRules): { count: number; noun: string } | null {
  for (const line of source.slice(0, firstSentenceStart).split('\n')) {
    const m = r.titleCount.exec(line.trim());
    const n = m ? r.countWords.get(m[1].toLowerCase()) : undefined;
    if (m && n !== undefined && n >= 2) return { count: n, noun: m[2] };
  }
  return null;
}

/** The date a line opens with, before a dash ('10 May 1871 — Treaty of Frankfurt: …'), and the rest of the line; null for any other sentence. */
function datesListLine(s: Sentence, datesOf: (s: Sentence) => readonly TemporalExpression[], r: EventBoundsRules): { date: TemporalExpression; rest: string } | null {
  const first = datesOf(s)[0];
  if (!first || first.from === null || !r.pointKinds.has(first.kind) || s.text.indexOf(first.text) !== 0) return null;
  const rest = s.text.slice(first.text.length);
  return /^\s*[—–-]\s/u.test(rest) ? { date: first, rest } : null;
}

/** The same word, or its plural ('pier', 'piers'). */
function sameWord(a: string, b: string): boolean {
  const stem = (w: string): string => w.replace(/(?:['’]s|es|s)$/u, '');
  return a === b || (stem(a).length >= 3 && stem(a) === stem(b));
}

/**
 * The date of the one key-dates line ('11 November 1918 — armistice; …') that holds every content word
 * of the event; undefined when no line or lines of two years do.
 */
function namedInDatesList(phrase: string, sentences: Sentence[], datesOf: (s: Sentence) => readonly TemporalExpression[], r: EventBoundsRules): TemporalExpression | undefined {
  const words = (phrase.toLowerCase().match(WORDS) ?? []).filter((w) => !r.skip.has(w) && !r.pronouns.has(w));
  if (words.length === 0) return undefined;
  const found: TemporalExpression[] = [];
  for (const s of sentences) {
    const line = datesListLine(s, datesOf, r);
    const ws = line ? line.rest.toLowerCase().match(WORDS) ?? [] : [];
    if (line && words.every((k) => ws.some((w) => sameWord(k, w)))) found.push(line.date);
  }
  return new Set(found.map((d) => d.from)).size === 1 ? found[0] : undefined;
}

/**
 * The year of an event a list of key dates gives in other words ('the German invasion' and 'June 1940
 * — …, Germany annexes Alsace'): among the lines that open with a date, those dated strictly between
 * the neighbouring bounds' years, the one line that shares a word's stem (five letters at least) with
 * the event. Undefined when none or more than one line does: nothing is guessed.
 */
function yearFromDatesList(
  phrase: string,
  sentences: Sentence[],
  datesOf: (s: Sentence) => readonly TemporalExpression[],
  after: number,
  before: number,
  r: EventBoundsRules,
): TemporalExpression | undefined {
  const words = (phrase.toLowerCase().match(WORDS) ?? []).filter((w) => !r.skip.has(w) && w.length >= 5);
  const shares = (text: string): boolean => (text.toLowerCase().match(WORDS) ?? []).some((w) => words.some((k) => w.slice(0, 5) === k.slice(0, 5) && (w.startsWith(k) || k.startsWith(w))));
  const found: TemporalExpression[] = [];
  for (const s of sentences) {
    const line = datesListLine(s, datesOf, r);
    if (!line || line.date.from! <= after || line.date.from! >= before) continue;
    if (shares(line.rest)) found.push(line.date);
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Stages counted in the title and set out as numbered lines, each bounded by events (see the
 * module's comment): 'Period 1 — the Reichsland: from the Treaty of Frankfurt to the armistice.' …
 * Null unless as many lines as the title counts, numbered 1 to n in order with the title's noun,
 * follow, and every bound but a last present is dated: by the text elsewhere, or by a key-dates line.
 */
export function titleCountedLines(
  sentences: Sentence[],
  source: string,
  datesOf: (s: Sentence) => readonly TemporalExpression[],
  r: Forms31cRules,
  events: EventBoundsRules,
): Thesis | null {
  if (sentences.length === 0) return null;
  const title = titleCount(source, sentences[0].start, r);
  if (!title) return null;
  const lines = sentences.map((s) => ({ s, m: r.numberedLine.exec(s.text) })).filter((x) => x.m !== null);
  const singular = title.noun.toLowerCase().replace(/s$/u, '');
  const numbered = lines.filter((x) => x.m![1].toLowerCase() === singular);
  if (numbered.length !== title.count) return null;
  const numberOf = (x: string): number => (/^\d+$/u.test(x) ? Number(x) : ROMAN[x.toLowerCase()] ?? 0);
  if (numbered.some((x, i) => numberOf(x.m![2]) !== i + 1)) return null;
  // Bounds in order: the first line's start, then each line's end (the next line's start is the same event).
  const phrases = [numbered[0].m![4], ...numbered.map((x) => x.m![5])].map((p) => p.trim());
  if (numbered.some((x, i) => i > 0 && x.m![4].trim().toLowerCase() !== phrases[i].toLowerCase())) return null;
  const except = new Set(numbered.map((x) => x.s.id));
  // (A key-dates line that names the event first: its date is the line's own, whatever else the line
  // names, as 'the new German Empire' beside 'Treaty of Frankfurt'; then the text's other statements.)
  const dates: (TemporalExpression | null | undefined)[] = phrases.map((p, i) => (i === phrases.length - 1 && r.present.test(p) ? null : namedInDatesList(p, sentences, datesOf, events) ?? eventYearElsewhere(p, sentences, datesOf, except, events)));
  for (let i = 0; i < dates.length; i++) {
    if (dates[i] !== undefined) continue;
    const prev = dates.slice(0, i).reverse().find((d) => d != null);
    const next = dates.slice(i + 1).find((d) => d != null);
    dates[i] = yearFromDatesList(phrases[i], sentences, datesOf, prev?.from ?? -Infinity, next?.from ?? Infinity, events);
  }
  if (dates.some((d) => d === undefined)) return null;
  const years = dates.map((d) => d?.from ?? null);
  // (Bounds out of order: the events are not the ones the stages meant.)
  if (years.some((y, i) => i > 0 && y !== null && years[i - 1] !== null && y < years[i - 1]!)) return null;
  const items: ThesisItem[] = numbered.map(({ s, m }, i) => ({
    cleanStart: s.cleanStart,
    cleanEnd: s.cleanStart + s.text.length,
    text: s.text,
    sentenceId: s.id,
    label: m![3].trim(),
    dated: rangeOn((dates[i] ?? dates[i + 1])!, years[i], years[i + 1], 'event dated in a list', s.text),
    endsAtYear: false,
    until: null,
  }));
  return { count: title.count, countSentenceId: numbered[0].s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: title.noun };
}

/** A time's name as its words, without an article ('the walls' → ['walls']). */
function nameWords(name: string): string[] {
  return (name.toLowerCase().match(WORDS) ?? []).filter((w, i) => i > 0 || !['the', 'a', 'an'].includes(w));
}

/**
 * The one year a sentence dates its assertion by: its own points in time, all of one year; else, told
 * without a date, the nearest sentence before it in its paragraph that gives points of one year
 * ('When Ireland was partitioned in 1921, … . People who grew up in the decades that followed call
 * them the time of the walls'). Undefined when the nearest dated sentence gives two years.
 */
function yearOfSentence(sentences: Sentence[], j: number, datesOf: (s: Sentence) => readonly TemporalExpression[], r: EventBoundsRules): TemporalExpression | undefined {
  for (let i = j; i >= 0 && sentences[i].paragraphId === sentences[j].paragraphId; i--) {
    const points = datesOf(sentences[i]).filter((t) => t.from !== null && r.pointKinds.has(t.kind));
    if (points.length === 0) continue;
    return new Set(points.map((t) => t.from)).size === 1 ? points[0] : undefined;
  }
  return undefined;
}

/**
 * Times named in turn and counted afterwards by their names (see the module's comment): 'Walls,
 * barricades, checkpoints: those are the three times this walk has passed through'. Each name must
 * stand in 'the time of …' before the count; a time starts where a mention is followed by a verb of
 * starting ('the time of the barricades began'), else where it is first named, and ends where a
 * mention is followed by a verb of ending, else where the next starts; the last, with no end, is
 * open. Each is dated by its sentence, or the sentence before it in its paragraph that gives a date.
 * Null unless every time is found and dated, in order.
 */
export function timesNamedThenCounted(
  sentences: Sentence[],
  k: number,
  datesOf: (s: Sentence) => readonly TemporalExpression[],
  r: Forms31cRules,
  events: EventBoundsRules,
): Thesis | null {
  const m = r.namesCounted.exec(sentences[k].text);
  const n = m ? r.countWords.get(m[2].toLowerCase()) : undefined;
  if (!m || n === undefined || n < 2) return null;
  const names = m[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/u).map(nameWords).filter((x) => x.length > 0);
  const noun = m[3].toLowerCase().replace(/s$/u, '');
  if (names.length !== n || !r.timeNouns.includes(noun)) return null;
  const mention = new RegExp(`\\bthe\\s+${noun}\\s+of\\s+(?:the\\s+)?`, 'giu');
  type Mention = { j: number; at: number; end: number };
  const times = names.map((name) => {
    const found: { first?: Mention; start?: Mention; end?: Mention } = {};
    for (let j = 0; j < k; j++) {
      const text = sentences[j].text;
      for (const x of text.matchAll(mention)) {
        const after = text.slice(x.index + x[0].length);
        const ws = after.match(WORDS) ?? [];
        if (ws.length < name.length || !name.every((w, i) => sameWord(w, ws[i].toLowerCase()))) continue;
        const nameEnd = after.indexOf(ws[name.length - 1]) + ws[name.length - 1].length;
        const here = { j, at: x.index, end: x.index + x[0].length + nameEnd };
        found.first ??= here;
        const rest = after.slice(nameEnd);
        if (r.startVerbs.test(rest)) found.start ??= here;
        else if (r.endVerbs.test(rest)) found.end ??= here;
      }
    }
    return found;
  });
  if (times.some((t) => t.first === undefined)) return null;
  const starts = times.map((t) => yearOfSentence(sentences, (t.start ?? t.first)!.j, datesOf, events));
  const ends = times.map((t) => (t.end ? yearOfSentence(sentences, t.end.j, datesOf, events) : null));
  if (starts.some((d) => d === undefined) || ends.some((d) => d === undefined)) return null;
  const years = starts.map((d, i) => ({ from: d!.from!, to: ends[i]?.from ?? (i + 1 < n ? starts[i + 1]!.from! : null) }));
  // (Out of order, or an end before its start: the mentions are not the stages' bounds.)
  if (years.some((y, i) => (y.to !== null && y.to < y.from) || (i > 0 && y.from < years[i - 1].from))) return null;
  const items: ThesisItem[] = times.map((t, i) => {
    // (The item is the sentence where the time starts, whose date may place the border to the day.)
    const s = sentences[(t.start ?? t.first)!.j];
    const name = sentences[t.first!.j].text.slice(t.first!.at, t.first!.end);
    const text = s.text;
    return {
      cleanStart: s.cleanStart,
      cleanEnd: s.cleanStart + s.text.length,
      text,
      sentenceId: s.id,
      label: name,
      dated: rangeOn(starts[i]!, years[i].from, years[i].to, 'time named in turn', text),
      endsAtYear: false,
      until: null,
    };
  });
  return { count: n, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: m[3] };
}

/** A list item that opens with a short name and a colon, then what the stage was: group 1 the name. */
const NAME_COLON = /^(\p{L}[^:;()\d]{0,50}?)\s*:\s+\S/u;

/** Most words a name before a colon may have. */
const MAX_NAME_WORDS = 5;

/**
 * The name before a list item's colon, its years told after it ('Patronage: the ministry gave grants
 * freely, from 1988 to 2009' → 'Patronage'), or null: when the item's date stands before the colon,
 * when the name is longer than a name, or when it is only a stage's number ('Phase one: …', 'The
 * first: …'), which names nothing.
 */
export function nameBeforeColon(itemText: string, dated: TemporalExpression | null, notNames: (word: string) => boolean): string | null {
  const text = itemText.replace(/^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-•*–])\s+/u, '');
  const m = NAME_COLON.exec(text);
  if (!m) return null;
  if (dated !== null && text.indexOf(dated.text) >= 0 && text.indexOf(dated.text) < m[0].length) return null;
  const words = m[1].toLowerCase().match(WORDS) ?? [];
  if (words.length === 0 || words.length > MAX_NAME_WORDS || words.some(notNames)) return null;
  return m[1].trim();
}

/**
 * The writer adopting another's scheme just cited, with the reason after it ('…, and I follow her
 * division in this testimony, because it matches what our parciantes have lived: …'): group 1 the
 * verb. The object is the scheme as a pronoun or a possessive and its noun; the reason is one clause,
 * up to the colon.
 */
const ADOPTING_WITH_REASON =
  /,\s*(?:and\s+)?(?:I|we)\s+(?:(?:will|shall)\s+)?(\p{L}+)\s+(?:them|it|this|these|that|(?:their|her|his|its)\s+\p{L}+)(?:\s+here|\s+in\s+this\s+\p{L}+)?\s*,\s*(?:because|since|as|for)\s+[^,;:.()]{1,120}$/u;

/** True when the words between a count and its list's colon adopt the scheme and say why (see ADOPTING_WITH_REASON). */
export function adoptsWithReason(preamble: string, verbs: Set<string>): boolean {
  const m = ADOPTING_WITH_REASON.exec(preamble);
  return m !== null && verbs.has(m[1].toLowerCase());
}
