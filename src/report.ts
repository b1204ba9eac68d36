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
  periodisation?: { claimedCount: number | null; stages: PeriodStage[]; checks: Check[] };
  summary?: Summary;
  diagnostics: Diagnostic[];
}

/** One letter or digit (a code point). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Joiners inside a word: "people's", "semi-governmental", "1995–2002". */
const JOINERS = ["'", '’', '-', '–'];

// What each UTF-16 code unit is to the word count, filled on first sight (regular-expression tests
// of every BMP character up front would cost more than most documents).
const UNKNOWN = 0;
const OTHER = 1;
const WORD = 2;
const JOINER = 3;
/** A high surrogate: the code point is read, and looked up in {@link astralIsWord}. */
const HIGH_SURROGATE = 4;
const unitKind = new Uint8Array(0x10000);
for (const j of JOINERS) unitKind[j.charCodeAt(0)] = JOINER;
for (let c = 0xd800; c <= 0xdbff; c++) unitKind[c] = HIGH_SURROGATE;
const astralIsWord = new Map<number, boolean>();

function kindOf(unit: number): number {
  return (unitKind[unit] = WORD_CHAR.test(String.fromCharCode(unit)) ? WORD : OTHER);
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
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    let kind = unitKind[unit];
    if (kind === UNKNOWN) kind = kindOf(unit);
    else if (kind === HIGH_SURROGATE) {
      // A lone high surrogate is a code point of its own, and no letter.
      const cp = text.codePointAt(i)!;
      kind = OTHER;
      if (cp > 0xffff) {
        i++;
        let is = astralIsWord.get(cp);
        if (is === undefined) astralIsWord.set(cp, (is = WORD_CHAR.test(String.fromCodePoint(cp))));
        if (is) kind = WORD;
      }
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

function toReportSentences(doc: Doc): ReportSentence[] {
  const periods = new Map((doc.layers.periods ?? []).map((p) => [p.sentenceId, p]));
  const stances = new Map((doc.layers.stances ?? []).map((s) => [s.sentenceId, s]));
  return (doc.layers.sentences ?? []).map((s: Sentence) => {
    const row: ReportSentence = { id: s.id, start: s.start, end: s.end, text: s.text, sectionId: s.sectionId, paragraphId: s.paragraphId };
    const p = periods.get(s.id);
    if (p) row.period = { label: p.label, stage: p.stage, confidence: p.confidence, cues: p.cues };
    const st = stances.get(s.id);
    if (st) row.stance = { label: st.label, confidence: st.confidence, cues: st.cues };
    return row;
  });
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
