import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc.js';
import { PeriodcheckError } from '../src/errors.js';
import { buildPipeline, DEFAULT_PIPELINE_DIR } from '../src/pipeline.js';
import { FIXTURES } from './helpers.js';

/** Writes a pipeline definition beside copies of the default data files; returns its path. */
function pipelineFile(definition: unknown, name = 'p.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-pipeline-'));
  cpSync(DEFAULT_PIPELINE_DIR, dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, typeof definition === 'string' ? definition : JSON.stringify(definition));
  return file;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof PeriodcheckError ? `${e.code}: ${e.message}` : `not a PeriodcheckError: ${String(e)}`;
  }
  return 'no error';
}

describe('pipeline: checked before any input is read', () => {
  it.each([
    ['a stage whose requirement no earlier stage provides', { stages: [{ stage: 'clean' }, { stage: 'sentences' }] }, /^E_REQUIRES_UNMET: stage 'sentences' requires 'paragraphs'/],
    ['a duplicate stage', { stages: [{ stage: 'clean' }, { stage: 'clean' }] }, /^E_DUPLICATE_STAGE: stage 'clean'/],
    ['an unknown stage', { stages: [{ stage: 'clean' }, { stage: 'dates' }] }, /^E_UNKNOWN_STAGE: unknown stage 'dates'/],
    ['a misspelled option', { stages: [{ stage: 'clean', options: { rulez: 'x.json' } }] }, /^E_INVALID_OPTIONS: options of stage 'clean'/],
    ['an option of the wrong type', { stages: [{ stage: 'clean', options: { maxRepairsReported: 'many' } }] }, /^E_INVALID_OPTIONS: .*maxRepairsReported must be integer/],
    ['a missing data file', { stages: [{ stage: 'clean', options: { rules: 'nope.json' } }] }, /^E_STAGE_DATA: stage 'clean' cannot use its data file .*nope\.json/],
    ['no stages', { stages: [] }, /^E_PIPELINE_FILE: .*must NOT have fewer than 1 items/],
    ['an unknown top-level field', { stages: [{ stage: 'clean' }], stagez: [] }, /^E_PIPELINE_FILE: .*additional properties/],
  ])('fails on %s, naming the stage', (_what, definition, expected) => {
    expect(codeOf(() => buildPipeline(pipelineFile(definition)))).toMatch(expected);
  });

  it('fails on a file that is not JSON, naming the file', () => {
    const file = pipelineFile('{ "stages": [', 'broken.json');
    expect(codeOf(() => buildPipeline(file))).toMatch(/^E_PIPELINE_FILE: pipeline file .*broken\.json: pipeline definition is not valid JSON/);
  });

  it('reads a YAML definition', () => {
    const file = pipelineFile('stages:\n  - stage: clean\n  - stage: segment\n', 'p.yaml');
    expect(buildPipeline(file).stageIds).toEqual(['clean@1', 'segment@1']);
  });

  it('the config hash changes with options and with the bytes of data files', () => {
    const base = buildPipeline(pipelineFile({ stages: [{ stage: 'clean' }] })).configHash;
    expect(buildPipeline(pipelineFile({ stages: [{ stage: 'clean' }] })).configHash).toBe(base);
    expect(buildPipeline(pipelineFile({ stages: [{ stage: 'clean', options: { maxRepairsReported: 3 } }] })).configHash).not.toBe(base);
    const file = pipelineFile({ stages: [{ stage: 'clean' }] });
    writeFileSync(join(file, '..', 'cleanup.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(DEFAULT_PIPELINE_DIR, 'cleanup.json'), 'utf8')), maxHeadingWords: 9 }));
    expect(buildPipeline(file).configHash).not.toBe(base);
  });

  it('the built pipeline is frozen', () => {
    const p = buildPipeline();
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.stages)).toBe(true);
  });
});

describe('pipeline: a stage reads only the layers it declares', () => {
  // A stage that reads a layer it does not require works only as long as an earlier stage happens
  // to provide it: a user's pipeline without that stage would fail deep inside the run. Each stage
  // runs here on a document whose layers are exactly the ones it requires.
  it.each(['dockers.txt', 'headings.txt', 'leaders.txt'])('on %s, every stage of the default pipeline', (name) => {
    const text = readFileSync(join(FIXTURES, 'periodisation', name), 'utf8');
    const full = buildPipeline();
    const doc = createDoc('t', { path: null, text, sha256: '' });
    for (const { stage, options, resources } of full.stages) {
      const allowed = new Set<string>(stage.requires);
      const undeclared: string[] = [];
      const layers = new Proxy(doc.layers, {
        get(target, key, receiver) {
          if (typeof key === 'string' && !allowed.has(key)) undeclared.push(key);
          return Reflect.get(target, key, receiver);
        },
      });
      const output = stage.run({ ...doc, layers }, { options, resources });
      expect({ stage: stage.name, undeclared: [...new Set(undeclared)] }).toEqual({ stage: stage.name, undeclared: [] });
      Object.assign(doc.layers, output.layers);
    }
  });
});
