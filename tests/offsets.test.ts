import { describe, expect, it } from 'vitest';
import { CleanTextBuilder, OffsetMap } from '../src/offsets.js';

/** Builds a clean text from `original` by a list of operations, for table tests. */
function build(original: string, ops: ([ 'copy', number ] | [ 'drop', number ] | [ 'replace', string ])[]): { text: string; map: OffsetMap } {
  const b = new CleanTextBuilder(original);
  for (const op of ops) {
    if (op[0] === 'copy') b.copyTo(op[1]);
    else if (op[0] === 'drop') b.dropTo(op[1]);
    else b.replaceChar(op[1]);
  }
  return b.finish(true);
}

describe('offset map', () => {
  it('identity map leaves offsets unchanged', () => {
    const map = OffsetMap.identity(10);
    expect(map.toOriginal(2, 7)).toEqual({ start: 2, end: 7 });
    expect(map.toClean(5)).toBe(5);
  });

  it.each([
    // original, ops, clean text, [clean span → original span]
    ['non-\ngovernmental', [['copy', 3], ['drop', 5]], 'nongovernmental', [[0, 15], [0, 17]]],
    ['W\n\nhen it', [['copy', 1], ['drop', 3]], 'When it', [[0, 4], [0, 6]]],
    ['a\nb', [['copy', 1], ['replace', ' ']], 'a b', [[0, 3], [0, 3]]],
    ['x HEAD\ny', [['copy', 1], ['replace', ' '], ['drop', 7]], 'x y', [[2, 3], [7, 8]]],
    ['\ufeffText', [['drop', 1]], 'Text', [[0, 4], [1, 5]]],
  ] as const)('%j maps back exactly', (original, ops, clean, [cleanSpan, originalSpan]) => {
    const { text, map } = build(original, ops as never);
    expect(text).toBe(clean);
    expect(map.toOriginal(cleanSpan[0], cleanSpan[1])).toEqual({ start: originalSpan[0], end: originalSpan[1] });
  });

  it('a span ending before a deletion does not swallow the deleted text', () => {
    // "end.[1] Next" with "[1]" dropped: the sentence "end." ends before the marker.
    const { text, map } = build('end.[1] Next', [['copy', 4], ['drop', 7]]);
    expect(text).toBe('end. Next');
    expect(map.toOriginal(0, 4)).toEqual({ start: 0, end: 4 });
    expect(map.toOriginal(5, 9)).toEqual({ start: 8, end: 12 });
  });

  it('toClean maps an offset inside deleted text to where the deletion happened', () => {
    const { map } = build('ab[12]cd', [['copy', 2], ['drop', 6]]);
    expect(map.toClean(0)).toBe(0);
    expect(map.toClean(3)).toBe(2);
    expect(map.toClean(6)).toBe(2);
    expect(map.toClean(7)).toBe(3);
  });

  it('replaceChar refuses more than one character (a ligature goes through replaceRange)', () => {
    const b = new CleanTextBuilder('ab');
    expect(() => b.replaceChar('xy')).toThrow(/exactly one/);
  });

  it.each([
    // original, [copy to, replace to, replacement], clean, clean span → original span
    ['the ﬁrst', [4, 5, 'fi'], 'the first', [[4, 9], [4, 8]], [[5, 6], [4, 5]], [[6, 9], [5, 8]]],
    ['an oﬃce', [4, 5, 'ffi'], 'an office', [[3, 9], [3, 7]], [[5, 6], [4, 5]], [[7, 9], [5, 7]]],
    ['a &amp; b', [2, 7, '&'], 'a & b', [[2, 3], [2, 3]], [[0, 5], [0, 9]], [[4, 5], [8, 9]]],
  ] as const)('replaceRange %j: every clean letter maps to the character it stands for', (original, [copyTo, replaceTo, replacement], clean, ...spans) => {
    const b = new CleanTextBuilder(original);
    b.copyTo(copyTo);
    b.replaceRange(replaceTo, replacement);
    const { text, map } = b.finish(true);
    expect(text).toBe(clean);
    for (const [c, o] of spans) expect(map.toOriginal(c[0], c[1]), JSON.stringify(c)).toEqual({ start: o[0], end: o[1] });
    // A forward mapper agrees with the map, letter by letter.
    const forward = map.forward();
    for (let i = 0; i < text.length; i++) expect(forward.start(i)).toBe(map.toOriginalStart(i));
  });

  it('toClean maps a ligature to its first letter and the character after it to the letter after its last', () => {
    const b = new CleanTextBuilder('oﬃce x');
    b.copyTo(1);
    b.replaceRange(2, 'ffi');
    const { text, map } = b.finish(true);
    expect(text).toBe('office x');
    expect([map.toClean(0), map.toClean(1), map.toClean(2), map.toClean(5)]).toEqual([0, 1, 4, 7]);
  });

  it('replaceRange writes nothing where nothing stood', () => {
    const b = new CleanTextBuilder('ab');
    b.copyTo(1);
    expect(() => b.replaceRange(1, 'x')).toThrow(/at least one/);
    expect(() => b.replaceRange(2, '')).toThrow(/at least one/);
  });

  it('every clean character maps to the original character it came from', () => {
    const original = 'The cat-\nalogue\n\nMADE IN X\n\nof it. ■';
    const { text, map } = build(original, [['copy', 7], ['drop', 9], ['copy', 15], ['replace', ' '], ['drop', 28], ['copy', 34], ['drop', 37]]);
    expect(text).toBe('The catalogue of it.');
    for (let i = 0; i < text.length; i++) {
      const o = map.toOriginalStart(i);
      if (text[i] !== ' ') expect(original[o]).toBe(text[i]);
    }
  });

  it('the forward mapper answers as toOriginalStart/End, for queries in order and after a step back', () => {
    const original = 'The cat-\nalogue\n\nMADE IN X\n\nof it. ■';
    const { text, map } = build(original, [['copy', 7], ['drop', 9], ['copy', 15], ['replace', ' '], ['drop', 28], ['copy', 34], ['drop', 37]]);
    const queries: number[] = [];
    for (let c = 0; c <= text.length + 1; c++) queries.push(c);
    // Steps back: a sentence mapped after its tokens, a second pass.
    queries.push(3, 12, 0, 15, text.length);
    const forward = map.forward();
    for (const c of queries) {
      expect(forward.start(c), `start ${c}`).toBe(map.toOriginalStart(c));
      expect(forward.end(c), `end ${c}`).toBe(map.toOriginalEnd(c));
    }
  });
});
