/**
 * The entities stage's data, compiled once per pipeline: gazetteers keyed by a folded form of the
 * name, head-word tables, cue lists and name-shape patterns, all read from `pipeline/entities.json`
 * and the gazetteer files it lists.
 */
import { dirname, join } from 'node:path';
import type { EntityType } from '../../doc.js';
import type { PrepareEnv } from '../../stage.js';
import { charClass, FirstChars } from './chars.js';
import { StringMemo } from '../../memo.js';

/** Shape of `pipeline/entities.json`. */
export interface EntityRulesFile {
  gazetteers: string[];
  connectors: { prepositions: string[]; articles: string[]; particles: string[]; conjunctions: string[]; innerPrepositions?: string[] };
  heads: Record<string, string[]>;
  firstHeads?: Record<string, string[]>;
  officeHeads?: string[];
  memberHeads?: string[];
  forOrgHeads?: string[];
  particleFirstHeads?: Record<string, string[]>;
  eventHeadsLower: string[];
  eventModifiersLower?: string[];
  namedEventNouns?: string[];
  locHeadsLower?: string[];
  gpeHeadsLower?: string[];
  worksNounsLower?: Record<string, string[]>;
  newPlaceWords?: string[];
  compassPlaceWords?: string[];
  nobleTitles?: string[];
  postposedTitles?: string[];
  monthNamedLaws?: { months: string[]; heads: string[] };
  monthNamedEvents?: { heads: string[] };
  /** Absent from an older data file: then no organisation is named by its day. */
  monthNamedOrgs?: { heads: string[] };
  leaderFrames?: { before: string[]; after: string[]; of?: string[]; ofHeads?: string[]; possessed?: string[]; notLeaders?: string[] };
  personVerbs?: string[];
  personActs?: string[];
  personVerbAdverbs?: string[];
  eventInHeads?: string[];
  orgVerbCues?: Record<string, string[]>;
  periodicalCues?: string[];
  periodicalPairs?: string[];
  periodicalAppositionNouns?: string[];
  orgAppositionNouns?: string[];
  foundingParticiples?: string[];
  orgAppositionEnds?: string[];
  appositionStops?: string[];
  periodicalOfNouns?: string[];
  orgOfNouns?: string[];
  aliasAdverbs?: string[];
  periodicalVerbs?: string[];
  titleArticles?: string[];
  vocativeArticles?: string[];
  vocativeAfterPrepositions?: { articles: string[]; prepositions: string[] };
  lawNicknameCues?: string[];
  lawNicknameHeads?: string[];
  lawNicknameNotFirst?: string[];
  lawNicknamePronouns?: string[];
  workOfNouns?: string[];
  firstPersonVerbs?: string[];
  attachedParticles?: string[];
  elidedParticles?: string[];
  provisionWords?: string[];
  courtCaseMarkers?: string[];
  lawYearRangeWords?: string[];
  placeCompounds?: { prepositions: string[]; endings: string[]; nextWords: string[] };
  peopleAdjectives?: string[];
  numberedLaws?: { heads: string[]; signs: string[]; topics: string[] };
  titleSmallWords?: string[];
  firmSuffixes?: string[];
  leftParticles?: string[];
  titles: string[];
  roleNouns: string[];
  personByCues: string[];
  workCues: string[];
  orgCues: string[];
  placePrepositions: string[];
  placeAtNouns?: string[];
  placeToVerbs?: string[];
  placeOfNouns?: string[];
  exampleMarkers?: string[];
  examplePersonNouns?: string[];
  possessiveJoiners: string[];
  genericAcronyms: string[];
  acronymFrames?: { followers: string[]; termHeads: string[] };
  acronymGlue: string[];
  nonNames: string[];
  numberedLabels?: string[];
  notBylineWords?: string[];
  creditLabels?: string[];
  bylineSources?: string[];
  affiliationSubunits?: string[];
  affiliationFirstHeads?: string[];
  seriesWords?: string[];
  keywordLabels?: string[];
  emailHeaderLabels?: { names: string[]; other: string[] };
  regimes?: { ordinals: string[]; heads: string[] };
  ordinals?: string[];
  sessionHeads?: string[];
  titleHeads?: string[];
  shortFormHeads?: string[];
  orgShortFormHeads?: string[];
  legislatures?: string[];
  partyNames?: { words: string[]; context: string[] };
  placeNounsLower?: string[];
  companySuffixes?: string[];
  venueHeads?: string[];
  stateNames?: { heads: string[]; notAfter: string[] };
  nonEntityWords: string[];
  modifierTail: string;
  pinyinSyllable: string;
  spellingVariants: Record<string, string>;
  citationYear: string;
  useCompromise: boolean;
}

/** One gazetteer file: entries with aliases, plain lists by type, and name lists. */
export interface GazetteerFile {
  entries?: { name: string; type: string; aliases?: string[]; shortForm?: string }[];
  lists?: Record<string, string[]>;
  givenNames?: string[];
  lastNames?: string[];
  chineseSurnames?: string[];
  koreanSurnames?: string[];
  japaneseSurnames?: string[];
  japaneseGivenNames?: string[];
  vietnameseSurnames?: string[];
  demonyms?: string[];
  compounds?: { name: string; parts: string[] }[];
}

/**
 * The part of the era table (`eras.json`, the temporal stage's) the entities stage reads: its
 * leaders are people ('names' full, the first canonical; 'short' used alone), a team ('Hu–Wen',
 * with `members`) is none of its own.
 */
export interface EraTable {
  eras: { id: string; type: string; names: string[]; short?: string[]; requires?: string[]; members?: string[] }[];
}

/** A known name: its canonical form and type, shared by all its aliases. */
export interface GazetteerEntry {
  /** Stable id of the entry (`g<n>`), used to group its aliases. */
  id: string;
  name: string;
  type: EntityType;
  /** Folded keys of the name and every alias. */
  keys: string[];
  /** Family name by which a text may refer to the person alone ('Xi'). */
  shortForm?: string;
  /** A ruler the era table adds (no gazetteer entry names them): the text's full name is the canonical one. */
  fromEras?: boolean;
}

/** What a folded key points to; `capsOnly` keys match only text written in capitals ('WHO', 'US'). */
interface KeyHit {
  entry: GazetteerEntry;
  capsOnly: boolean;
}

/** The compiled lexicon. All sets hold folded (lower-case, diacritic-free) words unless noted. */
export interface Lexicon {
  lookup(surface: string): GazetteerEntry | null;
  /** {@link nameKey} with this lexicon's spelling variants, memoised. */
  keyOf(surface: string): string;
  /** Folded first words of gazetteer names, with the most words a name starting with it has. */
  firstWords: Map<string, number>;
  entryByKey: Map<string, KeyHit>;
  maxGazetteerWords: number;
  /** Gazetteer persons by short form (family name). */
  personsByShortForm: Map<string, GazetteerEntry[]>;
  /**
   * Rulers of the era table by their short names ('ayub' → Ayub Khan), each with the words one of
   * which the text must write for the short name to be theirs (the table's `requires`; none: always).
   * Apart from {@link personsByShortForm}, which the scan reads as family names.
   */
  leadersByShort: Map<string, { entry: GazetteerEntry; requires: readonly string[] | null }[]>;
  /** Dash compounds of family names ('hu wen') to the persons they name. */
  compounds: Map<string, GazetteerEntry[]>;
  heads: Map<string, EntityType>;
  firstHeads: Map<string, EntityType>;
  /** Folded heads of offices that, opening a name before 'of' or 'for', make it an organisation ('Registrar of Societies'). */
  officeHeads: Set<string>;
  /** Folded plural nouns of people that head an organisation's name before 'of', 'for' or 'against' ('Mothers of the Plaza de Mayo'). */
  memberHeads: Set<string>;
  /** Folded heads of another type that name an organisation before 'for' ('Campaign for Popular Democracy'). */
  forOrgHeads: Set<string>;
  /** First words that make a name only when it holds a particle ('Central Única de Trabajadores'). */
  particleFirstHeads: Map<string, EntityType>;
  eventHeadsLower: Set<string>;
  /** Lower-case words that may stand between a name and its event head ('the Sewol ferry disaster'). */
  eventModifiersLower: Set<string>;
  /** Lower-case nouns of events that, before 'known as' or 'remembered as', make the name given an EVENT ('rioting', 'rally'). */
  namedEventNouns: Set<string>;
  /** Lower-case nouns that make the name before them a LOC ('the Baltic coast'). */
  locHeadsLower: Set<string>;
  /** Lower-case nouns of administrative divisions that make the name before them a GPE, outside the mention ('the Nookat district'). */
  gpeHeadsLower: Set<string>;
  /** Lower-case nouns of works after an unknown name and 'the' that make the name the works, an ORG, outside the mention ('the Wujek colliery'). */
  worksNouns: Map<string, EntityType>;
  /** Case-sensitive: words that make a new place of the known place after them ('New Granada'). */
  newPlaceWords: Set<string>;
  /** Case-sensitive: words of a compass point or a course that name a part of the known place after them ('Northern Rhodesia', 'Upper Silesia'). */
  compassPlaceWords: Set<string>;
  /** Titles of nobility that name a person with 'of' and a name after them ('the Count of Floridablanca'). */
  nobleTitles: Set<string>;
  /** Titles written after a name ('Fath Ali Shah', 'Ibrahim Pasha'). */
  postposedTitles: Set<string>;
  /** Case-sensitive months, and folded heads, of acts of state named by their month ('the October Manifesto'). */
  lawMonths: Set<string>;
  monthLawHeads: Set<string>;
  /** Case-sensitive heads of events named by their date ('the May Fourth Movement'). */
  monthEventHeads: Set<string>;
  /** Heads of organisations named by a day ('the February 5 Collective'), case-sensitive. */
  monthOrgHeads: Set<string>;
  /** Words before, and nouns after, a family name that make it a leader ('under Reagan', 'the Obama administration'). */
  leaderBefore: Set<string>;
  leaderAfter: Set<string>;
  /** Nouns after the possessive of an unknown name that make it a person ('Kojo Asante’s widow'). */
  personPossessed: Set<string>;
  /** Nouns before 'of' that make the unknown name after them a person ('the government of Murtala Mohammed'). */
  leaderOf: Set<string>;
  /** Folded heads of armed groups named with their leader after 'of' ('the … Volunteer Force of Asari Dokubo'). */
  leaderOfHeads: Set<string>;
  /** Dynasties that are also family names ('Song', 'Zhou'): never a leader in a frame. */
  notLeaders: Set<string>;
  /** Phrases after a name that only a person's life has ('was born', 'died'), as lower-case words. */
  /** `personVerbs` by their first word, lower-cased ('was' → [['was','born'], ['was','crowned']]). */
  personVerbs: Map<string, string[][]>;
  /** `personActs` by their first word: what a person does as a subject ('said', 'seized', 'resigned'), for names of two or three words. */
  personActs: Map<string, string[][]>;
  /** Auxiliaries and adverbs that may stand between a name and its `personVerbs`/`personActs` ('Lim Dara had already resigned'). */
  personVerbAdverbs: Set<string>;
  /** `eventInHeads`: capitalised event heads that 'in' joins to a place after them ('Crisis in Tigray'); case-sensitive. */
  eventInHeads: Set<string>;
  /** `orgVerbCues`: the verbs or nouns before a preposition ('' for none) that make the unknown name after it an organisation ('worked for …', 'wrote in …', 'joined …'), by preposition. */
  orgVerbCues: Map<string, Set<string>>;
  /** Cue nouns (a subset of `workCues`) that name a periodical: its title is an ORG ('the daily …', 'the newspaper …'). */
  periodicalCues: Set<string>;
  /** Two-word periodical nouns by their last word, to the first words they take ('site' → {'news'}: 'the news site …'). */
  periodicalPairs: Map<string, Set<string>>;
  /** Nouns that name a paper or a broadcaster only in an apposition ('the first private paper, Tribuna,'). */
  periodicalAppositionNouns: Set<string>;
  /** Nouns of organisations that, heading an apposition after an unknown name, make it an ORG ('the Zemlya, an underground party founded in …'). */
  orgAppositionNouns: Set<string>;
  /** Participles of founding after a name, a comma before them and a year after 'in', that make it an ORG (', founded in 1967'). Case-sensitive. */
  foundingParticiples: Set<string>;
  /** Words after which such a noun ends its apposition ('a united front of …'), besides punctuation and participles in '-ed'. */
  orgAppositionEnds: Set<string>;
  /** Function words that end the modifiers of an apposition's noun (', the author of the paper'). */
  appositionStops: Set<string>;
  /** Nouns for the people of a paper: before 'of' they make the name after it a periodical ('the journalists of Kurjer'). */
  periodicalOfNouns: Set<string>;
  /** Folded nouns of a body's seat before 'of' that make the name after it an organisation ('the offices of Kloop'). */
  orgOfNouns: Set<string>;
  /** Adverbs before 'known as' in an alias frame ('better known as'). */
  aliasAdverbs: Set<string>;
  /** Verbs after a name with a foreign article that make it a periodical ('Le Monde reported'). */
  periodicalVerbs: Set<string>;
  /** Case-sensitive: capitalised articles of other languages that open a title inside a sentence ('Le Monde', 'O Século'). */
  titleArticles: Set<string>;
  /** The first characters of {@link titleArticles} (tested before the set, around every name). */
  titleArticleFirsts: FirstChars;
  /** Case-sensitive: title articles that are also English words ('O' in 'O Holy Night'): a periodical only before its verb or after its noun. */
  vocativeArticles: Set<string>;
  /** Vocative articles that open a periodical's title after one of `vocativeTitlePrepositions` ('reported by O Diário'). Case-sensitive. */
  vocativeTitleArticles: Set<string>;
  vocativeTitlePrepositions: Set<string>;
  /** Words after which a quoted lower-case nickname of a law is a LAW ('called the ‘gag law’'), each as its words. */
  lawNicknameCues: string[][];
  /** The last words such a nickname may have ('law', 'decree'), words it may not open with ('new'), and pronouns after the cue ('it'). */
  lawNicknameHeads: Set<string>;
  lawNicknameNotFirst: Set<string>;
  lawNicknamePronouns: string[];
  /** Nouns before 'of' that make the title after them a work ('author of La Casa Vacía'). */
  workOfNouns: Set<string>;
  /** Words the pronoun 'I' takes ('think', 'was'): after them an 'I' following a given name is no regnal one. Case-sensitive. */
  firstPersonVerbs: Set<string>;
  /** Lower-case particles joined by a hyphen to a capitalised name ('al' in 'al-Assad'). Case-sensitive. */
  attachedParticles: Set<string>;
  /** Elided articles and prepositions written as one word with a capitalised name ("l'", "d'", "dell'"), with a straight apostrophe. */
  elidedParticles: Set<string>;
  /** Words that, with a number and 'of' a law, name a provision ('Article 35 of the Constitution'). */
  provisionWords: Set<string>;
  /** Words between the parties of a court case, case-sensitive ('v.', 'vs.': 'Brown v. Board of Education'). */
  courtCaseMarkers: Set<string>;
  /** The first characters of {@link courtCaseMarkers} (tested before the set, after every name). */
  courtCaseMarkerFirsts: FirstChars;
  /** Words that, between a year and another, make the year after a law's name and a comma the start of a range or list ('the Public Order Act, 1998 to 2003'). */
  lawYearRangeWords: Set<string>;
  /** A district's or landmark's one-word name by its shape after a preposition and 'the' ('in the Bogside'): the prepositions, the folded endings, the lower-case words allowed after it. */
  placeCompounds: { prepositions: Set<string>; endings: string[]; nextWords: Set<string> };
  /** Adjectives of race and origin that describe people, never a place by a place cue alone ('in Black churches'); case-sensitive. */
  peopleAdjectives: Set<string>;
  /** Folded words that name a law only with its number ('Proclamation No. 621/2009', 'General Order No. 1'); LAW heads do too. */
  numberedLawHeads: Set<string>;
  /** Folded words a numbered law may be headed by: the LAW {@link heads} and {@link numberedLawHeads} (one look-up for both). */
  numberedLawHeadWords: Set<string>;
  /**
   * Lower-case words after a name by kind, as bits ({@link LOWER_HEAD}): an event's head, a place's
   * head, an event's modifier (one look-up for the three sets, asked after nearly every name).
   */
  lowerHeadKinds: Map<string, number>;
  /** Case-sensitive: words before a law's number ('No.' in 'Law No. 93'). */
  lawNumberSigns: Set<string>;
  /** Lower-case words before the subject of a numbered law, part of its name ('on' in 'Law No. 8 of 1985 on Social Organisations'). */
  numberedLawTopics: Set<string>;
  /** Small words a title runs on over ('The Road to Serfdom'). */
  titleSmallWords: Set<string>;
  /** Case-sensitive: words that end a firm's name after 'and' ('L. Bamberger and Co.'). */
  firmSuffixes: Set<string>;
  /** Case-sensitive: particles that open a family name written without the given name ('de Gaulle'). */
  leftParticles: Set<string>;
  titles: Set<string>;
  roleNouns: Set<string>;
  personByCues: Set<string>;
  workCues: Set<string>;
  orgCues: Set<string>;
  placePrepositions: Set<string>;
  /** Nouns before 'at' that make the unknown name after it a place ('Factories at Tema'). */
  placeAtNouns: Set<string>;
  /** Verbs of exile and flight before 'to' that make an unknown single proper noun after it a place ('banished to Kastamonu'). */
  placeToVerbs: Set<string>;
  /** Folded nouns of settlements before 'of' that make the single unknown name after it a place ('the port of Wonsan'). */
  placeOfNouns: Set<string>;
  /** Words that give examples after a plural cue noun ('dailies, above all Tribuna'), each as its lower-case words; and their last words. */
  exampleMarkers: string[][];
  exampleMarkerEnds: Set<string>;
  /** The first characters of {@link exampleMarkerEnds} (tested before the set, before every name). */
  exampleMarkerEndFirsts: FirstChars;
  /** Folded plural nouns of people that are no role nouns ('intellectuals', 'officials'): before an example marker they cue a person's name of two to four words. */
  examplePersonNouns: Set<string>;
  prepositions: Set<string>;
  articles: Set<string>;
  particles: Set<string>;
  conjunctions: Set<string>;
  /** Prepositions that join only inside a law's or organisation's name with a preposition already ('Law on Protection from …'). */
  innerPrepositions: Set<string>;
  /** Prepositions, articles, particles and conjunctions together (one look-up for "is it a connector"). */
  connectorWords: Set<string>;
  /**
   * The cue lists a word before a name belongs to, as {@link CUE} bits: one look-up per word where
   * the cues of every name would otherwise ask six lists.
   */
  cueBits: Map<string, number>;
  possessiveJoiners: Set<string>;
  /** Case-sensitive. */
  genericAcronyms: Set<string>;
  /** Lower-case nouns after (or before 'of' before) an undefined acronym that make it an organisation ('UGTT members'). */
  acronymFollowers: Set<string>;
  /** Lower-case nouns after an undefined acronym that make it a term, no organisation ('the GEAR policy'). */
  acronymTermHeads: Set<string>;
  /** Lower-case words an acronym's initials may skip or take a letter from ('Ministry of Labour (MOL)'). */
  acronymGlue: Set<string>;
  /** Case-sensitive surface forms. */
  nonNames: Set<string>;
  /** Case-sensitive: words that are no name before a number ('Table 3'). */
  numberedLabels: Set<string>;
  /** Folded words of section names a byline may be mistaken for ('Executive Summary'). */
  notBylineWords: Set<string>;
  /** Folded labels of a credit line in the front matter, before 'by' or a colon ('Interview by …', 'Rapporteur: …'). */
  creditLabels: Set<string>;
  /** Folded words that open a front line's part saying where the text comes from ('…, from a doctoral thesis'): the part before names its author. */
  bylineSources: Set<string>;
  /** Folded first words of a part of an affiliation that names a unit inside the organisation ('Department of Government'): no entity of its own. */
  affiliationSubunits: Set<string>;
  /** Folded words that open an organisation's name in an author's affiliation ('School of Oriental and African Studies'). */
  affiliationFirstHeads: Set<string>;
  /** Folded words of a publication's series and number in front matter ('Policy Brief No. 14', 'Thematic Report 9'): a part holding one names no person. */
  seriesWords: Set<string>;
  /** Folded labels of a front-matter line listing a text's keywords ('Keywords: …'): known names in it are mentions. */
  keywordLabels: Set<string>;
  /** Folded labels of an e-mail's header lines: those whose value names people ('From', 'To', 'Cc'), and the others ('Sent', 'Subject'). */
  emailNameLabels: Set<string>;
  emailOtherLabels: Set<string>;
  /** Folded ordinals and heads of regimes ('First Republic'): no entity. */
  regimeOrdinals: Set<string>;
  /** Folded ordinal words ('first', 'twentieth'): with a title, one title; before a session head, a session. */
  ordinals: Set<string>;
  /** Folded heads of bodies whose numbered sessions are events ('the Twentieth Party Congress'). */
  sessionHeads: Set<string>;
  regimeHeads: Set<string>;
  /** Folded organisation heads that also end titles of books: after a capitalised 'The' inside a sentence the title wins ('The Licensed Voice'). */
  titleHeads: Set<string>;
  /** Case-sensitive heads of places that 'the' and the head alone name again after the full name ('the Delta' after 'the Niger Delta'). */
  shortFormHeads: Set<string>;
  /** Case-sensitive heads of organisations a text names again by 'the' and the head alone ('the Front' after 'the Polisario Front'). */
  orgShortFormHeads: Set<string>;
  /** Case-sensitive: a legislature's own word, an ORG written alone ('Parliament passed', 'the Diet'). */
  legislatures: Set<string>;
  /** Case-sensitive: parties' one-word names that are also ordinary words ('Labor'), an ORG only in political context. */
  partyWords: Set<string>;
  /** Case-sensitive: lower-case nouns after a party's word that make it the party ('government', 'leader'). */
  partyContextNouns: Set<string>;
  /** `partyWords` folded, as name keys ('labour'): the key of a '… Party' that 'Labour' alone names too. */
  partyKeys: Set<string>;
  /** Lower-case nouns of a place's kind after an unknown name, which make it a LOC and stay out of it ('the Kansai region'). Case-sensitive. */
  placeNounsLower: Set<string>;
  /** Folded last words of a company's name ('Corporation', 'Ltd'): the name without one names the company too ('Chisso' after 'Chisso Corporation'). */
  companySuffixes: Set<string>;
  /** Folded heads of the bodies a thing is done in, which 'in (the)' joins to no name before them ('sued Chisso in the Kumamoto District Court'). */
  venueHeads: Set<string>;
  /** Case-sensitive heads of subnational states ('Rivers State'), and folded words that open no such state ('Islamic', 'Member'). */
  stateHeads: Set<string>;
  notStateWords: Set<string>;
  nonEntityWords: Set<string>;
  givenNames: Set<string>;
  lastNames: Set<string>;
  chineseSurnames: Set<string>;
  koreanSurnames: Set<string>;
  /** Japanese family names, folded ('saito'). */
  japaneseSurnames: Set<string>;
  /** Folded Japanese given names (also in `givenNames`): after an unknown first word they make a name written family name first ('Ishimure Michiko'). */
  japaneseGivenNames: Set<string>;
  /** Folded Vietnamese family names, which open a name of three words or so ('Nguyễn Văn Thiệu'). */
  vietnameseSurnames: Set<string>;
  modifierTail: RegExp;
  chineseGivenName: RegExp;
  spellingVariants: Map<string, string>;
  citationYear: RegExp;
  useCompromise: boolean;
  /** Display names of single words written in capitals, by word (a cache for displayName in candidates.ts). */
  singleCapsNames: StringMemo<string>;
  /** Display forms of words in capitals inside longer runs, by word (a cache for displayName in candidates.ts). */
  capsWordsInRuns: StringMemo<string>;
}

/** Bits of {@link Lexicon.lowerHeadKinds}: the word is in `eventHeadsLower`, `locHeadsLower`, `eventModifiersLower`. */
export const LOWER_HEAD = { EVENT: 1, PLACE: 2, EVENT_MODIFIER: 4 } as const;

/** {@link Lexicon.lowerHeadKinds} of the three sets. */
function lowerHeadKinds(eventHeads: Set<string>, placeHeads: Set<string>, eventModifiers: Set<string>): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const [set, bit] of [[eventHeads, LOWER_HEAD.EVENT], [placeHeads, LOWER_HEAD.PLACE], [eventModifiers, LOWER_HEAD.EVENT_MODIFIER]] as const) {
    for (const w of set) kinds.set(w, (kinds.get(w) ?? 0) | bit);
  }
  return kinds;
}

const APOSTROPHES = /[’‘`´ʼ]/g;
const DASHES = /[‐‑‒–—―-]/g;

const MARKS = /\p{M}/gu;
/**
 * Latin letters with a stroke or bar that no decomposition splits, folded to their plain letter
 * like the accented ones ('Wałęsa' ≡ 'Walesa', 'Łódź' ≡ 'Lodz', 'Đổi Mới' ≡ 'Doi Moi').
 */
const UNMARKED = /[łđøħŧı]/g;
const UNMARKED_LETTERS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i' };
const unmarked = (c: string): string => UNMARKED_LETTERS[c];

/** Folded forms of non-ASCII words met before (a bounded cache: words repeat within and across texts). */
const folded = new StringMemo((word) => word.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, "'").replace(UNMARKED, unmarked));

/** Lower-cases and strips diacritics ('Valparaíso' → 'valparaiso'); apostrophes straightened. */
export function fold(word: string): string {
  // An ASCII word (nearly every word) is only lower-cased, natively: cheaper than a look-up in the
  // large cache, which is kept for the costly normalisation of the others. One without capitals is
  // its own folded form (a call to toLowerCase costs much more on a two-byte string, as the words
  // of any text with a curly quote are).
  const ascii = asciiCase(word);
  if (ascii === ASCII_LOWER) return word;
  // 'China': only the first letter to lower (cheaper than toLowerCase on a two-byte string).
  if (ascii === ASCII_CAPITALISED) return String.fromCharCode(word.charCodeAt(0) + 32) + word.slice(1);
  if (ascii === ASCII_MIXED) return word.toLowerCase();
  return folded.get(word);
}

/** {@link asciiCase}: ASCII without capitals, ASCII with a capital first only, ASCII with other capitals, not ASCII. */
const ASCII_LOWER = 0;
const ASCII_CAPITALISED = 1;
const ASCII_MIXED = 2;
const NOT_ASCII = 3;

function asciiCase(word: string): number {
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return NOT_ASCII;
    if (c >= 65 && c <= 90) capitals = i === 0 ? ASCII_CAPITALISED : ASCII_MIXED;
  }
  return capitals;
}

/**
 * The grouping key of a name: folded, apostrophes straightened, a leading 'the' and a trailing
 * possessive dropped, American spellings and hyphenated variants folded to one form, dashes and
 * spaces collapsed ("All-China Women’s Federation" ≡ "All China Women's Federation").
 */
export function nameKey(surface: string, variants: Map<string, string>): string {
  let s = fold(surface).trim();
  if (s.startsWith('the ')) s = s.slice(4);
  if (s.endsWith("'s")) s = s.slice(0, -2);
  else if (s.endsWith("'")) s = s.slice(0, -1);
  // Word by word (as `s.split(/\s+/).map(…).join(' ')`, without the array of the map and its closure).
  const words = s.split(WHITE_SPACE);
  let joined = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0) joined += ' ';
    joined += variants.get(w) ?? w.replace(IZATION, 'isation$1');
  }
  return joined.replace(DASHES, ' ').replace(WHITE_SPACES, ' ').trim();
}

const WHITE_SPACE = /\s+/;
const WHITE_SPACES = /\s+/g;
const IZATION = /ization(s?)$/;

/** True when the surface is written in capitals (an acronym such as 'UN', 'U.S.', 'WHO', 'NGOs'). */
export function isCapsSurface(surface: string): boolean {
  const end = surface.endsWith('s') ? surface.length - 1 : surface.length;
  let upper = false;
  for (let i = 0; i < end; i++) {
    const c = surface.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c > 127) {
      const ch = surface[i];
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) upper = true;
    }
  }
  return upper;
}

function toSet(words: string[] | undefined, folded = true): Set<string> {
  return new Set((words ?? []).map((w) => (folded ? fold(w) : w)));
}

const TYPES = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'LAW', 'EVENT', 'WORK']);
function asType(type: string, where: string): EntityType {
  if (!TYPES.has(type as EntityType)) throw new Error(`entities: unknown entity type '${type}' in ${where}`);
  return type as EntityType;
}

/** Bits of {@link Lexicon.cueBits}. */
export const CUE = { ROLE_NOUN: 1, PERSON_BY: 2, WORK: 4, ORG: 8, PLACE: 16, ARTICLE: 32, PERIODICAL: 64 } as const;

/** Each word of the lists, to the bits of the lists that hold it. */
function cueBitsOf(lists: [Set<string>, number][]): Map<string, number> {
  const bits = new Map<string, number>();
  for (const [words, bit] of lists) for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  return bits;
}

/** A name of more than one word, by spaces or dashes ('Zia-ul-Haq', 'Louis-Philippe'). */
const ERA_MULTI_WORD = /[\s\-‐‑–]/;

/** A word in lower case (a particle) inside a family name: 'Giscard d'Estaing', 'de Gaulle'. */
// (Not an epithet: 'the Great' of 'Peter the Great' names no one alone.)
const PARTICLE_INSIDE = /^(?!.*(?:^|\s)the\s)(?=.*(?:^|\s)\p{Ll})\S+(?:\s\S+)+$/u;

/**
 * Loads `rules` and its gazetteers (paths relative to the rules file) through `env` and compiles them.
 * @param leadersFile - The era table whose leaders are people too (default: none).
 */
export function loadLexicon(rulesFile: string, env: PrepareEnv, leadersFile?: string): Lexicon {
  charClass(0); // builds the character table now rather than on the first document
  const rules = env.loadData<EntityRulesFile>(rulesFile);
  const files = rules.gazetteers.map((f) => ({ file: f, data: env.loadData<GazetteerFile>(join(dirname(rulesFile), f)) }));
  return compileLexicon(rules, files, leadersFile ? env.loadData<EraTable>(leadersFile) : undefined);
}

/**
 * Compiles rule data and gazetteer files (entries win over plain lists for the same key).
 * @param eras - The era table, whose leaders join the people (default: none); gazetteer names win.
 */
export function compileLexicon(rules: EntityRulesFile, files: { file: string; data: GazetteerFile }[], eras?: EraTable): Lexicon {
  const variants = new Map(Object.entries(rules.spellingVariants).map(([a, b]) => [fold(a), fold(b)]));
  const entryByKey = new Map<string, KeyHit>();
  const personsByShortForm = new Map<string, GazetteerEntry[]>();
  let maxWords = 1;
  let n = 0;
  const add = (name: string, type: EntityType, aliases: string[], shortForm: string | undefined, override: boolean): GazetteerEntry => {
    const entry: GazetteerEntry = { id: `g${++n}`, name, type, keys: [], shortForm };
    for (const surface of [name, ...aliases]) {
      const key = nameKey(surface, variants);
      if (!key) continue;
      entry.keys.push(key);
      maxWords = Math.max(maxWords, key.split(' ').length);
      // (A form in capitals does not narrow a key the entry already has: 'Syriza', 'SYRIZA'.)
      const had = entryByKey.get(key);
      if (had?.entry === entry) continue;
      if (override || !had) entryByKey.set(key, { entry, capsOnly: isCapsSurface(surface) && surface.replace(/[^\p{L}]/gu, '').length <= 6 });
    }
    if (shortForm) {
      const k = fold(shortForm);
      personsByShortForm.set(k, [...(personsByShortForm.get(k) ?? []), entry]);
    }
    return entry;
  };
  const givenNames = new Set<string>();
  const lastNames = new Set<string>();
  const chineseSurnames = new Set<string>();
  const koreanSurnames = new Set<string>();
  const japaneseSurnames = new Set<string>();
  const japaneseGivenNames = new Set<string>();
  const vietnameseSurnames = new Set<string>();
  const demonyms = new Set<string>();
  // Entries first (they carry aliases and must win), then plain lists.
  for (const { file, data } of files) {
    for (const e of data.entries ?? []) add(e.name, asType(e.type, file), e.aliases ?? [], e.shortForm, true);
  }
  for (const { file, data } of files) {
    for (const [type, names] of Object.entries(data.lists ?? {})) for (const name of names) add(name, asType(type, file), [], undefined, false);
    for (const w of data.givenNames ?? []) givenNames.add(fold(w));
    for (const w of data.lastNames ?? []) lastNames.add(fold(w));
    for (const w of data.chineseSurnames ?? []) chineseSurnames.add(fold(w));
    for (const w of data.koreanSurnames ?? []) koreanSurnames.add(fold(w));
    for (const w of data.japaneseSurnames ?? []) japaneseSurnames.add(fold(w));
    for (const w of data.japaneseGivenNames ?? []) {
      japaneseGivenNames.add(fold(w));
      givenNames.add(fold(w));
    }
    for (const w of data.vietnameseSurnames ?? []) vietnameseSurnames.add(fold(w));
    for (const w of data.demonyms ?? []) demonyms.add(fold(w));
  }
  const leadersByShort = new Map<string, { entry: GazetteerEntry; requires: readonly string[] | null }[]>();
  const eraTitles = toSet(rules.titles);
  for (const era of eras?.eras ?? []) {
    if (era.type !== 'leader' || era.members || era.names.length === 0) continue;
    // The person the gazetteer knows by one of the names ('Mahathir Mohamad'), else a new entry.
    let entry: GazetteerEntry | null = null;
    for (const name of era.names) {
      const hit = entryByKey.get(nameKey(name, variants));
      if (hit && hit.entry.type === 'PERSON') {
        entry = hit.entry;
        break;
      }
    }
    // A one-word name ('Augustus', 'Sukarno') is read as a short name: a person of the text who
    // bears it comes first ('Augustus the Strong', 'Frederick Augustus III').
    // ('Queen Victoria', 'General Franco': a title is read off the text's mention, not made part of a name.)
    const titled = (n: string): boolean => eraTitles.has(fold(n.trim().split(' ')[0]));
    const full = era.names.filter((n) => ERA_MULTI_WORD.test(n.trim()) && !titled(n));
    // The family name with its particle, the given name left out, names the leader too ('Giscard
    // d'Estaing' of Valéry Giscard d'Estaing, 'de Gaulle'), as the era table's own short forms do.
    for (const n of [...full]) {
      const rest = n.trim().slice(n.trim().indexOf(' ') + 1);
      if (PARTICLE_INSIDE.test(rest) && ERA_MULTI_WORD.test(rest) && !full.includes(rest)) full.push(rest);
    }
    const shorts = [...(era.short ?? []), ...era.names.filter((n) => !ERA_MULTI_WORD.test(n.trim()))];
    if (entry === null && full.length === 0) {
      const made: GazetteerEntry = { id: `g${++n}`, name: era.names[0], type: 'PERSON', keys: [], fromEras: true };
      entry = made;
    } else if (entry === null) {
      const made = add(full[0], 'PERSON', full.slice(1), undefined, false);
      // (None of its names free: another entry, a place or an organisation, holds them all.)
      if (made.keys.some((k) => entryByKey.get(k)?.entry === made)) entry = made;
      made.fromEras = true;
    } else {
      // Names of the table the gazetteer lacks ('Najib Tun Razak'), unless another entry has them.
      for (const name of full) {
        const key = nameKey(name, variants);
        if (!key || entryByKey.has(key)) continue;
        entry.keys.push(key);
        maxWords = Math.max(maxWords, key.split(' ').length);
        entryByKey.set(key, { entry, capsOnly: false });
      }
    }
    if (entry === null) continue;
    for (const short of shorts) {
      const k = fold(short);
      // 'Bismarckian', 'Nehruvian': an adjective of the name (the table's, for 'the Bismarckian
      // era'), which names no person.
      if (shorts.some((o) => o.length < short.length && short.startsWith(o)) || era.names.some((n) => n.split(' ').some((w) => w.length < short.length && short.startsWith(w)))) continue;
      const list = leadersByShort.get(k) ?? [];
      if (!list.some((x) => x.entry === entry)) list.push({ entry, requires: era.requires?.length ? era.requires : null });
      leadersByShort.set(k, list);
    }
  }
  const compounds = new Map<string, GazetteerEntry[]>();
  for (const { file, data } of files) {
    for (const c of data.compounds ?? []) {
      const parts = c.parts.map((p) => entryByKey.get(nameKey(p, variants))?.entry);
      if (parts.some((p) => !p)) throw new Error(`entities: compound '${c.name}' in ${file} names a person missing from the gazetteers`);
      compounds.set(nameKey(c.name, variants), parts as GazetteerEntry[]);
    }
  }
  const typed = (table: Record<string, string[]> | undefined, where: string): Map<string, EntityType> => {
    const map = new Map<string, EntityType>();
    for (const [type, words] of Object.entries(table ?? {})) for (const w of words) map.set(fold(w), asType(type, where));
    return map;
  };
  const syllable = rules.pinyinSyllable;
  const firstWords = new Map<string, number>();
  for (const key of entryByKey.keys()) {
    const words = key.split(' ');
    firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 0, words.length));
  }
  // Keys of names met before (a bounded cache: names repeat a great deal in a text).
  const keys = new StringMemo((surface) => nameKey(surface, variants));
  const keyOf = (surface: string): string => keys.get(surface);
  const roleNouns = toSet(rules.roleNouns);
  const personByCues = toSet(rules.personByCues);
  const workCues = toSet(rules.workCues);
  const orgCues = toSet(rules.orgCues);
  const placePrepositions = toSet(rules.placePrepositions);
  const articles = toSet(rules.connectors.articles);
  const lookUp = (surface: string): GazetteerEntry | null => {
    const hit = entryByKey.get(keyOf(surface));
    if (!hit) return null;
    if (hit.capsOnly && !isCapsSurface(surface)) return null;
    return hit.entry;
  };
  // What the gazetteers say of a surface met before (the answer depends on the surface alone, and
  // the table is not changed after loading): one look-up instead of the key's and then the entry's.
  const looked = new StringMemo<GazetteerEntry | null>(lookUp);
  const titleArticles = new Set(rules.titleArticles ?? []);
  const courtCaseMarkers = new Set(rules.courtCaseMarkers ?? []);
  const exampleMarkerEnds = new Set((rules.exampleMarkers ?? []).map((m) => m.toLowerCase().split(' ').pop()!));
  const heads = typed(rules.heads, 'heads');
  const numberedLawHeads = toSet(rules.numberedLaws?.heads);
  const eventHeadsLower = toSet(rules.eventHeadsLower);
  const eventModifiersLower = toSet(rules.eventModifiersLower);
  const locHeadsLower = toSet(rules.locHeadsLower);
  return {
    lookup(surface: string): GazetteerEntry | null {
      return looked.get(surface);
    },
    keyOf,
    firstWords,
    entryByKey,
    maxGazetteerWords: maxWords,
    personsByShortForm,
    leadersByShort,
    compounds,
    heads,
    firstHeads: typed(rules.firstHeads, 'firstHeads'),
    officeHeads: toSet(rules.officeHeads),
    memberHeads: toSet(rules.memberHeads),
    forOrgHeads: toSet(rules.forOrgHeads),
    particleFirstHeads: typed(rules.particleFirstHeads, 'particleFirstHeads'),
    eventHeadsLower,
    eventModifiersLower,
    namedEventNouns: toSet(rules.namedEventNouns),
    locHeadsLower,
    lowerHeadKinds: lowerHeadKinds(eventHeadsLower, locHeadsLower, eventModifiersLower),
    gpeHeadsLower: toSet(rules.gpeHeadsLower),
    worksNouns: typed(rules.worksNounsLower, 'worksNounsLower'),
    newPlaceWords: toSet(rules.newPlaceWords, false),
    compassPlaceWords: toSet(rules.compassPlaceWords, false),
    nobleTitles: toSet(rules.nobleTitles),
    postposedTitles: toSet(rules.postposedTitles),
    lawMonths: toSet(rules.monthNamedLaws?.months, false),
    monthLawHeads: toSet(rules.monthNamedLaws?.heads),
    monthEventHeads: toSet(rules.monthNamedEvents?.heads, false),
    monthOrgHeads: toSet(rules.monthNamedOrgs?.heads, false),
    leaderBefore: toSet(rules.leaderFrames?.before),
    leaderAfter: toSet(rules.leaderFrames?.after),
    personPossessed: toSet(rules.leaderFrames?.possessed),
    leaderOf: toSet(rules.leaderFrames?.of),
    leaderOfHeads: toSet(rules.leaderFrames?.ofHeads),
    notLeaders: toSet(rules.leaderFrames?.notLeaders),
    personVerbs: byFirstWord((rules.personVerbs ?? []).map((p) => p.toLowerCase().split(/\s+/))),
    personActs: byFirstWord((rules.personActs ?? []).map((p) => p.toLowerCase().split(/\s+/))),
    personVerbAdverbs: toSet(rules.personVerbAdverbs),
    eventInHeads: toSet(rules.eventInHeads, false),
    orgVerbCues: new Map(Object.entries(rules.orgVerbCues ?? {}).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, toSet(v)])),
    periodicalCues: toSet(rules.periodicalCues),
    periodicalPairs: pairsByLast(rules.periodicalPairs),
    periodicalAppositionNouns: toSet(rules.periodicalAppositionNouns),
    orgAppositionNouns: toSet(rules.orgAppositionNouns),
    foundingParticiples: toSet(rules.foundingParticiples, false),
    orgAppositionEnds: toSet(rules.orgAppositionEnds),
    appositionStops: toSet(rules.appositionStops),
    periodicalOfNouns: toSet(rules.periodicalOfNouns),
    orgOfNouns: toSet(rules.orgOfNouns),
    aliasAdverbs: toSet(rules.aliasAdverbs),
    periodicalVerbs: toSet(rules.periodicalVerbs),
    titleArticles,
    titleArticleFirsts: new FirstChars(titleArticles),
    vocativeArticles: new Set(rules.vocativeArticles ?? []),
    vocativeTitleArticles: new Set(rules.vocativeAfterPrepositions?.articles ?? []),
    vocativeTitlePrepositions: new Set(rules.vocativeAfterPrepositions?.prepositions ?? []),
    lawNicknameCues: (rules.lawNicknameCues ?? []).map((cue) => cue.split(' ')),
    lawNicknameHeads: new Set(rules.lawNicknameHeads ?? []),
    lawNicknameNotFirst: new Set(rules.lawNicknameNotFirst ?? []),
    lawNicknamePronouns: rules.lawNicknamePronouns ?? [],
    workOfNouns: toSet(rules.workOfNouns),
    firstPersonVerbs: new Set(rules.firstPersonVerbs ?? []),
    attachedParticles: new Set(rules.attachedParticles ?? []),
    elidedParticles: new Set(rules.elidedParticles ?? []),
    provisionWords: toSet(rules.provisionWords),
    courtCaseMarkers,
    courtCaseMarkerFirsts: new FirstChars(courtCaseMarkers),
    lawYearRangeWords: new Set(rules.lawYearRangeWords ?? []),
    placeCompounds: { prepositions: new Set(rules.placeCompounds?.prepositions ?? []), endings: rules.placeCompounds?.endings ?? [], nextWords: new Set(rules.placeCompounds?.nextWords ?? []) },
    peopleAdjectives: new Set(rules.peopleAdjectives ?? []),
    numberedLawHeads,
    numberedLawHeadWords: new Set([...[...heads].filter(([, type]) => type === 'LAW').map(([w]) => w), ...numberedLawHeads]),
    lawNumberSigns: toSet(rules.numberedLaws?.signs, false),
    numberedLawTopics: toSet(rules.numberedLaws?.topics),
    titleSmallWords: toSet(rules.titleSmallWords),
    firmSuffixes: toSet(rules.firmSuffixes, false),
    leftParticles: toSet(rules.leftParticles, false),
    titles: toSet(rules.titles),
    roleNouns,
    personByCues,
    workCues,
    orgCues,
    placePrepositions,
    placeAtNouns: toSet(rules.placeAtNouns),
    placeToVerbs: toSet(rules.placeToVerbs),
    placeOfNouns: toSet(rules.placeOfNouns),
    exampleMarkers: (rules.exampleMarkers ?? []).map((m) => m.toLowerCase().split(' ')),
    exampleMarkerEnds,
    exampleMarkerEndFirsts: new FirstChars(exampleMarkerEnds),
    examplePersonNouns: toSet(rules.examplePersonNouns),
    prepositions: toSet(rules.connectors.prepositions),
    articles,
    particles: toSet(rules.connectors.particles),
    conjunctions: toSet(rules.connectors.conjunctions),
    innerPrepositions: toSet(rules.connectors.innerPrepositions),
    cueBits: cueBitsOf([[roleNouns, CUE.ROLE_NOUN], [personByCues, CUE.PERSON_BY], [workCues, CUE.WORK], [orgCues, CUE.ORG], [placePrepositions, CUE.PLACE], [articles, CUE.ARTICLE], [toSet(rules.periodicalCues), CUE.PERIODICAL | CUE.WORK]]),
    connectorWords: new Set([rules.connectors.prepositions, rules.connectors.articles, rules.connectors.particles, rules.connectors.conjunctions].flatMap((words) => [...toSet(words)])),
    possessiveJoiners: toSet(rules.possessiveJoiners),
    genericAcronyms: toSet(rules.genericAcronyms, false),
    acronymFollowers: toSet(rules.acronymFrames?.followers),
    acronymTermHeads: toSet(rules.acronymFrames?.termHeads),
    acronymGlue: toSet(rules.acronymGlue),
    nonNames: toSet(rules.nonNames, false),
    numberedLabels: toSet(rules.numberedLabels, false),
    notBylineWords: toSet(rules.notBylineWords),
    creditLabels: toSet(rules.creditLabels),
    bylineSources: toSet(rules.bylineSources),
    affiliationSubunits: toSet(rules.affiliationSubunits),
    affiliationFirstHeads: toSet(rules.affiliationFirstHeads),
    seriesWords: toSet(rules.seriesWords),
    keywordLabels: toSet(rules.keywordLabels),
    emailNameLabels: toSet(rules.emailHeaderLabels?.names),
    emailOtherLabels: toSet(rules.emailHeaderLabels?.other),
    regimeOrdinals: toSet(rules.regimes?.ordinals),
    ordinals: toSet(rules.ordinals),
    sessionHeads: toSet(rules.sessionHeads),
    regimeHeads: toSet(rules.regimes?.heads),
    titleHeads: toSet(rules.titleHeads),
    shortFormHeads: toSet(rules.shortFormHeads, false),
    orgShortFormHeads: toSet(rules.orgShortFormHeads, false),
    legislatures: toSet(rules.legislatures, false),
    partyWords: toSet(rules.partyNames?.words, false),
    partyContextNouns: toSet(rules.partyNames?.context, false),
    partyKeys: toSet(rules.partyNames?.words),
    placeNounsLower: toSet(rules.placeNounsLower, false),
    companySuffixes: toSet(rules.companySuffixes),
    venueHeads: toSet(rules.venueHeads),
    stateHeads: toSet(rules.stateNames?.heads, false),
    notStateWords: toSet(rules.stateNames?.notAfter),
    nonEntityWords: new Set([...toSet(rules.nonEntityWords), ...demonyms]),
    givenNames,
    lastNames,
    chineseSurnames,
    koreanSurnames,
    japaneseSurnames,
    japaneseGivenNames,
    vietnameseSurnames,
    modifierTail: new RegExp(rules.modifierTail, 'u'),
    chineseGivenName: new RegExp(`^(?:${syllable}){1,2}$`, 'u'),
    spellingVariants: variants,
    citationYear: new RegExp(rules.citationYear, 'u'),
    useCompromise: rules.useCompromise,
    singleCapsNames: new StringMemo(),
    capsWordsInRuns: new StringMemo(),
  };
}

/** Two-word nouns ('news site') by their last word, to the first words they take. */
function pairsByLast(pairs: string[] | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const pair of pairs ?? []) {
    const [first, last] = pair.split(' ').map((w) => fold(w));
    const firsts = out.get(last);
    if (firsts) firsts.add(first);
    else out.set(last, new Set([first]));
  }
  return out;
}

/** Phrases (as lists of words) grouped by their first word, so a scan looks up only those that can follow. */
function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const list = out.get(p[0]);
    if (list) list.push(p);
    else out.set(p[0], [p]);
  }
  return out;
}

