/**
 * Shared test helpers: build documents from text with the real foundation stages, and prove that
 * spans slice back to the original exactly.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { createDoc, type Doc, type LayerName } from '../src/doc.js';
import { buildPipeline, DEFAULT_PIPELINE_FILE, type Pipeline } from '../src/pipeline.js';
import { runPipeline } from '../src/runner.js';

/**
 * The project's shared material (corpus and gold): $PERIODCHECK_SHARED, else ../shared beside the
 * repository, else the copy in tests/fixtures/shared (so the suite runs wherever it is cloned).
 */
export const SHARED_DIR: string | null = (() => {
  const candidates = [process.env.PERIODCHECK_SHARED, resolve(__dirname, '..', '..', 'shared'), resolve(__dirname, 'fixtures', 'shared')];
  for (const c of candidates) if (c && existsSync(join(c, 'corpus')) && existsSync(join(c, 'gold'))) return c;
  return null;
})();
export const HAS_SHARED = SHARED_DIR !== null;
export const CORPUS_DIR = join(SHARED_DIR ?? '/nonexistent', 'corpus');
export const GOLD_DIR = join(SHARED_DIR ?? '/nonexistent', 'gold');
export const FIXTURES = resolve(__dirname, 'fixtures');

/** Names of the texts in ../shared/corpus (without .txt). */
export function corpusNames(): string[] {
  if (!HAS_SHARED) return [];
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
}

export function corpusText(name: string): string {
  return readFileSync(join(CORPUS_DIR, `${name}.txt`), 'utf8');
}

let defaultPipeline: Pipeline | null = null;
/** The default pipeline, built once per test file. */
export function pipeline(): Pipeline {
  defaultPipeline ??= buildPipeline(DEFAULT_PIPELINE_FILE);
  return defaultPipeline;
}

/**
 * Runs the default pipeline on `text` up to and including the stage that provides `untilLayer`
 * (or the whole pipeline), and returns the document.
 */
export function docOf(text: string, untilLayer?: LayerName, id = 'test'): Doc {
  const full = pipeline();
  let stages = full.stages;
  if (untilLayer) {
    const last = stages.findIndex((s) => s.stage.provides.includes(untilLayer));
    if (last < 0) throw new Error(`no stage provides ${untilLayer}`);
    stages = stages.slice(0, last + 1);
  }
  const partial: Pipeline = { ...full, stages };
  const sha256 = createHash('sha256').update(text).digest('hex');
  return runPipeline(partial, createDoc(id, { path: null, text, sha256 }));
}

/** The periodisation layer of `text`: the pipeline run up to the stage that reads the claim. */
export const periodisationOf = (text: string) => docOf(text, 'periodisation').layers.periodisation!;

/** The claimed count of `text` and each claimed stage as [label, from, to], for table tests. */
export function claimedStagesOf(text: string): { count: number | null; stages: (string | number | null)[][] } {
  const p = periodisationOf(text);
  return { count: p.claimedCount, stages: p.stages.map((s) => [s.label, s.from, s.to]) };
}

/**
 * The period label of `doc`'s sentence that starts with the words given (table tests name a
 * sentence by its opening words); throws when no sentence starts so.
 */
export const periodLabelsOf = (doc: Doc) => (start: string): string => {
  const s = doc.layers.sentences!.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starts with ${start}`);
  return doc.layers.periods!.find((p) => p.sentenceId === s.id)!.label;
};

/**
 * Asserts that a span of the original text holds `text` once clean-up is undone: every non-space
 * character of `text` occurs in order in `original.slice(start, end)`, and the slice begins and ends
 * with the first and last characters of `text`.
 */
export function expectSliceMatches(original: string, span: { start: number; end: number }, text: string, what = 'span'): void {
  const slice = original.slice(span.start, span.end);
  const wanted = text.replace(/\s+/g, '');
  const context = `${what} [${span.start}, ${span.end}) '${text.slice(0, 60)}' vs original '${slice.slice(0, 60)}'`;
  expect(span.start, context).toBeGreaterThanOrEqual(0);
  expect(span.end, context).toBeLessThanOrEqual(original.length);
  expect(span.end, context).toBeGreaterThanOrEqual(span.start);
  if (wanted.length === 0) return;
  expect(slice[0], context).toBe(text.trimStart()[0]);
  expect(slice[slice.length - 1], context).toBe(text.trimEnd()[text.trimEnd().length - 1]);
  let at = 0;
  for (const ch of wanted) {
    const found = slice.indexOf(ch, at);
    expect(found, `${context}: '${ch}' missing after ${at}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}
