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
 * - a stage named in an abstract and dated sections later by a sentence that opens with its name
 *   and a verb of its course ('Regulation runs from 1921 to the end of the war in May 1945').
 * Each test runs on a sentence that already announces stages, or on a text that has named or counted
 * them, so none costs the sentences that do not.
 */
import type { Sentence } from '../../doc.js';

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
