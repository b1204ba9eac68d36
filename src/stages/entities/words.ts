/**
 * Words of a sentence, built from the token table: wink splits "All-China" into three tokens and
 * "China’s" into two, so tokens joined without spaces by a hyphen or dash become one word (with its
 * parts kept, for "Hu–Wen"), and a possessive ending becomes a flag on the word before it.
 */
import { POS_TAGS, type TokenTable } from '../../doc.js';
import type { LowerWords } from './chars.js';
import { fold } from './lexicon.js';

/** A word of the clean text. Offsets are clean offsets. */
export interface Word {
  text: string;
  cleanStart: number;
  cleanEnd: number;
  /** Begins with a capital letter. */
  cap: boolean;
  /** Index of the POS tag (into POS_TAGS) of the word's first token; -1 when unknown (headings). */
  pos: number;
  /** "'s" or "'" directly follows the word ("China’s", "Workers’"), or '' . */
  possessive: '' | "'s" | "'";
  /** Parts joined by a hyphen or dash without spaces ("Hu–Wen" → Hu, Wen), or null. */
  parts: { text: string; cleanStart: number; cleanEnd: number }[] | null;
  /** The dash that joined the parts ('-' or '–'), or ''. */
  joiner: string;
  /** First word of its sentence, after opening punctuation. */
  initial: boolean;
  /** Folded text, computed on first use by {@link foldOf} (null until then). */
  folded: string | null;
}

/** The word's folded text (lower case, no diacritics), computed once. */
export function foldOf(w: Word): string {
  return (w.folded ??= fold(w.text));
}

export const POS = Object.fromEntries(POS_TAGS.map((t, i) => [t, i])) as Record<(typeof POS_TAGS)[number], number>;

const OPENERS = /^[(\["'“‘*#•·–—-]+$/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** Whether the character code is a letter or digit (ASCII fast path). */
function isAlnum(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c > 127 && ALNUM.test(text[at]);
}

/** Whether `text` begins with a capital letter (ASCII fast path). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && UPPER.test(text);
}

/** Whether `text` begins with a lower-case letter (ASCII fast path). */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  return c > 127 && LOWER.test(text);
}

/** The hyphen or dash a one-character token is, or '' ('-', '‐', '‑' → '-'; '–' → '–'). */
function joinerAt(text: string, start: number, end: number): string {
  if (end - start !== 1) return '';
  const c = text.charCodeAt(start);
  if (c === 45 || c === 0x2010 || c === 0x2011) return '-';
  return c === 0x2013 ? '–' : '';
}

/** Whether tokens `[start, end)` hold a possessive: ’s, 's, ’ or '. */
function isPossessive(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c !== 39 && c !== 0x2019) return false;
  return end - start === 1 || (end - start === 2 && text.charCodeAt(start + 1) === 115);
}

/**
 * Stand-in for a word far from any capital or digit: nothing there can be part of, or a cue for, a
 * name, so no string or object is made for it. Shared, never changed (its `folded` is set and its
 * offsets match no neighbour, so no possessive is ever put on it); not frozen, so that every word
 * has one object shape and property reads stay fast.
 */
export const GAP: Word = {
  text: '',
  cleanStart: -1,
  cleanEnd: -1,
  cap: false,
  pos: -1,
  possessive: '',
  parts: null,
  joiner: '',
  initial: false,
  folded: '',
};

/** How many tokens around a capitalised word or a number can matter to it (cues, connectors, brackets). */
const REACH = 3;
let near = new Uint8Array(256);

/** Marks tokens `[first, last)` within {@link REACH} of a token that begins with a capital or a digit. */
function markNear(tokens: TokenTable, text: string, first: number, last: number): Uint8Array {
  const n = last - first;
  if (near.length < n) near = new Uint8Array(n * 2);
  let since = REACH + 1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(tokens.cleanStart[first + i]);
    const anchor = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && startsUpper(text[tokens.cleanStart[first + i]]));
    since = anchor ? 0 : since + 1;
    near[i] = since <= REACH ? 1 : 0;
  }
  since = REACH + 1;
  for (let i = n - 1; i >= 0; i--) {
    if (near[i] && since > 0) {
      const c = text.charCodeAt(tokens.cleanStart[first + i]);
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && startsUpper(text[tokens.cleanStart[first + i]]))) since = 0;
    }
    if (since <= REACH) near[i] = 1;
    since++;
  }
  return near;
}

/**
 * Builds the words of tokens `[first, last)` of the token table over the clean `text`; words far
 * from any capital or digit are {@link GAP}.
 */
export function wordsOfTokens(tokens: TokenTable, text: string, first: number, last: number): Word[] {
  const words: Word[] = [];
  const { cleanStart: starts, cleanEnd: ends } = tokens;
  const mark = markNear(tokens, text, first, last);
  let sawContent = false;
  for (let i = first; i < last; i++) {
    if (!mark[i - first]) {
      words.push(GAP);
      sawContent = true;
      continue;
    }
    const cs = starts[i];
    let ce = ends[i];
    const previous = words[words.length - 1];
    // "China’s", "Workers’": a possessive glued to a word is a flag on it, not a word.
    if (previous && !previous.possessive && cs === previous.cleanEnd && isPossessive(text, cs, ce) && isAlnum(text, cs - 1)) {
      // A lone quote glued to a following letter is an opening quote, not a possessive.
      if (!(ce - cs === 1 && i + 1 < last && starts[i + 1] === ce && isAlnum(text, ce))) {
        previous.possessive = ce - cs === 1 ? "'" : "'s";
        continue;
      }
    }
    // "All-China", "Party-State", "Hu–Wen", "Chung-hee": join across a dash with no spaces.
    const firstToken = i;
    let parts: Word['parts'] = null;
    let joiner = '';
    let j = i;
    while (j + 2 < last && starts[j + 1] === ends[j] && starts[j + 2] === ends[j + 1] && isAlnum(text, ends[j] - 1) && isAlnum(text, starts[j + 2])) {
      const dash = joinerAt(text, starts[j + 1], ends[j + 1]);
      if (!dash) break;
      parts ??= [{ text: text.slice(cs, ends[j]), cleanStart: cs, cleanEnd: ends[j] }];
      joiner ||= dash;
      parts.push({ text: text.slice(starts[j + 2], ends[j + 2]), cleanStart: starts[j + 2], cleanEnd: ends[j + 2] });
      j += 2;
    }
    if (parts) {
      ce = ends[j];
      i = j;
    }
    const value = text.slice(cs, ce);
    const cap = startsUpper(value);
    const word: Word = { text: value, cleanStart: cs, cleanEnd: ce, cap, pos: tokens.pos[firstToken], possessive: '', parts, joiner, initial: !sawContent, folded: null };
    if (!sawContent && !OPENERS.test(value)) sawContent = true;
    words.push(word);
  }
  return words;
}

/** Adds every token of the table written in lower case to `lower`. */
export function collectLowerWords(tokens: TokenTable, text: string, lower: LowerWords): void {
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.cleanStart[i];
    // One- and two-letter words ('of', 'in') decide nothing: a capital on them is settled by POS.
    if (tokens.cleanEnd[i] - start < 3) continue;
    const c = text.charCodeAt(start);
    if (c >= 97 && c <= 122) {
      let ascii = true;
      for (let k = start + 1; k < tokens.cleanEnd[i] && ascii; k++) if (text.charCodeAt(k) > 127) ascii = false;
      if (ascii) lower.addRange(text, start, tokens.cleanEnd[i]);
      else {
        const f = fold(text.slice(start, tokens.cleanEnd[i]));
        lower.addRange(f, 0, f.length);
      }
    } else if (c > 127 && startsLower(text[start])) {
      const f = fold(text.slice(start, tokens.cleanEnd[i]));
      lower.addRange(f, 0, f.length);
    }
  }
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.]*(?:['’][\p{L}]+)*(?:[-‐‑–][\p{L}\p{N}][\p{L}\p{M}\p{N}.]*)*|['’]s?\b|\S/gu;

/**
 * Words of a short clean string with no token table (a heading, a title): a plain regular-expression
 * split, POS unknown. `base` is the clean offset of the string.
 */
export function wordsOfString(text: string, base: number): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const value = m[0].replace(/\.$/, (dot) => (/^\p{Lu}\.?$|\.\p{L}/u.test(m[0]) ? dot : ''));
    const start = base + m.index;
    const previous = words[words.length - 1];
    if (previous && /^['’]s?$/.test(value) && start === previous.cleanEnd) {
      previous.possessive = value.length === 1 ? "'" : "'s";
      continue;
    }
    const pieces = value.split(/([-‐‑–])/);
    let parts: Word['parts'] = null;
    let joiner = '';
    if (pieces.length > 1) {
      parts = [];
      let at = start;
      for (let k = 0; k < pieces.length; k++) {
        if (k % 2 === 0) parts.push({ text: pieces[k], cleanStart: at, cleanEnd: at + pieces[k].length });
        else joiner ||= pieces[k] === '–' ? '–' : '-';
        at += pieces[k].length;
      }
    }
    words.push({
      text: value,
      cleanStart: start,
      cleanEnd: start + value.length,
      cap: startsUpper(value),
      pos: -1,
      possessive: '',
      parts,
      joiner,
      initial: words.length === 0,
      folded: null,
    });
  }
  return words;
}
