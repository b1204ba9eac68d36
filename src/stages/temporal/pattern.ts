/**
 * The pattern language of the temporal grammar's rules (elements separated by spaces):
 * - `from|since` a literal word, alternatives with `|` (compared with the token's normalised form);
 * - `<class>` a lexicon class from the data file (phrases may span several tokens: "a few") or a
 *   built-in shape class (`year`, `decade`, `day`...); `<a|b>` either class;
 * - `@year|decade` an atom of one of these categories (or category groups from the data file);
 * - `{NOUN|PROPN}` a token with one of these parts of speech;
 * - `[ ... ]` a group;
 * - a suffix `?`, `*` or `+` after any element; a prefix `name=` captures the element for the
 *   builder; a prefix `!` is a negative look-ahead, `&` a positive one (each consumes nothing: 'under
 *   Minami Jirō' is the span of `under n=… &[ , <rulerTitle> ]`).
 */

/** How often an element may repeat: once, `?` at most once, `*` any number, `+` at least once. */
export type Quant = '' | '?' | '*' | '+';
/** A compiled pattern element. */
export type Elem =
  | { t: 'lit'; words: Set<string>; name?: string; q: Quant }
  | { t: 'cls'; classes: string[]; name?: string; q: Quant }
  | { t: 'cat'; cats: Set<string>; name?: string; q: Quant }
  | { t: 'pos'; tags: Set<string>; name?: string; q: Quant }
  | { t: 'group'; elems: Elem[]; name?: string; q: Quant }
  | { t: 'not'; elem: Elem; q: Quant }
  | { t: 'then'; elem: Elem; q: Quant };

/** Whether `e` is a look-ahead (`!` or `&`), which consumes no item. */
export function isLookAhead(e: Elem): e is Extract<Elem, { t: 'not' | 'then' }> {
  return e.t === 'not' || e.t === 'then';
}

/** What an item offers for the rule index: its word (`w`), POS (`p`), classes starting at it (`c`), or atom category (`a`). */
export type Namespace = 'w' | 'p' | 'c' | 'a';
/** Position of each namespace in the grammar's per-namespace arrays. */
export const NS_INDEX: Record<Namespace, number> = { w: 0, p: 1, c: 2, a: 3 };
/** One key of the rule index: a namespace and a value in it. */
export interface Key {
  ns: Namespace;
  v: string;
}

/** The keys an item must have for a pattern to start at it; null if the pattern can be empty. */
export function firstKeys(elems: Elem[], k: number): Key[] | null {
  const keys: Key[] = [];
  for (let i = k; i < elems.length; i++) {
    const e = elems[i];
    if (isLookAhead(e)) continue;
    const own = elemKeys(e);
    if (own === null) continue;
    keys.push(...own);
    if (e.q === '' || e.q === '+') return keys;
  }
  return null;
}

/** The keys one of which an item must have to match element `e`; null for a look-ahead. */
export function elemKeys(e: Elem): Key[] | null {
  switch (e.t) {
    case 'lit':
      return [...e.words].map((v) => ({ ns: 'w', v }));
    case 'cls':
      return e.classes.map((v) => ({ ns: 'c', v }));
    case 'cat':
      return [...e.cats].map((v) => ({ ns: 'a', v }));
    case 'pos':
      return [...e.tags].map((v) => ({ ns: 'p', v }));
    case 'group':
      return firstKeys(e.elems, 0);
    case 'not':
    case 'then':
      return null;
  }
}

/** Parses one pattern; throws naming the rule on a malformed one. */
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
    let look: 'not' | 'then' | null = null;
    if ((part.startsWith('!') || part.startsWith('&')) && part.length > 1) {
      look = part.startsWith('!') ? 'not' : 'then';
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
      if (/^<[\w|-]+>$/.test(part)) elem = { t: 'cls', classes: part.slice(1, -1).split('|'), name, q };
      else if (part.startsWith('@')) {
        const cats = new Set<string>();
        for (const c of part.slice(1).split('|')) for (const x of catGroups[c] ?? [c]) cats.add(x);
        elem = { t: 'cat', cats, name, q };
      } else if (/^\{[A-Z|]+\}$/.test(part)) elem = { t: 'pos', tags: new Set(part.slice(1, -1).split('|')), name, q };
      else {
        // A literal never looks like markup: '<dash>|to' is a typo for '-|to'.
        if (/[<>@{}]/.test(part)) throw new Error(`rule '${rule}': '${part}' is neither a literal nor a class, category or POS`);
        elem = { t: 'lit', words: new Set(part.split('|')), name, q };
      }
    }
    return look ? { t: look, elem, q: '' } : elem;
  };
  const quantOf = (s: string): Quant => (s === '?' || s === '*' || s === '+' ? s : '');
  const elems = parseList(false);
  if (elems.length === 0) throw new Error(`rule '${rule}': empty pattern`);
  return elems;
}
