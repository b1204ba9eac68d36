import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
});
