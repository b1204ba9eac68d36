/**
 * Stages bounded by EVENTS whose years the text gives elsewhere (see
 * tests/stages/periodisation-events.test.ts), kept apart from thesis.ts and called from it:
 * - `eventYearElsewhere`: the year of an event named without one ('until the great strike', 'the
 *   decision to move the centre', 'when they took the container pier'), from the text's own
 *   statements about it in other paragraphs: a sentence that names it (all its content words, else
 *   the words of its complement, its head, its head noun) and gives one year ('In 2004 the council
 *   voted to move the centre'), else, told without a date, the one year its paragraph gave before
 *   it ('On 9 December 1969 the miners downed tools. … The strike won little.'). Two years found
 *   for it at the same rank, or none, leave it undated: nothing is guessed.
 * - `timesBoundedByEvents`: a count of times ('I have seen three times in the port') and as many
 *   sentences right after it, each giving one ('There was the time of the hook, when …', 'And
 *   there is the time of …, which began when …'), each bounded by an event dated elsewhere.
 * The words are data: `eventBounds` in periodisation.json.
 */

import { phraseAlternatives as alt } from '../../chars.js';
import type { Sentence, TemporalExpression } from '../../doc.js';
import type { Thesis, ThesisItem } from './thesis.js';

export interface EventBoundsData {
  /** Words that name nothing of an event: articles, pronouns, auxiliaries, prepositions. */
  skipWords: string[];
  /** Pronouns that open a clause ('they took …', 'I started'). */
  pronouns: string[];
  /** Words after which an event's head ends ('the decision | to move …', 'the founding | of …'). */
  headEnds: string[];
  /** Irregular past forms that make a phrase a clause ('the colonels fell'), besides words in -ed. */
  pastForms: string[];
  /** Words that open a time in turn ('there was', 'and there is'). */
  openers: string[];
  /** Nouns a time is counted and named with ('times', 'the time of …'). */
  nouns: string[];
  /** Verbs of starting before a word of start ('which came after …', 'which began when …'). */
  startVerbs: string[];
  /** Words before an event that starts a time ('when', 'after', 'since'). */
  startWords: string[];
  /** Words before an event that ends a time ('until', 'before'). */
  endWords: string[];
  /** Kinds of temporal expression that date an event (a point in a year, not a decade or an era). */
  pointKinds: string[];
}

export interface EventBoundsRules {
  skip: Set<string>;
  pronouns: Set<string>;
  headEnds: Set<string>;
  pastForms: Set<string>;
  pointKinds: Set<string>;
  /** A time in turn: group 1 the opener, 2 the noun, 3 the name after 'of', 4 the rest after a comma. */
  item: RegExp;
  /** 'three times': group 1 the count word, 2 the noun. */
  count: RegExp;
  /** The event that starts a time (group 1). */
  start: RegExp;
  /** The event that ends a time (group 1). */
  end: RegExp;
  countWords: Map<string, number>;
}

export function eventBoundsRules(d: EventBoundsData, countWords: Record<string, number>): EventBoundsRules {
  const singular = d.nouns.filter((n) => !n.endsWith('s'));
  // (An event: up to a comma, a semicolon or the sentence's end.)
  const event = '([^,;.()\\d]{2,80}?)\\s*(?=[,;.]|$)';
  return {
    skip: new Set(d.skipWords),
    pronouns: new Set(d.pronouns),
    headEnds: new Set(d.headEnds),
    pastForms: new Set(d.pastForms),
    pointKinds: new Set(d.pointKinds),
    item: new RegExp(`^(?:(?:and|but)\\s+)?(${alt(d.openers)})\\s+(?:the|a|an)\\s+(${alt(singular)})\\s+of\\s+((?:the\\s+)?[^,;.()\\d]{1,50}?)\\s*(?:,\\s*(.*?))?\\s*[.!]?\\s*$`, 'iu'),
    count: new RegExp(`\\b(${alt(Object.keys(countWords))})\\s+(${alt(d.nouns.filter((n) => n.endsWith('s')))})\\b`, 'iu'),
    start: new RegExp(`^(?:(?:which|that)\\s+(?:${alt(d.startVerbs)})\\s+)?(?:${alt(d.startWords)})\\s+${event}`, 'iu'),
    end: new RegExp(`\\b(?:${alt(d.endWords)})\\s+${event}`, 'iu'),
    countWords: new Map(Object.entries(countWords)),
  };
}

const WORDS = /\p{L}[\p{L}'’-]*/gu;

/** The same word, or its plural ('pier', 'piers'; 'centre', 'centres'). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const stem = (w: string): string => w.replace(/(?:['’]s|es|s)$/u, '');
  return stem(a).length >= 3 && stem(a) === stem(b);
}

/**
 * The word sets a sentence must hold all of to name the event `phrase`, most telling first: all
 * its content words; then, for a noun phrase, the words of its complement ('to move the centre'),
 * its head ('the great strike') and its head noun ('strike'). A clause ('the colonels fell', 'they
 * took the container pier') is named only by all its content words, two at least.
 */
export function eventKeys(phrase: string, r: EventBoundsRules): string[][] {
  const words = (phrase.toLowerCase().match(WORDS) ?? []);
  const content = (ws: string[]): string[] => ws.filter((w) => !r.skip.has(w) && !r.pronouns.has(w));
  const all = content(words);
  const clause = r.pronouns.has(words[0] ?? '') || words.some((w, i) => i > 0 && (r.pastForms.has(w) || (w.length > 4 && w.endsWith('ed'))));
  if (clause) return all.length >= 2 ? [all] : [];
  const keys: string[][] = [all];
  const cut = words.findIndex((w, i) => i > 0 && r.headEnds.has(w));
  if (cut > 0) {
    const head = content(words.slice(0, cut));
    const complement = content(words.slice(cut + 1));
    if (complement.length >= 2) keys.push(complement);
    if (head.length > 0) keys.push(head);
  }
  const head = cut > 0 ? content(words.slice(0, cut)) : all;
  const noun = head[head.length - 1];
  if (noun !== undefined && noun.length >= 4) keys.push([noun]);
  const seen = new Set<string>();
  return keys.filter((k) => k.length > 0 && !seen.has(k.join(' ')) && seen.add(k.join(' ')));
}

/** The points in time of a sentence that may date an event, and their distinct years. */
function yearsOf(dates: readonly TemporalExpression[], r: EventBoundsRules): { dates: TemporalExpression[]; years: Set<number> } {
  const points = dates.filter((t) => t.from !== null && (r.pointKinds.has(t.kind) || (t.kind === 'relative' && t.from === t.to)));
  const years = new Set<number>();
  for (const t of dates) {
    // (A relative span counts from a date the sentence gives: 'in 1968 …, and yachts came within ten years'.)
    if ((t.from === null && t.to === null) || (t.kind === 'relative' && !points.includes(t))) continue;
    // (Any span the sentence gives counts against it: 'the committee's papers (1969–1970)' is no one year.)
    if (!points.includes(t)) {
      years.add(Number.NaN);
      continue;
    }
    years.add(t.from!);
    if (t.to !== null) years.add(t.to);
  }
  return { dates: points, years };
}

/**
 * The date the text gives the event `phrase` in a paragraph other than those of `except` (the
 * sentences that bound stages by it), or undefined (see the module's comment).
 */
export function eventYearElsewhere(
  phrase: string,
  sentences: Sentence[],
  datesOf: (s: Sentence) => readonly TemporalExpression[],
  except: Set<string>,
  r: EventBoundsRules,
): TemporalExpression | undefined {
  const paragraphs = new Set(sentences.filter((s) => except.has(s.id)).map((s) => s.paragraphId));
  const wordsBy = new Map<string, string[]>();
  const wordsOf = (s: Sentence): string[] => {
    let w = wordsBy.get(s.id);
    if (!w) wordsBy.set(s.id, (w = s.text.toLowerCase().match(WORDS) ?? []));
    return w;
  };
  for (const key of eventKeys(phrase, r)) {
    const told: { date: TemporalExpression; year: number }[] = [];
    const anchored: { date: TemporalExpression; year: number }[] = [];
    for (let j = 0; j < sentences.length; j++) {
      const u = sentences[j];
      if (paragraphs.has(u.paragraphId)) continue;
      const ws = wordsOf(u);
      if (!key.every((k) => ws.some((w) => sameWord(k, w)))) continue;
      const own = yearsOf(datesOf(u), r);
      if (own.years.size === 1 && own.dates.length > 0) {
        told.push({ date: own.dates[0], year: own.dates[0].from! });
        continue;
      }
      if (own.years.size > 0) continue;
      // ('On the ninth of December 1969, a shift downed tools. … The strike did not win much money.')
      const before: TemporalExpression[] = [];
      const years = new Set<number>();
      for (let i = j - 1; i >= 0 && sentences[i].paragraphId === u.paragraphId; i--) {
        const y = yearsOf(datesOf(sentences[i]), r);
        before.push(...y.dates);
        for (const x of y.years) years.add(x);
      }
      if (years.size === 1 && before.length > 0) anchored.push({ date: before[0], year: before[0].from! });
    }
    for (const rank of [told, anchored]) {
      const distinct = new Set(rank.map((x) => x.year));
      if (distinct.size === 1) return rank[0].date;
      // (Two years for the same words: which one the stage meant is not told.)
      if (distinct.size > 1) return undefined;
    }
  }
  return undefined;
}

/**
 * The years `from`–`to` (open when null) as a range on the expression `base` that dated one of its
 * bounds, with the reading's cue; `text`, the words the range stands for, is the base's by default.
 */
export function rangeOn(base: TemporalExpression, from: number | null, to: number | null, cue: string, text = base.text): TemporalExpression {
  return { ...base, kind: 'range', from, to, edtf: `${from ?? '..'}/${to ?? '..'}`, text, cues: [...base.cues, cue] };
}

/**
 * Times told in turn after a count of them (see the module's comment): 'I have seen three times in
 * the port. There was the time of the hook, when I started. There was the time of the union, which
 * came after the colonels fell. And there is the time of the Chinese, which began when they took the
 * container pier.' Each time runs from the event that starts it to the one that starts the next; a
 * last with no event that ends it is open. Null unless as many sentences as counted follow in the count's
 * paragraph, each naming a time with the counted noun, and one event at least is dated.
 */
export function timesBoundedByEvents(
  sentences: Sentence[],
  k: number,
  datesOf: (s: Sentence) => readonly TemporalExpression[],
  r: EventBoundsRules,
): Thesis | null {
  const s = sentences[k];
  const c = r.count.exec(s.text);
  const n = c ? r.countWords.get(c[1].toLowerCase()) : undefined;
  if (!c || n === undefined || n < 2) return null;
  const told = sentences.slice(k + 1, k + 1 + n);
  if (told.length !== n || told.some((t) => t.paragraphId !== s.paragraphId)) return null;
  const items = told.map((t) => ({ t, m: r.item.exec(t.text) }));
  if (items.some((x) => x.m === null)) return null;
  const except = new Set([s.id, ...told.map((t) => t.id)]);
  const yearOf = (event: string | undefined): TemporalExpression | undefined => (event === undefined ? undefined : eventYearElsewhere(event, sentences, datesOf, except, r));
  const bounds = items.map(({ m }) => {
    const tail = (m![4] ?? '').trim();
    return { start: yearOf(r.start.exec(tail)?.[1]), end: yearOf(r.end.exec(tail)?.[1]) };
  });
  const base = bounds.map((b) => b.start ?? b.end).find((x) => x !== undefined);
  if (!base) return null;
  const out: ThesisItem[] = items.map(({ t, m }, i) => {
    const b = bounds[i];
    const from = b.start?.from ?? null;
    const to = b.end?.from ?? bounds[i + 1]?.start?.from ?? null;
    const ordered = from === null || to === null || to >= from;
    return {
      cleanStart: t.cleanStart,
      cleanEnd: t.cleanStart + t.text.length,
      text: t.text,
      sentenceId: t.id,
      label: m![3].trim(),
      dated: ordered && (from !== null || to !== null) ? rangeOn(b.start ?? b.end ?? base, from, to, 'event dated elsewhere', t.text) : null,
      endsAtYear: false,
      until: null,
    };
  });
  // (Bounds out of order: the events are not the ones the stages meant.)
  const years = out.flatMap((x) => [x.dated?.from, x.dated?.to]).filter((y): y is number => y != null);
  if (years.some((y, i) => i > 0 && y < years[i - 1])) return null;
  return { count: n, countSentenceId: s.id, items: out, repeatedIn: out.map(() => []), frameStart: null, countedNoun: c[2] };
}
