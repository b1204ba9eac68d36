// Periods of the genre forms of fullgold-42, on texts written here: a congress's resolves and
// pledges about its own future action are 'after' whatever past they name; the questions a call
// for papers asks, the making of the text (the project its front matter names, the workshop's
// funding, the collection) and a reading guide's remarks are 'none' though dated; another party's
// dating of the history and its rejection are 'none'. Guards: the same words in the past, a body of
// the history's own founding, and a question outside a questions section keep their stage.
import { describe, expect, it } from 'vitest';
import { docOf, periodLabelsOf } from '../helpers.js';

describe("periods: a resolution's clauses and another party's calendar", () => {
  const text = [
    'Federation of Varnport Dockers · Ninth Congress',
    'Resolution 2: The right to strike',
    'The dockers of Varnport have gone through three phases: patronage from 1960 to 1979, control from 1979 to 2001, and negotiation since 2001.',
    'Patronage (1960–1979)',
    'In 1962 the ministry opened a hiring hall for the dockers. The Federation of Varnport Dockers itself was founded in 1971 by crane drivers. In 1975 the congress resolved to strike, and the port stood still for a week.',
    'Control (1979–2001)',
    'In 1980 the dockers lost the right to elect their officers. In the mid-1990s the port authority began to fund the federation\'s school.',
    'Negotiation (since 2001)',
    'In 2003 the government invited the federation to a round table. The harbour master banned a march on 3 May 2024.',
    'Congress recalls',
    '(a) Congress recalls that the port authority dates the history of the harbour by its concessions, from the charter of 1948 to the lease of 2012.',
    'Congress does not accept that calendar.',
    'Congress resolves',
    '(b) Congress resolves to appeal against the ban of 3 May 2024 before the supreme court.',
    '(c) Congress resolves to mark the anniversary of the strike of 1979 with a day of action.',
    '(d) Congress decides to open a legal fund with the associations born since 2001.',
    '(e) Congress believes that the federation must never again depend on the port authority for its school, as it came to do in the 1990s.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    // A resolve or a pledge of the author about its own future action: 'after', whatever it dates.
    ['(b) Congress resolves to appeal', 'after'],
    ['(c) Congress resolves to mark the anniversary of the strike of 1979', 'after'],
    ['(d) Congress decides to open a legal fund', 'after'],
    ['(e) Congress believes that the federation must never again', 'after'],
    // Another party's dating of the history, and its rejection: about the scheme.
    ['(a) Congress recalls that the port authority dates the history', 'none'],
    ['Congress does not accept that calendar', 'none'],
    // Guards: a resolve told in the past is narrative; the body's own founding is history.
    ['In 1975 the congress resolved to strike', 'stage1'],
    ['The Federation of Varnport Dockers itself was founded in 1971', 'stage1'],
    ['In the mid-1990s the port authority began', 'stage2'],
    ['The harbour master banned a march on 3 May 2024', 'stage3'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});

describe('periods: the making of a collection and a reading guide', () => {
  const text = [
    'Voices of the Harbour: Dockers of Varnport Remember, 1960–1990',
    'Introduction by Ada Holm, for the Varnport Dock Memory Project',
    'The project',
    'This collection brings together extracts from 64 interviews recorded between 2015 and 2019 with dockers and their families. The Varnport Dock Memory Project was founded in 2014 by retired dockers and a local library. We followed the method of life-story interviewing.',
    'Three times on the quays',
    'Our speakers hear three times in their story: the years of the hall (1960–1970), the years of the strikes (1970–1980) and the years of the containers (1980–1990).',
    'The years of the hall, 1960–1970',
    'In 1962 the ministry opened a hiring hall for the dockers. The Harbour Project was founded in 1965 by the port authority to train crane drivers.',
    'The years of the strikes, 1970–1980',
    'In 1974 the dockers struck for a month.',
    'The years of the containers, 1980–1990',
    'In 1985 the first container crane arrived. The last hiring hall closed in 1990.',
    'How to read these voices',
    'Memory is not a record, and our speakers sometimes merge two strikes into one.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    // The collection and the project its byline names: the making of the text, 'none' though dated.
    ['This collection brings together extracts', 'none'],
    ['The Varnport Dock Memory Project was founded in 2014', 'none'],
    ['We followed the method of life-story interviewing', 'none'],
    // A reading guide after the last stage is no conclusion: its undated remarks are 'none'.
    ['Memory is not a record', 'none'],
    // Guard: a project of the history, not named in the front matter, keeps its date.
    ['The Harbour Project was founded in 1965', 'stage1'],
    ['In 1974 the dockers struck for a month', 'stage2'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});

describe("periods: a call for papers' questions and its funding", () => {
  const text = [
    'Call for papers',
    'Quays and Cranes: Dockers and the State in Varnport since 1960',
    'Two-day workshop, University of Varnport, 4–5 June 2026',
    'Rationale',
    'This workshop proposes to read the years since 1960 as three periods: patronage (1960–1979), control (1979–2001) and negotiation, which began in 2001 and is not over.',
    'Patronage, 1960–1979',
    'In 1962 the ministry opened a hiring hall for the dockers. Did the ministry choose the hall\'s officers in 1965? It did, and the dockers resented it.',
    'Control, 1979–2001',
    'In 1980 the dockers lost the right to elect their officers.',
    'Negotiation, since 2001',
    'In 2003 the government invited the federation to a round table.',
    'Questions and themes',
    'We invite papers on questions such as the following. How did the dockers use the strike of 1979 and the round table of 2003? Did the state treat foreign dockers differently in the 1980s?',
    'Submission',
    'Abstracts should be sent to the convenors by 15 January 2026. The workshop is funded by the Varnport Maritime Trust.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    // A questions section of a call: its invitation and questions are 'none', whatever they date.
    ['We invite papers on questions such as the following', 'none'],
    ['How did the dockers use the strike of 1979', 'none'],
    ['Did the state treat foreign dockers differently in the 1980s', 'none'],
    // The workshop's funding is the making of the text; its deadline is still to come.
    ['The workshop is funded by', 'none'],
    ['Abstracts should be sent to the convenors by 15 January 2026', 'after'],
    // Guard: a question in a stage's section keeps its date.
    ["Did the ministry choose the hall's officers in 1965", 'stage1'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});

describe("periods: 'we interviewed' after a noun, and the scholarship's neglect", () => {
  const text = [
    'Dockers and the State in Varnport',
    'Varnport is usually studied through its trade: the rivalry of its merchant houses since 1800. Far less has been written on the dockers who worked its quays.',
    'The dockers of Varnport have gone through three phases: patronage from 1960 to 1979, control from 1979 to 2001, and negotiation since 2001.',
    'Patronage (1960–1979)',
    'In 1962 the ministry opened a hiring hall for the dockers.',
    'Control (1979–2001)',
    'In 1980 the dockers lost the right to elect their officers. Many of the dockers we interviewed were active in the strike committees of those months.',
    'Negotiation (since 2001)',
    'In 2003 the government invited the federation to a round table.',
    'Methods',
    'We interviewed thirty dockers in 2018 and 2019.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    // A contact relative clause names the people of the story: the section's stage, no research remark.
    ['Many of the dockers we interviewed were active', 'stage2'],
    // Guard: the research itself stays a remark about the text, though dated.
    ['We interviewed thirty dockers in 2018 and 2019', 'none'],
    // How the place is usually studied, and what has been written: about the scholarship.
    ['Varnport is usually studied through its trade', 'none'],
    ['Far less has been written on the dockers', 'none'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});
