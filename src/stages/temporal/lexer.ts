/**
 * The temporal grammar's tokens: a finer, uniform cut of a stretch of clean text, aligned to wink's
 * tokens for their part of speech.
 *
 * wink is not consistent with dates: it keeps "1995-2002" and "mid-1990s" as one token but splits
 * "1995–2002" in three, and splits the station name "8MK" into "8" + "MK". The grammar needs one
 * cut for all of them, so every stretch is re-cut here: numbers, words (digits and letters glued
 * together stay one token, so "8MK" is never a number), dashes, and single punctuation marks.
 * Headings have no wink tokens; their tokens get the POS `X`.
 */

const QUANTITY = 1;
const BLOCKED = 2;
const HAS_DIGIT = 4;
const CAP = 8;
/** Bits above this hold the number of digits of an all-digit token. */
const DIGITS_SHIFT = 4;

/**
 * One token of the grammar. Offsets are CLEAN offsets. A class with few fields (the flags are packed
 * into one number), so that the many tokens of a long text share one shape and stay small.
 */
export class Tok {
  /** UD part of speech from wink, or `X` when the stretch has no wink tokens (headings). */
  pos = 'X';
  private flags: number;

  constructor(
    /** Index of the token in its stretch: a token is an item of the grammar. */
    readonly i0: number,
    /** Lower-cased, every dash as '-', every apostrophe as "'": what data and patterns compare to. */
    readonly norm: string,
    readonly cleanStart: number,
    readonly cleanEnd: number,
    digits: number,
    hasDigit: boolean,
    cap: boolean,
  ) {
    this.flags = (digits << DIGITS_SHIFT) | (hasDigit ? HAS_DIGIT : 0) | (cap ? CAP : 0);
  }

  /** One past the token's index. */
  get i1(): number {
    return this.i0 + 1;
  }
  /** Number of digits when the token is all digits, else 0. */
  get digits(): number {
    return this.flags >>> DIGITS_SHIFT;
  }
  /** Value when the token is all digits, else NaN. */
  get num(): number {
    return this.flags >>> DIGITS_SHIFT ? Number(this.norm) : NaN;
  }
  /** Has a digit anywhere ("1990s", "19th", "8MK"). */
  get hasDigit(): boolean {
    return (this.flags & HAS_DIGIT) !== 0;
  }
  /** First character is an upper-case letter. */
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }
  /** A number that counts or labels something ("20 000 members", "Figure 2"), never a year. */
  get quantity(): boolean {
    return (this.flags & QUANTITY) !== 0;
  }
  set quantity(on: boolean) {
    this.flags = on ? this.flags | QUANTITY : this.flags & ~QUANTITY;
  }
  /** Inside a citation: matches nothing. */
  get blocked(): boolean {
    return (this.flags & BLOCKED) !== 0;
  }
  set blocked(on: boolean) {
    this.flags = on ? this.flags | BLOCKED : this.flags & ~BLOCKED;
  }
}

/**
 * The cut, as a regular expression (kept as the reference; {@link cut} implements the same cut by
 * hand, which is several times faster): numbers with thousands separators first ("1,473" is not
 * "1" + "473"), then "'90s", then words made of letters and digits (internal apostrophes and full
 * stops kept: "1990's", "4.3", "U.S"), then dashes, then any other single character.
 */
export const PIECE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|['’‘]\d\ds(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*|[-‐‑‒–—―−]|\S/gu;
const DASHES = /[‐‑‒–—―−]/g;
const NEEDS_MAPPING = /[‐‑‒–—―−’‘]/;
/** Anything but lower-case ASCII letters and digits: only then does normalising change the text. */
const NOT_PLAIN = /[^a-z0-9]/;
const POSSESSIVE = /^(.*\p{L})(['’]s)$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018;
const isDash = (c: number): boolean => c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;

/** Length of the word character at `i` (0 if none; 2 for an astral letter). */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i)!;
  const len = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + len)) ? len : 0;
}

/** Calls `emit(start, end)` for every piece of `text`, exactly as {@link PIECE} would cut it. */
export function cut(text: string, emit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || (c >= 128 && SPACE.test(text[i]))) {
      i++;
      continue;
    }
    const start = i;
    // "1,473", "20,000.5": up to three digits, then groups of a comma and three digits.
    if (isDigit(c)) {
      let j = i;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (j - i <= 3 && text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3))) {
        while (text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3))) j += 4;
        if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
          j += 1;
          while (j < n && isDigit(text.charCodeAt(j))) j++;
        }
        emit(start, j);
        i = j;
        continue;
      }
    }
    // "'90s"
    if (isApostrophe(c) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 115 && wordCharAt(text, i + 4) === 0) {
      emit(start, i + 4);
      i += 4;
      continue;
    }
    let w = wordCharAt(text, i);
    if (w > 0) {
      let j = i;
      for (;;) {
        for (;;) {
          const d = text.charCodeAt(j);
          if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) j++;
          else if (d >= 128 && (w = wordCharAt(text, j)) > 0) j += w;
          else break;
        }
        const d = text.charCodeAt(j);
        if ((isApostrophe(d) || d === 46) && wordCharAt(text, j + 1) > 0) j += 1;
        else break;
      }
      emit(start, j);
      i = j;
      continue;
    }
    if (isDash(c)) {
      emit(start, i + 1);
      i++;
      continue;
    }
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    emit(start, i + len);
    i += len;
  }
}

/** Normalised form of a piece: lower case, dashes as '-', apostrophes as "'". */
export function normalise(text: string): string {
  if (!NOT_PLAIN.test(text)) return text;
  const lower = text.toLowerCase();
  return NEEDS_MAPPING.test(lower) ? lower.replace(DASHES, '-').replace(/[’‘]/g, "'") : lower;
}

function isCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

function makeTok(text: string, cleanStart: number, index: number): Tok {
  let digitCount = 0;
  let upper = false;
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digitCount++;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c < 97 || c > 122) other = true;
  }
  const allDigits = digitCount > 0 && digitCount === text.length;
  const norm = other ? normalise(text) : upper ? text.toLowerCase() : text;
  return new Tok(index, norm, cleanStart, cleanStart + text.length, allDigits ? text.length : 0, digitCount > 0, isCapital(text));
}

/** Column view of the token table that the lexer needs (clean offsets and POS indexes). */
export interface PosSource {
  cleanStart: ArrayLike<number>;
  cleanEnd: ArrayLike<number>;
  pos: ArrayLike<number>;
  /** Tag names indexed by `pos`. */
  tags: readonly string[];
}

/**
 * Cuts `text` (which starts at clean offset `base`) into tokens. With `posSource`, each token takes
 * the POS of the wink token (among `first` … `last - 1`) that holds its first character.
 */
export function lex(text: string, base: number, posSource?: PosSource, first = 0, last = 0): Tok[] {
  const toks: Tok[] = [];
  cut(text, (start, end) => {
    const piece = text.slice(start, end);
    const at = base + start;
    // "Xi's rule": the name and the possessive are two tokens; "1990's" stays one (a decade).
    const possessive = end - start > 2 && text.charCodeAt(end - 1) === 115 && isApostrophe(text.charCodeAt(end - 2)) ? POSSESSIVE.exec(piece) : null;
    if (possessive && !/^\d+$/.test(possessive[1])) {
      toks.push(makeTok(possessive[1], at, toks.length));
      toks.push(makeTok(possessive[2], at + possessive[1].length, toks.length));
    } else {
      toks.push(makeTok(piece, at, toks.length));
    }
  });
  if (posSource) {
    let w = first;
    for (const t of toks) {
      while (w < last && posSource.cleanEnd[w] <= t.cleanStart) w++;
      if (w < last && posSource.cleanStart[w] <= t.cleanStart) t.pos = posSource.tags[posSource.pos[w]] ?? 'X';
    }
  }
  return toks;
}

/** Words of the quantity guard, from the data file. */
export interface QuantityGuard {
  /** A number right after one of these (one or two words) counts or labels something: "Figure 2", "$4", "more than 1500". */
  before: Set<string>;
  /** A number right before one of these is a quantity: "1110 kHz", "2000 copies". */
  after: Set<string>;
  /** Joins numbers into one chain whose members are all quantities if one is: "1200–1500 members". */
  connectors: Set<string>;
}

/**
 * Marks the number tokens that are quantities or labels, never years: "2000 copies", "Figure 2",
 * "pp. 1995–2002", "from 1200 to 1500 members". One pass each way along the tokens.
 */
export function markQuantities(toks: Tok[], guard: QuantityGuard): void {
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.digits === 0) continue;
    let p = i - 1;
    // "No. 5", "pp. 12": look past a full stop after an abbreviation.
    if (p >= 0 && toks[p].norm === '.' && p > 0) p--;
    const prev = p >= 0 ? toks[p] : undefined;
    const next = i + 1 < n ? toks[i + 1] : undefined;
    const prev2 = p > 0 ? `${toks[p - 1].norm} ${prev!.norm}` : '';
    if ((prev && (guard.before.has(prev.norm) || guard.before.has(prev2))) || (next && guard.after.has(next.norm))) t.quantity = true;
    // "$4" glued, "5%" glued.
    if (prev && prev.cleanEnd === t.cleanStart && /^[$£€¥#]$/.test(prev.norm)) t.quantity = true;
  }
  // Chains: a quantity passes along "to", "and", "or", dashes to the next number, both ways.
  for (let i = 2; i < n; i++) {
    if (toks[i].digits && toks[i - 2].digits && toks[i - 2].quantity && guard.connectors.has(toks[i - 1].norm)) toks[i].quantity = true;
  }
  for (let i = n - 3; i >= 0; i--) {
    if (toks[i].digits && toks[i + 2].digits && toks[i + 2].quantity && guard.connectors.has(toks[i + 1].norm)) toks[i].quantity = true;
  }
}
