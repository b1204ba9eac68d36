/**
 * The quantity guard: numbers that count or label something ("2000 copies", "Figure 2", "$4") are
 * marked on the tokens, and are never years. The words come from `pipeline/temporal.json`.
 */
import type { Tokens } from './lexer.js';

/** Words of the quantity guard, from the data file. */
export interface QuantityGuard {
  /** A number right after one of these (one or two words) counts or labels something: "Figure 2", "$4", "more than 1500". */
  before: Set<string>;
  /** A number right before one of these is a quantity: "1110 kHz", "2000 copies". */
  after: Set<string>;
  /** Joins numbers into one chain whose members are all quantities if one is: "1200–1500 members". */
  connectors: Set<string>;
}

/** Currency and number signs glued to a number make it a quantity: "$4", "#5". */
const SIGNS = ['$', '£', '€', '¥', '#'];

/**
 * Every word {@link markQuantities} compares tokens to: the guard's words (each word of a two-word
 * entry: "more than"), the full stop and the signs. Give them to the grammar as words of its own
 * (`GrammarSpec.vocabulary`): then a token the grammar does not know is none of them, and its
 * normalised form need not be worked out.
 */
export function guardVocabulary(guard: QuantityGuard): string[] {
  const words = ['.', ...SIGNS];
  for (const set of [guard.before, guard.after, guard.connectors]) for (const entry of set) words.push(...entry.split(' '));
  return words;
}

/**
 * Marks the number tokens that are quantities or labels, never years: "2000 copies", "Figure 2",
 * "pp. 1995–2002", "from 1200 to 1500 members". One pass each way along the tokens.
 */
export function markQuantities(toks: Tokens, guard: QuantityGuard): void {
  const n = toks.count;
  let any = false;
  for (let i = 0; i < n; i++) {
    if (toks.digits(i) === 0) continue;
    let p = i - 1;
    // "No. 5", "pp. 12": look past a full stop after an abbreviation.
    if (p > 0 && known(toks, p) === '.') p--;
    const prev = p >= 0 ? known(toks, p) : null;
    const next = i + 1 < n ? known(toks, i + 1) : null;
    let quantity = false;
    if (prev !== null) {
      const before2 = p > 0 ? known(toks, p - 1) : null;
      quantity = guard.before.has(prev) || (before2 !== null && guard.before.has(`${before2} ${prev}`));
      // "$4" glued, "5%" glued.
      if (toks.end[p] === toks.start[i] && SIGNS.includes(prev)) quantity = true;
    }
    if (next !== null && guard.after.has(next)) quantity = true;
    if (quantity) {
      toks.markQuantity(i);
      any = true;
    }
  }
  // Chains: a quantity passes along "to", "and", "or", dashes to the next number, both ways.
  if (!any) return;
  const connects = (k: number): boolean => {
    const norm = known(toks, k);
    return norm !== null && guard.connectors.has(norm);
  };
  for (let i = 2; i < n; i++) {
    if (toks.digits(i) && toks.digits(i - 2) && toks.quantity(i - 2) && connects(i - 1)) toks.markQuantity(i);
  }
  for (let i = n - 3; i >= 0; i--) {
    if (toks.digits(i) && toks.digits(i + 2) && toks.quantity(i + 2) && connects(i + 1)) toks.markQuantity(i);
  }
}

/**
 * The normalised form of token `k`, or null when it is none of the grammar's words (and so none of
 * {@link guardVocabulary}): most words next to numbers are not, and need no normalised form.
 */
function known(toks: Tokens, k: number): string | null {
  const wid = toks.wid[k];
  // A word of the grammar has had its normalised form since the cut: reading it is all that is
  // needed (and the optimised code of the pass then holds no copy of the normalising).
  return wid >= 0 ? toks.wordNorm(k) : wid === -1 ? null : toks.norm(k);
}
