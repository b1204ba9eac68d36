import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Utf8Writer, writeFileAtomicWith, writeJsonChunks, writeStringSync } from '../src/report-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'periodcheck-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Writes through `write` into a new file and returns its bytes. */
function bytesOf(write: (fd: number) => void): Buffer {
  const file = join(dir, `f${n++}`);
  const fd = openSync(file, 'w');
  try {
    write(fd);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file);
}

// The writer's buffer holds 1 MiB: a slice of a long string is a third of that in UTF-16 units.
const SLICE_UNITS = Math.floor((1 << 20) / 3);

describe('writeStringSync writes the bytes of Buffer.from(s, "utf8")', () => {
  it.each([
    ['empty', ''],
    ['ASCII', 'plain text, 1995–2002'.replace('–', '-')],
    ['two-byte characters', 'Howell’s “three stages”: 1995–2002 — and after'],
    ['a surrogate pair (outside the BMP)', 'a 😀 b 𠀀 c'],
    ['a lone surrogate (becomes U+FFFD, as Buffer.from makes it)', 'x\ud800y'],
    ['longer than the buffer, ASCII', 'a'.repeat(3 * SLICE_UNITS + 17)],
    ['longer than the buffer, two-byte', '’'.repeat(2 * SLICE_UNITS + 5)],
    ['a surrogate pair across the first slice boundary', `${'a'.repeat(SLICE_UNITS - 1)}😀${'b'.repeat(10)}`],
    ['a surrogate pair right after the first slice boundary', `${'a'.repeat(SLICE_UNITS)}😀${'b'.repeat(10)}`],
  ])('%s', (_, s) => {
    expect(bytesOf((fd) => writeStringSync(fd, s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
  });
});

describe('Utf8Writer', () => {
  it('keeps the order of many small writes across buffer flushes', () => {
    const pieces = Array.from({ length: 60_000 }, (_, i) => `${i}: “${'x'.repeat(i % 13)}” 😀\n`);
    const bytes = bytesOf((fd) => {
      const out = new Utf8Writer(fd);
      for (const p of pieces) out.write(p);
      out.close();
    });
    expect(bytes.length).toBeGreaterThan(1 << 20);
    expect(bytes.toString('utf8')).toBe(pieces.join(''));
  });

  it('a writer opened while another is open writes its own file, not the other\'s buffer', () => {
    let inner = Buffer.alloc(0);
    const outer = bytesOf((fd) => {
      const out = new Utf8Writer(fd);
      out.write('outer: first, ');
      inner = bytesOf((fd2) => writeStringSync(fd2, 'inner — whole'));
      out.write('outer: second');
      out.close();
    });
    expect(outer.toString('utf8')).toBe('outer: first, outer: second');
    expect(inner.toString('utf8')).toBe('inner — whole');
  });

  it('writes nothing until flushed or closed', () => {
    const bytes = bytesOf((fd) => {
      const out = new Utf8Writer(fd);
      out.write('kept in the buffer');
    });
    expect(bytes.length).toBe(0);
  });
});

describe('writeFileAtomicWith + writeJsonChunks', () => {
  it('writes JSON that reads back as the value, one array element per line', () => {
    const value = { schemaVersion: '5', sentences: [{ id: 's1', text: 'It began in 1995–2002 😀.' }, { id: 's2', text: 'Then “the Xi era”.' }], empty: [], nothing: undefined, summary: { n: 2 } };
    const file = join(dir, 'report.json');
    writeFileAtomicWith(file, (sink) => writeJsonChunks(value, sink), false);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toEqual({ schemaVersion: '5', sentences: value.sentences, empty: [], summary: { n: 2 } });
    expect(text.split('\n')).toEqual([
      '{',
      ' "schemaVersion": "5",',
      ' "sentences": [',
      `  ${JSON.stringify(value.sentences[0])},`,
      `  ${JSON.stringify(value.sentences[1])}`,
      ' ],',
      ' "empty": [],',
      ' "summary": {"n":2}',
      '}',
      '',
    ]);
  });
});
