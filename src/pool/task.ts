/**
 * One document's work, as a worker thread does it (and the main thread, with `jobs: 0`): read the
 * input (decode, or extract a PDF's text), run the pipeline, write the report (or serialise it for
 * the JSON Lines stream), and project it into its index row and `sentences.csv` rows. All of the
 * heavy work happens here, so it runs in parallel; the main thread only orders and appends results.
 *
 * A task never throws for a bad document: it returns a failed result with the error's code and
 * message (errors do not keep their class across threads). Only a crash of the worker itself
 * rejects, and the batch turns that into a failed row too.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId, type MessagePort } from 'node:worker_threads';
import { createDoc } from '../doc.js';
import { describeError, PeriodcheckError } from '../errors.js';
import { loadText, readInputBytes, type LoadedText, type ReadOptions } from '../input.js';
import type { Pipeline } from '../pipeline.js';
import { writeFileAtomic, writeFileAtomicWith, writeJsonChunks, writeStringSync } from '../report-writer.js';
import { toReport, type Report } from '../report.js';
import { runPipeline } from '../runner.js';
import { failedRow, indexRowOf, sentencesCsvChunks, type IndexRow } from '../tables.js';
import { toCslJson } from '../stages/citations/csl.js';

// The HTML page and the Markdown summary are loaded when a batch asks for them (the module loader
// keeps them once loaded): every worker's first report waits for the modules it loads.
const html = (): Promise<typeof import('../html/render.js')> => import('../html/render.js');
const markdown = (): Promise<typeof import('../markdown.js')> => import('../markdown.js');

/** Where a document's text comes from. */
export type TaskSource =
  | { type: 'file'; file: string }
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'text'; text: string; meta?: Record<string, unknown> };

/** Where its report goes: files in the output directory, or back to the main thread as one JSON line. */
export type TaskOutput =
  | { type: 'dir'; dir: string; stem: string; format: 'json' | 'jsonl' | 'html' | 'md' }
  | { type: 'line'; format?: 'json' | 'md' };

export interface DocTask {
  kind: 'doc';
  id: string;
  /**
   * Name of the input in error messages: its path, or `file:line` for a JSONL row; on a JSON Lines
   * stream a row is named by its id (`id 'x'`), so its output depends on the row alone.
   */
  display: string;
  /** Where the input is, for the index and the log: its path, or `file:line` for a JSONL row. */
  where: string;
  /** `source.path` of the report (null for a JSONL row, whose report depends on the row alone). */
  path: string | null;
  source: TaskSource;
  read: ReadOptions;
  output: TaskOutput;
  /** Skip the analysis when the report exists with the same source and config hashes. */
  resume: boolean;
  /** Also return the text's `sentences.csv` rows. */
  sentencesCsv: boolean;
  /** Told as soon as a worker starts the task, so a timeout counts analysis time only. */
  started?: MessagePort;
}

export interface HelloTask {
  kind: 'hello';
}

/** Asks a worker whether wink's custom-entity patterns match in it (the one-instance defect). */
export interface ProbeTask {
  kind: 'probe';
  /** When given, the worker waits until `count` probes hold it (so each lands on its own thread). */
  barrier?: SharedArrayBuffer;
  count?: number;
}

export type Task = DocTask | HelloTask | ProbeTask;

/** What a pipeline looks like to the batch: enough for the index, without its stages. */
export interface PipelineInfo {
  name: string;
  stages: string[];
  configHash: string;
}

export type HelloResult = { ok: true; pipeline: PipelineInfo } | { ok: false; error: { code: string; message: string; params?: unknown } };

export interface ProbeResult {
  threadId: number;
  /** Custom entities found in a probe sentence by a pattern registered in this thread. */
  found: string[];
}

export interface DocResult {
  status: 'ok' | 'failed';
  row: IndexRow;
  /** The report as one JSON line (output `line`), or a failure line. */
  line?: string;
  /** This text's rows of `sentences.csv`, without header. */
  sentencesCsv?: string;
  /**
   * Instead of `sentencesCsv` for a long text: a temporary file holding its rows, which the batch
   * appends to `sentences.csv` and then removes (a book's table is not copied between threads).
   */
  sentencesCsvFile?: string;
  /** Times the worker replaced its wink instance while analysing this document (set by a pool worker, read by its pool). */
  winkRenewals?: number;
}

/** What a pool gives each of its workers. */
export interface WorkerData {
  /** Pipeline definition file the worker builds. */
  pipelineFile: string;
  /** Lexemes the worker's wink instance may hold before it is replaced (unset: the adapter's default). */
  maxWinkLexicon?: number;
}

/** Above this many characters a text's `sentences.csv` rows go through a temporary file. */
const CSV_SPILL_AT = 4 << 20;
let spillCounter = 0;

/** The `sentences.csv` rows of a report: as a string, or spilled to a temporary file when long. */
function sentencesCsvResult(report: Report): Pick<DocResult, 'sentencesCsv' | 'sentencesCsvFile'> {
  let csv = '';
  let fd: number | null = null;
  const file = join(tmpdir(), `periodcheck-${process.pid}-${threadId}-${(spillCounter++).toString(36)}.sentences.csv`);
  try {
    for (const chunk of sentencesCsvChunks(report)) {
      csv += chunk;
      if (csv.length >= CSV_SPILL_AT) {
        fd ??= openSync(file, 'w');
        writeStringSync(fd, csv);
        csv = '';
      }
    }
    if (fd === null) return { sentencesCsv: csv };
    writeStringSync(fd, csv);
    closeSync(fd);
    fd = null;
    return { sentencesCsvFile: file };
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(file, { force: true });
    throw e;
  }
}

/** What a thread needs to run tasks: its pipeline, built once. */
export interface TaskContext {
  pipeline(): Pipeline;
}

/** Report and extracted-text file names of a document in the output directory. */
export function outputFiles(output: Extract<TaskOutput, { type: 'dir' }>): { report: string; text: string; html: string; markdown: string; csl: string } {
  const stem = output.stem;
  return {
    report: `${stem}.report.${output.format === 'jsonl' ? 'jsonl' : 'json'}`,
    text: `${stem}.source.txt`,
    html: `${stem}.report.html`,
    markdown: `${stem}.report.md`,
    csl: `${stem}.csl.json`,
  };
}

/** The files `--format html` and `--format md` add beside the JSON report. */
function extraFiles(output: Extract<TaskOutput, { type: 'dir' }>): ('html' | 'markdown')[] {
  return output.format === 'html' ? ['html'] : output.format === 'md' ? ['markdown'] : [];
}

async function loadSource(task: DocTask): Promise<LoadedText & { meta?: Record<string, unknown> }> {
  const { source } = task;
  if (source.type === 'text') {
    // A JSONL row: the text is the original; the same empty and whitespace rules as for files.
    if (source.text.length === 0) throw new PeriodcheckError('E_INPUT_EMPTY', { file: task.display });
    if (source.text.trim() === '') throw new PeriodcheckError('E_INPUT_WHITESPACE', { file: task.display });
    const sha256 = createHash('sha256').update(source.text, 'utf8').digest('hex');
    return { text: source.text, sha256, encoding: 'utf-8', warnings: [], ...(source.meta ? { meta: source.meta } : {}) };
  }
  const bytes = source.type === 'file' ? readInputBytes(source.file, task.read) : source.bytes;
  return loadText(task.display, bytes, task.read);
}

/** Hash of the input as a report records it, computed without analysing (for `--resume`). */
function sourceHash(task: DocTask): string {
  const { source } = task;
  if (source.type === 'text') return createHash('sha256').update(source.text, 'utf8').digest('hex');
  const bytes = source.type === 'file' ? readInputBytes(source.file, task.read) : source.bytes;
  return createHash('sha256').update(bytes).digest('hex');
}

/** The existing report of `task`, when `--resume` may reuse it: same source hash, same config hash. */
function upToDateReport(task: DocTask, dir: string, configHash: string): Report | null {
  if (task.output.type !== 'dir') return null;
  const files = outputFiles(task.output);
  const file = join(dir, files.report);
  if (!existsSync(file)) return null;
  let report: Report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  } catch {
    return null; // unreadable or half-written by something else: analyse again
  }
  if (report.pipeline?.configHash !== configHash || report.source?.sha256 !== sourceHash(task)) return null;
  const extracted = report.source.meta?.extractedText as { file?: string } | undefined;
  if (extracted?.file && !existsSync(join(dir, extracted.file))) return null;
  // A page or summary asked for this time but missing must be made: analyse again.
  if (extraFiles(task.output).some((k) => !existsSync(join(dir, files[k])))) return null;
  return report;
}

function failure(task: DocTask, e: unknown): DocResult {
  const error = describeError(e);
  if (error.code === 'E_INTERNAL' && e instanceof Error && e.stack) error.message += ` [${e.stack.split('\n')[1]?.trim() ?? ''}]`;
  return { status: 'failed', row: failedRow(task.id, task.where, error) };
}

/** Runs one document: never throws for a bad document, returns a failed result instead. */
export async function runDocTask(task: DocTask, ctx: TaskContext): Promise<DocResult> {
  if (task.started) {
    task.started.postMessage('started');
    task.started.close();
  }
  try {
    const pipeline = ctx.pipeline();
    const output = task.output;
    if (task.resume && output.type === 'dir') {
      const report = upToDateReport(task, output.dir, pipeline.configHash);
      if (report) {
        const files = outputFiles(output);
        const hasText = typeof (report.source.meta?.extractedText as { file?: string } | undefined)?.file === 'string';
        const row = indexRowOf(report, { id: task.id, path: task.where, report: files.report, text: hasText ? files.text : undefined, resumed: true });
        for (const k of extraFiles(output)) row[k] = files[k];
        if (existsSync(join(output.dir, files.csl))) row.csl = files.csl;
        return { status: 'ok', row, ...(task.sentencesCsv ? sentencesCsvResult(report) : {}) };
      }
    }
    const loaded = await loadSource(task);
    let meta = loaded.meta;
    let textFile: string | undefined;
    if (loaded.pdf) {
      // The report's offsets refer to the extracted text: keep it where they can be checked.
      const textSha256 = createHash('sha256').update(loaded.text, 'utf8').digest('hex');
      const extractedText: Record<string, unknown> = { from: 'pdf', pages: loaded.pdf.pages, extractor: loaded.pdf.extractor, sha256: textSha256 };
      if (output.type === 'dir') {
        textFile = outputFiles(output).text;
        const path = join(output.dir, textFile);
        writeOutput(path, () => writeFileAtomic(path, loaded.text, false));
        extractedText.file = textFile;
      } else {
        extractedText.text = loaded.text;
      }
      meta = { ...meta, extractedText };
    }
    const doc = createDoc(task.id, { path: task.path, text: loaded.text, sha256: loaded.sha256, ...(meta ? { meta } : {}) });
    for (const w of loaded.warnings) doc.messages.push({ severity: 'warning', stage: 'input', code: 'input/encoding', message: w });
    runPipeline(pipeline, doc);
    const report = toReport(doc, pipeline);
    // The report carries no tokens, and a book's token table is hundreds of MB: let it go before
    // the report is written (a long text's memory peaks while writing).
    delete doc.layers.tokens;
    if (output.type === 'line') {
      const line = output.format === 'md' ? (await markdown()).toMarkdown(report).trimEnd() : JSON.stringify(report);
      return { status: 'ok', row: indexRowOf(report, { id: task.id, path: task.where }), line };
    }
    const files = outputFiles(output);
    const file = join(output.dir, files.report);
    writeOutput(file, () => {
      if (output.format === 'jsonl') writeFileAtomic(file, `${JSON.stringify(report)}\n`, false);
      else writeFileAtomicWith(file, (sink) => writeJsonChunks(report as unknown as Record<string, unknown>, sink), false);
    });
    const row = indexRowOf(report, { id: task.id, path: task.where, report: files.report, text: textFile });
    if (output.format === 'html') {
      const page = join(output.dir, files.html);
      const { writeReportHtml } = await html();
      writeOutput(page, () => writeFileAtomicWith(page, (sink) => writeReportHtml(report, loaded.text, sink), false));
      row.html = files.html;
    } else if (output.format === 'md') {
      const md = join(output.dir, files.markdown);
      const { toMarkdown } = await markdown();
      writeOutput(md, () => writeFileAtomic(md, toMarkdown(report), false));
      row.markdown = files.markdown;
    }
    // The cited works, for reference managers and citation.js-based tools.
    if (doc.layers.citations?.length) {
      const csl = join(output.dir, files.csl);
      writeOutput(csl, () => writeFileAtomic(csl, `${JSON.stringify(toCslJson(doc), null, 1)}\n`, false));
      row.csl = files.csl;
    }
    // After the report is written: its table is made last, when nothing else is being built.
    return { status: 'ok', row, ...(task.sentencesCsv ? sentencesCsvResult(report) : {}) };
  } catch (e) {
    return failure(task, e);
  }
}

function writeOutput(file: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    throw new PeriodcheckError('E_OUTPUT_UNWRITABLE', { dir: file, problem: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
}

/** Answers a hello: the pipeline's identity, or why it cannot be built (a usage error). */
export function runHello(ctx: TaskContext): HelloResult {
  try {
    const p = ctx.pipeline();
    return { ok: true, pipeline: { name: p.name, stages: [...p.stageIds], configHash: p.configHash } };
  } catch (e) {
    const d = describeError(e);
    return { ok: false, error: { ...d, params: e instanceof PeriodcheckError ? e.params : undefined } };
  }
}

