/**
 * The development material of the stance model (src/tools/train-stance.ts) and of the record of
 * earlier rules (src/tools/stance-history.ts): the labelled sentences of tests/fixtures/stance
 * (not heldout-*.jsonl, and only the dev half of countries.jsonl) and the sentences of the
 * full-gold texts tests/fixtures/fullgold … fullgold-5 (never fullgold-6, kept clean for
 * evaluation). The seed essay is left out too, so that `npm run eval` still measures the stage on
 * a text the model has not seen.
 *
 * Every record has a key that stays put when rows are added: `FILE#LINE` for a labelled sentence
 * (its line index in the file), `fg:NAME#UNIT` for a gold unit of a full-gold text.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc } from '../doc.js';
import { buildPipeline, DEFAULT_PIPELINE_FILE, type Pipeline } from '../pipeline.js';
import { runPipeline } from '../runner.js';
import { foldForm } from '../stages/stance/model.js';
import { alignUnits } from './eval.js';

/** The repository's root (tools run from dist/tools). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const STANCE_FIXTURES = join(ROOT, 'tests', 'fixtures', 'stance');
/** The full-gold sets that are development material (fullgold-6 is for evaluation only). */
export const FULLGOLD_DEV = ['fullgold', 'fullgold-2', 'fullgold-3', 'fullgold-4', 'fullgold-5'];

/** One labelled item: a labelled sentence (or short paragraph) or a gold unit of a full text. */
export interface DevRecord {
  key: string;
  /** The fixture file (`dev-3.jsonl`) or full-gold text (`fg:wiki-iran-press`) it comes from. */
  group: string;
  /** The file that holds it, relative to the repository (for its date in git). */
  file: string;
  gold: string;
  /** The text the record's label is about: the row's text, or the text of the unit's sentence. */
  text: string;
}

/** A record with the words of its sentences as the model reads them. */
export interface DevSentences extends DevRecord {
  /** Per sentence, its tokens folded ({@link foldForm}). */
  sentences: string[][];
}

/** True for the labelled-sentence files that are development material. */
export function isDevFile(file: string): boolean {
  return file.endsWith('.jsonl') && !file.startsWith('heldout-');
}

/** The labelled sentences of the development files (countries.jsonl: its dev half only). */
export function labelledRecords(): DevRecord[] {
  const out: DevRecord[] = [];
  for (const file of readdirSync(STANCE_FIXTURES).filter(isDevFile).sort()) {
    const lines = readFileSync(join(STANCE_FIXTURES, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const row = JSON.parse(line) as { label: string; text: string; split?: string };
      if (file === 'countries.jsonl' && row.split !== 'dev') return;
      out.push({ key: `${file}#${i}`, group: file, file: `tests/fixtures/stance/${file}`, gold: row.label, text: row.text });
    });
  }
  return out;
}

/** The full-gold development texts: folder, name, text, gold units. */
export function fullGoldTexts(): { dir: string; name: string; text: string; units: { id: string; kind: string; text: string }[]; gold: { id: string; stance: string }[] }[] {
  const out = [];
  for (const set of FULLGOLD_DEV) {
    const dir = join(ROOT, 'tests', 'fixtures', set);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      const name = f.replace(/\.gold\.json$/, '');
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { units: { id: string; stance: string }[] };
      out.push({
        dir: `tests/fixtures/${set}`,
        name,
        text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
        units: JSON.parse(readFileSync(join(dir, `${name}.units.json`), 'utf8')) as { id: string; kind: string; text: string }[],
        gold: gold.units,
      });
    }
  }
  return out;
}

/** The sentence of `doc` that overlaps `span` most (as `npm run eval` assigns a gold unit its sentence). */
export function sentenceOf(doc: Doc, span: { start: number; end: number }): NonNullable<Doc['layers']['sentences']>[number] | null {
  let best = null;
  let bestOverlap = 0;
  for (const s of doc.layers.sentences ?? []) {
    const overlap = Math.min(s.end, span.end) - Math.max(s.start, span.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [s, overlap];
  }
  return best;
}

/**
 * The default pipeline up to the entities stage (what the stance stage reads), so that the stance
 * stage and its model are not loaded (the model may not exist yet).
 */
export function foundationPipeline(): Pipeline {
  return pipelineThrough('entities');
}

/**
 * The default pipeline up to stage `last`, built from a definition in a temporary folder that names
 * the data files by absolute path; `overrides` replace options of the stages it names
 * (`{ stance: { words: null } }`).
 */
export function pipelineThrough(last: string, overrides: Record<string, Record<string, unknown>> = {}): Pipeline {
  const definition = JSON.parse(readFileSync(DEFAULT_PIPELINE_FILE, 'utf8')) as { stages: { stage: string; options?: Record<string, unknown> }[] };
  const end = definition.stages.findIndex((s) => s.stage === last);
  const pipelineDir = dirname(DEFAULT_PIPELINE_FILE);
  const stages = definition.stages.slice(0, end + 1).map((s) => ({
    stage: s.stage,
    options: {
      ...Object.fromEntries(Object.entries(s.options ?? {}).map(([k, v]) => [k, typeof v === 'string' && /\.(json|ya?ml)$/.test(v) ? resolve(pipelineDir, v) : v])),
      ...overrides[s.stage],
    },
  }));
  const dir = mkdtempSync(join(tmpdir(), 'stance-'));
  try {
    const file = join(dir, 'through.json');
    writeFileSync(file, JSON.stringify({ name: `through-${last}`, stages }));
    return buildPipeline(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `pipeline` on `text`. */
export function run(pipeline: Pipeline, text: string, id = 'text'): Doc {
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return runPipeline(pipeline, createDoc(id, { path: null, text, sha256 }));
}

/** The folded tokens of the sentence `s` of `doc`. */
export function sentenceWords(doc: Doc, s: { tokenStart: number; tokenEnd: number }): string[] {
  const tokens = doc.layers.tokens!;
  const clean = doc.layers.clean!.text;
  const out: string[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) out.push(foldForm(clean, tokens.cleanStart[i], tokens.cleanEnd[i]));
  return out;
}

/** Every development record with its sentences' words, read with `pipeline`. */
export function devSentences(pipeline: Pipeline): DevSentences[] {
  const out: DevSentences[] = [];
  for (const r of labelledRecords()) {
    const doc = run(pipeline, r.text);
    out.push({ ...r, sentences: (doc.layers.sentences ?? []).map((s) => sentenceWords(doc, s)) });
  }
  for (const t of fullGoldTexts()) {
    const doc = run(pipeline, t.text, t.name);
    const spans = alignUnits(doc, t.units);
    for (const g of t.gold) {
      const span = spans.get(g.id);
      const s = span ? sentenceOf(doc, span) : null;
      if (!s) continue;
      out.push({ key: `fg:${t.name}#${g.id}`, group: `fg:${t.name}`, file: `${t.dir}/${t.name}.gold.json`, gold: g.stance, text: s.text, sentences: [sentenceWords(doc, s)] });
    }
  }
  return out;
}
