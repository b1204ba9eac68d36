/**
 * The stance lexicon (`pipeline/stance.json`), compiled once per pipeline into one phrase trie
 * keyed by lower-cased token forms. Every term is written as lemmas; compiling inflects each token
 * ('detain' → detains, detained, detaining, plus the irregular table's 'detention', 'detainee'),
 * so matching a sentence is a plain walk over its tokens with no lemmatiser at run time.
 *
 * The trie is built lazily below its first level: `prepare` creates the root's children (the
 * forms that start a phrase) and leaves on each the phrases still to insert under it; the first
 * time a sentence reaches a child, {@link expandNode} inserts them, in the order a full build
 * would. Subtrees of different root children never share nodes, so the trie a sentence walks is
 * the one a full build makes, while a worker's start pays only for the forms its texts use (a
 * full build makes ~27,000 nodes, ~10 MB of heap).
 */
import { POS_TAGS, STANCES, type Stance } from '../../doc.js';
import type { Syntax } from './clauses.js';
import { FNV_OFFSET, FNV_PRIME, HashFilter, SMALL_HASH_MASK } from '../../fnv.js';

/** Which actors must be in the sentence for a cue to count. */
export type Needs = 'none' | 'state' | 'context' | 'civil' | 'both' | 'either';
/** The two stance poles of the lexicon, or a marker that adds to both. */
export type Pole = 'a' | 'b' | 'both';

/** Shape of one group of terms in `stance.json`. */
interface TermGroup {
  $comment?: string;
  terms: string[];
  pole?: string;
  kind?: string;
  weight?: number;
  needs?: Needs;
  near?: number;
  agent?: boolean;
  negated?: number;
  enabling?: boolean;
  stateImplied?: boolean;
  civilTarget?: boolean;
  civilVictim?: boolean;
  civilSubject?: boolean;
  onlyRestricts?: boolean;
  /** For negations: how many tokens after it a cue may start (default: `thresholds.negationWindow`). */
  window?: number;
  pos?: string[];
  inflect?: 'all' | 'noun' | 'none';
  defaults?: Record<string, { pole: string; weight: number; needs: Needs }>;
}

/** Shape of `pipeline/stance.json`. */
export interface StanceRulesFile {
  labels: { poles: [string, string]; both: string; none: string };
  /** The pole whose cue takes a following cue of the other pole as its object ('restricting funding'). */
  absorbingPole: string;
  /** The pole whose negation counts, weakly, for the other pole ('did not recognise'). */
  negationFlips: string;
  thresholds: Thresholds;
  syntax: Record<keyof Syntax, string[]> & { $comment?: string };
  irregular: Record<string, string[] | string>;
  actors: TermGroup[];
  cues: TermGroup[];
  functions: TermGroup[];
}

/** Numbers that tune the rules; see `thresholds.$comment` in the data file. */
export interface Thresholds {
  pole: number;
  mixedMinor: number;
  mixedMinorWithContrast: number;
  hypotheticalFactor: number;
  negatedFlipFactor: number;
  reversedMinWeight: number;
  hypotheticalOpening: number;
  intensityFactor: number;
  negationWindow: number;
  reversalWindow: number;
  absorbWindow: number;
  intensityBefore: number;
  intensityAfter: number;
  backgroundFactor: number;
}

/** A cue of one pole with the actors it needs. */
export interface CueRule {
  pole: Pole;
  weight: number;
  needs: Needs;
  /** Actors must stand within this many tokens of the cue (0: anywhere in the sentence). */
  near: number;
  /** The state must be the agent: named before the cue, or after it with 'by'/'from'. */
  agent: boolean;
  /**
   * Weight factor of the other pole when the cue is negated (0: a negated cue asserts nothing).
   * Unset in the data: `negatedFlipFactor` for the `negationFlips` pole, else 0. Permission and
   * interference set it to 1: 'was not allowed to register' is a ban, 'did not interfere' tolerance.
   */
  negated: number;
  /** The cue grants a power: a cue of the other pole right after it is what it enables ('enable countries to bar NGOs'). */
  enabling: boolean;
  /**
   * The state is implied when civil society is the cue's passive subject ('the writers' association
   * was rectified') or its object after a pronoun subject ('They closed the union's offices'),
   * though the needs name the state.
   */
  stateImplied: boolean;
  /**
   * Civil society is the target, never the doer: a civil actor right before the active cue, with
   * an object after it, does the act itself ('Guild masters fined journeymen', 'the union expelled
   * the members who had broken the strike'), which then counts only with the state named.
   */
  civilTarget: boolean;
  /**
   * The cue is told of its victim, who must be civil society: the nearest actor before it is a civil
   * one, and a 'by' agent after it, if any, is the state ('Three organisers of the dock strike were
   * shot dead'; not 'The governor was murdered by a student'). With needs 'both', the state must
   * be that 'by' agent or the doer before an active cue ('were chosen by the provincial party committee').
   */
  civilVictim: boolean;
  /**
   * The cue is what civil society itself does under pressure, so its subject must be civil: the
   * nearest actor before it in its clause ('Union leaders fled the country'; not 'The president
   * fled the country after mass protests', nor 'the shah went into exile').
   */
  civilSubject: boolean;
  /**
   * A permission or tolerance that 'Only' at the head of its sentence restricts to some of civil
   * society, so that it withholds it from the rest: repression ('Only charities that praised the
   * king were tolerated'; not 'Only in 1990 were unions allowed to register', a date), or 'only'
   * right after it before its recipients ('issued licences only to publishers it trusted').
   */
  onlyRestricts: boolean;
}

/** The three classes of entries; each class keeps its own longest match at a position. */
export const CLASS_CUE = 0;
export const CLASS_ACTOR = 1;
export const CLASS_FUNCTION = 2;

export type EntryKind =
  | 'cue'
  | 'block'
  | 'state'
  | 'civil'
  | 'private'
  | 'context'
  | 'negation'
  | 'reversal'
  | 'contrast'
  | 'intensity'
  | 'hypothetical'
  | 'prescription'
  | 'analytic'
  | 'response'
  | 'claim'
  // Not in the trie: 'Only' restricting a permission (see CueRule.onlyRestricts), shown as the cue's operator.
  | 'restriction';

/** What a phrase of the trie means. */
export interface Entry {
  kind: EntryKind;
  /** The lemma phrase as written in the data file (for diagnostics and tests). */
  term: string;
  /** Bit set of allowed POS indices of the first token (0: any). */
  posMask: number;
  cue?: CueRule;
  /** For reversals: the cue the word stands for when no cue follows it. */
  fallback?: CueRule;
  /** Another entry of the same class and phrase for other parts of speech ('fund' the verb, 'funds' the noun). */
  alt?: Entry;
  /** For negations: the reach that overrides `thresholds.negationWindow` ('far from' negates only the word right after it). */
  window?: number;
}

/**
 * A trie node: children by the hash of a token form ({@link hashForm}; numbers are cheaper keys
 * than freshly sliced strings), a wildcard child, and one entry per class. `form` is the token
 * form that leads to the node, to verify a hash hit against the text.
 */
export interface TrieNode {
  form: string;
  next: Map<number, TrieNode>;
  /** The child after any one token ('*'). */
  any: TrieNode | null;
  /**
   * The child after a gap of zero to {@link GAP_MAX} tokens ('**'). One node, not chains of '*':
   * with inflected words on both sides of two gaps, chains made thousands of nodes per phrase
   * ('place ** under ** state control' ~7,000 below each form of 'place'), and the trie a worker
   * built over a large corpus took tens of megabytes.
   */
  gap: TrieNode | null;
  entries: [Entry | null, Entry | null, Entry | null];
  /** Phrases still to insert below this node (root children only, until first reached), or null. */
  pending: PendingInsert[] | null;
}

/** A term to insert below a root child when it is first reached (its sequences whose first token has the child's form). */
export interface PendingInsert {
  term: string;
  cls: number;
  entry: Entry;
  mode: 'all' | 'noun' | 'none';
}

/** The compiled lexicon. */
export interface StanceLexicon {
  root: TrieNode;
  /** The hashes of the forms that start a phrase: most tokens are ruled out without a lookup in the root's map. */
  firstHashes: HashFilter;
  /**
   * The root's children again, in an open-addressing table (keys: their hashes, -1 where empty;
   * `rootNodes` at the same slot): the matcher looks up every candidate first token here, a few
   * times cheaper than a Map of ~3,600 entries. The root's children are all made by `prepare`.
   */
  rootKeys: Int32Array;
  rootNodes: TrieNode[];
  /**
   * By slot of {@link rootKeys}: 1 when the root child there has been expanded and holds no entry,
   * no wildcard and no gap (a first word with nothing of its own: 'in', 'as', 'their'), 2 when it
   * has been expanded and holds one, 0 until the matcher has seen it expanded.
   */
  rootInert: Uint8Array;
  /**
   * The hashes of the forms of every child of an expanded root child: a token whose hash is not
   * here continues no phrase of an expanded root child, told without a lookup in the child's map.
   */
  secondHashes: HashFilter;
  /** Labels: [pole a, pole b, both, none]. */
  labels: { a: Stance; b: Stance; both: Stance; none: Stance };
  absorbingPole: Pole;
  negationFlips: Pole;
  thresholds: Thresholds;
  syntax: Syntax;
  /**
   * Phrases defined twice in one class (the first wins); tests keep this empty. Filled as subtrees
   * are expanded: call {@link expandAll} first to see every one.
   */
  duplicates: string[];
  /** Inserts the pending phrases of a root child (see {@link expandNode}). */
  expand: (node: TrieNode) => void;
}

/** Builds the subtree below a root child the first time it is reached. */
export function expandNode(lexicon: StanceLexicon, node: TrieNode): void {
  if (node.pending !== null) lexicon.expand(node);
}

/** Expands every root child: the full trie, as tests and diagnostics need it. */
export function expandAll(lexicon: StanceLexicon): void {
  for (const child of lexicon.root.next.values()) expandNode(lexicon, child);
}

const NO_INFLECT = new Set([
  'the', 'a', 'an', 'of', 'on', 'in', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'as', 'at', 'into', 'up', 'down',
  'out', 'off', 'its', 'their', 'his', 'her', 'it', 'them', 'itself', 'themselves', 'himself', 'herself', 'not', 'no',
  'more', 'is', 'was', 'be', 'only', 'one', 'part', 'has', '-', '*', "n't", 'but', 'also', 'if', 'than', 'so',
]);
const VOWEL = /[aeiou]/;

function asStance(value: string, what: string): Stance {
  if (!(STANCES as readonly string[]).includes(value)) {
    throw new Error(`stance.json: ${what} '${value}' is not one of ${STANCES.join(', ')}`);
  }
  return value as Stance;
}

/** British and American spellings of one form: -ise/-ize, -isation/-ization, -our/-or, -ence/-ense. */
function spellings(form: string): string[] {
  // Most forms hold none of the four endings: ruled out before the regular expressions.
  if (!form.includes('is') && !form.includes('iz') && !form.includes('our') && !form.includes('enc')) return [form];
  const out = [form];
  if (/is(e|ed|es|ing|ation|ations)$/.test(form)) out.push(form.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1'));
  if (/iz(e|ed|es|ing|ation|ations)$/.test(form)) out.push(form.replace(/iz(e|ed|es|ing|ation|ations)$/, 'is$1'));
  if (/our(s|ed|ing)?$/.test(form) && form.length > 4) out.push(form.replace(/our(s|ed|ing)?$/, 'or$1'));
  if (/ence(s|d)?$/.test(form)) out.push(form.replace(/ence(s|d)?$/, 'ense$1'));
  return out;
}

function plural(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

/**
 * Regular inflections of one word: noun plural, verb -s, -ed, -ing, with e-dropping, y→i and
 * (as an extra variant, since stress cannot be read off spelling) a doubled final consonant.
 */
export function inflect(w: string, mode: 'all' | 'noun' | 'none'): string[] {
  if (mode === 'none' || NO_INFLECT.has(w) || !/^[a-z]/.test(w)) return [w];
  const forms = new Set<string>([w, plural(w)]);
  if (mode === 'all') {
    if (w.endsWith('e')) {
      forms.add(`${w}d`);
      forms.add(w.endsWith('ee') || w.endsWith('ye') || w.endsWith('oe') ? `${w}ing` : w.endsWith('ie') ? `${w.slice(0, -2)}ying` : `${w.slice(0, -1)}ing`);
    } else if (/[^aeiou]y$/.test(w)) {
      forms.add(`${w.slice(0, -1)}ied`);
      forms.add(`${w}ing`);
    } else {
      forms.add(`${w}ed`);
      forms.add(`${w}ing`);
      // ban → banned, expel → expelled, gag → gagged (one vowel before a final consonant)
      if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w) && VOWEL.test(w)) {
        const last = w[w.length - 1];
        forms.add(`${w}${last}ed`);
        forms.add(`${w}${last}ing`);
      }
    }
  }
  return [...forms].flatMap(spellings);
}

/**
 * The children of every node that has none yet (most nodes are leaves: ~10,000 of ~12,000):
 * one empty map read by all, replaced by a node's own map when a child is inserted.
 */
const NO_CHILDREN: ReadonlyMap<number, TrieNode> = new Map();

function newNode(form: string): TrieNode {
  return { form, next: NO_CHILDREN as Map<number, TrieNode>, any: null, gap: null, entries: [null, null, null], pending: null };
}

/** Lower-case UTF-16 unit, with the curly apostrophe straightened. */
export function foldUnit(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === 0x2019) return 39;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * FNV-1a hash of `text[start, end)` folded by {@link foldUnit}, cut to 30 bits so that it stays a
 * small integer in V8 (a Map keyed by larger numbers boxes every lookup).
 */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ foldUnit(text.charCodeAt(i)), FNV_PRIME);
  return h & SMALL_HASH_MASK;
}

/**
 * A set of lower-cased words (function words of the clause heuristics) that a token can be tested
 * against by its hash ({@link hashRange}, as `viewTokens` computes it for every token) before its
 * text is sliced: most tokens of a sentence are in none of these sets, and slicing and lower-casing
 * each was most of the heuristics' cost. A hash hit is checked against the word itself.
 */
export class WordSet {
  private readonly words: Set<string>;
  private readonly hashes = new Set<number>();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.hashes.add(hashRange(w, 0, w.length));
  }

  /** True when `word` (lower-cased) is in the set. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** True when token `k` of `view` is in the set. */
  holds(view: { hash: Int32Array; word: (i: number) => string }, k: number): boolean {
    return this.hashes.has(view.hash[k]) && this.words.has(view.word(k));
  }
}

/** Hash of a whole token form, as the trie keys it. */
export function hashForm(form: string): number {
  return hashRange(form, 0, form.length);
}

/** The longest gap '**' stands for, in tokens. */
export const GAP_MAX = 3;

/**
 * The token sequences a term stands for. wink keeps some hyphenated words whole ('co-financed',
 * 'anti-NGO') and splits others ('self - censorship', 'state - owned'), so a hyphenated word gives
 * both forms. '*' is a gap of zero or one token ('take * toll': 'took its toll'); '**', a gap of
 * zero to {@link GAP_MAX} ('gave the Lutheran congregations room'), stays one token of the sequence
 * (the trie's gap node). Gaps at either end of a term are dropped: a phrase starts and ends on a word.
 */
export function termVariants(term: string): string[][] {
  let variants: string[][] = [[]];
  const words = term.toLowerCase().replace(/’/g, "'").split(/\s+/).filter((t) => t.length > 0);
  let first = 0;
  let last = words.length - 1;
  while (first <= last && (words[first] === '*' || words[first] === '**')) first++;
  while (last >= first && (words[last] === '*' || words[last] === '**')) last--;
  for (const word of words.slice(first, last + 1)) {
    let options: string[][];
    if (word === '*') options = [[], ['*']];
    else if (word === '**') options = [['**']];
    else if (/\S-\S/.test(word)) options = [[word], word.replace(/(\S)-(?=\S)/g, '$1 - ').split(' ')];
    else options = [[word]];
    variants = variants.flatMap((v) => options.map((o) => [...v, ...o]));
  }
  return variants.filter((v) => v.length > 0);
}

function posMaskOf(pos: string[] | undefined, where: string): number {
  if (!pos) return 0;
  let mask = 0;
  for (const p of pos) {
    const i = (POS_TAGS as readonly string[]).indexOf(p);
    if (i < 0) throw new Error(`stance.json: unknown POS '${p}' in ${where}`);
    mask |= 1 << i;
  }
  return mask;
}

/** Builds the trie and tables from the data file. Throws on malformed data. */
export function compileLexicon(file: StanceRulesFile): StanceLexicon {
  for (const section of ['labels', 'thresholds', 'syntax', 'irregular', 'actors', 'cues', 'functions'] as const) {
    if (file[section] === undefined) throw new Error(`stance.json: section '${section}' is missing`);
  }
  const [poleA, poleB] = file.labels.poles;
  const labels = {
    a: asStance(poleA, 'pole'),
    b: asStance(poleB, 'pole'),
    both: asStance(file.labels.both, 'both label'),
    none: asStance(file.labels.none, 'none label'),
  };
  const poleOf = (name: string | undefined, where: string): Pole => {
    if (name === poleA) return 'a';
    if (name === poleB) return 'b';
    if (name === 'both') return 'both';
    throw new Error(`stance.json: unknown pole '${name}' in ${where}`);
  };
  const irregular = new Map<string, string[]>();
  for (const [lemma, extra] of Object.entries(file.irregular)) {
    if (lemma.startsWith('$')) continue;
    irregular.set(lemma, Array.isArray(extra) ? extra : [extra]);
  }
  const root = newNode('');
  const duplicates: string[] = [];

  // A token's forms, inflected once: terms share words ('state', 'government'), and a term's
  // token is inflected again for every node of the frontier it extends.
  const variantsSeen = new Map<string, string[]>();
  const variantsOf = (token: string, mode: 'all' | 'noun' | 'none'): string[] => {
    const key = `${mode} ${token}`;
    let variants = variantsSeen.get(key);
    if (variants === undefined) {
      const forms = new Set(inflect(token, mode));
      for (const extra of irregular.get(token) ?? []) for (const f of inflect(extra, mode === 'none' ? 'none' : 'noun')) forms.add(f);
      variants = [...forms];
      variantsSeen.set(key, variants);
    }
    return variants;
  };

  /** The child of `node` for `form`, created when missing. */
  const childOf = (node: TrieNode, form: string): TrieNode => {
    const key = hashForm(form);
    let child = node.next.get(key);
    if (!child) {
      child = newNode(form);
      if (node.next === NO_CHILDREN) node.next = new Map();
      node.next.set(key, child);
    } else if (child.form !== form) {
      throw new Error(`stance.json: token forms '${form}' and '${child.form}' share a hash; rename one`);
    }
    return child;
  };

  /** Records `entry` at the end of a phrase. */
  const addEntry = (node: TrieNode, cls: number, entry: Entry): void => {
    const existing = node.entries[cls];
    if (!existing) {
      node.entries[cls] = entry;
      return;
    }
    // One phrase may mean different things by part of speech ('fund' the verb, 'funds' the
    // noun): entries with POS restrictions chain. Otherwise the first term keeps the phrase,
    // and tests report the duplicate.
    let last: Entry = existing;
    let present = false;
    let clash = false;
    for (let e: Entry | undefined = existing; e; e = e.alt) {
      if (e === entry) present = true;
      else if (e.posMask === 0 || entry.posMask === 0 || (e.posMask & entry.posMask) !== 0) clash = true;
      last = e;
    }
    if (present) return;
    if (clash) {
      if (!duplicates.includes(`${existing.term} / ${entry.term}`)) duplicates.push(`${existing.term} / ${entry.term}`);
      return;
    }
    last.alt = entry;
  };

  /** Inserts the tokens `rest` below `start` (every form of each token; '*' a one-token gap) and records the entry. */
  const insertBelow = (start: TrieNode, rest: string[], cls: number, entry: Entry, mode: 'all' | 'noun' | 'none'): void => {
    let frontier: TrieNode[] = [start];
    for (const token of rest) {
      const nextFrontier = new Set<TrieNode>();
      for (const node of frontier) {
        if (token === '*') {
          node.any ??= newNode('*');
          nextFrontier.add(node.any);
          continue;
        }
        if (token === '**') {
          node.gap ??= newNode('**');
          nextFrontier.add(node.gap);
          continue;
        }
        for (const form of variantsOf(token, mode)) nextFrontier.add(childOf(node, form));
      }
      frontier = [...nextFrontier];
    }
    for (const node of frontier) addEntry(node, cls, entry);
  };

  // Each term's token sequences ('**' gives four, a hyphenated word two), made when first needed.
  const sequencesSeen = new Map<string, string[][]>();
  const sequencesOf = (term: string): string[][] => {
    let sequences = sequencesSeen.get(term);
    if (sequences === undefined) {
      sequences = termVariants(term);
      sequencesSeen.set(term, sequences);
    }
    return sequences;
  };

  // The first token of every phrase now, the rest when its root child is first reached (in the
  // order of the data file, as a full build inserts them: the first term keeps a phrase). A
  // term's sequences start with its first word, whole or (hyphenated) its first part, so the root
  // children it extends are known without making them; a term that may be one token long (one
  // word besides gaps) is inserted at once, since its entry sits on the root child itself.
  const insert = (term: string, cls: number, entry: Entry, mode: 'all' | 'noun' | 'none'): void => {
    const words = term.toLowerCase().replace(/’/g, "'").split(/\s+/).filter((t) => t.length > 0);
    let solid = 0;
    for (const w of words) if (w !== '*' && w !== '**') solid++;
    if (solid <= 1 || words[0] === '*' || words[0] === '**') {
      for (const tokens of sequencesOf(term)) {
        const rest = tokens.slice(1);
        for (const form of variantsOf(tokens[0], mode)) {
          const child = childOf(root, form);
          if (rest.length === 0) addEntry(child, cls, entry);
          else (child.pending ??= []).push({ term, cls, entry, mode });
        }
      }
      return;
    }
    const first = words[0];
    const starts = /\S-\S/.test(first) ? [first, first.slice(0, first.search(/\S-\S/) + 1)] : [first];
    for (const start of starts) {
      for (const form of variantsOf(start, mode)) {
        const child = childOf(root, form);
        const pending = (child.pending ??= []);
        // Once per term and child: expansion walks all the term's sequences that start there.
        if (pending.length === 0 || pending[pending.length - 1].term !== term || pending[pending.length - 1].entry !== entry) pending.push({ term, cls, entry, mode });
      }
    }
  };

  const secondHashes = new HashFilter();
  const expand = (node: TrieNode): void => {
    const items = node.pending;
    if (items === null) return;
    node.pending = null;
    for (const item of items) {
      for (const tokens of sequencesOf(item.term)) {
        if (tokens.length < 2 || !variantsOf(tokens[0], item.mode).includes(node.form)) continue;
        insertBelow(node, tokens.slice(1), item.cls, item.entry, item.mode);
      }
    }
    for (const key of node.next.keys()) secondHashes.add(key);
  };

  for (const group of file.actors) {
    const kind = group.kind as EntryKind;
    if (!['state', 'civil', 'private', 'context', 'block'].includes(kind)) throw new Error(`stance.json: unknown actor kind '${group.kind}'`);
    for (const term of group.terms) {
      insert(term, CLASS_ACTOR, { kind, term, posMask: posMaskOf(group.pos, term) }, group.inflect ?? 'noun');
    }
  }
  for (const group of file.cues) {
    const block = group.pole === 'block';
    for (const term of group.terms) {
      const entry: Entry = block
        ? { kind: 'block', term, posMask: posMaskOf(group.pos, term) }
        : {
            kind: 'cue',
            term,
            posMask: posMaskOf(group.pos, term),
            cue: {
              pole: poleOf(group.pole, term),
              weight: group.weight ?? 1,
              needs: group.needs ?? 'none',
              near: group.near ?? 0,
              agent: group.agent ?? false,
              enabling: group.enabling ?? false,
              stateImplied: group.stateImplied ?? false,
              civilTarget: group.civilTarget ?? false,
              civilVictim: group.civilVictim ?? false,
              civilSubject: group.civilSubject ?? false,
              onlyRestricts: group.onlyRestricts ?? false,
              negated: group.negated ?? (poleOf(group.pole, term) === poleOf(file.negationFlips, 'negationFlips') ? file.thresholds.negatedFlipFactor : 0),
            },
          };
      insert(term, CLASS_CUE, entry, group.inflect ?? 'all');
    }
  }
  for (const group of file.functions) {
    const kind = group.kind as EntryKind;
    if (!['negation', 'reversal', 'contrast', 'intensity', 'hypothetical', 'prescription', 'analytic', 'response', 'claim', 'block'].includes(kind)) {
      throw new Error(`stance.json: unknown function kind '${group.kind}'`);
    }
    for (const term of group.terms) {
      const d = group.defaults?.[term];
      const entry: Entry = { kind, term, posMask: posMaskOf(group.pos, term) };
      if (group.window !== undefined) entry.window = group.window;
      if (d) entry.fallback = { pole: poleOf(d.pole, term), weight: d.weight, needs: d.needs, near: 0, agent: false, negated: 0, enabling: false, stateImplied: false, civilTarget: false, civilVictim: false, civilSubject: false, onlyRestricts: false };
      insert(term, CLASS_FUNCTION, entry, group.inflect ?? (kind === 'reversal' || kind === 'block' ? 'all' : 'none'));
    }
  }
  const firstHashes = new HashFilter();
  for (const key of root.next.keys()) firstHashes.add(key);
  let size = 1;
  while (size < root.next.size * 2) size *= 2;
  const rootKeys = new Int32Array(size).fill(-1);
  const rootNodes: TrieNode[] = new Array<TrieNode>(size);
  for (const [key, child] of root.next) {
    let slot = key & (size - 1);
    while (rootKeys[slot] !== -1) slot = (slot + 1) & (size - 1);
    rootKeys[slot] = key;
    rootNodes[slot] = child;
  }
  return {
    root,
    firstHashes,
    rootKeys,
    rootNodes,
    rootInert: new Uint8Array(size),
    secondHashes,
    labels,
    absorbingPole: poleOf(file.absorbingPole, 'absorbingPole'),
    negationFlips: poleOf(file.negationFlips, 'negationFlips'),
    thresholds: file.thresholds,
    syntax: {
      clauseBreaks: new WordSet(file.syntax.clauseBreaks),
      passiveBe: new WordSet(file.syntax.passiveBe),
      auxiliaries: new WordSet([...file.syntax.passiveBe, ...file.syntax.auxiliaries]),
      listJoiners: new WordSet(file.syntax.listJoiners),
      agentPrepositions: new WordSet(file.syntax.agentPrepositions),
      relatives: new WordSet(file.syntax.relatives),
      pronounSubjects: new WordSet(file.syntax.pronounSubjects),
      anaphors: new WordSet(file.syntax.anaphors),
      lapseForms: new WordSet(file.syntax.lapseForms),
      meansPrepositions: new WordSet(file.syntax.meansPrepositions),
      pairLinks: new WordSet(file.syntax.pairLinks),
      lapseParticles: new WordSet(file.syntax.lapseParticles),
      lapseAdverbs: new WordSet(file.syntax.lapseAdverbs),
      topicNouns: new WordSet(file.syntax.topicNouns),
      topicLinks: new WordSet(file.syntax.topicLinks),
      topicHeads: new WordSet(file.syntax.topicHeads),
      selfTerms: new Set(file.syntax.selfTerms),
      choiceVerbs: new WordSet(file.syntax.choiceVerbs),
      forces: new Set(file.syntax.forces),
      combatants: new WordSet(file.syntax.combatants),
      forceActs: new Set(file.syntax.forceActs),
    },
    duplicates,
    expand,
  };
}
