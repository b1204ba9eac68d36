/**
 * How years, periods, stances and statuses are written on the page, and the colour-blind-safe
 * palette (Okabe–Ito). Colour is never the only signal: every stance also has a pattern, a marker
 * shape and a short word; every check status an icon and a word.
 */
import type { CheckStatus, PeriodLabel, Stance } from '../doc.js';

/** Display of one stance: colour, CSS class suffix, short tag, marker shape. */
export interface StanceStyle {
  name: Stance;
  /** Okabe–Ito colour. */
  color: string;
  /** Class suffix: `st-r`, `st-c`, `st-m`, `st-n`. */
  code: 'r' | 'c' | 'm' | 'n';
  /** Word shown in sentence tags ('' for neutral: an untinted sentence needs no tag). */
  tag: string;
  /** Marker shape on the timeline. */
  shape: 'triangle' | 'circle' | 'diamond' | 'square';
}

/** Stances in the order bars stack them: the two poles apart, mixed between, neutral last. */
export const STANCE_STYLES: readonly StanceStyle[] = [
  { name: 'repression', color: '#D55E00', code: 'r', tag: 'rep', shape: 'triangle' },
  { name: 'mixed', color: '#CC79A7', code: 'm', tag: 'mix', shape: 'diamond' },
  { name: 'cooperation', color: '#009E73', code: 'c', tag: 'coop', shape: 'circle' },
  { name: 'neutral', color: '#8C8C8C', code: 'n', tag: '', shape: 'square' },
];

export const STANCE_STYLE: Readonly<Record<Stance, StanceStyle>> = Object.fromEntries(
  STANCE_STYLES.map((s) => [s.name, s]),
) as Record<Stance, StanceStyle>;

/** Icon and word for each check status (blue / amber / vermillion, and never colour alone). */
export const STATUS_STYLE: Readonly<Record<CheckStatus, { icon: string; word: string }>> = {
  pass: { icon: '✓', word: 'pass' },
  warn: { icon: '!', word: 'warn' },
  fail: { icon: '✗', word: 'fail' },
};

/** A year as written: negative years (EDTF `-0220`) as BCE. */
export function formatYear(year: number): string {
  return year < 0 ? `${-year} BCE` : String(year);
}

/** An inclusive year interval: `1995`, `1995–2002`, `2012–` (open), `–1989` (unbounded before). */
export function formatYears(from: number | null, to: number | null): string {
  if (from === null && to === null) return 'undated';
  if (from === null) return `–${formatYear(to!)}`;
  if (to === null) return `${formatYear(from)}–`;
  return from === to ? formatYear(from) : `${formatYear(from)}–${formatYear(to)}`;
}

/** Short tag of a period label: `1` for stage1, `bg` for before, `after`, `span`, `–` for none. */
export function periodTag(label: PeriodLabel): string {
  if (label.startsWith('stage')) return label.slice(5);
  if (label === 'before') return 'bg';
  if (label === 'none') return '–';
  return label;
}

/** Long name of a period label: 'stage 2', 'before the first stage'… */
export function periodName(label: PeriodLabel): string {
  if (label.startsWith('stage')) return `stage ${label.slice(5)}`;
  return { before: 'before the first stage', after: 'after the last stage', span: 'several stages', none: 'no historical time' }[label as 'before'] ?? label;
}

/** `0.4` → `40%`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Stage heading: `Stage 2 · Blossoming` or `Stage 2`. */
export function stageName(stage: { ordinal: number; label: string | null }): string {
  return stage.label ? `Stage ${stage.ordinal} · ${stage.label}` : `Stage ${stage.ordinal}`;
}
