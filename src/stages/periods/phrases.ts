/**
 * Finding any of a list of word phrases in a sentence with one pass over its words, instead of a
 * regular expression with dozens of alternatives tried at every character.
 */

// Cue phrases are plain English words: an ASCII word pattern is much faster than \p{L}, and a
// letter outside it only splits a word no phrase contains.
const WORDS = /[a-z0-9]+(?:['’][a-z]+)?|\?/g;

/** The lower-cased words of `text`. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? [];
}

export class PhraseMatcher {
  private readonly byFirst = new Map<string, string[][]>();

  /** @param phrases phrases of one or more words ("this essay", "had long"), matched case-insensitively */
  constructor(phrases: string[]) {
    for (const p of phrases) {
      const words = wordsOf(p);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]);
      if (list) list.push(words);
      else this.byFirst.set(words[0], [words]);
    }
  }

  /** The first phrase found in `words`, as written in the list, or null. */
  find(words: string[]): string | null {
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]);
      if (!candidates) continue;
      for (const phrase of candidates) {
        let k = 1;
        while (k < phrase.length && words[i + k] === phrase[k]) k++;
        if (k === phrase.length) return phrase.join(' ');
      }
    }
    return null;
  }
}
