/**
 * HTML reports: one self-contained page per report (styles, script and data inline; nothing is
 * fetched) and the corpus overview. Entry points:
 *
 * - {@link writeReportHtml}`(report, originalText, sink)` streams a report page into `sink`;
 *   {@link renderReportHtml} returns it as one string.
 * - {@link renderIndexHtml}`(rows)` renders `index.html` from one {@link IndexRowForHtml} per input:
 *   the batch's `index.json` row plus `html`, the page's file name. {@link indexPageStart},
 *   {@link indexPageRow} and {@link indexPageEnd} write the same page row by row.
 *
 * The page shows whatever layers the report has; a missing layer is stated in its section.
 */
import type { Report } from '../report.js';
import { checksSection } from './checks.js';
import { escapeAttr, escapeHtml, shorten } from './escape.js';
import { formatYears, stageName } from './format.js';
import { buildModel, datedReferences, type ReportModel } from './model.js';
import { bufferedSink, pageHead, pageTail } from './page.js';
import { stagesSection, stateNote } from './stages.js';
import { writeTextView } from './text.js';
import { timelineLegend } from './marks.js';
import { STRIPS, timelineSvg } from './timeline.js';

export { indexPageEnd, indexPageRow, indexPageStart, renderIndexHtml, type IndexPageOptions, type IndexRowForHtml } from './overview.js';

/** Reports with more sentences than this let the browser skip laying out paragraphs off screen. */
const LARGE = 3000;

const number = (n: number): string => n.toLocaleString('en-GB');

function header(model: ReportModel): string {
  const { report } = model;
  const src = report.source;
  const title = src.title ?? src.id ?? src.path ?? 'Untitled text';
  const byline = [src.authors.join(', '), typeof src.year === 'number' ? String(src.year) : ''].filter(Boolean).join(' · ');
  const facts: [string, string][] = [
    ['Text', src.path ?? src.id ?? '(string)'],
    ['Words', number(src.words)],
    ['Sentences', number(report.sentences.length)],
    ['Claimed stages', model.state === 'absent' ? 'not analysed' : model.state === 'none' ? 'none' : String(report.periodisation!.claimedCount ?? model.stages.length)],
  ];
  const summary = report.summary;
  const verdict = summary ? `<p class="verdict"><span class="badge">${escapeHtml(summary.verdictLevel)}</span> ${escapeHtml(summary.verdict)}</p>` : '';
  return (
    `<header class="top"><div class="wrap"><p class="kicker">periodcheck report</p><h1>${escapeHtml(title)}</h1>` +
    (byline ? `<p class="byline">${escapeHtml(byline)}</p>` : '') +
    `<dl class="facts">${facts.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>${verdict}</div></header>\n` +
    `<nav class="toc" aria-label="Sections"><div class="wrap"><a href="#timeline">Timeline</a><a href="#stages">Per stage</a><a href="#checks">Checks</a><a href="#text">Text</a><a href="#diagnostics">Diagnostics</a></div></nav>\n`
  );
}

function timelineSection(model: ReportModel): string {
  const parts = [`<section class="block" id="timeline" aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2>`];
  if (model.state !== 'claimed') parts.push(stateNote(model.state));
  else {
    parts.push(
      `<ol class="stage-list">${model.stages
        .map((s) => `<li${s.to === null ? ' class="open"' : ''}><b>${escapeHtml(stageName(s))}</b> ${escapeHtml(formatYears(s.from, s.to))}${s.to === null && s.from !== null ? ' (open)' : ''}</li>`)
        .join('')}</ol>`,
    );
  }
  const temporal = model.report.temporalExpressions;
  const refs = datedReferences(model);
  const svg = timelineSvg(model, refs);
  if (!temporal) parts.push(`<p class="muted">Dated references: not analysed (the report has no temporal expressions layer).</p>`);
  else if (refs.length === 0) parts.push(`<p class="muted">The text has no dated references.</p>`);
  if (svg) {
    const counts = STRIPS.map((s) => ({ s, n: refs.filter((r) => r.placement === s.placement).length })).filter((c) => c.n > 0);
    if (refs.length) {
      parts.push(
        `<p class="note">${refs.length} dated reference${refs.length === 1 ? '' : 's'}${model.state === 'claimed' ? `: ${counts.map((c) => `${c.n} ${escapeHtml(c.s.placement === 'unstaged' ? 'in sections without a stage' : c.s.placement === 'inside' ? "inside their section's stage" : c.s.placement)}`).join(', ')}` : ''}. Select a mark to read its sentence.</p>`,
      );
    }
    parts.push(timelineLegend(), `<p class="note pan-hint">Swipe the chart sideways to see every year.</p><div class="timeline-scroll" tabindex="0" role="region" aria-label="Timeline chart">${svg}</div>`);
  }
  parts.push(`</section>\n`);
  return parts.join('');
}

function textKey(model: ReportModel): string {
  const { report } = model;
  const items: string[] = [];
  if (report.sentences.some((s) => s.stance)) {
    items.push(
      `<li><span class="s st-r" data-tag="rep">repression</span></li><li><span class="s st-m" data-tag="mix">mixed</span></li>` +
        `<li><span class="s st-c" data-tag="coop">cooperation</span></li><li><span class="s">neutral (no tint)</span></li>`,
    );
  } else items.push('<li class="muted">Stance: not analysed.</li>');
  if (report.sentences.some((s) => s.period)) {
    items.push(`<li>Tag = period: <b>1</b>, <b>2</b>… stage; <b>bg</b> before; <b>after</b>; <b>span</b>; <b>–</b> none</li>`);
    if (model.state === 'claimed') items.push(`<li><span class="s p-stage1 off" data-tag="1">dashed tag</span>: about another stage than its section's</li>`);
  }
  else items.push('<li class="muted">Period: not analysed.</li>');
  const layer = (present: unknown, html: string, name: string): string => (present ? html : `<li class="muted">${name}: not analysed.</li>`);
  items.push(
    layer(report.temporalExpressions, '<li><mark class="m-date">date</mark></li>', 'Dates'),
    layer(report.entities, '<li><mark class="m-ent">entity</mark></li>', 'Entities'),
    layer(report.citations, '<li><mark class="m-cit">citation</mark></li>', 'Citations'),
    '<li class="muted">Hover (or tap) a highlight for its normalised value.</li>',
  );
  return `<ul class="key">${items.join('')}</ul>`;
}

function diagnosticsSection(model: ReportModel): string {
  const list = model.report.diagnostics;
  const count = (s: string): number => list.filter((d) => d.severity === s).length;
  const shown = list.slice(0, 500);
  const items = shown.map((d) => `<li><b>${escapeHtml(d.severity)}</b> <code>${escapeHtml(d.code)}</code> ${escapeHtml(shorten(d.message, 300))}${d.start !== undefined ? ` <span class="muted">@${d.start}–${d.end ?? d.start}</span>` : ''}</li>`);
  if (list.length > shown.length) items.push(`<li class="muted">… and ${list.length - shown.length} more (see the JSON report).</li>`);
  return (
    `<section class="block" id="diagnostics" aria-labelledby="h-diag"><h2 id="h-diag">Diagnostics</h2>` +
    (list.length
      ? `<details class="diag"><summary>${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes</summary><ul class="diag-list">${items.join('')}</ul></details>`
      : '<p class="muted">None.</p>') +
    `</section>\n`
  );
}

function footer(report: Report): string {
  return (
    `<footer><div class="wrap">${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} · report schema ${escapeHtml(report.schemaVersion)} · ` +
    `pipeline ${escapeHtml(report.pipeline.name ?? '')}: ${escapeHtml(report.pipeline.stages.join(', '))} · config <code title="${escapeAttr(report.pipeline.configHash)}">${escapeHtml(report.pipeline.configHash.slice(0, 12))}</code> · ` +
    `text sha256 <code title="${escapeAttr(report.source.sha256)}">${escapeHtml(report.source.sha256.slice(0, 12))}</code></div></footer>\n`
  );
}

/**
 * Writes the HTML page of `report` into `sink`, in chunks of about 1 MiB.
 * @param report A report as `toReport` makes it (any subset of layers).
 * @param originalText The text the report's offsets refer to (the decoded input); used to place
 *   entities, dates and citations in the sentences' clean text. The page holds the text once.
 * @param sink Receives the page in order (e.g. a file writer from `writeFileAtomicWith`).
 */
export function writeReportHtml(report: Report, originalText: string, sink: (chunk: string) => void): void {
  const model = buildModel(report);
  const out = bufferedSink(sink);
  const title = report.source.title ?? report.source.id ?? 'Report';
  out.write(pageHead(`${title} — periodcheck`, report.sentences.length > LARGE ? 'large' : ''));
  out.write(header(model));
  out.write('<main class="wrap">\n');
  out.write(timelineSection(model));
  out.write(`<section class="block" id="stages" aria-labelledby="h-stages"><h2 id="h-stages">Per stage</h2>${stagesSection(model)}</section>\n`);
  out.write(`<section class="block" id="checks" aria-labelledby="h-checks"><h2 id="h-checks">Checks</h2>${checksSection(model)}</section>\n`);
  out.write(`<section class="block" id="text" aria-labelledby="h-text"><h2 id="h-text">The text</h2>${textKey(model)}`);
  if (report.sentences.length === 0) out.write('<p class="muted">The report holds no sentences.</p>');
  else writeTextView(model, originalText, out.write);
  out.write('</section>\n');
  out.write(diagnosticsSection(model));
  out.write('</main>\n');
  out.write(footer(report));
  out.write(pageTail());
  out.flush();
}

/** The HTML page of `report` as one string (see {@link writeReportHtml}). */
export function renderReportHtml(report: Report, originalText: string): string {
  const chunks: string[] = [];
  writeReportHtml(report, originalText, (c) => chunks.push(c));
  return chunks.join('');
}
