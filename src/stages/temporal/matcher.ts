/**
 * The pattern matcher of the temporal grammar: every way a compiled pattern can match the items of
 * a stretch from a given item, in a fixed order, with what each element captured.
 */
import type { BuiltinClass } from './grammar.js';
import { endOf, startOf, type Capture, type Captures, type Item } from './items.js';
import type { Tokens } from './lexer.js';
import type { Elem } from './pattern.js';
import type { Value } from './values.js';

/** A lexicon class or a built-in class, as a pattern element refers to it. */
export interface ClassRef {
  /** The built-in class (and its class id), or null for a lexicon class. */
  builtin: BuiltinClass | null;
  builtinId: number;
  trie: TrieNode | null;
}

/**
 * A pattern element compiled for matching. One class for every kind, with every field, so that the
 * matcher's reads of them stay monomorphic. `min`/`max` come from the quantifier.
 */
export class Node {
  constructor(
    readonly t: Elem['t'],
    readonly name: string | undefined,
    readonly min: number,
    readonly max: number,
    /** `lit`: the grammar's ids of its words (every literal word is one of the grammar's words). */
    readonly wordIds: ReadonlySet<number> | null,
    readonly classes: readonly ClassRef[],
    readonly cats: ReadonlySet<string> | null,
    readonly tags: ReadonlySet<string> | null,
    /** `group`: its elements; `not` / `then`: the one element it must not / must match next. */
    readonly elems: readonly Node[],
    readonly elem: Node | null,
  ) {
    this.wordList = wordIds === null ? NO_WORDS : Int32Array.from(wordIds);
  }

  /** `lit`: its word ids as a list, read through when short (most literals are one word; a `Set` lookup hashes). */
  readonly wordList: Int32Array;

  /** Is word id `w` one of a literal's words? */
  hasWord(w: number): boolean {
    const list = this.wordList;
    if (list.length > SHORT_LITERAL) return this.wordIds!.has(w);
    for (let k = 0; k < list.length; k++) if (list[k] === w) return true;
    return false;
  }
}

/** Literals of at most this many words are looked through rather than up. */
const SHORT_LITERAL = 8;
const NO_WORDS = new Int32Array(0);


/** A phrase of a lexicon class: normalised tokens, and which must be capitalised in the text. */
export interface Phrase {
  norms: string[];
  caps: boolean[];
  /** Some token must be capitalised (else the phrase fits any case). */
  anyCap: boolean;
  value: unknown;
}

export interface TrieNode {
  /** By the grammar's id of the next word (every word of a phrase is one of the grammar's words). */
  next: ReadonlyMap<number, TrieNode>;
  phrases: Phrase[];
}

/** What the matcher reads about each token of the stretch, worked out by the grammar's setup. */
export interface TokenFacts {
  /** The grammar's word id (-1: none, or blocked). */
  wid: Int32Array;
  /** Were the built-in classes tested on the token (a digit or a dash)? */
  tested: Uint8Array;
  /** The token's classes, `classIds[classFrom[i] .. classFrom[i + 1]]`, with their values. */
  classFrom: Int32Array;
  classIds: Int32Array;
  classVals: unknown[];
}

/**
 * Matches compiled patterns against the items of one level of one stretch (set `toks`, `facts`,
 * `items` and `count` first). Keeps its stack and lists of ends from match to match: matching allocates
 * only captures.
 */
export class Matcher {
  toks: Tokens;
  facts: TokenFacts;
  items: Item[] = [];
  /** How many of `items` there are (the list is reused: it may be longer). */
  count = 0;
  /** The stack of states (see `matchSeq`). */
  private stack = { top: 0, k: new Int32Array(64), p: new Int32Array(64), count: new Int32Array(64), caps: [null] as CapList[] };
  /** Ends of matches, by nesting depth (see `matchSeq`); and the ways an element matched once. */
  private readonly ends: Ends[] = [];
  private readonly ways: Ends[] = [];

  constructor(toks: Tokens, facts: TokenFacts) {
    this.toks = toks;
    this.facts = facts;
  }

  /** The list of ends for matches at nesting `depth` (0: a rule; 1 and up: groups within it). */
  endsAt(depth: number): Ends {
    while (this.ends.length <= depth) this.ends.push(new Ends());
    return this.ends[depth];
  }

  /**
   * Adds to `this.ends[depth]` every way `elems` can match from item `p`, in order: an element that
   * repeats first takes as many items as it can, a class phrase first the shortest. A depth-first
   * walk with its own stack of states (element `k` matched `count` times up to item `p`, with
   * `caps`): one loop rather than recursion, which the JIT compiles once and small.
   */
  matchSeq(elems: readonly Node[], p0: number, caps0: CapList, depth: number): void {
    const st = this.stack;
    const found = this.ends[depth];
    const base = st.top;
    this.push(0, p0, caps0, 0);
    const n = this.count;
    while (st.top > base) {
      const t = --st.top;
      const k = st.k[t];
      const p = st.p[t];
      const count = st.count[t];
      const caps = st.caps[t];
      st.caps[t] = null;
      if (count === 0) {
        if (k === elems.length) {
          found.add(p, caps);
          continue;
        }
        const look = elems[k];
        if (look.t === 'not' || look.t === 'then') {
          if (this.matchesAt(look.elem!, p, depth) === (look.t === 'then')) this.push(k + 1, p, caps, 0);
          continue;
        }
      }
      const e = elems[k];
      // The ways on, pushed last first: each match of the element once more (then more of it),
      // then the next element.
      if (count >= e.min) this.push(k + 1, p, caps, 0);
      if (count >= e.max || p >= n) continue;
      if (e.t === 'lit' || e.t === 'pos' || e.t === 'cat') {
        // One item or none.
        const next = this.single(e, p, caps);
        if (next !== NO_MATCH) this.push(k, p + 1, next, count + 1);
      } else {
        const ways = this.waysOnce(e, p, caps, depth);
        for (let x = ways.count - 1; x >= 0; x--) this.push(k, ways.end[x], ways.caps[x], count + 1);
      }
    }
  }

  private push(k: number, p: number, caps: CapList, count: number): void {
    const st = this.stack;
    if (st.top === st.k.length) {
      const size = st.top * 2;
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(size);
        b.set(a);
        return b;
      };
      st.k = grow(st.k);
      st.p = grow(st.p);
      st.count = grow(st.count);
    }
    const t = st.top++;
    st.k[t] = k;
    st.p[t] = p;
    st.count[t] = count;
    st.caps[t] = caps;
  }

  /**
   * Every way the group or class element `e` matches once at item `p` and ends after it, in order:
   * in `this.ways[depth]` (reused).
   */
  private waysOnce(e: Node, p: number, caps: CapList, depth: number): Ends {
    while (this.ways.length <= depth) this.ways.push(new Ends());
    const ways = this.ways[depth];
    ways.count = 0;
    const items = this.items;
    if (e.t === 'group') {
      const inner = this.endsAt(depth + 1);
      inner.count = 0;
      this.matchSeq(e.elems, p, caps, depth + 1);
      for (let x = 0; x < inner.count; x++) {
        const end = inner.end[x];
        if (end > p) ways.add(end, this.capture(e, p, end, undefined, inner.caps[x]));
      }
      return ways;
    }
    const tok = items[p];
    if (e.t !== 'cls' || typeof tok !== 'number' || this.toks.blocked(tok)) return ways;
    for (const ref of e.classes) {
      if (ref.builtin) {
        const v = this.builtinValue(ref, tok);
        if (v !== undefined) ways.add(p + 1, this.capture(e, p, p + 1, v, caps));
        continue;
      }
      this.classPhrases(ref, p, e, caps, ways);
    }
    return ways;
  }

  /**
   * Adds to `ways` each phrase of lexicon class `ref` that starts at item `p` (captured as element
   * `e`), shortest first; with `ways` null, only tells whether there is one. (No callback: a closure
   * per call is an allocation in the matcher's hottest path.) Blocked tokens have no word id.
   */
  private classPhrases(ref: ClassRef, p: number, e: Node | null, caps: CapList, ways: Ends | null): boolean {
    const { items } = this;
    const wid = this.facts.wid;
    let node: TrieNode | undefined = ref.trie!;
    for (let q = p; q < this.count; ) {
      const next = items[q];
      if (typeof next !== 'number' || wid[next] < 0) break;
      node = node.next.get(wid[next]);
      if (!node) break;
      q++;
      for (const phrase of node.phrases) {
        if (!this.capsFit(phrase, p)) continue;
        if (!ways) return true;
        ways.add(q, this.capture(e!, p, q, phrase.value, caps));
      }
    }
    return false;
  }

  /** Are the tokens of `phrase` from item `p` capitalised where the phrase must be? */
  private capsFit(phrase: Phrase, p: number): boolean {
    if (!phrase.anyCap) return true;
    for (let j = 0; j < phrase.caps.length; j++) if (phrase.caps[j] && !this.toks.cap(this.items[p + j] as number)) return false;
    return true;
  }

  /** A literal, POS or category element at item `p`: the captures with it, or {@link NO_MATCH}. */
  private single(e: Node, p: number, caps: CapList): CapList {
    const item = this.items[p];
    const atom = typeof item === 'number' ? undefined : item.atom;
    if (e.t === 'cat') {
      if (!atom || !e.cats!.has(atom.cat)) return NO_MATCH;
    } else if (atom) return NO_MATCH;
    else if (e.t === 'lit') {
      // Blocked tokens have no word id.
      const w = this.facts.wid[item as number];
      if (w < 0 || !e.hasWord(w)) return NO_MATCH;
    } else if (this.toks.blocked(item as number) || !e.tags!.has(this.toks.pos[item as number])) return NO_MATCH;
    // One way to capture all three kinds (the first texts may capture only some kinds).
    if (!e.name) return caps;
    return new Cap(e.name, caps, this.toks, p, p + 1, startOf(item), endOf(item), atom?.value, atom?.cat, atom ? undefined : LEX_IS_NORM);
  }

  /** Does element `e` match once at item `p` (false before the first item)? */
  matchesAt(e: Node, p: number, depth = 0): boolean {
    const items = this.items;
    if (p < 0 || p >= this.count) return false;
    if (e.t === 'lit' || e.t === 'pos' || e.t === 'cat') return this.single(e, p, null) !== NO_MATCH;
    if (e.t === 'group') {
      const inner = this.endsAt(depth + 1);
      inner.count = 0;
      this.matchSeq(e.elems, p, null, depth + 1);
      return inner.count > 0;
    }
    const tok = items[p];
    if (e.t !== 'cls' || typeof tok !== 'number' || this.toks.blocked(tok)) return false;
    for (const ref of e.classes) {
      if (ref.builtin) {
        if (this.builtinValue(ref, tok) !== undefined) return true;
        continue;
      }
      if (this.classPhrases(ref, p, null, null, null)) return true;
    }
    return false;
  }

  /** The value of built-in class `ref` on `tok`: worked out in the setup for digits and dashes. */
  private builtinValue(ref: ClassRef, i: number): unknown {
    const { tested, classFrom, classIds, classVals } = this.facts;
    if (!tested[i]) return ref.builtin!.test(this.toks, i);
    for (let k = classFrom[i]; k < classFrom[i + 1]; k++) if (classIds[k] === ref.builtinId) return classVals[k];
    return undefined;
  }

  /** The captures with group or class element `e` matched on items `[p, to)` with value `lex`. */
  private capture(e: Node, p: number, to: number, lex: unknown, caps: CapList): CapList {
    if (!e.name) return caps;
    const items = this.items;
    return new Cap(e.name, caps, this.toks, p, to, startOf(items[p]), endOf(items[to - 1]), undefined, undefined, lex);
  }
}

/**
 * The ways a sequence matched: where each ends and its captures. Kept and reused by the grammar,
 * one per nesting depth, so that matching allocates no lists.
 */
export class Ends {
  count = 0;
  // Room for more ways than a match usually has (growing the lists is a path the JIT may not know).
  end: number[] = new Array<number>(16).fill(0);
  caps: CapList[] = new Array<CapList>(16).fill(NO_MATCH);
  add(end: number, caps: CapList): void {
    this.end[this.count] = end;
    this.caps[this.count] = caps;
    this.count++;
  }
}

/**
 * A capture, and the captures made before it on the way to it (`next`): a persistent list, so
 * that adding one shares the rest and backtracking copies nothing. One object per capture (a list
 * cell apart from the capture was every other object the matcher made). Its normalised text is
 * joined only when a builder asks for it.
 */
class Cap implements Capture {
  /** The joined normalised text, or '' until asked for. */
  private text = '';
  constructor(
    readonly name: string,
    readonly next: CapList,
    private readonly toks: Tokens,
    readonly from: number,
    readonly to: number,
    readonly i0: number,
    readonly i1: number,
    readonly value: Value | undefined,
    readonly cat: string | undefined,
    /** The class value, or {@link LEX_IS_NORM} for a literal or POS token (its value is its text). */
    private readonly raw: unknown,
  ) {}
  get norm(): string {
    if (this.text === '') this.text = normOf(this.toks, this.i0, this.i1);
    return this.text;
  }
  get lex(): unknown {
    return this.raw === LEX_IS_NORM ? this.norm : this.raw;
  }
}

/** What `single` returns when the element does not match (null is a valid capture list). */
export const NO_MATCH: CapList = new Cap('', null, null as unknown as Tokens, 0, 0, 0, 0, undefined, undefined, undefined);

/** The `lex` of a capture of one literal or POS token: the token's text. */
const LEX_IS_NORM = Symbol('norm');

/** The captures of a match so far, the latest first (see {@link Cap}); null for none. */
export type CapList = Cap | null;

/**
 * The captures of a match, by name (the latest capture of a name wins): read off the list itself,
 * which is short (a builder asks for two or three names), rather than copied into a map per match.
 * One is reused from match to match (`list` set before each builder runs).
 */
export class CapLookup implements Captures {
  list: CapList = null;
  get(name: string): Capture | undefined {
    for (let c = this.list; c; c = c.next) if (c.name === name) return c;
    return undefined;
  }
}

function normOf(toks: Tokens, i0: number, i1: number): string {
  if (i1 - i0 === 1) return toks.norm(i0);
  let s = toks.norm(i0);
  for (let i = i0 + 1; i < i1; i++) s += ` ${toks.norm(i)}`;
  return s;
}

