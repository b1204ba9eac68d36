/**
 * Forms of periodisation the twenty-seventh session read (each on texts of its own, see
 * tests/stages/periodisation-forms27.test.ts), kept apart from thesis.ts and index.ts and called
 * from them:
 * - a count whose list opens after a clause that gives each part of the text one stage ('in three
 *   periods, and each of the three parts below covers one of them: …'): the clause restates
 *   the count, the colon still opens the list;
 * - a list the sentences right after it deny are periods ('We sort the firms into three size
 *   classes: …. These classes are bins for counting. They are not periods of the trade's history'):
 *   no announcement;
 * - the stages a count announces, listed in the very next sentence between semicolons, each part
 *   opening with its name ('I divide it into three periods, and chapters 3 to 5 take one each. The Moreau years run from
 *   … to …; the Lenoir years, 1988–97, end with …; and the Vidal years have run since …');
 * - run-in headings that open paragraphs ('3.1 Stage 1: Relief (1971–1984). The first shelters
 *   opened …'), as many as a count before them, read as the stages' headings;
 * - a stage named in an abstract and dated sections later by a sentence that opens with its name
 *   and a verb of its course ('Regulation runs from 1921 to the end of the war in May 1945').
 * Each test runs on a sentence that already announces stages, or on a text that has named or counted
 * them, so none costs the sentences that do not.
 */
import type { Sentence } from '../../doc.js';
import { type RunInHead, nameThenDates } from './forms28.js';

/** A clause before the list's colon that gives each of the counted parts of the text one stage: 'each of the three parts below covers one of them' (group 1, the count). */
const EACH_TAKES_ONE = /\beach\s+of\s+(?:the|its|our|my)\s+(\p{L}+)\s+(?:\p{L}+\s+){1,5}?(?:takes?|covers?|treats?|is\s+given\s+to|tells?)\s+one\s+(?:of\s+them|each)\s*$/iu;

/**
 * True when the words between the stage noun and the list's colon are a clause that gives each part
 * of the text one of the stages, counting them again ('three periods, and each of the three parts
 * below covers one of them: patience …'): it restates the count, and the colon still opens the list.
 */
export function eachTakesOne(preamble: string, count: number | undefined, countWords: Map<string, number>): boolean {
  const m = EACH_TAKES_ONE.exec(preamble);
  return m !== null && count !== undefined && countWords.get(m[1].toLowerCase()) === count;
}

/** Sentences after a list, in its paragraph, that may deny it is one of periods. */
const DENIAL_WINDOW = 3;

/**
 * True when a sentence soon after sentence k, in its paragraph, says the things it lists are not
 * periods ('The classes only keep the tables short. They are not meant as periods of the clubs' history'):
 * a subject that points back ('they', 'these', 'these classes'), a copula with 'not', a stage noun.
 */
export function deniedAsPeriods(sentences: Sentence[], k: number, stageNouns: Set<string>): boolean {
  for (let j = k + 1; j < sentences.length && j <= k + DENIAL_WINDOW && sentences[j].paragraphId === sentences[k].paragraphId; j++) {
    const m = NOT_PERIODS.exec(sentences[j].text);
    if (m && stageNouns.has(m[1].toLowerCase())) return true;
  }
  return false;
}
/** 'They are not periods', 'These groups were not meant as stages' (group 1, the noun). */
const NOT_PERIODS = /^(?:(?:but|and)\s+)?(?:they|these|those|(?:these|those|the)\s+\p{L}+)\s+(?:are|were)\s+not\s+(?:(?:meant|intended)\s+as\s+|to\s+be\s+read\s+as\s+)?(?:(?:historical|historic)\s+)?(\p{L}+)\b/iu;

/** A verb of a stage's course and 'from', right after its name ('runs from', 'lasted from', 'stretches from'). */
const COURSE_FROM = /^\s+(?:runs|ran|lasts|lasted|stretches|stretched|extends|extended)\s+from\s/iu;

/**
 * True when the sentence opens with the stage's name (`name`, lower case, its article dropped) and a
 * verb of its course with 'from' ('Contract runs from 1945 to …', 'The Moreau years ran from …'):
 * a statement that dates the stage however far from the sentence that named it.
 */
export function namedCourseFrom(sentence: string, name: string): boolean {
  const lead = /^(?:the\s+)?/iu.exec(sentence)![0].length;
  if (sentence.slice(lead, lead + name.length).toLowerCase() !== name) return false;
  return COURSE_FROM.test(sentence.slice(lead + name.length));
}

/** Most words of a run-in heading before the full stop that ends it ('2.3 Phase 3: Contract (since March 1979).'). */
const MAX_RUN_IN_WORDS = 12;

/**
 * Run-in headings after the sentence that counts the stages (`after`, its index): the first sentence
 * of a paragraph with more after it, numbered as a section is ('3.1 ', 'II. ') or opening with a
 * stage noun and its number ('Stage 2: '), short, closed by a full stop, and dated as a heading is
 * ('2.1 Phase 1: Tolerance (1948–1961).' then 'The unions met …'); or a name and its dates alone,
 * a sentence of its own or the words before a colon ('Renewal, 1946–1969. The first …', 'The long
 * pause (1970–77): the council …': forms28.nameThenDates). Each is read by
 * `read` as the heading of a section of its own (its span the sentence's, or its first `length`
 * characters); the run is kept only when it holds exactly `count` of them, in one section, in
 * order of years. Empty otherwise.
 */
export function runInHeadings<H extends { from: number | null; to: number | null; ranged: boolean }>(
  sentences: Sentence[],
  after: number,
  count: number,
  patterns: { sectionNumber: RegExp; headingOrdinal: RegExp; headingYears: RegExp },
  read: (heading: string, s: Sentence, length: number) => H,
  /** True when a verb stands in sentence `s` before its character `end` (default: never). */
  verbBefore: (s: Sentence, end: number) => boolean = () => false,
): H[] {
  const found: H[] = [];
  let section: string | null = null;
  for (let j = after + 1; j < sentences.length; j++) {
    const s = sentences[j];
    if (section !== null && s.sectionId !== section) break;
    const opens = sentences[j - 1]?.paragraphId !== s.paragraphId;
    const more = sentences[j + 1]?.paragraphId === s.paragraphId;
    if (!opens || !/\d/.test(s.text)) continue;
    let head: RunInHead | null = null;
    if (more && /\.$/u.test(s.text) && (s.text.match(/\S+/gu) ?? []).length <= MAX_RUN_IN_WORDS) {
      const heading = s.text.slice(0, -1);
      if (patterns.sectionNumber.test(heading) || patterns.headingOrdinal.test(heading)) head = { heading, length: s.text.length };
    }
    if (head === null) {
      const named = nameThenDates(s.text, patterns.headingYears, (end) => verbBefore(s, end));
      if (named && (more || named.length < s.text.length)) head = named;
    }
    if (head === null) continue;
    const h = read(head.heading, s, head.length);
    if (!h.ranged || h.from === null) continue;
    const before = found[found.length - 1];
    if (before && before.from !== null && h.from < before.from) return [];
    section = s.sectionId;
    found.push(h);
  }
  return found.length === count ? found : [];
}

/** A part of the list that opens with a stage's name, then a comma or a verb of its course ('The Moreau years run from …', 'the Lenoir years, 1988–97, end with …'): group 1, the name. */
const NAMED_PART = /^\s*(?:and\s+)?((?:the|a|an)\s+[^,;:()\d]{2,50}?)(?=\s*,|\s+(?:runs?|ran|lasts?|lasted|ends?|ended|begins?|began|opens?|opened|starts?|started|stretch(?:es)?|stretched|covers?|covered|is|are|was|were|has|have|had)\b)/iu;
/** A part that starts where the one before ended, at an event it named: 'since that merger', 'since then'. */
export const SINCE_THAT = /\bsince\s+(?:then|that\s+(?!\d)\p{L}+|this\s+(?!\d)\p{L}+|the\s+same\s+\p{L}+)\b/iu;

/**
 * The parts of the sentence right after a count (`next`), cut at its semicolons, when there are
 * exactly `count` of them and each opens with a name that holds a noun of a period (`periodName`:
 * 'years', 'era', 'period' …): 'The Moreau years run from … to …; the Lenoir years, 1988–97, end
 * with …; and the Vidal years have run since that merger'. Each part's span in the
 * sentence's text and its name; null otherwise.
 */
export function namedPartsOf(next: string, count: number, periodName: RegExp, split: (text: string) => [number, number][]): { span: [number, number]; name: string }[] | null {
  if (!next.includes(';')) return null;
  const parts = split(next).filter(([x, y]) => next.slice(x, y).trim() !== '');
  if (parts.length !== count) return null;
  const out: { span: [number, number]; name: string }[] = [];
  for (const [x, y] of parts) {
    const m = NAMED_PART.exec(next.slice(x, y));
    if (!m || !periodName.test(m[1])) return null;
    out.push({ span: [x, y], name: m[1].trim() });
  }
  return out;
}
