/**
 * Stage `segment`: turns the clean stage's blocks into sections (one per heading, with a nesting
 * level), paragraphs, and the document's metadata (title, authors, year of writing) from its
 * front matter.
 */
import type { Block, DocumentMetadata, Paragraph, Section, SectionKind } from '../doc.js';
import { layer } from '../doc.js';
import { defineStage } from '../stage.js';

export interface SegmentOptions {
  /** Data file with heading patterns (default: `segment.json`). */
  rules: string;
}

interface SegmentRules {
  referenceHeadings: RegExp;
  /** A paragraph shaped like a reference entry (see `$comment_referenceEntry` in pipeline/segment.json). */
  referenceEntry: RegExp;
  /** Fewest words of a paragraph read as prose under a reference heading. */
  proseMinWords: number;
  notesHeadings: RegExp;
  /** Back matter other than references and notes ('See also', 'External links'): closes the whole text. */
  backMatterHeadings: RegExp;
  ordinalHeading: RegExp;
  sectionNumber: RegExp;
  trailingYears: RegExp;
  months: RegExp;
  /** A heading that dates a later addition to the text ('Update, 14 October 2019'). */
  updateHeadings: RegExp;
  /** A front-matter line that names its author first, after 'By' or before an affiliation (group 1 or 2). */
  frontAuthor: RegExp;
}

/** The sections whose heading dates a later addition to the text ('Update, 12 January 2024'), with its year. */
function datedUpdates(sections: Section[], rules: SegmentRules): DocumentMetadata['updates'] {
  const out: DocumentMetadata['updates'] = [];
  for (const s of sections) {
    if (s.heading === null || !rules.updateHeadings.test(s.heading)) continue;
    const year = /\b(1[5-9]|20)\d\d\b/.exec(s.heading);
    if (year) out.push({ sectionId: s.id, year: Number(year[0]) });
  }
  return out;
}

const PROSE_KINDS = new Set<Block['kind']>(['paragraph', 'list-item', 'caption', 'note']);
/**
 * A note's number at the start of a paragraph in the notes ('1 ', '12. ', '3) '), before its text.
 * (Wikipedia's '1. ^ Nicholas, David (1992).' keeps its caret: it marks a reference entry.)
 */
const NOTE_NUMBER = /^\d{1,3}[.)]?\s+(?=\S)/u;

/** A heading's shape, used to give headings of one shape one level ('First stage…', 'Second stage…'). */
function headingShape(heading: string, rules: SegmentRules): 'ordinal' | 'dated' | 'plain' {
  if (rules.ordinalHeading.test(heading)) return 'ordinal';
  if (rules.trailingYears.test(heading)) return 'dated';
  return 'plain';
}

/**
 * The key under which headings share a level: their shape, and for numbered headings also the depth
 * of the number ('2.1 …' and '2.2 …' share a level, '2. …' has another).
 */
function levelKey(heading: string, rules: SegmentRules): string {
  const shape = headingShape(heading, rules);
  const depth = numberDepth(heading, rules);
  return depth > 0 ? `${shape}:${depth}` : shape;
}

/** How many parts a heading's section number has ('2' → 1, '2.1' → 2); 0 without one. */
function numberDepth(heading: string, rules: SegmentRules): number {
  const number = rules.sectionNumber.exec(heading);
  return number ? number[1].split('.').length : 0;
}

/**
 * Nesting levels for headings: a heading directly followed by another is its parent; headings of a
 * distinctive shape share a level; a plain heading under an ordinal one ('First stage…') is nested,
 * and so is one under a heading of a shape the text uses for parents elsewhere.
 */
function headingLevels(headings: { text: string; directlyAfterHeading: boolean; directlyBeforeHeading: boolean }[], rules: SegmentRules): number[] {
  const levels: number[] = [];
  const levelOfShape = new Map<string, number>();
  // Shapes of headings that open subsections somewhere in the text: 'Colonial period (1912–1960)'
  // directly above 'Early associations' makes the dated headings parents, so 'The 1964 general
  // strike' after the prose under 'First Republic and civil war (1960–1970)' is its subsection.
  const parentKeys = new Set<string>();
  headings.forEach((h, i) => {
    if (i + 1 < headings.length && headings[i + 1].directlyAfterHeading && headingShape(h.text, rules) === 'dated' && headingShape(headings[i + 1].text, rules) === 'plain') parentKeys.add(levelKey(h.text, rules));
  });
  headings.forEach((h, i) => {
    const shape = headingShape(h.text, rules);
    const key = levelKey(h.text, rules);
    const previous = i > 0 ? levels[i - 1] : 0;
    const previousShape = i > 0 ? headingShape(headings[i - 1].text, rules) : 'plain';
    let level: number;
    if (i === 0) level = 1;
    else if (h.directlyAfterHeading) level = previous + 1;
    else if (shape !== 'plain' && levelOfShape.has(key)) level = levelOfShape.get(key)!;
    // A plain heading after an ordinal one ('First stage…') is its subsection, unless it opens
    // subsections of its own ('Anarchism in Chile nowadays' then 'Anarchism makes a comeback…').
    else if (shape === 'plain' && (previousShape === 'ordinal' || parentKeys.has(levelKey(headings[i - 1].text, rules))) && !h.directlyBeforeHeading) level = previous + 1;
    // '2.1 Norms and wages' after the prose under '2 The years of Stalinism': a deeper number is a subsection.
    else if (numberDepth(h.text, rules) > numberDepth(headings[i - 1].text, rules) && numberDepth(headings[i - 1].text, rules) > 0) {
      level = previous + numberDepth(h.text, rules) - numberDepth(headings[i - 1].text, rules);
    } else level = previous;
    if (shape !== 'plain' && !levelOfShape.has(key)) levelOfShape.set(key, level);
    levels.push(level);
  });
  return levels;
}

const NAME_MARKERS = /[*†‡§\d]+$/u;

/** Authors named in byline blocks: 'Jude HOWELL*' → 'Jude Howell'. */
function authorsOf(bylines: string[]): string[] {
  const authors: string[] = [];
  for (const line of bylines) {
    for (const part of line.replace(/^(by|authors?:)\s+/i, '').split(/\s*(?:,|&|\band\b)\s*/)) {
      const name = part
        .replace(NAME_MARKERS, '')
        .split(/\s+/)
        .map((w) => (w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w))
        .join(' ')
        .trim();
      if (name) authors.push(name);
    }
  }
  return authors;
}

/** Authors named first in front-matter lines that are no bylines ('By Anna Berg, Harbour Review'; 'Eleanor Sato-Hughes, University of Wessex'). */
function frontAuthors(lines: string[], frontAuthor: RegExp): string[] {
  const authors: string[] = [];
  for (const line of lines) {
    const m = frontAuthor.exec(line);
    if (m) authors.push(m[1] ?? m[2] ?? m[3]);
  }
  return authors;
}

export const segment = defineStage<SegmentOptions, SegmentRules>({
  name: 'segment',
  version: 1,
  description: 'Sections from headings (with levels), paragraphs, and title/authors/year from front matter.',
  requires: ['clean', 'blocks'],
  provides: ['sections', 'paragraphs', 'metadata'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { rules: { type: 'string', default: 'segment.json' } },
  },
  prepare(options, env) {
    const d = env.loadData<Record<string, string>>(options.rules);
    return {
      referenceHeadings: new RegExp(d.referenceHeadings, 'iu'),
      referenceEntry: new RegExp(d.referenceEntry ?? '(?!)', 'u'),
      proseMinWords: d.proseMinWords === undefined ? Infinity : Number(d.proseMinWords),
      notesHeadings: new RegExp(d.notesHeadings, 'iu'),
      backMatterHeadings: new RegExp(d.backMatterHeadings ?? '(?!)', 'iu'),
      ordinalHeading: new RegExp(d.ordinalHeading, 'iu'),
      sectionNumber: new RegExp(d.sectionNumber, 'u'),
      trailingYears: new RegExp(d.trailingYears, 'iu'),
      months: new RegExp(d.months, 'iu'),
      updateHeadings: new RegExp(d.updateHeadings ?? '(?!)', 'iu'),
      frontAuthor: new RegExp(d.frontAuthor ?? '(?!)', 'u'),
    };
  },
  run(doc, { resources: rules }) {
    const clean = layer(doc, 'clean').text;
    const blocks = layer(doc, 'blocks');
    const textOf = (b: Block): string => clean.slice(b.cleanStart, b.cleanEnd);

    const headingBlocks = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'heading');
    /** A section under a reference heading that is prose, not a list of entries ('Sources' told in sentences). */
    const writtenInProse = (section: Block[]): boolean => {
      const prose = section.filter((b) => PROSE_KINDS.has(b.kind)).map(textOf);
      return prose.length > 0 && prose.every((t) => !rules.referenceEntry.test(t) && t.split(/\s+/).filter(Boolean).length >= rules.proseMinWords);
    };
    // Levels the markup gives ('== … ==', '=== … ===') when it gives every heading one; else read
    // from the headings' shapes.
    const marked = headingBlocks.length > 0 && headingBlocks.every(({ b }) => b.markupLevel !== undefined);
    const top = marked ? Math.min(...headingBlocks.map(({ b }) => b.markupLevel!)) : 0;
    const levels = marked
      ? headingBlocks.map(({ b }) => b.markupLevel! - top + 1)
      : headingLevels(
          headingBlocks.map(({ b, i }) => ({
            text: textOf(b),
            directlyAfterHeading: i > 0 && blocks[i - 1].kind === 'heading',
            directlyBeforeHeading: i + 1 < blocks.length && blocks[i + 1].kind === 'heading',
          })),
          rules,
        );

    const sections: Section[] = [];
    const paragraphs: Paragraph[] = [];
    const firstHeading = headingBlocks.length > 0 ? headingBlocks[0].i : blocks.length;
    if (firstHeading > 0 && blocks.length > 0) {
      sections.push({ id: 'sec0', heading: null, headingSpan: null, level: 1, kind: 'body', start: blocks[0].start, end: blocks[firstHeading - 1].end });
    }
    headingBlocks.forEach(({ b, i }, h) => {
      const nextHeading = h + 1 < headingBlocks.length ? headingBlocks[h + 1].i : blocks.length;
      const heading = textOf(b);
      const kind: SectionKind = rules.referenceHeadings.test(heading) && !writtenInProse(blocks.slice(i + 1, nextHeading)) ? 'references' : rules.notesHeadings.test(heading) ? 'notes' : 'body';
      sections.push({
        id: `sec${sections.length}`,
        heading,
        headingSpan: { start: b.start, end: b.end },
        // A reference list, the notes or other back matter close the whole text, never one of its sections.
        level: kind === 'body' && !rules.backMatterHeadings.test(heading) ? levels[h] : 1,
        kind,
        start: b.start,
        end: blocks[nextHeading - 1].end,
      });
    });

    let s = 0;
    blocks.forEach((b) => {
      while (s + 1 < sections.length && b.start >= sections[s + 1].start) s++;
      const section = sections[s];
      if (!section || !PROSE_KINDS.has(b.kind)) return;
      const kind = section.kind === 'references' ? 'reference' : section.kind === 'notes' ? 'note' : b.kind;
      // '1 Membership figures are disputed …' in the notes: the note's number is no part of its text
      // (as a footnote's below a rule line is not).
      const number = kind === 'note' ? NOTE_NUMBER.exec(textOf(b)) : null;
      if (number !== null && number[0].length < b.cleanEnd - b.cleanStart) {
        const cleanStart = b.cleanStart + number[0].length;
        const { start, end } = layer(doc, 'clean').map.toOriginal(cleanStart, b.cleanEnd);
        paragraphs.push({ id: `p${paragraphs.length}`, sectionId: section.id, kind, start, end, cleanStart, cleanEnd: b.cleanEnd });
        return;
      }
      paragraphs.push({ id: `p${paragraphs.length}`, sectionId: section.id, kind, start: b.start, end: b.end, cleanStart: b.cleanStart, cleanEnd: b.cleanEnd });
    });

    const front = blocks.filter((b) => b.kind === 'front').map(textOf);
    const dated = front.find((t) => rules.months.test(t) && /\b(1[5-9]|20)\d\d\b/.test(t));
    const metadata: DocumentMetadata = {
      title: blocks.find((b) => b.kind === 'title') ? textOf(blocks.find((b) => b.kind === 'title')!) : null,
      authors: [...authorsOf(blocks.filter((b) => b.kind === 'byline').map(textOf)), ...frontAuthors(blocks.filter((b) => b.kind === 'front').map(textOf), rules.frontAuthor)],
      year: dated ? Number(/\b(1[5-9]|20)\d\d\b/.exec(dated)![0]) : null,
      updates: datedUpdates(sections, rules),
    };
    return { layers: { sections, paragraphs, metadata } };
  },
});
