/**
 * Coverage checks: does each stage's section talk about its own years (and what lies outside:
 * background, flashback, look-ahead); does each stage have text and dated evidence of its own; what
 * the concluding section is.
 */
import type { Check, CheckEvidence, PeriodStage, Sentence } from '../../doc.js';
import { labelledSentences, list, placement, sectionSentences, stageName, temporalEvidence, type CheckContext, type SentenceTemporal } from './context.js';

/** Per stage section: the share of its dated references inside the stage's years, and the others classed. */
export function sectionCoverage(ctx: CheckContext): Check[] {
  const first = ctx.stages.find((s) => s.from !== null);
  if (!first) return [];
  const checks: Check[] = [];
  for (const stage of ctx.stages) {
    if (stage.from !== null && stage.headingSectionId) checks.push(coverageOfSection(ctx, stage, first));
  }
  return checks;
}

/** Where a dated reference outside its section's stage stands. */
type Outside = 'background' | 'flashback' | 'look-ahead';
const OUTSIDE_KINDS: readonly [Outside, string][] = [
  ['background', 'Background before stage 1'],
  ['flashback', 'Flashbacks to earlier stages'],
  ['look-ahead', 'Look-ahead'],
];

/**
 * The coverage check of one stage's section. Written as plain loops: it runs for a few stages
 * per document, and chains of `map`/`filter` closures made its optimised code large and brittle
 * (compiled again whenever an array of another element kind came by).
 */
function coverageOfSection(ctx: CheckContext, stage: PeriodStage, first: PeriodStage): Check {
  const { passShare, warnShare } = ctx.rules.sectionCoverage;
  const sentences = sectionSentences(ctx, stage);
  const heading = ctx.sectionById.get(stage.headingSectionId!)?.heading ?? stage.headingSectionId;
  const { references, inside, outside, where } = placeReferences(ctx, sentences, stage, first);
  if (references === 0) {
    return { id: `section-coverage-${stage.ordinal}`, status: 'warn', message: `The section of ${stageName(stage)}, '${heading}', dates nothing.`, evidence: [], data: { stage: stage.ordinal, references: 0 } };
  }
  const share = inside / references;
  const labels = sentenceLabels(ctx, sentences);
  const parts = [`In the section of ${stageName(stage)}, '${heading}', ${inside} of ${references} dated references (${Math.round(share * 100)}%) fall inside the stage's years.`];
  const counts: Record<Outside, number> = { background: 0, flashback: 0, 'look-ahead': 0 };
  for (const [kind, words] of OUTSIDE_KINDS) {
    const items: string[] = [];
    for (let i = 0; i < outside.length; i++) if (where[i] === kind) items.push(`'${outside[i].text}' (${outside[i].sentenceId})`);
    counts[kind] = items.length;
    if (items.length) parts.push(`${words}: ${list(items)}.`);
  }
  const byCount = [...labels].sort((a, b) => b[1] - a[1]);
  const described: string[] = [];
  for (const [l, n] of byCount) described.push(`${n} ${aboutPeriod(ctx, l, n, stage)}`);
  parts.push(`Of its ${sentences.length} sentences, ${list(described)}.`);
  const evidence: CheckEvidence[] = [];
  for (let i = 0; i < outside.length; i++) evidence.push(temporalEvidence(outside[i], where[i]));
  return {
    id: `section-coverage-${stage.ordinal}`,
    status: share >= passShare ? 'pass' : share >= warnShare ? 'warn' : 'fail',
    message: parts.join(' '),
    evidence,
    data: { stage: stage.ordinal, references, inside, share, outside: counts, sentenceLabels: Object.fromEntries(labels) },
  };
}

/** The dated references of `sentences`: how many, how many inside `stage`, and the others with where they stand. */
function placeReferences(ctx: CheckContext, sentences: Sentence[], stage: PeriodStage, first: PeriodStage): { references: number; inside: number; outside: SentenceTemporal[]; where: Outside[] } {
  let references = 0;
  let inside = 0;
  const outside: SentenceTemporal[] = [];
  const where: Outside[] = [];
  for (const s of sentences) {
    const refs = ctx.temporalBySentence.get(s.id);
    if (refs === undefined) continue;
    for (const t of refs) {
      references++;
      const w = placement(t, stage, first);
      if (w === 'inside') inside++;
      else {
        outside.push(t);
        where.push(w);
      }
    }
  }
  return { references, inside, outside, where };
}

/** How many of `sentences` carry each period label, in the order the labels first occur. */
function sentenceLabels(ctx: CheckContext, sentences: Sentence[]): Map<string, number> {
  const labels = new Map<string, number>();
  for (const s of sentences) {
    const l = ctx.period.get(s.id)?.label ?? 'none';
    labels.set(l, (labels.get(l) ?? 0) + 1);
  }
  return labels;
}

/** The first year a stage's own evidence dates, for a stage that starts well before it. */
function firstDatedYear(ctx: CheckContext, stage: PeriodStage): { year: number; id: string } | null {
  let best: { year: number; id: string } | null = null;
  for (const s of labelledSentences(ctx, stage)) {
    for (const t of ctx.temporalBySentence.get(s.id) ?? []) {
      if (t.from === null || t.kind === 'era' || t.from < stage.from!) continue;
      if (t.to === null && t.from === stage.from) continue; // "from 2012": the boundary itself, not an event
      if (!best || t.from < best.year) best = { year: t.from, id: s.id };
    }
  }
  return best;
}

/** Stages with little text, no dated evidence, or a long undated stretch at their start. */
export function stageCoverage(ctx: CheckContext): Check | null {
  if (ctx.stages.length === 0) return null;
  const { minSentenceShare, minSentences, startGapYears } = ctx.rules.stageCoverage;
  const total = ctx.sentences.length || 1;
  const notes: string[] = [];
  const evidence: CheckEvidence[] = [];
  let status: Check['status'] = 'pass';
  const counts: Record<string, number> = {};
  if (ctx.stages.every((s) => s.from === null)) {
    return { id: 'stage-coverage', status: 'warn', message: 'No stage has years, so sentences cannot be assigned to stages by their dates and coverage cannot be measured.', evidence: [] };
  }
  for (const stage of ctx.stages) {
    const own = labelledSentences(ctx, stage);
    counts[`stage${stage.ordinal}`] = own.length;
    const dated = own.filter((s) => (ctx.temporalBySentence.get(s.id) ?? []).length > 0);
    if (own.length < minSentences || own.length / total < minSentenceShare) {
      status = 'warn';
      notes.push(`${stageName(stage)} has little text: ${own.length} sentence${own.length === 1 ? '' : 's'} of ${total}.`);
    } else if (dated.length === 0 && stage.from !== null) {
      status = 'warn';
      notes.push(`${stageName(stage)} has ${own.length} sentences but no dated evidence of its own.`);
    } else {
      notes.push(`${stageName(stage)}: ${own.length} sentences, ${dated.length} with dates.`);
    }
    if (stage.from !== null) {
      const firstYear = firstDatedYear(ctx, stage);
      if (firstYear && firstYear.year - stage.from >= startGapYears) {
        status = 'warn';
        notes.push(`Nothing is dated ${stage.from}–${firstYear.year - 1}: the first dated event of stage ${stage.ordinal} is in ${firstYear.year} (${firstYear.id}).`);
        const s = ctx.sentenceById.get(firstYear.id)!;
        evidence.push({ sentenceId: s.id, start: s.start, end: s.end, note: `first dated event of stage ${stage.ordinal}` });
      }
    }
  }
  return { id: 'stage-coverage', status, message: notes.join(' '), evidence, data: { sentences: counts } };
}

/** A concluding section is not a stage: say what it holds. */
/**
 * What `n` sentences with period label `label` are about, in words: 'are about stage 2', 'is about
 * the stage itself' (when `own` is that stage), 'span the stages', 'speculate about the future'
 * (after an open last stage)…
 */
function aboutPeriod(ctx: CheckContext, label: string, n: number, own?: PeriodStage): string {
  const verb = (one: string, many: string): string => (n === 1 ? one : many);
  const is = verb('is', 'are');
  if (own && label === `stage${own.ordinal}`) return `${is} about the stage itself`;
  if (label.startsWith('stage')) return `${is} about stage ${label.slice('stage'.length)}`;
  if (label === 'before') return `${is} about the time before the first stage`;
  if (label === 'after') return ctx.stages[ctx.stages.length - 1].to === null ? verb('speculates about the future', 'speculate about the future') : `${is} about the time after the last stage`;
  if (label === 'span') return verb('spans the stages', 'span the stages');
  return `${is} about no period`;
}

export function conclusion(ctx: CheckContext): Check | null {
  const sections = ctx.sections.filter((s) => ctx.roles.get(s.id)?.role === 'conclusion');
  if (sections.length === 0 || ctx.stages.length === 0) return null;
  const ids = new Set(sections.map((sec) => sec.id));
  const sentences: Sentence[] = [];
  for (const s of ctx.sentences) if (ids.has(s.sectionId)) sentences.push(s);
  const labels = new Map<string, string[]>();
  for (const s of sentences) {
    const l = ctx.period.get(s.id)?.label ?? 'none';
    const ids = labels.get(l);
    if (ids) ids.push(s.id);
    else labels.set(l, [s.id]);
  }
  const described = [...labels].map(([l, ids]) => `${ids.length} ${aboutPeriod(ctx, l, ids.length)} (${list(ids.slice(0, 6))}${ids.length > 6 ? ' …' : ''})`);
  return {
    id: 'conclusion',
    status: 'pass',
    message: `${list(sections.map((s) => `'${s.heading}'`))} ${sections.length > 1 ? 'come after the last stage and are not counted as stages' : 'comes after the last stage and is not counted as a stage'}. Of ${sections.length > 1 ? 'their' : 'its'} ${sentences.length} sentences, ${list(described)}.`,
    evidence: sections.filter((s) => s.headingSpan).map((s) => ({ sectionId: s.id, start: s.headingSpan!.start, end: s.headingSpan!.end, text: s.heading ?? undefined })),
  };
}
