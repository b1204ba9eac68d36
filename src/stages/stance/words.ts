/**
 * The stance stage's third opinion (`pipeline/stance-words.json`, built by `npm run
 * train:stance-words`): a multinomial logistic regression that reads a sentence's stemmed words,
 * its pairs of adjacent stemmed words ('wa arrest', 'human right'), the label the stage gave it and
 * the kinds of the cues behind that label, and may replace the label.
 *
 * Why: the rules need a state and a civil actor named in the sentence, and on new texts many
 * sentences name only one side ('He was arrested and spent four months in detention'), or the
 * rules' reading of who acts is wrong. Trained on every gold unit of the full-gold sets it is
 * allowed to learn from (and the labelled development sentences), the model knows how often the
 * rules' label holds beside which words. It replaces a neutral label when another label is more
 * probable than `fromNeutral`, and any other label when a different one is more probable than
 * `override`; both chosen by a leave-one-set-out estimate (see src/tools/train-stance-words.ts).
 *
 * One definition of the features, {@link sentenceFeatures}, is what the trainer writes names for;
 * the stage scores a sentence from its tokens without making those strings ({@link WordsModel.score}),
 * and a test checks that the two agree.
 */
import type { Stance } from '../../doc.js';
import { stem } from '../../adapters/natural.js';
import { detached, MEMO_LIMIT } from '../../memo.js';
import { foldForm, isSpelled, softmax, spell, SPELLING_STRIDE, tableSize } from './model.js';
import type { TokenView } from './match.js';

/** The third opinion's file. */
export interface WordsModelFile {
  $comment?: string;
  /** The order of every weight vector; the first is the neutral label. */
  labels: Stance[];
  /** A neutral label gives way to another whose probability is above this. */
  fromNeutral: number;
  /** Any other label gives way to a different one whose probability is above this. */
  override: number;
  /** Words that make no `s:` feature (function words: their weights would be noise). */
  stopWords: string[];
  bias: number[];
  /**
   * Weights by feature name: `s:STEM` (a stemmed word, each once), `b:STEM STEM` (two adjacent
   * words that begin with a letter, stemmed), `r:LABEL` (the stage's label), `c:KIND` (a kind of
   * the label's cues).
   */
  features: Record<string, number[]>;
  /** How it was trained (for the record; not read). */
  training?: unknown;
}

const STARTS_LETTER = /^\p{L}/u;
const HAS_ASCII_LETTER = /[a-z]/;

/**
 * The features of a sentence whose folded words ({@link foldForm}) are `words`, labelled `label`
 * by the stage with cues of `cueKinds`: the names the model file's weights are kept under.
 */
export function sentenceFeatures(words: readonly string[], stopWords: ReadonlySet<string>, label: string, cueKinds: Iterable<string>): string[] {
  const out = new Set<string>([`r:${label}`]);
  for (const kind of cueKinds) out.add(`c:${kind}`);
  let previous: string | null = null;
  for (const w of words) {
    const s = STARTS_LETTER.test(w) ? stem(w) : null;
    if (s !== null && HAS_ASCII_LETTER.test(w) && !stopWords.has(w)) out.add(`s:${s}`);
    if (s !== null && previous !== null) out.add(`b:${previous} ${s}`);
    previous = s;
  }
  return [...out];
}

/** The opinion on one sentence, when it replaces the stage's label. */
export interface WordsOpinion {
  label: Stance;
  probability: number;
}

/** Numbers per slot of the words model's table of known words (see `knownTable`): three, and a spelling. */
const KNOWN_STRIDE = 3 + SPELLING_STRIDE;

/**
 * The home slot of pair key `key` in a table of `2 ** (32 - shift)` slots: the top bits of a
 * multiplicative hash (keys are small numbers in runs: `first * stems + second`).
 */
function pairSlot(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** A compiled third opinion. */
export class WordsModel {
  readonly labels: Stance[];
  readonly fromNeutral: number;
  readonly override: number;
  private readonly stopWords: Set<string>;
  private readonly bias: Float64Array;
  /** `labels.length` weights per row. */
  private readonly weights: Float64Array;
  private readonly unigrams = new Map<string, number>();
  /** Stems that begin or end a `b:` feature → their id. */
  private readonly pairStems = new Map<string, number>();
  /**
   * Pairs of stem ids → row, by open addressing in one typed array (a Map keyed by numbers was
   * half of the model's time; the table is read at random, and key and row share a cache line):
   * slot `s` holds the key `first * stems + second` at `2s` (-1 where empty) and its row at `2s + 1`.
   * `pairFirsts[id]` is 1 when a pair begins with stem `id`: others need no lookup.
   */
  private readonly pairTable: Int32Array;
  private readonly pairShift: number;
  private readonly pairFirsts: Uint8Array;
  private readonly rules = new Map<string, number>();
  private readonly cues = new Map<string, number>();
  /**
   * Folded words met in texts, by the matcher's hash of the token ({@link TokenView.hash}), in an
   * open-addressing table, one typed array of {@link KNOWN_STRIDE} numbers per slot: the hash (-1
   * where empty), the word's `s:` row (-1: none), its stem's pair id (-1: none; always for a word
   * that does not begin with a letter), and the word's spelling ({@link spell}) to check a hash hit
   * against the token: most words are spelled out there, and the check reads no string (the slot
   * is half a cache line); a word that is not is in `knownForms`. Emptied when it holds {@link MEMO_LIMIT} words.
   */
  private readonly knownTable: Int32Array;
  private readonly knownForms: string[];
  private knownCount = 0;
  /** The sentence that last counted each row (a feature counts once per sentence). */
  private readonly stamp: Int32Array;
  private calls = 0;
  private readonly scores: Float64Array;

  constructor(file: WordsModelFile) {
    const n = file.labels?.length ?? 0;
    if (n < 2) throw new Error('stance words model: labels must list the stances');
    for (const [name, t] of [['fromNeutral', file.fromNeutral], ['override', file.override]] as const) {
      if (!(t > 0 && t < 1)) throw new Error(`stance words model: ${name} must lie between 0 and 1`);
    }
    const vector = (values: number[], what: string): number[] => {
      if (!Array.isArray(values) || values.length !== n || values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
        throw new Error(`stance words model: ${what} must be ${n} finite numbers`);
      }
      return values;
    };
    this.labels = file.labels;
    this.fromNeutral = file.fromNeutral;
    this.override = file.override;
    this.stopWords = new Set(file.stopWords);
    this.bias = Float64Array.from(vector(file.bias, 'bias'));
    const entries = Object.entries(file.features);
    this.weights = new Float64Array(entries.length * n);
    const pairStemId = (s: string): number => {
      let id = this.pairStems.get(s);
      if (id === undefined) this.pairStems.set(s, (id = this.pairStems.size));
      return id;
    };
    const pairKeys: [number, number, number][] = [];
    entries.forEach(([name, w], row) => {
      this.weights.set(vector(w, `weights of '${name}'`), row * n);
      const kind = name.slice(0, 2);
      const value = name.slice(2);
      if (kind === 's:') this.unigrams.set(value, row);
      else if (kind === 'r:') this.rules.set(value, row);
      else if (kind === 'c:') this.cues.set(value, row);
      else if (kind === 'b:') {
        const space = value.indexOf(' ');
        if (space <= 0 || space === value.length - 1 || value.indexOf(' ', space + 1) >= 0) throw new Error(`stance words model: pair feature '${name}' must be two stems`);
        pairKeys.push([pairStemId(value.slice(0, space)), pairStemId(value.slice(space + 1)), row]);
      } else throw new Error(`stance words model: unknown feature '${name}'`);
    });
    if (this.pairStems.size > 32_768) throw new Error('stance words model: more than 32,768 stems in pair features');
    const stems = this.pairStems.size;
    const pairSlots = tableSize(pairKeys.length, 2);
    this.pairTable = new Int32Array(2 * pairSlots).fill(-1);
    this.pairShift = Math.clz32(pairSlots) + 1;
    this.pairFirsts = new Uint8Array(stems);
    for (const [a, b, row] of pairKeys) {
      const key = a * stems + b;
      let slot = pairSlot(key, this.pairShift);
      while (this.pairTable[2 * slot] !== -1 && this.pairTable[2 * slot] !== key) slot = (slot + 1) & (pairSlots - 1);
      this.pairTable[2 * slot] = key;
      this.pairTable[2 * slot + 1] = row;
      this.pairFirsts[a] = 1;
    }
    const knownSlots = tableSize(MEMO_LIMIT, 1.5);
    this.knownTable = new Int32Array(KNOWN_STRIDE * knownSlots).fill(-1);
    this.knownForms = new Array<string>(knownSlots).fill('');
    this.stamp = new Int32Array(entries.length);
    this.scores = new Float64Array(n);
  }

  /** Where token `i` of `view` is in the table of known words ({@link knownTable}: its slot × {@link KNOWN_STRIDE}), put there first if the word is new. */
  private known(view: TokenView, i: number): number {
    const h = view.hash[i];
    const table = this.knownTable;
    const mask = this.knownForms.length - 1;
    let slot = h & mask;
    for (let key = table[KNOWN_STRIDE * slot]; key !== -1; key = table[KNOWN_STRIDE * slot]) {
      if (key === h && this.isKnownWord(view, i, slot)) return KNOWN_STRIDE * slot;
      slot = (slot + 1) & mask;
    }
    return this.learn(view, i, h, slot);
  }

  /** True when token `i` of `view`, folded ({@link foldForm}), is the word of slot `slot`. */
  private isKnownWord(view: TokenView, i: number, slot: number): boolean {
    return isSpelled(view, i, this.knownTable, KNOWN_STRIDE * slot + 3, this.knownForms, slot);
  }

  /** Puts token `i` of `view` (hash `h`, not in the table; `slot`: the empty slot its probe ended on) in the table. */
  private learn(view: TokenView, i: number, h: number, slot: number): number {
    if (this.knownCount >= MEMO_LIMIT) {
      this.knownTable.fill(-1);
      this.knownForms.fill('');
      this.knownCount = 0;
      slot = h & (this.knownForms.length - 1);
    }
    const form = foldForm(view.text, view.cleanStart[i], view.cleanEnd[i]);
    const letter = STARTS_LETTER.test(form);
    const s = letter ? stem(form) : '';
    const table = this.knownTable;
    const at = KNOWN_STRIDE * slot;
    table[at] = h;
    table[at + 1] = letter && HAS_ASCII_LETTER.test(form) && !this.stopWords.has(form) ? (this.unigrams.get(s) ?? -1) : -1;
    table[at + 2] = letter ? (this.pairStems.get(s) ?? -1) : -1;
    spell(form, table, at + 3);
    // (A word cut from a text would keep the text alive: see src/memo.ts.)
    if (table[at + 3] < 0) this.knownForms[slot] = detached(form);
    this.knownCount++;
    return at;
  }

  /** The row of the pair of stems `first`, `second` (pair ids), or -1. */
  private pairRow(first: number, second: number): number {
    if (this.pairFirsts[first] === 0) return -1;
    const key = first * this.pairFirsts.length + second;
    const table = this.pairTable;
    const mask = (table.length >> 1) - 1;
    for (let slot = pairSlot(key, this.pairShift); ; slot = (slot + 1) & mask) {
      const k = table[2 * slot];
      if (k === key) return table[2 * slot + 1];
      if (k === -1) return -1;
    }
  }

  /** Adds row `row`'s weights to the scores, once per sentence. */
  private add(row: number | undefined, call: number): void {
    if (row === undefined || row < 0 || this.stamp[row] === call) return;
    this.stamp[row] = call;
    const n = this.bias.length;
    for (let k = 0; k < n; k++) this.scores[k] += this.weights[row * n + k];
  }

  /**
   * The probabilities of every label (in `labels` order) for tokens `[first, end)` of `view`,
   * labelled `label` with cues of `cueKinds` (a kind may be repeated: it counts once): the model's
   * scratch vector, valid until the next call.
   */
  probabilities(view: TokenView, first: number, end: number, label: string, cueKinds: Iterable<string>): Float64Array {
    const z = this.scores;
    z.set(this.bias);
    const call = ++this.calls;
    this.add(this.rules.get(label), call);
    for (const kind of cueKinds) this.add(this.cues.get(kind), call);
    // The previous token's pair id: a word that does not begin with a letter has none, and breaks a pair.
    let previous = -1;
    for (let i = first; i < end; i++) {
      const at = this.known(view, i);
      this.add(this.knownTable[at + 1], call);
      const pairId = this.knownTable[at + 2];
      if (previous >= 0 && pairId >= 0) this.add(this.pairRow(previous, pairId), call);
      previous = pairId;
    }
    softmax(z);
    return z;
  }

  /** The label the model gives a sentence the stage labelled `label`, when it replaces that label; else null. */
  opinion(view: TokenView, first: number, end: number, label: Stance, cueKinds: Iterable<string>): WordsOpinion | null {
    return chooseOpinion(this.probabilities(view, first, end, label, cueKinds), this.labels, label, this.fromNeutral, this.override);
  }
}

/**
 * The label probabilities `p` (in `labels` order) give a sentence the stage labelled `label`, when it
 * replaces that label: the most probable one, if it is another and more probable than `fromNeutral`
 * (for a neutral label, `labels[0]`) or `override` (for any other); else null. The trainer's
 * estimate decides the same way.
 */
export function chooseOpinion(p: ArrayLike<number>, labels: readonly Stance[], label: Stance, fromNeutral: number, override: number): WordsOpinion | null {
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
  const wanted = label === labels[0] ? fromNeutral : override;
  return labels[best] !== label && p[best] > wanted ? { label: labels[best], probability: p[best] } : null;
}
