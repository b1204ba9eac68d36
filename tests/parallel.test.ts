// `periodcheck analyze --input-format jsonl --format jsonl -o - -` is a pure per-document map, so an
// existing engine can spread a corpus across processes or machines. Here GNU parallel (Debian
// package `parallel`; .ci/run installs it) cuts a corpus into shards and runs one periodcheck per
// shard; the merged output must equal a single run's, byte for byte, once sorted by id.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusNames, corpusText } from './helpers.js';

const BIN = resolve(__dirname, '..', 'dist', 'cli.js');
const MAP = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} analyze --input-format jsonl --format jsonl -o - --jobs 1 --quiet -`;

/** A corpus of documents cut from the development texts: each text in parts of a few paragraphs. */
function corpusLines(): string[] {
  const lines: string[] = [];
  for (const name of corpusNames()) {
    const paragraphs = corpusText(name).split(/\n\s*\n/);
    for (let i = 0; i < paragraphs.length; i += 12) {
      lines.push(JSON.stringify({ id: `${name}#${i / 12}`, text: paragraphs.slice(i, i + 12).join('\n\n'), corpus: name }));
    }
  }
  // A row that fails: failures travel on the stream too, and must merge the same way.
  lines.splice(3, 0, JSON.stringify({ id: 'blank', text: '  \n ' }));
  return lines;
}

function sortedById(output: string): string[] {
  const lines = output.split('\n').filter(Boolean);
  const id = (l: string): string => JSON.parse(l).source.id;
  return lines.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

describe('beyond one machine: GNU parallel', () => {
  it('shards run through `parallel --pipe` merge to exactly the output of a single run', () => {
    const version = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
    expect(version.status, 'GNU parallel is needed (apt-get install parallel; .ci/run installs it)').toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'pc-parallel-'));
    const lines = corpusLines();
    expect(lines.length).toBeGreaterThanOrEqual(12);
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, `${lines.join('\n')}\n`);

    const single = spawnSync('sh', ['-c', `${MAP} < ${JSON.stringify(corpus)}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(single.status, single.stderr).toBe(1); // the blank row failed; every other row is ok
    // The README's wrapper, which accepts exit code 1 (some rows failed, and they are in the output).
    const script = join(dir, 'periodcheck-map.sh');
    writeFileSync(script, `#!/bin/sh\n${MAP}\ntest $? -le 1\n`, { mode: 0o755 });
    // Shards of 8 documents, two periodcheck processes at a time, output in whatever order they end.
    const sharded = spawnSync('sh', ['-c', `parallel --pipe -N 8 -j 2 ${JSON.stringify(script)} < ${JSON.stringify(corpus)}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(sharded.status, sharded.stderr).toBe(0);
    const merged = sharded.stdout;

    const a = sortedById(single.stdout);
    const b = sortedById(merged);
    expect(a).toHaveLength(lines.length);
    expect(b.map((l) => JSON.parse(l).source.id)).toEqual(a.map((l) => JSON.parse(l).source.id));
    expect(b.join('\n')).toBe(a.join('\n'));
    // The README's check with plain `sort` holds too.
    const sort = (text: string): string => spawnSync('sh', ['-c', 'LC_ALL=C sort'], { input: text, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
    expect(sort(merged)).toBe(sort(single.stdout));
    expect(JSON.parse(a.find((l) => l.includes('"id":"blank"'))!)).toMatchObject({ status: 'failed', error: { code: 'E_INPUT_WHITESPACE' } });
    expect(readFileSync(corpus, 'utf8').split('\n').filter(Boolean)).toHaveLength(lines.length);
  }, 300_000);
});
