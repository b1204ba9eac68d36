/**
 * The timeline: an SVG the tool draws itself (no chart library, nothing to load). Claimed stages are
 * bands on a year axis; each dated reference is a mark at its year (an interval is a bar), filled
 * with its sentence's stance (colour + pattern + marker shape). References outside their section's
 * stage sit in their own strips below (flashback, background, look-ahead), drawn hollow.
 *
 * Geometry: a year `y` covers `[y, y + 1)` on the axis, so a stage `1995–2002` spans 1995.0–2003.0
 * and two stages sharing a boundary year overlap by that year, as the text claims them.
 */
import type { PeriodStage, Stance } from '../doc.js';
import { escapeAttr, escapeHtml, shorten } from './escape.js';
import { formatYear, formatYears, STANCE_STYLE, stageName } from './format.js';
import { markerPath, PATTERN_DEFS } from './marks.js';
import type { DatedReference, Placement, ReportModel } from './model.js';

const WIDTH = 1000;
const PAD_X = 10;
const BAND_Y = 8;
const BAND_H = 30;
const LANE = 13;
const MARK = 9;
/** Lanes per strip before marks start to overlap (a 50 MB text can have thousands of dates). */
const MAX_LANES = 16;

/** Strips in drawing order, with their captions. */
export const STRIPS: readonly { placement: Placement; caption: string; outside: boolean }[] = [
  { placement: 'inside', caption: "In its section's stage", outside: false },
  { placement: 'flashback', caption: "Flashback: an earlier stage than its section's", outside: true },
  { placement: 'background', caption: 'Background: before the first stage', outside: true },
  { placement: 'look-ahead', caption: "Look-ahead: later than its section's stage", outside: true },
  { placement: 'unstaged', caption: 'In sections that stand for no stage', outside: false },
];

const PLACEMENT_WORD: Record<Placement, string> = {
  inside: "inside its section's stage",
  flashback: 'flashback',
  background: 'background',
  'look-ahead': 'look-ahead',
  unstaged: 'section stands for no stage',
};

interface Axis {
  from: number;
  /** Exclusive end year. */
  to: number;
  x(year: number): number;
}

function axisFor(stages: PeriodStage[], refs: DatedReference[], sourceYear: number | null | undefined): Axis | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const see = (y: number | null): void => {
    if (y === null) return;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  };
  for (const s of stages) (see(s.from), see(s.to));
  for (const r of refs) (see(r.expression.from), see(r.expression.to));
  if (!Number.isFinite(lo)) return null;
  if (stages.some((s) => s.to === null && s.from !== null) && typeof sourceYear === 'number' && sourceYear > hi) hi = sourceYear;
  let from = lo;
  let to = hi + 1;
  const pad = Math.max(1, Math.ceil((to - from) * 0.03));
  from -= pad;
  to += pad;
  if (stages.some((s) => s.to === null)) to += pad;
  if (to - from < 10) {
    const grow = 10 - (to - from);
    from -= Math.floor(grow / 2);
    to += Math.ceil(grow / 2);
  }
  const scale = (WIDTH - 2 * PAD_X) / (to - from);
  return { from, to, x: (year) => PAD_X + (Math.min(Math.max(year, from), to) - from) * scale };
}

function tickStep(span: number): number {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000]) if (span / step <= 10) return step;
  return 10000;
}

const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Axis extent `[from, to)` of a stage's band (years inclusive; open and undated stages extended). */
function bandYears(stages: PeriodStage[], i: number, axis: Axis): [number, number] {
  const stage = stages[i];
  const previous = stages[i - 1];
  const next = stages[i + 1];
  const undated = stage.from === null && stage.to === null;
  // A stage with no years at all still gets its band, drawn dashed between its neighbours.
  const from = stage.from ?? (undated ? (previous?.to ?? previous?.from ?? axis.from) : axis.from);
  const to = stage.to === null ? (undated ? (next?.from ?? axis.to) : axis.to) : stage.to + 1;
  return [from, to];
}

/** Approximate width of a character of the band labels (12 px bold sans). */
const LABEL_CHAR = 7.4;

function bandsSvg(stages: PeriodStage[], axis: Axis): string {
  const out: string[] = [];
  stages.forEach((stage, i) => {
    const undated = stage.from === null && stage.to === null;
    const [from, to] = bandYears(stages, i, axis);
    const x1 = axis.x(from);
    const x2 = Math.max(axis.x(to), x1 + 4);
    // The label stops where the next band begins (bands sharing a boundary year overlap).
    const labelEnd = i + 1 < stages.length ? Math.min(x2, Math.max(x1 + 4, axis.x(bandYears(stages, i + 1, axis)[0]))) : x2;
    const open = stage.to === null && !undated;
    const fill = open ? 'url(#open-end)' : i % 2 === 0 ? '#56B4E9' : '#0072B2';
    const opacity = open ? '1' : i % 2 === 0 ? '0.35' : '0.25';
    const name = `${stageName(stage)} · ${undated ? 'years unknown' : formatYears(stage.from, stage.to)}${open ? ' (open)' : ''}`;
    const maxChars = Math.floor((labelEnd - x1 - (open ? 18 : 8)) / LABEL_CHAR);
    // The longest form that fits: 'Stage 1 · Green Shoots · 1995–2002', '1 · Green Shoots · 1995–2002',
    // '1 · Green Shoots', '1 · 1995–2002', then a shortened form; the stage list above has them all.
    const years = undated ? '?' : formatYears(stage.from, stage.to);
    const forms = [name, `${stage.ordinal} · ${stage.label ? `${stage.label} · ` : ''}${years}`, stage.label ? `${stage.ordinal} · ${stage.label}` : '', `${stage.ordinal} · ${years}`].filter(Boolean);
    const label = forms.find((f) => f.length <= maxChars) ?? (maxChars >= 5 ? shorten(forms[2] || forms[1], maxChars) : maxChars >= 1 ? String(stage.ordinal) : '');
    const y = BAND_Y + (i % 2) * 3;
    out.push(
      `<g class="tl-band" data-ordinal="${escapeAttr(String(stage.ordinal))}"><title>${escapeHtml(name)}</title>` +
        `<rect x="${r1(x1)}" y="${y}" width="${r1(x2 - x1)}" height="${BAND_H - 3}" rx="3" fill="${fill}" fill-opacity="${opacity}" stroke="#0072B2" stroke-width="1"${undated || open ? ' stroke-dasharray="4 3"' : ''}/>` +
        (label ? `<text x="${r1(x1 + 4)}" y="${y + 18}" class="tl-band-label">${escapeHtml(label)}</text>` : '') +
        (open ? `<path d="M${r1(x2 - 2)} ${y + 13.5}l-8 -6v12z" fill="#0072B2"/>` : '') +
        `</g>`,
    );
  });
  return out.join('');
}

interface Placed {
  ref: DatedReference;
  x1: number;
  x2: number;
  point: boolean;
  lane: number;
}

function placeMarks(refs: DatedReference[], axis: Axis): { marks: Placed[]; lanes: number } {
  const marks: Placed[] = refs.map((ref) => {
    const { from, to } = ref.expression;
    const point = from !== null && from === to;
    const x1 = point ? axis.x(from + 0.5) - 5.5 : axis.x(from ?? axis.from);
    const x2 = point ? x1 + 11 : Math.max(axis.x(to === null ? axis.to : to + 1), x1 + 4);
    return { ref, x1, x2, point, lane: 0 };
  });
  const order = marks.map((_, i) => i).sort((a, b) => marks[a].x1 - marks[b].x1 || marks[a].x2 - marks[b].x2);
  const ends: number[] = [];
  for (const i of order) {
    const m = marks[i];
    let lane = ends.findIndex((end) => end + 2 <= m.x1);
    if (lane < 0 && ends.length < MAX_LANES) lane = ends.push(Number.NEGATIVE_INFINITY) - 1;
    if (lane < 0) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane], m.x2);
    m.lane = lane;
  }
  return { marks, lanes: Math.max(1, ends.length) };
}

function markSvg(m: Placed, y: number, outside: boolean): string {
  const { ref } = m;
  const e = ref.expression;
  const style = ref.stance ? STANCE_STYLE[ref.stance as Stance] : null;
  // The tooltip (and accessible name): value, stance, placement, and the first words of the sentence
  // (only those: a text with a date in every sentence must not be held twice).
  const what = [
    `${formatYears(e.from, e.to)} “${shorten(e.text, 60)}” (${e.kind}, EDTF ${e.edtf})`,
    `${ref.stance ?? 'stance not labelled'} · ${PLACEMENT_WORD[ref.placement]}`,
    ref.sentence ? `${ref.sentence.id}: ${shorten(ref.sentence.text, 48)}` : ref.section?.heading ? `heading: ${shorten(ref.section.heading, 60)}` : 'outside every sentence',
  ].join('\n');
  const cls = `tl-mark pl-${escapeAttr(ref.placement)}${style ? ` st-${style.code}` : ' st-u'}${m.point ? ' tl-point' : ' tl-interval'}`;
  const cy = y + MARK / 2;
  let shape: string;
  if (m.point) {
    const fill = outside ? '#fff' : (style?.color ?? '#fff');
    const stroke = outside ? (style?.color ?? '#555') : '#222';
    shape = `<path d="${markerPath(style?.shape ?? 'none', (m.x1 + m.x2) / 2, cy)}" fill="${fill}" stroke="${stroke}" stroke-width="${outside ? 1.8 : 0.8}"/>`;
  } else {
    const fill = `url(#pat-${style?.code ?? 'u'})`;
    const open = e.to === null;
    shape =
      `<rect x="${r1(m.x1)}" y="${r1(y + 1)}" width="${r1(m.x2 - m.x1)}" height="${MARK - 2}" rx="2" fill="${fill}" fill-opacity="${outside ? 0.45 : 1}" stroke="${style?.color ?? '#555'}" stroke-width="${outside ? 1.6 : 1}"${outside || open ? ' stroke-dasharray="3 2"' : ''}/>` +
      (open ? `<path d="M${r1(m.x2)} ${r1(cy)}l-6 -4.5v9z" fill="${style?.color ?? '#555'}"/>` : '');
  }
  const body = `<title>${escapeHtml(what)}</title>${shape}`;
  if (!ref.target) return `<g class="${cls}">${body}</g>`;
  return `<a class="${cls}" href="#${ref.target}">${body}</a>`;
}

/**
 * The timeline SVG for `refs` (from `datedReferences`), or null when there is nothing to draw: no
 * stage and no dated reference. One `.tl-band` per claimed stage, one `.tl-mark` per reference.
 */
export function timelineSvg(model: ReportModel, refs: DatedReference[]): string | null {
  const stages = model.stages;
  const axis = axisFor(stages, refs, model.report.source.year);
  if (!axis) return null;
  const parts: string[] = [];
  const top = stages.length > 0 ? BAND_Y + BAND_H + 4 : BAND_Y;
  const axisY = top;
  let y = axisY + 28;
  const strips: string[] = [];
  for (const strip of STRIPS) {
    const inStrip = refs.filter((r) => r.placement === strip.placement);
    if (inStrip.length === 0) continue;
    const caption = strip.placement === 'unstaged' && model.state !== 'claimed' ? 'Dated references' : strip.caption;
    const { marks, lanes } = placeMarks(inStrip, axis);
    const height = 18 + lanes * LANE + 6;
    strips.push(
      `<g class="tl-strip tl-strip-${strip.placement}">` +
        (strip.outside ? `<rect x="0" y="${y}" width="${WIDTH}" height="${height}" fill="url(#pat-u)" fill-opacity="0.18"/>` : '') +
        `<text x="${PAD_X}" y="${y + 12}" class="tl-caption">${escapeHtml(caption)} (${inStrip.length})</text>` +
        marks.map((m) => markSvg(m, y + 18 + m.lane * LANE, strip.outside)).join('') +
        `</g>`,
    );
    y += height + 4;
  }
  const height = Math.max(y, axisY + 30);
  // Year ticks and faint grid lines through the strips.
  const step = tickStep(axis.to - axis.from);
  const ticks: string[] = [];
  for (let year = Math.ceil(axis.from / step) * step; year <= axis.to; year += step) {
    const x = r1(axis.x(year));
    ticks.push(`<line x1="${x}" x2="${x}" y1="${axisY}" y2="${height}" class="tl-grid"/><text x="${x}" y="${axisY + 16}" class="tl-tick">${escapeHtml(formatYear(year))}</text>`);
  }
  // Stage boundaries as dashed lines through everything, so a mark's place against them is visible.
  const bounds = new Set<number>();
  for (const s of stages) {
    if (s.from !== null) bounds.add(s.from);
    if (s.to !== null) bounds.add(s.to + 1);
  }
  const boundaryLines = [...bounds].map((b) => `<line x1="${r1(axis.x(b))}" x2="${r1(axis.x(b))}" y1="${BAND_Y}" y2="${height}" class="tl-bound"/>`);
  parts.push(
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-label="Timeline: ${stages.length} claimed stage(s), ${refs.length} dated reference(s)">`,
    PATTERN_DEFS,
    ticks.join(''),
    `<line x1="${PAD_X}" x2="${WIDTH - PAD_X}" y1="${axisY}" y2="${axisY}" class="tl-axis"/>`,
    bandsSvg(stages, axis),
    boundaryLines.join(''),
    strips.join(''),
    `</svg>`,
  );
  return parts.join('');
}
