/**
 * Forms of periodisation the twenty-eighth session read (each on texts of its own, see
 * tests/stages/periodisation-forms28.test.ts), kept apart from thesis.ts and index.ts and called
 * from them:
 * - run-in headings with no section number and no stage noun: a name, then its dates, opening a
 *   paragraph ('Renewal, 1946–1969. The first …', 'The long pause (1970–77): the council …',
 *   '**Eds and meds, since 1988.** After …'), read as forms27's numbered ones are;
 * - a plan's phases, all after the year the text was written ('Project Plan · 2024' over 'Phase 1:
 *   Design (2024–2026)'): no periodisation;
 * - stages told in turn by sentences that open with a name ending in the noun counted ('The blowout
 *   generation runs from …');
 * - a colon inside a citation's brackets after the count, and a clause adopting a cited scheme
 *   before the list's colon ('three regimes (Lund 2002: 221), and we follow them here: …');
 * - the open years after the last dated heading, which the text declines to make a stage ('It is
 *   tempting to call the years since 2008 a fourth regime, but …');
 * - a stage noun apposed at the end of a name, all that is left of a clause ('the new river, the
 *   age that began …' → 'the new river').
 */
import { POS_TAGS, type Sentence, type TokenTable } from '../../doc.js';

/** Parts of speech of a verb, which a heading's name has none of. */
const VERB_TAGS = new Set<number>(['VERB', 'AUX'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));

/**
 * A test, on the token table the sentences stage built, of whether a verb stands in a sentence
 * before its character `end` ('Growth came slowly, 1850–1899.': 'came'); never true without tokens.
 */
export function verbBefore(tokens: TokenTable | undefined): (s: Sentence, end: number) => boolean {
  return (s, end) => {
    if (!tokens) return false;
    for (let i = s.tokenStart; i < s.tokenEnd && tokens.cleanStart[i] < s.cleanStart + end; i++) if (VERB_TAGS.has(tokens.pos[i])) return true;
    return false;
  };
}

/** Most words of the name in a run-in heading of a name and its dates ('The long pause', 'Eds and meds'). */
const MAX_RUN_IN_NAME_WORDS = 6;
/** Bold or italic marks around a run-in heading in Markdown ('**Eds and meds, since 1988.**'). */
const EMPHASIS = /^[*_]{1,3}(?=\S)/u;
/** Where a run-in heading ends inside its sentence: a colon, or a dash between spaces ('The long pause (1970–77): the council …'). */
const RUN_IN_BREAK = /:\s|\s[—–]\s/u;

/** A run-in heading found at the opening of a sentence: its text (no marks, no closing stop) and its length in the sentence. */
export interface RunInHead {
  heading: string;
  length: number;
}

/**
 * The run-in heading a paragraph's first sentence opens with when it is a NAME and its DATES and
 * nothing else: the whole sentence up to its full stop ('Renewal, 1946–1969.'), or the words
 * before a colon or a spaced dash ('The long pause (1970–77): the council stopped …'). The dates
 * must end the heading (`headingYears`, which reads a heading's years at its end), set off from the
 * name by a comma, a colon or a bracket, and the name must be short, hold no year and open with a
 * capital, with no verb (`verbBefore`, true when a verb stands before a character offset in the
 * sentence): an ordinary sentence ('Prices rose until 1969.', 'Growth came slowly, 1850–1899.') has a verb or no such break.
 * Null otherwise.
 */
export function nameThenDates(text: string, headingYears: RegExp, verbBefore: (end: number) => boolean = () => false): RunInHead | null {
  const lead = EMPHASIS.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead);
  const candidates: RunInHead[] = [];
  // ('Renewal, 1946–1969.' or '**Renewal, 1946–1969.**': the whole sentence.)
  const whole = /^(.*?)[*_]{0,3}\.[*_]{0,3}$/su.exec(body);
  if (whole) candidates.push({ heading: whole[1], length: text.length });
  const cut = RUN_IN_BREAK.exec(body);
  if (cut) candidates.push({ heading: body.slice(0, cut.index).replace(/[*_]{1,3}$/u, ''), length: lead + cut.index });
  for (const c of candidates) {
    const y = headingYears.exec(c.heading);
    if (!y || y.index === 0 || !/^\s*[,:(]/u.test(y[0])) continue;
    const name = c.heading.slice(0, y.index).trim();
    if (!/^\p{Lu}/u.test(name) || /\d{3,4}/u.test(name) || /[.;!?]/u.test(name)) continue;
    if ((name.match(/\S+/gu) ?? []).length > MAX_RUN_IN_NAME_WORDS || verbBefore(lead + y.index)) continue;
    return { heading: c.heading.trim(), length: c.length };
  }
  return null;
}

/** Most years from a plan's first phase to the end of its last ('2024–2026', '2026–2030'). */
const MAX_PLAN_YEARS = 15;

/**
 * True when the stages are a plan's phases, not periods of history: every one starts no earlier
 * than the year the text was written (`writtenIn`, from its front matter), the last ends at a year
 * after it, and all of them fit in a few years ('Project Plan · 14 March 2024' over '2.1 Phase 1:
 * Design and approvals (2024–2026)', '2.2 Phase 2: Construction (2026–2030)'). A history's stages
 * start before it is written; one still running has no end.
 */
export function plannedPhases(stages: { from: number | null; to: number | null }[], writtenIn: number | null): boolean {
  if (writtenIn === null || stages.length < 2) return false;
  const first = stages[0].from;
  const last = stages[stages.length - 1].to;
  if (first === null || last === null || last <= writtenIn || last - first > MAX_PLAN_YEARS) return false;
  return stages.every((s) => s.from !== null && s.from >= writtenIn);
}

/** Verbs of a stage's course after its name ('runs from', 'began with', 'lasted until'). */
const COURSE_VERBS = 'runs|ran|lasts|lasted|stretches|stretched|goes|went|begins|began|starts|started|opens|opened';


/**
 * A sentence that opens with a stage's name ending in the noun the text counts (`noun`, singular)
 * and a verb of its course: 'The blowout generation runs from …', 'And the 1 % era began with …'
 * (group 1, the name, one to three words before the noun, digits among them). Its name is the
 * stage's, as 'the Moreau years run from' names one (forms27); not when a word of it is an ordinal
 * (`excluded`, the ordinals and the words that point: 'The first period runs …', 'The last generation …',
 * 'This generation began …').
 */
export function nameEndingInNoun(noun: string, excluded: Set<string>): { test: (text: string) => boolean; exec: (text: string) => RegExpExecArray | null } {
  const n = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^(?:and\\s+)?((?:the\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){1,3}?${n})\\s+(?:${COURSE_VERBS})\\b`, 'iu');
  const exec = (text: string): RegExpExecArray | null => {
    const m = re.exec(text);
    if (!m) return null;
    const words = m[1].toLowerCase().split(/\s+/u).slice(0, -1);
    return words.some((w) => excluded.has(w)) ? null : m;
  };
  return { test: (text) => exec(text) !== null, exec };
}

/** True when `text[from..at)` leaves `at` inside round or square brackets ('(Lund 2002: 221; …'). */
export function insideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * True when the words before a list's colon end with a clause in which the writer adopts the scheme
 * just cited: a comma and perhaps 'and', 'I' or 'we', one of `verbs` (perhaps after 'will' or
 * 'shall'), and a word that points back, perhaps 'here' ('…, and we follow them here', ', which we
 * adopt', '; we use their four phases'): the count is the text's claim, and the colon opens its list.
 */
export function adoptsThem(preamble: string, verbs: Set<string>): boolean {
  const m = ADOPTING_CLAUSE.exec(preamble);
  return m !== null && verbs.has(m[1].toLowerCase());
}
/** Group 1, the verb. */
const ADOPTING_CLAUSE = /,\s*(?:and\s+)?(?:I|we)\s+(?:(?:will|shall)\s+)?(\p{L}+)\s+(?:them|it|this|these|that|their\s+\p{L}+)(?:\s+here|\s+in\s+this\s+\p{L}+)?\s*$/u;

/**
 * True when the last of the dated headings taken as stages (`headings`) is the years after the one
 * before, open and unnamed ('5. After 1990', after '4. Containers, 1950–1990'), and a sentence of its
 * section declines to make them a stage (`declined`: 'It is tempting to call the years since 1990 a
 * fourth period, but …', 'I therefore end the periodisation in 1990').
 */
export function declinedLast(headings: { section: { id: string }; label: string | null; from: number | null; to: number | null; open: boolean }[], sentences: Sentence[], declined: RegExp): boolean {
  const last = headings[headings.length - 1];
  const before = headings[headings.length - 2];
  if (!last.open || last.label !== null || last.to !== null || last.from === null || before.to === null || last.from < before.to) return false;
  return sentences.some((s) => s.sectionId === last.section.id && declined.test(s.text));
}

/** A stage noun with its article, set off by a comma at the end of a name (group 1, the noun): ', the era'. */
const APPOSED_NOUN_AT_END = /,\s*(?:the|an?)\s+(\p{L}+)$/iu;

/**
 * A stage's name without a stage noun apposed to it at its end, which is all that is left of a
 * clause that described the stage ('the container port, the era that began in 1950 and in which we
 * live now' → 'the container port, the era' → 'the container port'); the name as it is otherwise
 * ('the port, the warehouse' keeps both).
 */
export function withoutApposedStageNoun(name: string, stageNouns: Set<string>): string {
  const m = APPOSED_NOUN_AT_END.exec(name);
  return m && m.index > 0 && stageNouns.has(m[1].toLowerCase()) ? name.slice(0, m.index) : name;
}
