// Forms of periodisation the twenty-seventh session read, each on texts written here (not the
// blind sets'): run-in headings that open paragraphs after a count; stages listed between
// semicolons in the sentence after a count, each opening with its name; names given in an abstract
// and dated by statements far later; a list the text says is not one of periods; a clause that
// gives each section one stage before the list's colon; the writer's own count set against a
// reviewed book's.
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, periodisationOf } from '../helpers.js';
import { eachTakesOne } from '../../src/stages/periodisation/forms27.js';

describe('periodisation: run-in headings that open paragraphs after a count', () => {
  const report = (count: string, heads: string[]) =>
    [
      'HARBOUR POLICY UNIT',
      'Briefing No. 4',
      '',
      'Tenants and the Housing Board',
      '',
      'Summary',
      '',
      'This briefing looks at the tenant unions of the old town and the housing board. It makes two recommendations.',
      '',
      '1. Introduction',
      '',
      'The briefing draws on the minutes of the board and on interviews with union officers.',
      '',
      '2. How the relationship changed',
      '',
      `Our reading of the minutes is that relations between the tenant unions and the housing board went through ${count} phases, each opened by new rules.`,
      '',
      ...heads.flatMap((h, i) => [`${h} The unions met the board in the town hall${i === 0 ? ' for the first time' : ''}. Rents were argued over street by street. The officers kept careful notes.`, '']),
      '3. Conclusions',
      '',
      'The unions survived every change of rules.',
    ].join('\n');

  it.each<[string, string[], (string | number | null)[][]]>([
    ['numbered sub-sections naming phases', ['2.1 Phase 1: Tolerance (1948–1961).', '2.2 Phase 2: Consultation (1961–1979).', '2.3 Phase 3: Contract (since 1979).'], [['Tolerance', 1948, 1961], ['Consultation', 1961, 1979], ['Contract', 1979, null]]],
    ['numbered sub-sections with a name and years only', ['2.1 Neglect, 1950–1966.', '2.2 Repair, 1966–1985.', '2.3 Sale, 1985–2003.'], [['Neglect', 1950, 1966], ['Repair', 1966, 1985], ['Sale', 1985, 2003]]],
    ['stage nouns with their numbers', ['Stage 1: Charity (1905–1930).', 'Stage 2: Welfare (1930–1968).', 'Stage 3: Markets (1968–1994).'], [['Charity', 1905, 1930], ['Welfare', 1930, 1968], ['Markets', 1968, 1994]]],
  ])('reads %s as the stages', (_, heads, stages) => {
    expect(claimedStagesOf(report('three', heads))).toEqual({ count: 3, stages });
  });

  it('does not read run-in headings fewer than counted', () => {
    expect(periodisationOf(report('four', ['2.1 Neglect, 1950–1966.', '2.2 Repair, 1966–1985.', '2.3 Sale, 1985–2003.'])).claimedCount).toBeNull();
  });

  it('does not read run-in headings out of order of years', () => {
    expect(periodisationOf(report('three', ['2.1 Neglect, 1950–1966.', '2.2 Sale, 1985–2003.', '2.3 Repair, 1966–1985.'])).claimedCount).toBeNull();
  });

  it('does not read numbered sentences without years as headings', () => {
    expect(periodisationOf(report('three', ['2.1 Neglect came first.', '2.2 Repair came next.', '2.3 Sale came last.'])).claimedCount).toBeNull();
  });
});

describe('periodisation: stages listed between semicolons in the sentence after a count', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'periods named after union leaders, the last since an event',
      "This thesis follows the ferry workers' union of the port from its founding to the present. I divide its history into three periods, and chapters 3 to 5 take one each. The Harlow years run from the union's founding in May 1921 to the general strike of June 1936; the Pelham years, 1936–58, close with the merger of the two port unions in 1958; and the Marlow years have run since that merger. Chapter 6 compares them.",
      [['The Harlow years', 1921, 1936], ['the Pelham years', 1936, 1958], ['the Marlow years', 1958, null]],
    ],
    [
      'eras, the last since then',
      'The book treats the river trade in three eras. The steam era runs from the first paddle steamer of 1838 to the opening of the railway in 1871; the rail era, 1871–1932, ends with the closure of the last wharf; and the leisure era is the period since then. The wharves are now flats.',
      [['The steam era', 1838, 1871], ['the rail era', 1871, 1932], ['the leisure era', 1932, null]],
    ],
  ])('%s', (_, text, stages) => {
    expect(claimedStagesOf(text)).toEqual({ count: 3, stages });
  });

  it('does not read parts that name no period', () => {
    const text = 'The book follows the choir through three periods. The first chapter sets out the sources, 1890–1910; the second reviews the literature since 1950; and the third explains the method. The choir still sings.';
    expect(periodisationOf(text).stages.map((s) => s.label)).not.toContain('The first chapter');
  });

  it('does not read more parts than counted', () => {
    const text = 'The union passed through three periods. The Harlow years run from 1921 to 1936; the Pelham years, 1936–58, end with a merger; the Marlow years, 1958–77, end with a strike; and the Dunn years are the period since then.';
    expect(periodisationOf(text).stages.map((s) => s.label)).not.toContain('the Dunn years');
  });
});

describe('periodisation: names given in an abstract and dated by statements far later', () => {
  const filler = Array.from({ length: 14 }, (_, i) => `The society kept its minute book number ${i + 1} in the harbour office.`).join(' ');
  const text = (third: string) =>
    `Abstract\n\nOur account has three periods, which we label patronage, regulation and contract, and shows how each government in turn put the pilots' society to new uses.\n\n1. Introduction\n\n${filler}\n\n2. Three periods\n\nPatronage runs from the society's founding charter of March 1887 to the licensing act of 1921. The pilots answered to the harbour master.\n\nRegulation runs from 1921 to the end of the war in May 1945. The ministry set the fees.\n\n${third}`;

  it('dates each named period by the sentence that opens with its name and its course', () => {
    expect(claimedStagesOf(text('Contract runs from 1945 to the sale of the harbour in 1988. The pilots became contractors.'))).toEqual({
      count: 3,
      stages: [['patronage', 1887, 1921], ['regulation', 1921, 1945], ['contract', 1945, 1988]],
    });
  });

  it('ends a period at a later event of its year after "to" ("… to the end of the experiment in December 1933")', () => {
    const near = 'Abstract\n\nOur account has two periods, which we label licence and temperance. Licence runs from 1901 to the temperance vote of 1919. Temperance runs from 1919 to the end of the experiment in December 1933.';
    expect(claimedStagesOf(near)).toEqual({ count: 2, stages: [['licence', 1901, 1919], ['temperance', 1919, 1933]] });
  });

  it('does not date a period by a far sentence that opens with its name without a verb of its course', () => {
    const p = claimedStagesOf(text('Contract was the word the minister used in 1962. The pilots became contractors.'));
    expect(p.stages[2]?.[1]).not.toBe(1962);
  });
});

describe('periodisation: a list the text says is not one of periods', () => {
  const classes = 'To keep the tables short, the clubs are sorted into three classes by founding date: before 1950; from 1950 to 1979; and from 1980.';
  it.each<[string, string]>([
    ['"They are not meant as periods"', `The survey covers 240 chess clubs. ${classes} The classes hold about eighty clubs each. They are not meant as periods of the clubs' history.`],
    ['"These classes are not stages"', `The survey covers 240 chess clubs. ${classes} These classes are not stages of any history.`],
  ])('claims none: %s', (_, text) => {
    expect(periodisationOf(text).claimedCount).toBeNull();
  });

  it('keeps the list when nothing denies it', () => {
    expect(claimedStagesOf(`The survey covers 240 chess clubs. ${classes} The oldest clubs are the largest.`).count).toBe(3);
  });

  it('keeps the list when the denial stands in another paragraph', () => {
    expect(claimedStagesOf(`The survey covers 240 chess clubs. ${classes}\n\nThey are not meant as periods, the critics said of an older study.`).count).toBe(3);
  });
});

describe('periodisation: a clause that gives each section one stage before the list', () => {
  it('reads the list after "each of the three parts below covers one of them:"', () => {
    const text = 'This chapter follows the allotment societies of the city. The chapter is told in three periods, and each of the three parts below covers one of them: patience, from 1950 to 1968; anger, from 1968 to 1981; and bargaining, from 1981 to 1999. The societies still exist.';
    expect(claimedStagesOf(text)).toEqual({ count: 3, stages: [['patience', 1950, 1968], ['anger', 1968, 1981], ['bargaining', 1981, 1999]] });
  });

  it.each<[string, number, boolean]>([
    [', and each of the three parts below covers one of them', 3, true],
    [', and each of the four chapters below covers one each', 4, true],
    [', and each of the two parts below covers one of them', 3, false],
    [', and each of the three sections has notes', 3, false],
  ])('eachTakesOne(%j, %i) is %s', (preamble, count, expected) => {
    const words = new Map(Object.entries({ two: 2, three: 3, four: 4 }));
    expect(eachTakesOne(preamble, count, words)).toBe(expected);
  });
});

describe("periodisation: the writer's own count set against a reviewed book's", () => {
  const review = (own: string) =>
    `Lowe sees three periods in the club's seventy years and gives each a part of the book. The first, "the founders' club" (1920–1946), covers the years of the mill teams. The second, "the works club" (1946–1971), tells how the mill paid for the ground. The third, "the members' club" (1971–1990), describes the decline.\n\nI am less sure of the division. ${own} The book is still the best we have.`;

  it('takes the reviewer\'s two periods ("in my view, show two periods rather than three")', () => {
    const text = review("The minutes, in my view, show two periods rather than three: the years of the works teams, from 1920 to the closure of the mill in 1958, and the years of the open club, since 1958.");
    expect(claimedStagesOf(text)).toEqual({ count: 2, stages: [['the years of the works teams', 1920, 1958], ['the years of the open club', 1958, null]] });
  });

  it("keeps the book's periods against a count of others in the third person", () => {
    const text = review("Critics see two periods rather than three: the years of the works teams, from 1920 to the closure of the mill in 1958, and the years of the open club, since 1958.");
    expect(claimedStagesOf(text).count).toBe(3);
  });
});
