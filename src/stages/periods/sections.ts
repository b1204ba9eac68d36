/**
 * Which stage each section belongs to: the stage's own heading section, its subsections (deeper
 * headings, or headings dated inside the stage: "Roh Tae-woo, 1988–1993" under "Sixth Republic
 * 1987–present"), the introduction before the first stage, and what follows the last stage.
 * A section after the first stage's whose heading the periodisation did not tie to a stage
 * ("Unexpected allies") takes the stage most of its dated sentences are about.
 */
import type { PeriodLabel, PeriodStage, Section, TemporalExpression } from '../../doc.js';

export interface SectionRole {
  stage: PeriodStage | null;
  role: 'intro' | 'stage' | 'conclusion' | 'other';
}

/** What the sentences of each section say about its time. */
export interface SectionEvidence {
  /** Per section id, how many of its sentences' main dates fall in each period. */
  votes: Map<string, Map<PeriodLabel, number>>;
  /** True for a heading that closes the text ("Conclusion", "Outlook"): never given a stage. */
  isConclusion(heading: string): boolean;
  /** True for a heading of a section that describes the place or body today ("Climate", "Demographics"): after the stages, no concluding section. */
  isTopic?(heading: string): boolean;
}

/**
 * The stage most of a section's dated sentences are about: at least two of them, and two thirds of
 * all its dated sentences; null otherwise.
 */
function stageFromDates(sec: Section, stages: PeriodStage[], evidence: SectionEvidence | undefined): PeriodStage | null {
  if (!evidence || sec.kind !== 'body' || !sec.heading || evidence.isConclusion(sec.heading)) return null;
  const v = evidence.votes.get(sec.id);
  if (!v) return null;
  let total = 0;
  let best: PeriodLabel | null = null;
  let bestCount = 0;
  for (const [label, n] of v) {
    total += n;
    if (label.startsWith('stage') && n > bestCount) [best, bestCount] = [label, n];
  }
  if (best === null || bestCount < 2 || bestCount * 3 < total * 2) return null;
  return stages.find((st) => `stage${st.ordinal}` === best) ?? null;
}

/** The role of every section against the claimed stages. */
export function sectionRoles(sections: Section[], stages: PeriodStage[], temporal: TemporalExpression[], evidence?: SectionEvidence): Map<string, SectionRole> {
  const roles = new Map<string, SectionRole>();
  const byHeading = new Map<string, PeriodStage>();
  for (const st of stages) {
    const sec = sections.find((s) => s.id === st.headingSectionId);
    if (sec?.heading) byHeading.set(sec.heading, st);
  }
  // Stages whose heading sections, all but the last, hold nothing but their headings ('Key periods' set out as a box
  // of dated headings, a table's rows): the sections after them are themes, not stages, and no
  // concluding section either ('The sections that follow are organised by theme').
  // (The last may hold the sentences that follow the box: 'The box divides the story into four periods.')
  const boxed = stages.length >= 2 && stages.slice(0, -1).every((st) => {
    const sec = sections.find((s) => s.id === st.headingSectionId);
    return sec !== undefined && sec.headingSpan !== null && sec.end - sec.headingSpan.end <= 2;
  });
  // Sections after the first stage's that no heading ties to a stage, dated by their sentences.
  const firstStageIndex = sections.findIndex((s) => stages.some((st) => st.headingSectionId === s.id));
  const dated = new Map<string, PeriodStage>();
  if (firstStageIndex >= 0 && !boxed) {
    sections.forEach((sec, i) => {
      if (i <= firstStageIndex || stages.some((st) => st.headingSectionId === sec.id) || (sec.heading && byHeading.has(sec.heading))) return;
      const st = stageFromDates(sec, stages, evidence);
      if (st) dated.set(sec.id, st);
    });
  }
  const headingYears = (sec: Section): { from: number | null; to: number | null } | null => {
    if (!sec.headingSpan) return null;
    const t = temporal.find((x) => x.start >= sec.headingSpan!.start && x.end <= sec.headingSpan!.end);
    return t ? { from: t.from, to: t.to } : null;
  };
  const lastStageIndex = Math.max(-1, ...stages.map((st) => sections.findIndex((s) => s.id === st.headingSectionId)), ...[...dated.keys()].map((id) => sections.findIndex((s) => s.id === id)));
  let current: { stage: PeriodStage; level: number } | null = null;
  let seenStage = false;
  sections.forEach((sec, i) => {
    const own = stages.find((st) => st.headingSectionId === sec.id) ?? (sec.heading ? byHeading.get(sec.heading) : undefined);
    if (own) {
      current = { stage: own, level: sec.level };
      seenStage = true;
      roles.set(sec.id, { stage: own, role: 'stage' });
      return;
    }
    if (current) {
      const c: { stage: PeriodStage; level: number } = current;
      const years = headingYears(sec);
      const inside = years !== null && years.from !== null && c.stage.from !== null && years.from >= c.stage.from && (c.stage.to === null || (years.to ?? years.from) <= c.stage.to);
      if (sec.kind === 'body' && (sec.level > c.level || inside) && !(years && !inside)) {
        roles.set(sec.id, { stage: c.stage, role: 'stage' });
        return;
      }
      current = null;
    }
    const fromDates = dated.get(sec.id);
    if (fromDates) {
      current = { stage: fromDates, level: sec.level };
      roles.set(sec.id, { stage: fromDates, role: 'stage' });
      return;
    }
    if (sec.kind !== 'body') roles.set(sec.id, { stage: null, role: 'other' });
    else if (!seenStage) roles.set(sec.id, { stage: null, role: 'intro' });
    // ('Climate' after the stages describes the place today: no concluding section about the present.)
    else if (boxed) roles.set(sec.id, { stage: null, role: sec.heading && evidence?.isConclusion(sec.heading) ? 'conclusion' : 'other' });
    else roles.set(sec.id, { stage: null, role: i > lastStageIndex && !(sec.heading && evidence?.isTopic?.(sec.heading)) ? 'conclusion' : 'other' });
  });
  return roles;
}
