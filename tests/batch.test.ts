import { spawnSync } from 'node:child_process';
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
    ['a directory with no texts', (dir: string) => { mkdirSync(join(dir, 'empty-dir')); writeFileSync(join(dir, 'empty-dir', 'notes.csv'), 'a,b'); return join(dir, 'empty-dir'); }, 'E_INPUT_NO_TEXTS', /empty-dir: directory holds no texts \(looked for \.txt, \.md, \.pdf\)/],
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

/** Rows of a CSV file, parsed by Python's csv module as a researcher's script would read it. */
function csvRows(file: string): string[][] {
  const r = spawnSync('python3', ['-c', 'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))', file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

function jsonlFile(dir: string, lines: (string | object)[]): string {
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`);
  return file;
}

describe('batch: JSON Lines input', () => {
  it('one report per row, in order; a malformed line is a failed row naming its line; other fields go to source.meta', async () => {
    const { dir, out } = workspace();
    const file = jsonlFile(dir, [
      { id: 'first', text: ESSAY, year: 1999, tags: ['port'] },
      '{"id": "broken", "text": ',
      { id: 'no-text' },
      { id: 7, text: 'Strikes spread in 1911.' },
      { id: 'a/b c', text: 'The board met in 1913.' },
      { id: 'first', text: 'A second row with the same id, of 1920.' },
    ]);
    const result = await runBatch(discoverInputs([file], { format: 'jsonl' }), pipeline(), { outDir: out, format: 'json', inputFormat: 'jsonl' });
    expect(result.rows.map((r) => [r.id, r.path.replace(dir, ''), r.status, r.report ?? r.error!.code])).toEqual([
      ['first', '/corpus.jsonl:1', 'ok', 'first.report.json'],
      [null, '/corpus.jsonl:2', 'failed', 'E_INPUT_JSONL'],
      ['no-text', '/corpus.jsonl:3', 'failed', 'E_INPUT_JSONL'],
      ['7', '/corpus.jsonl:4', 'ok', '7.report.json'],
      ['a/b c', '/corpus.jsonl:5', 'ok', 'a%2Fb%20c.report.json'],
      ['first-2', '/corpus.jsonl:6', 'ok', 'first-2.report.json'],
    ]);
    expect(result.rows[1].error!.message).toMatch(/corpus\.jsonl:2: line is not valid JSON/);
    const report = JSON.parse(readFileSync(join(out, 'first.report.json'), 'utf8'));
    expect(report.source).toMatchObject({ id: 'first', path: null, meta: { year: 1999, tags: ['port'] } });
    expect(ESSAY.slice(report.sentences[0].start, report.sentences[0].end)).toBe('The dockers’ union was founded in 1905 in the port.');
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect([index.ok, index.failed, index.interrupted]).toEqual([4, 2, false]);
  });

  it('a directory holds JSON Lines files (.jsonl, .ndjson), read in path order', async () => {
    const { dir, out } = workspace();
    writeFileSync(join(dir, 'b.ndjson'), `${JSON.stringify({ id: 'b1', text: 'Strikes spread in 1911.' })}\n`);
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify({ id: 'a1', text: 'The board met in 1913.' })}\n${JSON.stringify({ id: 'a2', text: 'It met again in 1914.' })}\n`);
    writeFileSync(join(dir, 'notes.txt'), 'not a corpus');
    const result = await runBatch(discoverInputs([dir], { format: 'jsonl' }), pipeline(), { outDir: out, format: 'json', inputFormat: 'jsonl' });
    expect(result.rows.map((r) => `${r.id}@${r.path.replace(dir, '')}`)).toEqual(['a1@/a.jsonl:1', 'a2@/a.jsonl:2', 'b1@/b.ndjson:1']);
  });

  it('an empty JSONL file is one failed input', async () => {
    const { dir, out } = workspace();
    writeFileSync(join(dir, 'empty.jsonl'), '\n\n');
    const result = await runBatch(discoverInputs([join(dir, 'empty.jsonl')], { format: 'jsonl' }), pipeline(), { outDir: out, format: 'json', inputFormat: 'jsonl' });
    expect(result.rows.map((r) => `${r.status}:${r.error?.code}`)).toEqual(['failed:E_INPUT_EMPTY']);
  });
});

describe('batch: the corpus overview', () => {
  it('index.json, index.csv and sentences.csv account for every input once, in order, and read back with a CSV reader', async () => {
    const { dir, out } = workspace();
    writeFileSync(join(dir, 'a.txt'), ESSAY);
    writeFileSync(join(dir, 'b, "quoted".txt'), 'A board, "the" board, met in 1913.\n');
    const { rows } = await run([join(dir, 'a.txt'), join(dir, 'missing.txt'), join(dir, 'b, "quoted".txt')], out);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.inputs).toEqual(rows);
    expect(Object.keys(index)).toEqual(['tool', 'pipeline', 'startedAt', 'inputs', 'finishedAt', 'ok', 'failed', 'resumed', 'interrupted']);
    const csv = csvRows(join(out, 'index.csv'));
    const col = (name: string) => csv[0].indexOf(name);
    expect(csv.slice(1).map((r) => [r[col('id')], r[col('status')], r[col('error_code')], r[col('words')]])).toEqual([
      ['a', 'ok', '', String(rows[0].words)],
      ['missing', 'failed', 'E_INPUT_MISSING', ''],
      ['b, "quoted"', 'ok', '', String(rows[2].words)],
    ]);
    const sentences = csvRows(join(out, 'sentences.csv'));
    expect(sentences[0]).toEqual(['text_id', 'sentence_id', 'start', 'end', 'section_id', 'period', 'stage', 'period_confidence', 'stance', 'stance_confidence', 'text']);
    expect(sentences.length - 1).toBe(rows[0].sentences! + rows[2].sentences!);
    const last = sentences[sentences.length - 1];
    expect([last[0], last[10]]).toEqual(['b, "quoted"', 'A board, "the" board, met in 1913.']);
    for (const s of sentences.slice(1).filter((r) => r[0] === 'a')) expect(ESSAY.slice(Number(s[2]), Number(s[3])).replace(/\s+/g, ' ')).toBe(s[10]);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('expands quoted glob patterns, ids relative to the pattern base; a pattern that matches nothing is a failed input', async () => {
    const { dir, out } = workspace();
    mkdirSync(join(dir, 'c', 'x'), { recursive: true });
    writeFileSync(join(dir, 'c', 'x', 'one.txt'), ESSAY);
    writeFileSync(join(dir, 'c', 'two.md'), ESSAY);
    writeFileSync(join(dir, 'c', 'skip.csv'), 'a,b');
    const { rows } = await run([`${dir}/c/**/*.{txt,md}`, `${dir}/c/*.nothing`], out);
    expect(rows.map((r) => `${r.id}:${r.status}`)).toEqual(['two:ok', 'x/one:ok', `${dir}/c/*:failed`]);
    expect(rows[2].error!.message).toMatch(/\*\.nothing \(no file matches the pattern\): no such file or directory/);
  });
});

describe('batch: resume and interruption', () => {
  it('--resume skips inputs whose report has the same source and config hash, and rebuilds their rows', async () => {
    const { dir, out } = workspace();
    for (const n of ['a', 'b', 'c']) writeFileSync(join(dir, `${n}.txt`), ESSAY.replace('1905', `19${n.charCodeAt(0) - 90}`));
    const first = await run([dir], out);
    const sentencesBefore = readFileSync(join(out, 'sentences.csv'), 'utf8');
    writeFileSync(join(dir, 'b.txt'), `${ESSAY}More came in 1930.\n`);
    // A report from another configuration is not up to date either.
    const cReport = join(out, 'c.report.json');
    writeFileSync(cReport, readFileSync(cReport, 'utf8').replace(/"configHash":"[0-9a-f]+"/, `"configHash":"${'0'.repeat(64)}"`));
    const second = await run([dir], out, { resume: true });
    expect(second.rows.map((r) => `${r.id}:${r.status}:${r.resumed ?? false}`)).toEqual(['a:ok:true', 'b:ok:false', 'c:ok:false']);
    expect(second.logs[0]).toMatch(/^skipped .*a\.txt \(report up to date/);
    const { resumed: _, ...aAgain } = second.rows[0];
    expect(aAgain).toEqual(first.rows[0]);
    const sentencesAfter = readFileSync(join(out, 'sentences.csv'), 'utf8');
    const aRows = (csv: string) => csv.split('\n').filter((l) => l.startsWith('a,'));
    expect(aRows(sentencesAfter)).toEqual(aRows(sentencesBefore));
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).resumed).toBe(1);
  });

  it('a stop signal takes no new documents, finishes those in flight and writes the index for what is done', async () => {
    const { dir, out } = workspace();
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `t${i}.txt`), ESSAY);
    const stop = new AbortController();
    const result = await runBatch(discoverInputs([dir]), pipeline(), { outDir: out, format: 'json', signal: stop.signal, onRow: (row) => row.id === 't1' && stop.abort() });
    expect(result.interrupted).toBe(true);
    expect(result.rows.map((r) => r.id)).toEqual(['t0', 't1']);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect([index.interrupted, index.ok, index.inputs.length]).toEqual([true, 2, 2]);
    expect(readdirSync(out).filter((f) => f.endsWith('.report.json')).sort()).toEqual(['t0.report.json', 't1.report.json']);
    const resumed = await run([dir], out, { resume: true });
    expect(resumed.rows.map((r) => `${r.id}:${r.resumed ?? false}`)).toEqual(['t0:true', 't1:true', 't2:false', 't3:false', 't4:false', 't5:false']);
  });
});

describe('batch: output that cannot be written', () => {
  it('a stdout that fails ends the batch with that error instead of hanging', async () => {
    const { dir } = workspace();
    for (let i = 0; i < 4; i++) writeFileSync(join(dir, `t${i}.txt`), ESSAY);
    let writes = 0;
    const run = runBatch(discoverInputs([dir]), pipeline(), {
      outDir: '-',
      format: 'jsonl',
      writeStdout: () => {
        if (++writes === 2) throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      },
    });
    await expect(run).rejects.toThrow('write EPIPE');
    expect(writes).toBe(2);
  });
});
