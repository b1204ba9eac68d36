// Forms of periodisation the twenty-sixth session read (its second helper), each on texts written
// here (not the blind sets'): a list of names past a longer clause after an announced count; a
// scheme reported as another's (an obituary's, a cited work's, a critic's) that the text does not
// claim; a writer's correction of her own earlier scheme; a list counted in its own sentence after a
// count of something else.
import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers.js';

const periodisationOf = (text: string) => docOf(text, 'periodisation').layers.periodisation!;
const read = (text: string) => {
  const p = periodisationOf(text);
  return { count: p.claimedCount, stages: p.stages.map((s) => [s.label, s.from, s.to]) };
};

describe('periodisation: an announced count whose list of names follows a longer clause', () => {
  const years = 'The pamphlet years began in 1921, when the first society printed its rules. The bulletin years ran from 1948 to 1977. The website years began in 1977 and ended in 2009.';
  it.each<[string]>([
    ['I tell the story in three periods, and I name them, as the members did, after what they printed, because that is how they remembered them: the pamphlet years, the bulletin years and the website years.'],
    ['We divide it here into three periods, which, with some licence and for want of better words, we call after their paper: the pamphlet years, the bulletin years and the website years.'],
  ])('reads the names after the distant colon: %s', (thesis) => {
    expect(read(`The society has a history. ${thesis} ${years}`)).toEqual({
      count: 3,
      stages: [['the pamphlet years', 1921, 1948], ['the bulletin years', 1948, 1977], ['the website years', 1977, 2009]],
    });
  });

  it('reads names of up to six words', () => {
    const text = 'The society has a history. I tell the story in three periods, and I name them, as the members did, after what they printed, because that is how they remembered them: the age of the pamphlet, the age of the bulletin and the age of the website.';
    expect(read(text).stages.map(([label]) => label)).toEqual(['the age of the pamphlet', 'the age of the bulletin', 'the age of the website']);
  });

  it('does not read a list of as many names as another count after the stages', () => {
    const text = 'The society has a history. I tell the story in three periods, drawing, because the minutes are lost, on what the members kept in their homes and in three other places, which are: the parish, the library and the union. The first period began in 1921.';
    expect(periodisationOf(text).stages.map((s) => s.label)).not.toContain('the library');
  });

  it('does not read a list of more names than counted', () => {
    const text = `The society has a history. I tell the story in three periods, and I name them, as the members did, after what they printed, because that is how they remembered them: the age of the pamphlet, the age of the poster, the age of the bulletin and the age of the website. ${years}`;
    expect(periodisationOf(text).stages.map((s) => s.label)).not.toContain('the age of the poster');
  });
});

describe('periodisation: a scheme reported as another\'s is not the text\'s claim', () => {
  const obituary = (divides: string, later: string) =>
    `Joan Marsh, who has died aged 90, was the historian of the coopers' guilds of Bristol. ${divides} the history of the guilds into three periods: the years of the charter, from 1750 to 1835; the years of the friendly society, from 1835 to 1889; and the years of the union, from 1889. ${later} She is survived by two sons.`;

  it.each<[string, string, string]>([
    ['an obituary whose subject later withdrew her periods', 'Marsh divided', 'In her last book she wrote that she no longer believed in her three periods.'],
    ['a historian\'s scheme her obituarist calls hers', 'She divided', 'Her three periods were taught for a generation.'],
    ['a described historian whose periodisation her obituarist calls hers', 'The guild historian Joan Marsh divided', 'Her periodisation was taught for a generation.'],
  ])('%s', (_, divides, later) => {
    expect(periodisationOf(obituary(divides, later)).claimedCount).toBeNull();
  });

  it('keeps a scheme the writer says she follows', () => {
    const text = obituary('Marsh divided', 'Her three periods are still the best we have, and I follow them in this essay.');
    expect(read(text).count).toBe(3);
  });

  it('keeps a named historian\'s scheme the text reports without calling it hers', () => {
    expect(read(obituary('Marsh divided', 'The guilds were never large.')).count).toBe(3);
  });

  it('does not take a division set aside in its own sentence', () => {
    const text =
      'The guild has been studied before. Harker divides its history into two halves, before and after the strike of 1889; the division is examined, and set aside, in section 2. I divide the guild\'s dealings with the city into three periods: the years of the charter, from 1750 to 1835; the years of the friendly society, from 1835 to 1889; and the years of the union, from 1889 to 1974.';
    expect(read(text)).toEqual({
      count: 3,
      stages: [['the years of the charter', 1750, 1835], ['the years of the friendly society', 1835, 1889], ['the years of the union', 1889, 1974]],
    });
  });

  it('does not take a critic\'s count told in reported speech', () => {
    const text =
      'Marsh was a historian of the guilds. A younger historian, Tom Rye, argued in 1997 that there were only two periods, before and after the strike of 1889, and that everything Marsh put before 1835 was one long age of charters. She answered him at length.';
    expect(periodisationOf(text).claimedCount).toBeNull();
  });

  it('does not take a cited work\'s count in a clause of its own', () => {
    const text =
      'The course is organised in four units, each one period in the history of the press.\n\nUNIT I. THE PARTY PRESS, 1880–1914\n\nWeek 1. The first dailies.\n\nUNIT II. THE COMMERCIAL PRESS, 1914–1950\n\nWeek 2. Advertising.\n\nUNIT III. THE STATE PRESS, 1950–1989\n\nWeek 3. Censorship.\n\nUNIT IV. THE FREE PRESS, 1989–2004\n\nWeek 4. Review: does the scheme hold?\n\nWe will look at two alternatives: the party and state press of Varga (1999), which has two periods divided at 1950, and the "three generations of editors" of Kiss (2010).';
    expect(read(text).stages.map(([, from, to]) => [from, to])).toEqual([[1880, 1914], [1914, 1950], [1950, 1989], [1989, 2004]]);
  });
});

describe('periodisation: a writer who corrects her own earlier scheme', () => {
  const text = (now: string) =>
    `In the first edition I divided the history of the mission into three periods: the founding years, from 1840 to 1900; the years of decline, from 1900 to 1960; and the years of the new church, since 1960. Reviewers found the middle period too long. ${now} the founding years, from 1840 to 1900; the years of decline, from 1900 to 1930; the years of recovery, from 1930 to 1960; and the years of the new church, from 1960.`;

  it.each<[string]>([['I earlier wrote three periods; I now see four. This edition therefore follows four periods:'], ['This edition therefore follows four periods:'], ['I now distinguish four periods:']])('takes the revised scheme: %s', (now) => {
    expect(read(text(now))).toEqual({
      count: 4,
      stages: [['the founding years', 1840, 1900], ['the years of decline', 1900, 1930], ['the years of recovery', 1930, 1960], ['the years of the new church', 1960, null]],
    });
  });

  it.each<[string, string]>([
    ['an earlier book of a given year', 'In my 2009 book I divided the history of the mission into three periods:'],
    ['an earlier proposal', 'I originally proposed three periods:'],
  ])('takes the revised scheme after %s', (_, before) => {
    const t = `${before} the founding years, from 1840 to 1900; the years of decline, from 1900 to 1960; and the years of the new church, since 1960. I now see four periods: the founding years, from 1840 to 1900; the years of decline, from 1900 to 1930; the years of recovery, from 1930 to 1960; and the years of the new church, from 1960.`;
    expect(read(t).count).toBe(4);
  });

  it('keeps the first scheme when another\'s count follows a sentence about this edition', () => {
    const t = 'In the first edition I divided the history of the mission into three periods: the founding years, from 1840 to 1900; the years of decline, from 1900 to 1960; and the years of the new church, since 1960. Readers objected, but I have kept them in this edition. The jubilee history of 1990 distinguished four periods: the years of the pioneers, from 1840 to 1870; the years of the school, from 1870 to 1900; the years of the war, from 1900 to 1945; and the years of peace, from 1945.';
    expect(read(t).count).toBe(3);
  });

  it('keeps the first scheme when the later count is not framed as the writer\'s present one', () => {
    const t = 'I divide the history of the mission into three periods: the founding years, from 1840 to 1900; the years of decline, from 1900 to 1960; and the years of the new church, since 1960. The jubilee history of 1990 distinguished four periods: the years of the pioneers, from 1840 to 1870; the years of the school, from 1870 to 1900; the years of the war, from 1900 to 1945; and the years of peace, from 1945.';
    expect(read(t).count).toBe(3);
  });
});

describe('periodisation: a list counted in its own sentence after a count of something else', () => {
  it('takes the sentence that counts the list as the announcement', () => {
    const text =
      "The guild changed often. Compare the four guilds studied by Rye. I divide the guild's dealings with the city into four periods: the years of the charter, from 1750 to 1835; the years of the friendly society, from 1835 to 1889; the years of the union, from 1889 to 1946; and the years of decline, from 1946 until the guild closed in 1974. The boundaries are changes in the city's role.";
    expect(read(text)).toEqual({
      count: 4,
      stages: [['the years of the charter', 1750, 1835], ['the years of the friendly society', 1835, 1889], ['the years of the union', 1889, 1946], ['the years of decline', 1946, 1974]],
    });
  });
});

describe('periodisation: an adverb of time before an item\'s years is no part of its name', () => {
  it.each<[string]>([['now'], ['still'], ['again']])('drops ", %s"', (adverb) => {
    const text = `I divide the history of the mission into three periods: the founding years, from 1840 to 1900; the years of decline, ${adverb} from 1900 to 1930; and the years of recovery, from 1930.`;
    expect(read(text).stages.map(([label]) => label)).toEqual(['the founding years', 'the years of decline', 'the years of recovery']);
  });

  it('keeps a name that ends in such a word inside it', () => {
    const text = 'I divide the history of the mission into three periods: the founding years, from 1840 to 1900; the years of the here and now, from 1900 to 1930; and the years of recovery, from 1930.';
    expect(read(text).stages[1][0]).toBe('the years of the here and now');
  });
});

describe('periodisation: a course\'s unit number before a heading\'s name', () => {
  const syllabus = (unit: string) =>
    `The course is organised in three units, each one period in the history of the press.\n\n${unit} I. THE PARTY PRESS, 1880–1914\n\nWeek 1. The first dailies appeared in 1880.\n\n${unit} II. THE COMMERCIAL PRESS, 1914–1950\n\nWeek 2. Advertising grew after 1920.\n\n${unit} III. THE STATE PRESS, 1950–1989\n\nWeek 3. Censorship was tightened in 1956.`;
  it.each<[string]>([['UNIT'], ['MODULE']])('drops "%s I."', (unit) => {
    expect(read(syllabus(unit))).toEqual({
      count: 3,
      stages: [['The party press', 1880, 1914], ['The commercial press', 1914, 1950], ['The state press', 1950, 1989]],
    });
  });
});

describe('periodisation: a table in plain text whose columns are the periods', () => {
  const table = (header: string, years: string, count = 'three') =>
    `2.1 Since 1962 the county's support for the arts has passed through ${count} periods, which Table 4 sets out side by side.\n\nTable 4. Periods of county funding\n\n${header}\n${years}\nMain instrument        annual awards        two-year contracts     competitive tender\nNote: a financial year runs from 1 April to 31 March.\n\n2.2 Patronage. For twenty years the county simply gave money to the companies it liked.\n\n2.3 Franchise. From 1982/83 the awards became contracts.\n\n2.4 Procurement. The tender came in 2003.`;
  const header = '                       PATRONAGE            FRANCHISE              PROCUREMENT';

  it('reads the columns, ending a financial year in its last calendar year, the names as the run-in heads write them', () => {
    expect(read(table(header, 'Financial years        1962/63 to 1981/82   1982/83 to 2002/03     2003/04 onwards'))).toEqual({
      count: 3,
      stages: [['Patronage', 1962, 1982], ['Franchise', 1982, 2003], ['Procurement', 2003, null]],
    });
  });

  it('reads calendar years too', () => {
    expect(read(table(header, 'Years                  1962–1981            1982–2002              2003 to date')).stages).toEqual([
      ['Patronage', 1962, 1981],
      ['Franchise', 1982, 2002],
      ['Procurement', 2003, null],
    ]);
  });

  it.each<[string, string, string]>([
    ['a header of more names than counted', header + '       REVIEW', 'Financial years        1962/63 to 1981/82   1982/83 to 2002/03     2003/04 onwards'],
    ['years out of order', header, 'Financial years        1982/83 to 2002/03   1962/63 to 1981/82     2003/04 onwards'],
    ['a row of amounts, not years', header, 'Spending at start      £0.2m                £1.1m                  £3.4m'],
  ])('claims no stages from the table with %s', (_, h, years) => {
    expect(read(table(h, years)).stages.map(([label]) => label)).not.toContain('Franchise');
  });
});

describe('periodisation: the last stage ends where its paragraph says the period was over', () => {
  const text = (end: string) =>
    `I tell the story in three periods, and I name them, as the members did, after what they printed, because that is how they remembered them: the pamphlet years, the bulletin years and the website years. The pamphlet years began in 1921. The bulletin years ran from 1948 to 1977.\n\nThe website years were short. They began in 1977, when the printer closed. ${end}\n\nWhat came afterwards belongs to another story.`;

  it.each<[string]>([['By 2009, when the last member left the forum, the period was over.'], ['That era ended in 2009, when the last member left the forum.']])('ends it: %s', (end) => {
    expect(read(text(end)).stages[2]).toEqual(['the website years', 1977, 2009]);
  });

  it.each<[string]>([['By 2009 the forum had three hundred members, and the period has not ended.'], ['By 2009 the forum had three hundred members.']])('leaves it open: %s', (end) => {
    expect(read(text(end)).stages[2]).toEqual(['the website years', 1977, null]);
  });
});

describe('periodisation: a syllabus whose units, one a line, are its periods', () => {
  const rows = ['Unit I    The party press, 1880–1914           (Weeks 1–3)', 'Unit II   The commercial press, 1914–1950      (Weeks 4–7)', 'Unit III  The state press, 1950–1989           (Weeks 8–10)'];
  const syllabus = (intro: string, lines = rows) => `COURSE OUTLINE\n\nHistory 347, second semester.\n\n${intro}\n\n${lines.join('\n')}\n\nAssessment is by essay. Late work loses marks.`;
  const stages = [['The party press', 1880, 1914], ['The commercial press', 1914, 1950], ['The state press', 1950, 1989]];

  it.each<[string]>([
    ['The course is organised in three units. Each unit is one period in the history of the press. The units, with their years, are:'],
    ['The course follows the press through three periods, one unit each:'],
  ])('reads the list: %s', (intro) => {
    expect(read(syllabus(intro))).toEqual({ count: 3, stages });
  });

  it('does not read units that are not said to be periods as named stages', () => {
    const p = read(syllabus('The course is organised in three units of three weeks each. The units, with their years, are:'));
    expect(p.stages.map(([label]) => label)).not.toContain('The party press');
  });

  it('does not read a list of fewer units than counted', () => {
    const p = read(syllabus('The course is organised in four units. Each unit is one period in the history of the press. The units, with their years, are:'));
    expect(p.stages.map(([label]) => label)).not.toContain('The party press');
  });
});
