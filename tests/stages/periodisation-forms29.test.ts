// Forms of periodisation the twenty-ninth session read, each on texts written here (not the
// blind sets'): stages that come in turn named after the verb of coming, and a name given with a
// modal ('what I can only call the drift').
import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers.js';

const periodisationOf = (text: string) => docOf(text, 'periodisation').layers.periodisation!;
const labels = (text: string) => periodisationOf(text).stages.map((s) => [s.label, s.from, s.to]);

describe('periodisation: stages that come in turn, each named where it comes', () => {
  const column = (first: string, second: string, third: string) =>
    [
      'Letters page',
      '',
      'Our ferries were never run from the harbour',
      '',
      'I have worked on the island ferries for thirty years, and I have watched their story change three times.',
      '',
      `It falls into three periods, and each one was decided on the mainland. ${first} ${second} ${third}`,
      '',
      'The crews did what they could in each of them.',
    ].join('\n');

  it.each<[string, string, string, string, (string | number | null)[][]]>([
    [
      'a first stage after "First came" and a last one "what I can only call"',
      'First came the subsidy years, from the transport act of June 1985 to 1998, when the boats ran every hour.',
      'Then came the long squeeze, from the tender of 1998 to the strike of May 2011, when the timetable was cut.',
      'And since 2011 we have been living through what I can only call the drift, in which nobody owns the boats.',
      [['the subsidy years', 1985, 1998], ['the long squeeze', 1998, 2011], ['the drift', 2011, null]],
    ],
    [
      'the same with "What we might fairly call"',
      'First came the subsidy years, from the transport act of June 1985 to 1998, when the boats ran every hour.',
      'Then came the long squeeze, from the tender of 1998 to the strike of May 2011, when the timetable was cut.',
      'And since 2011 we have been living through what we might fairly call an interregnum, in which nobody owns the boats.',
      [['the subsidy years', 1985, 1998], ['the long squeeze', 1998, 2011], ['an interregnum', 2011, null]],
    ],
  ])('names %s', (_, first, second, third, stages) => {
    expect(labels(column(first, second, third))).toEqual(stages);
  });

  // Guards: no name is made up where the sentence gives none.
  it.each<[string, string, string, string, (string | number | null)[][]]>([
    [
      'a last stage whose "what I can only call" names who runs the boats, not the time',
      'First, from the transport act of June 1985 to 1998, the boats ran every hour.',
      'Then came the long squeeze, from the tender of 1998 to the strike of May 2011, when the timetable was cut.',
      'And since 2011 the boats have been run by what I can only call a committee of strangers.',
      [[null, 1985, 1998], ['the long squeeze', 1998, 2011], [null, 2011, null]],
    ],
  ])('reads %s', (_, first, second, third, stages) => {
    expect(labels(column(first, second, third))).toEqual(stages);
  });
});
