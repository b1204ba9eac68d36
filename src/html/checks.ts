/**
 * The checks: each with its status (icon + word + colour), message and links to its evidence.
 * Evidence points to a sentence by id, to a section, or to an original span; a span is resolved to
 * the sentence that holds it, so every piece of evidence with a place in the text is a link.
 */
import type { Check, CheckEvidence } from '../doc.js';
import { escapeAttr, escapeHtml, idPart, sectionAnchor, sentenceAnchor, shorten } from './escape.js';
import { STATUS_STYLE } from './format.js';
import type { ReportModel } from './model.js';
import { stateNote } from './stages.js';

function evidenceItem(e: CheckEvidence, model: ReportModel): string {
  const sentence =
    (e.sentenceId !== undefined ? model.sentenceById.get(e.sentenceId) : undefined) ??
    (e.start !== undefined ? (model.sentenceAt(e.start) ?? undefined) : undefined);
  const section = e.sectionId !== undefined ? model.report.sections.find((s) => s.id === e.sectionId) : undefined;
  const quote = e.text ?? sentence?.text ?? section?.heading ?? null;
  const note = e.note ? ` <span class="ev-note">${escapeHtml(e.note)}</span>` : '';
  const label = `${sentence ? `<span class="ev-id">${escapeHtml(sentence.id)}</span> ` : section ? `<span class="ev-id">${escapeHtml(section.heading ?? section.id)}</span> ` : ''}${quote ? `“${escapeHtml(shorten(quote, 180))}”` : ''}`;
  const target = sentence ? sentenceAnchor(sentence.id) : section ? sectionAnchor(section.id) : null;
  if (!target) return `<li class="ev-missing">${label || escapeHtml(JSON.stringify(e))}${note}</li>`;
  return `<li><a class="ev" href="#${target}">${label || 'see text'}</a>${note}</li>`;
}

function checkItem(check: Check, model: ReportModel): string {
  const status = STATUS_STYLE[check.status] ?? { icon: '?', word: check.status };
  const evidence = check.evidence.length
    ? `<ul class="evidence">${check.evidence.map((e) => evidenceItem(e, model)).join('')}</ul>`
    : '<p class="muted">No evidence attached.</p>';
  const data = check.data && Object.keys(check.data).length
    ? `<details class="check-data"><summary>data</summary><pre>${escapeHtml(JSON.stringify(check.data, null, 1))}</pre></details>`
    : '';
  return (
    `<li class="check check-${escapeAttr(check.status)}" id="check-${idPart(check.id)}" data-status="${escapeAttr(check.status)}">` +
    `<div class="check-head"><span class="status status-${escapeAttr(check.status)}"><span aria-hidden="true">${status.icon}</span> ${escapeHtml(status.word)}</span> ` +
    `<code class="check-id">${escapeHtml(check.id)}</code></div>` +
    `<p class="check-msg">${escapeHtml(check.message)}</p>${evidence}${data}</li>`
  );
}

/** The "Checks" section body. */
export function checksSection(model: ReportModel): string {
  const p = model.report.periodisation;
  if (!p) return stateNote('absent');
  const counts = { pass: 0, warn: 0, fail: 0 } as Record<string, number>;
  for (const c of p.checks) counts[c.status] = (counts[c.status] ?? 0) + 1;
  const head = model.state === 'none' ? stateNote('none') : '';
  if (p.checks.length === 0) return `${head}<p class="muted">The report holds no checks.</p>`;
  const tally = (['fail', 'warn', 'pass'] as const)
    .map((s) => `<span class="status status-${s}"><span aria-hidden="true">${STATUS_STYLE[s].icon}</span> ${counts[s] ?? 0} ${STATUS_STYLE[s].word}</span>`)
    .join(' ');
  return `${head}<p class="tally">${tally}</p><ol class="checks">${p.checks.map((c) => checkItem(c, model)).join('')}</ol>`;
}
