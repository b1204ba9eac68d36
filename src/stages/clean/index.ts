/**
 * Stage `clean`: repairs what PDF and web extraction leave in a text (running headers, page
 * numbers, drop capitals, words broken at line ends, wrapped lines, headings broken over two lines,
 * reference markers, closing marks) and finds its layout units. A Markdown document (a `.md`
 * file, or a JSON Lines row with `"format": "markdown"`) is parsed once, its markup dropped like
 * reference markers and its blocks taken from the parser (markdown.ts). Produces the clean text with an
 * exact offset map back to the original, and the blocks; every repair is an info diagnostic.
 */
import type { Block, Diagnostic } from '../../doc.js';
import { defineStage, message } from '../../stage.js';
import { analyseLayout, type CleanupRules, type Repair } from './layout.js';
import { emitClean } from './emit.js';
import { isMarkdownSource } from './markdown.js';
import { escapeRegExp } from '../../chars.js';

export interface CleanOptions {
  /** Data file with the clean-up patterns, relative to the pipeline file (default: `cleanup.json`). */
  rules: string;
  /** At most this many info diagnostics per repair kind; the rest are counted in one more (default: `200`). */
  maxRepairsReported: number;
}

interface CleanupData {
  furniturePatterns: { pattern: string; flags?: string; why: string; notesFollow?: boolean }[];
  repeatedLine: { minRepeats: number; maxLength: number; numberedDivisions: string };
  allCapsLine: { maxLength: number; maxWords: number };
  closingMarks: string;
  inlineDrops: { code: string; pattern: string; flags?: string; prefilter?: string; prefilterFlags?: string }[];
  hyphenation: { keepHyphenPrefixes: string[]; joinSuffixes: string[] };
  frontMatter: { notTitle: string; affiliationWords: string[]; genreWords?: string[]; bylinePrefix: string; sectionNames: string; runInLabels?: string };
  maxHeadingWords: number;
  slideTitle?: string;
  /** Absent from an older data file: then no sentence-case heading is read inside a wrapped block. */
  sentenceCaseHeading?: { maxWidth: number; maxWords: number; fullLine: number; fullWidth?: number };
  /** Absent from an older data file: then no footnotes are removed from inside a sentence. */
  maxInterruptingNoteLines?: number;
  notHeading: string;
  /** Labels that open a caption with a number ('Table 1.'); absent from an older data file: then no line is read as a caption. */
  captionLabels?: string[];
  /** Absent from an older data file: then no heading opens a list. */
  listHeadings?: string;
  /** Absent from a data file older than Markdown reading: then the shipped lists apply. */
  markdown?: { extensions: string[]; formats: string[]; sniffMinHeadings?: number };
  /** Typographic ligatures and the letters they stand for; absent from an older data file: then none is expanded. */
  ligatures?: Record<string, string>;
  /** Absent from an older data file: then no table is told from prose. */
  tables?: { numericCell: string; minNumericCells: number; minNumericShare: number; minRows: number; maxLooseRowCells: number; maxRowLength?: number };
}

const MARKDOWN_DEFAULTS: { extensions: string[]; formats: string[]; sniffMinHeadings?: number } = { extensions: ['.md', '.markdown'], formats: ['markdown', 'md', 'commonmark', 'gfm'] };

/**
 * A caption's head at the start of a line: a label, maybe a full stop ('Fig.'), and a number that
 * ends there ('Table 3:', 'Figure 2.1.', '[Plate IV]', 'Table 2–4'). The number must end at a space or a mark:
 * in 'Chartism, 1838–1848' or 'Boxing in Havana' the label runs on into a word, and the 'i' after
 * it is no Roman numeral.
 */
function captionPattern(labels: string[]): RegExp {
  if (labels.length === 0) return /(?!)/;
  const words = labels.map(escapeRegExp).join('|');
  return new RegExp(`^\\[?\\s*(?:${words})\\.?\\s*(?:\\d+(?:\\.\\d+)*[a-z]?|[ivx]+)(?=[\\s.,:;)\\]\\-–—]|$)`, 'i');
}

/** Compiles the clean-up data file into rules. */
export function compileCleanupRules(data: CleanupData): CleanupRules {
  const escape = (s: string): string => s.replace(/[\\\]^-]/g, (c) => `\\${c}`);
  return {
    furniture: data.furniturePatterns.map((f) => ({ re: new RegExp(f.pattern, f.flags ?? ''), why: f.why, notesFollow: f.notesFollow === true })),
    repeatedLine: { minRepeats: data.repeatedLine.minRepeats, maxLength: data.repeatedLine.maxLength, numberedDivisions: new RegExp(data.repeatedLine.numberedDivisions, 'iu') },
    allCapsLine: data.allCapsLine,
    closingMarks: new RegExp(`\\s*[${escape(data.closingMarks)}]`, 'gu'),
    inlineDrops: data.inlineDrops.map((d) => ({
      code: d.code,
      re: new RegExp(d.pattern, `g${(d.flags ?? '').replace('g', '')}`),
      prefilter: d.prefilter ? new RegExp(d.prefilter, `gu${(d.prefilterFlags ?? '').replace('g', '')}`) : null,
    })),
    closingMarkPrefilter: new RegExp(`[${escape(data.closingMarks)}]`, 'gu'),
    closingMarksInBmp: [...data.closingMarks].every((mark) => mark.length === 1),
    anyInlineDrop: new RegExp(
      // (Rules that share a prefilter share its alternative: each one more is tried at every character.)
      [...new Set(data.inlineDrops.map((d) => (d.prefilter ? `(?:${d.prefilter})` : `(?:${d.pattern})`))), `[${escape(data.closingMarks)}]`].join('|'),
      'iu',
    ),
    ligatures: new Map(Object.entries(data.ligatures ?? {})),
    ligaturePattern: Object.keys(data.ligatures ?? {}).length > 0 ? new RegExp(`[${escape(Object.keys(data.ligatures ?? {}).join(''))}]`, 'gu') : null,
    keepHyphenPrefixes: new Set(data.hyphenation.keepHyphenPrefixes),
    joinSuffixes: new Set(data.hyphenation.joinSuffixes),
    notTitle: new RegExp(data.frontMatter.notTitle, 'iu'),
    affiliationWords: new Set(data.frontMatter.affiliationWords),
    genreWords: new Set(data.frontMatter.genreWords ?? []),
    bylinePrefix: new RegExp(data.frontMatter.bylinePrefix, 'iu'),
    frontSectionNames: new RegExp(data.frontMatter.sectionNames, 'iu'),
    runInFrontLabels: new RegExp(data.frontMatter.runInLabels ?? '(?!)', 'iu'),
    maxHeadingWords: data.maxHeadingWords,
    slideTitle: new RegExp(data.slideTitle ?? '(?!)', 'iu'),
    sentenceCaseHeading: { maxWidth: 0, maxWords: 0, fullLine: Infinity, ...data.sentenceCaseHeading, fullWidth: data.sentenceCaseHeading?.fullWidth ?? Infinity },
    maxInterruptingNoteLines: data.maxInterruptingNoteLines ?? 0,
    notHeading: new RegExp(data.notHeading, 'iu'),
    caption: captionPattern(data.captionLabels ?? []),
    listHeadings: new RegExp(data.listHeadings ?? '(?!)', 'iu'),
    tables: data.tables ? { ...data.tables, numericCell: new RegExp(data.tables.numericCell, 'iu'), maxRowLength: data.tables.maxRowLength ?? Infinity } : null,
    markdown: {
      extensions: new Set((data.markdown ?? MARKDOWN_DEFAULTS).extensions.map((e) => e.toLowerCase())),
      formats: new Set((data.markdown ?? MARKDOWN_DEFAULTS).formats.map((f) => f.toLowerCase())),
      sniffMinHeadings: (data.markdown ?? MARKDOWN_DEFAULTS).sniffMinHeadings ?? 0,
    },
  };
}

export const clean = defineStage<CleanOptions, CleanupRules>({
  name: 'clean',
  version: 1,
  description: 'Repairs extraction artefacts and finds layout blocks; keeps an exact offset map to the original.',
  requires: [],
  provides: ['clean', 'blocks'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: { type: 'string', default: 'cleanup.json' },
      maxRepairsReported: { type: 'integer', minimum: 0, default: 200 },
    },
  },
  prepare: (options, env) => compileCleanupRules(env.loadData<CleanupData>(options.rules)),
  run(doc, { options, resources: rules }) {
    const original = doc.source.text;
    const layout = analyseLayout(original, rules, isMarkdownSource(doc.source, rules.markdown));
    // Emission adds the repairs of inline drops to those of the layout.
    const repairs = layout.repairs;
    const emitted = emitClean(original, layout, rules, repairs);
    const blocks: Block[] = emitted.blocks.map((b) => ({
      kind: b.kind,
      cleanStart: b.cleanStart,
      cleanEnd: b.cleanEnd,
      ...emitted.map.toOriginal(b.cleanStart, b.cleanEnd),
      ...(b.markupLevel !== undefined ? { markupLevel: b.markupLevel } : {}),
    }));
    return { layers: { clean: { text: emitted.text, map: emitted.map }, blocks }, messages: cleanMessages(original, repairs, options.maxRepairsReported) };
  },
});

/** The stage's diagnostics: how the text was read, and its repairs (at most `maxReported` of each kind). */
function cleanMessages(original: string, repairs: Repair[], maxReported: number): Diagnostic[] {
  const messages: Diagnostic[] = [];
  if (original.charCodeAt(0) === 0xfeff) messages.push(message('clean', 'info', 'clean/byte-order-mark', 'byte-order mark at the start ignored', { start: 0, end: 1 }));
  const crlf = original.indexOf('\r\n');
  if (crlf >= 0) messages.push(message('clean', 'info', 'clean/crlf', 'CRLF line endings read as line breaks', { start: crlf, end: crlf + 2 }));
  const perCode = new Map<string, number>();
  repairs.sort((a, b) => a.start - b.start);
  for (let i = 0; i < repairs.length; i++) {
    const r = repairs[i];
    const n = (perCode.get(r.code) ?? 0) + 1;
    perCode.set(r.code, n);
    if (n <= maxReported) messages.push(message('clean', 'info', `clean/${r.code}`, r.message, r));
  }
  perCode.forEach((n, code) => {
    if (n > maxReported) messages.push(message('clean', 'info', `clean/${code}`, `${n - maxReported} more repairs of this kind not listed (${n} in all)`));
  });
  return messages;
}
