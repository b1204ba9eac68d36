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

/** One token of the grammar. Offsets are CLEAN offsets. */
export interface Tok {
  /** Surface text as in the clean text. */
  text: string;
  /** Lower-cased, every dash as '-', every apostrophe as "'": what data and patterns compare to. */
  norm: string;
  cleanStart: number;
  cleanEnd: number;
  /** UD part of speech from wink, or `X` when the stretch has no wink tokens (headings). */
  pos: string;
  /** Value when the token is all digits, else NaN. */
  num: number;
  /** Number of digits when the token is all digits, else 0. */
  digits: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** A number that counts or labels something ("20 000 members", "Figure 2"), never a year. */
  quantity: boolean;
  /** Inside a citation: matches nothing. */
  blocked: boolean;
}

/**
 * Numbers with thousands separators first ("1,473" is not "1" + "473"), then "'90s", then words
 * made of letters and digits (internal apostrophes and full stops kept: "1990's", "4.3", "U.S"),
 * then dashes, then any other single character.
 */
const PIECE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|['’‘]\d\ds(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*|[-‐‑‒–—―−]|\S/gu;
const DASHES = /[‐‑‒–—―−]/g;
const POSSESSIVE = /^(.*\p{L})(['’]s)$/u;

/** Normalised form of a piece: lower case, dashes as '-', apostrophes as "'". */
export function normalise(text: string): string {
  return text.toLowerCase().replace(DASHES, '-').replace(/[’‘]/g, "'");
}

function makeTok(text: string, cleanStart: number): Tok {
  const allDigits = /^\d+$/.test(text);
  return {
    text,
    norm: normalise(text),
    cleanStart,
    cleanEnd: cleanStart + text.length,
    pos: 'X',
    num: allDigits ? Number(text) : NaN,
    digits: allDigits ? text.length : 0,
    cap: /^\p{Lu}/u.test(text),
    quantity: false,
    blocked: false,
  };
}

/** Column view of the token table that the lexer needs (clean offsets and POS indexes). */
export interface PosSource {
  cleanStart: ArrayLike<number>;
  cleanEnd: ArrayLike<number>;
  pos: ArrayLike<number>;
  /** Tag names indexed by `pos`. */
  tags: readonly string[];
  /** First and one-past-last wink token of the stretch. */
  first: number;
  last: number;
}

/**
 * Cuts `text` (which starts at clean offset `base`) into tokens. With `posSource`, each token takes
 * the POS of the wink token that holds its first character.
 */
export function lex(text: string, base: number, posSource?: PosSource): Tok[] {
  const toks: Tok[] = [];
  for (const m of text.matchAll(PIECE)) {
    const at = base + m.index;
    const possessive = POSSESSIVE.exec(m[0]);
    // "Xi's rule": the name and the possessive are two tokens; "1990's" stays one (a decade).
    if (possessive && !/^\d+$/.test(possessive[1])) {
      toks.push(makeTok(possessive[1], at), makeTok(possessive[2], at + possessive[1].length));
    } else {
      toks.push(makeTok(m[0], at));
    }
  }
  if (posSource) {
    let w = posSource.first;
    for (const t of toks) {
      while (w < posSource.last && posSource.cleanEnd[w] <= t.cleanStart) w++;
      if (w < posSource.last && posSource.cleanStart[w] <= t.cleanStart) t.pos = posSource.tags[posSource.pos[w]] ?? 'X';
    }
  }
  return toks;
}

/** Words of the quantity guard, from the data file. */
export interface QuantityGuard {
  /** A number right after one of these counts or labels something: "Figure 2", "$4", "N = 531". */
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
    if ((prev && guard.before.has(prev.norm)) || (next && guard.after.has(next.norm))) t.quantity = true;
    // "$4" glued, "5%" glued.
    if (prev && prev.cleanEnd === t.cleanStart && /^[$£€¥#]$/.test(prev.text)) t.quantity = true;
  }
  // Chains: a quantity passes along "to", "and", "or", dashes to the next number, both ways.
  for (let i = 2; i < n; i++) {
    if (toks[i].digits && toks[i - 2].digits && toks[i - 2].quantity && guard.connectors.has(toks[i - 1].norm)) toks[i].quantity = true;
  }
  for (let i = n - 3; i >= 0; i--) {
    if (toks[i].digits && toks[i + 2].digits && toks[i + 2].quantity && guard.connectors.has(toks[i + 1].norm)) toks[i].quantity = true;
  }
}
