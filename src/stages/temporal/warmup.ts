/**
 * A first reading of a few made-up sentences, once, when the grammar is compiled: so that the
 * lexer's and the matcher's rarer branches ("1,473.5", "’90s", a group in a pattern, a phrase of a
 * lexicon class) have run before the JIT optimises those functions. A branch first met in optimised
 * code, in some later document, has no type feedback: the code is thrown away and compiled again —
 * in every worker, on V8's background threads. The sentences exercise shapes, not facts: their
 * results are dropped, and nothing of them stays in the grammar (each `parse` starts afresh).
 */
import type { EraTable } from './eras.js';
import type { Grammar } from './grammar.js';
import { lex } from './lexer.js';
import { markQuantities, type QuantityGuard } from './quantities.js';

/** The sentences, with a leader's and a period's name from the era table filled in. */
function sentences(eras: EraTable): string[] {
  const nameOf = (type: 'leader' | 'period'): string => [...eras.entries.values()].find((e) => e.type === type)?.names[0] ?? 'Smith';
  return [
    'From 1,473.5 to 20,000 members in 1995–2002 and 2002-12, the mid-1990s, the ’90s and \'80s, U.S. café 𝐀b 😀 x\u00a0y — Figure 2, $4.',
    'In spring 2003, on 12 December 1998, in May–June 1899, in 44 BC, in the late 19th century, between 1990 and 1995, since 2001, until 1983, by 2005, from 2012 onwards, from 1995 to the present.',
    `Under the government of ${nameOf('leader')} (1949–76), during the ${nameOf('period')}, a decade later, over the next two years, twenty years ago, at the end of the decade, at the turn of the century, at that time, by now, in May of that year.`,
  ];
}

/**
 * Reads the warm-up sentences with `grammar` (the results are dropped), twice (V8 starts recording a
 * function's type feedback only after its first few calls), then a stretch longer than any before
 * (the lexer's and the grammar's buffers grow). About 8 ms, once per pipeline.
 */
export function warmUp(grammar: Grammar, guard: QuantityGuard, eras: EraTable): void {
  for (const text of [...sentences(eras), ...sentences(eras), 'x '.repeat(300)]) {
    const toks = lex(text, 0, grammar.words);
    markQuantities(toks, guard);
    grammar.parse(toks);
  }
}
