/**
 * Forms of periodisation the twenty-seventh session read (each on texts of its own, see
 * tests/stages/periodisation-forms27.test.ts), kept apart from thesis.ts and index.ts and called
 * from them:
 * - a count whose list opens after a clause that gives each part of the text one stage ('in three
 *   periods, and each of the three parts below covers one of them: …'): the clause restates
 *   the count, the colon still opens the list.
 * Each test runs on a sentence that already announces stages, or on a text that has named or counted
 * them, so none costs the sentences that do not.
 */
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
