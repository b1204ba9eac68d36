/**
 * Checking a pipeline definition and each stage's options against their JSON Schemas, with Ajv's
 * options below (`useDefaults` fills the options a user left out).
 *
 * Every worker thread builds its pipeline before its first report, and importing Ajv plus compiling
 * the schemas was a large part of that wait: from a worker's start to its pipeline built took a
 * median 418 ms with Ajv and 328 ms precompiled (12 fresh runs each, 2 shared cores). So
 * `npm run build` precompiles the validators into `dist/generated/validators.cjs` (Ajv's standalone
 * code, written by `src/tools/build-validators.ts`), keyed by the hash of the schema each was made
 * from. A schema without a precompiled validator of its hash (run from `src/` under vitest, a stale
 * build, a stage whose schema changed) is checked by Ajv itself, loaded only then.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv } from 'ajv';

/** Ajv's options for every schema, precompiled or not. */
export const AJV_OPTIONS = { allErrors: true, useDefaults: true, strict: false } as const;

/** Ajv's standalone validator: fills defaults into `data` and returns whether it is valid. */
export type PrecompiledValidator = (data: unknown) => boolean;

/** What the generated module exports: a validator per schema, keyed by `schemaHash(schema)`. */
export type PrecompiledValidators = Readonly<Record<string, PrecompiledValidator>>;

/** Where `npm run build` writes the precompiled validators, beside this module in `dist/`. */
export const GENERATED_VALIDATORS_FILE = fileURLToPath(new URL('./generated/validators.cjs', import.meta.url));

/** SHA-256 of `JSON.stringify(schema)`: names the schema a precompiled validator was made from. */
export function schemaHash(schema: object): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/** The validated copy of the input (defaults filled), or Ajv's explanation of what is wrong. */
export type Validation<T> = { ok: true; value: T } | { ok: false; problems: string };

/**
 * Checks `input` against `schema`.
 * @param schema the JSON Schema
 * @param input the data; never modified (defaults are filled into the returned copy)
 * @param dataVar how Ajv's messages name the data, e.g. `options` in "options must have required property 'x'"
 */
export type Validate = <T>(schema: object, input: unknown, dataVar: string) => Validation<T>;

/**
 * A `Validate` that uses a precompiled validator when one was made from this very schema, else Ajv.
 * @param precompiled the generated module's validators (null: Ajv for every schema)
 */
export function makeValidate(precompiled: PrecompiledValidators | null): Validate {
  return <T>(schema: object, input: unknown, dataVar: string): Validation<T> => {
    const value = structuredClone(input);
    const validator = precompiled?.[schemaHash(schema)];
    if (validator ? validator(value) : runtimeAjv().validate(schema, value)) return { ok: true, value: value as T };
    // Failures are rare, so Ajv explains them on an untouched copy: the message is Ajv's
    // `errorsText`, identical whichever path found the fault.
    const ajv = runtimeAjv();
    ajv.validate(schema, structuredClone(input));
    return { ok: false, problems: ajv.errorsText(ajv.errors, { dataVar }) };
  };
}

const require = createRequire(import.meta.url);

/** The validators `npm run build` generated, or null where there are none (running from `src/`). */
export function loadPrecompiledValidators(file: string = GENERATED_VALIDATORS_FILE): PrecompiledValidators | null {
  return existsSync(file) ? (require(file) as PrecompiledValidators) : null;
}

/** One Ajv instance per thread, made on first need: each compiles JSON Schema's meta-schema once. */
let sharedAjv: Ajv | null = null;
function runtimeAjv(): Ajv {
  return (sharedAjv ??= new (require('ajv') as typeof import('ajv')).Ajv(AJV_OPTIONS));
}

/** Checks data against a schema, with this build's precompiled validators. */
export const validate: Validate = makeValidate(loadPrecompiledValidators());
