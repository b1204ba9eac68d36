/**
 * Finding any of a list of word phrases in a sentence with one pass over its words, instead of a
 * regular expression with dozens of alternatives tried at every character.
 */
import { FNV_OFFSET, FNV_PRIME, HashFilter, SMALL_HASH_MASK } from '../../fnv.js';

/**
 * The lower-cased words of a text, as the pattern `[a-z0-9]+(?:['’][a-z]+)?|\?` finds them in
 * `text.toLowerCase()`: cue phrases are plain English words, so an ASCII word pattern is enough,
 * and a letter outside it only splits a word no phrase contains. The words are kept as offsets
 * into the text with a hash of each, not as substrings: a sentence's words are read for every
 * sentence, but compared only where a phrase's first word has the same hash.
 */
export class Words {
  /** The text the offsets point into (lower-cased only when lower-casing moves offsets). */
  text = '';
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** Hash of each word (FNV-1a of its units in ASCII lower case, 30 bits). */
  hash = new Int32Array(64);
  /** The last text searched for {@link SPECIAL} units, and whether it holds any. */
  private checked: string | null = null;
  private special = false;

  /**
   * Reads the words of `text[from, to)`, replacing those read before; their offsets are offsets
   * of {@link text}. A sentence is read in place in the clean text: scanning a flat string is
   * faster than scanning the sentence's own text, which is a slice of it.
   */
  read(text: string, from = 0, to = text.length): this {
    // The only UTF-16 units whose lower case holds an ASCII letter ('İ' → 'i̇', Kelvin 'K' → 'k'):
    // only then does the scan need the lower-cased copy (which 'İ' also makes longer). A text is
    // searched for them once, not once per sentence: most texts have none.
    if (text !== this.checked) {
      this.checked = text;
      this.special = SPECIAL.test(text);
    }
    if (this.special) {
      const span = from === 0 && to === text.length ? text : text.slice(from, to);
      if (SPECIAL.test(span)) {
        text = span.toLowerCase();
        from = 0;
        to = text.length;
      }
    }
    this.text = text;
    if (this.start.length < to - from) {
      this.start = new Int32Array(to - from);
      this.end = new Int32Array(to - from);
      this.hash = new Int32Array(to - from);
    }
    const start = this.start;
    const end = this.end;
    const hash = this.hash;
    let count = 0;
    let i = from;
    while (i < to) {
      const u = text.charCodeAt(i);
      // (A table gives each unit's ASCII lower case when it is a letter or a digit, else 0.)
      let c = u < 128 ? WORD_UNIT[u] : 0;
      if (c === 0) {
        // '?' is a word of its own; it is looked for only among the units outside words.
        if (u === 63) {
          start[count] = i;
          end[count] = i + 1;
          hash[count++] = QUESTION_HASH;
        }
        i++;
        continue;
      }
      // The word's hash is computed while it is read.
      const first = i;
      let h = FNV_OFFSET;
      let v = 0;
      do {
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
        v = i < to ? text.charCodeAt(i) : 0;
        c = v < 128 ? WORD_UNIT[v] : 0;
      } while (c !== 0);
      // An apostrophe joins the letters after it ("can't", "nation's"), not digits.
      if ((v === 39 || v === 0x2019) && i + 1 < to) {
        const w = text.charCodeAt(i + 1);
        let l = w < 128 ? WORD_UNIT[w] : 0;
        if (l >= 97) {
          h = Math.imul(h ^ v, FNV_PRIME);
          i++;
          do {
            h = Math.imul(h ^ l, FNV_PRIME);
            i++;
            const y = i < to ? text.charCodeAt(i) : 0;
            l = y < 128 ? WORD_UNIT[y] : 0;
          } while (l >= 97);
        }
      }
      start[count] = first;
      end[count] = i;
      hash[count++] = h & SMALL_HASH_MASK;
    }
    this.count = count;
    return this;
  }

  /** True when word `i` is `word` (lower-case). */
  is(i: number, word: string): boolean {
    const from = this.start[i];
    if (this.end[i] - from !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (lower(this.text.charCodeAt(from + k)) !== word.charCodeAt(k)) return false;
    return true;
  }
}

/** Units whose lower case holds an ASCII letter: 'İ' and the Kelvin sign (see {@link Words.read}). */
const SPECIAL = /[\u0130\u212a]/;

/** Per ASCII unit: its lower case when it is a letter or a digit (the units of a word), else 0. */
const WORD_UNIT = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD_UNIT[c] = c;
for (let c = 97; c <= 122; c++) WORD_UNIT[c] = c;
for (let c = 65; c <= 90; c++) WORD_UNIT[c] = c + 32;

/** ASCII lower case of a UTF-16 unit; other units unchanged (see {@link Words.read}). */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The hash of the word '?', which stands alone. */
const QUESTION_HASH = Math.imul(FNV_OFFSET ^ 63, FNV_PRIME) & SMALL_HASH_MASK;

/** A phrase of one of the lists of a {@link PhraseSets}. */
interface Phrase {
  /** The phrase as reported: its words joined by single spaces. */
  text: string;
  /** The index of its list. */
  set: number;
  /** Its place among all phrases, list by list: of two found at one word, the earlier wins. */
  order: number;
}

/**
 * A word of the phrase trie: the phrases that end with it and the words that may follow it. The
 * children are keyed by {@link Words.hash}; a hash hit is checked against the word's letters.
 */
interface PhraseNode {
  /** The word, lower-case. */
  word: string;
  /** Another word after the same words with the same hash (rare), or null. */
  sameHash: PhraseNode | null;
  next: Map<number, PhraseNode> | null;
  /** The phrases that end with this word, in the order they were added. */
  ends: Phrase[];
}

/** The node of `slot`'s chain whose word is word `i` of `words`, or null. */
function nodeFor(slot: PhraseNode | undefined, words: Words, i: number): PhraseNode | null {
  for (let node = slot ?? null; node !== null; node = node.sameHash) if (words.is(i, node.word)) return node;
  return null;
}

/** Reads each phrase with `scan` and hands its lower-cased words and their hashes to `add`. */
function indexPhrases(phrases: string[], scan: Words, add: (words: string[], hashes: Int32Array) => void): void {
  for (const p of phrases) {
    scan.read(p);
    if (scan.count === 0) continue;
    const words: string[] = [];
    for (let i = 0; i < scan.count; i++) words.push(scan.text.slice(scan.start[i], scan.end[i]).toLowerCase());
    add(words, scan.hash.slice(0, scan.count));
  }
}

/**
 * Several phrase lists searched in one pass over a sentence's words: for each list, the first of
 * its phrases found, as {@link PhraseMatcher.find} would return it. The phrases form a trie of
 * words, so that the many phrases opening with one common word ('the', 'this', 'we') have that
 * word compared once, and each following word once per branch rather than once per phrase.
 */
export class PhraseSets {
  /** The trie's first words, keyed by hash. */
  private readonly byFirst = new Map<number, PhraseNode>();
  private readonly firstHashes = new HashFilter();
  readonly size: number;
  /** Scratch of {@link find}: per list, the word where its phrase was found, and that phrase's order. */
  private readonly foundAt: Int32Array;
  private readonly foundOrder: Int32Array;

  /** @param sets lists of phrases, matched case-insensitively */
  constructor(sets: string[][]) {
    this.size = sets.length;
    this.foundAt = new Int32Array(sets.length);
    this.foundOrder = new Int32Array(sets.length);
    const scan = new Words();
    let order = 0;
    sets.forEach((phrases, set) =>
      indexPhrases(phrases, scan, (words, hashes) => {
        this.firstHashes.add(hashes[0]);
        let level = this.byFirst;
        let node: PhraseNode | null = null;
        for (let k = 0; k < words.length; k++) {
          if (node !== null) level = node.next ??= new Map();
          const slot = level.get(hashes[k]);
          let match = slot ?? null;
          while (match !== null && match.word !== words[k]) match = match.sameHash;
          if (match === null) {
            match = { word: words[k], sameHash: slot ?? null, next: null, ends: [] };
            level.set(hashes[k], match);
          }
          node = match;
        }
        node!.ends.push({ text: words.join(' '), set, order: order++ });
      }),
    );
  }

  /** Fills `out[i]` with the first phrase of list i found in `words` (in the words' order), or null. */
  find(words: Words, out: (string | null)[]): void {
    out.length = this.size;
    out.fill(null);
    const foundAt = this.foundAt;
    const foundOrder = this.foundOrder;
    foundAt.fill(-1);
    let found = 0;
    for (let i = 0; i < words.count && found < this.size; i++) {
      const h = words.hash[i];
      if (!this.firstHashes.mayHold(h)) continue;
      // Every phrase that starts at word i lies on the one path of the trie that words i, i+1, …
      // follow. Of a list's phrases found at one word, the one first in the list wins (as when
      // each phrase was tried in turn); a list's phrase at an earlier word is kept.
      let node = nodeFor(this.byFirst.get(h), words, i);
      for (let k = i + 1; node !== null; k++) {
        for (const phrase of node.ends) {
          const set = phrase.set;
          if (out[set] === null) {
            out[set] = phrase.text;
            foundAt[set] = i;
            foundOrder[set] = phrase.order;
            found++;
          } else if (foundAt[set] === i && phrase.order < foundOrder[set]) {
            out[set] = phrase.text;
            foundOrder[set] = phrase.order;
          }
        }
        if (node.next === null || k >= words.count) break;
        node = nodeFor(node.next.get(words.hash[k]), words, k);
      }
    }
  }
}

/** One phrase list: the first of its phrases found in a sentence's words. */
export class PhraseMatcher {
  private readonly sets: PhraseSets;
  private readonly out: (string | null)[] = [];

  /** @param phrases phrases of one or more words ("this essay", "had long"), matched case-insensitively */
  constructor(phrases: string[]) {
    this.sets = new PhraseSets([phrases]);
  }

  /** The first phrase found in `words`, as written in the list (words joined by spaces), or null. */
  find(words: Words): string | null {
    this.sets.find(words, this.out);
    return this.out[0];
  }
}
