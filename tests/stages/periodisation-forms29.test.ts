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

describe('periodisation: a count followed by a clause on how each stage is named', () => {
  const chapter = (count: string) =>
    [
      '7',
      '',
      'Salt and Silt: Boatmen and the Port Authority on the Estuary',
      '',
      'The boatmen of the lower estuary count their years by floods, and the old ones still speak of the flood of 1953.',
      '',
      `This chapter asks how the boatmen's guilds and the port authority dealt with each other after the great flood of March 1976. My answer is that the history ${count} In the great flood years, from March 1976 to February 1994, the guilds ran the rescue boats and the authority paid them. In the barrier years, which began when the storm barrier was first lowered on 3 February 1994 and which continue, the authority ran everything itself and hired the guilds by the day.`,
      '',
      'The great flood years',
      '',
      'In the first winters after March 1976 there was no authority on the water at all. By 1981 the guilds held a contract for every pier.',
      '',
      'The barrier years',
      '',
      'The barrier was tested in 1999 and in 2007, and it held both times.',
      '',
      'The next two chapters follow the boatmen upriver: Chapter 8 takes the dredging disputes of 1985 and 1990 at the old docks, and Chapter 9 the strike years 2003–2005 at the ferry landings.',
    ].join('\n');

  it.each<[string, string]>([
    ['a participle clause', 'falls into two periods, each named here after the flood or the barrier that began it.'],
    ['a clause with "and each is called"', 'falls into two periods, and each is called after the event that opened it.'],
  ])('reads the stages told after %s, not the chapter outline', (_, count) => {
    const p = periodisationOf(chapter(count));
    expect([p.claimedCount, p.countedNoun, ...p.stages.map((s) => [s.label, s.from, s.to])]).toEqual([2, 'periods', ['The great flood years', 1976, 1994], ['The barrier years', 1994, null]]);
  });

  // Guard: the same text with the count ending its sentence was read before and still is.
  it('reads the same stages when the count ends its sentence', () => {
    const p = periodisationOf(chapter('falls into two periods.'));
    expect([p.claimedCount, ...p.stages.map((s) => [s.label, s.from, s.to])]).toEqual([2, ['The great flood years', 1976, 1994], ['The barrier years', 1994, null]]);
  });
});

describe('periodisation: stages told one sentence each by "Until", "From … to", "Between … and", counted afterwards', () => {
  const article = (spans: string[], count: string) =>
    [
      'Tenants and the Housing Board',
      '',
      'This article follows the tenant unions of the harbour district through their dealings with the housing board.',
      '',
      `We read the minutes of nineteen unions and the board's annual reports. ${spans.join(' ')} ${count}`,
      '',
      'The unions kept meeting through all of it, and most still meet today.',
    ].join('\n');
  const three = [
    'Until 1974, from the first rent strike in 1961, the unions faced a board appointed by the governor and were mostly ignored.',
    'From 1974, when the board was first elected, to 1993, the unions bargained with each new board over repairs.',
    'Between 1993, when the board was sold to a housing company, and the court ruling of 2009, they were consulted but never obeyed.',
  ];

  it.each<[string, string[], string, (string | number | null)[][]]>([
    ['three spans and "The three periods"', three, 'The three periods differ less in conflict than in what the unions could ask for.', [[null, 1961, 1974], [null, 1974, 1993], [null, 1993, 2009]]],
    ['two spans and "These two phases"', three.slice(1), 'These two phases differ above all in who answered the letters.', [[null, 1974, 1993], [null, 1993, 2009]]],
  ])('reads %s', (_, spans, count, stages) => {
    const p = periodisationOf(article(spans, count));
    expect([p.claimedCount, ...p.stages.map((s) => [s.label, s.from, s.to])]).toEqual([stages.length, ...stages]);
  });

  // Guards: the count must match the spans told right before it, and each must open with its span.
  it.each<[string, string[], string]>([
    ['a count larger than the spans told', three.slice(1), 'The three periods differ less in conflict than in what the unions could ask for.'],
    ['spans that do not open their sentences', ['The unions, until 1974 and from the first rent strike in 1961, were mostly ignored.', 'The unions bargained from 1974 to 1993.', 'They were consulted between 1993 and 2009.'], 'The three periods differ less in conflict than in what the unions could ask for.'],
  ])('does not read %s', (_, spans, count) => {
    expect(periodisationOf(article(spans, count)).claimedCount).toBeNull();
  });
});
