/**
 * Character tests without allocation (ASCII fast paths, then a table of the character classes), and
 * the set of the words a document writes in lower case.
 */
import { FNV_OFFSET, FNV_PRIME } from '../../fnv.js';

/** Bits of {@link charClass}. */
export const CHAR_UPPER = 1;
export const CHAR_LOWER = 2;
/** A letter of any kind, or a digit (\p{L} or \p{N}). */
export const CHAR_ALNUM = 4;

/**
 * Classes of every UTF-16 code unit taken by itself (so a lone surrogate has none), found by
 * regular expressions over a string of them all, the first time they are needed (the stage's
 * `prepare` asks, so the ~10 ms go to building the pipeline). A table rather than a regular
 * expression per character: it is faster, and a test first met only after the code was optimised
 * would throw that code away (a text's first accented letter, or Chinese name, comes at any time).
 */
let classes: Uint8Array | null = null;

function buildClasses(): Uint8Array {
  const units = new Uint16Array(0x10000);
  // Surrogates are left out (as spaces): a regular expression reads a pair of them as one character.
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c < 0xe000 ? 0x20 : c;
  const all = new TextDecoder('utf-16le').decode(units);
  const table = new Uint8Array(0x10000);
  // Every cased letter is a letter, and none is both upper and lower case: so fills, not ORs.
  for (const [re, value] of [[/[\p{L}\p{N}]+/gu, CHAR_ALNUM], [/\p{Lu}+/gu, CHAR_ALNUM | CHAR_UPPER], [/\p{Ll}+/gu, CHAR_ALNUM | CHAR_LOWER]] as const) {
    for (let m = re.exec(all); m !== null; m = re.exec(all)) table.fill(value, m.index, m.index + m[0].length);
  }
  return table;
}

/** Class bits of the UTF-16 code unit `c` (0 ≤ c < 0x10000). */
export function charClass(c: number): number {
  return (classes ??= buildClasses())[c];
}

/** A hyphen or dash that joins the parts of a name: '-', '‐' (U+2010), '‑' (U+2011), '–'. */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

/** 1 for a capital letter at `i`, 2 for a lower-case letter, 0 otherwise. */
export function letterCase(text: string, i: number): 0 | 1 | 2 {
  // Checked first: reading past the end would throw optimised code away ('' is a common word here).
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return 2;
  if (c < 128) return 0;
  return caseOf(c) as 0 | 1 | 2;
}

/**
 * Case of the code unit `c`: 1 upper, 2 lower, 0 neither. The loops below test characters inline
 * rather than through {@link letterCase}: they run on every word looked at, and a call per
 * character costs more than the test before the code is optimised.
 */
function caseOf(c: number): number {
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return 2;
  if (c < 128) return 0;
  const k = charClass(c);
  return k & CHAR_UPPER ? 1 : k & CHAR_LOWER ? 2 : 0;
}

/** Two or more letters, all capitals ('HOWELL', 'U.S.', 'BO-SEON'). */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const k = caseOf(c);
      if (k === 2) return false;
      if (k === 1) letters++;
    }
  }
  return letters >= 2;
}

/** Number of letters and of capitals in `text`. */
export function countLetters(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c < 65 ? 0 : c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c < 128 ? 0 : caseOf(c);
    if (k) letters++;
    if (k === 1) upper++;
  }
  return { letters, upper };
}

/**
 * The words a document writes in lower case, folded (lower case, no diacritics). A document has
 * thousands of such tokens and asks about a few hundred words, so adding must be cheap: a word of
 * ASCII characters (nearly all) is kept as its span of the text in an open-addressing hash table,
 * hashed and compared character by character with capitals lowered, so no string is made for it;
 * a word holding another character is folded by the caller and kept in a plain string set. (The
 * hash takes each code unit with bit 5 set, `c | 32`: that lowers a capital without a test, and the
 * few other pairs it makes alike, '[' and '{', only share a probe sequence: the comparison is exact.)
 */
export class LowerWords {
  /** Pairs [start + 1, end] of the spans kept, by hash slot; 0 marks an empty slot. */
  private slots = new Int32Array(2 * 4096);
  private mask = 4095;
  /** Number of spans kept. */
  private size = 0;
  /** Folded words that held a non-ASCII character. */
  private readonly folded = new Set<string>();

  /** For the words of `text`. */
  constructor(private readonly text: string) {}

  /**
   * Adds the word at `[start, end)` of the text, lower-cased, when it is all ASCII; returns false
   * (adding nothing) when it holds another character, which {@link addFolded} is then for.
   */
  addSpan(start: number, end: number): boolean {
    const text = this.text;
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c > 127) return false;
      h = Math.imul(h ^ (c | 32), FNV_PRIME);
    }
    const { slots, mask } = this;
    for (let slot = slotOf(h, mask); ; slot = (slot + 1) & mask) {
      const at = slot * 2;
      if (slots[at] === 0) {
        slots[at] = start + 1;
        slots[at + 1] = end;
        // At most half the slots are taken, so probe sequences stay short.
        if (++this.size * 2 > mask) this.grow();
        return true;
      }
      if (this.sameSpan(slots[at] - 1, slots[at + 1], start, end)) return true;
    }
  }

  /** Adds a folded word (one that held a non-ASCII character). */
  addFolded(word: string): void {
    this.folded.add(word);
  }

  has(word: string): boolean {
    // (Most texts write few or no lower-case words with other characters than ASCII.)
    if (this.folded.size > 0 && this.folded.has(word)) return true;
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ (word.charCodeAt(i) | 32), FNV_PRIME);
    const { slots, mask, text } = this;
    for (let slot = slotOf(h, mask); slots[slot * 2] !== 0; slot = (slot + 1) & mask) {
      const start = slots[slot * 2] - 1;
      if (slots[slot * 2 + 1] - start !== word.length) continue;
      let k = 0;
      while (k < word.length && lowerAscii(text.charCodeAt(start + k)) === word.charCodeAt(k)) k++;
      if (k === word.length) return true;
    }
    return false;
  }

  /** Doubles the table, placing every span again. */
  private grow(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(2 * (mask + 1));
    const text = this.text;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] === 0) continue;
      let h = FNV_OFFSET;
      for (let i = old[at] - 1; i < old[at + 1]; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 32), FNV_PRIME);
      let slot = slotOf(h, mask);
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = old[at];
      slots[slot * 2 + 1] = old[at + 1];
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** Whether spans `[a, aEnd)` and `[b, bEnd)` hold the same word, capitals lowered. */
  private sameSpan(a: number, aEnd: number, b: number, bEnd: number): boolean {
    if (aEnd - a !== bEnd - b) return false;
    const text = this.text;
    for (let k = 0; k < aEnd - a; k++) {
      const ca = text.charCodeAt(a + k);
      const cb = text.charCodeAt(b + k);
      if (ca !== cb && lowerAscii(ca) !== lowerAscii(cb)) return false;
    }
    return true;
  }
}

/** The table slot of hash `h` (its high bits folded in: the table uses only the low ones). */
function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 16)) & mask;
}

/**
 * An ASCII code unit with capitals lowered (`c >= 65 && c <= 90 ? c + 32 : c`), read from a table:
 * a capital inside a lower-case word ('iPhone') is rare, and an addition first met then would throw
 * the optimised code of the callers away.
 */
const LOWER_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c));

/** {@link LOWER_ASCII} of the ASCII code unit `c`. */
function lowerAscii(c: number): number {
  return LOWER_ASCII[c];
}

/**
 * The first characters of a set's strings: a test that rules out most words before a look-up in the
 * set (a string's hash and the search of its bucket cost much more than a read of one table entry).
 */
export class FirstChars {
  private readonly ascii = new Uint8Array(128);
  private nonAscii = false;
  private empty = false;

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length === 0) this.empty = true;
      else if (w.charCodeAt(0) < 128) this.ascii[w.charCodeAt(0)] = 1;
      else this.nonAscii = true;
    }
  }

  /** False when `text` is none of the set's strings; true when it may be one. */
  mayHold(text: string): boolean {
    if (text.length === 0) return this.empty;
    const c = text.charCodeAt(0);
    return c < 128 ? this.ascii[c] === 1 : this.nonAscii;
  }
}
