/**
 * The text view: every sentence of the report once, in order, grouped into its sections and
 * paragraphs, tinted by stance and tagged with its period (the tag is drawn by CSS from `data-tag`,
 * so it costs a few bytes per sentence). Entities, dates and citations are `<mark>`s whose `title`
 * holds their normalised value. Sentences show their clean text; spans are placed in it by
 * alignment with the original (see `align.ts`).
 */
import type { Report, ReportSentence } from '../report.js';
import { alignClean, toCleanSpan } from './align.js';
import { escapeAttr, escapeHtml, idPart, sectionAnchor, sentenceAnchor, shorten } from './escape.js';
import { formatYears, periodName, periodTag, STANCE_STYLE, stageName } from './format.js';
import type { ReportModel } from './model.js';

/** A highlight in original offsets, before it is placed in its sentence's clean text. */
interface Highlight {
  start: number;
  end: number;
  text: string;
  cls: string;
  title: string;
}

/** Key of a section heading's highlights in the map of {@link highlightsByHolder}. */
const headingKey = (sectionId: string): string => `\u0000${sectionId}`;

/** Highlights grouped by the sentence (its id) or the heading (`headingKey`) that holds them. */
function highlightsByHolder(model: ReportModel): Map<string, Highlight[]> {
  const { report } = model;
  const out = new Map<string, Highlight[]>();
  const add = (sentenceId: string | null, h: Highlight): void => {
    const sentence = (sentenceId ? model.sentenceById.get(sentenceId) : undefined) ?? model.sentenceAt(h.start);
    let key = sentence?.id;
    if (!key) {
      // A date in a heading ("Recognition (1986–99)") has no sentence.
      const section = model.sectionAt(h.start);
      if (!section || section.headingStart === null || section.headingEnd === null || h.start < section.headingStart || h.end > section.headingEnd) return;
      key = headingKey(section.id);
    }
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push(h);
  };
  const refs = new Map((report.references ?? []).map((r) => [r.id, r]));
  for (const t of report.temporalExpressions ?? []) {
    const title = `${formatYears(t.from, t.to)} · ${t.kind} · EDTF ${t.edtf}${t.cues?.length ? `\n${t.cues.join('; ')}` : ''}`;
    add(t.sentenceId, { start: t.start, end: t.end, text: t.text, cls: `m-date k-${t.kind}`, title });
  }
  for (const e of report.entities ?? []) {
    // The title repeats on every mention: a few aliases only.
    const others = e.aliases.filter((a) => a !== e.canonical);
    const also = others.length ? `\nalso: ${others.slice(0, 4).join('; ')}${others.length > 4 ? ` (+${others.length - 4})` : ''}` : '';
    const title = `${e.canonical} (${e.type})${also}\n${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`;
    for (const m of e.mentions) add(m.sentenceId, { start: m.start, end: m.end, text: m.text, cls: `m-ent e-${e.type}`, title });
  }
  for (const c of report.citations ?? []) {
    const ref = c.referenceId ? refs.get(c.referenceId) : undefined;
    const title = `${c.authors.join(', ')} ${c.year}${c.pages ? `: ${c.pages}` : ''} (${c.form} citation)${ref ? `\n→ ${shorten(ref.text, 200)}` : ''}`;
    add(c.sentenceId, { start: c.start, end: c.end, text: c.text, cls: 'm-cit', title });
  }
  return out;
}

/**
 * The inner HTML of a sentence or heading: its `clean` text, whose original span is `start..end`
 * of `original`, with its highlights as nested `<mark>`s.
 */
export function markedText(clean: string, original: string, start: number, end: number, highlights: Highlight[] | undefined): string {
  if (!highlights || highlights.length === 0) return escapeHtml(clean);
  const map = alignClean(clean, original.slice(start, end));
  const placed: { start: number; end: number; h: Highlight }[] = [];
  for (const h of highlights) {
    const span = toCleanSpan(clean, map, h.start - start, h.end - start, h.text);
    if (span) placed.push({ ...span, h });
  }
  // Outer spans first; a span crossing the end of the one it starts in is clipped to it, so the
  // marks always nest ("(Lee 2003)" holds the date 2003 only if both were found).
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  const stack: { end: number }[] = [];
  let pos = 0;
  const closeUntil = (limit: number): void => {
    while (stack.length && stack[stack.length - 1].end <= limit) {
      const top = stack.pop()!;
      out.push(escapeHtml(clean.slice(pos, top.end)), '</mark>');
      pos = top.end;
    }
  };
  for (const p of placed) {
    closeUntil(p.start);
    const end = stack.length ? Math.min(p.end, stack[stack.length - 1].end) : p.end;
    if (end <= p.start || p.start < pos) continue;
    out.push(escapeHtml(clean.slice(pos, p.start)), `<mark class="${escapeAttr(p.h.cls)}" title="${escapeAttr(p.h.title)}">`);
    pos = p.start;
    stack.push({ end });
  }
  closeUntil(Number.POSITIVE_INFINITY);
  out.push(escapeHtml(clean.slice(pos)));
  return out.join('');
}

function sentenceTitle(s: ReportSentence, model: ReportModel): string {
  const parts = [s.id];
  if (s.period) {
    const stage = s.period.stage !== null ? model.stages.find((st) => st.ordinal === s.period!.stage) : undefined;
    const cues = s.period.cues.slice(0, 3).map((c) => `${c.kind} “${shorten(c.text, 40)}”`).join(', ');
    parts.push(`period: ${stage ? stageName(stage) : periodName(s.period.label)} (${s.period.confidence.toFixed(2)})${cues ? ` — ${cues}` : ''}`);
  }
  if (s.stance) {
    const cues = s.stance.cues.slice(0, 3).map((c) => `“${shorten(c.text, 40)}”`).join(', ');
    parts.push(`stance: ${s.stance.label} (${s.stance.confidence.toFixed(2)})${cues ? ` — ${cues}` : ''}`);
  }
  return parts.join('\n');
}

function sectionHeading(section: Report['sections'][number], model: ReportModel, original: string, highlights: Highlight[] | undefined): string {
  const stage = model.sectionStage.get(section.id);
  const badge = stage ? ` <span class="badge stage-badge">${escapeHtml(stageName(stage))}</span>` : '';
  const level = Math.min(6, 2 + Math.max(1, section.level));
  if (section.heading === null) return `<div class="sec-anchor" id="${sectionAnchor(section.id)}"></div>`;
  const inner = section.headingStart !== null && section.headingEnd !== null ? markedText(section.heading, original, section.headingStart, section.headingEnd, highlights) : escapeHtml(section.heading);
  return `<h${level} class="sec-h" id="${sectionAnchor(section.id)}">${inner}${badge}</h${level}>`;
}

/**
 * Writes the text view of `model` into `sink` piece by piece (a 50 MB text is never held twice).
 * `original` is the text the report's offsets refer to.
 */
export function writeTextView(model: ReportModel, original: string, sink: (chunk: string) => void): void {
  const { report } = model;
  const highlights = highlightsByHolder(model);
  const sections = [...report.sections].sort((a, b) => a.start - b.start);
  let next = 0;
  let paragraph: string | null = null;
  const closeParagraph = (): void => {
    if (paragraph !== null) sink('</p>\n');
    paragraph = null;
  };
  const emitSection = (section: Report['sections'][number]): void => {
    closeParagraph();
    sink(sectionHeading(section, model, original, highlights.get(headingKey(section.id))));
    if (section.kind === 'references' && report.references?.length) {
      const inside = report.references.filter((r) => r.start >= section.start && r.end <= section.end);
      if (inside.length) sink(`<ol class="refs">${inside.map((r) => `<li id="ref-${idPart(r.id)}">${escapeHtml(r.text)}</li>`).join('')}</ol>\n`);
    }
  };
  sink('<article class="text">\n');
  for (const s of report.sentences) {
    while (next < sections.length && sections[next].start <= s.start) emitSection(sections[next++]);
    if (s.paragraphId !== paragraph) {
      closeParagraph();
      sink('<p class="para">');
      paragraph = s.paragraphId;
    } else sink(' ');
    const stance = s.stance ? STANCE_STYLE[s.stance.label] : null;
    const tag = [s.period ? periodTag(s.period.label) : '', stance?.tag ?? ''].filter(Boolean).join(' · ');
    // A sentence about another stage than its section's (a flashback, background, a look-ahead).
    const home = model.sectionStage.get(s.sectionId);
    const off = home && s.period && s.period.label !== 'none' && s.period.label !== 'span' && s.period.stage !== home.ordinal;
    const cls = `s${stance ? ` st-${stance.code}` : ''}${s.period ? ` p-${s.period.label}` : ''}${off ? ' off' : ''}`;
    sink(
      `<span class="${escapeAttr(cls)}" id="${sentenceAnchor(s.id)}"${tag ? ` data-tag="${escapeAttr(tag)}"` : ''} title="${escapeAttr(sentenceTitle(s, model))}">` +
        `${markedText(s.text, original, s.start, s.end, highlights.get(s.id))}</span>`,
    );
  }
  while (next < sections.length) emitSection(sections[next++]);
  closeParagraph();
  sink('</article>\n');
}
