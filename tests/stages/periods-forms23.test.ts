// Periods of sentences outside the stages' sections, from the blind set fullgold-39's report, on a
// text written here: a count whose stages the headings date, and stages named by 'the years of …'.
import { describe, expect, it } from 'vitest';
import { docOf, periodLabelsOf } from '../helpers.js';

const TEXT = [
  'Press Freedom in Eastland',
  'Summary',
  'This report distinguishes three periods in the treatment of the press. The first runs from the coup to the first free elections; the second, from those elections to the emergency; the third is the period since the emergency.',
  'The years of tolerance showed that a free press and public order can coexist.',
  'The censors\' years',
  'The coup came in March 1971. Newspapers were closed and editors detained.',
  'The years of tolerance',
  'The first free elections were held in 1985. Papers multiplied.',
  'The years of emergency',
  'The emergency was declared in 2004. Editors were detained again.',
].join('\n\n');

describe('periods: a count the headings date, and names built with "the years of"', () => {
  const doc = docOf(TEXT);
  const label = periodLabelsOf(doc);

  it('reads the stages from the headings', () => {
    expect(doc.layers.periodisation!.stages.map((s) => [s.label, s.from])).toEqual([
      ["The censors' years", 1971],
      ['The years of tolerance', 1985],
      ['The years of emergency', 2004],
    ]);
  });

  it('gives the sentence that counts them "span"', () => {
    expect(label('This report distinguishes three periods')).toBe('span');
  });

  it('gives an undated sentence of the summary that uses a stage\'s whole name that stage', () => {
    expect(label('The years of tolerance showed')).toBe('stage2');
  });
});
