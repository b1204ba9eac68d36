import { describe, expect, it, vi } from 'vitest';
import { alignUnits, main } from '../src/tools/eval.js';
import { docOf } from './helpers.js';

describe('eval: aligning gold units to the text', () => {
  const text = 'The press was free in 1820. Censors returned in 1823 and stayed for decades after the revolt. Papers closed.';
  const units = (first: string) => [
    { id: 'u1', kind: 'sentence', text: first },
    { id: 'u2', kind: 'sentence', text: 'Censors returned in 1823 and stayed for decades after the revolt.' },
    { id: 'u3', kind: 'sentence', text: 'Papers closed.' },
  ];

  it.each([
    ['a unit found whole', 'The press was free in 1820.'],
    // A gold unit that keeps a marker the clean text lost ('[4]') is longer than its text: it ends
    // where its last characters are, not the marker's length further into the next unit.
    ['a unit longer than its clean text by a marker', 'The press was free in 1820.[4]'],
    ['a unit differing inside, anchored on its start and end', 'The press was free in 1820 .'],
  ])('%s: every unit aligns to its own sentence', (_what, first) => {
    const doc = docOf(text, 'sentences');
    const spans = alignUnits(doc, units(first));
    expect(text.slice(spans.get('u1')!.start, spans.get('u1')!.end)).toBe('The press was free in 1820.');
    expect(text.slice(spans.get('u2')!.start, spans.get('u2')!.end)).toBe('Censors returned in 1823 and stayed for decades after the revolt.');
    expect(text.slice(spans.get('u3')!.start, spans.get('u3')!.end)).toBe('Papers closed.');
  });

  it('aligns a gold unit that keeps its bullet to the sentence the clean stage leaves it out of', () => {
    const bulleted = 'Summary\n\n• The press was free in 1820.\n\n• Censors returned in 1823 and stayed for decades after the revolt.\n\nPapers closed.\n';
    const doc = docOf(bulleted, 'sentences');
    const spans = alignUnits(doc, [
      { id: 'u1', kind: 'sentence', text: '• The press was free in 1820.' },
      { id: 'u2', kind: 'sentence', text: '• Censors returned in 1823 and stayed for decades after the revolt.' },
      { id: 'u3', kind: 'sentence', text: 'Papers closed.' },
    ]);
    expect(bulleted.slice(spans.get('u1')!.start, spans.get('u1')!.end)).toBe('The press was free in 1820.');
    expect(bulleted.slice(spans.get('u2')!.start, spans.get('u2')!.end)).toBe('Censors returned in 1823 and stayed for decades after the revolt.');
    expect(bulleted.slice(spans.get('u3')!.start, spans.get('u3')!.end)).toBe('Papers closed.');
  });
});

describe('eval: a missing gold directory', () => {
  it('says where it looked and how to point it elsewhere, and fails without a stack trace', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const before = process.exitCode;
    try {
      expect(main(['--gold', '/nonexistent/shared/gold'])).toEqual([]);
      expect(process.exitCode).toBe(1);
      expect(String(write.mock.calls[0]?.[0])).toMatch(/no gold directory at \/nonexistent\/shared\/gold.*--gold DIR --corpus DIR/);
    } finally {
      process.exitCode = before;
      write.mockRestore();
    }
  });
});
