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
    expect(doc.layers.sections!.map((s) => s.heading)).toEqual([null, 'Abstract', '1. Introduction', '2. The high socialist period', '3. Managed contention', 'References']);
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
  it('Nigeria: a Wikipedia-style history, four periods in the lead, short dated sub-sections', () => {
    const { text, doc } = read('nigeria-unions');
    expect(stagesOf(doc)).toEqual([
      ['Colonial period', 1912, 1960],
      ['First Republic and civil war', 1960, 1970],
      ['Military rule', 1970, 1999],
      ['Fourth Republic', 1999, null],
    ]);
    const headings = doc.layers.sections!.map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining(['Colonial period (1912–1960)', 'The 1945 general strike', 'Fourth Republic (1999–present)', 'References']));
    expect(check(doc, 'thesis-vs-headings').status).toBe('pass');
    expect(entityNames(doc)).toEqual(expect.arrayContaining(['PERSON Michael Imoudu', 'ORG Nigeria Labour Congress', 'LOC Iva Valley', 'GPE Enugu']));
    const dates = doc.layers.temporal!.map((t) => [t.text, t.edtf]);
    expect(dates).toEqual(expect.arrayContaining([['18 November 1949', '1949-11-18'], ['1999–present', '1999/..'], ['between 2000 and 2007', '2000/2007']]));
    for (const e of doc.layers.entities!) for (const m of e.mentions) expectSliceMatches(text, m, m.text, 'mention');
  });

  it('Chile: a sociology article, numbered sub-sections one level, phases restated in the discussion', () => {
    const { doc } = read('chile-activists');
    const levels = Object.fromEntries(doc.layers.sections!.filter((s) => s.heading).map((s) => [s.heading, s.level]));
    expect([levels['3.1 Consultation'], levels['3.2 Institutionalisation'], levels['3.3 Confrontation']]).toEqual([levels['2. Methods'] + 1, levels['2. Methods'] + 1, levels['2. Methods'] + 1]);
    expect(stagesOf(doc)).toEqual([
      ['Consultation', 1990, 2005],
      ['Institutionalisation', 2005, 2011],
      ['Confrontation', 2011, 2019],
    ]);
    expect(doc.layers.citations!.map((c) => c.referenceId)).not.toContain(null);
    expect(entityNames(doc)).toEqual(expect.arrayContaining(['ORG National Environment Commission', 'PERSON Michelle Bachelet', 'LOC Biobío River']));
  });

  it('Kenya: a policy report, numbered paragraphs under numbered sub-sections, a gap between stages', () => {
    const { doc } = read('kenya-policy');
    expect(doc.layers.sections!.map((s) => [s.heading, s.level]).slice(3, 7)).toEqual([
      ['2. Historical Background', 1],
      ['2.1 The liberalisation period (1991–1997)', 2],
      ['2.2 The reform period (1998–2004)', 2],
      ['2.3 The period of contraction (2013–2022)', 2],
    ]);
    expect(stagesOf(doc)).toEqual([
      ['The liberalisation period', 1991, 1997],
      ['The reform period', 1998, 2004],
      ['The period of contraction', 2013, 2022],
    ]);
    expect(check(doc, 'boundaries').message).toContain('no stage covers 2005–2012');
    expect(entityNames(doc)).toEqual(expect.arrayContaining(['ORG NGO Co-ordination Board', 'GPE Nairobi', 'ORG Kenya National Commission on Human Rights']));
  });
});
