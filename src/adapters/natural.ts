/**
 * The parts of `natural` periodcheck uses, loaded by submodule path: the package's index loads
 * database drivers and runs dotenv on import (printing to stdout), so it is never imported.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: (word: string) => string };

/** Porter stem of a lower-cased English word: "blossoming" → "blossom", "crushed" → "crush". */
export function stem(word: string): string {
  return porter.stem(word.toLowerCase());
}
