/**
 * Candidate names: what a name found in the text records, what scanning needs, and the word-level
 * tests and display names shared by the sentence scan (scan.ts) and the headings.
 */
import type { Lexicon } from './lexicon.js';
import type { Typing } from './classify.js';
import { foldOf, type Word } from './words.js';
import { isRegExpSpace } from '../../chars.js';
import { StringMemo } from '../../memo.js';
import { countLetters, isAllCaps, letterCase, type LowerWords } from './chars.js';

/** A name found in the text, before aliases are grouped. Offsets are clean offsets. */
export interface RawMention {
  /** Index of the sentence, or -1 outside sentences (title, byline, heading). */
  sentence: number;
  cleanStart: number;
  cleanEnd: number;
  /** Display name: titles stripped, apostrophes straight, capitals normalised ('Jude Howell'). */
  name: string;
  typing: Typing | null;
  /** Made of one content word. */
  single: boolean;
  /** Written as an acronym ('ACFTU'). */
  acronym: boolean;
  /** The acronym it defines in brackets right after it: "Trade Unions (ACFTU)". */
  defines: { text: string; cleanStart: number; cleanEnd: number } | null;
  /** Parts of a dash compound ('Hu–Wen'), or null. */
  parts: Word['parts'];
  /** Id of the coordinated list ('Beijing, Shenzhen, and Guangzhou') it stands in, or -1. */
  list: number;
  /** Began the sentence. */
  initial: boolean;
  /** After an indefinite article ('a revised Labour Code'): another law than one the text dates. */
  indefinite: boolean;
  /**
   * For a lone undefined word in capitals ('NUPENG'), the {@link ACRONYM_USE} bits of how this
   * mention uses it (an organisation's frame, a verb's subject, or a use that no name has); else 0.
   */
  acronymUse: number;
}

/**
 * A mention that a rule outside the word scan types whole: it defines no acronym, has no compound
 * parts, stands in no list and after no indefinite article (a provision, a part of a gazetteer
 * name, a quoted nickname). One literal for all such rules keeps one object shape for mentions.
 */
export function typedMention(sentence: number, cleanStart: number, cleanEnd: number, name: string, typing: Typing, single: boolean, acronym: boolean, initial: boolean): RawMention {
  return { sentence, cleanStart, cleanEnd, name, typing, single, acronym, defines: null, parts: null, list: -1, initial, indefinite: false, acronymUse: 0 };
}

/**
 * How a mention uses an undefined word in capitals (see `acronymFrames` in entities.json):
 * FRAME, an organisation's context ('the KCTU called', 'COSATU’s leaders', 'UGTT members',
 * 'general secretary of NUPENG'); SUBJECT, the subject of a verb ('KDKA was'); BLOCK, a use no
 * organisation has ('an EIA', 'the GEAR policy', a Roman numeral, a heading in capitals); LABEL, a
 * label before a colon that opens a line or sentence ('HOST: Welcome back.', 'RISK: …'), a mention
 * that names nothing, while the word's other mentions still decide ('NUPENG: a union. NUPENG won …').
 */
export const ACRONYM_USE = { FRAME: 1, SUBJECT: 2, BLOCK: 4, LABEL: 8 } as const;

/** What scanning needs besides the words. */
export interface ScanContext {
  lex: Lexicon;
  /** Folded words the document writes in lower case somewhere (so a capital may be positional). */
  docLower: LowerWords;
  /** True when the clean span lies in a citation ('(Howell 2003)', 'Lee and Shen (2011)'). */
  inCitation: (cleanStart: number, cleanEnd: number) => boolean;
  /** Acronyms the text defines after lower-case words ('organisations (NGOs)'): not names. */
  genericAcronyms: Set<string>;
  /** Counter for list ids, shared across the document. */
  lists: { next: number };
  /** The mentions that define an acronym in brackets after them, in order. */
  definitions: RawMention[];
  /** The mentions of each coordinated list, by list id, in order. */
  listMembers: Map<number, RawMention[]>;
  /**
   * The last place met whose name ends in a `shortFormHeads` word ('the Niger Delta', 'the Rift
   * Valley'), by that word: 'the Delta', 'the Valley' later name it.
   */
  shortForms: Map<string, RawMention>;
  /** Typings of names already met in the document, by cues (as bits, the index) and name. */
  memo: (Map<string, Typing | null> | undefined)[];
}

const NONE: Set<number> = new Set();
/** Words that lead into cited authors inside brackets ('see', 'e.g.'). */
const READING_CUE = /^(see|e\.g\.|cf\.|also)$/i;
const CITATION_GLUE = new Set([',', 'and', '&', 'et', 'al', 'al.', '.']);
/**
 * Whether a surface holds curly apostrophes or whitespace other than single spaces
 * (`/[’‘`´\t\n\r\u00a0]| {2}/`, tested character by character: it runs on every name looked at).
 */
function needsNormalising(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i + 1) === 32) return true;
    } else if (c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4 || c === 9 || c === 10 || c === 13 || c === 0xa0) return true;
  }
  return false;
}

/** A capitalised word that may be part of a name. */
export function isNameWord(w: Word | undefined): boolean {
  return w !== undefined && w.name;
}

/** Whether a word in [from, to) has a possessive that ends a name ('China’s'), not a listed joiner ('Women’s'). */
export function possessiveBreak(words: Word[], from: number, to: number, lex: Lexicon): boolean {
  for (let i = from; i < to; i++) if (words[i].possessive && !lex.possessiveJoiners.has(foldOf(words[i]))) return true;
  return false;
}

function startsLowerLetter(text: string): boolean {
  return letterCase(text, 0) === 2;
}

const WORD_INITIALS = /(^|['’.])(\p{L})/gu;
function titleCase(word: string): string {
  return titleCases.get(word);
}

/** {@link titleCase} of the words met before (a bounded cache: a replacement with a callback is slow, and words in capitals repeat). */
const titleCases = new StringMemo((word) => word.toLowerCase().replace(WORD_INITIALS, (_, a: string, b: string) => a + b.toUpperCase()));

/**
 * The display name of words `[from, to]` as written in `text`: whitespace collapsed, apostrophes
 * straightened, and capitals normalised where they are typography rather than an acronym
 * ('Jude HOWELL' → 'Jude Howell', 'INDUSTRIAL WORKERS OF THE WORLD' → 'Industrial Workers of the World').
 */
export function displayName(words: Word[], from: number, to: number, text: string, lex: Lexicon): string {
  if (from === to) {
    const t = words[from].text;
    if (words[from].cap && isAllCaps(t)) {
      // One word in capitals ('NGOs', 'USAID'): its display name depends on the word alone, and the
      // same acronyms come back again and again.
      return lex.singleCapsNames.get(t, () => capsDisplayName(words, from, to, text, lex));
    }
    if (!needsNormalising(t)) return t;
  }
  for (let i = from; i <= to; i++) if (words[i].cap && isAllCaps(words[i].text)) return capsDisplayName(words, from, to, text, lex);
  // No word in capitals: the clean text itself, apostrophes straightened and spaces single.
  const raw = text.slice(words[from].cleanStart, words[to].cleanEnd);
  return needsNormalising(raw) ? raw.replace(APOSTROPHES, "'").replace(SPACES, ' ') : raw;
}

const APOSTROPHES = /[’‘`´]/g;
/** A Roman numeral from I to XXXIX, as in a ruler's name ('Henry VIII'). */
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
const SPACES = /\s+/g;
const DASH_SPLIT = /([-‐‑–])/;

/** {@link displayName} of words [from, to] when one of them is written in capitals (the rarer case, kept apart). */
function capsDisplayName(words: Word[], from: number, to: number, text: string, lex: Lexicon): string {
  // All in capitals ('INDUSTRIAL WORKERS OF THE WORLD'): every word but lower-case connectors.
  let allCaps = to > from;
  for (let i = from; i <= to && allCaps; i++) {
    const w = words[i];
    if (!(w.cap && isAllCaps(w.text)) && (w.cap || startsLowerLetter(w.text))) allCaps = false;
  }
  let out = '';
  for (let i = from; i <= to; i++) {
    const w = words[i];
    let t = w.text;
    if (w.cap && isAllCaps(t)) {
      const lowerT = t.toLowerCase();
      if (allCaps && i > from && (lex.prepositions.has(lowerT) || lex.articles.has(lowerT) || lex.conjunctions.has(lowerT) || lex.particles.has(lowerT))) t = lowerT;
      else if (allCaps) t = titleCase(t);
      else t = mixedCapsWord(t, from === to, lex);
    }
    if (i > from && hasSpace(text, words[i - 1].cleanEnd, w.cleanStart)) out += ' ';
    out += t;
    if (w.possessive && i < to) out += w.possessive;
  }
  return needsDisplayNormalising(out) ? out.replace(APOSTROPHES, "'").replace(SPACES, ' ') : out;
}

/** Whether `text` holds white space in `[start, end)` (`/\s/.test(text.slice(start, end))`). */
function hasSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isRegExpSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether replacing {@link APOSTROPHES} by "'" and {@link SPACES} by ' ' changes `s`: it holds a
 * curly or typographic apostrophe, white space other than a space, or two white-space characters in a row.
 */
function needsDisplayNormalising(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4) return true;
    if (isRegExpSpace(c) && (c !== 32 || (i + 1 < s.length && isRegExpSpace(s.charCodeAt(i + 1))))) return true;
  }
  return false;
}

/**
 * A word in capitals within a mixed run ('Jude HOWELL', 'ASEAN-ROK Commemorative Summit'): a long
 * capitalised part that is no known acronym is typography; alone (`single`), only a gazetteer word
 * written in capitals is ('CHILE').
 */
function mixedCapsWord(word: string, single: boolean, lex: Lexicon): string {
  // Inside a longer run the answer depends on the word alone (a run of one word is cached whole by displayName).
  if (single) return mixedCapsPieces(word, single, lex);
  return lex.capsWordsInRuns.get(word, () => mixedCapsPieces(word, single, lex));
}

/** {@link mixedCapsWord}, computed. */
function mixedCapsPieces(word: string, single: boolean, lex: Lexicon): string {
  const pieces = word.split(DASH_SPLIT);
  let out = '';
  for (const part of pieces) {
    const letters = countLetters(part).letters;
    const hit = lex.entryByKey.get(part.toLowerCase());
    // ('Henry VIII': a regnal number is no typography.)
    if (letters < 4 || (hit && hit.capsOnly) || ROMAN_NUMERAL.test(part)) out += part;
    else if (single ? hit !== undefined : true) out += titleCase(part);
    else out += part;
  }
  return out;
}

/**
 * Indexes of words that are cited authors by shape: capitalised words before a cited year inside
 * brackets ('(Chan 2013; Xu 2013)', '(Franceschini and Lin 2019)') or joined authors before a
 * bracketed year ('Lee and Shen (2011)'). A fallback for when the citations layer misses them; a
 * single name before a bracketed year is left to it.
 */
export function citedByShape(words: Word[], lex: Lexicon): Set<number> {
  let cited: Set<number> | null = null;
  for (let y = 0; y < words.length; y++) {
    const t = words[y].text;
    if (t.length === 0) continue;
    const c = t.charCodeAt(0);
    if (!(c >= 48 && c <= 57 ? lex.citationYear.test(t) : t === 'n.d.' || t === 'n.d' || t === 'forthcoming')) continue;
    let k = y - 1;
    const bracketed = k >= 0 && words[k].text === '(';
    if (bracketed) k--;
    const names: number[] = [];
    // Joined: a name before 'and', '&', a comma or 'et al.' ('Lee and Shen', not 'the march, and Bakke').
    let joined = false;
    let glue = false;
    while (k >= 0 && (isNameWord(words[k]) || CITATION_GLUE.has(words[k].text))) {
      if (isNameWord(words[k])) {
        names.push(k);
        if (glue) joined = true;
      } else if (words[k].text !== '.') glue = true;
      k--;
    }
    if (names.length === 0) continue;
    // Inside brackets the names must open the bracket or follow ';' or a reading cue ('see', 'e.g.').
    // Before a bracketed year only joined authors are cited by shape ('Lee and Shen (2011)',
    // 'Dupuy, Ron, and Prakash (2015)', 'Smith et al. (2010)'): whether one name cites a work is the
    // citations stage's decision ('Gandhi (1930) led the march', 'Kristin Bakke (2020) spoke' are a
    // person and a date).
    const opener = k >= 0 ? words[k].text : undefined;
    if ((bracketed && joined) || opener === '(' || opener === ';' || READING_CUE.test(opener ?? '')) {
      cited ??= new Set();
      for (const i of names) cited.add(i);
    }
  }
  return cited ?? NONE;
}

