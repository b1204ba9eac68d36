/**
 * Texts written after the rules, in styles the corpus does not have (numbered headings, names in
 * Polish and Vietnamese, American eras, particle-led references): what a reader would expect of the
 * report, item by item. Each assertion failed on the code these texts were first run through.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/doc.js';
import { docOf, expectSliceMatches, FIXTURES } from './helpers.js';

const read = (name: string): { text: string; doc: Doc } => {
  const text = readFileSync(join(FIXTURES, 'unseen', `${name}.txt`), 'utf8');
  return { text, doc: docOf(text) };
};
const stagesOf = (doc: Doc) => doc.layers.periodisation!.stages.map((s) => [s.label, s.from, s.to]);
const entityNames = (doc: Doc) => doc.layers.entities!.map((e) => `${e.type} ${e.canonical}`);
const check = (doc: Doc, id: string) => doc.layers.checks!.find((c) => c.id === id)!;

describe('unseen texts', () => {
  it('Vietnam: numbered sections, headings that repeat stage names, an approximate edge, particle-led references', () => {
    const { text, doc } = read('vietnam-unions');
    expect(doc.layers.sections!.map((s) => s.heading)).toEqual([null, '1. Introduction', '2. The high socialist period', '3. Managed contention', 'References']);
    expect(stagesOf(doc)).toEqual([
      ['The high socialist period', 1975, 1986],
      ['the Đổi Mới transition', 1986, 2007],
      ['Managed contention', 2006, null],
    ]);
    expect(check(doc, 'boundaries').status).toBe('warn');
    expect(entityNames(doc)).toEqual(expect.arrayContaining(['ORG Ministry of Labour, Invalids and Social Affairs', 'LAW Law on Trade Unions', 'ORG Vietnam General Confederation of Labour']));
    const vanDerLinden = doc.layers.citations!.find((c) => c.text.startsWith('van der Linden'))!;
    expect(vanDerLinden.referenceId).not.toBeNull();
    expect(doc.messages.filter((m) => m.code === 'citations/unmatched-citation')).toEqual([]);
    for (const e of doc.layers.entities!) for (const m of e.mentions) expectSliceMatches(text, m, m.text, 'mention');
  });

  it('Poland: names with letters beyond Latin-1 stay whole', () => {
    const { text, doc } = read('poland-unions');
    expect(entityNames(doc)).toEqual(expect.arrayContaining(['PERSON Lech Wałęsa', 'GPE Poznań']));
    // Stage 1 is 'the communist era until 1980': the 1940s–1970s are in it, not before it.
    const period = (start: string) => doc.layers.periods!.find((p) => p.sentenceId === doc.layers.sentences!.find((s) => s.text.startsWith(start))!.id)!.label;
    expect(['After the Second World War', 'In the late 1940s', 'In December 1970', 'By the mid-1970s'].map(period)).toEqual(['stage1', 'stage1', 'stage1', 'stage1']);
    for (const e of doc.layers.entities!) for (const m of e.mentions) expectSliceMatches(text, m, m.text, 'mention');
  });

  it('United States: a thesis item dated by its own years, an era heading a stage name, American eras', () => {
    const { doc } = read('us-labor');
    expect(stagesOf(doc)).toEqual([
      ['the New Deal order', 1933, 1979],
      ['the Reagan era of retrenchment', 1981, 1989],
      ['the period since the financial crisis', 2008, null],
    ]);
    const eras = doc.layers.temporal!.filter((t) => t.kind === 'era').map((t) => [t.text, t.from, t.to]);
    expect(eras).toEqual(expect.arrayContaining([['The Clinton administration', 1993, 2001], ['the Gilded Age', 1870, 1900]]));
  });
});
