/**
 * The document model: one typed, standoff structure that every stage reads and extends.
 *
 * The original text is never changed. Every span a layer stores has `start`/`end`: half-open
 * offsets in UTF-16 code units of the ORIGINAL text, so `doc.source.text.slice(start, end)` is the
 * raw span. Stages that work on the clean text keep clean offsets in fields explicitly named
 * `cleanStart`/`cleanEnd` and convert with the clean layer's {@link OffsetMap}.
 */
import type { OffsetMap } from './offsets.js';

/** A half-open `[start, end)` range in UTF-16 code units of the original text. */
export interface Span {
  start: number;
  end: number;
}

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A message on the document, with the original span it is about (vfile-message's field set). */
export interface Diagnostic {
  severity: Severity;
  /** Stage that raised it ('input' for reading and decoding). */
  stage: string;
  /** Stable code, e.g. `clean/running-header`; tests assert on it. */
  code: string;
  message: string;
  start?: number;
  end?: number;
  actual?: string;
  expected?: string;
}

/** Where a document came from. */
export interface SourceInfo {
  /** Path of the input file, `'-'` for stdin, or null for a string given to the API. */
  path: string | null;
  /** The decoded original text: every offset refers to it. */
  text: string;
  /** SHA-256 of the original bytes (of the UTF-8 text for strings). */
  sha256: string;
  /** Extra fields carried from the input (JSONL rows). */
  meta?: Record<string, unknown>;
}

/** The clean text and its map back to the original. */
export interface CleanText {
  text: string;
  map: OffsetMap;
}

export const BLOCK_KINDS = [
  'title',
  'byline',
  'front',
  'heading',
  'paragraph',
  'list-item',
  'caption',
  'reference',
  'note',
  'table',
] as const;
/** What a block of the clean text is. Only `paragraph`, `list-item`, `caption` and `note` hold prose (a `table` holds rows of figures). */
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A unit of layout found by clean-up: a heading, a paragraph, a title line... */
export interface Block extends Span {
  kind: BlockKind;
  cleanStart: number;
  cleanEnd: number;
  /** A heading's level as the source's markup gives it ('== … ==' 1, '=== … ===' 2); absent where the markup gives none. */
  markupLevel?: number;
}

export const SECTION_KINDS = ['front', 'body', 'references', 'notes'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface Section extends Span {
  id: string;
  /** Cleaned heading text; null for the untitled opening section. */
  heading: string | null;
  /** Original span of the heading itself, when there is one. */
  headingSpan: Span | null;
  level: number;
  kind: SectionKind;
}

export interface Paragraph extends Span {
  id: string;
  sectionId: string;
  kind: BlockKind;
  cleanStart: number;
  cleanEnd: number;
}

export interface Sentence extends Span {
  id: string;
  /** Cleaned text: single spaces, repaired words. */
  text: string;
  sectionId: string;
  paragraphId: string;
  cleanStart: number;
  cleanEnd: number;
  /** Index of the first token and one past the last, in the token table. */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * Universal POS tags as wink-nlp emits them; a token's `pos` is an index into this list.
 */
export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN',
  'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];

/**
 * Tokens as flat columns (wink-nlp's lesson: flat typed arrays, not one object per token), so a
 * 50 MB text does not become ten million objects. Token `i` spans `start[i]..end[i]` of the
 * original text and `cleanStart[i]..cleanEnd[i]` of the clean text.
 */
export interface TokenTable {
  count: number;
  start: Int32Array;
  end: Int32Array;
  cleanStart: Int32Array;
  cleanEnd: Int32Array;
  /** Index into {@link POS_TAGS}. */
  pos: Uint8Array;
  /** Index of the sentence holding the token. */
  sentence: Int32Array;
}

export interface DocumentMetadata {
  title: string | null;
  authors: string[];
  /** Year the text was written or published, when its front matter or notes say so. */
  year: number | null;
  /** Sections that date a later addition to the text ('Update, 12 January 2024'), with the year each gives: the present of what they hold. */
  updates: { sectionId: string; year: number }[];
}

export const TEMPORAL_KINDS = [
  'year',
  'range',
  'decade',
  'day',
  'month',
  'season-part',
  'relative',
  'era',
] as const;
export type TemporalKind = (typeof TEMPORAL_KINDS)[number];

export interface TemporalExpression extends Span {
  id: string;
  /** Cleaned surface text. */
  text: string;
  /** Sentence holding the expression; null for an expression in a section heading. */
  sentenceId: string | null;
  /** Section holding the expression (for a heading, the section it heads). */
  sectionId: string;
  kind: TemporalKind;
  /** Inclusive first year, null when unbounded before. */
  from: number | null;
  /** Inclusive last year, null when open. */
  to: number | null;
  /** EDTF (ISO 8601-2) string, e.g. `1995/2002`, `199X`, `2012/..`. */
  edtf: string;
  /** What decided the value: the rule, and for relative and era expressions the anchor used. */
  cues: string[];
}

export const CITATION_FORMS = ['parenthetical', 'narrative'] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];

export interface Citation extends Span {
  id: string;
  text: string;
  sentenceId: string;
  authors: string[];
  /** Year with letter ('2013a'), 'n.d.' or 'forthcoming'. */
  year: string;
  pages: string | null;
  form: CitationForm;
  /** Id of the matching reference-list entry, null when none matches (or there is no list). */
  referenceId: string | null;
}

export interface Reference extends Span {
  id: string;
  text: string;
  authors: string[];
  year: string;
  title: string | null;
  /** Ids of the citations that point to it. */
  citedBy: string[];
}

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'LAW', 'EVENT', 'WORK'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityMention extends Span {
  text: string;
  /** Sentence holding the mention; null for a mention in the title, byline or a heading. */
  sentenceId: string | null;
  /** For a mention outside sentences, the kind of block it stands in. */
  block?: BlockKind;
}

export interface Entity {
  id: string;
  canonical: string;
  type: EntityType;
  aliases: string[];
  mentions: EntityMention[];
}

export const STANCES = ['repression', 'cooperation', 'mixed', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];

/** `stage1`…`stageN`, or one of the fixed period labels. */
export type PeriodLabel = `stage${number}` | 'before' | 'after' | 'span' | 'none';
export const FIXED_PERIOD_LABELS = ['before', 'after', 'span', 'none'] as const;

export interface Cue {
  /** What kind of evidence: 'temporal', 'era', 'inherited', 'section', 'lexicon', 'actor'... */
  kind: string;
  text: string;
  start?: number;
  end?: number;
}

export interface PeriodAssignment {
  sentenceId: string;
  label: PeriodLabel;
  /** Ordinal of the stage for `stageN`, else null. */
  stage: number | null;
  confidence: number;
  cues: Cue[];
}

export interface StanceAssignment {
  sentenceId: string;
  label: Stance;
  confidence: number;
  cues: Cue[];
}

export interface PeriodStage {
  ordinal: number;
  label: string | null;
  from: number | null;
  to: number | null;
  /** Sentence ids of the sentences that announce the stage. */
  announcedIn: string[];
  headingSectionId: string | null;
  /** Where each year came from: 'thesis', 'heading', 'text', 'era-table'. */
  yearsFrom?: { from: string | null; to: string | null };
  evidence?: Span[];
}

export const CHECK_STATUSES = ['pass', 'warn', 'fail'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface CheckEvidence {
  sentenceId?: string;
  sectionId?: string;
  start?: number;
  end?: number;
  text?: string;
  note?: string;
}

export interface Check {
  id: string;
  status: CheckStatus;
  message: string;
  evidence: CheckEvidence[];
  data?: Record<string, unknown>;
}

export interface Periodisation {
  claimedCount: number | null;
  /** The plural noun the text counts its stages with ('phases', 'generations', 'countries'); null when no sentence counts them. */
  countedNoun: string | null;
  stages: PeriodStage[];
}

/** A dated event in a stage's short timeline. */
export interface TimelineEvent {
  /** EDTF of the date. */
  date: string;
  from: number | null;
  to: number | null;
  /** What happened: the clause or sentence around the date, shortened. */
  what: string;
  sentenceId: string;
  /** Where the reference stands relative to the stage of its section. */
  placement?: 'inside' | 'background' | 'flashback' | 'look-ahead';
}

export interface StanceDistribution {
  counts: Record<Stance, number>;
  shares: Record<Stance, number>;
}

export interface StageSummary {
  ordinal: number;
  label: string | null;
  from: number | null;
  to: number | null;
  /** Sentences whose period label is this stage. */
  sentenceCount: number;
  timeline: TimelineEvent[];
  topEntities: { canonical: string; type: EntityType; count: number }[];
  stance: StanceDistribution;
  representative: { sentenceId: string; stance: Stance; text: string }[];
}

export interface Summary {
  stages: StageSummary[];
  /** Sentences labelled before / after / span / none. */
  outside: Record<'before' | 'after' | 'span' | 'none', number>;
  /** How well the text supports its own periodisation, in a few plain sentences. */
  verdict: string;
  verdictLevel: 'supported' | 'partly supported' | 'weakly supported' | 'not supported' | 'no periodisation';
}

/** Every layer a stage can provide, by name. Misspelled layer names fail to compile. */
export interface LayerMap {
  clean: CleanText;
  blocks: Block[];
  metadata: DocumentMetadata;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: TokenTable;
  temporal: TemporalExpression[];
  citations: Citation[];
  references: Reference[];
  entities: Entity[];
  periodisation: Periodisation;
  periods: PeriodAssignment[];
  stances: StanceAssignment[];
  checks: Check[];
  summary: Summary;
}
export type LayerName = keyof LayerMap;

export const LAYER_NAMES: readonly LayerName[] = [
  'clean', 'blocks', 'metadata', 'sections', 'paragraphs', 'sentences', 'tokens', 'temporal',
  'citations', 'references', 'entities', 'periodisation', 'periods', 'stances', 'checks', 'summary',
];

export interface Doc {
  /** Stable id: the input's name or JSONL id. */
  readonly id: string;
  readonly source: SourceInfo;
  readonly layers: Partial<LayerMap>;
  readonly messages: Diagnostic[];
}

/** A new document with no layers yet. */
export function createDoc(id: string, source: SourceInfo): Doc {
  return { id, source, layers: {}, messages: [] };
}

/** The layer `name`, throwing if a stage asked for one that no earlier stage provided. */
export function layer<K extends LayerName>(doc: Doc, name: K): LayerMap[K] {
  const value = doc.layers[name];
  if (value === undefined) {
    throw new Error(`document '${doc.id}' has no '${name}' layer: a stage read a layer it did not require`);
  }
  return value as LayerMap[K];
}

/** Text of token `i`, from the clean text. */
export function tokenText(doc: Doc, i: number): string {
  const tokens = layer(doc, 'tokens');
  return layer(doc, 'clean').text.slice(tokens.cleanStart[i], tokens.cleanEnd[i]);
}

/** 'After 2014', 'before May 1968': the preposition that opens an expression bounding a time at a date. */
const BOUNDING_PREPOSITION = /^(after|before)\s+/iu;

/**
 * The date inside an expression that opens with 'after' or 'before' ('After 2014' → '2014',
 * 2014–2014), other expressions as they are. The temporal stage keeps the preposition in the span
 * (ANNOTATION.md keeps 'since', 'by' and 'until' in theirs), while the stages that place a date
 * among the stages read the word before a date themselves ('before 1930' closes a stage, 'after
 * 1985' opens one in 1986): this gives them the date with the preposition before it, as written.
 */
export function boundedPoint(t: TemporalExpression): TemporalExpression {
  const lead = BOUNDING_PREPOSITION.exec(t.text);
  if (lead === null) return t;
  const year = lead[1].toLowerCase() === 'after' ? t.from : t.to;
  const text = t.text.slice(lead[0].length);
  const kind = /^\d{1,4}$/.test(text) ? 'year' : /\d{1,2}\D+\d{3,4}|\d{3,4}\D+\d{1,2}\b/.test(text) ? 'day' : 'month';
  return { ...t, start: t.start + lead[0].length, text, kind, from: year, to: year, edtf: year === null ? '' : String(year) };
}

/** The document's temporal expressions as the stages that place dates among the stages read them ({@link boundedPoint}). */
export function datesAsPoints(doc: Doc): TemporalExpression[] {
  return layer(doc, 'temporal').map(boundedPoint);
}

/**
 * Temporal expressions grouped by the sentence they stand in, in document order; those in headings
 * (no sentence) are left out.
 */
export function temporalBySentence(temporal: TemporalExpression[]): Map<string, (TemporalExpression & { sentenceId: string })[]> {
  const grouped = new Map<string, (TemporalExpression & { sentenceId: string })[]>();
  for (const t of temporal) {
    if (t.sentenceId === null) continue;
    const list = grouped.get(t.sentenceId);
    if (list) list.push(t as TemporalExpression & { sentenceId: string });
    else grouped.set(t.sentenceId, [t as TemporalExpression & { sentenceId: string }]);
  }
  return grouped;
}
