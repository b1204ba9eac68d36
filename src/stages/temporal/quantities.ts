/**
 * The quantity guard: numbers that count or label something ("2000 copies", "Figure 2", "$4") are
 * marked on the tokens, and are never years. The words come from `pipeline/temporal.json`
 * (`quantityGuard`, whose `$comment`s give the reasons and the ambiguous cases decided).
 *
 * Three strengths of evidence:
 * - labels, signs, units and magnitudes ("Figure 2", "$4", "1110 kHz", "45 per cent", "2000-odd"),
 *   a verb's counted object ("The union had 1800 in 1990") and a value at a date ("1200 in 1990")
 *   make a count whatever stands before the number;
 * - a count noun after the number ("2000 copies", "1500 workers") makes a count unless a word that
 *   introduces a point in time stands before it and opens the clause: "In 1980 workers at the
 *   shipyard went on strike" (the year is fronted, the noun is the subject), but "strikes broke out
 *   in 1500 factories" (the noun is the preposition's object);
 * - a rate, or a verb a year cannot be the subject of, after the number ("paid them 1800 a month",
 *   "Over 1500 were arrested", "1500 died") makes a count unless a word of time stands right before
 *   it ("The events of 1989 were decisive", "in 1990 a year of strikes began").
 */
import type { Tokens } from './lexer.js';

/** Words of the quantity guard, from the data file (all lower case; a phrase's words joined by one space). */
export interface QuantityGuard {
  /** A number right after one of these (one or two words) labels or counts something: "Figure 2", "$4", "more than 1500". */
  before: Set<string>;
  /**
   * A number right after one of these (one or two words) is what they count, unless a noun or an
   * adjective follows it (then the number modifies it, as a year may): "The union had 1800 in
   * 1990", "rose to 2000", but "reached 1913 levels", "employed 1990 census data".
   */
  countBefore: Set<string>;
  /** A number right before one of these and a year is a value at that date: "from 1200 in 1990 to 1500 in 1995". */
  valueAt: Set<string>;
  /** A number right before one of these (one or two words) is a quantity: "1110 kHz", "45 per cent", "2000-odd". */
  units: Set<string>;
  /** A number right before one of these is a count, unless a point word opens the clause before it: "2000 copies", "1800 taka". */
  after: Set<string>;
  /** A number right before one of these (one or two words) is a rate, unless a word of time is right before it: "1800 a month". */
  rates: Set<string>;
  /**
   * A number right before one of these verbs is a count, unless a word of time is right before it:
   * plural verbs ("Over 1500 were arrested": a year is singular) and verbs whose subject lives
   * ("1500 died", "2000 marched": a year may end or bring something, but does not die or march).
   */
  subjectVerbs: Set<string>;
  /** Words (one or two) that introduce a point in time wherever they stand: "during", "since", "early", "the summer of". */
  pointWords: Set<string>;
  /** Month names: point words when written with a capital ("In March 1980 workers…"). */
  months: Set<string>;
  /** Words that introduce a point in time when they open a clause: "In 1980 workers…", not "broke out in 1500 factories". */
  clausePointWords: Set<string>;
  /** Other words of time: enough to keep a year before a rate or a plural verb ("The events of 1989 were decisive"). */
  timeWords: Set<string>;
  /** Words after which a clause starts: "…, and in 1991 members left". */
  clauseOpeners: Set<string>;
  /** Joins numbers into one chain whose members are all quantities if one is: "1200–1500 members". */
  connectors: Set<string>;
  /** The longest range of years (`years.maxRangeSpan`): round hundreds further apart are counts ("from 1200 to 2000"). */
  maxRangeSpan: number;
  /** The first words of the two-word entries of all the sets above ("more", "a", "-"). */
  pairStarts: Set<string>;
}

/** The first words of the two-word entries of `sets` (for {@link QuantityGuard.pairStarts}). */
export function pairStartsOf(sets: Iterable<Set<string>>): Set<string> {
  const starts = new Set<string>();
  for (const set of sets) for (const entry of set) if (entry.includes(' ')) starts.add(entry.slice(0, entry.indexOf(' ')));
  return starts;
}

/** Currency and number signs glued to a number make it a quantity: "$4", "#5". */
const SIGNS = ['$', '£', '€', '¥', '#'];

/**
 * Parts of speech of the words inside a fronted prepositional phrase: "In Poland", "In the north"
 * (wink tags "north" ADV). Not numbers: a second date right after a phrase with a date is rare.
 */
const PHRASE_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'ADV']);
/** A noun or adjective after a number makes the number its modifier: "reached 1913 levels". */
const MODIFIED_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const LETTER = /\p{L}/u;

/**
 * Every word {@link markQuantities} compares tokens to: the guard's words (each word of a two-word
 * entry: "more than"), the full stop and the signs. Give them to the grammar as words of its own
 * (`GrammarSpec.vocabulary`): then a token the grammar does not know is none of them, and its
 * normalised form need not be worked out.
 */
export function guardVocabulary(guard: QuantityGuard): string[] {
  const words = ['.', ...SIGNS];
  for (const set of Object.values(guard)) if (set instanceof Set) for (const entry of set as Set<string>) words.push(...entry.split(' '));
  return words;
}

/**
 * Per token: {@link PROTECTED} when a point word protects the number from a count noun, {@link TIMED}
 * when a word of time is right before it, {@link VALUE_AT} when it is a value at the date after it.
 */
let marks = new Uint8Array(256);
const PROTECTED = 1;
const TIMED = 2;
const VALUE_AT = 4;

/**
 * Marks the number tokens that are quantities or labels, never years: "2000 copies", "Figure 2",
 * "pp. 1995–2002", "from 1200 to 1500 members", "Over 1500 were arrested". One pass each way
 * along the tokens; the words around a number are only looked at when it is one.
 */
export function markQuantities(toks: Tokens, guard: QuantityGuard): void {
  const n = toks.count;
  if (marks.length < n) marks = new Uint8Array(Math.max(n, 2 * marks.length));
  let any = false;
  for (let i = 0; i < n; i++) {
    marks[i] = 0;
    if (toks.digits(i) === 0) continue;
    let p = i - 1;
    // "No. 5", "pp. 12", "c. 1900": look past a full stop after an abbreviation.
    if (p > 0 && known(toks, p) === '.') p--;
    const prev = p >= 0 ? known(toks, p) : null;
    const before2 = p > 0 ? known(toks, p - 1) : null;
    const next = i + 1 < n ? known(toks, i + 1) : null;
    const next2 = i + 2 < n && next !== null ? known(toks, i + 2) : null;
    // Two-word entries ("more than", "a month") are looked up as one string, made once and only
    // when its first word starts some entry.
    const prevPair = before2 !== null && prev !== null && guard.pairStarts.has(before2) ? `${before2} ${prev}` : null;
    const nextPair = next2 !== null && guard.pairStarts.has(next!) ? `${next} ${next2}` : null;
    // Hard evidence: labels, signs, units, "1500 of 2000", a verb's counted object.
    let quantity = inSet(guard.before, prev, prevPair) || (prev !== null && toks.end[p] === toks.start[i] && SIGNS.includes(prev));
    quantity ||= inSet(guard.units, next, nextPair);
    // "0800/1234/5678": a number of three digits or more written with a leading zero is a code.
    quantity ||= toks.digits(i) >= 3 && toks.text.charCodeAt(toks.start[i]) === 48;
    // "Law 1990 of 2004", "1500 of 2000 members": a number before "of" and a number is counted or numbered.
    quantity ||= next === 'of' && i + 2 < n && toks.digits(i + 2) > 0;
    // "rose from 1200 in 1990 to 1500 in 1995": a number before "in" or "by" and a year is a value at that date.
    // (Not when that number counts a noun itself: "In 1979 in 1500 factories".)
    if (!quantity && next !== null && guard.valueAt.has(next) && i + 2 < n && toks.digits(i + 2) === 4 && !countsNext(toks, guard, i + 2)) {
      quantity = true;
      marks[i] = VALUE_AT;
    }
    quantity ||= inSet(guard.countBefore, prev, prevPair) && !(i + 1 < n && MODIFIED_POS.has(toks.pos[i + 1]));
    if (!quantity && toks.digits(i) === 4) {
      // "the 1989 protesters", "the 1968 students": after "the", a number that is no round hundred
      // names the year its noun belongs to (a count after "the" is round: "the 2000 delegates").
      const yearModifier = prev === 'the' && p === i - 1 && toks.num(i) % 100 !== 0;
      const countNoun = !yearModifier && (inSet(guard.after, next, nextPair) || adjectiveThenCount(toks, guard, i));
      // "paid them 1800 a month"; "Over 1500 were arrested", "…, and 1500 fled" (not "1989 and 1990 were decisive").
      const joined = prev !== null && guard.connectors.has(prev) && p > 0 && toks.digits(p - 1) > 0;
      const rateOrVerb = inSet(guard.rates, next, nextPair) || (next !== null && guard.subjectVerbs.has(next) && !joined);
      // The words before the number are read only when they matter: soft evidence to weigh, or a
      // chain to the next number (whose protection and marks read this one's).
      if (countNoun || rateOrVerb || (i + 2 < n && toks.digits(i + 2) > 0 && connects(toks, guard, i + 1))) {
        const mark = pointMark(toks, guard, i, p, prev, prevPair);
        marks[i] = mark;
        // Protected by the point word before it ("In 1980 workers…"), or kept by a word of time from a rate or verb.
        quantity = !(mark & PROTECTED) && (countNoun || (rateOrVerb && !(mark & TIMED)));
      }
      // "Estimates range from 1200 to 2000", "fell from 2000 to 1500": round hundreds that no range of years joins.
      if (!quantity && prev !== null && p === i - 1 && guard.connectors.has(prev) && p > 0 && toks.digits(p - 1) === 4) {
        const a = toks.num(p - 1);
        const b = toks.num(i);
        if (a % 100 === 0 && b % 100 === 0 && (b <= a || b - a > guard.maxRangeSpan)) {
          toks.markQuantity(p - 1);
          marks[p - 1] &= ~PROTECTED;
          quantity = true;
        }
      }
    } else if (!quantity) {
      // "In 1989–90 students occupied…", "In 2014/15 students…": the short end of a protected year's range is protected with it.
      const yearEnd = toks.digits(i) <= 2 && p === i - 1 && p > 0 && toks.end[p] === toks.start[i] && (prev === '-' || prev === '/') && toks.digits(p - 1) === 4 && (marks[p - 1] & PROTECTED) !== 0;
      if (yearEnd) marks[i] = PROTECTED | TIMED;
      else quantity = inSet(guard.after, next, nextPair) || adjectiveThenCount(toks, guard, i);
    }
    if (quantity) {
      toks.markQuantity(i);
      any = true;
    }
  }
  // Chains: a quantity passes along "to", "and", "or", dashes to the next number, both ways; never
  // onto a number that a point word protects ("From 1995 to 2002 members paid dues").
  if (!any) return;
  // Nor from a value at a date onto the year of the value before it: "from 1200 in 1990 to 1500 in 1995".
  const passes = (from: number, to: number): boolean => !(marks[to] & PROTECTED) && !(marks[from] & VALUE_AT && to > 0 && guard.valueAt.has(known(toks, to - 1) ?? ''));
  for (let i = 2; i < n; i++) {
    if (toks.digits(i) && toks.digits(i - 2) && toks.quantity(i - 2) && connects(toks, guard, i - 1) && passes(i - 2, i)) toks.markQuantity(i);
  }
  for (let i = n - 3; i >= 0; i--) {
    if (toks.digits(i) && toks.digits(i + 2) && toks.quantity(i + 2) && connects(toks, guard, i + 1) && passes(i + 2, i)) toks.markQuantity(i);
  }
}

/**
 * What the words before the four-digit number `i` say about it (`p` is the token before it, past an
 * abbreviation's full stop, and `prev` its form): {@link PROTECTED} when a point word introduces it
 * ("since 1949", "In 1980", "mid-1980", "March 1980", "From 1995 to 2002"), {@link TIMED} when a
 * word of time is right before it.
 */
function pointMark(toks: Tokens, guard: QuantityGuard, i: number, p: number, prev: string | null, prevPair: string | null): number {
  if (prev === null) return 0;
  // "mid-1980", "early-1990": the point word before a glued dash.
  if (prev === '-' && p > 0 && toks.end[p] === toks.start[i]) {
    const word = known(toks, p - 1);
    if (word !== null && guard.pointWords.has(word)) return PROTECTED | TIMED;
  }
  // "since 1949", "March 1980", "the spring of 1980".
  if (guard.pointWords.has(prev) || (guard.months.has(prev) && toks.cap(p)) || (prevPair !== null && guard.pointWords.has(prevPair))) return PROTECTED | TIMED;
  if (guard.clausePointWords.has(prev)) return opensClause(toks, guard, p) ? PROTECTED | TIMED : TIMED;
  if (guard.timeWords.has(prev)) return TIMED;
  // "From 1995 to 2002 members": the second year of a protected pair is protected too, unless both
  // are round hundreds, as estimates are ("From 1200 to 1500 members joined"): then neither is.
  // A century from its first year to the next's ("From 1800 to 1900 farmers moved to the cities")
  // is the commonest period of history and stays a range of years.
  if (guard.connectors.has(prev) && p > 0 && toks.digits(p - 1) === 4 && marks[p - 1] & PROTECTED) {
    if (toks.num(p - 1) % 100 === 0 && toks.num(i) % 100 === 0 && toks.num(i) - toks.num(p - 1) !== 100) {
      marks[p - 1] &= ~PROTECTED;
      return 0;
    }
    return PROTECTED | TIMED;
  }
  return 0;
}

/** Is token `k` a connector ("to", "and", a dash, a slash)? */
function connects(toks: Tokens, guard: QuantityGuard, k: number): boolean {
  const norm = known(toks, k);
  return norm !== null && guard.connectors.has(norm);
}

/** Is a count noun or a unit right after number `i`? ("1500 factories", "2000 km") */
function countsNext(toks: Tokens, guard: QuantityGuard, i: number): boolean {
  const next = i + 1 < toks.count ? known(toks, i + 1) : null;
  return next !== null && (guard.after.has(next) || guard.units.has(next));
}

/** "1500 new factories", "2000 foreign troops": an adjective, then a count noun, after number `i`. */
function adjectiveThenCount(toks: Tokens, guard: QuantityGuard, i: number): boolean {
  if (i + 2 >= toks.count || toks.pos[i + 1] !== 'ADJ') return false;
  const noun = known(toks, i + 2);
  return noun !== null && guard.after.has(noun);
}

/** Is the word `one`, or the two words `pair`, in `set`? */
function inSet(set: Set<string>, one: string | null, pair: string | null): boolean {
  return one !== null && (set.has(one) || (pair !== null && set.has(pair)));
}

/**
 * Does token `p` (a preposition) open its clause? At the start of the stretch, after punctuation or
 * a word that opens a clause ("and", "when", "later"), or at the end of a chain of phrases that
 * does ("In Poland in 1980 workers formed…": "in" after the phrase "In Poland").
 */
function opensClause(toks: Tokens, guard: QuantityGuard, p: number): boolean {
  if (atBoundary(toks, guard, p - 1)) return true;
  let q = p - 1;
  for (let steps = 0; q >= 0 && steps < 6 && PHRASE_POS.has(toks.pos[q]); steps++) q--;
  if (q === p - 1 || q < 0) return false;
  const word = known(toks, q);
  return word !== null && (guard.clausePointWords.has(word) || guard.pointWords.has(word)) && atBoundary(toks, guard, q - 1);
}

/** Is token `q` a clause's edge: none (the start), a punctuation mark, or a word that opens a clause? */
function atBoundary(toks: Tokens, guard: QuantityGuard, q: number): boolean {
  if (q < 0) return true;
  if (toks.end[q] - toks.start[q] === 1 && !toks.hasDigit(q)) {
    // A piece of one character without a digit: a letter, or a punctuation mark or dash.
    if (!LETTER.test(toks.text[toks.start[q]])) return true;
  }
  const word = toks.norm(q);
  return guard.clauseOpeners.has(word);
}

/**
 * The normalised form of token `k`, or null when it is none of the grammar's words (and so none of
 * {@link guardVocabulary}): most words next to numbers are not, and need no normalised form.
 */
function known(toks: Tokens, k: number): string | null {
  const wid = toks.wid[k];
  // A word of the grammar has had its normalised form since the cut: reading it is all that is
  // needed (and the optimised code of the pass then holds no copy of the normalising).
  return wid >= 0 ? toks.wordNorm(k) : wid === -1 ? null : toks.norm(k);
}
