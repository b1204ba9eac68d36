/**
 * Which stage each section belongs to: the stage's own heading section, its subsections (deeper
 * headings, or headings dated inside the stage: "Roh Tae-woo, 1988–1993" under "Sixth Republic
 * 1987–present"), the introduction before the first stage, and what follows the last stage.
 */
import type { PeriodStage, Section, TemporalExpression } from '../../doc.js';

export interface SectionRole {
  stage: PeriodStage | null;
  role: 'intro' | 'stage' | 'conclusion' | 'other';
}

/** The role of every section against the claimed stages. */
export function sectionRoles(sections: Section[], stages: PeriodStage[], temporal: TemporalExpression[]): Map<string, SectionRole> {
  const roles = new Map<string, SectionRole>();
  const byHeading = new Map<string, PeriodStage>();
  for (const st of stages) {
    const sec = sections.find((s) => s.id === st.headingSectionId);
    if (sec?.heading) byHeading.set(sec.heading, st);
  }
  const headingYears = (sec: Section): { from: number | null; to: number | null } | null => {
    if (!sec.headingSpan) return null;
    const t = temporal.find((x) => x.start >= sec.headingSpan!.start && x.end <= sec.headingSpan!.end);
    return t ? { from: t.from, to: t.to } : null;
  };
  const lastStageIndex = Math.max(-1, ...stages.map((st) => sections.findIndex((s) => s.id === st.headingSectionId)));
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
    if (sec.kind !== 'body') roles.set(sec.id, { stage: null, role: 'other' });
    else if (!seenStage) roles.set(sec.id, { stage: null, role: 'intro' });
    else roles.set(sec.id, { stage: null, role: i > lastStageIndex ? 'conclusion' : 'other' });
  });
  return roles;
}
