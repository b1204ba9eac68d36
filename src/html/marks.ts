/**
 * The visual vocabulary shared by the timeline and its legend: one SVG pattern fill per stance
 * (stripes, dots, solid, light grey; an unlabelled sentence is white with a hairline hatch) and one
 * marker shape per stance (triangle, diamond, circle, square), so stance never rests on colour.
 */
import type { Stance } from '../doc.js';
import { escapeHtml } from './escape.js';
import { STANCE_STYLE, STANCE_STYLES } from './format.js';

/** SVG pattern fills, one per stance, shared by the timeline and the legend. */
export const PATTERN_DEFS = `<defs>
<pattern id="pat-r" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${STANCE_STYLE.repression.color}"/><rect width="2" height="6" fill="#fff" fill-opacity="0.75"/></pattern>
<pattern id="pat-m" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="${STANCE_STYLE.mixed.color}"/><circle cx="2.5" cy="2.5" r="1.1" fill="#fff"/></pattern>
<pattern id="pat-c" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="${STANCE_STYLE.cooperation.color}"/></pattern>
<pattern id="pat-n" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="#C8C8C8"/></pattern>
<pattern id="pat-u" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><path d="M0 6L6 0" stroke="#999" stroke-width="1"/></pattern>
<linearGradient id="open-end" x1="0" x2="1"><stop offset="0" stop-color="#56B4E9" stop-opacity="0.35"/><stop offset="1" stop-color="#56B4E9" stop-opacity="0.02"/></linearGradient>
</defs>`;

/** Path of a marker of `shape` centred on (cx, cy). */
export function markerPath(shape: 'triangle' | 'circle' | 'diamond' | 'square' | 'none', cx: number, cy: number): string {
  const f = (n: number): string => (Math.round(n * 10) / 10).toString();
  switch (shape) {
    case 'triangle':
      return `M${f(cx - 5)} ${f(cy - 4)}H${f(cx + 5)}L${f(cx)} ${f(cy + 5)}Z`;
    case 'diamond':
      return `M${f(cx)} ${f(cy - 5.5)}L${f(cx + 5.5)} ${f(cy)}L${f(cx)} ${f(cy + 5.5)}L${f(cx - 5.5)} ${f(cy)}Z`;
    case 'square':
      return `M${f(cx - 4)} ${f(cy - 4)}h8v8h-8Z`;
    default:
      return `M${f(cx - 4.5)} ${f(cy)}a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0Z`;
  }
}

/** A small legend icon: the marker of `stance` (or a bar swatch with its pattern). */
export function legendIcon(stance: Stance | null, kind: 'point' | 'bar' | 'hollow'): string {
  const style = stance ? STANCE_STYLE[stance] : null;
  if (kind === 'bar') {
    return `<svg class="lg-icon" viewBox="0 0 22 12" width="22" height="12" aria-hidden="true"><rect x="1" y="2" width="20" height="8" rx="2" fill="url(#pat-${style?.code ?? 'u'})" stroke="${style?.color ?? '#555'}"/></svg>`;
  }
  const hollow = kind === 'hollow';
  return `<svg class="lg-icon" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><path d="${markerPath(style?.shape ?? 'none', 7, 7)}" fill="${hollow ? '#fff' : (style?.color ?? '#fff')}" stroke="${hollow ? (style?.color ?? '#555') : '#222'}" stroke-width="${hollow ? 1.8 : 0.8}"/></svg>`;
}

/** Legend of the timeline: stances (shape, pattern, word) and placements. */
export function timelineLegend(): string {
  const items = STANCE_STYLES.map((s) => `<li>${legendIcon(s.name, 'point')}${legendIcon(s.name, 'bar')} ${escapeHtml(s.name)}</li>`);
  items.push(`<li>${legendIcon(null, 'point')}${legendIcon(null, 'bar')} stance not labelled</li>`);
  items.push(`<li>${legendIcon('repression', 'hollow')} hollow or dashed: outside its section's stage</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}
