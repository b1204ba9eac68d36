/**
 * The summary: per stage, its years, how much of the text is about it, a short timeline of its
 * dated events, its top entities, its stance distribution and representative sentences; then a
 * verdict in plain sentences built from the checks.
 */
import type { Check, EntityType, Sentence, StageSummary, Summary, TimelineEvent } from '../../doc.js';
import { labelledSentences, list, placement, years, type CheckContext, type SentenceTemporal } from './context.js';
import { isRegExpSpace } from '../../chars.js';
import { distribution, representatives } from './stance.js';

/** The words of `text` around `start..end` (clean offsets of the sentence), shortened to `max`. */
function around(text: string, at: number, max: number): string {
  if (text.length <= max) return text;
  const from = Math.max(0, Math.min(at - Math.floor(max / 2), text.length - max));
  const cut = text.slice(from, from + max);
  // A cut word at either end goes: what `replace(/^\S*\s/, '')` and `replace(/\s\S*$/, '')` remove,
  // found by a scan for the first and the last white space instead of two regexes per event.
  let start = 0;
  let end = cut.length;
  if (from > 0) {
    let i = 0;
    while (i < end && !isRegExpSpace(cut.charCodeAt(i))) i++;
    if (i < end) start = i + 1;
  }
  if (from + max < text.length) {
    let i = end - 1;
    while (i >= start && !isRegExpSpace(cut.charCodeAt(i))) i--;
    if (i >= start) end = i;
  }
  const trimmed = start === 0 && end === cut.length ? cut : cut.slice(start, end);
  return `${from > 0 ? '… ' : ''}${trimmed}${from + max < text.length ? ' …' : ''}`;
}

/** For each stage ordinal, how many mentions of each entity (by index) stand in sentences labelled with it. */
function mentionsByStage(ctx: CheckContext): Map<number, number[]> {
  const counts = new Map<number, number[]>();
  ctx.entities.forEach((e, i) => {
    for (const m of e.mentions) {
      const ordinal = m.sentenceId === null ? null : ctx.period.get(m.sentenceId)?.stage;
      if (ordinal == null) continue;
      let perEntity = counts.get(ordinal);
      if (!perEntity) counts.set(ordinal, (perEntity = new Array<number>(ctx.entities.length).fill(0)));
      perEntity[i]++;
    }
  });
  return counts;
}

/** What `localeCompare` with no locale and no options compares with (ECMA-402), made once, not per comparison. */
const COLLATOR = new Intl.Collator();

function stageSummaries(ctx: CheckContext): StageSummary[] {
  const first = ctx.stages.find((s) => s.from !== null);
  const mentions = mentionsByStage(ctx);
  return ctx.stages.map((stage) => {
    const sentences = labelledSentences(ctx, stage);
    // The dated expressions in year order; only the first few become events, so only they are quoted.
    const dated: { s: Sentence; t: SentenceTemporal }[] = [];
    for (const s of sentences) {
      for (const t of ctx.temporalBySentence.get(s.id) ?? []) {
        if (t.from !== null && t.kind !== 'era') dated.push({ s, t });
      }
    }
    dated.sort((a, b) => (a.t.from ?? 0) - (b.t.from ?? 0));
    const timeline: TimelineEvent[] = [];
    for (const { s, t } of dated.slice(0, ctx.rules.summary.timelineEvents)) {
      const sectionStage = ctx.roles.get(s.sectionId)?.stage;
      const event: TimelineEvent = {
        date: t.edtf,
        from: t.from,
        to: t.to,
        what: around(s.text, s.text.indexOf(t.text), ctx.rules.summary.whatLength),
        sentenceId: s.id,
      };
      if (sectionStage && first) event.placement = placement(t, sectionStage, first);
      timeline.push(event);
    }
    const counts = mentions.get(stage.ordinal);
    const mentioned: StageSummary['topEntities'] = [];
    for (let i = 0; counts && i < ctx.entities.length; i++) {
      if (counts[i] > 0) mentioned.push({ canonical: ctx.entities[i].canonical, type: ctx.entities[i].type as EntityType, count: counts[i] });
    }
    const entities = mentioned.sort((a, b) => b.count - a.count || COLLATOR.compare(a.canonical, b.canonical)).slice(0, ctx.rules.summary.topEntities);
    return {
      ordinal: stage.ordinal,
      label: stage.label,
      from: stage.from,
      to: stage.to,
      sentenceCount: sentences.length,
      timeline,
      topEntities: entities,
      stance: distribution(ctx, sentences),
      representative: representatives(ctx, sentences, 1),
    };
  });
}

/** A few plain sentences on how well the text supports its own periodisation. */
function verdict(ctx: CheckContext, checks: Check[]): Pick<Summary, 'verdict' | 'verdictLevel'> {
  if (ctx.stages.length === 0) {
    return { verdict: 'The text claims no periodisation, so there is nothing to check it against.', verdictLevel: 'no periodisation' };
  }
  const status = (id: string): Check['status'] | undefined => checks.find((c) => c.id === id)?.status;
  const failing = checks.filter((c) => c.status === 'fail');
  const warning = checks.filter((c) => c.status === 'warn');
  const parts: string[] = [`The text claims ${ctx.stages.length} stages: ${ctx.stages.map((s) => `${s.label ?? `stage ${s.ordinal}`} (${years(s)})`).join('; ')}.`];
  if (ctx.stages.every((s) => s.from === null)) {
    parts.push('It gives them no years, so its dates cannot be checked against them.');
    return { verdict: parts.join(' '), verdictLevel: 'weakly supported' };
  }
  const structure = status('thesis-vs-headings');
  parts.push(structure === 'pass' ? 'Its stages, headings and years agree.' : structure === 'warn' ? 'Its thesis and headings broadly agree, with gaps noted below.' : 'Its thesis and headings disagree.');
  if (status('marker-events') === 'fail') parts.push('The thesis marks at least one stage by an event the text itself dates outside that stage.');
  if (status('boundaries') === 'fail') parts.push('Its stages overlap.');
  const coverage = checks.filter((c) => c.id.startsWith('section-coverage-'));
  const weak = coverage.filter((c) => c.status !== 'pass');
  if (coverage.length) {
    parts.push(weak.length === 0 ? 'Each stage’s section dates its own years.' : `The section${weak.length > 1 ? 's' : ''} of ${list(weak.map((c) => `stage ${String(c.data?.stage)}`))} draw${weak.length > 1 ? '' : 's'} heavily on other periods (background, flashbacks or look-ahead).`);
  }
  const trajectories = checks.filter((c) => c.id.startsWith('stance-trajectory-'));
  const contradicted = trajectories.filter((c) => c.status === 'fail');
  const qualified = trajectories.filter((c) => c.status === 'warn');
  if (contradicted.length) parts.push(`The stance of its sentences contradicts the thesis for ${list(contradicted.map((c) => `stage ${String(c.data?.stage)}`))}.`);
  if (qualified.length) parts.push(`For ${list(qualified.map((c) => `stage ${String(c.data?.stage)}`))}, the text qualifies its own characterisation.`);
  if (status('stage-criteria') === 'warn') parts.push('The thesis uses a different criterion for each stage.');
  const verdictLevel: Summary['verdictLevel'] =
    failing.length === 0 && warning.length <= 2 ? 'supported' : failing.length <= 1 ? 'partly supported' : failing.length < checks.length / 2 ? 'weakly supported' : 'not supported';
  parts.push(`Overall: ${verdictLevel} (${failing.length} check${failing.length === 1 ? '' : 's'} failed, ${warning.length} warned, ${checks.length - failing.length - warning.length} passed).`);
  return { verdict: parts.join(' '), verdictLevel };
}

/** Builds the summary from the context and the checks. */
export function buildSummary(ctx: CheckContext, checks: Check[]): Summary {
  const outside = { before: 0, after: 0, span: 0, none: 0 };
  for (const p of ctx.period.values()) if (p.label in outside) outside[p.label as keyof typeof outside]++;
  return { stages: stageSummaries(ctx), outside, ...verdict(ctx, checks) };
}
