// Forms of periodisation the twenty-eighth session read, each on texts written here (not the
// blind sets'): run-in headings of a name and its dates, with no section number.
import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers.js';

const periodisationOf = (text: string) => docOf(text, 'periodisation').layers.periodisation!;
const read = (text: string) => {
  const p = periodisationOf(text);
  return { count: p.claimedCount, stages: p.stages.map((s) => [s.label, s.from, s.to]) };
};

describe('periodisation: run-in headings of a name and its dates, after a count', () => {
  const post = (count: string, heads: string[]) =>
    [
      'Quayside Notes',
      'A blog about the river port and its trades',
      '',
      'How I date the harbour board',
      'Posted on 3 May 2024 by R. Lind',
      '',
      `Most visitors hear one story about the harbour. When I take students round the quays I tell it in ${count} periods, and the dates matter more than the names.`,
      '',
      ...heads.flatMap((h, i) => [`${h} The board met in the old customs house${i === 0 ? ' for the first time' : ''}. Dues were argued over ship by ship. The clerks kept careful ledgers.`, '']),
      'Questions for the comments: did I miss a period?',
    ].join('\n');

  it.each<[string, string[], (string | number | null)[][]]>([
    ['a name, a comma and years, as a sentence', ['Sail and steam, 1850–1899.', 'The coal trade, 1899–1939.', 'Containers, since 1939.'], [['Sail and steam', 1850, 1899], ['The coal trade', 1899, 1939], ['Containers', 1939, null]]],
    ['a name and years in brackets before a colon', ['Sail and steam (1850–99): the first quays were timber.', 'The coal trade (1899–1939): the channel was dredged.', 'Containers (since 1939): the cranes came.'], [['Sail and steam', 1850, 1899], ['The coal trade', 1899, 1939], ['Containers', 1939, null]]],
    ['bold Markdown run-in heads', ['**Sail and steam, 1850–1899.**', '**The coal trade, 1899–1939.**', '**Containers, since 1939.**'], [['Sail and steam', 1850, 1899], ['The coal trade', 1899, 1939], ['Containers', 1939, null]]],
  ])('reads %s as the stages', (_, heads, stages) => {
    expect(read(post('three', heads))).toEqual({ count: 3, stages });
  });

  it.each<[string, string, string[]]>([
    ['first sentences with a verb before their dates', 'three', ['Growth came slowly, 1850–1899.', 'Coal arrived, 1899–1939.', 'Containers took over, since 1939.']],
    ['first sentences whose dates are not set off', 'three', ['Sail lasted until 1899.', 'Coal ruled from 1899 to 1939.', 'Containers have ruled since 1939.']],
    ['fewer run-in heads than counted', 'four', ['Sail and steam, 1850–1899.', 'The coal trade, 1899–1939.', 'Containers, since 1939.']],
    ['run-in heads out of order of years', 'three', ['Sail and steam, 1850–1899.', 'Containers, since 1939.', 'The coal trade, 1899–1939.']],
  ])('does not read %s', (_, count, heads) => {
    expect(periodisationOf(post(count, heads)).claimedCount).toBeNull();
  });
});
