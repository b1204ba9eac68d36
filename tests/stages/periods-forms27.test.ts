// Periods of present-tense sentences about what an earlier stage left behind, on a text written
// here: a body created at a date that 'still exists', a stage's laws 'still in force', and a sentence
// that opens with the writer's present ('Today …') whose verb after its dates is in the present,
// are the writer's present (the open last stage), not the stage of their date or ordinal; the same
// forms in the past tense keep their stage.
import { describe, expect, it } from 'vitest';
import { docOf, periodLabelsOf } from '../helpers.js';

describe('periods: what an earlier stage left behind, as it stands now', () => {
  const text = [
    'Cooperatives and the State in Varnholm',
    'The cooperatives of Varnholm have gone through three phases: patronage from 1960 to 1979, control from 1979 to 2001, and negotiation since 2001.',
    'Patronage (1960–1979)',
    'In 1962 the ministry opened a bank for the cooperatives. The federation, founded by a decree of 1964, was still active in 1975. The first phase ended with a strike in 1979.',
    'Control (1979–2001)',
    'In 1980 the cooperatives lost the right to elect their boards. Supervisory boards, created by a law of 1985, still exist in most districts. Audit committees set up by the decree of 1990 still apply the old rules. The audit rules of the second phase are still in force. The control years were harsh, and the rules of the second phase were still in force in 1999. The second phase saw the boards grow.',
    'Negotiation (since 2001)',
    'In 2001 the government invited the federation to a round table. The round table still meets every spring. Today the cooperatives that struck in 1979 are consulted by the ministry. At present the boards set up in 1985 have little power.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    // A body dated by its creation that 'still exists', 'still applies': the present, the open last stage.
    ['Supervisory boards, created by a law of 1985, still exist', 'stage3'],
    ['Audit committees set up by the decree of 1990 still apply', 'stage3'],
    // The writer's present opens the sentence and its verb after the dates is in the present.
    ['Today the cooperatives that struck in 1979 are consulted', 'stage3'],
    ['At present the boards set up in 1985 have little power', 'stage3'],
    // A stage's laws named by its ordinal that are still in force: the present.
    ['The audit rules of the second phase are still in force', 'stage3'],
    // Guards: the past tense keeps the date's stage; the ordinal alone keeps its stage.
    ['The federation, founded by a decree of 1964, was still active in 1975', 'stage1'],
    ['The control years were harsh', 'stage2'],
    ['The second phase saw the boards grow', 'stage2'],
    ['In 1980 the cooperatives lost', 'stage2'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});
