/**
 * Names outside sentences: the authors in a byline ('Jude HOWELL*' → Jude Howell) and, in titles
 * and headings, only names already known from the body or the gazetteers — headings capitalise
 * every word ('The End of Labour NGOs?'), so capitals there say nothing.
 */
import type { Block } from '../../doc.js';
import { displayName, isNameWord } from './candidates.js';
import type { Grouper } from './group.js';
import { fold, type Lexicon } from './lexicon.js';
import { wordsOfString } from './words.js';

const NAME_MARKERS = /[*†‡§\d]+$/u;

/** Adds the byline's authors as persons. */
export function addBylineNames(block: Block, clean: string, grouper: Grouper): void {
  const text = clean.slice(block.cleanStart, block.cleanEnd);
  // One author per part: 'A and B', 'A, B & C'.
  const partRe = /[^,&;]+/g;
  for (const m of text.matchAll(partRe)) {
    for (const piece of m[0].split(/\s+and\s+/)) {
      const offset = m.index + m[0].indexOf(piece);
      const raw = piece.replace(/^\s*(?:by|authors?:)\s+/i, '');
      const lead = piece.length - piece.trimStart().length + (piece.trimStart().length - raw.trimStart().length);
      const surface = raw.trim().replace(NAME_MARKERS, '').trim();
      const words = surface.split(/\s+/);
      if (words.length < 2 || words.length > 5 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
      const name = words.map((w) => (w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
      const start = block.cleanStart + offset + lead;
      const g = grouper.find(grouper.key(name)) ?? grouper.groupFor(name, { type: 'PERSON', strength: 2, entry: null, via: 'byline' });
      grouper.add(g, { sentence: -1, cleanStart: start, cleanEnd: start + surface.length, name, block: block.kind });
    }
  }
}

/** Adds the known names in a title or heading, longest first. */
export function addHeadingNames(block: Block, clean: string, grouper: Grouper, lex: Lexicon, known: Set<string>): void {
  const text = clean.slice(block.cleanStart, block.cleanEnd);
  const words = wordsOfString(text, block.cleanStart);
  let k = 0;
  while (k < words.length) {
    let matched = -1;
    // Headings begin with capitals anyway: 'The Santa María School Massacre' names the massacre.
    const first = fold(words[k].text);
    if (isNameWord(words[k], lex) && !lex.articles.has(first) && (known.has(first) || lex.firstWords.has(first))) {
      // Windows end inside the stretch of capitalised words and connectors.
      let end = k;
      while (end + 1 < words.length && end - k < 8 && (isNameWord(words[end + 1], lex) || /^(of|for|on|the|and|de|y)$/.test(words[end + 1].text))) end++;
      for (let e = end; e >= k; e--) {
        if (!isNameWord(words[e], lex)) continue;
        if (words.slice(k, e).some((w) => w.possessive && !lex.possessiveJoiners.has(fold(w.text)))) continue;
        const name = displayName(words, k, e, clean, lex);
        let g = grouper.find(grouper.key(name));
        if (!g) {
          const entry = lex.lookup(name);
          if (entry) g = grouper.groupFor(name, { type: entry.type, strength: 3, entry, via: 'gazetteer' });
          else if (e === k && /^\p{Lu}\p{Ll}/u.test(name)) g = grouper.personByFamilyName(name, words[k].cleanStart) ?? undefined;
        }
        if (!g) continue;
        grouper.add(g, { sentence: -1, cleanStart: words[k].cleanStart, cleanEnd: words[e].cleanEnd, name, block: block.kind });
        matched = e;
        break;
      }
    }
    k = matched >= 0 ? matched + 1 : k + 1;
  }
}
