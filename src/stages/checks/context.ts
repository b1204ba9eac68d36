/**
 * What every check reads: the layers, indexed, and the few facts derived from them that several
 * checks share (which sections belong to which stage, where a year falls among the stages).
 */
import {
  datesAsPoints,
  layer,
  temporalBySentence,
  type CheckEvidence,
  type Doc,
  type Entity,
  type PeriodAssignment,
  type PeriodStage,
  type Section,
  type Sentence,
  type StanceAssignment,
  type TemporalExpression,
} from '../../doc.js';
import { sectionRoles, type SectionRole } from '../periods/sections.js';

export interface ChecksRules {
  sectionCoverage: { passShare: number; warnShare: number };
  stageCoverage: { minSentenceShare: number; minSentences: number; startGapYears: number };
  markerEvents: { entityTypes: string[]; dateKinds: string[]; boundaryBefore: string };
  stance: { qualifyShare: number; representativePerStance: number };
  labelEcho: { minWordLength: number; stopWords: string[]; maxSentences: number; namesOf: string[] };
  summary: { timelineEvents: number; topEntities: number; whatLength: number };
  /** At most this many evidence items per check; the rest are counted in `data.evidenceOmitted`. */
  maxEvidence: number;
}

/** A temporal expression inside a sentence (not a heading). */
export type SentenceTemporal = TemporalExpression & { sentenceId: string };

export interface CheckContext {
  doc: Doc;
  rules: ChecksRules;
  sentences: Sentence[];
  sections: Section[];
  /** Temporal expressions of sentences (those of headings are left out). */
  temporal: SentenceTemporal[];
  entities: Entity[];
  stages: PeriodStage[];
  claimedCount: number | null;
  period: Map<string, PeriodAssignment>;
  stance: Map<string, StanceAssignment>;
  roles: Map<string, SectionRole>;
  sentenceById: Map<string, Sentence>;
  sectionById: Map<string, Section>;
  /** Temporal expressions of each sentence (headings excluded). */
  temporalBySentence: Map<string, SentenceTemporal[]>;
  /** Sentences labelled with each stage ordinal, and sentences standing in each stage's sections. */
  labelled: Map<number, Sentence[]>;
  inSections: Map<PeriodStage, Sentence[]>;
}

// The context is built with plain loops: it runs once per document, and `map`/`filter` chains
// over layers whose arrays differ in element kind from one document to the next (an empty
// layer, a mapped one, a pushed one) made the optimised code bail out and compile again.
export function buildContext(doc: Doc, rules: ChecksRules): CheckContext {
  const sentences = layer(doc, 'sentences');
  const sections = layer(doc, 'sections');
  const all = datesAsPoints(doc);
  const temporal: SentenceTemporal[] = [];
  for (const t of all) if (t.sentenceId !== null) temporal.push(t as SentenceTemporal);
  const { stages, claimedCount } = layer(doc, 'periodisation');
  const period = new Map<string, PeriodAssignment>();
  for (const p of layer(doc, 'periods')) period.set(p.sentenceId, p);
  const stance = new Map<string, StanceAssignment>();
  for (const p of layer(doc, 'stances')) stance.set(p.sentenceId, p);
  const sectionById = new Map<string, Section>();
  for (const s of sections) sectionById.set(s.id, s);
  const roles = sectionRoles(sections, stages, all);
  const sentenceById = new Map<string, Sentence>();
  const labelled = new Map<number, Sentence[]>();
  const inSections = new Map<PeriodStage, Sentence[]>();
  for (const s of sentences) {
    sentenceById.set(s.id, s);
    const ordinal = period.get(s.id)?.stage;
    if (ordinal != null) pushTo(labelled, ordinal, s);
    const stage = roles.get(s.sectionId)?.stage;
    if (stage) pushTo(inSections, stage, s);
  }
  return {
    doc,
    rules,
    sentences,
    sections,
    temporal,
    entities: layer(doc, 'entities'),
    stages,
    claimedCount,
    period,
    stance,
    roles,
    sentenceById,
    sectionById,
    temporalBySentence: temporalBySentence(all),
    labelled,
    inSections,
  };
}

function pushTo<K>(m: Map<K, Sentence[]>, k: K, s: Sentence): void {
  const list = m.get(k);
  if (list) list.push(s);
  else m.set(k, [s]);
}

/** "1995–2002", "2012–", "undated". */
export function years(s: { from: number | null; to: number | null }): string {
  if (s.from === null && s.to === null) return 'undated';
  if (s.from === null) return `–${s.to}`;
  if (s.to === null) return `${s.from}–`;
  return s.from === s.to ? `${s.from}` : `${s.from}–${s.to}`;
}

/** "stage 2 ('Blossoming', 2002–2012)". */
export function stageName(s: PeriodStage): string {
  return `stage ${s.ordinal} (${s.label ? `'${s.label}', ` : ''}${years(s)})`;
}

/** Sentences of the sections that belong to `stage`. */
export function sectionSentences(ctx: CheckContext, stage: PeriodStage): Sentence[] {
  return ctx.inSections.get(stage) ?? [];
}

/** Sentences labelled with `stage`, wherever they stand. */
export function labelledSentences(ctx: CheckContext, stage: PeriodStage): Sentence[] {
  return ctx.labelled.get(stage.ordinal) ?? [];
}

/** Evidence pointing at a whole sentence. */
export function sentenceEvidence(s: Sentence, note?: string): CheckEvidence {
  return note ? { sentenceId: s.id, start: s.start, end: s.end, note } : { sentenceId: s.id, start: s.start, end: s.end };
}

/** Evidence pointing at a temporal expression inside its sentence. */
export function temporalEvidence(t: SentenceTemporal, note?: string): CheckEvidence {
  const e: CheckEvidence = { sentenceId: t.sentenceId, start: t.start, end: t.end, text: t.text };
  if (note) e.note = note;
  return e;
}

/** A sentence quoted in a message: "s12 ('…first words…')". */
export function quote(s: Sentence, words = 8): string {
  const w = s.text.split(/\s+/);
  return `${s.id} ('${w.slice(0, words).join(' ')}${w.length > words ? ' …' : ''}')`;
}

/** Joins with commas and a final 'and'. */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Where a dated reference stands against a stage: inside it, or before it (background when before
 * stage 1, flashback when in an earlier stage) or after it (look-ahead). A closed interval stands
 * at its midpoint ("the mid-1990s" at 1995); an open one at its known end ("from the mid-1980s
 * onwards" at 1983, "until that point" just before its end).
 */
export function placement(t: { from: number | null; to: number | null }, stage: PeriodStage, first: PeriodStage): 'inside' | 'background' | 'flashback' | 'look-ahead' {
  const point = t.from !== null && t.to !== null ? (t.from + t.to) / 2 : t.from !== null ? t.from : (t.to ?? 0) - 0.5;
  const s = stage.from ?? -Infinity;
  const e = stage.to ?? Infinity;
  if (point >= s && point <= e) return 'inside';
  if (point < s) return first.from !== null && point < first.from ? 'background' : 'flashback';
  return 'look-ahead';
}
