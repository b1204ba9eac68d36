/**
 * The wink-nlp instance of this thread, and the one place that reads text with it.
 *
 * wink-eng-lite-web-model 1.8.1 has a defect that the project long took for a limit of wink: only
 * the first `winkNLP(model)` instance of a process got working POS- or entity-based custom-entity
 * patterns, later ones matched nothing, and about the 21st threw. Its cause, and the model this
 * thread hands to wink instead, are in `wink-model.ts`: with it any number of instances work.
 * Stages that need custom-entity patterns register them with {@link registerCustomEntities}, which
 * merges all registrations and teaches them to the instance (and to every later one).
 */
import { createRequire } from 'node:module';
import winkNLP, { type CustomEntityExample, type WinkMethods } from 'wink-nlp';
import { POS_TAGS } from '../doc.js';
import { intactModel } from './wink-model.js';

// Only what periodcheck reads: sentence boundaries, POS tags, and custom entities (for stages that
// register patterns). Sentiment, NER and negation are left out: they cost time on every token.
const PIPE = ['sbd', 'pos', 'cer'];
const CUSTOM_ENTITY_CONFIG = { matchValue: false, usePOS: true, useEntity: false };

let instance: WinkMethods | null = null;
const registrations = new Map<string, CustomEntityExample[]>();
/** The registrations the current instance has learned (their JSON). */
let learnedKey = '';

function allRegistered(): CustomEntityExample[] {
  return [...registrations.values()].flat();
}

/** A new instance that knows every registered pattern. */
function createInstance(): WinkMethods {
  const nlp = winkNLP(intactModel, PIPE);
  modelLexiconOnly(nlp);
  const all = allRegistered();
  if (all.length > 0) nlp.learnCustomEntities(all, CUSTOM_ENTITY_CONFIG);
  learnedKey = JSON.stringify(all);
  return nlp;
}

/**
 * wink's tokenizer keeps a chunk of text whole when its lexicon holds it, and the lexicon learns
 * every new word it reads: once "the state's," was read (wink splits off the comma and learns
 * "state's" as a word), every later "state's" stayed one token instead of 'state' and ''s', and
 * the stance of a sentence in another text changed. What a text was read as depended on the texts
 * the thread had read before it (found by a blind held-out text that changed another's report in a
 * batch). The instance's tokenizer is made to look words up in the model's own lexicon only: a
 * learned word goes the way of a word never seen, and is split the same way every time. (wink
 * still learns it, for its features; `lookup` is what the tokenizer and the sentence splitter ask.)
 */
function modelLexiconOnly(nlp: WinkMethods): void {
  const cache = rawDocument(nlp.readDoc('x')).cache;
  const { lookup, add } = cache;
  const intrinsic = cache.intrinsicSize();
  // (The model's own feature functions look up the word being added: they see everything.)
  let adding = false;
  cache.add = (text: string, category: number): number => {
    adding = true;
    try {
      return add(text, category);
    } finally {
      adding = false;
    }
  };
  // (A learned word of letters or digits alone is one token whether known or not: only a learned
  // chunk with another character in it, which the tokenizer might have split, is hidden. Hiding
  // every learned word made wink's readDoc 14% slower.)
  cache.lookup = (text: string): number[] | null => {
    const found = lookup(text);
    return !adding && found !== null && found.length === 1 && found[0] >= intrinsic && NOT_LETTER_OR_DIGIT.test(text) ? null : found;
  };
}
/** A character that is no letter, mark or digit: where wink's tokenizer may split a chunk. */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{M}\p{N}]/u;

/** This thread's wink-nlp instance (created on first use; replaced when its lexicon is full, see below). */
export function getWink(): WinkMethods {
  instance ??= createInstance();
  return instance;
}

/**
 * Registers custom-entity patterns under `owner` (a stage name), replacing that owner's earlier
 * patterns, and teaches the union of all owners' patterns to the instance. Calling it again with the
 * same patterns (a pipeline built twice) changes nothing.
 */
export function registerCustomEntities(owner: string, examples: CustomEntityExample[]): void {
  registrations.set(owner, examples);
  const all = allRegistered();
  const key = JSON.stringify(all);
  if (key === learnedKey) return;
  getWink().learnCustomEntities(all, CUSTOM_ENTITY_CONFIG);
  learnedKey = key;
}

// wink's lexicon grows: every word its model does not know (a name, a number, an OCR error) is
// added to the instance's lexicon for good, with its features, and no API removes it. A batch of
// varied texts would grow each thread's heap with its vocabulary: about 130 bytes a word (a million
// new words: +122 MB), and more in the garbage its growing tables leave behind. Lexemes are
// numbered in the order they were added, so the largest number among a text's tokens is the size of
// the lexicon once that text was read: it is sampled here, and once it passes the limit the
// instance is replaced by a new one, which starts from the model's own lexicon (each instance reads
// its own copy of the model). The old one is then garbage. A new word gets the same features and
// tags in any instance, and the tokenizer sees the model's lexicon only (see modelLexiconOnly), so
// what a text is read as does not depend on the instance that reads it, nor on the texts it read
// before (`tests/wink-adapter.test.ts` checks whole reports).

/**
 * Lexemes an instance may hold before it is replaced: the model's 87,593 and about 12,000 new
 * words (some 1.5 MB). A new instance takes about 40 ms to make (it reads all of the model's
 * automata), and V8 optimises wink's code again for it: on 200 MB of text with new words at the
 * rate of English prose, two threads renewed 9 times in all at 110,000 and twice at 150,000, in the
 * same CPU time. 120,000 until the twenty-second session: on 1 GB of such text at --jobs 2, this
 * limit with memos of 10,000 strings (`MEMO_LIMIT`) took the peak RSS from 503 to 485 MB (one run
 * each, through the command's launcher; 4% more CPU time, within the runs' scatter).
 */
export const MAX_WINK_LEXICON = 100_000;
let lexiconLimit = MAX_WINK_LEXICON;
let renewals = 0;

/** Read the lexicon's size at every this many calls of {@link readTokens} (a text's paragraphs). */
const LEXICON_SAMPLE_EVERY = 16;
let readsSinceSample = LEXICON_SAMPLE_EVERY - 1;
let lexiconHighWater = 0;

/** Lexemes in the instance's lexicon, as last sampled: the model's, plus every new word read so far (0 before the first sample). */
export function winkLexiconSize(): number {
  return lexiconHighWater;
}

/** Sets how many lexemes this thread's instance may hold before it is replaced (default {@link MAX_WINK_LEXICON}). */
export function setWinkLexiconLimit(limit: number): void {
  if (!(limit > 0)) throw new RangeError(`wink lexicon limit must be a positive number of lexemes, got ${limit}`);
  lexiconLimit = limit;
}

/** How many times this thread's instance has been replaced because its lexicon was full. */
export function winkRenewals(): number {
  return renewals;
}

function renewIfFull(): void {
  if (lexiconHighWater <= lexiconLimit) return;
  instance = createInstance();
  renewals++;
  lexiconHighWater = 0;
  // Sample the new instance at its first text.
  readsSinceSample = LEXICON_SAMPLE_EVERY - 1;
}

/** Token columns of one wink document, with character offsets rebuilt relative to its text. */
export interface WinkTokens {
  values: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** Index into {@link POS_TAGS} (X for a tag it does not list). */
  pos: Uint8Array;
  /** For each sentence, [first token, last token] inclusive. */
  sentences: [number, number][];
  /** Custom entities: name and inclusive token range. */
  customEntities: { name: string; first: number; last: number }[];
}

/**
 * The characters wink counts among a token's preceding spaces, by code (its tokenizer splits text at
 * runs of `[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]`; line breaks and tabs are tokens).
 * A table, so that every character takes the same path (a branch first taken late, at a curly
 * quote, made the optimised code of `readTokens` bail out and be compiled again).
 */
const WINK_SPACE = new Uint8Array(0x2060);
for (const c of [0x20, 0xa0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2009, 0x200a, 0x202f, 0x205f]) WINK_SPACE[c] = 1;

function isWinkSpace(c: number): boolean {
  return c < WINK_SPACE.length && WINK_SPACE[c] === 1;
}

// wink's tokenizer knows the letters of Latin-1 only: a word that mixes them with other letters
// ('Poznań', 'Wałęsa', 'Đổi Mới', 'Erdoğan') falls apart into several tokens ('Pozna' + 'ń'),
// and every stage after it sees broken names. So wink reads a stand-in text of the same length,
// in which each such letter is replaced by one it keeps inside a word; offsets and the tokens' own
// text come from the real text.

/**
 * Where such letters can be: past Latin-1, leaving out combining accents (wink keeps them in a
 * word), the punctuation and symbol blocks (curly quotes and dashes are in every English text),
 * private use and surrogates. Characters found here that are no letters stand for themselves.
 */
const MAY_NEED_STAND_IN = /[\u0100-\u02ff\u0370-\u1fff\u2c00-\ud7ff\uf900-\uffef]/;
const MAY_NEED_STAND_IN_ALL = new RegExp(MAY_NEED_STAND_IN.source, 'g');
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const standIns = new Map<string, string>();

/** The letter wink reads in place of `ch`: its unaccented Latin letter, or X/x by case; `ch` itself when it is no letter. */
function standInFor(ch: string): string {
  let to = standIns.get(ch);
  if (to !== undefined) return to;
  if (!LETTER_OR_MARK.test(ch)) to = ch;
  else {
    const base = ch.normalize('NFD')[0];
    to = /^[A-Za-z]$/.test(base) ? base : ch.toLowerCase() !== ch ? 'X' : 'x';
  }
  standIns.set(ch, to);
  return to;
}

/** `text` with every letter wink would split a word at replaced by one it keeps inside words (same length); `text` itself when there is none. */
export function winkStandIn(text: string): string {
  return MAY_NEED_STAND_IN.test(text) ? text.replace(MAY_NEED_STAND_IN_ALL, standInFor) : text;
}

// wink's API hands out a document's tokens one call per token and property ('out(its.value)',
// 'out(its.pos)'), each through a generic map over the collection: for a paragraph of 100 tokens
// on the corpus's 30,000 tokens that cost 1.5 ms and 0.6 ms a pass, more than reading them here. The
// document's raw data ('rdd' in wink-nlp 2.4.0's `readDoc`) holds them as flat columns, and wink
// passes it to the `its` function a token's `out` is given, provided the function is in wink's
// list of allowed ones: {@link rawDocument} adds one that keeps it. `tests/wink-adapter.test.ts`
// checks that what is read there is what the public API gives.

/** What periodcheck reads of wink's raw document data (wink-nlp 2.4.0, `readDoc`). */
interface RawDocument {
  /** {@link TOKEN_SIZE} numbers per token: lexeme id, spaces before it, POS and lemma, flags. */
  tokens: ArrayLike<number>;
  numOfTokens: number;
  /** Per sentence: first token, last token (inclusive), and flags. */
  sentences: ArrayLike<number>[];
  cache: { value(lexeme: number): string; valueOf(feature: 'pos', index: number): string; lookup(text: string): number[] | null; add(text: string, category: number): number; intrinsicSize(): number };
}

const requireWink = createRequire(import.meta.url);
const winkConstants = requireWink('wink-nlp/src/constants.js') as { tkSize: number; posMask: number; bits4lemma: number };
const TOKEN_SIZE = winkConstants.tkSize;
const POS_MASK = winkConstants.posMask;
const POS_SHIFT = winkConstants.bits4lemma;

let captured: RawDocument | null = null;
/** An `its` function that keeps the raw document it is called with. */
const captureRawDocument = (_index: number, rdd: RawDocument): number => {
  captured = rdd;
  return 0;
};
(requireWink('wink-nlp/src/allowed.js') as { its4token: Set<unknown> }).its4token.add(captureRawDocument);

/** The raw data of a document wink has read, which has at least one token. */
function rawDocument(doc: ReturnType<WinkMethods['readDoc']>): RawDocument {
  (doc.tokens().itemAt(0).out as (f: unknown) => unknown)(captureRawDocument);
  const rdd = captured;
  captured = null;
  if (rdd === null || typeof rdd.numOfTokens !== 'number' || rdd.tokens === undefined) throw new Error('wink-nlp: no raw document data (a wink-nlp other than 2.4.0?)');
  return rdd;
}

const POS_INDEX = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));
const X_POS = POS_TAGS.indexOf('X');
/** Index into POS_TAGS of each of wink's POS indexes (-1: not looked up yet). Every instance reads the same model. */
const posOfWinkPos = new Int8Array(POS_MASK >>> POS_SHIFT).fill(-1);

function posOf(winkPos: number, cache: RawDocument['cache']): number {
  let pos = posOfWinkPos[winkPos];
  if (pos < 0) posOfWinkPos[winkPos] = pos = POS_INDEX.get(cache.valueOf('pos', winkPos)) ?? X_POS;
  return pos;
}

/**
 * Reads `text` with wink and rebuilds each token's character offsets (wink gives token indexes
 * only): a token starts after the run of spaces before it, which is what wink's `precedingSpaces`
 * counts (read from the text, that costs less than asking wink for a string of spaces per token).
 * Throws if a token does not slice back: silent drift of offsets is never acceptable.
 */
export function readTokens(text: string): WinkTokens {
  renewIfFull();
  const nlp = getWink();
  const read = winkStandIn(text);
  const doc = nlp.readDoc(read);
  const sample = ++readsSinceSample === LEXICON_SAMPLE_EVERY;
  if (sample) readsSinceSample = 0;
  if (doc.tokens().length() === 0) return { values: [], starts: new Int32Array(0), ends: new Int32Array(0), pos: new Uint8Array(0), sentences: [], customEntities: [] };
  const rdd = rawDocument(doc);
  const n = rdd.numOfTokens;
  const tokens = rdd.tokens;
  const cache = rdd.cache;
  const values: string[] = new Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const pos = new Uint8Array(n);
  // Lexemes are numbered in the order the lexicon learned them: the largest id is its size (below).
  let largestLexeme = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const lexeme = tokens[i * TOKEN_SIZE];
    if (lexeme > largestLexeme) largestLexeme = lexeme;
    const value = cache.value(lexeme);
    while (at < read.length && isWinkSpace(read.charCodeAt(at))) at++;
    if (!read.startsWith(value, at)) {
      throw new Error(`wink token ${i} '${value}' does not slice back at ${at}: found '${read.slice(at, at + value.length)}'`);
    }
    starts[i] = at;
    at += value.length;
    ends[i] = at;
    values[i] = value;
    pos[i] = posOf((tokens[i * TOKEN_SIZE + 2] & POS_MASK) >>> POS_SHIFT, cache);
  }
  if (sample && largestLexeme >= lexiconHighWater) lexiconHighWater = largestLexeme + 1;
  if (read !== text) for (let i = 0; i < n; i++) values[i] = text.slice(starts[i], ends[i]);
  const sentences: [number, number][] = new Array(rdd.sentences.length);
  for (let k = 0; k < sentences.length; k++) sentences[k] = [rdd.sentences[k][0], rdd.sentences[k][1]];
  const customEntities: WinkTokens['customEntities'] = [];
  const its = nlp.its;
  doc.customEntities().each((e: { out: (f: unknown) => unknown }) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    customEntities.push({ name: e.out(its.type) as string, first, last });
  });
  return { values, starts, ends, pos, sentences, customEntities };
}
