/**
 * Per-stage cards (stance shares as a stacked bar, sentence counts, top entities, the short
 * timeline of dated events, representative sentences) and the stacked bar itself, which the
 * corpus overview reuses in small.
 */
import { escapeAttr, escapeHtml, sectionAnchor, sentenceAnchor, shorten } from './escape.js';
import { formatYears, percent, STANCE_STYLES, stageName } from './format.js';
import { sentencesByStage, stanceByStage, type ReportModel, type StageStance } from './model.js';

/** A link that scrolls to sentence `id` and highlights it. */
export function sentenceLink(id: string, label: string, cls = 'ev'): string {
  const target = sentenceAnchor(id);
  return `<a class="${cls}" href="#${target}">${label}</a>`;
}

/**
 * A horizontal stacked bar of stance counts: one segment per stance with its pattern, and (unless
 * `small`) a legend with counts and shares. `small` bars carry their numbers in a tooltip.
 */
export function stanceBar(stance: StageStance | null, small = false): string {
  if (!stance) return `<span class="muted">no stance labels</span>`;
  if (stance.total === 0) return `<span class="muted">no labelled sentences</span>`;
  const parts = STANCE_STYLES.filter((s) => stance.counts[s.name] > 0).map((s) => {
    const n = stance.counts[s.name];
    return { s, n, share: n / stance.total };
  });
  // Small bars (the overview) may be given shares rather than counts: they state percentages only.
  const words = parts.map(({ s, n, share }) => (small ? `${s.name} ${percent(share)}` : `${s.name} ${n} (${percent(share)})`)).join(', ');
  const bar =
    `<span class="sbar${small ? ' sbar-small' : ''}" role="img" aria-label="${escapeAttr(`Stance: ${words}`)}" title="${escapeAttr(words)}">` +
    parts.map(({ s, share }) => `<span class="seg st-${s.code}" style="width:${(share * 100).toFixed(2)}%"></span>`).join('') +
    `</span>`;
  if (small) return bar;
  const legend = STANCE_STYLES.map(
    (s) => `<li><i class="sw st-${s.code}"></i>${escapeHtml(s.name)} <b>${stance.counts[s.name]}</b> · ${percent(stance.counts[s.name] / stance.total)}</li>`,
  ).join('');
  const source = stance.source === 'sentences' ? '<p class="note">Counted from the sentences’ labels (the report has no summary).</p>' : '';
  return `${bar}<ul class="sbar-legend">${legend}</ul>${source}`;
}

const PLACEMENT_LABEL: Record<string, string> = {
  inside: 'in stage',
  background: 'background',
  flashback: 'flashback',
  'look-ahead': 'look-ahead',
};

/** The "Per stage" section body. */
export function stagesSection(model: ReportModel): string {
  const { report } = model;
  if (model.state === 'absent') return stateNote('absent');
  if (model.state === 'none') return stateNote('none');
  const stances = stanceByStage(report);
  const counted = sentencesByStage(report);
  const summaries = new Map((report.summary?.stages ?? []).map((s) => [s.ordinal, s]));
  const sections = new Map(report.sections.map((s) => [s.id, s]));
  const cards = model.stages.map((stage) => {
    const summary = summaries.get(stage.ordinal);
    const count = summary?.sentenceCount ?? counted?.get(stage.ordinal) ?? null;
    const meta: string[] = [count === null ? 'sentences not labelled by period' : `<b>${count}</b> sentence${count === 1 ? '' : 's'}`];
    if (stage.announcedIn.length) meta.push(`announced in ${stage.announcedIn.map((id) => sentenceLink(id, escapeHtml(id))).join(', ')}`);
    const heading = stage.headingSectionId ? sections.get(stage.headingSectionId) : undefined;
    if (heading?.heading) meta.push(`heading <a class="ev" href="#${sectionAnchor(heading.id)}">${escapeHtml(heading.heading)}</a>`);
    if (stage.yearsFrom) {
      const end = stage.to === null ? 'open' : (stage.yearsFrom.to ?? 'unknown');
      meta.push(`start year from: ${escapeHtml(stage.yearsFrom.from ?? 'unknown')}, end: ${escapeHtml(end)}`);
    }
    const blocks = [`<p class="meta">${meta.join(' · ')}</p>`, `<h4>Stance</h4>${stanceBar(stances.get(stage.ordinal) ?? null)}`];
    if (summary) {
      blocks.push(
        `<h4>Top entities</h4>` +
          (summary.topEntities.length
            ? `<ul class="ents">${summary.topEntities.map((e) => `<li>${escapeHtml(e.canonical)} <small>${escapeHtml(e.type)}</small> <b>×${e.count}</b></li>`).join('')}</ul>`
            : '<p class="muted">none</p>'),
        `<h4>Dated events</h4>` +
          (summary.timeline.length
            ? `<ol class="events">${summary.timeline
                .map((e) => {
                  const place = e.placement && e.placement !== 'inside' ? ` <span class="badge pl-${escapeAttr(e.placement)}">${escapeHtml(PLACEMENT_LABEL[e.placement] ?? e.placement)}</span>` : '';
                  return `<li>${sentenceLink(e.sentenceId, `<b>${escapeHtml(formatYears(e.from, e.to))}</b>`)} ${escapeHtml(shorten(e.what, 160))}${place}</li>`;
                })
                .join('')}</ol>`
            : '<p class="muted">none</p>'),
      );
      if (summary.representative.length) {
        blocks.push(
          `<h4>Representative sentences</h4><ul class="reps">${summary.representative
            .map((r) => `<li class="st-${STANCE_STYLES.find((s) => s.name === r.stance)?.code ?? 'n'}">${sentenceLink(r.sentenceId, `“${escapeHtml(shorten(r.text, 220))}”`, 'ev rep')} <small>${escapeHtml(r.stance)}</small></li>`)
            .join('')}</ul>`,
        );
      }
    } else blocks.push('<p class="muted">Top entities and dated events: not in this report (no summary layer).</p>');
    return (
      `<article class="card stage-card" id="stage-${stage.ordinal}"><h3>${escapeHtml(stageName(stage))} <span class="years">${escapeHtml(formatYears(stage.from, stage.to))}${stage.to === null && stage.from !== null ? ' (open)' : ''}</span></h3>` +
      `${blocks.join('')}</article>`
    );
  });
  const outside = report.summary?.outside ?? countOutside(report);
  if (outside) {
    const items = (['before', 'after', 'span', 'none'] as const).map((k) => `<li>${escapeHtml({ before: 'before the first stage', after: 'after the last stage', span: 'across stages', none: 'no historical time' }[k])} <b>${outside[k]}</b></li>`);
    cards.push(`<article class="card outside-card"><h3>Outside the stages</h3><ul class="plain">${items.join('')}</ul></article>`);
  }
  return `<div class="cards">${cards.join('')}</div>`;
}

function countOutside(report: ReportModel['report']): Record<'before' | 'after' | 'span' | 'none', number> | null {
  if (!report.sentences.some((s) => s.period)) return null;
  const out = { before: 0, after: 0, span: 0, none: 0 };
  for (const s of report.sentences) {
    const l = s.period?.label;
    if (l === 'before' || l === 'after' || l === 'span' || l === 'none') out[l]++;
  }
  return out;
}

/** The plain statement shown where a section has nothing to show because of the periodisation. */
export function stateNote(state: 'absent' | 'none'): string {
  return state === 'none'
    ? `<p class="state state-none" data-state="none"><b>No periodisation claimed.</b> The text announces no stages, so there is nothing to check its evidence against.</p>`
    : `<p class="state state-absent" data-state="absent"><b>Periodisation not analysed.</b> This report has no periodisation layer (the pipeline that produced it has no periodisation stage).</p>`;
}

