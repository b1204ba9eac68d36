// Periods of sentences about no historical time, on texts written here: the scholarship as a
// sentence's subject in the present, whatever dates it discusses (ANNOTATION.md rule 5), and the
// dated narrative sentences that must keep their stage.
import { describe, expect, it } from 'vitest';
import { docOf, periodLabelsOf } from '../helpers.js';

describe('periods: the scholarship as the subject, in the present', () => {
  const text = [
    'Dockers and the State in Lindmark',
    'This essay divides the history of the Lindmark dockers into three periods: toleration from 1950 to 1972, incorporation from 1972 to 1991, and closure since 1991.',
    'Toleration (1950–1972)',
    'In 1950 the port authority recognised the dockers’ committee. Historians of the strike of 1961 have stressed that the committee, not the party, called it. Media historians have described the years from 1955 to 1965 as the golden age of the port’s newspapers. In 1961 the police arrested two historians who had written about the strike. The committee grew quickly.',
    'Incorporation (1972–1991)',
    'The labour code of 1972 made the committee a branch of the ruling party. Not all historians accept this division. Scholars disagree about how far the code of 1972 broke with what came before. Comparative work on other ports suggests that a code of this kind rarely survives a fall in trade. Historians have shown that membership fell by half in the 1980s. Researchers on the strikes of 1985 will find the minutes in the port archive.',
    'Closure (since 1991)',
    'In 1991 the government dissolved the committee. Georgian historians tell a single story of decline that began in 1972. Both readings miss how often the port itself changed hands. In 1997 scholars and dockers marched together against the new law.',
    'Conclusion',
    'The Lindmark case shows that a union can survive a party state if the state needs the port. The case of the dockers was heard by the supreme court in 1995.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    ['Historians of the strike of 1961 have stressed', 'none'],
    ['Media historians have described the years', 'none'],
    ['Not all historians accept this division', 'none'],
    ['Scholars disagree about how far the code of 1972', 'none'],
    ['Comparative work on other ports suggests', 'none'],
    ['Georgian historians tell a single story', 'none'],
    ['Both readings miss', 'none'],
    ['The Lindmark case shows', 'none'],
    ['The case of the dockers was heard', 'stage3'],
    // Guards: an event of the story that names historians keeps its date; a factive verb asserts
    // its clause, whose date decides; a future after the head is no remark on the scholarship.
    ['In 1961 the police arrested two historians', 'stage1'],
    ['In 1997 scholars and dockers marched', 'stage3'],
    ['Historians have shown that membership fell', 'stage2'],
    ['Researchers on the strikes of 1985 will find', 'stage2'],
    ['The committee grew quickly', 'stage1'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});

describe('periods: a remark to the reader or about a text and its sources', () => {
  const text = [
    'Printers and the State in Ostmark',
    'The printers’ union of Ostmark passed through two periods: the guild years from 1900 to 1945 and the party years since 1945.',
    'The guild years (1900–1945)',
    'In 1905 the printers struck for a shorter day. The figures for 1905 come from the union’s own reports. On the strike of 1905, see the tables in Weller (1996: 301–310). Thanks to the strike of 1905, the union doubled its members. The union’s journal first appeared in 1910, see below. Please note that the union changed its name in 1921.',
    'The party years (since 1945)',
    'In 1946 the party took over the union. Next slide, please. The memoirs of its secretaries remain the main source on the purge of 1950. 1. On p. 14 the purge is dated to 1951; it was 1950. In 1950 the police came from the ministry and took the union’s files. We thank the printers who kept their papers through the purge of 1950. Thank you.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    ['The figures for 1905 come from', 'none'],
    ['On the strike of 1905, see the tables', 'none'],
    ['Please note that the union changed', 'none'],
    ['Next slide, please', 'none'],
    ['The memoirs of its secretaries remain the main source', 'none'],
    ['1. On p. 14 the purge is dated', 'none'],
    ['Thank you', 'none'],
    ['We thank the printers', 'none'],
    // Guards: 'thanks to' gives a cause; a past 'came from' tells of the story; 'see' after a comma is no cross-reference.
    ['Thanks to the strike of 1905', 'stage1'],
    ['In 1950 the police came from the ministry', 'stage2'],
    ['In 1905 the printers struck', 'stage1'],
    ['The union’s journal first appeared in 1910', 'stage1'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});

describe('periods: the stages counted together, and the parts of the text', () => {
  const text = [
    'Weavers and the State in Harlen',
    'This essay divides the history of the Harlen weavers into three periods: the guild from 1880 to 1920, the cooperative from 1920 to 1960, and the federation from 1960 to 2000.',
    'Section 2 sketches the background; sections 3 to 5 take the three periods in turn. The sections below are arranged by period. Chapters 6 and 7 return to the guild of 1880.',
    'The guild (1880–1920)',
    'In 1880 the weavers formed a guild. Section 25 of the guild’s charter barred women from office.',
    'The cooperative (1920–1960)',
    'In 1920 the guild became a cooperative. The cooperative sold cloth to the army.',
    'The federation (1960–2000)',
    'In 1960 the cooperatives joined a federation. Its members wove less every year. In 1970 the federation absorbed the last of the three periods’ guild funds.',
    'Conclusion',
    'The three periods show that a weak state is not the same thing as a free guild. Weavers have been the most stubborn part of the movement throughout its history. The plan of this essay is not to be confused with the three periods above.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    ['Section 2 sketches the background', 'none'],
    ['The sections below are arranged', 'none'],
    ['Chapters 6 and 7 return', 'none'],
    ['The three periods show', 'span'],
    ['Weavers have been the most stubborn', 'span'],
    // Guards: a section of a law is no section of the text; a date decides over the words that count the stages.
    ['Section 25 of the guild’s charter', 'stage1'],
    ['In 1970 the federation absorbed', 'stage3'],
    ['The cooperative sold cloth', 'stage2'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});

describe("periods: a cited work naming the stage's own events, in the stage's section", () => {
  const text = [
    'Miners and the State in Corvia',
    'Corvia’s miners have lived through two periods: repression from 1950 to 1975 and bargaining since 1975.',
    'Introduction',
    'Lind (2004: 12) calls the years before 1950 the prehistory of the union.',
    'Repression (1950–1975)',
    'In 1952 the army occupied the pits. Berg and Hale (2011: 45) call the occupation of that year the first act of the long siege. Moss (1999) describes the strikes of the 1960s as the low point of the union.',
    'Bargaining (since 1975)',
    'In 1975 the government recognised the union. Carr (2016: 8) argues that the recognition of 1975 changed little.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    ['Berg and Hale (2011: 45) call the occupation', 'stage1'],
    ['Moss (1999) describes the strikes', 'stage1'],
    // Guards: outside the stages' sections a cited work's naming is about the scholarship; in them, its argument too.
    ['Lind (2004: 12) calls the years before 1950', 'none'],
    ['Carr (2016: 8) argues', 'none'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});

describe("periods: the writer's present inside the main clause", () => {
  const text = [
    'Civic Space in Norland',
    'Norland today has one of the most closed civic spaces in the region. Independent associations are almost entirely absent. In 1990, as today, miners marched on the capital.',
    'Our guest today has spent ten years studying the unions.',
        'This report distinguishes three periods: an opening from 1985 to 1995, a settlement from 1995 to 2010, and closure since 2010.',
    'Opening (1985–1995)',
    'In 1985 the government legalised associations. They grew quickly.',
    'Settlement (1995–2010)',
    'In 1995 a new law required registration. Registration was slow.',
    'Closure (since 2010)',
    'In 2010 the courts dissolved the largest unions.',
  ].join('\n\n');
  const label = periodLabelsOf(docOf(text));

  it.each<[string, string]>([
    ['Norland today has one of the most closed', 'stage3'],
    ['Independent associations are almost entirely absent', 'stage3'],
    // Guard: a date of the main clause decides over the writer's present beside it.
    ['In 1990, as today, miners marched', 'stage1'],
    // … and 'today' beside a present perfect is the day of the talk, not the state of things.
    ['Our guest today has spent', 'none'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});
