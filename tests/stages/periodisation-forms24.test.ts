// Forms of periodisation the twenty-fourth session's reading of heldout-23 and blind sets showed
// unread, each on texts written here (not the sets'): a range of a book's chapters that counts the
// stages, its chapters told in the outline, ends given as events the text dates elsewhere.
import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers.js';

const stagesOf = (text: string) => docOf(text, 'periodisation').layers.periodisation!;
const read = (text: string) => {
  const p = stagesOf(text);
  return { count: p.claimedCount, stages: p.stages.map((s) => [s.label, s.from, s.to]) };
};

describe('periodisation: a range of chapters that counts the stages, then the outline', () => {
  const outline = (range: string, chapters: string[]) =>
    `Chapter 1 Introduction\n\n1.4 Outline\n\nChapter 2 sets out the background, from the charter of 1880 onwards.\n\n${range}\n\n${chapters.join('\n\n')}\n\nChapter 7 compares the towns of the region since the 1960s.\n\n1.5 Dates\n\nThe harbour board was dissolved by the Supreme Court, after a suit by the dockers, in 1961. The reform law was passed in March 1999; the High Court struck down its first article on 4 June 1999.`;
  const chapters = [
    'Chapter 3, "Guild rule", covers the years from the founding of the board in 1905 to the strike of 1934 that broke it.',
    'Chapter 4, "Open water", runs from the 1934 strike to the ruling of the Supreme Court that dissolved the harbour board.',
    'Chapter 5, "The long quarrel", begins with that ruling and ends with the decision of the High Court on the reform law of the ports.',
  ];
  it.each<[string, string, string[]]>([
    ['chapters numbered from 3, a noun that is no stage noun', 'Chapters 3 to 5 follow the three settlements.', chapters],
    ['a stage noun', 'Chapters 3 to 5 trace the three periods.', chapters],
    ['Roman numbers', 'Chapters III to V follow the three settlements.', chapters.map((c) => c.replace(/Chapter (\d)/, (_, n: string) => `Chapter ${['', '', '', 'III', 'IV', 'V'][Number(n)]}`))],
  ])('%s', (_, range, told) => {
    expect(read(outline(range, told))).toEqual({
      count: 3,
      stages: [['Guild rule', 1905, 1934], ['Open water', 1934, 1961], ['The long quarrel', 1961, 1999]],
    });
  });

  it('claims nothing when the range does not hold as many chapters as the count', () => {
    expect(stagesOf(outline('Chapters 3 to 6 follow the three settlements.', chapters)).claimedCount).toBeNull();
  });

  it('leaves an end undated when no sentence dates its event', () => {
    const text = outline('Chapters 3 to 5 follow the three settlements.', chapters).replace(/1\.5 Dates[\s\S]*$/, '');
    expect(stagesOf(text).stages.map((s) => [s.from, s.to])).not.toContainEqual([1934, 1961]);
  });
});

describe('periodisation: the present told as the nth stage, then the stages before it, paragraph by paragraph', () => {
  const present = 'We are now in the third era of the dock unions, which I think of as the contract years. Since the Ports Act took effect at the start of 2010, the unions have bargained port by port.';
  const famine = 'Before the contract years came the drought. It began on the day the old scheme was abolished, and it lasted seven years. Membership halved.';
  const closedShop = 'And before the drought came the long era of the closed shop. From the founding of the federation in 1920, every docker had to join.';
  const text = (...paragraphs: string[]) => `OPINION\n\nThe docks\n\nLet me tell the story backwards.\n\n${paragraphs.join('\n\n')}\n\nThe rest is politics.`;

  it('dates each from its paragraph, or by the years it lasted before the later one, and names it', () => {
    expect(read(text(present, famine, closedShop))).toEqual({
      count: 3,
      stages: [['the closed shop', 1920, 2003], ['the drought', 2003, 2010], ['the contract years', 2010, null]],
    });
  });

  it.each<[string, string]>([
    ['a programme\'s phase with nothing before it', text('We are now in the second phase of the harbour programme. It began in 2021.', 'The quays were rebuilt in 2022.')],
    ['a stage before that the text does not date', text(present, famine.replace(', and it lasted seven years', ''), closedShop)],
    ['fewer paragraphs before than the ordinal counts', text(present, famine)],
  ])('claims nothing for %s', (_, t) => {
    expect(stagesOf(t).claimedCount).toBeNull();
  });
});
