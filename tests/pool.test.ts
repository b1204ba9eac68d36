// Worker threads run the compiled code (dist/pool/worker.js): build first (npm test does).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions, type BatchResult } from '../src/batch.js';
import { DEFAULT_PIPELINE_FILE } from '../src/pipeline.js';
import { discoverInputs } from '../src/input.js';
import { createPool, goesToLongTextWorker, inputBytes, LARGE_DOCUMENT_BYTES } from '../src/pool/pool.js';
import { corpusNames, corpusText, FIXTURES } from './helpers.js';

const FAULTY_WORKER = join(FIXTURES, 'batch', 'faulty-worker.mjs');
const LOGGING_WORKER = join(FIXTURES, 'batch', 'logging-worker.mjs');

/** Runs a JSON Lines corpus given as rows through a batch writing JSON Lines to a string. */
async function runJsonl(rows: unknown[], options: Partial<BatchOptions>): Promise<{ result: BatchResult; lines: string[] }> {
  const input = Buffer.from(rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n'));
  const out: string[] = [];
  const result = await runBatch(discoverInputs(['-'], { format: 'jsonl' }), DEFAULT_PIPELINE_FILE, {
    outDir: '-',
    format: 'jsonl',
    inputFormat: 'jsonl',
    stdinStream: async function* () {
      yield input;
    },
    writeStdout: (chunk) => void out.push(chunk),
    ...options,
  });
  return { result, lines: out.join('').split('\n').filter(Boolean) };
}

describe('pool: worker threads', () => {
  it('wink: custom-entity patterns match in every worker thread', async () => {
    const pool = createPool({ jobs: 2, pipelineFile: DEFAULT_PIPELINE_FILE });
    try {
      // The barrier holds each probe until both are running, so they run on two different threads.
      const barrier = new SharedArrayBuffer(4);
      const probes = await Promise.all([0, 1].map(() => pool.probe({ kind: 'probe', barrier, count: 2 })));
      expect(new Set(probes.map((p) => p.threadId)).size).toBe(2);
      expect(probes.map((p) => p.found)).toEqual([['ministry'], ['ministry']]);
    } finally {
      await pool.destroy();
    }
  });

  it('reports from two workers equal those made in the main thread, byte for byte, in input order', async () => {
    const rows = corpusNames().map((name) => ({ id: name, text: corpusText(name), source: 'corpus' }));
    const inThread = await runJsonl(rows, { jobs: 0 });
    const pooled = await runJsonl(rows, { jobs: 2 });
    expect(pooled.result.ok).toBe(rows.length);
    expect(pooled.lines.map((l) => JSON.parse(l).source.id)).toEqual(corpusNames());
    expect(pooled.lines).toEqual(inThread.lines);
  });

  it('a worker whose wink lexicon is full replaces its wink instance; every report is the same', async () => {
    // Each text brings 200 words wink has never met ('Zorvek17x3'), as a corpus of varied texts does.
    const rows = Array.from({ length: 10 }, (_, d) => ({
      id: `t${d}`,
      text: `In ${1950 + d} the union led by ${Array.from({ length: 200 }, (_, w) => `Zorvek${d}x${w}`).join(' and ')} struck. It was banned in ${1960 + d}.`,
    }));
    const inThread = await runJsonl(rows, { jobs: 0 });
    // The model's lexicon is 87,593 lexemes: a limit just above it is passed by the first documents.
    const renewed = await runJsonl(rows, { jobs: 2, maxWinkLexicon: 87_600 });
    expect(renewed.result.rows.filter((r) => r.status !== 'ok').map((r) => r.error)).toEqual([]);
    expect(renewed.result.winkRenewals).toBeGreaterThanOrEqual(2);
    expect(renewed.result.ok).toBe(rows.length);
    expect(renewed.lines).toEqual(inThread.lines);
    const kept = await runJsonl(rows, { jobs: 2 });
    expect(kept.result.winkRenewals).toBe(0);
  }, 120_000);

  /** Runs rows through a batch with the logging worker; its task log as [event, id, thread] triples. */
  async function taskLog(rows: { id: string; text: string }[], options: Partial<BatchOptions>): Promise<{ result: BatchResult; events: string[][] }> {
    const log = join(mkdtempSync(join(tmpdir(), 'periodcheck-tasks-')), 'tasks.log');
    process.env.PERIODCHECK_TEST_TASK_LOG = log;
    try {
      const { result } = await runJsonl(rows, { workerFile: LOGGING_WORKER, ...options });
      return { result, events: readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' ')) };
    } finally {
      delete process.env.PERIODCHECK_TEST_TASK_LOG;
    }
  }
  const slowRows = (firstMs: number): { id: string; text: string }[] => [
    { id: 'first', text: `SLOW${firstMs} The union was founded in 1905.` },
    ...[1, 2, 3, 4, 5, 6].map((i) => ({ id: `d${i}`, text: `SLOW300 The strike of 19${10 + i} spread.` })),
  ];

  it('the first document runs alone until its result (the first report comes sooner); then every worker takes documents', async () => {
    // The first document takes 1.5 s: long enough for a second worker to start and take the next
    // ones, were they handed out before its result.
    const { result, events } = await taskLog(slowRows(1500), { jobs: 2, firstAloneMs: 60_000 });
    expect(result.ok).toBe(7);
    expect(events.slice(0, 2).map(([what, id]) => `${what} ${id}`)).toEqual(['start first', 'end first']);
    expect(new Set(events.map(([, , thread]) => thread)).size).toBe(2);
  }, 60_000);

  it('... but not for longer than firstAloneMs: a long first document does not hold the other workers back', async () => {
    const { result, events } = await taskLog(slowRows(4000), { jobs: 2, firstAloneMs: 200 });
    expect(result.ok).toBe(7);
    const at = (what: string, id: string): number => events.findIndex(([w, i]) => w === what && i === id);
    expect(at('start', 'd1')).toBeGreaterThan(-1);
    expect(at('start', 'd1')).toBeLessThan(at('end', 'first'));
  }, 60_000);

  it('a document that throws, hangs past --timeout or kills its thread fails alone; the worker is replaced and the batch goes on', async () => {
    const ok = (id: string) => ({ id, text: `The union was founded in 1905 (${id}).` });
    const rows = [ok('a'), { id: 'throws', text: 'THROW' }, { id: 'hangs', text: 'HANG' }, ok('b'), { id: 'exits', text: 'EXIT' }, ok('c')];
    // One worker: each later document needs the replacement of the thread that was stopped, and
    // 'b' waits in the queue while 'hangs' runs, which must not count against its own time limit.
    const { result, lines } = await runJsonl(rows, { jobs: 1, timeoutMs: 2000, workerFile: FAULTY_WORKER });
    expect(result.rows.map((r) => `${r.id}:${r.status}:${r.error?.code ?? ''}`)).toEqual(['a:ok:', 'throws:failed:E_INTERNAL', 'hangs:failed:E_TIMEOUT', 'b:ok:', 'exits:failed:E_INTERNAL', 'c:ok:']);
    expect(result.rows[1].error!.message).toContain('injected failure');
    expect(result.rows[2]).toMatchObject({ path: '<stdin>:3', error: { message: "id 'hangs': analysis took longer than 2 s (--timeout)" } });
    expect(result.rows[4].error!.message).toMatch(/^worker thread stopped while analysing id 'exits': /);
    expect(lines.map((l) => JSON.parse(l).status ?? 'ok')).toEqual(['ok', 'failed', 'failed', 'ok', 'failed', 'ok']);
  }, 60_000);

  it('a document that needs more than --max-worker-heap fails alone, with a hint, and the batch goes on', async () => {
    const small = (id: string) => ({ id, text: `The union was founded in 1905 (${id}).` });
    const big = { id: 'big', text: 'The dockers struck in 1907 and again in 1911. '.repeat(120_000) };
    const { result } = await runJsonl([small('a'), big, small('b')], { jobs: 1, maxWorkerHeapMb: 128 });
    expect(result.rows.map((r) => `${r.id}:${r.status}`)).toEqual(['a:ok', 'big:failed', 'b:ok']);
    expect(result.rows[1].error).toMatchObject({ code: 'E_INTERNAL', message: expect.stringMatching(/^worker thread stopped while analysing id 'big': .*memory.*\(a larger --max-worker-heap, or --jobs 0, may let it through\)$/) });
  }, 120_000);

  it('with the default heap limit, a document that runs out of heap is analysed again in a roomy worker', async () => {
    const small = (id: string) => ({ id, text: `The union was founded in 1905 (${id}).` });
    const big = { id: 'big', text: 'The dockers struck in 1907 and again in 1911. '.repeat(120_000) };
    // The same small limit as above stands in for the default; the retry is what the default adds.
    const { result, lines } = await runJsonl([small('a'), big, small('b')], { jobs: 1, maxWorkerHeapMb: 128, retryOutOfMemory: true });
    expect(result.rows.map((r) => `${r.id}:${r.status}`)).toEqual(['a:ok', 'big:ok', 'b:ok']);
    const report = JSON.parse(lines[1]);
    expect(report.source.id).toBe('big');
    expect(report.sentences).toHaveLength(120_000);
  }, 180_000);

  it('a pipeline file that cannot be built is a usage error before any input is read', async () => {
    await expect(runBatch(discoverInputs(['-']), '/nonexistent/p.json', { outDir: '-', format: 'jsonl', jobs: 1 })).rejects.toMatchObject({ code: 'E_PIPELINE_FILE' });
  });
});

describe('pool: streaming with back-pressure', () => {
  it('reads input only as fast as documents are written out: never more than the window in flight', async () => {
    const n = 40;
    let pulled = 0;
    let pulledAtFirstRow = -1;
    const rows = Array.from({ length: n }, (_, i) => `${JSON.stringify({ id: `d${i}`, text: `Document ${i} was written in 19${10 + i}.` })}\n`);
    const out: string[] = [];
    const result = await runBatch(discoverInputs(['-'], { format: 'jsonl' }), DEFAULT_PIPELINE_FILE, {
      outDir: '-',
      format: 'jsonl',
      inputFormat: 'jsonl',
      jobs: 2,
      window: 4,
      stdinStream: async function* () {
        for (const r of rows) {
          pulled++;
          yield Buffer.from(r);
        }
      },
      writeStdout: (chunk) => void out.push(chunk),
      onRow: () => {
        if (pulledAtFirstRow < 0) pulledAtFirstRow = pulled;
      },
    });
    expect(result.ok).toBe(n);
    expect(result.maxPending).toBeLessThanOrEqual(4);
    // The window (4) plus the line being read: the rest of the input was not touched yet.
    expect(pulledAtFirstRow).toBeLessThanOrEqual(6);
    expect(out.map((l) => JSON.parse(l).source.id)).toEqual(rows.map((_, i) => `d${i}`));
  });

  it('the stream is a pure map: a row gives the same line whatever comes before it', async () => {
    const row = { id: 'x1', text: 'In 1995 the first labour groups opened in the city.', lang: 'en' };
    const alone = await runJsonl([row], { jobs: 1 });
    const among = await runJsonl([{ id: 'x0', text: 'Another text of 1990.' }, row], { jobs: 1 });
    expect(among.lines[1]).toBe(alone.lines[0]);
    expect(JSON.parse(alone.lines[0]).source).toMatchObject({ id: 'x1', path: null, meta: { lang: 'en' } });
  });
});

describe('pool: which worker a document goes to', () => {
  it('sends a long text to the worker of the larger heap, with the default limit only', () => {
    expect(goesToLongTextWorker(LARGE_DOCUMENT_BYTES, undefined)).toBe(true);
    expect(goesToLongTextWorker(LARGE_DOCUMENT_BYTES - 1, undefined)).toBe(false);
    expect(goesToLongTextWorker(LARGE_DOCUMENT_BYTES * 4, 2048)).toBe(false);
  });

  it("knows an input's size from its bytes, its text or its file, and 0 for a file that is gone", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-size-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'x'.repeat(1234));
    expect(inputBytes({ source: { type: 'file', file } })).toBe(1234);
    expect(inputBytes({ source: { type: 'bytes', bytes: new Uint8Array(77) } })).toBe(77);
    expect(inputBytes({ source: { type: 'text', text: 'abc' } })).toBe(3);
    expect(inputBytes({ source: { type: 'file', file: join(dir, 'missing.txt') } })).toBe(0);
  });
});
