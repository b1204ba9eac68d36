/**
 * A self-check of wink-nlp in a thread: do custom-entity patterns match? wink-eng-lite-web-model
 * 1.8.1 breaks them for every instance but a process's first (see `src/adapters/wink.ts`, which
 * works around it); `tests/pool.test.ts` asks every worker of a pool.
 */
import { threadId } from 'node:worker_threads';
import { readTokens, registerCustomEntities } from '../adapters/wink.js';
import type { ProbeResult, ProbeTask } from './task.js';

/**
 * Registers a custom-entity pattern in this thread's wink instance and reads a sentence with it:
 * were the model's defect to reach the instance, it would find nothing here.
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
