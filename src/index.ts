/**
 * periodcheck's public API.
 *
 * @example
 *   import { analyze } from 'periodcheck';
 *   const report = analyze(text, { id: 'my-essay' });
 */
export { analyze, analyzeDocument, analyzeFile, getPipeline, type AnalyzeOptions } from './analyze.js';
export { buildPipeline, readPipelineDefinition, DEFAULT_PIPELINE_FILE, type Pipeline, type PipelineDefinition } from './pipeline.js';
export { toReport, SCHEMA_VERSION, type Report, type ReportSentence } from './report.js';
export { PeriodcheckError, ERRORS, type ErrorCode } from './errors.js';
export { STAGES } from './registry.js';
export { decodeText, readTextFile, discoverInputs, INPUT_FORMATS, type InputFormat, type ReadOptions, type InputEntry } from './input.js';
export { runBatch, FORMATS, type BatchOptions, type BatchResult, type Format, type IndexRow } from './batch.js';
export { extractPdfText } from './pdf.js';
export { toMarkdown } from './markdown.js';
export { toCslJson } from './stages/citations/csl.js';
export { renderReportHtml, writeReportHtml, renderIndexHtml, indexPageStart, indexPageRow, indexPageEnd, type IndexRowForHtml } from './html/render.js';
export type * from './doc.js';
export type { Stage, StageContext, StageOutput, PrepareEnv } from './stage.js';
