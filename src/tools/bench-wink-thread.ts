/**
 * A worker thread of the benchmark's `winkThreads` measurement (see `src/tools/bench.ts`): bare
 * wink-nlp `readDoc` over its share of the corpus (every `threads`-th document, from document
 * `part`), with a wink instance of its own, as a pool worker has one.
 *
 * It reads its first documents once so that V8 has optimised wink's code, says 'ready', waits for
 * 'go' (so that every thread starts at the same moment), reads its share, and says 'done'. Nothing
 * is shared between the threads but the machine: what two of them do beside one is what the
 * machine gives two threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getWink } from '../adapters/wink.js';
import { corpusTexts } from './corpus-texts.js';

export interface WinkThreadData {
  /** The corpus: JSON Lines of `{"text": …}`. */
  file: string;
  part: number;
  threads: number;
}

const { file, part, threads } = workerData as WinkThreadData;
const texts = corpusTexts(file).filter((_, i) => i % threads === part);
const wink = getWink();
for (const t of texts.slice(0, 5)) wink.readDoc(t);
parentPort!.once('message', () => {
  for (const t of texts) wink.readDoc(t);
  parentPort!.postMessage('done');
});
parentPort!.postMessage('ready');
