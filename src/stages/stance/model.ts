/**
 * The stance stage's second opinion: a small statistical model consulted only where the rules are
 * unsure. The rules label a sentence neutral when no cue of theirs counted; but often the lexicon
 * did find a cue of a pole there and the rules set it aside because the sentence names no actor
 * of a kind the cue needs (a state the lexicon does not know: 'Between 1777 and 1780 the bishop
 * closed more than three hundred brotherhoods'). On texts the rules were
 * not written from, many such sentences are not neutral. For those sentences only, the model
 * weighs the rules' output, what the lexicon found, and the sentence's words, and replaces the
 * neutral label when it is confident enough.
 *
 * Two linear models, in `pipeline/stance-model.json` (built by `npm run train:stance`,
 * src/tools/train-stance.ts):
 * - `bow`: multinomial logistic regression over the sentence's words (each counted once), trained
 *   on the development sentences;
 * - `combiner`: multinomial logistic regression over the rules' label and confidence, the kinds of
 *   their cues, which actors and poles the lexicon found, and the log-probabilities of `bow`,
 *   trained on the outputs of earlier versions of the rules on texts they had not seen (so that
 *   it learns how far the rules are to be trusted on new text, not on the text they were tuned on).
 * A sentence is relabelled when the combiner's most probable label is a pole (or mixed) whose cue
 * the rules set aside because the sentence names no actor of a kind the cue needs, with a
 * probability above `threshold`. Where the rules named the actors and rejected the cue for their
 * roles ('The governor … was shot dead'), or read a topic, a recommendation or a verb of ending,
 * the model is not consulted.
 */
import type { Cue, Stance } from '../../doc.js';
import { foldUnit, hashForm } from './lexicon.js';
import type { Match, SentenceMatches, TokenView } from './match.js';

/** Kinds of rule cues the combiner reads (kinds every version of the rules has given). */
export const OUTPUT_KINDS = ['state-actor', 'civil-actor', 'negation', 'negated', 'reversal', 'contrast', 'hypothetical', 'mixed-marker', 'intensity'] as const;

/** What the lexicon found in a sentence, whatever the rules made of it. */
export interface LexiconFlags {
  /** A state actor, a civil-society actor, a context word (law, registration) standing for the state. */
  state: boolean;
  civil: boolean;
  context: boolean;
  /** A cue of the first pole (`a`, repression) and of the second (`b`, cooperation). */
  a: boolean;
  b: boolean;
}

/** The rules' output for a sentence, as the combiner reads it. */
export interface RuleOutput {
  label: Stance;
  confidence: number;
  /** Kinds of the rules' cues. */
  kinds: readonly string[];
}

/** The model file (`pipeline/stance-model.json`). */
export interface StanceModelFile {
  $comment?: string;
  /** The order of the labels in every weight vector; the first is the neutral label. */
  labels: Stance[];
  /** Probability the combiner must give a label to replace the rules' neutral one. */
  threshold: number;
  bow: { bias: number[]; words: Record<string, number[]> };
  combiner: { bias: number[]; weights: Record<string, number[]> };
  /** How the model was trained (for the record; not read). */
  training?: unknown;
}

/** A compiled model. */
export interface StanceModel {
  labels: Stance[];
  threshold: number;
  forms: string[];
  /**
   * Word hash ({@link hashForm}) → index, by open addressing, key and index side by side (one
   * cache line): slot `s` holds the hash at `2s` (-1: empty) and the word's index at `2s + 1`;
   * `spellings` or `forms` verifies a hit.
   */
  table: Int32Array;
  /**
   * By word index, {@link SPELLING_STRIDE} numbers: the word's length and its units four to a
   * number when they are Latin-1 and at most {@link SPELLED_UNITS}, else -1 (the word is checked
   * against `forms`): a hash hit is checked without reading a string.
   */
  spellings: Int32Array;
  /** `labels.length` weights per word. */
  weights: Float64Array;
  bowBias: Float64Array;
  combiner: Map<string, Float64Array>;
  combinerBias: Float64Array;
  /** The combiner's weights by feature, looked up once: see {@link combineRules}. */
  dense: DenseCombiner;
  /** The sentence that last counted each word (each word counts once per sentence). */
  stamp: Int32Array;
  calls: number;
  /** Scratch vectors of the words model's and the combiner's scores (overwritten by every call). */
  wordScores: Float64Array;
  combinerScores: Float64Array;
}

/** The combiner's weights, one vector per feature of {@link combinerFeatures} (zeros where the file has none). */
interface DenseCombiner {
  /** By label index: the rules' label, and its confidence. */
  rule: Float64Array[];
  confidence: Float64Array[];
  /** By index in {@link OUTPUT_KINDS}. */
  kinds: Float64Array[];
  nocue: Float64Array;
  state: Float64Array;
  civil: Float64Array;
  context: Float64Array;
  a: Float64Array;
  b: Float64Array;
  /** By label index: the words model's log-probability. */
  words: Float64Array[];
}

/** The second opinion on one sentence, when it replaces the rules' label. */
export interface SecondOpinion {
  label: Stance;
  probability: number;
  /** Probabilities of every label, in `model.labels` order. */
  probabilities: number[];
}

const vector = (values: number[], n: number, what: string): Float64Array => {
  if (!Array.isArray(values) || values.length !== n || values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
    throw new Error(`stance model: ${what} must be ${n} finite numbers`);
  }
  return Float64Array.from(values);
};

/** A power of two at least `factor` times `count`: the slots of an open-addressing table of `count` keys with short probes. */
export function tableSize(count: number, factor: number): number {
  let size = 16;
  while (size < count * factor) size *= 2;
  return size;
}

/** Checks and compiles a model file. */
export function compileModel(file: StanceModelFile): StanceModel {
  const labels = file.labels;
  if (!Array.isArray(labels) || labels.length < 2) throw new Error('stance model: labels must list the stances');
  const n = labels.length;
  if (!(file.threshold > 0 && file.threshold < 1)) throw new Error('stance model: threshold must lie between 0 and 1');
  const words = Object.entries(file.bow.words);
  const size = tableSize(words.length, 2);
  const table = new Int32Array(2 * size).fill(-1);
  const forms: string[] = [];
  const weights = new Float64Array(words.length * n);
  for (const [form, w] of words) {
    const folded = foldForm(form);
    if (folded !== form) throw new Error(`stance model: word '${form}' is not folded`);
    const h = hashForm(form);
    let slot = h & (size - 1);
    while (table[2 * slot] !== -1 && table[2 * slot] !== h) slot = (slot + 1) & (size - 1);
    // Two words of one hash: the second would never be verified; none in practice (30-bit hashes).
    if (table[2 * slot] === h) throw new Error(`stance model: words '${forms[table[2 * slot + 1]]}' and '${form}' share a hash`);
    table[2 * slot] = h;
    table[2 * slot + 1] = forms.length;
    weights.set(vector(w, n, `weights of '${form}'`), forms.length * n);
    forms.push(form);
  }
  const spellings = new Int32Array(SPELLING_STRIDE * forms.length);
  forms.forEach((form, index) => spell(form, spellings, SPELLING_STRIDE * index));
  const combiner = new Map<string, Float64Array>();
  for (const [name, w] of Object.entries(file.combiner.weights)) combiner.set(name, vector(w, n, `combiner weights of '${name}'`));
  const zeros = new Float64Array(n);
  const row = (feature: string): Float64Array => combiner.get(feature) ?? zeros;
  const dense: DenseCombiner = {
    rule: labels.map((l) => row(`R:${l}`)),
    confidence: labels.map((l) => row(`C:${l}`)),
    kinds: OUTPUT_KINDS.map((k) => row(`K:${k}`)),
    nocue: row('nocue'),
    state: row('L:state'),
    civil: row('L:civil'),
    context: row('L:context'),
    a: row('L:a'),
    b: row('L:b'),
    words: labels.map((l) => row(`P:${l}`)),
  };
  return {
    labels,
    threshold: file.threshold,
    forms,
    table,
    spellings,
    weights,
    bowBias: vector(file.bow.bias, n, 'bow bias'),
    combiner,
    combinerBias: vector(file.combiner.bias, n, 'combiner bias'),
    dense,
    stamp: new Int32Array(forms.length),
    calls: 0,
    wordScores: new Float64Array(n),
    combinerScores: new Float64Array(n),
  };
}

/** A word folded as the matcher folds tokens ({@link foldUnit}: case, typographic apostrophe). */
export function foldForm(text: string, start = 0, end = text.length): string {
  let out = '';
  for (let k = start; k < end; k++) out += String.fromCharCode(foldUnit(text.charCodeAt(k)));
  return out;
}

/** Numbers a word takes in a table of spellings ({@link spell}): its length, then its units, four to a number. */
export const SPELLING_STRIDE = 5;
/** The longest word {@link StanceModel.spellings} spells out. */
export const SPELLED_UNITS = 16;
const LATIN1 = /^[\x00-\xff]*$/;

/**
 * Writes `form` at `out[at]`: its length and its units packed four to a number (the first unit
 * in the lowest byte) when they are Latin-1 and at most {@link SPELLED_UNITS}; else -1.
 */
export function spell(form: string, out: Int32Array, at: number): void {
  if (form.length > SPELLED_UNITS || !LATIN1.test(form)) {
    out[at] = -1;
    return;
  }
  out[at] = form.length;
  for (let k = 0; k < SPELLED_UNITS; k += 4) {
    let packed = 0;
    for (let b = 0; b < 4 && k + b < form.length; b++) packed |= form.charCodeAt(k + b) << (b << 3);
    out[at + 1 + (k >> 2)] = packed;
  }
}

/**
 * True when token `i` of `view`, folded, is the word spelled at `spellings[at]` ({@link spell});
 * `forms[index]`: that word, read only when it is not spelled out.
 */
export function isSpelled(view: TokenView, i: number, spellings: Int32Array, at: number, forms: readonly string[], index: number): boolean {
  const length = spellings[at];
  if (length < 0) return isWord(view, i, forms[index]);
  const from = view.cleanStart[i];
  if (view.cleanEnd[i] - from !== length) return false;
  const text = view.text;
  for (let k = 0; k < length; k++) {
    if (foldUnit(text.charCodeAt(from + k)) !== ((spellings[at + 1 + (k >> 2)] >>> ((k & 3) << 3)) & 0xff)) return false;
  }
  return true;
}

/** The index of the word whose hash is `h`, or -1. */
export function wordIndex(model: StanceModel, h: number): number {
  const table = model.table;
  const mask = (table.length >> 1) - 1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const key = table[2 * slot];
    if (key === h) return table[2 * slot + 1];
    if (key === -1) return -1;
  }
}

/** True when token `i` of `view` is `form` (folded). */
export function isWord(view: TokenView, i: number, form: string): boolean {
  const from = view.cleanStart[i];
  if (view.cleanEnd[i] - from !== form.length) return false;
  for (let k = 0; k < form.length; k++) if (foldUnit(view.text.charCodeAt(from + k)) !== form.charCodeAt(k)) return false;
  return true;
}

/** In-place softmax of `z`. */
export function softmax(z: Float64Array | number[]): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k] - max);
    sum += z[k];
  }
  for (let k = 0; k < z.length; k++) z[k] /= sum;
}

/**
 * The words model's probabilities for tokens `[first, end)`; `counted` receives the tokens whose
 * words it knows (each word once). The vector is the model's scratch space, valid until the next call.
 */
export function wordProbabilities(model: StanceModel, view: TokenView, first: number, end: number, counted?: number[]): Float64Array {
  const n = model.labels.length;
  const z = model.wordScores;
  z.set(model.bowBias);
  const call = ++model.calls;
  for (let i = first; i < end; i++) {
    const at = wordIndex(model, view.hash[i]);
    if (at < 0 || model.stamp[at] === call || !isSpelled(view, i, model.spellings, SPELLING_STRIDE * at, model.forms, at)) continue;
    model.stamp[at] = call;
    for (let k = 0; k < n; k++) z[k] += model.weights[at * n + k];
    counted?.push(i);
  }
  softmax(z);
  return z;
}

/** What the lexicon found in a sentence: its actors' kinds and its cues' poles. */
export function lexiconFlags(matches: SentenceMatches): LexiconFlags {
  const flags: LexiconFlags = { state: false, civil: false, context: false, a: false, b: false };
  for (const m of matches.actors) {
    if (m.entry.kind === 'state') flags.state = true;
    else if (m.entry.kind === 'civil') flags.civil = true;
    else if (m.entry.kind === 'context') flags.context = true;
  }
  for (const m of matches.cues) {
    const pole = m.entry.cue?.pole;
    if (pole === 'a') flags.a = true;
    else if (pole === 'b') flags.b = true;
  }
  return flags;
}

/**
 * The combiner's features: the rules' label (and its confidence), the kinds of their cues, whether
 * any cue of a pole counted, what the lexicon found, and the words model's log-probabilities.
 * The names are the keys of `combiner.weights` in the model file.
 */
export function combinerFeatures(labels: readonly Stance[], rules: RuleOutput, flags: LexiconFlags, wordProbs: ArrayLike<number>): [string, number][] {
  const out: [string, number][] = [
    [`R:${rules.label}`, 1],
    [`C:${rules.label}`, rules.confidence],
  ];
  for (const kind of OUTPUT_KINDS) if (rules.kinds.includes(kind)) out.push([`K:${kind}`, 1]);
  if (!poleCue(labels, rules.kinds)) out.push(['nocue', 1]);
  if (flags.state) out.push(['L:state', 1]);
  if (flags.civil) out.push(['L:civil', 1]);
  if (flags.context) out.push(['L:context', 1]);
  if (flags.a) out.push(['L:a', 1]);
  if (flags.b) out.push(['L:b', 1]);
  for (let k = 0; k < labels.length; k++) out.push([`P:${labels[k]}`, Math.log(wordProbs[k] + 1e-4)]);
  return out;
}

/** True when a cue of a pole counted (or was negated) among the rules' cue kinds. */
export function poleCue(labels: readonly Stance[], kinds: readonly string[]): boolean {
  // labels[1] and labels[2] are the poles; 'mixed-marker' a cue of both, 'negated' one dropped by negation.
  return kinds.some((k) => k === labels[1] || k === labels[2] || k === 'mixed-marker' || k === 'negated');
}

/** Which poles have a cue the rules set aside. */
export interface SetAside {
  a: boolean;
  b: boolean;
}

/** The poles of `cues` (the rules' `unnamed` cues). */
export function polesOf(cues: readonly Match[]): SetAside {
  const out = { a: false, b: false };
  for (const m of cues) {
    if (m.entry.cue?.pole === 'a') out.a = true;
    else if (m.entry.cue?.pole === 'b') out.b = true;
  }
  return out;
}

/**
 * True when the model may be consulted: the rules said neutral with no cue of a pole, and set
 * aside a cue of a pole (in the stage: one whose actors the sentence does not name at all).
 */
export function unsure(labels: readonly Stance[], rules: RuleOutput, aside: SetAside): boolean {
  return rules.label === labels[0] && !poleCue(labels, rules.kinds) && (aside.a || aside.b);
}

/** The combiner's probabilities (in `model.labels` order). */
export function combine(model: StanceModel, features: [string, number][]): Float64Array {
  const n = model.labels.length;
  const z = Float64Array.from(model.combinerBias);
  for (const [name, value] of features) {
    const w = model.combiner.get(name);
    if (w) for (let k = 0; k < n; k++) z[k] += w[k] * value;
  }
  softmax(z);
  return z;
}

const KIND_INDEX = new Map<string, number>(OUTPUT_KINDS.map((k, i) => [k, i]));

/**
 * The combiner's probabilities for the same features as {@link combine} over
 * {@link combinerFeatures}, without naming them (the stage's path; a test holds the two equal).
 * `kinds`: the rules' cue kinds, each at most once. The vector is the model's scratch space, valid
 * until the next call.
 */
export function combineRules(model: StanceModel, rules: RuleOutput, flags: LexiconFlags, wordProbs: ArrayLike<number>): Float64Array {
  const n = model.labels.length;
  const d = model.dense;
  const z = model.combinerScores;
  z.set(model.combinerBias);
  const add = (w: Float64Array, value: number): void => {
    for (let k = 0; k < n; k++) z[k] += w[k] * value;
  };
  const label = model.labels.indexOf(rules.label);
  if (label >= 0) {
    add(d.rule[label], 1);
    add(d.confidence[label], rules.confidence);
  }
  for (const kind of rules.kinds) {
    const i = KIND_INDEX.get(kind);
    if (i !== undefined) add(d.kinds[i], 1);
  }
  if (!poleCue(model.labels, rules.kinds)) add(d.nocue, 1);
  if (flags.state) add(d.state, 1);
  if (flags.civil) add(d.civil, 1);
  if (flags.context) add(d.context, 1);
  if (flags.a) add(d.a, 1);
  if (flags.b) add(d.b, 1);
  for (let k = 0; k < n; k++) add(d.words[k], Math.log(wordProbs[k] + 1e-4));
  softmax(z);
  return z;
}

/**
 * The label of the second opinion for an unsure sentence, or null when it keeps the rules' label:
 * the combiner's most probable label must be above the threshold, and a pole whose cue the rules
 * set aside (for mixed: either).
 */
export function chooseLabel(labels: readonly Stance[], threshold: number, q: ArrayLike<number>, aside: SetAside): SecondOpinion | null {
  let best = 0;
  for (let k = 1; k < q.length; k++) if (q[k] > q[best]) best = k;
  if (best === 0 || q[best] <= threshold) return null;
  // labels: [none, pole a, pole b, both]
  const found = best === 1 ? aside.a : best === 2 ? aside.b : aside.a || aside.b;
  if (!found) return null;
  return { label: labels[best], probability: q[best], probabilities: Array.from(q) };
}

/**
 * The second opinion on tokens `[first, end)` of `view` when the rules are unsure, with the cues
 * that explain it, or null. `decision`: the rules' label, confidence, cues and the cues they set
 * aside for want of actors (`unnamed`); `found`: the sentence's lexicon matches before named
 * actors were added; `span` makes a cue of tokens `[first, end)`.
 */
export function secondOpinion(
  model: StanceModel,
  decision: { label: Stance; confidence: number; cues: readonly Cue[]; unnamed: readonly Match[] },
  found: SentenceMatches,
  view: TokenView,
  first: number,
  end: number,
  span: (kind: string, first: number, end: number) => Cue,
): { opinion: SecondOpinion; cues: Cue[] } | null {
  if (decision.label !== model.labels[0] || decision.unnamed.length === 0) return null;
  const kinds: string[] = [];
  for (const c of decision.cues) if (!kinds.includes(c.kind)) kinds.push(c.kind);
  const rules: RuleOutput = { label: decision.label, confidence: decision.confidence, kinds };
  const aside = polesOf(decision.unnamed);
  if (!unsure(model.labels, rules, aside)) return null;
  const flags = lexiconFlags(found);
  // The tokens whose words the words model knows, kept for the cues below (one pass over the sentence).
  const counted: number[] = [];
  const q = combineRules(model, rules, flags, wordProbabilities(model, view, first, end, counted));
  const opinion = chooseLabel(model.labels, model.threshold, q, aside);
  if (!opinion) return null;
  const k = model.labels.indexOf(opinion.label);
  const cues: Cue[] = [{ kind: 'classifier', text: `${opinion.label} ${opinion.probability.toFixed(2)} (rules: ${rules.label}; statistical model, pipeline/stance-model.json)` }];
  // The cues of the label's pole that the rules set aside for want of actors ...
  for (const m of decision.unnamed) if ((k === 1 && m.entry.cue?.pole === 'a') || (k === 2 && m.entry.cue?.pole === 'b') || k === 3) cues.push(span('unconfirmed-cue', m.first, m.end));
  // ... and the two words that weigh most for the label.
  const n = model.labels.length;
  const weightOf = (i: number): number => model.weights[wordIndex(model, view.hash[i]) * n + k];
  const top = counted.filter((i) => weightOf(i) > 0).sort((x, y) => weightOf(y) - weightOf(x)).slice(0, 2);
  for (const i of top) cues.push(span('classifier-word', i, i + 1));
  return { opinion, cues };
}
