/**
 * Matching the stance lexicon against one sentence: one walk of the phrase trie from each token,
 * keeping per class (cue, actor, function) the longest phrase, then a greedy left-to-right choice
 * so that phrases of one class never overlap ('crack down' is one cue, not 'crack' + 'down';
 * 'limit itself' is a block that hides the cue 'limit').
 */
import { CLASS_ACTOR, CLASS_CUE, CLASS_FUNCTION, GAP_MAX, foldUnit, hashForm, hashRange, type Entry, type StanceLexicon, type TrieNode } from './lexicon.js';
import { FNV_OFFSET, FNV_PRIME, SMALL_HASH_MASK } from '../../fnv.js';
import { POS_TAGS } from '../../doc.js';

/** A phrase of the lexicon found in a sentence: tokens `[first, end)` (document token indices). */
export interface Match {
  entry: Entry;
  first: number;
  end: number;
}

/** The matches of one sentence, by class, in token order (blocks removed, except cue blocks). */
export interface SentenceMatches {
  cues: Match[];
  actors: Match[];
  functions: Match[];
}

/** The tokens of a document as the matcher reads them. */
export interface TokenView {
  /** The clean text. */
  text: string;
  cleanStart: Int32Array;
  cleanEnd: Int32Array;
  pos: Uint8Array;
  /** {@link hashRange} of each token. */
  hash: Int32Array;
  /** 1 where the token holds a hyphen ('anti-NGO', 'state-funded'). */
  hyphen: Uint8Array;
}

const NOUN = POS_TAGS.indexOf('NOUN');
const VERB = POS_TAGS.indexOf('VERB');
const ADP = POS_TAGS.indexOf('ADP');
const DET = POS_TAGS.indexOf('DET');
/** Determiners after which a word is a noun, whatever its tag, and their hashes ({@link hashForm}). */
const NOUN_DETERMINER_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'every', 'no']);
const NOUN_DETERMINERS = new Set([...NOUN_DETERMINER_WORDS].map(hashForm));
// What may follow a gerund as its object: 'by closing Jameah', 'after banning the union', 'for arresting its leaders', 'for closing critical organisations'.
const GERUND_OBJECTS = ['DET', 'PROPN', 'PRON', 'ADJ'].reduce((mask, t) => mask | (1 << POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])), 0);

/**
 * Hashes every token of a document once, without slicing strings, and sets the parts of speech
 * the matcher reads: the tagger's, except that an '-ing' word it calls a noun between a preposition
 * and an object is a gerund, a verb ('The judiciary answered by closing/NOUN Jameah/PROPN'), so
 * that cues written for verbs find it, and a word it calls a verb right after an article or a
 * possessive is a noun ('reviewed the charters/VERB of all societies'), so that they do not (not
 * after 'all', 'both', 'each', a relative 'that' or a pronoun 'those': 'the unions all registered',
 * 'those sponsored by the party'). A copy, made only when a tag is changed: the clause rules keep
 * the tagger's.
 */
export function viewTokens(text: string, cleanStart: Int32Array, cleanEnd: Int32Array, tags: Uint8Array): TokenView {
  const n = cleanStart.length;
  const hash = new Int32Array(n);
  const hyphen = new Uint8Array(n);
  let pos = tags;
  for (let i = 0; i < n; i++) {
    let h = FNV_OFFSET;
    // The token's bounds and hyphen in locals: the compiler does not keep typed-array reads and
    // writes out of the inner loop itself.
    const from = cleanStart[i];
    const to = cleanEnd[i];
    let hyphenated = 0;
    for (let k = from; k < to; k++) {
      let c = text.charCodeAt(k);
      // foldUnit, inlined for ASCII; a lower-case letter (most characters) is tested for first.
      if (c >= 97) {
        if (c >= 128) c = foldUnit(c);
      } else if (c >= 65 && c <= 90) c += 32;
      else if (c === 45 && k > from) hyphenated = 1;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    hash[i] = h & SMALL_HASH_MASK;
    hyphen[i] = hyphenated;
    const tag = tags[i];
    if (i === 0 || (tag !== VERB && tag !== NOUN)) continue;
    if (tag === VERB) {
      // (A hash hit is checked against the word: rare, since the tagger seldom puts a verb there.)
      if (tags[i - 1] === DET && NOUN_DETERMINERS.has(hash[i - 1]) && NOUN_DETERMINER_WORDS.has(text.slice(cleanStart[i - 1], cleanEnd[i - 1]).toLowerCase())) {
        if (pos === tags) pos = Uint8Array.from(tags);
        pos[i] = NOUN;
      }
    } else if (to - from >= 5 && text.charCodeAt(to - 1) === 103 && tags[i - 1] === ADP && i + 1 < n && (GERUND_OBJECTS & (1 << tags[i + 1])) !== 0) {
      if (text.charCodeAt(to - 2) === 110 && text.charCodeAt(to - 3) === 105) {
        if (pos === tags) pos = Uint8Array.from(tags);
        pos[i] = VERB;
      }
    }
  }
  return { text, cleanStart, cleanEnd, pos, hash, hyphen };
}

/** True when the text `[start, end)` is `form` (case-folded): a hash hit is checked before it counts. */
function isForm(view: TokenView, start: number, end: number, form: string): boolean {
  if (end - start !== form.length) return false;
  for (let k = 0; k < form.length; k++) if (foldUnit(view.text.charCodeAt(start + k)) !== form.charCodeAt(k)) return false;
  return true;
}

/** The child of `node` for token `i`, or null. */
function step(node: TrieNode, view: TokenView, i: number): TrieNode | null {
  const child = node.next.get(view.hash[i]);
  return child && isForm(view, view.cleanStart[i], view.cleanEnd[i], child.form) ? child : null;
}

/**
 * The slot of {@link StanceLexicon.rootKeys} (and `rootNodes`) whose key is `h`, or -1: the root
 * child a token of hash `h` may be, before its form is checked.
 */
function rootSlot(lexicon: StanceLexicon, h: number): number {
  const keys = lexicon.rootKeys;
  const mask = keys.length - 1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const key = keys[slot];
    if (key === h) return slot;
    if (key === -1) return -1;
  }
}

/**
 * True when the root child at `slot` of the lexicon is known to start nothing at token `i`: it
 * has been expanded and has nothing of its own ({@link StanceLexicon.rootInert}), and no phrase
 * of it goes on with the next token (the walk would find nothing).
 */
function startsNothing(lexicon: StanceLexicon, slot: number, view: TokenView, i: number, end: number): boolean {
  if (lexicon.rootInert[slot] !== 1) return false;
  if (i + 1 >= end) return true;
  const next = view.hash[i + 1];
  return !lexicon.secondHashes.mayHold(next) || !lexicon.rootNodes[slot].next.has(next);
}

// Best entry per class of the current walk and where it ends: scratch space reused across
// tokens (the walk is synchronous).
const bestEntry: (Entry | null)[] = [null, null, null];
const bestEnd = [0, 0, 0];

/**
 * Walks the trie from `node`, reached after the tokens before `at`, recording the longest entry
 * per class whose first token has a POS in `posBit`. Wildcards branch; depth is a few tokens.
 */
function walk(node: TrieNode, at: number, posBit: number, view: TokenView, end: number): void {
  for (let c = 0; c < 3; c++) {
    let e = node.entries[c];
    while (e && e.posMask !== 0 && (e.posMask & posBit) === 0) e = e.alt ?? null;
    if (e && (bestEntry[c] === null || at > bestEnd[c])) {
      bestEntry[c] = e;
      bestEnd[c] = at;
    }
  }
  if (at >= end) return;
  if (node.next.size > 0) {
    const child = step(node, view, at);
    if (child) walk(child, at + 1, posBit, view, end);
  }
  if (node.any) walk(node.any, at + 1, posBit, view, end);
  if (node.gap) for (let skip = 0; skip <= GAP_MAX && at + skip < end; skip++) walk(node.gap, at + skip, posBit, view, end);
}

/** True when token `i` opens with 'pro-' or 'anti-' ('pro-government', 'anti-union'). */
function attitudePrefix(view: TokenView, i: number): boolean {
  const from = view.cleanStart[i];
  const t = view.text;
  const lower = (k: number): number => t.charCodeAt(k) | 32;
  if (view.cleanEnd[i] - from > 4 && lower(from) === 112 && lower(from + 1) === 114 && lower(from + 2) === 111 && t.charCodeAt(from + 3) === 45) return true;
  return view.cleanEnd[i] - from > 5 && lower(from) === 97 && lower(from + 1) === 110 && lower(from + 2) === 116 && lower(from + 3) === 105 && t.charCodeAt(from + 4) === 45;
}

// Where each class may next start a phrase (phrases of one class never overlap): scratch space.
const free = new Int32Array(3);

/**
 * Finds the lexicon's phrases in tokens `[first, end)` (document token indices). The lists are
 * new for every call: callers may keep them.
 */
export function matchSentence(lexicon: StanceLexicon, view: TokenView, first: number, end: number): SentenceMatches {
  const pos = view.pos;
  const found: [Match[], Match[], Match[]] = [[], [], []];
  free[0] = free[1] = free[2] = first;
  for (let i = first; i < end; i++) {
    const plain = view.hyphen[i] === 0;
    let start: TrieNode | null = null;
    const h = view.hash[i];
    if (lexicon.firstHashes.mayHold(h)) {
      const slot = rootSlot(lexicon, h);
      // A first word with nothing of its own, whose phrases the next token does not continue ('in',
      // 'as', 'their' before most words), starts nothing: no walk. (Told before the token is
      // checked against the child's form: a token that is not that form starts no walk either.)
      if (slot >= 0 && !(plain && startsNothing(lexicon, slot, view, i, end))) {
        const child = lexicon.rootNodes[slot];
        if (isForm(view, view.cleanStart[i], view.cleanEnd[i], child.form)) {
          start = child;
          // The subtree below a root child is built the first time a text reaches it (lexicon.ts).
          if (start.pending !== null) lexicon.expand(start);
          if (lexicon.rootInert[slot] === 0) {
            lexicon.rootInert[slot] = start.any === null && start.gap === null && start.entries[0] === null && start.entries[1] === null && start.entries[2] === null ? 1 : 2;
            if (plain && startsNothing(lexicon, slot, view, i, end)) continue;
          }
        }
      }
    }
    if (start === null && plain) continue;
    bestEntry[0] = bestEntry[1] = bestEntry[2] = null;
    if (start) walk(start, i + 1, 1 << pos[i], view, end);
    // 'anti-NGO', 'state-funded' are single tokens: their parts may still name an actor.
    // Not after 'pro-' or 'anti-', which tell an attitude to the actor, not the actor: 'pro-government
    // papers' are papers, 'anti-government protesters' protesters.
    if (bestEntry[CLASS_ACTOR] === null && view.hyphen[i] === 1 && !attitudePrefix(view, i)) {
      let from = view.cleanStart[i];
      for (let k = from; k <= view.cleanEnd[i]; k++) {
        if (k < view.cleanEnd[i] && view.text.charCodeAt(k) !== 45) continue;
        const node = lexicon.root.next.get(hashRange(view.text, from, k));
        const e = node && isForm(view, from, k, node.form) ? node.entries[CLASS_ACTOR] : null;
        // (Entries of a root child are set when it is created: only its subtree waits.)
        if (e && e.kind !== 'block') {
          bestEntry[CLASS_ACTOR] = e;
          bestEnd[CLASS_ACTOR] = i + 1;
          break;
        }
        from = k + 1;
      }
    }
    for (let c = 0; c < 3; c++) {
      const e = bestEntry[c];
      if (e === null || i < free[c]) continue;
      free[c] = bestEnd[c];
      // Blocks of the cue class stay in the list: a reversal before one has nothing to reverse
      // ('relaxing governments' budget constraints' is no opening of space).
      if (e.kind !== 'block' || c === CLASS_CUE) found[c].push({ entry: e, first: i, end: bestEnd[c] });
    }
  }
  return { cues: found[CLASS_CUE], actors: found[CLASS_ACTOR], functions: found[CLASS_FUNCTION] };
}
