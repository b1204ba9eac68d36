/**
 * Bounded memos of pure functions of a string, kept across the documents a process analyses.
 *
 * A memo must not keep documents alive. V8 makes a substring of 13 characters or more a *slice*:
 * a pointer into the string it was cut from. A word cut from a document and kept as a memo's key
 * (or returned unchanged as its value: 'china' folds to itself) therefore keeps the whole
 * document in memory for as long as the memo keeps the word. On a corpus whose documents bring
 * new words, every document left one or more entries behind, and a worker's heap grew by each
 * document's text: 400 documents of varied vocabulary kept 35 MB of strings, most of them whole
 * texts held by a single long word each (heap snapshots before and after). So what a memo keeps
 * is {@link detached} first.
 */

/** Shorter substrings are copies in V8; longer ones point into the string they were cut from. */
const SHORTEST_SLICE = 13;

/**
 * A copy of `s` that shares no memory with the text it may have been cut from. (Slicing a
 * concatenation makes V8 flatten it into a new string first, and only that small string is kept.)
 */
export function detached(s: string): string {
  return s.length < SHORTEST_SLICE ? s : (' ' + s).slice(1);
}

/** `value`, with any string in it {@link detached} (a string, or an array of strings). */
function detachedValue<V>(value: V): V {
  if (typeof value === 'string') return detached(value) as V;
  if (Array.isArray(value) && value.some((x) => typeof x === 'string')) return value.map((x: unknown) => (typeof x === 'string' ? detached(x) : x)) as V;
  return value;
}

/**
 * Strings a memo holds at most, unless it is given its own limit: the words that make up most of
 * any English text. A batch of varied texts keeps meeting rarer words and names, which only grow a
 * worker's heap: on 1 GB of text with new words at the rate of English prose, 20,000 (with
 * `MAX_WINK_LEXICON` at 250,000) took the peak RSS at `--jobs 2` from 609 MB to 566 MB, against
 * 50,000 (and 350,000), at the same words/s; 10,000 (with 100,000 lexemes instead of 120,000) from
 * 503 to 485 MB in the twenty-second session (see `MAX_WINK_LEXICON`).
 */
export const MEMO_LIMIT = 10_000;

/**
 * The results of `compute` for the strings met before. When it holds `limit` of them it starts
 * afresh: a batch of varied texts keeps meeting new words, and a bounded memo keeps its memory flat.
 */
export class StringMemo<V> {
  private readonly known = new Map<string, V>();

  /** `compute` is the memo's function; a call may pass its own where it needs more than the key. */
  constructor(
    private readonly compute?: (key: string) => V,
    private readonly limit = MEMO_LIMIT,
  ) {}

  get(key: string, compute = this.compute!): V {
    let value = this.known.get(key);
    if (value === undefined) {
      if (this.known.size >= this.limit) this.known.clear();
      value = detachedValue(compute(key));
      this.known.set(detached(key), value);
    }
    return value;
  }

  /** Number of strings held (for tests). */
  get size(): number {
    return this.known.size;
  }
}
