/**
 * The grammar's quick test of a stretch of text (see `Grammar.mayMatch`): does it hold a digit or
 * one of the trigger words? Most sentences of most texts hold neither and are not cut at all.
 *
 * It answers exactly as the regular expression `/\d|\b(?:w1|w2|…)\b|o1|o2|…/i` over the trigger
 * words would (ASCII words, longest first, between word boundaries, an apostrophe matching ' or ’;
 * other words searched as they are), but reads the text once, by hand, at a few nanoseconds a
 * character: that alternation of some six hundred words cost ten times as much per character, and
 * ran on every sentence without a digit. Why the hand-made test is the same:
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

export class TriggerTest {
  /** Words of letters only. */
  private readonly plain: WordTable;
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

  /** @param words the trigger words, normalised as tokens are (lower case, apostrophes as ') */
  constructor(words: Iterable<string>) {
    const plain: string[] = [];
    const segmented: string[] = [];
    const ascii: string[] = [];
    const other: string[] = [];
    for (const w of words) {
      if (!ASCII_WORD.test(w)) other.push(w);
      else if (/\d/.test(w)) continue;
      else if (/^[a-z]+$/.test(w)) plain.push(w);
      else if (/^[a-z]+(?:'[a-z]+)+$/.test(w)) segmented.push(w);
      else ascii.push(w);
    }
    this.plain = new WordTable(
      plain.map((w, k) => [w, k] as const),
      () => -1,
    );
    const firsts = new Map<string, number>();
    for (const w of segmented) {
      const segments = w.split("'");
      if (!firsts.has(segments[0])) firsts.set(segments[0], firsts.size);
      this.segmented.push(segments);
    }
    this.firstSegments = new WordTable(firsts.entries(), () => -1);
    // As `Grammar` has always built the expression (longest ASCII words first: the same answer either way).
    ascii.sort((a, b) => b.length - a.length);
    const parts = [ascii.length ? `\\b(?:${ascii.map(escape).join('|')})\\b` : '', ...other.map(escape)].filter(Boolean);
    this.rest = parts.length ? new RegExp(parts.join('|'), 'i') : null;
    let restChars: Set<number> | null = new Set();
    if (ascii.length) restChars = null;
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

  /** Does `text` hold a digit or a trigger word? */
  test(text: string): boolean {
    // Most stretches with a digit have one early, which the regular expression engine finds faster.
    if (DIGIT.test(text)) return true;
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
      if (this.plain.find(text, i, j, h) >= 0) return true;
      if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j + 1)) && this.segmentedAt(text, i, j, h)) return true;
      i = j;
    }
    return restMayMatch && this.rest!.test(text);
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
