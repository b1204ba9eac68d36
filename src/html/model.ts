/**
 * What the page needs that a report does not hold directly, derived once per report: sentences by
 * id and by offset, the stage each section stands for, stance per stage, and every dated reference
 * with its placement. All of it is linear in the size of the report.
 */
import type { PeriodStage, Stance, TemporalExpression, TimelineEvent } from '../doc.js';
import type { Report, ReportSentence } from '../report.js';
import { sectionAnchor, sentenceAnchor } from './escape.js';
import { STANCE_STYLES } from './format.js';

/** Whether the report carries a periodisation: no layer, a layer with no stages, or stages. */
export type PeriodisationState = 'absent' | 'none' | 'claimed';

/** Where a dated reference stands relative to the stage of its section. */
export type Placement = NonNullable<TimelineEvent['placement']> | 'unstaged';

export interface DatedReference {
  expression: TemporalExpression;
  /** The sentence holding the reference; null for one in a heading (or outside every sentence). */
  sentence: ReportSentence | null;
  /** The section holding it. */
  section: Report['sections'][number] | null;
  /** Id of the element a click on the reference goes to: its sentence, else its section's heading. */
  target: string | null;
  stance: Stance | null;
  placement: Placement;
}

export interface StageStance {
  counts: Record<Stance, number>;
  /** Sum of the counts. */
  total: number;
  /** Where the numbers come from: the report's summary, or counted from sentence labels. */
  source: 'summary' | 'sentences';
}

export interface ReportModel {
  report: Report;
  state: PeriodisationState;
  /** Claimed stages by ordinal. */
  stages: PeriodStage[];
  sentenceById: Map<string, ReportSentence>;
  /** Stage each section stands for (its heading announces the stage, or a parent's does). */
  sectionStage: Map<string, PeriodStage>;
  /** The sentence whose span holds `offset`, or null. */
  sentenceAt(offset: number): ReportSentence | null;
  /** The innermost section whose span holds `offset`, or null. */
  sectionAt(offset: number): Report['sections'][number] | null;
}

/** Index of the last item of `items` (sorted by start) with `start <= offset`, or -1. */
function lastStartingBy(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Builds the derived view of `report`. */
export function buildModel(report: Report): ReportModel {
  const p = report.periodisation;
  const state: PeriodisationState = !p ? 'absent' : p.stages.length === 0 ? 'none' : 'claimed';
  const stages = [...(p?.stages ?? [])].sort((a, b) => a.ordinal - b.ordinal);
  const sentenceById = new Map(report.sentences.map((s) => [s.id, s]));
  const byHeading = new Map(stages.filter((s) => s.headingSectionId).map((s) => [s.headingSectionId!, s]));
  const sectionStage = new Map<string, PeriodStage>();
  // A subsection (deeper level) under a stage's heading belongs to that stage; the next section at
  // the same or a higher level ("Conclusion") ends it.
  let current: { stage: PeriodStage; level: number } | null = null;
  const sections = [...report.sections].sort((a, b) => a.start - b.start);
  for (const section of sections) {
    const own = byHeading.get(section.id);
    if (own) current = { stage: own, level: section.level };
    else if (current && section.level <= current.level) current = null;
    if (current && (section.kind === undefined || section.kind === 'body')) sectionStage.set(section.id, current.stage);
  }
  const sentences = report.sentences;
  const sentenceAt = (offset: number): ReportSentence | null => {
    const i = lastStartingBy(sentences, offset);
    return i >= 0 && offset < sentences[i].end ? sentences[i] : null;
  };
  const sectionAt = (offset: number): Report['sections'][number] | null => {
    // Sections may nest; walk back from the last one starting by `offset` to one that holds it.
    for (let i = lastStartingBy(sections, offset); i >= 0; i--) if (offset < sections[i].end) return sections[i];
    return null;
  };
  return { report, state, stages, sentenceById, sectionStage, sentenceAt, sectionAt };
}

/** Whether a temporal expression can be placed on a year axis (it has at least one year). */
export function isDated(t: TemporalExpression): boolean {
  return t.from !== null || t.to !== null;
}

/**
 * Placement of the years `from..to` against `stage` (the stage of the section it stands in):
 * `inside` when they overlap the stage's years (boundaries included), `look-ahead` when after,
 * `flashback` when before it but within the periodisation, `background` when before the first stage.
 */
export function placementOf(from: number | null, to: number | null, stage: PeriodStage | undefined, first: PeriodStage | undefined): Placement {
  if (!stage) return 'unstaged';
  const lo = from ?? Number.NEGATIVE_INFINITY;
  const hi = to ?? Number.POSITIVE_INFINITY;
  const stageLo = stage.from ?? Number.NEGATIVE_INFINITY;
  const stageHi = stage.to ?? Number.POSITIVE_INFINITY;
  if (hi < stageLo) return first?.from !== null && first?.from !== undefined && hi < first.from ? 'background' : 'flashback';
  if (lo > stageHi) return 'look-ahead';
  return 'inside';
}

/**
 * Every dated reference (temporal expression with a year) in text order, with its sentence's stance
 * and its placement. A placement the report's summary gives for the same sentence and date wins
 * over the one computed here.
 */
export function datedReferences(model: ReportModel): DatedReference[] {
  const given = new Map<string, TimelineEvent['placement']>();
  for (const stage of model.report.summary?.stages ?? []) {
    for (const e of stage.timeline ?? []) if (e.placement) given.set(`${e.sentenceId}\u0000${e.date}`, e.placement);
  }
  const first = model.stages[0];
  const sectionById = new Map(model.report.sections.map((s) => [s.id, s]));
  const out: DatedReference[] = [];
  for (const expression of model.report.temporalExpressions ?? []) {
    if (!isDated(expression)) continue;
    const sentence = (expression.sentenceId && model.sentenceById.get(expression.sentenceId)) || model.sentenceAt(expression.start);
    const section = (sentence && sectionById.get(sentence.sectionId)) || model.sectionAt(expression.start);
    const stage = section ? model.sectionStage.get(section.id) : undefined;
    const placement = (sentence && given.get(`${sentence.id}\u0000${expression.edtf}`)) || placementOf(expression.from, expression.to, stage, first);
    const target = sentence ? sentenceAnchor(sentence.id) : section ? sectionAnchor(section.id) : null;
    out.push({ expression, sentence, section, target, stance: sentence?.stance?.label ?? null, placement });
  }
  return out;
}

function zeroCounts(): Record<Stance, number> {
  return Object.fromEntries(STANCE_STYLES.map((s) => [s.name, 0])) as Record<Stance, number>;
}

/**
 * Stance counts of each claimed stage, by ordinal: the summary's when the report has one, else
 * counted over sentences whose period is the stage; null for a stage when neither is available.
 */
export function stanceByStage(report: Report): Map<number, StageStance | null> {
  const out = new Map<number, StageStance | null>();
  const stages = report.periodisation?.stages ?? [];
  const fromSummary = new Map((report.summary?.stages ?? []).map((s) => [s.ordinal, s]));
  const counted = new Map<number, Record<Stance, number>>();
  let anyStance = false;
  for (const s of report.sentences) {
    if (!s.stance) continue;
    anyStance = true;
    const ordinal = s.period?.stage;
    if (ordinal === null || ordinal === undefined) continue;
    let counts = counted.get(ordinal);
    if (!counts) counted.set(ordinal, (counts = zeroCounts()));
    counts[s.stance.label]++;
  }
  for (const stage of stages) {
    const summary = fromSummary.get(stage.ordinal);
    if (summary?.stance?.counts) {
      const counts = { ...zeroCounts(), ...summary.stance.counts };
      out.set(stage.ordinal, { counts, total: sum(counts), source: 'summary' });
    } else if (anyStance) {
      const counts = counted.get(stage.ordinal) ?? zeroCounts();
      out.set(stage.ordinal, { counts, total: sum(counts), source: 'sentences' });
    } else out.set(stage.ordinal, null);
  }
  return out;
}

function sum(counts: Record<Stance, number>): number {
  return STANCE_STYLES.reduce((n, s) => n + (counts[s.name] ?? 0), 0);
}

/** Number of sentences whose period is each stage (null when sentences carry no period labels). */
export function sentencesByStage(report: Report): Map<number, number> | null {
  if (!report.sentences.some((s) => s.period)) return null;
  const out = new Map<number, number>();
  for (const s of report.sentences) {
    const ordinal = s.period?.stage;
    if (ordinal !== null && ordinal !== undefined) out.set(ordinal, (out.get(ordinal) ?? 0) + 1);
  }
  return out;
}
