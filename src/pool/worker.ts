/**
 * Entry point of a pool worker thread (piscina loads `dist/pool/worker.js`).
 *
 * Each thread has its own module instances, so it builds its own pipeline and its own wink-nlp
 * instance, once, when the thread starts (`getPipeline` caches per thread). The wink instance is
 * replaced when its lexicon is full (`src/adapters/wink.ts`); each result says how often that
 * happened during its document, for the pool's count.
 */
import { format } from 'node:util';
import { workerData } from 'node:worker_threads';
import { getPipeline } from '../analyze.js';
import { setWinkLexiconLimit, winkRenewals } from '../adapters/wink.js';
import type { Pipeline } from '../pipeline.js';
import { runProbe } from './probe.js';
import { runDocTask, runHello, type DocResult, type HelloResult, type ProbeResult, type Task, type TaskContext, type WorkerData } from './task.js';

// Standard output may be the batch's JSON Lines stream: nothing a library logs may reach it.
const toStderr = (...args: unknown[]): void => void process.stderr.write(`${format(...args)}\n`);
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;

const data = workerData as Partial<WorkerData> | undefined;
const pipelineFile = data?.pipelineFile;
if (data?.maxWinkLexicon !== undefined) setWinkLexiconLimit(data.maxWinkLexicon);
let built: Pipeline | null = null;
let buildError: unknown = null;
try {
  // Built as the thread starts, so the first document does not wait for it.
  built = getPipeline(pipelineFile);
} catch (e) {
  buildError = e;
}

const context: TaskContext = {
  pipeline(): Pipeline {
    if (!built) throw buildError;
    return built;
  },
};

/** Runs one task in this thread. */
export default async function run(task: Task): Promise<DocResult | HelloResult | ProbeResult> {
  if (task.kind === 'hello') return runHello(context);
  if (task.kind === 'probe') return runProbe(task);
  const before = winkRenewals();
  const result = await runDocTask(task, context);
  return { ...result, winkRenewals: winkRenewals() - before };
}
