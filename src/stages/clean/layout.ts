/**
 * Layout analysis: which lines are page furniture, where paragraphs, headings, list items and
 * front matter begin and end, and how broken lines and words join. Works on original offsets
 * only; `emit.ts` turns the result into the clean text.
 */
import type { BlockKind } from '../../doc.js';
import {
  endsSentence,
  isAllCaps,
  isBullet,
  isNumberedItem,
  isLower,
  isUpper,
  median,
  NO_DROPS,
  splitLines,
  titleCaseRatio,
  words,
  type InlineDrop,
  type Line,
} from './lines.js';
import { MARKDOWN_MARKUP, readMarkdownLines, visibleMarkdownText, type MarkdownSettings } from './markdown.js';

/** The clean stage's data (pipeline/cleanup.json), compiled. */
export interface CleanupRules {
  /** Lines of page furniture; `notesFollow`: numbered footnotes follow such a line (a rule above the notes). */
  furniture: { re: RegExp; why: string; notesFollow: boolean }[];
  /** `numberedDivisions`: 'Chapter 2', 'Part III' — kept when their exact text occurs once. */
  repeatedLine: { minRepeats: number; maxLength: number; numberedDivisions: RegExp };
  allCapsLine: { maxLength: number; maxWords: number };
  /** Matches one closing mark ('■'), global. */
  closingMarks: RegExp;
  /** Inline material to drop; `prefilter` (global) must match a line before `re` is tried. */
  inlineDrops: { code: string; re: RegExp; prefilter: RegExp | null }[];
  /** Matches one closing mark without the space before it, global. */
  closingMarkPrefilter: RegExp;
  /** True when every closing mark is one UTF-16 unit, so that removing text around one never makes another. */
  closingMarksInBmp: boolean;
  /** Union of every inline drop's prefilter and the closing marks: a line failing it has nothing to drop. */
  anyInlineDrop: RegExp;
  /** Typographic ligatures ('ﬁ') and the letters written for them ('fi'). */
  ligatures: Map<string, string>;
  /** Any of the ligatures (global), or null when there are none. */
  ligaturePattern: RegExp | null;
  keepHyphenPrefixes: Set<string>;
  joinSuffixes: Set<string>;
  notTitle: RegExp;
  affiliationWords: Set<string>;
  /** Lower-case words of a genre's or a section's label above a title ('Book Reviews', 'Review Essay'). */
  genreWords: Set<string>;
  bylinePrefix: RegExp;
  frontSectionNames: RegExp;
  /** A front-matter section's name run into its paragraph ('Abstract. This article …'): the name and what follows it. */
  runInFrontLabels: RegExp;
  maxHeadingWords: number;
  /** The title of a slide exported to text ('Slide 5: 1. The Durban moment'): a heading over its bullets. */
  slideTitle: RegExp;
  /** A short sentence-case line over a full line of wrapped text is a heading: shares of the wrap width, and most words. */
  sentenceCaseHeading: { maxWidth: number; maxWords: number; fullLine: number; fullWidth: number };
  /** Most lines of footnotes removed from between the halves of one sentence (0: none are). */
  maxInterruptingNoteLines: number;
  /** A short line that is a reference-list entry, never a heading (a URL, a DOI, an author-date head). */
  notHeading: RegExp;
  /** The head of a caption at the start of a line ('Table 1.', 'Fig. 3:'), from the data's `captionLabels`. */
  caption: RegExp;
  /** A heading over a list of links or titles ('See also'): the lines of the block below it are list items, never headings. */
  listHeadings: RegExp;
  /** Rows of a table of figures, kept out of the prose (null: none are). */
  tables: TableRules | null;
  /** Which documents are read as Markdown. */
  markdown: MarkdownSettings;
}

/** What makes lines a table of figures (pipeline/cleanup.json `tables`). */
export interface TableRules {
  /** One cell that is a figure: '12', '1,200', '3.5%', '(4)', a dash for none. */
  numericCell: RegExp;
  minNumericCells: number;
  minNumericShare: number;
  minRows: number;
  /** A line between two rows with a figure and at most this many cells is a row too. */
  maxLooseRowCells: number;
  /** A longer line is prose, never a row. */
  maxRowLength: number;
}

/** How a piece joins the one before it in the same unit. */
export type Join = 'space' | 'none';

export interface Piece {
  start: number;
  end: number;
  join: Join;
  /** The line it was cut from: its inline drops serve the piece when the piece is the whole line. */
  line: Line;
}

/** A unit of layout before emission: its kind and the original ranges it keeps. */
export interface Unit {
  kind: BlockKind;
  pieces: Piece[];
  /** Block number of its first line, to tell units in one block from units in the next. */
  block: number;
  /** A heading's level as the source's markup gives it (see Block). */
  markupLevel?: number;
}

export interface Repair {
  code: string;
  message: string;
  start: number;
  end: number;
}

export interface Layout {
  units: Unit[];
  repairs: Repair[];
}

/** A row of a table drawn with pipes: '| Period | Years | What defined it |', '|---|---|---|'. */
const PIPE_ROW = /^\|(?:[^|\n]*\|){2,}\s*$/u;
/** A row of a timeline set as a box ('1932–1948   Silence after the Matanza', or 'The reserve years    1996–2009'): years and a name, a gap of two spaces or more between them. Its own item, never run into the row before. */
const TIMELINE_ROW_LINE = /^\d{4}\s*[–—-]\s*(?:\d{2,4}|today|present|now)?(?:\s{2,}|\t)\s*\p{Lu}|^\p{Lu}[^\t.;:!?]{1,60}?\S(?:\s{2,}|\t)\s*\d{4}\s*[–—-]\s*(?:\d{2,4}|today|present|now)?\s*$/u;
/**
 * Is the line a row of a timeline box ({@link TIMELINE_ROW_LINE})? Such a row has a tab or a run of
 * whitespace, which most lines lack: a line of single spaces only whose text is as written (no
 * inline drop taken out of it) is none, without the expression's search.
 */
function isTimelineRow(l: Line): boolean {
  if (l.plainSpacing && l.drops.length === 0) return false;
  return TIMELINE_ROW_LINE.test(l.text);
}
/** A web page's table of contents ('Contents' / '1 History' / '1.1 Origins (1913–1924)' / …). */
interface Contents {
  /** The 'Contents' line (by index); -1 when there is none. */
  heading: number;
  /** Its entries (by index): items of a list, never headings. */
  entries: ReadonlySet<number>;
  /** For each entry's title (lower case, single spaces), its depth: '1' is 1, '1.2' is 2. */
  depthOf: ReadonlyMap<string, number>;
}

const NO_CONTENTS: Contents = { heading: -1, entries: new Set(), depthOf: new Map() };
/** The line that opens a table of contents. */
const CONTENTS_LINE = /^(?:contents|table of contents)$/iu;
/** An entry of a table of contents: its number (group 1), its title (group 2). */
const CONTENTS_ENTRY = /^(\d{1,2}(?:\.\d{1,2})*)\s+(\S.*)$/u;
/** Fewest entries that make a table of contents. */
const MIN_CONTENTS_ENTRIES = 3;

/** The table of contents right under a 'Contents' line, when there is one (see {@link Contents}). */
function findContents(kept: Line[]): Contents {
  const at = kept.findIndex((l) => CONTENTS_LINE.test(l.text));
  if (at < 0) return NO_CONTENTS;
  const entries = new Set<number>();
  const depthOf = new Map<string, number>();
  for (let k = at + 1; k < kept.length; k++) {
    const m = CONTENTS_ENTRY.exec(kept[k].text);
    if (!m) break;
    entries.add(kept[k].index);
    depthOf.set(contentsKey(m[2]), m[1].split('.').length);
  }
  return entries.size >= MIN_CONTENTS_ENTRIES ? { heading: kept[at].index, entries, depthOf } : NO_CONTENTS;
}

/** A title as the table of contents and the headings are compared. */
function contentsKey(title: string): string {
  return title.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Gives a heading the level its page's table of contents gives it. */
function withContentsLevel(u: Unit, heading: string, contents: Contents): void {
  const depth = contents.depthOf.get(contentsKey(heading));
  if (depth !== undefined) u.markupLevel = depth;
}

/** Code of the inline drops that mark their line as a heading (pipeline/cleanup.json: a wiki's '== … ==' and '[edit]'). */
const WIKI_HEADING = 'wiki-heading';
/** The equals signs that open a wiki heading (group 1). */
const WIKI_HEADING_MARKS = /^(={2,6})[ \t]*[^=]/u;
/** An item numbered with digits ('2. Hours', '(3) From 1990'), as a numbered heading is. */
const DIGIT_ITEM = /^\(?\d{1,2}[.)]\s/u;
/** A line that goes on with a sentence: its first letter is lower case (after any quote or bracket). */
const LOWER_START = /^[\s"'“‘(\[]*\p{Ll}/u;
/** Fewest lines of a text that go on with the sentence of the line before, for the text to be wrapped. */
const MIN_MID_SENTENCE_BREAKS = 3;
const SYMBOL_BULLET = /^[-–—•*·▪◦‣]\s+/u;
const DASH_END = /[-‐‑–—]$/u;
const OPEN_PAREN = /\(/g;
const CLOSE_PAREN = /\)/g;
const MONTHS = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;

function parenBalance(text: string): number {
  return (text.match(OPEN_PAREN)?.length ?? 0) - (text.match(CLOSE_PAREN)?.length ?? 0);
}

function firstLetter(text: string): string {
  const m = /\p{L}/u.exec(text);
  return m ? m[0] : '';
}

function startsUpperOrDigit(text: string): boolean {
  const c = text.replace(/^["'“‘([*]+/u, '')[0] ?? '';
  return isUpper(c) || /\d/.test(c);
}

/** Classifies the text of a candidate heading: true when it reads as a heading. */
function looksLikeHeading(text: string, rules: CleanupRules, standalone: boolean, wrapWidth: number, beforeFullLine = false): boolean {
  // A heading is short: standing alone, or short against the wrap width inside a wrapped block
  // (tested first, as it rejects every line of prose without reading it).
  if (text.length > (standalone ? 120 : Math.max(24, wrapWidth * 0.75))) return false;
  if (isBullet(text) || rules.caption.test(text) || rules.notHeading.test(text)) return false;
  if (/[.,;:]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return false;
  if (!startsUpperOrDigit(text)) return false;
  // A line wholly in brackets is an aside: an interjection in minutes ('(Dr. Keller CDU: Thanks to
  // us!)'), a stage direction, an editor's note.
  if (BRACKETED_LINE.test(text)) return false;
  // A turn of a debate in a line of its own, after the speaker's name in capitals: an interjection
  // ('AN HONOURABLE MEMBER: Nineteen thirty-two!', 'GORDON MACLELLAN: You're forgetting the fund!'),
  // not a heading that parts the speech around it. ('PART ONE: Why did the unions fail?' heads a part.)
  if (SPEAKER_TURN.test(text) && !rules.frontSectionNames.test(text) && !STRUCTURE_LABEL.test(text)) return false;
  // Two sentences on one line are prose ('So the quotation is half right. [Conclusion too short.]').
  if (SENTENCE_INSIDE.test(text)) return false;
  // A span of years alone on its own lines heads a section ('1916–1942', '1990–present'), as
  // encyclopedia articles divide a history; otherwise a row of a table ('1950      19      21,000')
  // has no word.
  if (standalone && BARE_RANGE_HEADING.test(text)) return true;
  if (!HAS_WORD.test(text)) return false;
  const ws = words(text);
  if (ws.length === 0 || ws.length > rules.maxHeadingWords) return false;
  if (/[?!]$/.test(text) && titleCaseRatio(text) < 0.6 && ws.length > 8) return false;
  if (standalone) return true;
  // Inside a wrapped block a heading reads as a title, or is a short line in sentence case over a
  // full line of text: 'The one-party era' / 'After 1969, when the party was banned, the ruling…'.
  // The first line of a paragraph runs the full width, so a short first line is no prose.
  const { maxWidth, maxWords } = rules.sentenceCaseHeading;
  return titleCaseRatio(text) >= 0.5 || (beforeFullLine && text.length <= wrapWidth * maxWidth && ws.length <= maxWords);
}

const HAS_WORD = /\p{L}{2}/u;
/** A field of an infobox: a short label in capitals and a colon, then its value or nothing ('Country: Isle of Man', 'Periods:'). */
const FIELD_LINE = /^\p{Lu}[\p{L}'’ -]{0,30}:(?:\s+\S.*)?$/u;
/** A line in brackets from its first character to its last, with words inside. */
/** A speaker's name in capitals (two words or more, or a title and a name: 'THE SPEAKER', 'MR. DUNN'), a colon, and a sentence with lower-case letters that ends in '!', '?' or '…'. */
const SPEAKER_TURN = /^(?:[A-Z][A-Z'’.-]*\s+){1,4}[A-Z][A-Z'’.-]+:\s+\S.*\p{Ll}.*[!?…]["”’)]?$/u;
/** Labels of a text's parts before a colon ('PART ONE:', 'CHAPTER 3:', 'CASE STUDY:'), which a heading may open with. */
const STRUCTURE_LABEL = /^(?:PART|CHAPTER|SECTION|BOOK|VOLUME|APPENDIX|CASE|STUDY|LESSON|UNIT|ACT|SCENE|INTRODUCTION|CONCLUSION|EPILOGUE|PROLOGUE|INTERLUDE|QUESTION|FIGURE|TABLE|MAP|BOX|NOTE|SOURCE)\b/u;
const BRACKETED_LINE = /^[(\[][^()\[\]]*\p{L}{2}[^()\[\]]*[)\]]$/u;
/** A sentence that ends inside a line and another that begins: a word of three lower-case letters or more before the stop ('Gen. Franco' is no end). */
const SENTENCE_INSIDE = /\p{Ll}{3}[.!?]\s+[[("“‘']?\p{Lu}/u;
/** A heading that is a span of years and nothing else: '1916–1942', '1942 – 1990', '1990–', '1990–present'. */
const BARE_RANGE_HEADING = /^\d{3,4}\s*[–—-]\s*(?:\d{2,4}|present|today|now)?$/iu;
const DIGIT_RUN = /\d+/g;
const SPACE_RUN = /\s+/g;
/** What the replacements of {@link normaliseRepeated} change: a digit, whitespace but a single space. */
const DIGIT_OR_SPACING = /\d|[^\S ]| \s/;

/** The form in which repeated lines are counted: digit runs as '#', whitespace runs as one space, lower case. */
function normaliseRepeated(text: string): string {
  // Most lines hold no digit and no whitespace but single spaces: then only the case changes, and
  // the two replacements, each making a new string, are skipped.
  if (!DIGIT_OR_SPACING.test(text)) return text.toLowerCase();
  return text.replace(DIGIT_RUN, '#').replace(SPACE_RUN, ' ').toLowerCase();
}

/** True when line `i` has a blank line or the text's start or end on at least one side. */
function standalone(lines: Line[], i: number): boolean {
  const prev = lines[i - 1];
  const next = lines[i + 1];
  return !prev || prev.blank || !next || next.blank;
}

/** True when line `i` has a blank line or the text's start or end on both sides. */
function ownBlock(lines: Line[], i: number): boolean {
  const prev = lines[i - 1];
  const next = lines[i + 1];
  return (!prev || prev.blank) && (!next || next.blank);
}

/** How often each short line's normal form occurs, and each line's form (null when not counted). */
interface RepeatedLines {
  keys: (string | null)[];
  counts: Map<string, number>;
  /** How often the exact text of each numbered division ('Chapter 2') occurs. */
  divisions: Map<string, number>;
}

/** The normal form of each short line (null for the others), made once for counting and deciding. */
function countRepeatedLines(lines: Line[], rules: CleanupRules): RepeatedLines {
  const keys: (string | null)[] = [];
  const counts = new Map<string, number>();
  const divisions = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const key = !l.blank && l.text.length <= rules.repeatedLine.maxLength ? normaliseRepeated(l.text) : null;
    keys.push(key);
    if (key === null) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (rules.repeatedLine.numberedDivisions.test(l.text)) divisions.set(l.text, (divisions.get(l.text) ?? 0) + 1);
  }
  return { keys, counts, divisions };
}

/** Why the non-blank line `l` is page furniture by its own form and place, or null when it is not. */
function furnitureReason(l: Line, lines: Line[], rules: CleanupRules, repeated: RepeatedLines): string | null {
  if (l.text === '') return 'a line holding only a marker, image name or closing mark';
  const strong = rules.furniture.find((f) => f.re.test(l.text));
  if (strong && standalone(lines, l.index)) return strong.why;
  const key = repeated.keys[l.index];
  const repeats = key !== null ? repeated.counts.get(key) ?? 0 : 0;
  if (repeats >= rules.repeatedLine.minRepeats && ownBlock(lines, l.index) && !endsSentence(l.text) && !/\d{4}\s*[-–—]/.test(l.text) && repeated.divisions.get(l.text) !== 1) {
    return `a line repeated ${repeats} times through the text`;
  }
  return null;
}

/**
 * Decides which lines are page furniture: running headers and footers, page numbers, issue lines.
 * Its parts are separate functions so that each is compiled on its own, and the rare decision on
 * weak lines is not compiled at all for a text without any.
 */
function findFurniture(lines: Line[], rules: CleanupRules): Map<number, string> {
  const furniture = new Map<number, string>();
  const repeated = countRepeatedLines(lines, rules);
  const weak: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) continue;
    const why = furnitureReason(l, lines, rules, repeated);
    if (why !== null) furniture.set(l.index, why);
    else if (l.text.length <= rules.allCapsLine.maxLength && isAllCaps(l.text) && words(l.text).length <= rules.allCapsLine.maxWords && standalone(lines, l.index)) {
      weak.push(l);
    }
  }
  if (weak.length > 0) decideWeakLines(lines, weak, furniture);
  findRepeatedTitleLines(lines, furniture, rules);
  if (rules.maxInterruptingNoteLines > 0) findInterruptingNotes(lines, furniture, rules.maxInterruptingNoteLines);
  return furniture;
}

/** How a line names the text's title or author as a running header: lower case, without a page number at either end. */
function headerKey(text: string): string {
  return text.replace(/^\d{1,4}\s+|\s+\d{1,4}$/gu, '').replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * A running header that repeats the text's title (or its main part, before a colon, comma or
 * bracket) or its author's name, even once, as on the third page of a four-page paper: a line of
 * its own block, after the front matter, that reads as the first line of the text or as the byline
 * below it ('Cooperative Banks in the Basque Country' under the title 'Cooperative Banks in the
 * Basque Country, 1890–2000'). Titles of two words or fewer are left alone: a section may share them.
 */
function findRepeatedTitleLines(lines: Line[], furniture: Map<number, string>, rules: CleanupRules): void {
  // The first lines: a journal's line may come before the title, and the title may take two lines.
  const head = lines.filter((l) => !l.blank).slice(0, 4);
  if (head.length === 0) return;
  const keys = new Set<string>();
  for (let h = 0; h < head.length; h++) {
    const line = head[h].text;
    // (A line that ends a sentence is prose: the front matter is over.)
    if (endsSentence(line)) break;
    if (looksLikeNames(line, rules)) keys.add(headerKey(line));
    else for (const t of [line, line.split(/\s*[:,(–—]\s*/u)[0]]) if (words(t).length >= 3) keys.add(headerKey(t));
  }
  if (keys.size === 0) return;
  for (let i = head[head.length - 1].index + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || furniture.has(i) || !ownBlock(lines, i) || l.text.length > 120 || endsSentence(l.text)) continue;
    if (keys.has(headerKey(l.text))) furniture.set(i, "the text's title or author repeated as a running header");
  }
}

/** The repair that records a removed line of furniture (or of notes inside a sentence). */
function furnitureRepair(l: Line, why: string): Repair {
  return why === INTERRUPTING_NOTE
    ? { code: 'footnote-removed', message: `footnote removed from inside a sentence: '${l.text}' (${why})`, start: l.contentStart, end: l.contentEnd }
    : { code: 'running-header', message: `page furniture removed: '${l.text}' (${why})`, start: l.contentStart, end: l.contentEnd };
}

/** How the second half of a sentence broken by a page end opens: in lower case, or with a bracket ('(1936–1977), in which …'). */
const RESUMES_SENTENCE = /^(?:\p{Ll}|\()/u;
/** A page number alone on its line. */
const PAGE_NUMBER_ALONE = /^\d{1,4}$/u;
/** Longest running header taken between the halves of a sentence. */
const MAX_LONE_HEADER_LENGTH = 80;
/** A footnote's first line: its number, then its text ('3 Interview with…', '12 "Strikes…"'). */
const NOTE_START = /^\d{1,3}\s+["'“‘(]?\p{Lu}/u;
/** Why such notes are removed: the messages of the repairs name it. */
export const INTERRUPTING_NOTE = 'a footnote between the halves of a sentence broken by a page end';

/**
 * Footnotes that PDF extraction put between the halves of a sentence broken at a page end
 * ("…in 2004 the state began to" / "3 Interview with an activist, May 2015." / "14" / "regulate
 * their funding…"): blocks that each open with a note number, between a line that stops
 * mid-sentence and a block that resumes in lower case, with only page furniture besides, are
 * removed as furniture is, so the sentence is whole again and the notes' dates are not read as
 * the text's. Notes anywhere else (a Notes section, notes after a finished sentence) stay.
 */
function findInterruptingNotes(lines: Line[], furniture: Map<number, string>, maxLines: number): void {
  const skipped = (k: number): boolean => lines[k].blank || furniture.has(k);
  for (let i = 1; i < lines.length; i++) {
    if (skipped(i) || !lines[i - 1].blank || !NOTE_START.test(lines[i].text)) continue;
    let before = i - 1;
    while (before >= 0 && skipped(before)) before--;
    if (before < 0 || endsSentence(lines[before].text)) continue;
    const notes: number[] = [];
    // The page's number and the next page's running header, printed once only (so not found as
    // repeated), between the notes and the sentence's second half: a number alone on its line, and
    // at most one short line in title case that ends no sentence.
    const pageLines: number[] = [];
    let resumes = false;
    let j = i;
    for (; j < lines.length && notes.length <= maxLines; j++) {
      if (skipped(j)) continue;
      if (PAGE_NUMBER_ALONE.test(lines[j].text) && (skipped(j - 1) || pageLines.length > 0)) {
        pageLines.push(j);
        continue;
      }
      // (A line after a blank or after furniture, such as a page number already found, opens a block.)
      if (skipped(j - 1) || pageLines.length > 0) {
        if (NOTE_START.test(lines[j].text) && pageLines.length === 0) {
          notes.push(j);
          continue;
        }
        resumes = RESUMES_SENTENCE.test(lines[j].text);
        if (!resumes && lines[j].text.length <= MAX_LONE_HEADER_LENGTH && !endsSentence(lines[j].text) && titleCaseRatio(lines[j].text) >= 0.5) {
          let k = j + 1;
          while (k < lines.length && skipped(k)) k++;
          if (k < lines.length && RESUMES_SENTENCE.test(lines[k].text)) {
            pageLines.push(j);
            j = k;
            resumes = true;
          }
        }
        break;
      }
      notes.push(j);
    }
    if (!resumes) continue;
    for (const k of notes) furniture.set(k, INTERRUPTING_NOTE);
    for (const k of pageLines) furniture.set(k, 'the page number and running header between the halves of a sentence broken by a page end');
    i = j;
  }
}

/**
 * A short all-caps line is furniture when it stands beside other furniture or splits a sentence
 * in two ("...the rising number / MADE IN CHINA / of protests..."); otherwise it is a heading.
 */
function decideWeakLines(lines: Line[], weak: Line[], furniture: Map<number, string>): void {
  const weakSet = new Set(weak.map((l) => l.index));
  const neighbour = (l: Line, step: 1 | -1): Line | undefined => {
    for (let i = l.index + step; i >= 0 && i < lines.length; i += step) if (!lines[i].blank) return lines[i];
    return undefined;
  };
  const prose = (l: Line, step: 1 | -1): Line | undefined => {
    for (let i = l.index + step; i >= 0 && i < lines.length; i += step) {
      if (!lines[i].blank && !furniture.has(i) && !weakSet.has(i)) return lines[i];
    }
    return undefined;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const l of weak) {
      if (furniture.has(l.index)) continue;
      const before = neighbour(l, -1);
      const after = neighbour(l, 1);
      const besideFurniture = (before && furniture.has(before.index)) || (after && furniture.has(after.index));
      const p = prose(l, -1);
      const n = prose(l, 1);
      const splitsSentence = p && n && !endsSentence(p.text) && isLower(firstLetter(n.text)) && /^\p{Ll}/u.test(n.text);
      if (besideFurniture || splitsSentence) {
        furniture.set(l.index, 'a short all-caps line beside page furniture or inside a sentence: a running header');
        changed = true;
      }
    }
  }
}

/**
 * True when a line holds a single capital letter: the drop capital of the next word, which goes on
 * in lower case ('W' + 'hen') or, set in small capitals, in capitals ('T' + 'HE peasant leagues'),
 * when the text writes the joined word elsewhere ('the'), so that a lone 'A' above 'NATO' stays apart.
 */
function isDropCapital(line: Line, next: Line | undefined, words: HyphenContext): boolean {
  if (!next || line.text.length !== 1 || !isUpper(line.text)) return false;
  if (/^\p{Ll}/u.test(next.text)) return true;
  const rest = /^\p{Lu}+(?=[\s,.;:’']|$)/u.exec(next.text);
  return rest !== null && words.count((line.text + rest[0]).toLowerCase()) > 0;
}

/** What hyphenation decisions consult: the rules, and the text's own words (counted on first use). */
export class HyphenContext {
  private counts: Map<string, number> | null = null;
  constructor(readonly rules: CleanupRules, private readonly text: string) {}

  /** How often the text writes `word` (lower case) whole, outside line-end breaks. */
  count(word: string): number {
    if (!this.counts) {
      this.counts = new Map();
      // The halves of words broken at line ends are not evidence of themselves, nor when a short
      // marker stands between the hyphen and the break ('organi-[1]', 'organi-12').
      const unbroken = /\p{L}+[-‐][^\s\p{L}]{0,8}[ \t]*\r?\n\s*\p{L}+|([\p{L}]+(?:[-‐][\p{L}]+)*)/gu;
      for (let m = unbroken.exec(this.text); m !== null; m = unbroken.exec(this.text)) {
        if (m[1] === undefined) continue;
        const w = m[1].toLowerCase();
        this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
      }
    }
    return this.counts.get(word) ?? 0;
  }
}

/**
 * Decides whether a word broken at a line end keeps its hyphen: 'people-\ncentred' keeps it,
 * 'organi-\nsations' loses it. Returns true to keep the hyphen.
 */
export function keepHyphen(prefix: string, suffix: string, ctx: HyphenContext): boolean {
  const p = prefix.toLowerCase();
  const s = suffix.toLowerCase();
  const hyphenated = ctx.count(`${p}-${s}`);
  const joined = ctx.count(p + s);
  if (hyphenated > 0 || joined > 0) return hyphenated > joined;
  if (ctx.rules.keepHyphenPrefixes.has(p)) return true;
  if (ctx.rules.joinSuffixes.has(s)) return false;
  // Two halves that are both words of this text make a compound ('rights-\nbased').
  const attested = (w: string): boolean => w.length >= 3 && ctx.count(w) > 0;
  return attested(p) && attested(s);
}

/**
 * Original offset of the last character a reader sees on `line`: its visible text leaves out inline
 * drops ('organi-[1]' reads 'organi-') and the spaces they leave at the end.
 */
function lastVisibleOffset(line: Line, text: string): number {
  let at = line.contentEnd - 1;
  for (let d = line.drops.length - 1; at >= line.contentStart; ) {
    while (d >= 0 && line.drops[d].start > at) d--;
    if (d >= 0 && line.drops[d].end > at) at = line.drops[d].start - 1;
    else if (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at--;
    else break;
  }
  return at;
}

const SOFT_HYPHEN = '\u00ad';

/** Joins line `a` to line `b` inside one unit: the pieces and any repair made. */
function joinLines(a: Line, b: Line, text: string, hyphen: HyphenContext, pieces: Piece[], repairs: Repair[]): void {
  const last = pieces[pieces.length - 1];
  // A soft hyphen at a line end marks where the extractor broke a word ('gov\u00ad' + 'ernment'): it
  // always joins, as it is no hyphen of the word.
  if (a.text.endsWith(SOFT_HYPHEN) && /^\p{L}/u.test(b.text)) {
    const hyphenAt = lastVisibleOffset(a, text);
    last.end = hyphenAt;
    repairs.push({ code: 'hyphenation-joined', message: `word broken at a soft hyphen joined: '${/\p{L}*$/u.exec(a.text.slice(0, -1))?.[0] ?? ''}${/^\p{L}*/u.exec(b.text)?.[0] ?? ''}'`, start: hyphenAt, end: b.contentStart });
    pieces.push({ start: b.contentStart, end: b.contentEnd, join: 'none', line: b });
    return;
  }
  const hyphenBreak = a.text.endsWith('-') ? /(\p{L}+)-$/u.exec(a.text) : null;
  if (hyphenBreak && /^\p{Ll}/u.test(b.text)) {
    const suffix = /^\p{L}+/u.exec(b.text)?.[0] ?? '';
    // The hyphen in the original: the line's last character unless inline drops follow it.
    const hyphenAt = lastVisibleOffset(a, text);
    if (keepHyphen(hyphenBreak[1], suffix, hyphen)) {
      repairs.push({ code: 'hyphenation-kept', message: `line-end hyphen kept: '${hyphenBreak[1]}-${suffix}'`, start: hyphenAt, end: b.contentStart });
    } else {
      last.end = hyphenAt;
      repairs.push({ code: 'hyphenation-joined', message: `word broken at a line end joined: '${hyphenBreak[1]}${suffix}'`, start: hyphenAt, end: b.contentStart });
    }
    pieces.push({ start: b.contentStart, end: b.contentEnd, join: 'none', line: b });
    return;
  }
  // "(1995–\n2002)", "Hu–\nWen", "All-\nChina": the dash stays, nothing is inserted.
  const dashGlue = '-‐‑–'.includes(a.text[a.text.length - 1]) && /^[\p{L}\p{N}]/u.test(b.text);
  pieces.push({ start: b.contentStart, end: b.contentEnd, join: dashGlue ? 'none' : 'space', line: b });
}

/**
 * Analyses the layout of `text`. Each pass is a function of its own: the optimising compiler of
 * every worker then compiles each loop separately, and none of a once-per-document body.
 * @param markdown true for a Markdown document: its markup is dropped and its blocks are the parser's (markdown.ts)
 */
export function analyseLayout(text: string, rules: CleanupRules, markdown = false): Layout {
  if (markdown) return analyseMarkdownLayout(text, rules);
  const lines = splitLines(text);
  readVisibleText(lines, rules);
  const repairs: Repair[] = [];
  const furniture = findFurniture(lines, rules);
  furniture.forEach((why, index) => {
    const l = lines[index];
    repairs.push(furnitureRepair(l, why));
  });
  const kept = lines.filter((l) => !l.blank && !furniture.has(l.index));
  const tableRows = findTableRows(kept, rules);
  const contents = findContents(kept);

  // Wrapped layout (PDF): lines run on inside a block. Its width is the median length of lines
  // that continue onto a next line of the same block (rows of a table do not run on).
  const continuing: number[] = [];
  const followers: number[] = [];
  let midSentence = 0;
  for (let k = 0; k + 1 < kept.length; k++) {
    const l = kept[k];
    const n = kept[k + 1];
    if (n.block === l.block && !isBullet(l.text) && !isBullet(n.text) && !tableRows.has(l.index) && !tableRows.has(n.index) && !contents.entries.has(n.index)) {
      continuing.push(l.text.length);
      followers.push(n.text.length);
      if (LOWER_START.test(n.text)) midSentence++;
    }
  }
  const wrapWidth = median(continuing);
  // The lines after them run on as well in wrapped text; where each is a long paragraph of one line
  // below a short heading ('The enclave' / 'The enclave phase opened in 1904, …'), the text is not
  // wrapped, however short its headings.
  const wrapped = continuing.length >= 3 && wrapWidth <= 120 && median(followers) <= 120;
  // Prose wrapped by a PDF breaks lines inside sentences; a text whose only blocks of lines are
  // lists ('See also' / 'Lithuanian press ban' / 'Media of Lithuania') breaks none.
  const proseWrapped = wrapped && midSentence >= MIN_MID_SENTENCE_BREAKS;
  const units = buildUnits(kept, text, rules, { wrapped, proseWrapped, wrapWidth, hyphen: new HyphenContext(rules, text), noteBlocks: findNoteBlocks(lines, furniture, rules), tableRows, contents }, repairs);
  mergeAcrossBreaks(units, text, repairs, wrapped ? wrapWidth * rules.sentenceCaseHeading.fullWidth : Infinity);
  reportUnwrappedLines(units, repairs);
  splitRunInFrontLabels(units, text, rules, repairs);
  classifyFrontMatter(units, text, rules);
  return { units, repairs };
}

/**
 * The layout of a Markdown document: the parser decides which lines make one unit and of what kind
 * (a heading, a paragraph, a list item…); the markup is dropped like reference markers; lines of
 * markup alone (code blocks, fences, thematic breaks, setext underlines, table delimiter rows) are
 * removed. Of the plain-text rules only these apply: page furniture and headings among paragraphs
 * of one line (a page number left in a converted text, '**Introduction**'), hyphenation at line
 * ends inside a paragraph, and front matter. No paragraph is rejoined across a blank line: in
 * Markdown a blank line always ends a paragraph.
 */
function analyseMarkdownLayout(text: string, rules: CleanupRules): Layout {
  const lines = splitLines(text);
  readVisibleText(lines, rules);
  readMarkdownLines(text, lines);
  const repairs: Repair[] = [];
  removeMarkupLines(lines, text, repairs);
  const furniture = findFurniture(lines, rules);
  furniture.forEach((why, index) => {
    const l = lines[index];
    // Only a paragraph of one line may be page furniture: a line of a longer paragraph, a heading,
    // a list item or a table row is the text's own.
    const own = l.markdown !== null && l.markdown.role === 'paragraph' && lines[index - 1]?.block !== l.block && lines[index + 1]?.block !== l.block;
    if (!own) furniture.delete(index);
    else repairs.push(furnitureRepair(l, why));
  });
  const kept = lines.filter((l) => !l.blank && !furniture.has(l.index));
  const units = buildMarkdownUnits(kept, text, rules, new HyphenContext(rules, text), repairs);
  // Lines of one paragraph are joined without a repair: that is what Markdown means by them.
  classifyFrontMatter(units, text, rules);
  return { units, repairs };
}

/**
 * Removes the lines of a Markdown document that hold nothing but markup: each becomes blank (so it
 * separates blocks, as a blank line does); one repair per leaf block of them (a whole code block).
 */
function removeMarkupLines(lines: Line[], text: string, repairs: Repair[]): void {
  let open: Repair | null = null;
  let openLeaf = -1;
  let openLines = 0;
  let firstLine = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const md = l.markdown;
    if (md === null || !md.bare) {
      if (!l.blank) open = null;
      continue;
    }
    // A leaf without text (a code block) is named; markup alone on a line of text ('===' under a heading) is markup.
    const what = md.role === 'removed' ? md.what : 'markup';
    if (open !== null && md.leaf >= 0 && md.leaf === openLeaf) {
      open.end = l.contentEnd;
      openLines++;
      open.message = `markdown ${what} removed (${openLines} lines from '${firstLine}')`;
    } else {
      firstLine = text.slice(l.contentStart, l.contentEnd);
      open = { code: MARKDOWN_MARKUP, message: `markdown ${what} removed: '${firstLine}'`, start: l.contentStart, end: l.contentEnd };
      openLeaf = md.leaf;
      openLines = 1;
      repairs.push(open);
    }
    l.blank = true;
    l.block = -1;
    l.text = '';
  }
}

/** Groups the kept lines of a Markdown document into units: one per leaf block, of its kind. */
function buildMarkdownUnits(kept: Line[], text: string, rules: CleanupRules, hyphen: HyphenContext, repairs: Repair[]): Unit[] {
  const units: Unit[] = [];
  const tableRows = findTableRows(kept, rules);
  const wrapping: Wrapping = { wrapped: false, proseWrapped: false, wrapWidth: 0, hyphen, noteBlocks: NO_BLOCKS, tableRows: NO_BLOCKS, contents: NO_CONTENTS };
  let current: Unit | null = null;
  for (let k = 0; k < kept.length; k++) {
    const l = kept[k];
    const previous = kept[k - 1];
    if (current !== null && previous !== undefined && previous.block === l.block) {
      joinLines(previous, l, text, hyphen, current.pieces, repairs);
      continue;
    }
    const role = l.markdown?.role ?? 'paragraph';
    let kind: BlockKind;
    if (role === 'heading') kind = 'heading';
    // Rows of figures in a Markdown table make a table, as in a plain text; rows of words ('| 1949 | Founding of … |') stay prose.
    else if (role === 'table-row') kind = tableRows.has(l.index) ? 'table' : 'list-item';
    else if (role === 'list-item') kind = 'list-item';
    else if (role === 'note') kind = 'note';
    else if (role !== 'paragraph') kind = 'paragraph';
    // A paragraph of one line may read as a heading ('**Introduction**'), a caption or a note, as in a plain text.
    else if (kept[k + 1]?.block !== l.block && headingAt(kept, k, rules, wrapping) !== null) kind = 'heading';
    else kind = rules.caption.test(l.text) ? 'caption' : /^[*†‡]\S/u.test(l.text) ? 'note' : 'paragraph';
    // The rows of one table make one unit, as in a plain text.
    if (kind === 'table' && current !== null && current.kind === 'table' && previous?.markdown?.role === 'table-row') {
      current.pieces.push({ start: l.contentStart, end: l.contentEnd, join: 'space', line: l });
      continue;
    }
    current = { kind, pieces: [{ start: l.contentStart, end: l.contentEnd, join: 'space', line: l }], block: l.block };
    // ('## Omani period (1698–1890)' is level 2, '### Contemporary accounts' level 3.)
    if (role === 'heading' && l.markdown !== null && l.markdown.depth > 0) current.markupLevel = l.markdown.depth;
    units.push(current);
  }
  return units;
}

/** Decides on what a reader sees: each line's inline drops (reference markers, image names, closing marks), and its text without them. */
function readVisibleText(lines: Line[], rules: CleanupRules): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) continue;
    l.drops = findInlineDrops(l.text, l.contentStart, rules);
    if (l.drops.length > 0) l.text = visibleText(l.text, l.drops, rules);
  }
}

/** The text's wrapping, as units are built. */
interface Wrapping {
  /** True when lines run on inside blocks (PDF). */
  wrapped: boolean;
  /** True when lines run on inside sentences too (a PDF's prose, not lists only). */
  proseWrapped: boolean;
  /** Median length of lines that run on. */
  wrapWidth: number;
  hyphen: HyphenContext;
  /** Blocks of footnotes (below a rule line, or at a page's foot): their numbered lines are notes. */
  noteBlocks: ReadonlySet<number>;
  /** Lines (by index) that are rows of a table of figures. */
  tableRows: ReadonlySet<number>;
  /** A web page's table of contents, and the levels it gives the headings it lists. */
  contents: Contents;
}

const NO_BLOCKS: ReadonlySet<number> = new Set();

const CELL_BREAK = /[\s|]+/u;
const DIGIT = /\d/;

/** How many of a line's cells (split at spaces and '|') are figures, and how many cells it has. */
function countFigures(text: string, t: TableRules): { figures: number; cells: number } {
  // Most lines of prose hold no digit at all, or run long (a paragraph on one line): they are no
  // row, and need no splitting.
  if (text.length > t.maxRowLength || !DIGIT.test(text)) return { figures: 0, cells: 1 };
  const cells = text.split(CELL_BREAK).filter((c) => c !== '');
  let figures = 0;
  for (let i = 0; i < cells.length; i++) if (t.numericCell.test(cells[i])) figures++;
  return { figures, cells: cells.length };
}

/** True when a line reads as a row of figures: enough cells that are figures, making enough of its cells. */
function isFigureRow(text: string, t: TableRules): boolean {
  const { figures, cells } = countFigures(text, t);
  return figures >= t.minNumericCells && figures >= cells * t.minNumericShare;
}

/**
 * The kept lines (by index) that are rows of tables of figures: at least `minRows` rows in a row,
 * where a line with a figure and few cells between two rows counts as one ('Inner Mongolia
 * Autonomous Region 3 5'). A chronology ('1949 Founding of …') has one figure a line and stays prose.
 */
function findTableRows(kept: Line[], rules: CleanupRules): ReadonlySet<number> {
  const t = rules.tables;
  if (t === null) return NO_BLOCKS;
  const row = kept.map((l) => isFigureRow(l.text, t));
  let rows: Set<number> | null = null;
  for (let k = 0; k < kept.length; ) {
    if (!row[k]) {
      k++;
      continue;
    }
    let last = k;
    let count = 1;
    for (let j = k + 1; j < kept.length; ) {
      if (row[j]) {
        last = j;
        count++;
        j++;
        continue;
      }
      const loose = countFigures(kept[j].text, t);
      if (j + 1 < kept.length && row[j + 1] && loose.figures >= 1 && loose.cells <= t.maxLooseRowCells) {
        last = j + 1;
        count += 2;
        j += 2;
        continue;
      }
      break;
    }
    if (count >= t.minRows) {
      rows ??= new Set();
      for (let i = k; i <= last; i++) rows.add(kept[i].index);
    }
    k = last + 1;
  }
  return rows ?? NO_BLOCKS;
}

/**
 * The blocks of footnotes: right below a rule line ('________'), or, at a page's foot, a block that
 * opens with a note number after a finished sentence and stands right above page furniture ('…
 * asked less of the treasury.' / '1 On the account books of village brotherhoods, see …' / '216').
 */
function findNoteBlocks(lines: Line[], furniture: Map<number, string>, rules: CleanupRules): ReadonlySet<number> {
  let blocks: Set<number> | null = null;
  const skipped = (k: number): boolean => lines[k].blank || furniture.has(k);
  furniture.forEach((_, index) => {
    if (!rules.furniture.some((f) => f.notesFollow && f.re.test(lines[index].text))) return;
    let next = index + 1;
    while (next < lines.length && skipped(next)) next++;
    if (next < lines.length) (blocks ??= new Set()).add(lines[next].block);
  });
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (skipped(i) || !lines[i - 1].blank || !NOTE_START.test(l.text)) continue;
    let before = i - 1;
    while (before >= 0 && skipped(before)) before--;
    let after = i + 1;
    while (after < lines.length && !lines[after].blank && lines[after].block === l.block) after++;
    const below = after < lines.length && lines[after].blank ? after + 1 : after;
    let next = below;
    while (next < lines.length && lines[next].blank) next++;
    if (before >= 0 && endsSentence(lines[before].text) && next < lines.length && furniture.has(next)) (blocks ??= new Set()).add(l.block);
  }
  return blocks ?? NO_BLOCKS;
}

/** A heading found at a kept line: its last line (the next when broken over two) and its text. */
interface HeadingFound {
  end: number;
  text: string;
}

/** The heading that starts at kept line `k`, or null when the line does not start one. */
function headingAt(kept: Line[], k: number, rules: CleanupRules, wrapping: Wrapping): HeadingFound | null {
  const l = kept[k];
  let headingEnd = k;
  let headingText = l.text;
  // "Green Shoots (1995–" + "2002)": a heading broken over two lines.
  const following = kept[k + 1];
  if (following && following.block === l.block && (parenBalance(l.text) > 0 || DASH_END.test(l.text)) && following.text.length <= 40 && parenBalance(l.text + following.text) <= 0) {
    headingEnd = k + 1;
    headingText = `${l.text}${DASH_END.test(l.text) ? '' : ' '}${following.text}`;
  }
  const afterHeading = kept[headingEnd + 1];
  const standalone = !afterHeading || afterHeading.block !== l.block;
  const followedByText = !standalone && startsUpperOrDigit(afterHeading.text);
  const beforeFullLine = followedByText && afterHeading.text.length >= wrapping.wrapWidth * rules.sentenceCaseHeading.fullLine;
  // In a text that is not wrapped each line is a unit of its own, so a line followed by prose (a
  // line that ends a sentence) reads as one standing alone; a line followed by another short line
  // that ends none is an item of a list ('NCC National Coordination Council' / 'NGO Non-…').
  // A line over a paragraph of one line, far wider than the wrap width, stands alone too: no
  // wrapped line runs on into it (a journal's web copy, whose box and bylines make the text look
  // wrapped: 'The Engineers' City (1943–1965)' / 'The plan commissioned … in 1943 …').
  const alone = standalone || (followedByText && (!wrapping.wrapped || overlong(afterHeading.text, wrapping.wrapWidth)) && endsSentence(afterHeading.text));
  // ('Slide 5: 1. The Durban moment' over '• Opens with the strike …': a slide's title over its bullets.)
  if (rules.slideTitle.test(headingText) && (standalone || isBullet(afterHeading.text))) return { end: headingEnd, text: headingText };
  if ((alone || (wrapping.wrapped && followedByText)) && looksLikeHeading(headingText, rules, alone, wrapping.wrapWidth, beforeFullLine) && !cutByPageBreak(headingText, wrapping, rules)) {
    return { end: headingEnd, text: headingText };
  }
  // A numbered heading may stand over its first line of wrapped text too ('2. Neglect, 1897–1919' /
  // 'Before the First World War the government left …'), when it is short against the wrap width.
  const shortOverText = wrapping.wrapped && followedByText && headingText.length < wrapping.wrapWidth * rules.sentenceCaseHeading.maxWidth;
  if ((alone || shortOverText) && isNumberedSectionHeading(kept, k, headingEnd, headingText, rules)) return { end: headingEnd, text: headingText };
  return null;
}

/**
 * A line longer than this many wrap widths (and than OVERLONG_MIN characters) is no wrapped line
 * but a paragraph of one line.
 */
const OVERLONG_WIDTHS = 3;
const OVERLONG_MIN = 200;

function overlong(line: string, wrapWidth: number): boolean {
  return line.length > Math.max(OVERLONG_WIDTHS * wrapWidth, OVERLONG_MIN);
}

/**
 * True when a line in sentence case runs the full width of wrapped text: a paragraph's line cut off
 * by a page break ('The turning point came in 1962, when the founders of the Caja'), not a heading.
 */
function cutByPageBreak(line: string, wrapping: Wrapping, rules: CleanupRules): boolean {
  return wrapping.proseWrapped && line.length >= wrapping.wrapWidth * rules.sentenceCaseHeading.fullWidth && titleCaseRatio(line) < 0.5;
}

/**
 * '1. Introduction', '2. The reform era': a numbered line in a block of its own, between lines that
 * are not list items, reads as a section heading rather than as an item of a list (whose items
 * come together: '1. Wages' / '2. Hours'); so does one after a list whose number does not follow the
 * list's last item. Its title, after the number, must read as a heading.
 */
function isNumberedSectionHeading(kept: Line[], k: number, end: number, text: string, rules: CleanupRules): boolean {
  if (!isNumberedItem(text)) return false;
  const before = kept[k - 1];
  const after = kept[end + 1];
  // ('3. The records' right after a list's last item '3. Since 2015, contest: …': a number that does
  // not go on from the item before, nor starts a list, numbers a section, not an item of that list.)
  const number = Number(/^\d{1,2}/u.exec(text)![0]);
  const itemBefore = before ? /^\(?(\d{1,2})[.)]\s/u.exec(before.text) : null;
  const afterList = itemBefore !== null && number >= 2 && number <= Number(itemBefore[1]) && before!.block !== kept[k].block;
  // A numbered line alone between blank lines heads its section even among lists of other bullets
  // (a lecture handout's '1. The Condominium' over its dashes; '5. Acknowledgements' after '(d) …');
  // beside items numbered as it is, or inside a block beside bullets, it is an item.
  const alone = (!before || before.block !== kept[k].block) && (!after || after.block !== kept[end].block);
  const itemBeside = (l: Line): boolean => isBullet(l.text) && !(alone && !DIGIT_ITEM.test(l.text));
  if ((before && ((itemBeside(before) && !afterList) || before.block === kept[k].block)) || (after && itemBeside(after))) return false;
  const title = text.replace(/^\d{1,2}\.\s+/u, '');
  return !isBullet(title) && looksLikeHeading(title, rules, true, 0);
}

/** Groups the kept lines into units (paragraphs, headings, list items…), joining wrapped lines. */
function buildUnits(kept: Line[], text: string, rules: CleanupRules, wrapping: Wrapping, repairs: Repair[]): Unit[] {
  const { wrapped, wrapWidth, hyphen, contents } = wrapping;
  const units: Unit[] = [];
  let current: Unit | null = null;
  let previous: Line | null = null;
  // The block below a heading such as 'See also': its lines are items of a list.
  let listBlock = -1;
  const startUnit = (l: Line, kind: BlockKind): Unit => {
    current = { kind, pieces: [{ start: l.contentStart, end: l.contentEnd, join: 'space', line: l }], block: l.block };
    units.push(current);
    return current;
  };

  for (let k = 0; k < kept.length; k++) {
    const l = kept[k];
    const next = kept[k + 1];
    const sameBlockAsPrevious = previous !== null && previous.block === l.block;
    const blockStart = !sameBlockAsPrevious;
    const nextInBlock = next && next.block === l.block ? next : undefined;

    // Rows of a table of figures: one unit of kind 'table', kept out of the prose.
    if (wrapping.tableRows.has(l.index)) {
      const cur = current as Unit | null;
      if (cur !== null && cur.kind === 'table' && previous !== null && wrapping.tableRows.has(previous.index)) {
        cur.pieces.push({ start: l.contentStart, end: l.contentEnd, join: 'space', line: l });
      } else {
        startUnit(l, 'table');
      }
      previous = l;
      continue;
    }

    // '1 On the early harbour see …' below a rule line: a footnote, without its number (as a
    // symbol bullet is left out of its item), each numbered line a note of its own.
    if (wrapping.noteBlocks.has(l.block) && NOTE_START.test(l.text)) {
      const u = startUnit(l, 'note');
      u.pieces[0].start += /^\d{1,3}\s+/u.exec(text.slice(l.contentStart, l.contentEnd))![0].length;
      previous = l;
      continue;
    }

    if (isDropCapital(l, next, hyphen)) {
      repairs.push({ code: 'drop-capital', message: `drop capital '${l.text}' joined to '${words(next.text)[0] ?? ''}'`, start: l.contentStart, end: next.contentStart });
      startUnit(l, 'paragraph');
      const u = current as unknown as Unit;
      u.pieces.push({ start: next.contentStart, end: next.contentEnd, join: 'none', line: next });
      previous = next;
      k++;
      continue;
    }

    // The line over a table of contents heads it ('Contents').
    if (l.index === contents.heading) {
      startUnit(l, 'heading').markupLevel = 1;
      previous = l;
      current = null;
      continue;
    }
    // An entry of a web page's table of contents is its front matter, one unit a line: no prose,
    // so that its dated titles ('2 Royal period (1300–1918)') are read once, as the headings they list.
    if (contents.entries.has(l.index)) {
      startUnit(l, 'front');
      previous = l;
      current = null;
      continue;
    }
    // A heading marked as one by a wiki ('== Colonial Macau (1849–1999) ==', 'Home Rule (1979–2009)[edit]'),
    // whatever follows it.
    const inList = l.block === listBlock;
    if (!inList && l.text !== '' && l.drops.some((d) => d.code === WIKI_HEADING)) {
      const u = startUnit(l, 'heading');
      // ('== … ==' is level 1, '=== … ===' level 2; a browser's '[edit]' tells none.)
      const marks = WIKI_HEADING_MARKS.exec(text.slice(l.contentStart, l.contentEnd));
      if (marks) u.markupLevel = marks[1].length - 1;
      else withContentsLevel(u, l.text, contents);
      if (rules.listHeadings.test(l.text)) listBlock = next?.block ?? -1;
      previous = l;
      current = null;
      continue;
    }
    // A heading: a short title-like line at the start of a block, alone or followed by text; not a
    // row of a timeline box among rows like it ('1750–1850      The Workshop Town' / '1850–1913 …').
    const boxRow = isTimelineRow(l) && ((nextInBlock !== undefined && isTimelineRow(nextInBlock)) || (sameBlockAsPrevious && isTimelineRow(previous!)));
    // (Nor a field of an infobox after another: 'Periods:' / 'Pier station: 1958–1966'.)
    const field = sameBlockAsPrevious && FIELD_LINE.test(l.text) && FIELD_LINE.test(previous!.text);
    if (!inList && !boxRow && !field && (blockStart || (wrapped && previous && previous.text.length < wrapWidth * 0.6 && !endsSentence(previous.text) && startsUpperOrDigit(l.text)))) {
      const heading = headingAt(kept, k, rules, wrapping);
      if (heading !== null) {
        const u = startUnit(l, 'heading');
        withContentsLevel(u, heading.text, contents);
        if (rules.listHeadings.test(heading.text.trim())) listBlock = kept[heading.end + 1]?.block ?? -1;
        if (heading.end > k) {
          joinLines(l, kept[heading.end], text, hyphen, u.pieces, repairs);
          repairs.push({ code: 'heading-joined', message: `heading broken over two lines joined: '${heading.text}'`, start: l.contentStart, end: kept[heading.end].contentEnd });
        }
        previous = kept[heading.end];
        k = heading.end;
        current = null;
        continue;
      }
    }

    // (A row of a table drawn with pipes, '| Boycott and return | 2003–2009 | … |', is an item of its own too.)
    const bullet = isBullet(l.text) || isTimelineRow(l) || PIPE_ROW.test(l.text);
    const caption = rules.caption.test(l.text);
    const cur = current as Unit | null;
    const continues =
      cur !== null &&
      sameBlockAsPrevious &&
      !bullet &&
      !caption &&
      // Fields of an infobox, one a line ('Country: Isle of Man' / 'First air date: 29 June 1964'), stay apart.
      !(previous !== null && FIELD_LINE.test(previous.text) && FIELD_LINE.test(l.text)) &&
      cur.kind !== 'heading' &&
      cur.kind !== 'table' &&
      wrapped &&
      previous !== null &&
      // In a wrapped block a short line that does not end a sentence, followed by a capitalised
      // line, is a break between title lines ("Labour NGOs in China" / "Jude HOWELL*"); so is a
      // byline under a title of any length at the top of the text.
      !(previous.text.length < wrapWidth * 0.6 && !endsSentence(previous.text) && !/[,;:\-–—(]$/u.test(previous.text) && startsUpperOrDigit(l.text)) &&
      !(k <= 2 && !endsSentence(previous.text) && titleCaseRatio(previous.text) >= 0.5 && looksLikeNames(l.text, rules));
    if (continues && previous) {
      joinLines(previous, l, text, hyphen, cur.pieces, repairs);
    } else {
      const u = startUnit(l, bullet || inList ? 'list-item' : caption ? 'caption' : /^[*†‡]\S/u.test(l.text) ? 'note' : 'paragraph');
      // A symbol bullet ('-   Meteor scatter') is layout, not text; an item number stays.
      const marker = SYMBOL_BULLET.exec(text.slice(l.contentStart, l.contentEnd));
      if (marker) u.pieces[0].start += marker[0].length;
    }
    previous = l;
    if (!nextInBlock && current && (current as Unit).kind === 'heading') current = null;
  }
  return units;
}

/** One repair per unit made of several lines. */
function reportUnwrappedLines(units: Unit[], repairs: Repair[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const lineJoins = u.pieces.length - 1;
    if (u.kind === 'table') {
      repairs.push({ code: 'table', message: `${lineJoins + 1} row${lineJoins > 0 ? 's' : ''} of figures read as a table, not as prose`, start: u.pieces[0].start, end: u.pieces[lineJoins].end });
    } else if (lineJoins > 0) {
      const last = u.pieces[lineJoins];
      repairs.push({ code: 'unwrapped-lines', message: `${lineJoins + 1} lines joined into one ${u.kind}`, start: u.pieces[0].start, end: last.end });
    }
  }
}

/** The repair code of a closing mark removed. */
const CLOSING_MARK = 'closing-mark';

/** True when the global expression `re` matches `text` at or after `from`. */
function occursFrom(re: RegExp, text: string, from: number): boolean {
  re.lastIndex = from;
  return re.test(text);
}

/**
 * The inline material rules drop from `slice`, the text at original offset `offset`: sorted by
 * start, longest first, possibly overlapping.
 */
export function findInlineDrops(slice: string, offset: number, rules: CleanupRules): readonly InlineDrop[] {
  const first = rules.anyInlineDrop.exec(slice);
  if (first === null) return NO_DROPS;
  // No prefilter, no pattern of a rule without one and no closing mark occurs before the first
  // match of their union (at any position the union matches wherever one of them does), so the
  // searches for them start there. A pattern behind a prefilter may match before its prefilter.
  const from = first.index;
  const found: InlineDrop[] = [];
  for (const d of rules.inlineDrops) {
    if (d.prefilter && !occursFrom(d.prefilter, slice, from)) continue;
    d.re.lastIndex = d.prefilter ? 0 : from;
    for (let m = d.re.exec(slice); m !== null; m = d.re.exec(slice)) {
      if (m[0].length === 0) {
        d.re.lastIndex++;
        continue;
      }
      found.push({ start: offset + m.index, end: offset + m.index + m[0].length, code: d.code });
    }
  }
  rules.closingMarks.lastIndex = 0;
  if (occursFrom(rules.closingMarkPrefilter, slice, from)) for (let m = rules.closingMarks.exec(slice); m !== null; m = rules.closingMarks.exec(slice)) {
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, code: CLOSING_MARK });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found;
}

/**
 * A line's text without the inline material clean-up drops ('[12]', 'flag.svg', '■'), given the
 * `drops` {@link findInlineDrops} found in it. Only for a line with some: without any, the text is
 * unchanged.
 */
function visibleText(line: string, drops: readonly InlineDrop[], rules: CleanupRules): string {
  // Classification only reads words and the line's ends, so inner runs of spaces may stay.
  // Each rule reads the text the rules before it left, so removals run one after the other.
  let t = line;
  for (const d of rules.inlineDrops) if (!d.prefilter || occursFrom(d.prefilter, t, 0)) t = t.replace(d.re, '');
  // Removals only take characters away: a closing mark left now was in the line, and found then.
  const mayHoldClosingMark = !rules.closingMarksInBmp || drops.some((d) => d.code === CLOSING_MARK);
  if (mayHoldClosingMark && occursFrom(rules.closingMarkPrefilter, t, 0)) t = t.replace(rules.closingMarks, '');
  return t === line ? t : t.trim();
}

/** The text of a unit's pieces joined by spaces (concatenated in a loop: the array a `map` made had varying shapes, and the optimised code joining it bailed out). */
function unitText(u: Unit, text: string): string {
  let t = '';
  for (let i = 0; i < u.pieces.length; i++) t += (i > 0 ? ' ' : '') + pieceText(u.pieces[i], text);
  return t;
}

/**
 * The text of a piece as a reader sees it: without inline drops ('…closed them.2' reads '…closed
 * them.', so a first paragraph that ends in a footnote number is prose, not front matter) and
 * without its markup in a Markdown document.
 */
function pieceText(p: Piece, text: string): string {
  const line = p.line;
  if (p.start === line.contentStart && p.end === line.contentEnd) return line.text;
  if (line.markdown === null) return text.slice(p.start, p.end);
  return visibleMarkdownText(text, p.start, p.end, line.drops);
}

/** True when `line` runs at least `fullLine` characters and ends in a word or a comma: prose cut off mid-sentence, not a table row or a caption. */
function fullLineOfWords(line: string, fullLine: number): boolean {
  return line.length >= fullLine && /[\p{L},;]$/u.test(line);
}

/** True when a paragraph's text ends neither a sentence nor a lead-in (':'). */
function stopsMidSentence(text: string): boolean {
  return !endsSentence(text) && !text.endsWith(':');
}

/**
 * A paragraph that stops mid-sentence at a blank line or page furniture and resumes in lower case
 * in the next block is one paragraph ("...the rising number" / "of protests and strikes...").
 */
function mergeAcrossBreaks(units: Unit[], text: string, repairs: Repair[], fullLine: number): void {
  for (let i = 0; i + 1 < units.length; ) {
    const a = units[i];
    const b = units[i + 1];
    const bFirst = text.slice(b.pieces[0].start, b.pieces[0].end);
    // The cheap tests come first: the whole text of `a` is built only when `b` resumes in lower case.
    // A paragraph that resumes in lower case, or in capitals after a full line of wrapped text (a
    // page break before a name: '… the founders of the Caja' / 'Laboral in Mondragón …').
    const aLast = pieceText(a.pieces[a.pieces.length - 1], text);
    const resumes = RESUMES_SENTENCE.test(bFirst) || (b.kind === 'paragraph' && /^\p{Lu}/u.test(bFirst) && fullLineOfWords(aLast, fullLine) && !FIELD_LINE.test(aLast));
    if (a.kind === 'paragraph' && (b.kind === 'paragraph' || b.kind === 'list-item') && resumes && stopsMidSentence(unitText(a, text))) {
      const aEnd = a.pieces[a.pieces.length - 1].end;
      repairs.push({ code: 'paragraph-rejoined', message: 'paragraph split by a page break or blank line rejoined', start: aEnd, end: b.pieces[0].start });
      // The first piece of `b` now joins with a space; a literal with the properties in the order of
      // every other piece keeps one object shape for pieces (a spread made another, and code reading
      // pieces bailed out on it).
      const bFirstPiece = b.pieces[0];
      a.pieces.push({ start: bFirstPiece.start, end: bFirstPiece.end, join: 'space', line: bFirstPiece.line });
      for (let j = 1; j < b.pieces.length; j++) a.pieces.push(b.pieces[j]);
      units.splice(i + 1, 1);
      continue;
    }
    i++;
  }
}

const ARTICLE = /^(?:the|a|an)$/i;
/** 'and' or '&' between names in a byline. */
const NAMES_JOINED = /\s+(?:and|&)\s+/i;
const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|van|von|de|der|den|da|del|di|du|la|le|bin|al|y)[*†‡\d,]*$/u;

/** True for a line of person names: 'Jude HOWELL*', 'Suparna Chaudhry', 'A. Smith and B. Jones'. */
function looksLikeNames(line: string, rules: CleanupRules): boolean {
  const body = line.replace(rules.bylinePrefix, '');
  const ws = body.split(/\s+|,\s*/).filter((w) => w && !/^(and|&)$/i.test(w));
  if (ws.length < 2 || ws.length > 12) return false;
  // ('The Southern Worker': an article opens a title, never a person's name.)
  if (ARTICLE.test(ws[0])) return false;
  // Names joined by 'and' are whole names ('Kadri Tamm and Jonas Berg'): 'Silence and Work', 'Bread
  // and Roses' are titles.
  if (NAMES_JOINED.test(body) && body.split(NAMES_JOINED).some((part) => part.trim().split(/\s+/).length < 2)) return false;
  if (ws.some((w) => rules.affiliationWords.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')) || rules.genreWords.has(w.toLowerCase()))) return false;
  return ws.every((w) => NAME_WORD.test(w));
}

/**
 * The level of a Markdown document's title heading: the highest level of its headings, when one
 * heading alone has it; 0 when none does (sections '## …' with no title above them).
 */
function markdownTitleDepth(units: Unit[]): number {
  let depth = 0;
  let count = 0;
  for (let i = 0; i < units.length; i++) {
    const md = units[i].pieces[0].line.markdown;
    if (md === null || md.role !== 'heading' || units[i].kind !== 'heading') continue;
    if (depth === 0 || md.depth < depth) {
      depth = md.depth;
      count = 1;
    } else if (md.depth === depth) count++;
  }
  return count === 1 ? depth : 0;
}

/** Most words in a line that may open the first section right after the title ('Early history'). */
const MAX_FIRST_HEADING_WORDS = 6;

/**
 * True when the line between the title and the first prose is the first section's heading, not a
 * subtitle: 'History of the Steppe' / 'Early history' / prose, in a text with later headings
 * written the same way. Sentence case ('Early history', 'Colonial rule') is how such texts write
 * their headings and seldom how a subtitle is written; a single word ('Origins') is a heading when
 * the text has headings below. A Title Case line ('The Restructuring of Global Activism') stays a
 * subtitle.
 */
function opensFirstSection(line: string, rest: Unit[], text: string): boolean {
  const ws = words(line);
  if (ws.length === 0 || ws.length > MAX_FIRST_HEADING_WORDS || /[:.,;]$/.test(line)) return false;
  const later = rest.filter((u) => u.kind === 'heading').map((u) => words(unitText(u, text)));
  if (later.length < 2) return false;
  if (ws.length === 1) return true;
  const sentenceCase = (w: string[]): boolean => w.length >= 2 && w.slice(1).every((x) => !isUpper(x[0]) || SMALL_WORDS_OK.test(x));
  const alike = later.filter((w) => w.length >= 2);
  // (One later heading in sentence case shows the text's style: proper nouns capitalise others, 'The Mongols'.)
  return sentenceCase(ws) && alike.some(sentenceCase);
}
/** (Numbers and Roman numerals do not make a heading Title Case: 'Phase 2', 'World War II'.) */
const SMALL_WORDS_OK = /^(?:\d|[IVX]+$)/;

/**
 * 'Abstract. This article argues …' before the body's first heading: the section's name becomes a
 * heading unit of its own and the rest stays the paragraph, as when the name has a line of its own
 * (so the name is no sentence, and labelled lines after it, 'Keywords: …', are front matter). The
 * punctuation after the name is left out of both.
 */
function splitRunInFrontLabels(units: Unit[], text: string, rules: CleanupRules, repairs: Repair[]): void {
  // (Title and byline lines may still read as headings here: the body starts at a heading after prose.)
  let proseSeen = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'heading' && proseSeen) return;
    if (u.kind !== 'paragraph') continue;
    if (endsSentence(unitText(u, text))) proseSeen = true;
    const first = u.pieces[0];
    const label = rules.runInFrontLabels.exec(text.slice(first.start, first.end));
    if (label === null) continue;
    const name = label[1];
    const heading: Unit = { kind: 'heading', pieces: [{ start: first.start, end: first.start + name.length, join: 'space', line: first.line }], block: u.block };
    u.pieces[0] = { ...first, start: first.start + label[0].length };
    units.splice(i, 0, heading);
    repairs.push({ code: 'run-in-heading', message: `'${name}' run into its paragraph read as its heading`, start: first.start, end: first.start + label[0].length });
    i++;
  }
}

/**
 * Units before the first prose paragraph are front matter: the title, bylines, dates,
 * affiliations, the volume a chapter belongs to.
 */
function classifyFrontMatter(units: Unit[], text: string, rules: CleanupRules): void {
  const firstProse = units.findIndex((u, i) => {
    if (u.kind !== 'paragraph' && u.kind !== 'note' && u.kind !== 'list-item') return false;
    const t = unitText(u, text);
    // A sentence that opens a list ('… three phases:' then '1. …') is prose too.
    const opensList = u.kind === 'paragraph' && t.endsWith(':') && units[i + 1]?.kind === 'list-item';
    return endsSentence(t) || opensList || words(t).length >= 40;
  });
  const front = units.slice(0, firstProse < 0 ? 0 : firstProse);
  // A lone "Introduction" before the prose is a section heading, not a title.
  if (front.length === 1 && rules.frontSectionNames.test(unitText(front[0], text))) return;
  let titleFound = false;
  let bylineSeen = false;
  const titleDepth = markdownTitleDepth(units);
  const start = firstProse < 0 ? units.length : firstProse;
  for (const u of front) {
    const t = unitText(u, text);
    const ws = words(t);
    // A Markdown heading before the prose is the title when it is the one heading of the highest
    // level in the text ('# Title' over '## …' sections); any other stays a heading ('## Abstract').
    const md = u.pieces[0].line.markdown;
    // 'Abstract', 'Executive Summary': a line that names a front-matter section is its heading
    // (also when the text runs on below it without a blank line).
    if ((u.kind === 'heading' || u.kind === 'paragraph') && rules.frontSectionNames.test(t)) {
      u.kind = 'heading';
      continue;
    }
    if (u.kind === 'heading' && md !== null && md.role === 'heading') {
      if (!titleFound && md.depth === titleDepth) {
        u.kind = 'title';
        titleFound = true;
      }
      continue;
    }
    // A numbered division ('Chapter 1'), or a heading after the byline, opens the text itself:
    // titles and subtitles come before the authors' names.
    const opensText = u.kind === 'heading' && rules.repeatedLine.numberedDivisions.test(t);
    // A genre's label above the title ('Book Reviews', 'Review Essay', 'Referee Report'): a short line
    // that ends in a genre word, with more front matter after it.
    const genreLabel = ws.length <= 3 && rules.genreWords.has(ws[ws.length - 1].toLowerCase()) && u !== front[front.length - 1];
    if ((ws.length <= 6 && MONTHS.test(t) && YEAR.test(t)) || genreLabel) {
      u.kind = 'front';
    } else if (opensText) {
      continue;
    } else if (rules.notTitle.test(t) || ws.some((w) => rules.affiliationWords.has(w.toLowerCase()))) {
      u.kind = 'front';
    } else if (looksLikeNames(t, rules)) {
      u.kind = 'byline';
      bylineSeen = true;
    } else if (u.kind === 'heading' && bylineSeen) {
      continue;
    } else if (!titleFound && (u.kind === 'heading' || u.kind === 'paragraph')) {
      u.kind = 'title';
      titleFound = true;
    } else if (u.kind === 'heading' && u === front[front.length - 1] && opensFirstSection(t, units.slice(start), text)) {
      continue;
    } else {
      u.kind = 'front';
    }
  }
  // Between a front-matter section ('Abstract') and the first other heading, a short labelled line
  // ('Keywords: …', 'Received …') is front matter too, not a heading nor prose.
  if (!front.some((u) => u.kind === 'heading' && rules.frontSectionNames.test(unitText(u, text)))) return;
  for (let i = start; i < units.length; i++) {
    const u = units[i];
    const t = unitText(u, text);
    if (u.kind === 'heading' && !rules.notTitle.test(t)) break;
    if ((u.kind === 'heading' || u.kind === 'paragraph') && rules.notTitle.test(t) && words(t).length < 40) u.kind = 'front';
  }
}
