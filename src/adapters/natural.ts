/**
 * The parts of `natural` periodcheck uses, loaded by submodule path: the package's index loads
 * database drivers and runs dotenv on import (printing to stdout), so it is never imported.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: (word: string) => string };

/** Stems already computed, process-wide: stemming is pure, and prose repeats its words. */
const stems = new Map<string, string>();
/** A bound on the memo, so a long batch of varied texts does not grow it without end. */
const MAX_MEMO = 100_000;

/** Porter stem of an English word, lower-cased: "Blossoming" → "blossom", "crushed" → "crush". */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size >= MAX_MEMO) stems.clear();
    stemmed = porter.stem(word.toLowerCase());
    stems.set(word, stemmed);
  }
  return stemmed;
}
