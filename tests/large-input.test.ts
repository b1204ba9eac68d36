import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './helpers.js';

// A 50 MB text (the corpus repeated) must be analysed in bounded memory. It runs in a child
// process so that its peak memory is measured alone.
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
      const r = await runBatch(discoverInputs([${JSON.stringify(file)}]), buildPipeline(), { outDir: ${JSON.stringify(join(dir, 'out'))}, format: 'json' });
      console.log(JSON.stringify({ rows: r.rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(run.status, run.stderr).toBe(0);
    const { rows, maxRssMb } = JSON.parse(run.stdout);
    expect(rows[0].status).toBe('ok');
    expect(rows[0].words).toBeGreaterThan(7_000_000);
    // Bounded: a small multiple of the input size, never a blow-up with the token count.
    expect(maxRssMb).toBeLessThan(1600);
    console.log(`50 MB text: peak RSS ${Math.round(maxRssMb)} MB`);
  }, 600_000);
});
