/**
 * Checks of the claim itself: is there one; do the thesis and the headings agree on count, order
 * and years; where does each stage's name and years come from.
 */
import type { Check, CheckEvidence } from '../../doc.js';
import { list, quote, sentenceEvidence, stageName, years, type CheckContext } from './context.js';

/** A text without a periodisation gets one check saying so, and no other stage checks. */
export function noPeriodisation(ctx: CheckContext): Check | null {
  if (ctx.stages.length > 0) return null;
  const countOnly = ctx.doc.messages.find((m) => m.code === 'periodisation/count-without-stages');
  return {
    id: 'periodisation-claimed',
    status: 'warn',
    message: countOnly
      ? `No periodisation could be read: ${countOnly.message}, and no headings carry stages. Nothing to check.`
      : 'No periodisation claimed: no sentence announces stages and no headings carry them. The stage checks do not apply.',
    evidence: countOnly && countOnly.start !== undefined ? [{ start: countOnly.start, end: countOnly.end }] : [],
  };
}

/** Thesis against headings: count, order and years, and stages dated only elsewhere. */
export function thesisVsHeadings(ctx: CheckContext): Check | null {
  if (ctx.stages.length === 0) return null;
  // In reading order: the sentence that counts the stages comes before those that take them in turn.
  const position = new Map(ctx.sentences.map((s, i) => [s.id, i]));
  const thesisIds = [...new Set(ctx.stages.flatMap((s) => s.announcedIn))].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const evidence: CheckEvidence[] = [];
  const notes: string[] = [];
  let status: Check['status'] = 'pass';
  const withHeading = ctx.stages.filter((s) => s.headingSectionId !== null);
  if (thesisIds.length === 0) {
    notes.push(`The ${ctx.stages.length} stages are claimed by section headings only; no sentence announces them.`);
    for (const s of withHeading) {
      const sec = ctx.sectionById.get(s.headingSectionId!)!;
      if (sec.headingSpan) evidence.push({ sectionId: sec.id, start: sec.headingSpan.start, end: sec.headingSpan.end, text: sec.heading ?? undefined });
    }
    const repeated = ctx.sections.filter((sec) => sec.heading && withHeading.some((s) => s.headingSectionId !== sec.id && ctx.sectionById.get(s.headingSectionId!)?.heading === sec.heading));
    if (repeated.length > 0) {
      status = 'warn';
      notes.push(`A stage heading repeats: ${list(repeated.map((r) => `'${r.heading}' (${r.id})`))}.`);
    }
  } else {
    const thesis = thesisIds.map((id) => ctx.sentenceById.get(id)!).filter(Boolean);
    notes.push(`The thesis ${list(thesis.map((t) => quote(t)))} announces ${ctx.claimedCount} stages.`);
    thesis.forEach((t) => evidence.push(sentenceEvidence(t, 'thesis')));
    if (withHeading.length === 0) {
      notes.push('No section heading follows the scheme: the stages are not used to organise the text.');
      status = 'warn';
    } else {
      const byYears = withHeading.filter((s) => s.yearsFrom?.from === 'thesis' || s.yearsFrom?.from === 'text');
      const matched = withHeading.map((s) => `stage ${s.ordinal} → '${ctx.sectionById.get(s.headingSectionId!)?.heading}'`);
      notes.push(`Headings follow in the same order: ${list(matched)}.`);
      if (withHeading.length < ctx.stages.length) {
        status = 'warn';
        notes.push(`${list(ctx.stages.filter((s) => !s.headingSectionId).map((s) => `stage ${s.ordinal}`))} ha${ctx.stages.length - withHeading.length > 1 ? 've' : 's'} no section of its own.`);
      }
      for (const s of withHeading) {
        const sec = ctx.sectionById.get(s.headingSectionId!)!;
        if (sec.headingSpan) evidence.push({ sectionId: sec.id, start: sec.headingSpan.start, end: sec.headingSpan.end, text: sec.heading ?? undefined, note: `heading of stage ${s.ordinal}` });
        if (!/\d{4}/.test(sec.heading ?? '') && byYears.includes(s)) {
          notes.push(`The heading of stage ${s.ordinal} ('${sec.heading}') gives no years.`);
        }
      }
    }
    for (const s of ctx.stages) {
      if (s.yearsFrom?.from === 'text' && s.evidence && s.evidence.length > 1) {
        const source = ctx.sentences.find((x) => x.start === s.evidence![1].start);
        if (source) {
          status = 'warn';
          notes.push(`Stage ${s.ordinal} starts in ${s.from}, but neither the thesis nor its heading says so: the year comes only from ${quote(source, 14)}.`);
          evidence.push(sentenceEvidence(source, `start year of stage ${s.ordinal}`));
        }
      }
      if (s.yearsFrom?.from === 'previous stage') {
        status = 'warn';
        notes.push(`Stage ${s.ordinal}${s.label ? ` ('${s.label}')` : ''} has no years in the text: its start (${s.from}) is taken from the end of stage ${s.ordinal - 1}.`);
      }
      if (s.from === null) {
        status = 'warn';
        notes.push(`Stage ${s.ordinal}${s.label ? ` ('${s.label}')` : ''} has no years anywhere in the text, so the text's dates cannot be checked against it.`);
      }
    }
  }
  if (ctx.claimedCount !== null && ctx.claimedCount !== ctx.stages.length) {
    status = 'fail';
    notes.push(`The text announces ${ctx.claimedCount} stages but ${ctx.stages.length} were found.`);
  }
  const open = ctx.stages.filter((s) => s.from !== null && s.to === null);
  if (open.length) notes.push(`${list(open.map((s) => `Stage ${s.ordinal}`))} is open-ended (${years(open[0])}).`);
  return { id: 'thesis-vs-headings', status, message: notes.join(' '), evidence };
}

/** Where the stages' names come from: the thesis, the headings, or nowhere. */
export function stageNames(ctx: CheckContext): Check | null {
  if (ctx.stages.length === 0) return null;
  const thesisIds = new Set(ctx.stages.flatMap((s) => s.announcedIn));
  // (In any case: an ALL-CAPS heading's stage is named as the text writes the words, 'TOLERANCE' → 'Tolerance'.)
  const fromHeading = ctx.stages.filter((s) => s.label && s.headingSectionId && ctx.sectionById.get(s.headingSectionId)?.heading?.toLowerCase().includes(s.label.toLowerCase()));
  const inThesis = ctx.stages.filter((s) => s.label && [...thesisIds].some((id) => ctx.sentenceById.get(id)?.text.toLowerCase().includes(s.label!.toLowerCase())));
  const unnamed = ctx.stages.filter((s) => !s.label);
  const parts: string[] = [];
  let status: Check['status'] = 'pass';
  if (thesisIds.size > 0 && fromHeading.length > 0 && inThesis.length === 0) {
    status = 'warn';
    parts.push(`The stage names (${list(fromHeading.map((s) => `'${s.label}'`))}) appear only in headings; the thesis names none of them.`);
  } else if (inThesis.length > 0) {
    parts.push(`The thesis names the stages: ${list(inThesis.map((s) => `'${s.label}'`))}.`);
  } else if (fromHeading.length > 0) {
    parts.push(`The stages are named by their headings: ${list(fromHeading.map((s) => `'${s.label}'`))}.`);
  }
  if (unnamed.length) {
    status = 'warn';
    parts.push(`${list(unnamed.map((s) => stageName(s)))} ha${unnamed.length > 1 ? 've' : 's'} no name.`);
  }
  return { id: 'stage-names', status, message: parts.join(' ') || 'Stage names could not be traced.', evidence: [] };
}
