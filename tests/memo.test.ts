import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detached, StringMemo } from '../src/memo.js';
import { stem } from '../src/adapters/natural.js';
import { fold } from '../src/stages/entities/lexicon.js';

/** A full garbage collection (the flag can be set at run time; a new context then sees `gc`). */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Heap bytes still used after keeping `keep(word, i)` of a long word cut from each of 40 texts of 2 MB. */
function heapKeptBy(keep: (word: string, i: number) => void): number {
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 40; i++) {
    const text = `${String(i).padStart(4, '0')} `.repeat(400_000) + ` internationalisation${i} `;
    const at = text.indexOf('internationalisation');
    keep(text.slice(at, at + 'internationalisation'.length + String(i).length), i);
  }
  collect();
  return process.memoryUsage().heapUsed - before;
}

describe('detached', () => {
  it.each(['', 'China', 'internationalisation', 'Đổi Mới reforms of 1986'])('keeps the characters of %j', (s) => {
    expect(detached(s)).toBe(s);
  });

  it('keeps no text alive that a word was cut from', () => {
    const raw: string[] = [];
    const copies: string[] = [];
    // 40 texts of 2 MB each: the raw slices hold all of them (80 MB), the copies a few hundred bytes.
    expect(heapKeptBy((w) => raw.push(w))).toBeGreaterThan(60e6);
    expect(heapKeptBy((w) => copies.push(detached(w)))).toBeLessThan(10e6);
    expect(copies[3]).toBe('internationalisation3');
  });
});

describe('StringMemo', () => {
  it('computes a key once and returns the same value after', () => {
    let calls = 0;
    const memo = new StringMemo((k) => {
      calls++;
      return k.toUpperCase();
    }, 10);
    expect([memo.get('hu'), memo.get('wen'), memo.get('hu')]).toEqual(['HU', 'WEN', 'HU']);
    expect(calls).toBe(2);
  });

  it('starts afresh at its limit, so it never holds more', () => {
    const memo = new StringMemo((k) => k.length, 3);
    for (const k of ['a', 'bb', 'ccc', 'dddd', 'eeeee']) memo.get(k);
    expect(memo.size).toBeLessThanOrEqual(3);
    expect(memo.get('ccc')).toBe(3);
  });

  it('takes a per-call function where the value needs more than the key', () => {
    const memo = new StringMemo<string>(undefined, 5);
    expect(memo.get('USAID', (k) => `${k}!`)).toBe('USAID!');
    expect(memo.get('USAID', () => 'other')).toBe('USAID!');
  });

  it('keeps neither keys nor values that hold their texts alive (words that stem or fold to themselves)', () => {
    const kept: string[] = [];
    // 'internationalisationN' stems to a slice of itself and folds to itself (lower-case ASCII is
    // returned as it is; the memos are for other words), so both memos' keys and values are slices.
    const memo = new StringMemo((k) => k, 100);
    expect(heapKeptBy((w, i) => kept.push(memo.get(w), stem(w), fold(`${w}é${i}`)))).toBeLessThan(10e6);
    expect(kept[0]).toBe('internationalisation0');
  });
});
