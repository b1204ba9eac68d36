/**
 * The corpus overview (`index.html`): one row per input with its claimed stages, check statuses
 * and stance per stage as small bars, linking to each report page.
 *
 * Rows have the shape of the batch's `index.json` rows (`IndexRow` in `src/tables.ts`, typed here
 * structurally so either can change without the other breaking silently in tests) plus `html`, the
 * report page. The page can be written row by row as the batch goes ({@link indexPageStart},
 * {@link indexPageRow}, {@link indexPageEnd}), so a corpus of any size needs no rows in memory.
 */
import type { CheckStatus, Stance } from '../doc.js';
import { escapeAttr, escapeHtml, shorten } from './escape.js';
import { formatYears, STANCE_STYLES, STATUS_STYLE, stageName } from './format.js';
import { pageHead, pageTail } from './page.js';
import { stanceBar } from './stages.js';

/** One row of the overview: an input that was analysed or that failed (an `index.json` row + `html`). */
export interface IndexRowForHtml {
  /** The input's id (null for a JSON Lines row too broken to have one). */
  id: string | null;
  path: string;
  status: 'ok' | 'failed';
  /** The report page, relative to index.html (e.g. `essay.report.html`). */
  html?: string;
  /** The JSON report, relative to index.html. */
  report?: string;
  error?: { code: string; message: string };
  words?: number;
  sentences?: number;
  title?: string | null;
  claimedCount?: number | null;
  /** The summary's verdict level, when the report has a summary. */
  verdict?: string | null;
  /** Claimed stages; absent when the report has no periodisation layer, empty when none is claimed. */
  stages?: {
    ordinal: number;
    label: string | null;
    from: number | null;
    to: number | null;
    /** Sentences of the stage (null when sentences carry no period labels). */
    sentences: number | null;
    /** Stance shares (0–1) among the stage's sentences; null when none has a stance. */
    stance: Record<Stance, number> | null;
  }[];
  /** Each check's status, by check id (absent without a periodisation layer). */
  checks?: Record<string, CheckStatus>;
}

/** Options of the overview page. */
export interface IndexPageOptions {
  /** Page heading (default: `'periodcheck: corpus overview'`). */
  title?: string;
  /** Shown under the heading when given (e.g. when the batch ran). */
  generatedAt?: string;
}

function stagesCell(r: IndexRowForHtml): string {
  if (!r.stages) return '<span class="muted">not analysed</span>';
  if (r.stages.length === 0) return '<span data-state="none">no periodisation claimed</span>';
  return `<ol>${r.stages.map((s) => `<li>${escapeHtml(stageName(s))} <span class="muted">${escapeHtml(formatYears(s.from, s.to))}</span></li>`).join('')}</ol>`;
}

function stanceCell(r: IndexRowForHtml): string {
  if (!r.stages || r.stages.length === 0) return '<span class="muted">—</span>';
  const rows = r.stages.map((s) => {
    const shares = s.stance;
    const total = shares ? STANCE_STYLES.reduce((n, st) => n + (shares[st.name] ?? 0), 0) : 0;
    const bar = stanceBar(shares ? { counts: shares, total, source: 'summary' } : null, true);
    const count = s.sentences !== null ? ` <small class="muted" title="sentences in stage ${s.ordinal}">${s.sentences}</small>` : '';
    return `<li class="mini"><span>${s.ordinal}</span>${bar}${count}</li>`;
  });
  return `<ul>${rows.join('')}</ul>`;
}

function checksCell(r: IndexRowForHtml): string {
  if (!r.checks) return '<span class="muted">not analysed</span>';
  const entries = Object.entries(r.checks);
  if (entries.length === 0) return '<span class="muted">none</span>';
  return entries
    .map(([id, status]) => `<span class="chip status status-${escapeAttr(status)}" title="${escapeAttr(`${id}: ${status}`)}"><span aria-hidden="true">${STATUS_STYLE[status]?.icon ?? '?'}</span> ${escapeHtml(id)}</span>`)
    .join('');
}

/** The table row of one input. */
export function indexPageRow(r: IndexRowForHtml): string {
  const name = escapeHtml(r.title ?? r.id ?? r.path);
  const link = r.html ? `<a class="report-link" href="${escapeAttr(encodeURI(r.html))}">${name}</a>` : `<b>${name}</b>`;
  const meta = [r.id ?? r.path, r.words !== undefined ? `${r.words.toLocaleString('en-GB')} words` : '', r.sentences !== undefined ? `${r.sentences} sentences` : ''].filter(Boolean);
  const json = r.report ? ` · <a href="${escapeAttr(encodeURI(r.report))}">JSON</a>` : '';
  const first = `<td data-label="Text">${link}<br><small class="muted">${escapeHtml(meta.join(' · '))}</small>${json}</td>`;
  const id = escapeAttr(r.id ?? r.path);
  if (r.status === 'failed') {
    const error = r.error ? `<code>${escapeHtml(r.error.code)}</code> ${escapeHtml(shorten(r.error.message, 300))}` : '';
    return `<tr class="failed" data-id="${id}">${first}<td colspan="4" data-label="Failed"><span class="status status-fail"><span aria-hidden="true">✗</span> failed</span> ${error}</td></tr>\n`;
  }
  return (
    `<tr data-id="${id}">${first}<td data-label="Claimed stages">${stagesCell(r)}</td><td data-label="Stance per stage (sentences)">${stanceCell(r)}</td>` +
    `<td data-label="Checks">${checksCell(r)}</td><td data-label="Verdict">${r.verdict ? escapeHtml(r.verdict) : '<span class="muted">—</span>'}</td></tr>\n`
  );
}

/** Everything before the first row. */
export function indexPageStart(options: IndexPageOptions = {}): string {
  const title = options.title ?? 'periodcheck: corpus overview';
  const legend = STANCE_STYLES.map((s) => `<li><i class="sw st-${s.code}"></i>${escapeHtml(s.name)}</li>`).join('');
  return (
    pageHead(title) +
    `<header class="top"><div class="wrap"><p class="kicker">periodcheck</p><h1>${escapeHtml(title)}</h1>` +
    (options.generatedAt ? `<p class="byline">${escapeHtml(options.generatedAt)}</p>` : '') +
    `</div></header>\n<main class="wrap"><section class="block"><ul class="legend">${legend}</ul>` +
    `<table class="overview"><thead><tr><th>Text</th><th>Claimed stages</th><th>Stance per stage <small>(sentences)</small></th><th>Checks</th><th>Verdict</th></tr></thead><tbody>\n`
  );
}

/** Everything after the last row; `counts` (when given) are stated under the table. */
export function indexPageEnd(counts?: { ok: number; failed: number }): string {
  const total = counts ? counts.ok + counts.failed : 0;
  const line = counts ? `<p class="note" id="totals">${total} text${total === 1 ? '' : 's'}: ${counts.ok} analysed${counts.failed ? `, ${counts.failed} failed` : ''}.</p>` : '';
  return `</tbody></table>${line}</section></main>\n${pageTail()}`;
}

/**
 * The corpus overview page in one string.
 * @param rows One per input, in input order (failed inputs included).
 * @param options Title and date line.
 */
export function renderIndexHtml(rows: IndexRowForHtml[], options: IndexPageOptions = {}): string {
  const ok = rows.filter((r) => r.status === 'ok').length;
  return indexPageStart(options) + rows.map(indexPageRow).join('') + indexPageEnd({ ok, failed: rows.length - ok });
}
