import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './helpers.js';

// A 50 MB text (the corpus repeated) must be analysed in bounded memory, the way the CLI runs it
// (worker threads with the default heap limit). It runs in a child process so that its peak memory
// is measured alone.
describe('a 50 MB text', () => {
  it('is analysed, and peak memory stays bounded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-large-'));
    const seed = readFileSync(join(CORPUS_DIR, 'closing-space.txt'), 'utf8') + '\n\n' + readFileSync(join(CORPUS_DIR, 'history-of-south-korea.txt'), 'utf8');
    const copies = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(seed));
    const file = join(dir, 'big.txt');
    writeFileSync(file, Array.from({ length: copies }, () => seed).join('\n\n'));
    expect(statSync(file).size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const script = `
      import { runBatch } from ${JSON.stringify(resolve(__dirname, '..', 'dist', 'batch.js'))};
      import { discoverInputs } from ${JSON.stringify(resolve(__dirname, '..', 'dist', 'input.js'))};
      import { buildPipeline } from ${JSON.stringify(resolve(__dirname, '..', 'dist', 'pipeline.js'))};
      const r = await runBatch(discoverInputs([${JSON.stringify(file)}]), buildPipeline(), { outDir: ${JSON.stringify(join(dir, 'out'))}, format: 'json', jobs: 2 });
      console.log(JSON.stringify({ rows: r.rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
    // spawnSync blocks the test's own timeout: give the child its own, so a pipeline that became
    // slow fails here within ten minutes instead of holding CI.
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 540_000 });
    expect(run.error, 'the 50 MB text took longer than 9 minutes').toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const { rows, maxRssMb } = JSON.parse(run.stdout);
    expect(rows[0].status).toBe('ok');
    expect(rows[0].words).toBeGreaterThan(7_000_000);
    // Bounded: the text keeps about 0.8 GB alive; a worker's heap may not pass 1024 MB (without a
    // limit V8 let it reach 2.3 GB RSS); beside it the token table, the input's bytes, the idle
    // second worker and the main thread.
    expect(maxRssMb).toBeLessThan(1700);
    console.log(`50 MB text: peak RSS ${Math.round(maxRssMb)} MB`);
  }, 600_000);
});

// Issue 5: memory must not grow with the corpus. Thousands of 50 kB documents go through the batch
// (a worker that analyses nothing stands in for the pipeline, so only the batch's own machinery
// runs); the main thread's heap after garbage collection must stay flat. Regression: racing every
// read against one long-lived stop promise kept each document alive through a reaction on it.
describe('a long JSON Lines stream', () => {
  it("does not grow the main thread's memory with the number of documents", () => {
    const script = `
      import { runBatch } from ${JSON.stringify(resolve(__dirname, '..', 'dist', 'batch.js'))};
      import { discoverInputs } from ${JSON.stringify(resolve(__dirname, '..', 'dist', 'input.js'))};
      const text = 'The union was founded in 1905 in the port city. '.repeat(1000);
      const heap = {};
      let n = 0;
      await runBatch(discoverInputs(['-'], { format: 'jsonl' }), 'unused.json', {
        outDir: '-', format: 'jsonl', inputFormat: 'jsonl', jobs: 1, keepRows: false,
        workerFile: ${JSON.stringify(resolve(__dirname, 'fixtures', 'batch', 'null-worker.mjs'))},
        stdinStream: async function* () {
          for (let i = 0; i < 3000; i++) yield Buffer.from(JSON.stringify({ id: 'd' + i, text: text + i }) + '\\n');
        },
        writeStdout: () => true,
        onRow: () => {
          n++;
          if (n === 500 || n === 3000) { globalThis.gc(); heap[n] = process.memoryUsage().heapUsed / 1048576; }
        },
      });
      console.log(JSON.stringify({ n, heap }));`;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 300_000 });
    expect(run.status, run.stderr).toBe(0);
    const { n, heap } = JSON.parse(run.stdout);
    expect(n).toBe(3000);
    // 2,500 more documents of 100 kB (as UTF-16) each: a leak would add hundreds of MB.
    expect(heap[3000] - heap[500]).toBeLessThan(25);
  }, 300_000);
});

