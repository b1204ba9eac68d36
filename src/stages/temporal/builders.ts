/**
 * The builders that rules in `pipeline/temporal.json` name: each turns a match's captures into a
 * value, or refuses the match (returns null), and the built-in shape classes (`<year>`, `<decade>`…).
 * Everything a builder needs to know about words (part spans, counts, guards) comes from the data.
 */
import type { BuildContext, Builder, BuiltinClass, Capture } from './grammar.js';
import type { Tokens } from './lexer.js';
import {
  approximateValue,
  centuryValue,
  dayValue,
  decadeValue,
  intervalValue,
  monthValue,
  partValue,
  pendingValue,
  rangeValue,
  seasonValue,
  wrapValue,
  yearValue,
  type EraEdge,
  type Span2,
  type Pending,
  type Relation,
  type Value,
} from './values.js';

/** The settings of `temporal.json` that builders and built-in classes read. */
export interface BuilderSettings {
  years: {
    min: number;
    max: number;
    maxRangeSpan: number;
    /** "the 1800s" is a century when its hundred is before this year ("the 1900s" stays a decade). */
    centuryHundredsBefore: number;
    /** Prefixes glued to a year that name it: "FY2015". */
    fiscalPrefixes: string[];
  };
  /** Part name → its span on each scale (months of a year; years of a decade or century). */
  parts: Record<string, Partial<Record<'year' | 'decade' | 'century' | 'era', [number, number]>>>;
  /** How many units a plural without a number stands for ("over the next years"). */
  vagueCount: number;
  /** Words before a number of years that make it an age ("in their 20s"). */
  agePossessives: Set<string>;
  /** Past-tense auxiliaries: "By now … were becoming" is narrative, not the writer's present. */
  pastAuxiliaries: Set<string>;
  /** Irregular past-tense forms that differ from the present ('fell', 'began'): a step of a story. */
  irregularPast: Set<string>;
  /** Verbs whose past is their present form ('shut', 'cut'): no tense of their own. */
  sharedForms: Set<string>;
  /** Words that make "until 1922" a point ("did not … until 1922"). */
  negations: Set<string>;
  /** Epithets after 'the' that make a ruler's name another ruler's ('Augustus the Strong'). */
  rulerEpithets: Set<string>;
  /** The quantity guard's count nouns (`quantityGuard.after`): after a year that a point word kept, the clause's subject. */
  countNouns: Set<string>;
  /** Years before 1000 without an era marker: the contexts that make a number a date (`earlyYears` in temporal.json). */
  earlyYears: EarlyYearSettings;
}

/** When a number of three digits is a year without an era marker ("Rome fell in 476."). See `earlyYears` in temporal.json. */
export interface EarlyYearSettings {
  /** Smallest such year (three digits: 100). */
  min: number;
  /** Words before a number that make it a year wherever they stand ("since 476", "until 907"). */
  pointWords: Set<string>;
  /** Words before a number that make it a year only when they open a clause or follow a verb ("In 476, …", "fell in 476."). */
  clauseWords: Set<string>;
  /** Verbs of change and extent, after which 'from … to …' joins counts ("rose from 612 to 745", "runs from 212 to 245"). */
  changeVerbs: Set<string>;
  /** Abbreviations of circa, before their full stop ("c. 750"). */
  circaWords: Set<string>;
  /** Nouns of events whose year follows 'of' ("the rebellion of 755"). */
  eventNouns: Set<string>;
  /** Of `clauseWords`, those that make a year after a verb too ("Rome fell in 476."). */
  verbWords: Set<string>;
  /** Words that open a clause (the quantity guard's `clauseOpeners`). */
  clauseOpeners: Set<string>;
  /** Words that may follow such a year: a new clause or a list ("and", "when"). */
  followers: Set<string>;
  /** Labels of life and reign dates in a bracket after a name: "(r. 1556–1605)", "(b. 742)", "(fl. 650)". */
  lifeMarks: Set<string>;
  /** The longest range in a bracket after a name ("the Ottoman Empire (1299–1922)"). */
  bracketRangeSpan: number;
  /** The longest range from a three-digit year ("from 960 until 1279", "from about 650 to 1100"). */
  rangeSpan: number;
}

/** A unit of time as the data gives it: "decades" → size 10, plural. */
export interface UnitLex {
  size: number;
  plural: boolean;
  /** Days in one unit shorter than a year (month 30, week 7, day 1); those have size 0. */
  days?: number;
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
/** "660s": a decade of three digits (the rule asks for "the" or a part word before it). */
const EARLY_DECADE = /^([1-9]\d0)s$/;
const SHORT_DECADE = /^'?(\d0)(?:s|'s)$/;
const CENTURY_NUM = /^(\d{1,2})(?:st|nd|rd|th)$/;
/** A year glued to a prefix: "fy2015" (the prefixes come from the data). */
const PREFIXED_YEAR = /^([a-z]+)(\d{4})$/;
/** "c.1900", "ca.1900": circa glued to its year. */
const CIRCA_YEAR = /^(?:c|ca)\.(\d{4})$/;
/** "5.6.2015", "24.04.2014", "2014.04.24": a numeric date written with full stops (one token). */
const DOTTED_DATE = /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/;
/** Separators of numeric dates ("24/04/2014", "12-05-2014"). */
const DATE_SEPARATORS = new Set(['/', '-', '.']);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A letter or digit: a word glued after a hyphen. */
const WORD_START = /[\p{L}\p{N}]/u;

/** Is `d` a day of month `m` (1–12)? */
const isDay = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1];

/**
 * A numeric date from its three numbers as written ("24", "04", "2014"): year first ("2014/04/24")
 * is always year-month-day; year last is day-first or month-first as one of the first two is above
 * 12 ("24/04/2014", "4/24/2014"). When both are 12 or less the order is unknown: a day of that year
 * whose EDTF is the set of the two readings ("5.6.2015" → "[2015-05-06,2015-06-05]", EDTF level 2
 * "one of a set"). Day and month have one or two digits, the year four.
 */
export function numericDate(parts: readonly string[]): Value | null {
  const [a, b, c] = parts;
  if (a.length === 4 && b.length <= 2 && c.length <= 2) {
    const y = Number(a);
    const m = Number(b);
    const d = Number(c);
    return isDay(m, d) ? dayValue(y, m, d) : null;
  }
  if (c.length !== 4 || a.length > 2 || b.length > 2) return null;
  const y = Number(c);
  const first = Number(a);
  const second = Number(b);
  const dayFirst = isDay(second, first);
  const monthFirst = isDay(first, second);
  if (dayFirst && monthFirst && first !== second) {
    const x = dayValue(y, second, first);
    const z = dayValue(y, first, second);
    const [lo, hi] = x.edtf < z.edtf ? [x, z] : [z, x];
    return { ...lo, edtf: `[${lo.edtf},${hi.edtf}]`, endEdtf: hi.edtf, notes: ['day and month order unknown'] };
  }
  if (dayFirst) return dayValue(y, second, first);
  if (monthFirst) return dayValue(y, first, second);
  return null;
}

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
    /** "the 660s", "the 600s": a decade or century before 1000 (the first year). */
    earlyDecade: digit((t, i) => {
      const m = t.digits(i) > 0 ? null : EARLY_DECADE.exec(t.norm(i));
      return m ? Number(m[1]) : undefined;
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
    /** "FY2015": a year glued to a prefix that names it (data: `years.fiscalPrefixes`). */
    fiscalYear: digit((t, i) => {
      const m = t.digits(i) > 0 ? null : PREFIXED_YEAR.exec(t.norm(i));
      return m && s.years.fiscalPrefixes.includes(m[1]) && inYears(Number(m[2])) ? Number(m[2]) : undefined;
    }),
    /** "c.1900": circa glued to a year. */
    circaYear: digit((t, i) => {
      const m = t.digits(i) > 0 ? null : CIRCA_YEAR.exec(t.norm(i));
      return m && inYears(Number(m[1])) ? Number(m[1]) : undefined;
    }),
    /** "5.6.2015", "2014.04.24": the three numbers, as written; the builder tells day from month. */
    dottedDate: digit((t, i) => {
      const m = t.digits(i) > 0 ? null : DOTTED_DATE.exec(t.norm(i));
      return m ? [m[1], m[2], m[3]] : undefined;
    }),
    dash: { gate: 'dash', test: (t, i) => (t.dash(i) ? true : undefined) },
    /**
     * A dash glued to the word before it and to nothing after it: the open end of "2017-", "(2017-)";
     * not the hyphen of a compound ("a 1990-style law", "2000-odd delegates").
     */
    gluedDash: {
      gate: 'dash',
      test: (t, i) => (t.dash(i) && i > 0 && t.end[i - 1] === t.start[i] && !(i + 1 < t.count && t.start[i + 1] === t.end[i] && WORD_START.test(t.text[t.start[i + 1]])) ? true : undefined),
    },
  };
}

function partSpan(s: BuilderSettings, part: unknown, scale: 'year' | 'decade' | 'century' | 'era'): Span2 | null {
  if (typeof part !== 'string') return null;
  return s.parts[part]?.[scale] ?? null;
}

/** Parts of speech that may open a clause after a year: "In 476 the last emperor…", "In 476 Odoacer…", "In 476 he…". */
const CLAUSE_START_POS = new Set(['DET', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'CCONJ']);
/** Parts of speech after a number that make it a count: "in 300 villages", "in 300 new villages". */
const COUNTED_POS = new Set(['NOUN', 'ADJ', 'NUM']);
/** A word of letters: the name before a bracket of dates ("Akbar (1542–1605)"). */
const LETTERS = /^\p{L}/u;

/** Is token `k` the edge of a clause: none (the start), a punctuation mark, or a word that opens a clause? */
function clauseEdge(t: Tokens, k: number, openers: ReadonlySet<string>): boolean {
  if (k < 0) return true;
  const norm = t.norm(k);
  return t.pos[k] === 'PUNCT' || (norm.length === 1 && !/[\p{L}\p{N}]/u.test(norm)) || openers.has(norm);
}

/**
 * Is the number at token `i` a year by its context, though it has three digits (see
 * `earlyYears` in temporal.json)? After a word that always introduces a time ("since 476",
 * "until 907"), or after a preposition that opens its clause or follows a verb ("In 476, …",
 * "Rome fell in 476."), when what follows is no noun it counts ("in 300 villages") but a clause,
 * a list or the sentence's end.
 */
function earlyYearAt(t: Tokens, i: number, e: EarlyYearSettings): boolean {
  if (t.digits(i) !== 3 || t.quantity(i) || t.num(i) < e.min || i === 0) return false;
  const next = i + 1 < t.count ? i + 1 : -1;
  // A noun, adjective or number after it makes the number a count ("since 300 members joined").
  if (next >= 0 && COUNTED_POS.has(t.pos[next])) return false;
  const word = t.norm(i - 1);
  if (e.pointWords.has(word)) return true;
  // "c. 750", "ca. 750": circa with its full stop.
  if (word === '.' && i >= 2 && e.circaWords.has(t.norm(i - 2)) && t.end[i - 2] === t.start[i - 1]) return true;
  // "the rebellion of 755 broke…", "the sack of 410": an event's year.
  if (word === 'of') return i >= 2 && e.eventNouns.has(t.norm(i - 2));
  const followsOk = next < 0 || CLAUSE_START_POS.has(t.pos[next]) || e.followers.has(t.norm(next)) || (t.norm(next).length === 1 && !/[\p{L}\p{N}]/u.test(t.norm(next)));
  if (!followsOk || !e.clauseWords.has(word)) return false;
  if (clauseEdge(t, i - 2, e.clauseOpeners)) return true;
  // "Rome fell in 476.", "was crowned in 800 and died in 814": after a verb (and an adverb); not
  // 'from' ("Prices rose from 700 to 900": a verb of change counts).
  if (!e.verbWords.has(word)) return false;
  let k = i - 2;
  if (k >= 0 && t.pos[k] === 'ADV') k--;
  if (k >= 0 && t.pos[k] === 'VERB') return true;
  // "took the capital in 960.", "into Gaul in 451, …", "was already strong in 750, when…": after a
  // noun, name or adjective, ending its clause (not "one in 300": a number before it makes a ratio).
  const ends = next < 0 || t.pos[next] === 'PUNCT' || t.norm(next) === 'and' || (t.norm(next).length === 1 && !/[\p{L}\p{N}]/u.test(t.norm(next)));
  return ends && k >= 0 && (t.pos[k] === 'NOUN' || t.pos[k] === 'PROPN' || t.pos[k] === 'ADJ') && !t.hasDigit(k);
}

/**
 * Is the match [i0, i1) a date in brackets after a name: "Akbar (1542–1605)", "the Tang dynasty
 * (618–907)", "Alcuin (d. 804)", "(r. 1556–1605)", "(fl. c. 650)"? The bracket opens right before
 * it, past at most two labels of `lifeMarks` (each with its full stop), and closes right after it
 * (or a ';' or ',' goes on to more dates); the word before the bracket is capitalised, or follows a
 * capitalised word ("Tang dynasty"). `needsMark`: a lone year needs a label ("Alcuin (d. 804)"; not
 * "the votes (742)").
 */
function bracketAfterName(t: Tokens, i0: number, i1: number, e: EarlyYearSettings, needsMark: boolean): boolean {
  if (i1 >= t.count || !(t.norm(i1) === ')' || t.norm(i1) === ';' || t.norm(i1) === ',')) return false;
  let k = i0 - 1;
  let marks = 0;
  for (let n = 0; n < 2 && k >= 0; n++) {
    let m = k;
    if (t.norm(m) === '.') m--;
    if (m >= 0 && e.lifeMarks.has(t.norm(m))) {
      k = m - 1;
      marks++;
    } else break;
  }
  if (needsMark && marks === 0) return false;
  if (k < 1 || t.norm(k) !== '(') return false;
  const name = k - 1;
  if (!LETTERS.test(t.norm(name))) return false;
  return t.cap(name) || (name > 0 && t.cap(name - 1) && LETTERS.test(t.norm(name - 1)));
}

/** Is the first verb after the match in the past tense? ("By now the consequences were becoming…") */
/**
 * The three numbers of a numeric date: a dotted one's parts ("24.4.14"), or the numbers a slash or a
 * hyphen separates, glued to their separators, one kind of separator only ("24/04/2014", not
 * "24 / 04 / 2014" nor "24/04-2014"); null when they are not such a date.
 */
function numericParts(ctx: BuildContext): string[] | null {
  const dotted = ctx.caps.get('x');
  if (dotted) return dotted.lex as string[];
  const t = ctx.toks;
  for (let k = ctx.i0; k + 1 < ctx.i1; k++) if (t.end[k] !== t.start[k + 1]) return null;
  if (t.norm(ctx.i0 + 1) !== t.norm(ctx.i0 + 3)) return null;
  return [ctx.caps.get('a')!.norm, ctx.caps.get('b')!.norm, ctx.caps.get('c')!.norm];
}

/**
 * The nearest verb (or past auxiliary) after the expression (`step` 1) or before it (`step` -1) in
 * its sentence, or -1 when there is none.
 */
function verbNear(ctx: BuildContext, s: BuilderSettings, step: 1 | -1, from = step === 1 ? ctx.i1 : ctx.i0 - 1): number {
  const t = ctx.toks;
  for (let i = from; i >= 0 && i < t.count; i += step) {
    if (s.pastAuxiliaries.has(t.norm(i)) || t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return i;
  }
  return -1;
}

/**
 * True when the verb at `i` is in the past tense: a past auxiliary, a regular past form, an
 * irregular one of `irregularPast` ('fell', 'began'), or any participle right after a past
 * auxiliary ('his body was found weeks later': 'found' is also the present of 'to found').
 */
function isPastVerb(ctx: BuildContext, s: BuilderSettings, i: number): boolean {
  const w = ctx.toks.norm(i);
  if (s.pastAuxiliaries.has(w)) return true;
  if (ctx.toks.pos[i] !== 'VERB') return false;
  return /ed$/.test(w) || s.irregularPast.has(w) || (i > 0 && s.pastAuxiliaries.has(ctx.toks.norm(i - 1)));
}

/**
 * True when the nearest verb after the expression (`step` 1) or before it (`step` -1) in its
 * sentence is in the past tense: 'By now … were becoming' is narrative; 'the Red Army entered the
 * city four days later' tells a step of the story, 'only to face further eviction a few months
 * later' what keeps happening.
 */
function pastTenseNear(ctx: BuildContext, s: BuilderSettings, step: 1 | -1): boolean {
  const i = verbNear(ctx, s, step);
  return i >= 0 && isPastVerb(ctx, s, i);
}

/**
 * True when the clause tells a step of a story in the past: the nearest verb before the expression
 * is in the past tense ('Gierek fell three days later'), or, when the sentence opens with it and no
 * verb comes before, the verb after it ('Two days later the dockers downed tools').
 */
function pastStepOfStory(ctx: BuildContext, s: BuilderSettings): boolean {
  let before = verbNear(ctx, s, -1);
  // ('kept the boxes shut for nine more years': 'shut' tells no tense; 'kept' does.)
  while (before > 0 && ctx.toks.pos[before] === 'VERB' && s.sharedForms.has(ctx.toks.norm(before))) before = verbNear(ctx, s, -1, before - 1);
  return before >= 0 ? isPastVerb(ctx, s, before) : pastTenseNear(ctx, s, 1);
}

/** True when the match opens right after a digit and a colon, glued to them ('00:58:15 October'), as a time code's seconds do. */
function secondsOfTimeCode(ctx: BuildContext): boolean {
  const at = ctx.toks.start[ctx.i0];
  const text = ctx.toks.text;
  return at >= 2 && text.charCodeAt(at - 1) === 58 && isDigitCode(text.charCodeAt(at - 2));
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** True when the match opens with a capitalised season right after a capitalised noun or name ('Freedom Summer', 'Prague Spring'). */
function seasonInName(ctx: BuildContext): boolean {
  const t = ctx.toks;
  const i = ctx.i0;
  if (i === 0 || !t.cap(i) || !t.cap(i - 1)) return false;
  return t.pos[i - 1] === 'PROPN' || t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'ADJ';
}

/** Regnal numbers after a name ('Augustus II'); not 'I', which is as often the pronoun. */
const REGNAL_NUMBER = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX)$/;

/**
 * True when the name just matched goes on with a regnal number or an epithet the era table's name
 * lacks, so it names another ruler: 'Under Augustus the Strong' (Saxony, not Rome's Augustus),
 * 'Augustus II'. An epithet is 'the' and a capitalised word of `rulerEpithets` that ends the name
 * ('the Strong,'; not 'the Red Guards').
 */
function namesAnotherRuler(ctx: BuildContext, s: BuilderSettings): boolean {
  const t = ctx.toks;
  const i = ctx.i1;
  if (i >= t.count) return false;
  if (REGNAL_NUMBER.test(t.text.slice(t.start[i], t.end[i]))) return true;
  if (t.norm(i) !== 'the' || i + 1 >= t.count || !t.cap(i + 1) || !s.rulerEpithets.has(t.norm(i + 1))) return false;
  return i + 2 >= t.count || (t.pos[i + 2] !== 'NOUN' && t.pos[i + 2] !== 'PROPN');
}

/** The builders, by the name rules use. */
export function makeBuilders(s: BuilderSettings): Record<string, Builder> {
  const atom = (ctx: BuildContext, name: string): Value | undefined => ctx.caps.get(name)?.value;
  /** The year of a year atom captured as `y` ("44 BC" in "15 March 44 BC", "the summer of 44 BC"). */
  const yearOfAtom = (ctx: BuildContext): number | undefined => {
    const v = atom(ctx, 'y');
    return v?.kind === 'year' && !v.pending && v.from !== null && v.from === v.to ? v.from : undefined;
  };
  const countOf = (ctx: BuildContext): { count: number; unit: number; days?: number } | null => {
    const unit = (ctx.caps.get('u')?.lex as UnitLex | undefined) ?? (ctx.args.unit as UnitLex | undefined);
    if (!unit) return null;
    const given = num(ctx.caps.get('n')) ?? (typeof ctx.args.count === 'number' ? ctx.args.count : undefined);
    return { count: given ?? (unit.plural ? s.vagueCount : 1), unit: unit.size, days: unit.days };
  };
  const builders: Record<string, Builder> = {
    /** "1995"; "the year 800" (`args.min`, `args.max`), "FY2015" (`args.note`), "c.1900" (`args.approximate`). */
    year: (ctx) => {
      const y = num(ctx.caps.get('y'));
      const min = typeof ctx.args.min === 'number' ? ctx.args.min : s.years.min;
      const max = typeof ctx.args.max === 'number' ? ctx.args.max : s.years.max;
      if (y === undefined || y < min || y > max) return null;
      let value = yearValue(y);
      if (typeof ctx.args.note === 'string') value = { ...value, notes: [ctx.args.note] };
      return { value: ctx.args.approximate ? approximateValue(value) : value };
    },
    /** "44 BC", "AD 800": astronomical numbering, so 44 BC is year -43. */
    yearEra: (ctx) => {
      const n = num(ctx.caps.get('y'));
      const sign = num(ctx.caps.get('e'));
      if (n === undefined || sign === undefined || n < 1) return null;
      return { value: { ...yearValue(sign < 0 ? 1 - n : n), notes: [`${n} ${sign < 0 ? 'BC' : 'AD'}`], marked: true } };
    },
    /**
     * "500–300 BCE", "from 500 to 300 BC", "AD 800–900": one marker for both years. Before the
     * common era the first year is the larger ("500–300 BCE" → -499 … -299), after it the smaller;
     * a pair in the wrong order is no range of years ("300–500 BC" is left to the year rules).
     */
    eraRange: (ctx) => {
      const a = num(ctx.caps.get('a'));
      const b = num(ctx.caps.get('b'));
      const sign = num(ctx.caps.get('e'));
      if (a === undefined || b === undefined || sign === undefined || a < 1 || b < 1) return null;
      if (sign < 0 ? a <= b : a >= b) return null;
      const [x, y] = sign < 0 ? [1 - a, 1 - b] : [a, b];
      return { value: { ...rangeValue(yearValue(x), yearValue(y))!, notes: [`${a}–${b} ${sign < 0 ? 'BC' : 'AD'}`] } };
    },
    /**
     * "the 3rd millennium BC" (3000–2001 BC: -2999 … -2000), "the second millennium" (1000–1999, as
     * "the 20th century" is 1900–1999), "the first millennium CE" (1–999: there is no year 0).
     */
    millennium: (ctx) => {
      const c = num(ctx.caps.get('c'));
      const sign = num(ctx.caps.get('e'));
      // Up to the third millennium of the common era; before it, as far as prehistory counts them.
      if (c === undefined || c < 1 || c > (sign !== undefined && sign < 0 ? 12 : 3)) return null;
      if (sign !== undefined && sign < 0) {
        const from = 1 - c * 1000;
        return { value: { ...intervalValue('decade', from, from + 999), notes: [`millennium ${c} BC`] } };
      }
      const from = (c - 1) * 1000;
      if (from === 0) return { value: { ...intervalValue('decade', 1, 999), notes: ['millennium 1 AD'] } };
      return { value: { ...intervalValue('decade', from, from + 999, `${String(from).slice(0, 1)}XXX`), notes: [`millennium ${c}`] } };
    },
    /** A year of three digits where its context makes it one ("In 476, …", "since 476", "Rome fell in 476."): see {@link earlyYearAt}. */
    earlyYear: (ctx) => {
      const y = ctx.caps.get('y');
      if (!y || !earlyYearAt(ctx.toks, y.i0, s.earlyYears)) return null;
      return { value: yearValue(ctx.toks.num(y.i0)) };
    },
    /**
     * "from 960 until 1279", "from 618 to 907", "between 618 and 907": a range whose first year has
     * three digits, after "from" or "between" (the rule's look-behind). Not counts: neither number
     * is a quantity ("from 100 to 400 members"), nor a noun after it, nor two round hundreds
     * joined by "to" (an estimate: "rose from 700 to 900"); 'until' may join a longer span.
     */
    earlyRange: (ctx) => {
      const t = ctx.toks;
      const a = ctx.caps.get('a');
      const b = ctx.caps.get('b');
      if (!a || !b || t.digits(a.i0) !== 3 || t.quantity(a.i0) || t.quantity(b.i0) || t.digits(b.i0) < 3 || t.digits(b.i0) > 4) return null;
      const x = t.num(a.i0);
      const y = t.num(b.i0);
      if (x < s.earlyYears.min || y <= x || y > s.years.max) return null;
      if (b.i1 < t.count && (t.pos[b.i1] === 'NOUN' || t.pos[b.i1] === 'ADJ' || t.pos[b.i1] === 'NUM')) return null;
      const word = t.norm(a.i1);
      const until = word === 'until' || word === 'till';
      // "From 618 to 907, the Tang…" opens its clause, "flourished from 618 to 907" follows a verb
      // of being; but a verb of change counts ("Prices rose from 612 to 745", "runs from 212 to 245").
      if (!until && !clauseEdge(t, ctx.i0 - 2, s.earlyYears.clauseOpeners)) {
        let k = ctx.i0 - 2;
        if (k >= 0 && t.pos[k] === 'ADV') k--;
        if (k < 0 || t.pos[k] !== 'VERB' || s.earlyYears.changeVerbs.has(t.norm(k))) return null;
      }
      if (y - x > s.earlyYears.rangeSpan) return null;
      if (!until && x % 100 === 0 && y % 100 === 0) return null;
      // "from about 700 to 1380": the first year approximate.
      const start = ctx.caps.get('ab') ? approximateValue(yearValue(x)) : yearValue(x);
      return { value: rangeValue(start, yearValue(y))! };
    },
    /** "Akbar (1542–1605)", "the Tang dynasty (618–907)", "(r. 1556–1605)": dates in brackets after a name ({@link bracketAfterName}). */
    bracketRange: (ctx) => {
      const t = ctx.toks;
      const a = ctx.caps.get('a');
      const end = ctx.caps.get('b')?.lex as { value: number; digits: number } | undefined;
      if (!a || !end || t.digits(a.i0) < 3 || t.digits(a.i0) > 4 || t.num(a.i0) < s.earlyYears.min) return null;
      if (!bracketAfterName(t, ctx.i0, ctx.i1, s.earlyYears, false)) return null;
      const x = t.num(a.i0);
      const scale = 10 ** end.digits;
      const y = end.digits >= t.digits(a.i0) ? end.value : x - (x % scale) + end.value;
      if (y <= x || y - x > s.earlyYears.bracketRangeSpan || y > s.years.max) return null;
      // Four-digit years within the usual span are range-dash's ("Akbar (1542–1605)").
      if (x >= s.years.min && y - x <= s.years.maxRangeSpan) return null;
      return { value: rangeValue(yearValue(x), yearValue(y))! };
    },
    /** "Alcuin (d. 804)", "(b. 742)", "(fl. c. 650)": a year of three digits with a label, in brackets after a name. */
    bracketYear: (ctx) => {
      const t = ctx.toks;
      const y = ctx.caps.get('y');
      if (!y || t.digits(y.i0) !== 3 || t.quantity(y.i0) || t.num(y.i0) < s.earlyYears.min) return null;
      if (!bracketAfterName(t, ctx.i0, ctx.i1, s.earlyYears, true)) return null;
      return { value: yearValue(t.num(y.i0)) };
    },
    /** "1995–2002", "2002–12", "1998–9". */
    dashRange: (ctx) => {
      const a = num(ctx.caps.get('a'));
      const end = ctx.caps.get('b')?.lex as { value: number; digits: number } | undefined;
      if (a === undefined || !end) return null;
      const scale = 10 ** end.digits;
      const b = end.digits >= 4 ? end.value : a - (a % scale) + end.value;
      const maxSpan = typeof ctx.args.maxSpan === 'number' ? ctx.args.maxSpan : s.years.maxRangeSpan;
      if (b <= a || b - a > maxSpan || b > s.years.max) return null;
      return { value: rangeValue(yearValue(a), yearValue(b))! };
    },
    /** "the 1990s"; "the 1800s" is the century (see `years.centuryHundredsBefore`). */
    decade: (ctx) => {
      const d = num(ctx.caps.get('d'));
      if (d === undefined) return null;
      return { value: d % 100 === 0 && d < s.years.centuryHundredsBefore ? centuryValue(d) : decadeValue(d) };
    },
    /** "the '90s", "the nineties": the century is settled by the document pass. */
    shortDecade: (ctx) => {
      const d = num(ctx.caps.get('d'));
      if (d === undefined) return null;
      // "in their twenties and thirties": ages, not decades.
      for (let i = ctx.i0 - 1; i >= Math.max(0, ctx.i0 - 4); i--) if (s.agePossessives.has(ctx.toks.norm(i))) return null;
      const p = ctx.caps.get('p');
      const part = p ? partSpan(s, p.lex, 'decade') : null;
      if (p && !part) return null;
      return { value: pendingValue('decade', { type: 'short-decade', decade: d, part }) };
    },
    /**
     * "May '68", "since '89": an apostrophe glued to two digits, with nothing glued after them
     * (not "'68ers", not a quotation "'12 …'" of a count: the rules ask for a month or a word of
     * time before it); the century is settled by the document pass, as for "the '90s".
     */
    shortYear: (ctx) => {
      const y = ctx.caps.get('y');
      const t = ctx.toks;
      if (!y || y.norm.length !== 2 || y.i0 === 0 || t.norm(y.i0 - 1) !== "'" || t.end[y.i0 - 1] !== t.start[y.i0]) return null;
      if (y.i1 < t.count && t.start[y.i1] === t.end[y.i1 - 1] && t.norm(y.i1) === "'") return null;
      const month = num(ctx.caps.get('m')) ?? null;
      return { value: pendingValue(month === null ? 'year' : 'month', { type: 'short-year', year: Number(y.norm), month, day: null }) };
    },
    /** "the decade of 2000" → the 2000s. */
    decadeOf: (ctx) => {
      const y = num(ctx.caps.get('y'));
      if (y === undefined) return null;
      return { value: decadeValue(y - (((y % 10) + 10) % 10)) };
    },
    /** "the 19th century"; "the fifth century BCE" (500–401 BC: astronomical -499 … -400). */
    century: (ctx) => {
      const c = num(ctx.caps.get('c'));
      if (c === undefined || c < 1) return null;
      // A modifier ("the 17th-century treaty"): a noun or adjective follows, glued by the hyphen.
      if (ctx.args.modifier) {
        const t = ctx.toks;
        if (ctx.i1 >= t.count || !(t.pos[ctx.i1] === 'NOUN' || t.pos[ctx.i1] === 'ADJ' || t.pos[ctx.i1] === 'PROPN')) return null;
        if (t.end[ctx.i0] !== t.start[ctx.i0 + 1]) return null;
      }
      const sign = num(ctx.caps.get('e'));
      if (sign !== undefined && sign < 0) {
        const from = 1 - c * 100;
        return { value: { ...intervalValue('decade', from, from + 99), scale: 'century', base: from, notes: [`century ${c} BC`] } };
      }
      // "the first century AD": years 1–99 (there is no year 0), as "the 20th century" is 1900–1999.
      if (c === 1) return { value: { ...intervalValue('decade', 1, 99), scale: 'century', base: 0 } };
      return { value: centuryValue((c - 1) * 100) };
    },
    /** "the nineteenth and twentieth centuries", "the late 19th and early 20th centuries": one span. */
    centuries: (ctx) => {
      const c = num(ctx.caps.get('c'));
      const d = num(ctx.caps.get('d'));
      // "the 4th and 3rd centuries BC" counts down; "the 5th and 6th centuries AD" up.
      const bc = (num(ctx.caps.get('e')) ?? 1) < 0;
      if (c === undefined || d === undefined || c < 1 || d < 1 || (bc ? d >= c : d <= c)) return null;
      const end = (n: number, part: Capture | undefined): Value | null => {
        const whole = bc ? { ...intervalValue('decade', 1 - n * 100, 100 - n * 100), scale: 'century' as const, base: 1 - n * 100 } : centuryValue((n - 1) * 100);
        if (!part) return whole;
        const span = partSpan(s, part.lex, 'century');
        return span ? partValue(whole, span) : null;
      };
      const a = end(c, ctx.caps.get('p'));
      const b = end(d, ctx.caps.get('q'));
      const v = a && b ? rangeValue(a, b) : null;
      return v ? { value: v } : null;
    },
    monthYear: (ctx) => {
      const m = num(ctx.caps.get('m'));
      const y = num(ctx.caps.get('y')) ?? yearOfAtom(ctx);
      return m === undefined || y == null ? null : { value: monthValue(y, m) };
    },
    /** "May–June 1899": from a month to a month-and-year. */
    monthRange: (ctx) => {
      const m = num(ctx.caps.get('m'));
      const b = atom(ctx, 'y');
      if (m === undefined || b?.kind !== 'month' || b.from === null) return null;
      const v = rangeValue(monthValue(b.from, m), b);
      if (!v || monthValue(b.from, m).startEdtf > b.startEdtf) return null;
      // A rule may name the kind: two months of one year are a part of that year ('season-part').
      return { value: typeof ctx.args.kind === 'string' ? { ...v, kind: ctx.args.kind as Value['kind'] } : v };
    },
    day: (ctx) => {
      const d = num(ctx.caps.get('d'));
      const m = num(ctx.caps.get('m'));
      const y = num(ctx.caps.get('y')) ?? yearOfAtom(ctx);
      if (d === undefined || m === undefined || y === undefined || d > DAYS_IN_MONTH[m - 1]) return null;
      // '00:21:40–00:58:15 October 1964': the seconds of a time code, glued to it, are no day.
      if (secondsOfTimeCode(ctx)) return null;
      return { value: dayValue(y, m, d) };
    },
    /** "spring 2003"; "the winter of 1978–79": the season of the first year, reaching into the next. */
    season: (ctx) => {
      const code = num(ctx.caps.get('s'));
      const y = num(ctx.caps.get('y')) ?? yearOfAtom(ctx);
      if (code === undefined || y === undefined) return null;
      // 'the Freedom Summer of 1964', 'the Prague Spring of 1968': a capitalised season after a
      // capitalised word is part of a name, an event the year dates ('1964' is read alone).
      if (seasonInName(ctx)) return null;
      const end = ctx.caps.get('b')?.lex as { value: number; digits: number } | undefined;
      if (!end) return { value: seasonValue(y, code) };
      const scale = 10 ** end.digits;
      if ((end.digits >= 4 ? end.value : y - (y % scale) + end.value) !== y + 1) return null;
      return { value: { ...seasonValue(y, code), to: y + 1 } };
    },
    /** "2001-09-11": an ISO 8601 date, month and day of two digits each. */
    isoDay: (ctx) => {
      const y = num(ctx.caps.get('y'));
      const m = ctx.caps.get('m');
      const d = ctx.caps.get('d');
      if (y === undefined || m?.norm.length !== 2 || d?.norm.length !== 2) return null;
      const month = Number(m.norm);
      const day = Number(d.norm);
      if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return null;
      return { value: dayValue(y, month, day) };
    },
    /**
     * "24/04/2014", "4/24/2014", "2014/04/24", "12-05-2014", "5.6.2015" (see {@link numericDate}):
     * the numbers and their one kind of separator glued together, and nothing glued on either side
     * that would make them part of a longer code ("Case 1/24/04/2014", "24/04/2014/EU").
     */
    numericDay: (ctx) => {
      const t = ctx.toks;
      const parts = numericParts(ctx);
      if (parts === null) return null;
      const glued = (k: number, other: number): boolean => k >= 0 && k < t.count && (k < ctx.i0 ? t.end[k] === t.start[other] : t.start[k] === t.end[other]);
      if (glued(ctx.i0 - 1, ctx.i0) && (DATE_SEPARATORS.has(t.norm(ctx.i0 - 1)) || t.hasDigit(ctx.i0 - 1))) return null;
      if (glued(ctx.i1, ctx.i1 - 1) && DATE_SEPARATORS.has(t.norm(ctx.i1)) && ctx.i1 + 1 < t.count && t.start[ctx.i1 + 1] === t.end[ctx.i1]) return null;
      const value = numericDate(parts);
      // The slash and hyphen rules read the year as <year>; a dotted date's year is checked here.
      return value && value.from !== null && value.from >= s.years.min && value.from <= s.years.max ? { value } : null;
    },
    /**
     * "on 24/4/14", "dated 4/24/14", "on 24.4.14": a numeric date whose year has two digits, read only
     * after a word that announces a date (the rule's look-behind) and only when the order of day and
     * month is clear (one above 12, or both the same): "on 4/5/14" is left out. The century comes
     * from the document, as for "May '68".
     */
    numericShortDay: (ctx) => {
      const t = ctx.toks;
      const parts = numericParts(ctx);
      if (parts === null) return null;
      const [a, b, c] = parts;
      if (c.length !== 2 || a.length > 2 || b.length > 2) return null;
      if (ctx.i1 < t.count && t.start[ctx.i1] === t.end[ctx.i1 - 1] && (DATE_SEPARATORS.has(t.norm(ctx.i1)) || t.hasDigit(ctx.i1))) return null;
      const first = Number(a);
      const second = Number(b);
      const dayFirst = isDay(second, first);
      const monthFirst = isDay(first, second);
      if (dayFirst && monthFirst && first !== second) return null;
      const [month, day] = dayFirst ? [second, first] : monthFirst ? [first, second] : [0, 0];
      if (!month) return null;
      return { value: pendingValue('day', { type: 'short-year', year: Number(c), month, day }) };
    },
    /**
     * "12–15 June 1989", "from 12 to 15 June 1989": from a day of the month to a day; with the first
     * day's own month, "from 6 February to 5 April 1989".
     */
    dayRange: (ctx) => {
      const d = num(ctx.caps.get('d'));
      const b = atom(ctx, 'y');
      // Not a day of unknown order ("5.6.2015"): which of its days the span ends on is not known.
      if (d === undefined || b?.kind !== 'day' || b.from === null || b.edtf.startsWith('[')) return null;
      const [, month, day] = b.startEdtf.split(/(?<=\d)-/).map(Number);
      const m = num(ctx.caps.get('m')) ?? month;
      if (!(m < month || (m === month && d < day)) || d > DAYS_IN_MONTH[m - 1]) return null;
      return { value: rangeValue(dayValue(b.from, m, d), b)! };
    },
    /** "the spring and summer of 1988": from a season to a later season of the same year. */
    seasonPair: (ctx) => {
      const code = num(ctx.caps.get('s'));
      const b = atom(ctx, 'y');
      if (code === undefined || b?.kind !== 'season-part' || b.from === null || b.from !== b.to) return null;
      const first = seasonValue(b.from, code);
      if (!(first.startEdtf < b.startEdtf)) return null;
      const v = rangeValue(first, b);
      return v ? { value: { ...v, kind: 'season-part' } } : null;
    },
    /** "late 2016", "the mid-1990s", "the end of the 1990s", "the late 19th century". */
    part: (ctx) => {
      const x = atom(ctx, 'x');
      const p = ctx.caps.get('p');
      if (!x || !p) return null;
      const q = ctx.caps.get('q');
      /** The part's span, or with `q` from the start of `p` to the end of `q` ("the early to mid-1990s"). */
      const spanOf = (scale: 'year' | 'decade' | 'century'): Span2 | null => {
        const first = partSpan(s, p.lex, scale);
        if (!q) return first;
        const second = partSpan(s, q.lex, scale);
        return first && second && first[0] < second[0] && first[1] <= second[1] ? [first[0], second[1]] : null;
      };
      if (x.pending?.type === 'short-decade' && !x.pending.part) {
        const span = spanOf('decade');
        return span ? { value: pendingValue('decade', { ...x.pending, part: span }) } : null;
      }
      if (!x.scale || x.pending) return null;
      const span = spanOf(x.scale);
      const v = span ? partValue(x, span) : null;
      return v ? { value: v } : null;
    },
    /** The captured atom with a longer surface: "the 1990s", "The year 2002", "from 1990–2013". */
    extend: (ctx) => {
      const x = atom(ctx, 'x');
      if (!x) return null;
      if (!ctx.args.approximate) return { value: x };
      return x.pending ? null : { value: approximateValue(x) };
    },
    range: (ctx) => {
      const a = atom(ctx, 'a');
      let b = atom(ctx, 'b');
      if (!a || !b || a.pending) return null;
      // "the 1960s–70s": a short decade after a decade takes its century (the first such decade from it on).
      if (b.pending?.type === 'short-decade' && a.from !== null) {
        const first = a.from - (((a.from % 10) + 10) % 10);
        const inCentury = first - (((first % 100) + 100) % 100) + b.pending.decade;
        // "the 1990s–00s": a decade before the first one is in the next century.
        const decade = decadeValue(inCentury < first ? inCentury + 100 : inCentury);
        b = (b.pending.part ? partValue(decade, b.pending.part) : decade) ?? undefined;
      }
      if (!b || b.pending) return null;
      const v = rangeValue(a, b);
      // "from 206 BC to AD 220": years with an era marker are no counts, whatever the span.
      if (!v || (v.to! - v.from! > s.years.maxRangeSpan && !(a.marked || b.marked))) return null;
      return { value: v };
    },
    /**
     * "from 1995 onwards", "since 2012"; with `args.beforeCountNoun` only before a count noun, the
     * subject of the clause after a year its point word kept ("Since 1949 women have worked…",
     * "From 1976 members paid dues"), where the rules without it look for no noun ("since the 1995
     * summit" is a modifier).
     */
    open: (ctx) => {
      if (ctx.args.beforeCountNoun && !(ctx.i1 < ctx.toks.count && ctx.toks.pos[ctx.i1] !== 'PROPN' && s.countNouns.has(ctx.toks.norm(ctx.i1)))) return null;
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
    /** "the decade after 1989" (1990–1999), "the two years before 1914": units counted from a date in the phrase. */
    unitsFromDate: (ctx) => {
      const x = atom(ctx, 'x');
      const c = countOf(ctx);
      const r = ctx.caps.get('r')?.norm;
      if (!x || x.pending || x.from === null || x.to === null || !c || c.count < 1) return null;
      const span = c.count * c.unit;
      const after = r === 'after' || r === 'following';
      const v = after ? intervalValue('relative', x.to + 1, x.to + span) : intervalValue('relative', x.from - span, x.from - 1);
      return { value: v };
    },
    /** Relative to the nearest explicit expression before ("since then", "a decade later"). */
    relative: (ctx) => {
      const relation = ctx.args.relation as Relation;
      const c = countOf(ctx) ?? { count: 0, unit: 1 };
      if (ctx.args.narrative === true && !pastTenseNear(ctx, s, 1)) return null;
      if (ctx.args.narrative === 'verb-before' && !pastStepOfStory(ctx, s)) return null;
      const days = c.unit === 0 && c.days !== undefined ? c.count * c.days : undefined;
      return { value: pendingValue('relative', days === undefined ? { type: 'anchor', relation, count: c.count, unit: c.unit } : { type: 'anchor', relation, count: c.count, unit: c.unit, days }) };
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
      const pending: Extract<Pending, { type: 'anchor-date' }> = { type: 'anchor-date', month: m, day: d, offset: typeof ctx.args.offset === 'number' ? ctx.args.offset : 0 };
      if (ctx.args.following === true) pending.following = true;
      if (ctx.args.previous === true) pending.previous = true;
      return { value: pendingValue(d === null ? 'month' : 'day', pending) };
    },
    /** "the end of the decade", "the end of that year": a part of the anchor's decade or year. */
    anchorPart: (ctx) => {
      const scale = (ctx.caps.get('s')?.lex ?? ctx.args.scale) as 'year' | 'decade' | 'century' | undefined;
      if (scale !== 'year' && scale !== 'decade' && scale !== 'century') return null;
      // A class phrase gives its value, a literal ("mid") its word, else the rule's `part`.
      const p = ctx.caps.get('p');
      const part = partSpan(s, p ? (p.lex ?? p.norm) : ctx.args.part, scale);
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
      if (n?.pending?.type !== 'era' || namesAnotherRuler(ctx, s)) return null;
      const own = atom(ctx, 'own') ?? null;
      // "the late Qing", "the early Cold War": a part word (a class phrase gives its part's name).
      const p = ctx.caps.get('p');
      const part = p ? partSpan(s, p.lex ?? p.norm, 'era') : null;
      // "under Benazir and Nawaz": a second ruler, whose tenure joins the first's.
      const m = atom(ctx, 'm');
      if (m && m.pending?.type !== 'era') return null;
      const second = m?.pending?.type === 'era' ? { with: m.pending.ids } : {};
      return { value: pendingValue('era', { ...n.pending, own: own && !own.pending ? own : null, edge: (ctx.args.edge as EraEdge | undefined) ?? null, part, ...second }) };
    },
    /** "under President Levon Ter-Petrosyan (1991–1998)": a titled ruler the era table does not know (`needsDating`: untitled, see the pending type). */
    rulerText: (ctx) => {
      const n = ctx.caps.get('n');
      if (!n) return null;
      const words: string[] = [];
      for (let i = n.i0; i < n.i1; i++) words.push(ctx.toks.norm(i));
      const own = atom(ctx, 'own') ?? null;
      const name = words.join(' ').replace(/ - /g, '-');
      return { value: pendingValue('era', { type: 'ruler-text', name, own: own && !own.pending ? own : null, needsDating: ctx.args.needsDating === true }) };
    },
    /** An era the rule names itself ("postwar" → the `war` entry, after its end). */
    eraRef: (ctx) => {
      const id = ctx.args.id;
      if (typeof id !== 'string') return null;
      return { value: pendingValue('era', { type: 'era', ids: [id], own: null, edge: (ctx.args.edge as EraEdge | undefined) ?? null }) };
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
