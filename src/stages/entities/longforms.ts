/**
 * Names defined by the acronym in brackets after them, written in a language that capitalises only
 * a name's first word: 'the Mouvement révolutionnaire national pour le développement (MRND)', 'the
 * Conseil de concertation des organisations d'appui aux initiatives de base (CCOAIB)', 'the Partido
 * de la revolución democrática (PRD)'. The word scan reads runs of capitalised words, so it stops at
 * the first content word in lower case and the name is lost.
 *
 * The long form is found as Schwartz and Hearst (2003) find the long form of an abbreviation: the
 * acronym's letters are matched from last to first against the characters of the words before the
 * bracket, the first letter at the start of a word, within min(|A| + 5, 2|A|) words and after the
 * last comma, semicolon or colon. It is kept only when it opens with a capital, has two words or
 * more, holds a content word in lower case (a name in title case is the scan's), and is typed by
 * the gazetteer or a head word ('… Act', or a first word such as 'Mouvement', 'Partido'); mentions
 * the scan made inside it give way to it. ('organisations (NGOs)' opens in lower case and is left alone.)
 */
import type { Sentence } from '../../doc.js';
import type { RawMention, ScanContext } from './candidates.js';
import { fold, type Lexicon } from './lexicon.js';

/** An acronym in brackets: a capital, then capitals, letters, digits or hyphens, two capitals at least (tested below). */
const ACRONYM_IN_BRACKETS = /\((\p{Lu}[\p{Lu}\p{Ll}\d-]{1,11})\)/gu;
/** A word of a long form, with an elided article or preposition glued to it ('d'appui', 'l'homme'). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** An elided article or preposition at a word's start: its letter is not the word's initial. */
const ELIDED = /^(?:d|l|qu)['’]/iu;

/** Where the long form of `acronym` starts in `before` (an index into it), or -1. */
function longFormStart(acronym: string, before: string): number {
  let s = acronym.length - 1;
  let l = before.length - 1;
  while (s >= 0) {
    const c = acronym[s].toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(c)) {
      s--;
      continue;
    }
    // The acronym's first letter must open a word; the others may stand anywhere.
    while (l >= 0 && (before[l].toLowerCase() !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(before[l - 1]) && !/['’]/u.test(before[l - 1])))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return before.lastIndexOf(' ', l) + 1;
}

/**
 * Where the long form of `acronym` starts in `before` when the acronym is the initials of its content
 * words, read from the last word back, connectors passed over ('Conseil de concertation des
 * organisations d'appui aux initiatives de base' for CCOAIB, where letter-by-letter matching would
 * take the 'a' of 'initiatives'); null when it is not.
 */
function initialsStart(acronym: string, before: string, lex: Lexicon): number | null {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const words = [...before.matchAll(WORD)];
  let p = letters.length - 1;
  for (let w = words.length - 1; w >= 0 && p >= 0; w--) {
    const word = words[w][0];
    if (lex.connectorWords.has(word.toLowerCase())) continue;
    if (word.replace(ELIDED, '')[0].toLowerCase() !== letters[p]) return null;
    if (p-- === 0) return words[w].index!;
  }
  return null;
}

/** The array {@link wordStarts} returns, refilled by every call. */
const STARTS: number[] = [];

/**
 * Where the {@link WORD}s of `text` start (valid until the next call): an exec loop on the one
 * expression into one array, rather than an array of matches from a fresh `matchAll` per bracket.
 */
function wordStarts(text: string): number[] {
  STARTS.length = 0;
  // (WORD never matches the empty string, so lastIndex always moves on; it is 0 again at the end.)
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) STARTS.push(m.index);
  return STARTS;
}

/**
 * Whether `text` may hold {@link ACRONYM_IN_BRACKETS}: a '(' before an ASCII capital or a non-ASCII
 * character (which the expression itself judges). A scan for brackets is cheaper than the
 * expression, and the brackets of most sentences hold a year or lower-case words ('(2003)', '(see …)').
 */
function mayHoldAcronymInBrackets(text: string): boolean {
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/**
 * Where `text` may hold {@link ACRONYM_IN_BRACKETS}, ascending: a '(' before an ASCII capital or a
 * non-ASCII character (as {@link mayHoldAcronymInBrackets} tests), then letters, digits, hyphens or
 * non-ASCII characters up to a ')' ('(NGOs)', not '(Howell 2003)', the most common bracket after a capital).
 */
function bracketsBeforeCapitals(text: string): number[] {
  const opens: number[] = [];
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if (!((c >= 65 && c <= 90) || c > 127)) continue;
    // (Twelve characters at most, each of one or two code units.)
    for (let k = at + 2; k < text.length && k <= at + 26; k++) {
      const d = text.charCodeAt(k);
      if (d === 41) {
        opens.push(at);
        break;
      }
      if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 45 || d > 127)) break;
    }
  }
  return opens;
}

/** Whether one of `opens` (ascending) and the character after it lie in [start, end). */
function opensWithin(opens: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = opens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (opens[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < opens.length && opens[lo] + 1 < end;
}

/** Adds an ORG mention for each long form a bracketed acronym defines in lower-case words; see the module comment. */
export function addAcronymLongForms(clean: string, sentences: readonly Sentence[], lex: Lexicon, ctx: ScanContext, out: RawMention[]): void {
  const opens = bracketsBeforeCapitals(clean);
  // (Most texts hold no bracket before a capital at all.)
  if (opens.length === 0 && sentences.every((s) => s.text.length === s.cleanEnd - s.cleanStart)) return;
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index];
    // (Most sentences hold no bracket at all, and most brackets no capital after them.) A sentence's
    // text is its span of the clean text, so the brackets found there once for the whole text tell;
    // one of another length is read itself.
    if (s.text.length === s.cleanEnd - s.cleanStart ? !opensWithin(opens, s.cleanStart, s.cleanEnd) : !mayHoldAcronymInBrackets(s.text)) continue;
    // (An exec loop on the one expression: matchAll makes a new one for every sentence.)
    ACRONYM_IN_BRACKETS.lastIndex = 0;
    for (let m = ACRONYM_IN_BRACKETS.exec(s.text); m !== null; m = ACRONYM_IN_BRACKETS.exec(s.text)) {
      const acronym = m[1];
      const capitals = acronym.replace(/[^\p{Lu}]/gu, '').length;
      if (capitals < 2 || capitals < acronym.length * 0.6) continue;
      // The words before the bracket, after the last comma, semicolon or colon.
      let head = s.text.slice(0, m.index).trimEnd();
      const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('('), head.lastIndexOf(')'));
      const offset = cut + 1;
      head = head.slice(offset);
      const starts = wordStarts(head);
      const most = Math.min(acronym.length + 5, acronym.length * 2);
      const firstWord = starts.length > most ? starts[starts.length - most] : starts.length > 0 ? starts[0] : 0;
      const candidate = head.slice(firstWord);
      const at = initialsStart(acronym, candidate, lex) ?? longFormStart(acronym, candidate);
      if (at < 0) continue;
      const long = candidate.slice(at).trim();
      const longWords = long.match(WORD) ?? [];
      if (longWords.length < 2 || !/^\p{Lu}/u.test(long)) continue;
      const content = longWords.filter((w) => !lex.connectorWords.has(w.toLowerCase()));
      if (!content.some((w) => /^\p{Ll}/u.test(w.replace(ELIDED, '')))) continue;
      // What it is: the gazetteer's entry, else a head word that ends it ('… Act') or, in the
      // languages that put it first, opens it ('Mouvement …', 'Partido …'); nothing else is typed.
      const name = long.replace(/\s+/g, ' ');
      const type = lex.lookup(name)?.type ?? lex.heads.get(fold(content[content.length - 1])) ?? lex.firstHeads.get(fold(content[0]));
      if (type === undefined) continue;
      const start = s.cleanStart + offset + firstWord + at + (candidate.slice(at).length - candidate.slice(at).trimStart().length);
      const end = start + long.length;
      if (clean.slice(start, end) !== long || ctx.inCitation(start, end)) continue;
      const inBrackets = s.cleanStart + m.index! + 1;
      // The scan's pieces of the name give way to it, and so does a piece that defined the acronym.
      const overlaps = (x: RawMention): boolean => x.sentence === index && x.cleanStart < end && x.cleanEnd > start;
      for (let i = out.length - 1; i >= 0; i--) if (overlaps(out[i])) out.splice(i, 1);
      for (let i = ctx.definitions.length - 1; i >= 0; i--) if (overlaps(ctx.definitions[i])) ctx.definitions.splice(i, 1);
      // (In text order, as the scan made them.)
      let place = out.findIndex((x) => x.cleanStart > start);
      if (place < 0) place = out.length;
      const mention: RawMention = {
        sentence: index,
        cleanStart: start,
        cleanEnd: end,
        name,
        typing: { type, strength: 2, entry: null, via: 'acronym-long-form' },
        single: false,
        acronym: false,
        defines: { text: acronym, cleanStart: inBrackets, cleanEnd: inBrackets + acronym.length },
        parts: null,
        list: -1,
        initial: start === s.cleanStart,
        indefinite: false,
        acronymUse: 0,
      };
      out.splice(place, 0, mention);
      // (The acronym joins the name wherever the text uses it.)
      ctx.definitions.push(mention);
    }
  }
}
