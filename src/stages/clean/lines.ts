/**
 * Lines of the original text with the features clean-up decides on. Offsets are original.
 */
/** Inline material to drop, in original offsets. */
export interface InlineDrop {
  start: number;
  end: number;
  code: string;
  /**
   * True when the dropped text separates words, so that one space stands in its place when text
   * follows on both sides (a table's cell border '|', an HTML '<br>'): its first character becomes
   * the space. Set only on Markdown markup.
   */
  space?: boolean;
  /**
   * What the dropped text stands for, written in place of its first characters (one per code unit):
   * a Markdown character reference ('&amp;' reads '&'). Set only on those.
   */
  replace?: string;
}

/** A line without inline material to drop (shared: most lines). */
export const NO_DROPS: readonly InlineDrop[] = [];

export interface Line {
  index: number;
  /** Start of the line (first character after the previous line break). */
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
  /** First and one past last non-blank character (equal to `start` when blank). */
  contentStart: number;
  contentEnd: number;
  /** The trimmed content. */
  text: string;
  blank: boolean;
  /** Number of the blank-line-separated block it belongs to (-1 for blank lines). */
  block: number;
  /** Inline material to drop from its content (found by layout analysis; none until then). */
  drops: readonly InlineDrop[];
  /**
   * True when the line holds no whitespace but single U+0020 spaces: no tab, no-break space, line
   * separator or run of spaces. Emission then copies its text without looking at each character.
   */
  plainSpacing: boolean;
  /** How the Markdown parser read the line, for a Markdown document (see markdown.ts); null for any other text. */
  markdown: MarkdownLine | null;
}

/** What clean-up needs to know of a line of a Markdown document. */
export interface MarkdownLine {
  /** The unit kind the parser gives the leaf block the line belongs to. */
  role: MarkdownRole;
  /** Number of that leaf block (paragraph, heading, table row…): the lines of one leaf make one unit. */
  leaf: number;
  /** Markdown markup on the line, in original offsets: sorted, disjoint, each inside the line's content. */
  drops: readonly InlineDrop[];
  /** True when the line holds nothing but markup (a code block line, a fence, '---', '|---|'): it is removed. */
  bare: boolean;
  /** What the leaf is, for the repair of a removed line ('code block', 'HTML', 'thematic break'…). */
  what: string;
  /** A heading's level, 1 for '#' or '===', 2 for '##' or '---'…; 0 for any other leaf. */
  depth: number;
}

/**
 * Roles of Markdown leaf blocks: `quote` is a paragraph inside a block quote, `html` text between
 * the tags of an HTML block; `removed` leaves (code, thematic breaks, definitions) hold no text.
 */
export type MarkdownRole = 'heading' | 'paragraph' | 'quote' | 'html' | 'list-item' | 'note' | 'table-row' | 'removed';

/**
 * Whitespace other than U+0020, and U+200B, which clean-up treats as whitespace. One search for it
 * finds the line breaks and the lines whose spacing emission must look at.
 */
const OTHER_WHITESPACE = /[^\S ]|\u200b/g;
/** Line terminators: \n, \r\n, a lone \r, and a form feed (a page break in pdftotext output). */
export const isLineBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x0c || c === 0x2028 || c === 0x2029;
// Whitespace that trimming removes, without line breaks.
const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0xa0 || c === 0xfeff || c === 0x0b || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;

/** Splits `text` into lines and groups non-blank lines into blank-separated blocks. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let block = -1;
  let previousBlank = true;
  // Whether the current line holds whitespace other than U+0020, and where the next two spaces in
  // a row are (searched again only once a line starts after them: one pass over the text).
  let otherWhitespace = false;
  let nextDoubleSpace = -1;
  const push = (end: number): void => {
    if (nextDoubleSpace < start) {
      const at = text.indexOf('  ', start);
      nextDoubleSpace = at < 0 ? text.length : at;
    }
    let contentStart = start;
    let contentEnd = end;
    while (contentStart < contentEnd && isSpace(text.charCodeAt(contentStart))) contentStart++;
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const blank = contentStart === contentEnd;
    if (!blank && previousBlank) block++;
    previousBlank = blank;
    lines.push({
      index: lines.length,
      start,
      end,
      contentStart: blank ? start : contentStart,
      contentEnd: blank ? start : contentEnd,
      text: blank ? '' : text.slice(contentStart, contentEnd),
      blank,
      block: blank ? -1 : block,
      drops: NO_DROPS,
      plainSpacing: !otherWhitespace && nextDoubleSpace + 1 >= end,
      markdown: null,
    });
  };
  OTHER_WHITESPACE.lastIndex = 0;
  for (let m = OTHER_WHITESPACE.exec(text); m !== null; m = OTHER_WHITESPACE.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (!isLineBreak(c)) {
      otherWhitespace = true;
      continue;
    }
    push(m.index);
    start = m.index + (c === 0x0d && text.charCodeAt(m.index + 1) === 0x0a ? 2 : 1);
    OTHER_WHITESPACE.lastIndex = start;
    otherWhitespace = false;
    // A form feed separates pages: treat it as a blank line so blocks never run across it.
    if (c === 0x0c) previousBlank = true;
  }
  push(text.length);
  return lines;
}

/** Median of a list of numbers (0 for an empty list). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  // A typed array sorts numbers without calling a comparison function for each pair.
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1];
}

// (Reference markers may follow the full stop: 'the country's grain exports.[1]', '….[2][3]'.)
const SENTENCE_END = /[.!?…]["'”’)\]]*(?:\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])*$|[.!?]\s*\*?$/u;
/** True when a line's text ends a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-–]*/gu;
/** Words of a line, as written. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** True for a letter that has distinct upper and lower cases and is upper case. */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for a letter that has distinct cases and is lower case. */
export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
  'as', 'vs', 'vs.', 'via', 'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'than', 'de', 'la',
  'del', 'van', 'von', 'der', 'du', 'le', 'y', 'e', 'is', 'are', 'was',
]);

/** Share of words that are capitalised (or numbers), ignoring short function words. */
export function titleCaseRatio(text: string): number {
  const ws = words(text).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (ws.length === 0) return 0;
  const capitalised = ws.filter((w) => isUpper(w[0]) || /^\d/.test(w)).length;
  return capitalised / ws.length;
}

/** True when every cased letter of the line is upper case and it has at least two letters. */
export function isAllCaps(text: string): boolean {
  // Most lines have a lower-case letter early: reject them before looking at every letter.
  if (/\p{Ll}/u.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  return letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const BULLET = /^([-–—•*·▪◦‣]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)/u;
/** True when the line starts with a list bullet or item number. */
export function isBullet(text: string): boolean {
  return BULLET.test(text);
}

const ITEM_NUMBER = /^\d{1,2}\.\s+/u;
/** True when the line starts with an item number followed by a full stop ('1. Introduction', '2. The reform era'). */
export function isNumberedItem(text: string): boolean {
  return ITEM_NUMBER.test(text);
}
