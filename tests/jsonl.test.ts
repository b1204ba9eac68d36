import { describe, expect, it } from 'vitest';
import { parseJsonlRow, readJsonlLines, type JsonlLine } from '../src/jsonl.js';

/** A stream that yields `bytes` in chunks of `size` (to cut lines and characters anywhere). */
async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function lines(input: string | Buffer, size = 3, maxBytes = 1000): Promise<Omit<JsonlLine, 'bytesRead'>[]> {
  const out: Omit<JsonlLine, 'bytesRead'>[] = [];
  for await (const { bytesRead: _, ...l } of readJsonlLines(chunks(Buffer.isBuffer(input) ? input : Buffer.from(input), size), 'c.jsonl', maxBytes)) out.push(l);
  return out;
}

describe('jsonl: splitting a byte stream into lines', () => {
  it.each([
    ['LF', 'a\nb\n', [{ line: 1, text: 'a' }, { line: 2, text: 'b' }]],
    ['CRLF', 'a\r\nb\r\n', [{ line: 1, text: 'a' }, { line: 2, text: 'b' }]],
    ['no final newline', 'a\nb', [{ line: 1, text: 'a' }, { line: 2, text: 'b' }]],
    ['blank lines skipped, numbers kept', 'a\n\n  \nb\n', [{ line: 1, text: 'a' }, { line: 4, text: 'b' }]],
    ['a byte-order mark', '\ufeffa\nb', [{ line: 1, text: 'a' }, { line: 2, text: 'b' }]],
    ['characters cut between chunks', 'Ł€𝄞\nżółć\n', [{ line: 1, text: 'Ł€𝄞' }, { line: 2, text: 'żółć' }]],
  ])('%s', async (_what, input, expected) => {
    for (const size of [1, 2, 3, 64]) expect(await lines(input, size)).toEqual(expected);
  });

  it('reports a line that is not UTF-8 by its number and goes on', async () => {
    const out = await lines(Buffer.concat([Buffer.from('a\n'), Buffer.from([0x7b, 0xe9, 0x7d]), Buffer.from('\nb\n')]));
    expect(out.map((l) => l.text ?? l.error!.code)).toEqual(['a', 'E_INPUT_JSONL', 'b']);
    expect(out[1].error!.message).toBe('c.jsonl:2: line is not valid UTF-8');
  });

  it('skips a line longer than the limit without keeping it, and reports its size', async () => {
    const out = await lines(`a\n${'x'.repeat(50)}\nb`, 4, 20);
    expect(out.map((l) => l.text ?? l.error!.code)).toEqual(['a', 'E_INPUT_TOO_LARGE', 'b']);
    expect(out[1].error!.message).toBe('c.jsonl:2: 50 bytes exceeds the limit of 20 bytes (--max-bytes)');
    const last = await lines(`a\n${'x'.repeat(50)}`, 4, 20);
    expect(last.map((l) => l.text ?? l.error!.code)).toEqual(['a', 'E_INPUT_TOO_LARGE']);
  });

  it('counts the bytes read, for progress', async () => {
    const seen: number[] = [];
    for await (const l of readJsonlLines(chunks(Buffer.from('ab\ncd\n'), 2), 'c.jsonl', 100)) seen.push(l.bytesRead);
    expect(seen).toEqual([3, 6]);
  });
});

describe('jsonl: rows', () => {
  it.each([
    ['id and text', '{"id":"a1","text":"Some text."}', { id: 'a1', text: 'Some text.' }],
    ['a numeric id', '{"id":17,"text":"T"}', { id: '17', text: 'T' }],
    ['other fields go to meta, in order', '{"year":1999,"id":"x","text":"T","tags":["a"],"author":{"name":"N"}}', { id: 'x', text: 'T', meta: { year: 1999, tags: ['a'], author: { name: 'N' } } }],
  ])('%s', (_what, line, expected) => {
    expect(parseJsonlRow(line, 'c.jsonl', 4)).toEqual(expected);
  });

  it.each([
    ['invalid JSON', '{"id":"a",', null, /^c\.jsonl:4: line is not valid JSON \(/],
    ['an array', '[1,2]', null, /^c\.jsonl:4: expected a JSON object \{"id": …, "text": …\}, found an array$/],
    ['a string', '"text"', null, /found string$/],
    ['no id', '{"text":"T"}', null, /^c\.jsonl:4: no "id" field$/],
    ['an empty id', '{"id":" ","text":"T"}', null, /"id" must be a non-empty string or a number$/],
    ['no text', '{"id":"a"}', 'a', /^c\.jsonl:4: no "text" field \(id 'a'\)$/],
    ['text not a string', '{"id":"a","text":["T"]}', 'a', /"text" must be a string \(id 'a'\)$/],
  ])('a line with %s is an E_INPUT_JSONL error naming file and line', (_what, line, id, message) => {
    const row = parseJsonlRow(line, 'c.jsonl', 4);
    expect('error' in row).toBe(true);
    if (!('error' in row)) return;
    expect(row.error.code).toBe('E_INPUT_JSONL');
    expect(row.error.message).toMatch(message);
    expect(row.id).toBe(id);
  });
});
