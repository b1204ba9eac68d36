/**
 * Typing one candidate name (a run of capitalised words) from the gazetteers, its head word, the
 * shape of a personal name and the cues around it. Pure functions of the words and the lexicon.
 */
import type { EntityType } from '../../doc.js';
import { isCapsSurface, type GazetteerEntry, type Lexicon } from './lexicon.js';
import { foldOf, KIND, kindsOfWord, POS, startsUpper, type Word } from './words.js';
import { countLetters, letterCase, type LowerWords } from './chars.js';

/** How a candidate was typed; `strength` orders the evidence (3 gazetteer, 2 head or cue, 1 shape). */
export interface Typing {
  type: EntityType;
  strength: number;
  entry: GazetteerEntry | null;
  via: string;
}

/** Cues found around a candidate. */
export interface Cues {
  /** A title was stripped from the front ('President Xi Jinping'). */
  title: boolean;
  /** A role noun stands before it ('the poet Carlos…'), or 'edited by'. */
  person: boolean;
  /** 'the volume …', 'the newspaper …'. */
  work: boolean;
  /** 'the publishing house …'. */
  org: boolean;
  /** 'in …', 'near …'. */
  place: boolean;
  /** The work cue names a periodical ('the daily …', 'the newspaper …', 'its own weekly, …'): an ORG. */
  periodical: boolean;
}

export const NO_CUES: Cues = { title: false, person: false, work: false, org: false, place: false, periodical: false };

const ROMAN = /^(?:[IVXLC]+|\d+(?:st|nd|rd|th)?)$/;

/** True for lower-case connector words inside a name ('of', 'the', 'de', 'and'). */
export function isConnector(w: Word, lex: Lexicon): boolean {
  const t = w.text;
  if (t === '&') return true;
  // ('' is the stand-in for words far from names: reading past its end would throw optimised code away.)
  const c = t.length > 0 ? t.charCodeAt(0) : 0;
  // A lower-case initial (tested inline: this runs for most words of a name and around it).
  if (!((c >= 97 && c <= 122) || (c > 127 && letterCase(t, 0) === 2))) return false;
  return lex.connectorWords.has(t);
}

/** True for an acronym-like word: 'UN', 'ACFTU', 'U.S.', 'NGOs', 'V-Dem'. */
export function isAcronymWord(text: string): boolean {
  if (letterCase(text, 0) !== 1) return false;
  const { letters, upper } = countLetters(text);
  if (letters < 2 || letters > 8 || upper < 2) return false;
  return isCapsSurface(text) || CAPS_DASH_WORD.test(text);
}

const CAPS_DASH_WORD = /^\p{Lu}+-\p{Lu}\p{Ll}+$/u;
/** Initials: 'E.', 'P.', 'W.E.B.'. */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const CAPS_SYLLABLE = /^\p{Lu}{1,6}$/u;
const CAPITAL_SHORT = /^\p{Lu}\p{Ll}{0,5}$/u;
const LOWER_SYLLABLE = /^\p{Ll}{1,6}$/u;

/** The words that are not connectors. */
function contentOf(words: Word[], lex: Lexicon): Word[] {
  const content: Word[] = [];
  for (let i = 0; i < words.length; i++) if (!isConnector(words[i], lex)) content.push(words[i]);
  return content;
}

/** "Chung-hee", "Il-sung", "Kai-shek": a romanised East Asian given name in two hyphenated syllables. */
function isHyphenatedGivenName(w: Word): boolean {
  const p = w.parts;
  if (!p || p.length !== 2) return false;
  // Also in capitals, as some texts set surnames and names ('YUN BO-SEON').
  if (CAPS_SYLLABLE.test(p[0].text) && CAPS_SYLLABLE.test(p[1].text)) return true;
  return CAPITAL_SHORT.test(p[0].text) && LOWER_SYLLABLE.test(p[1].text);
}

/** A regnal number: a Roman numeral from II to XXXIX ('Henry VIII', 'Louis XIV', 'Pius XII'); 'I' is read by the scan. */
const REGNAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A regnal number with the full stop of its sentence, one token ('I.', 'IV.'). */
const REGNAL_STOP = /^X{0,3}(?:IX|IV|V?I{0,3})\.$/;

/** Whether `w` is a regnal number after a name word: 'XIV' in 'Louis XIV' (not 'IT', 'CIA'). */
export function isRegnalNumber(w: Word): boolean {
  const t = w.text;
  return t.length >= 2 && t.length <= 6 && REGNAL.test(t);
}

/**
 * Whether the words are a ruler's or pope's name with a regnal number: a known given name, or
 * several capitalised words the first of which is one, then the number ('Louis XIV', 'Henry VIII',
 * 'John Paul II', 'Mehmed II', 'Charles I'); or one unknown word and a number from II ('Menelik II').
 * A title before the name types it too ('King Louis XVI'), by cue.
 */
function regnalName(content: Word[], lex: Lexicon, docLower: LowerWords): boolean {
  const n = content.length;
  // ('Charles I': the scan joins a lone 'I' only after a known given name.)
  // ('Nicholas I.' closing a sentence: the scan ends the name at the number and drops the stop.)
  if (n < 2 || n > 4 || !(isRegnalNumber(content[n - 1]) || content[n - 1].text === 'I' || REGNAL_STOP.test(content[n - 1].text))) return false;
  if (!lex.givenNames.has(foldOf(content[0]))) {
    // 'Menelik II', 'Tewodros II', 'Rama V': one unknown word and a number from II, when the word is
    // no common word of the text, nor known as anything ('Vatican II', 'Phase II', 'World War II').
    const f = foldOf(content[0]);
    if (n !== 2 || !isRegnalNumber(content[1]) || docLower.has(f) || lex.lookup(content[0].text) || lex.nonNames.has(content[0].text)) return false;
    // ('Title IX', 'Chapter XII', 'Act II': a part of a law or a text.)
    return !lex.nonEntityWords.has(f) && !lex.titles.has(f) && !lex.heads.has(f) && !lex.provisionWords.has(f) && !lex.numberedLabels.has(content[0].text);
  }
  for (let i = 0; i < n - 1; i++) if (!startsUpper(content[i].text) || isAcronymWord(content[i].text) || lex.heads.has(foldOf(content[i]))) return false;
  return true;
}

/** Whether the words after the first are syllables of a Vietnamese given name: short, capitalised, not common words. */
function vietnameseGiven(content: Word[], docLower: LowerWords): boolean {
  for (let i = 1; i < content.length; i++) {
    const w = content[i];
    if (w.text.length > 7 || !CAPITAL_SYLLABLE.test(w.text) || docLower.has(foldOf(w))) return false;
  }
  return true;
}

/** A capitalised syllable of letters only ('Văn', 'Thiệu'). */
const CAPITAL_SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]{0,6}$/u;

/** A word written in Hepburn romanisation: morae only, long vowels maybe marked ('Ishimure', 'Saitō'). */
const ROMAJI = /^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiouāīūēō]|n)+$/;

/** Whether the words have the shape of a personal name (no head words, a known given or family name). */
export function personShape(content: Word[], lex: Lexicon, docLower: LowerWords): boolean {
  const n = content.length;
  if (n < 2 || n > 5) return false;
  if (regnalName(content, lex, docLower)) return true;
  if ((kindsOfWord(content[n - 1], lex) & KIND.HEAD) !== 0) return false;
  // 'Maurice Bishop', 'Carl King': a title after a known given name is a family name (titles come before names).
  const firstKinds = kindsOfWord(content[0], lex);
  const titleAsFamilyName = (firstKinds & KIND.GIVEN_NAME) !== 0 && (firstKinds & KIND.TITLE) === 0;
  for (const w of content) {
    const kinds = kindsOfWord(w, lex);
    const given = (kinds & KIND.GIVEN_NAME) !== 0;
    // 'Christian Sorace': a given name first may also be an ordinary word.
    // ('James Earl Carter': a title that is also a given name may stand inside the name after a given name.)
    if (((kinds & KIND.NON_ENTITY) !== 0 && !(w === content[0] && given)) || ((kinds & KIND.TITLE) !== 0 && !(titleAsFamilyName && (w === content[n - 1] || (w !== content[0] && given)))) || (kinds & KIND.NON_NAME) !== 0) return false;
    if (!startsUpper(w.text) && !lex.particles.has(w.text) && !(w.parts && lex.attachedParticles.has(w.parts[0].text))) return false;
  }
  const first = foldOf(content[0]);
  const last = foldOf(content[n - 1]);
  const second = content[1];
  // "E. P. Thompson", "W.E.B. Du Bois": initials (not a known abbreviation, 'U.S.'), then a family
  // name written in lower-case letters that is known or no common word of the text.
  if (INITIALS.test(content[0].text) && !lex.lookup(content[0].text)) {
    const family = content[n - 1].text;
    if (!INITIALS.test(family) && !isCapsSurface(family) && (lex.lastNames.has(last) || !docLower.has(last))) return true;
  }
  // "Xi Jinping", "Wen Jiabao", "Sun Yat-sen": family name first, then a pinyin or hyphenated given name.
  if (lex.chineseSurnames.has(first) && n === 2 && (lex.chineseGivenName.test(foldOf(second)) || isHyphenatedGivenName(second))) return true;
  // "Park Chung-hee", "Kim Il-sung", "Rhee Syngman".
  if (lex.koreanSurnames.has(first) && n <= 3 && (isHyphenatedGivenName(second) || (n === 2 && !docLower.has(foldOf(second)) && !isCapsSurface(second.text)))) return true;
  // "Terauchi Masatake", "Saitō Makoto": a Japanese family name first, then a given name the text
  // never writes in lower case.
  if (lex.japaneseSurnames.has(first) && n === 2 && !docLower.has(foldOf(second)) && !isCapsSurface(second.text) && !isCapsSurface(content[0].text)) return true;
  // "Ishimure Michiko": a family name the list lacks before a known Japanese given name, the first word
  // a romanised Japanese word (morae only) the text never writes in lower case and no known name.
  if (n === 2 && lex.japaneseGivenNames.has(last) && !lex.givenNames.has(first) && !docLower.has(first) && ROMAJI.test(first) && !isCapsSurface(content[0].text) && !lex.lookup(content[0].text)) return true;
  // "Nguyễn Văn Thiệu", "Đặng Thùy Trâm", "Võ Nguyên Giáp": a Vietnamese family name first, then one to
  // three syllables, each capitalised, none a word the text writes in lower case.
  // ('Le Petit Journal': a surname written as a Romance particle, without its tone mark, opens none.)
  // ('NGO Law Monitor': nor one written in capitals, an acronym.)
  if (lex.vietnameseSurnames.has(first) && n <= 4 && CAPITAL_SYLLABLE.test(content[0].text) && !lex.particles.has(content[0].text.toLowerCase()) && vietnameseGiven(content, docLower)) return true;
  // "Ivan Franceschini", "James Clerk Maxwell", "John R. Hodge".
  // (A surname in capitals is typography, 'Anna KOWALSKA'; a short acronym is not a surname.)
  if (lex.givenNames.has(first) && !(isAcronymWord(content[1].text) && countLetters(content[1].text).letters <= 4)) return true;
  // "Syngman Rhee", "Thomas Edison": a known family name last, after a word that is not a common one.
  // (Also the family name of a well-known person, after a word that is no known name: 'Cuauhtémoc
  // Cárdenas', 'Indira Gandhi'; not 'In Hungary János Kádár', where the place and the person meet.)
  if (n <= 3 && (lex.lastNames.has(last) || lex.koreanSurnames.has(last) || lex.japaneseSurnames.has(last) || (lex.personsByShortForm.has(last) && !lex.lookup(content[0].text))) && !docLower.has(first) && !isCapsSurface(content[0].text)) return true;
  return false;
}

/** The head word: the word before the first preposition, then the last word (past numerals). */
function headOf(words: Word[], lex: Lexicon): { type: EntityType; word: Word; index: number } | null {
  // 'Crisis in Tigray': an event head joined by 'in' to its place (the scan joins 'in' only there).
  // (A head of its own at the end names something else: 'the Crisis in Zimbabwe Coalition' is an ORG.)
  if (words.length > 2 && words[1].text === 'in' && lex.eventInHeads.has(words[0].text)) return headAt(words, words.length - 1, lex) ?? { type: 'EVENT', word: words[0], index: 0 };
  let prep = 0;
  while (prep < words.length && !lex.prepositions.has(words[prep].text)) prep++;
  if (prep > 0 && prep < words.length) {
    const head = headAt(words, prep - 1, lex);
    if (head) return head;
    const office = officeAt(words, prep, lex);
    if (office) return office;
    const members = membersAt(words, prep, lex);
    if (members) return members;
  }
  let last = words.length - 1;
  while (last > 0 && ROMAN.test(words[last].text)) last--;
  const head = headAt(words, last, lex);
  if (head) return head;
  // 'Lindqvist Foundation Ghana', 'Harbour Trust Kenya': a country after an organisation's head
  // names the branch of that country; the organisation is the name, not the country.
  if (last >= 2) {
    const before = headAt(words, last - 1, lex);
    if (before && before.type === 'ORG' && lex.lookup(words[last].text)?.type === 'GPE') return before;
  }
  const first = lex.firstHeads.get(foldOf(words[0])) ?? particleFirstHead(words, lex);
  if (first && words.length > 1 && !knownPrefix(words, lex)) return { type: first, word: words[0], index: 0 };
  return null;
}

/**
 * An office named with its domain after 'of' or 'for', an organisation ('Registrar of Societies',
 * 'Ombudsman of Peru', 'Auditor General of Kenya', 'Commissioner for Human Rights'): an `officeHeads`
 * word (maybe with 'General' after it) right before the first preposition at `prep`, and opening the name.
 */
function officeAt(words: Word[], prep: number, lex: Lexicon): { type: EntityType; word: Word; index: number } | null {
  const p = words[prep].text;
  if (p !== 'of' && p !== 'for') return null;
  let k = prep - 1;
  if (k > 0 && foldOf(words[k]) === 'general') k--;
  const w = words[k];
  return k === 0 && startsUpper(w.text) && lex.officeHeads.has(foldOf(w)) ? { type: 'ORG', word: w, index: k } : null;
}

/**
 * A group named by its members before 'of', 'for' or 'against', an organisation ('Mothers of the
 * Plaza de Mayo', 'Thai Lawyers for Human Rights'): a capitalised `memberHeads` noun right before the
 * first preposition at `prep`.
 */
function membersAt(words: Word[], prep: number, lex: Lexicon): { type: EntityType; word: Word; index: number } | null {
  const p = words[prep].text;
  if (p !== 'of' && p !== 'for' && p !== 'against') return null;
  const w = words[prep - 1];
  return startsUpper(w.text) && lex.memberHeads.has(foldOf(w)) ? { type: 'ORG', word: w, index: prep - 1 } : null;
}

/**
 * Whether the words begin with a gazetteer name of two words or more ('San Jose' in '"San Jose
 * Calling"', a station's slogan): the name is then that name and what follows, not a new one.
 */
function knownPrefix(words: Word[], lex: Lexicon): boolean {
  let name = words[0].text;
  for (let e = 1; e < words.length - 1; e++) {
    name += ` ${words[e].text}`;
    if (lex.lookup(name)) return true;
  }
  return false;
}

/**
 * The type a `particleFirstHeads` word gives a name holding a particle ('Central Única de
 * Trabajadores'); an organisation's acronym before a particle names a branch or offshoot of it, an
 * ORG too ('the CGT de los Argentinos', 'UGT de Catalunya').
 */
function particleFirstHead(words: Word[], lex: Lexicon): EntityType | undefined {
  if (words.length > 2 && isAcronymWord(words[0].text) && lex.particles.has(words[1].text)) return 'ORG';
  const type = lex.particleFirstHeads.get(foldOf(words[0]));
  return type && words.some((w) => lex.particles.has(w.text)) ? type : undefined;
}

/** Word `i` as the head of a name, if it is a capitalised head word. */
function headAt(words: Word[], i: number, lex: Lexicon): { type: EntityType; word: Word; index: number } | null {
  const type = lex.heads.get(foldOf(words[i]));
  if (!type || !startsUpper(words[i].text)) return null;
  // "Convention on the Rights of the Child" is a law; "the National Convention of Co-operatives" an event.
  if (foldOf(words[i]) === 'convention') return { type: i + 1 < words.length && words[i + 1].text === 'on' ? 'LAW' : 'EVENT', word: words[i], index: i };
  // 'the Campaign for Popular Democracy' is an organisation; 'the Defiance Campaign' an event.
  if (i + 1 < words.length && words[i + 1].text === 'for' && lex.forOrgHeads.has(foldOf(words[i]))) return { type: 'ORG', word: words[i], index: i };
  return { type, word: words[i], index: i };
}

/**
 * Whether the words before a state's head (`stateNames.heads`) name a state's territory: capitalised,
 * no acronym, adjective, demonym, title, head of an organisation, law or event (a place's head may be:
 * 'Delta State'), no word of `stateNames.notAfter` ('Free', 'Member', 'Welfare'), nor a known
 * organisation or person.
 */
function stateName(content: Word[], lex: Lexicon): boolean {
  for (let i = 0; i < content.length - 1; i++) {
    const w = content[i];
    const f = foldOf(w);
    if (!startsUpper(w.text) || w.possessive || w.pos === POS.ADJ || isAcronymWord(w.text) || lex.notStateWords.has(f) || lex.nonEntityWords.has(f) || lex.titles.has(f)) return false;
    const head = lex.heads.get(f);
    if (head === 'ORG' || head === 'LAW' || head === 'EVENT') return false;
    const known = lex.lookup(w.text);
    if (known && known.type !== 'GPE' && known.type !== 'LOC') return false;
  }
  return true;
}

/** Whether every connector among the words is a particle ('von', 'de'). */
function onlyParticles(words: Word[], lex: Lexicon): boolean {
  for (const w of words) if (isConnector(w, lex) && !lex.particles.has(w.text)) return false;
  return true;
}

/**
 * Whether no content word is an acronym, nor a non-entity word ('Chinese') — or, given `docLower`,
 * nor a word the text also writes in lower case.
 */
function plainContent(content: Word[], lex: Lexicon, docLower: LowerWords | null): boolean {
  for (let i = 0; i < content.length; i++) {
    const w = content[i];
    // 'King Louis XVI', 'Sultan Mehmed II': a regnal number closing a name is no acronym.
    if (isAcronymWord(w.text) && !(i > 0 && i === content.length - 1 && isRegnalNumber(w))) return false;
    if (docLower ? docLower.has(foldOf(w)) : (kindsOfWord(w, lex) & KIND.NON_ENTITY) !== 0) return false;
  }
  return true;
}

/**
 * Types the name made of `words` (connectors included, titles already stripped), written `name`.
 * Returns null when nothing says what it is.
 */
export function classify(words: Word[], name: string, lex: Lexicon, docLower: LowerWords, cues: Cues): Typing | null {
  const entry = lex.lookup(name);
  if (entry) return { type: entry.type, strength: 3, entry, via: 'gazetteer' };
  const content = contentOf(words, lex);
  if (content.length === 0) return null;
  // "Georg von Arco", "Lee de Forest": a given name and a particle make a person whatever the last word.
  if (content.length > 1 && content.length < words.length && lex.givenNames.has(foldOf(content[0])) && onlyParticles(words, lex)) {
    return { type: 'PERSON', strength: 1.5, entry: null, via: 'name-shape' };
  }
  if (content.length > 1) {
    const head = headOf(words, lex);
    // A head alone with only titles or demonyms before it ('Chinese Government' is kept: it names one body).
    if (head) return { type: head.type, strength: 2, entry: null, via: 'head' };
    // 'Rivers State', 'Kano State': a subnational state (not 'the Islamic State', 'a Member State').
    if (content.length === words.length && content.length <= 3 && lex.stateHeads.has(content[content.length - 1].text) && stateName(content, lex)) {
      return { type: 'GPE', strength: 2, entry: null, via: 'state-head' };
    }
  }
  // A nationality or language alone is no name whatever cue stands before it ('the first newspaper
  // printed in Armenian', 'a weekly French edition').
  const alone = content.length === 1 ? foldOf(content[0]) : null;
  if (alone !== null && (kindsOfWord(content[0], lex) & KIND.NON_ENTITY) !== 0) return null;
  // 'Parliament passed', 'the Diet', 'Congress voted': a legislature's own word alone names that body.
  // (Written with its capital: 'a congress of the union' is none.)
  if (alone !== null && !cues.work && lex.legislatures.has(content[0].text) && !content[0].possessive) return { type: 'ORG', strength: 2, entry: null, via: 'legislature' };
  // A periodical is an organisation (ANNOTATION.md lists journals under ORG): 'the daily Diário do Povo';
  // books, films and reports are works ('the novel …').
  if (cues.work) return { type: cues.periodical ? 'ORG' : 'WORK', strength: 2, entry: null, via: 'work-cue' };
  if (alone !== null && (kindsOfWord(content[0], lex) & (KIND.HEAD | KIND.TITLE)) !== 0) return null;
  const lastIsHead = (kindsOfWord(content[content.length - 1], lex) & KIND.HEAD) !== 0;
  const plainWords = plainContent(content, lex, null);
  // After a title, a lone common word is no name ('General Order No. 1').
  const commonAlone = content.length === 1 && docLower.has(foldOf(content[0]));
  if ((cues.title || cues.person) && content.length <= 4 && !lastIsHead && plainWords && !commonAlone) {
    return { type: 'PERSON', strength: 2, entry: null, via: cues.title ? 'title' : 'role-cue' };
  }
  if (personShape(content, lex, docLower)) return { type: 'PERSON', strength: 1.5, entry: null, via: 'name-shape' };
  if (cues.org) return { type: 'ORG', strength: 1, entry: null, via: 'org-cue' };
  // ('in Le Matin', 'in Die Welt': a title opened by another language's article is the scan's, a periodical.)
  // ('in Black churches': an adjective of people is no place; 'in Kvitsinia's office': a lone owner is
  // none either, more often a person's name than a town's; 'in St. George's' is a place's own name.)
  if (cues.place && content.length <= 2 && plainContent(content, lex, docLower) && !lex.titleArticles.has(content[0].text) && !(content.length === 1 && (lex.peopleAdjectives.has(content[0].text) || content[0].possessive))) {
    return { type: 'GPE', strength: 1, entry: null, via: 'place-cue' };
  }
  return null;
}
