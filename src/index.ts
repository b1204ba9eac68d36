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
export { decodeText, readTextFile, discoverInputs, type ReadOptions, type InputEntry } from './input.js';
export type * from './doc.js';
export type { Stage, StageContext, StageOutput, PrepareEnv } from './stage.js';
