/**
 * Forms of periodisation the twenty-sixth session read (each on texts of its own, see
 * tests/stages/periodisation-forms26b.test.ts), kept apart from thesis.ts and called from it:
 * - a scheme the text reports as another's, which the text does not claim: a third person divides
 *   ('Marsh divided the history of the guild into four periods: …') and the text says the scheme is
 *   hers or his ('she no longer believed in her four periods'), or sets it aside in the same sentence
 *   ('…; the division is examined, and set aside, in section 2'); or a cited work's scheme in a clause
 *   of its own ('the two blocs of Varga (1999), which has two periods divided at 1945'); or a critic's
 *   count in reported speech ('A younger historian, Tom Rye, argued in 1997 that there were only two
 *   periods, …');
 * - a writer who corrects her own earlier scheme ('In the first edition I divided it into three
 *   periods. … I earlier wrote three periods; I now see four. This edition follows four periods: …'):
 *   the later scheme is the claim;
 * - a list counted in its own sentence ('I divide … into four periods: …') just after a count of
 *   something else ('Compare the four unions studied by Rye.') that a reader took for its announcement.
 * Every test here runs on a sentence that already announces stages (few do), so none costs the
 * sentences that do not.
 */
import type { PeriodStage, Sentence, TemporalExpression } from '../../doc.js';
import type { Thesis, ThesisItem } from './thesis.js';

/** A surname or a name of up to three capitalised words (after a description: 'The historian Joan Marsh'), or a pronoun of the third person, opening the sentence (after a short frame: 'In 1984, '). */
const THIRD_DIVIDES =
  /^(?:(?:In|By|From|After)\s[^,;:]{1,40},\s+)?(?:(?:The|A|An)\s+(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu}))?((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|[Ss]he|[Hh]e|[Tt]hey)\s+(?:had\s+|has\s+|then\s+|first\s+)?(?:divided|divides|distinguished|distinguishes|split|splits|periodi[sz]ed|periodi[sz]es|broke|breaks)\b/u;
/** Capitalised words that open a sentence without naming anyone ('This article divides …', 'The book distinguishes …'). */
const NOT_A_NAME = new Set(['this', 'the', 'that', 'these', 'those', 'our', 'my', 'its', 'it', 'each', 'both', 'we', 'i', 'one', 'a', 'an', 'his', 'her', 'their', 'section', 'chapter', 'part', 'history', 'here']);
/** The same sentence sets the reported division aside ('…; the division is examined, and set aside, in section 2'). */
const SET_ASIDE = /\b(?:set\s+aside|rejected|dismissed|discarded|abandoned|(?:I|we)\s+(?:do\s+not|don't)\s+(?:follow|adopt|accept|share))\b/i;
/** A sentence that says the scheme is someone else's ('her four periods', 'his periodisation') or withdrawn ('she no longer believed in …'). */
const THEIRS = /\b(?:her|his)\s+(?:own\s+)?(?:(?:two|three|four|five|six|seven|eight|\d)\s+)?(?:periods|stages|phases|eras|ages|periodi[sz]ation|scheme)\b|\bno\s+longer\s+(?:believed|accepted|held|defended)\b/i;
/** The writer adopts a scheme ('I follow her periods', 'the scheme used here', 'which this article adopts'). */
const ADOPTED = /\b(?:I|we)\s+(?:follow|adopt|use|accept|retain|keep|take\s+over)\b|\b(?:followed|adopted|used|retained|kept)\s+(?:here|in\s+this\s+(?:article|essay|book|chapter|study))\b|\bthis\s+(?:article|essay|book|chapter|study)\s+(?:follows|adopts|uses)\b/;
/** A cited work with its year, then a clause of its own that holds a count: '… of Varga (1999), which has two periods'. */
const CITED_WHICH =
  /\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+|\s+et\s+al\.)?\s+\(\d{4}[a-z]?\),?\s+(?:which|who)\s+(?:has|have|had|proposes|proposed|propose|distinguishes|distinguished|divides|divided|counts|counted|sees|saw|finds|found|offers|offered)\s+(?:only\s+|just\s+)?(?:two|three|four|five|six|seven|\d)\b/u;

/** Another's claim in reported speech: 'A younger historian, Ian Cathcart, argued in 1997 that there were only two periods, …' (group 1, the words before the verb). */
const SAID_THERE_WERE =
  /^([^.;:]{0,100}?)\b(?:argued|claimed|suggested|maintained|contended|insisted|proposed|wrote|thought|believed|held|objected|countered|replied)\s+(?:in\s+\d{4}\s+)?that\s+there\s+(?:were|had\s+been|are|have\s+been)\s+(?:only\s+|just\s+|really\s+|in\s+fact\s+)?(?:two|three|four|five|six|seven|\d)\s/u;

/**
 * Whether the announcement in sentence k is a scheme the text reports as another's and does not
 * claim (see the module's note). Asked only of sentences that announce stages.
 */
export function reportedScheme(sentences: Sentence[], k: number): boolean {
  const text = sentences[k].text;
  if (CITED_WHICH.test(text)) return true;
  const said = SAID_THERE_WERE.exec(text);
  if (said && !/\b(?:I|we)\b/i.test(said[1]) && !sentences.some((s) => ADOPTED.test(s.text))) return true;
  const m = THIRD_DIVIDES.exec(text);
  if (!m || NOT_A_NAME.has(m[1].split(/\s+/u)[0].toLowerCase())) return false;
  if (SET_ASIDE.test(text)) return true;
  let theirs = false;
  for (const s of sentences) {
    if (ADOPTED.test(s.text)) return false;
    if (!theirs && s !== sentences[k] && THEIRS.test(s.text)) theirs = true;
  }
  return theirs;
}

/** The writer's earlier scheme, framed as past ('In the first edition I divided …', 'I originally proposed …', 'In my earlier book, …'). */
const EARLIER_OWN =
  /\b(?:in|for)\s+(?:the|my|our|an?)\s+(?:first|earlier|previous|original|older)\s+(?:edition|version|book|article|essay|study|work)\b|\b(?:in|for)\s+(?:my|our)\s+\d{4}\s+(?:edition|book|article|essay|study|monograph)\b|\b(?:I|we)\s+(?:had\s+)?(?:earlier|previously|once|originally|formerly|first)\s+(?:divided|wrote|proposed|distinguished|counted|saw|described|argued|used)\b/i;
/** The writer's present scheme ('I now see four', 'we now distinguish', 'this edition follows', 'the revised scheme'). */
const NOW_OWN = /\b(?:I|we)\s+now\s+(?:see|count|divide|distinguish|propose|think|follow|identify|use)\b|\b(?:this|the\s+(?:present|new|revised|second|third))\s+edition\b|\b(?:revised|new)\s+(?:scheme|periodi[sz]ation)\b|\bthis\s+(?:article|essay|book|chapter|study)\s+(?:instead|now)\b/i;
/** The later announcement is the writer's own ('I now see four', 'This edition follows …'), not another's reported after the correction ('The jubilee history distinguished four …'). */
const OWN_NOW = /\b(?:I|we|my|our|We|My|Our)\b|\b[Tt]his\s+(?:edition|book|article|essay|chapter|study|volume)\b/u;

/**
 * 'In the first edition I divided that history into three periods. … I earlier wrote three periods;
 * I now see four. The book in this edition therefore follows four periods: …': the announcement in
 * sentence k replaces the writer's own earlier one (whose count sentence is `earlier`) when that
 * one is framed as past and sentence k, or the sentence before it in its paragraph, as present.
 */
export function correctsOwn(earlier: string, sentences: Sentence[], k: number): boolean {
  if (!EARLIER_OWN.test(earlier) || !OWN_NOW.test(sentences[k].text)) return false;
  if (NOW_OWN.test(sentences[k].text)) return true;
  const before = sentences[k - 1];
  return before !== undefined && before.paragraphId === sentences[k].paragraphId && NOW_OWN.test(before.text);
}

/**
 * 'Compare the four unions studied by Muir. I divide the union's dealings into four periods: the
 * years of …; the board years, …': a reader that took the count of the sentence before (no stage
 * noun) for the announcement of the list after it found stages all in sentence `here`, which
 * announces as many itself. That announcement is the thesis (its first stage no longer runs from
 * the sentence's opening words).
 */
export function recountedHere(found: { countSentenceId: string; items: { sentenceId: string }[] }, thesis: { countSentenceId: string; items: unknown[] }, here: string): boolean {
  return found.countSentenceId !== here && thesis.countSentenceId === here && found.items.length >= 2 && thesis.items.length === found.items.length && found.items.every((x) => x.sentenceId === here);
}

/**
 * A course's unit or module number before a heading's name ('UNIT I. THE PARTY PRESS, 1880–1914',
 * 'Module 3: Reform, 1950–1989'): no part of the name, as a part's or chapter's number is not.
 */
export const COURSE_UNIT = /^(?:unit|module)\s+(?:\d{1,2}|[ivxlc]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*[.:–—-]?\s+/iu;

/** A cell of years in a table: 'A to B', 'A–B' (each a year or a financial year, '1974/75'), or 'A onwards', 'A to date', 'A–': groups (1) the start, (2) the end. */
const YEARS_CELL = /^(\d{4}(?:\/\d{2}(?:\d{2})?)?)\s*(?:(?:to|until|[–—-])\s*(\d{4}(?:\/\d{2}(?:\d{2})?)?|date|present|today|now)?|\s+onwards|\s+to\s+date)$/u;
/** A column's name in a table's header, in capitals ('GRANT AID', 'PARTNERSHIP'). */
const CAPITAL_NAME = /^\p{Lu}[\p{Lu}'’&-]*(?:\s\p{Lu}[\p{Lu}'’&-]*){0,4}$/u;
/** Between cells of a table in plain text: two spaces or more. */
const CELL_GAP = /\s{2,}/u;
/** Most characters read after the sentence that counts the periods, looking for the table. */
const MAX_TABLE_DISTANCE = 1200;
/** Most characters a cell's start may stand off its column's start in the header. */
const MAX_COLUMN_SHIFT = 3;

/** The cells of a line of a table in plain text, each with its column (its start in the line). */
function cellsOf(line: string): { text: string; at: number }[] {
  const cells: { text: string; at: number }[] = [];
  const re = /\S+(?: \S+)*/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) cells.push({ text: m[0], at: m.index });
  return cells;
}

/** The last calendar year of a financial year ('1997/98' → 1998, '1999/00' → 2000), or the year itself. */
function lastYearOf(cell: string): number {
  const [y, next] = cell.split('/');
  const year = Number(y);
  if (next === undefined) return year;
  if (next.length === 4) return Number(next);
  const n = Math.floor(year / 100) * 100 + Number(next);
  return n > year ? n : n + 100;
}

/**
 * 'the Council's funding of the sector has passed through three periods, which Table 2 sets out side
 * by side.' over a table in plain text whose COLUMNS are the periods: a header of as many names in
 * capitals as counted ('GRANT AID   PARTNERSHIP   COMMISSIONING'), over a row of as many cells of
 * years in the same columns ('Financial years   1974/75 to 1997/98   1998/99 to 2009/10   2010/11
 * onwards'). A financial year ends in its last calendar year ('1997/98' ends in 1998, 'onwards' is
 * open). The names take the case the text gives them in a run-in head ('2.3 Grant aid.'), when it
 * does. Null unless every column is dated, in order.
 */
export function transposedTable(
  sentences: Sentence[],
  k: number,
  count: number,
  noun: string | null,
  source: string,
  item: (s: Sentence, start: number, end: number) => ThesisItem,
): Thesis | null {
  if (count < 2) return null;
  const from = sentences[k].end;
  const lines = source.slice(from, from + MAX_TABLE_DISTANCE).split('\n');
  let offset = from;
  let header: { text: string; at: number }[] | null = null;
  for (const line of lines) {
    const here = offset;
    offset += line.length + 1;
    const cells = cellsOf(line);
    if (header === null) {
      // (The header's first column, over the rows' names, is empty: the line opens with spaces.)
      if (cells.length === count && /^\s{4,}/u.test(line) && cells.every((c) => CAPITAL_NAME.test(c.text) && !CELL_GAP.test(c.text))) header = cells;
      continue;
    }
    // The row of years: its name, then as many cells as columns, each under its column.
    if (cells.length !== count + 1) continue;
    const years = cells.slice(1);
    if (!years.every((c, i) => YEARS_CELL.test(c.text) && Math.abs(c.at - header![i].at) <= MAX_COLUMN_SHIFT)) continue;
    const s = sentences.find((x) => x.start <= here + years[0].at && here + years[0].at < x.end);
    if (!s) return null;
    const items: ThesisItem[] = [];
    let at = 0;
    let before = -Infinity;
    for (let i = 0; i < count; i++) {
      const m = YEARS_CELL.exec(years[i].text)!;
      const start = s.text.indexOf(years[i].text, at);
      if (start < 0) return null;
      at = start + years[i].text.length;
      const x = item(s, start, at);
      if (!x.dated) return null;
      const first = Number(m[1].slice(0, 4));
      const last = m[2] !== undefined && /^\d/u.test(m[2]) ? lastYearOf(m[2]) : null;
      if (first <= before || (last !== null && last < first)) return null;
      before = first;
      x.dated = { ...x.dated, kind: 'range', from: first, to: last, edtf: `${first}/${last ?? '..'}` };
      x.until = null;
      x.endsAtYear = false;
      x.label = proseName(header[i].text, sentences, k);
      items.push(x);
    }
    return { count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: noun };
  }
  return null;
}

/** A column's name as the text writes it in a run-in head after the table ('2.3 Grant aid.' for 'GRANT AID'), else as the header does. */
function proseName(name: string, sentences: Sentence[], k: number): string {
  const lower = name.toLowerCase();
  for (let j = k + 1; j < sentences.length; j++) {
    const head = /^(?:\d{1,2}(?:\.\d{1,2})*\s+)?([^.]{2,60})\.$/u.exec(sentences[j].text.trim());
    if (head && head[1].toLowerCase() === lower && head[1] !== name) return head[1];
  }
  return name;
}

/** A sentence that says the period just told was over ('By 1998, when …, the period, and with it …, was over.', 'That era ended in 1998.'). */
const PERIOD_OVER =
  /\b(?:the|this|that)\s+(?:period|era|age|stage|phase|epoch)\b[^.;]{0,120}?\b(?:was|were|had\s+been)\s+(?:over|at\s+an\s+end)\b|\b(?:the|this|that)\s+(?:period|era|age|stage|phase|epoch)\s+(?:ended|closed|came\s+to\s+an\s+end)\b/i;
/** An article that opens a name. */
const ARTICLE = /^(?:the|a|an)\s+/iu;

/**
 * 'The short nineties were short indeed. They began in 1990, … By 1998, when the last independent
 * weekly was sold to a chain, the period … was over.': the last stage, left open with no end of the
 * text's own, ends in the year of a sentence that says the period was over, in the paragraph of the
 * first sentence after the thesis that opens with its name. Asked only of a last stage left open.
 */
export function endedInItsParagraph(stages: PeriodStage[], sentences: Sentence[], after: Sentence | undefined, temporal: TemporalExpression[]): void {
  const last = stages[stages.length - 1];
  if (!last || last.to !== null || last.from === null || last.label === null || last.yearsFrom?.to != null || after === undefined) return;
  const name = last.label.replace(ARTICLE, '').toLowerCase();
  if (name.length < 3) return;
  const k = sentences.indexOf(after);
  const j = sentences.findIndex((x, i) => i > k && x.text.replace(ARTICLE, '').toLowerCase().startsWith(name));
  if (j < 0) return;
  for (let n = j; n < sentences.length && sentences[n].paragraphId === sentences[j].paragraphId; n++) {
    if (!PERIOD_OVER.test(sentences[n].text)) continue;
    // ('By 1998' is relative, a point in its year.)
    const year = temporal.find((t) => t.sentenceId === sentences[n].id && t.kind !== 'era' && t.from !== null && t.from > last.from! && (t.kind !== 'relative' || t.to === t.from));
    if (!year) continue;
    last.to = year.to ?? year.from;
    last.yearsFrom = { from: last.yearsFrom?.from ?? null, to: 'text' };
    last.evidence?.push({ start: sentences[n].start, end: sentences[n].end });
    return;
  }
}

/** A course's units said to be its periods: 'Each unit is one period in the history of …', 'three periods, one unit each'. */
const UNITS_ARE_PERIODS = /\b(?:each|every)\s+(?:unit|module)\s+(?:is|covers|treats|corresponds\s+to)\s+(?:one|a|a\s+single)\s+(?:period|stage|phase|era)\b|\b(?:periods|stages|phases|eras)\b[^.;]{0,40}?\b(?:one|a)\s+(?:unit|module)\s+(?:each|apiece|to\s+each)\b/i;
/** Cheap first: the word unit or module (tested by the caller before a sentence without an announcement is read). */
export const UNIT_WORD = /\b(?:unit|module)/i;
/** A count of units or modules ('organised in four units'): group 1. */
const UNITS_COUNTED = /\b(\p{L}+|\d{1,2})\s+(?:units|modules)\b/iu;
/** A count of periods ('through three periods'): group 1. */
const PERIODS_COUNTED = /\b(\p{L}+|\d{1,2})\s+(?:periods|stages|phases|eras)\b/iu;
/** A line of a unit list: its number (1), name (2) and years (3, 4): 'Unit II   The nationalist press, 1914–1960   (Weeks 4–7)'. */
const UNIT_LINE = /^\s*(?:unit|module)\s+([ivxlc]{1,6}|\d{1,2})\b[.:)]?\s+(\S.*?),?\s+(\d{4})\s*[–—-]\s*(\d{4}|present|today)?(?=\s|$)/iu;
/** Sentences, at most, between the one that counts the units and the one that says they are periods. */
const MAX_UNITS_BEFORE = 2;
/** Lines, at most, before the list starts. */
const MAX_LINES_TO_UNIT_LIST = 4;

/**
 * A syllabus whose units are its periods: 'The course is organised in four units. Each unit is one
 * period in the history of the Lagos press … The units, with their years, are:' then a list, one
 * unit a line ('Unit I    The mission and merchant press, 1863–1914     (Weeks 1–3)'), as many as
 * counted, numbered in turn, each dated, in order. Read at the sentence that says the units are
 * periods; the names are the list's, without 'Unit I' and the years. Null when any of this fails.
 */
export function unitListThesis(
  sentences: Sentence[],
  k: number,
  source: string,
  countWords: Map<string, number>,
  item: (s: Sentence, start: number, end: number) => ThesisItem,
): Thesis | null {
  const text = sentences[k].text;
  if (!UNIT_WORD.test(text)) return null;
  let count: number | undefined;
  const counted = (m: RegExpExecArray | null): number | undefined => (m ? (countWords.get(m[1].toLowerCase()) ?? (/^\d+$/u.test(m[1]) ? Number(m[1]) : undefined)) : undefined);
  if (UNITS_ARE_PERIODS.test(text)) {
    // ('three periods, one unit each:'; 'Each unit is one period …' after 'organised in four units').
    for (let j = k; j >= 0 && j >= k - MAX_UNITS_BEFORE && count === undefined; j--) count = counted(UNITS_COUNTED.exec(sentences[j].text) ?? (j === k ? PERIODS_COUNTED.exec(text) : null));
  } else {
    // ('The course is organised in four units.' before 'Each unit is one period …').
    const units = counted(UNITS_COUNTED.exec(text));
    if (units !== undefined && sentences.slice(k + 1, k + 1 + MAX_UNITS_BEFORE).some((x) => UNITS_ARE_PERIODS.test(x.text))) count = units;
  }
  if (count === undefined || count < 2) return null;
  const from = sentences[k].end;
  const lines = source.slice(from, from + MAX_TABLE_DISTANCE).split('\n');
  const items: ThesisItem[] = [];
  let offset = from;
  let seen = 0;
  let before = -Infinity;
  for (const line of lines) {
    const here = offset;
    offset += line.length + 1;
    if (items.length === count) break;
    const m = UNIT_LINE.exec(line);
    if (!m) {
      // (Blank lines may part the rows; other lines before the list are few, and none inside it.)
      if (line.trim() === '') continue;
      if (items.length > 0 || ++seen > MAX_LINES_TO_UNIT_LIST) return null;
      continue;
    }
    const n = /^\d/u.test(m[1]) ? Number(m[1]) : romanOf(m[1]);
    const first = Number(m[3]);
    if (n !== items.length + 1 || first <= before) return null;
    before = first;
    const at = here + m.index + m[0].indexOf(m[2], m[0].search(/\s/u));
    const s = sentences.find((x) => x.start <= at && at < x.end);
    if (!s) return null;
    const name = m[2].replace(/[,\s]+$/u, '');
    const start = s.text.indexOf(name);
    const years = start < 0 ? -1 : s.text.indexOf(m[3], start + name.length);
    if (start < 0 || years < 0) return null;
    const x = item(s, start, years + (m[4] !== undefined ? m[0].length - m[0].indexOf(m[3]) : m[3].length));
    if (!x.dated) return null;
    const last = m[4] !== undefined && /^\d/u.test(m[4]) ? Number(m[4]) : null;
    x.dated = { ...x.dated, kind: 'range', from: first, to: last, edtf: `${first}/${last ?? '..'}` };
    x.until = null;
    x.endsAtYear = false;
    x.label = name;
    items.push(x);
  }
  if (items.length !== count) return null;
  return { count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: 'periods' };
}

/** The value of a Roman numeral ('IV' → 4). */
function romanOf(numeral: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  const d = numeral.toLowerCase();
  let total = 0;
  for (let i = 0; i < d.length; i++) total += v[d[i]] < (v[d[i + 1]] ?? 0) ? -v[d[i]] : v[d[i]];
  return total;
}
