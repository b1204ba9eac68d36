/**
 * Character tests without allocation (ASCII fast paths, then a table of the character classes), and
 * the set of the words a document writes in lower case.
 */
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
 * The words a document writes in lower case, folded (lower case, no diacritics). A plain string set:
 * the strings come from native slices of the lower-cased text, which costs far less per token than
 * hashing characters in a JavaScript loop before the code is optimised.
 */
export type LowerWords = Set<string>;
