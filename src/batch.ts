/**
 * Batches: every input yields exactly one result, in input order, `ok` or `failed` with its error;
 * a failure never stops the batch. Reports are written to a temporary file and renamed, so nothing
 * is ever half-written. With `outDir: '-'` reports go to stdout as JSON Lines and nothing else is
 * written there (logs go to stderr through `log`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeFileAtomic, writeFileAtomicWith, writeJsonChunks } from './report-writer.js';
import { dirname, join, relative } from 'node:path';
import { createDoc } from './doc.js';
import { describeError, PeriodcheckError } from './errors.js';
import { decodeText, readTextFile, type InputEntry, type ReadOptions } from './input.js';
import type { Pipeline } from './pipeline.js';
import { toReport, type Report } from './report.js';
import { runPipeline } from './runner.js';
import { TOOL } from './version.js';

export const FORMATS = ['json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export interface BatchOptions extends ReadOptions {
  /** Output directory, or '-' for stdout (JSON Lines). */
  outDir: string;
  format: Format;
  /** Receives one line per event for the user (stderr in the CLI). */
  log?: (line: string) => void;
  /** Reads stdin fully (injected so tests can feed it). */
  readStdin?: () => Promise<Buffer>;
  /** Writes to stdout (injected so tests can capture it). */
  writeStdout?: (chunk: string) => void;
}

export interface IndexRow {
  id: string;
  path: string;
  status: 'ok' | 'failed';
  /** Report file, relative to the output directory (absent for stdout and failures). */
  report?: string;
  error?: { code: string; message: string };
  words?: number;
  sentences?: number;
  warnings?: number;
}

export interface BatchResult {
  rows: IndexRow[];
  ok: number;
  failed: number;
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

async function readAllStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Analyses one input; throws a PeriodcheckError on bad input or a failing stage. */
export async function analyzeEntry(entry: InputEntry, pipeline: Pipeline, options: BatchOptions): Promise<Report> {
  if (entry.error) throw entry.error;
  const decoded = entry.path === '-' ? decodeText('<stdin>', await (options.readStdin ?? readAllStdin)(), options) : readTextFile(entry.path, options);
  const doc = createDoc(entry.id, { path: entry.path, text: decoded.text, sha256: decoded.sha256 });
  for (const w of decoded.warnings) doc.messages.push({ severity: 'warning', stage: 'input', code: 'input/encoding', message: w });
  return toReport(runPipeline(pipeline, doc), pipeline);
}

/** Path of the report of input `id` inside `outDir`. */
export function reportPath(outDir: string, id: string, format: Format): string {
  return join(outDir, `${id}.report.${format === 'jsonl' ? 'jsonl' : 'json'}`);
}

/** A JSON Lines row for an input that failed, so a stream accounts for every input. */
function failureLine(row: IndexRow): string {
  return JSON.stringify({ schemaVersion: '1.0', status: 'failed', source: { id: row.id, path: row.path }, error: row.error });
}

/** Runs a batch over `entries`, writing reports and `index.json` (unless writing to stdout). */
export async function runBatch(entries: InputEntry[], pipeline: Pipeline, options: BatchOptions): Promise<BatchResult> {
  const log = options.log ?? (() => {});
  const toStdout = options.outDir === '-';
  const writeStdout = options.writeStdout ?? ((chunk: string) => void process.stdout.write(chunk));
  if (!toStdout) checkOutputDir(options.outDir);
  const rows: IndexRow[] = [];
  const startedAt = new Date().toISOString();
  for (const entry of entries) {
    const row: IndexRow = { id: entry.id, path: entry.path, status: 'ok' };
    try {
      const report = await analyzeEntry(entry, pipeline, options);
      row.words = report.source.words;
      row.sentences = report.sentences.length;
      row.warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
      if (toStdout) writeStdout(`${JSON.stringify(report)}\n`);
      else {
        const file = reportPath(options.outDir, entry.id, options.format);
        try {
          if (options.format === 'jsonl') writeFileAtomic(file, `${JSON.stringify(report)}\n`);
          else writeFileAtomicWith(file, (sink) => writeJsonChunks(report as unknown as Record<string, unknown>, sink));
        } catch (e) {
          throw new PeriodcheckError('E_OUTPUT_UNWRITABLE', { dir: file, problem: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
        }
        row.report = relative(options.outDir, file);
      }
      log(`ok      ${entry.path}${row.report ? ` -> ${join(options.outDir, row.report)}` : ''}`);
    } catch (e) {
      row.status = 'failed';
      row.error = describeError(e);
      if (row.error.code === 'E_INTERNAL' && e instanceof Error && e.stack) row.error.message += ` [${e.stack.split('\n')[1]?.trim() ?? ''}]`;
      log(`failed  ${row.error.message.startsWith(entry.path) || row.error.message.startsWith('<stdin>') ? row.error.message : `${entry.path}: ${row.error.message}`} [${row.error.code}]`);
      if (toStdout) writeStdout(`${failureLine(row)}\n`);
    }
    rows.push(row);
  }
  const ok = rows.filter((r) => r.status === 'ok').length;
  const result = { rows, ok, failed: rows.length - ok };
  if (!toStdout) {
    const index = { tool: TOOL, pipeline: { name: pipeline.name, stages: pipeline.stageIds, configHash: pipeline.configHash }, startedAt, finishedAt: new Date().toISOString(), ok, failed: result.failed, inputs: rows };
    writeFileAtomic(join(options.outDir, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  }
  return result;
}
