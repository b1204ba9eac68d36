/**
 * The report: a projection of an annotated document into the JSON contract other tools consume
 * (`schema/report.schema.json`). Field names here are a contract: keep them; add fields freely.
 * Layers the pipeline did not produce are absent from the report, never present and empty.
 */
import type {
  Check,
  Citation,
  Diagnostic,
  Doc,
  Entity,
  PeriodAssignment,
  PeriodStage,
  Reference,
  Section,
  Sentence,
  StanceAssignment,
  Summary,
  TemporalExpression,
} from './doc.js';
import type { Pipeline } from './pipeline.js';
import { TOOL } from './version.js';

export const SCHEMA_VERSION = '1.0';

export interface ReportSentence {
  id: string;
  start: number;
  end: number;
  text: string;
  sectionId: string;
  paragraphId: string;
  period?: Omit<PeriodAssignment, 'sentenceId'>;
  stance?: Omit<StanceAssignment, 'sentenceId'>;
}

export interface Report {
  schemaVersion: string;
  tool: { name: string; version: string };
  pipeline: { name: string; stages: string[]; configHash: string };
  source: {
    id: string;
    path: string | null;
    sha256: string;
    characters: number;
    words: number;
    title: string | null;
    authors: string[];
    year?: number | null;
    meta?: Record<string, unknown>;
  };
  sections: (Omit<Section, 'headingSpan'> & { headingStart: number | null; headingEnd: number | null })[];
  sentences: ReportSentence[];
  entities?: Entity[];
  temporalExpressions?: TemporalExpression[];
  citations?: Citation[];
  references?: Reference[];
  periodisation?: { claimedCount: number | null; countedNoun: string | null; stages: PeriodStage[]; checks: Check[] };
  summary?: Summary;
  diagnostics: Diagnostic[];
}

/** One letter or digit (a code point). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Joiners inside a word: "people's", "semi-governmental", "1995–2002". */
const JOINERS = ["'", '’', '-', '–'];

// What each UTF-16 code unit is to the word count, filled on first sight (regular-expression tests
// of every BMP character up front would cost more than most documents). High surrogates stay
// UNKNOWN: what they are depends on the unit after them.
const UNKNOWN = 0;
const OTHER = 1;
const WORD = 2;
const JOINER = 3;
const unitKind = new Uint8Array(0x10000);
for (const j of JOINERS) unitKind[j.charCodeAt(0)] = JOINER;
const astralIsWord = new Map<number, boolean>();

/**
 * The kind of the code point at `i`, for a code unit not in the table yet: its kind, plus 4 when it
 * took two code units (a surrogate pair). Kept out of the counting loop, whose optimised code
 * would bail out on its first surrogate pair otherwise.
 */
function classifyAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return (unitKind[unit] = WORD_CHAR.test(String.fromCharCode(unit)) ? WORD : OTHER);
  // A lone high surrogate is a code point of its own, and no letter.
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return OTHER;
  let is = astralIsWord.get(cp);
  if (is === undefined) astralIsWord.set(cp, (is = WORD_CHAR.test(String.fromCodePoint(cp))));
  return (is ? WORD : OTHER) + 4;
}

// The word count's automaton: outside a word, inside one, or just after a joiner inside one (a
// letter or digit there continues the word; anything else ends it without the joiner).
const OUTSIDE = 0;
const IN_WORD = 1;
const AFTER_JOINER = 2;
/** Next state, at `state * 4 + kind` (kinds OTHER, WORD, JOINER; index 0 of each row unused). */
const NEXT_STATE = Uint8Array.of(
  OUTSIDE, OUTSIDE, IN_WORD, OUTSIDE, // from OUTSIDE
  OUTSIDE, OUTSIDE, IN_WORD, AFTER_JOINER, // from IN_WORD
  OUTSIDE, OUTSIDE, IN_WORD, OUTSIDE, // from AFTER_JOINER
);

/**
 * Number of words of `text`: runs of letters and digits, joined across one apostrophe, hyphen or en
 * dash — the matches of `/[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*\/gu`, counted in one pass over the
 * characters with a table of what each code unit is and a table of state changes (the regular
 * expression took 2% of a document's time; branches and a Map lookup per non-ASCII character, 1%).
 */
export function countTextWords(text: string): number {
  let n = 0;
  let state = OUTSIDE;
  // `text.length` read in the loop, not before it: the loop is compiled while it runs, in the first
  // document, when nothing before it has been recorded, and a read there made the next compiled
  // code bail out at its first line.
  for (let i = 0; i < text.length; i++) {
    let kind = unitKind[text.charCodeAt(i)];
    if (kind === UNKNOWN) {
      const read = classifyAt(text, i);
      kind = read & 3;
      i += read >> 2;
    }
    if (kind === WORD && state === OUTSIDE) n++;
    state = NEXT_STATE[state * 4 + kind];
  }
  return n;
}

/** Number of words of the clean text (of the original when there is no clean layer). */
export function countWords(doc: Doc): number {
  return countTextWords(doc.layers.clean?.text ?? doc.source.text);
}

/**
 * The assignment of each sentence, by the sentence's index. The stages write one per sentence, in
 * order: then their list serves as it is; otherwise each is looked up by its sentence id (the last
 * one of an id, as a Map of them would keep).
 */
function bySentenceIndex<T extends { sentenceId: string }>(sentences: Sentence[], assignments: T[]): readonly (T | undefined)[] {
  let aligned = assignments.length === sentences.length;
  for (let i = 0; aligned && i < sentences.length; i++) aligned = assignments[i].sentenceId === sentences[i].id;
  if (aligned) return assignments;
  const byId = new Map(assignments.map((a) => [a.sentenceId, a]));
  return sentences.map((s) => byId.get(s.id));
}

function toReportSentences(doc: Doc): ReportSentence[] {
  const sentences = doc.layers.sentences ?? [];
  const periods = bySentenceIndex(sentences, doc.layers.periods ?? []);
  const stances = bySentenceIndex(sentences, doc.layers.stances ?? []);
  // Filled by push: a packed array, which JSON.stringify reads on its fast path (not a holey one).
  const rows: ReportSentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const row: ReportSentence = { id: s.id, start: s.start, end: s.end, text: s.text, sectionId: s.sectionId, paragraphId: s.paragraphId };
    const p = periods[i];
    if (p) row.period = { label: p.label, stage: p.stage, confidence: p.confidence, cues: p.cues };
    const st = stances[i];
    if (st) row.stance = { label: st.label, confidence: st.confidence, cues: st.cues };
    rows.push(row);
  }
  return rows;
}

function toReportSections(doc: Doc): Report['sections'] {
  return (doc.layers.sections ?? []).map(({ headingSpan, ...s }) => ({
    ...s,
    headingStart: headingSpan?.start ?? null,
    headingEnd: headingSpan?.end ?? null,
  }));
}

/** Projects an annotated document into its report. */
export function toReport(doc: Doc, pipeline: Pipeline): Report {
  const { layers } = doc;
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    tool: { ...TOOL },
    pipeline: { name: pipeline.name, stages: [...pipeline.stageIds], configHash: pipeline.configHash },
    source: {
      id: doc.id,
      path: doc.source.path,
      sha256: doc.source.sha256,
      characters: doc.source.text.length,
      words: countWords(doc),
      title: layers.metadata?.title ?? null,
      authors: layers.metadata?.authors ?? [],
    },
    sections: toReportSections(doc),
    sentences: toReportSentences(doc),
    diagnostics: doc.messages,
  };
  if (layers.metadata) report.source.year = layers.metadata.year;
  if (doc.source.meta) report.source.meta = doc.source.meta;
  if (layers.entities) report.entities = layers.entities;
  if (layers.temporal) report.temporalExpressions = layers.temporal;
  if (layers.citations) report.citations = layers.citations;
  if (layers.references) report.references = layers.references;
  if (layers.periodisation) report.periodisation = { ...layers.periodisation, checks: layers.checks ?? [] };
  if (layers.summary) report.summary = layers.summary;
  return report;
}
