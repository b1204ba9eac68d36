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
 *   stages told after it are the claim, not a chapter outline further on.
 */

/** The name after a word of sequence (`openers`) and a verb of coming (`verbs`), up to a comma or a time word: group 1. */
export function cameNamePattern(openers: string[], verbs: string[]): RegExp {
  const alt = (ws: string[]): string => ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`^(?:and\\s+)?(?:${alt(openers)})\\s+(?:${alt(verbs)})\\s+((?:(?:the|a|an)\\s+)?\\p{L}[^,;:.()\\d]{1,40}?)(?=\\s*,\\s*(?:from|between|until|till|in|after|which|when)\\b|\\s+(?:from|between|until|till)\\s)`, 'iu');
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

