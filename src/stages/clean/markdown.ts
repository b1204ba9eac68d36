/**
 * Markdown documents. A `.md` file (or a JSON Lines row whose `format` field says `markdown`) is
 * parsed once with a real CommonMark parser with the GitHub extensions (mdast-util-from-markdown,
 * micromark-extension-gfm: tables, footnotes, strikethrough, task lists, autolinks), and its syntax
 * tree is turned into what layout analysis reads line by line:
 *
 * - the markup to drop, as inline drops in original offsets (like reference markers: the clean
 *   text never holds a character the original does not). What the parser reads as text (text
 *   nodes, the code of inline code, an ordered list's item numbers, the text between the tags of
 *   an HTML block) is kept; every other character but whitespace is markup: heading marks,
 *   emphasis delimiters, link and image syntax, backticks, block quote and bullet markers,
 *   backslashes of escapes and hard breaks, HTML tags and comments, table borders, footnote
 *   references, and whole leaf blocks without text (code blocks, thematic breaks, link reference
 *   definitions, YAML front matter);
 * - the leaf block (paragraph, heading, list item, table row…) each line belongs to, and its role:
 *   the lines of one leaf make one unit of the clean text, of the kind the parser gives it.
 *
 * Images are dropped whole, alt text included (an image's description is not prose of the text,
 * as image file names left by web pages are not). Character references in text ('&amp;',
 * '&ndash;', '&#8220;') read as the characters they stand for, as a reader of the rendered page
 * sees them: the reference is a drop that writes its character in place of its first one ('&'),
 * so the clean text still never holds more characters than the original and offsets stay exact.
 * One that stands for whitespace separates words; one for an invisible character (a soft hyphen,
 * a zero-width joiner) is dropped.
 *
 * The parser is loaded on the first Markdown document: a plain text never loads nor runs it.
 */
import { createRequire } from 'node:module';
import { isRegExpSpace } from '../../chars.js';
import type { InlineDrop, Line, MarkdownLine, MarkdownRole } from './lines.js';

/** Repair code of Markdown markup removed. */
export const MARKDOWN_MARKUP = 'markdown-markup';
/** Repair code of a character reference read as its character. */
export const MARKDOWN_CHARACTER_REFERENCE = 'markdown-character-reference';

/** Characters a reader does not see: soft hyphen, zero-width space and joiners, word joiner, byte-order mark. */
const INVISIBLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]+$/;

/** Which documents are Markdown (pipeline/cleanup.json, `markdown`). */
export interface MarkdownSettings {
  /** File extensions, lower case with the dot ('.md'). */
  extensions: Set<string>;
  /** Values of a JSON Lines row's `format` field (in `source.meta`), lower case ('markdown'). */
  formats: Set<string>;
  /** A text of no declared format (no Markdown extension, no `format`) is Markdown when it holds this many ATX headings ('## Omani period (1698–1890)') at least; 0 never. */
  sniffMinHeadings: number;
}

/** An ATX heading at a line's start: '#' to '######', a space, text. */
const ATX_HEADING = /^#{1,6}[ \t]+\S/gmu;

/**
 * True when the document is Markdown: its `source.meta.format` (a JSON Lines row's `format` field)
 * names a Markdown format, or, without that field, its path ends in a Markdown extension, or, with
 * neither, its text holds `sniffMinHeadings` ATX headings (an encyclopedia entry saved as .txt with
 * '# Zanzibar' / '## Omani period (1698–1890)'). Text extracted from a PDF never is, whatever the
 * file's name.
 */
export function isMarkdownSource(source: { path: string | null; text?: string; meta?: Record<string, unknown> }, settings: MarkdownSettings): boolean {
  const meta = source.meta;
  if (meta !== undefined && meta.extractedText !== undefined) return false;
  const format = meta?.format;
  if (typeof format === 'string') return settings.formats.has(format.trim().toLowerCase());
  const path = source.path;
  const dot = path === null ? -1 : path.lastIndexOf('.');
  if (path !== null && dot > path.lastIndexOf('/') && dot > path.lastIndexOf('\\') && settings.extensions.has(path.slice(dot).toLowerCase())) return true;
  return settings.sniffMinHeadings > 0 && source.text !== undefined && source.text.includes('#') && (source.text.match(ATX_HEADING)?.length ?? 0) >= settings.sniffMinHeadings;
}

/** A node of the syntax tree (mdast), as far as this module reads it. */
interface MdNode {
  type: string;
  depth?: number;
  position?: { start: { offset?: number }; end: { offset?: number } };
  value?: string;
  children?: MdNode[];
  ordered?: boolean | null;
}

/** The two parsers, loaded on first use: CommonMark alone, and with the GitHub extensions. */
let parsers: { commonmark: (text: string) => MdNode; gfm: (text: string) => MdNode } | null = null;

/**
 * What a text must hold for the GitHub extensions to read it otherwise than CommonMark does: a '|'
 * (tables), '~' (strikethrough), '[^' (footnotes), '[ ]' or '[x]' (task list items). Autolink
 * literals ('www.example.org') need not count: the link's text is the literal, kept either way.
 * The extensions more than double the parse (2–3 times on the corpus read as Markdown), so a text
 * without any of these is parsed as CommonMark alone, with the same result.
 */
const GFM_SYNTAX = /[|~]|\[\^|\[[ xX]\]/;

/** Parses `text` (CommonMark, with GFM where the text may use it), loading the parser on first use. */
function parse(text: string): MdNode {
  if (parsers === null) {
    const require = createRequire(import.meta.url);
    const { fromMarkdown } = require('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown');
    const { gfm } = require('micromark-extension-gfm') as typeof import('micromark-extension-gfm');
    const { gfmFromMarkdown } = require('mdast-util-gfm') as typeof import('mdast-util-gfm');
    const extensions = [gfm()];
    const mdastExtensions = gfmFromMarkdown();
    parsers = {
      commonmark: (t) => fromMarkdown(t) as unknown as MdNode,
      gfm: (t) => fromMarkdown(t, { extensions, mdastExtensions }) as unknown as MdNode,
    };
  }
  return GFM_SYNTAX.test(text) ? parsers.gfm(text) : parsers.commonmark(text);
}

/**
 * YAML front matter: '---' on the first line, a YAML key ('title:') on the next, up to a line '---'
 * or '...' (a thematic break at the top of a text is followed by a blank line or by text).
 */
const FRONT_MATTER = /^---[ \t]*\r?\n[\w-]+:(?:[^\r\n]*\r?\n)*?(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/;
/** A character reference: named, decimal or hexadecimal. */
const CHAR_REF = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
/** An ordered list item's number, kept as text ('1.', '3)'), as in a plain text. */
const ITEM_NUMBER = /\d{1,9}[.)]/y;
/** Inside an HTML block: comments, script and style elements, tags and declarations, all markup. */
const HTML_MARKUP = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<\/?[A-Za-z][^>]*>|<![^>]*>|<\?[\s\S]*?\?>/gi;
/** HTML tags that separate words (a line break, a block, a table cell). */
const SEPARATING_TAG = /^<\/?(br|p|div|li|td|th|tr|hr|h[1-6]|ul|ol|table|blockquote|section|article)\b/i;

/** Whitespace as clean-up sees it (as `isWhitespaceCode` in emit.ts). */
const isWhitespaceCode = (c: number): boolean => isRegExpSpace(c) || c === 0x200b;

const isAsciiPunctuation = (c: number): boolean => (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);

/** A leaf block of the tree: lines within it make one unit. */
interface Leaf {
  start: number;
  end: number;
  role: MarkdownRole;
  what: string;
  depth: number;
}

/** Where a block node stands: in a block quote, a footnote, first in a list item, in an ordered list. */
interface Context {
  quote: boolean;
  note: boolean;
  item: boolean;
  ordered: boolean;
}

const TOP: Context = { quote: false, note: false, item: false, ordered: false };

/** Reads the tree into the characters kept as text, the leaves, and the markup that separates words. */
class TreeReader {
  /** 1 for each original character kept as text. */
  readonly keep: Uint8Array;
  /** Offsets of markup characters that stand for a space between words ('|' between cells, '<br>'). */
  readonly spaceAt = new Set<number>();
  /** Character references the parser decoded, by original offset: where each ends and what it reads. */
  readonly references = new Map<number, { end: number; decoded: string }>();
  readonly leaves: Leaf[] = [];

  /** `shift`: what to add to the tree's offsets (1 when a byte-order mark was left out of the parse). */
  constructor(private readonly text: string, private readonly shift: number) {
    this.keep = new Uint8Array(text.length);
  }

  private startOf(node: MdNode): number {
    return (node.position?.start.offset ?? 0) + this.shift;
  }

  private endOf(node: MdNode): number {
    return (node.position?.end.offset ?? 0) + this.shift;
  }

  private leaf(node: MdNode, role: MarkdownRole, what: string): void {
    this.leaves.push({ start: this.startOf(node), end: this.endOf(node), role, what, depth: role === 'heading' ? node.depth ?? 1 : 0 });
  }

  /** A front matter block, outside the tree. */
  frontMatter(end: number): void {
    this.leaves.push({ start: this.shift, end, role: 'removed', what: 'front matter', depth: 0 });
  }

  block(node: MdNode, ctx: Context): void {
    const children = node.children ?? [];
    switch (node.type) {
      case 'root':
      case 'list': {
        const inner = node.type === 'list' ? { ...ctx, ordered: node.ordered === true } : ctx;
        for (const c of children) this.block(c, inner);
        return;
      }
      case 'blockquote':
        for (const c of children) this.block(c, { ...ctx, quote: true, item: false });
        return;
      case 'listItem': {
        if (ctx.ordered) this.keepItemNumber(this.startOf(node));
        children.forEach((c, i) => this.block(c, { ...ctx, item: i === 0 }));
        return;
      }
      case 'footnoteDefinition':
        for (const c of children) this.block(c, { ...ctx, note: true, item: false });
        return;
      case 'paragraph':
        this.leaf(node, ctx.item ? 'list-item' : ctx.note ? 'note' : ctx.quote ? 'quote' : 'paragraph', 'paragraph');
        this.inlines(children);
        return;
      case 'heading':
        this.leaf(node, 'heading', 'heading');
        this.inlines(children);
        return;
      case 'table':
        for (const row of children) {
          this.leaf(row, 'table-row', 'table row');
          for (const cell of row.children ?? []) this.inlines(cell.children ?? []);
          // The borders between cells separate their texts.
          for (let at = this.startOf(row), end = this.endOf(row); at < end; at++) {
            if (this.text.charCodeAt(at) === 0x7c && this.keep[at] === 0) this.spaceAt.add(at);
          }
        }
        return;
      case 'html':
        this.leaf(node, 'html', 'HTML');
        this.htmlBlock(this.startOf(node), this.endOf(node));
        return;
      case 'code':
        this.leaf(node, 'removed', 'code block');
        return;
      case 'thematicBreak':
        this.leaf(node, 'removed', 'thematic break');
        return;
      case 'definition':
        this.leaf(node, 'removed', 'link reference definition');
        return;
      default:
        // A container this module does not know: its blocks are read; a leaf of its own holds no text.
        if (children.length > 0) for (const c of children) this.block(c, ctx);
        else this.leaf(node, 'removed', node.type);
    }
  }

  private inlines(nodes: MdNode[]): void {
    for (const n of nodes) this.inline(n);
  }

  private inline(node: MdNode): void {
    switch (node.type) {
      case 'text':
        this.align(this.startOf(node), this.endOf(node), node.value ?? '');
        return;
      case 'inlineCode':
        this.inlineCode(this.startOf(node), this.endOf(node), node.value ?? '');
        return;
      case 'html':
        if (SEPARATING_TAG.test(node.value ?? '')) this.spaceAt.add(this.startOf(node));
        return;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'break':
        return;
      default:
        // Emphasis, strong, delete, link, link reference: their text is their children's.
        if (node.children) this.inlines(node.children);
        else if (typeof node.value === 'string') this.align(this.startOf(node), this.endOf(node), node.value);
    }
  }

  /**
   * Marks as kept the characters of original `[from, end)` that make the text `value`: all but the
   * backslashes of escapes and the '>' of block quote markers on continuation lines. Whitespace is
   * never markup. Where the two cannot be matched, characters are kept: nothing is dropped on a guess.
   */
  private align(from: number, end: number, value: string, escapes = true): void {
    const text = this.text;
    const keep = this.keep;
    let i = from;
    let j = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 0x26) {
        const ref = this.charRef(i, end, value, j);
        if (ref !== null) {
          keep.fill(1, i, i + ref.length);
          const decoded = value.slice(j, j + ref.decoded);
          // '&#0;' and other invalid references read as U+FFFD: no character of the text, kept as written.
          if (decoded !== '\ufffd') this.references.set(i, { end: i + ref.length, decoded });
          i += ref.length;
          j += ref.decoded;
          continue;
        }
      }
      if (escapes && c === 0x5c && i + 1 < end && isAsciiPunctuation(text.charCodeAt(i + 1)) && value.charCodeAt(j) === text.charCodeAt(i + 1)) {
        i++; // an escape's backslash ('\\' is read as one backslash: the first is markup)
      } else if (j < value.length && c === value.charCodeAt(j)) {
        keep[i++] = 1;
        j++;
      } else if (isWhitespaceCode(c)) {
        keep[i++] = 1;
      } else if (j < value.length && isWhitespaceCode(value.charCodeAt(j))) {
        j++;
      } else if (c === 0x3e) {
        i++; // a block quote's marker
      } else {
        keep[i++] = 1;
        j++;
      }
    }
  }

  /**
   * The character reference at `at`, when the text decodes it: its length in the original and in
   * `value` at `j`. Null when there is none, or when `value` holds it as written (not a known name).
   */
  private charRef(at: number, end: number, value: string, j: number): { length: number; decoded: number } | null {
    CHAR_REF.lastIndex = at;
    const m = CHAR_REF.exec(this.text);
    if (m === null || at + m[0].length > end) return null;
    const length = m[0].length;
    if (value.startsWith(m[0], j)) return null;
    if (m[3] === undefined) {
      const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return { length, decoded: valid ? String.fromCodePoint(code).length : 1 };
    }
    // A named reference decodes to one code unit or, for a few, two: the one after which the value
    // goes on with what follows the reference.
    const after = at + length;
    for (const decoded of [1, 2]) {
      if (after >= end ? j + decoded === value.length : value.charCodeAt(j + decoded) === this.text.charCodeAt(after)) return { length, decoded };
    }
    return { length, decoded: 1 };
  }

  /** Inline code: its backtick fences are markup, its code is text. */
  private inlineCode(from: number, end: number, value: string): void {
    let open = 0;
    while (from + open < end && this.text.charCodeAt(from + open) === 0x60) open++;
    let close = 0;
    while (end - close - 1 > from + open && this.text.charCodeAt(end - close - 1) === 0x60 && close < open) close++;
    // Code holds no escapes: a backslash in it is code.
    this.align(from + open, end - close, value, false);
  }

  /** An HTML block: tags, comments, script and style elements are markup; the text between them is kept. */
  private htmlBlock(from: number, end: number): void {
    const source = this.text.slice(from, end);
    let at = 0;
    HTML_MARKUP.lastIndex = 0;
    for (let m = HTML_MARKUP.exec(source); m !== null; m = HTML_MARKUP.exec(source)) {
      this.keep.fill(1, from + at, from + m.index);
      if (SEPARATING_TAG.test(m[0])) this.spaceAt.add(from + m.index);
      at = m.index + m[0].length;
    }
    this.keep.fill(1, from + at, end);
  }

  /** An ordered list item's number ('1.') is kept as text, as in a plain text. */
  private keepItemNumber(at: number): void {
    ITEM_NUMBER.lastIndex = at;
    const m = ITEM_NUMBER.exec(this.text);
    if (m !== null) this.keep.fill(1, at, at + m[0].length);
  }
}

/**
 * Parses the Markdown document `text` and records on each of its non-blank `lines` how the parser
 * read it (`line.markdown`); the line's drops gain its markup, its visible text loses it, and its
 * block number becomes the number of its leaf block (see {@link MarkdownLine}).
 */
export function readMarkdownLines(text: string, lines: Line[]): void {
  // The parser leaves a byte-order mark out of its offsets: parse without it and shift them back.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let source = shift > 0 ? text.slice(1) : text;
  const front = FRONT_MATTER.exec(source);
  // Front matter is blanked for the parser (line breaks kept, so offsets stay), and removed.
  if (front !== null) source = front[0].replace(/[^\r\n]/g, ' ') + source.slice(front[0].length);
  const reader = new TreeReader(text, shift);
  if (front !== null) reader.frontMatter(shift + front[0].length);
  reader.block(parse(source), TOP);
  const { keep, spaceAt, leaves, references } = reader;
  leaves.sort((a, b) => a.start - b.start);

  let leafAt = 0;
  for (let index = 0; index < lines.length; index++) {
    const l = lines[index];
    if (l.blank) continue;
    const drops: InlineDrop[] = [];
    let hasText = false;
    for (let i = l.contentStart; i < l.contentEnd; ) {
      const reference = references.size > 0 ? references.get(i) : undefined;
      if (reference !== undefined) {
        drops.push(referenceDrop(i, reference.end, reference.decoded));
        hasText = true;
        i = reference.end;
        continue;
      }
      if (keep[i] === 1 || isWhitespaceCode(text.charCodeAt(i))) {
        if (keep[i] === 1 && !isWhitespaceCode(text.charCodeAt(i))) hasText = true;
        i++;
        continue;
      }
      // A run of markup: characters not kept, with whitespace inside but not at its ends.
      let last = i + 1;
      let space = spaceAt.has(i);
      let j = i + 1;
      for (; j < l.contentEnd && keep[j] === 0; j++) {
        if (!isWhitespaceCode(text.charCodeAt(j))) last = j + 1;
        if (spaceAt.size > 0 && spaceAt.has(j)) space = true;
      }
      drops.push({ start: i, end: last, code: MARKDOWN_MARKUP, space });
      i = j;
    }
    while (leafAt < leaves.length && leaves[leafAt].end <= l.contentStart) leafAt++;
    const leaf = leafAt < leaves.length && leaves[leafAt].start < l.contentEnd ? leaves[leafAt] : null;
    const markdown: MarkdownLine = {
      role: leaf ? leaf.role : 'removed',
      leaf: leaf ? leafAt : -1,
      drops,
      bare: !hasText,
      what: leaf ? leaf.what : 'markup',
      depth: leaf ? leaf.depth : 0,
    };
    l.markdown = markdown;
    // Lines of one leaf are one block; a line outside every leaf is a block of its own.
    l.block = leaf ? leafAt : leaves.length + index;
    if (drops.length === 0) continue;
    l.drops = l.drops.length === 0 ? drops : withoutRulesAtReferences(mergeDrops(l.drops, drops));
    l.text = visibleMarkdownText(text, l.contentStart, l.contentEnd, l.drops);
  }
}

/**
 * The drop of the character reference at original `[start, end)` that reads `decoded`: written in
 * place of its first characters; as a space between words when it stands for whitespace ('&nbsp;');
 * without trace when it stands for an invisible character ('&shy;').
 */
function referenceDrop(start: number, end: number, decoded: string): InlineDrop {
  if (decoded.length === 0 || INVISIBLE.test(decoded)) return { start, end, code: MARKDOWN_CHARACTER_REFERENCE };
  let blank = true;
  for (let k = 0; k < decoded.length && blank; k++) blank = isWhitespaceCode(decoded.charCodeAt(k));
  if (blank) return { start, end, code: MARKDOWN_CHARACTER_REFERENCE, space: true };
  return { start, end, code: MARKDOWN_CHARACTER_REFERENCE, replace: decoded };
}

/**
 * `drops` (sorted by start) without those of the inline rules that start right after a character
 * reference: the rules read the reference as written, and its closing ';' is no punctuation of the
 * text ('1848&ndash;50' is no note marker '50' after a semicolon).
 */
export function withoutRulesAtReferences(drops: InlineDrop[]): InlineDrop[] {
  let ends: Set<number> | null = null;
  for (const d of drops) if (d.code === MARKDOWN_CHARACTER_REFERENCE) (ends ??= new Set()).add(d.end);
  if (ends === null) return drops;
  const atReference = ends;
  return drops.filter((d) => d.code === MARKDOWN_MARKUP || d.code === MARKDOWN_CHARACTER_REFERENCE || !atReference.has(d.start));
}

/** Both lists of drops in one, sorted by start, longest first. */
function mergeDrops(a: readonly InlineDrop[], b: readonly InlineDrop[]): InlineDrop[] {
  return [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
}

/** The drops of a line that lie in `[from, to)`, cut to it. */
export function markdownDropsIn(line: Line, from: number, to: number): InlineDrop[] {
  const out: InlineDrop[] = [];
  for (const d of line.markdown?.drops ?? []) {
    if (d.end <= from || d.start >= to) continue;
    // A reference cut by the piece's edge loses its character with it (a piece never cuts one:
    // pieces end at whitespace or a line's hyphen).
    out.push(d.start >= from && d.end <= to ? d : { start: Math.max(d.start, from), end: Math.min(d.end, to), code: d.code, space: d.space });
  }
  return out;
}

/**
 * The text of original `[from, to)` without `drops` (sorted by start), a space standing for a drop
 * that separates words; trimmed.
 */
export function visibleMarkdownText(text: string, from: number, to: number, drops: readonly InlineDrop[]): string {
  let t = '';
  let at = from;
  for (const d of drops) {
    if (d.end <= at || d.start >= to) continue;
    if (d.start > at) t += text.slice(at, d.start);
    if (d.space) t += ' ';
    else if (d.replace !== undefined && d.start >= at) t += d.replace;
    at = Math.max(at, d.end);
  }
  if (at < to) t += text.slice(at, to);
  return t.trim();
}
