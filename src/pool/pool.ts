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
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { PeriodcheckError } from '../errors.js';
import type { Pipeline } from '../pipeline.js';
import { failedRow } from '../tables.js';
import { runDocTask, runHello, type DocResult, type DocTask, type HelloResult, type ProbeResult, type ProbeTask, type TaskContext } from './task.js';

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

/** Young-generation size of each worker's heap, in MB (see the pool's resource limits). */
export const YOUNG_GENERATION_MB = 16;

export interface PoolOptions {
  jobs: number;
  /** Pipeline definition file each worker builds. */
  pipelineFile: string;
  /** Worker module (default: {@link defaultWorkerFile}); tests wrap it to inject failures. */
  workerFile?: string;
  /**
   * Largest JavaScript heap of each worker, in MB (default: V8's own limit). Below about 1 GB, V8
   * also collects garbage sooner: at 1024, peak RSS on a corpus at --jobs 2 fell from about 470 MB
   * to about 310 MB, for about 15% more CPU time. A document that needs more fails with
   * `E_INTERNAL` (its worker is replaced).
   */
  maxHeapMb?: number;
}

function timeoutFailure(task: DocTask, timeoutMs: number): DocResult {
  const e = new PeriodcheckError('E_TIMEOUT', { file: task.display, seconds: timeoutMs / 1000 });
  return { status: 'failed', row: failedRow(task.id, task.where, { code: e.code, message: e.message }) };
}

/** A pool of `jobs` worker threads, each with its own pipeline. */
export function createPool(options: PoolOptions): Executor {
  const filename = resolve(options.workerFile ?? defaultWorkerFile());
  if (!existsSync(filename)) {
    throw new Error(`periodcheck: worker file ${filename} is missing: build the package first (npm run build)`);
  }
  const pool = new Piscina({
    filename,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    idleTimeout: Infinity,
    // Tasks are tens of milliseconds or more: the message round trip does not matter, and threads
    // that sleep in Atomics.wait between tasks would hold back pdfjs's pending work.
    atomics: 'disabled',
    workerData: { pipelineFile: options.pipelineFile },
    // A smaller young generation than V8's default (which commits about 34 MB per thread even when
    // idle): on a 1 GB corpus at --jobs 2 peak RSS fell from 554 MB to 521 MB, for a few percent
    // more CPU time in scavenges.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, ...(options.maxHeapMb ? { maxOldGenerationSizeMb: options.maxHeapMb } : {}) },
  });
  // An uncaught error in an idle worker: its thread is replaced; nothing to fail.
  pool.on('error', () => {});
  let destroyed = false;

  return {
    jobs: options.jobs,
    async hello() {
      return (await pool.run({ kind: 'hello' })) as HelloResult;
    },
    async probe(task) {
      return (await pool.run(task)) as ProbeResult;
    },
    async run(task, timeoutMs) {
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
        return (await pool.run(sent, { signal: controller.signal, transferList: channel ? [channel.port2] : undefined })) as DocResult;
      } catch (e) {
        if (timedOut) return timeoutFailure(task, timeoutMs!);
        if (destroyed) return new Promise<DocResult>(() => {});
        const err = e as NodeJS.ErrnoException;
        const hint = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? ' (a larger --max-worker-heap, or --jobs 0, may let it through)' : '';
        const message = `worker thread stopped while analysing ${task.display}: ${err.message ?? String(e)}${hint}`;
        return { status: 'failed', row: failedRow(task.id, task.where, { code: 'E_INTERNAL', message }) };
      } finally {
        if (timer) clearTimeout(timer);
        channel?.port1.close();
      }
    },
    threads: () => pool.threads.length,
    async close() {
      await pool.close();
    },
    async destroy() {
      destroyed = true;
      await pool.destroy();
    },
  };
}

/**
 * Runs tasks in this thread, one at a time (no timeout: synchronous analysis cannot be interrupted
 * here). The pipeline is the one given, so a pipeline built in memory works too.
 */
export function createInProcess(pipeline: () => Pipeline): Executor {
  const context: TaskContext = { pipeline };
  return {
    jobs: 1,
    hello: async () => runHello(context),
    // No barrier here: the main thread may not block in Atomics.wait.
    probe: async () => (await import('./probe.js')).runProbe({ kind: 'probe' }),
    run: (task) => runDocTask(task, context),
    threads: () => 0,
    close: async () => {},
    destroy: async () => {},
  };
}
