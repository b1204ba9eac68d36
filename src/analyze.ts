/**
 * The library API: analyse a string (or a file) and get its report. The CLI is a thin layer over
 * these functions.
 */
import { createHash } from 'node:crypto';
import { createDoc, type Doc } from './doc.js';
import { readTextFile, type ReadOptions } from './input.js';
import { buildPipeline, DEFAULT_PIPELINE_FILE, type Pipeline } from './pipeline.js';
import { toReport, type Report } from './report.js';
import { runPipeline } from './runner.js';

export interface AnalyzeOptions {
  /** A built pipeline, or the path of a pipeline definition (default: the package's default pipeline). */
  pipeline?: Pipeline | string;
  /** Id of the document in the report (default: `'text'`). */
  id?: string;
  /** Path recorded in the report's source (default: null). */
  path?: string | null;
  /** Extra fields recorded in the report's `source.meta`. */
  meta?: Record<string, unknown>;
}

const pipelines = new Map<string, Pipeline>();

/** The pipeline for `spec`, built once per process and definition file. */
export function getPipeline(spec: Pipeline | string = DEFAULT_PIPELINE_FILE): Pipeline {
  if (typeof spec !== 'string') return spec;
  let pipeline = pipelines.get(spec);
  if (!pipeline) {
    pipeline = buildPipeline(spec);
    pipelines.set(spec, pipeline);
  }
  return pipeline;
}

/** Runs the pipeline on `text` and returns the annotated document (all layers). */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}): Doc {
  const pipeline = getPipeline(options.pipeline);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const doc = createDoc(options.id ?? 'text', { path: options.path ?? null, text, sha256, ...(options.meta ? { meta: options.meta } : {}) });
  return runPipeline(pipeline, doc);
}

/**
 * Analyses `text` and returns its report.
 * @example
 *   import { analyze } from 'periodcheck';
 *   const report = analyze(essay);
 *   report.periodisation?.stages.map((s) => `${s.from}–${s.to ?? ''}`);
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const pipeline = getPipeline(options.pipeline);
  return toReport(analyzeDocument(text, { ...options, pipeline }), pipeline);
}

/** Reads a text file (UTF-8; see `readTextFile`) and returns its report. */
export function analyzeFile(path: string, options: AnalyzeOptions & ReadOptions = {}): Report {
  const decoded = readTextFile(path, options);
  const pipeline = getPipeline(options.pipeline);
  const doc = createDoc(options.id ?? path, { path, text: decoded.text, sha256: decoded.sha256, ...(options.meta ? { meta: options.meta } : {}) });
  for (const w of decoded.warnings) doc.messages.push({ severity: 'warning', stage: 'input', code: 'input/encoding', message: w });
  return toReport(runPipeline(pipeline, doc), pipeline);
}
