import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeading, headingStages } from '../../src/stages/periodisation/headings.js';
import type { Section } from '../../src/doc.js';
import { buildPipeline } from '../../src/pipeline.js';
import { docOf, FIXTURES, expectSliceMatches } from '../helpers.js';

const fixture = (name: string): string => readFileSync(join(FIXTURES, 'periodisation', `${name}.txt`), 'utf8');
const stagesOf = (text: string) => docOf(text, 'periodisation').layers.periodisation!;

describe('periodisation: the claimed stages', () => {
  it('reads a thesis that enumerates stages, aligns headings by years then by order, and leaves the conclusion out', () => {
    const p = stagesOf(fixture('dockers'));
    expect(p.claimedCount).toBe(3);
    expect(p.stages.map((s) => [s.label, s.from, s.to, s.yearsFrom?.from])).toEqual([
      ['Under Control', 1960, 1974, 'thesis'],
      ['Freedom', 1974, 1990, 'thesis'],
      ['Discipline', 1990, null, 'previous stage'],
    ]);
    expect(p.stages.every((s) => s.announcedIn.length === 1)).toBe(true);
    expect(p.stages.map((s) => s.headingSectionId)).toEqual(['sec1', 'sec2', 'sec3']);
  });

  it('aligns numbered headings without years that repeat a stage\'s name, in order, and leaves other headings alone', () => {
    const p = stagesOf(fixture('numbered'));
    expect(p.claimedCount).toBe(3);
    expect(p.stages.map((s) => [s.label, s.from, s.to, s.headingSectionId])).toEqual([
      ['The guild period', 1890, 1920, 'sec2'],
      ['The settlement years', 1920, 1963, 'sec3'],
      ['Container-age decline', 1965, null, 'sec4'],
    ]);
  });

  it('dates an item by its own years rather than an era in its name, and keeps an era that heads the name', () => {
    const p = stagesOf('Labor and the State\n\nLabor politics moved through three eras: the New Deal order from 1933 to the late 1970s, the Reagan era of retrenchment, and the period since the 2008 financial crisis.\n\nThe Wagner Act passed in 1935.');
    expect(p.stages.map((s) => [s.label, s.from, s.to])).toEqual([
      ['the New Deal order', 1933, 1979],
      ['the Reagan era of retrenchment', 1981, 1989],
      ['the period since the financial crisis', 2008, null],
    ]);
  });

  it('reads numbered section headings as sections of one level, the reference list closing the text at level 1', () => {
    const sections = docOf(fixture('numbered'), 'sections').layers.sections!;
    expect(sections.map((s) => [s.heading, s.level, s.kind])).toEqual([
      [null, 1, 'body'],
      ['1. Introduction', 1, 'body'],
      ['2. The guild period', 1, 'body'],
      ['3. The settlement years', 1, 'body'],
      ['4. Container-age decline', 1, 'body'],
      ['5. Conclusion', 1, 'body'],
      ['References', 1, 'references'],
    ]);
  });

  it('takes stages from ordinal headings when no sentence announces them, ignoring dated sub-headings', () => {
    const p = stagesOf(fixture('headings'));
    expect(p.stages.map((s) => [s.ordinal, s.label, s.from, s.to])).toEqual([
      [1, 'The founding years', 1920, 1935],
      [2, 'War and occupation', 1935, 1950],
      [3, 'Reconstruction', 1950, 1975],
    ]);
    expect(p.stages.every((s) => s.announcedIn.length === 0)).toBe(true);
  });

  it('takes stages from dated headings, nesting headings whose years fall inside the stage above', () => {
    const p = stagesOf(fixture('republics'));
    expect(p.stages.map((s) => [s.label, s.from, s.to])).toEqual([
      ['Colonial rule', 1900, 1931],
      ['First Republic', 1931, 1958],
      ['Second Republic', 1958, null],
    ]);
  });

  it('claims nothing for a text without a periodisation: no invented stages', () => {
    expect(stagesOf(fixture('plain'))).toEqual({ claimedCount: null, stages: [] });
  });

  it.each([
    ['named phases without years', 'The movement can be seen to have four distinct phases: mutual aid; syndicalism; party politics; and exile. It ended in 1990.', 4, [null, null, null, null], ['mutual aid', 'syndicalism', 'party politics', 'exile']],
    ['ordinal items separated by commas', 'Scholars distinguish two waves of protest: first, from 1968 to 1972, and second, from 1989 to 1991. Both failed.', 2, [1968, 1989], [null, null]],
    ['stages taken in turn after the count', 'The reform went through three stages. The first stage (1949–1956) brought land reform. The second stage, from 1956 to 1966, saw collectivisation. The third stage began in 1966 and lasted until 1976. Nobody expected it.', 3, [1949, 1956, 1966], [null, null, null]],
    ['a list without a serial comma', 'The party went through four phases: the underground years, the exile, the coalition and the opposition. It was founded in 1920.', 4, [null, null, null, null], ['the underground years', 'the exile', 'the coalition', 'the opposition']],
    ['a short insert before the colon', 'The press went through three stages, each named after the law that opened it: the censorship era; the licensing era; and the free press era. Papers multiplied after 1990.', 3, [null, null, null], ['the censorship era', 'the licensing era', 'the free press era']],
    ['a list opened by a dash', 'Labour politics in Brazil has passed through four stages — corporatism, populism, military rule and democracy. Vargas created the labour code in 1943.', 4, [null, null, null, null], ['corporatism', 'populism', 'military rule', 'democracy']],
    ['dates in brackets after each name', 'The history of Korea can be divided into three periods: the colonial period (1910–1945), the authoritarian period (1945–1987) and the democratic period (since 1987). Korea was annexed in 1910.', 3, [1910, 1945, 1987], ['the colonial period', 'the authoritarian period', 'the democratic period']],
    ['"namely" and dates inside the names', 'The women\'s movement in Chile developed in two stages, namely the struggle for suffrage until 1949 and the feminist revival after 1973. Women voted in 1949.', 2, [null, 1973], ['the struggle for suffrage', 'the feminist revival']],
  ])('reads a thesis with %s', (_what, text, count, froms, labels) => {
    const p = stagesOf(text);
    expect(p.claimedCount).toBe(count);
    expect(p.stages.map((s) => s.from)).toEqual(froms);
    expect(p.stages.map((s) => s.label)).toEqual(labels);
  });

  it('dates stages named after people the era table does not know from the text\'s statements of their time in office', () => {
    const text = fixture('leaders');
    const p = stagesOf(text);
    expect(p.stages.map((s) => [s.label, s.from, s.to])).toEqual([
      ['the Halvorsen years', 1950, 1962],
      ['the Okafor era', 1962, 1975],
      ['the Lind period', 1975, 1991],
      ['the Moreau presidency', 1991, null],
    ]);
    expect(p.stages.map((s) => s.yearsFrom)).toEqual([
      { from: 'text', to: 'text' },
      { from: 'text', to: 'text' },
      { from: 'text', to: 'text' },
      { from: 'text', to: null },
    ]);
    // The evidence for each stage's years is the sentence that states the tenure.
    expect(p.stages.map((s) => text.slice(s.evidence![1].start, s.evidence![1].end))).toEqual([
      'President Halvorsen governed from 1950 to 1962.',
      'Okafor came to power in 1962 and ruled until 1975.',
      'The Lind administration lasted from 1975 to 1991.',
      'Since 1991, under President Moreau, the unions have bargained freely.',
    ]);
  });

  it('lets a stage dated by one year start then and last until the next, the last one open', () => {
    const p = stagesOf('Democratisation came in three waves. The first wave (1828–1926) was long and slow. The second wave, from 1943 to 1962, followed the war. The third wave began in 1974. It spread widely.');
    expect(p.stages.map((s) => [s.from, s.to])).toEqual([[1828, 1926], [1943, 1962], [1974, null]]);
    expect(p.stages[2].yearsFrom).toEqual({ from: 'thesis', to: null });
    const moments = stagesOf('The movement went through three moments: 1968, 1989 and 2011. Students marched in 1968.');
    expect(moments.stages.map((s) => [s.from, s.to, s.yearsFrom?.to])).toEqual([[1968, 1989, 'next stage'], [1989, 2011, 'next stage'], [2011, null, null]]);
  });

  it('does not take an ordinal, or a word several stages share, for a person', () => {
    const p = stagesOf('The state went through two stages: the First Republic and the Second Republic. Second, the army ruled from 1970 to 1980. The Republic was governed by decree from 1981 to 1985.');
    expect(p.stages.map((s) => [s.from, s.to])).toEqual([[null, null], [null, null]]);
  });

  it('does not date a person-named stage from a sentence that names the person with a year but not an office', () => {
    const p = stagesOf('Labour law went through two stages: the Varga years and the Kis years. Varga visited Vienna between 1961 and 1963. The Kis government ruled from 1970 to 1980.');
    expect(p.stages.map((s) => [s.from, s.to])).toEqual([[null, null], [1970, 1980]]);
  });

  it.each([
    ['a count of something that is not stages', 'The two periods of office of the mayor were marked by strikes in 1921 and 1925.'],
    ['an announcement without stages named, and no headings', 'This essay identifies three key stages in their growth. The first strikes came in 1921.'],
  ])('does not invent stages from %s', (_what, text) => {
    expect(stagesOf(text).stages).toEqual([]);
  });

  it('records the announcing sentence and each stage\'s item span, which slice back to the text', () => {
    const text = fixture('dockers');
    const doc = docOf(text, 'periodisation');
    const thesis = doc.layers.sentences!.find((s) => s.id === doc.layers.periodisation!.stages[0].announcedIn[0])!;
    expect(thesis.text).toMatch(/^It distinguishes three phases/);
    const item = doc.layers.periodisation!.stages[1].evidence![0];
    expectSliceMatches(text, item, 'the period from 1974 to 1990, which was marked by the Carnation Revolution and free collective bargaining', 'stage 2 item');
  });

  it('says when a sentence announces a count of stages but names none', () => {
    const doc = docOf('This essay identifies three key stages in their growth. The first strikes came in 1921.', 'periodisation');
    expect(doc.messages.map((m) => m.code)).toContain('periodisation/count-without-stages');
  });
});

describe('periodisation: reading headings', () => {
  const section = (heading: string): Section => ({ id: 'sec1', heading, headingSpan: null, level: 1, kind: 'body', start: 0, end: 1 });
  const rules = (() => {
    const p = buildPipeline();
    return p.stages.find((s) => s.stage.name === 'periodisation')!.resources as Parameters<typeof readHeading>[1];
  })();
  it.each([
    ['Green Fields (1995–2002)', 'Green Fields', 1995, 2002, true, null],
    ['Blossoming (2002–12)', 'Blossoming', 2002, 2012, true, null],
    ['Decline (1998–9)', 'Decline', 1998, 1999, true, null],
    ['Sixth Republic 1987–present', 'Sixth Republic', 1987, null, true, null],
    ['Moon Jae-in, 2017-', 'Moon Jae-in', 2017, null, true, null],
    ['Audio broadcasting (1919 to 1950s)', 'Audio broadcasting', 1919, 1959, true, null],
    ['Third stage: Modern syndicalism (1931–1957)', 'Modern syndicalism', 1931, 1957, true, 3],
    ['Stage 2: Expansion', 'Expansion', null, null, false, 2],
    ['The Red Week (1905)', 'The Red Week', 1905, 1905, false, null],
    ['Crushed Hopes', 'Crushed Hopes', null, null, false, null],
    ['2. The guild period', 'The guild period', null, null, false, null],
    ['3.1 Repression (1989–92)', 'Repression', 1989, 1992, true, null],
    ['IV. Crackdown', 'Crackdown', null, null, false, null],
    ['1989 and After', '1989 and After', null, null, false, null],
  ])('%s', (heading, label, from, to, ranged, ordinal) => {
    const h = readHeading(section(heading), rules);
    expect([h.label, h.from, h.to, h.ranged, h.ordinal]).toEqual([label, from, to, ranged, ordinal]);
  });

  it('needs at least two stage headings to claim a periodisation', () => {
    expect(headingStages([readHeading(section('Audio broadcasting (1919 to 1950s)'), rules)])).toEqual([]);
  });
});
