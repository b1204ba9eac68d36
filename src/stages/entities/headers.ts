/**
 * The header lines of e-mails quoted in a text ('From: Nirmala Perera <…>', 'To: A; B', 'Sent:
 * Monday, …', 'Subject: …'): the labels name nothing, and the parts of a 'From', 'To' or 'Cc' line
 * are people (or what the gazetteer or an organisation's head word says they are). The clean text
 * joins a block's lines with spaces, so the lines are read from the original text.
 */
import type { Sentence } from '../../doc.js';
import type { OffsetMap } from '../../offsets.js';
import { typedMention, type RawMention } from './candidates.js';
import { fold, type Lexicon } from './lexicon.js';
import { startsUpper } from './words.js';

/** A line of the form 'Label: value' (a quoted reply's '>' allowed before it). */
const HEADER_LINE = /^[ \t>]*([A-Za-z][A-Za-z-]*)[ \t]*:[ \t]*([^\n\r]*)/gm;
/** An address in angle brackets, or a quote, around a name ('Nirmala Perera <n.perera@cpa.lk>', '"Thomas Weller"'). */
const ADDRESS = /<[^>]*>|["“”]/g;
/** A part of a names line: up to the next ';' or ','. */
const PART = /[^;,]+/g;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

interface HeaderLine {
  label: string;
  labelStart: number;
  labelEnd: number;
  valueStart: number;
  valueEnd: number;
  lineStart: number;
  lineEnd: number;
}

/** The header lines of `text` in groups of consecutive lines. */
function headerGroups(text: string, lex: Lexicon): HeaderLine[][] {
  const groups: HeaderLine[][] = [];
  let current: HeaderLine[] = [];
  HEADER_LINE.lastIndex = 0;
  for (let m = HEADER_LINE.exec(text); m !== null; m = HEADER_LINE.exec(text)) {
    if (m[0].length === 0) {
      HEADER_LINE.lastIndex++;
      continue;
    }
    const label = fold(m[1]);
    if (!lex.emailNameLabels.has(label) && !lex.emailOtherLabels.has(label)) continue;
    const labelStart = m.index + m[0].indexOf(m[1]);
    const valueEnd = m.index + m[0].length;
    const line: HeaderLine = { label, labelStart, labelEnd: text.indexOf(':', labelStart + m[1].length) + 1, valueStart: valueEnd - m[2].length, valueEnd, lineStart: m.index, lineEnd: valueEnd };
    const last = current[current.length - 1];
    // The next line right after the last one (one line break between them).
    if (last !== undefined && !/^\r?\n$/.test(text.slice(last.lineEnd, line.lineStart))) {
      groups.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) groups.push(current);
  // A header: two labels or more, one of them a names label ('From', 'To').
  return groups.filter((g) => new Set(g.map((l) => l.label)).size >= 2 && g.some((l) => l.label === 'from' || l.label === 'to'));
}

/** Whether `c` is a letter of a header's label, [A-Za-z], or its hyphen. */
function isLabelChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/**
 * Whether some colon of `text` ends a {@link HEADER_LINE} label 'From' or 'To' (any case): a
 * header needs one, and most texts have none. Read back from each colon, as a search for colons is
 * much cheaper than the multi-line expression tried at every line. (It may say yes where the
 * expression, which goes on after each match's line, would not look; never the other way round.)
 */
function hasFromOrToLine(text: string): boolean {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let e = colon;
    while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    let s = e;
    while (s > 0 && isLabelChar(text.charCodeAt(s - 1))) s--;
    if (e - s !== 4 && e - s !== 2) continue;
    const label = text.slice(s, e).toLowerCase();
    if (label !== 'from' && label !== 'to') continue;
    let b = s;
    while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 62)) b--;
    if (b === 0) return true;
    const c = text.charCodeAt(b - 1);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** The index of the sentence holding original offset `at`, or -1. */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  for (let i = 0; i < sentences.length; i++) if (sentences[i].start <= at && at < sentences[i].end) return i;
  return -1;
}

/**
 * Drops the raw mentions that overlap a header's labels or the values of its names lines, and adds
 * the names of those lines as typed mentions, in order (a mention outside sentences has sentence -1:
 * the caller gives it its block).
 */
export function addEmailHeaderNames(original: string, clean: string, map: OffsetMap, sentences: readonly Sentence[], lex: Lexicon, raw: RawMention[]): void {
  if (lex.emailNameLabels.size === 0 || !hasFromOrToLine(original)) return;
  const groups = headerGroups(original, lex);
  if (groups.length === 0) return;
  const blocked: [number, number][] = [];
  const added: RawMention[] = [];
  for (const line of groups.flat()) {
    blocked.push([map.toClean(line.labelStart), map.toClean(line.labelEnd)]);
    if (!lex.emailNameLabels.has(line.label)) continue;
    blocked.push([map.toClean(line.valueStart), map.toClean(line.valueEnd)]);
    const value = original.slice(line.valueStart, line.valueEnd).replace(ADDRESS, (s) => ' '.repeat(s.length));
    PART.lastIndex = 0;
    for (let p = PART.exec(value); p !== null; p = PART.exec(value)) {
      const surface = p[0].trim();
      const words = surface.split(/\s+/);
      if (surface.includes('@') || words.length > 4 || !words.every((w) => NAME_WORD.test(w) && startsUpper(w))) continue;
      const known = lex.lookup(surface);
      const orgHead = lex.heads.get(fold(words[words.length - 1])) === 'ORG';
      const type = known !== null ? known.type : orgHead ? 'ORG' : words.length >= 2 ? 'PERSON' : null;
      if (type === null) continue;
      const start = line.valueStart + p.index + p[0].indexOf(surface);
      const cs = map.toClean(start);
      const ce = map.toClean(start + surface.length);
      if (clean.slice(cs, ce) !== surface) continue;
      added.push(typedMention(sentenceAt(sentences, start), cs, ce, surface, { type, strength: 2, entry: known, via: 'email-header' }, words.length === 1, false, false));
    }
  }
  for (let i = raw.length - 1; i >= 0; i--) if (blocked.some(([s, e]) => raw[i].cleanStart < e && s < raw[i].cleanEnd)) raw.splice(i, 1);
  for (const m of added) {
    const at = raw.findIndex((r) => r.cleanStart > m.cleanStart);
    raw.splice(at < 0 ? raw.length : at, 0, m);
  }
}
