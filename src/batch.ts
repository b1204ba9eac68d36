/**
 * Batches: every input yields exactly one result, in input order, `ok` or `failed` with its error;
 * a failure never stops the batch. Reports are written to a temporary file and renamed, so nothing
 * is ever half-written. With `outDir: '-'` reports go to stdout as JSON Lines and nothing else is
 * written there (logs go to stderr through `log`).
 *
 * How a batch runs:
 * - Inputs are produced lazily (files by name; JSON Lines rows as they are read), so a corpus is
 *   never held in memory. At most `window` documents are between "taken" and "written out"; the
 *   input is not read further until the oldest of them is done (back-pressure).
 * - Documents run in an executor: worker threads (`jobs` ≥ 1, see `src/pool/pool.ts`) or this
 *   thread (`jobs: 0`, the default for the library). Workers read, analyse and write each report;
 *   this thread puts results back in input order and appends them to `index.json`, `sentences.csv`
 *   and (at the end) `index.csv`, or to the JSON Lines stream on stdout.
 * - `signal` (SIGINT/SIGTERM in the CLI) stops taking new documents and lets those in flight finish;
 *   `abandonSignal` abandons those too. Either way the index is written for what is done, with
 *   `"interrupted": true`.
 * - `resume` skips inputs whose report exists with the same source hash and config hash (their
 *   index rows and sentence rows are rebuilt from the report).
 */
import { createReadStream, closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { describeError, PeriodcheckError, type ErrorCode } from './errors.js';
import { fileStemOf, UniqueIds, DEFAULT_MAX_BYTES, type InputEntry, type InputFormat, type ReadOptions } from './input.js';
import { parseJsonlRow, readJsonlLines } from './jsonl.js';
import type { Pipeline } from './pipeline.js';
import { createInProcess, createPool, type Executor } from './pool/pool.js';
import type { DocResult, DocTask, PipelineInfo, TaskOutput } from './pool/task.js';
import type { Progress } from './progress.js';
import { failedRow, IndexCsvShape, sentencesCsvHeader, toCsv, type IndexRow } from './tables.js';
import { TOOL } from './version.js';
import { indexPageEnd, indexPageRow, indexPageStart } from './html/render.js';
import { writeStringSync } from './report-writer.js';

export type { IndexRow } from './tables.js';

/**
 * Report formats: `json` (one `<id>.report.json` each), `jsonl` (one `<id>.report.jsonl`, or the
 * JSON Lines stream with `-o -`), `html` (the JSON report and a self-contained `<id>.report.html`,
 * plus `index.html`), `md` (the JSON report and its summary as `<id>.report.md`; with `-o -`, the
 * Markdown summaries on stdout).
 */
export const FORMATS = ['json', 'jsonl', 'html', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * How long the first document of a batch with several jobs runs alone, in milliseconds, unless its
 * result comes sooner. The pool starts its next worker only when a document finds the first one
 * busy (see pool.ts); a worker starting beside the first document, on two cores, slowed the first
 * report at --jobs 2 from 0.73-0.80 s to 0.86-1.02 s (3 interleaved runs each on 20 MB; words/s
 * within 0.5%). Bounded, so that a book at the head of a corpus does not hold the other workers
 * back for minutes: an article's first report comes well within it.
 */
export const FIRST_ALONE_MS = 1000;

export interface BatchOptions extends ReadOptions {
  /** Output directory, or '-' for stdout (JSON Lines). */
  outDir: string;
  format: Format;
  /** `text` (default): one document per file; `jsonl`: every input is a JSON Lines file of documents. */
  inputFormat?: InputFormat;
  /** Documents analysed at once in worker threads; 0 (default) analyses in this thread, one at a time. */
  jobs?: number;
  /** Per-document time limit in milliseconds (worker threads only); a document past it fails with `E_TIMEOUT`. */
  timeoutMs?: number;
  /** Skip inputs whose report exists with the same source hash and config hash. */
  resume?: boolean;
  /** Write `sentences.csv` (default: true). */
  sentencesCsv?: boolean;
  /** Return every index row in the result (default: true; the CLI turns it off so memory stays flat). */
  keepRows?: boolean;
  /** Most documents between taken and written out (default: 8 per job, at least 16; 1 with `jobs: 0`). */
  window?: number;
  /**
   * With several jobs, the first document runs alone until its result or for this many
   * milliseconds, whichever comes first (default {@link FIRST_ALONE_MS}).
   */
  firstAloneMs?: number;
  /** Receives one line per event for the user (stderr in the CLI): `ok …`, `skipped …`, `failed …`. */
  log?: (line: string) => void;
  /** Progress display (see `src/progress.ts`). */
  progress?: Progress;
  /** Stop taking new documents; finish those in flight; write the index for what is done. */
  signal?: AbortSignal;
  /** Abandon the documents in flight as well. */
  abandonSignal?: AbortSignal;
  /** Reads stdin fully (injected so tests can feed it). */
  readStdin?: () => Promise<Buffer>;
  /** Stdin as a stream of bytes, for JSON Lines (injected so tests can feed it). */
  stdinStream?: () => AsyncIterable<Uint8Array>;
  /** Writes to stdout (injected so tests can capture it); `false` means wait for `stdoutDrain`. */
  writeStdout?: (chunk: string) => boolean | void;
  stdoutDrain?: () => Promise<void>;
  /** Worker module for the pool (tests wrap the real one to inject failures). */
  workerFile?: string;
  /**
   * Largest JavaScript heap of each worker thread, in MB (default: `DEFAULT_WORKER_HEAP_MB`, with a
   * second attempt in a roomy worker for a document that runs out); see `src/pool/pool.ts`.
   */
  maxWorkerHeapMb?: number;
  /** Whether a document that ran out of heap is analysed again in a roomy worker (default: when `maxWorkerHeapMb` is unset). */
  retryOutOfMemory?: boolean;
  /** Lexemes a worker's wink instance may hold before the worker replaces it (default: `MAX_WINK_LEXICON` in `src/adapters/wink.ts`; not applied at `jobs` 0). */
  maxWinkLexicon?: number;
  /** Called as each row is written out, with the time in ms since the batch started (for `npm run bench`). */
  onRow?: (row: IndexRow, elapsedMs: number) => void;
}

export interface BatchResult {
  rows: IndexRow[];
  ok: number;
  failed: number;
  /** Inputs skipped by `resume` (counted in `ok`). */
  resumed: number;
  /** True when a signal stopped the batch before every input was taken. */
  interrupted: boolean;
  pipeline: PipelineInfo;
  /** Largest number of documents that were taken but not yet written out at once. */
  maxPending: number;
  /** How many times a thread replaced its wink instance because the instance's lexicon was full. */
  winkRenewals: number;
}

/** Fails early, before any input is read, when the output directory cannot be written. */
export function checkOutputDir(outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true });
    const probe = join(outDir, `.periodcheck-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new PeriodcheckError('E_OUTPUT_UNWRITABLE', { dir: outDir, problem: err.code ? `${err.code} (${err.message})` : err.message });
  }
}

/** Reads stdin to its end, refusing more than `maxBytes` (the text on stdin is one document). */
async function readAllStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw new PeriodcheckError('E_INPUT_TOO_LARGE', { file: '<stdin>', bytes: total, limit: maxBytes });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Path of the report of input `id` inside `outDir`. */
export function reportPath(outDir: string, id: string, format: Format): string {
  // --format html and md write the JSON report too: the page and summary sit beside it.
  return join(outDir, `${id}.report.${format === 'jsonl' ? 'jsonl' : 'json'}`);
}

/** A JSON Lines row for an input that failed, so a stream accounts for every input. */
function failureLine(row: IndexRow, path: string | null): string {
  return JSON.stringify({ schemaVersion: '1.0', status: 'failed', source: { id: row.id, path }, error: row.error });
}

/** One unit of work: a task for the executor, or an input that failed before it could be one. */
interface WorkItem {
  task?: DocTask;
  failure?: DocResult;
  /** `source.path` of its failure line on a JSON Lines stream (null for a JSONL row that has an id). */
  streamPath?: string | null;
  /** Bytes of JSON Lines input read so far (progress). */
  bytesRead?: number;
}

const failureItem = (id: string | null, path: string, e: unknown): WorkItem => ({ failure: { status: 'failed', row: failedRow(id, path, describeError(e)) } });

/**
 * The work items of a batch, produced as they are asked for: one per input file, or one per JSON
 * Lines row. Output file names are decided here, in input order, so they are deterministic.
 */
async function* workItems(entries: InputEntry[], options: BatchOptions, state: { stream?: unknown }): AsyncGenerator<WorkItem> {
  const toStdout = options.outDir === '-';
  const read: ReadOptions = { encoding: options.encoding, maxBytes: options.maxBytes };
  const ids = new UniqueIds();
  const common = { read, resume: !!options.resume && !toStdout, sentencesCsv: !toStdout && options.sentencesCsv !== false };
  // Reports of files are named by their id (a relative path); those of JSONL rows by a safe form of it.
  const output = (stem: string): TaskOutput =>
    toStdout ? { type: 'line', format: options.format === 'md' ? 'md' : 'json' } : { type: 'dir', dir: options.outDir, stem, format: options.format };

  for (const entry of entries) {
    if (entry.error) {
      yield failureItem(entry.id, entry.path, entry.error);
      continue;
    }
    if (options.inputFormat !== 'jsonl') {
      // Ids of files are unique already (discoverInputs); a file's id is its relative path.
      const base = { kind: 'doc' as const, id: entry.id, display: entry.path, where: entry.path, path: entry.path, output: output(entry.id), ...common };
      if (entry.path !== '-') {
        yield { task: { ...base, source: { type: 'file', file: entry.path } } };
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await (options.readStdin ?? (() => readAllStdin(options.maxBytes ?? DEFAULT_MAX_BYTES)))();
      } catch (e) {
        yield failureItem(entry.id, entry.path, e instanceof PeriodcheckError ? e : new PeriodcheckError('E_INPUT_UNREADABLE', { file: '<stdin>', problem: (e as Error).message }));
        continue;
      }
      yield { task: { ...base, source: { type: 'bytes', bytes: new Uint8Array(bytes) } } };
      continue;
    }

    const file = entry.path === '-' ? '<stdin>' : entry.path;
    const stream = entry.path === '-' ? (options.stdinStream ?? (() => process.stdin))() : createReadStream(entry.path, { highWaterMark: 1 << 20 });
    state.stream = stream;
    let rows = 0;
    try {
      for await (const l of readJsonlLines(stream as AsyncIterable<Uint8Array>, file, options.maxBytes ?? DEFAULT_MAX_BYTES)) {
        rows++;
        const where = `${file}:${l.line}`;
        if (l.error) {
          yield { ...failureItem(null, where, l.error), bytesRead: l.bytesRead };
          continue;
        }
        const row = parseJsonlRow(l.text!, file, l.line);
        if ('error' in row) {
          yield { ...failureItem(row.id, where, row.error), bytesRead: l.bytesRead };
          continue;
        }
        // On stdout a row's output depends on the row alone (a pure map, so shards merge into
        // exactly one run's output): ids are kept as they are, and messages name the id, not the
        // line. Report files need unique names: ids repeated in a directory get -2, -3…
        const id = toStdout ? row.id : ids.take(row.id);
        const display = toStdout ? `id '${id}'` : where;
        const source = { type: 'text' as const, text: row.text, ...(row.meta ? { meta: row.meta } : {}) };
        yield { task: { kind: 'doc', id, display, where, path: null, source, output: output(fileStemOf(id)), ...common }, bytesRead: l.bytesRead, streamPath: null };
      }
      if (rows === 0) yield failureItem(null, entry.path, new PeriodcheckError('E_INPUT_EMPTY', { file }));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      yield failureItem(null, entry.path, new PeriodcheckError('E_INPUT_UNREADABLE', { file, problem: err.code ?? err.message }));
    } finally {
      state.stream = undefined;
    }
  }
}

/**
 * `index.json` (rows appended as they come, one per line), `sentences.csv` (appended), and
 * `index.csv` (written at the end, when the number of stage columns and the check ids are known).
 * All three are written under temporary names and renamed when complete.
 */
class IndexWriter {
  private readonly indexTmp: string;
  private readonly sentencesTmp: string | null;
  private readonly indexFd: number;
  private readonly sentencesFd: number | null;
  private indexBuffer = '';
  private sentencesBuffer = '';
  private rows = 0;
  readonly shape = new IndexCsvShape();

  private readonly htmlTmp: string | null;
  private readonly htmlFd: number | null;
  private htmlBuffer = '';

  constructor(private readonly outDir: string, header: Record<string, unknown>, sentences: boolean, html = false) {
    const suffix = `.${process.pid}.${Date.now().toString(36)}.tmp`;
    // index.html: the corpus overview, one row per text, linking to each page (--format html).
    this.htmlTmp = html ? join(outDir, `index.html${suffix}`) : null;
    this.htmlFd = this.htmlTmp ? openSync(this.htmlTmp, 'w') : null;
    if (html) this.htmlBuffer = indexPageStart({ generatedAt: String(header.startedAt ?? '') });
    this.indexTmp = join(outDir, `index.json${suffix}`);
    this.indexFd = openSync(this.indexTmp, 'w');
    this.indexBuffer = `{\n${Object.entries(header).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`).join('')} "inputs": [`;
    this.sentencesTmp = sentences ? join(outDir, `sentences.csv${suffix}`) : null;
    this.sentencesFd = this.sentencesTmp ? openSync(this.sentencesTmp, 'w') : null;
    this.sentencesBuffer = sentences ? sentencesCsvHeader() : '';
  }

  add(row: IndexRow, sentencesCsv?: string, sentencesCsvFile?: string): void {
    try {
      this.append(row, sentencesCsv);
      if (sentencesCsvFile) this.appendSentencesFile(sentencesCsvFile);
    } catch (e) {
      throw new PeriodcheckError('E_OUTPUT_UNWRITABLE', { dir: this.outDir, problem: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    }
  }

  private append(row: IndexRow, sentencesCsv?: string): void {
    this.shape.observe(row);
    this.indexBuffer += `${this.rows++ === 0 ? '' : ','}\n  ${JSON.stringify(row)}`;
    if (this.htmlFd !== null) {
      this.htmlBuffer += indexPageRow(row);
      if (this.htmlBuffer.length > 1 << 16) {
        writeStringSync(this.htmlFd, this.htmlBuffer);
        this.htmlBuffer = '';
      }
    }
    if (sentencesCsv && this.sentencesFd !== null) this.sentencesBuffer += sentencesCsv;
    if (this.indexBuffer.length > 1 << 16) this.flushIndex();
    if (this.sentencesBuffer.length > 1 << 20) this.flushSentences();
  }

  /** Appends a long text's rows, spilled to a temporary file by its worker, then removes that file. */
  private appendSentencesFile(file: string): void {
    try {
      if (this.sentencesFd === null) return;
      this.flushSentences();
      const fd = openSync(file, 'r');
      try {
        const chunk = Buffer.allocUnsafe(1 << 20);
        let n: number;
        while ((n = readSync(fd, chunk, 0, chunk.length, null)) > 0) writeSync(this.sentencesFd, chunk, 0, n);
      } finally {
        closeSync(fd);
      }
    } finally {
      rmSync(file, { force: true });
    }
  }

  private flushIndex(): void {
    writeStringSync(this.indexFd, this.indexBuffer);
    this.indexBuffer = '';
  }

  private flushSentences(): void {
    if (this.sentencesFd !== null && this.sentencesBuffer) writeStringSync(this.sentencesFd, this.sentencesBuffer);
    this.sentencesBuffer = '';
  }

  /** Closes `index.json` with the counts, writes `index.csv`, renames all into place. */
  async finish(footer: Record<string, unknown>): Promise<void> {
    this.indexBuffer += `${this.rows > 0 ? '\n ' : ''}],\n${Object.entries(footer).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}\n`;
    this.flushIndex();
    fsyncSync(this.indexFd);
    closeSync(this.indexFd);
    this.flushSentences();
    if (this.sentencesFd !== null) {
      fsyncSync(this.sentencesFd);
      closeSync(this.sentencesFd);
    }

    // index.csv: a second pass over the rows of index.json, now that its columns are known.
    const csvTmp = `${this.indexTmp}.csv`;
    const fd = openSync(csvTmp, 'w');
    try {
      let buffer = toCsv([], this.shape.columns());
      for await (const l of readJsonlLines(createReadStream(this.indexTmp, { highWaterMark: 1 << 20 }), this.indexTmp, Number.MAX_SAFE_INTEGER)) {
        const text = l.text!.trim();
        if (!text.startsWith('{"')) continue;
        buffer += toCsv([this.shape.record(JSON.parse(text.replace(/,$/, '')) as IndexRow)]);
        if (buffer.length > 1 << 20) {
          writeStringSync(fd, buffer);
          buffer = '';
        }
      }
      writeStringSync(fd, buffer);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(csvTmp, join(this.outDir, 'index.csv'));
    if (this.htmlFd !== null && this.htmlTmp) {
      writeStringSync(this.htmlFd, this.htmlBuffer + indexPageEnd({ ok: Number(footer.ok ?? 0), failed: Number(footer.failed ?? 0) }));
      closeSync(this.htmlFd);
      renameSync(this.htmlTmp, join(this.outDir, 'index.html'));
    }
    if (this.sentencesTmp) renameSync(this.sentencesTmp, join(this.outDir, 'sentences.csv'));
    renameSync(this.indexTmp, join(this.outDir, 'index.json'));
  }

  /** Removes the temporary files (the batch failed before it could write an index). */
  discard(): void {
    for (const fd of [this.indexFd, this.sentencesFd, this.htmlFd]) {
      try {
        if (fd !== null) closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    rmSync(this.indexTmp, { force: true });
    if (this.sentencesTmp) rmSync(this.sentencesTmp, { force: true });
    if (this.htmlTmp) rmSync(this.htmlTmp, { force: true });
  }
}

/** Total for the progress display: texts when counted, bytes of JSON Lines files, or unknown. */
function progressTotal(entries: InputEntry[], options: BatchOptions): { total: number | null; unit: 'texts' | 'bytes' } {
  if (options.inputFormat !== 'jsonl') return { total: entries.length, unit: 'texts' };
  let bytes = 0;
  for (const e of entries) {
    if (e.error) continue;
    if (e.path === '-') return { total: null, unit: 'bytes' };
    try {
      bytes += statSync(e.path).size;
    } catch {
      /* reported when read */
    }
  }
  return { total: bytes, unit: 'bytes' };
}

/** The executor for `options.jobs`, and the pipeline's identity as the executor built it. */
async function startExecutor(pipeline: Pipeline | string, options: BatchOptions, toStdout: boolean): Promise<{ executor: Executor; info: PipelineInfo }> {
  const jobs = options.jobs ?? 0;
  let executor: Executor;
  if (jobs > 0) {
    executor = createPool({ jobs, pipelineFile: typeof pipeline === 'string' ? pipeline : pipeline.file, workerFile: options.workerFile, maxHeapMb: options.maxWorkerHeapMb, retryOutOfMemory: options.retryOutOfMemory, maxWinkLexicon: options.maxWinkLexicon });
  } else {
    let built: Pipeline | null = typeof pipeline === 'string' ? null : pipeline;
    // Imported only here, so a batch in worker threads never loads the stages in this thread.
    const { getPipeline } = typeof pipeline === 'string' ? await import('./analyze.js') : { getPipeline: null };
    executor = createInProcess(() => (built ??= getPipeline!(pipeline as string)));
  }
  const hello = executor.hello();
  try {
    if (!toStdout) checkOutputDir(options.outDir);
    const answer = await hello;
    if (!answer.ok) {
      const { code, message, params } = answer.error;
      throw params !== undefined && code.startsWith('E_') && code !== 'E_INTERNAL' ? new PeriodcheckError(code as ErrorCode, params as never) : new Error(message);
    }
    if (typeof pipeline !== 'string' && jobs > 0 && answer.pipeline.configHash !== pipeline.configHash) {
      throw new Error(`the pipeline given was not built from ${pipeline.file} as it is now (config hash differs): worker threads build the pipeline from its file; use jobs: 0 for a pipeline built in memory`);
    }
    return { executor, info: answer.pipeline };
  } catch (e) {
    await executor.destroy();
    throw e;
  }
}

/**
 * Runs a batch over `entries` (from {@link discoverInputs}), writing reports and the corpus overview
 * (`index.json`, `index.csv`, `sentences.csv`) unless writing to stdout.
 * @param pipeline a built pipeline, or the path of a pipeline definition (what worker threads need)
 */
export async function runBatch(entries: InputEntry[], pipeline: Pipeline | string, options: BatchOptions): Promise<BatchResult> {
  const t0 = performance.now();
  const log = options.log ?? (() => {});
  const toStdout = options.outDir === '-';
  const writeStdout = options.writeStdout ?? ((chunk: string) => process.stdout.write(chunk));
  const stdoutDrain = options.stdoutDrain ?? (() => once(process.stdout, 'drain').then(() => {}));
  const jobs = options.jobs ?? 0;
  const window = jobs > 0 ? Math.max(1, options.window ?? Math.max(16, jobs * 8)) : 1;
  const maxInflight = jobs > 0 ? jobs * 2 : 1;
  const keepRows = options.keepRows !== false;

  const { executor, info } = await startExecutor(pipeline, options, toStdout);
  const startedAt = new Date().toISOString();
  const index = toStdout ? null : new IndexWriter(options.outDir, { tool: TOOL, pipeline: info, startedAt }, options.sentencesCsv !== false, options.format === 'html');

  const rows: IndexRow[] = [];
  let ok = 0;
  let failed = 0;
  let resumed = 0;
  let bytesRead = 0;
  let seq = 0;
  let nextOut = 0;
  let inflight = 0;
  let maxPending = 0;
  let stopping = false;
  let abandoned = false;
  const results = new Map<number, DocResult>();
  const streamPaths = new Map<number, string | null>();
  // Bytes of JSON Lines input read up to each pending item: progress counts what is done, not what is taken.
  const bytesAt = new Map<number, number>();

  // One waiter at a time: the main loop, waiting for room or for the end.
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const waitForChange = (): Promise<void> => new Promise((r) => (wake = r));

  // With several jobs, the first document runs alone for a moment (see FIRST_ALONE_MS).
  let firstAlone = jobs > 1;
  let firstAloneTimer: NodeJS.Timeout | undefined;
  const endFirstAlone = (): void => {
    if (!firstAlone) return;
    firstAlone = false;
    clearTimeout(firstAloneTimer);
    signal();
  };

  // The main loop races each read against a stop. The promise it races against is a new one for
  // each read: racing every read against one long-lived promise would leave a reaction on it per
  // read, each holding that read's document, and memory would grow with the corpus.
  let interruptRead: ((value: 'stop') => void) | null = null;
  const stopOrNever = (): Promise<'stop'> => new Promise((resolve) => (stopping ? resolve('stop') : (interruptRead = resolve)));
  const stop = (): void => {
    stopping = true;
    interruptRead?.('stop');
    signal();
  };
  const abandon = (): void => {
    if (abandoned) return;
    stopping = true;
    abandoned = true;
    interruptRead?.('stop');
    void executor.destroy();
    signal();
  };
  if (options.signal?.aborted) stop();
  else options.signal?.addEventListener('abort', stop, { once: true });
  if (options.abandonSignal?.aborted) abandon();
  else options.abandonSignal?.addEventListener('abort', abandon, { once: true });

  const progress = options.progress;
  const { total, unit } = progressTotal(entries, options);
  progress?.start(total, unit);

  const emit = async (result: DocResult, streamPath: string | null): Promise<void> => {
    const { row } = result;
    if (row.status === 'ok') ok++;
    else failed++;
    if (row.resumed) resumed++;
    if (keepRows) rows.push(row);
    if (toStdout) {
      const line = `${result.line ?? failureLine(row, streamPath)}\n`;
      if (writeStdout(line) === false) await stdoutDrain();
    } else {
      index!.add(row, result.sentencesCsv, result.sentencesCsvFile);
    }
    if (row.status === 'ok') {
      const where = row.report ? ` -> ${join(options.outDir, row.report)}` : '';
      log(row.resumed ? `skipped ${row.path} (report up to date${where})` : `ok      ${row.path}${where}`);
    } else {
      const message = row.error!.message;
      log(`failed  ${message.startsWith(row.path.replace(/:\d+$/, '')) || message.startsWith('<stdin>') ? message : `${row.path}: ${message}`} [${row.error!.code}]`);
    }
    progress?.update(ok + failed, failed, bytesRead);
    options.onRow?.(row, performance.now() - t0);
  };

  // Results are written strictly in input order; a chain keeps writes from interleaving.
  let flushing: Promise<void> = Promise.resolve();
  const flushReady = async (): Promise<void> => {
    while (results.has(nextOut)) {
      const r = results.get(nextOut)!;
      const path = streamPaths.get(nextOut);
      results.delete(nextOut);
      streamPaths.delete(nextOut);
      bytesRead = bytesAt.get(nextOut) ?? bytesRead;
      bytesAt.delete(nextOut);
      await emit(r, path === undefined ? r.row.path : path);
      nextOut++;
      signal();
    }
  };
  let failure: unknown = null;
  const settle = (n: number, result: DocResult): void => {
    if (abandoned) return;
    results.set(n, result);
    inflight--;
    endFirstAlone();
    // Output that cannot be written (a full disk, a closed stdout) ends the batch: nothing after it
    // could be recorded either.
    flushing = flushing.then(flushReady).catch((e) => {
      failure ??= e;
      abandon();
    });
    signal();
  };

  const state: { stream?: unknown } = {};
  const items = workItems(entries, options, state);
  let interrupted = false;
  try {
    for (;;) {
      if (stopping) break;
      if (seq - nextOut >= window || inflight >= (firstAlone ? 1 : maxInflight)) {
        await waitForChange();
        continue;
      }
      const pending = items.next();
      pending.catch(() => {}); // abandoned when a stop wins the race below; its error is not ours
      const next = await Promise.race([pending, stopOrNever()]);
      interruptRead = null;
      if (next === 'stop') break;
      if (next.done) break;
      const item = next.value;
      const n = seq++;
      if (item.bytesRead !== undefined) bytesAt.set(n, item.bytesRead);
      if (item.streamPath !== undefined) streamPaths.set(n, item.streamPath);
      maxPending = Math.max(maxPending, seq - nextOut);
      inflight++;
      if (firstAlone && n === 0) firstAloneTimer = setTimeout(endFirstAlone, options.firstAloneMs ?? FIRST_ALONE_MS);
      if (item.failure) settle(n, item.failure);
      else executor.run(item.task!, options.timeoutMs).then((r) => settle(n, r));
    }
    if (stopping) {
      interrupted = true;
      // Take no more input: close a JSON Lines stream that may be waiting for data.
      const s = state.stream as { destroy?: () => void } | undefined;
      s?.destroy?.();
    }
    while (inflight > 0 && !abandoned) await waitForChange();
    await flushing;
    if (abandoned && !failure) {
      // Documents abandoned in flight leave gaps: write out what is done, in order.
      for (const n of [...results.keys()].sort((a, b) => a - b)) {
        const r = results.get(n)!;
        const path = streamPaths.get(n);
        await emit(r, path === undefined ? r.row.path : path);
      }
      results.clear();
    }
  } catch (e) {
    failure ??= e;
  } finally {
    clearTimeout(firstAloneTimer);
    progress?.stop();
    if (!abandoned) await executor.close();
  }
  if (failure) {
    index?.discard();
    throw failure;
  }
  if (index) {
    await index.finish({ finishedAt: new Date().toISOString(), ok, failed, resumed, interrupted });
  }
  return { rows, ok, failed, resumed, interrupted, pipeline: info, maxPending, winkRenewals: executor.renewals() };
}
