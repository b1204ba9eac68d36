/**
 * The stage contract. A stage is a plain manifest: a name, a version, the layers it requires and
 * provides, a JSON Schema for its options, an optional `prepare` that loads its data once per
 * pipeline, and a pure `run` that returns new layers and messages without touching the document.
 */
import type { Diagnostic, Doc, LayerMap, LayerName } from './doc.js';

/** What `prepare` may use: reading data files that live beside the pipeline definition. */
export interface PrepareEnv {
  /** Directory of the pipeline file; relative data paths resolve against it. */
  pipelineDir: string;
  /** Reads a JSON (or YAML) data file relative to the pipeline directory; its bytes enter the config hash. */
  loadData<T = unknown>(relativePath: string): T;
}

export interface StageContext<O, R> {
  options: O;
  resources: R;
}

export interface StageOutput {
  layers: Partial<LayerMap>;
  messages?: Diagnostic[];
}

export interface Stage<O extends object = Record<string, unknown>, R = unknown> {
  name: string;
  /** Bumped whenever output for the same input can change. */
  version: number;
  description: string;
  requires: readonly LayerName[];
  provides: readonly LayerName[];
  /** JSON Schema of the options, `additionalProperties: false`, with defaults. */
  optionsSchema: Record<string, unknown>;
  /** Loads data and builds heavy objects once per pipeline (never per document). */
  prepare?: (options: O, env: PrepareEnv) => R;
  /** Pure: reads `doc`, returns the provided layers. */
  run: (doc: Doc, ctx: StageContext<O, R>) => StageOutput;
}

/** Helper so that a stage module gets full type checking of its manifest. */
export function defineStage<O extends object, R = undefined>(stage: Stage<O, R>): Stage<O, R> {
  return stage;
}

/** A diagnostic raised by `stage`. */
export function message(
  stage: string,
  severity: Diagnostic['severity'],
  code: string,
  text: string,
  span?: { start: number; end: number },
): Diagnostic {
  return span ? { severity, stage, code, message: text, start: span.start, end: span.end } : { severity, stage, code, message: text };
}

/** A stage of any options and resources, as the registry and the runner hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any, any>;
