import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PeriodStage } from '../../src/doc.js';
import { mapInterval, regions } from '../../src/stages/periods/mapping.js';
import { docOf, FIXTURES } from '../helpers.js';

const stage = (ordinal: number, from: number, to: number | null): PeriodStage => ({ ordinal, label: null, from, to, announcedIn: [], headingSectionId: null });
const STAGES = [stage(1, 1995, 2002), stage(2, 2002, 2012), stage(3, 2012, null)];
const CLOSED = [stage(1, 1880, 1921), stage(2, 1921, 1931)];
// 'the communist era until 1980, the Solidarity years of 1980–1989, …': stage 1 has an end only.
const OPEN_START = [{ ...stage(1, 0, 1980), from: null }, stage(2, 1980, 1989), stage(3, 1990, 1999)];

describe('periods: from a year interval to a stage', () => {
  it.each([
    ['a year inside stage 1', 1998, 1998, false, STAGES, 'stage1', 'inside'],
    ['a shared boundary year goes to the later stage', 2002, 2002, false, STAGES, 'stage2', 'boundary'],
    ['a boundary year that closes a development ("By 2012") goes to the earlier stage', 2012, 2012, true, STAGES, 'stage2', 'boundary'],
    ['a year before the first stage', 1989, 1989, false, STAGES, 'before', 'inside'],
    ['"until that point" ending on the first stage\'s start', null, 1995, true, STAGES, 'before', 'boundary'],
    ['a short interval straddling a boundary goes where its midpoint falls', 1993, 1997, false, STAGES, 'stage1', 'midpoint'],
    ['an open interval over several stages spans them', 1995, null, false, STAGES, 'span', 'span'],
    ['an open interval inside the open last stage', 2012, null, false, STAGES, 'stage3', 'inside'],
    ['a long interval over two stages spans them', 1996, 2010, false, STAGES, 'span', 'span'],
    ['a year after a closed last stage', 1950, 1950, false, CLOSED, 'after', 'inside'],
    ['the end year of a closed last stage stays in it', 1931, 1931, false, CLOSED, 'stage2', 'inside'],
    ['a year long before a first stage with an end only is in it', 1949, 1949, false, OPEN_START, 'stage1', 'inside'],
    ['a decade before a first stage with an end only is in it', 1970, 1979, false, OPEN_START, 'stage1', 'inside'],
  ])('%s', (_what, from, to, ends, stages, label, how) => {
    expect(mapInterval({ from, to }, regions(stages)!, ends, 10)).toEqual({ label, how });
  });

  it('has no regions when no stage is dated', () => {
    expect(regions([{ ...stage(1, 0, null), from: null }])).toBeNull();
  });
});

describe('periods: labels of sentences', () => {
  const labels = (name: string): Record<string, string> => {
    const doc = docOf(readFileSync(join(FIXTURES, 'periodisation', `${name}.txt`), 'utf8'), 'periods');
    return Object.fromEntries(doc.layers.sentences!.map((s) => [s.text.slice(0, 30), doc.layers.periods!.find((p) => p.sentenceId === s.id)!.label]));
  };

  it.each([
    ['This essay follows the dock wo', 'span', 'a remark about the essay whose dates span the stages'],
    ['It distinguishes three phases ', 'span', 'the thesis itself'],
    ['Before 1960, dockers were hire', 'before', '"Before 1960" bounds the date'],
    ['The union survived under close', 'stage1', 'an undated sentence takes its section\'s stage'],
    ['The Carnation Revolution took ', 'stage2', 'a shared boundary year goes to the later stage'],
    ['By 1990, membership had double', 'stage2', '"By 1990" closes stage 2'],
    ['Portugal joined the European U', 'stage2', 'a flashback inside stage 3\'s section keeps its own date'],
    ['In 1993 a new law allowed priv', 'stage3', 'a date inside the inferred open stage'],
    ['Will the unions survive anothe', 'after', 'a question in the concluding section'],
    ['This may depend on the next go', 'after', 'speculation in the concluding section'],
  ])('"%s…" is %s (%s)', (start, label) => {
    expect(labels('dockers')[start]).toBe(label);
  });

  it('ignores a date in a contrastive clause when the main clause has its own', () => {
    const doc = docOf(fixtureWith('Though unions had existed since the 1890s, the strike of 1962 changed everything.'), 'periods');
    const s = doc.layers.sentences!.find((x) => x.text.startsWith('Though'))!;
    const p = doc.layers.periods!.find((x) => x.sentenceId === s.id)!;
    expect(p.label).toBe('stage1');
    expect(p.cues.map((c) => c.kind)).toEqual(expect.arrayContaining(['background-date', 'temporal']));
  });

  it('labels every sentence none, with a cue, when the text claims no periodisation', () => {
    const doc = docOf(readFileSync(join(FIXTURES, 'periodisation', 'plain.txt'), 'utf8'), 'periods');
    expect(new Set(doc.layers.periods!.map((p) => p.label))).toEqual(new Set(['none']));
    expect(doc.layers.periods![0].cues[0].kind).toBe('periodisation');
  });

  it('gives every sentence exactly one label with a confidence and cues', () => {
    const doc = docOf(readFileSync(join(FIXTURES, 'periodisation', 'dockers.txt'), 'utf8'), 'periods');
    expect(doc.layers.periods!.map((p) => p.sentenceId)).toEqual(doc.layers.sentences!.map((s) => s.id));
    for (const p of doc.layers.periods!) {
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(p.cues.length).toBeGreaterThan(0);
    }
  });
});

/** The dockers essay with one more sentence at the end of the stage 1 section. */
function fixtureWith(sentence: string): string {
  return readFileSync(join(FIXTURES, 'periodisation', 'dockers.txt'), 'utf8').replace('The union survived under close surveillance.', `The union survived under close surveillance. ${sentence}`);
}
