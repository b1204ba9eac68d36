/**
 * The builders that rules in `pipeline/temporal.json` name: each turns a match's captures into a
 * value, or refuses the match (returns null), and the built-in shape classes (`<year>`, `<decade>`…).
 * Everything a builder needs to know about words (part spans, counts, guards) comes from the data.
 */
import type { BuildContext, Builder, BuiltinClass, Capture } from './grammar.js';
import {
  centuryValue,
  dayValue,
  decadeValue,
  monthValue,
  partValue,
  pendingValue,
  rangeValue,
  seasonValue,
  wrapValue,
  yearValue,
  type Span2,
  type Relation,
  type Value,
} from './values.js';

/** The settings of `temporal.json` that builders and built-in classes read. */
export interface BuilderSettings {
  years: { min: number; max: number; maxRangeSpan: number };
  /** Part name → its span on each scale (months of a year; years of a decade or century). */
  parts: Record<string, Partial<Record<'year' | 'decade' | 'century', [number, number]>>>;
  /** How many units a plural without a number stands for ("over the next years"). */
  vagueCount: number;
  /** Words before a number of years that make it an age ("in their 20s"). */
  agePossessives: Set<string>;
  /** Past-tense auxiliaries: "By now … were becoming" is narrative, not the writer's present. */
  pastAuxiliaries: Set<string>;
  /** Words that make "until 1922" a point ("did not … until 1922"). */
  negations: Set<string>;
}

/** A unit of time as the data gives it: "decades" → size 10, plural. */
export interface UnitLex {
  size: number;
  plural: boolean;
}

/** An era name from the era table, as the `eraName` class gives it. */
export interface EraNameLex {
  id: string;
  /** `period` (event or period: may stand alone) or `leader` (a person or team: needs a frame). */
  type: 'period' | 'leader';
  /** A short form ("Xi", "Mao") that needs a frame even for periods. */
  short: boolean;
}

/** The shapes of the built-in classes that are more than digits (no `g` flag: shared safely). */
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const DECADE = /^(\d{3}0)(?:s|'s)$/;
const SHORT_DECADE = /^'?(\d0)(?:s|'s)$/;
const CENTURY_NUM = /^(\d{1,2})(?:st|nd|rd|th)$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const num = (c: Capture | undefined): number | undefined => (typeof c?.lex === 'number' ? c.lex : undefined);

/** Built-in shape classes over one token. */
export function makeBuiltins(s: BuilderSettings): Record<string, BuiltinClass> {
  const inYears = (y: number): boolean => y >= s.years.min && y <= s.years.max;
  const digit = (test: BuiltinClass['test']): BuiltinClass => ({ gate: 'digit', test });
  return {
    /** "1995": four digits, in range, not a quantity. */
    year: digit((t, i) => (t.digits(i) === 4 && !t.quantity(i) && inYears(t.num(i)) ? t.num(i) : undefined)),
    /** End of an abbreviated range: "12" in "2002–12", "9" in "1998–9". */
    yearEnd: digit((t, i) => (t.digits(i) >= 1 && t.digits(i) <= 4 && !t.quantity(i) ? { value: t.num(i), digits: t.digits(i) } : undefined)),
    /** Any plain number. */
    number: digit((t, i) => (t.digits(i) > 0 && !t.quantity(i) ? t.num(i) : undefined)),
    /** Day of the month: "4", "4th". */
    day: digit((t, i) => {
      if (t.quantity(i)) return undefined;
      // All digits: the pattern takes one or two of them (most numbers are years: no regex run).
      const d = t.digits(i) > 0 ? (t.digits(i) <= 2 ? t.num(i) : NaN) : Number(DAY.exec(t.norm(i))?.[1]);
      return d >= 1 && d <= 31 ? d : undefined;
    }),
    // The next three need a suffix after the digits: a token of digits alone is none of them.
    /** "1990s", "1990's": the first year of the decade. */
    decade: digit((t, i) => {
      const m = t.digits(i) > 0 ? null : DECADE.exec(t.norm(i));
      return m && inYears(Number(m[1])) ? Number(m[1]) : undefined;
    }),
    /** "'90s", "90s" (not "in their 20s"): the decade within an unknown century. */
    shortDecade: digit((t, i) => {
      const m = t.digits(i) > 0 ? null : SHORT_DECADE.exec(t.norm(i));
      if (!m) return undefined;
      // "in their 20s", "in her early 30s", "in their 20s and 30s"
      for (let back = 1; back <= 3 && i - back >= 0; back++) if (s.agePossessives.has(t.norm(i - back))) return undefined;
      return Number(m[1]);
    }),
    /** "19th", "21st": a century's ordinal. */
    centuryNum: digit((t, i) => {
      const m = t.digits(i) > 0 ? null : CENTURY_NUM.exec(t.norm(i));
      return m && Number(m[1]) >= 1 && Number(m[1]) <= 22 ? Number(m[1]) : undefined;
    }),
    /** A small number that counts units: "20" in "over the last 20 years". */
    countNum: digit((t, i) => (t.digits(i) > 0 && t.digits(i) <= 3 && t.num(i) > 0 ? t.num(i) : undefined)),
    dash: { gate: 'dash', test: (t, i) => (t.dash(i) ? true : undefined) },
    /** A dash glued to the word before it: the open end of "2017-". */
    gluedDash: { gate: 'dash', test: (t, i) => (t.dash(i) && i > 0 && t.end[i - 1] === t.start[i] ? true : undefined) },
  };
}

function partSpan(s: BuilderSettings, part: unknown, scale: 'year' | 'decade' | 'century'): Span2 | null {
  if (typeof part !== 'string') return null;
  return s.parts[part]?.[scale] ?? null;
}

/** Is the first verb after the match in the past tense? ("By now the consequences were becoming…") */
function pastTenseAfter(ctx: BuildContext, s: BuilderSettings): boolean {
  const t = ctx.toks;
  for (let i = ctx.i1; i < t.count; i++) {
    if (s.pastAuxiliaries.has(t.norm(i))) return true;
    const pos = t.pos[i];
    if (pos === 'VERB' || pos === 'AUX') return pos === 'VERB' && /ed$/.test(t.norm(i));
  }
  return false;
}

/** The builders, by the name rules use. */
export function makeBuilders(s: BuilderSettings): Record<string, Builder> {
  const atom = (ctx: BuildContext, name: string): Value | undefined => ctx.caps.get(name)?.value;
  const countOf = (ctx: BuildContext): { count: number; unit: number } | null => {
    const unit = (ctx.caps.get('u')?.lex as UnitLex | undefined) ?? (ctx.args.unit as UnitLex | undefined);
    if (!unit) return null;
    const given = num(ctx.caps.get('n')) ?? (typeof ctx.args.count === 'number' ? ctx.args.count : undefined);
    return { count: given ?? (unit.plural ? s.vagueCount : 1), unit: unit.size };
  };
  const builders: Record<string, Builder> = {
    year: (ctx) => {
      const y = num(ctx.caps.get('y'));
      return y === undefined ? null : { value: yearValue(y) };
    },
    /** "44 BC", "AD 800": astronomical numbering, so 44 BC is year -43. */
    yearEra: (ctx) => {
      const n = num(ctx.caps.get('y'));
      const sign = num(ctx.caps.get('e'));
      if (n === undefined || sign === undefined || n < 1) return null;
      return { value: { ...yearValue(sign < 0 ? 1 - n : n), notes: [`${n} ${sign < 0 ? 'BC' : 'AD'}`] } };
    },
    /** "1995–2002", "2002–12", "1998–9". */
    dashRange: (ctx) => {
      const a = num(ctx.caps.get('a'));
      const end = ctx.caps.get('b')?.lex as { value: number; digits: number } | undefined;
      if (a === undefined || !end) return null;
      const scale = 10 ** end.digits;
      const b = end.digits >= 4 ? end.value : a - (a % scale) + end.value;
      if (b <= a || b - a > s.years.maxRangeSpan || b > s.years.max) return null;
      return { value: rangeValue(yearValue(a), yearValue(b))! };
    },
    decade: (ctx) => {
      const d = num(ctx.caps.get('d'));
      return d === undefined ? null : { value: decadeValue(d) };
    },
    /** "the '90s", "the nineties": the century is settled by the document pass. */
    shortDecade: (ctx) => {
      const d = num(ctx.caps.get('d'));
      if (d === undefined) return null;
      const p = ctx.caps.get('p');
      const part = p ? partSpan(s, p.lex, 'decade') : null;
      if (p && !part) return null;
      return { value: pendingValue('decade', { type: 'short-decade', decade: d, part }) };
    },
    /** "the decade of 2000" → the 2000s. */
    decadeOf: (ctx) => {
      const y = num(ctx.caps.get('y'));
      if (y === undefined) return null;
      return { value: decadeValue(y - (((y % 10) + 10) % 10)) };
    },
    century: (ctx) => {
      const c = num(ctx.caps.get('c'));
      return c === undefined || c < 1 ? null : { value: centuryValue((c - 1) * 100) };
    },
    monthYear: (ctx) => {
      const m = num(ctx.caps.get('m'));
      const y = num(ctx.caps.get('y')) ?? atom(ctx, 'y')?.from ?? undefined;
      return m === undefined || y == null ? null : { value: monthValue(y, m) };
    },
    /** "May–June 1899": from a month to a month-and-year. */
    monthRange: (ctx) => {
      const m = num(ctx.caps.get('m'));
      const b = atom(ctx, 'y');
      if (m === undefined || b?.kind !== 'month' || b.from === null) return null;
      const v = rangeValue(monthValue(b.from, m), b);
      return v && monthValue(b.from, m).startEdtf <= b.startEdtf ? { value: v } : null;
    },
    day: (ctx) => {
      const d = num(ctx.caps.get('d'));
      const m = num(ctx.caps.get('m'));
      const y = num(ctx.caps.get('y'));
      if (d === undefined || m === undefined || y === undefined || d > DAYS_IN_MONTH[m - 1]) return null;
      return { value: dayValue(y, m, d) };
    },
    season: (ctx) => {
      const code = num(ctx.caps.get('s'));
      const y = num(ctx.caps.get('y'));
      return code === undefined || y === undefined ? null : { value: seasonValue(y, code) };
    },
    /** "late 2016", "the mid-1990s", "the end of the 1990s", "the late 19th century". */
    part: (ctx) => {
      const x = atom(ctx, 'x');
      const p = ctx.caps.get('p');
      if (!x || !p) return null;
      if (x.pending?.type === 'short-decade' && !x.pending.part) {
        const span = partSpan(s, p.lex, 'decade');
        return span ? { value: pendingValue('decade', { ...x.pending, part: span }) } : null;
      }
      if (!x.scale) return null;
      const span = partSpan(s, p.lex, x.scale);
      const v = span ? partValue(x, span) : null;
      return v ? { value: v } : null;
    },
    /** The captured atom with a longer surface: "the 1990s", "The year 2002", "from 1990–2013". */
    extend: (ctx) => {
      const x = atom(ctx, 'x');
      return x ? { value: x } : null;
    },
    range: (ctx) => {
      const a = atom(ctx, 'a');
      const b = atom(ctx, 'b');
      if (!a || !b || a.pending || b.pending) return null;
      const v = rangeValue(a, b);
      if (!v || v.to! - v.from! > s.years.maxRangeSpan) return null;
      return { value: v };
    },
    open: (ctx) => {
      const a = atom(ctx, 'x');
      const v = a ? wrapValue(a, 'open') : null;
      return v ? { value: v } : null;
    },
    /** "until 1983" is a range up to it, but "did not … until 1922" is a point: refuse, keep the year. */
    until: (ctx) => {
      const a = atom(ctx, 'x');
      for (let i = ctx.i0 - 1; i >= 0; i--) if (s.negations.has(ctx.toks.norm(i))) return null;
      const v = a ? wrapValue(a, 'until') : null;
      return v ? { value: v } : null;
    },
    by: (ctx) => {
      const a = atom(ctx, 'x');
      const v = a ? wrapValue(a, 'by') : null;
      return v ? { value: v } : null;
    },
    /** Relative to the nearest explicit expression before ("since then", "a decade later"). */
    relative: (ctx) => {
      const relation = ctx.args.relation as Relation;
      const c = countOf(ctx) ?? { count: 0, unit: 1 };
      if (ctx.args.narrative && !pastTenseAfter(ctx, s)) return null;
      return { value: pendingValue('relative', { type: 'anchor', relation, count: c.count, unit: c.unit }) };
    },
    /** Relative to the writer's present ("the last two decades", "twenty years ago"). */
    present: (ctx) => {
      const unit = ctx.caps.get('u')?.lex as UnitLex | undefined;
      if (!unit) return null;
      const n = num(ctx.caps.get('n'));
      const count = n ?? (unit.plural ? null : 1);
      return { value: pendingValue('relative', { type: 'present', count, unit: unit.size, ago: Boolean(ctx.args.ago) }) };
    },
    /** "on 12 December", "in May of that year": a month or day of the anchor's year. */
    anchorDate: (ctx) => {
      const m = num(ctx.caps.get('m'));
      const d = num(ctx.caps.get('d')) ?? null;
      if (m === undefined || (d !== null && d > DAYS_IN_MONTH[m - 1])) return null;
      return { value: pendingValue(d === null ? 'month' : 'day', { type: 'anchor-date', month: m, day: d, offset: typeof ctx.args.offset === 'number' ? ctx.args.offset : 0 }) };
    },
    /** "the end of the decade", "the end of that year": a part of the anchor's decade or year. */
    anchorPart: (ctx) => {
      const scale = (ctx.caps.get('s')?.lex ?? ctx.args.scale) as 'year' | 'decade' | 'century' | undefined;
      if (scale !== 'year' && scale !== 'decade' && scale !== 'century') return null;
      const part = partSpan(s, ctx.caps.get('p')?.lex, scale);
      return part ? { value: pendingValue('relative', { type: 'anchor-part', scale, part }) } : null;
    },
    /** "the turn of the century", "the beginning of the millennium": around the nearest boundary. */
    boundary: (ctx) => {
      const size = Number(ctx.caps.get('s')?.lex ?? ctx.args.size);
      const part = partSpan(s, ctx.args.part ?? ctx.caps.get('p')?.lex, 'decade');
      if (!size || !part) return null;
      return { value: pendingValue('decade', { type: 'boundary', size, part }) };
    },
    /** A name from the era table; the category says whether it may stand alone. */
    name: (ctx) => {
      const entries = ctx.caps.get('n')?.lex as EraNameLex[] | undefined;
      if (!entries?.length) return null;
      const first = entries[0];
      const cat = first.type === 'period' && !first.short ? 'period' : first.type === 'leader' && !first.short ? 'leader' : `${first.type}Short`;
      return { cat, value: pendingValue('era', { type: 'era', ids: entries.map((e) => e.id), own: null, edge: null }) };
    },
    /** "the Hu–Wen period", "under Xi Jinping", "under … Xi Jinping from 2012" (own years). */
    era: (ctx) => {
      const n = atom(ctx, 'n');
      if (n?.pending?.type !== 'era') return null;
      const own = atom(ctx, 'own') ?? null;
      return { value: pendingValue('era', { ...n.pending, own: own && !own.pending ? own : null, edge: (ctx.args.edge as 'post' | 'pre' | undefined) ?? null }) };
    },
    /** "their period in office": the leaders named just before. */
    pronounEra: (ctx) => {
      const pr = ctx.caps.get('pr')?.norm;
      if (!pr) return null;
      return { value: pendingValue('era', { type: 'pronoun-era', plural: pr === 'their' }) };
    },
  };
  return builders;
}
