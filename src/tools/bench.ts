/**
 * `npm run bench`: throughput of the whole batch against bare wink-nlp `readDoc`, on the same
 * generated corpus, in one run.
 *
 * Corpus: the texts of ../shared/corpus repeated as separate documents to at least `--mb` megabytes
 * (default 20), written as JSON Lines to a temporary directory. Each measurement runs in its own
 * child process, so that its peak RSS (main thread and worker threads together) is its own:
 * - bare wink: `readDoc` on every text with one wink instance (the annotations the pipeline asks for);
 *   the same in two worker threads at once, each with its own instance and half of the texts (what
 *   the machine gives two threads that share nothing: the ceiling of `--jobs 2` / `--jobs 1`); and,
 *   for context, with an instance as `winkNLP(model)` makes it (every annotation);
 * - the pipeline alone in one thread (analyze + report JSON, as the library runs it), with the share
 *   of time by stage: the difference to the next rows is the batch's own cost;
 * - the whole pipeline at `--jobs 1` and `--jobs 2`: `periodcheck analyze --input-format jsonl`
 *   as a user runs it, into a temporary output directory (reports, index.json/csv, sentences.csv).
 * Words/s counts the corpus's words over the steady state (first report to last), so the workers'
 * start-up (loading wink's model once per thread) is not charged to throughput; it is in the time to
 * the first report, measured from the start of the child process. Words per CPU-second divides by
 * the CPU time of the whole process (all threads) instead: on a machine shared with other work it
 * stays put where wall-clock figures swing. Each figure is the median of `--runs` runs (default 3),
 * run interleaved.
 *
 * Then, unless `--scale-mb 0`: bare wink, `--jobs 1` and `--jobs 2` once each on a larger corpus
 * (default 100 MB), interleaved as above. Every worker thread compiles the pipeline's code anew
 * (V8's optimising compiler runs beside it for the first seconds, on the other core at --jobs 1 but
 * competing with the second worker at --jobs 2), so a 20 MB corpus charges that warm-up to a few
 * seconds of work; a user's batch of thousands of texts does not see it. Both are printed.
 *
 * Then, unless `--parts 0`: a worker's task piece by piece (pipeline, report object and file,
 * `sentences.csv` rows, CSL, index row) on the corpus's first `--parts` documents (default 150), in
 * the thread's CPU time relative to bare wink's `readDoc` of the same texts; and that `readDoc` run
 * between the pieces against the same calls in a tight loop.
 *
 * Then, unless `--big-gb 0`: a ~1 GB JSON Lines corpus (default 1) generated in a temporary
 * directory, analysed once at `--jobs` = available cores into a temporary output directory (deleted
 * afterwards), for peak RSS under a large corpus (`--big-heap MB` runs it with `--max-worker-heap`).
 * Its repeats bring new words at the rate of English prose (see {@link writeCorpus}); `--big-repeat`
 * repeats the seed texts unchanged instead. Results go to the console and `--out` (default
 * output/bench.json).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isMain } from '../is-main.js';
import { LAUNCHER_NODE_FLAGS } from '../pool/pool.js';
// The reports' own count, so words/s counts the words the index rows report.
import { countTextWords as countWords } from '../report.js';
import type { WinkThreadData } from './bench-wink-thread.js';
import { corpusTexts } from './corpus-texts.js';

/** CPU seconds (user + system, all threads) since `since`. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

interface Corpus {
  file: string;
  documents: number;
  bytes: number;
  words: number;
  /** Words of the first document (excluded from steady-state throughput). */
  firstWords: number;
  /** Words made new (see {@link writeCorpus}). */
  newWords: number;
}

/**
 * Heaps' law: English prose of n words holds about K·n^β distinct words (Reuters-RCV1: K = 44,
 * β = 0.49; Manning, Raghavan and Schütze, Introduction to Information Retrieval, 2008, 5.1.1).
 */
const HEAPS_K = 44;
const HEAPS_BETA = 0.49;
/** The words a new word is made from: lower-case, so that wink adds one lexeme for it, not two. */
const MINTABLE = /\b[a-z]{5,}\b/g;

/** `n` as letters ('a', …, 'z', 'ba', …): a suffix that keeps a word one word. */
function letters(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

/**
 * Writes a JSON Lines corpus of the seed texts, repeated, to at least `megabytes` of text.
 * With `newWords`, the repeats bring new words as a real corpus does: once the corpus is past the
 * seeds' own vocabulary, enough of each document's words get a suffix of their own ('strikes' →
 * 'strikesqd') for the corpus's vocabulary to follow Heaps' law. Repeated texts alone meet no new
 * word after the first round, and hide whatever grows with a corpus's vocabulary.
 * @returns where it is and what it holds
 */
export function writeCorpus(corpusDir: string, file: string, megabytes: number, newWords = false): Corpus {
  const seeds = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(corpusDir, f), 'utf8') }));
  const seedWords = seeds.map((s) => countWords(s.text));
  const seedVocabulary = new Set(seeds.flatMap((s) => s.text.toLowerCase().match(/\p{L}+/gu) ?? [])).size;
  let minted = 0;
  /** `text` with as many words made new as Heaps' law gives the corpus's `wordsBefore` + `words` words. */
  const withNewWords = (text: string, wordsBefore: number, words: number): string => {
    const due = Math.floor(HEAPS_K * (wordsBefore + words) ** HEAPS_BETA) - seedVocabulary - minted;
    if (due <= 0) return text;
    const candidates = text.match(MINTABLE)?.length ?? 0;
    const every = Math.max(1, Math.floor(candidates / due));
    let seen = 0;
    let left = due;
    return text.replace(MINTABLE, (w) => (seen++ % every === 0 && left-- > 0 ? w + letters(minted++) : w));
  };
  const fd = openSync(file, 'w');
  let bytes = 0;
  let words = 0;
  let documents = 0;
  let buffer = '';
  try {
    while (bytes < megabytes * 1024 * 1024) {
      seeds.forEach((s, i) => {
        const text = newWords ? withNewWords(s.text, words, seedWords[i]) : s.text;
        buffer += `${JSON.stringify({ id: `doc-${String(documents).padStart(7, '0')}`, text, seed: s.name })}\n`;
        documents++;
        bytes += Buffer.byteLength(text);
        words += seedWords[i];
        if (buffer.length > 1 << 22) {
          writeSync(fd, buffer);
          buffer = '';
        }
      });
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return { file, documents, bytes, words, firstWords: seedWords[0], newWords: minted };
}

/** What one child process measured. */
interface ChildResult {
  seconds: number;
  wordsPerSecond: number;
  /** Words per second of CPU time (all threads of the process): robust to other load on the machine. */
  wordsPerCpuSecond: number;
  firstReportMs: number | null;
  peakRssMb: number;
  ok?: number;
  failed?: number;
  /** Times a thread replaced its wink instance because its lexicon was full (mode `batch`). */
  winkRenewals?: number;
  /** Share of pipeline time by stage (mode `pipeline`). */
  stageShare?: Record<string, number>;
  /** CPU seconds by kind of thread over the whole batch (mode `batch`, Linux only). */
  threadCpu?: ThreadCpu;
}

/** CPU seconds of a batch's threads: the main thread, the workers, and everything else. */
interface ThreadCpu {
  main: number;
  workers: number;
  /** V8's platform threads (optimising compiler, concurrent and parallel GC) and libuv's pool. */
  background: number;
}

/**
 * Samples the CPU time of every thread of this process from /proc (Linux), so a batch's CPU can be
 * split into main thread, workers and background threads: at --jobs 2 the background threads
 * compete with the workers for the cores, which is what limits scaling. Worker threads carry no
 * name of their own, so the `jobs` busiest threads other than the main one are taken as the workers
 * (each runs the whole pipeline; V8's helpers do far less). A thread that ends between two samples
 * loses at most one interval. Returns null where /proc is not there.
 */
function sampleThreadCpu(jobs: number): (() => ThreadCpu) | null {
  const tasks = '/proc/self/task';
  if (!existsSync(tasks)) return null;
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux that Node supports
  const seen = new Map<string, number>();
  const sample = (): void => {
    for (const tid of readdirSync(tasks)) {
      try {
        const stat = readFileSync(`${tasks}/${tid}/stat`, 'utf8');
        // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seen.set(tid, (Number(fields[11]) + Number(fields[12])) / ticksPerSecond);
      } catch {
        // the thread ended between listing and reading
      }
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  timer.unref();
  return () => {
    clearInterval(timer);
    sample();
    const main = seen.get(String(process.pid)) ?? 0;
    const others = [...seen].filter(([tid]) => tid !== String(process.pid)).map(([, s]) => s).sort((a, b) => b - a);
    const workers = others.slice(0, jobs).reduce((a, b) => a + b, 0);
    const background = others.slice(jobs).reduce((a, b) => a + b, 0);
    return { main, workers, background };
  };
}

interface ChildSpec {
  mode: 'wink' | 'winkThreads' | 'winkDefault' | 'pipeline' | 'batch' | 'parts';
  corpus: Corpus;
  jobs?: number;
  outDir?: string;
  resultFile: string;
  sentencesCsv?: boolean;
  maxWorkerHeapMb?: number;
  /** Documents the `parts` measurement reads (the corpus's first). */
  documents?: number;
}

/** Runs inside the child process: one measurement, written to `spec.resultFile`. */
async function child(spec: ChildSpec): Promise<void> {
  if (spec.mode === 'parts') {
    writeFileSync(spec.resultFile, JSON.stringify(await measureParts(spec)));
    return;
  }
  let result: ChildResult;
  if (spec.mode === 'wink' || spec.mode === 'winkDefault') {
    const texts = corpusTexts(spec.corpus.file);
    // 'wink': the instance periodcheck uses (sentences, POS, custom entities); 'winkDefault': an
    // instance as `winkNLP(model)` makes it, with every annotation (adds NER, sentiment, negation).
    const wink = spec.mode === 'wink' ? (await import('../adapters/wink.js')).getWink() : (await import('wink-nlp')).default((await import('wink-eng-lite-web-model')).default);
    for (const t of texts.slice(0, 5)) wink.readDoc(t);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const t of texts) wink.readDoc(t);
    const cpu = cpuSeconds(c0);
    const seconds = (performance.now() - t0) / 1000;
    result = { seconds, wordsPerSecond: spec.corpus.words / seconds, wordsPerCpuSecond: spec.corpus.words / cpu, firstReportMs: null, peakRssMb: 0 };
  } else if (spec.mode === 'winkThreads') {
    // Bare wink in `jobs` worker threads at once, each over its share of the corpus: what this
    // machine gives threads that share nothing, the ceiling of --jobs 2 / --jobs 1.
    const workerFile = fileURLToPath(new URL('./bench-wink-thread.js', import.meta.url));
    const threads = spec.jobs!;
    const workers = Array.from({ length: threads }, (_, part) => new Worker(workerFile, { workerData: { file: spec.corpus.file, part, threads } satisfies WinkThreadData }));
    const says = (w: Worker, word: string): Promise<void> =>
      new Promise((resolve, reject) => {
        w.once('error', reject);
        w.on('message', (m) => m === word && resolve());
      });
    await Promise.all(workers.map((w) => says(w, 'ready')));
    const done = workers.map((w) => says(w, 'done'));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const w of workers) w.postMessage('go');
    await Promise.all(done);
    const cpu = cpuSeconds(c0);
    const seconds = (performance.now() - t0) / 1000;
    await Promise.all(workers.map((w) => w.terminate()));
    result = { seconds, wordsPerSecond: spec.corpus.words / seconds, wordsPerCpuSecond: spec.corpus.words / cpu, firstReportMs: null, peakRssMb: 0 };
  } else if (spec.mode === 'pipeline') {
    // The pipeline alone, in this thread, as the library's analyze() runs it: every stage, the report
    // projection and its JSON. The batch's own cost is the difference to the rows below.
    const { analyzeDocument, getPipeline } = await import('../analyze.js');
    const { toReport } = await import('../report.js');
    const texts = corpusTexts(spec.corpus.file);
    const pipeline = getPipeline();
    for (const t of texts.slice(0, 5)) JSON.stringify(toReport(analyzeDocument(t, { pipeline }), pipeline));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    texts.forEach((t, i) => JSON.stringify(toReport(analyzeDocument(t, { pipeline, id: `d${i}` }), pipeline)));
    const cpu = cpuSeconds(c0);
    const seconds = (performance.now() - t0) / 1000;
    // Where the time goes, stage by stage, on a sample.
    const stageSeconds = new Map<string, number>();
    for (const t of texts.slice(0, 50)) {
      const doc = { id: 'x', source: { path: null, text: t, sha256: '' }, layers: {}, messages: [] };
      for (const { stage, options, resources } of pipeline.stages) {
        const s0 = performance.now();
        Object.assign(doc.layers, stage.run(doc, { options, resources }).layers);
        stageSeconds.set(stage.name, (stageSeconds.get(stage.name) ?? 0) + (performance.now() - s0) / 1000);
      }
    }
    const total = [...stageSeconds.values()].reduce((a, b) => a + b, 0);
    const stageShare = Object.fromEntries([...stageSeconds].map(([n, x]) => [n, x / total]));
    result = { seconds, wordsPerSecond: spec.corpus.words / seconds, wordsPerCpuSecond: spec.corpus.words / cpu, firstReportMs: null, peakRssMb: 0, stageShare };
  } else {
    const { runBatch } = await import('../batch.js');
    const { discoverInputs } = await import('../input.js');
    const pipelineFile = fileURLToPath(new URL('../../pipeline/default.json', import.meta.url));
    let first: number | null = null;
    let last = 0;
    let cpuAtFirst: NodeJS.CpuUsage | null = null;
    let cpu = 0;
    const threads = sampleThreadCpu(spec.jobs!);
    const out = await runBatch(discoverInputs([spec.corpus.file], { format: 'jsonl' }), pipelineFile, {
      outDir: spec.outDir!,
      format: 'json',
      inputFormat: 'jsonl',
      jobs: spec.jobs!,
      keepRows: false,
      sentencesCsv: spec.sentencesCsv !== false,
      maxWorkerHeapMb: spec.maxWorkerHeapMb,
      onRow: () => {
        // performance.now() counts from the start of this process: what a user waits.
        last = performance.now();
        first ??= last;
        if (cpuAtFirst) cpu = cpuSeconds(cpuAtFirst);
        else cpuAtFirst = process.cpuUsage();
      },
    });
    const seconds = (last - first!) / 1000;
    const words = spec.corpus.words - spec.corpus.firstWords;
    result = { seconds, wordsPerSecond: words / seconds, wordsPerCpuSecond: words / cpu, firstReportMs: first, peakRssMb: 0, ok: out.ok, failed: out.failed, winkRenewals: out.winkRenewals };
    if (threads) result.threadCpu = threads();
  }
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
  writeFileSync(spec.resultFile, JSON.stringify(result));
}

/** Documents the `parts` measurement reads by default (`--parts`). */
const PARTS_DOCUMENTS = 150;

/** What a worker does per document, piece by piece, in this thread's CPU time (mode `parts`). */
interface Parts {
  documents: number;
  /** CPU time of each piece over the CPU time of bare wink's `readDoc` of the same texts, run between them. */
  overWink: Record<string, number>;
  /** `readDoc` run between the other pieces over the same calls in a tight loop (cache effects). */
  winkBetweenOverTight: number;
}

/**
 * CPU time of this thread, in nanoseconds: /proc's per-thread figure on Linux (V8's compiler and
 * garbage-collector threads are not in it), else the whole process's.
 */
function threadCpuClock(): () => number {
  const file = '/proc/thread-self/schedstat';
  if (existsSync(file)) return () => Number(readFileSync(file, 'utf8').split(' ')[0]);
  return () => {
    const u = process.cpuUsage();
    return (u.user + u.system) * 1000;
  };
}

/**
 * Times each piece of a worker's task (see `src/pool/task.ts`) on the corpus's first documents,
 * after one round that lets V8 optimise, against bare wink's `readDoc` of the same texts: where the
 * batch's time goes beyond wink, and how much slower wink reads between the other stages than in
 * bare wink's tight loop.
 */
async function measureParts(spec: ChildSpec): Promise<Parts> {
  const { getPipeline } = await import('../analyze.js');
  const { createDoc } = await import('../doc.js');
  const { runPipeline } = await import('../runner.js');
  const { toReport } = await import('../report.js');
  const { writeFileAtomicWith, writeJsonChunks } = await import('../report-writer.js');
  const { indexRowOf, sentencesCsvChunks } = await import('../tables.js');
  const { toCslJson } = await import('../stages/citations/csl.js');
  const { getWink } = await import('../adapters/wink.js');
  const texts = corpusTexts(spec.corpus.file, spec.documents ?? PARTS_DOCUMENTS);
  const pipeline = getPipeline();
  const wink = getWink();
  const now = threadCpuClock();
  const outDir = mkdtempSync(join(tmpdir(), 'periodcheck-parts-'));
  const spent = new Map<string, number>();
  let tight = 0;
  let n = 0;
  try {
    for (let round = 0; round < 3; round++) {
      const counted = round > 0;
      const time = <T>(piece: string, f: () => T): T => {
        const t0 = now();
        const value = f();
        if (counted) spent.set(piece, (spent.get(piece) ?? 0) + now() - t0);
        return value;
      };
      const t0 = now();
      for (const text of texts) wink.readDoc(text);
      if (counted) tight += now() - t0;
      for (const text of texts) {
        time('wink', () => wink.readDoc(text));
        const doc = time('pipeline (wink inside)', () => runPipeline(pipeline, createDoc(`d${n}`, { path: null, text, sha256: '' })));
        const report = time('report object', () => toReport(doc, pipeline));
        time('report JSON', () => JSON.stringify(report));
        const file = join(outDir, `d${n++}.report.json`);
        time('report file (JSON and write)', () => writeFileAtomicWith(file, (sink) => writeJsonChunks(report as unknown as Record<string, unknown>, sink), false));
        time('sentences.csv rows', () => [...sentencesCsvChunks(report)].join(''));
        time('CSL file', () => (doc.layers.citations?.length ? JSON.stringify(toCslJson(doc), null, 1) : ''));
        time('index row', () => indexRowOf(report, { id: doc.id, path: doc.id }));
      }
      if (counted) continue;
      // The warm-up round's files are not counted; later rounds write new files, as a batch does.
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const winkTime = spent.get('wink')!;
  return {
    documents: texts.length,
    overWink: Object.fromEntries([...spent].filter(([k]) => k !== 'wink').map(([k, t]) => [k, t / winkTime])),
    winkBetweenOverTight: winkTime / tight,
  };
}

/** Runs one measurement in a fresh child process. */
function measureOnce<R = ChildResult>(spec: Omit<ChildSpec, 'resultFile'>, work: string): R {
  const resultFile = join(work, `result-${process.hrtime.bigint()}.json`);
  const specFile = `${resultFile}.spec`;
  writeFileSync(specFile, JSON.stringify({ ...spec, resultFile }));
  if (spec.outDir) rmSync(spec.outDir, { recursive: true, force: true });
  // (A batch runs as the command `periodcheck` starts it: with the launcher's flags, see src/cli.ts.)
  const flags = spec.mode === 'batch' && (spec.jobs ?? 0) > 0 ? LAUNCHER_NODE_FLAGS : [];
  const run = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--child', specFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`bench child (${spec.mode}, jobs ${spec.jobs ?? '-'}) exited with ${run.status}`);
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as R;
  if (spec.outDir) rmSync(spec.outDir, { recursive: true, force: true });
  return result;
}

interface Row {
  name: string;
  runs: ChildResult[];
  wordsPerSecond: number;
  wordsPerCpuSecond: number;
  seconds: number;
  peakRssMb: number;
  firstReportMs: number | null;
  stageShare?: Record<string, number>;
  threadCpu?: ThreadCpu;
}

function medianThreadCpu(xs: ThreadCpu[]): ThreadCpu {
  return { main: median(xs.map((x) => x.main)), workers: median(xs.map((x) => x.workers)), background: median(xs.map((x) => x.background)) };
}

interface Config {
  name: string;
  spec: Omit<ChildSpec, 'resultFile'>;
}

/**
 * Measures each configuration `runs` times, interleaved (a, b, c, a, b, c…), so that a shared
 * machine's changing load falls on all of them alike, and keeps the medians.
 */
function measureAll(configs: Config[], runs: number, work: string): Row[] {
  const results = configs.map(() => [] as ChildResult[]);
  for (let r = 0; r < runs; r++) {
    configs.forEach((c, i) => {
      const res = measureOnce(c.spec, work);
      results[i].push(res);
      process.stderr.write(`  ${c.name}: run ${r + 1}/${runs}: ${Math.round(res.wordsPerSecond).toLocaleString('en')} words/s, ${Math.round(res.wordsPerCpuSecond).toLocaleString('en')} words/CPU-s\n`);
    });
  }
  return configs.map((c, i) => {
    const rs = results[i];
    const firsts = rs.map((x) => x.firstReportMs).filter((x): x is number => x !== null);
    return {
      name: c.name,
      runs: rs,
      wordsPerSecond: median(rs.map((x) => x.wordsPerSecond)),
      wordsPerCpuSecond: median(rs.map((x) => x.wordsPerCpuSecond)),
      seconds: median(rs.map((x) => x.seconds)),
      peakRssMb: Math.max(...rs.map((x) => x.peakRssMb)),
      firstReportMs: firsts.length ? median(firsts) : null,
      ...(rs[0].stageShare ? { stageShare: rs[0].stageShare } : {}),
      ...(rs[0].threadCpu ? { threadCpu: medianThreadCpu(rs.map((x) => x.threadCpu!)) } : {}),
    };
  });
}

export async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    await child(JSON.parse(readFileSync(argv[1], 'utf8')) as ChildSpec);
    return;
  }
  const arg = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const corpusDir = resolve(arg('--corpus', join('..', 'shared', 'corpus')));
  const megabytes = Number(arg('--mb', '20'));
  const runs = Number(arg('--runs', '3'));
  const bigGb = Number(arg('--big-gb', '1'));
  const bigHeap = Number(arg('--big-heap', '0')) || undefined;
  // The large corpus brings new words as a real one does, unless `--big-repeat` (the seed texts only).
  const bigNewWords = !argv.includes('--big-repeat');
  const scaleMb = Number(arg('--scale-mb', '100'));
  const partsDocuments = Number(arg('--parts', String(PARTS_DOCUMENTS)));
  const out = arg('--out', join('output', 'bench.json'));

  const work = mkdtempSync(join(tmpdir(), 'periodcheck-bench-'));
  try {
    const corpus = writeCorpus(corpusDir, join(work, 'corpus.jsonl'), megabytes);
    const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
    console.log(`corpus: ${corpus.documents} documents, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB of text, ${corpus.words.toLocaleString('en')} words; median of ${runs} runs`);
    console.log(`machine: ${machine}`);
    const outDir = join(work, 'out');
    const [wink, winkThreads, winkDefault, inThread, jobs1, jobs2] = measureAll(
      [
        { name: 'bare wink readDoc', spec: { mode: 'wink', corpus } },
        { name: 'bare wink readDoc, two threads at once', spec: { mode: 'winkThreads', corpus, jobs: 2 } },
        { name: 'bare wink readDoc, default instance (all annotations)', spec: { mode: 'winkDefault', corpus } },
        { name: 'pipeline alone, in one thread (analyze + JSON)', spec: { mode: 'pipeline', corpus } },
        { name: 'whole pipeline, --jobs 1', spec: { mode: 'batch', corpus, jobs: 1, outDir } },
        { name: 'whole pipeline, --jobs 2', spec: { mode: 'batch', corpus, jobs: 2, outDir } },
      ],
      runs,
      work,
    );

    let parts: Parts | null = null;
    if (partsDocuments > 0) {
      process.stderr.write(`a worker's pieces on the first ${partsDocuments} documents\n`);
      parts = measureOnce<Parts>({ mode: 'parts', corpus, documents: partsDocuments }, work);
    }

    let scale: { corpus: Corpus; wink: Row; jobs1: Row; jobs2: Row } | null = null;
    if (scaleMb > 0) {
      rmSync(corpus.file);
      const scaleCorpus = writeCorpus(corpusDir, join(work, 'scale.jsonl'), scaleMb);
      const mb = (scaleCorpus.bytes / 2 ** 20).toFixed(0);
      process.stderr.write(`corpus-scale run: ${scaleCorpus.documents} documents, ${mb} MB of text\n`);
      const [w, j1, j2] = measureAll(
        [
          { name: `bare wink readDoc, ${mb} MB`, spec: { mode: 'wink', corpus: scaleCorpus } },
          { name: `whole pipeline, --jobs 1, ${mb} MB`, spec: { mode: 'batch', corpus: scaleCorpus, jobs: 1, outDir } },
          { name: `whole pipeline, --jobs 2, ${mb} MB`, spec: { mode: 'batch', corpus: scaleCorpus, jobs: 2, outDir } },
        ],
        1,
        work,
      );
      scale = { corpus: scaleCorpus, wink: w, jobs1: j1, jobs2: j2 };
      rmSync(scaleCorpus.file);
    }

    let big: (Row & { documents: number; bytes: number; jobs: number; newWords: number }) | null = null;
    if (bigGb > 0) {
      rmSync(corpus.file, { force: true });
      const bigCorpus = writeCorpus(corpusDir, join(work, 'big.jsonl'), bigGb * 1024, bigNewWords);
      const jobs = availableParallelism();
      process.stderr.write(`large corpus: ${bigCorpus.documents} documents, ${(bigCorpus.bytes / 2 ** 30).toFixed(2)} GB of text, ${bigCorpus.newWords.toLocaleString('en')} words made new\n`);
      const name = `whole pipeline, ${(bigCorpus.bytes / 2 ** 30).toFixed(2)} GB JSONL, --jobs ${jobs}${bigHeap ? ` --max-worker-heap ${bigHeap}` : ''}`;
      const [row] = measureAll([{ name, spec: { mode: 'batch', corpus: bigCorpus, jobs, outDir, maxWorkerHeapMb: bigHeap } }], 1, work);
      big = { ...row, documents: bigCorpus.documents, bytes: bigCorpus.bytes, jobs, newWords: bigCorpus.newWords };
      rmSync(bigCorpus.file);
    }

    const rows = [wink, winkThreads, winkDefault, inThread, jobs1, jobs2, ...(scale ? [scale.wink, scale.jobs1, scale.jobs2] : []), ...(big ? [big] : [])];
    const fmt = (n: number) => Math.round(n).toLocaleString('en');
    const table = [
      '| measurement | words/s | words per CPU-s | steady-state s | peak RSS | first report |',
      '|---|---:|---:|---:|---:|---:|',
      ...rows.map((r) => `| ${r.name} | ${fmt(r.wordsPerSecond)} | ${fmt(r.wordsPerCpuSecond)} | ${r.seconds.toFixed(1)} | ${fmt(r.peakRssMb)} MB | ${r.firstReportMs === null ? '–' : `${(r.firstReportMs / 1000).toFixed(2)} s`} |`),
    ];
    const ratios = {
      pipelineOverWink: inThread.wordsPerSecond / wink.wordsPerSecond,
      jobs1OverPipeline: jobs1.wordsPerSecond / inThread.wordsPerSecond,
      jobs1OverWink: jobs1.wordsPerSecond / wink.wordsPerSecond,
      jobs1OverWinkCpu: jobs1.wordsPerCpuSecond / wink.wordsPerCpuSecond,
      jobs1OverWinkDefault: jobs1.wordsPerSecond / winkDefault.wordsPerSecond,
      pipelineOverWinkCpu: inThread.wordsPerCpuSecond / wink.wordsPerCpuSecond,
      jobs2OverJobs1: jobs2.wordsPerSecond / jobs1.wordsPerSecond,
      winkTwoThreadsOverOne: winkThreads.wordsPerSecond / wink.wordsPerSecond,
      ...(scale
        ? {
            scaleJobs1OverWink: scale.jobs1.wordsPerSecond / scale.wink.wordsPerSecond,
            scaleJobs2OverJobs1: scale.jobs2.wordsPerSecond / scale.jobs1.wordsPerSecond,
          }
        : {}),
    };
    const load = loadavg()[1];
    console.log(table.join('\n'));
    console.log(`load average over the last 5 minutes at the end: ${load.toFixed(1)} on ${availableParallelism()} cores`);
    console.log(`whole pipeline --jobs 1 / bare wink: ${(ratios.jobs1OverWink * 100).toFixed(1)}% by wall time, ${(ratios.jobs1OverWinkCpu * 100).toFixed(1)}% by CPU time (target ≥ 40%)`);
    console.log(`whole pipeline --jobs 1 / default wink instance: ${(ratios.jobs1OverWinkDefault * 100).toFixed(1)}% (context only: that instance annotates more than periodcheck reads)`);
    console.log(`--jobs 2 / --jobs 1: ${ratios.jobs2OverJobs1.toFixed(2)}× (target ≥ 1.7×); bare wink in two threads / in one: ${ratios.winkTwoThreadsOverOne.toFixed(2)}× (what this machine gives two threads that share nothing)`);
    console.log(`pipeline alone / bare wink: ${(ratios.pipelineOverWink * 100).toFixed(1)}% (${(ratios.pipelineOverWinkCpu * 100).toFixed(1)}% by CPU time); batch at --jobs 1 / pipeline alone: ${(ratios.jobs1OverPipeline * 100).toFixed(1)}% (the batch's own cost)`);
    const shares = inThread.stageShare;
    if (shares) console.log(`time by stage: ${Object.entries(shares).map(([n, x]) => `${n} ${(x * 100).toFixed(0)}%`).join(', ')}`);
    if (parts) {
      const pieces = Object.entries(parts.overWink).map(([k, x]) => `${k} ${x.toFixed(3)}`).join(', ');
      console.log(`a worker's pieces, CPU time × bare wink's readDoc of the same ${parts.documents} documents: ${pieces}`);
      console.log(`wink's readDoc between the other pieces / in a tight loop: ${parts.winkBetweenOverTight.toFixed(3)}× (its data out of the CPU's caches)`);
    }
    if (scale) {
      const mb = (scale.corpus.bytes / 2 ** 20).toFixed(0);
      console.log(`on ${mb} MB (${scale.corpus.documents} documents, one run each): --jobs 1 / bare wink ${((ratios.scaleJobs1OverWink ?? NaN) * 100).toFixed(1)}%, --jobs 2 / --jobs 1 ${(ratios.scaleJobs2OverJobs1 ?? NaN).toFixed(2)}×`);
    }
    for (const r of [jobs1, jobs2, ...(scale ? [scale.jobs1, scale.jobs2] : [])]) {
      const t = r.threadCpu;
      if (t) console.log(`CPU by thread, ${r.name}: workers ${t.workers.toFixed(1)} s, background (V8 compiler and GC, libuv) ${t.background.toFixed(1)} s = ${((t.background / t.workers) * 100).toFixed(0)}% of the workers', main ${t.main.toFixed(1)} s`);
    }
    console.log(`time to first report at --jobs 1: ${((jobs1.firstReportMs ?? NaN) / 1000).toFixed(2)} s (target < 1 s)`);
    if (big) {
      const vocabulary = big.newWords > 0 ? `, with ${fmt(big.newWords)} words made new` : ', the seed texts repeated';
      console.log(`peak RSS on the ${(big.bytes / 2 ** 30).toFixed(2)} GB corpus${vocabulary}: ${fmt(big.peakRssMb)} MB (target < 500 MB); wink instances replaced for their lexicon: ${big.runs[0].winkRenewals ?? 0} times`);
    }
    mkdirSync(resolve(out, '..'), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), machine, loadAverage5min: load, corpus: { documents: corpus.documents, bytes: corpus.bytes, words: corpus.words }, runs, ...(scale ? { scaleCorpus: { documents: scale.corpus.documents, bytes: scale.corpus.bytes, words: scale.corpus.words } } : {}), results: rows, ratios, ...(parts ? { parts } : {}), table }, null, 1)}\n`);
    console.log(`(written to ${out})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
