/**
 * The command's launcher: the first two lines of src/cli.ts, which sh runs when the file is started
 * as the command `periodcheck`, and which node reads as a comment. They start node with a small
 * young generation for the main thread (LAUNCHER_NODE_FLAGS), except when the main thread itself
 * analyses (--jobs 0), and always with the flags for analysis (ANALYSIS_NODE_FLAGS); the pool then clears the young-generation flag so that workers get their own young
 * generations. Both halves are checked: the shell's choice of flags (with a stand-in `node` that
 * prints its arguments), and the V8 behaviour the pool relies on.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_NODE_FLAGS, LAUNCHER_NODE_FLAGS } from '../src/pool/pool.js';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'dist', 'cli.js');

/** The arguments the launcher hands to `node` for `args`: a stand-in node on the PATH prints them. */
function launched(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pc-launcher-'));
  const fake = join(dir, 'node');
  writeFileSync(fake, '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n');
  chmodSync(fake, 0o755);
  const r = spawnSync('sh', [BIN, ...args], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.split('\n').slice(0, -1);
}

describe('launcher: the flags sh starts node with', () => {
  it('the source and the built command carry the same launcher line, with the flags the benchmark uses', () => {
    const line = (file: string) => readFileSync(file, 'utf8').split('\n').slice(0, 2);
    expect(line(join(ROOT, 'src', 'cli.ts'))).toEqual(line(BIN));
    expect(line(BIN)[0]).toBe('#!/bin/sh');
    expect(line(BIN)[1]).toContain(`exec node ${LAUNCHER_NODE_FLAGS.join(' ')} "$0" "$@"`);
    expect(line(BIN)[1]).toContain(`exec node ${ANALYSIS_NODE_FLAGS.join(' ')} "$0" "$@";;`);
  });

  it.each<[string[], boolean]>([
    [['analyze', 'in', '-o', 'out'], true],
    [['analyze', 'in', '--jobs', '2'], true],
    [['analyze', 'in', '-j', '1'], true],
    // A job count that merely starts with 0's digit is no --jobs 0.
    [['analyze', 'in', '--jobs', '10'], true],
    [['--version'], true],
    // The main thread analyses: node starts with V8's own young generation (and the flags for analysis).
    [['analyze', 'in', '--jobs', '0'], false],
    [['analyze', 'in', '--jobs=0'], false],
    [['analyze', 'in', '-j', '0'], false],
    [['analyze', 'in', '-j0', '-o', 'out'], false],
  ])('%j → flags: %s', (args, flagged) => {
    expect(launched(args)).toEqual([...(flagged ? LAUNCHER_NODE_FLAGS : ANALYSIS_NODE_FLAGS), BIN, ...args]);
  });

  it('an argument with spaces reaches node whole', () => {
    expect(launched(['analyze', 'my essays/one text.txt'])).toEqual([...LAUNCHER_NODE_FLAGS, BIN, 'analyze', 'my essays/one text.txt']);
  });

  it('with the real node, the command runs (its version)', () => {
    const r = spawnSync('sh', [BIN, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('launcher: V8 keeps the main thread small and gives workers their own young generation', () => {
  /** New-space size in MB of the main thread and of a worker asking for a 48 MB young generation, both after allocating. */
  function newSpaces(clear: boolean): { main: number; worker: number } {
    const script = `
      import v8 from 'node:v8';
      import { Worker } from 'node:worker_threads';
      import { workersKeepTheirYoungGeneration } from ${JSON.stringify(join(ROOT, 'dist', 'pool', 'pool.js'))};
      const churn = \`let a = []; for (let i = 0; i < 2e6; i++) { a.push({ i }); if (a.length > 1e5) a = []; }\`;
      const size = \`(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 2 ** 20)\`;
      ${clear ? 'workersKeepTheirYoungGeneration();' : ''}
      const w = new Worker(\`const v8 = require('node:v8'); const { parentPort } = require('node:worker_threads'); \${churn}; parentPort.postMessage(\${size});\`, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
      w.once('message', (worker) => { eval(churn); console.log(JSON.stringify({ main: eval(size), worker })); });
    `;
    const file = join(mkdtempSync(join(tmpdir(), 'pc-launcher-')), 'young.mjs');
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [...LAUNCHER_NODE_FLAGS, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { main: number; worker: number };
  }

  it('after workersKeepTheirYoungGeneration, a worker grows the new space it asked for while the main thread keeps 1 MB semi-spaces', () => {
    const { main, worker } = newSpaces(true);
    expect(main).toBeLessThanOrEqual(2);
    expect(worker).toBeGreaterThanOrEqual(8);
  });

  it('without it, the launcher’s flag would hold every worker to the main thread’s small new space', () => {
    expect(newSpaces(false).worker).toBeLessThanOrEqual(2);
  });
});
