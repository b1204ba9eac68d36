/**
 * A small cascaded token grammar, driven by rules in `pipeline/temporal.json`.
 *
 * A rule is a pattern over items (tokens, or atoms that earlier levels built) plus the name of a
 * builder that turns the captured parts into a value. Levels run in order; each is one left-to-right
 * pass that, at every item, tries the rules indexed under that item, keeps the longest match whose
 * builder accepts it, and replaces the matched items by one atom. So level 1 turns "1995", "–", "2002"
 * into a range atom, and level 2 can then read "from" + that atom as "from 1995–2002".
 *
 * Pattern language (elements separated by spaces):
 * - `from|since` a literal word, alternatives with `|` (compared with the token's normalised form);
 * - `<class>` a lexicon class from the data file (phrases may span several tokens: "a few") or a
 *   built-in shape class (`year`, `decade`, `day`...);
 * - `@year|decade` an atom of one of these categories (or category groups from the data file);
 * - `{NOUN|PROPN}` a token with one of these parts of speech;
 * - `[ ... ]` a group;
 * - a suffix `?`, `*` or `+` after any element; a prefix `name=` captures the element for the
 *   builder; a prefix `!` is a negative look-ahead (matches nothing, consumes nothing).
 */
import type { Tok } from './lexer.js';
import type { Value } from './values.js';

/** An atom: a recognised piece spanning tokens `[i0, i1)`. */
export interface Atom {
  cat: string;
  i0: number;
  i1: number;
  value: Value;
  rule: string;
}

/** A token or an atom, covering tokens `[i0, i1)`. */
export interface Item {
  i0: number;
  i1: number;
  tok?: Tok;
  atom?: Atom;
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

/** A built-in class: a test on one token that returns its value, or undefined. */
export type BuiltinClass = (tok: Tok, toks: readonly Tok[], index: number) => unknown;

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

type Quant = '' | '?' | '*' | '+';
type Elem =
  | { t: 'lit'; words: Set<string>; name?: string; q: Quant }
  | { t: 'cls'; cls: string; name?: string; q: Quant }
  | { t: 'cat'; cats: Set<string>; name?: string; q: Quant }
  | { t: 'pos'; tags: Set<string>; name?: string; q: Quant }
  | { t: 'group'; elems: Elem[]; name?: string; q: Quant }
  | { t: 'not'; elem: Elem; q: Quant };

/** A rule as written in the data file. */
export interface RuleSpec {
  id: string;
  level: number;
  pattern: string;
  build: string;
  /** Category of the atom (default: the value's kind). */
  cat?: string;
  args?: Record<string, unknown>;
  $comment?: string;
}

interface CompiledRule {
  id: string;
  order: number;
  elems: Elem[];
  build: Builder;
  cat?: string;
  args: Record<string, unknown>;
}

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
}

/** A compiled grammar: class tries and levels of indexed rules. Immutable once built. */
export class Grammar {
  private readonly tries = new Map<string, TrieNode>();
  /** First normalised word → classes having a phrase that starts with it. */
  private readonly classFirstWords = new Map<string, string[]>();
  private readonly builtins: Record<string, BuiltinClass>;
  private readonly levels: { level: number; index: Map<string, CompiledRule[]> }[] = [];

  constructor(spec: GrammarSpec) {
    this.builtins = spec.builtins;
    for (const [name, cls] of Object.entries(spec.classes)) {
      const root: TrieNode = { next: new Map(), phrases: [] };
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
        const list = this.classFirstWords.get(toks[0].norm) ?? [];
        if (!list.includes(name)) list.push(name);
        this.classFirstWords.set(toks[0].norm, list);
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
      list.push({ id: r.id, order, elems, build, cat: r.cat, args: r.args ?? {} });
      byLevel.set(r.level, list);
    });
    for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
      const index = new Map<string, CompiledRule[]>();
      for (const rule of byLevel.get(level)!) {
        const keys = firstKeys(rule.elems, 0);
        if (keys === null) throw new Error(`rule '${rule.id}': pattern can match nothing at its start`);
        for (const key of keys) {
          const list = index.get(key) ?? [];
          list.push(rule);
          index.set(key, list);
        }
      }
      this.levels.push({ level, index });
    }
  }

  private checkClasses(elems: Elem[], rule: string): void {
    for (const e of elems) {
      if (e.t === 'cls' && !this.tries.has(e.cls) && !(e.cls in this.builtins)) throw new Error(`rule '${rule}': unknown class <${e.cls}>`);
      if (e.t === 'group') this.checkClasses(e.elems, rule);
      if (e.t === 'not') this.checkClasses([e.elem], rule);
    }
  }

  /** Runs every level over `toks`; returns the final items (atoms and left-over tokens). */
  parse(toks: readonly Tok[]): Item[] {
    let items: Item[] = toks.map((tok, i) => ({ i0: i, i1: i + 1, tok }));
    for (const { index } of this.levels) items = this.pass(items, toks, index);
    return items;
  }

  private keysOf(item: Item, toks: readonly Tok[]): string[] {
    if (item.atom) return [`a:${item.atom.cat}`];
    const tok = item.tok!;
    if (tok.blocked) return [];
    const keys = [`w:${tok.norm}`, `p:${tok.pos}`];
    for (const cls of this.classFirstWords.get(tok.norm) ?? []) keys.push(`c:${cls}`);
    for (const [name, test] of Object.entries(this.builtins)) if (test(tok, toks, item.i0) !== undefined) keys.push(`c:${name}`);
    return keys;
  }

  private pass(items: Item[], toks: readonly Tok[], index: Map<string, CompiledRule[]>): Item[] {
    const out: Item[] = [];
    let p = 0;
    while (p < items.length) {
      const candidates = new Set<CompiledRule>();
      for (const key of this.keysOf(items[p], toks)) for (const r of index.get(key) ?? []) candidates.add(r);
      const matches: { rule: CompiledRule; end: number; caps: Map<string, Capture> }[] = [];
      for (const rule of candidates) {
        this.matchSeq(rule.elems, 0, items, toks, p, new Map(), (end, caps) => {
          if (end > p) matches.push({ rule, end, caps });
        });
      }
      matches.sort((a, b) => b.end - a.end || a.rule.order - b.rule.order);
      let accepted: Item | null = null;
      for (const m of matches) {
        const i0 = items[p].i0;
        const i1 = items[m.end - 1].i1;
        const built = m.rule.build({ caps: m.caps, toks, i0, i1, args: m.rule.args, rule: m.rule.id });
        if (!built) continue;
        const atom: Atom = { cat: built.cat ?? m.rule.cat ?? built.value.kind, i0, i1, value: built.value, rule: m.rule.id };
        accepted = { i0, i1, atom };
        p = m.end;
        break;
      }
      if (accepted) out.push(accepted);
      else out.push(items[p++]);
    }
    return out;
  }

  private matchSeq(
    elems: Elem[],
    k: number,
    items: Item[],
    toks: readonly Tok[],
    p: number,
    caps: Map<string, Capture>,
    emit: (end: number, caps: Map<string, Capture>) => void,
  ): void {
    if (k === elems.length) {
      emit(p, caps);
      return;
    }
    const e = elems[k];
    if (e.t === 'not') {
      let hit = false;
      this.matchOne(e.elem, items, toks, p, caps, () => (hit = true));
      if (!hit) this.matchSeq(elems, k + 1, items, toks, p, caps, emit);
      return;
    }
    const min = e.q === '' || e.q === '+' ? 1 : 0;
    const max = e.q === '*' || e.q === '+' ? Infinity : 1;
    const repeat = (count: number, pos: number, c: Map<string, Capture>): void => {
      if (count < max) {
        this.matchOne(e, items, toks, pos, c, (end, c2) => {
          if (end > pos) repeat(count + 1, end, c2);
        });
      }
      if (count >= min) this.matchSeq(elems, k + 1, items, toks, pos, c, emit);
    };
    repeat(0, p, caps);
  }

  /** Matches one element once at item `p`, calling `emit` for every way it can end. */
  private matchOne(
    e: Elem,
    items: Item[],
    toks: readonly Tok[],
    p: number,
    caps: Map<string, Capture>,
    emit: (end: number, caps: Map<string, Capture>) => void,
  ): void {
    if (p >= items.length) return;
    const item = items[p];
    const capture = (to: number, extra: Partial<Capture>): Map<string, Capture> => {
      if (!('name' in e) || !e.name) return caps;
      const c = new Map(caps);
      const i1 = items[to - 1].i1;
      const norm = toks.slice(item.i0, i1).map((t) => t.norm).join(' ');
      c.set(e.name, { from: p, to, i0: item.i0, i1, norm, ...extra });
      return c;
    };
    switch (e.t) {
      case 'lit':
        if (item.tok && !item.tok.blocked && e.words.has(item.tok.norm)) emit(p + 1, capture(p + 1, { lex: item.tok.norm }));
        return;
      case 'pos':
        if (item.tok && !item.tok.blocked && e.tags.has(item.tok.pos)) emit(p + 1, capture(p + 1, { lex: item.tok.norm }));
        return;
      case 'cat':
        if (item.atom && e.cats.has(item.atom.cat)) emit(p + 1, capture(p + 1, { value: item.atom.value, cat: item.atom.cat }));
        return;
      case 'group':
        this.matchSeq(e.elems, 0, items, toks, p, caps, (end, c2) => {
          if (!e.name) return emit(end, c2);
          const c = new Map(c2);
          const i1 = items[end - 1].i1;
          c.set(e.name, { from: p, to: end, i0: item.i0, i1, norm: toks.slice(item.i0, i1).map((t) => t.norm).join(' ') });
          emit(end, c);
        });
        return;
      case 'cls': {
        const builtin = this.builtins[e.cls];
        if (builtin) {
          if (!item.tok || item.tok.blocked) return;
          const v = builtin(item.tok, toks, item.i0);
          if (v !== undefined) emit(p + 1, capture(p + 1, { lex: v }));
          return;
        }
        let node: TrieNode | undefined = this.tries.get(e.cls);
        let q = p;
        while (node && q < items.length) {
          const it = items[q];
          if (!it.tok || it.tok.blocked) break;
          node = node.next.get(it.tok.norm);
          if (!node) break;
          q++;
          for (const phrase of node.phrases) {
            const ok = phrase.caps.every((mustCap, j) => !mustCap || items[p + j].tok!.cap);
            if (ok) emit(q, capture(q, { lex: phrase.value }));
          }
        }
        return;
      }
      case 'not':
        return;
    }
  }
}

/** The keys an item must have for a pattern to start at it; null if the pattern can be empty. */
function firstKeys(elems: Elem[], k: number): string[] | null {
  const keys: string[] = [];
  for (let i = k; i < elems.length; i++) {
    const e = elems[i];
    if (e.t === 'not') continue;
    const own = elemKeys(e);
    if (own === null) continue;
    keys.push(...own);
    if (e.q === '' || e.q === '+') return keys;
  }
  return null;
}

function elemKeys(e: Elem): string[] | null {
  switch (e.t) {
    case 'lit':
      return [...e.words].map((w) => `w:${w}`);
    case 'cls':
      return [`c:${e.cls}`];
    case 'cat':
      return [...e.cats].map((c) => `a:${c}`);
    case 'pos':
      return [...e.tags].map((t) => `p:${t}`);
    case 'group':
      return firstKeys(e.elems, 0);
    case 'not':
      return null;
  }
}

/** Parses the pattern language described at the top of this file. */
export function parsePattern(pattern: string, rule: string, catGroups: Record<string, string[]>): Elem[] {
  const parts = pattern.trim().split(/\s+/);
  let i = 0;
  const parseList = (closing: boolean): Elem[] => {
    const elems: Elem[] = [];
    while (i < parts.length) {
      const part = parts[i];
      if (/^\](\?|\*|\+)?$/.test(part)) {
        if (!closing) throw new Error(`rule '${rule}': unbalanced ']' in pattern '${pattern}'`);
        return elems;
      }
      i++;
      elems.push(parseElem(part));
    }
    if (closing) throw new Error(`rule '${rule}': missing ']' in pattern '${pattern}'`);
    return elems;
  };
  const parseElem = (raw: string): Elem => {
    let part = raw;
    let negate = false;
    if (part.startsWith('!') && part.length > 1) {
      negate = true;
      part = part.slice(1);
    }
    let name: string | undefined;
    const named = /^([a-zA-Z][\w]*)=(.+)$/.exec(part);
    if (named) {
      name = named[1];
      part = named[2];
    }
    let elem: Elem;
    if (part === '[') {
      const elems = parseList(true);
      const close = parts[i++];
      elem = { t: 'group', elems, name, q: quantOf(close.slice(1)) };
    } else {
      let q: Quant = '';
      const qm = /^(.+?)([?*+])$/.exec(part);
      if (qm && part.length > 1) {
        part = qm[1];
        q = qm[2] as Quant;
      }
      if (/^<[\w-]+>$/.test(part)) elem = { t: 'cls', cls: part.slice(1, -1), name, q };
      else if (part.startsWith('@')) {
        const cats = new Set<string>();
        for (const c of part.slice(1).split('|')) for (const x of catGroups[c] ?? [c]) cats.add(x);
        elem = { t: 'cat', cats, name, q };
      } else if (/^\{[A-Z|]+\}$/.test(part)) elem = { t: 'pos', tags: new Set(part.slice(1, -1).split('|')), name, q };
      else elem = { t: 'lit', words: new Set(part.split('|')), name, q };
    }
    return negate ? { t: 'not', elem, q: '' } : elem;
  };
  const quantOf = (s: string): Quant => (s === '?' || s === '*' || s === '+' ? s : '');
  const elems = parseList(false);
  if (elems.length === 0) throw new Error(`rule '${rule}': empty pattern`);
  return elems;
}
