/**
 * Character tests shared by stages that scan text one UTF-16 code unit at a time, where a regular
 * expression per character costs more; the escaping of words that data files put into regular
 * expressions; and the singular of a plural noun that a text counts with.
 */

/**
 * True for a character of the regular expression class `\s`: tabs, line breaks, no-break and
 * typographic spaces, U+3000 and U+FEFF (none lies outside the BMP).
 */
export function isRegExpSpace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text` with every character that has a meaning in a regular expression escaped, to match itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Phrases as alternatives of a regular expression, each matching itself with any run of white space between its words. */
export function phraseAlternatives(phrases: string[]): string {
  return phrases.map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+')).join('|');
}

/** The singular of a plural noun in lower case: 'countries' → 'country', 'churches' → 'church', 'ports' → 'port'. */
export function singularOf(noun: string): string {
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x)es$/u.test(noun)) return noun.slice(0, -2);
  // ('goes', 'heroes': a singular in -o.)
  if (/oes$/u.test(noun)) return noun.slice(0, -2);
  // ('lives', 'halves', 'wives': a singular in -fe or -f.)
  if (/(?:li|wi|kni)ves$/u.test(noun)) return `${noun.slice(0, -3)}fe`;
  if (/(?:hal|shel|lea|wol|thie|cal)ves$/u.test(noun)) return `${noun.slice(0, -3)}f`;
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}
