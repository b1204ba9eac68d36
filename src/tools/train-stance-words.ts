/**
 * `npm run train:stance-words`: trains the stance stage's third opinion (`pipeline/stance-words.json`,
 * src/stages/stance/words.ts) and prints a leave-one-set-out estimate of what it does. Deterministic:
 * the same data give the same file.
 *
 * The model reads what {@link sentenceFeatures} names: a sentence's stemmed words and adjacent pairs
 * of them, the label the stage gave it before this opinion (the rules and the second opinion), and
 * the kinds of that label's cues. Its examples are every gold unit of the full-gold training sets
 * below, read with the pipeline as it runs, and the labelled development sentences of
 * tests/fixtures/stance (as the second opinion uses them: not heldout-*.jsonl, only the dev half of
 * countries.jsonl).
 *
 * Training sets: the full-gold sets up to fullgold-42 but fullgold-6, which stays clean for
 * evaluation as it has since the fifth session; later sets (fullgold-43 …) are held out by not
 * being listed (fullgold-38 to -42 joined in the twenty-ninth session: on the clean fullgold-43,
 * stance 0.649 / 0.725 / 0.721 → 0.649 / 0.750 / 0.767). The seed essay is never used. `--cv` prints, for each full-gold set left out in
 * turn, the stage's accuracy before and after a model trained on the rest (the development
 * sentences always among the rest), for several pairs of thresholds.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, Stance } from '../doc.js';
import { isMain } from '../is-main.js';
import type { StanceRulesFile } from '../stages/stance/lexicon.js';
import { chooseOpinion, sentenceFeatures, type WordsModelFile } from '../stages/stance/words.js';
import { alignUnits } from './eval.js';
import { labelledRecords, pipelineThrough, ROOT, run, sentenceOf, sentenceWords } from './stance-data.js';
import { predictLinear, STOP_WORDS, trainLinear, Vocabulary, type Example } from './train-stance.js';

/** The full-gold sets the third opinion learns from (see above). */
export const WORDS_TRAINING_SETS = ['fullgold', ...Array.from({ length: 41 }, (_, i) => `fullgold-${i + 2}`)].filter((s) => s !== 'fullgold-6');

/**
 * Chosen by the leave-one-set-out estimate (`--cv`, twenty-third session: over the 36 sets, the
 * stage at 0.7070 without the opinion; this model at 0.7540 with these thresholds, 0.7513–0.7530
 * at its neighbours; the earlier words-only model, asked only where the stage said neutral, 0.7321).
 * Pairs of stemmed words gained about 1.5 points, the development sentences about 0.5, the cue kinds
 * 0.3; letting the model overrule a label that is not neutral about 1. Over 41 sets (twenty-ninth
 * session, fullgold-38 to -42 added): 0.7036 without the opinion, 0.7480 with these thresholds
 * (0.7519 at 0.45 / 0.7, within the spread of the pairs; the thresholds were left as chosen).
 */
export const WORDS_SETTINGS = { l2: 1e-3, epochs: 20, rate: 0.1, fromNeutral: 0.55, override: 0.6, minCount: 2, seed: 1 };

/** One example: where it comes from (a full-gold set, or `dev`), its features, and its gold label. */
export interface WordsUnit {
  set: string;
  features: string[];
  stage: Stance;
  gold: Stance;
}

const STOPS: ReadonlySet<string> = STOP_WORDS;

/** The features of sentence `s` of `doc`, with the label the stage gave it. */
function unitOf(doc: Doc, s: NonNullable<Doc['layers']['sentences']>[number], set: string, gold: Stance): WordsUnit {
  const a = doc.layers.stances?.find((x) => x.sentenceId === s.id);
  const stage = a?.label ?? 'neutral';
  return { set, stage, gold, features: sentenceFeatures(sentenceWords(doc, s), STOPS, stage, new Set((a?.cues ?? []).map((c) => c.kind))) };
}

/**
 * Every gold unit of the training sets and every development sentence, read with the pipeline
 * through the stance stage, without the third opinion.
 */
export function trainingUnits(sets = WORDS_TRAINING_SETS): WordsUnit[] {
  // (The second opinion's file by absolute path: the definition is read from a temporary folder.)
  const pipeline = pipelineThrough('stance', { stance: { model: join(ROOT, 'pipeline', 'stance-model.json'), words: null } });
  const out: WordsUnit[] = [];
  for (const set of sets) {
    const dir = join(ROOT, 'tests', 'fixtures', set);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      const name = f.replace(/\.gold\.json$/, '');
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { units: { id: string; stance: Stance }[] };
      const units = JSON.parse(readFileSync(join(dir, `${name}.units.json`), 'utf8')) as { id: string; kind: string; text: string }[];
      const doc = run(pipeline, readFileSync(join(dir, `${name}.txt`), 'utf8'), name);
      const spans = alignUnits(doc, units);
      for (const g of gold.units) {
        const span = spans.get(g.id);
        const s = span ? sentenceOf(doc, span) : null;
        if (s) out.push(unitOf(doc, s, set, g.stance));
      }
    }
  }
  // A development row of several sentences gives each of them its label.
  for (const r of labelledRecords()) {
    const doc = run(pipeline, r.text);
    for (const s of doc.layers.sentences ?? []) out.push(unitOf(doc, s, 'dev', r.gold as Stance));
  }
  return out;
}

interface Trained {
  vocabulary: Vocabulary;
  model: ReturnType<typeof trainLinear>;
}

function train(units: WordsUnit[], labels: Stance[]): Trained {
  // (A feature of fewer than minCount units teaches nothing that holds beyond them, and would only fill the file.)
  const counts = new Map<string, number>();
  for (const u of units) for (const f of u.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = new Vocabulary();
  const examples: Example[] = units.map((u) => {
    const f = u.features.filter((n) => n.startsWith('r:') || counts.get(n)! >= WORDS_SETTINGS.minCount).map((n) => vocabulary.id(n));
    return { features: f, values: f.map(() => 1), label: labels.indexOf(u.gold) };
  });
  return { vocabulary, model: trainLinear(examples, vocabulary.names.length, labels.length, WORDS_SETTINGS, WORDS_SETTINGS.seed) };
}

/** The label the stage ends with, as src/stages/stance/words.ts decides it. */
function decideLabel({ vocabulary, model }: Trained, labels: Stance[], u: WordsUnit, fromNeutral: number, override: number): Stance {
  const f: number[] = [];
  for (const n of u.features) {
    const i = vocabulary.get(n);
    if (i !== undefined) f.push(i);
  }
  return chooseOpinion(predictLinear(model, f, f.map(() => 1)), labels, u.stage, fromNeutral, override)?.label ?? u.stage;
}

/** Leave-one-set-out: for each full-gold set, the stage's accuracy before and after a model trained on the rest. */
export function crossValidate(units: WordsUnit[], labels: Stance[], fromNeutral = [0.45, 0.55, 0.65], override = [0.5, 0.6, 0.7, 0.8, 1]): string[] {
  const sets = [...new Set(units.map((u) => u.set))].filter((s) => s !== 'dev');
  const pairs = fromNeutral.flatMap((a) => override.map((b) => [a, b] as const));
  const right = new Array<number>(pairs.length).fill(0);
  let before = 0;
  let n = 0;
  for (const set of sets) {
    const trained = train(units.filter((u) => u.set !== set), labels);
    for (const u of units.filter((x) => x.set === set)) {
      n++;
      if (u.stage === u.gold) before++;
      pairs.forEach(([a, b], i) => {
        if (decideLabel(trained, labels, u, a, b) === u.gold) right[i]++;
      });
    }
  }
  const acc = (k: number): string => (k / n).toFixed(4);
  return [
    `leave-one-set-out over ${sets.length} sets, ${n} units: accuracy ${acc(before)} without the third opinion; with it (from neutral / override):`,
    ...pairs.map(([a, b], i) => `  ${a} / ${b === 1 ? 'never' : b}: ${acc(right[i])}`),
  ];
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function trainWordsModel(options: { cv?: boolean } = {}): { file: WordsModelFile; report: string[] } {
  const rules = JSON.parse(readFileSync(join(ROOT, 'pipeline', 'stance.json'), 'utf8')) as StanceRulesFile;
  const labels = [rules.labels.none, rules.labels.poles[0], rules.labels.poles[1], rules.labels.both] as Stance[];
  const units = trainingUnits().filter((u) => labels.includes(u.gold));
  const report = options.cv ? crossValidate(units, labels) : [];
  const { vocabulary, model } = train(units, labels);
  const n = labels.length;
  const features: Record<string, number[]> = {};
  vocabulary.names.forEach((name, i) => {
    const v = Array.from(model.weights.subarray(i * n, (i + 1) * n), round);
    if (v.some((x) => x !== 0)) features[name] = v;
  });
  const gold = units.filter((u) => u.set !== 'dev').length;
  report.unshift(`third opinion: ${gold} gold units of ${new Set(units.map((u) => u.set)).size - 1} sets and ${units.length - gold} development sentences, ${Object.keys(features).length} features`);
  const { fromNeutral, override, ...settings } = WORDS_SETTINGS;
  const file: WordsModelFile = {
    $comment:
      "The stance stage's third opinion (src/stages/stance/words.ts): a logistic regression over a sentence's stemmed words and pairs of adjacent stemmed words, the stage's label and its cues' kinds, that replaces a neutral label with another more probable than `fromNeutral`, and any other label with a different one more probable than `override`. Built by `npm run train:stance-words` (src/tools/train-stance-words.ts) from the gold units of the full-gold sets named in `training` and the development sentences of tests/fixtures/stance; do not edit by hand. `labels`: the order of every weight vector.",
    labels,
    fromNeutral,
    override,
    stopWords: [...STOP_WORDS],
    training: { settings, units: units.length, sets: WORDS_TRAINING_SETS, development: 'tests/fixtures/stance (dev files; countries.jsonl: dev half)' },
    bias: Array.from(model.bias, round),
    features,
  };
  return { file, report };
}

/** The file as JSON, one feature a line (so that a retrained model's diff reads). */
export function formatWordsModel(file: WordsModelFile): string {
  const { features, ...head } = file;
  const top = JSON.stringify(head, null, 1).slice(0, -2);
  const rows = Object.entries(features).map(([name, v]) => `  ${JSON.stringify(name)}: ${JSON.stringify(v)}`);
  return `${top},\n "features": {\n${rows.join(',\n')}\n }\n}\n`;
}

if (isMain(import.meta.url)) {
  const { file, report } = trainWordsModel({ cv: process.argv.includes('--cv') });
  const out = join(ROOT, 'pipeline', 'stance-words.json');
  writeFileSync(out, formatWordsModel(file));
  for (const line of report) console.log(line);
  console.log(`wrote ${out}`);
}
