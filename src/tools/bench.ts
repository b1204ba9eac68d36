/**
 * `npm run bench`: throughput of the whole pipeline against bare wink-nlp `readDoc` on the same
 * documents, in one process and one run, so the ratio is meaningful on a shared machine where
 * absolute times drift.
 *
 * Corpus: the texts of ../shared/corpus repeated, as separate documents, to at least `--mb`
 * megabytes (default 20). Each measurement is the median of `--runs` passes (default 3) after one
 * warm-up pass. "Whole pipeline" means what a user gets: every stage, the report projection and its
 * JSON serialisation. "Bare wink" is `readDoc` on the same texts with the process's one wink instance
 * (the same annotations the pipeline asks wink for).
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { getWink } from '../adapters/wink.js';
import { analyzeDocument, getPipeline } from '../analyze.js';
import { toReport } from '../report.js';
import { isMain } from '../is-main.js';

interface Measurement {
  name: string;
  seconds: number[];
  medianSeconds: number;
  wordsPerSecond: number;
  mbPerSecond: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Documents built from the corpus, repeated to at least `megabytes`. */
export function benchCorpus(corpusDir: string, megabytes: number): { texts: string[]; bytes: number; words: number } {
  const seeds = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const texts: string[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1024 * 1024) {
    for (const t of seeds) {
      texts.push(t);
      bytes += Buffer.byteLength(t);
    }
  }
  return { texts, bytes, words: texts.reduce((n, t) => n + countWords(t), 0) };
}

function measure(name: string, runs: number, words: number, bytes: number, pass: () => void): Measurement {
  const seconds: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    pass();
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const m = median(seconds);
  return { name, seconds, medianSeconds: m, wordsPerSecond: words / m, mbPerSecond: bytes / 1048576 / m };
}

export function main(argv: string[]): void {
  const arg = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const corpusDir = resolve(arg('--corpus', join('..', 'shared', 'corpus')));
  const megabytes = Number(arg('--mb', '20'));
  const runs = Number(arg('--runs', '3'));
  const out = arg('--out', join('output', 'bench.json'));

  const corpus = benchCorpus(corpusDir, megabytes);
  const pipeline = getPipeline();
  const wink = getWink();
  const seeds = corpus.texts.slice(0, 5);
  // Warm-up: JIT, model load, lazily built tables.
  for (const t of seeds) {
    JSON.stringify(toReport(analyzeDocument(t, { pipeline }), pipeline));
    wink.readDoc(t);
  }
  const results: Measurement[] = [];
  results.push(measure('bare wink readDoc', runs, corpus.words, corpus.bytes, () => {
    for (const t of corpus.texts) wink.readDoc(t);
  }));
  results.push(measure('whole pipeline (report + JSON)', runs, corpus.words, corpus.bytes, () => {
    corpus.texts.forEach((t, i) => {
      JSON.stringify(toReport(analyzeDocument(t, { pipeline, id: `d${i}` }), pipeline));
    });
  }));
  // Per-stage share of time, from one more pass, to show where time goes.
  const stageSeconds = new Map<string, number>();
  for (const t of corpus.texts.slice(0, Math.min(corpus.texts.length, 100))) {
    const doc = { id: 'x', source: { path: null, text: t, sha256: '' }, layers: {}, messages: [] };
    for (const { stage, options, resources } of pipeline.stages) {
      const t0 = process.hrtime.bigint();
      Object.assign(doc.layers, stage.run(doc, { options, resources }).layers);
      stageSeconds.set(stage.name, (stageSeconds.get(stage.name) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e9);
    }
  }
  const totalStage = [...stageSeconds.values()].reduce((a, b) => a + b, 0);
  const [bare, whole] = results;
  const ratio = whole.wordsPerSecond / bare.wordsPerSecond;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const rows = [
    ['measurement', 'median s', 'words/s', 'MB/s', 'runs (s)'],
    ...results.map((r) => [r.name, r.medianSeconds.toFixed(2), Math.round(r.wordsPerSecond).toLocaleString('en'), r.mbPerSecond.toFixed(2), r.seconds.map((s) => s.toFixed(2)).join(' ')]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`corpus: ${corpus.texts.length} documents, ${(corpus.bytes / 1048576).toFixed(1)} MB, ${corpus.words.toLocaleString('en')} words; ${runs} runs after warm-up; node ${process.version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
  console.log(`whole pipeline / bare wink throughput: ${(ratio * 100).toFixed(1)}% (target ≥ 40%)`);
  console.log(`peak RSS of this process: ${peakRssMb.toFixed(0)} MB`);
  console.log(`time by stage: ${[...stageSeconds].map(([n, s]) => `${n} ${((s / totalStage) * 100).toFixed(0)}%`).join(', ')}`);
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, corpus: { documents: corpus.texts.length, bytes: corpus.bytes, words: corpus.words }, runs, results, ratio, peakRssMb, stageShare: Object.fromEntries([...stageSeconds].map(([n, s]) => [n, s / totalStage])) }, null, 1)}\n`);
  console.log(`(written to ${out})`);
}

if (isMain(import.meta.url)) main(process.argv.slice(2));
