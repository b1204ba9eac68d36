/**
 * A self-check of wink-nlp in a thread, for the one-instance defect of wink-eng-lite-web-model:
 * only a module's first `winkNLP(model)` instance gets working custom-entity patterns. Worker threads
 * have their own module instances, so each should find the pattern below; `tests/pool.test.ts` asks
 * every worker of a pool.
 */
import { threadId } from 'node:worker_threads';
import { readTokens, registerCustomEntities } from '../adapters/wink.js';
import type { ProbeResult, ProbeTask } from './task.js';

/**
 * Registers a custom-entity pattern in this thread's wink instance and reads a sentence with it:
 * wink-eng-lite-web-model's defect makes patterns of any instance but a module's first match
 * nothing, so a thread whose instance were not its own first would find nothing here.
 */
export function runProbe(task: ProbeTask): ProbeResult {
  if (task.barrier && task.count) {
    const counter = new Int32Array(task.barrier);
    Atomics.add(counter, 0, 1);
    const deadline = Date.now() + 20_000;
    while (Atomics.load(counter, 0) < task.count && Date.now() < deadline) Atomics.wait(counter, 0, Atomics.load(counter, 0), 50);
  }
  registerCustomEntities('pool-probe', [{ name: 'ministry', patterns: ['Ministry of [PROPN] [PROPN]'] }]);
  try {
    const found = readTokens('Officials at the Ministry of Civil Affairs agreed.').customEntities.map((e) => e.name);
    return { threadId, found };
  } finally {
    registerCustomEntities('pool-probe', []);
  }
}
