// Periods of sentences of a lecture, from the blind set fullgold-40's transcript, on a text written
// here: a lecturer telling students what to know is no recommendation, an onset left open beside a
// date that closes the stretch stays in its stage, and questions of where a border lies and another
// party's scheme are about no period.
import { describe, expect, it } from 'vitest';
import { docOf, periodLabelsOf } from '../helpers.js';

const TEXT = [
  'Lecture 9',
  "Okay, let's start. I'm going to give you three phases, and yes, they'll be on the exam.",
  'Phase one — I call it the dock wars — runs from 1910 to 1931. The port struck in 1912. Two more events you need to know happened in 1920 and 1921. Now, most of your textbooks end this phase at the riot of 1921, as if the shooting were the whole story.',
  "So — where does phase two begin? I'd say 1931. Phase two — call it the truce — runs from 1931 to 1968. In exchange, from 1950 on, the union let the owners bring in cranes, and by the end of the decade half the dockers had gone.",
  "So where does phase two end and phase three begin? I'd say 1968, and I call phase three the long retreat, which we're still in. The container port opened in 1975.",
].join('\n\n');

describe('periods: a lecture', () => {
  const doc = docOf(TEXT);
  const label = periodLabelsOf(doc);

  it('reads the three phases', () => {
    expect(doc.layers.periodisation!.stages.map((s) => [s.label, s.from, s.to])).toEqual([
      ['the dock wars', 1910, 1931],
      ['the truce', 1931, 1968],
      ['the long retreat', 1968, null],
    ]);
  });

  it.each<[string, string]>([
    ['Two more events you need to know', 'stage1'],
    ['Now, most of your textbooks end this phase', 'none'],
    ['So — where does phase two begin?', 'none'],
    ['So where does phase two end', 'none'],
    ['In exchange, from 1950 on', 'stage2'],
    ['The container port opened in 1975', 'stage3'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});

describe('periods: a cited work reading a time', () => {
  const text = [
    'Friendly Societies and the State',
    'The literature reviewed here supports a periodisation in two parts. From 1793 to 1850 the state suspected the societies. From 1850 to 1911 came the age of the Registrar.',
    'Thompson (1963) saw them as the hidden schools of working-class organisation in the 1790s.',
    'Whiteside (1983) and Harris (2004: 163–71) read the 1890s as a slow capture.',
    'Gosden (1961) counted the societies in 1815.',
    'In 1834 six labourers were transported.',
  ].join('\n\n');
  const doc = docOf(text);
  const label = periodLabelsOf(doc);
  it.each<[string, string]>([
    ['Thompson (1963) saw them', 'none'],
    ['Whiteside (1983) and Harris', 'none'],
    ['guard: Gosden (1961) counted', 'stage1'],
    ['guard: In 1834 six labourers', 'stage1'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start.replace(/^guard: /, ''))).toBe(expected);
  });
});

describe('periods: the literature review of a grant proposal', () => {
  const text = [
    'Associations and the State in the Valley, 1923–1992',
    'We argue that the relationship passed through two regimes: tutelage from 1923 to 1948 and autonomy from 1948 to 1992.',
    'These accounts divide it at the two statutes of 1948 and 1972 and treat the years between as one long conflict.',
    'Grote (2012) goes further and reads everything after 1972 as the making of a regional state.',
    'Others make the referendum of 1939 the decisive break.',
    'In 1927 the prefect dissolved the choirs.',
    'WP1 will reconstruct the dissolutions of 1923 to 1927 from the prefect\'s decrees.',
  ].join('\n\n');
  const doc = docOf(text);
  const label = periodLabelsOf(doc);
  it.each<[string, string]>([
    ['These accounts divide it', 'none'],
    ['Grote (2012) goes further', 'none'],
    ['Others make the referendum', 'none'],
    ['guard: In 1927 the prefect', 'stage1'],
    ['WP1 will reconstruct', 'after'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start.replace(/^guard: /, ''))).toBe(expected);
  });
});
