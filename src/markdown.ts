/**
 * The report's summary as Markdown (`--format md`), for reading in a terminal or pasting into notes.
 * A projection of the JSON report: nothing here is computed that the report does not hold.
 */
import type { Report } from './report.js';

const years = (s: { from: number | null; to: number | null }): string =>
  s.from === null && s.to === null ? 'undated' : s.to === null ? `${s.from ?? '?'}–` : s.from === s.to ? `${s.from}` : `${s.from ?? '?'}–${s.to}`;

/** Escapes text for a Markdown table cell or list item. */
function md(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\s+/g, ' ');
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Renders the summary of `report` as Markdown. */
export function toMarkdown(report: Report): string {
  const out: string[] = [];
  const src = report.source;
  out.push(`# ${md(src.title ?? src.id)}`, '');
  const byline = [src.authors.length ? src.authors.map(md).join(', ') : null, `${src.words.toLocaleString('en')} words`, `${report.sentences.length} sentences`, `${report.tool.name} ${report.tool.version}`].filter(Boolean);
  out.push(byline.join(' · '), '');
  const p = report.periodisation;
  const summary = report.summary;
  if (!p) {
    out.push('_This pipeline does not look for periodisations._', '');
    return `${out.join('\n')}\n`;
  }
  if (p.stages.length === 0) {
    out.push('## No periodisation claimed', '', summary?.verdict ? md(summary.verdict) : 'The text announces no stages.', '');
  } else {
    out.push('## Claimed periodisation', '');
    out.push('| # | Stage | Years | Announced in | Heading | Sentences | Repression | Cooperation | Mixed | Neutral |');
    out.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const s of p.stages) {
      const st = summary?.stages.find((x) => x.ordinal === s.ordinal);
      const heading = s.headingSectionId ? report.sections.find((x) => x.id === s.headingSectionId)?.heading ?? '' : '';
      const shares = st ? [pct(st.stance.shares.repression), pct(st.stance.shares.cooperation), pct(st.stance.shares.mixed), pct(st.stance.shares.neutral)] : ['', '', '', ''];
      out.push(`| ${s.ordinal} | ${md(s.label ?? '—')} | ${years(s)} | ${s.announcedIn.join(', ') || '—'} | ${md(heading) || '—'} | ${st?.sentenceCount ?? ''} | ${shares.join(' | ')} |`);
    }
    out.push('');
    if (summary) out.push('## Verdict', '', `**${summary.verdictLevel}.** ${md(summary.verdict)}`, '');
  }
  if (p.checks.length) {
    out.push('## Checks', '');
    for (const c of p.checks) {
      const where = [...new Set(c.evidence.map((e) => e.sentenceId ?? e.sectionId).filter(Boolean))];
      out.push(`- **${c.status}** \`${c.id}\` — ${md(c.message)}${where.length ? ` _(evidence: ${where.slice(0, 8).join(', ')}${where.length > 8 ? ', …' : ''})_` : ''}`);
    }
    out.push('');
  }
  for (const st of summary?.stages ?? []) {
    out.push(`## Stage ${st.ordinal}${st.label ? `: ${md(st.label)}` : ''} (${years(st)})`, '');
    const c = st.stance.counts;
    out.push(`${st.sentenceCount} sentences — repression ${c.repression}, cooperation ${c.cooperation}, mixed ${c.mixed}, neutral ${c.neutral}.`, '');
    if (st.timeline.length) {
      out.push('Timeline:', '');
      for (const e of st.timeline) out.push(`- **${md(e.date)}** — ${md(e.what)} (${e.sentenceId}${e.placement && e.placement !== 'inside' ? `, ${e.placement}` : ''})`);
      out.push('');
    }
    if (st.topEntities.length) out.push(`Top entities: ${st.topEntities.map((e) => `${md(e.canonical)} (${e.type}, ${e.count})`).join('; ')}.`, '');
    for (const r of st.representative) out.push(`> ${md(r.text)} — _${r.stance}, ${r.sentenceId}_`, '');
  }
  if (summary) {
    const o = summary.outside;
    out.push(`Outside the stages: ${o.before} before, ${o.after} after, ${o.span} spanning several stages, ${o.none} with no historical time.`, '');
  }
  return `${out.join('\n')}\n`;
}
