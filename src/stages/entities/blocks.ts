/**
 * Names outside sentences: the authors in a byline ('Jude HOWELL*' → Jude Howell) and, in titles
 * and headings, only names already known from the body or the gazetteers — headings capitalise
 * every word ('The End of Labour NGOs?'), so capitals there say nothing.
 */
import type { Block, EntityType } from '../../doc.js';
import { displayName, isNameWord, possessiveBreak } from './candidates.js';
import { groupMention, type Group, type Grouper } from './group.js';
import { fold, type Lexicon } from './lexicon.js';
import type { LowerWords } from './chars.js';
import { foldOf, startsUpper, wordsOfString, type Word } from './words.js';

const NAME_MARKERS = /[*†‡§\d]+$/u;
// The expressions are made once, here: a literal in the function, or matchAll's copy of one, is a
// new RegExp at every call, compiled again whenever a garbage collection has cleared V8's cache
// (the byline of two documents in five cost as much as all their headings).
const BYLINE_PART = /[^,&;]+/g;
const AND = /\s+and\s+/;
const BY = /^\s*(?:by|authors?:)\s+/i;
const WHITE_SPACE = /\s+/;
const BYLINE_NOT_NAMES = new Set(['the', 'a', 'an', 'from', 'of', 'for', 'to', 'in', 'on', 'at', 'with', 'our', 'your', 'we', 'us']);

/** Adds the byline's authors: persons, or organisations by their head word or the gazetteer. */
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
      // An organisation as author ('Danube Civic Monitor', 'Human Rights Watch'): its head word, or the gazetteer, says so.
      const known = lex.lookup(name);
      // (A known place is that place: 'SRI LANKA' over a section, taken for a byline.)
      const type = known !== null && known.type !== 'PERSON' ? known.type : lex.heads.get(fold(words[words.length - 1])) === 'ORG' ? 'ORG' : 'PERSON';
      // A line in capitals the segmenter took for a byline ('FROM THE BRANCH SECRETARY'): an article
      // or preposition is in no person's name.
      if (type === 'PERSON' && words.some((w) => BYLINE_NOT_NAMES.has(fold(w)))) continue;
      const g = grouper.find(grouper.key(name)) ?? grouper.groupFor(name, { type, strength: 2, entry: type !== 'PERSON' ? known : null, via: 'byline' });
      grouper.add(g, groupMention(-1, start, start + surface.length, name, block.kind));
    }
  }
}

const CREDIT = /^\s*(\p{Lu}\p{L}+)(?:\s+by\s+|\s*:\s+)|^\s*(\p{Lu}[\p{L}-]+\s+\p{Ll}[\p{L}-]+)\s*:\s+/u;
/** A person's title before the name in a credit ('Dr Verena Gasser', 'Prof. Ana Ruiz'): no part of the name. */
const NAME_TITLE = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Rev|Sir|Dame)\.?\s+(?=\p{Lu})/u;
/** 'By Helena Sardinha, Luanda, …', 'Opinion. By Sharline Martina-Koeiman, …': an author after 'By', a genre's label perhaps before it. */
const FRONT_BY = /^\s*(?:\p{Lu}\p{L}+\.\s+)?By\s+(?=\p{Lu})/u;
const DATE_PART = /(?:^|\s)(?:1[5-9]\d\d|20\d\d)\s*$/;
/**
 * A date that ends one of the parts set off by middle dots or bars ('Two-day workshop, University
 * of Ruritania, 3–4 May 2026 · Convenors: …'): the line is a dateline although the date is not its
 * last part.
 */
const DATE_BEFORE_DOT = /(?:^|\s)(?:1[5-9]\d\d|20\d\d)\s+[·|]\s/u;
/**
 * A part that ends at a place ('Carried by a show of hands at Port Ellis', 'Speech delivered at
 * Kumasi'): group 1 the place. Not after 'in', which names a topic as often ('a workshop on civic
 * space in Central Africa').
 */
const AT_PLACE = /\sat\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|du|des|la|le|les|sur|en)){0,3})$/u;
const NAME_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'des', 'la', 'el', 'es', 'da', 'do', 'dos', 'das', 'di', 'del', 'le', 'les', 'van', 'von', 'der', 'den', 'y', 'al', 'bin']);
/**
 * Where a front-matter line breaks into parts: a comma, semicolon or middle dot, and a full stop
 * after a word of three letters or more, before a capital or a digit ('… University of the West
 * Indies, Mona. September 2024'; not 'St. Augustine').
 */
const FRONT_PART_BREAK = /\s*[,;·]\s*|(?<=\p{L}{3})\.\s+(?=[\p{Lu}\d])/gu;
/** A bracketed acronym after a name ('Coalition for Civic Space in Tanzania (CCST)'). */
const BRACKETED_ACRONYM = /\s*\(\p{Lu}[\p{Lu}\d&-]{1,9}\)$/u;
const DIGIT = /\d/;
/** A surname with its particle joined by a hyphen ('al-Busaidi', 'el-Sayed', 'ibn-Khaldun'). */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|az|an|ar|ibn|bin|bint|abu|da|de|di|du|van|von)-\p{Lu}/u;
/** A word that may end a name: a capital, or a particle and a capital ('al-Busaidi'). */
function nameEnd(word: string): boolean {
  return startsUpper(word) || NAME_PARTICLE.test(word);
}
/** The connectors after an organisation's head inside its name ('Institute for …', 'Coalition of …'). */
const ORG_OF = new Set(['of', 'for', 'on']);
/** A publication of a body ('Newsletter of the …', 'Bulletin of …'): group 1 the publication's word. */
const SERIES_OF = /^(\p{Lu}\p{L}+)\s+of\s+(?:the\s+)?(?=\p{Lu})/u;
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** The parts of a front-matter line from `from` on, with their offsets in it. */
function frontParts(text: string, from: number): { surface: string; start: number }[] {
  const parts: { surface: string; start: number }[] = [];
  let at = from;
  const push = (end: number): void => {
    const raw = text.slice(at, end);
    const surface = raw.trim();
    if (surface !== '') parts.push({ surface, start: at + raw.indexOf(surface) });
  };
  FRONT_PART_BREAK.lastIndex = from;
  for (let m = FRONT_PART_BREAK.exec(text); m !== null; m = FRONT_PART_BREAK.exec(text)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(text.length);
  return parts;
}

/** The type a part of a front-matter line names by itself: the gazetteer's, or ORG by an organisation's head word; null when neither. */
function namedType(surface: string, words: string[], lex: Lexicon): { type: EntityType; known: ReturnType<Lexicon['lookup']> } | null {
  const known = lex.lookup(surface);
  if (known !== null) return { type: known.type, known };
  // ('Mekong Institute for Social Research', 'Civic Space Coalition of Moldova': the head before 'of' or 'for'.)
  const headBeforeOf = words.some((w, i) => i > 0 && i < words.length - 2 && ORG_OF.has(words[i + 1]) && lex.heads.get(fold(w)) === 'ORG');
  const orgHead = headBeforeOf || lex.heads.get(fold(words[words.length - 1])) === 'ORG' || lex.firstHeads.get(fold(words[0])) === 'ORG' || (words.length >= 2 && lex.affiliationFirstHeads.has(fold(words[0]))) || (words.length > 2 && lex.heads.get(fold(words[0])) === 'ORG');
  return orgHead ? { type: 'ORG', known: null } : null;
}

/** A person's name by its shape: two to four capitalised words (particles between), no series word, no organisation's head. */
function personShaped(words: string[], lex: Lexicon): boolean {
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    startsUpper(words[0]) &&
    nameEnd(words[words.length - 1]) &&
    words.every((w) => (startsUpper(w) || NAME_CONNECTORS.has(w) || NAME_PARTICLE.test(w)) && !lex.seriesWords.has(fold(w)) && !lex.notBylineWords.has(fold(w)))
  );
}

/**
 * Names in a front-matter line the segmenter did not take for a byline: a credit ('Interview by
 * Farah Lowe', 'Reviewed by Inês Duarte, University of Coimbra', 'Rapporteur: Tendai Moyo'; the
 * label one of the lexicon's `creditLabels`), an author after 'By' ('Opinion. By Sharline
 * Martina-Koeiman, Willemstad, 30 May 2024'), an author and an affiliation ('Eleanor Sato-Hughes,
 * University of Wessex'; 'Aigerim Sultanbekova, Department of Political Science, Steppe University,
 * Almaty'), or a dateline of names before a date ('Civic Futures Institute, Nairobi, May 2021').
 * Each part is a known name of its gazetteer type, an organisation by its head word ('… Institute',
 * 'University of …'), the author (the first part, by the shape of the words, in a credit, after
 * 'By' or before an affiliation), or, after a name, a place: where the text was written (an unknown
 * part of capitalised words, 'Punaauia', 'St. John's'). A unit inside an organisation ('Department
 * of …'), a series and its number ('Policy Report No. 12') and a date name nothing. True when it
 * named something.
 */
export function addFrontNames(block: Block, clean: string, grouper: Grouper, lex: Lexicon): boolean {
  const text = clean.slice(block.cleanStart, block.cleanEnd);
  if (text.includes('\n')) return false;
  const credit = CREDIT.exec(text);
  const isCredit = credit !== null && lex.creditLabels.has(fold(credit[1] ?? credit[2]));
  const by = isCredit ? null : FRONT_BY.exec(text);
  const parts = frontParts(text, isCredit ? credit![0].length : by ? by[0].length : 0);
  if (parts.length === 0) return false;
  const wordsOf = (surface: string): string[] => surface.replace(BRACKETED_ACRONYM, '').split(WHITE_SPACE);
  // 'Tamuno Opukiri-Briggs, from a doctoral thesis …': a part saying where the text comes from names its author before it.
  const attributed = !isCredit && parts.length >= 2 && lex.bylineSources.has(fold(parts[1].surface.split(WHITE_SPACE, 1)[0]));
  const firstIsPerson = !DIGIT.test(parts[0].surface) && personShaped(wordsOf(parts[0].surface), lex) && namedType(parts[0].surface, wordsOf(parts[0].surface), lex) === null;
  const affiliated = !isCredit && !attributed && firstIsPerson && parts.slice(1).some((p) => !DIGIT.test(p.surface) && namedType(p.surface, wordsOf(p.surface), lex)?.type === 'ORG');
  const dotDated = !DATE_PART.test(parts[parts.length - 1].surface) && DATE_BEFORE_DOT.test(text);
  const dateline = parts.length >= 2 && (DATE_PART.test(parts[parts.length - 1].surface) || dotDated);
  // (After the date of such a line come other things than where it was written: 'Spring 2025 · Dr Helmi Rautio-Banks'.)
  const datePart = dotDated ? parts.findIndex((x) => DATE_PART.test(x.surface)) : parts.length;
  if (!isCredit && !attributed && !affiliated && !by && !dateline) return false;
  let named = false;
  for (let p = 0; p < parts.length; p++) {
    const { surface: raw, start: at } = parts[p];
    // A date, a series' number ('Policy Report No. 12'), a page: no name.
    if (DIGIT.test(raw)) continue;
    // ('Newsletter of the Southern Allied Workers' Union': the publication's body, not the publication.)
    const series = SERIES_OF.exec(raw);
    const lead = series && lex.seriesWords.has(fold(series[1])) ? series[0].length : 0;
    // A credit in a later part of a dated line ('…, 3–4 May 2026 · Convenors: Dr Ana Ruiz and Dr Li Wei'):
    // the persons it names, each without the title before the name.
    const laterCredit = p > 0 && dateline ? CREDIT.exec(raw) : null;
    if (laterCredit !== null && laterCredit[1] !== undefined && lex.creditLabels.has(fold(laterCredit[1]))) {
      let offset = laterCredit[0].length;
      for (const piece of raw.slice(offset).split(AND)) {
        const pieceAt = raw.indexOf(piece, offset);
        offset = pieceAt + piece.length;
        const title = NAME_TITLE.exec(piece)?.[0].length ?? 0;
        const name = piece.slice(title).trim();
        if (!personShaped(name.split(WHITE_SPACE), lex) || namedType(name, name.split(WHITE_SPACE), lex) !== null) continue;
        addFrontName(name, block.cleanStart + at + pieceAt + title, 'PERSON', null, block, grouper);
        named = true;
      }
      continue;
    }
    // A part of a dated line that ends at a place ('Carried by a show of cards at Port Ellis, 3 May 2026').
    const atPlace = dateline ? AT_PLACE.exec(raw) : null;
    if (atPlace !== null) {
      const place = atPlace[1];
      const placeKnown = lex.lookup(place);
      if (placeKnown === null || placeKnown.type === 'GPE' || placeKnown.type === 'LOC') {
        addFrontName(place, block.cleanStart + at + atPlace.index + atPlace[0].length - place.length, placeKnown?.type ?? 'GPE', placeKnown, block, grouper);
        named = true;
        continue;
      }
    }
    const surface = raw.slice(lead).replace(BRACKETED_ACRONYM, '');
    const words = surface.split(WHITE_SPACE);
    if (words.length > 8 || !startsUpper(words[0]) || !nameEnd(words[words.length - 1])) continue;
    if (!words.every((w) => startsUpper(w) || NAME_CONNECTORS.has(w) || NAME_PARTICLE.test(w))) continue;
    if (words.some((w) => lex.notBylineWords.has(fold(w)))) continue;
    // ('Washington, D.C.': the initials are the place before them.)
    if (lex.affiliationSubunits.has(fold(words[0])) || INITIALS.test(surface)) continue;
    const start = block.cleanStart + at + lead;
    const found = namedType(surface, words, lex);
    if (found !== null) {
      addFrontName(surface, start, found.type, found.known, block, grouper);
      named = true;
      continue;
    }
    // ('Policy Brief', 'Horn Review': a series or a genre names no person and no place.)
    if (words.some((w) => lex.seriesWords.has(fold(w)))) continue;
    // The author: the first part, by the shape of its words, in a credit, after 'By', or before an affiliation (a title before it left out).
    const title = p === 0 ? NAME_TITLE.exec(surface)?.[0].length ?? 0 : 0;
    if (p === 0 && (isCredit || attributed || affiliated || by !== null) && personShaped(surface.slice(title).split(WHITE_SPACE), lex)) {
      addFrontName(surface.slice(title), start + title, 'PERSON', null, block, grouper);
      named = true;
      continue;
    }
    // A titled name in a later part is a person ('… · Spring 2025 · Dr Helmi Rautio-Banks').
    const titled = p > 0 ? NAME_TITLE.exec(surface)?.[0].length ?? 0 : 0;
    if (titled > 0 && personShaped(surface.slice(titled).split(WHITE_SPACE), lex)) {
      addFrontName(surface.slice(titled), start + titled, 'PERSON', null, block, grouper);
      named = true;
      continue;
    }
    // After a name, where the text was written: 'Luanda', 'N'Djamena and Dakar'.
    if (p > 0 && p < datePart && named && (affiliated || by !== null || dateline)) {
      let offset = 0;
      for (const place of surface.split(AND)) {
        const placeWords = place.split(WHITE_SPACE);
        const placeStart = start + surface.indexOf(place, offset);
        offset = placeStart - start + place.length;
        if (placeWords.length > 4 || !placeWords.every((w) => startsUpper(w) || NAME_CONNECTORS.has(w)) || !startsUpper(placeWords[placeWords.length - 1])) continue;
        const placeKnown = lex.lookup(place);
        addFrontName(place, placeStart, placeKnown?.type ?? 'GPE', placeKnown, block, grouper);
      }
    }
  }
  return named;
}

/** Adds a name found in front matter to its group (a new one when the text has not named it yet). */
function addFrontName(surface: string, start: number, type: EntityType, known: ReturnType<Lexicon['lookup']>, block: Block, grouper: Grouper): void {
  const g = grouper.find(grouper.key(surface)) ?? grouper.groupFor(surface, { type, strength: 2, entry: known, via: 'byline' });
  grouper.add(g, groupMention(-1, start, start + surface.length, surface, block.kind));
}

/** The person `g` when one of its names holds `name` as whole words ('Karl Ferdinand Braun' holds 'Ferdinand Braun'). */
function partOfPerson(g: Group | null, name: string): Group | null {
  return g !== null && g.names.some((n) => ` ${n} `.includes(` ${name} `)) ? g : null;
}

const HEADING_CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and', 'de', 'y']);
const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;
const BRACKET_NUMBER = /^(?:No\.?|\d+)$/;

/**
 * The last word of a law named from word `k` of a heading by a shape title case alone never makes,
 * or -1: capitalised words and connectors ending in a LAW head word, with a bracketed part inside
 * ('Trade Union (Amendment) Act', '(No. 2)') or a year after it ('Labour Relations Act 1995',
 * 'Trade Union Ordinance of 1938'). A heading such as 'Labour Law and Practice' names no law.
 */
function headingLawEnd(words: Word[], k: number, lex: Lexicon): number {
  let e = k;
  let bracket = false;
  for (;;) {
    const next = words[e + 1];
    if (next === undefined) break;
    if (isNameWord(next)) e++;
    else if (HEADING_CONNECTORS.has(next.text) && isNameWord(words[e + 2])) e += 2;
    else if (next.text === '(') {
      let c = e + 2;
      while (c < words.length && c - e <= 5 && (isNameWord(words[c]) || BRACKET_NUMBER.test(words[c].text))) c++;
      if (c === e + 2 || words[c]?.text !== ')' || !isNameWord(words[c + 1])) break;
      bracket = true;
      e = c;
    } else break;
  }
  let head = e;
  while (head > k && !(lex.heads.get(foldOf(words[head])) === 'LAW' && startsUpper(words[head].text))) head--;
  if (head === k) return -1;
  if (words[head + 1] !== undefined && YEAR.test(words[head + 1].text)) return head + 1;
  if (words[head + 1]?.text === 'of' && words[head + 2] !== undefined && YEAR.test(words[head + 2].text)) return head + 2;
  return bracket ? head : -1;
}
const CAPITAL_LOWER = /^\p{Lu}\p{Ll}/u;
const ACRONYM = /^\p{Lu}{2,8}$/u;

/**
 * The last word of an organisation named from word `k` of a heading and defined by its acronym in
 * brackets right after it, or -1: capitalised words and connectors with an organisation's head word
 * among them, whose capitalised words' initials spell the acronym ('Nigerian Union of Mine Workers
 * (NUMW)'). Title case says nothing in a heading; an acronym spelt so does.
 */
function headingDefinedOrgEnd(words: Word[], k: number, lex: Lexicon): number {
  let e = k;
  while (e - k < 10) {
    if (isNameWord(words[e + 1])) e++;
    else if (HEADING_CONNECTORS.has(words[e + 1]?.text ?? '') && isNameWord(words[e + 2])) e += 2;
    else break;
  }
  if (e === k || words[e + 1]?.text !== '(' || words[e + 3]?.text !== ')' || !ACRONYM.test(words[e + 2]?.text ?? '')) return -1;
  let initials = '';
  let head = false;
  for (let m = k; m <= e; m++) {
    if (!isNameWord(words[m])) continue;
    initials += words[m].text[0];
    head ||= lex.heads.get(foldOf(words[m])) === 'ORG';
  }
  return head && initials === words[e + 2].text ? e : -1;
}
const LOWER_LETTER = /\p{Ll}/u;

/** Whether a heading is set in capitals: it has letters, none of them in lower case. */
function isShouting(words: readonly Word[]): boolean {
  let letters = false;
  for (const w of words) {
    if (LOWER_LETTER.test(w.text)) return false;
    letters ||= startsUpper(w.text);
  }
  return letters;
}

/** A heading's label and number before its name: 'Stop 4:', 'Station 2.', 'Stop 6 –' (a guide's or tour's stops). */
const STOP_NUMBER = /^(?:\d{1,3}[a-z]?|[IVX]{1,5})$/;
const STOP_MARK = new Set([':', '.', '–', '—', '-']);

/**
 * The first and last word of a place that fills a numbered stop's heading after its label, or null:
 * 'Stop 5: Rossville Street', 'Stop 6: Butcher Gate', 'Stop 2: The Market Square'. The name is two
 * capitalised words or more (an article before it stays out) ending in a LOC head word; a guide's
 * numbered stops are places, as a section heading's words need not be ('3. The Long Road Home').
 */
function headingStopPlace(words: Word[], lex: Lexicon): [number, number] | null {
  if (words.length < 5 || !CAPITAL_LOWER.test(words[0].text) || !STOP_NUMBER.test(words[1].text) || !STOP_MARK.has(words[2].text)) return null;
  let s = 3;
  if (lex.articles.has(foldOf(words[s])) && s + 1 < words.length) s++;
  const e = words.length - 1;
  if (e - s < 1) return null;
  for (let m = s; m <= e; m++) if (!isNameWord(words[m]) || !CAPITAL_LOWER.test(words[m].text)) return null;
  return lex.heads.get(foldOf(words[e])) === 'LOC' ? [s, e] : null;
}

/**
 * Adds the known names in a title or heading, longest first. A one-word gazetteer name the text
 * also writes in lower case ('Solidarity' / 'solidarity') counts only when the body names it.
 * `sectionEnd`: the clean offset where the block's section ends (the next heading; the text's end
 * for the title), which decides a family name several persons of the text share.
 */
export function addHeadingNames(block: Block, clean: string, grouper: Grouper, lex: Lexicon, known: Set<string>, docLower: LowerWords, sectionEnd: number): void {
  const text = clean.slice(block.cleanStart, block.cleanEnd);
  const words = wordsOfString(text, block.cleanStart, lex);
  const shouting = isShouting(words);
  const stop = block.kind === 'heading' ? headingStopPlace(words, lex) : null;
  if (stop !== null) {
    const [s, e] = stop;
    const name = displayName(words, s, e, clean, lex);
    const g = grouper.find(grouper.key(name)) ?? grouper.groupFor(name, { type: 'LOC', strength: 2, entry: null, via: 'heading-stop' });
    grouper.add(g, groupMention(-1, words[s].cleanStart, words[e].cleanEnd, name, block.kind));
    return;
  }
  let k = 0;
  while (k < words.length) {
    let matched = -1;
    // Headings begin with capitals anyway: 'The Santa María School Massacre' names the massacre.
    const first = foldOf(words[k]);
    const law = isNameWord(words[k]) && !lex.articles.has(first) ? headingLawEnd(words, k, lex) : -1;
    const org = law < 0 && isNameWord(words[k]) && !lex.articles.has(first) ? headingDefinedOrgEnd(words, k, lex) : -1;
    if (org >= 0) {
      const name = displayName(words, k, org, clean, lex);
      const acronym = words[org + 2];
      const g = grouper.find(grouper.key(name)) ?? grouper.find(grouper.key(acronym.text)) ?? grouper.groupFor(name, { type: 'ORG', strength: 2, entry: null, via: 'heading-acronym' });
      grouper.add(g, groupMention(-1, words[k].cleanStart, words[org].cleanEnd, name, block.kind));
      grouper.alias(g, grouper.key(acronym.text));
      grouper.add(g, groupMention(-1, acronym.cleanStart, acronym.cleanEnd, acronym.text, block.kind));
      matched = org + 3;
    } else if (law >= 0) {
      const name = displayName(words, k, law, clean, lex);
      const g = grouper.find(grouper.key(name)) ?? grouper.groupFor(name, { type: 'LAW', strength: 2, entry: null, via: 'heading-law' });
      grouper.add(g, groupMention(-1, words[k].cleanStart, words[law].cleanEnd, name, block.kind));
      matched = law;
    } else if (isNameWord(words[k]) && !lex.articles.has(first) && (known.has(first) || lex.firstWords.has(first))) {
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
          // (In a heading set in capitals a word alone may be any word: 'WHAT THE LAW MEANS FOR US', 'SOLIDARITY'.
          // There a one-word name counts only when the body names it, found above.)
          if (entry && !(e === k && (docLower.has(foldOf(words[k])) || (shouting && !CAPITAL_LOWER.test(words[k].text))))) g = grouper.groupFor(name, { type: entry.type, strength: 3, entry, via: 'gazetteer' });
          // (A heading names what its section is about: of several persons of that name, the one its section names.)
          // (A block of one word, the given name of a person named in full before it, is that person's
          // signature: 'Best,' / 'Nirmala' under an e-mail; in a longer title or heading it names nothing.)
          else if (e === k && CAPITAL_LOWER.test(name)) g = grouper.personByFamilyName(name, words[k].cleanStart, true, sectionEnd) ?? (words.length === 1 ? grouper.personByGivenName(name, words[k].cleanStart) : null) ?? undefined;
          // 'Ferdinand Braun' as a heading over 'Karl Ferdinand Braun': part of a person's name, in order.
          else if (e > k && e - k < 3 && CAPITAL_LOWER.test(words[e].text)) g = partOfPerson(grouper.personByFamilyName(words[e].text, words[k].cleanStart), name) ?? undefined;
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
