import { expect } from 'vitest';
import type { EntityType } from '../src/doc.js';
import { docOf } from './helpers.js';

/**
 * Table rows for entity rules, shared by the entity test files: a sentence of our own, the canonical
 * name and type of every entity, and the text of its mentions in order. The spans are found in the
 * sentence from left to right, so each row asserts exact offsets too.
 */
export type Expected = [canonical: string, type: EntityType, mentions: string[]];
type Row = [canonical: string, type: EntityType, mentions: [number, number, string][]];

/**
 * The expected rows with the offsets of each mention: its first occurrence in `text` after the
 * entity's mention before it (the first mention: its first occurrence in the text).
 */
function withSpans(text: string, expected: Expected[]): Row[] {
  return expected.map(([canonical, type, mentions]) => {
    let after = 0;
    return [canonical, type, mentions.map((m): [number, number, string] => {
      const start = text.indexOf(m, after);
      if (start < 0) throw new Error(`'${m}' is not in the text after offset ${after}`);
      after = start + m.length;
      return [start, start + m.length, m];
    })];
  });
}

/** Asserts that the entities stage finds exactly `expected` in `text`, and that every mention slices back to its text. */
export function expectEntities(text: string, expected: Expected[]): void {
  const doc = docOf(text, 'entities');
  const rows = (doc.layers.entities ?? []).map((e): Row => [e.canonical, e.type, e.mentions.map((m): [number, number, string] => [m.start, m.end, m.text])]);
  expect(rows).toEqual(withSpans(text, expected));
  for (const e of doc.layers.entities ?? []) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}
