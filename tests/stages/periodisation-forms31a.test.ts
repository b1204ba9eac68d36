// Forms of periodisation read in session 31a, each on texts written here (not the blind sets'):
// a count of passing ('Three ages have passed') whose stages are told later by ordinal, a picture's
// parts as a figure ('a triptych, like the three painted panels'), and decades that name stages
// ('three decades that do not keep to the calendar. The long 1960s begin in …').
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, periodisationOf } from '../helpers.js';

describe('periodisation: a count of passing, its stages told later by ordinal', () => {
  const address = (count: string, first: string, second: string, third: string) =>
    [
      `${count} since the first boats were built at this yard, and on its jubilee I want to name them.`,
      '',
      'Address at the jubilee of the Kirkwall boatyard, 3 June 2024',
      '',
      '"To every thing there is a season, and a time to every purpose under the heaven."',
      '',
      'Before any yard stood here, boats were built on the beaches by whoever needed one.',
      '',
      `In 1874 the Rendall brothers bought the shore and put up a shed. ${first} The yard built sixareens and yoles for the fishing, and in 1902 it built its first steam drifter.`,
      '',
      `${second} The yard built what the navy asked for, and after 1945 it built ferries.`,
      '',
      `In 1981 the families bought the yard back from the company. ${third}`,
      '',
      'Let us give thanks.',
    ].join('\n');
  const stages = [
    ['the age of the sheds', 1874, 1939],
    ['the age of the company', 1939, 1981],
    ['the age of the families', 1981, null],
  ];
  const first = 'So began the first age, the age of the sheds, which lasted until 1939.';
  const second = 'In 1939 the yard was sold to a company from Leith, and the second age began. I call it the age of the company, and it lasted until 1981.';
  const third = 'That was the beginning of the third age, the age of the families, and it is the age we live in now.';

  it.each<[string, string]>([
    ['"Three ages have passed"', 'Three ages have passed'],
    ['"Three eras have gone by"', 'Three eras have gone by'],
  ])('reads %s and the stages told later', (_, count) => {
    const t = count.includes('eras') ? (x: string) => x.replace(/\bage\b/g, 'era') : (x: string) => x;
    const got = claimedStagesOf(address(count, t(first), t(second), t(third)));
    expect(got.count).toBe(3);
    expect(got.stages.map((s) => s.slice(1))).toEqual(stages.map((s) => s.slice(1)));
  });

  it('names each stage by its apposition or by "I call it"', () => {
    expect(claimedStagesOf(address('Three ages have passed', first, second, third))).toEqual({ count: 3, stages });
  });

  // Guards.
  it.each<[string, string]>([
    ['a count of passing with no stage told by ordinal', address('Three generations have passed', 'The sheds were small.', 'In 1939 the yard was sold to a company from Leith.', 'It is ours now.')],
    ['stages told by ordinal but undated', address('Three ages have passed', 'So began the first age, the age of the sheds.', 'The second age was the age of the company.', 'The third age is the age of the families.')],
    ['a sermon on seasons with no count', ['"To every thing there is a season, and a time to every purpose under the heaven."', '', 'The first season of my ministry here began in 1990, and it was hard. The harbour froze in 1995.'].join('\n')],
  ])('claims nothing for %s', (_, text) => {
    expect(periodisationOf(text).claimedCount ?? 0).toBe(0);
  });
});

describe("periodisation: a picture's parts as a figure for a history", () => {
  const eulogy = (figure: string, parts: string[]) =>
    [
      'Ann Flett, 1941–2024',
      '',
      'She founded the Stromness knitters\' guild in 1968 and chaired it for forty years.',
      '',
      `I have looked for a shape for the story of the guild, and ${figure} ${parts.join(' ')}`,
      '',
      'Rest well, Ann.',
    ].join('\n');
  const parts = [
    'The first panel is the kitchen years, from the first meeting in 1968 to the shop of 1979, when the guild met in our kitchens.',
    'The second is the shop years, from 1979 to the closing of the mill in 1998, when we sold to visitors.',
    'The third panel, which Ann always called the school years, began in 1998, and it is still being painted.',
  ];
  const stages = [
    ['the kitchen years', 1968, 1979],
    ['the shop years', 1979, 1998],
    ['the school years', 1998, null],
  ];

  it.each<[string, string]>([
    ['"a triptych, like the three painted panels"', 'the one I keep coming back to is a triptych, like the three painted panels above the altar.'],
    ['"three panels" without a whole', 'the one I keep coming back to has three panels, like the altarpiece behind me.'],
    ['"a triptych" alone', 'the one I keep coming back to is a triptych.'],
    ['"Three painted panels" opening a sentence', 'it is like the altarpiece behind me. Three painted panels hang there.'],
  ])('reads %s', (_, figure) => {
    expect(claimedStagesOf(eulogy(figure, parts))).toEqual({ count: 3, stages });
  });

  // Guards: a real altarpiece's panels, named by what they show.
  it.each<[string, string[]]>([
    [
      "a real altarpiece's three panels",
      [
        'The altar of St Magnus has three painted panels.',
        'The first panel is the Annunciation, from the workshop of a Bergen painter in 1480.',
        'The second is the Nativity, from 1480 to 1485.',
        'The third panel, which the guide called the Crucifixion, was begun in 1485.',
      ],
    ],
    [
      'a real altarpiece, a triptych',
      [
        'The altar of St Magnus is a triptych.',
        'The first panel is the Annunciation, painted in 1480.',
        'The second is the Nativity, from 1480 to 1485.',
        'The third panel shows the Crucifixion and was finished in 1485.',
      ],
    ],
  ])('claims nothing for %s', (_, sentences) => {
    const text = ['The Guild and its Church', '', sentences.join(' '), '', 'The church is open daily.'].join('\n');
    expect(periodisationOf(text).claimedCount ?? 0).toBe(0);
  });
});

describe('periodisation: decades that name stages and do not keep to the calendar', () => {
  const notes = (count: string, decades: string[], nested: string) =>
    [
      'SONGS OF THE SHIPYARD 1958–2001',
      'Liner notes',
      '',
      'Eighteen songs from the yards of the Clyde.',
      '',
      `${count} ${decades.join(' ')}`,
      '',
      `${nested} Tracks 3 to 5 come from those years.`,
      '',
      'Compiled by J. Reid.',
    ].join('\n');
  const decades = [
    'The long 1960s begin in 1958, when the first apprentices\' choir sang at Govan, and end in 1971, when the work-in began.',
    'The short 1970s run from that summer to the nationalisation of 1977.',
    'The long 1980s start there and run to 2001, where this collection stops.',
  ];
  const nested = 'Inside the long 1960s sit the Fairfield years, from 1965 to 1968.';
  const stages = [
    ['the long 1960s', 1958, 1971],
    ['the short 1970s', 1971, 1977],
    ['the long 1980s', 1977, 2001],
  ];

  it('reads the decades in turn, and the nested sub-period is no stage', () => {
    expect(claimedStagesOf(notes('I have sequenced the songs in three decades that do not keep to the calendar.', decades, nested))).toEqual({ count: 3, stages });
  });

  // Guards.
  it.each<[string, string, string[]]>([
    ['"three decades of struggle" with no stages', 'The yards saw three decades of struggle.', ['The 1960s were hard for the yards.', 'The 1970s were harder.', 'The 1980s were the end.']],
    ['"three decades ago"', 'Three decades ago the last ship was launched.', decades],
    ['decades out of order', 'I have sequenced the songs in three decades.', [decades[2], decades[1], decades[0]]],
  ])('claims nothing for %s', (_, count, ds) => {
    expect(periodisationOf(notes(count, ds, nested)).claimedCount ?? 0).toBe(0);
  });
});
