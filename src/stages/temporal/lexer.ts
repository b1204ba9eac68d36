/**
 * The temporal grammar's tokens: a finer, uniform cut of a stretch of clean text, aligned to wink's
 * tokens for their part of speech.
 *
 * wink is not consistent with dates: it keeps "1995-2002" and "mid-1990s" as one token but splits
 * "1995–2002" in three, and splits the station name "8MK" into "8" + "MK". The grammar needs one
 * cut for all of them, so every stretch is re-cut here: numbers, words (digits and letters glued
 * together stay one token, so "8MK" is never a number), dashes, and single punctuation marks.
 * Headings have no wink tokens; their tokens get the POS `X`.
 *
 * The tokens of a stretch are flat columns ({@link Tokens}), filled in one pass over its
 * characters; a token that is one of the grammar's words gets its id and normalised form from a
 * small hash table ({@link WordTable}), and any other only works its normalised form out when asked.
 */
import { FNV_OFFSET, FNV_PRIME } from '../../fnv.js';

const QUANTITY = 1;
const BLOCKED = 2;
const HAS_DIGIT = 4;
const CAP = 8;
const DASH = 16;
/** Bits above this hold the number of digits of an all-digit token. */
const DIGITS_SHIFT = 5;

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

/**
 * What each code unit from 128 up is, worked out with the Unicode regular expressions once, when
 * first met (curly quotes and dashes are in most sentences): 0 not yet, else `WIDE_SEEN` plus
 * `WIDE_SPACE` and `WIDE_WORD` bits. (A surrogate alone is neither space nor word.)
 */
const wideClasses = new Uint8Array(0x10000);
const WIDE_SEEN = 1;
const WIDE_SPACE = 2;
const WIDE_WORD = 4;

function wideClass(c: number): number {
  let k = wideClasses[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = WIDE_SEEN | (SPACE.test(ch) ? WIDE_SPACE : 0) | (WORD_CHAR.test(ch) ? WIDE_WORD : 0);
    wideClasses[c] = k;
  }
  return k;
}

/** Length of the word character at `i` (0 if none, or at or past `to`; 2 for an astral letter). */
function wordCharAt(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  // A surrogate pair cut by `to` is a lone surrogate, as at the end of a string of its own.
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const cp = text.codePointAt(i)!;
    return WORD_CHAR.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
  }
  return wideClass(c) & WIDE_WORD ? 1 : 0;
}

/** The code unit of `text` at `k`, or -1 at or past `to` (a function, not a closure per cut: no allocation). */
const codeAt = (text: string, k: number, to: number): number => (k < to ? text.charCodeAt(k) : -1);

/**
 * Growable store of pieces, reused between cuts: their boundaries `[start0, end0, start1, end1, ...]`
 * and, per piece, what the token table needs of its characters (see {@link measure}), worked out as
 * the cut reads them rather than in a second pass over the piece.
 */
export class PieceBuffer {
  data = new Int32Array(1024);
  /** FNV-1a hash of the piece's characters, ASCII letters lower-cased (see {@link WordTable}). */
  hash = new Int32Array(512);
  /** Number of ASCII digits, shifted left by one; bit 0: a character beyond ASCII. */
  info = new Int32Array(512);

  /** Makes room for `n` pieces. */
  reserve(n: number): void {
    if (this.hash.length >= n) return;
    const size = Math.max(2 * n, 256);
    this.data = new Int32Array(2 * size);
    this.hash = new Int32Array(size);
    this.info = new Int32Array(size);
  }
}

/** Sets `hash` and `info` of piece `k` of `buf` to those of `text[start, end)`. */
function measure(text: string, start: number, end: number, buf: PieceBuffer, k: number): void {
  let digits = 0;
  let wide = 0;
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) wide = 1;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  buf.hash[k] = h;
  buf.info[k] = (digits << 1) | wide;
}

/**
 * Cuts `text[from, to)` into `buf` exactly as {@link PIECE} would cut that stretch as a string of
 * its own, and returns the number of pieces (piece `k` spans `buf.data[2k] .. buf.data[2k + 1]`,
 * offsets in `text`). Cutting a stretch of the whole clean text, rather than a sentence's own
 * string (a slice, slower to read), and into one flat array rather than through a callback, makes
 * the cut several times cheaper; it runs on every sentence worth reading. A word's hash and digits
 * are counted as its characters are read (most pieces are words); other pieces are measured after.
 */
export function cutInto(text: string, buf: PieceBuffer, from = 0, to = text.length): number {
  // A piece is at least one code unit.
  buf.reserve(to - from);
  const out = buf.data;
  const hashes = buf.hash;
  const infos = buf.info;
  let count = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || (c >= 128 && (wideClass(c) & WIDE_SPACE) !== 0)) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    /** Set when the word loop below has measured the piece. */
    let measured = false;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && wordCharAt(text, i, to) > 0)) {
      // "1,473", "20,000.5": up to three digits, then groups of a comma and three digits.
      let grouped = false;
      if (c <= 57) {
        j = i;
        while (j < to && isDigit(text.charCodeAt(j))) j++;
        if (j - i <= 3 && codeAt(text, j, to) === 44 && isDigit(codeAt(text, j + 1, to)) && isDigit(codeAt(text, j + 2, to)) && isDigit(codeAt(text, j + 3, to))) {
          while (codeAt(text, j, to) === 44 && isDigit(codeAt(text, j + 1, to)) && isDigit(codeAt(text, j + 2, to)) && isDigit(codeAt(text, j + 3, to))) j += 4;
          if (codeAt(text, j, to) === 46 && isDigit(codeAt(text, j + 1, to))) {
            j += 1;
            while (j < to && isDigit(text.charCodeAt(j))) j++;
          }
          grouped = true;
        }
      }
      if (!grouped) {
        j = i;
        // Words of letters and digits, with internal apostrophes and full stops: "1990's", "U.S".
        // The hash and digits as `measure` counts them (a wide piece's hash is never read).
        let digits = 0;
        let wide = 0;
        let h = FNV_OFFSET;
        let w = 0;
        for (;;) {
          while (j < to) {
            let d = text.charCodeAt(j);
            if (d >= 97 && d <= 122) j++;
            else if (d >= 65 && d <= 90) {
              d += 32;
              j++;
            } else if (d >= 48 && d <= 57) {
              digits++;
              j++;
            } else if (d >= 128 && (w = wordCharAt(text, j, to)) > 0) {
              wide = 1;
              j += w;
            } else break;
            h = Math.imul(h ^ d, FNV_PRIME);
          }
          const d = codeAt(text, j, to);
          if ((isApostrophe(d) || d === 46) && wordCharAt(text, j + 1, to) > 0) {
            if (d >= 128) wide = 1;
            h = Math.imul(h ^ d, FNV_PRIME);
            j += 1;
          } else break;
        }
        hashes[count >> 1] = h;
        infos[count >> 1] = (digits << 1) | wide;
        measured = true;
      }
    } else if (isApostrophe(c) && isDigit(codeAt(text, i + 1, to)) && isDigit(codeAt(text, i + 2, to)) && codeAt(text, i + 3, to) === 115 && wordCharAt(text, i + 4, to) === 0) {
      // "'90s"
      j = i + 4;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      j = i + 2;
    }
    if (!measured) measure(text, start, j, buf, count >> 1);
    out[count++] = start;
    out[count++] = j;
    i = j;
  }
  return count >> 1;
}

const cutBuffer = new PieceBuffer();

/** Calls `emit(start, end)` for every piece of `text`, exactly as {@link PIECE} would cut it. */
export function cut(text: string, emit: (start: number, end: number) => void): void {
  const count = cutInto(text, cutBuffer);
  const d = cutBuffer.data;
  for (let k = 0; k < count; k++) emit(d[2 * k], d[2 * k + 1]);
}

/** Normalised form of a piece: lower case, dashes as '-', apostrophes as "'". */
export function normalise(text: string): string {
  if (!NOT_PLAIN.test(text)) return text;
  const lower = text.toLowerCase();
  return NEEDS_MAPPING.test(lower) ? lower.replace(DASHES, '-').replace(/[’‘]/g, "'") : lower;
}

/**
 * The normalised forms of pieces of one or two code units, one beyond ASCII, by their code units,
 * once worked out ('–' is in most stretches, and "’s" in many): normalising a slice costs far more
 * than a lookup. Cleared when full (two code units make many keys).
 */
const shortNorms = new Map<number, string>();
const SHORT_NORMS_LIMIT = 10_000;

/** {@link normalise} of the piece `text[start, end)` of one or two code units. */
function normaliseShort(text: string, start: number, end: number): string {
  const key = end - start === 1 ? text.charCodeAt(start) : 0x10000 + text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1);
  let norm = shortNorms.get(key);
  if (norm === undefined) {
    if (shortNorms.size >= SHORT_NORMS_LIMIT) shortNorms.clear();
    shortNorms.set(key, (norm = normalise(text.slice(start, end))));
  }
  return norm;
}

/** Word id of a token not looked up yet (see {@link Tokens.wid}). */
export const NO_WID = -2;

/**
 * The grammar's words, found by a hash of a piece's characters, lower-cased as they are read: so a
 * token gets its word id, and a word of the grammar its normalised form, without a slice of the
 * text or a `toLowerCase` (slow on a piece of a text with any non-ASCII character, as most texts
 * have: "1995–2002"). Holds the words of the rules, the lexicon and the quantity guard, a thousand
 * or so: small and quick to probe; every other piece misses. Only ASCII pieces are probed.
 */
export class WordTable {
  private readonly norms: string[] = [];
  private readonly ids: Int32Array;
  /**
   * Open addressing, two entries per slot: the entry index + 1 (0 for empty) and its hash, side
   * by side, so that a probe reads one place of the table (most pieces miss, or hit the first slot).
   * At least twice as many slots as words: a larger table, probed at random, was slower to read.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The words' characters end to end: entry `e`'s are `chars[charFrom[e] .. charFrom[e + 1]]` (compared without reading the strings). */
  private readonly chars: Uint16Array;
  private readonly charFrom: Int32Array;

  /**
   * @param words normalised words and their ids
   * @param wordId the id of any normalised word (-1 for none), for pieces that are not probed
   */
  constructor(words: Iterable<readonly [string, number]>, readonly wordId: (norm: string) => number) {
    const list = [...words];
    this.ids = new Int32Array(list.length);
    this.charFrom = new Int32Array(list.length + 1);
    this.chars = new Uint16Array(list.reduce((n, [norm]) => n + norm.length, 0));
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    let at = 0;
    for (const [norm, id] of list) {
      const e = this.norms.length;
      let h = FNV_OFFSET;
      for (let i = 0; i < norm.length; i++) h = Math.imul(h ^ norm.charCodeAt(i), FNV_PRIME);
      this.norms.push(norm);
      this.ids[e] = id;
      this.charFrom[e] = at;
      for (let i = 0; i < norm.length; i++) this.chars[at++] = norm.charCodeAt(i);
      let s = h & this.mask;
      while (this.slots[2 * s] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = e + 1;
      this.slots[2 * s + 1] = h;
    }
    this.charFrom[list.length] = at;
  }

  /** The entry of ASCII `text[start, end)` whose lower-cased hash is `h`, or -1. */
  find(text: string, start: number, end: number, h: number): number {
    const { slots, mask, chars, charFrom } = this;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = slots[2 * s] - 1;
      if (e < 0) return -1;
      if (slots[2 * s + 1] !== h) continue;
      const from = charFrom[e];
      if (charFrom[e + 1] - from !== len) continue;
      let i = 0;
      for (; i < len; i++) {
        const c = text.charCodeAt(start + i);
        if (chars[from + i] !== (c >= 65 && c <= 90 ? c + 32 : c)) break;
      }
      if (i === len) return e;
    }
  }

  norm(e: number): string {
    return this.norms[e];
  }

  id(e: number): number {
    return this.ids[e];
  }
}

/**
 * The tokens of one stretch of text, as flat columns (wink-nlp's lesson: no object per token).
 * Token `k` spans `start[k] .. end[k]` of `text`, i.e. clean offsets `start[k] + shift` ..; it is
 * item `k` of the grammar. A table is reused from stretch to stretch where one stretch is read at a
 * time.
 */
export class Tokens {
  count = 0;
  text = '';
  /** Clean offset = offset in `text` + `shift`. */
  shift = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** The grammar's word id, -1 for none, {@link NO_WID} when cut without the grammar's words. */
  wid = new Int32Array(256);
  /** Digits (of an all-digit token), a digit, capital, dash, quantity, blocked: see the bits above. */
  flags = new Int32Array(256);
  /** The normalised form: words of the grammar and non-ASCII pieces have it from the cut, others when asked for ('' until then). */
  private norms: string[] = [];
  /** UD part of speech from wink, or `X` when the stretch has no wink tokens (headings). */
  pos: string[] = [];
  readonly cuts = new PieceBuffer();

  /** Makes room for `n` tokens. */
  reserve(n: number): void {
    if (this.start.length >= n) return;
    const size = Math.max(n, this.start.length * 2);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.wid = new Int32Array(size);
    this.flags = new Int32Array(size);
  }

  /** Lower-cased, every dash as '-', every apostrophe as "'": what data and patterns compare to. */
  norm(k: number): string {
    let norm = this.norms[k];
    if (norm === '') this.norms[k] = norm = normalise(this.text.slice(this.start[k], this.end[k]));
    return norm;
  }
  /** The normalised form of a token that is a word of the grammar (`wid[k] >= 0`): set by the cut. */
  wordNorm(k: number): string {
    return this.norms[k];
  }
  /** Sets the normalised form of token `k` ('' when not known yet). */
  setNorm(k: number, norm: string): void {
    this.norms[k] = norm;
  }
  cleanStart(k: number): number {
    return this.start[k] + this.shift;
  }
  cleanEnd(k: number): number {
    return this.end[k] + this.shift;
  }
  /** Number of digits when the token is all digits, else 0. */
  digits(k: number): number {
    return this.flags[k] >>> DIGITS_SHIFT;
  }
  /** Value when the token is all digits, else NaN. */
  num(k: number): number {
    return this.flags[k] >>> DIGITS_SHIFT ? Number(this.norm(k)) : NaN;
  }
  /** A digit anywhere ("1990s", "19th", "8MK"). */
  hasDigit(k: number): boolean {
    return (this.flags[k] & HAS_DIGIT) !== 0;
  }
  /** First character is an upper-case letter. */
  cap(k: number): boolean {
    return (this.flags[k] & CAP) !== 0;
  }
  /** A dash of any kind: its norm is '-'. */
  dash(k: number): boolean {
    return (this.flags[k] & DASH) !== 0;
  }
  /** A number that counts or labels something ("20 000 members", "Figure 2"), never a year. */
  quantity(k: number): boolean {
    return (this.flags[k] & QUANTITY) !== 0;
  }
  /** Inside a citation: matches nothing. */
  blocked(k: number): boolean {
    return (this.flags[k] & BLOCKED) !== 0;
  }
  markQuantity(k: number): void {
    this.flags[k] |= QUANTITY;
  }
  /** Marks token `k` as inside a citation. */
  block(k: number): void {
    this.flags[k] |= BLOCKED;
  }
}

/** For tokens cut without a grammar (data phrases, tests): word ids are left to the grammar. */
const noWords = new WordTable([], () => NO_WID);

/**
 * Adds the piece `text[start, end)` to `out`, with its flags, word id and (when known) normalised
 * form; `hash` and `info` are its measures (see {@link PieceBuffer}).
 */
function addPiece(out: Tokens, text: string, start: number, end: number, words: WordTable, hash: number, info: number): void {
  const digitCount = info >> 1;
  const len = end - start;
  let norm = '';
  let wid: number;
  // Only upper-case and non-ASCII characters change when normalised ("Xi", "1995–2002", "’s").
  if (info & 1) {
    norm = end - start <= 2 ? normaliseShort(text, start, end) : normalise(text.slice(start, end));
    wid = words.wordId(norm);
  } else {
    const e = words.find(text, start, end, hash);
    if (e >= 0) {
      norm = words.norm(e);
      wid = words.id(e);
    } else wid = words === noWords ? NO_WID : -1;
  }
  const c0 = text.charCodeAt(start);
  const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(text.slice(start, end));
  const k = out.count++;
  out.start[k] = start;
  out.end[k] = end;
  out.wid[k] = wid;
  out.flags[k] =
    ((digitCount > 0 && digitCount === len ? len : 0) << DIGITS_SHIFT) | (digitCount > 0 ? HAS_DIGIT : 0) | (cap ? CAP : 0) | (len === 1 && isDash(c0) ? DASH : 0);
  out.setNorm(k, norm);
  out.pos[k] = 'X';
}

/** The two halves of a possessive piece, measured (rare: measured apart from the cut). */
const halves = new PieceBuffer();

/**
 * Cuts `text[from, to)` into `out`, exactly as that stretch is cut as a string of its own; offsets
 * in `text` are clean offsets minus `shift` (0 when `text` is the clean text).
 */
export function scan(text: string, from: number, to: number, shift: number, words: WordTable | undefined, out: Tokens): void {
  const cuts = out.cuts;
  const count = cutInto(text, cuts, from, to);
  const d = cuts.data;
  // A possessive makes two tokens of a piece.
  out.reserve(count * 2);
  out.count = 0;
  out.text = text;
  out.shift = shift;
  const table = words ?? noWords;
  for (let k = 0; k < count; k++) {
    const start = d[2 * k];
    const end = d[2 * k + 1];
    // "Xi's rule": the name and the possessive are two tokens; "1990's" stays one (a decade).
    const possessive = end - start > 2 && text.charCodeAt(end - 1) === 115 && isApostrophe(text.charCodeAt(end - 2)) ? POSSESSIVE.exec(text.slice(start, end)) : null;
    if (possessive && !/^\d+$/.test(possessive[1])) {
      const split = start + possessive[1].length;
      measure(text, start, split, halves, 0);
      measure(text, split, end, halves, 1);
      addPiece(out, text, start, split, table, halves.hash[0], halves.info[0]);
      addPiece(out, text, split, end, table, halves.hash[1], halves.info[1]);
    } else {
      addPiece(out, text, start, end, table, cuts.hash[k], cuts.info[k]);
    }
  }
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
 * Gives each token of `toks` the POS of the wink token (among `first` … `last - 1` of `source`)
 * that holds its first character.
 */
export function setPos(toks: Tokens, source: PosSource, first: number, last: number): void {
  let w = first;
  for (let k = 0; k < toks.count; k++) {
    const at = toks.start[k] + toks.shift;
    while (w < last && source.cleanEnd[w] <= at) w++;
    if (w < last && source.cleanStart[w] <= at) toks.pos[k] = source.tags[source.pos[w]] ?? 'X';
  }
}

/** Cuts `text` (which starts at clean offset `base`) into a table of its own; `words` gives the tokens their word ids. */
export function lex(text: string, base: number, words?: WordTable): Tokens {
  const toks = new Tokens();
  scan(text, 0, text.length, base, words, toks);
  return toks;
}
