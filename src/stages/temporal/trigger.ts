/**
 * The grammar's quick test of a stretch of text (see `Grammar.mayMatch`): can any rule match in it?
 * Most sentences of most texts cannot, and are not cut at all.
 *
 * A stretch with a digit may hold a date. One without needs, for some rule that does not start from a
 * digit or an atom, every element that rule must match: each element is a list of alternatives (a
 * literal's words, a class's phrases), and an alternative is met when the stretch holds each of its
 * words of ASCII letters ("the" + "cold" + "war"), or, for one without such words, its word left to
 * the regular expression ("perón") or its word of segments ("ch'ing"). A rule's match implies all of
 * that, so a stretch where no rule is met is skipped. (Asking for one trigger word of one element per
 * rule let through nearly every sentence: 'government', 'may', 'general' start era names.)
 *
 * Each word is found as the regular expression `\b(?:w1|w2|…)\b|o1|o2|…` with the `i` flag over
 * the words would find it (ASCII words between word boundaries, an apostrophe matching ' or ’; other
 * words searched as they are), but the text is read once, by hand, at a few nanoseconds a character:
 * that alternation of some six hundred words cost ten times as much per character, and ran on every
 * sentence without a digit. Why the hand-made reading is the same:
 * - without the `u` flag, `\w` and `\b` are ASCII (`[A-Za-z0-9_]`), and an ASCII letter of the
 *   pattern matches only that letter in either case (no other character folds to an ASCII one);
 * - a word of letters between two boundaries is a whole maximal run of `\w` characters, so each
 *   run is looked up once, lower-cased, in a hash table;
 * - a word with a digit can only match where the text has that digit, which the digit test finds;
 * - "ch'ing": runs joined by one ' or ’ are compared segment by segment;
 * - any other word (a space, a hyphen, a character beyond ASCII) is left to the regular expression,
 *   which then runs only when the text has a character that can match one of them.
 */
import { FNV_OFFSET, FNV_PRIME } from '../../fnv.js';
import { WordTable } from './lexer.js';

const DIGIT = /\d/;

/** Words of the ASCII branch, as `Grammar` has always split them: letters, digits, apostrophes, spaces, hyphens. */
const ASCII_WORD = /^[a-z0-9' -]+$/;

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** The regular-expression source of a word: escaped, an apostrophe matching ' or ’. */
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/'/g, "['’]");

/** Case folding as a regular expression without the `u` flag compares characters (ECMA-262 Canonicalize). */
function canonicalize(c: number): number {
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return c >= 128 && u < 128 ? c : u;
}

/**
 * One way to meet an element of a rule: every one of `words` (ASCII letters only) in the stretch; a
 * word of segments ("ch'ing"); or a word left to the regular expression (any other).
 */
export type TriggerAlternative = { kind: 'words'; words: readonly string[] } | { kind: 'segmented'; word: string } | { kind: 'expression'; word: string };

/**
 * What a rule needs of a stretch without a digit: per element it must match, the alternatives
 * (an element without any is never met; a rule without elements always is).
 */
export type TriggerNeed = readonly (readonly TriggerAlternative[])[];

const PLAIN_WORD = /^[a-z]+$/;
const SEGMENTED_WORD = /^[a-z]+(?:'[a-z]+)+$/;

/** How a trigger word (normalised: lower case, apostrophes as ') is found; null for one with a digit (the digit test finds it). */
export function alternativeOf(word: string): TriggerAlternative | null {
  if (PLAIN_WORD.test(word)) return { kind: 'words', words: [word] };
  if (/\d/.test(word)) return null;
  if (SEGMENTED_WORD.test(word)) return { kind: 'segmented', word };
  return { kind: 'expression', word };
}

/**
 * How a phrase of the grammar (its tokens' normalised forms, as the text is cut) is found: by all its
 * words of ASCII letters; else by its first word of segments ("ch'ing") or of letters beyond ASCII
 * ("perón"). 'never' for a phrase with a digit (never met without one); 'always' for one without
 * a word that the reading finds (punctuation only: "-"; "u.s"): no condition.
 */
export function alternativeOfPhrase(norms: readonly string[]): TriggerAlternative | 'never' | 'always' {
  if (norms.some((n) => /\d/.test(n))) return 'never';
  const words = norms.filter((n) => PLAIN_WORD.test(n));
  if (words.length > 0) return { kind: 'words', words };
  for (const n of norms) {
    if (SEGMENTED_WORD.test(n)) return { kind: 'segmented', word: n };
    if (/^[\p{L}\p{M}\p{N}]+$/u.test(n)) return { kind: 'expression', word: n };
  }
  return 'always';
}

export class TriggerTest {
  /** The ASCII words of the alternatives; a word's id is its entry in the table. */
  private readonly words: WordTable;
  /** Per word: the stretch it was last found in (see `stamp`). */
  private readonly seen: Int32Array;
  /** The words found in the stretch being read that index alternatives (`foundCount` of them). */
  private readonly found: Int32Array;
  private foundCount = 0;
  /**
   * The alternatives of ASCII words, indexed by one of their words (a rare one where they have it):
   * those of word `w` are `keyAlts[keyFrom[w] .. keyFrom[w + 1]]`; alternative `a` needs the words
   * `altWords[altFrom[a] .. altFrom[a + 1]]` and meets element `altElement[a]`.
   */
  private readonly keyFrom: Int32Array;
  private readonly keyAlts: Int32Array;
  private readonly altFrom: Int32Array;
  private readonly altWords: Int32Array;
  private readonly altElement: Int32Array;
  /** The elements met by a word of segments, and by a word of the regular expression. */
  private readonly segmentedElements: Int32Array;
  private readonly expressionElements: Int32Array;
  /** Per element: its rule, and the stretch it was last met in; per rule: its number of elements, and how many are met. */
  private readonly elementRule: Int32Array;
  private readonly elementMet: Int32Array;
  private readonly ruleSize: Int32Array;
  private readonly ruleMet: Int32Array;
  private readonly ruleStamp: Int32Array;
  /** Some rule needs nothing a stretch may lack: every stretch may hold a match. */
  private readonly always: boolean;
  /** Counts stretches, for `seen`, `elementMet` and `ruleStamp`. */
  private stamp = 0;
  /** The first segments of words like "ch'ing", and each such word's segments. */
  private readonly firstSegments: WordTable;
  private readonly segmented: string[][] = [];
  /** The words left to a regular expression, or null when none is. */
  private readonly rest: RegExp | null;
  /**
   * The case-folded characters beyond ASCII of the words left to the regular expression: the text
   * needs one of them for it to match. Null when one of those words is all ASCII (it always runs).
   */
  private readonly restChars: Set<number> | null;
  /** Per code unit from 128 up: 0 not yet known, 1 folds to none of `restChars`, 2 folds to one. */
  private readonly restGate = new Uint8Array(0x10000);

  /**
   * @param needs what each rule needs of a stretch without a digit
   * @param common words too common to index an alternative by, where it has another (default: none)
   */
  constructor(needs: readonly TriggerNeed[], common: ReadonlySet<string> = new Set()) {
    const wordIds = new Map<string, number>();
    const idOf = (w: string): number => {
      let id = wordIds.get(w);
      if (id === undefined) wordIds.set(w, (id = wordIds.size));
      return id;
    };
    const segmented = new Set<string>();
    const ascii = new Set<string>();
    const other = new Set<string>();
    const byKey = new Map<number, number[]>();
    const altFrom: number[] = [];
    const altWords: number[] = [];
    const altElement: number[] = [];
    const segmentedElements: number[] = [];
    const expressionElements: number[] = [];
    const elementRule: number[] = [];
    const ruleSize: number[] = [];
    let always = false;
    // An alternative is looked into when the stretch holds its index word: the word that the fewest
    // alternatives share ('franco' for "general franco", not 'general', which starts nine), so that
    // a common word of the text sends few of them to be checked.
    const shared = new Map<string, number>();
    for (const need of needs) {
      for (const alternatives of need) for (const alt of alternatives) if (alt.kind === 'words') for (const w of alt.words) shared.set(w, (shared.get(w) ?? 0) + 1);
    }
    const indexWord = (words: readonly string[]): string => {
      let best = words[0];
      for (const w of words) {
        const better = common.has(best) ? !common.has(w) || shared.get(w)! < shared.get(best)! : !common.has(w) && shared.get(w)! < shared.get(best)!;
        if (better) best = w;
      }
      return best;
    };
    for (const need of needs) {
      const rule = ruleSize.length;
      ruleSize.push(need.length);
      if (need.length === 0) always = true;
      for (const alternatives of need) {
        const element = elementRule.length;
        elementRule.push(rule);
        for (const alt of alternatives) {
          if (alt.kind === 'segmented') {
            segmented.add(alt.word);
            if (!segmentedElements.includes(element)) segmentedElements.push(element);
          } else if (alt.kind === 'expression') {
            (ASCII_WORD.test(alt.word) ? ascii : other).add(alt.word);
            if (!expressionElements.includes(element)) expressionElements.push(element);
          } else {
            const a = altElement.length;
            altElement.push(element);
            altFrom.push(altWords.length);
            for (const w of alt.words) altWords.push(idOf(w));
            const key = idOf(indexWord(alt.words));
            let list = byKey.get(key);
            if (!list) byKey.set(key, (list = []));
            list.push(a);
          }
        }
      }
    }
    altFrom.push(altWords.length);
    this.words = new WordTable(wordIds.entries(), () => -1);
    this.seen = new Int32Array(wordIds.size);
    this.found = new Int32Array(wordIds.size);
    this.keyFrom = new Int32Array(wordIds.size + 1);
    const keyAlts: number[] = [];
    for (let w = 0; w < wordIds.size; w++) {
      this.keyFrom[w] = keyAlts.length;
      keyAlts.push(...(byKey.get(w) ?? []));
    }
    this.keyFrom[wordIds.size] = keyAlts.length;
    this.keyAlts = Int32Array.from(keyAlts);
    this.altFrom = Int32Array.from(altFrom);
    this.altWords = Int32Array.from(altWords);
    this.altElement = Int32Array.from(altElement);
    this.segmentedElements = Int32Array.from(segmentedElements);
    this.expressionElements = Int32Array.from(expressionElements);
    this.elementRule = Int32Array.from(elementRule);
    this.elementMet = new Int32Array(elementRule.length);
    this.ruleSize = Int32Array.from(ruleSize);
    this.ruleMet = new Int32Array(ruleSize.length);
    this.ruleStamp = new Int32Array(ruleSize.length);
    this.always = always;
    const firsts = new Map<string, number>();
    for (const w of segmented) {
      const segments = w.split("'");
      if (!firsts.has(segments[0])) firsts.set(segments[0], firsts.size);
      this.segmented.push(segments);
    }
    this.firstSegments = new WordTable(firsts.entries(), () => -1);
    // As `Grammar` has always built the expression (longest ASCII words first: the same answer either way).
    const asciiList = [...ascii].sort((a, b) => b.length - a.length);
    const parts = [asciiList.length ? `\\b(?:${asciiList.map(escape).join('|')})\\b` : '', ...[...other].map(escape)].filter(Boolean);
    this.rest = parts.length ? new RegExp(parts.join('|'), 'i') : null;
    let restChars: Set<number> | null = new Set();
    if (asciiList.length) restChars = null;
    for (const w of other) {
      const wide = [...w].filter((ch) => ch.charCodeAt(0) >= 128);
      if (wide.length === 0 || restChars === null) {
        restChars = null;
        continue;
      }
      for (const ch of w) for (let k = 0; k < ch.length; k++) if (ch.charCodeAt(k) >= 128) restChars.add(canonicalize(ch.charCodeAt(k)));
    }
    this.restChars = restChars;
  }

  /** A test of single trigger words: a stretch passes when it holds a digit or one of `words` (normalised as tokens are). */
  static ofWords(words: Iterable<string>): TriggerTest {
    const needs: TriggerNeed[] = [];
    for (const w of words) {
      const alt = alternativeOf(w);
      if (alt) needs.push([[alt]]);
    }
    return new TriggerTest(needs);
  }

  /** May some rule match in `text` (a digit, or every element of some rule met)? */
  test(text: string): boolean {
    if (this.always) return true;
    // Most stretches with a digit have one early, which the regular expression engine finds faster.
    if (DIGIT.test(text)) return true;
    const stamp = ++this.stamp;
    this.foundCount = 0;
    let segmentedFound = false;
    const n = text.length;
    const restChars = this.restChars;
    let restMayMatch = this.rest !== null && restChars === null;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) {
        if (c >= 128 && !restMayMatch && restChars !== null) restMayMatch = this.foldsToRest(c, restChars);
        i++;
        continue;
      }
      // A maximal run of word characters starts at `i` (the character before it is none).
      let h = FNV_OFFSET;
      let j = i;
      for (; j < n; j++) {
        let d = text.charCodeAt(j);
        if (d >= 65 && d <= 90) d += 32;
        else if (!(d >= 97 && d <= 122) && d !== 95 && !(d >= 48 && d <= 57)) break;
        h = Math.imul(h ^ d, FNV_PRIME);
      }
      const w = this.words.find(text, i, j, h);
      if (w >= 0 && this.seen[w] !== stamp) {
        this.seen[w] = stamp;
        if (this.keyFrom[w] < this.keyFrom[w + 1]) this.found[this.foundCount++] = w;
      }
      if (!segmentedFound && j + 1 < n && isApostrophe(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j + 1))) segmentedFound = this.segmentedAt(text, i, j, h);
      i = j;
    }
    return this.anyRuleMet(stamp, segmentedFound, restMayMatch, text);
  }

  /** Once the stretch is read: is every element of some rule met? */
  private anyRuleMet(stamp: number, segmentedFound: boolean, restMayMatch: boolean, text: string): boolean {
    const { seen, altFrom, altWords } = this;
    for (let f = 0; f < this.foundCount; f++) {
      const key = this.found[f];
      for (let k = this.keyFrom[key]; k < this.keyFrom[key + 1]; k++) {
        const a = this.keyAlts[k];
        let all = true;
        for (let x = altFrom[a]; x < altFrom[a + 1] && all; x++) all = seen[altWords[x]] === stamp;
        if (all && this.meet(this.altElement[a], stamp)) return true;
      }
    }
    if (segmentedFound) for (let k = 0; k < this.segmentedElements.length; k++) if (this.meet(this.segmentedElements[k], stamp)) return true;
    // Any word of the expression meets every element with one (more than needed, never less).
    if (restMayMatch && this.expressionElements.length > 0 && this.rest!.test(text)) {
      for (let k = 0; k < this.expressionElements.length; k++) if (this.meet(this.expressionElements[k], stamp)) return true;
    }
    return false;
  }

  /** Marks `element` met in the stretch; true when that completes its rule. */
  private meet(element: number, stamp: number): boolean {
    if (this.elementMet[element] === stamp) return false;
    this.elementMet[element] = stamp;
    const rule = this.elementRule[element];
    if (this.ruleStamp[rule] !== stamp) {
      this.ruleStamp[rule] = stamp;
      this.ruleMet[rule] = 0;
    }
    return ++this.ruleMet[rule] === this.ruleSize[rule];
  }

  /** Does the code unit `c` (128 or more) fold to one of `restChars`? */
  private foldsToRest(c: number, restChars: Set<number>): boolean {
    let gate = this.restGate[c];
    if (gate === 0) this.restGate[c] = gate = restChars.has(canonicalize(c)) ? 2 : 1;
    return gate === 2;
  }

  /** Does a word like "ch'ing" start with the run `text[i, j)` (hash `h`), followed by ' or ’? */
  private segmentedAt(text: string, i: number, j: number, h: number): boolean {
    if (this.firstSegments.find(text, i, j, h) < 0) return false;
    const n = text.length;
    for (const segments of this.segmented) {
      let at = i;
      let s = 0;
      for (; s < segments.length; s++) {
        const seg = segments[s];
        if (s > 0) {
          if (at >= n || !isApostrophe(text.charCodeAt(at))) break;
          at++;
        }
        let k = 0;
        for (; k < seg.length && at + k < n; k++) {
          const c = text.charCodeAt(at + k);
          if (seg.charCodeAt(k) !== (c >= 65 && c <= 90 ? c + 32 : c)) break;
        }
        if (k < seg.length) break;
        at += k;
        // Each segment is a whole run: a word boundary ends it.
        if (at < n && isWordChar(text.charCodeAt(at))) break;
      }
      if (s === segments.length) return true;
    }
    return false;
  }
}
