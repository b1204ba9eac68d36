/**
 * Stance checks: per stage, how the text's sentences divide between repression, cooperation, mixed
 * and neutral, set against how the thesis characterises the stage ("during which labour NGOs have
 * faced acute repression"); a warning where the text qualifies its own characterisation; and
 * whether the thesis judges every stage by the same criterion.
 */
import { STANCES, type Check, type CheckEvidence, type PeriodStage, type Sentence, type Stance, type StanceDistribution } from '../../doc.js';
import { labelledSentences, list, quote, sentenceEvidence, stageName, type CheckContext } from './context.js';

/** Stance counts and shares over `sentences`. */
export function distribution(ctx: CheckContext, sentences: Sentence[]): StanceDistribution {
  const counts = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
  for (const s of sentences) counts[ctx.stance.get(s.id)?.label ?? 'neutral']++;
  const n = sentences.length || 1;
  const shares = Object.fromEntries(STANCES.map((s) => [s, counts[s] / n])) as Record<Stance, number>;
  return { counts, shares };
}

/** The stance the thesis gives a stage: the polarity of stance cues inside the stage's description. */
export function characterisation(ctx: CheckContext, stage: PeriodStage): { stance: 'repression' | 'cooperation'; words: string[] } | null {
  const item = stage.announcedIn.length ? stage.evidence?.[0] : undefined;
  if (!item) return null;
  const words = { repression: [] as string[], cooperation: [] as string[] };
  const original = ctx.doc.source.text;
  for (const id of stage.announcedIn) {
    const cues = (ctx.stance.get(id)?.cues ?? []).filter((c) => c.start !== undefined && c.start >= item.start && (c.end ?? c.start) <= item.end);
    for (const c of cues) {
      const pole = /repress/i.test(c.kind) ? 'repression' : /cooperat/i.test(c.kind) ? 'cooperation' : null;
      if (!pole) continue;
      // Quote an intensity word just before the cue with it: "acute repression".
      const intensity = cues.find((i) => /intens/i.test(i.kind) && i.end !== undefined && i.end <= c.start! && c.start! - i.end <= 2);
      words[pole].push(intensity ? original.slice(intensity.start, c.end) : c.text);
    }
  }
  if (words.repression.length > words.cooperation.length) return { stance: 'repression', words: words.repression };
  if (words.cooperation.length > words.repression.length) return { stance: 'cooperation', words: words.cooperation };
  return null;
}

/** Representative sentences: the most confident sentence of each stance present. */
export function representatives(ctx: CheckContext, sentences: Sentence[], perStance: number): { sentenceId: string; stance: Stance; text: string }[] {
  const out: { sentenceId: string; stance: Stance; text: string }[] = [];
  for (const stance of STANCES) {
    // A neutral sentence represents nothing; skipping them spares ranking most of the text.
    if (stance === 'neutral') continue;
    const ranked = sentences
      .filter((s) => ctx.stance.get(s.id)?.label === stance)
      .sort((a, b) => (ctx.stance.get(b.id)?.confidence ?? 0) - (ctx.stance.get(a.id)?.confidence ?? 0));
    for (const s of ranked.slice(0, perStance)) out.push({ sentenceId: s.id, stance, text: s.text });
  }
  return out;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Per stage: the stance distribution against the thesis's characterisation. */
export function stanceTrajectory(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const stage of ctx.stages) {
    const sentences = labelledSentences(ctx, stage);
    if (sentences.length === 0) continue;
    const d = distribution(ctx, sentences);
    const c = d.counts;
    const parts = [`${stageName(stage)}: ${sentences.length} sentences — repression ${c.repression}, cooperation ${c.cooperation}, mixed ${c.mixed}, neutral ${c.neutral}.`];
    const evidence: CheckEvidence[] = representatives(ctx, sentences, ctx.rules.stance.representativePerStance).map((r) => sentenceEvidence(ctx.sentenceById.get(r.sentenceId)!, `representative ${r.stance}`));
    let status: Check['status'] = 'pass';
    const said = characterisation(ctx, stage);
    const stanceOf = (s: Sentence): Stance => ctx.stance.get(s.id)?.label ?? 'neutral';
    if (said) {
      const opposite = said.stance === 'repression' ? 'cooperation' : 'repression';
      const nonNeutral = c.repression + c.cooperation + c.mixed;
      const qualifying = sentences.filter((s) => stanceOf(s) === opposite || stanceOf(s) === 'mixed');
      const dominant = c[said.stance] >= c[opposite] && c[said.stance] >= c.mixed;
      parts.push(`The thesis characterises it by ${said.stance} ('${said.words[0]}').`);
      if (nonNeutral === 0) {
        // Nothing to weigh: no sentence of the stage takes a stance, so the text neither bears the
        // characterisation out nor contradicts it.
        status = 'warn';
        parts.push('No sentence of the stage takes a stance: the text gives no evidence for it.');
      } else if (!dominant) {
        status = 'fail';
        parts.push(`The text does not bear this out: ${said.stance} is not the most frequent stance (${pct(d.shares[said.stance])} of sentences, ${opposite} ${pct(d.shares[opposite])}).`);
      } else {
        parts.push(`${said.stance[0].toUpperCase()}${said.stance.slice(1)} dominates (${c[said.stance]} of ${nonNeutral} sentences that take a stance), as the thesis says.`);
      }
      if (nonNeutral > 0 && qualifying.length / nonNeutral >= ctx.rules.stance.qualifyShare) {
        status = status === 'fail' ? status : 'warn';
        const contrast = qualifying.filter((s) => (ctx.stance.get(s.id)?.cues ?? []).some((cue) => /contrast|negat/i.test(cue.kind)));
        const shown = (contrast.length ? contrast : qualifying).slice(0, 4);
        parts.push(`But the text qualifies its own characterisation: ${qualifying.length} sentence${qualifying.length > 1 ? 's are' : ' is'} ${opposite} or mixed, e.g. ${list(shown.map((s) => quote(s)))}.`);
        for (const s of shown) evidence.push(sentenceEvidence(s, 'qualifies the characterisation'));
      }
    } else {
      parts.push('The thesis does not characterise this stage by state–society relations.');
    }
    checks.push({ id: `stance-trajectory-${stage.ordinal}`, status, message: parts.join(' '), evidence, data: { stage: stage.ordinal, counts: d.counts, shares: d.shares, characterisedAs: said?.stance ?? null } });
  }
  return checks;
}

/** Whether the thesis judges all stages by state–society relations, or each by a different measure. */
export function stageCriteria(ctx: CheckContext): Check | null {
  const announced = ctx.stages.filter((s) => s.announcedIn.length > 0 && s.evidence?.length);
  if (announced.length < 2) return null;
  const judged = announced.filter((s) => characterisation(ctx, s) !== null);
  if (judged.length === 0 || judged.length === announced.length) {
    return {
      id: 'stage-criteria',
      status: 'pass',
      message: judged.length ? 'The thesis characterises every stage by state–society relations.' : 'The thesis characterises none of its stages by state–society relations.',
      evidence: [],
    };
  }
  const clean = ctx.doc.layers.clean!;
  const description = (s: PeriodStage): string => {
    const e = s.evidence![0];
    return clean.text.slice(clean.map.toClean(e.start), clean.map.toClean(e.end));
  };
  const others = announced.filter((s) => !judged.includes(s));
  return {
    id: 'stage-criteria',
    status: 'warn',
    message: `The thesis uses different criteria for different stages: it characterises ${list(judged.map((s) => `stage ${s.ordinal}`))} by state–society relations, but describes ${list(others.map((s) => `stage ${s.ordinal} as '${description(s)}'`))}. The periodisation does not rest on one consistent measure.`,
    evidence: announced.map((s) => ({ start: s.evidence![0].start, end: s.evidence![0].end, note: `description of stage ${s.ordinal}` })),
  };
}
