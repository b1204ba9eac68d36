/**
 * Forms of periodisation the twenty-seventh session read (each on texts of its own, see
 * tests/stages/periodisation-forms27.test.ts), kept apart from thesis.ts and index.ts and called
 * from them:
 * - a count whose list opens after a clause that gives each part of the text one stage ('in three
 *   periods, and each of the three parts below covers one of them: …'): the clause restates
 *   the count, the colon still opens the list;
 * - a list the sentences right after it deny are periods ('We sort the firms into three size
 *   classes: …. These classes are bins for counting. They are not periods of the trade's history'):
 *   no announcement.
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
