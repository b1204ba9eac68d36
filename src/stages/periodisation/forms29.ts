/**
 * Forms of periodisation the twenty-ninth session read (each on texts of its own, see
 * tests/stages/periodisation-forms29.test.ts), kept apart from index.ts and called from it (the
 * third is read in thesis.ts's findAnnouncement, by `eachNamedClause` in periodisation.json):
 * - a stage that comes in turn named after the verb of coming, the first as the later ones
 *   ('First came the boom years, from …' → 'the boom years');
 * - a name the writer gives with a modal and an adverb ('what I can only call the drift, in which …'
 *   → 'the drift');
 * - a count followed by a clause on how each stage is named ('… fall into two periods, each named
 *   here after the storm that began it.'), read as a count that ends its sentence, so that the
 *   stages told after it are the claim, not a chapter outline further on;
 * - stages told one sentence each by 'Until …', 'From … to …', 'Between … and …' and counted only
 *   afterwards ('The three periods differ …'), read in thesis.ts by `toldBeforeCount`.
 */

import { phraseAlternatives } from '../../chars.js';
import type { Sentence, TemporalExpression } from '../../doc.js';

/** The name after a word of sequence (`openers`) and a verb of coming (`verbs`), up to a comma or a time word: group 1. */
export function cameNamePattern(openers: string[], verbs: string[]): RegExp {
  return new RegExp(`^(?:and\\s+)?(?:${phraseAlternatives(openers)})\\s+(?:${phraseAlternatives(verbs)})\\s+((?:(?:the|a|an)\\s+)?\\p{L}[^,;:.()\\d]{1,40}?)(?=\\s*,\\s*(?:from|between|until|till|in|after|which|when)\\b|\\s+(?:from|between|until|till)\\s)`, 'iu');
}

/**
 * 'living through what I can only call the drift', 'in what we might fairly call an interregnum':
 * group 1, the name the time is given (not 'run by what I can only call a committee').
 */
const CALLED_WITH_MODAL = /\b(?:through|in|into|been|was|is)\s+what\s+(?:I|we)\s+(?:can|could|might|may|would|must)\s+(?:only\s+|fairly\s+|just\s+|perhaps\s+|best\s+)?call\s+((?:the|a|an)\s+[^,;:.()\d]{2,40}?)(?=\s*[,;:.()]|$)/u;

/** The name an item's sentence gives a stage by either form above, or null. */
export function nameInTurn(text: string, came: RegExp): string | null {
  return came.exec(text)?.[1] ?? CALLED_WITH_MODAL.exec(text)?.[1] ?? null;
}


/** Kinds of temporal expression that give a stage's bound: a year or a point in one (not a decade, an era or a relative time). */
const BOUND_KINDS = new Set(['year', 'day', 'month', 'range']);

/**
 * The spans of years of stages told BEFORE the sentence that counts them (at `k`), one sentence
 * each, the `count` sentences right before it in its paragraph, each opening with a word that bounds
 * a span (`openers`: 'Until', 'From', 'Between') and a year ('Until 1985, from the founding of … in
 * 1978, …', 'From 1985, when …, to 2001, …', 'Between 2001, when …, and the election of 2016, …'),
 * when the counting sentence points back at them ('The three periods differ …', 'These four
 * phases …'): each from its earliest year to its latest (decades and eras left aside), in order,
 * each later one starting no earlier than the one before ended. Null otherwise.
 */
export function toldBeforeCount(
  sentences: Sentence[],
  k: number,
  count: number,
  noun: string,
  openers: string[],
  yearsOf: (s: Sentence) => readonly TemporalExpression[],
): { sentence: Sentence; from: number; to: number; base: TemporalExpression }[] | null {
  const s = sentences[k];
  const back = new RegExp(`^(?:the|these|those|all)\\s+\\p{L}+\\s+${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu');
  if (count < 2 || k < count || !back.test(s.text)) return null;
  const opens = new RegExp(`^(?:${openers.join('|')})\\s+(?:\\p{L}+\\s+){0,2}\\d{4}\\b`, 'iu');
  const out: { sentence: Sentence; from: number; to: number; base: TemporalExpression }[] = [];
  for (let j = k - count; j < k; j++) {
    const t = sentences[j];
    if (t.paragraphId !== s.paragraphId || !opens.test(t.text)) return null;
    // ('Until 1985' is a range open at its start: its end bounds the stage too.)
    const dates = yearsOf(t).filter((d) => (d.from !== null || d.to !== null) && BOUND_KINDS.has(d.kind));
    const years = dates.flatMap((d) => [d.from, d.to]).filter((y): y is number => y !== null);
    if (dates.length < 2) return null;
    const from = Math.min(...years);
    const to = Math.max(...years);
    const previous = out[out.length - 1];
    if (to <= from || (previous && from < previous.to)) return null;
    out.push({ sentence: t, from, to, base: dates[0] });
  }
  return out;
}
