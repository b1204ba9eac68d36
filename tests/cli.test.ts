import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobsFor, ONE_FILE_IN_THREAD_MAX_BYTES } from '../src/cli.js';
import { CORPUS_DIR } from './helpers.js';

// The CLI as users run it: the built bin (npm test builds before testing).
const BIN = resolve(__dirname, '..', 'dist', 'cli.js');
const ESSAY = 'The union was founded in 1905 in the port city.\nIt grew fast.\n';

function cli(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: mkdtempSync(join(tmpdir(), 'pc-cli-')) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli', () => {
  it('--help shows the analyze command; analyze --help shows examples and exit codes', () => {
    expect(cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('analyze [options] <inputs...>') });
    const help = cli(['analyze', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('Exit codes: 0 all inputs ok; 1 some inputs failed (each reported); 2 usage error.');
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '..', 'package.json'), 'utf8'));
    expect(cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each([
    ['an unknown command', ['bogus']],
    ['an unknown format', ['analyze', 'x.txt', '--format', 'xml']],
    ['no inputs', ['analyze']],
    ['a broken pipeline file', ['analyze', 'x.txt', '--pipeline', '/nonexistent/p.json']],
    ['a broken pipeline file, in the main thread', ['analyze', 'x.txt', '--jobs', '0', '--pipeline', '/nonexistent/p.json']],
    ['a bad --jobs', ['analyze', 'x.txt', '--jobs', 'two']],
    ['an unknown input format', ['analyze', 'x.txt', '--input-format', 'csv']],
    ['--resume without an output directory', ['analyze', 'x.txt', '--resume', '-o', '-']],
    ['--timeout without worker threads', ['analyze', 'x.txt', '--timeout', '5', '--jobs', '0']],
  ])('exits 2 on a usage error: %s', (_what, args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('exits 1 when some input fails, 0 when all are ok, and writes index.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'));
    writeFileSync(join(dir, 'essay.txt'), ESSAY);
    const ok = cli(['analyze', join(dir, 'essay.txt'), '-o', join(dir, 'out')]);
    expect(ok.code).toBe(0);
    const failed = cli(['analyze', join(dir, 'essay.txt'), join(dir, 'missing.txt'), '-o', join(dir, 'out2')]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/missing\.txt: no such file or directory \[E_INPUT_MISSING\]/);
    const index = JSON.parse(readFileSync(join(dir, 'out2', 'index.json'), 'utf8'));
    expect(index.inputs.map((r: { status: string }) => r.status)).toEqual(['ok', 'failed']);
  });

  it('reads stdin and writes one JSON report per line to stdout, nothing else', () => {
    const r = cli(['analyze', '-', '--format', 'jsonl', '-o', '-'], ESSAY);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]);
    expect(report.source).toMatchObject({ id: 'stdin', path: '-' });
    expect(report.sentences[0].text).toBe('The union was founded in 1905 in the port city.');
    expect(r.stderr).toContain('ok');
  });

  it('accounts for a failed input on the JSON Lines stream too', () => {
    const r = cli(['analyze', '-', '-o', '-'], '   \n');
    expect(r.code).toBe(1);
    const row = JSON.parse(r.stdout.trim());
    expect(row).toMatchObject({ status: 'failed', source: { id: 'stdin' }, error: { code: 'E_INPUT_WHITESPACE' } });
  });

  it('maps a JSON Lines stream to a JSON Lines stream in worker threads; stderr is silent but for the summary when not a terminal', () => {
    const rows = [{ id: 'b', text: ESSAY }, { id: 'a', text: 'The strike of 1907 failed.', year: 1907 }];
    const r = cli(['analyze', '--input-format', 'jsonl', '--format', 'jsonl', '-o', '-', '--jobs', '2', '-'], rows.map((x) => JSON.stringify(x)).join('\n'));
    expect(r.code).toBe(0);
    const reports = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(reports.map((x) => [x.source.id, x.source.meta ?? null])).toEqual([['b', null], ['a', { year: 1907 }]]);
    expect(r.stderr).toBe('2 ok, 0 failed\n');
  });

  it('on SIGINT finishes the documents in flight, writes the index for what is done, exits 130; --resume completes the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'));
    mkdirSync(join(dir, 'in'));
    const text = readFileSync(join(CORPUS_DIR, 'history-of-radio.txt'), 'utf8');
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'in', `t${String(i).padStart(2, '0')}.txt`), text);
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [BIN, 'analyze', join(dir, 'in'), '-o', out, '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    // Interrupt once the first report is there.
    for (let i = 0; i < 600 && !existsSync(join(out, 't00.report.json')); i++) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('SIGINT: taking no new documents');
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.interrupted).toBe(true);
    expect(index.ok).toBeGreaterThanOrEqual(1);
    expect(index.ok).toBeLessThan(12);
    expect(index.inputs.map((r: { id: string }) => r.id)).toEqual(Array.from({ length: index.ok }, (_, i) => `t${String(i).padStart(2, '0')}`));
    for (const row of index.inputs) expect(existsSync(join(out, row.report))).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const again = cli(['analyze', join(dir, 'in'), '-o', out, '--resume']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`12 ok (${index.ok} up to date, skipped), 0 failed`);
  }, 120_000);
});

describe('cli: one text file is analysed in the main thread unless a worker is asked for', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-jobs-'));
  const small = join(dir, 'essay.txt');
  writeFileSync(small, ESSAY);
  const large = join(dir, 'book.txt');
  writeFileSync(large, 'x'.repeat(ONE_FILE_IN_THREAD_MAX_BYTES + 1));
  const one = (path: string) => [{ id: 'x', path }];
  const defaults = { jobs: 2, inputFormat: 'text' as const, timeout: undefined, maxWorkerHeap: undefined };

  it.each<[string, { id: string; path: string; error?: never }[], Partial<typeof defaults>, boolean, number]>([
    ['one small text file, default jobs: this thread', one(small), {}, false, 0],
    ['--jobs given, even 2 on one file: as given', one(small), {}, true, 2],
    ['a file larger than the limit: workers (a bounded heap)', one(large), {}, false, 2],
    ['two files: workers', [...one(small), { id: 'y', path: small }], {}, false, 2],
    ['stdin: workers (its size is unknown)', one('-'), {}, false, 2],
    ['JSON Lines: workers (one file, many documents)', one(small), { inputFormat: 'jsonl' }, false, 2],
    ['--timeout needs a worker', one(small), { timeout: 5 }, false, 2],
    ['--max-worker-heap needs a worker', one(small), { maxWorkerHeap: 512 }, false, 2],
    ['a missing file: as the default (it fails either way)', one(join(dir, 'missing.txt')), {}, false, 2],
  ])('%s', (_what, entries, opts, given, expected) => {
    expect(jobsFor(entries, { ...defaults, ...opts }, given)).toBe(expected);
  });

  it('the report of one file is the same in the main thread as in a worker', () => {
    const outs = ['default', 'jobs1'].map((name) => join(dir, name));
    expect(cli(['analyze', small, '-o', outs[0]]).code).toBe(0);
    expect(cli(['analyze', small, '-o', outs[1], '--jobs', '1']).code).toBe(0);
    const [a, b] = outs.map((o) => readFileSync(join(o, 'essay.report.json'), 'utf8'));
    expect(a.length).toBeGreaterThan(100);
    expect(a).toBe(b);
  });
});
