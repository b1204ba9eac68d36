import { describe, expect, it } from 'vitest';
import { countTextWords } from '../src/report.js';
import { corpusNames, corpusText } from './helpers.js';

// The definition the count must keep: matches of this expression (what `source.words` has meant).
const WORD = /[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*/gu;
const byRegex = (t: string): number => (t.match(WORD) ?? []).length;

describe('word count', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['labour NGOs', 2],
    ["the people's semi-governmental groups, 1995–2002", 5],
    ['a--b', 2],
    ['end- of', 2],
    ['-a', 1],
    ['naïve café', 2],
    ['中国 工会', 2],
    ['𠀀𠀀 x', 2],
    ['😀 smile', 1],
  ])('%j has %i words', (text, n) => {
    expect(countTextWords(text)).toBe(n);
    expect(byRegex(text)).toBe(n);
  });

  it('agrees with the regular expression on every corpus text and on random strings', () => {
    for (const name of corpusNames()) expect(countTextWords(corpusText(name))).toBe(byRegex(corpusText(name)));
    const alphabet = ['a', '1', ' ', '-', '–', "'", '’', '.', 'é', '中', '𠀀', '😀', '\n', '\ud800', '\udc00', 'Ⅻ', '²'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let j = Math.floor(next() * 14); j > 0; j--) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(countTextWords(s), JSON.stringify(s)).toBe(byRegex(s));
    }
  });
});
