/**
 * Character tests without allocation (ASCII fast paths), and a set of the words a document writes
 * in lower case kept as 32-bit hashes, so that filling it costs no string per token.
 */
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** 1 for a capital letter at `i`, 2 for a lower-case letter, 0 otherwise. */
export function letterCase(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return 2;
  if (c < 128 || i >= text.length) return 0;
  const ch = text[i];
  return UPPER.test(ch) ? 1 : LOWER.test(ch) ? 2 : 0;
}

/** Two or more letters, all capitals ('HOWELL', 'U.S.', 'BO-SEON'). */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const k = letterCase(text, i);
    if (k === 2) return false;
    if (k === 1) letters++;
  }
  return letters >= 2;
}

/** Number of letters and of capitals in `text`. */
export function countLetters(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const k = letterCase(text, i);
    if (k) letters++;
    if (k === 1) upper++;
  }
  return { letters, upper };
}

/** FNV-1a hash of `text[start, end)` lower-cased, diacritics kept out (ASCII letters only folded by case). */
function hashLower(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The words a document writes in lower case, as hashes (a collision, about one in a million per
 * query for a large text, only makes a capital look positional).
 */
export class LowerWords {
  private readonly hashes = new Set<number>();

  /** Adds the word `text[start, end)` (already folded when it holds non-ASCII letters). */
  addRange(text: string, start: number, end: number): void {
    this.hashes.add(hashLower(text, start, end));
  }

  /** Whether `word` (folded: lower case, no diacritics) is written in lower case somewhere. */
  has(word: string): boolean {
    return this.hashes.has(hashLower(word, 0, word.length));
  }
}
