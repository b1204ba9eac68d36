/**
 * From a year interval to a period label, against the claimed stages (ANNOTATION.md, "Period of a
 * sentence", rules 1–3).
 */
import type { PeriodLabel, PeriodStage } from '../../doc.js';

export interface Interval {
  from: number | null;
  to: number | null;
}

export interface Mapping {
  label: PeriodLabel;
  /** How it was decided: 'inside', 'boundary', 'midpoint', 'span', 'before', 'after'. */
  how: string;
}

export interface Region {
  label: PeriodLabel;
  from: number;
  to: number;
}

/**
 * Stage regions on the year line, with 'before' and 'after' around them; null without dated stages.
 * A first stage that only has an end ('the communist era until 1980') reaches back without limit:
 * nothing is before it.
 */
export function regions(stages: PeriodStage[]): Region[] | null {
  const dated = stages.filter((s, i) => s.from !== null || (i === 0 && s.to !== null));
  if (dated.length === 0) return null;
  // (Stages told before the first dated one, undated: a year before it is in one of them, which
  // one the text does not say; it is not before the stages.)
  const before: PeriodLabel = stages.indexOf(dated[0]) > 0 ? 'none' : 'before';
  const out: Region[] = dated[0].from === null ? [] : [{ label: before, from: -Infinity, to: dated[0].from }];
  dated.forEach((s, i) => {
    const next = dated[i + 1];
    const to = s.to ?? next?.from ?? Infinity;
    out.push({ label: `stage${s.ordinal}`, from: s.from ?? -Infinity, to });
  });
  // The last year of a closed last stage belongs to it ("1990" in 1973–1990), not to 'after'.
  const lastTo = out[out.length - 1].to;
  if (lastTo !== Infinity) out.push({ label: 'after', from: lastTo + 1, to: Infinity });
  return out;
}

/**
 * Maps `interval` to a label. A single year on a boundary shared by two stages goes to the later
 * one, unless the expression closes a development ("By 2012", `endsDevelopment`), which puts it in
 * the earlier one. A short interval straddling a boundary goes where its midpoint falls; a longer
 * one, or an open one, that covers several stages is 'span'.
 */
export function mapInterval(interval: Interval, rs: Region[], endsDevelopment: boolean, shortYears: number): Mapping {
  const a = interval.from ?? -Infinity;
  const b = interval.to ?? Infinity;
  if (a === b || (interval.from === null && endsDevelopment)) {
    const y = interval.from === null ? b : a;
    const holding = rs.filter((r) => r.from <= y && y <= r.to);
    if (holding.length === 0) return { label: 'after', how: 'after' };
    if (holding.length === 1) return { label: holding[0].label, how: 'inside' };
    return endsDevelopment ? { label: holding[0].label, how: 'boundary' } : { label: holding[holding.length - 1].label, how: 'boundary' };
  }
  const overlapping = rs.filter((r) => Math.min(b, r.to) - Math.max(a, r.from) > 0);
  if (overlapping.length === 1) return { label: overlapping[0].label, how: 'inside' };
  if (overlapping.length === 0) {
    // An interval that only touches boundaries ("2002–2002" after rounding): take its start.
    const holding = rs.filter((r) => r.from <= a && a <= r.to);
    return { label: holding[holding.length - 1]?.label ?? 'span', how: 'boundary' };
  }
  if (Number.isFinite(a) && Number.isFinite(b) && b - a <= shortYears) {
    const mid = (a + b) / 2;
    const holding = rs.filter((r) => r.from <= mid && mid <= r.to);
    // (A midpoint in a gap between two stages, '2016–2019' between 2014–2017 and 2018–2021, is in
    // neither: the short interval spans them.)
    if (holding.length === 0) return { label: 'span', how: 'span' };
    return { label: holding[holding.length - 1].label, how: 'midpoint' };
  }
  return { label: 'span', how: 'span' };
}
