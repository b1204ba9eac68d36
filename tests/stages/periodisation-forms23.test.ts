// Forms of periodisation the blind set heldout-23 showed unread or misread, each on texts written
// here (not the set's): stages in turn whose first is dated by its end alone, bare appositions,
// list items that describe their stage after a colon, plans counted in phases, disclaimers, and a
// cited scholar's scheme.
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, periodisationOf } from '../helpers.js';

describe('periodisation: stages told in turn after a count', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'the first dated by its end in the next sentence, the start by the count; bare names between commas; the last opened by the event before',
      'Guilds and the Crown\n\nThe relation between the guilds and the crown since 1820 falls into three phases. In the first, royal patronage, the court protected the guilds and named their masters. This phase lasted until the Reform Act of 1867 opened the trades. The second phase, open competition, ran from 1867 to 1902; masters dealt with councils as equals. The third phase, municipal control, opened with that change and continues.',
      [['royal patronage', 1820, 1867], ['open competition', 1867, 1902], ['municipal control', 1902, null]],
    ],
    [
      'the second begun from the event that ended the first, dated where the text tells it',
      'Dockers\n\nI suggest that the history of the dock unions since 1946 falls into three phases. The first, state tutelage, saw ministers appoint the union leaders. This phase lasted until the Port Act of 1972 ended the scheme. The second phase, free bargaining, ran from the Port Act to the passing of the Ports Sale Law; wages rose. The third phase, casual contracts, opened with that law and continues.\n\nThe Ports Sale Law was passed in March 1989.',
      [['state tutelage', 1946, 1972], ['free bargaining', 1972, 1989], ['casual contracts', 1989, null]],
    ],
  ])('%s', (_, text, stages) => {
    expect(claimedStagesOf(text)).toEqual({ count: stages.length, stages });
  });

  it('takes no adverb between commas for a name', () => {
    const p = claimedStagesOf('Mills\n\nThe history of the mill towns since 1850 falls into two phases. The first, however, was short: it lasted until 1870. The second phase, decline, ran from 1870 to 1930.');
    expect(p.stages[0]?.[0] ?? null).not.toBe('however');
  });
});

describe('periodisation: a list item that names its stage, its years in brackets, then a colon', () => {
  it('keeps the name and leaves out what the stage was', () => {
    const p = claimedStagesOf('Report\n\nRelations between the unions and the ministry have passed through three periods:\n   1. Tripartite control (1950–1975): the ministry set wages and the unions signed.\n   2. Free bargaining (1975–1998): with the new labour code, unions negotiated sector by sector.\n   3. Managed decline (1998 to date): the ministry withdrew and membership fell.\n');
    expect(p).toEqual({ count: 3, stages: [['Tripartite control', 1950, 1975], ['Free bargaining', 1975, 1998], ['Managed decline', 1998, null]] });
  });
});

describe('periodisation: counts that claim no periods of history', () => {
  it.each<[string, string]>([
    ['a plan, counted after a future passive', 'Guide\n\nThe archive was founded in 1998. Its renovation will be carried out in three phases: a survey of the holdings in 2025, new shelving in 2026 and a reading room in 2027.'],
    ['a plan with "to be … in"', 'Note\n\nThe Harbour Plan, to be implemented in three stages: dredging from 2024 to 2025, new quays from 2025 to 2027 and a park from 2027, was adopted in 2023.'],
    ['interviews conducted in two waves, the subject elsewhere in the sentence', 'Thesis\n\nThe chapter draws on the council\'s minutes and on forty interviews with officials and parents conducted in two waves, in 2016 and 2020.'],
    ['a text that says it attempts no account of its own', 'Workshop report\n\nThis report summarises the discussion and does not attempt its own account of the district\'s history.\n\nOne speaker said the relation passed through three phases: a phase of neglect from 1950 to 1970, a phase of renewal from 1970 to 1990 and a phase of decline since 1990.'],
    ['a cited scholar\'s scheme, with a surname of two words and pages', 'Guide\n\nUsers will find several periodisations in the literature. Costa Ribeiro (2001: 12–30) proposes three periods for the city: mobilisation (1974–1976), consolidation (1976–1986) and integration (since 1986).'],
  ])('%s', (_, text) => {
    expect(periodisationOf(text).claimedCount).toBeNull();
  });

  it('but reads the writer\'s own when it follows a cited scholar', () => {
    const p = claimedStagesOf('Article\n\nFollowing Costa Ribeiro (2001), we distinguish three periods: mobilisation (1974–1976), consolidation (1976–1986) and integration (since 1986).');
    expect(p).toEqual({ count: 3, stages: [['mobilisation', 1974, 1976], ['consolidation', 1976, 1986], ['integration', 1986, null]] });
  });
});

describe('periodisation: eras named after men, and headings that name them', () => {
  it('takes the heading "The Nyerere era" for the thesis item "Julius Nyerere"', () => {
    const p = claimedStagesOf('Unions and the State\n\nThe story of the unions is usually told in three eras, each named after a man: Julius Nyerere, Ali Hassan Mwinyi and Benjamin Mkapa.\n\nThe Nyerere era\n\nFrom 1964 to 1985 the party ran the unions.\n\nThe Mwinyi era\n\nFrom 1985 to 1995 the unions regained some voice.\n\nThe Mkapa era\n\nFrom 1995 to 2005 the unions bargained with private owners.\n');
    expect(p.stages.map((s) => s[0])).toEqual(['The Nyerere era', 'The Mwinyi era', 'The Mkapa era']);
  });
});
