/**
 * Executors run tasks: a pool of worker threads (piscina), or the calling thread (`jobs: 0`).
 *
 * The pool's workers run the COMPILED code: `dist/pool/worker.js` of this package, found from the
 * package root whether this module runs from `dist/` or from `src/` under vitest. So the package must
 * be built (`npm run build`; `npm test` builds first) before a pool can start.
 *
 * A task that runs past its timeout is aborted: piscina stops the thread that runs it and starts a
 * new one, and the task becomes a failed result (`E_TIMEOUT`). A worker that crashes fails its task
 * (`E_INTERNAL`) and is replaced the same way. The timeout counts from the moment the worker starts
 * the task (it says so through a message port), not from when the task was queued.
 *
 * Each worker replaces its own wink instance when the instance's lexicon is full (see
 * `src/adapters/wink.ts`), so a long batch of varied texts keeps its memory flat; the pool counts
 * those renewals.
 */
import v8 from 'node:v8';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { PeriodcheckError } from '../errors.js';
import type { Pipeline } from '../pipeline.js';
import { failedRow } from '../tables.js';
import { runDocTask, runHello, type DocResult, type DocTask, type HelloResult, type ProbeResult, type ProbeTask, type TaskContext, type WorkerData } from './task.js';

/** Runs tasks somewhere: worker threads or this thread. */
export interface Executor {
  /** Number of documents analysed at once. */
  readonly jobs: number;
  /** The pipeline's identity, once a worker has built it; rejects with a usage error if it cannot be built. */
  hello(): Promise<HelloResult>;
  /** Runs one document; resolves (never rejects) with its result. */
  run(task: DocTask, timeoutMs?: number): Promise<DocResult>;
  /** Runs a wink probe (see `runProbe`). */
  probe(task: ProbeTask): Promise<ProbeResult>;
  /** Number of live worker threads (0 for this thread). */
  threads(): number;
  /** How many times a thread replaced its wink instance because the instance's lexicon was full. */
  renewals(): number;
  /** Waits for running tasks, then stops the workers. */
  close(): Promise<void>;
  /** Stops the workers now; running tasks are abandoned (their promises never settle). */
  destroy(): Promise<void>;
}

/** The package root: the nearest directory above this module holding package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('periodcheck: cannot find the package root from the pool module');
    dir = up;
  }
  return dir;
}

/** The compiled worker entry: always `<package>/dist/pool/worker.js`. */
export function defaultWorkerFile(): string {
  return join(packageRoot(), 'dist', 'pool', 'worker.js');
}

/**
 * Young-generation memory of a lone worker, and of each of several, in MB (48 is V8's usual size
 * for a main thread). A document's layers live for its whole analysis; in a young generation that
 * holds several documents' garbage they die there, instead of being copied by scavenges and
 * promoted into the old generation, whose concurrent marking then competes for the cores.
 * Measured on 20 MB of text: one worker with 192 MB did 10% more words/s than with 48 MB (V8's
 * background threads used 3.3–3.5 s of CPU instead of 4.7–5.0 s) for 70 MB more RSS. Each worker
 * also keeps its own old generation (some 170 MB with its garbage), so several workers cannot
 * afford more than the least: at `--jobs 2` (3 interleaved runs each), 48 MB each peaked at
 * 439–455 MB RSS, 64 MB at 493–519 MB and 96 MB at 496–522 MB, for 2–3% more CPU than 96.
 */
export const LONE_WORKER_YOUNG_GENERATION_MB = 192;
export const MIN_YOUNG_GENERATION_MB = 48;

/** Young-generation size of each of `jobs` workers, in MB. */
export function youngGenerationMb(jobs: number): number {
  return jobs <= 1 ? LONE_WORKER_YOUNG_GENERATION_MB : MIN_YOUNG_GENERATION_MB;
}

export interface PoolOptions {
  jobs: number;
  /** Pipeline definition file each worker builds. */
  pipelineFile: string;
  /** Worker module (default: {@link defaultWorkerFile}); tests wrap it to inject failures. */
  workerFile?: string;
  /**
   * Largest JavaScript heap of each worker, in MB. Unset: {@link DEFAULT_WORKER_HEAP_MB}, and a
   * document that runs out of it is analysed again, alone, in a roomy worker (V8's own limit). Set:
   * a document that needs more fails with `E_INTERNAL` (its worker is replaced).
   */
  maxHeapMb?: number;
  /** Analyse a document that ran out of heap again in a roomy worker (default: when `maxHeapMb` is unset). */
  retryOutOfMemory?: boolean;
  /** Lexemes a worker's wink instance may hold before the worker replaces it (default: `MAX_WINK_LEXICON` in `src/adapters/wink.ts`). */
  maxWinkLexicon?: number;
}

/**
 * The default heap limit of a worker for ordinary documents, in MB (long ones: see
 * {@link LARGE_DOCUMENT_BYTES}). Below 2 GB, V8 grows a heap by at most about 1.6×
 * between full collections instead of 4×, so a long text's peak follows what it keeps alive: a
 * 50 MB text peaked at 2.4 GB RSS without a limit, 1.4 GB at 1280 MB and 1.3 GB at 1024 MB, in the
 * same time (it keeps about 0.8 GB alive; an earlier build took 25% longer at 1024, the fifteenth
 * session's did not: 43.6 s against 44.6 s). On 1 GB of JSON Lines at `--jobs 2` the peak was
 * 494–504 MB at 1280 (three runs) and 483–484 MB at 1024 (two), at the same words/s; as the
 * pipeline grew, 499–501 MB at 1024, and 495 MB at 896.
 */
export const DEFAULT_WORKER_HEAP_MB = 896;

/**
 * A document of at least this many bytes (its file's, or its text's) is analysed, with the default
 * limit, in a worker of {@link LARGE_DOCUMENT_HEAP_MB} from the start: a text keeps about 16 bytes
 * alive per character, and near its limit V8 collects over and over (a 50 MB text kept 0.8 GB).
 * The workers of ordinary documents get the lower default.
 */
export const LARGE_DOCUMENT_BYTES = 24 * 2 ** 20;
/** The heap limit of the worker for documents of {@link LARGE_DOCUMENT_BYTES} or more, in MB (a 50 MB text: 1.3 GB RSS, about a minute). */
export const LARGE_DOCUMENT_HEAP_MB = 1024;

/** True when a document of `bytes` goes to the worker for long texts: with the default limit only (`maxHeapMb` unset). */
export function goesToLongTextWorker(bytes: number, maxHeapMb: number | undefined): boolean {
  return maxHeapMb === undefined && bytes >= LARGE_DOCUMENT_BYTES;
}

/** The size of a task's input in bytes, as far as the main thread knows it without reading it (0 when unknown). */
export function inputBytes(task: Pick<DocTask, 'source'>): number {
  const source = task.source;
  if (source.type === 'bytes') return source.bytes.byteLength;
  if (source.type === 'text') return source.text.length;
  try {
    return statSync(source.file).size;
  } catch {
    return 0;
  }
}

function timeoutFailure(task: DocTask, timeoutMs: number): DocResult {
  const e = new PeriodcheckError('E_TIMEOUT', { file: task.display, seconds: timeoutMs / 1000 });
  return { status: 'failed', row: failedRow(task.id, task.where, { code: e.code, message: e.message }) };
}

/**
 * The flags the command's launcher (the first lines of src/cli.ts) starts node with whichever
 * thread analyses: V8 compiles each regular expression to machine code at its first use instead of
 * interpreting it once first. A V8 flag holds for every thread of the process, workers too. The
 * pipeline's stages hold some two thousand expressions, and a worker meets most of them on its
 * first document: one document through the command took 2.19 s to 1.95 s (the first report 2.04 s
 * to 1.86 s; medians of five interleaved runs, twenty-fifth session); over many documents it makes
 * no difference (the pipeline alone on 10 MB, three pairs: 13.3–14.4 s of CPU either way).
 */
export const ANALYSIS_NODE_FLAGS = ['--no-regexp-tier-up'];

/**
 * The flags the launcher starts node with when workers analyse (every --jobs but 0): also a small
 * young generation for the main thread (see {@link workersKeepTheirYoungGeneration}). The
 * benchmark starts its batch measurements with them too, to measure what the command does.
 */
export const LAUNCHER_NODE_FLAGS = [...ANALYSIS_NODE_FLAGS, '--max-semi-space-size=1'];

/**
 * V8 reads `--max-semi-space-size` when it sets up each thread's heap, and the flag beats the
 * young generation a worker asks for in its `resourceLimits`: left set by the launcher, every
 * worker would scavenge small semi-spaces (with 4 MB ones, a fifth more CPU on 200 MB). Cleared before workers start, the
 * main thread keeps its small heap and each worker gets {@link youngGenerationMb}. (Flags changed
 * after start-up take effect for heaps set up later; `tests/launcher.test.ts` checks that this one
 * does.)
 */
export function workersKeepTheirYoungGeneration(): void {
  v8.setFlagsFromString('--max-semi-space-size=0');
}

/** A pool of `jobs` worker threads, each with its own pipeline. */
export function createPool(options: PoolOptions): Executor {
  workersKeepTheirYoungGeneration();
  const filename = resolve(options.workerFile ?? defaultWorkerFile());
  if (!existsSync(filename)) {
    throw new Error(`periodcheck: worker file ${filename} is missing: build the package first (npm run build)`);
  }
  const piscina = (threads: number, maxHeapMb: number | undefined, minThreads = threads): Piscina =>
    new Piscina({
      filename,
      minThreads,
      maxThreads: threads,
      idleTimeout: Infinity,
      // Tasks are tens of milliseconds or more: the message round trip does not matter, and threads
      // that sleep in Atomics.wait between tasks would hold back pdfjs's pending work.
      atomics: 'disabled',
      workerData: { pipelineFile: options.pipelineFile, maxWinkLexicon: options.maxWinkLexicon } satisfies WorkerData,
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb(options.jobs), ...(maxHeapMb ? { maxOldGenerationSizeMb: maxHeapMb } : {}) },
    });
  // One worker starts at once; piscina starts the others when the first documents find it busy.
  // Workers that start together load wink's model and build and compile the pipeline side by side
  // on the same cores, so the first report waits for all of them: staggered, the first worker has a
  // core to itself while the next starts beside its first document, and a run over one text starts
  // one worker. On 20 MB at --jobs 2 (5 interleaved runs each) the first report came 0.3–0.4 s
  // sooner (1.0–1.2 s against 1.2–1.6 s on a loaded machine) and the whole batch took 0–2% longer.
  const pool = piscina(options.jobs, options.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB, 1);
  // Asked before the first worker is ready, piscina would start another for the question.
  const firstWorker = new Promise<void>((resolve) => {
    pool.once('workerCreate', () => resolve());
    pool.once('error', () => resolve());
  });
  // With the default limit, a document that runs out of heap gets a second chance in one roomy
  // worker, started only when first needed (a book-length text among articles).
  let roomy: Piscina | null = null;
  // With the default limit, a long text goes to one worker of a larger limit, started when first needed.
  let large: Piscina | null = null;
  const retryRoomy = options.retryOutOfMemory ?? options.maxHeapMb === undefined;
  // An uncaught error in an idle worker: its thread is replaced; nothing to fail.
  pool.on('error', () => {});
  let destroyed = false;

  let renewals = 0;

  /** One attempt at a task in `where`: its result, or how its worker stopped. */
  type Attempt = { result: DocResult; outOfMemory?: false } | { result?: undefined; outOfMemory: boolean; error: NodeJS.ErrnoException };
  const runIn = async (where: Piscina, task: DocTask, timeoutMs?: number): Promise<Attempt> => {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    let channel: MessageChannel | undefined;
    let sent: DocTask = task;
    if (timeoutMs && timeoutMs > 0) {
      channel = new MessageChannel();
      channel.port1.once('message', () => {
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
      });
      sent = { ...task, started: channel.port2 };
    }
    try {
      const result = (await where.run(sent, { signal: controller.signal, transferList: channel ? [channel.port2] : undefined })) as DocResult;
      // Counted here, not reported per document.
      if (result.winkRenewals !== undefined) {
        renewals += result.winkRenewals;
        delete result.winkRenewals;
      }
      return { result };
    } catch (e) {
      if (timedOut) return { result: timeoutFailure(task, timeoutMs!) };
      const error = e as NodeJS.ErrnoException;
      return { outOfMemory: error.code === 'ERR_WORKER_OUT_OF_MEMORY', error };
    } finally {
      if (timer) clearTimeout(timer);
      channel?.port1.close();
    }
  };

  /** The task's result; a stopped worker becomes a failed row (or, once the pool is destroyed, never settles). */
  const finish = (attempt: Attempt, task: DocTask): Promise<DocResult> | DocResult => {
    if (attempt.result) return attempt.result;
    if (destroyed) return new Promise<DocResult>(() => {});
    const err = attempt.error;
    const hint = attempt.outOfMemory ? ' (a larger --max-worker-heap, or --jobs 0, may let it through)' : '';
    const message = `worker thread stopped while analysing ${task.display}: ${err.message ?? String(err)}${hint}`;
    return { status: 'failed', row: failedRow(task.id, task.where, { code: 'E_INTERNAL', message }) };
  };

  return {
    jobs: options.jobs,
    async hello() {
      await firstWorker;
      return (await pool.run({ kind: 'hello' })) as HelloResult;
    },
    async probe(task) {
      return (await pool.run(task)) as ProbeResult;
    },
    async run(task, timeoutMs) {
      const long = !destroyed && goesToLongTextWorker(inputBytes(task), options.maxHeapMb);
      if (long) large ??= piscina(1, LARGE_DOCUMENT_HEAP_MB).on('error', () => {});
      const first = await runIn(long ? large! : pool, task, timeoutMs);
      if (first.outOfMemory && retryRoomy && !destroyed) {
        roomy ??= piscina(1, undefined).on('error', () => {});
        return finish(await runIn(roomy, task, timeoutMs), task);
      }
      return finish(first, task);
    },
    threads: () => pool.threads.length,
    renewals: () => renewals,
    async close() {
      await Promise.all([pool.close(), large?.close(), roomy?.close()]);
    },
    async destroy() {
      destroyed = true;
      await Promise.all([pool.destroy(), large?.destroy(), roomy?.destroy()]);
    },
  };
}

/**
 * Runs tasks in this thread, one at a time (no timeout: synchronous analysis cannot be interrupted
 * here). The pipeline is the one given, so a pipeline built in memory works too.
 */
export function createInProcess(pipeline: () => Pipeline): Executor {
  const context: TaskContext = { pipeline };
  let renewals = 0;
  return {
    jobs: 1,
    hello: async () => runHello(context),
    // No barrier here: the main thread may not block in Atomics.wait.
    probe: async () => (await import('./probe.js')).runProbe({ kind: 'probe' }),
    async run(task) {
      // Imported here, not at the top: a pool's main thread never loads wink.
      const { winkRenewals } = await import('../adapters/wink.js');
      const before = winkRenewals();
      const result = await runDocTask(task, context);
      renewals += winkRenewals() - before;
      return result;
    },
    threads: () => 0,
    renewals: () => renewals,
    close: async () => {},
    destroy: async () => {},
  };
}
