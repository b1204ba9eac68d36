import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions, type IndexRow } from '../src/batch.js';
import { discoverInputs } from '../src/input.js';
import { pipeline } from './helpers.js';

const ESSAY = 'The dockers’ union was founded in 1905 in the port.\nIt grew fast and struck in 1907.\n\nLater Years\n\nThe union split in 1920 after a long dispute.\n';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function workspace(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pc-batch-'));
  return { dir, out: join(dir, 'out') };
}

async function run(args: string[], out: string, extra: Partial<BatchOptions> = {}): Promise<{ rows: IndexRow[]; logs: string[] }> {
  const logs: string[] = [];
  const result = await runBatch(discoverInputs(args), pipeline(), { outDir: out, format: 'json', log: (l) => logs.push(l), ...extra });
  return { rows: result.rows, logs };
}

describe('batch: bad input is reported, named, and the batch goes on', () => {
  it.each([
    ['a missing path', (dir: string) => join(dir, 'nope.txt'), 'E_INPUT_MISSING', /nope\.txt: no such file or directory/],
    ['a directory with no texts', (dir: string) => { mkdirSync(join(dir, 'empty-dir')); writeFileSync(join(dir, 'empty-dir', 'notes.csv'), 'a,b'); return join(dir, 'empty-dir'); }, 'E_INPUT_NO_TEXTS', /empty-dir: directory holds no texts \(looked for \.txt, \.md\)/],
    ['an empty file', (dir: string) => { writeFileSync(join(dir, 'empty.txt'), ''); return join(dir, 'empty.txt'); }, 'E_INPUT_EMPTY', /empty\.txt: file is empty/],
    ['a whitespace-only file', (dir: string) => { writeFileSync(join(dir, 'blank.txt'), ' \n\t\n  \n'); return join(dir, 'blank.txt'); }, 'E_INPUT_WHITESPACE', /blank\.txt: file holds only whitespace/],
    ['a binary file (PNG)', (dir: string) => { writeFileSync(join(dir, 'image.txt'), PNG); return join(dir, 'image.txt'); }, 'E_INPUT_BINARY', /image\.txt: binary file \(PNG image\), not text/],
    ['invalid UTF-8', (dir: string) => { writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 society in 1905.', 'latin1')); return join(dir, 'latin1.txt'); }, 'E_INPUT_ENCODING', /latin1\.txt: not valid UTF-8 \(first bad byte at offset 3\)/],
    ['a truncated UTF-8 file', (dir: string) => { writeFileSync(join(dir, 'cut.txt'), Buffer.concat([Buffer.from('The 1995–2002 period ended\u2014'), Buffer.from([0xe2, 0x80])])); return join(dir, 'cut.txt'); }, 'E_INPUT_ENCODING', /cut\.txt: not valid UTF-8/],
    ['an unreadable file (a symlink loop)', (dir: string) => { symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt')); return join(dir, 'loop.txt'); }, 'E_INPUT_UNREADABLE', /loop\.txt: cannot be read: ELOOP/],
  ])('%s', async (_what, make, code, message) => {
    const { dir, out } = workspace();
    writeFileSync(join(dir, 'good.txt'), ESSAY);
    const bad = make(dir);
    const { rows, logs } = await run([bad, join(dir, 'good.txt')], out);
    expect(rows.map((r) => r.status)).toEqual(['failed', 'ok']);
    expect(rows[0].error!.code).toBe(code);
    expect(rows[0].error!.message).toMatch(message);
    expect(logs.filter((l) => l.startsWith('failed'))).toHaveLength(1);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.inputs.map((r: IndexRow) => r.status)).toEqual(['failed', 'ok']);
    expect(existsSync(join(out, 'good.report.json'))).toBe(true);
  });

  it('decodes invalid UTF-8 as Windows-1252 when asked, with a warning in the report', async () => {
    const { dir, out } = workspace();
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 society grew in 1905.', 'latin1'));
    const { rows } = await run([join(dir, 'latin1.txt')], out, { encoding: 'windows-1252' });
    expect(rows[0].status).toBe('ok');
    const report = JSON.parse(readFileSync(join(out, 'latin1.report.json'), 'utf8'));
    expect(report.sentences[0].text).toBe('Café society grew in 1905.');
    expect(report.diagnostics.find((d: { code: string }) => d.code === 'input/encoding').severity).toBe('warning');
  });

  it('accepts UTF-8 with a byte-order mark and CRLF line endings; offsets index the file as read', async () => {
    const { dir, out } = workspace();
    const text = `\ufeff${ESSAY.replace(/\n/g, '\r\n')}`;
    writeFileSync(join(dir, 'crlf.txt'), text);
    const { rows } = await run([join(dir, 'crlf.txt')], out);
    expect(rows[0].status).toBe('ok');
    const report = JSON.parse(readFileSync(join(out, 'crlf.report.json'), 'utf8'));
    const read = readFileSync(join(dir, 'crlf.txt'), 'utf8');
    expect(read.slice(report.sentences[0].start, report.sentences[0].end)).toBe('The dockers’ union was founded in 1905 in the port.');
    expect(report.sentences.map((s: { text: string }) => s.text)).toEqual(['The dockers’ union was founded in 1905 in the port.', 'It grew fast and struck in 1907.', 'The union split in 1920 after a long dispute.']);
  });

  it('reports a file that vanishes mid-batch and goes on', async () => {
    const { dir, out } = workspace();
    for (const n of ['a', 'b', 'c']) writeFileSync(join(dir, `${n}.txt`), ESSAY);
    const entries = discoverInputs([dir]);
    const logs: string[] = [];
    const result = await runBatch(entries, pipeline(), {
      outDir: out,
      format: 'json',
      log: (l) => {
        logs.push(l);
        if (logs.length === 1) rmSync(join(dir, 'b.txt'));
      },
    });
    expect(result.rows.map((r) => `${r.id}:${r.status}`)).toEqual(['a:ok', 'b:failed', 'c:ok']);
    expect(result.rows[1].error!.code).toBe('E_INPUT_MISSING');
  });

  it('fails clearly, before reading anything, when the output directory cannot be written', async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, 'file'), 'x');
    await expect(run([join(dir, 'nope.txt')], join(dir, 'file', 'out'))).rejects.toMatchObject({ code: 'E_OUTPUT_UNWRITABLE' });
  });

  it('never leaves a half-written report: a report that cannot be written fails its row only', async () => {
    const { dir, out } = workspace();
    writeFileSync(join(dir, 'a.txt'), ESSAY);
    writeFileSync(join(dir, 'b.txt'), ESSAY);
    mkdirSync(join(out, 'a.report.json'), { recursive: true }); // the report path is taken by a directory
    const { rows } = await run([join(dir, 'a.txt'), join(dir, 'b.txt')], out);
    expect(rows.map((r) => r.status)).toEqual(['failed', 'ok']);
    expect(rows[0].error!.code).toBe('E_OUTPUT_UNWRITABLE');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps input order and gives inputs with the same name distinct reports', async () => {
    const { dir, out } = workspace();
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    writeFileSync(join(dir, 'x', 'essay.txt'), ESSAY);
    writeFileSync(join(dir, 'y', 'essay.md'), ESSAY);
    const { rows } = await run([join(dir, 'x', 'essay.txt'), join(dir, 'y', 'essay.md'), join(dir, 'x')], out);
    expect(rows.map((r) => r.report)).toEqual(['essay.report.json', 'essay-2.report.json', 'essay-3.report.json']);
  });
});
