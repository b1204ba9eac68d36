import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc, Stance, StanceAssignment } from '../../src/doc.js';
import type { PrepareEnv } from '../../src/stage.js';
import { stance, type StanceOptions } from '../../src/stages/stance/index.js';
import { hashForm } from '../../src/stages/stance/lexicon.js';
import { viewTokens } from '../../src/stages/stance/match.js';
import {
  chooseLabel,
  combine,
  combineRules,
  combinerFeatures,
  compileModel,
  foldForm,
  OUTPUT_KINDS,
  unsure,
  wordProbabilities,
  type LexiconFlags,
  type RuleOutput,
  type StanceModelFile,
} from '../../src/stages/stance/model.js';
import { isModelWord, predictLinear, trainLinear } from '../../src/tools/train-stance.js';
import { sentenceFeatures, WordsModel, type WordsModelFile } from '../../src/stages/stance/words.js';
import { macroF1 } from '../../src/tools/eval.js';
import { corpusNames, corpusText, docOf, expectSliceMatches, FIXTURES, HAS_SHARED } from '../helpers.js';

const PIPELINE_DIR = resolve(__dirname, '..', '..', 'pipeline');
const LABELS: Stance[] = ['neutral', 'repression', 'cooperation', 'mixed'];

/** An environment that serves `extra` files by name, and the pipeline's files otherwise. */
function envWith(extra: Record<string, unknown> = {}): PrepareEnv {
  return {
    pipelineDir: PIPELINE_DIR,
    loadData: <T>(path: string): T => (path in extra ? extra[path] : JSON.parse(readFileSync(join(PIPELINE_DIR, path), 'utf8'))) as T,
  };
}
const RULES_ONLY: StanceOptions = { rules: 'stance.json', leaders: 'eras.json', model: null };
const WITH_MODEL: StanceOptions = { rules: 'stance.json', leaders: 'eras.json', model: 'stance-model.json' };
const rulesOnly = stance.prepare!(RULES_ONLY, envWith());
const withModel = stance.prepare!(WITH_MODEL, envWith());
const realModel = JSON.parse(readFileSync(join(PIPELINE_DIR, 'stance-model.json'), 'utf8')) as StanceModelFile;

const run = (doc: Doc, options: StanceOptions, resources: unknown): StanceAssignment[] => stance.run(doc, { options, resources: resources as never }).layers.stances!;

/** A model file by hand: `words` weights, the combiner reading only the words model's log-probabilities. */
function handModel(words: Record<string, number[]>, threshold = 0.5): StanceModelFile {
  return {
    labels: LABELS,
    threshold,
    bow: { bias: [0, 0, 0, 0], words },
    combiner: { bias: [0, 0, 0, 0], weights: { 'P:neutral': [1, 0, 0, 0], 'P:repression': [0, 1, 0, 0], 'P:cooperation': [0, 0, 1, 0], 'P:mixed': [0, 0, 0, 1] } },
  };
}

describe('stance model: the file', () => {
  it('compiles the trained model, with the labels in the order of the lexicon', () => {
    const model = compileModel(realModel);
    expect(model.labels).toEqual(LABELS);
    expect(model.forms.length).toBeGreaterThan(1000);
    expect(model.threshold).toBeGreaterThan(0.5);
  });

  it.each<[string, (f: StanceModelFile) => StanceModelFile, RegExp]>([
    ['a threshold outside (0, 1)', (f) => ({ ...f, threshold: 1.2 }), /threshold/],
    ['a word not folded', (f) => ({ ...f, bow: { ...f.bow, words: { Detained: [0, 1, 0, 0] } } }), /not folded/],
    ['a weight vector of the wrong length', (f) => ({ ...f, bow: { ...f.bow, words: { detained: [0, 1] } } }), /4 finite numbers/],
    ['a weight that is not a number', (f) => ({ ...f, combiner: { ...f.combiner, weights: { nocue: [0, 0, 0, Number.NaN] } } }), /finite/],
  ])('rejects %s', (_what, change, message) => {
    expect(() => compileModel(change(handModel({ detained: [0, 1, 0, 0] })))).toThrow(message);
  });

  it('rejects labels in another order than the lexicon’s', () => {
    const file = { ...handModel({}), labels: ['neutral', 'cooperation', 'repression', 'mixed'] as Stance[] };
    expect(() => stance.prepare!(WITH_MODEL, envWith({ 'stance-model.json': file }))).toThrow(/labels must be neutral, repression, cooperation, mixed/);
  });
});

describe('stance model: the words model', () => {
  const model = compileModel(handModel({ detained: [0, 2, 0, 0], union: [0, 0, 1, 0], "l'état": [0, 0, 0, 1] }));
  const probabilities = (text: string): number[] => {
    const doc = docOf(text, 'tokens');
    const t = doc.layers.tokens!;
    const view = viewTokens(doc.layers.clean!.text, t.cleanStart, t.cleanEnd, t.pos);
    const counted: number[] = [];
    const p = Array.from(wordProbabilities(model, view, 0, t.count, counted));
    return [...p, counted.length];
  };

  it('counts each known word once, whatever its case, and ignores the rest', () => {
    const once = probabilities('Police detained the union leaders.');
    const twice = probabilities('Police DETAINED the union leaders and detained the union lawyers.');
    expect(once[4]).toBe(2);
    expect(twice[4]).toBe(2);
    expect(twice.slice(0, 4)).toEqual(once.slice(0, 4));
    // softmax of [0, 2, 1, 0]
    const z = [1, Math.exp(2), Math.exp(1), 1];
    const sum = z.reduce((a, b) => a + b);
    once.slice(0, 4).forEach((p, k) => expect(p).toBeCloseTo(z[k] / sum, 10));
    expect(probabilities('Nothing here is known.')[4]).toBe(0);
  });

  it('folds words as the matcher does (typographic apostrophe, case)', () => {
    expect(foldForm('L’État')).toBe("l'état");
    expect(hashForm(foldForm('L’État'))).toBe(hashForm("l'état"));
  });
});

describe('stance model: the combiner and the gate', () => {
  const model = compileModel(realModel);
  const flagsList: LexiconFlags[] = [
    { state: false, civil: false, context: false, a: false, b: false },
    { state: true, civil: true, context: false, a: true, b: false },
    { state: false, civil: true, context: true, a: false, b: true },
    { state: true, civil: false, context: true, a: true, b: true },
  ];
  const rulesList: RuleOutput[] = [
    { label: 'neutral', confidence: 0.85, kinds: [] },
    { label: 'neutral', confidence: 0.7, kinds: ['negated', 'negation', 'civil-actor'] },
    { label: 'repression', confidence: 0.93, kinds: ['repression', 'state-actor', 'civil-actor', 'intensity'] },
    { label: 'mixed', confidence: 0.8, kinds: ['repression', 'cooperation', 'contrast', 'mixed-marker'] },
    { label: 'cooperation', confidence: 0.6, kinds: ['cooperation', 'hypothetical', 'responded', 'response'] },
  ];

  it('gives the same probabilities by feature names (training) and by its dense tables (the stage)', () => {
    for (const rules of rulesList) {
      for (const flags of flagsList) {
        for (const words of [
          [0.7, 0.1, 0.1, 0.1],
          [0.05, 0.05, 0.85, 0.05],
          [0, 1, 0, 0],
        ]) {
          const named = Array.from(combine(model, combinerFeatures(LABELS, rules, flags, words)));
          const dense = Array.from(combineRules(model, rules, flags, words));
          dense.forEach((p, k) => expect(p).toBeCloseTo(named[k], 12));
        }
      }
    }
  });

  it('reads every kind of rule cue it knows', () => {
    const names = Object.keys(realModel.combiner.weights);
    for (const kind of OUTPUT_KINDS) expect(names).toContain(`K:${kind}`);
  });

  it('is consulted only where the rules said neutral with no cue of a pole and set one aside', () => {
    const aside = { a: true, b: false };
    expect(unsure(LABELS, { label: 'neutral', confidence: 0.85, kinds: ['state-actor'] }, aside)).toBe(true);
    expect(unsure(LABELS, { label: 'neutral', confidence: 0.85, kinds: [] }, { a: false, b: false })).toBe(false);
    expect(unsure(LABELS, { label: 'repression', confidence: 0.9, kinds: ['repression'] }, aside)).toBe(false);
    // A negated cue is the rules' decision, not a doubt.
    expect(unsure(LABELS, { label: 'neutral', confidence: 0.85, kinds: ['negated', 'negation'] }, aside)).toBe(false);
    expect(unsure(LABELS, { label: 'neutral', confidence: 0.55, kinds: ['repression', 'cooperation'] }, aside)).toBe(false);
  });

  it('replaces the label only above the threshold, and only with a pole whose cue was set aside', () => {
    const both = { a: true, b: true };
    expect(chooseLabel(LABELS, 0.7, [0.2, 0.75, 0.03, 0.02], both)?.label).toBe('repression');
    expect(chooseLabel(LABELS, 0.7, [0.25, 0.7, 0.03, 0.02], both)).toBeNull();
    expect(chooseLabel(LABELS, 0.7, [0.9, 0.05, 0.03, 0.02], both)).toBeNull();
    expect(chooseLabel(LABELS, 0.7, [0.1, 0.85, 0.03, 0.02], { a: false, b: true })).toBeNull();
    expect(chooseLabel(LABELS, 0.7, [0.1, 0.02, 0.85, 0.03], { a: false, b: true })?.label).toBe('cooperation');
    expect(chooseLabel(LABELS, 0.7, [0.1, 0.02, 0.03, 0.85], { a: false, b: true })?.label).toBe('mixed');
  });
});

describe('stance model: in the stage', () => {
  // A hand-made model that calls every sentence with 'brotherhoods' repression.
  const hand = stance.prepare!(WITH_MODEL, envWith({ 'stance-model.json': handModel({ brotherhoods: [0, 9, 0, 0] }) }));

  it('relabels a sentence whose cue the rules set aside for want of a state actor, and says so in its cues', () => {
    const text = 'Between 1777 and 1780 the bishop closed more than three hundred brotherhoods in the diocese.';
    const doc = docOf(text);
    const [rules] = run(doc, RULES_ONLY, rulesOnly);
    expect(rules.label).toBe('neutral');
    const [s] = run(doc, WITH_MODEL, hand);
    expect(s.label).toBe('repression');
    expect(s.confidence).toBeGreaterThan(0.5);
    expect(s.cues[0].kind).toBe('classifier');
    expect(s.cues[0].text).toMatch(/^repression [01]\.\d\d \(rules: neutral; statistical model/);
    const spans = s.cues.filter((c) => c.start !== undefined).map((c) => `${c.kind}:${c.text}`);
    expect(spans).toEqual(['unconfirmed-cue:closed', 'classifier-word:brotherhoods']);
    for (const c of s.cues.slice(1)) expectSliceMatches(text, { start: c.start!, end: c.end! }, c.text, c.kind);
  });

  it('is not consulted where the rules read the actors’ roles, a recommendation or a topic', () => {
    for (const text of [
      'The governor Halil Bey, who had mocked the brotherhoods, was shot dead in 1911.',
      'The crown ought to fund the brotherhoods.',
      'Historians have relied on the archives of the censorship office of the brotherhoods.',
      'The brotherhoods were not closed.',
    ]) {
      const doc = docOf(text);
      expect(run(doc, WITH_MODEL, hand), text).toEqual(run(doc, RULES_ONLY, rulesOnly));
    }
  });

  it('changes nothing where the rules found a pole', () => {
    const text = 'The police closed the brotherhoods and later the crown funded them again.';
    const doc = docOf(text);
    expect(run(doc, WITH_MODEL, hand)).toEqual(run(doc, RULES_ONLY, rulesOnly));
  });

  it.runIf(HAS_SHARED)('changes, in the corpus, only sentences the rules left neutral, and says so', () => {
    let changed = 0;
    for (const name of corpusNames()) {
      const doc = docOf(corpusText(name));
      const a = run(doc, RULES_ONLY, rulesOnly);
      const b = run(doc, WITH_MODEL, withModel);
      expect(b.length).toBe(a.length);
      a.forEach((s, i) => {
        if (s.label === b[i].label) {
          expect(b[i]).toEqual(s);
          return;
        }
        changed++;
        expect(s.label).toBe('neutral');
        expect(b[i].cues[0].kind).toBe('classifier');
        expect(b[i].cues.some((c) => c.kind === 'unconfirmed-cue')).toBe(true);
      });
    }
    expect(changed).toBeGreaterThan(0);
  });
});

describe('stance model: training', () => {
  it('learns a separable problem, the same way every time', () => {
    // Feature 0 → class 1, feature 1 → class 2, feature 2 (bias) always on.
    const examples = [...Array(40)].map((_, i) => (i % 2 ? { features: [0, 2], values: [1, 1], label: 1 } : { features: [1, 2], values: [1, 1], label: 2 }));
    const settings = { l2: 1e-3, epochs: 20, rate: 0.3 };
    const a = trainLinear(examples, 3, 4, settings, 7);
    const b = trainLinear(examples, 3, 4, settings, 7);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(predictLinear(a, [0, 2], [1, 1])[1]).toBeGreaterThan(0.9);
    expect(predictLinear(a, [1, 2], [1, 1])[2]).toBeGreaterThan(0.9);
  });

  it('reads words with a letter, not function words', () => {
    expect(isModelWord('detained')).toBe(true);
    expect(isModelWord('1905')).toBe(false);
    expect(isModelWord(',')).toBe(false);
    expect(isModelWord('the')).toBe(false);
  });
});

/** Labelled rows of a fixture file (of one split, when given). */
function rows(file: string, split?: string): { label: Stance; text: string }[] {
  return readFileSync(join(FIXTURES, 'stance', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { label: Stance; text: string; split?: string })
    .filter((r) => split === undefined || r.split === split);
}

/** Accuracy and macro-F1 as the rules' tests score a file (mixed if any sentence is, else the first pole). */
function score(list: { label: Stance; text: string }[], options: StanceOptions, resources: unknown): { accuracy: number; macroF1: number } {
  const pairs = list.map((r) => {
    const labels = run(docOf(r.text), options, resources).map((s) => s.label);
    return [r.label, labels.includes('mixed') ? 'mixed' : (labels.find((l) => l !== 'neutral') ?? 'neutral')] as const;
  });
  return { accuracy: pairs.filter(([g, p]) => g === p).length / pairs.length, macroF1: macroF1(pairs) };
}

describe('stance model: held-out sentences (never trained on)', () => {
  // Floors a little under the figures with the model, measured when it was trained [rules alone →
  // with the model]: heldout-2 0.845 / 0.838 → same; heldout-3 0.822 / 0.807 → 0.856 / 0.841;
  // heldout-4 0.728 / 0.696 → 0.739 / 0.707; heldout-5 0.829 / 0.784 → 0.848 / 0.810; half B of
  // countries.jsonl 0.758 / 0.757 → same. The model must not do worse than the rules alone either.
  it.each<[string, string | undefined, number, number]>([
    ['heldout-2.jsonl', undefined, 0.82, 0.81],
    ['heldout-3.jsonl', undefined, 0.83, 0.81],
    ['heldout-4.jsonl', undefined, 0.71, 0.68],
    ['heldout-5.jsonl', undefined, 0.82, 0.78],
    ['countries.jsonl', 'heldout', 0.73, 0.73],
  ])('%s (split: %s)', (file, split, accuracy, f1) => {
    const list = rows(file, split);
    const model = score(list, WITH_MODEL, withModel);
    const alone = score(list, RULES_ONLY, rulesOnly);
    expect(model.accuracy).toBeGreaterThanOrEqual(accuracy);
    expect(model.macroF1).toBeGreaterThanOrEqual(f1);
    expect(model.accuracy).toBeGreaterThanOrEqual(alone.accuracy);
  });

  it('leaves out of its training every held-out file and fullgold-6', async () => {
    const { labelledRecords, FULLGOLD_DEV } = await import('../../src/tools/stance-data.js');
    const groups = new Set(labelledRecords().map((r) => r.group));
    for (const f of readdirSync(join(FIXTURES, 'stance')).filter((x) => x.startsWith('heldout-'))) expect(groups.has(f)).toBe(false);
    expect(labelledRecords().filter((r) => r.group === 'countries.jsonl').length).toBe(rows('countries.jsonl', 'dev').length);
    expect(FULLGOLD_DEV).not.toContain('fullgold-6');
  });
});

describe('stance: the third opinion, a words model over stems, pairs of stems and the stage\'s label (pipeline/stance-words.json)', () => {
  const WITH_WORDS: StanceOptions = { ...WITH_MODEL, words: 'words.json' };
  const handFile = (features: Record<string, number[]>, thresholds = { fromNeutral: 0.85, override: 0.85 }): WordsModelFile => ({
    labels: LABELS,
    ...thresholds,
    stopWords: ['the', 'of'],
    bias: [0, 0, 0, 0],
    features,
  });
  const prepared = (file: WordsModelFile): unknown => stance.prepare!(WITH_WORDS, envWith({ 'words.json': file }));
  // A hand-made model that calls every sentence with 'brotherhood(s)' repression, sure of it.
  const hand = prepared(handFile({ 's:brotherhood': [0, 9, 0, 0] }));

  it('relabels a sentence the stage left neutral, and says so in its cues', () => {
    const doc = docOf('The brotherhoods met in the chapel every Sunday.');
    expect(run(doc, WITH_MODEL, withModel)[0].label).toBe('neutral');
    const [s] = run(doc, WITH_WORDS, hand);
    expect(s.label).toBe('repression');
    expect(s.confidence).toBeGreaterThan(0.85);
    expect(s.cues.at(-1)).toEqual({ kind: 'words-model', text: expect.stringMatching(/^repression (?:0\.9\d|1\.00)$/) });
  });

  it('keeps the label below its thresholds: fromNeutral for a neutral label, override for another', () => {
    const unsure = prepared(handFile({ 's:brotherhood': [0, 1, 0, 0] }));
    const neutral = docOf('The brotherhoods met in the chapel every Sunday.');
    expect(run(neutral, WITH_WORDS, unsure)[0].label).toBe('neutral');
    const cooperation = docOf('The crown funded the brotherhoods and praised their work.');
    expect(run(cooperation, WITH_MODEL, withModel)[0].label).toBe('cooperation');
    // Sure of repression, but the override threshold is out of reach: the rules' label stands.
    const strict = prepared(handFile({ 's:brotherhood': [0, 9, 0, 0] }, { fromNeutral: 0.85, override: 0.9999 }));
    expect(run(cooperation, WITH_WORDS, strict)).toEqual(run(cooperation, WITH_MODEL, withModel));
  });

  it('overrules a label other than neutral when sure, reading the label itself as a feature', () => {
    const doc = docOf('The crown funded the brotherhoods and praised their work.');
    const cooperationIsMixed = prepared(handFile({ 'r:cooperation': [0, 0, 0, 9] }));
    const [s] = run(doc, WITH_WORDS, cooperationIsMixed);
    expect(s.label).toBe('mixed');
    expect(s.cues.at(-1)?.kind).toBe('words-model');
    // The same weight on another label's feature does nothing here.
    expect(run(doc, WITH_WORDS, prepared(handFile({ 'r:repression': [0, 0, 0, 9] })))[0].label).toBe('cooperation');
  });

  it('reads adjacent pairs of stems, in their order, and function words only in pairs', () => {
    const model = prepared(handFile({ 'b:human right': [0, 0, 9, 0], 's:the': [0, 9, 0, 0] }));
    expect(run(docOf('The clinic worked for human rights in the valley.'), WITH_WORDS, model)[0].label).toBe('cooperation');
    expect(run(docOf('The clinic worked for the rights of every human in the valley.'), WITH_WORDS, model)[0].label).toBe('neutral');
    // 'the' is a stop word of the file: no 's:' feature, though the file weighs one.
    expect(run(docOf('The clinic stood in the valley.'), WITH_WORDS, model)[0].label).toBe('neutral');
  });

  it('scores a sentence from its tokens exactly as the sum of the weights of its named features', () => {
    const file = JSON.parse(readFileSync(join(PIPELINE_DIR, 'stance-words.json'), 'utf8')) as WordsModelFile;
    const model = new WordsModel(file);
    const stops = new Set(file.stopWords);
    const doc = docOf(corpusText(corpusNames()[0]).slice(0, 20_000));
    const tokens = doc.layers.tokens!;
    const clean = doc.layers.clean!.text;
    const view = viewTokens(clean, tokens.cleanStart, tokens.cleanEnd, tokens.pos);
    let checked = 0;
    for (const s of doc.layers.sentences!) {
      const words = [];
      for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(foldForm(clean, tokens.cleanStart[i], tokens.cleanEnd[i]));
      const kinds = checked % 2 ? ['repression', 'state-actor'] : [];
      const label = LABELS[checked % 4];
      const z = [...file.bias];
      for (const name of sentenceFeatures(words, stops, label, kinds)) file.features[name]?.forEach((w, k) => (z[k] += w));
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const expected = e.map((v) => v / e.reduce((a, b) => a + b, 0));
      const got = Array.from(model.probabilities(view, s.tokenStart, s.tokenEnd, label, kinds));
      got.forEach((p, k) => expect(p).toBeCloseTo(expected[k], 12));
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it.each<[string, (f: WordsModelFile) => WordsModelFile, RegExp]>([
    ['an unknown kind of feature', (f) => ({ ...f, features: { 'x:foo': [0, 0, 0, 0] } }), /unknown feature 'x:foo'/],
    ['a pair of one stem', (f) => ({ ...f, features: { 'b:human': [0, 0, 0, 0] } }), /two stems/],
    ['a weight vector of the wrong length', (f) => ({ ...f, features: { 's:arrest': [0, 1] } }), /4 finite numbers/],
    ['a threshold of 1', (f) => ({ ...f, override: 1 }), /override must lie between 0 and 1/],
    ['labels in another order', (f) => ({ ...f, labels: ['repression', 'neutral', 'cooperation', 'mixed'] }), /labels must be neutral, repression, cooperation, mixed/],
  ])('refuses a file with %s', (_, change, message) => {
    expect(() => prepared(change(handFile({})))).toThrow(message);
  });

  const realWords = JSON.parse(readFileSync(join(PIPELINE_DIR, 'stance-words.json'), 'utf8')) as WordsModelFile & { training: { sets: string[] } };

  it('is trained on the full-gold training sets only: never fullgold-6 or a set after fullgold-42, nor the seed essay', () => {
    expect(realWords.labels).toEqual(LABELS);
    for (const t of [realWords.fromNeutral, realWords.override]) {
      expect(t).toBeGreaterThan(0.5);
      expect(t).toBeLessThan(1);
    }
    expect(realWords.training.sets).toContain('fullgold-42');
    expect(realWords.training.sets).not.toContain('fullgold-6');
    for (const set of realWords.training.sets) expect(Number(set.replace(/^fullgold-?/, '') || 1)).toBeLessThanOrEqual(42);
  });

  it('reads a restriction the rules cannot see for want of a named civil actor', () => {
    const real = stance.prepare!({ ...WITH_MODEL, words: 'stance-words.json' }, envWith());
    const doc = docOf('The new law gave the authorities broad powers over online speech, and the security services remained largely unaccountable.');
    expect(run(doc, WITH_MODEL, withModel)[0].label).toBe('neutral');
    const [s] = run(doc, { ...WITH_MODEL, words: 'stance-words.json' }, real);
    expect(s.label).toBe('repression');
    expect(s.cues.at(-1)?.kind).toBe('words-model');
  });
});
