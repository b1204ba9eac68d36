/**
 * Finding author–year citations in one paragraph of clean text: parenthetical ones inside brackets
 * ("(Chan 2013; Xu 2013)", "(see Jalali 2008)", "(Howell 2003: 12)") and narrative ones, names
 * before a bracketed year ("Lee and Shen (2011)", "Howell’s (2015)", "Coppedge et al. (2018)").
 * Offsets here are clean-text offsets; the stage maps them to the original.
 */
import type { CitationForm } from '../../doc.js';
import type { CitationRules } from './rules.js';

/** A citation found in the clean text, before linking and id assignment. */
export interface FoundCitation {
  cleanStart: number;
  cleanEnd: number;
  /** The whole bracket for parenthetical citations; the citation itself for narrative ones. */
  groupStart: number;
  groupEnd: number;
  authors: string[];
  /** The author list ended with "et al.". */
  etAl: boolean;
  /** The single author is an organisation ('Front Line Defenders', 'CIVICUS'). */
  organisation: boolean;
  year: string;
  pages: string | null;
  form: CitationForm;
  /** 'see', 'cf.', 'e.g.,' before the citation inside its bracket. */
  prefix: string | null;
  /** Kept only when the reference list holds the work ('WEAF (1922)', '(March 2018)'). */
  weak: boolean;
  /**
   * A citation by its form alone, kept in a text that shows the author–year style nowhere else:
   * an acronym alone with a year in brackets ('(ILO 2016)'), 'et al.', a page locator (in brackets or after a name:
   * 'Smith (2001: 4)'), 'see'/'cf.'/'e.g.' before the names in the bracket ('(see also Jones 2003)'), or an
   * organisation named before a bracketed year with a reporting verb after it ('UNDP (2012) agreed').
   */
  evident: boolean;
  /**
   * A narrative citation whose words around say a work is cited: a reporting verb after the bracket
   * ('Smith (2010) argues'), a possessive and a noun for a work ('Smith’s (2010) study'), or citing
   * words before the names ('as shown in Smith (2010)'). In a text with a reference list, a
   * narrative candidate the list does not hold is kept only with them.
   */
  saysCited: boolean;
  /**
   * Shorter readings of a narrative name chain, tried when the whole chain matches no reference:
   * 'Smith, Lee and Shen (2011)' may be 'Lee and Shen (2011)' after a sentence about Smith.
   */
  alternatives: { cleanStart: number; authors: string[]; etAl: boolean }[];
}

/** What the parser may ask about the words of the text (from the token table). */
export interface WordContext {
  /** UD POS tag of the token that starts at this clean offset, or null when no token starts there. */
  posAt(cleanOffset: number): string | null;
  /** The token before the one starting at `cleanOffset`, within its sentence (null at a sentence start). */
  previousToken(cleanOffset: number): { text: string; pos: string; start: number; sentenceInitial: boolean } | null;
  /** The first token starting at or after `cleanOffset`, within the sentence of the token before it (null when none). */
  nextToken(cleanOffset: number): { text: string; pos: string; end: number } | null;
  /** True when the reference list holds a work by these authors in this year. */
  knownWork(authors: string[], etAl: boolean, year: string): boolean;
  /** Names of organisations in the reference list ('Front Line Defenders'), for narrative use. */
  organisations: readonly string[];
}

interface YearItem {
  year: string;
}

const FOUR_DIGITS = /^\d{4}$/;

/** Splits a year list into one year per cited work: '2013a, b' → 2013a, 2013b; '2015, 2016'. */
export function yearsOf(list: string, rules: CitationRules): YearItem[] {
  // One four-digit year, the commonest list ('2003'): what the loop below makes of it, quicker.
  if (list.length === 4 && FOUR_DIGITS.test(list) && rules.year.test(list)) return [{ year: list }];
  const out: YearItem[] = [];
  let base = '';
  // '[1867] 1976' and '1867/1976' cite the 1976 edition, and so does '1976 [1867]'.
  const text = list.replace(/^(?:\[\d{4}\]\s*|\d{4}\/)/, '').replace(/\s*\[\d{4}\]$/, '');
  // The shared global pattern walked with `exec` (from 0; it ends at 0), not `matchAll`, which
  // copies the pattern and makes an iterator on every call. (An item is never empty.)
  const yearItem = rules.yearItem;
  yearItem.lastIndex = 0;
  for (let m = yearItem.exec(text); m !== null; m = yearItem.exec(text)) {
    const item = m[0].replace(/\s+/g, ' ');
    if (rules.undated.test(item)) {
      out.push({ year: item.replace(/^n\.\s?d\.?$/i, 'n.d.') });
      continue;
    }
    const range = /^(\d{4})?([a-z])\s*[–-]\s*([a-z])$/.exec(item);
    if (range) {
      // '2013a–c' → 2013a, 2013b, 2013c
      base = range[1] ?? base;
      for (let c = range[2].charCodeAt(0); c <= range[3].charCodeAt(0); c++) out.push({ year: base + String.fromCharCode(c) });
      continue;
    }
    if (/^\d{4}/.test(item)) {
      base = item.slice(0, 4);
      out.push({ year: item });
    } else if (base) out.push({ year: base + item });
  }
  return out;
}

/** The stored pages of a locator: ', pp. 3–5' → '3–5'; ': 12' → '12'; ', chap. 2' → 'chap. 2'. */
function pagesOf(locator: string | undefined, pages: string | undefined, rules: CitationRules): string | null {
  if (!locator || !pages) return null;
  const body = locator.replace(/^[\s,:]+/, '');
  if (/^\p{L}/u.test(body) && !rules.pageLabel.test(body)) return body.trim();
  return pages.trim();
}

const isAcronym = (name: string): boolean => /^[\p{Lu}\d&-]{2,}$/u.test(name);

/**
 * A name that is rarely an author: a word of `notNames` ('June', 'Figure'), alone or with a label
 * ('Appendix B', 'Table IV', 'Figure 3a'), or an ordinal before one ('Third Plenum', 'Second Wave').
 */
function notAName(name: string, rules: CitationRules): boolean {
  const words = name.split(/\s+/);
  if (words.length === 1) return rules.notNames.has(name.toLowerCase());
  if (words.length > 3) return false;
  const label = (w: string): boolean => /^(?:\p{Lu}|[IVXLC]+|\d+\p{Ll}?)$/u.test(w);
  const known = (w: string): boolean => rules.notNames.has(w.toLowerCase());
  return words.every((w) => known(w) || label(w)) && words.some(known);
}

/** Whether `part` is two capitalised surnames written as one ('Ortiz Lara'), neither an organisation's word nor an acronym. */
function doubleSurname(part: string, rules: CitationRules): boolean {
  const words = part.split(/\s+/);
  return words.length === 2 && words.every((w) => rules.singleName.test(w) && !isAcronym(w) && !rules.organisationWords.has(w) && !rules.notNames.has(w.toLowerCase()));
}

/** Splits an author string: 'Dupuy, Ron, and Prakash' → three names; an organisation stays whole. */
export function splitAuthors(authors: string, rules: CitationRules): { names: string[]; etAl: boolean; organisation: boolean } {
  const etAl = rules.etAl.test(authors);
  const bare = authors.replace(rules.etAl, '').trim();
  const parts = bare.split(rules.authorSplit).filter((p) => p.length > 0);
  // 'Food and Agriculture Organization', 'Giving USA': a part of several capitalised words is not a
  // surname, so the whole string names one organisation.
  // '(E. P. Thompson 1963)': the surname is the author; spaced initials before it are dropped.
  if (parts.length > 1 && parts.every((p) => rules.initialledName.test(p))) return { names: parts.map((p) => p.replace(rules.leadingInitials, '')), etAl, organisation: false };
  // '(Ortiz Lara and Marlow 2011)', '(García Márquez and Pell 2014)': a double surname of two
  // capitalised words, as Spanish and Portuguese write them, among single ones (no word of an
  // organisation, no acronym: 'World Bank and IMF', 'Human Rights Watch and Amnesty' stay whole).
  if (parts.length > 1 && parts.some((p) => doubleSurname(p, rules)) && parts.every((p) => rules.initialledName.test(p) || doubleSurname(p, rules))) {
    return { names: parts.map((p) => p.replace(rules.leadingInitials, '')), etAl, organisation: false };
  }
  const whole = bare.replace(/\s+/g, ' ');
  if (rules.initialledName.test(whole)) return { names: [whole.replace(rules.leadingInitials, '')], etAl, organisation: isAcronym(whole) };
  return { names: [whole], etAl, organisation: true };
}

/** Bracket pairs of a paragraph, innermost and outer alike, as [open, close] offsets. */
function brackets(text: string, maxLength: number): [number, number][] {
  const out: [number, number][] = [];
  const stack: number[] = [];
  let open = text.indexOf('(');
  if (open < 0) return out;
  let close = text.indexOf(')', open);
  // Jump from bracket to bracket: most of a paragraph has none.
  while (open >= 0 || close >= 0) {
    if (open >= 0 && (close < 0 || open < close)) {
      stack.push(open);
      open = text.indexOf('(', open + 1);
    } else {
      const start = stack.pop();
      if (start !== undefined && close - start <= maxLength) out.push([start, close]);
      close = text.indexOf(')', close + 1);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** A part of a bracket, with the joining words before it when it is the source a work was read in. */
interface Part {
  text: string;
  start: number;
  prefix?: string;
}

/** Depth-0 semicolon-separated parts of a bracket's content, with their offsets. */
function partsOf(content: string, offset: number, rules: CitationRules): Part[] {
  const parts: Part[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= content.length; i++) {
    const c = content[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (i === content.length || (c === ';' && depth === 0)) {
      splitSecondary({ text: content.slice(from, i), start: offset + from }, rules, parts);
      from = i + 1;
    }
  }
  return parts;
}

/** A name alone before a secondary link, without a year: 'Smith' in '(Smith, cited in Lee 2012)'. */
const QUOTED_NAME = /^\s*\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+\p{Lu}[\p{L}\p{M}’'\-]*){0,2}\s*$/u;

/**
 * Pushes a part, or the two works it holds when it names a work and the source it was read in:
 * '(Smith 2010 in Lee 2012)', '(Smith 2010, quoted in Lee 2012: 5)' cite Smith 2010 and Lee 2012,
 * the second with its joining words as prefix. Both halves must read as citations, so
 * '(Smith, in press)' and '(riots in Lhasa 2008)' stay whole.
 */
function splitSecondary(part: Part, rules: CitationRules, out: Part[]): void {
  if (part.text.indexOf(' in ') >= 0) {
    const link = rules.secondaryLink;
    link.lastIndex = 0;
    for (let m = link.exec(part.text); m !== null; m = link.exec(part.text)) {
      const left = part.text.slice(0, m.index);
      const to = m.index + m[0].length;
      const right = part.text.slice(to);
      if (rules.part.test(left) && rules.part.test(right)) {
        link.lastIndex = 0;
        out.push({ text: left, start: part.start }, { text: right, start: part.start + to, prefix: m.groups?.words });
        return;
      }
      // '(Smith, cited in Lee 2012: 4)': a name without a year, read in a work that is cited; only
      // the source is a citation, its prefix the joining words.
      if (m.index > 0 && QUOTED_NAME.test(left) && rules.part.test(right)) {
        link.lastIndex = 0;
        out.push({ text: right, start: part.start + to, prefix: m.groups?.words });
        return;
      }
    }
  }
  out.push(part);
}

/**
 * Finds the citations of one paragraph.
 * @param text the paragraph's clean text
 * @param base clean offset of the paragraph
 * @param rules compiled matchers
 * @param words POS and neighbour lookups from the token table
 */
export function findCitations(text: string, base: number, rules: CitationRules, words: WordContext): FoundCitation[] {
  const found: FoundCitation[] = [];
  // In a paragraph written in capitals ('HOWELL 2003'), a word in capitals is no acronym.
  let acronyms: boolean | null = null;
  for (const [open, close] of brackets(text, rules.maxBracketLength)) {
    const content = text.slice(open + 1, close);
    // A year needs four digits: skip brackets without one cheaply ('(WTO)', '(see Figure 1)').
    if (!/\d{4}|n\.\s?d|forthcoming|in press/.test(content)) continue;
    const parts = partsOf(content, open + 1, rules);
    acronyms ??= /\p{Ll}/u.test(text);
    const cited: FoundCitation[] = [];
    let previous: { names: string[]; etAl: boolean; organisation: boolean; weak: boolean } | null = null;
    // The narrative citation of the bracket's first part, which a bare year after it repeats.
    let narrated: FoundCitation | null = null;
    parts.forEach((part, index) => {
      const onlyYears = rules.yearsOnly.exec(part.text);
      if (onlyYears?.groups) {
        const g = onlyYears.groups;
        if (previous) {
          // '(Smith 2003; 2005)': a bare year repeats the authors before it.
          for (const { year } of yearsOf(g.years, rules)) {
            const lead = part.text.length - part.text.trimStart().length;
            cited.push(citation(part.start + lead, part.start + part.text.trimEnd().length, previous, year, null, 'parenthetical', null));
          }
          cited[cited.length - 1].pages = pagesOf(g.locator, g.pages, rules);
        } else if (index === 0) {
          // 'Lee and Shen (2011)', and 'Smith (2003; see also Jones 2004)'.
          const told = narrative(text, base, open, close, g, rules, words, acronyms === true);
          cited.push(...told);
          narrated = told.length > 0 ? told[told.length - 1] : null;
        } else if (narrated) {
          // 'Smith (2010; 2012)': a bare year repeats the names before the bracket.
          const told: FoundCitation = narrated;
          for (const { year } of yearsOf(g.years, rules)) cited.push({ ...told, year, pages: null });
          cited[cited.length - 1].pages = pagesOf(g.locator, g.pages, rules);
        }
        return;
      }
      narrated = null;
      const m = rules.part.exec(part.text);
      if (!m?.groups) {
        previous = null;
        return;
      }
      const g = m.groups;
      const authors = splitAuthors(g.authors, rules);
      // '(Interview, Beijing, 2016)': a note on the author's own sources, not a work.
      const current = { ...authors, weak: authors.names.every((n) => notAName(n, rules)) || rules.sourceNotes.has(authors.names[0].toLowerCase()) };
      previous = current;
      const start = part.start + g.lead.length;
      const end = part.start + m[0].slice(0, m[0].length - (g.remark?.length ?? 0)).trimEnd().length;
      const prefix = g.prefix.trim() || part.prefix || null;
      const items = yearsOf(g.years, rules);
      items.forEach(({ year }, i) => {
        const pages = i === items.length - 1 ? pagesOf(g.locator, g.pages, rules) : null;
        cited.push(citation(start, end, current, year, pages, 'parenthetical', prefix));
      });
    });
    // One work (or one author list with several years) in the bracket: the citation is the whole
    // bracket, as a reader would quote it; several parts: each citation spans its own part.
    const single = parts.length === 1;
    markCorporate(cited, single, text, base, open, close, rules, words, acronyms);
    for (const c of cited) {
      if (c.form === 'parenthetical') {
        c.groupStart = base + open;
        c.groupEnd = base + close + 1;
        if (single) {
          c.cleanStart = base + open;
          c.cleanEnd = base + close + 1;
        } else {
          c.cleanStart += base;
          c.cleanEnd += base;
        }
      }
      found.push(c);
    }
  }
  return found.sort((a, b) => a.cleanStart - b.cleanStart || a.groupStart - b.groupStart);
}

/**
 * '(ILO 2016)': an acronym alone with a year in brackets cites an organisation, in any text; but
 * 'the Association of Southeast Asian Nations (ASEAN 1967)' introduces an acronym and dates the
 * thing it names, so there the reference list decides, unless a reporting verb follows ('the World
 * Health Organization (WHO, 2020) reported'). 'et al.', page locators and a citing prefix ('see',
 * 'cf.', 'e.g.') make a bracket evident too.
 */
function markCorporate(cited: FoundCitation[], single: boolean, text: string, base: number, open: number, close: number, rules: CitationRules, words: WordContext, acronyms: boolean): void {
  for (const c of cited) {
    if (c.form !== 'parenthetical' || c.weak) continue;
    if (c.etAl || c.pages !== null || c.prefix !== null) c.evident = true;
    else if (acronyms && c.authors.length === 1 && isAcronym(c.authors[0])) {
      if (single && spelledBefore(text, open, c.authors[0], rules) && reportsAfter(base + close + 1, rules, words) !== REPORTS_WORK) c.weak = true;
      else c.evident = true;
    }
  }
}

/**
 * True when the words just before `open` spell `acronym`: 'World Health Organization (WHO',
 * 'Association of Southeast Asian Nations (ASEAN' (the initials of the capitalised words, in order,
 * are letters of the acronym, the first one its first, and stand for at least half of it), perhaps
 * with a common noun or two between ('the Livelihood Empowerment Against Poverty programme (LEAP').
 */
function spelledBefore(text: string, open: number, acronym: string, rules: CitationRules): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  let initials = '';
  let at = open;
  for (let n = 0; n < letters.length + 6; n++) {
    let end = at;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\n')) end--;
    let start = end;
    while (start > 0 && /[\p{L}\p{M}’'-]/u.test(text[start - 1])) start--;
    if (start === end) return false;
    const word = text.slice(start, end);
    at = start;
    if (/^\p{Lu}/u.test(word)) {
      // 'Co-operation' stands for C: only the capitalised parts of a hyphenated word count.
      const parts = word.split('-');
      for (let i = parts.length - 1; i >= 0; i--) if (/^\p{Lu}/u.test(parts[i])) initials = parts[i][0] + initials;
      if (initials[0] === letters[0] && initials.length >= 2 && initials.length * 2 >= letters.length && isSubsequence(initials, letters)) return true;
    } else if (initials === '' && n < 2) continue;
    else if (!rules.connectorWords.has(word)) return false;
  }
  return false;
}

/** True when the letters of `short` appear in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** A reporting verb: one of `reportingVerbs`, or one with '-s', '-es', '-d' or '-ed' ('notes', 'stresses', 'agreed', 'warned'). */
function isReportingVerb(word: string, rules: CitationRules): boolean {
  return isFormOf(word, rules.reportingVerbs) || rules.reportingVerbForms.has(word.toLowerCase());
}

/** A verb of `verbs` (base forms), as written or with '-s', '-es', '-d' or '-ed'. */
function isFormOf(word: string, verbs: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  // Irregular forms stand alone: 'found' is one, but 'founded' is not 'found' + '-ed'.
  if (verbs.has(w)) return true;
  if (w.endsWith('s') && (verbs.has(w.slice(0, -1)) || (w.endsWith('es') && verbs.has(w.slice(0, -2))))) return true;
  return w.endsWith('d') && (verbs.has(w.slice(0, -1)) || (w.endsWith('ed') && verbs.has(w.slice(0, -2))));
}

/**
 * True when one of `authorVerbs` follows the bracket ending before `offset`, perhaps after an adverb
 * or an auxiliary: 'Dupuy and Prakash (2018) examine', 'Smith (2010) has criticised'. Said only of
 * authors: after an organisation these verbs may tell what the body did ('the Commission (1920)
 * examined the claims').
 */
function authorVerbAfter(offset: number, rules: CitationRules, words: WordContext): boolean {
  let t = words.nextToken(offset);
  for (let n = 0; n < 2 && t !== null && (t.pos === 'ADV' || rules.reportingAuxiliaries.has(t.text.toLowerCase())); n++) t = words.nextToken(t.end);
  return t !== null && t.pos !== 'PROPN' && isFormOf(t.text, rules.authorVerbs);
}

/**
 * The past simple of a verb of `speechActVerbs` ('stated', 'said', 'recognised'): what a body did in
 * the year in brackets, not what a work of that year says.
 */
function isPastSpeechAct(word: string, rules: CitationRules): boolean {
  const w = word.toLowerCase();
  if (rules.speechActPastForms.has(w)) return true;
  return w.endsWith('d') && isFormOf(w, rules.speechActVerbs);
}

/** What the words after a bracketed year say of the name before it (see {@link reportsAfter}). */
const REPORTS_NOT = 0;
/** A body's act told in the past: 'The UN (1948) stated', 'the ILO (1919) recognised'. */
const REPORTS_ACT = 1;
/** A work cited: 'UNDP (2012) agreed', 'the UN (2016) states', 'the ILO (2016) has warned'. */
const REPORTS_WORK = 2;

/**
 * Whether a reporting verb follows the bracket ending before `offset`, perhaps after an adverb or
 * an auxiliary of `reportingAuxiliaries`, or a noun for the work: 'UNDP (2012) agreed', 'the ILO
 * (2016) rightly notes', 'the ILO (2016) has warned', 'the OECD (2019) data show' ({@link REPORTS_WORK}).
 * The past simple of a speech act with no auxiliary before it ('The UN (1948) stated that rights
 * are universal') is {@link REPORTS_ACT}: after an organisation it tells what the body did that year.
 */
function reportsAfter(offset: number, rules: CitationRules, words: WordContext): number {
  let t = words.nextToken(offset);
  // Not 'was', 'were': 'NATO (1949) was founded' says what befell the organisation.
  // 'The OECD (2019) data show': a noun for the work may stand before the verb.
  const workNoun = t !== null && rules.workNouns.has(t.text.toLowerCase()) && !isReportingVerb(t.text, rules);
  if (workNoun) t = words.nextToken(t!.end);
  let auxiliary = false;
  for (let n = 0; n < 2 && t !== null && (t.pos === 'ADV' || rules.reportingAuxiliaries.has(t.text.toLowerCase())); n++) {
    if (t.pos !== 'ADV') auxiliary = true;
    t = words.nextToken(t.end);
  }
  if (t === null || t.pos === 'PROPN' || !isReportingVerb(t.text, rules)) return REPORTS_NOT;
  return !auxiliary && !workNoun && isPastSpeechAct(t.text, rules) ? REPORTS_ACT : REPORTS_WORK;
}

/** True when a noun for a work follows the bracket, perhaps after an adjective: 'the World Bank's (2019) report', '… (2019) annual survey'. */
function workAfter(offset: number, rules: CitationRules, words: WordContext): boolean {
  let t = words.nextToken(offset);
  if (t !== null && t.pos === 'ADJ') t = words.nextToken(t.end);
  return t !== null && rules.workNouns.has(t.text.toLowerCase());
}

/**
 * True when one of `citingBefore` precedes the name at `offset`, perhaps with 'the' between
 * ('according to the ILO (2016)', 'as discussed in Lee (2011)'), or a noun of `workNouns` and 'of'
 * ('the work of Lee (2011)').
 */
function citedBefore(offset: number, rules: CitationRules, words: WordContext): boolean {
  let first = words.previousToken(offset);
  if (first !== null && first.pos === 'DET') first = words.previousToken(first.start);
  // 'Data from: Heiss (2017)': a colon may end the citing words.
  if (first !== null && first.text === ':') first = words.previousToken(first.start);
  if (first === null) return false;
  if (first.text === 'of') {
    const noun = words.previousToken(first.start);
    if (noun !== null && rules.workNouns.has(noun.text.toLowerCase())) return true;
  }
  for (const phrase of rules.citingBefore) {
    let t: ReturnType<WordContext['previousToken']> = first;
    let i = 0;
    while (t !== null && i < phrase.length && t.text.toLowerCase() === phrase[i]) {
      i++;
      if (i < phrase.length) t = words.previousToken(t.start);
    }
    if (i === phrase.length) return true;
  }
  return false;
}

/**
 * Clean offset where an organisation's name ends at the name starting at `offset` begins: the
 * capitalised words and inner connectors before it, when one of them is an organisation word or an
 * acronym ('World Bank', 'Human Rights Watch', 'Government of Kenya', 'UN Women'); null when the
 * run is a single word or names no organisation ('Kristin Bakke').
 */
function organisationStart(offset: number, name: string, rules: CitationRules, words: WordContext): number | null {
  const named = (w: string): boolean => rules.organisationWords.has(w) || isAcronym(w);
  const capitalised = (t: NonNullable<ReturnType<WordContext['previousToken']>>): boolean => /^\p{Lu}/u.test(t.text) && !rules.nonNamePos.has(t.pos);
  let organisation = named(name);
  let start = offset;
  let count = 1;
  let t = words.previousToken(offset);
  for (let n = 0; t !== null && n < 8; n++) {
    if (!capitalised(t)) {
      if (!rules.connectorWords.has(t.text)) break;
      const before = words.previousToken(t.start);
      if (before === null || !capitalised(before)) break;
      t = before;
    }
    organisation ||= named(t.text);
    start = t.start;
    count++;
    t = words.previousToken(t.start);
  }
  return organisation && count >= 2 ? start : null;
}

interface Authors {
  names: string[];
  etAl: boolean;
  organisation: boolean;
  weak: boolean;
}

function citation(start: number, end: number, a: Authors, year: string, pages: string | null, form: CitationForm, prefix: string | null): FoundCitation {
  return {
    cleanStart: start,
    cleanEnd: end,
    groupStart: start,
    groupEnd: end,
    authors: a.names,
    etAl: a.etAl,
    organisation: a.organisation,
    year,
    pages,
    form,
    prefix,
    weak: a.weak,
    evident: false,
    saysCited: false,
    alternatives: [],
  };
}

/**
 * Narrative citations for a bracket that holds only years, with the names just before it. Returns
 * clean offsets relative to the whole text (base added). `acronyms`: the paragraph is not written
 * in capitals, so a word in capitals is an acronym.
 */
function narrative(
  text: string,
  base: number,
  open: number,
  close: number,
  g: Record<string, string | undefined>,
  rules: CitationRules,
  words: WordContext,
  acronyms: boolean,
): FoundCitation[] {
  // Names end right before the bracket ('Shen (', 'Howell’s (', 'al. ('), and a chain of names
  // never crosses a bracket, a semicolon or a colon: cut the window there.
  if (!/[\p{L}\p{M}’'.]\s*$/u.test(text.slice(Math.max(0, open - 3), open))) return [];
  let from = Math.max(0, open - rules.maxNarrativeLookback);
  for (let i = open - 1; i > from; i--) {
    const c = text[i];
    if (c === '(' || c === ')' || c === ';' || c === ':' || c === '[' || c === ']') {
      from = i + 1;
      break;
    }
  }
  const before = text.slice(from, open);
  // 'Howell’s (2015)', 'Lee and Shen’s (2011)': the names end in a possessive.
  const possessive = /[’']s?\s*$/u.test(before);
  let names: string[] = [];
  let etAl = false;
  let organisation = false;
  let start = -1;
  let weak = false;
  let evident = false;
  let saysCited = false;
  const alternatives: FoundCitation['alternatives'] = [];

  // 'Front Line Defenders (2016)': an organisation of the reference list, matched whole.
  const trimmed = before.replace(/(?:[’']s?)?\s*$/u, '');
  for (const org of words.organisations) {
    if (trimmed.endsWith(org) && (trimmed.length === org.length || !/[\p{L}\p{M}]/u.test(trimmed[trimmed.length - org.length - 1]))) {
      names = [org];
      organisation = true;
      start = from + trimmed.length - org.length;
      break;
    }
  }

  if (start < 0) {
    const m = rules.narrativeNames.exec(before);
    if (!m?.groups) return [];
    let chainStart = from + m.index;
    const split = splitNarrative(m.groups.authors, chainStart, rules);
    etAl = split.etAl;
    let chain = split.names;
    // 'However, Chaudhry (2016)': drop leading words that the tagger reads as non-names (never the
    // last one: a lone 'Long (2003)' or 'Young (2010)' is a surname whatever its tag).
    while (chain.length > 1 && rules.nonNamePos.has(words.posAt(base + chain[0].start) ?? 'PROPN')) chain = chain.slice(1);
    chainStart = chain[0].start;
    names = namesFrom(chain, 0);
    // 'UNDP (2012) agreed', 'As the ILO (2016) notes', 'the World Bank's (2019) report', 'according
    // to the Government of Kenya (2010)': an organisation before a bracketed year is cited when the
    // words around say so (without them, 'WEAF (1922)' or 'NATO (1949)' is a name and a date).
    const orgAt = chain.length === 1 && !etAl && !notAName(names[0], rules) ? citedOrganisation(base + chainStart, names[0], base + close + 1, possessive, acronyms, rules, words) : null;
    // 'UNICEF and UNDP (2019) argue': acronyms only, joint authors, with the same words around.
    const joint = chain.length > 1 && acronyms && names.every((n) => isAcronym(n) && !notAName(n, rules)) && reportsAfter(base + close + 1, rules, words) === REPORTS_WORK;
    if (joint) {
      evident = true;
      start = chainStart;
    } else if (orgAt !== null) {
      names = [text.slice(orgAt - base, chainStart + chain[0].name.length).replace(/\s+/g, ' ')];
      organisation = true;
      evident = true;
      start = orgAt - base;
    } else {
      let previousToken = words.previousToken(base + chainStart);
      if (previousToken) {
        const word = previousToken.text.toLowerCase();
        // 'the Red Week (1905)', 'this Act (2003)', but also 'the ILO (2015)' and 'the OECD's (2019)':
        // after an article or a determiner, only the reference list decides.
        if (rules.narrativeBlockers.has(word)) weak = true;
        // 'the work of Lee (2011)' but also 'the Union of Chile (1953)'; 'the film Titanic (1997)' but
        // also 'the economist Smith (2003)': after 'of' or a common noun, only the reference list
        // decides, unless the words around say that a work is cited: 'as discussed in Lee (2011)',
        // 'the work of Lee (2011)', 'in Smith’s (2010) words'.
        if (rules.narrativeWeakAfter.has(word)) {
          if (!citedBefore(base + chainStart, rules, words) && !(possessive && workAfter(base + close + 1, rules, words))) weak = true;
        } else if (previousToken.pos === 'NOUN' && /^\p{Ll}/u.test(previousToken.text)) weak = true;
        // 'Kristin Bakke (2020)', 'the Red Week (1905)': a capitalised word inside the sentence
        // before the names makes them part of a longer name, a citation only when the reference list
        // holds the work ('Ching Kwan Lee (2007)'); then the given names belong to the citation too.
        const partOfName = (t: typeof previousToken): t is NonNullable<typeof previousToken> =>
          t !== null && /^\p{Lu}/u.test(t.text) && (!t.sentenceInitial || t.pos === 'PROPN');
        if (partOfName(previousToken)) {
          const year = yearsOf(g.years ?? '', rules)[0]?.year ?? '';
          if (words.knownWork(names, etAl, year)) {
            for (let n = 0; n < 3 && partOfName(previousToken); n++) {
              chainStart = previousToken.start - base;
              previousToken = words.previousToken(previousToken.start);
            }
          } else {
            // 'García Márquez (1990)', 'Wang Hui (2003)': the capitalised words before the first name
            // are part of it when the reference list holds the work under the whole name (a compound
            // surname, or a Chinese name with the surname first).
            const first = chain[0];
            let t: typeof previousToken | null = previousToken;
            let whole: string[] | null = null;
            for (let n = 0; n < 2 && partOfName(t); n++) {
              const candidate = [text.slice(t.start - base, first.start + first.name.length).replace(/\s+/g, ' '), ...names.slice(1)];
              if (words.knownWork(candidate, etAl, year)) {
                whole = candidate;
                chainStart = t.start - base;
                break;
              }
              // 'Marlow and Ortiz Lara (2012)': names joined by 'and' before the compound surname.
              const lead = namesBefore(text, from, t.start - base, rules);
              if (lead !== null && words.knownWork([...lead.names, ...candidate], etAl, year)) {
                whole = [...lead.names, ...candidate];
                chainStart = lead.start;
                break;
              }
              t = words.previousToken(t.start);
            }
            // 'on the Varela Project, Arteaga and Bloom (2008: 15)': the chain read from 'Project' is
            // part of a longer name, but a shorter chain inside it may be a work of the list.
            for (let i = 1; !whole && i < chain.length; i++) {
              const shorter = namesFrom(chain, i);
              if (words.knownWork(shorter, etAl, year)) {
                whole = shorter;
                chainStart = chain[i].start;
                chain = chain.slice(i);
              }
            }
            if (!whole) return [];
            names = whole;
          }
        }
      }
      if (names.every((n) => isAcronym(n) || notAName(n, rules))) weak = true;
      // 'Smith (2010) argues', 'Smith’s (2010) study', 'as shown in Smith (2010)': the words around
      // say a work is cited (for a person any reporting verb does, 'Smith (2010) stated').
      // 'Coppedge et al. (2018)' names authors whatever follows.
      const after = base + close + 1;
      saysCited = etAl || reportsAfter(after, rules, words) !== REPORTS_NOT || authorVerbAfter(after, rules, words) || (possessive && workAfter(after, rules, words)) || citedBefore(base + chainStart, rules, words);
      start = chainStart;
      for (let i = 1; i < chain.length; i++) alternatives.push({ cleanStart: base + chain[i].start, authors: namesFrom(chain, i), etAl });
    }
  }

  const items = yearsOf(g.years ?? '', rules);
  const out: FoundCitation[] = [];
  for (let i = 0; i < items.length; i++) {
    const authors = { names, etAl, organisation: organisation || (names.length === 1 && isAcronym(names[0])), weak };
    const c = citation(base + start, base + close + 1, authors, items[i].year, i === items.length - 1 ? pagesOf(g.locator, g.pages, rules) : null, 'narrative', null);
    // 'Smith (2001: 4) counts…': a page locator makes the bracket a citation, as in brackets.
    c.evident = evident || (c.pages !== null && !weak);
    c.saysCited = saysCited;
    c.alternatives = alternatives;
    out.push(c);
  }
  return out;
}

/**
 * Clean offset of an organisation named at `nameAt` (an acronym, or the start of a run of
 * capitalised words that names one) when the words around say it is cited: a reporting verb after
 * the bracket ending before `after` (not a speech act in the past simple, which tells what the body
 * did that year: 'The UN (1948) stated that rights are universal'), a noun for a work after a possessive ('the World Bank's (2019)
 * report'), or 'according to' before it; else null.
 */
function citedOrganisation(nameAt: number, name: string, after: number, possessive: boolean, acronyms: boolean, rules: CitationRules, words: WordContext): number | null {
  if (!acronyms && isAcronym(name)) return null;
  const at = isAcronym(name) ? nameAt : organisationStart(nameAt, name, rules, words);
  if (at === null) return null;
  return reportsAfter(after, rules, words) === REPORTS_WORK || (possessive && workAfter(after, rules, words)) || citedBefore(at, rules, words) ? at : null;
}

/**
 * The names of `chain` from its `from`-th on. (Arrays of names are built by loops here, not `map`:
 * optimised code makes `map`'s array holey, the interpreter's is packed, and code compiled for one
 * kind of array deoptimises on the other.)
 */
function namesFrom(chain: readonly { name: string }[], from: number): string[] {
  const names: string[] = [];
  for (let i = from; i < chain.length; i++) names.push(chain[i].name);
  return names;
}

/**
 * The names joined by 'and', '&' or commas that end right before `at` with their separator ('Marlow
 * and ' before 'Ortiz Lara (2012)'), and where they start, or null. `from` bounds the look-back.
 */
function namesBefore(text: string, from: number, at: number, rules: CitationRules): { names: string[]; start: number } | null {
  const sep = /(?:\s*,)?\s+(?:and|&)\s+$|\s*,\s+$/u.exec(text.slice(from, at));
  if (sep === null) return null;
  const before = text.slice(from, from + sep.index);
  const m = rules.narrativeNames.exec(before);
  if (!m?.groups || m.groups.possessive) return null;
  const split = splitNarrative(m.groups.authors, from + m.index, rules);
  if (split.etAl || split.names.length === 0) return null;
  return { names: namesFrom(split.names, 0), start: split.names[0].start };
}

/** Names of a narrative chain with their offsets in the paragraph, possessives removed. */
function splitNarrative(chain: string, offset: number, rules: CitationRules): { names: { name: string; start: number }[]; etAl: boolean } {
  const etAl = rules.etAl.test(chain);
  const bare = chain.replace(rules.etAl, '');
  const names: { name: string; start: number }[] = [];
  let from = 0;
  const push = (to: number): void => {
    const raw = bare.slice(from, to);
    // 'Howell’s (2015)': the possessive is not part of the name.
    const name = raw.replace(/[’']s$/u, '').trim();
    if (name) names.push({ name, start: offset + from + (raw.length - raw.trimStart().length) });
  };
  // As in `yearsOf`: `exec` on the shared global pattern (a separator is never empty).
  const separators = rules.authorSeparators;
  separators.lastIndex = 0;
  for (let m = separators.exec(bare); m !== null; m = separators.exec(bare)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(bare.length);
  return { names, etAl };
}
