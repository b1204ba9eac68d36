/**
 * `npm run train:stance-words`: trains the stance stage's third opinion (`pipeline/stance-words.json`)
 * and prints a leave-one-set-out estimate of what it does. Deterministic: the same data give the same file.
 *
 * The rules (and the second opinion, model.ts) leave many sentences of new texts neutral that the
 * gold calls repression or cooperation: they need a state and a civil actor named in the sentence,
 * while a sentence often names only one ('He was arrested and spent four months in detention'). The
 * third opinion is a logistic regression over the sentence's folded words (each once) and the label
 * the stage gave it, trained on every gold unit of the full-gold training sets below; at run time it
 * is asked only where the stage's label is neutral, and replaces it when its most probable label is
 * another with a probability above the threshold. (Only neutral sentences are asked, so the weights
 * of the stage's label are folded into the bias for 'neutral'.)
 *
 * Training sets: the full-gold sets up to fullgold-37 but fullgold-6, which stays clean for
 * evaluation as it has since the fifth session; later sets (fullgold-38 …) are held out by not
 * being listed. The seed essay is never used. `--cv` prints, for each set left out in turn, the stage's
 * accuracy before and after a model trained on the others.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stance } from '../doc.js';
import { isMain } from '../is-main.js';
import type { StanceRulesFile } from '../stages/stance/lexicon.js';
import type { StanceModelFile } from '../stages/stance/model.js';
import { alignUnits } from './eval.js';
import { pipelineThrough, ROOT, run, sentenceOf, sentenceWords } from './stance-data.js';
import { formatModel, isModelWord, predictLinear, STOP_WORDS, trainLinear, Vocabulary as Features, type Example } from './train-stance.js';

/** The full-gold sets the third opinion learns from (see above). */
export const WORDS_TRAINING_SETS = ['fullgold', ...Array.from({ length: 36 }, (_, i) => `fullgold-${i + 2}`)].filter((s) => s !== 'fullgold-6');

/**
 * Chosen by the leave-one-set-out estimate (`--cv`). With the sets up to fullgold-34 it was a little
 * higher at 0.7 (0.7362 against 0.7273 at 0.85), and 0.85 was kept because at 0.7 three of the seed
 * essay's neutral sentences about what NGOs do became repression. With fullgold-35 and -36 added it
 * peaks at 0.6-0.65 (0.7361, against 0.7232 at 0.85), the seed essay loses one sentence at 0.65, and
 * on those two sets, before they were trained on, 0.65 had moved stance accuracy from 0.636 to 0.668.
 * The next blind set, fullgold-37, disagreed (0.666 with the earlier model, 0.645 with the model of
 * 35 sets at 0.65, 0.665 with it at 0.85); with it in the estimate, over 36 sets, 0.65 still leads
 * (0.7320 against 0.7206 at 0.85).
 */
export const WORDS_SETTINGS = { l2: 1e-3, epochs: 20, rate: 0.1, threshold: 0.65, minCount: 2, seed: 1 };

/** One gold unit: its set, its words, the stage's label without the third opinion, and the gold label. */
interface Unit {
  set: string;
  words: string[];
  rules: Stance;
  gold: Stance;
}

/** Every gold unit of the training sets, read with the pipeline through the stance stage, without the third opinion. */
export function trainingUnits(sets = WORDS_TRAINING_SETS): Unit[] {
  // (The second opinion's file by absolute path: the definition is read from a temporary folder.)
  const pipeline = pipelineThrough('stance', { stance: { model: join(ROOT, 'pipeline', 'stance-model.json'), words: null } });
  const out: Unit[] = [];
  for (const set of sets) {
    const dir = join(ROOT, 'tests', 'fixtures', set);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      const name = f.replace(/\.gold\.json$/, '');
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { units: { id: string; stance: Stance }[] };
      const units = JSON.parse(readFileSync(join(dir, `${name}.units.json`), 'utf8')) as { id: string; kind: string; text: string }[];
      const doc = run(pipeline, readFileSync(join(dir, `${name}.txt`), 'utf8'), name);
      const spans = alignUnits(doc, units);
      const stances = new Map((doc.layers.stances ?? []).map((s) => [s.sentenceId, s.label]));
      for (const g of gold.units) {
        const span = spans.get(g.id);
        const s = span ? sentenceOf(doc, span) : null;
        if (!s) continue;
        out.push({ set, words: [...new Set(sentenceWords(doc, s).filter(isModelWord))], rules: stances.get(s.id) ?? 'neutral', gold: g.stance });
      }
    }
  }
  return out;
}

/** A unit's features: its words, then the stage's label (`R:label`). */
const featureNames = (u: Unit): string[] => [...u.words, `R:${u.rules}`];

function train(units: Unit[], labels: Stance[], features: Features): ReturnType<typeof trainLinear> {
  // (A word of fewer than minCount units teaches nothing that holds beyond them, and would only fill the file.)
  const counts = new Map<string, number>();
  for (const u of units) for (const w of u.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const examples: Example[] = units.map((u) => {
    const f = featureNames(u).filter((n) => n.startsWith('R:') || counts.get(n)! >= WORDS_SETTINGS.minCount).map((n) => features.id(n));
    return { features: f, values: f.map(() => 1), label: labels.indexOf(u.gold) };
  });
  return trainLinear(examples, features.names.length, labels.length, WORDS_SETTINGS, WORDS_SETTINGS.seed);
}

/** The label the stage ends with: the rules', or the model's where the rules said neutral and the model is sure enough. */
function relabel(model: ReturnType<typeof trainLinear>, features: Features, labels: Stance[], u: Unit, threshold: number): Stance {
  if (u.rules !== labels[0]) return u.rules;
  const f: number[] = [];
  for (const n of featureNames(u)) {
    const i = features.get(n);
    if (i !== undefined) f.push(i);
  }
  const p = predictLinear(model, f, f.map(() => 1));
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
  return best !== 0 && p[best] > threshold ? labels[best] : u.rules;
}

/** Leave-one-set-out: for each set, the stage's accuracy before and after a model trained on the others. */
export function crossValidate(units: Unit[], labels: Stance[], thresholds = [0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85]): string[] {
  const sets = [...new Set(units.map((u) => u.set))];
  const right = new Map<number, number>(thresholds.map((t) => [t, 0]));
  let before = 0;
  for (const set of sets) {
    const features = new Features();
    const model = train(units.filter((u) => u.set !== set), labels, features);
    for (const u of units.filter((x) => x.set === set)) {
      if (u.rules === u.gold) before++;
      for (const t of thresholds) if (relabel(model, features, labels, u, t) === u.gold) right.set(t, right.get(t)! + 1);
    }
  }
  const acc = (n: number): string => (n / units.length).toFixed(4);
  return [`leave-one-set-out over ${sets.length} sets, ${units.length} units: accuracy ${acc(before)} without the third opinion; ${thresholds.map((t) => `${acc(right.get(t)!)} with it at ${t}`).join(', ')}`];
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function trainWordsModel(options: { cv?: boolean } = {}): { file: StanceModelFile; report: string[] } {
  const rules = JSON.parse(readFileSync(join(ROOT, 'pipeline', 'stance.json'), 'utf8')) as StanceRulesFile;
  const labels = [rules.labels.none, rules.labels.poles[0], rules.labels.poles[1], rules.labels.both] as Stance[];
  const units = trainingUnits().filter((u) => labels.includes(u.gold));
  const report = options.cv ? crossValidate(units, labels) : [];
  const features = new Features();
  const model = train(units, labels, features);
  const n = labels.length;
  const row = (i: number): number[] => Array.from(model.weights.subarray(i * n, (i + 1) * n));
  // Asked only where the stage said neutral: that label's weights go into the bias.
  const neutral = features.get(`R:${labels[0]}`);
  const bias = Array.from(model.bias, (b, k) => round(b + (neutral === undefined ? 0 : row(neutral)[k])));
  const words: Record<string, number[]> = {};
  features.names.forEach((name, i) => {
    if (name.startsWith('R:')) return;
    const v = row(i).map(round);
    if (v.some((x) => x !== 0)) words[name] = v;
  });
  report.unshift(`third opinion: ${units.length} units of ${new Set(units.map((u) => u.set)).size} sets, ${Object.keys(words).length} words`);
  const file: StanceModelFile = {
    $comment:
      "The stance stage's third opinion (src/stages/stance/index.ts), asked only where the stage's label is neutral: a logistic regression over the sentence's folded words, each counted once, that replaces neutral with its most probable label when that label is another and its probability is above `threshold`. Built by `npm run train:stance-words` (src/tools/train-stance-words.ts) from the gold units of the full-gold sets named in `training`; do not edit by hand. `labels`: the order of every weight vector. `combiner` is unused (empty).",
    labels,
    threshold: WORDS_SETTINGS.threshold,
    bow: { bias, words },
    combiner: { bias: labels.map(() => 0), weights: {} },
    training: { settings: WORDS_SETTINGS, stopWords: [...STOP_WORDS], units: units.length, sets: WORDS_TRAINING_SETS },
  };
  return { file, report };
}

if (isMain(import.meta.url)) {
  const { file, report } = trainWordsModel({ cv: process.argv.includes('--cv') });
  const out = join(ROOT, 'pipeline', 'stance-words.json');
  writeFileSync(out, formatModel(file));
  for (const line of report) console.log(line);
  console.log(`wrote ${out}`);
}
