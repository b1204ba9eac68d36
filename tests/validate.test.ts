import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE_FILE, DEFINITION_SCHEMA, type PipelineDefinition } from '../src/pipeline.js';
import { STAGES } from '../src/registry.js';
import { loadPrecompiledValidators, makeValidate, schemaHash } from '../src/validate.js';

// The validators `npm run build` precompiled (npm test builds before testing). Under vitest the
// code runs from src/, where there are none, so each path is made here explicitly.
const DIST = resolve(__dirname, '..', 'dist');
const generated = loadPrecompiledValidators(resolve(DIST, 'generated', 'validators.cjs'));
const withPrecompiled = makeValidate(generated);
const withAjv = makeValidate(null);

const defaultDefinition = JSON.parse(readFileSync(DEFAULT_PIPELINE_FILE, 'utf8')) as PipelineDefinition;
const clean = STAGES.clean.optionsSchema;

describe('validate: precompiled validators and Ajv agree', () => {
  it('the build precompiled a validator for the definition and for every stage', () => {
    expect(generated).not.toBeNull();
    for (const schema of [DEFINITION_SCHEMA, ...Object.values(STAGES).map((s) => s.optionsSchema)]) {
      expect(generated?.[schemaHash(schema)]).toBeTypeOf('function');
    }
  });

  it.each([
    ...defaultDefinition.stages.map((e) => [`${e.stage}, as in default.json`, e.stage, e.options ?? {}] as const),
    ...Object.keys(STAGES).map((name) => [`${name}, no options`, name, {}] as const),
  ])('%s: the same options, defaults filled', (_what, name, options) => {
    const precompiled = withPrecompiled(STAGES[name].optionsSchema, options, 'options');
    expect(precompiled.ok).toBe(true);
    expect(precompiled).toEqual(withAjv(STAGES[name].optionsSchema, options, 'options'));
  });

  it('fills defaults into a copy and leaves the input alone', () => {
    const input = { rules: 'mine.json' };
    expect(withPrecompiled(clean, input, 'options')).toEqual({ ok: true, value: { rules: 'mine.json', maxRepairsReported: 200 } });
    expect(input).toEqual({ rules: 'mine.json' });
  });

  it('the default definition passes both ways', () => {
    expect(withPrecompiled(DEFINITION_SCHEMA, defaultDefinition, 'pipeline')).toEqual({ ok: true, value: defaultDefinition });
    expect(withAjv(DEFINITION_SCHEMA, defaultDefinition, 'pipeline')).toEqual({ ok: true, value: defaultDefinition });
  });

  it.each([
    ['a definition without stages', DEFINITION_SCHEMA, { name: 'x' }, 'pipeline', "pipeline must have required property 'stages'"],
    ['a definition with no stage', DEFINITION_SCHEMA, { stages: [] }, 'pipeline', 'pipeline/stages must NOT have fewer than 1 items'],
    ['a definition with a stray field and a bad stage', DEFINITION_SCHEMA, { stagez: 1, stages: [{ stage: 3 }] }, 'pipeline', 'pipeline must NOT have additional properties, pipeline/stages/0/stage must be string'],
    ['an unknown option', clean, { rulez: 'x.json' }, 'options', 'options must NOT have additional properties'],
    ['an option of the wrong type', clean, { maxRepairsReported: 'many' }, 'options', 'options/maxRepairsReported must be integer'],
    ['two wrong options', STAGES.temporal.optionsSchema, { rules: 3, eras: false }, 'options', 'options/rules must be string, options/eras must be string'],
  ])('%s: the same message as Ajv gives', (_what, schema, input, dataVar, message) => {
    expect(withPrecompiled(schema, input, dataVar)).toEqual({ ok: false, problems: message });
    expect(withAjv(schema, input, dataVar)).toEqual({ ok: false, problems: message });
  });
});

describe('validate: a precompiled validator is used only for the schema it was made from', () => {
  const acceptsAnything = { [schemaHash(clean)]: () => true };

  it('is used when the hash matches', () => {
    expect(makeValidate(acceptsAnything)(clean, { rulez: 1 }, 'options').ok).toBe(true);
  });

  it('a stale one (schema changed since the build) gives way to Ajv', () => {
    const changed = { ...clean, properties: { ...(clean.properties as object), extra: { type: 'string', default: 'x' } } };
    expect(makeValidate(acceptsAnything)(changed, { rulez: 1 }, 'options')).toEqual({ ok: false, problems: 'options must NOT have additional properties' });
    // With the real build: the default of the new property is filled, so the schema in hand was used.
    expect(withPrecompiled(changed, {}, 'options')).toEqual({ ok: true, value: { rules: 'cleanup.json', maxRepairsReported: 200, extra: 'x' } });
  });
});

describe('validate: a worker with precompiled validators never loads Ajv', () => {
  /** Builds the default pipeline from dist/ in a fresh process; which modules did it load? */
  function freshProcessLoads(before = ''): { ajv: boolean; precompiled: boolean } {
    const script = `
      import { createRequire } from 'node:module';
      ${before}
      const { getPipeline } = await import(process.argv[1]);
      getPipeline();
      const loaded = Object.keys(createRequire(process.argv[1]).cache);
      console.log(JSON.stringify({
        ajv: loaded.some((f) => /[\\\\/]ajv[\\\\/]dist[\\\\/]ajv\\.js$/.test(f)),
        precompiled: loaded.some((f) => /[\\\\/]generated[\\\\/]validators\\.cjs$/.test(f)),
      }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, resolve(DIST, 'analyze.js')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { ajv: boolean; precompiled: boolean };
  }

  it('building the default pipeline loads the precompiled validators, not ajv', () => {
    expect(freshProcessLoads()).toEqual({ ajv: false, precompiled: true });
  });

  it('(the check sees ajv when it is imported)', () => {
    expect(freshProcessLoads("await import('ajv');")).toEqual({ ajv: true, precompiled: true });
  });
});
