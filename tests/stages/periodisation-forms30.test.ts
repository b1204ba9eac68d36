// Forms of periodisation the thirtieth session read, each on texts written here (not the
// blind sets'): a count the writer's work follows, a stage named by 'that of', a chapter's own
// sections after its argument, and another's scheme that the writer declines later in the text.
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, periodisationOf } from '../helpers.js';

describe("periodisation: a count the writer's work follows, its stages told in turn", () => {
  const chapter = (announcing: string, third: string, sections: string[]) =>
    [
      'CHAPTER 1',
      '',
      'Introduction: Dockers, Cooperatives and the State in the Port of Tarragona',
      '',
      '1.1 The problem',
      '',
      'The port of Tarragona has been worked by dockers since the 1920s, when the first cranes were put up on the western quay.',
      '',
      '1.2 Argument',
      '',
      `${announcing} The first period, which I call the licence years, runs from the port reform of January 1994 to the container strike of the autumn of 2003. In these years the dockers held licences from the port authority. The second period, the years of the cooperatives, begins with the strike of October 2003 and ends with the privatisation law of May 2012. In these years the dockers ran their own cooperatives. ${third}`,
      '',
      ...sections.flatMap((s, i) => [s, '', `This section takes up point ${i + 1} of the argument, with examples from 1987, 1999 and 2016.`, '']),
    ].join('\n');
  const third = 'The third period, that of the concession, runs from May 2012 to the closure of the old basin in 2019, where this dissertation stops.';
  const sections = ['1.3 Why these dates', '1.4 Outline of the chapters', '1.5 A note on terms'];
  const stages = [
    ['the licence years', 1994, 2003],
    ['the years of the cooperatives', 2003, 2012],
    ['the concession', 2012, 2019],
  ];

  it.each<[string, string]>([
    ['"The thesis follows three periods"', 'The thesis follows three periods, and the empirical chapters are organised by them.'],
    ['"This dissertation follows three periods"', 'This dissertation follows three periods.'],
    ['"The present study is organised around three periods"', 'The present study is organised around three periods, one to each part.'],
  ])('reads %s and the stages told in turn after it', (_, announcing) => {
    expect(claimedStagesOf(chapter(announcing, third, sections))).toEqual({ count: 3, stages });
  });

  it("names a stage 'that of …' by what it is the period of, and a law's number stays in the name", () => {
    const law = 'The third period, that of Law 40, runs from May 2012 to the closure of the old basin in 2019, where this dissertation stops.';
    expect(claimedStagesOf(chapter('The history of the port falls into three periods.', law, sections)).stages[2]).toEqual(['Law 40', 2012, 2019]);
  });

  it("takes no name from the chapter's own sections after the argument ('Why these dates', 'Outline of the chapters', 'A note on terms')", () => {
    expect(periodisationOf(chapter('The history of the port falls into three periods.', third, sections)).stages.map((s) => s.headingSectionId)).toEqual([null, null, null]);
  });

  // Guards: 'follows' announces only with the writer's work as its subject.
  it.each<[string, string]>([
    ['a strike that followed two waves of dismissals', 'The strike of 2003 followed two waves of dismissals, in 1998 and in 2001, and the dockers did not forget them.'],
    ['a person who follows three stages of a ritual', 'Every new docker follows three stages of initiation, in 1998 as in 2001, before the crane drivers accept him.'],
  ])('claims nothing for %s', (_, sentence) => {
    const text = ['Dockers of Tarragona', '', `${sentence} The port grew from 1994 to 2012, and the old basin closed in 2019.`, '', 'Its cranes were sold in 2020.'].join('\n');
    expect(periodisationOf(text).claimedCount).toBeNull();
  });
});

describe("periodisation: another's scheme, reported, that the writer declines later in the text", () => {
  const review = (decline: string) =>
    [
      'Review of Industrial History, Vol. 12, No. 2 (Spring 2026)',
      '',
      'Hendrik Vos. The Weavers of Tilburg: A Guild and Its Town, 1880–2010. Utrecht: Canal Press, 2025. 344 pp.',
      '',
      'Reviewed by Ana Ribeiro, University of Porto',
      '',
      'The weavers of Tilburg have had few historians, and Vos is the first to use the guild minutes of the years after 1950. His chapters on the strike of 1911 and on the closures of the 1960s are the best in the book.',
      '',
      'Vos arranges his book around what he calls "three eras of the guild": an era of the masters (1880–1919), an era of the union (1919–1966) and an era of decline from 1966 onwards. Each era, he argues, was shaped by the kind of mill the town had.',
      '',
      `${decline} The minutes show the masters and the union side by side until well after 1945.`,
      '',
      'A few errors should be corrected: the strike was in 1911, not 1912.',
      '',
      'Ana Ribeiro',
    ].join('\n');
  // ('an era of the masters' is named by what it is the era of.)
  const reported = [
    ['the masters', 1880, 1919],
    ['the union', 1919, 1966],
    ['decline', 1966, null],
  ];

  it.each<[string]>([
    ['I am not persuaded that these three eras are more than chapter headings.'],
    ['I do not think his three eras should be used as a periodisation of the guild.'],
    ['I would not follow this periodisation, which the evidence does not support.'],
    ['I find these eras unconvincing as a history of the guild.'],
  ])('claims nothing when the writer declines it: %s', (decline) => {
    expect(periodisationOf(review(decline)).claimedCount).toBeNull();
    expect(periodisationOf(review(decline)).stages).toEqual([]);
  });

  it("claims nothing when a scheme a name opens ('Vos divides …') is declined", () => {
    const named = review('I am not persuaded that these three eras are more than chapter headings.').replace('Vos arranges his book around what he calls "three eras of the guild":', 'Vos divides the history of the guild into three eras:');
    expect(periodisationOf(named).claimedCount).toBeNull();
  });

  // Guards: a scheme reported with no sign either way, or adopted, is still the text's claim; a
  // decline of something else, or of another count, declines nothing of it.
  it.each<[string, string]>([
    ['reported with no sign either way', 'The book is long, but it reads well.'],
    ['adopted by the writer', 'I follow these three eras in what follows, and I think them well chosen.'],
    ['a decline of the mills, not of the eras', 'I am not persuaded that these mills were as modern as Vos says.'],
    ['a decline of another count', 'I am not persuaded that these two chapters belong in the book.'],
  ])('keeps the scheme %s', (_, sentence) => {
    expect(claimedStagesOf(review(sentence))).toEqual({ count: 3, stages: reported });
  });

  it("keeps a scheme with a bare 'their' in its sentence, which attributes it to no one ('in their history')", () => {
    const own = review('I am not persuaded that these three eras were ever so neatly divided.').replace('Vos arranges his book around what he calls "three eras of the guild":', 'The weavers passed through three eras in their history:');
    expect(claimedStagesOf(own).count).toBe(3);
  });

  it("keeps the writer's own scheme that the writer then qualifies ('I do not think these three eras are sealed off')", () => {
    const own = review('I do not think these three eras are sealed off from one another.').replace('Vos arranges his book around what he calls "three eras of the guild":', 'I divide the history of the guild into three eras:');
    expect(claimedStagesOf(own).count).toBe(3);
  });
});
