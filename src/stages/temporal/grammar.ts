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
import type { Tok } from './lexer.js';
import { elemKeys, firstKeys, NS_INDEX, parsePattern, type Elem, type Key, type Namespace } from './pattern.js';
import type { Value } from './values.js';

/** An atom: a recognised piece spanning tokens `[i0, i1)`. */
export interface Atom {
  cat: string;
  i0: number;
  i1: number;
  value: Value;
  rule: string;
}

/** A token or an atom, covering tokens `[i0, i1)`. A token is its own item (see {@link tokOf}). */
export interface Item {
  i0: number;
  i1: number;
  atom?: Atom;
}

/** The token an item is, or undefined for an atom. */
export function tokOf(item: Item | undefined): Tok | undefined {
  return item && !item.atom ? (item as Tok) : undefined;
}

/** One captured element: its items, and what it matched. */
export interface Capture {
  /** First and one-past-last item. */
  from: number;
  to: number;
  /** First and one-past-last token. */
  i0: number;
  i1: number;
  /** The value of a captured atom. */
  value?: Value;
  /** Category of a captured atom. */
  cat?: string;
  /** The class value of a captured class phrase (a number, a string, an object from the data). */
  lex?: unknown;
  /** Normalised text of the captured tokens, space-joined. */
  norm: string;
}

export type Captures = ReadonlyMap<string, Capture>;

/**
 * A built-in class: a test on one token that returns its value, or undefined. `gate` says which
 * tokens can match at all, so that the test runs only on those: `digit` (a digit in the token),
 * `dash`, or `any`.
 */
export interface BuiltinClass {
  gate: 'digit' | 'dash' | 'any';
  test: (tok: Tok, toks: readonly Tok[], index: number) => unknown;
}

/** What a builder sees. */
export interface BuildContext {
  caps: Captures;
  toks: readonly Tok[];
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
  /** One pattern element the item just before the match must not match: "{NOUN|PROPN}". */
  notAfter?: string;
  $comment?: string;
}

interface CompiledRule {
  id: string;
  order: number;
  elems: Elem[];
  build: Builder;
  cat?: string;
  args: Record<string, unknown>;
  after?: Elem;
  notAfter?: Elem;
  /** For each element that must match, the keys one of which an item must have: a quick filter. */
  requires: Key[][];
  /** The same, as slots of the dense key space the grammar lays out once all keys are known. */
  requiredSlots: Int32Array[];
}

/** Strings of one namespace as small integers, so that per-token work is array reads, not hashing. */
class Interner {
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.ids.size));
    return id;
  }
  get(s: string): number {
    return this.ids.get(s) ?? -1;
  }
  get size(): number {
    return this.ids.size;
  }
}

interface Level {
  level: number;
  rules: CompiledRule[];
  /** Rules by the keys of their first element, one array per namespace indexed by id. */
  index: CompiledRule[][][];
}

const NO_IDS: readonly number[] = [];

/** A phrase of a lexicon class: normalised tokens, and which must be capitalised in the text. */
interface Phrase {
  norms: string[];
  caps: boolean[];
  value: unknown;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  phrases: Phrase[];
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
  /** Words too common to tell that a stretch may hold a match (see {@link Grammar.mayMatch}). */
  stopwords: ReadonlySet<string>;
}

/** A compiled grammar: class tries and levels of indexed rules. Immutable once built. */
export class Grammar {
  private readonly tries = new Map<string, TrieNode>();
  private readonly builtins: Record<string, BuiltinClass>;
  /** Built-in classes with their class id. */
  private readonly builtinList: { id: number; b: BuiltinClass }[] = [];
  private readonly levels: Level[] = [];
  private readonly names: Record<Namespace, Interner> = { w: new Interner(), p: new Interner(), c: new Interner(), a: new Interner() };
  /** Word id → ids of the lexicon classes having a phrase that starts with that word. */
  private readonly classesByWord: number[][] = [];
  /** A stretch of text without a digit and without any of these words cannot hold a match. */
  private readonly trigger: RegExp;
  /** Where each namespace starts in the dense key space, and its size. */
  private readonly offsets: Record<Namespace, number> = { w: 0, p: 0, c: 0, a: 0 };
  private keySpace = 0;
  private ruleCount = 0;
  /**
   * Work arrays reused by every `parse` (which is synchronous and never re-entered): allocating
   * typed arrays per sentence costs more than the parse of most sentences.
   */
  private scratch = { wid: new Int32Array(256), pid: new Int32Array(256), present: new Uint8Array(0), possible: new Uint8Array(0) };

  constructor(spec: GrammarSpec) {
    this.builtins = spec.builtins;
    for (const [name, b] of Object.entries(spec.builtins)) this.builtinList.push({ id: this.names.c.id(name), b });
    for (const [name, cls] of Object.entries(spec.classes)) {
      const root: TrieNode = { next: new Map(), phrases: [] };
      const classId = this.names.c.id(name);
      for (const [phrase, value] of Object.entries(cls.phrases)) {
        const toks = spec.tokenise(phrase);
        if (toks.length === 0) continue;
        let node = root;
        for (const t of toks) {
          let child = node.next.get(t.norm);
          if (!child) node.next.set(t.norm, (child = { next: new Map(), phrases: [] }));
          node = child;
        }
        node.phrases.push({ norms: toks.map((t) => t.norm), caps: toks.map((t) => Boolean(cls.caseSensitive) && t.cap), value });
        const list = (this.classesByWord[this.names.w.id(toks[0].norm)] ??= []);
        if (!list.includes(classId)) list.push(classId);
      }
      this.tries.set(name, root);
    }
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
      const requires = elems.filter((e) => e.t !== 'group' && e.t !== 'not' && (e.q === '' || e.q === '+')).map((e) => elemKeys(e) ?? []);
      for (const keys of requires) for (const k of keys) this.names[k.ns].id(k.v);
      list.push({ id: r.id, order, elems, build, cat: r.cat, args: r.args ?? {}, after: behind(r.after), notAfter: behind(r.notAfter), requires, requiredSlots: [] });
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
      this.levels.push({ level, rules, index });
    }
    // Every key is interned by now: lay the namespaces end to end in one dense key space.
    for (const ns of ['w', 'p', 'c', 'a'] as const) {
      this.offsets[ns] = this.keySpace;
      this.keySpace += this.names[ns].size;
    }
    this.ruleCount = spec.rules.length;
    this.scratch.present = new Uint8Array(this.keySpace);
    this.scratch.possible = new Uint8Array(this.ruleCount);
    for (const rules of byLevel.values()) {
      for (const r of rules) r.requiredSlots = r.requires.map((keys) => Int32Array.from(keys, (k) => this.offsets[k.ns] + this.names[k.ns].get(k.v)));
    }
    this.trigger = this.triggerPattern(spec, byLevel);
  }

  /**
   * True when `text` may hold a match: it has a digit, or one of the trigger words. Most sentences
   * of most texts have neither, and are then not cut into tokens at all.
   */
  mayMatch(text: string): boolean {
    return this.trigger.test(text);
  }

  /**
   * Derives the trigger words from the rules. A rule with an atom category or a digit class among
   * the elements it needs is covered by the rules that build that atom, or by the digit test. Any
   * other rule contributes the words of one element it needs (for a class, one word of each phrase
   * that is not a stop word: 'decade' for "the end of the decade"), preferring an element free of
   * stop words, so that every match implies a trigger.
   */
  private triggerPattern(spec: GrammarSpec, byLevel: Map<number, CompiledRule[]>): RegExp {
    const words = new Set<string>();
    const wordsOf = (e: Elem): { words: string[]; stops: number } | null => {
      if (e.t === 'lit') {
        const list = [...e.words];
        return { words: list, stops: list.filter((w) => spec.stopwords.has(w)).length };
      }
      if (e.t !== 'cls') return null;
      const out: string[] = [];
      let stops = 0;
      for (const cls of e.classes) {
        const trie = this.tries.get(cls);
        if (!trie) return null;
        const collect = (node: TrieNode): void => {
          for (const ph of node.phrases) {
            const w = ph.norms.find((n) => !spec.stopwords.has(n) && /^[\p{L}\p{N}]+$/u.test(n)) ?? ph.norms[0];
            if (spec.stopwords.has(w)) stops++;
            out.push(w);
          }
          for (const child of node.next.values()) collect(child);
        };
        collect(trie);
      }
      return { words: out, stops };
    };
    for (const rules of byLevel.values()) {
      for (const rule of rules) {
        const needed = rule.elems.filter((e) => e.t !== 'group' && e.t !== 'not' && (e.q === '' || e.q === '+'));
        const covered = needed.some((e) => e.t === 'cat' || (e.t === 'cls' && e.classes.every((c) => this.builtins[c]?.gate === 'digit')));
        if (covered) continue;
        const options = needed.map(wordsOf).filter((o): o is { words: string[]; stops: number } => o !== null);
        if (options.length === 0) throw new Error(`rule '${rule.id}': no element tells where it may match`);
        options.sort((a, b) => a.stops - b.stops || a.words.length - b.words.length);
        for (const w of options[0].words) words.add(w);
      }
    }
    // ASCII words get word boundaries (fast, non-Unicode regex); others are searched as they are.
    const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/'/g, "['’]");
    const ascii = [...words].filter((w) => /^[a-z0-9' -]+$/.test(w)).map(escape).sort((a, b) => b.length - a.length);
    const other = [...words].filter((w) => !/^[a-z0-9' -]+$/.test(w)).map(escape);
    const parts = ['\\d', ascii.length ? `\\b(?:${ascii.join('|')})\\b` : '', ...other].filter(Boolean);
    return new RegExp(parts.join('|'), 'i');
  }

  /** Does element `e` match at item `p` (false before the first item)? */
  private matchesAt(e: Elem, items: Item[], toks: readonly Tok[], p: number): boolean {
    if (p < 0) return false;
    const ends: End[] = [];
    this.matchOne(e, items, toks, p, null, ends);
    return ends.length > 0;
  }

  /** Matches class `cls` at item `p`: a built-in test on one token, or phrases of a lexicon class. */
  private matchClass(cls: string, items: Item[], toks: readonly Tok[], p: number, found: { end: number; lex: unknown }[]): void {
    const item = items[p];
    const builtin = this.builtins[cls];
    if (builtin) {
      const tok = tokOf(item);
      if (!tok || tok.blocked) return;
      const v = builtin.test(tok, toks, item.i0);
      if (v !== undefined) found.push({ end: p + 1, lex: v });
      return;
    }
    let node: TrieNode | undefined = this.tries.get(cls);
    let q = p;
    while (node && q < items.length) {
      const tok = tokOf(items[q]);
      if (!tok || tok.blocked) break;
      node = node.next.get(tok.norm);
      if (!node) break;
      q++;
      for (const phrase of node.phrases) {
        let ok = true;
        for (let j = 0; j < phrase.caps.length && ok; j++) ok = !phrase.caps[j] || (items[p + j] as Tok).cap;
        if (ok) found.push({ end: q, lex: phrase.value });
      }
    }
  }

  private checkClasses(elems: Elem[], rule: string): void {
    for (const e of elems) {
      if (e.t === 'cls') {
        for (const cls of e.classes) if (!this.tries.has(cls) && !(cls in this.builtins)) throw new Error(`rule '${rule}': unknown class <${cls}>`);
      }
      if (e.t === 'group') this.checkClasses(e.elems, rule);
      if (e.t === 'not') this.checkClasses([e.elem], rule);
    }
  }

  /**
   * Runs every level over `toks`; returns the final items (atoms and left-over tokens).
   * @param observe called with a level's output when that level built something (the stage reads
   *   leaders' names from level 0)
   */
  parse(toks: readonly Tok[], observe?: (level: number, items: readonly Item[]) => void): Item[] {
    const n = toks.length;
    const { w: wOff, p: pOff, c: cOff, a: aOff } = this.offsets;
    // Per token, once: word id, POS id, classes that can start there; and which keys are present.
    if (this.scratch.wid.length < n) this.scratch = { ...this.scratch, wid: new Int32Array(n * 2), pid: new Int32Array(n * 2) };
    const { wid, pid, present, possible } = this.scratch;
    present.fill(0);
    const cls: (readonly number[])[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const tok = toks[i];
      if (tok.blocked) {
        wid[i] = pid[i] = -1;
        cls[i] = NO_IDS;
        continue;
      }
      const w = (wid[i] = this.names.w.get(tok.norm));
      const pp = (pid[i] = this.names.p.get(tok.pos));
      if (w >= 0) present[wOff + w] = 1;
      if (pp >= 0) present[pOff + pp] = 1;
      let c = (w >= 0 && this.classesByWord[w]) || NO_IDS;
      const digit = tok.hasDigit;
      if (digit || tok.norm === '-') {
        for (const { id, b } of this.builtinList) {
          if ((b.gate === 'digit' && !digit) || (b.gate === 'dash' && tok.norm !== '-')) continue;
          if (b.test(tok, toks, i) !== undefined) c = [...c, id];
        }
      }
      for (const id of c) present[cOff + id] = 1;
      cls[i] = c;
    }
    let items: Item[] = toks as Tok[];
    for (const level of this.levels) {
      // Rules with an element that nothing in this stretch can match are skipped, and a level
      // with no such rule is not run ("the year" + @year in a sentence without a year).
      let any = false;
      for (const r of level.rules) {
        let ok = true;
        for (const slots of r.requiredSlots) {
          let some = false;
          for (let k = 0; k < slots.length && !some; k++) some = present[slots[k]] === 1;
          if (!some) {
            ok = false;
            break;
          }
        }
        possible[r.order] = ok ? 1 : 0;
        any ||= ok;
      }
      if (!any) continue;
      const before = items;
      items = this.pass(items, toks, level.index, wid, pid, cls, possible);
      // Categories of the atoms just built are present for the next levels.
      if (items !== before) {
        for (const it of items) {
          if (!it.atom) continue;
          const a = this.names.a.get(it.atom.cat);
          if (a >= 0) present[aOff + a] = 1;
        }
      }
      if (items !== before) observe?.(level.level, items);
    }
    return items;
  }

  private pass(
    items: Item[],
    toks: readonly Tok[],
    index: CompiledRule[][][],
    wid: Int32Array,
    pid: Int32Array,
    cls: readonly (readonly number[])[],
    possible: Uint8Array,
  ): Item[] {
    // The output is a copy only once something matched; a pass that builds nothing returns `items`.
    let out: Item[] | null = null;
    const candidates = new Set<CompiledRule>();
    const add = (rules: CompiledRule[] | undefined): void => {
      if (rules) for (const r of rules) if (possible[r.order]) candidates.add(r);
    };
    const [byW, byP, byC, byA] = index;
    let p = 0;
    while (p < items.length) {
      const item = items[p];
      candidates.clear();
      if (item.atom) {
        const a = this.names.a.get(item.atom.cat);
        if (a >= 0) add(byA[a]);
      } else {
        const i = item.i0;
        if (wid[i] >= 0) add(byW[wid[i]]);
        if (pid[i] >= 0 && byP.length) add(byP[pid[i]]);
        for (const c of cls[i]) add(byC[c]);
      }
      if (candidates.size === 0) {
        out?.push(item);
        p++;
        continue;
      }
      const matches: { rule: CompiledRule; end: number; caps: CapList }[] = [];
      const ends: End[] = [];
      for (const rule of candidates) {
        if (rule.after && !this.matchesAt(rule.after, items, toks, p - 1)) continue;
        if (rule.notAfter && this.matchesAt(rule.notAfter, items, toks, p - 1)) continue;
        ends.length = 0;
        this.matchSeq(rule.elems, 0, items, toks, p, null, ends);
        for (const x of ends) if (x.end > p) matches.push({ rule, end: x.end, caps: x.caps });
      }
      matches.sort((a, b) => b.end - a.end || a.rule.order - b.rule.order);
      let accepted: Item | null = null;
      const start = p;
      for (const m of matches) {
        const i0 = items[p].i0;
        const i1 = items[m.end - 1].i1;
        const built = m.rule.build({ caps: capMap(m.caps), toks, i0, i1, args: m.rule.args, rule: m.rule.id });
        if (!built) continue;
        // An optional-only match of one atom that changes nothing ("the years"? + a range) keeps it as it is.
        if (m.end === p + 1 && items[p].atom && built.value === items[p].atom!.value) break;
        const atom: Atom = { cat: built.cat ?? m.rule.cat ?? built.value.kind, i0, i1, value: built.value, rule: m.rule.id };
        accepted = { i0, i1, atom };
        p = m.end;
        break;
      }
      if (accepted) {
        out ??= items.slice(0, start);
        out.push(accepted);
      } else {
        out?.push(item);
        p++;
      }
    }
    return out ?? items;
  }

  /** Pushes onto `out` every way `elems[k..]` can match from item `p`. */
  private matchSeq(elems: Elem[], k: number, items: Item[], toks: readonly Tok[], p: number, caps: CapList, out: End[]): void {
    if (k === elems.length) {
      out.push({ end: p, caps });
      return;
    }
    const e = elems[k];
    if (e.t === 'not') {
      if (!this.matchesAt(e.elem, items, toks, p)) this.matchSeq(elems, k + 1, items, toks, p, caps, out);
      return;
    }
    this.repeat(elems, k, items, toks, p, caps, 0, out);
  }

  /** Element `elems[k]` matched `count` times up to item `p`: try once more, or go on. */
  private repeat(elems: Elem[], k: number, items: Item[], toks: readonly Tok[], p: number, caps: CapList, count: number, out: End[]): void {
    const e = elems[k];
    const min = e.q === '' || e.q === '+' ? 1 : 0;
    const max = e.q === '*' || e.q === '+' ? Infinity : 1;
    if (count < max && p < items.length) {
      const ends: End[] = [];
      this.matchOne(e, items, toks, p, caps, ends);
      for (const x of ends) if (x.end > p) this.repeat(elems, k, items, toks, x.end, x.caps, count + 1, out);
    }
    if (count >= min) this.matchSeq(elems, k + 1, items, toks, p, caps, out);
  }

  /** Pushes onto `out` every way element `e` can match once at item `p`. */
  private matchOne(e: Elem, items: Item[], toks: readonly Tok[], p: number, caps: CapList, out: End[]): void {
    if (p >= items.length) return;
    const item = items[p];
    const tok = tokOf(item);
    const name = 'name' in e ? e.name : undefined;
    const capture = (to: number, extra: Partial<Capture>): CapList => {
      if (!name) return caps;
      const i1 = items[to - 1].i1;
      return { name, cap: { from: p, to, i0: item.i0, i1, norm: normOf(toks, item.i0, i1), ...extra }, next: caps };
    };
    switch (e.t) {
      case 'lit':
        if (tok && !tok.blocked && e.words.has(tok.norm)) out.push({ end: p + 1, caps: capture(p + 1, { lex: tok.norm }) });
        return;
      case 'pos':
        if (tok && !tok.blocked && e.tags.has(tok.pos)) out.push({ end: p + 1, caps: capture(p + 1, { lex: tok.norm }) });
        return;
      case 'cat':
        if (item.atom && e.cats.has(item.atom.cat)) out.push({ end: p + 1, caps: capture(p + 1, { value: item.atom.value, cat: item.atom.cat }) });
        return;
      case 'group': {
        const ends: End[] = [];
        this.matchSeq(e.elems, 0, items, toks, p, caps, ends);
        for (const x of ends) {
          if (!name) out.push(x);
          else out.push({ end: x.end, caps: { name, cap: { from: p, to: x.end, i0: item.i0, i1: items[x.end - 1].i1, norm: normOf(toks, item.i0, items[x.end - 1].i1) }, next: x.caps } });
        }
        return;
      }
      case 'cls': {
        const found: { end: number; lex: unknown }[] = [];
        for (const cls of e.classes) this.matchClass(cls, items, toks, p, found);
        for (const f of found) out.push({ end: f.end, caps: capture(f.end, { lex: f.lex }) });
        return;
      }
      case 'not':
        return;
    }
  }
}

/** Captures as a persistent list: adding one shares the rest, so backtracking copies nothing. */
type CapList = { name: string; cap: Capture; next: CapList } | null;
/** One way a pattern part can end: the item after it, and the captures so far. */
interface End {
  end: number;
  caps: CapList;
}

/** The captures of a match, by name (the latest capture of a name wins). */
function capMap(list: CapList): Map<string, Capture> {
  const map = new Map<string, Capture>();
  for (let c = list; c; c = c.next) if (!map.has(c.name)) map.set(c.name, c.cap);
  return map;
}

function normOf(toks: readonly Tok[], i0: number, i1: number): string {
  if (i1 - i0 === 1) return toks[i0].norm;
  let s = toks[i0].norm;
  for (let i = i0 + 1; i < i1; i++) s += ` ${toks[i].norm}`;
  return s;
}
