/**
 * Checks of the stages' edges: gaps, overlaps and shared boundary years (and where the text puts
 * events dated on a shared year), and the start and end the introduction gives against the stages.
 */
import type { Check, CheckEvidence, PeriodStage } from '../../doc.js';
import { list, quote, temporalEvidence, years, type CheckContext, type SentenceTemporal } from './context.js';

/** Gaps and overlaps between consecutive stages; events on shared boundary years. */
export function boundaries(ctx: CheckContext): Check | null {
  const dated = ctx.stages.filter((s) => s.from !== null);
  if (dated.length < 2) return null;
  const notes: string[] = [];
  const evidence: CheckEvidence[] = [];
  let status: Check['status'] = 'pass';
  const body = bodyDates(ctx);
  for (let i = 0; i + 1 < dated.length; i++) {
    const a = dated[i];
    const b = dated[i + 1];
    if (a.to === null) {
      status = 'fail';
      notes.push(`Stage ${a.ordinal} is open-ended, yet stage ${b.ordinal} follows it from ${b.from}.`);
      continue;
    }
    if (b.from! > a.to + 1) {
      status = status === 'fail' ? status : 'warn';
      notes.push(`Gap: no stage covers ${a.to + 1}${b.from! - 1 > a.to + 1 ? `–${b.from! - 1}` : ''} (stage ${a.ordinal} ends ${a.to}, stage ${b.ordinal} starts ${b.from}).`);
    } else if (b.from! < a.to) {
      // "from 1986 to the mid-2000s" then "since 2006": an approximate edge names a range of
      // years, and a short overlap inside it is imprecision, not a contradiction.
      const close = a.to - b.from! <= APPROXIMATE_OVERLAP_YEARS;
      const end = close ? approximateEdge(ctx, a, 'to') : null;
      const approximate = end ?? (close ? approximateEdge(ctx, b, 'from') : null);
      if (approximate) {
        status = status === 'fail' ? status : 'warn';
        const which = approximate.kind === 'range' ? `${end ? 'the end' : 'the start'} of '${approximate.text}'` : `'${approximate.text}'`;
        notes.push(`Stage ${a.ordinal} (${years(a)}) and stage ${b.ordinal} (${years(b)}) share ${b.from}–${a.to}, but ${which} is approximate: compatible, though less precise than the other edge.`);
        evidence.push(temporalEvidence(approximate, `approximate edge between stages ${a.ordinal} and ${b.ordinal}`));
      } else {
        status = 'fail';
        notes.push(`Overlap: stage ${a.ordinal} (${years(a)}) and stage ${b.ordinal} (${years(b)}) share ${b.from}–${a.to}.`);
      }
    } else if (b.from === a.to) {
      const placedAny = sharedBoundary(ctx, body, a, b, notes, evidence);
      if (placedAny) status = status === 'fail' ? status : 'warn';
    }
  }
  for (const stage of dated) {
    const matching: SentenceTemporal[] = [];
    for (const t of body.eras) if (t.to !== null && t.from === stage.from && t.to === stage.to) matching.push(t);
    if (matching.length) notes.push(`${list([...new Set(matching.map((t) => `'${t.text}'`))])} (${list(matching.map((t) => t.sentenceId))}) ${matching.length > 1 ? 'match' : 'matches'} the years of stage ${stage.ordinal} exactly.`);
  }
  return {
    id: 'boundaries',
    status,
    message: notes.length ? notes.join(' ') : 'The stages follow one another without gaps or overlaps.',
    evidence,
  };
}

/** The longest overlap an approximate edge can explain: a decade's third ('the mid-2000s', 2003–2007). */
const APPROXIMATE_OVERLAP_YEARS = 4;
/** A decade written at the end of a range's text ('from 1986 to the mid-2000s', '1995–the late 2000s'). */
const DECADE_AT_END = /\d0s$/u;
/** A decade written at the start ('the early 2000s to 2012', 'from the 1990s'). */
const DECADE_AT_START = /^(?:from\s+|since\s+)?(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:\d{2})?\d0s\b/iu;

/**
 * The expression that gives stage `stage` its `edge` year, when that edge is approximate: a decade
 * or part of one, an era or a relative expression, or a range whose end (or start) is a decade.
 * Looked for in the stage's own item of the thesis.
 */
function approximateEdge(ctx: CheckContext, stage: PeriodStage, edge: 'from' | 'to'): SentenceTemporal | null {
  const item = stage.evidence?.[0];
  if (!item) return null;
  for (const t of ctx.temporal) {
    if (t.start < item.start || t.end > item.end || t[edge] !== stage[edge]) continue;
    if (t.kind === 'decade' || t.kind === 'era' || t.kind === 'relative') return t;
    if (t.kind === 'range' && (edge === 'to' ? DECADE_AT_END : DECADE_AT_START).test(t.text.trim())) return t;
  }
  return null;
}

/** The dates of sentences outside the thesis: single years and open starts by year, and eras. */
interface BodyDates {
  singleYear: Map<number, SentenceTemporal[]>;
  openFrom: Map<number, SentenceTemporal[]>;
  eras: SentenceTemporal[];
}

function bodyDates(ctx: CheckContext): BodyDates {
  const thesis = new Set(ctx.stages.flatMap((s) => s.announcedIn));
  const dates: BodyDates = { singleYear: new Map(), openFrom: new Map(), eras: [] };
  for (const t of ctx.temporal) {
    if (thesis.has(t.sentenceId)) continue;
    if (t.kind === 'era') dates.eras.push(t);
    if (t.from === null) continue;
    const m = t.to === t.from ? dates.singleYear : t.to === null ? dates.openFrom : null;
    if (!m) continue;
    const onYear = m.get(t.from);
    if (onYear) onYear.push(t);
    else m.set(t.from, [t]);
  }
  return dates;
}

/**
 * The note on a year that ends stage `a` and starts stage `b`: where the text puts the events it
 * dates to that year, and which expressions open `b` there. True when the text dates any event to it.
 */
function sharedBoundary(ctx: CheckContext, body: BodyDates, a: PeriodStage, b: PeriodStage, notes: string[], evidence: CheckEvidence[]): boolean {
  const y = a.to!;
  const inA: Placed[] = [];
  const inB: Placed[] = [];
  const placed: Placed[] = [];
  // No `?? []` for a year without dates: an empty literal is an array of another element kind,
  // and the loop's optimised code would be thrown away the first time one came by.
  const onBoundary = body.singleYear.get(y);
  if (onBoundary !== undefined) {
    for (const t of onBoundary) {
      const p: Placed = { t, label: ctx.period.get(t.sentenceId)?.label ?? 'none' };
      placed.push(p);
      if (p.label === `stage${a.ordinal}`) inA.push(p);
      if (p.label === `stage${b.ordinal}`) inB.push(p);
    }
  }
  let line = `${y} ends stage ${a.ordinal} and starts stage ${b.ordinal}.`;
  if (placed.length === 0) line += ` The text dates no event to ${y} itself.`;
  else {
    if (inB.length) line += ` The text puts ${some(inB)} in stage ${b.ordinal}.`;
    if (inA.length) line += ` It puts ${some(inA)} in stage ${a.ordinal}.`;
    for (const p of placed) evidence.push(temporalEvidence(p.t, `on the shared boundary ${y}: ${p.label}`));
  }
  // Expressions that open the later stage at the boundary ("from 2012") or name an era with
  // exactly a stage's years ("the Hu–Wen period", 2002–2012) support the boundary.
  const opening = body.openFrom.get(y);
  if (opening !== undefined) {
    line += ` ${list(opening.map((t) => `'${t.text}' (${t.sentenceId})`))} open${opening.length > 1 ? '' : 's'} stage ${b.ordinal} in ${y}.`;
    for (const t of opening) evidence.push(temporalEvidence(t, `opens stage ${b.ordinal}`));
  }
  notes.push(line);
  return placed.length > 0;
}

/** A date on a shared boundary year with the period label of its sentence. */
interface Placed {
  t: SentenceTemporal;
  label: string;
}

/** The first five placed dates quoted, and how many more. */
function some(xs: Placed[]): string {
  return list([...xs.slice(0, 5).map((p) => `'${p.t.text}' (${p.t.sentenceId})`), ...(xs.length > 5 ? [`${xs.length - 5} more`] : [])]);
}

/**
 * The start (and end) the introduction or abstract gives for the whole story against the first
 * stage's start in the body: "from the mid-1990s onwards" against "from 1995".
 */
export function introVsBody(ctx: CheckContext): Check | null {
  const first = ctx.stages.find((s) => s.from !== null);
  if (!first) return null;
  const thesis = new Set(ctx.stages.flatMap((s) => s.announcedIn));
  // Statements that frame the whole story: remarks about the essay ("This essay charts … from the
  // mid-1990s onwards") and the sentences of the thesis's own paragraph.
  const thesisParagraphs = new Set(ctx.sentences.filter((s) => thesis.has(s.id)).map((s) => s.paragraphId));
  const frames = (id: string, paragraphId: string): boolean => thesisParagraphs.has(paragraphId) || (ctx.period.get(id)?.cues ?? []).some((c) => c.kind === 'meta');
  const statements = ctx.sentences
    .filter((s) => ctx.roles.get(s.sectionId)?.role === 'intro' && !thesis.has(s.id) && frames(s.id, s.paragraphId))
    .flatMap((s) => (ctx.temporalBySentence.get(s.id) ?? []).filter((t) => t.to === null && t.from !== null))
    .filter((t) => ctx.period.get(t.sentenceId)?.label === 'span');
  if (statements.length === 0) return null;
  const notes: string[] = [];
  const evidence: CheckEvidence[] = [];
  let status: Check['status'] = 'pass';
  for (const t of statements) {
    const s = ctx.sentenceById.get(t.sentenceId)!;
    // A fuzzy start ("the mid-1990s", a relative expression) names a range of possible years.
    const fuzzy = t.kind === 'decade' || t.kind === 'relative' || t.kind === 'era';
    const latest = fuzzy && t.kind === 'decade' ? t.from! + 4 : t.from!;
    evidence.push(temporalEvidence(t, `start given in the introduction (${s.id})`));
    if (t.from === first.from) notes.push(`${quote(s)} starts the story in ${t.from}, as stage 1 does.`);
    else if (fuzzy && first.from! >= t.from! && first.from! <= latest) {
      status = status === 'fail' ? status : 'warn';
      notes.push(`${quote(s)} starts the story '${t.text}' (≈${t.from}–${latest}); stage 1 starts in ${first.from}. Compatible, but the introduction is less precise than the body.`);
    } else {
      status = 'fail';
      notes.push(`${quote(s)} starts the story '${t.text}' (${t.from}), but stage 1 starts in ${first.from}.`);
    }
  }
  const earlier = ctx.sentences.filter((s) => ctx.period.get(s.id)?.label === 'before');
  if (earlier.length) notes.push(`The text also reaches back before stage 1 in ${list(earlier.slice(0, 5).map((s) => s.id))}${earlier.length > 5 ? ' …' : ''}.`);
  return { id: 'intro-vs-body', status, message: notes.join(' '), evidence };
}
