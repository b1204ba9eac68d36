/**
 * Entry point of a pool worker thread (piscina loads `dist/pool/worker.js`).
 *
 * Each thread has its own module instances, so it builds its own pipeline and its own wink-nlp
 * instance, once, when the thread starts (`getPipeline` caches per thread), and that instance is the
 * first of its thread: the wink model defect (only a module's first instance gets working
 * custom-entity patterns) does not reach it. `tests/pool.test.ts` checks this in every worker.
 */
import { format } from 'node:util';
import { workerData } from 'node:worker_threads';
import { getPipeline } from '../analyze.js';
import { winkLexiconSize } from '../adapters/wink.js';
import type { Pipeline } from '../pipeline.js';
import { runProbe } from './probe.js';
import { runDocTask, runHello, type DocResult, type HelloResult, type ProbeResult, type Task, type TaskContext } from './task.js';

// Standard output may be the batch's JSON Lines stream: nothing a library logs may reach it.
const toStderr = (...args: unknown[]): void => void process.stderr.write(`${format(...args)}\n`);
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;

const pipelineFile = (workerData as { pipelineFile?: string } | undefined)?.pipelineFile;
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
  return { ...(await runDocTask(task, context)), winkLexicon: winkLexiconSize() };
}
