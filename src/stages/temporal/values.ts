/**
 * Values of temporal expressions: inclusive year intervals with their EDTF (ISO 8601-2) form, and
 * the work some of them leave for the document pass (anchors, the writer's present, eras).
 */
import type { TemporalKind } from '../../doc.js';

/** How far a part of a decade, century or year reaches, from its data entry. */
export type Span2 = readonly [number, number];

/** What a relative expression needs from its anchor. */
export type Relation =
  /** "by now", "at that time", "the same year": the anchor year. */
  | 'at'
  /** "since then": anchor/.. */
  | 'since'
  /** "until that point": ../anchor */
  | 'until'
  /** "over the next few years": anchor+1 … anchor+n */
  | 'after'
  /** "within two years": anchor … anchor+n */
  | 'within'
  /** "over the next three months" after December 1978: anchor … the year the span ends in (1978–1979), counted from the anchor's month */
  | 'through'
  /** "the previous two years": anchor-n … anchor-1 */
  | 'before'
  /** "a decade later": anchor+n */
  | 'later'
  /** "a year prior": anchor-n */
  | 'earlier';

/** Work left for the document pass. */
export type Pending =
  /** Relative to the nearest explicit expression before it; `days`: the length of a unit shorter than a year ("three months later"). */
  | { type: 'anchor'; relation: Relation; count: number; unit: number; days?: number }
  /**
   * A month or day without a year ("on 12 December", "in May of that year"): the anchor's year, plus
   * `offset` ("in May of the following year"). `following`: the first such month after the anchor
   * ("the following August" after December 1972 is August 1973; after March 1972, August 1972).
   * `previous`: the last such month before it ("the previous December" after March 2005 is December 2004).
   */
  | { type: 'anchor-date'; month: number; day: number | null; offset: number; following?: boolean; previous?: boolean }
  /** A part of the anchor's year, decade or century ("the end of the decade"). */
  | { type: 'anchor-part'; scale: 'year' | 'decade' | 'century'; part: Span2 }
  /**
   * Around the century or millennium boundary nearest the anchor, by a decade-scale part: early
   * parts fall in the decade after it ("the beginning of the millennium" → 2000–2003), late parts in
   * the decade before, negative spans straddle it ("the turn of the century").
   */
  | { type: 'boundary'; size: number; part: Span2 }
  /** Relative to the writer's present ("the last two decades"); count null when not given. */
  | { type: 'present'; count: number | null; unit: number; ago: boolean }
  /** A decade named without its century ("the '90s"), optionally a part of it. */
  | { type: 'short-decade'; decade: number; part: Span2 | null }
  /** A year named by its last two digits ("May '68", "since '89", "on 24/4/14"), in a month or on a day when one is given. */
  | { type: 'short-year'; year: number; month: number | null; day?: number | null }
  /**
   * An era from the era table or the text ("under Xi Jinping"); `own` when the text gives years;
   * `with`, a second ruler named beside the first ("under Benazir and Nawaz"): the two tenures joined.
   */
  | { type: 'era'; ids: string[]; own: Value | null; edge: EraEdge | null; part?: EraPart | null; with?: string[] }
  /** "their period in office": the leaders named just before. */
  | { type: 'pronoun-era'; plural: boolean }
  /**
   * "under President Levon Ter-Petrosyan": a ruler the era table does not know, named with a title;
   * it takes the years the text gives it (`own`, a bracket, the one range of its sentence), else the
   * years the text gives it elsewhere, else none. `needsDating`: named with neither title nor
   * apposition ('under Minami Jirō after 1937'), so a ruler only if the text dates that name as one
   * elsewhere; else no expression at all ('under Marx' is no era), and nothing to report.
   */
  | { type: 'ruler-text'; name: string; own: Value | null; needsDating?: boolean };

/** Which edge of an era an expression takes: after its end ('post-Mao'), before its start ('pre-war'), from its start on ('since Bourguiba'). */
export type EraEdge = 'post' | 'pre' | 'since';

/** The share of an era a part word names ("the late Qing": its last 30%), from `parts.*.era` in temporal.json. */
export type EraPart = readonly [number, number];

/** Wrappers applied to a value once its pending part is resolved, innermost first. */
export type Wrap = 'open' | 'until' | 'by';

export interface Value {
  kind: TemporalKind;
  from: number | null;
  to: number | null;
  edtf: string;
  /** EDTF of the first and of the last point, for building ranges ("199X" → "1990" … "1999"). */
  startEdtf: string;
  endEdtf: string;
  /** What a part word ("late", "the end of") applies to. */
  scale?: 'year' | 'decade' | 'century';
  /** The year, or the first year of the decade or century. */
  base?: number;
  pending?: Pending;
  wraps?: Wrap[];
  /** Notes for `cues` (the rule id is added by the stage). */
  notes?: string[];
  /** Written with an era marker ("206 BC", "AD 220"): a number no count could be, so no span limit joins it. */
  marked?: boolean;
}

/** EDTF year: four digits, astronomical numbering for years before 1 ("-0043" is 44 BC). */
export function edtfYear(y: number): string {
  if (y < 0) return `-${String(-y).padStart(4, '0')}`;
  return String(y).padStart(4, '0');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function yearValue(y: number): Value {
  const e = edtfYear(y);
  return { kind: 'year', from: y, to: y, edtf: e, startEdtf: e, endEdtf: e, scale: 'year', base: y };
}

/** A closed interval of years, `kind` chosen by the caller. */
export function intervalValue(kind: Value['kind'], from: number, to: number, edtf?: string): Value {
  const s = edtfYear(from);
  const e = edtfYear(to);
  return { kind, from, to, edtf: edtf ?? (from === to ? s : `${s}/${e}`), startEdtf: s, endEdtf: e };
}

/** "the 1990s" → 1990–1999, EDTF "199X". */
export function decadeValue(start: number): Value {
  const s = edtfYear(start);
  return { kind: 'decade', from: start, to: start + 9, edtf: `${s.slice(0, 3)}X`, startEdtf: s, endEdtf: edtfYear(start + 9), scale: 'decade', base: start };
}

/** "the 20th century" (start 1900) → 1900–1999, EDTF "19XX". */
export function centuryValue(start: number): Value {
  const s = edtfYear(start);
  return { kind: 'decade', from: start, to: start + 99, edtf: `${s.slice(0, 2)}XX`, startEdtf: s, endEdtf: edtfYear(start + 99), scale: 'century', base: start };
}

export function monthValue(y: number, m: number): Value {
  const e = `${edtfYear(y)}-${pad2(m)}`;
  return { kind: 'month', from: y, to: y, edtf: e, startEdtf: e, endEdtf: e };
}

export function dayValue(y: number, m: number, d: number): Value {
  const e = `${edtfYear(y)}-${pad2(m)}-${pad2(d)}`;
  return { kind: 'day', from: y, to: y, edtf: e, startEdtf: e, endEdtf: e };
}

/** "spring 2003" → EDTF season code "2003-21". */
export function seasonValue(y: number, code: number): Value {
  const e = `${edtfYear(y)}-${code}`;
  return { kind: 'season-part', from: y, to: y, edtf: e, startEdtf: e, endEdtf: e };
}

/**
 * A part of a year, decade or century. For a year the part is a span of months ("late 2016" →
 * "2016-09/2016-12"); for a decade or century, of years after its start ("the mid-1990s" → 1993–1997).
 */
export function partValue(of: Value, part: Span2): Value | null {
  if (of.base === undefined || !of.scale) return null;
  if (of.scale === 'year') {
    const y = of.base;
    const s = `${edtfYear(y)}-${pad2(part[0])}`;
    const e = `${edtfYear(y)}-${pad2(part[1])}`;
    return { kind: 'season-part', from: y, to: y, edtf: `${s}/${e}`, startEdtf: s, endEdtf: e };
  }
  return intervalValue('decade', of.base + part[0], of.base + part[1]);
}

/** A range from the start of `a` to the end of `b`. */
export function rangeValue(a: Value, b: Value): Value | null {
  if (a.from === null || b.to === null || b.to < a.from) return null;
  return { kind: 'range', from: a.from, to: b.to, edtf: `${a.startEdtf}/${b.endEdtf}`, startEdtf: a.startEdtf, endEdtf: b.endEdtf };
}

/** "from 1995 onwards", "since 2012": open at the end. Decades stay decades ("from the mid-1990s onwards"). */
export function openValue(a: Value): Value | null {
  if (a.from === null) return null;
  const kind = a.kind === 'decade' ? 'decade' : 'range';
  return { kind, from: a.from, to: null, edtf: `${a.startEdtf}/..`, startEdtf: a.startEdtf, endEdtf: '..' };
}

/** "until 1995": open at the start. */
export function untilValue(a: Value): Value | null {
  if (a.to === null) return null;
  return { kind: 'range', from: null, to: a.to, edtf: `../${a.endEdtf}`, startEdtf: '..', endEdtf: a.endEdtf };
}

/** "c. 1900" → EDTF "1900~", "circa 1880–1900" → "1880~/1900~": the same years, marked approximate. */
export function approximateValue(v: Value): Value {
  const mark = (e: string): string => (e === '..' || e.endsWith('~') ? e : `${e}~`);
  const startEdtf = mark(v.startEdtf);
  const endEdtf = mark(v.endEdtf);
  const edtf = v.edtf.includes('/') ? `${startEdtf}/${endEdtf}` : mark(v.edtf);
  return { ...v, edtf, startEdtf, endEdtf };
}

/** Applies a wrapper to a resolved value. */
export function applyWrap(v: Value, wrap: Wrap): Value | null {
  if (wrap === 'open') return openValue(v);
  if (wrap === 'until') return untilValue(v);
  return { ...v, kind: 'relative' };
}

/** Wraps a value now, or records the wrapper when the value still waits for the document pass. */
export function wrapValue(v: Value, wrap: Wrap): Value | null {
  if (v.pending) {
    // ('since that day', 'until the following year': a relative bounded by a preposition stays relative.)
    const kind = wrap === 'by' || v.kind === 'relative' ? 'relative' : wrap === 'open' && v.kind === 'decade' ? 'decade' : 'range';
    return { ...v, kind, wraps: [...(v.wraps ?? []), wrap] };
  }
  return applyWrap(v, wrap);
}

/** A value that waits for the document pass. */
export function pendingValue(kind: Value['kind'], pending: Pending): Value {
  return { kind, from: null, to: null, edtf: '', startEdtf: '', endEdtf: '', pending };
}
