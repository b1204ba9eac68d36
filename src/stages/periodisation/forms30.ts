/**
 * Forms of periodisation the thirtieth session read (each on texts of its own, see
 * tests/stages/periodisation-forms30.test.ts), kept apart from thesis.ts and called from it:
 * - a count announced by the writer's own work following it ('The thesis follows three periods, and
 *   the empirical chapters are organised by them. The first period, which I call …'): the work, not
 *   a person or an event, is the subject of 'follows', so it is no 'followed two waves of strikes';
 * - a stage named by 'that of' after its ordinal ('The third period, that of Law 199, runs from …'):
 *   'that' stands for the period, whose name is what it is the period of ('Law 199');
 * - a scheme the text reports as another's and then declines, later, in the writer's own voice and
 *   pointing back at it ('Ellery-Stone organises her narrative around what she calls "four phases
 *   of Highlander": … . … I am not persuaded that these four phases are more than chapter divisions,
 *   and I do not think they should be used as a periodisation …'): not the text's claim. A scheme
 *   reported with no sign either way stays the claim (heldout-12's Estonian review, heldout-15's
 *   reviewed book), and so does one the writer adopts.
 */
import type { Sentence } from '../../doc.js';

/**
 * The writer's work as the subject of 'follows' (or 'is organised around') right before the count:
 * 'The thesis follows ', 'The present chapter is organised around ' ('This book follows the union
 * through ' is announced by 'through' already). At most two words (an adjective, a possessive's noun)
 * between the article and the work.
 */
const WORK_FOLLOWS =
  /\b(?:this|the|my|our|the\s+present)\s+(?:[\p{L}-]+\s+){0,2}?(?:thesis|dissertation|book|chapter|chapters|article|essay|paper|study|report|volume|monograph|narrative|account|analysis|exhibition|course)\s+(?:therefore\s+|thus\s+|then\s+|also\s+)?(?:follows|is\s+organi[sz]ed\s+(?:around|by|in)|are\s+organi[sz]ed\s+(?:around|by|in)|is\s+built\s+around|is\s+structured\s+(?:around|by|in))\s+(?:the\s+)?$/iu;

/** True when the text before a count ('The thesis follows ') makes the writer's work follow the stages counted. */
export function workFollows(before: string): boolean {
  return WORK_FOLLOWS.test(before);
}

/** Ordinal words that open a stage taken in turn. */
const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last';

/** 'The third period, that of Law 199, runs …': groups (1) the stage noun, (2) the name (which may hold digits, as a law's number). */
const THAT_OF = new RegExp(`^(?:(?:and|then)\\s+)?(?:the\\s+)?(?:${ORDINALS})\\s+(\\p{L}+)\\s*,\\s+(?:that|those)\\s+of\\s+((?:the\\s+)?[\\p{L}\\p{N}][^,;:()]{0,60}?)\\s*,\\s`, 'iu');

/**
 * The name in an apposition 'that of …' after an ordinal and a stage noun ('The third period, that of
 * Law 199, runs …' → 'Law 199'); null when the sentence opens otherwise, the word after the ordinal
 * is no stage noun, or the apposition holds a clause ('that of the leaders who …' names people).
 */
export function thatOfName(text: string, stageNouns: Set<string>): string | null {
  const m = THAT_OF.exec(text);
  if (!m || !stageNouns.has(m[1].toLowerCase())) return null;
  const name = m[2].trim();
  return /\b(?:who|whom|which|that|when|where)\b/iu.test(name) ? null : name;
}

/** The writer's voice, in the first person. */
const FIRST_PERSON = /\b(?:I|we|my|our|us)\b/u;

/**
 * Another's scheme: a third person who names, divides or arranges ('what she calls', 'he divides'),
 * a third person's work ('her narrative', 'his book'), the author, or a name that opens the sentence
 * before such a verb ('Vos arranges …'). Not a bare 'their' ('The unions passed through three phases
 * in their history'), which attributes nothing.
 */
const THIRD_PERSON =
  /\b(?:she|he|they)\s+(?:calls?|called|names?|named|divides?|divided|distinguish(?:es)?|distinguished|propos(?:es?|ed)|identif(?:y|ies|ied)|organi[sz](?:es?|ed)|arranges?|arranged|structures?|structured|counts?|counted|sees?|saw)\b|\b(?:her|his|their)\s+(?:own\s+)?(?:narrative|account|book|study|scheme|chapters|argument|periodi[sz]ation|framework|thesis)\b|\bthe\s+(?:author|authors|editor|editors)\b|^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:divides|divided|distinguishes|distinguished|organi[sz]es|organi[sz]ed|arranges|arranged|periodi[sz]es|periodi[sz]ed|splits|proposes|proposed|structures|structured)\b/u;

/**
 * The writer declining a scheme ('I am not persuaded that these four phases …', 'I do not think they
 * should be used as a periodisation', 'I would not follow her three stages', 'I find this
 * periodisation unconvincing', 'We reject …').
 */
const DECLINES =
  /\b(?:I|we)\s+(?:am|are|remain)\s+(?:not|un)\s*(?:persuaded|convinced)\b|\b(?:I|we)\s+(?:do|did)\s+not\s+(?:think|believe|accept|follow|adopt|share|find)\b|\b(?:I|we)\s+(?:would|will|shall)\s+not\s+(?:follow|adopt|use|accept|retain)\b|\b(?:I|we)\s+(?:reject|doubt|question)\b|\b(?:I|we)\s+find\s+[^.;]{0,60}?\b(?:unconvincing|unpersuasive|arbitrary)\b/u;

/** A phrase that points back at a scheme: 'these four phases', 'her three stages', 'this periodisation', 'the author's scheme' (group 1, a count word if any; groups 2 and 3, the next two words). */
const POINTS_BACK =
  /\b(?:these|this|those|her|his|their|the\s+author['’]s|the\s+book['’]s)\s+(?:(two|three|four|five|six|seven|eight|nine|ten)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;

/** Words that name a scheme as a whole. */
const SCHEME = /^(?:periodi[sz]ation|scheme|framework|division|chronology)$/u;

/** The count words a pointing phrase may repeat. */
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * True when the announcement in sentence k is another's scheme (a third person, no first person)
 * that a later sentence declines in the writer's voice, pointing back at it by its noun (and count,
 * if it gives one: 'these four phases', the noun right after the count or after one word) or as a
 * periodisation, scheme or framework. Asked only of sentences that announce stages (few do).
 */
export function declinedLater(sentences: Sentence[], k: number, count: number, noun: string | undefined): boolean {
  const text = sentences[k].text;
  if (FIRST_PERSON.test(text) || !THIRD_PERSON.test(text)) return false;
  const plural = noun === undefined ? null : noun.toLowerCase().endsWith('s') ? noun.toLowerCase() : `${noun.toLowerCase()}s`;
  for (let j = k + 1; j < sentences.length; j++) {
    const s = sentences[j].text;
    if (!DECLINES.test(s)) continue;
    for (const m of s.matchAll(POINTS_BACK)) {
      const words = [m[2], m[3]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase());
      const sameNoun = words.some((w) => w === plural || SCHEME.test(w));
      const sameCount = m[1] === undefined || count === 0 || COUNTS[m[1].toLowerCase()] === count;
      if (sameNoun && sameCount) return true;
    }
  }
  return false;
}
