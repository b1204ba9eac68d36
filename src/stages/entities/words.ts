/**
 * Words of a sentence, built from the token table: wink splits "All-China" into three tokens and
 * "China’s" into two, so tokens joined without spaces by a hyphen or dash become one word (with its
 * parts kept, for "Hu–Wen"), and a possessive ending becomes a flag on the word before it.
 */
import { POS_TAGS, type TokenTable } from '../../doc.js';
import { CHAR_ALNUM, CHAR_LOWER, CHAR_UPPER, charClass, isDash, type LowerWords } from './chars.js';
import { FNV_OFFSET, FNV_PRIME, SMALL_HASH_MASK } from '../../fnv.js';
import { fold, type Lexicon } from './lexicon.js';
import { detached } from '../../memo.js';

/** A word of the clean text. Offsets are clean offsets. */
export interface Word {
  text: string;
  cleanStart: number;
  cleanEnd: number;
  /** Begins with a capital letter. */
  cap: boolean;
  /** A capitalised word that may be part of a name (see {@link isNameText}). */
  name: boolean;
  /** Index of the POS tag (into POS_TAGS) of the word's first token; -1 when unknown (headings). */
  pos: number;
  /** "'s" or "'" directly follows the word ("China’s", "Workers’"), or '' . */
  possessive: '' | "'s" | "'";
  /** Parts joined by a hyphen or dash without spaces ("Hu–Wen" → Hu, Wen), or null. */
  parts: { text: string; cleanStart: number; cleanEnd: number }[] | null;
  /** The dash that joined the parts ('-' or '–'), or ''. */
  joiner: string;
  /** First word of its sentence, after opening punctuation. */
  initial: boolean;
  /** Folded text, computed on first use by {@link foldOf} (null until then). */
  folded: string | null;
  /** {@link KIND} bits, computed on first use by {@link kindsOf} (-1 until then). */
  kinds: number;
}

/** The word's folded text (lower case, no diacritics), computed once. */
export function foldOf(w: Word): string {
  return (w.folded ??= fold(w.text));
}

/**
 * What a word is to the lexicon's sets that the scan asks of name words most often, as bits: its
 * folded text is a title, a non-entity word, an ordinal, a numbered law's head, a provision word, a
 * LAW head, a month-named law's head, an article, a regime's ordinal or head; its text is a
 * month-named event's head or a party's word. A capitalised word's bits are found once for all its
 * occurrences (see {@link WordTable}), where each test was a look-up of its own.
 */
export const KIND = {
  TITLE: 1,
  NON_ENTITY: 2,
  ORDINAL: 4,
  NUMBERED_LAW_HEAD: 8,
  PROVISION: 16,
  LAW_HEAD: 32,
  MONTH_LAW_HEAD: 64,
  ARTICLE: 128,
  REGIME_ORDINAL: 256,
  REGIME_HEAD: 512,
  MONTH_EVENT_HEAD: 1024,
  PARTY: 2048,
  /** Folded text among the heads of any type. */
  HEAD: 4096,
  GIVEN_NAME: 8192,
  NOT_LEADER: 16384,
  /** Text among the listed non-names ('I', 'Mr'). */
  NON_NAME: 32768,
} as const;

/** The {@link KIND} bits of words by folded text and by text, for one lexicon. */
export interface KindTables {
  folded: Map<string, number>;
  text: Map<string, number>;
}

const kindTables = new WeakMap<Lexicon, KindTables>();

/** The {@link KindTables} of a lexicon, made on first need (its sets do not change after loading). */
export function kindTablesOf(lex: Lexicon): KindTables {
  let tables = kindTables.get(lex);
  if (tables) return tables;
  const folded = new Map<string, number>();
  const text = new Map<string, number>();
  const add = (map: Map<string, number>, words: Iterable<string>, bit: number): void => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  add(folded, lex.titles, KIND.TITLE);
  add(folded, lex.nonEntityWords, KIND.NON_ENTITY);
  add(folded, lex.ordinals, KIND.ORDINAL);
  add(folded, lex.numberedLawHeadWords, KIND.NUMBERED_LAW_HEAD);
  add(folded, lex.provisionWords, KIND.PROVISION);
  add(folded, [...lex.heads].filter(([, type]) => type === 'LAW').map(([w]) => w), KIND.LAW_HEAD);
  add(folded, lex.monthLawHeads, KIND.MONTH_LAW_HEAD);
  add(folded, lex.articles, KIND.ARTICLE);
  add(folded, lex.regimeOrdinals, KIND.REGIME_ORDINAL);
  add(folded, lex.regimeHeads, KIND.REGIME_HEAD);
  add(folded, lex.heads.keys(), KIND.HEAD);
  add(folded, lex.givenNames, KIND.GIVEN_NAME);
  add(folded, lex.notLeaders, KIND.NOT_LEADER);
  add(text, lex.monthEventHeads, KIND.MONTH_EVENT_HEAD);
  add(text, lex.partyWords, KIND.PARTY);
  add(text, lex.nonNames, KIND.NON_NAME);
  kindTables.set(lex, (tables = { folded, text }));
  return tables;
}

/** The {@link KIND} bits of a word written `text`, folded `folded`. */
function kindsOfText(text: string, folded: string, tables: KindTables): number {
  return (tables.folded.get(folded) ?? 0) | (tables.text.get(text) ?? 0);
}

/** {@link kindsOf} where the caller has the lexicon only (the tables are looked up only for a word without its bits). */
export function kindsOfWord(w: Word, lex: Lexicon): number {
  return w.kinds >= 0 ? w.kinds : kindsOf(w, kindTablesOf(lex));
}

/** The word's {@link KIND} bits, computed once (a capitalised word of a sentence has them from the {@link WordTable}). */
export function kindsOf(w: Word, tables: KindTables): number {
  if (w.kinds >= 0) return w.kinds;
  const kinds = kindsOfText(w.text, foldOf(w), tables);
  // (The shared stand-in is never changed.)
  if (w !== GAP) w.kinds = kinds;
  return kinds;
}

export const POS = Object.fromEntries(POS_TAGS.map((t, i) => [t, i])) as Record<(typeof POS_TAGS)[number], number>;

const UPPER = /^\p{Lu}/u;

/** Whether `text` is opening punctuation only: brackets, quotes, bullets, dashes (`/^[(\["'“‘*#•·–—-]+$/`). */
/** A paragraph's number at the start of a sentence: '3', '3.1', '2.3.2', '4.' (not a year). */
const PARAGRAPH_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?$/;
/** A speaker's label in capitals before its colon: 'MARTA', 'HOST', 'Q'. */
const SPEAKER_LABEL = /^\p{Lu}+$/u;
/** A year and a dash opening a row of a chronology ('1945 — …'). */
const ROW_YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;
/** Whether `text` is the dash of a chronology's row: '—', '–' or '-' (a test of one character, asked of every word). */
function isRowDash(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2014 || c === 0x2013 || c === 45;
}
/** Full stop, question and exclamation marks (char codes). */
const SENTENCE_END = new Set([46, 63, 33]);
/** The words a speaker's label leaves capitalised by position: articles. */
const LABEL_OPENERS = new Set(['The', 'A', 'An']);

function isOpeners(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const opener = c === 40 || c === 91 || c === 34 || c === 39 || c === 42 || c === 35 || c === 45 || c === 0x201c || c === 0x2018 || c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 0x2014;
    if (!opener) return false;
  }
  return true;
}

/** Whether the character at `at` is a letter or digit (ASCII fast path). */
function isAlnum(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c > 127 && (charClass(c) & CHAR_ALNUM) !== 0;
}

/** Whether `text` begins with a capital letter (ASCII fast path). */
export function startsUpper(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  // A surrogate pair (an astral letter) goes to the regular expression, which reads code points.
  return c >= 0xd800 && c < 0xdc00 ? UPPER.test(text) : (charClass(c) & CHAR_UPPER) !== 0;
}

const LOWER_INITIAL = /^\p{Ll}/u;

/**
 * Whether a capitalised word may be part of a name: not a listed non-name ('I', 'Mr'), and not a
 * modifier: "Communist-aligned", "UN-supervised" modify the next noun; "May–June" is a date.
 * Settled once when the word is made, as the scan asks it of every word several times.
 */
function isNameText(text: string, cap: boolean, parts: Word['parts'], lex: Lexicon): boolean {
  if (!cap || lex.nonNames.has(text)) return false;
  if (parts && lex.nonNames.has(parts[0].text)) return false;
  if (parts && parts.length >= 2 && LOWER_INITIAL.test(parts[parts.length - 1].text) && lex.modifierTail.test(parts[parts.length - 1].text)) return false;
  return true;
}

/**
 * Whether `text` is an elided particle and a capitalised name written as one word ("l'Homme",
 * "d'Ivoire", "dell'Umbria"): a lower-case particle of the lexicon's `elidedParticles`, an
 * apostrophe (straight or curly) within its first six characters, then a capital.
 */
export function isElidedName(text: string, lex: Lexicon): boolean {
  const c = text.charCodeAt(0);
  if (!(c >= 97 && c <= 122) || text.length < 3) return false;
  for (let i = 1; i < 6 && i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    if (a === 39 || a === 0x2019) return lex.elidedParticles.has(`${text.slice(0, i)}'`) && UPPER.test(text.slice(i + 1));
    if (!(a >= 97 && a <= 122)) return false;
  }
  return false;
}

/** The hyphen or dash a one-character token is, or '' ('-', '‐', '‑' → '-'; '–' → '–'). */
function joinerAt(text: string, start: number, end: number): string {
  if (end - start !== 1) return '';
  const c = text.charCodeAt(start);
  if (c === 45 || c === 0x2010 || c === 0x2011) return '-';
  return c === 0x2013 ? '–' : '';
}

/** Whether tokens `[start, end)` hold a possessive: ’s, 's, ’ or '. */
function isPossessive(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c !== 39 && c !== 0x2019) return false;
  return end - start === 1 || (end - start === 2 && text.charCodeAt(start + 1) === 115);
}

/**
 * Stand-in for a word far from any capital or digit: nothing there can be part of, or a cue for, a
 * name, so no string or object is made for it. Shared, never changed (its `folded` is set and its
 * offsets match no neighbour, so no possessive is ever put on it); not frozen, so that every word
 * has one object shape and property reads stay fast.
 */
export const GAP: Word = {
  text: '',
  cleanStart: -1,
  cleanEnd: -1,
  cap: false,
  name: false,
  pos: -1,
  possessive: '',
  parts: null,
  joiner: '',
  initial: false,
  folded: '',
  kinds: -1,
};

/** A blank word, to be filled in (one object shape for every word). */
function newWord(): Word {
  return { text: '', cleanStart: -1, cleanEnd: -1, cap: false, name: false, pos: -1, possessive: '', parts: null, joiner: '', initial: false, folded: null, kinds: -1 };
}

/**
 * The distinct words beginning with a capital or a non-ASCII character met so far by the scans with
 * one lexicon, across documents, each with its folded form and, for a word without dash parts,
 * whether it may be part of a name. Such a word of a sentence is found here by hashing its span of
 * the text (FNV-1a over its UTF-16 code units): every occurrence
 * of a word then shares one string, whose fold and name test are done once, and whose hash V8
 * computes once for all the Set and Map look-ups made with it (a fresh slice of the text per
 * occurrence was hashed again by each). The strings are one-byte when they can be: a slice of a
 * text holding a curly quote is two-byte, slower to hash, compare and lower-case.
 */
class WordTable {
  /** Entry index + 1 by hash slot; 0 marks an empty slot. */
  private readonly slots = new Int32Array(WORD_SLOTS);
  private readonly hashes: number[] = [];
  private readonly texts: string[] = [];
  private readonly folds: string[] = [];
  private readonly caps: boolean[] = [];
  /** {@link isNameText} of the word with no parts. */
  private readonly names: boolean[] = [];
  /** Whether the word is a numbered label ('Table', 'Chapter'). */
  private readonly labels: boolean[] = [];
  /** The word's {@link KIND} bits. */
  private readonly kinds: number[] = [];
  private readonly kindTables: KindTables;

  constructor(private readonly lex: Lexicon) {
    this.kindTables = kindTablesOf(lex);
  }

  /** The entry of the word `text.slice(start, end)`, added if new. */
  entry(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    h &= SMALL_HASH_MASK;
    const { slots, texts } = this;
    let slot = (h ^ (h >>> 15)) & (WORD_SLOTS - 1);
    for (; slots[slot] !== 0; slot = (slot + 1) & (WORD_SLOTS - 1)) {
      const e = slots[slot] - 1;
      if (this.hashes[e] === h && sameSpan(texts[e], text, start, end)) return e;
    }
    // Bounded: the table starts afresh rather than grow with a corpus's vocabulary.
    if (texts.length >= MAX_WORDS) {
      this.clear();
      return this.entry(text, start, end);
    }
    const value = oneByte(text.slice(start, end));
    const c = value.length > 0 ? value.charCodeAt(0) : -1;
    const cap = (c >= 65 && c <= 90) || (c > 127 && startsUpper(value));
    const e = texts.length;
    slots[slot] = e + 1;
    this.hashes.push(h);
    texts.push(value);
    const folded = fold(value);
    this.folds.push(folded);
    this.kinds.push(kindsOfText(value, folded, this.kindTables));
    this.caps.push(cap);
    this.names.push(cap && isNameText(value, cap, null, this.lex));
    this.labels.push(cap && this.lex.numberedLabels.has(value));
    return e;
  }

  text(e: number): string {
    return this.texts[e];
  }

  folded(e: number): string {
    return this.folds[e];
  }

  cap(e: number): boolean {
    return this.caps[e];
  }

  name(e: number): boolean {
    return this.names[e];
  }

  label(e: number): boolean {
    return this.labels[e];
  }

  kindBits(e: number): number {
    return this.kinds[e];
  }

  private clear(): void {
    this.slots.fill(0);
    this.hashes.length = 0;
    this.texts.length = 0;
    this.folds.length = 0;
    this.caps.length = 0;
    this.names.length = 0;
    this.labels.length = 0;
    this.kinds.length = 0;
  }
}

/** Slots of a {@link WordTable} (a power of two), and the most words it keeps (under a half of them). */
const WORD_SLOTS = 1 << 16;
const MAX_WORDS = 24_000;

const wordTables = new WeakMap<Lexicon, WordTable>();

/** The {@link WordTable} of a lexicon (a word's name test depends on the lexicon). */
function wordTableOf(lex: Lexicon): WordTable {
  let table = wordTables.get(lex);
  if (!table) wordTables.set(lex, (table = new WordTable(lex)));
  return table;
}

/** Whether `word` holds the same code units as `text.slice(start, end)`. */
function sameSpan(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** `s` as a one-byte string when every code unit fits in one byte (same characters); either way a copy that keeps no document alive. */
function oneByte(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) return detached(s);
  return Buffer.from(s, 'latin1').toString('latin1');
}

/** How many tokens around a capitalised word or a number can matter to it (cues, connectors, brackets). */
const REACH = 3;

/**
 * The words of a document's sentences, built from its token table. One pass over the tokens notes
 * those that begin with a capital or a digit (the anchors) and adds the words written in lower
 * case to a {@link LowerWords}; then each sentence's words are built only within {@link REACH} tokens
 * of an anchor, and every stretch of tokens farther away becomes one {@link GAP} without being
 * looked at (one word in two, in an essay).
 */
export class TokenWords {
  /**
   * Indexes of the anchor tokens, ascending (a plain array: a typed array's buffer, allocated and
   * zeroed outside the heap for every document, cost more than the pushes).
   */
  private readonly anchors: number[] = [];
  private readonly anchorCount: number;
  /** First anchor not before the last sentence asked for (sentences come in order). */
  private cursor = 0;
  /** The last sentence built holds a word beginning with a digit, or 'n.d.' or 'forthcoming' (a cited year, maybe). */
  yearish = false;
  /** The last sentence built holds a '('. */
  paren = false;
  /** The last sentence built holds a numbered label ('Table', 'Chapter': see the lexicon's `numberedLabels`). */
  label = false;
  /**
   * Word objects for reuse by the next sentence: nothing keeps a sentence's words once it is scanned
   * (mentions copy offsets and names, and take a word's `parts` array, which is made afresh for every
   * word), so one set of objects serves the whole document instead of one object per word. It starts
   * with one word: an empty array literal starts as an array of small integers, and the optimised
   * code that pushed words into last document's pool was thrown away at this one's first push.
   */
  private readonly pool: Word[] = [newWord()];
  /** The array {@link sentence} returns, emptied and refilled for every sentence (like the word objects in it). */
  private readonly words: Word[] = [GAP];
  private readonly table: WordTable;

  constructor(
    private readonly tokens: TokenTable,
    private readonly text: string,
    private readonly lex: Lexicon,
    lower: LowerWords,
  ) {
    this.table = wordTableOf(lex);
    const { cleanStart, cleanEnd, count } = tokens;
    const anchors = this.anchors;
    for (let i = 0; i < count; i++) {
      const start = cleanStart[i];
      const end = cleanEnd[i];
      const c = text.charCodeAt(start);
      // One test per kind of first character, and one call site each for what follows (a call first
      // met in a text's first word beginning with 'É' would throw the optimised loop away).
      let anchor: boolean;
      let lowerInitial: boolean;
      if (c < 128) {
        anchor = (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
        lowerInitial = c >= 97 && c <= 122;
      } else {
        // (What /^\p{Lu}/u and /^\p{Ll}/u say of the one code unit: a lone surrogate is neither.)
        const k = charClass(c);
        anchor = (k & CHAR_UPPER) !== 0;
        lowerInitial = (k & CHAR_LOWER) !== 0;
      }
      if (anchor) anchors.push(i);
      // One- and two-letter words ('of', 'in') decide nothing: a capital on them is settled by POS.
      // A word holding a non-ASCII character ('valparaíso', 'école') is folded.
      else if (lowerInitial && end - start >= 3 && !lower.addSpan(start, end)) lower.addFolded(fold(text.slice(start, end)));
    }
    this.anchorCount = anchors.length;
  }

  /** The words of tokens `[first, last)`, a sentence after the previous one asked for (valid until the next call: the array and its word objects are reused). */
  sentence(first: number, last: number): Word[] {
    const { anchors, text, pool, table, words } = this;
    words.length = 0;
    const { cleanStart: starts, cleanEnd: ends, pos } = this.tokens;
    let used = 0;
    let k = this.cursor;
    while (k < this.anchorCount && anchors[k] < first) k++;
    this.cursor = k;
    let kEnd = k;
    while (kEnd < this.anchorCount && anchors[kEnd] < last) kEnd++;
    let sawContent = false;
    let afterNumber = false;
    let afterLabel = false;
    let yearish = false;
    let paren = false;
    let label = false;
    let i = first;
    while (i < last) {
      // The first anchor whose reach ends at or after token i; i is near it when within its reach.
      while (k < kEnd && anchors[k] + REACH < i) k++;
      if (k === kEnd || anchors[k] - REACH > i) {
        // One stand-in for a whole stretch: nothing looks more than two words across it (a cue two
        // words back needs the word before it to be a real one), so a shorter gap changes nothing.
        if (words.length === 0 || words[words.length - 1] !== GAP) words.push(GAP);
        sawContent = true;
        i = k === kEnd ? last : anchors[k] - REACH;
        continue;
      }
      const cs = starts[i];
      let ce = ends[i];
      const previous = words.length > 0 ? words[words.length - 1] : null;
      // "China’s", "Workers’": a possessive glued to a word is a flag on it, not a word.
      if (previous !== null && !previous.possessive && cs === previous.cleanEnd && isPossessive(text, cs, ce) && isAlnum(text, cs - 1)) {
        // A lone quote glued to a following letter is an opening quote, not a possessive. (The
        // letter is tested first, for every possessive: a test met only rarely would throw the
        // optimised code away when it finally came.)
        const letterAfter = isAlnum(text, ce);
        if (!(ce - cs === 1 && i + 1 < last && starts[i + 1] === ce && letterAfter)) {
          previous.possessive = ce - cs === 1 ? "'" : "'s";
          i++;
          continue;
        }
      }
      // "All-China", "Party-State", "Hu–Wen", "Chung-hee": join across a dash with no spaces.
      const firstToken = i;
      let parts: Word['parts'] = null;
      let joiner = '';
      let j = i;
      while (j + 2 < last && starts[j + 1] === ends[j] && starts[j + 2] === ends[j + 1] && isAlnum(text, ends[j] - 1) && isAlnum(text, starts[j + 2])) {
        const dash = joinerAt(text, starts[j + 1], ends[j + 1]);
        if (!dash) break;
        parts ??= [{ text: text.slice(cs, ends[j]), cleanStart: cs, cleanEnd: ends[j] }];
        joiner ||= dash;
        parts.push({ text: text.slice(starts[j + 2], ends[j + 2]), cleanStart: starts[j + 2], cleanEnd: ends[j + 2] });
        j += 2;
      }
      if (parts) ce = ends[j];
      i = j + 1;
      const c = ce > cs ? text.charCodeAt(cs) : -1;
      // Words that may be capitalised come from the table (they are the ones looked up, folded and
      // name-tested); a word beginning with an ASCII character that is no capital is sliced.
      const entry = (c >= 65 && c <= 90) || c > 127 ? table.entry(text, cs, ce) : -1;
      const value = entry >= 0 ? table.text(entry) : text.slice(cs, ce);
      if (c >= 48 && c <= 57) yearish = true;
      else if (c === 40) paren ||= value === '(';
      else if (c === 110 || c === 102) yearish ||= value === 'n.d.' || value === 'n.d' || value === 'forthcoming';
      let cap = entry >= 0 && table.cap(entry);
      // 'al-Assad', 'el-Sisi': an Arabic article joined to a capitalised name is part of a name.
      if (!cap && parts !== null && parts.length === 2 && this.lex.attachedParticles.has(parts[0].text) && startsUpper(parts[1].text)) cap = true;
      // "de l'Homme", "Côte d'Ivoire": an elided particle written as one word with a name.
      const elided = !cap && entry < 0 && c >= 97 && c <= 122 && isElidedName(value, this.lex);
      if (elided) cap = true;
      if (cap && table.label(entry)) label = true;
      const word = used < pool.length ? pool[used] : newWord();
      if (used++ === pool.length) pool.push(word);
      word.text = value;
      word.cleanStart = cs;
      word.cleanEnd = ce;
      word.cap = cap;
      word.name = cap && (parts === null && !elided ? table.name(entry) : isNameText(value, cap, parts, this.lex));
      word.pos = pos[firstToken];
      word.possessive = '';
      word.parts = parts;
      word.joiner = joiner;
      // A row of a chronology opens after its year and a dash ('1945 — General strike led by …'): a
      // capital there is positional, as at a sentence's start.
      const row = words.length >= 2 && isRowDash(words[words.length - 1].text) && ROW_YEAR.test(words[words.length - 2].text);
      // So does a sentence after a bracketed one the segmenter left in it ('[Good start. — M.R.] The Christian Democrats …').
      const prev = words.length > 0 ? words[words.length - 1] : null;
      const afterBracketed = prev !== null && (prev.text === ']' || prev.text === ')') && prev.cleanStart > 0 && SENTENCE_END.has(text.charCodeAt(prev.cleanStart - 1));
      word.initial = (!sawContent && !(afterLabel && !LABEL_OPENERS.has(value))) || row || afterBracketed;
      word.folded = entry >= 0 ? table.folded(entry) : null;
      word.kinds = entry >= 0 ? table.kindBits(entry) : -1;
      // A paragraph's number ('3.1 The Constitution…', '2. The Act…') opens the sentence like a bracket,
      // with its full stop when the tokenizer splits it off ('22', '.': '22. In Resident Doctors …').
      // After a speaker's label in capitals with its colon only an article is capitalised by position
      // ('MARTA: The European Commission …'): a name there keeps the evidence of a name inside a sentence
      // ('BENCE: Klubrádió lost …').
      const numbered = used === 1 && PARAGRAPH_NUMBER.test(value);
      const speaker = used === 1 && SPEAKER_LABEL.test(value) && text.charCodeAt(ce) === 58;
      if (!sawContent && !isOpeners(value) && !numbered && !speaker && !(afterNumber && (value === '.' || value === ')')) && !(afterLabel && value === ':')) sawContent = true;
      afterNumber = numbered;
      afterLabel = speaker || (afterLabel && value === ':');
      words.push(word);
    }
    this.yearish = yearish;
    this.paren = paren;
    this.label = label;
    return words;
  }
}

/** Whether `text` holds a hyphen or dash that {@link DASH_SPLIT} splits at ('-', '‐', '‑', '–'). */
function hasDash(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDash(text.charCodeAt(i))) return true;
  return false;
}

const KEEPS_DOT = /^\p{Lu}\.?$|\.\p{L}/u;
const POSSESSIVE = /^['’]s?$/;
const DASH_SPLIT = /([-‐‑–])/;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.]*(?:['’][\p{L}]+)*(?:[-‐‑–][\p{L}\p{N}][\p{L}\p{M}\p{N}.]*)*|['’]s?\b|\S/gu;

/**
 * Words of a short clean string with no token table (a heading, a title): a plain regular-expression
 * split, POS unknown. `base` is the clean offset of the string.
 */
export function wordsOfString(text: string, base: number, lex: Lexicon): Word[] {
  const words: Word[] = [];
  // An exec loop on the one expression rather than matchAll, which makes a new RegExp per call (and
  // a new one is compiled again whenever a garbage collection has cleared V8's compilation cache).
  // WORD_RE never matches the empty string, so lastIndex always moves on.
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    // A full stop ends the word unless it belongs to an initial or an abbreviation ('U.S.').
    const value = m[0].endsWith('.') && !KEEPS_DOT.test(m[0]) ? m[0].slice(0, -1) : m[0];
    const start = base + m.index;
    const previous = words[words.length - 1];
    if (previous && POSSESSIVE.test(value) && start === previous.cleanEnd) {
      previous.possessive = value.length === 1 ? "'" : "'s";
      continue;
    }
    let parts: Word['parts'] = null;
    let joiner = '';
    // (Split only a word holding a dash: the split of any other is the word alone.)
    const pieces = hasDash(value) ? value.split(DASH_SPLIT) : null;
    if (pieces !== null && pieces.length > 1) {
      parts = [];
      let at = start;
      for (let k = 0; k < pieces.length; k++) {
        if (k % 2 === 0) parts.push({ text: pieces[k], cleanStart: at, cleanEnd: at + pieces[k].length });
        else joiner ||= pieces[k] === '–' ? '–' : '-';
        at += pieces[k].length;
      }
    }
    const cap = startsUpper(value) || isElidedName(value, lex);
    words.push({
      text: value,
      cleanStart: start,
      cleanEnd: start + value.length,
      cap,
      name: cap && isNameText(value, cap, parts, lex),
      pos: -1,
      possessive: '',
      parts,
      joiner,
      initial: words.length === 0,
      folded: null,
      kinds: -1,
    });
  }
  return words;
}
