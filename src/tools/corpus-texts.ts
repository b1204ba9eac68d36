/** The benchmark corpus's texts, shared by `bench.ts` and its worker threads (`bench-wink-thread.ts`). */
import { readFileSync } from 'node:fs';

/** The texts of a JSON Lines corpus (`{"text": …}` per line), the first `lines` lines only when given. */
export function corpusTexts(file: string, lines?: number): string[] {
  return readFileSync(file, 'utf8')
    .split('\n', lines)
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}
