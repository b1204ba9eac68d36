/**
 * Section headings as stages: headings that carry years ("Blossoming (2002–12)", "First Republic
 * 1948–1960") or an ordinal stage word ("Second stage: …"), with sub-periods nested inside a stage
 * ("Roh Tae-woo, 1988–1993" under "Sixth Republic 1987–present") set aside.
 */
import type { Section } from '../../doc.js';
import { numeralValue, type PeriodisationRules } from './thesis.js';
import { escapeRegExp } from '../../chars.js';
import { COURSE_UNIT } from './forms26.js';

export interface HeadingInfo {
  section: Section;
  /** Heading without ordinal prefix and years: "Green Shoots", "The early years". */
  label: string | null;
  from: number | null;
  to: number | null;
  /** True when the heading gives a start year and an end, an open end ("1987–present", "since 2006"), or an end alone ("before 1945"). */
  ranged: boolean;
  open: boolean;
  ordinal: number | null;
  conclusion: boolean;
  /** True when centuries date the heading ('The sixteenth-century boom'): round years, which the next stage may cut short. */
  byCentury?: boolean;
  /**
   * For a heading without years taken as a stage between dated ones ("Independence and after"
   * after "Colonial period (1884–1960)"): where its years came from ('previous stage', 'next
   * stage'), since the heading itself gives none.
   */
  inferred?: { from: string | null; to: string | null };
  /** True when the heading is a row of a table set as text ('1 | 1988–1994 | The Awakening'). */
  tableRow?: boolean;
}

/** A label with no lower-case letter and at least two capitals: an ALL-CAPS heading's ('TOLERANCE'). */
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const LABEL_WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * An ALL-CAPS heading's label as the text writes its words in running prose, so that a stage is
 * named as a reader would name it ('II. TOLERANCE, 1926–1945' → 'Tolerance'; 'THE NEP YEARS' →
 * 'The NEP years' where the text writes 'NEP' and 'years'). A word the text writes only in capitals
 * stays so (an acronym); one it never writes elsewhere is lower-cased; the first letter is a capital
 * ('THE KÁDÁR ERA' → 'The Kádár era').
 * Any other label, and every label of a text set in capitals throughout, is returned as it is.
 */
export function labelAsWritten(label: string, text: string): string {
  if (!ALL_CAPS.test(label) || !mostlyLowerCase(text)) return label;
  const recased = label.replace(LABEL_WORD, (word) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu');
    let name: string | null = null;
    let acronym = false;
    for (const m of text.matchAll(pattern)) {
      const seen = m[0];
      // A word in lower case ('tolerance') is a common word; with a capital only at its start, always, a name ('Kádár').
      if (!/\p{Lu}/u.test(seen)) return seen;
      if (/\p{Ll}/u.test(seen)) name ??= seen;
      else if (!acronym) acronym = besideLowerCaseWord(text, m.index, m.index + seen.length);
    }
    return name ?? (acronym ? word : word.toLowerCase());
  });
  return recased.charAt(0).toUpperCase() + recased.slice(1);
}

/**
 * True when the word at `[start, end)` of `text` stands in capitals beside a word of its line that
 * has a lower-case letter: an acronym in running prose ('the NEP years', 'NEP was'), not a word of
 * an ALL-CAPS heading, even one whose line has other words in lower case ('Unit I. THE PARTY PRESS':
 * 'PARTY' stands between 'THE' and 'PRESS').
 */
function besideLowerCaseWord(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  // (Words, not the punctuation beside them: 'the New Economic Policy (NEP) was'.)
  const before = text.slice(lineStart, start).match(/(\p{L}+)[^\p{L}]*$/u);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd).match(/^[^\p{L}]*(\p{L}+)/u);
  return [before?.[1], after?.[1]].some((word) => word !== undefined && /\p{Ll}/u.test(word));
}

/** True when most letters of `text` are lower-case: running prose, not a text set in capitals throughout. */
function mostlyLowerCase(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return lower > upper;
}

/** Expands an abbreviated end year: 1995–2002, 2002–12 → 2012, 1998–9 → 1999, 1950s → 1959. */
function endYear(start: number, end: string): number {
  const decade = end.endsWith('s');
  const digits = end.replace(/s$/, '');
  let year = Number(digits);
  if (digits.length < 4) {
    const base = Math.floor(start / 10 ** digits.length) * 10 ** digits.length;
    year = base + year;
    if (year < start) year += 10 ** digits.length;
  }
  return decade ? year + 9 : year;
}

/** Years read from a heading: the start, the end, and whether they make a range or an open period. */
interface HeadingYears {
  from: number | null;
  to: number | null;
  ranged: boolean;
  open: boolean;
}

/**
 * Reads a heading's years from a `headingYears` or `headingYearsFirst` match: groups (1) 'since',
 * 'from', 'after', 'before' or 'until', (2) the year, (3) the end, (4) 'onwards'. "(since 2006)",
 * "1945 onwards", "2017-", "1987–present" are open; "Poland before 1945" ends in 1945
 * with no start; a bare "(1905)" has no dash and is no range.
 */
function yearsOf(y: RegExpExecArray): HeadingYears {
  const prefix = (y[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (y[3] === undefined && y[4] === undefined && /^(before|until|till|up to)$/.test(prefix)) return { from: null, to: Number(y[2]), open: false, ranged: true };
  const from = Number(y[2]);
  const dash = /\d\s*(?:[-–—]|\bto\b)/i.test(y[0]);
  let to: number | null;
  let open: boolean;
  if (y[3] === undefined || /^(present|today|now|date)$/i.test(y[3])) {
    // "Lessons from 1989" is no period: 'from' opens one only with a dash or 'onwards'.
    open = dash || y[4] !== undefined || prefix === 'since' || prefix === 'after';
    to = open ? null : from;
  } else {
    open = false;
    to = endYear(from, y[3]);
  }
  return { from, to, open, ranged: open || (to !== null && to > from) };
}

/**
 * A heading without years that is itself the name of an era ('French Revolution', 'Second World
 * War'), dated by the era table through the temporal stage's expression for the heading (`era`:
 * its years, or null when there is none, or it covers only part of the heading).
 */
export function withEraYears(h: HeadingInfo, era: { text: string; from: number | null; to: number | null } | null, rules: PeriodisationRules): HeadingInfo {
  if (h.ranged || h.from !== null || !era || era.from === null || era.to === null || era.to <= era.from || !h.label) return h;
  // Only the name of a period ('revolution', 'war', 'republic'): a person alone ('Under Jokowi') is a
  // tenure the text may bound otherwise (the thesis's open stage).
  if (!rules.eraNameNouns.test(era.text)) return h;
  const bare = (x: string): string => x.toLowerCase().replace(/^the\s+/u, '').trim();
  if (bare(era.text) !== bare(h.label)) return h;
  return { ...h, from: era.from, to: era.to, ranged: true, open: false, inferred: { from: 'era-table', to: 'era-table' } };
}

/** Reads a heading's ordinal, years and label. */
/** A heading of decades only: (1) 'since' or 'after', (2) the first decade's year, (3) the last's ('The 1950s and 1960s', 'Since the 1990s'). */
const HEADING_DECADES = /^\s*(?:(since|after)\s+)?(?:the\s+)?(\d{3}0)s(?:\s*(?:[-–—]|to|and)\s*(?:the\s+)?(\d{2,3}0)s)?\s*$/iu;
/** 'to' and a year in brackets ('(to 1914)'); group 1 the year. */
const TO_YEAR_IN_BRACKETS = /\(\s*to\s+(\d{3,4})\s*\)/iu;
/** A row of a table set as text, its cells between pipes ('1 | 1988–1994 | The Awakening'). */
const TABLE_CELLS = /\s+\|\s+/u;

/**
 * A row of a table set as text ('2 | 1994–2003 | The Referendum Years'), as the heading it stands
 * for: its last cell with letters (the title) and its cell of years after it ('The Referendum Years
 * 1994–2003'), so that a table of periods reads as dated headings; the row as it is otherwise.
 */
function tableRowAsHeading(heading: string, rules: PeriodisationRules): string {
  const cells = heading.split(TABLE_CELLS);
  if (cells.length < 2) return heading;
  const years = cells.find((c) => /\d/.test(c) && rules.headingYears.exec(` ${c}`)?.index === 0);
  const titles = cells.filter((c) => c !== years && /\p{L}{2}/u.test(c));
  return years && titles.length > 0 ? `${titles[titles.length - 1]} ${years}` : heading;
}

export function readHeading(section: Section, rules: PeriodisationRules): HeadingInfo {
  const heading = section.heading ? tableRowAsHeading(section.heading, rules) : '';
  const tableRow = heading !== (section.heading ?? '');
  // A section number is no part of the name: '2. The reform era', '3.1 Repression', 'IV. Crackdown', 'Part II.'.
  // ('Origins (to 1914)': 'to' in brackets before a year ends the stage, as 'until' does.)
  let rest = heading.replace(rules.sectionNumber, '').replace(COURSE_UNIT, '').replace(TO_YEAR_IN_BRACKETS, '(until $1)');
  let ordinal: number | null = null;
  const o = rules.headingOrdinal.exec(rest);
  if (o) {
    const word = (o[1] ?? o[2] ?? '').toLowerCase();
    ordinal = rules.ordinals.get(word) ?? (/^\d+$/.test(word) ? Number(word) : null);
    // "The Final Phase of the War" is a name that starts with an ordinal: the whole heading stays its label.
    const separated = /[:.,–—-]\s*$/u.test(o[0]);
    if (separated || !/^\p{Ll}/u.test(rest.slice(o[0].length))) rest = rest.slice(o[0].length);
  }
  let years: HeadingYears | null = null;
  let byCentury = false;
  // (Years need a digit: most headings have none, and are passed over without the patterns.)
  const digits = /\d/.test(rest);
  const y = digits ? rules.headingYears.exec(rest) : null;
  if (y) {
    years = yearsOf(y);
    // A single year after a preposition is cut alone: 'Lessons from 1989' keeps 'Lessons from', as
    // before; so is a month with it ('After March 1990' keeps 'After').
    // A heading that opens with 'since' or 'after' and ends with one year: 'Since the reform of
    // 1990' is open as 'Since 1990' is.
    if (!years.ranged && !y[1] && /^(?:since|after)\s/i.test(rest)) years = { from: years.from, to: null, open: true, ranged: true };
    if (years.ranged || !y[1]) rest = rest.slice(0, y.index);
    else {
      const afterPreposition = y.index + y[0].toLowerCase().indexOf(y[1].toLowerCase()) + y[1].length;
      rest = rest.slice(0, afterPreposition);
      // Nothing but the preposition ('After March 1990', 'Since 2012'): no name of its own.
      if (rest.trim().toLowerCase() === y[1].toLowerCase()) rest = '';
    }
  } else {
    // Years before the name: '1949–1978: Building socialism'.
    const first = digits ? rules.headingYearsFirst.exec(rest) : null;
    if (first) {
      years = yearsOf(first);
      rest = rest.slice(first[0].length);
    } else if (digits && HEADING_DECADES.test(rest)) {
      // 'The 1950s and 1960s', 'The 1970s', 'Since the 1990s': a heading that is only decades spans
      // them (the last open after 'since'), and names no stage, as a heading of years alone.
      const d = HEADING_DECADES.exec(rest)!;
      const first = Number(d[2]);
      const last = d[3] !== undefined ? endYear(first, `${d[3]}s`) : first + 9;
      const open = d[1] !== undefined && /^(?:since|after)$/i.test(d[1]);
      years = open ? { from: first, to: null, ranged: true, open: true } : { from: first, to: last, ranged: last > first, open: false };
      rest = '';
    } else {
      // "17th century", "18th–19th centuries", "Britain in the 19th century": a heading dated by
      // centuries spans them (1600–1699; 1700–1899), as the temporal stage reads "the 1600s". The
      // centuries are the name here, so the label keeps them.
      // Spelled out too: 'The sixteenth-century boom', 'Eighteenth and nineteenth centuries'.
      const c = (digits ? rules.headingCenturies.exec(rest) : null) ?? rules.headingCenturyWords.exec(rest);
      if (c) {
        const number = (x: string): number => (/^\d+$/.test(x) ? Number(x) : (rules.centuryWords.get(x.toLowerCase()) ?? 0));
        const first = number(c[1]);
        const last = c[2] !== undefined ? number(c[2]) : first;
        if (first >= 1 && last >= first && last <= rules.currentCentury) {
          // '21st century', written in the 21st century: a period still running, open (not 2000–2099).
          const current = last === rules.currentCentury;
          years = { from: (first - 1) * 100, to: current ? null : last * 100 - 1, ranged: true, open: current };
          byCentury = true;
          // "Early modern period (16th–18th centuries)": centuries in brackets after a name are its dates, not its name.
          const bracket = /\s*\(([^()]*)\)\s*$/u.exec(rest);
          if (bracket && bracket.index > 0 && c.index >= bracket.index) rest = rest.slice(0, bracket.index);
        }
      }
    }
  }
  // A word that only led to the cut date goes with it: 'Since the reform of 1990' is 'Since the reform'.
  const label = rest.replace(/[\s,:;–—-]+$/u, '').replace(/\s+(?:of|in|on|at|the)$/iu, '').trim() || null;
  return { section, label, from: years?.from ?? null, to: years?.to ?? null, ranged: years?.ranged ?? false, open: years?.open ?? false, ordinal, conclusion: rules.conclusionHeadings.test(heading), ...(byCentury ? { byCentury } : {}), ...(tableRow ? { tableRow } : {}) };
}

function within(inner: HeadingInfo, outer: HeadingInfo): boolean {
  if (inner.from === null) return false;
  // Inside "Poland before 1945": a heading that ends by then.
  if (outer.from === null) return outer.to !== null && inner.to !== null && inner.to <= outer.to;
  if (inner.from < outer.from) return false;
  if (outer.to === null) return true;
  return inner.to !== null && inner.to <= outer.to && !(inner.from === outer.from && inner.to === outer.to);
}

/**
 * The stages the headings claim on their own: ordinal stage headings when there are at least two
 * ordinals, else dated headings (ranges), skipping those nested inside the previous stage.
 */
export function headingStages(headings: HeadingInfo[], atLeast = 2): HeadingInfo[] {
  const byOrdinal = new Map<number, HeadingInfo>();
  for (const h of headings) if (h.ordinal !== null && !byOrdinal.has(h.ordinal)) byOrdinal.set(h.ordinal, h);
  if (byOrdinal.size >= 2) return [...byOrdinal.keys()].sort((a, b) => a - b).map((k) => byOrdinal.get(k)!);
  const stages: HeadingInfo[] = [];
  // The text's first heading dated as its whole ('Chapter 7: Civil Society and the State in Malawi,
  // 1964 to the Present') frames the dated headings inside it ('1964–1992: The one-party state', …):
  // it is no stage of its own.
  const first = headings[0];
  const frame = first?.ranged && headings.filter((h, i) => i > 0 && h.ranged && within(h, first)).length >= 2 ? first : null;
  for (const h of headings) {
    if (!h.ranged || h.conclusion || h === frame) continue;
    const last = stages[stages.length - 1];
    if (last && within(h, last)) continue;
    // "Poland before 1945" has no start: it can only be the first stage.
    if (h.from === null && stages.length > 0) continue;
    // Stages move forward in time: a heading that goes back (a repeated or appended text) starts no stage.
    if (last && last.from !== null && h.from !== null && h.from <= last.from) continue;
    if (last && h.section.level > last.section.level && last.from !== null && h.from !== null && h.from < (last.to ?? Infinity)) continue;
    // "The sixteenth-century boom" then "Closure of the river (1585–1795)": a century is a round
    // span, not the stage's exact end; a next stage that starts inside it (and runs past it) ends it.
    if (last?.byCentury && last.from !== null && last.to !== null && h.from !== null && h.from > last.from && h.from < last.to) last.to = h.from;
    stages.push(h);
  }
  return stages.length >= atLeast ? stages : [];
}

/** What the stage needs of a section to place a heading without years: the first date its prose gives. */
export type FirstDateOf = (sectionId: string) => number | null;

/**
 * Adds to the dated stage headings the headings without years that are stages too, as a
 * Wikipedia "History of X" article sets them out: "Early history", "Colonial period (1884–1960)",
 * "Independence and after", "Recent developments". A heading without years, at the level of the
 * dated stages, that is no front matter, conclusion or coda (`notStageHeadings`: "Recent
 * developments", "Legacy"), is a stage:
 * - before the first dated stage, when its name says it is early (`earlyHeadingWords`: "Early
 *   history", "Origins") and its section's first date is before that stage starts; it starts at
 *   that date when it is a year (`firstYearOf`: "founded in 1873"), else unknown; it ends where
 *   that stage starts ("Early history" → until 1884);
 * - right after a closed stage, when its section's first date is no earlier than that stage's end
 *   (a section that opens inside the stage is a subsection of it: "The wharf and the railway",
 *   1905, under 1884–1960); it starts where that stage ends and ends where the next dated stage
 *   starts, or is open. With a single dated heading its name must also say it is a period
 *   (`periodHeadingWords`: "Independence and after", "Austrian rule"), so that an essay's one dated
 *   section followed by "Aftermath" or "Discussion" is no periodisation.
 */
export function withUndatedHeadings(dated: HeadingInfo[], headings: HeadingInfo[], firstDateOf: FirstDateOf, firstYearOf: FirstDateOf, rules: PeriodisationRules): HeadingInfo[] {
  if (dated.length === 0) return dated;
  const level = dated[0].section.level;
  const words = (h: HeadingInfo): string[] => (h.section.heading ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
  const candidate = (h: HeadingInfo): boolean =>
    !h.ranged && h.ordinal === null && !h.conclusion && h.section.level === level && !rules.frontHeadings.test(h.section.heading ?? '') && !rules.notStageHeadings.test(h.section.heading ?? '');
  const out: HeadingInfo[] = [];
  const firstAt = headings.indexOf(dated[0]);
  // Before the first dated stage: the early headings, each ending where the next stage starts.
  // With two or more dated stages, any heading whose section opens before the first, in
  // chronological order, is an earlier stage ('Antiquity', 'Middle Ages', 'Renaissance' before
  // 'French Revolution'); with one, only a heading named as early.
  let lastDate = -Infinity;
  // Two or more headings that each give a name and years ('Colonial Macau (1849–1999)') carry the
  // periodisation themselves: a heading named only as early before them ('Early history', 'Early
  // publications') is its background, as a period's name is not ('Danish rule', 'Middle Ages').
  // Before headings that are only years ('1916–1942') or decades, 'Early years' or 'Origins' is a stage.
  const namedAndDated = dated.length >= 2 && dated.every((h) => h.label !== null && h.from !== null && !h.inferred);
  for (const h of headings.slice(0, firstAt)) {
    if (!candidate(h) || (namedAndDated && words(h).some((w) => rules.earlyHeadingWords.has(w)))) continue;
    if (dated.length < 2 && !words(h).some((w) => rules.earlyHeadingWords.has(w))) continue;
    const d = firstDateOf(h.section.id);
    // "Early history" whose prose gives no year at all ('Wawel Hill was settled in the Stone Age'),
    // first of the headings before the dated ones: the earliest stage, its start unknown.
    if (d === null && out.length === 0 && dated[0].from !== null && words(h).some((w) => rules.earlyHeadingWords.has(w))) {
      out.push({ ...h, from: null, to: dated[0].from, ranged: true, open: false, inferred: { from: null, to: 'next stage' } });
      continue;
    }
    if (d === null || dated[0].from === null || d >= dated[0].from || d < lastDate) continue;
    lastDate = d;
    // The first starts at its section's first date when that is a year ('Origins': a society
    // founded in 1873), as a reader dates it; after 'in the 18th century' its start is unknown.
    const from = out.length === 0 ? firstYearOf(h.section.id) : d;
    out.push({ ...h, from, to: dated[0].from, ranged: true, open: false, inferred: { from: from === null ? null : 'section', to: 'next stage' } });
  }
  // (A later early heading's start is its own first date; the one before it ends there.)
  for (let i = 0; i + 1 < out.length; i++) out[i] = { ...out[i], to: out[i + 1].from };
  dated.forEach((stage, i) => {
    // 'Origins (to 1914)': a first stage with an end only starts at its section's first year
    // ('Printing before 1600' reaches back without a start).
    const start = i === 0 && stage.from === null && stage.to !== null && !BEFORE_WORD.test(stage.section.heading ?? '') ? firstYearOf(stage.section.id) : null;
    out.push(start !== null && start < stage.to! ? { ...stage, from: start, inferred: { from: 'section', to: stage.inferred?.to ?? null } } : stage);
    const next = dated[i + 1];
    if (stage.to === null || stage.open) return;
    const from = headings.indexOf(stage) + 1;
    const until = next ? headings.indexOf(next) : headings.length;
    // The first heading whose section opens no earlier than the stage's end; those before it open
    // inside the stage (its subsections); a coda ("Recent developments") ends the search.
    for (const h of headings.slice(from, until)) {
      if (h.section.level !== level) continue;
      if (!candidate(h)) return;
      const d = firstDateOf(h.section.id);
      if (d === null || d < stage.to) continue;
      if ((next?.from != null && d > next.from) || (dated.length < 2 && !words(h).some((w) => rules.periodHeadingWords.has(w)))) return;
      out.push({ ...h, from: stage.to, to: next?.from ?? null, ranged: true, open: !next, inferred: { from: 'previous stage', to: next ? 'next stage' : null } });
      return;
    }
  });
  return out;
}

/** 'before' in a heading: the stage reaches back with no start. */
const BEFORE_WORD = /\bbefore\b/iu;

/** A heading over the whole history an article tells ('History', 'Historical development'). */
const HISTORY_HEADING = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:history|historical\s+(?:development|background|overview)|development)\s*$/iu;

/** A regime named as a State, with capitals ('Corporate State', 'Free State', 'New State'; not 'Single-party state'). */
const REGIME_STATE = /\b\p{Lu}\p{L}+\s+State\s*$/u;

/** Fewest headings named as periods that make a periodisation with no year in any heading (see {@link periodNamedHeadings}). */
const MIN_PERIOD_NAMED_HEADINGS = 3;

/**
 * Stages from headings that carry no years but are named as periods ('Colonial period', 'First
 * Republic', 'Second Republic', 'Third Republic'), as an encyclopedia article divides a history
 * whose years its sections give: at one level, each heading with a word of `periodHeadingWords`
 * whose section's first date is later than the one before's; other headings between them
 * (thematic sections and subsections, 'The general strikes') are passed over. Each stage runs
 * from its section's first date to the next one's; the last is open. Three at least, or none.
 */
export function periodNamedHeadings(headings: HeadingInfo[], firstDateOf: FirstDateOf, rules: PeriodisationRules): HeadingInfo[] {
  const out: HeadingInfo[] = [];
  const starts: number[] = [];
  // The level of the headings that may be stages: the highest, or the one under a heading of the
  // history as a whole ('History' over 'Habsburg monarchy', 'First Republic', …).
  const parent = headings.findIndex((h) => HISTORY_HEADING.test(h.section.heading ?? ''));
  const level = parent >= 0 && headings[parent + 1]?.section.level === headings[parent].section.level + 1 ? headings[parent].section.level + 1 : Math.min(...headings.map((h) => h.section.level));
  for (const h of headings) {
    const heading = h.section.heading ?? '';
    // (A heading the era table dates, 'Nazi period', is dated here by its section as the others are.)
    const eraDated = h.inferred?.from === 'era-table';
    if (h.section.level !== level || (!eraDated && (h.ranged || h.from !== null)) || h.ordinal !== null || h.conclusion || h.label === null || rules.frontHeadings.test(heading) || rules.notStageHeadings.test(heading)) continue;
    if (!(heading.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => rules.periodHeadingWords.has(w)) && !REGIME_STATE.test(heading)) continue;
    const d = firstDateOf(h.section.id);
    if (d === null || (starts.length > 0 && d <= starts[starts.length - 1])) continue;
    out.push(h);
    starts.push(d);
  }
  if (out.length < MIN_PERIOD_NAMED_HEADINGS) return [];
  return out.map((h, i) => ({ ...h, from: starts[i], to: starts[i + 1] ?? null, ranged: true, open: i === out.length - 1, inferred: { from: 'section', to: i + 1 < out.length ? 'next stage' : null } }));
}

/** A heading numbered in a list of sections, after a slide's number perhaps ('2. Registration', 'Slide 6: 2. Registration'): group 1 the number. */
const NUMBERED_HEADING = /^(?:(?:slide|folie|diapositive|diapositiva)\s+\d{1,3}\s*[.:–—-]?\s+)?(\d{1,2})[.)]\s+\S/iu;
/** A book's part and its number ('Part I. The National Front's Boards, 1958–1974', 'PART 2: …'): group 1 the number. */
const PART_HEADING = /^(?:part|book)\s+([ivx]{1,5}|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*[.:–—-]?\s+\S/iu;

/** The number of a numbered section heading or a book's part ('2. Registration' → 2, 'Part III. …' → 3); null when it has none. */
function headingNumber(heading: string, parts: boolean): number | null {
  if (!parts) {
    const m = NUMBERED_HEADING.exec(heading);
    return m ? Number(m[1]) : null;
  }
  const m = PART_HEADING.exec(heading);
  return m ? numeralValue(m[1]) : null;
}

/**
 * Headings numbered 1 to `count`, one after another, when a sentence counts that many stages and
 * lists none with years ('… has gone through FOUR periods' over the slides 'Slide 5: 1. The Durban
 * moment', 'Slide 6: 2. Registration', …): each is a stage named by its heading, from its section's
 * first date to where the next one starts; the last is open. Empty unless there are exactly that
 * many, numbered in turn, their sections' first dates in order.
 */
export function countedNumberedHeadings(headings: HeadingInfo[], count: number, firstDateOf: FirstDateOf): HeadingInfo[] {
  // A book's parts first ('Part I. …, 1958–1974' over numbered chapters), then numbered sections.
  return countedRun(headings, count, firstDateOf, true) ?? countedRun(headings, count, firstDateOf, false) ?? [];
}

/**
 * The run of headings numbered 1 to `count` (parts, or numbered sections), one after another among
 * the headings of their kind; each dated by its own years ('Part II. Brokers and Votes, 1974–1991')
 * or, undated, from its section's first date to the next one's start (the last open). Null unless
 * there are exactly that many, in order.
 */
function countedRun(headings: HeadingInfo[], count: number, firstDateOf: FirstDateOf, parts: boolean): HeadingInfo[] | null {
  const numbered = headings.filter((h) => headingNumber(h.section.heading ?? '', parts) !== null);
  const first = numbered.findIndex((h) => headingNumber(h.section.heading ?? '', parts) === 1);
  if (first < 0 || first + count > numbered.length) return null;
  const run = numbered.slice(first, first + count);
  // A further numbered heading after the run: the headings number something else.
  if (headingNumber(numbered[first + count]?.section.heading ?? '', parts) === count + 1) return null;
  if (run.every((h) => h.ranged && h.from !== null)) {
    // Dated by their own years, in order ('Part I. …, 1958–1974', 'Part II. …, 1974–1991').
    return run.every((h, n) => headingNumber(h.section.heading ?? '', parts) === n + 1 && h.label !== null && (n === 0 || h.from! >= run[n - 1].from!)) ? run : null;
  }
  const starts: number[] = [];
  for (let n = 0; n < count; n++) {
    const h = run[n];
    const d = firstDateOf(h.section.id);
    if (headingNumber(h.section.heading ?? '', parts) !== n + 1 || h.ranged || h.from !== null || h.label === null || d === null || (n > 0 && d <= starts[n - 1])) return null;
    starts.push(d);
  }
  return run.map((h, i) => ({ ...h, from: starts[i], to: starts[i + 1] ?? null, ranged: true, open: i === count - 1, inferred: { from: 'section', to: i + 1 < count ? 'next stage' : null } }));
}
