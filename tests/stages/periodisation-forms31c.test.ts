// Forms of periodisation the thirty-first session's helper c read, each on texts written here (not
// the blind sets'): a count in a title over numbered lines bounded by events a key-dates list dates,
// times named 'the time of …' in turn and counted afterwards by their names, and a list item's
// name before its years and colon.
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, periodisationOf } from '../helpers.js';

describe('periodisation: a count in the title over numbered lines bounded by events dated in a key-dates list', () => {
  const worksheet = (title: string, noun: string, lines: string[]) =>
    [
      'Geography and History, Year 9 — Unit 2: Islands',
      'Handout 3',
      '',
      title,
      '',
      'Lesson length: 60 minutes',
      '',
      'Learning objectives',
      '- Students can say which event opened and closed each part of the island\'s story.',
      '',
      'Key dates (copy these into your books)',
      '- 4 March 1815 — the Congress settlement gives the island to the Crown.',
      '- 2 August 1864 — the customs union: the island joins its neighbour\'s market.',
      '- October 1931 — after the bank crash the governor rules by decree.',
      '- 1 May 1960 — independence is declared in the capital.',
      '',
      `The ${noun} (complete the table)`,
      ...lines,
      '',
      'Plenary',
      '- Which change mattered most to fishing families? Use two dates.',
    ].join('\n');
  const periods = [
    '- Period 1 — the Crown colony: from the Congress settlement to the customs union. Governors come and go.',
    '- Period 2 — the union years: from the customs union to the governor\'s decree. Trade grows.',
    '- Period 3 — direct rule: from the governor\'s decree to independence. Parties are banned.',
    '- Period 4 — the republic: from independence to today. Elections are held.',
  ];
  const stages = [
    ['the Crown colony', 1815, 1864],
    ['the union years', 1864, 1931],
    ['direct rule', 1931, 1960],
    ['the republic', 1960, null],
  ];

  it.each<[string, string]>([
    ['in capitals', 'THE ISLAND AND ITS RULERS IN FOUR PERIODS'],
    ['in title case', 'The Island and Its Rulers in Four Periods'],
  ])('reads a title counting four periods %s over four numbered lines', (_, title) => {
    expect(claimedStagesOf(worksheet(title, 'four periods', periods))).toEqual({ count: 4, stages });
  });

  it('dates an event the key-dates list names in other words by the one line between its neighbours sharing its stem', () => {
    // ('the Austrian invasion' and 'October 1931 — …, Austria annexes the island': no line holds 'invasion'.)
    const lines = periods.map((l) => l.replace("the governor's decree", 'the Austrian invasion'));
    const text = worksheet('THE ISLAND AND ITS RULERS IN FOUR PERIODS', 'four periods', lines).replace('the governor rules by decree', 'Austria annexes the island');
    expect(claimedStagesOf(text).stages.slice(1, 3)).toEqual([
      ['the union years', 1864, 1931],
      ['direct rule', 1931, 1960],
    ]);
  });

  it('leaves undated an event in other words when two lines between its neighbours share its stem', () => {
    const lines = periods.map((l) => l.replace("the governor's decree", 'the Austrian invasion'));
    const text = worksheet('THE ISLAND AND ITS RULERS IN FOUR PERIODS', 'four periods', lines)
      .replace('the governor rules by decree', 'Austria annexes the island')
      .replace('- 1 May 1960 —', '- 1 May 1945 — Austrian troops leave.\n- 1 May 1960 —');
    expect(periodisationOf(text).claimedCount).toBeNull();
  });

  // Guards.
  it('claims nothing for a title counting parts over a text with no dated parts', () => {
    const lines = ['- Part 1 — the coast: read pages 4 to 6.', '- Part 2 — the hills: read pages 7 to 9.', '- Part 3 — the towns: read pages 10 to 12.', '- Part 4 — the sea: read page 13.'];
    expect(periodisationOf(worksheet('THE ISLAND IN FOUR PARTS', 'four parts', lines)).claimedCount).toBeNull();
  });

  it('claims nothing when fewer numbered lines follow than the title counts', () => {
    expect(periodisationOf(worksheet('THE ISLAND AND ITS RULERS IN FOUR PERIODS', 'periods', periods.slice(0, 3))).claimedCount).toBeNull();
  });

  it('claims nothing when a bound names no event the text dates', () => {
    const lines = periods.map((l) => l.replace('the customs union. Governors', 'the great flood. Governors').replace('from the customs union to', 'from the great flood to'));
    expect(periodisationOf(worksheet('THE ISLAND AND ITS RULERS IN FOUR PERIODS', 'four periods', lines)).claimedCount).toBeNull();
  });
});

describe("periodisation: times named 'the time of …' in turn, counted afterwards by their names", () => {
  const tour = (closing: string) =>
    [
      'Mills, Pickets, Markets: A Labour History Walk',
      '',
      'A self-guided walk of about two kilometres',
      '',
      'Stop 1: The Old Weir',
      '',
      'The first cotton mill on the river was built here in 1802. When the railway reached the valley in 1847, the mill owners built terraces for their hands, and people who worked in them call the years that followed the time of the mills.',
      '',
      'Stop 2: The Chapel',
      '',
      'Through the time of the mills the chapel kept the only school in the valley. Its roll grew every decade.',
      '',
      'Stop 3: The Gatehouse',
      '',
      'On 3 March 1926 the spinners walked out of this gate and did not come back for eleven weeks. For them the time of the mills ended at the gatehouse and the time of the pickets began.',
      '',
      'Stop 4: The Market Hall',
      '',
      'The time of the markets began on 1 June 1958, when the last mill closed and its hall was let to traders. The hall is still full on Saturdays.',
      '',
      'Stop 5: The Bridge',
      '',
      `${closing} The walk ends here.`,
    ].join('\n');

  it('reads three times named in turn and counted by their names at the end', () => {
    expect(claimedStagesOf(tour('Mills, pickets, markets: those are the three times this walk has passed through.'))).toEqual({
      count: 3,
      stages: [
        ['the time of the mills', 1847, 1926],
        ['the time of the pickets', 1926, 1958],
        ['The time of the markets', 1958, null],
      ],
    });
  });

  // Guards.
  it.each<[string, string]>([
    ["a tour's stops that are places, not times", 'Weir, chapel, gatehouse: those are the three stops this walk has passed.'],
    ['a count of times whose names the text never gives as times', 'Cotton, wool, silk: those are the three times the valley changed its trade.'],
  ])('claims nothing for %s', (_, closing) => {
    expect(periodisationOf(tour(closing)).claimedCount).toBeNull();
  });
});

describe('periodisation: a list item named before its years and a colon', () => {
  const report = (items: string[]) =>
    [
      'Annual Report 2024–25',
      '',
      'Our history',
      '',
      'Looking back, the trustees tell our history by the rule that governed our grants. Our history therefore falls into three chapters:',
      '',
      ...items.flatMap((x) => [x, '']),
      'The first chapter was the quietest. In 1995 we opened our first school.',
    ].join('\n');

  it('takes the name before the comma and the years, not the description after the colon', () => {
    const items = [
      '1. The old rule, 1988 to 2009: we received grants from the ministry, which asked for a yearly return.',
      '2. The new rule, 2009 to 2019: every grant needed a permit, renewed each year.',
      '3. The amendment, since 2019: grants from abroad must pass through one account.',
    ];
    expect(claimedStagesOf(report(items)).stages).toEqual([
      ['The old rule', 1988, 2009],
      ['The new rule', 2009, 2019],
      ['The amendment', 2019, null],
    ]);
  });

  it('takes the name before the colon when the years stand in the description after it', () => {
    const items = [
      '1. Patronage: the ministry gave grants freely, from 1988 to 2009.',
      '2. Permits: every grant needed a permit, from 2009 to 2019.',
      '3. Control: grants from abroad passed through one account, since 2019.',
    ];
    expect(claimedStagesOf(report(items)).stages).toEqual([
      ['Patronage', 1988, 2009],
      ['Permits', 2009, 2019],
      ['Control', 2019, null],
    ]);
  });

  // Guards: a stage's number before the colon names nothing; a glossary of laws, each a name, a
  // year and a definition after a colon, is no periodisation.
  it("does not take a stage's number before the colon as its name", () => {
    const items = [
      '1. Phase one: the ministry gave grants freely, from 1988 to 2009.',
      '2. Phase two: every grant needed a permit, from 2009 to 2019.',
      '3. Phase three: grants from abroad passed through one account, since 2019.',
    ];
    expect(claimedStagesOf(report(items)).stages.map((s) => s[0])).not.toContain('Phase one');
  });

  it('claims nothing for a glossary whose items define laws after a colon', () => {
    const glossary = [
      'Annual Report 2024–25',
      '',
      'Glossary',
      '',
      'The report uses three laws:',
      '',
      '1. The Societies Act, 1860: the law under which we are registered.',
      '',
      '2. The Forest Act, 2006: the law that lets families claim land.',
      '',
      '3. The Grants Act, 2010: the law that governs foreign grants.',
      '',
      'We thank our donors.',
    ].join('\n');
    expect(periodisationOf(glossary).claimedCount).toBeNull();
  });
});

describe("periodisation: another's scheme adopted with a reason before the list's colon", () => {
  const testimony = (sentence: string) =>
    [
      'Written testimony to the Committee on Rural Water',
      '',
      'Chair and members of the committee, thank you for the chance to speak.',
      '',
      `Professor Ana Ruiz of the state university has divided the history of our river boards into three periods, ${sentence}: the years of the lawsuits, from the first suit in 1958 to the state board of 1979; the years of organising, from 1979 to the water law of 1999; and the years of partnership, which began in 1999 and in which we still work.`,
      '',
      'We ask the committee to fund the boards in 2027.',
    ].join('\n');
  const stages = [
    ['the years of the lawsuits', 1958, 1979],
    ['the years of organising', 1979, 1999],
    ['the years of partnership', 1999, null],
  ];

  it.each<[string, string]>([
    ['because', 'and I follow her division in this testimony, because it matches what our members have lived through'],
    ['since', 'and we adopt her scheme here, since it is the one the boards themselves use in their minutes'],
  ])('reads the list after an adopting clause with a reason (%s)', (_, sentence) => {
    expect(claimedStagesOf(testimony(sentence))).toEqual({ count: 3, stages });
  });

  // Guard: a clause that follows something else, with a reason, is no adoption of the scheme.
  it('does not take the first stage from a clause that follows the river, not the scheme', () => {
    const p = periodisationOf(testimony('and I follow the river north in this testimony, because the boards sit along it'));
    expect(p.stages.map((s) => s.label)).not.toContain('the years of the lawsuits');
  });
});

describe('periodisation: a stage bounded by events in a participle clause after its years', () => {
  it("drops 'opened by … and closed by …' from the name", () => {
    const text = [
      'Island Labour Review 14 (2025)',
      '',
      'Abstract',
      '',
      'Drawing on union archives and thirty interviews, it argues that the relationship has passed through three periods: the years of the estates (1950–1971), when the unions demanded equal wages; the years of the dock strikes (1971–1993), opened by the founding of the dockers\' federation in 1971 and closed by the harbour riots of March 1993; and the years of bargaining, since 1993, in which the port and the unions meet every spring.',
      '',
      'Keywords: unions, ports, islands',
    ].join('\n');
    expect(claimedStagesOf(text).stages).toEqual([
      ['the years of the estates', 1950, 1971],
      ['the years of the dock strikes', 1971, 1993],
      ['the years of bargaining', 1993, null],
    ]);
  });
});
