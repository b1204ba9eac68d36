/**
 * A small cascaded token grammar, driven by rules in `pipeline/temporal.json` (pattern language:
 * see `pattern.ts`).
 *
 * A rule is a pattern over items (tokens, or atoms that earlier levels built) plus the name of a
 * builder that turns the captured parts into a value. Levels run in order; each is one left-to-right
 * pass that, at every item, tries the rules indexed under that item, keeps the longest match whose
 * builder accepts it, and replaces the matched items by one atom. So level 1 turns "1995", "–", "2002"
 * into a range atom, and level 2 can then read "from" + that atom as "from 1995–2002".
 */
import { endOf, startOf, type AtomItem, type Captures, type Item } from './items.js';
import { NO_WID, Tokens, WordTable } from './lexer.js';
import { CapLookup, Matcher, Node, type CapList, type ClassRef, type Phrase, type TrieNode } from './matcher.js';
import { elemKeys, firstKeys, isLookAhead, NS_INDEX, parsePattern, type Elem, type Key, type Namespace } from './pattern.js';
import { Presence } from './presence.js';
import { alternativeOfPhrase, TriggerTest, type TriggerAlternative, type TriggerNeed } from './trigger.js';
import type { Value } from './values.js';

/** Of a lexicon class at a word (see `Grammar.startFit`): no phrase of the word alone, one that needs no capital, only ones that need one. */
const FIT_NONE = 0;
const FIT_ANY = 1;
const FIT_CAP = 2;

/** The children of every leaf of a class's phrase trie: empty, shared, never written to. */
const NO_NEXT: ReadonlyMap<number, TrieNode> = new Map();

export { atomOf, endOf, startOf, tokenOf, type Atom, type AtomItem, type Capture, type Captures, type Item } from './items.js';

/**
 * A built-in class: a test on one token that returns its value, or undefined. `gate` says which
 * tokens can match at all, so that the test runs only on those: `digit` (a digit in the token),
 * `dash`, or `any`.
 */
export interface BuiltinClass {
  gate: 'digit' | 'dash' | 'any';
  /** Tests token `i` of `toks`. */
  test: (toks: Tokens, i: number) => unknown;
}

/** What a builder sees. */
export interface BuildContext {
  caps: Captures;
  toks: Tokens;
  /** Token span of the whole match. */
  i0: number;
  i1: number;
  args: Readonly<Record<string, unknown>>;
  rule: string;
}

/** A builder returns the atom's value (and optionally its category), or null to refuse the match. */
export type Builder = (ctx: BuildContext) => { value: Value; cat?: string } | null;

/** A rule as written in the data file. */
export interface RuleSpec {
  id: string;
  level: number;
  pattern: string;
  build: string;
  /** Category of the atom (default: the value's kind). */
  cat?: string;
  args?: Record<string, unknown>;
  /** One pattern element the item just before the match must match (a look-behind): "in|by". */
  after?: string;
  /**
   * Pattern elements the items just before the match must not match, in order: "{NOUN|PROPN}",
   * "<peopleNoun> of"; or several such sequences, any of which rules the match out.
   */
  notAfter?: string | string[];
  $comment?: string;
}

interface CompiledRule {
  id: string;
  order: number;
  /** The pattern as parsed, and as compiled for matching. */
  elems: Elem[];
  nodes: Node[];
  build: Builder;
  cat?: string;
  args: Record<string, unknown>;
  after?: Node;
  notAfter?: Node[][];
  /** For each element that must match, the keys one of which an item must have: a quick filter. */
  requires: Key[][];
  /** The same, as slots of the dense key space the grammar lays out once all keys are known. */
  requiredSlots: Int32Array[];
  /** The category of the last atom the rule built, and its id ('' and -1 before any). */
  lastCat: string;
  lastCatId: number;
}

/** Strings of one namespace as small integers, so that per-token work is array reads, not hashing. */
class Interner {
  private readonly ids = new Map<string, number>();
  /** Set once the key space is laid out: a new id then would land on another namespace's slots. */
  frozen = false;
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      if (this.frozen) throw new Error(`'${s}' interned after the key space was laid out`);
      this.ids.set(s, (id = this.ids.size));
    }
    return id;
  }
  get(s: string): number {
    return this.ids.get(s) ?? -1;
  }
  get size(): number {
    return this.ids.size;
  }
  entries(): IterableIterator<[string, number]> {
    return this.ids.entries();
  }
}

interface Level {
  level: number;
  rules: CompiledRule[];
  /** Rules by the keys of their first element, one array per namespace indexed by id. */
  index: CompiledRule[][][];
  /** The same rules by dense key slot (see {@link Grammar.offsets}): what `pass` reads. */
  bySlot: (CompiledRule[] | undefined)[];
}

/** Everything the grammar is compiled from. */
export interface GrammarSpec {
  /** Lexicon classes: phrase → value. */
  classes: Record<string, { caseSensitive?: boolean; phrases: Record<string, unknown> }>;
  builtins: Record<string, BuiltinClass>;
  /** Category groups: `@date` → several atom categories. */
  catGroups: Record<string, string[]>;
  rules: RuleSpec[];
  builders: Record<string, Builder>;
  /** Cuts a phrase of the data into normalised tokens, as the text is cut. */
  tokenise: (phrase: string) => { norm: string; cap: boolean }[];
  /** Words too common to index a phrase by in the test of a stretch (see {@link Grammar.mayMatch}): 'cold', not 'the', for "the Cold War". */
  stopwords: ReadonlySet<string>;
  /** Normalised words that other code compares tokens to: the grammar knows them too (see `Tokens.wid`). */
  vocabulary?: Iterable<string>;
}

/** A compiled grammar: class tries and levels of indexed rules. Immutable once built. */
export class Grammar {
  private readonly tries = new Map<string, TrieNode>();
  private readonly builtins: Record<string, BuiltinClass>;
  /** Built-in classes with their class id. */
  private readonly builtinList: { id: number; b: BuiltinClass }[] = [];
  /** Of those, the ones tested on a token with a digit, with a dash, with both (gate `any` in each). */
  private builtinsForDigit: { id: number; b: BuiltinClass }[] = [];
  private builtinsForDash: { id: number; b: BuiltinClass }[] = [];
  private builtinsForBoth: { id: number; b: BuiltinClass }[] = [];
  private readonly levels: Level[] = [];
  private readonly names: Record<Namespace, Interner> = { w: new Interner(), p: new Interner(), c: new Interner(), a: new Interner() };
  /**
   * The lexicon classes having a phrase that starts with a word, as flat columns: those of word id
   * `w` are `startClass[startFrom[w] .. startFrom[w + 1]]`, each with its trie after the word
   * (`startNode`) and whether a phrase of the word alone is there (`startFit`: `FIT_NONE`,
   * `FIT_ANY` a phrase that needs no capital, `FIT_CAP` only phrases that need one). Per word, what
   * tells at once, at most of its tokens, that no phrase is there: `oneWord` (some class has a
   * phrase of the word alone) and `secondWords` (the words that come second in the longer ones:
   * one lookup of the next token's word rather than one per class, and 'the' starts phrases of
   * four classes).
   */
  private startFrom = new Int32Array(1);
  private startClass = new Int32Array(0);
  private startFit = new Uint8Array(0);
  private startNode: TrieNode[] = [];
  private oneWord = new Uint8Array(0);
  private secondWords: ReadonlySet<number>[] = [];
  /** A stretch of text without a digit and without any of the trigger words cannot hold a match. */
  private readonly trigger: TriggerTest;
  /** Where each namespace starts in the dense key space, and its size. */
  private readonly offsets: Record<Namespace, number> = { w: 0, p: 0, c: 0, a: 0 };
  private keySpace = 0;
  private ruleCount = 0;
  /** Key slot → bit `l` set when some rule of the `l`-th level starts with that key. */
  private startLevels = new Int32Array(0);
  /** Per word id: the levels where a rule can start at the word (`startLevels` of its key). */
  private wordStarts = new Int32Array(0);
  /** The category ids of the atoms built by the level being run (`builtCount` of them). */
  private readonly builtCats: number[] = [];
  private builtCount = 0;
  /** Does some rule start with a part of speech? (None does today: then no token's POS is looked up.) */
  private posStarts = false;
  /**
   * Work arrays reused by every `parse` (which is synchronous and never re-entered): allocating
   * arrays per sentence costs more than the parse of most sentences. Per token: word and POS ids,
   * the levels where some rule can start at it (`starts`), and the classes that can start at it
   * (`classIds[classFrom[i] .. classFrom[i + 1]]`, the facts the matcher reads). Per rule: the
   * last item it was collected for (`seen`, against `stamp`).
   */
  private scratch = {
    wid: new Int32Array(256),
    /** -1 throughout when no rule starts with a part of speech (then never written). */
    pid: new Int32Array(256).fill(-1),
    starts: new Int32Array(256),
    /** The tokens where some rule can start (`startCount` of them), in order. */
    startList: new Int32Array(256),
    classFrom: new Int32Array(257),
    classIds: new Int32Array(256),
    /** The value of the class at the same place in `classIds` (built-in classes; else undefined). */
    classVals: [] as unknown[],
    /** Per token: were the built-in classes tested in the setup (a digit or a dash)? */
    tested: new Uint8Array(256),
    seen: new Int32Array(0),
  };
  /** The stretch being parsed. */
  private toks: Tokens = EMPTY_TOKENS;
  private startCount = 0;
  /** Which rules can match in the stretch being parsed (see `presence.ts`). */
  private presence: Presence;
  /** Counts items, for `seen`. */
  private stamp = 0;
  /** The grammar's words with their ids: give it to the lexer, and tokens come with their ids. */
  readonly words: WordTable;
  /** Rules collected for the current item (reused; `candidateCount` of them are current). */
  private readonly candidates: CompiledRule[] = [];
  private candidateCount = 0;
  /** The items 0, 1, 2 … of the longest stretch so far: the items of a stretch before any atom. */
  private readonly allTokens: number[] = [];
  /**
   * The items of the levels run so far (`itemsNow`), and the list the level being run writes
   * (`itemsNext`): two lists reused from level to level and stretch to stretch (a new list per
   * level that built something was a fifth of what the grammar allocated).
   */
  private itemsNow: Item[] = [];
  private itemsNext: Item[] = [];
  /** The matches `tryAt` found (reused). */
  private readonly matches = new Matches();
  /**
   * What a builder sees, reused from call to call (builders are synchronous and keep nothing of
   * it): an object and a lookup per call were a fifth of what matching allocated.
   */
  private readonly context: BuildContext = { caps: new CapLookup(), toks: EMPTY_TOKENS, i0: 0, i1: 0, args: {}, rule: '' };
  /** The item after the atom `tryAt` built. */
  private acceptedEnd = 0;
  /** The matcher of the rules' patterns, reading the stretch being parsed. */
  private readonly matcher: Matcher;

  constructor(spec: GrammarSpec) {
    this.builtins = spec.builtins;
    for (const [name, b] of Object.entries(spec.builtins)) this.builtinList.push({ id: this.names.c.id(name), b });
    this.builtinsForDigit = this.builtinList.filter(({ b }) => b.gate !== 'dash');
    this.builtinsForDash = this.builtinList.filter(({ b }) => b.gate !== 'digit');
    this.builtinsForBoth = this.builtinList.slice();
    /** Word id → the lexicon classes having a phrase that starts with that word, each with its trie after the word. */
    const classStarts: { id: number; node: TrieNode }[][] = [];
    for (const [name, cls] of Object.entries(spec.classes)) {
      const root: TrieNode = { next: new Map(), phrases: [] };
      // A phrase's last word is usually a leaf: leaves share one empty map, never written to (the
      // era table's thousands of names made a map each, some 2 MB of every worker's heap).
      const grow = (node: TrieNode): Map<number, TrieNode> => {
        if (node.next === NO_NEXT) node.next = new Map();
        return node.next as Map<number, TrieNode>;
      };
      const classId = this.names.c.id(name);
      for (const [phrase, value] of Object.entries(cls.phrases)) {
        const toks = spec.tokenise(phrase);
        if (toks.length === 0) continue;
        let node = root;
        for (const t of toks) {
          const w = this.names.w.id(t.norm);
          let child = node.next.get(w);
          if (!child) grow(node).set(w, (child = { next: NO_NEXT, phrases: [] }));
          node = child;
        }
        const caps = toks.map((t) => Boolean(cls.caseSensitive) && t.cap);
        node.phrases.push({ norms: toks.map((t) => t.norm), caps, anyCap: caps.includes(true), value });
        const first = this.names.w.id(toks[0].norm);
        const list = (classStarts[first] ??= []);
        if (!list.some((start) => start.id === classId)) list.push({ id: classId, node: root.next.get(first)! });
      }
      this.tries.set(name, root);
    }
    // Before the key space is laid out: every word has its place in it.
    for (const w of spec.vocabulary ?? []) this.names.w.id(w);
    const byLevel = new Map<number, CompiledRule[]>();
    spec.rules.forEach((r, order) => {
      const build = spec.builders[r.build];
      if (!build) throw new Error(`rule '${r.id}': unknown builder '${r.build}'`);
      const elems = parsePattern(r.pattern, r.id, spec.catGroups);
      this.checkClasses(elems, r.id);
      const list = byLevel.get(r.level) ?? [];
      const behind = (pattern: string | undefined): Elem | undefined => {
        if (pattern === undefined) return undefined;
        const parsed = parsePattern(pattern, r.id, spec.catGroups);
        if (parsed.length !== 1) throw new Error(`rule '${r.id}': a look-behind is one element, not '${pattern}'`);
        this.checkClasses(parsed, r.id);
        return parsed[0];
      };
      const requires = elems.filter((e) => e.t !== 'group' && !isLookAhead(e) && (e.q === '' || e.q === '+')).map((e) => elemKeys(e) ?? []);
      for (const keys of requires) for (const k of keys) this.names[k.ns].id(k.v);
      const after = behind(r.after);
      // ('the generation of May': a look-behind of two elements, the noun and 'of'.)
      const notAfter = r.notAfter === undefined ? undefined : (typeof r.notAfter === 'string' ? [r.notAfter] : r.notAfter).map((x) => parsePattern(x, r.id, spec.catGroups));
      for (const sequence of notAfter ?? []) this.checkClasses(sequence, r.id);
      list.push({
        id: r.id,
        order,
        elems,
        nodes: elems.map((e) => this.compileNode(e)),
        build,
        cat: r.cat,
        args: r.args ?? {},
        after: after && this.compileNode(after),
        notAfter: notAfter && notAfter.map((sequence) => sequence.map((e) => this.compileNode(e))),
        requires,
        requiredSlots: [],
        lastCat: '',
        lastCatId: -1,
      });
      byLevel.set(r.level, list);
    });
    for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
      const index: CompiledRule[][][] = [[], [], [], []];
      const rules = byLevel.get(level)!;
      for (const rule of rules) {
        const keys = firstKeys(rule.elems, 0);
        if (keys === null) throw new Error(`rule '${rule.id}': pattern can match nothing at its start`);
        for (const key of keys) (index[NS_INDEX[key.ns]][this.names[key.ns].id(key.v)] ??= []).push(rule);
      }
      this.levels.push({ level, rules, index, bySlot: [] });
    }
    if (this.levels.length > 31) throw new Error(`at most 31 rule levels, not ${this.levels.length}`);
    // Every key is interned by now: lay the namespaces end to end in one dense key space.
    for (const ns of ['w', 'p', 'c', 'a'] as const) {
      this.offsets[ns] = this.keySpace;
      this.keySpace += this.names[ns].size;
      this.names[ns].frozen = true;
    }
    this.layOutClassStarts(classStarts);
    this.startLevels = new Int32Array(this.keySpace);
    this.levels.forEach((level, li) => {
      level.bySlot = new Array(this.keySpace).fill(undefined);
      (['w', 'p', 'c', 'a'] as const).forEach((ns) => {
        level.index[NS_INDEX[ns]].forEach((rules, id) => {
          if (!rules) return;
          level.bySlot[this.offsets[ns] + id] = rules;
          this.startLevels[this.offsets[ns] + id] |= 1 << li;
        });
      });
    });
    this.wordStarts = this.startLevels.slice(this.offsets.w, this.offsets.w + this.names.w.size);
    this.ruleCount = spec.rules.length;
    this.scratch.seen = new Int32Array(this.ruleCount);
    for (const rules of byLevel.values()) {
      for (const r of rules) r.requiredSlots = r.requires.map((keys) => Int32Array.from(keys, (k) => this.offsets[k.ns] + this.names[k.ns].get(k.v)));
    }
    this.presence = this.compileNeeds();
    this.words = new WordTable(this.names.w.entries(), (norm) => this.names.w.get(norm));
    this.matcher = new Matcher(EMPTY_TOKENS, this.scratch);
    this.trigger = this.triggerTest(spec, byLevel);
  }

  /**
   * The quick filter (see `presence.ts`) over what each rule needs. An element that needs a part
   * of speech is left out: nearly every stretch has nouns and verbs, and the filter only has to let
   * through every rule that can match, not stop every one that cannot.
   */
  private compileNeeds(): Presence {
    const { p: pOff, c: cOff } = this.offsets;
    const isPos = (slot: number): boolean => slot >= pOff && slot < cOff;
    for (const level of this.levels) for (const r of level.rules) r.requiredSlots = r.requiredSlots.filter((slots) => !slots.every(isPos));
    this.posStarts = this.levels.some((level) => level.index[NS_INDEX.p].some((rules) => rules !== undefined));
    return new Presence(this.keySpace, this.levels.map((level) => level.rules), this.ruleCount);
  }

  /**
   * True when `text` may hold a match: it has a digit, or the words of every element of some rule
   * (see `trigger.ts`). Most sentences of most texts have neither, and are then not cut into tokens
   * at all.
   */
  mayMatch(text: string): boolean {
    return this.trigger.test(text);
  }

  /**
   * Derives from the rules what a stretch without a digit must hold for one of them to match (see
   * `trigger.ts`). A rule with an atom category or a digit class among the elements it needs is
   * covered by the rules that build that atom, or by the digit test. Any other rule needs each of its
   * literal and lexicon-class elements: one of the literal's words, or one of the class's phrases
   * (all its words). An element that cannot be told by its words (a phrase of punctuation only) is no
   * condition; one that needs a digit is never met without one. Stop words only choose which word of
   * a phrase indexes it: 'cold' rather than 'the' for "the Cold War".
   */
  private triggerTest(spec: GrammarSpec, byLevel: Map<number, CompiledRule[]>): TriggerTest {
    /** The alternatives of an element, or null when it is no condition. */
    const alternativesOf = (e: Elem): TriggerAlternative[] | null => {
      const out: TriggerAlternative[] = [];
      const add = (norms: readonly string[]): boolean => {
        const alt = alternativeOfPhrase(norms);
        if (alt === 'always') return false;
        if (alt !== 'never') out.push(alt);
        return true;
      };
      if (e.t === 'lit') {
        for (const w of e.words) if (!add([w])) return null;
        return out;
      }
      if (e.t !== 'cls') return null;
      for (const cls of e.classes) {
        const trie = this.tries.get(cls)!;
        const collect = (node: TrieNode): boolean => {
          for (const ph of node.phrases) if (!add(ph.norms)) return false;
          for (const child of node.next.values()) if (!collect(child)) return false;
          return true;
        };
        if (!collect(trie)) return null;
      }
      return out;
    };
    const needs: TriggerNeed[] = [];
    for (const rules of byLevel.values()) {
      for (const rule of rules) {
        const needed = rule.elems.filter((e) => e.t !== 'group' && !isLookAhead(e) && (e.q === '' || e.q === '+'));
        const covered = needed.some((e) => e.t === 'cat' || (e.t === 'cls' && e.classes.every((c) => this.builtins[c]?.gate === 'digit')));
        if (covered) continue;
        const told = needed.filter((e) => e.t === 'lit' || (e.t === 'cls' && e.classes.every((c) => this.tries.has(c))));
        if (told.length === 0) throw new Error(`rule '${rule.id}': no element tells where it may match`);
        needs.push(told.map(alternativesOf).filter((alts): alts is TriggerAlternative[] => alts !== null));
      }
    }
    return new TriggerTest(needs, spec.stopwords);
  }

  /** Compiles a parsed element; interns every literal word, so that literals compare word ids. */
  private compileNode(e: Elem): Node {
    const min = e.q === '' || e.q === '+' ? 1 : 0;
    const max = e.q === '*' || e.q === '+' ? Infinity : 1;
    const name = isLookAhead(e) ? undefined : e.name;
    switch (e.t) {
      case 'lit':
        return new Node('lit', name, min, max, new Set([...e.words].map((w) => this.names.w.id(w))), [], null, null, [], null);
      case 'cls': {
        const classes = e.classes.map((c): ClassRef => {
          const builtin = this.builtins[c] ?? null;
          return { builtin, builtinId: builtin ? this.names.c.get(c) : -1, trie: builtin ? null : this.tries.get(c)! };
        });
        return new Node('cls', name, min, max, null, classes, null, null, [], null);
      }
      case 'cat':
        return new Node('cat', name, min, max, null, [], e.cats, null, [], null);
      case 'pos':
        return new Node('pos', name, min, max, null, [], null, e.tags, [], null);
      case 'group':
        return new Node('group', name, min, max, null, [], null, null, e.elems.map((x) => this.compileNode(x)), null);
      case 'not':
      case 'then':
        return new Node(e.t, undefined, 1, 1, null, [], null, null, [], this.compileNode(e.elem));
    }
  }

  private checkClasses(elems: Elem[], rule: string): void {
    for (const e of elems) {
      if (e.t === 'cls') {
        for (const cls of e.classes) if (!this.tries.has(cls) && !(cls in this.builtins)) throw new Error(`rule '${rule}': unknown class <${cls}>`);
      }
      if (e.t === 'group') this.checkClasses(e.elems, rule);
      if (isLookAhead(e)) this.checkClasses([e.elem], rule);
    }
  }

  /**
   * Runs every level over `toks`; returns the final items (atoms and left-over tokens).
   * @param observe called with a level's output (`items[0 … count)`, a list reused after the call
   *   returns) when that level built something (the stage reads leaders' names from level 0)
   */
  parse(toks: Tokens, observe?: (level: number, items: readonly Item[], count: number) => void): Item[] | null {
    this.toks = toks;
    this.presence.begin();
    let anyStarts = this.setup(toks);
    this.matcher.toks = toks;
    this.matcher.facts = this.scratch;
    const startLevels = this.startLevels;
    const aOff = this.offsets.a;
    // The number of items after the levels run so far, in `itemsNow`; -1 while they are the tokens.
    let count = -1;
    for (let li = 0; li < this.levels.length; li++) {
      const level = this.levels[li];
      // A level where no rule can start at any item, or no rule is possible, is not run.
      if ((anyStarts & (1 << li)) === 0 || !this.presence.levelOpen(li)) continue;
      this.builtCount = 0;
      // Before any atom, only the tokens where some rule starts need a look.
      const built = count < 0 ? this.passTokens(toks.count, level.bySlot, 1 << li) : this.pass(this.itemsNow, count, level.bySlot, 1 << li);
      if (built < 0) continue;
      count = built;
      const now = this.itemsNext;
      this.itemsNext = this.itemsNow;
      this.itemsNow = now;
      // Categories of the atoms just built are present for the next levels, and may start rules.
      // (Those of earlier levels' atoms are already.)
      for (let b = 0; b < this.builtCount; b++) {
        const a = this.builtCats[b];
        if (a >= 0) {
          this.presence.mark(aOff + a);
          anyStarts |= startLevels[aOff + a];
        }
      }
      observe?.(level.level, this.itemsNow, count);
    }
    const items = count < 0 ? null : this.itemsNow.slice(0, count);
    // Hold on to no text, and to no atom past this stretch (a reused list that still referred to
    // them would make the collector keep them, and move them to the old generation). No level
    // writes more items than the stretch has tokens, so only that many can hold an atom: clearing
    // the whole lists (as long as the longest stretch yet) cost more than most parses.
    this.toks = this.matcher.toks = EMPTY_TOKENS;
    this.matcher.items = NO_ITEMS;
    this.matcher.count = 0;
    if (count >= 0) {
      this.itemsNow.fill(0, 0, toks.count);
      this.itemsNext.fill(0, 0, toks.count);
    }
    return items;
  }

  /**
   * Per token, once: word id, POS id, the classes that can start there (with the values of the
   * built-in ones), the levels where a rule can start there; and which keys are present at all.
   * Returns the levels where a rule can start somewhere. (One path for every token, blocked or not:
   * a branch that the first texts never take would cost a deoptimisation when a later one does.)
   */
  private setup(toks: Tokens): number {
    const n = toks.count;
    const { w: wOff, p: pOff, c: cOff } = this.offsets;
    if (this.scratch.wid.length < n) {
      const size = n * 2;
      this.scratch = {
        ...this.scratch,
        wid: new Int32Array(size),
        pid: new Int32Array(size).fill(-1),
        starts: new Int32Array(size),
        startList: new Int32Array(size),
        classFrom: new Int32Array(size + 1),
        tested: new Uint8Array(size),
      };
    }
    const { wid, pid, starts, classFrom, tested } = this.scratch;
    const startLevels = this.startLevels;
    // Word ids first: a class phrase is looked for at a token with the words after it.
    for (let i = 0; i < n; i++) {
      const known = toks.wid[i];
      wid[i] = toks.blocked(i) ? -1 : known === NO_WID ? this.names.w.get(toks.norm(i)) : known;
    }
    // POS keys only matter where a rule starts with one (see `compileNeeds`).
    if (this.posStarts) for (let i = 0; i < n; i++) pid[i] = toks.blocked(i) ? -1 : this.names.p.get(toks.pos[i]);
    let anyStarts = 0;
    let nc = 0;
    let starts_ = 0;
    for (let i = 0; i < n; i++) {
      classFrom[i] = nc;
      const w = wid[i];
      const pp = pid[i];
      let mask = 0;
      if (w >= 0) {
        mask |= this.wordStarts[w];
        this.presence.mark(wOff + w);
        // Only the classes with a phrase here are present ("the" starts "the Cold War", but
        // "the state" holds no era name): a class matches nowhere else.
        const from = this.startFrom[w];
        const to = this.startFrom[w + 1];
        if (from < to) {
          // (Most words that start a phrase start none here: "the state".)
          const goesOn = i + 1 < n && wid[i + 1] >= 0 && this.secondWords[w].has(wid[i + 1]);
          if (goesOn || this.oneWord[w] !== 0) {
            for (let k = from; k < to; k++) {
              const fit = this.startFit[k];
              if (fit === FIT_ANY || (fit === FIT_CAP && toks.cap(i)) || (goesOn && this.phraseAfter(this.startNode[k], i, n))) nc = this.pushClass(nc, this.startClass[k], undefined);
            }
          }
        }
      }
      if (pp >= 0) mask |= startLevels[pOff + pp];
      const digit = toks.hasDigit(i);
      const dash = toks.dash(i);
      // The values are kept for the matcher (`builtinValue`).
      const test = !toks.blocked(i) && (digit || dash);
      tested[i] = test ? 1 : 0;
      if (test) nc = this.testBuiltins(i, digit, dash, nc);
      const classIds = this.scratch.classIds;
      for (let k = classFrom[i]; k < nc; k++) {
        this.presence.mark(cOff + classIds[k]);
        mask |= startLevels[cOff + classIds[k]];
      }
      starts[i] = mask;
      anyStarts |= mask;
      if (mask !== 0) this.scratch.startList[starts_++] = i;
    }
    classFrom[n] = nc;
    this.startCount = starts_;
    return anyStarts;
  }

  /**
   * Does a phrase of a class of two or more words end below `node` (the class's trie after the word
   * of token `i`), along the tokens after `i`? As the matcher reads phrases (`classPhrases`): words
   * of open tokens, capitals where the phrase has them. (A phrase of the word alone: `startFit`.)
   */
  private phraseAfter(node: TrieNode, i: number, n: number): boolean {
    const wid = this.scratch.wid;
    for (let q = i + 1; q < n && wid[q] >= 0; q++) {
      const next = node.next.get(wid[q]);
      if (next === undefined) return false;
      node = next;
      const phrases = node.phrases;
      for (let k = 0; k < phrases.length; k++) if (capsFit(this.toks, phrases[k], i)) return true;
    }
    return false;
  }

  /** Lays out `classStarts` (by word id) as the flat columns that `setup` reads (see {@link startFrom}). */
  private layOutClassStarts(classStarts: readonly { id: number; node: TrieNode }[][]): void {
    const words = this.names.w.size;
    this.startFrom = new Int32Array(words + 1);
    this.oneWord = new Uint8Array(words);
    const classes: number[] = [];
    const fits: number[] = [];
    const none: ReadonlySet<number> = new Set();
    for (let w = 0; w < words; w++) {
      this.startFrom[w] = classes.length;
      const seconds = new Set<number>();
      for (const start of classStarts[w] ?? []) {
        const phrases = start.node.phrases;
        classes.push(start.id);
        fits.push(phrases.length === 0 ? FIT_NONE : phrases.some((ph) => !ph.caps[0]) ? FIT_ANY : FIT_CAP);
        this.startNode.push(start.node);
        if (phrases.length > 0) this.oneWord[w] = 1;
        for (const second of start.node.next.keys()) seconds.add(second);
      }
      this.secondWords.push(seconds.size > 0 ? seconds : none);
    }
    this.startFrom[words] = classes.length;
    this.startClass = Int32Array.from(classes);
    this.startFit = Uint8Array.from(fits);
  }

  /** Adds the built-in classes that token `i` (a digit or a dash) is to its classes; returns the new count. */
  private testBuiltins(i: number, digit: boolean, dash: boolean, nc: number): number {
    const list = digit ? (dash ? this.builtinsForBoth : this.builtinsForDigit) : this.builtinsForDash;
    for (let k = 0; k < list.length; k++) {
      const v = list[k].b.test(this.toks, i);
      if (v !== undefined) nc = this.pushClass(nc, list[k].id, v);
    }
    return nc;
  }

  /** Appends class `id` (with its value) to the current token's classes; returns the new count. */
  private pushClass(nc: number, id: number, value: unknown): number {
    if (nc === this.scratch.classIds.length) {
      const grown = new Int32Array(nc * 2);
      grown.set(this.scratch.classIds);
      this.scratch.classIds = grown;
    }
    this.scratch.classIds[nc] = id;
    this.scratch.classVals[nc] = value;
    return nc + 1;
  }

  /** Adds to {@link candidates} the rules of `rules` that may match here and are not in yet. */
  private collect(rules: CompiledRule[] | undefined): void {
    if (!rules) return;
    const seen = this.scratch.seen;
    for (let k = 0; k < rules.length; k++) {
      const r = rules[k];
      if (seen[r.order] !== this.stamp) {
        seen[r.order] = this.stamp;
        if (this.presence.possible(r.order)) this.candidates[this.candidateCount++] = r;
      }
    }
  }

  /**
   * One left-to-right pass of one level over `items[0 … count)`: `bySlot` indexes its rules, `bit`
   * is its bit in `starts`. Writes the items after it to `itemsNext` and returns their number, or
   * -1 when it built nothing.
   */
  private pass(items: Item[], count: number, bySlot: readonly (CompiledRule[] | undefined)[], bit: number): number {
    const out = this.itemsNext;
    // Items are written out only once something matched (then those before it first).
    let written = -1;
    const { wid, pid, starts, classFrom, classIds } = this.scratch;
    const { w: wOff, p: pOff, c: cOff, a: aOff } = this.offsets;
    this.matcher.items = items;
    this.matcher.count = count;
    let p = 0;
    while (p < count) {
      const item = items[p];
      // Most tokens start no rule of this level.
      if (typeof item === 'number' && (starts[item] & bit) === 0) {
        if (written >= 0) put(out, written++, item);
        p++;
        continue;
      }
      this.candidateCount = 0;
      this.stamp++;
      if (typeof item !== 'number') {
        if (item.catId >= 0) this.collect(bySlot[aOff + item.catId]);
      } else {
        const i = item;
        if (wid[i] >= 0) this.collect(bySlot[wOff + wid[i]]);
        if (pid[i] >= 0) this.collect(bySlot[pOff + pid[i]]);
        for (let k = classFrom[i]; k < classFrom[i + 1]; k++) this.collect(bySlot[cOff + classIds[k]]);
      }
      const atom = this.candidateCount === 0 ? null : this.tryAt(p);
      if (atom) {
        if (written < 0) for (written = 0; written < p; written++) put(out, written, items[written]);
        put(out, written++, atom);
        p = this.acceptedEnd;
      } else {
        if (written >= 0) put(out, written++, item);
        p++;
      }
    }
    return written;
  }

  /**
   * {@link pass} over the `n` tokens of the stretch, before any level built anything: visits only
   * the tokens where a rule of the level can start (most tokens start none), copying the rest when
   * something matched.
   */
  private passTokens(n: number, bySlot: readonly (CompiledRule[] | undefined)[], bit: number): number {
    const { wid, pid, starts, classFrom, classIds, startList } = this.scratch;
    const { w: wOff, p: pOff, c: cOff } = this.offsets;
    // Item `k` is token `k`.
    const items = this.allTokens;
    while (items.length < n) items.push(items.length);
    this.matcher.items = items;
    this.matcher.count = n;
    const out = this.itemsNext;
    let written = -1;
    // Items before `copied` are written out.
    let copied = 0;
    for (let s = 0; s < this.startCount; s++) {
      const i = startList[s];
      if (i < copied || (starts[i] & bit) === 0) continue;
      this.candidateCount = 0;
      this.stamp++;
      if (wid[i] >= 0) this.collect(bySlot[wOff + wid[i]]);
      if (pid[i] >= 0) this.collect(bySlot[pOff + pid[i]]);
      for (let k = classFrom[i]; k < classFrom[i + 1]; k++) this.collect(bySlot[cOff + classIds[k]]);
      const atom = this.candidateCount === 0 ? null : this.tryAt(i);
      if (!atom) continue;
      if (written < 0) written = 0;
      for (let q = copied; q < i; q++) put(out, written++, q);
      put(out, written++, atom);
      copied = this.acceptedEnd;
    }
    if (written < 0) return -1;
    for (let q = copied; q < n; q++) put(out, written++, q);
    return written;
  }

  /**
   * Tries the candidate rules at item `p`: the longest match whose builder accepts it (the earlier
   * rule first among equally long ones) becomes an atom, and {@link acceptedEnd} the item after it.
   */
  private tryAt(p: number): AtomItem | null {
    const matcher = this.matcher;
    const items = matcher.items;
    const matches = this.matches;
    matches.count = 0;
    const found = matcher.endsAt(0);
    for (let c = 0; c < this.candidateCount; c++) {
      const rule = this.candidates[c];
      if (rule.after && !matcher.matchesAt(rule.after, p - 1)) continue;
      if (rule.notAfter && anyNotAfterMatches(matcher, rule.notAfter, p)) continue;
      found.count = 0;
      matcher.matchSeq(rule.nodes, p, null, 0);
      for (let x = 0; x < found.count; x++) if (found.end[x] > p) matches.add(rule, found.end[x], found.caps[x]);
    }
    matches.sort();
    const first = items[p];
    for (let m = 0; m < matches.count; m++) {
      const rule = matches.rule[m];
      const end = matches.end[m];
      const i0 = startOf(first);
      const i1 = endOf(items[end - 1]);
      const context = this.context;
      (context.caps as CapLookup).list = matches.caps[m];
      context.toks = this.toks;
      context.i0 = i0;
      context.i1 = i1;
      context.args = rule.args;
      context.rule = rule.id;
      const built = rule.build(context);
      if (!built) continue;
      // An optional-only match of one atom that changes nothing ("the years"? + a range) keeps it as it is.
      if (end === p + 1 && typeof first !== 'number' && built.value === first.atom.value) return null;
      this.acceptedEnd = end;
      const cat = built.cat ?? rule.cat ?? built.value.kind;
      // (A rule builds atoms of one category, or of a few: the last one's id is kept on the rule.)
      if (cat !== rule.lastCat) {
        rule.lastCat = cat;
        rule.lastCatId = this.names.a.get(cat);
      }
      const catId = rule.lastCatId;
      this.builtCats[this.builtCount++] = catId;
      return { i0, i1, atom: { cat, i0, i1, value: built.value, rule: rule.id }, catId };
    }
    return null;
  }
}

/**
 * The matches of the candidate rules at one item, as columns reused from item to item (an object
 * per match and a fresh list per item were most of what matching allocated).
 */
class Matches {
  count = 0;
  rule: CompiledRule[] = [];
  end: number[] = [];
  caps: CapList[] = [];

  add(rule: CompiledRule, end: number, caps: CapList): void {
    this.rule[this.count] = rule;
    this.end[this.count] = end;
    this.caps[this.count] = caps;
    this.count++;
  }

  /**
   * Longest first, the earlier rule first among equally long ones, else in the order found: an
   * insertion sort (stable, as `Array.prototype.sort` is; there are a few matches at most).
   */
  sort(): void {
    for (let a = 1; a < this.count; a++) {
      const rule = this.rule[a];
      const end = this.end[a];
      const caps = this.caps[a];
      let b = a - 1;
      for (; b >= 0 && (this.end[b] < end || (this.end[b] === end && this.rule[b].order > rule.order)); b--) {
        this.rule[b + 1] = this.rule[b];
        this.end[b + 1] = this.end[b];
        this.caps[b + 1] = this.caps[b];
      }
      this.rule[b + 1] = rule;
      this.end[b + 1] = end;
      this.caps[b + 1] = caps;
    }
  }
}

/** Are the tokens of `phrase` from token `i` capitalised where the phrase must be? */
function capsFit(toks: Tokens, phrase: Phrase, i: number): boolean {
  if (!phrase.anyCap) return true;
  for (let j = 0; j < phrase.caps.length; j++) if (phrase.caps[j] && !toks.cap(i + j)) return false;
  return true;
}

/** Sets `list[k]`, `k` at most its length (a reused list grows only). */
function put(list: Item[], k: number, item: Item): void {
  if (k < list.length) list[k] = item;
  else list.push(item);
}

/** No items: what the matcher holds between parses. */
const NO_ITEMS: Item[] = [];

/** No tokens: what the grammar holds between parses. */
const EMPTY_TOKENS = new Tokens();

/** True when one of the look-behind sequences `sequences` matches right before `p` (a loop: no closure per rule tried). */
function anyNotAfterMatches(matcher: { matchesAt(e: Node, p: number): boolean }, sequences: Node[][], p: number): boolean {
  for (let k = 0; k < sequences.length; k++) if (notAfterMatches(matcher, sequences[k], p)) return true;
  return false;
}

/** True when the items right before `p` match the look-behind `nodes`, in order ('generation' then 'of' before 'May'). */
function notAfterMatches(matcher: { matchesAt(e: Node, p: number): boolean }, nodes: Node[], p: number): boolean {
  const from = p - nodes.length;
  for (let i = 0; i < nodes.length; i++) if (!matcher.matchesAt(nodes[i], from + i)) return false;
  return true;
}
