/**
 * The parts of `natural` periodcheck uses, loaded by submodule path: the package's index loads
 * database drivers and runs dotenv on import (printing to stdout), so it is never imported.
 */
import { createRequire } from 'node:module';
import { StringMemo } from '../memo.js';

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: (word: string) => string };

/** Stems already computed, process-wide: stemming is pure, and prose repeats its words. */
const stems = new StringMemo((word) => porter.stem(word.toLowerCase()));

/** Porter stem of an English word, lower-cased: "Blossoming" → "blossom", "crushed" → "crush". */
export function stem(word: string): string {
  return stems.get(word);
}
