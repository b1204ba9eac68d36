/**
 * Escaping for the HTML reports. Every string that comes from a text or a report goes through one
 * of these before it reaches the page, so a corpus text holding `<script>` renders as text.
 */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' };

/** Escapes `value` for use as element content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]);
}

/**
 * Escapes `value` for use inside a double- or single-quoted attribute. A line break is kept as a
 * character reference (a `title` tooltip shows one field per line).
 */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTR_ESCAPES[c]).replace(/\r\n?|\n/g, '&#10;').replace(/\t/g, ' ');
}

/**
 * Shortens `value` to at most `max` characters (default: `120`), cutting at a word boundary when
 * one is near and ending with an ellipsis. Counts UTF-16 code units; never splits a surrogate pair.
 */
export function shorten(value: string, max = 120): string {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  let cut = text.lastIndexOf(' ', max - 1);
  if (cut < max * 0.6) cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Id of the element of a sentence: what links (`href="#sent-…"`) point to. */
export const sentenceAnchor = (id: string): string => `sent-${idPart(id)}`;

/** Id of the heading (or anchor) of a section. */
export const sectionAnchor = (id: string): string => `sec-${idPart(id)}`;

/** A value safe to use as (part of) an HTML id: anything outside `[A-Za-z0-9_-]` becomes `_xx_`. */
export function idPart(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`);
}
