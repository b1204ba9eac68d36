/**
 * Laws known by a nickname in quotes and lower case, which the scan of capitalised words never sees:
 * "a press law that its opponents called the 'gag law'", "what critics dubbed the “foreign agents
 * law”", "a decree known as the 'anti-strike decree'". A nickname follows a naming cue ('called',
 * 'dubbed', 'nicknamed', 'known as', 'so-called'), maybe 'the', and an opening quote; its words are in
 * lower case and the last is one of `lawNicknameHeads` ('law', 'act', 'decree'), the first no generic
 * word ('the ‘new law’'); a pronoun may stand after the cue ('dubbed it the …'). A cue is searched for
 * only in texts that write its first word (most texts write none of them, or only 'called').
 */
import type { Sentence } from '../../doc.js';
import { typedMention, type RawMention, type ScanContext } from './candidates.js';
import { CHAR_ALNUM, charClass, letterCase, type LowerWords } from './chars.js';
import { fold, type Lexicon } from './lexicon.js';

/** Quotes that open and close a nickname. */
const OPENING = new Set([0x27, 0x22, 0x2018, 0x201c, 0xab]);
const CLOSING = new Set([0x27, 0x22, 0x2019, 0x201d, 0xbb]);
/** The longest nickname read, in characters. */
const MAX_LENGTH = 60;

/**
 * Adds a LAW mention for every quoted lower-case nickname of a law after a naming cue. Only the cues
 * whose first word the text writes at all (`docLower`, filled by the token pass) are searched for,
 * each with a native `indexOf` over the clean text.
 */
export function addQuotedLawNames(clean: string, sentences: readonly Sentence[], lex: Lexicon, ctx: ScanContext, docLower: LowerWords, out: RawMention[]): void {
  for (const cue of lex.lawNicknameCues) {
    const first = cue[0];
    if (!docLower.has(first)) continue;
    for (let at = clean.indexOf(first); at >= 0; at = clean.indexOf(first, at + first.length)) {
      // A whole word ('called', 'so-called'; not 'recalled').
      if (at > 0 && (charClass(clean.charCodeAt(at - 1)) & CHAR_ALNUM) !== 0) continue;
      const after = cueEnd(clean, at, at + first.length, cue);
      if (after < 0) continue;
      const mention = nicknameAfter(clean, after, lex);
      if (mention === null || ctx.inCitation(mention.start, mention.end)) continue;
      const sentence = sentenceAt(sentences, mention.start);
      if (sentence < 0 || mention.end > sentences[sentence].cleanEnd) continue;
      out.push(typedMention(sentence, mention.start, mention.end, mention.name, { type: 'LAW', strength: 2, entry: null, via: 'quoted-nickname' }, false, false, false));
    }
  }
}

/** The clean offset after the whole of `cue` whose first word is at [start, end) ('known' + ' as'), or -1. */
function cueEnd(clean: string, start: number, end: number, cue: readonly string[]): number {
  let p = end;
  // A whole word: 'called', not 'callers'.
  if ((charClass(clean.charCodeAt(p)) & CHAR_ALNUM) !== 0) return -1;
  for (let k = 1; k < cue.length; k++) {
    if (clean.charCodeAt(p) !== 32 || !clean.startsWith(cue[k], p + 1)) return -1;
    p += 1 + cue[k].length;
  }
  return p;
}

/** The quoted nickname of a law starting after offset `from` (past spaces and 'the'), or null. */
function nicknameAfter(clean: string, from: number, lex: Lexicon): { start: number; end: number; name: string } | null {
  let p = from;
  while (clean.charCodeAt(p) === 32) p++;
  // 'dubbed it the “…”'.
  for (const pronoun of lex.lawNicknamePronouns) {
    if (clean.startsWith(pronoun, p) && clean.charCodeAt(p + pronoun.length) === 32) {
      p += pronoun.length + 1;
      break;
    }
  }
  if (clean.startsWith('the ', p)) p += 4;
  if (!OPENING.has(clean.charCodeAt(p))) return null;
  const start = p + 1;
  let end = start;
  while (end < clean.length && end - start < MAX_LENGTH && !CLOSING.has(clean.charCodeAt(end)) && clean.charCodeAt(end) !== 10) end++;
  if (end === start || !CLOSING.has(clean.charCodeAt(end))) return null;
  const name = clean.slice(start, end);
  // Words in lower case (a capitalised name is the scan's), the last a law's head.
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5 || words.some((w) => w.length === 0 || letterCase(w, 0) !== 2)) return null;
  return lex.lawNicknameHeads.has(fold(words[words.length - 1])) && !lex.lawNicknameNotFirst.has(fold(words[0])) ? { start, end, name } : null;
}

/** Index of the sentence holding clean offset `at` (binary search on their starts), or -1. */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].cleanStart <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && at < sentences[found].cleanEnd ? found : -1;
}
