/**
 * A first reading of a few made-up sentences, once, when the grammar is compiled: so that the
 * lexer's, the matcher's and the document pass's rarer branches ("1,473.5", "’90s", a group in a
 * pattern, a phrase of a lexicon class, a text without a date of writing) have run before the JIT
 * optimises those functions. A branch first met in optimised code, in some later document, has no
 * type feedback: the code is thrown away and compiled again — in every worker, on V8's background
 * threads. The sentences exercise shapes, not facts: their results are dropped, and nothing of them
 * stays in the grammar (each `parse` starts afresh).
 */
import type { EraTable } from './eras.js';
import { atomOf } from './grammar.js';
import type { TemporalResources } from './index.js';
import { lex } from './lexer.js';
import { markQuantities } from './quantities.js';
import { resolveAll, type Candidate } from './resolve.js';

/** The sentences, with a leader's and a period's name from the era table filled in. */
function sentences(eras: EraTable): string[] {
  const nameOf = (type: 'leader' | 'period'): string => [...eras.entries.values()].find((e) => e.type === type)?.names[0] ?? 'Smith';
  return [
    'From 1,473.5 to 20,000 members in 1995–2002 and 2002-12, the mid-1990s, the ’90s and \'80s, U.S. café 𝐀b 😀 x\u00a0y — Figure 2, $4.',
    'In spring 2003, on 12 December 1998, in May–June 1899, in 44 BC, in the late 19th century, between 1990 and 1995, since 2001, until 1983, by 2005, from 2012 onwards, from 1995 to the present.',
    `Under the government of ${nameOf('leader')} (1949–76), during the ${nameOf('period')}, a decade later, over the next two years, twenty years ago, at the end of the decade, at the turn of the century, at that time, by now, in May of that year, during their time in office.`,
  ];
}

/**
 * Reads the warm-up sentences (the results are dropped), twice (V8 starts recording a function's
 * type feedback only after its first few calls), then a stretch longer than any before (the lexer's
 * and the grammar's buffers grow); resolves what they hold as one text with a date of writing and
 * as one without, several times. About 10 ms, once per pipeline.
 */
export function warmUp(resources: TemporalResources): void {
  const { grammar, guard, eras, vagueCount, presentSpanMinUnit } = resources;
  const candidates: Candidate[] = [];
  for (const text of [...sentences(eras), ...sentences(eras), 'x '.repeat(300)]) {
    const toks = lex(text, 0, grammar.words);
    markQuantities(toks, guard);
    for (const item of grammar.parse(toks) ?? []) {
      const atom = atomOf(item);
      if (atom) candidates.push({ unitId: 'w', unitIndex: candidates.length, sentenceSection: 's', atom, heading: false, bracketed: null, cleanStart: 0, cleanEnd: 0 });
    }
  }
  for (const present of [null, 2000]) resolveAll(candidates, [], { present, eras, vagueCount, presentSpanMinUnit });
  // What runs once per text records type feedback only after a dozen calls or so: the first date alone, many times.
  const first = candidates.filter((c) => !c.atom.value.pending).slice(0, 1);
  for (let round = 0; round < 12; round++) {
    for (const present of [null, 2000]) resolveAll(first, [], { present, eras, vagueCount, presentSpanMinUnit });
  }
}
