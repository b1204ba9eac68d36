// Forms of periodisation the twenty-eighth session read, each on texts written here (not the
// blind sets'): run-in headings of a name and its dates, with no section number.
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, periodisationOf } from '../helpers.js';

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
    expect(claimedStagesOf(post('three', heads))).toEqual({ count: 3, stages });
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

describe("periodisation: a plan's phases and a consultation's rounds are no periodisation", () => {
  const plan = (dated: string, phases: [string, string]) =>
    [
      'County Libraries Service',
      'Branch Renewal Programme',
      `Project Plan · Version 2 · 9 April ${dated}`,
      '',
      '1. Background',
      '',
      'The county opened its first branch library in 1961 and its tenth in 1989. Loans fell by a third between 2005 and 2019.',
      '',
      '2. Programme structure',
      '',
      'The renewal will be carried out in two phases.',
      '',
      `2.1 Phase 1: Surveys and design (${phases[0]})`,
      '',
      'Condition surveys of every branch. Public meetings in every town. Design of the first four branches.',
      '',
      `2.2 Phase 2: Works (${phases[1]})`,
      '',
      'Building works at ten branches. Each branch closes for three months.',
      '',
      '3. Risks',
      '',
      'The main risk is the cost of materials.',
    ].join('\n');

  it("does not claim a plan's dated phases, all after the plan was written", () => {
    expect(periodisationOf(plan('2024', ['2024–2025', '2025–2029'])).claimedCount).toBeNull();
  });

  it("does not claim a consultation's rounds", () => {
    const text = 'The county consulted its readers on the new opening hours. Public consultation (two rounds: June 2021 and January 2022) drew 4,000 replies. The hours changed in 2022.';
    expect(periodisationOf(text).claimedCount).toBeNull();
  });

  it('still claims phases of history a plan of the same form dates before it was written', () => {
    expect(claimedStagesOf(plan('2024', ['1961–1989', '1989–2019']))).toEqual({ count: 2, stages: [['Surveys and design', 1961, 1989], ['Works', 1989, 2019]] });
  });

  it('still claims phases after the front matter year when they span too long for a plan', () => {
    expect(claimedStagesOf(plan('1950', ['1961–1989', '1989–2019']))).toEqual({ count: 2, stages: [['Surveys and design', 1961, 1989], ['Works', 1989, 2019]] });
  });
});

describe('periodisation: stages told in turn, each opening with a name that ends in the noun counted', () => {
  const turns = (count: string, noun: string, parts: string[]) =>
    [
      'Transcript: "Three crews", a conversation with a historian of the fire brigade',
      'Recorded 4 June 2023. Interviewer: P. Moss.',
      '',
      'Q: Why do you write about crews rather than chiefs?',
      '',
      `A: Because the crews changed more. My claim is that the brigade's history falls into ${count} ${noun}, and I use the word loosely. ${parts.join(' ')}`,
      '',
      'Q: And what comes next?',
      '',
      'A: I have no idea, and I will not guess.',
    ].join('\n');

  it.each<[string, string, string[], (string | number | null)[][]]>([
    ['generations, with verbs in the present', 'generations', ['The horse-drawn generation runs from the great fire of June 1871 to 1910.', 'The 1910 generation runs from the motor pumps of 1910 to 1956.', 'And the radio generation begins with the new stations of 1956 and is still with us.'], [['The horse-drawn generation', 1871, 1910], ['The 1910 generation', 1910, 1956], ['the radio generation', 1956, null]]],
    ['eras, with verbs in the past', 'eras', ['The volunteer era ran from 1850 to 1899.', 'The municipal era lasted from 1899 to 1948.', 'And the national era began in 1948 and has not ended.'], [['The volunteer era', 1850, 1899], ['The municipal era', 1899, 1948], ['the national era', 1948, null]]],
  ])('reads %s', (_, noun, parts, stages) => {
    expect(claimedStagesOf(turns('three', noun, parts))).toEqual({ count: 3, stages });
  });

  it('does not name a stage by an ordinal before the noun', () => {
    const p = claimedStagesOf(turns('three', 'periods', ['The first period ran from 1850 to 1899.', 'The second period lasted from 1899 to 1948.', 'And the third period began in 1948 and has not ended.']));
    expect(p.stages.map((s) => s[0])).not.toContain('The first period');
  });

  it('does not read sentences that point to a stage as naming it', () => {
    expect(periodisationOf(turns('three', 'generations', ['This generation ran from 1850 to 1899.', 'That generation lasted from 1899 to 1948.', 'Each generation began with a fire.'])).claimedCount).toBeNull();
  });

  it('does not read parts named by another noun than the one counted', () => {
    expect(periodisationOf(turns('three', 'generations', ['The volunteer era ran from 1850 to 1899.', 'The municipal era lasted from 1899 to 1948.', 'And the national era began in 1948 and has not ended.'])).claimedCount).toBeNull();
  });
});

describe('periodisation: a count of growth regimes, a cited scheme adopted before the list', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    ['a kind of history between the count and the noun', 'The article argues that the island economy passed through three growth phases: the sugar boom, 1880–1921; the slump, 1921–38; and the tourist economy, from the opening of the airport in 1938 to the crash of 1990.', [['the sugar boom', 1880, 1921], ['the slump', 1921, 1938], ['the tourist economy', 1938, 1990]]],
    ['a citation with a colon in brackets and a clause adopting the scheme', 'Labour historians divide the dockers’ past into three eras (Marsh 1998: 14; Oduya 2011: 3–9), and we follow them here: the casual era, from the great strike of 1889 to the scheme of 1947; the scheme era, from 1947 to 1989; and the container era, since 1989.', [['the casual era', 1889, 1947], ['the scheme era', 1947, 1989], ['the container era', 1989, null]]],
    ['a clause adopting the scheme, with no citation', 'Older studies split the river trade into three periods, and I use them in this chapter: the keel period, from 1700 to 1830; the steam period, from 1830 to 1914; and the lorry period, since 1914.', [['the keel period', 1700, 1830], ['the steam period', 1830, 1914], ['the lorry period', 1914, null]]],
  ])('reads %s', (_, text, stages) => {
    expect(claimedStagesOf(text)).toEqual({ count: 3, stages });
  });

  it.each<[string, string]>([
    ['a citation with colons and semicolons in brackets after a count', 'The river trade has been divided into three periods (Marsh 1998: 14; Lund 2001: 7–9). We doubt the division, and we give none of our own.'],
  ])('does not read %s', (_, text) => {
    expect(periodisationOf(text).claimedCount).toBeNull();
  });
});

describe('periodisation: the years after the last dated heading, which the text declines to make a stage', () => {
  const article = (last: string) =>
    [
      'Harbour Trades Review 12 (2020), 1–20',
      '',
      'The Port and its Rules, 1850–1990',
      '',
      'A. N. Writer',
      '',
      '1. Introduction',
      '',
      'The port changed its rules often. This article follows them.',
      '',
      '2. Sail, 1850–1890',
      '',
      'The sailing ships came in 1850. The quays were timber.',
      '',
      '3. Steam, 1890–1950',
      '',
      'Steamers arrived in 1890. The dues rose.',
      '',
      '4. Containers, 1950–1990',
      '',
      'The first cranes came in 1950. The docks closed in 1990.',
      '',
      '5. After 1990',
      '',
      `Since 1990 the port has been a marina. ${last}`,
      '',
      'References',
      '',
      'Lund, A. 2001. Ports. London: Dock Press.',
    ].join('\n');

  it.each<[string, string]>([
    ['tempting to call them one more', 'It is tempting to call the years since 1990 a fourth period, but nothing in them has lasted.'],
    ['too early to speak of a new era', 'It is too early to speak of a new era.'],
    ['the periodisation ended', 'I therefore end the periodisation in 1990.'],
  ])('leaves the last heading out when the text says it is %s', (_, last) => {
    expect(claimedStagesOf(article(last))).toEqual({ count: 3, stages: [['Sail', 1850, 1890], ['Steam', 1890, 1950], ['Containers', 1950, 1990]] });
  });

  it('keeps the last heading when its section does not decline it', () => {
    expect(claimedStagesOf(article('The marina opened in 1995.')).count).toBe(4);
  });
});

describe("periodisation: a museum room's number and an apposed stage noun are no part of a stage's name", () => {
  const page = (prefix: (n: number) => string, names: [string, string, string]) =>
    [
      'Skip to main content',
      'Visit | Exhibitions | Shop',
      '',
      'The Salt Works: A Coast Remade',
      '',
      `The exhibition tells the story of the salt coast in three parts, one for each room of the east wing: the age of the pans, from the charter of 1820 to 1890; the railway years, from 1890 to the closure of the works in 1961; and the nature reserve, the era that began in 1961 and in which we live now.`,
      '',
      `${prefix(1)}${names[0]} (1820–1890)`,
      '',
      'Open pans covered the marsh. Families boiled brine through the winter.',
      '',
      `${prefix(2)}${names[1]} (1890–1961)`,
      '',
      'The railway came in 1890 and the works grew. They closed in 1961.',
      '',
      `${prefix(3)}${names[2]} (since 1961)`,
      '',
      'Birds returned to the marsh. The reserve opened to walkers.',
      '',
      'Share | Print',
    ].join('\n');
  const names: [string, string, string] = ['The age of the pans', 'The railway years', 'The nature reserve'];

  it.each<[string, (n: number) => string]>([
    ['Room', (n) => `Room ${n}: `],
    ['Gallery', (n) => `Gallery ${n}: `],
    ['Hall', (n) => `Hall ${n} – `],
  ])("reads headings that open with '%s' and its number by their names", (_, prefix) => {
    const p = claimedStagesOf(page(prefix, names));
    expect(p.stages.map((s) => s[0]?.toString().toLowerCase())).toEqual(['the age of the pans', 'the railway years', 'the nature reserve']);
  });

  it("keeps a name that opens with 'Room' and no number", () => {
    const p = claimedStagesOf(page(() => '', ['Room for the pans', 'The railway years', 'The nature reserve']));
    expect(p.stages[0][0]).toMatch(/^Room for the pans$/iu);
  });

  it.each<[string, string, string]>([
    ['a stage noun apposed to the name, before a clause that describes it', 'and the dock estate, the period that began in 1960 and has not ended.', 'the dock estate'],
    ['a noun apposed that is no stage noun', 'and the dock estate, the houses that went up in 1960.', 'the dock estate, the houses'],
  ])('names the last stage with %s', (_, last, name) => {
    const p = claimedStagesOf(`The street has passed through three periods: the age of the mills, from 1850 to 1910; the war years, from 1910 to 1960; ${last}`);
    expect(p.stages[2][0]).toBe(name);
  });
});

describe('periodisation: the counted noun heading a name told in turn', () => {
  const told = (noun: string, names: [string, string, string]) =>
    `The chartered trade went through three ${noun}s. The first, ${names[0]}, ran from 1600 to the charter of 1700. The second, ${names[1]}, lasted from 1700 to 1850. The third, ${names[2]}, began with the act of 1850 and continues.`;

  it('drops an indefinite head before a name in capitals', () => {
    expect(claimedStagesOf(told('stage', ['a stage of Crown monopoly', 'a stage of Company rule', 'a stage of free trade'])).stages.map((s) => s[0])).toEqual(['Crown monopoly', 'Company rule', 'free trade']);
  });

  it('keeps a definite head before a name in capitals', () => {
    expect(claimedStagesOf(told('era', ['the era of Peel', 'the era of Gladstone', 'the era of free trade'])).stages.map((s) => s[0])).toEqual(['the era of Peel', 'the era of Gladstone', 'free trade']);
  });
});
