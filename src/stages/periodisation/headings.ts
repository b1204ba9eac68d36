/**
 * Section headings as stages: headings that carry years ("Blossoming (2002–12)", "First Republic
 * 1948–1960") or an ordinal stage word ("Second stage: …"), with sub-periods nested inside a stage
 * ("Roh Tae-woo, 1988–1993" under "Sixth Republic 1987–present") set aside.
 */
import type { Section } from '../../doc.js';
import type { PeriodisationRules } from './thesis.js';

export interface HeadingInfo {
  section: Section;
  /** Heading without ordinal prefix and years: "Green Shoots", "The early years". */
  label: string | null;
  from: number | null;
  to: number | null;
  /** True when the heading gives a start year and an end (or an open end: "1987–present"). */
  ranged: boolean;
  open: boolean;
  ordinal: number | null;
  conclusion: boolean;
}

/** Expands an abbreviated end year: 1995–2002, 2002–12 → 2012, 1998–9 → 1999, 1950s → 1959. */
function endYear(start: number, end: string): number {
  const decade = end.endsWith('s');
  const digits = end.replace(/s$/, '');
  let year = Number(digits);
  if (digits.length < 4) {
    const base = Math.floor(start / 10 ** digits.length) * 10 ** digits.length;
    year = base + year;
    if (year < start) year += 10 ** digits.length;
  }
  return decade ? year + 9 : year;
}

const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.)\s+/u;

/** Reads a heading's ordinal, years and label. */
export function readHeading(section: Section, rules: PeriodisationRules): HeadingInfo {
  const heading = section.heading ?? '';
  // A section number is no part of the name: '2. The reform era', '3.1 Repression', 'IV. Crackdown'.
  let rest = heading.replace(SECTION_NUMBER, '');
  let ordinal: number | null = null;
  const o = rules.headingOrdinal.exec(rest);
  if (o) {
    const word = (o[1] ?? o[2] ?? '').toLowerCase();
    ordinal = rules.ordinals.get(word) ?? (/^\d+$/.test(word) ? Number(word) : null);
    rest = rest.slice(o[0].length);
  }
  let from: number | null = null;
  let to: number | null = null;
  let ranged = false;
  let open = false;
  const y = rules.headingYears.exec(rest);
  if (y) {
    from = Number(y[1]);
    if (y[2] === undefined || /^(present|today|now)$/i.test(y[2])) {
      // "2017-", "1987–present": open; a bare "(1905)" has no dash and is no range.
      open = /[-–—]|\bto\b/.test(y[0]);
      to = open ? null : from;
    } else {
      to = endYear(from, y[2]);
    }
    ranged = open || (to !== null && to > from);
    rest = rest.slice(0, y.index);
  }
  const label = rest.replace(/[\s,:;–—-]+$/u, '').trim() || null;
  return { section, label, from, to, ranged, open, ordinal, conclusion: rules.conclusionHeadings.test(heading) };
}

function within(inner: HeadingInfo, outer: HeadingInfo): boolean {
  if (inner.from === null || outer.from === null) return false;
  if (inner.from < outer.from) return false;
  if (outer.to === null) return true;
  return inner.to !== null && inner.to <= outer.to && !(inner.from === outer.from && inner.to === outer.to);
}

/**
 * The stages the headings claim on their own: ordinal stage headings when there are at least two
 * ordinals, else dated headings (ranges), skipping those nested inside the previous stage.
 */
export function headingStages(headings: HeadingInfo[]): HeadingInfo[] {
  const byOrdinal = new Map<number, HeadingInfo>();
  for (const h of headings) if (h.ordinal !== null && !byOrdinal.has(h.ordinal)) byOrdinal.set(h.ordinal, h);
  if (byOrdinal.size >= 2) return [...byOrdinal.keys()].sort((a, b) => a - b).map((k) => byOrdinal.get(k)!);
  const stages: HeadingInfo[] = [];
  for (const h of headings) {
    if (!h.ranged || h.conclusion) continue;
    const last = stages[stages.length - 1];
    if (last && within(h, last)) continue;
    // Stages move forward in time: a heading that goes back (a repeated or appended text) starts no stage.
    if (last && last.from !== null && h.from !== null && h.from <= last.from) continue;
    if (last && h.section.level > last.section.level && last.from !== null && h.from !== null && h.from < (last.to ?? Infinity)) continue;
    stages.push(h);
  }
  return stages.length >= 2 ? stages : [];
}
