// Forms of periodisation the twenty-fifth session read, each on texts written here (not the blind
// sets'): a timeline drawn in text, its years in columns over an axis and a row of names between bars.
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, periodisationOf } from '../helpers.js';

describe('periodisation: a timeline drawn in text', () => {
  const years = ' 1952                1968                 1989                 TODAY';
  const axis = '  |===================|====================|====================>';
  const names = '  |   Guild hall        |   Picket line        |   Council seat';
  const after = '  o 1957 first strike fund       o 1975 the lockout';
  const text = (caption: string, rows: string[], gap = '\n') =>
    `THE FERRY WORKERS' LEAGUE\n\nOur history with the harbour authority has changed more than once.\n\n${caption}\n\n${rows.join(gap)}\n\nEach turning point was a ruling that changed what we could ask for. The Harbour Act came into force in 1968.`;

  it.each<[string, string, string[], string]>([
    ['rows in one block, the last span open', 'FIGURE 3. The League and the harbour, 1952 to today: three periods', [years, axis, names, after], '\n'],
    ['rows parted by blank lines', 'FIGURE 3. The League and the harbour, 1952 to today: three periods', [years, axis, names, after], '\n\n'],
    ['a caption that names the stages in the plural without a count', 'Figure 3 shows the periods of our relations with the harbour.', [years, axis, names], '\n'],
  ])('%s', (_, caption, rows, gap) => {
    expect(claimedStagesOf(text(caption, rows, gap))).toEqual({
      count: 3,
      stages: [['Guild hall', 1952, 1968], ['Picket line', 1968, 1989], ['Council seat', 1989, null]],
    });
  });

  it('closes the last span at its year, and each stage points at its name in the input', () => {
    const closed = [' 1952                1968                 1989                 2004', axis.replace('>', '|'), names];
    const input = text('FIGURE 3. The League and the harbour, 1952–2004: three periods', closed);
    const p = periodisationOf(input);
    expect(p.stages.map((s) => [s.label, s.from, s.to])).toEqual([['Guild hall', 1952, 1968], ['Picket line', 1968, 1989], ['Council seat', 1989, 2004]]);
    for (const s of p.stages) expect(s.evidence?.some((e) => input.slice(e.start, e.end).includes(s.label!))).toBe(true);
  });

  it.each<[string, string[]]>([
    ['a span without a name', [years, axis, '  |   Guild hall        |                      |   Council seat']],
    ['two names in one span', [years, axis, '  |   Guild hall  Dock  |   Picket line        |   Council seat'.replace('  Dock', ' | Dock')]],
    ['years out of order', [' 1952                1989                 1968                 TODAY', axis, names]],
    ['no names under the axis', [years, axis]],
  ])('claims nothing with %s', (_, rows) => {
    expect(periodisationOf(text('FIGURE 3. The League and the harbour: three periods', rows)).claimedCount).toBeNull();
  });

  it('claims nothing when no sentence before the figure names stages', () => {
    expect(periodisationOf(text('FIGURE 3. The League and the harbour, 1952 to today', [years, axis, names])).claimedCount).toBeNull();
  });
});

describe('periodisation: each stage named by its ordinal and the noun counted, dated by the sentence after it', () => {
  const text = (third: string) =>
    `The relationship between the city and its tenants' unions has had three chapters. The first chapter was the rent-strike years. It began in 1931, when the first union was founded on the east side, and it ran until 1952. In those years the unions met in kitchens.\n\nThe second chapter was the housing-board years. In 1952 the city created a housing board with officers of its own. The housing-board years ran from 1952 until the board was abolished in the budget of 1996.\n\n${third}\n\nThe rest is for the historians.`;

  it.each<[string, string]>([
    ['the last told by "They began"', "The third chapter is the arm's-length years. They began in 1996, and we are still in them."],
    ['the last told by "It began"', "The third chapter is the arm's-length years. It began in 1996, and we are still in it."],
  ])('names each stage after its copula, %s', (_, third) => {
    expect(claimedStagesOf(text(third))).toEqual({
      count: 3,
      stages: [['the rent-strike years', 1931, 1952], ['the housing-board years', 1952, 1996], ["the arm's-length years", 1996, null]],
    });
  });

  it('does not take "They" for the stage when no verb of time follows it (the stage starts where the one before ends)', () => {
    const p = periodisationOf(text("The third chapter is the arm's-length years. They say the council changed its mind in 2003."));
    expect(p.stages.map((s) => [s.from, s.to])).toEqual([[1931, 1952], [1952, 1996], [1996, null]]);
  });
});

describe('periodisation: a count given as an answer, the stages told in sequence after the first', () => {
  const interview = (answer: string, second = 'Then from 2004, when the port was sold, until the strike of May 2012, that was the bargaining.') =>
    `Interview with a dock worker, recorded in 2023.\n\nQ: People say the history of the docks has different phases. How do you see it?\n\nA: ${answer} The first, from '79 until 2004, I call it the union's time. The cranes were ours. ${second} And from the strike until now, I call it the contract years, because nobody is hired for more than a season.\n\nQ: And your son?\n\nA: He drives a taxi.`;

  it.each<[string, string]>([
    ['a count alone after the question', 'I see three.'],
    ['"We would say" and a speaker label kept in the sentence', 'We would say three.'],
    ['the count with its noun', 'I see three phases.'],
  ])('%s', (_, answer) => {
    expect(claimedStagesOf(interview(answer))).toEqual({
      count: 3,
      stages: [["the union's time", 1979, 2004], ['the bargaining', 2004, 2012], ['the contract years', 2012, null]],
    });
  });

  it('claims nothing for a count alone that answers no question about stages', () => {
    const text = interview('I see three.').replace('How do you see it?', 'I have worked there all my life.').replace('has different phases', 'is long');
    expect(periodisationOf(text).claimedCount).toBeNull();
  });

  it('does not take a sentence of sequence for a stage when the ordinals find them all', () => {
    const text =
      'The party has passed through three phases. The first phase (1949–1978) was one of mobilisation. Then in 1960 the party split over the land question. The second phase (1978–1990) was one of reform. The third phase, from 1990 to 2005, was one of decline.';
    expect(claimedStagesOf(text).stages.map(([, from, to]) => [from, to])).toEqual([[1949, 1978], [1978, 1990], [1990, 2005]]);
  });

  it('needs each stage told in sequence to be dated', () => {
    const text = interview('I see three.', 'Then the port was sold, and that was the bargaining.');
    expect(periodisationOf(text).stages.map((s) => s.label)).not.toContain('the bargaining');
  });
});

describe('periodisation: a stage taken in turn named after its copula, before a comma or a word of time', () => {
  const text = (third: string) =>
    `The town has had three periods. The first period is the company town, from 1900 until 1969. The second is the bargaining town, from 1969 until 2004. ${third}`;

  it('names each stage', () => {
    expect(claimedStagesOf(text('The third is the moving town, and we are still living in it.'))).toEqual({
      count: 3,
      stages: [['the company town', 1900, 1969], ['the bargaining town', 1969, 2004], ['the moving town', 2004, null]],
    });
  });

  it('does not take a pronoun for a name', () => {
    expect(claimedStagesOf(text('The third is the one the town lives in now, since 2004.')).stages[2][0]).toBeNull();
  });
});
