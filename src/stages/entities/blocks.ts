/**
 * Names outside sentences: the authors in a byline ('Jude HOWELL*' → Jude Howell) and, in titles
 * and headings, only names already known from the body or the gazetteers — headings capitalise
 * every word ('The End of Labour NGOs?'), so capitals there say nothing.
 */
import type { Block } from '../../doc.js';
import { displayName, isNameWord, possessiveBreak } from './candidates.js';
import { groupMention, type Grouper } from './group.js';
import { fold, type Lexicon } from './lexicon.js';
import type { LowerWords } from './chars.js';
import { foldOf, startsUpper, wordsOfString } from './words.js';

const NAME_MARKERS = /[*†‡§\d]+$/u;
// The expressions are made once, here: a literal in the function, or matchAll's copy of one, is a
// new RegExp at every call, compiled again whenever a garbage collection has cleared V8's cache
// (the byline of two documents in five cost as much as all their headings).
const BYLINE_PART = /[^,&;]+/g;
const AND = /\s+and\s+/;
const BY = /^\s*(?:by|authors?:)\s+/i;
const WHITE_SPACE = /\s+/;

/** Adds the byline's authors as persons. */
export function addBylineNames(block: Block, clean: string, grouper: Grouper, lex: Lexicon): void {
  const text = clean.slice(block.cleanStart, block.cleanEnd);
  // One author per part: 'A and B', 'A, B & C'. (An exec loop, as matchAll: BYLINE_PART never
  // matches the empty string, and nothing else uses it meanwhile.)
  BYLINE_PART.lastIndex = 0;
  for (let m = BYLINE_PART.exec(text); m !== null; m = BYLINE_PART.exec(text)) {
    for (const piece of m[0].split(AND)) {
      const offset = m.index + m[0].indexOf(piece);
      const raw = piece.replace(BY, '');
      const lead = piece.length - piece.trimStart().length + (piece.trimStart().length - raw.trimStart().length);
      const surface = raw.trim().replace(NAME_MARKERS, '').trim();
      const words = surface.split(WHITE_SPACE);
      if (words.length < 2 || words.length > 5 || !words.every(startsUpper)) continue;
      // 'Executive Summary' taken for a byline.
      if (words.some((w) => lex.notBylineWords.has(fold(w)))) continue;
      const name = words.map((w) => (w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
      const start = block.cleanStart + offset + lead;
      const g = grouper.find(grouper.key(name)) ?? grouper.groupFor(name, { type: 'PERSON', strength: 2, entry: null, via: 'byline' });
      grouper.add(g, groupMention(-1, start, start + surface.length, name, block.kind));
    }
  }
}

const HEADING_CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and', 'de', 'y']);
const CAPITAL_LOWER = /^\p{Lu}\p{Ll}/u;

/**
 * Adds the known names in a title or heading, longest first. A one-word gazetteer name the text
 * also writes in lower case ('Solidarity' / 'solidarity') counts only when the body names it.
 */
export function addHeadingNames(block: Block, clean: string, grouper: Grouper, lex: Lexicon, known: Set<string>, docLower: LowerWords): void {
  const text = clean.slice(block.cleanStart, block.cleanEnd);
  const words = wordsOfString(text, block.cleanStart, lex);
  let k = 0;
  while (k < words.length) {
    let matched = -1;
    // Headings begin with capitals anyway: 'The Santa María School Massacre' names the massacre.
    const first = foldOf(words[k]);
    if (isNameWord(words[k]) && !lex.articles.has(first) && (known.has(first) || lex.firstWords.has(first))) {
      // Windows end inside the stretch of capitalised words and connectors.
      let end = k;
      while (end + 1 < words.length && end - k < 8 && (isNameWord(words[end + 1]) || HEADING_CONNECTORS.has(words[end + 1].text))) end++;
      for (let e = end; e >= k; e--) {
        if (!isNameWord(words[e])) continue;
        if (possessiveBreak(words, k, e, lex)) continue;
        const name = displayName(words, k, e, clean, lex);
        let g = grouper.find(grouper.key(name));
        if (!g) {
          const entry = lex.lookup(name);
          if (entry && !(e === k && docLower.has(foldOf(words[k])))) g = grouper.groupFor(name, { type: entry.type, strength: 3, entry, via: 'gazetteer' });
          else if (e === k && CAPITAL_LOWER.test(name)) g = grouper.personByFamilyName(name, words[k].cleanStart) ?? undefined;
        }
        if (!g) continue;
        grouper.add(g, groupMention(-1, words[k].cleanStart, words[e].cleanEnd, name, block.kind));
        matched = e;
        break;
      }
    }
    k = matched >= 0 ? matched + 1 : k + 1;
  }
}
