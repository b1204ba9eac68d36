// Periods of the forms of fullgold-43, on texts written here: an annual report's own year ('This
// has been a difficult year for …') is the writer's present, the open last stage; the first item of
// a numbered list of the stages, a paragraph of its own after the colon, takes its stage as the
// items after it do; 'The first chapter …' names a stage when the text counted its stages as
// chapters; a season wholly before the border's month is in the earlier stage; a month after the
// day a closed last stage ends is 'after'; the writer's earlier scheme, where a border between
// stages lies and a cross-reference ('below') are 'none'; 'since' after a past perfect ('had held
// since 1975') runs to the main clause's past, not to now; a cited work's reading of 'these years'
// in a stage's section is that stage. Guards: the same words in the past of a dated narrative, a
// person placed in a chapter, a border between towns, 'below the minimum', a reading of dated
// years outside the stages' sections, a season that reaches the border's month.
import { describe, expect, it } from 'vitest';
import { docOf, periodLabelsOf } from '../helpers.js';

describe("periods: an annual report's own year, its numbered chapters", () => {
  const text = [
    'Harbour Aid Society · Annual Report 2023–24',
    'From the chair',
    'This has been a difficult year for the Society, and a busy one. Our volunteers helped four hundred families to claim benefits, and the city paid our rent on time.',
    'Our history',
    "The Society was founded in 1970 by six dockers' wives. Looking back over fifty years, the trustees tell our history by the owner of the harbour, because no owner has shaped our work as much. Our history therefore falls into three chapters, each named after the harbour's owner:",
    '1. The council years, 1970 to 1990: the city council gave us rooms in the harbour office and a small grant every year.',
    '2. The company years, 1990 to 2010: the port company, which bought the harbour in 1990, cut our grant and moved us to a shed.',
    '3. The trust years, since 2010: a charitable trust has run the harbour since 2010 and pays our rent.',
    'The first chapter was the calmest. In 1975 we opened a night school. This was a hard year for the dockers, who lost their canteen.',
    'Many of our members belong to the first chapter.',
    "The second chapter began with the sale of the harbour. In the last year of the company's rule, in 2009, the shed flooded.",
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    // The writer's own year, and the undated account after it in its paragraph: the open last stage.
    ['This has been a difficult year for the Society', 'stage3'],
    ['Our volunteers helped four hundred families', 'stage3'],
    // The first numbered item, a paragraph of its own after the count's colon, as the others.
    ['1. The council years, 1970 to 1990', 'stage1'],
    ['2. The company years, 1990 to 2010', 'stage2'],
    // An ordinal before the noun the stages were counted with, opening the sentence.
    ['The first chapter was the calmest', 'stage1'],
    ['The second chapter began with the sale', 'stage2'],
    // Guards: 'This was a hard year' in a dated narrative is that narrative's; a person placed in a
    // chapter is no assertion about it; 'the last year of …' is no writer's year.
    ['This was a hard year for the dockers', 'stage1'],
    ['Many of our members belong to the first chapter', 'none'],
    ["In the last year of the company's rule, in 2009", 'stage2'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});

describe('periods: border days, seasons, schemes and cross-references', () => {
  const text = [
    'The dockers of Varn and their employers, 1950–1990',
    'The history of the Varn dockers since 1950 falls into three periods: the years of the hall, from 1950 to the strike of 4 October 1968; the years of the strike, from 4 October 1968 to the lockout of 12 March 1975; and the years of the committee, from 12 March 1975 to the agreement of 20 June 1990, which ended the committee.',
    'In an article of 2001, I divided the years after the strike into two periods. In 1980 we divided the quay into two halves. The border between the second and third periods falls within a few days of 1975. The border between the two towns was closed in 1972. Holm (2004) reads the 1950s as a time of quiet.',
    'The port renewed our licence in 1985 only after an inspection that lasted a month and a list of questions about every meeting we had held since 1975. Our licence was renewed in 1985 only after an inspection that lasted a month and a list of questions about every meeting we have held since 1975.',
    'The years of the hall (1950–1968)',
    'In 1952 the port opened a hiring hall. We return to the night shift below. In 1966 the foremen paid wages below the minimum, and the dockers complained.',
    'The years of the strike (1968–1975)',
    'In the spring of 1968 the foremen cut the night shift, and the anger grew. In the autumn of 1968 the strikers held the quay for a month. Holm (2004) reads these years as the time when the dockers learned to bargain.',
    'The years of the committee (1975–1990)',
    'In 1980 the committee opened a school. In May 1990 the committee signed its last contract. In August 1990 the port company sold the quays to a developer. In the autumn of 1990 the school closed.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    // A season wholly before the border's month (4 October 1968), in the later stage's section.
    ['In the spring of 1968 the foremen cut', 'stage1'],
    // After the day the closed last stage ends (20 June 1990): 'after'.
    ['In August 1990 the port company sold', 'after'],
    ['In the autumn of 1990 the school closed', 'after'],
    // The writer's earlier scheme; where a border between stages falls; a cross-reference.
    ['In an article of 2001, I divided the years', 'none'],
    ['The border between the second and third periods', 'none'],
    ['We return to the night shift below', 'none'],
    // A cited work's reading of the years its stage's section tells.
    ['Holm (2004) reads these years as', 'stage2'],
    // 'since' after a past perfect runs to the main clause's past, here in one stage.
    ['The port renewed our licence in 1985 only after an inspection', 'stage3'],
    // Guards: 'since' after a present perfect runs to now and spans; a season that reaches the border's month; a month before the closing day; a division
    // of a thing; a border between places; 'below the minimum'; a reading of dated years outside
    // the stages' sections.
    ['In the autumn of 1968 the strikers', 'stage2'],
    ['In May 1990 the committee signed', 'stage3'],
    ['In 1980 we divided the quay', 'stage3'],
    ['Our licence was renewed in 1985 only after an inspection', 'span'],
    ['The border between the two towns was closed in 1972', 'stage2'],
    ['In 1966 the foremen paid wages below the minimum', 'stage1'],
    ['Holm (2004) reads the 1950s as a time of quiet', 'none'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});

describe('periods: a walk that speaks of itself', () => {
  const walk = [
    "Hall, Strike, Committee: A Dockers' Walk through Varn",
    'A self-guided walk of about two kilometres · Varn Heritage Group',
    'Before you set out',
    "This walk follows the dockers of Varn through five stops along the quays. The dockers' history falls into three periods: the years of the hall, from 1950 to 1968; the years of the strike, from 1968 to 1975; and the years of the committee, from 1975 to 1990.",
    'Stop 1: The Harbour Gate',
    "The gate was built in 1820 by the port's first owners. This walk, however, begins much later, with the hiring hall. In 1952 the port opened a hiring hall beside the gate.",
    'Stop 2: The Quay',
    'On 4 October 1968 the dockers marched from the hall to the quay. This walk ended at the harbour gate, where the police waited.',
  ].join('\n\n');
  const essay = [
    'The dockers of Varn, 1950–1990',
    "The dockers' history falls into three periods: the years of the hall, from 1950 to 1968; the years of the strike, from 1968 to 1975; and the years of the committee, from 1975 to 1990.",
    'The years of the strike (1968–1975)',
    'On 4 October 1968 the dockers marched from the hall to the quay. This walk is still remembered as the start of the strike.',
  ].join('\n\n');
  const labels = { walk: periodLabelsOf(docOf(walk)), essay: periodLabelsOf(docOf(essay)) };

  it.each<['walk' | 'essay', string, string]>([
    // The text, called a walk in its front matter, speaking of itself in the present: 'none'.
    ['walk', 'This walk, however, begins much later', 'none'],
    // Guards: a march of the history told in the past; 'this walk' in a text that is no walk.
    ['walk', 'This walk ended at the harbour gate', 'stage2'],
    ['essay', 'This walk is still remembered', 'stage2'],
  ])('in the %s: %s … → %s', (text, start, expected) => {
    expect(labels[text](start)).toBe(expected);
  });
});
