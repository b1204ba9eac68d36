/**
 * Building a pipeline from its declarative definition (`pipeline/default.json` or a user's file):
 * resolve stage names, validate every stage's options against its schema, check that each stage's
 * requirements are provided by an earlier stage, load data files once, and compute the config hash
 * that every report records. All of this happens before any input is read.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type YAMLModule from 'yaml';
import type { LayerName } from './doc.js';
import { PeriodcheckError } from './errors.js';
import type { AnyStage, PrepareEnv } from './stage.js';
import { STAGES } from './registry.js';
import { validate } from './validate.js';

/** The pipeline definition directory shipped with the package. */
export const DEFAULT_PIPELINE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'pipeline');
export const DEFAULT_PIPELINE_FILE = resolve(DEFAULT_PIPELINE_DIR, 'default.json');

export interface PipelineDefinition {
  name?: string;
  description?: string;
  stages: { stage: string; options?: Record<string, unknown> }[];
}

export interface BuiltStage {
  stage: AnyStage;
  options: object;
  resources: unknown;
}

export interface Pipeline {
  readonly name: string;
  readonly file: string;
  readonly stages: readonly BuiltStage[];
  /** SHA-256 of the resolved stages, versions, options and the bytes of every data file. */
  readonly configHash: string;
  /** `name@version` of every stage, in order. */
  readonly stageIds: readonly string[];
  /** Layers the pipeline provides. */
  readonly provides: ReadonlySet<LayerName>;
}

/** JSON Schema of a pipeline definition (no defaults). */
export const DEFINITION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['stages'],
  properties: {
    $schema: { type: 'string' },
    $comment: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    stages: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['stage'],
        properties: { stage: { type: 'string' }, options: { type: 'object' } },
      },
    },
  },
} as const;

/**
 * The YAML parser, loaded on first use: definitions and data files are JSON unless a user writes
 * YAML, and every worker's first report waits for the modules it loads (yaml's take ~30 ms).
 */
let yamlModule: typeof YAMLModule | null = null;
const yaml = (): typeof YAMLModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof YAMLModule);

function parseFile(file: string, what: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PeriodcheckError('E_PIPELINE_FILE', { file, problem: `cannot read ${what}: ${(e as Error).message}` });
  }
  try {
    return /\.ya?ml$/i.test(file) ? yaml().parse(raw) : JSON.parse(raw);
  } catch (e) {
    throw new PeriodcheckError('E_PIPELINE_FILE', { file, problem: `${what} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(e as Error).message}` });
  }
}

/** Reads and checks a pipeline definition file (JSON or YAML). */
export function readPipelineDefinition(file: string): PipelineDefinition {
  const checked = validate<PipelineDefinition>(DEFINITION_SCHEMA, parseFile(file, 'pipeline definition'), 'pipeline');
  if (!checked.ok) throw new PeriodcheckError('E_PIPELINE_FILE', { file, problem: checked.problems });
  return checked.value;
}

/**
 * Builds a pipeline: validates the definition, then loads each stage's data once.
 * @param file pipeline definition (default: the package's `pipeline/default.json`)
 */
export function buildPipeline(file: string = DEFAULT_PIPELINE_FILE): Pipeline {
  const definition = readPipelineDefinition(file);
  const pipelineDir = dirname(resolve(file));
  const seen = new Set<string>();
  const providedBy = new Map<LayerName, string>();
  const hash = createHash('sha256');
  const built: BuiltStage[] = [];

  for (const entry of definition.stages) {
    const stage: AnyStage | undefined = Object.hasOwn(STAGES, entry.stage) ? STAGES[entry.stage] : undefined;
    if (!stage) throw new PeriodcheckError('E_UNKNOWN_STAGE', { stage: entry.stage, known: Object.keys(STAGES) });
    if (seen.has(stage.name)) throw new PeriodcheckError('E_DUPLICATE_STAGE', { stage: stage.name });
    seen.add(stage.name);
    for (const layer of stage.requires) {
      if (!providedBy.has(layer)) throw new PeriodcheckError('E_REQUIRES_UNMET', { stage: stage.name, layer });
    }
    for (const layer of stage.provides) {
      const other = providedBy.get(layer);
      if (other) throw new PeriodcheckError('E_DUPLICATE_PROVIDER', { stage: stage.name, layer, other });
      providedBy.set(layer, stage.name);
    }
    const checked = validate<object>(stage.optionsSchema, entry.options ?? {}, 'options');
    if (!checked.ok) throw new PeriodcheckError('E_INVALID_OPTIONS', { stage: stage.name, problems: checked.problems });
    const options = checked.value;
    hash.update(JSON.stringify({ stage: stage.name, version: stage.version, options }));
    const env: PrepareEnv = {
      pipelineDir,
      loadData<T>(relativePath: string): T {
        const path = resolve(pipelineDir, relativePath);
        let bytes: Buffer;
        try {
          bytes = readFileSync(path);
        } catch (e) {
          throw new PeriodcheckError('E_STAGE_DATA', { stage: stage.name, file: path, problem: (e as Error).message });
        }
        hash.update(bytes);
        try {
          const text = bytes.toString('utf8');
          return (/\.ya?ml$/i.test(path) ? yaml().parse(text) : JSON.parse(text)) as T;
        } catch (e) {
          throw new PeriodcheckError('E_STAGE_DATA', { stage: stage.name, file: path, problem: (e as Error).message });
        }
      },
    };
    const resources = stage.prepare ? stage.prepare(options, env) : undefined;
    built.push({ stage, options, resources });
  }
  const stages = Object.freeze(built.map((b) => Object.freeze(b)));
  return Object.freeze({
    name: definition.name ?? 'custom',
    file: resolve(file),
    stages,
    configHash: hash.digest('hex'),
    stageIds: Object.freeze(stages.map((b) => `${b.stage.name}@${b.stage.version}`)),
    provides: new Set(providedBy.keys()),
  });
}
