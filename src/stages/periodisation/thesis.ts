/**
 * Thesis statements that announce a periodisation: "It identifies three key stages in their
 * growth: first, …; second, …; and finally, …", "can be seen to have three distinct phases: A; B;
 * and C", "(1) …; (2) …", "a three-stage periodisation: …", "the following periods: …" (no count),
 * a list set out after the colon one item per line, or a count followed by sentences that take the
 * stages in turn ("The first phase …", "First, from 1940 to 1966, …"). The same stages announced
 * again (abstract, then introduction) are one thesis.
 */
import { POS_TAGS, temporalBySentence, type Sentence, type TemporalExpression, type TokenTable } from '../../doc.js';
import { StringMemo } from '../../memo.js';
import { escapeRegExp, singularOf } from '../../chars.js';
import { UNIT_WORD, correctsOwn, recountedHere, reportedScheme, transposedTable, unitListThesis } from './forms26.js';
import { SINCE_THAT, deniedAsPeriods, eachTakesOne, namedPartsOf } from './forms27.js';
import { adoptsThem, insideBrackets, nameEndingInNoun, withoutApposedStageNoun } from './forms28.js';
import { toldBeforeCount } from './forms29.js';
import { eventYearElsewhere, timesBoundedByEvents, type EventBoundsRules } from './events.js';
import { declinedLater, thatOfName, workFollows } from './forms30.js';
import { laterInTurn, type LaterInTurnRules } from './forms31a.js';
import { adoptsWithReason, nameBeforeColon, nameBeforeYearsColon, timesNamedThenCounted, type Forms31cRules } from './forms31c.js';
import { calledInTurn, correctedReading, disownedExample, fromTheEventBefore, recountedAloud, type RecountContext, type RevisedOrQuotedRules } from './forms31b.js';

export interface PeriodisationRules {
  /** A stage that comes in turn, named after the verb of coming (group 1; see forms29). */
  cameName: RegExp;
  /** Cheap test that a sentence holds a plural stage noun or a compound ('three-stage') at all, before it is split into words. */
  mentionsStages: RegExp;
  /** 'periodisation', 'periodization': announces a numbered list of stages without counting them. */
  periodisationNouns: Set<string>;
  countWords: Map<string, number>;
  stageNouns: Set<string>;
  stageAdjectives: Set<string>;
  announcingWords: Set<string>;
  /** Participles that announce stages after the noun ('three phases can be distinguished'). */
  announcingAfter: Set<string>;
  /** Two words that announce stages after the noun ('Two eras can be told apart'), each pair as its words. */
  announcingAfterPairs: string[][];
  /** Nouns of a story's parts ('acts') that announce stages only in a count told as a story (see `countOnlyAnnouncers`). */
  countOnlyNouns: Set<string>;
  /** Words of telling among the six before the count that let a count-only noun announce stages ('told in four acts', 'a drama in three acts'). */
  countOnlyAnnouncers: Set<string>;
  /** Of `countOnlyNouns`, those ('parts') that need a story told before the count ('the story I have told has three parts'). */
  storyPartNouns: Set<string>;
  /** Words of a story ('story', 'history'), for `storyPartNouns`. */
  storyWords: Set<string>;
  /** A noun repeated around 'by' that announces a dated list of stages ('ruler by ruler:'); groups: the noun, its repetition. */
  distributive: RegExp;
  /** The nouns it repeats, lower-cased. */
  distributiveNouns: Set<string>;
  /** Verbs before 'into' that let a bare count before a colon announce stages ('divided its shipbuilding into three:'). */
  countIntoVerbs: Set<string>;
  /** A verb that announces a dated list of stages before a colon ('We periodise … as follows:'). */
  periodisingVerbs: RegExp;
  /** Plural nouns that announce stages after a count only before a list of dated items ('had four lives: …'). */
  datedOnlyNouns: Set<string>;
  /** A count and up to three words, closing a text: what must stand before a noun of `datedOnlyNouns`. */
  countBefore: RegExp;
  /** A heading without years that names a ruler's time ('Reign of Peter the Great'): its section's tenure gives its years. */
  reignHeadings: RegExp;
  /** Nouns a compound count heads ('a three-stage periodisation'). */
  compoundHeads: Set<string>;
  /** Verbs that divide a history into stages each named by a singular stage noun ('we distinguish between an early phase (…) and a late phase (…)'). */
  pairAnnouncers: Set<string>;
  /** Of those, verbs of motion that announce stages only before 'through' ('passed through an era of …'). */
  pairThrough: Set<string>;
  /** Words that announce a list of stages without counting them ('the following periods:'). */
  listWords: Set<string>;
  /** Words after 'of' that make a stage noun name steps of something other than history ('three phases of the experiment'). */
  notPeriodsOf: Set<string>;
  /** Words before the count that make its stages a research design's rounds ('The panel was fielded in four waves:'). */
  researchDesignWords: Set<string>;
  /** First words of a counting sentence that make it a research design's ('Interviews were conducted in two phases'). */
  researchSubjects: Set<string>;
  /** Stage nouns that research procedures often take ('steps', 'waves'): before them, `procedureWords` too mean a design. */
  procedureNouns: Set<string>;
  /** Words of method ('analysis', 'models'): a design only before a procedure noun ('The analysis proceeds in two steps'). */
  procedureWords: Set<string>;
  /** With a procedure word before the count, these verbs make any stage noun a design's steps ("The analysis proceeds in two stages"). */
  procedureVerbs: Set<string>;
  /** Words that make a list item a research activity ('archival work in 2015', 'interviews in 2016'). */
  researchActivities: Set<string>;
  ordinals: Map<string, number>;
  finalOrdinals: Set<string>;
  /** Words that make an opening phrase a pointer to a stage, not its name ('This generation began …'). */
  pointingWords: Set<string>;
  /** Verbs of a writer adopting a scheme cited before the list ('and we follow them here:'). */
  adoptingVerbs: Set<string>;
  /** A sentence that declines to make the years after the last stage one more ('It is tempting to call the years since 2008 a fourth regime, but …'). */
  declinedStage: RegExp;
  /** A clause after a count at its sentence's end that says how each stage is named ('…, each named here after the storm that began it.'; see forms29). */
  eachNamedClause: RegExp;
  /** Words that open a sentence telling one stage as a span, before the count (see forms29.toldBeforeCount). */
  spanOpeners: string[];
  /** Stages bounded by events the text dates elsewhere (see events.ts). */
  eventBounds: EventBoundsRules;
  /** Stages told later by ordinal after a count of passing, of a picture's parts or of decades (see forms31a). */
  laterInTurn: LaterInTurnRules;
  /** A title's count over numbered lines; times named in turn and counted after (see forms31c). */
  forms31c: Forms31cRules;
  /** Periodisations revised, quoted or nested (see forms31b.ts). */
  revisedOrQuoted: RevisedOrQuotedRules;
  /** Words that name the last stage as the present where an ordinal would stand ('The current phase'). */
  currentStageWords: Set<string>;
  /** Verbs of a stage's course after its bare ordinal ('The third began …'). */
  ordinalStageVerbs: string[];
  itemMarkers: RegExp;
  /** A marker numbering a list's items ('(1)', '(ii)', 'a)'); global. */
  enumerationMarker: RegExp;
  itemTail: RegExp;
  /** What before a single year makes it a stage's end ('before 1930'). */
  endsAt: RegExp;
  /** Between an item's start and a later year, what makes that year its end: 'to' and an event ('from 1878 to the war of 1914'). */
  toEvent: RegExp;
  /** After 'Between' and a start, 'and' and an event of a later year: the stage's end ('Between 1979 and the invasion of October 1983'). */
  betweenAndEvent: RegExp;
  /** A comma-separated part of a list that continues the item before it: a relative clause (', which lasted until 2015'). */
  relativePart: RegExp;
  /** A comma-separated part that is only a date (', 2015–2019'): it dates the item before it, when that item has no year. */
  dateOnlyPart: RegExp;
  genericLabelWords: Set<string>;
  /** An era whose text holds one of these names a stage ('the Mao era'); a person alone does not. */
  eraNameNouns: RegExp;
  /** Words before an era that are no part of its name ('under', 'during'). */
  eraLeadWords: RegExp;
  openEnded: RegExp;
  headingOrdinal: RegExp;
  headingYears: RegExp;
  headingYearsFirst: RegExp;
  /** A line of a timeline that opens with a stage's years and names it before a colon ('1986–2005  Partnership: …'); group 1, the name. */
  timelineRow: RegExp;
  /** A row whose first sentence is only its name and its years in brackets ('Post-Soviet formation (1991–2004).'): group 1 the name. */
  timelineRowNameFirst: RegExp;
  /** A labelled line of the front matter that lists the stages ('Periods: Independence (1964–1971) · …'). */
  periodsLine: RegExp;
  /** How the parts of a list bounded by time open: the first ('before'), any between ('between'), the last ('after'). */
  boundedList: { first: RegExp; middle: RegExp; last: RegExp };
  /** Stages of a life told by ages ('From twenty-three to forty-eight she was …; … and from seventy-seven on, …'). */
  agesOfALife: {
    /** 'from twenty-three to forty-eight', global: groups (1) and (2) the ages. */
    range: RegExp;
    /** 'from seventy-seven on': group 1, the age. */
    onwards: RegExp;
    /** Words that speak of an age or a life. */
    lifeWords: Set<string>;
    /** What comes right before a date of birth ('born in Omdurman on '). */
    bornBefore: RegExp;
  };
  /** Stages that come in turn ('First came the hurricane, …', 'Then came …', 'And since that day we have lived in …'): group 1 of each, the name. */
  cameInTurn: { first: RegExp; then: RegExp; present: RegExp; firstBare: RegExp; thenBare: RegExp };
  /** A first stage from the body's founding ('from our founding until …'): the words that refer to it, the verbs that tell it, how far back to look. */
  /** Others telling a history in stages ('Officials in Sukhumi like to tell the republic's story in two phases'): a later scheme replaces theirs. */
  othersTell: RegExp;
  /** A sentence whose subject is another's account before the verb that announces stages ('One influential account distinguishes …'). */
  reportedAccount: RegExp;
  /** A sentence in which the text says it claims no periodisation of its own ('we do not propose a periodisation of our own'). */
  disclaimer: RegExp;
  /** Before a count: a future passive ('will be decided in'), whose count is a plan's steps. */
  plannedIn: RegExp;
  founding: { reference: RegExp; verb: RegExp; sentencesBefore: number; endOnly: RegExp; beginVerb: RegExp };
  /** A part of a list of times ('There was the time when …', 'and now that …, the time we are still in'). */
  timesWhenPart: RegExp;
  /** Stages counted by their lengths in years ('The first seven were …, the next sixteen …, and the last eleven …'). */
  countedInYears: {
    /** 'the first seven (years)', global: groups (1) the word of order, (2) the number, (3) 'years'. */
    part: RegExp;
    /** What the first part opens with ('the first '), not global: a cheap test before the parts are read. */
    firstPart: RegExp;
    first: Set<string>;
    next: Set<string>;
    last: Set<string>;
    /** 'thirty-four years', global: group 1, the number. */
    total: RegExp;
    /** The number a number's words or digits write ('thirty-four' → 34), null if none. */
    numberOf: (words: string) => number | null;
    /** A verb of being that opens a part's name ('were the years of the street'). */
    nameVerb: RegExp;
  };
  /** A sentence that takes the stage before the one just named ('Before it came the years of accommodation, …'); group 1, what came before. */
  backwardsStep: RegExp;
  /** A quoted term and the verb that defines it ('"the present period" means'); group 1, the term. */
  definedTerm: RegExp;
  sectionNumber: RegExp;
  conclusionHeadings: RegExp;
  /** Headings of sections that are no stage even when they follow the thesis: introduction, background, methods. */
  frontHeadings: RegExp;
  /** A heading dated by centuries ('18th–19th centuries'): groups (1) the first century, (2) the last. */
  headingCenturies: RegExp;
  /** The same with the ordinals spelled out ('The sixteenth-century boom'): groups (1) the first, (2) the last. */
  headingCenturyWords: RegExp;
  /** Spelled-out ordinals of centuries and their numbers ('sixteenth' → 16). */
  centuryWords: Map<string, number>;
  /** The century the texts are written in: a heading of it ('21st century') is open. */
  currentCentury: number;
  /** Headings without years that close a history and are no stage of it ('Recent developments', 'Legacy'). */
  /** The singular stage nouns as a regular-expression alternation ('stage|phase|period|…'). */
  singularStageNouns: string;
  notStageHeadings: RegExp;
  /** A verb of becoming before a stage's name in a list told as a story ('turned into', 'settled into', 'began as'). */
  becoming: RegExp;
  /** Words of a heading without years that make it an early stage before the first dated one ('Early history'). */
  earlyHeadingWords: Set<string>;
  /** Words of a heading without years that name a period ('Independence and after', 'Austrian rule'). */
  periodHeadingWords: Set<string>;
  /** More stages than this is a chronicle, not a periodisation. */
  maxStages: number;
  /** Most words between the stage noun and the colon (or dash) that opens the list of stages. */
  maxWordsBeforeOpener: number;
  /** What in those words ends the announcement: a clause break, after which a colon opens something else. */
  preambleBreak: RegExp;
  /** Words of holding office: a sentence with one of them may date a stage named after a person. */
  tenureWords: Set<string>;
  /** Words of taking or leaving office: a sentence with one of them and a single date gives a tenure's start. */
  tenureStartWords: Set<string>;
  /** Words that end a stage named in its own section ('with it ended the first era'). */
  stageEndWords: Set<string>;
  /** Words of beginning before a stage's first date in a sentence that counts it ('The third phase begins with the coup of …'). */
  stageStartWords: Set<string>;
  /** The writer setting stages of their own against another's ('I propose instead four periods'). */
  counterProposal: RegExp;
  /** A sentence that opens with a chapter of the text's outline ('Chapter 2 covers …'): group 1, its number. */
  outlineUnit: RegExp;
  /** A count of a text's parts and a verb of naming before their quoted titles ('The three parts of the book are titled '): group 1, the count. */
  titledParts: RegExp;
  /** A count before a noun of rupture ('Two ruptures', 'three turning points'): group 1, the count; group 2, the noun. */
  turningPoints: RegExp;
  /** Years listed as the turning points themselves ('The years 1980, 1991 and 2015 mark the breaks'): group 1 the years. */
  yearsMarkBreaks: RegExp;
  /** Verbs after which a bare apposition names the stage taken in turn ('The second, mechanisation, ran …'). */
  appositionVerbs: Set<string>;
}

/** One stage as a thesis names it. */
export interface ThesisItem {
  /** Clean offsets of the item inside its sentence's text. */
  cleanStart: number;
  cleanEnd: number;
  text: string;
  sentenceId: string;
  /** Short name when the item gives one beyond its dates ("radio broadcasting and commercialization"). */
  label: string | null;
  /** The temporal expression that dates the item, if any. */
  dated: TemporalExpression | null;
  /** True when the start of `dated` is where the stage before ends, not a year the text gives this stage ('from those protests to …': see forms31b). */
  startInferred?: boolean;
  /** True when the item's single year is where it ends, not where it starts ('open access before 1930'). */
  endsAtYear: boolean;
  /**
   * A later expression of the item that ends it ('the years of recovery after the crisis of December
   * 2001, which lasted until 2015'): the stage runs from `dated` to this; null when there is none.
   */
  until: TemporalExpression | null;
}

/** An item's years: from its dating expression, to its 'until' expression when it has one. */
export function itemYears(item: ThesisItem): { from: number | null; to: number | null } | null {
  if (!item.dated) return null;
  return { from: item.dated.from, to: item.until ? (item.until.to ?? item.until.from) : item.dated.to };
}

/**
 * Dates a thesis item as the years `from`–`to` (open when `to` is null), on the expression `base`
 * that gave them (a synthetic range for stages a reader dates by arithmetic or in turn): no
 * 'until' and no single end are left to read.
 */
function dateItem(item: ThesisItem, base: TemporalExpression, from: number, to: number | null, how: { text?: string; cue?: string } = {}): void {
  item.dated = { ...base, kind: 'range', from, to, edtf: `${from}/${to ?? '..'}`, text: how.text ?? base.text, cues: how.cue ? [...base.cues, how.cue] : base.cues };
  item.until = null;
  item.endsAtYear = false;
}

/** Maps clean offsets of a span to the original input's (the clean stage's map). */
type ToOriginal = (cleanStart: number, cleanEnd: number) => { start: number; end: number };

export interface Thesis {
  /** Stages the text says it has; for a list announced without a count ('the following periods:'), the items listed. */
  count: number;
  /** Sentence that announces the count. */
  countSentenceId: string;
  items: ThesisItem[];
  /** Per item, the sentences that announce the same stages again (the abstract's thesis repeated in the introduction). */
  repeatedIn: string[][];
  /** A start the announcement gives the whole periodisation before its list ('since … 1975:'), if any. */
  frameStart?: number | null;
  /** The plural noun the announcement counts the stages with, as written ('phases', 'generations', 'countries'); null when it counts none. */
  countedNoun: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * An opening phrase of time that names a stage taken in turn, before its date: a preposition of time,
 * the name (group 1), a comma ('In the era of rebuilding, from 1946 to 1958, …'; 'During the boom
 * that followed, until …').
 */
const TURN_OPENING = /^(?:in|during|under|throughout|through)\s+((?:the|a|an)\s+[^,;:.()]+?)\s*,\s*(?:\p{L}+\s+){0,10}$/iu;
/** A phrase that opens a sentence with a stage noun (group 1) and its name (group 2), then a comma, before the stage's date ('A period of incorporation, from 1968 …', 'And a period of dispersion, which began … in 1989'). */
const STAGE_OPENING = /^(?:and\s+)?(?:a|an)\s+(\p{L}+)\s+of\s+([^,;:.()]+?)\s*,\s*(?:\p{L}+\s+){0,10}$/iu;
/** Most words before the date when such a phrase opens the sentence (the event that ends the stage may be a clause: 'During the transition that followed, until the three states joined the union in 2004, …'). */
const MAX_WORDS_BEFORE_NAMED_TURN_DATE = 16;

/** Most words before the date that opens a stage taken in turn ("After the revolution of 2011, …"). */
const MAX_WORDS_BEFORE_TURN_DATE = 4;

/** Most characters between a stage noun and "as follows:" ("The periods were as follows:"). */
const MAX_BEFORE_COLON = 60;
/**
 * What opens a list of stages: a colon, an em dash, a spaced en dash or hyphen ("four stages — A, B,
 * C and D"), "namely", or the writer naming them ("three periods, which I call tolerance, management
 * and exclusion").
 */
const LIST_OPENER = /:|\s?—\s?|\s[–-]\s|,?\s(?:namely|viz\.),?\s|,\sthose\sof\s|,?\s(?:which|that)\s(?:I|we)\s(?:call|term|label|name|refer\sto\sas)(?:,\s[^,;:]{1,30},)?\s|,?\s(?:which|that)\s(?:he|she|they)\s(?:calls?|terms?|labels?|names?)\s|,?\s(?:called|termed|labelled|labeled)\s/;
const LIST_OPENER_G = new RegExp(LIST_OPENER.source, 'g');
/** A copula right after the stage noun, then an article: what may open a list of named stages ('three periods are the …'). */
const COPULA_OPENS = /^\s+(?:are|were)\s+(?=(?:the|an?)\s)/u;

/**
 * The colon (or dash, or "namely") that opens the list of stages announced just before `after`:
 * the first opener after the stage noun, when the words between are few enough and hold no clause
 * break ("four stages in the relation between the Brazilian state and environmental organisations:",
 * not "three phases in the 1990s; the leadership argued in a memo: …"). Offsets in `text`.
 */
function listOpenerAfter(text: string, after: number, rules: PeriodisationRules): { index: number; length: number } | null {
  LIST_OPENER_G.lastIndex = after;
  let m = LIST_OPENER_G.exec(text);
  // ('three growth regimes (Haycox 2002: 221; Goldsmith 2010: 12–18), and we follow them here: the
  // territorial economy, …': a colon inside brackets is a citation's, not the list's, see forms28.)
  while (m && insideBrackets(text, after, m.index)) m = LIST_OPENER_G.exec(text);
  if (!m) return null;
  const preamble = text.slice(after, m.index);
  // ('…, and I follow her division in this testimony, because it matches …: the adjudication years, …': adopted, with the reason, see forms31c.)
  if (adoptsWithReason(preamble, rules.adoptingVerbs)) return { index: m.index, length: m[0].length };
  // ('four periods, and they are simply its four decades: the 1970s, …': a clause that counts them
  // again, right before the colon, restates the count.)
  // ('…, and we follow them here:': the writer adopting the scheme just cited, see forms28.)
  if (rules.preambleBreak.test(preamble) && !countedAgain(text.slice(0, after), preamble, rules) && !adoptsThem(preamble, rules.adoptingVerbs)) return null;
  if ((preamble.match(WORD) ?? []).length > rules.maxWordsBeforeOpener) return null;
  return { index: m.index, length: m[0].length };
}
/** A stage item that is a decade and nothing else ('the 1970s'): the decade names it, when every stage is one ('four periods, and they are simply its four decades: the 1970s, the 1980s, …'). */
const DECADE_ITEM = /^(?:(?:and|or|then)\s+)?(the\s+(?:(?:early|mid|late)[-\s])?\d{3}0s)\s*[.;,]?$/iu;
function decadeNamed(item: ThesisItem, thesis: Thesis): string | undefined {
  return thesis.items.every((x) => DECADE_ITEM.test(x.text.trim())) ? DECADE_ITEM.exec(item.text.trim())?.[1] : undefined;
}

/** True when `preamble` ends by counting again the number that `before` counts last ('four periods' … ', and they are simply its four decades'). */
function countedAgain(before: string, preamble: string, rules: PeriodisationRules): boolean {
  const counts = wordsOf(before).filter((x) => rules.countWords.has(x.w));
  const tail = wordsOf(preamble).slice(-2);
  if (counts.length === 0 || tail.length === 0) return false;
  const n = rules.countWords.get(counts[counts.length - 1].w);
  // ('… its four decades:', '… and I insist on two:')
  // ('…, and each of the three parts below covers one of them:': see forms27.)
  return (tail.length === 2 && rules.countWords.get(tail[0].w) === n && tail[1].w.endsWith('s')) || rules.countWords.get(tail[tail.length - 1].w) === n || eachTakesOne(preamble, n, rules.countWords);
}

/**
 * 'The four periods and the names we give them are as follows.': 'as follows' and a full stop that
 * closes the sentence open the list that follows it, as a colon does (group: the full stop).
 */
const AS_FOLLOWS_CLOSING = /^[^.;:]{0,80}?\bas\s+follows\s*(\.)\s*$/iu;

/** The full stop after 'as follows' that closes the sentence, past `after`, as a list opener; null when there is none. */
function asFollowsClosing(text: string, after: number): { index: number; length: number } | null {
  const m = AS_FOLLOWS_CLOSING.exec(text.slice(after));
  return m ? { index: after + m[0].lastIndexOf('.'), length: 1 } : null;
}
/** A list opened right after the stage noun ("the following periods: …"). */
const OPENS_LIST = new RegExp(`^\\s*(?:${LIST_OPENER.source})`);

interface Announcement {
  /** 0 when the text lists the stages without counting them. */
  count: number;
  /** Offset, in the sentence text, just after the stage noun. */
  after: number;
  noun: string;
  /**
   * "The story has three chapters.": a count closing a sentence with nothing announcing it. It
   * claims stages only when they follow one by one with ordinals ("The first chapter, 1957 to
   * 1966, …"); otherwise it claims nothing, not even its count.
   */
  inTurnOnly?: boolean;
  /**
   * "we distinguish between an early phase (1920–1945) … and a late phase (1945–1968) …": where each
   * stage, named by a singular stage noun, starts in the sentence text (its article). The stages are
   * these, each running to the next; the count is how many there are.
   */
  anchors?: number[];
  /**
   * True when the announcement has no stage noun ('ruler by ruler:', 'divided … into three:'): its
   * stages are claimed only when every item listed is dated, and it claims nothing otherwise.
   */
  datedOnly?: boolean;
  /** The opener of the list when the announcement found it itself, past a clause the usual search stops at ('reign by reign, because …: …'). */
  opener?: { index: number; length: number };
  /** The stages' names, in order, where the text's title gives them ('Protest, Partnership, Contract: …'); see {@link stagesInTitle}. */
  names?: string[];
  /** Where the history starts when the title's years give it ('…, 1955–2019'). */
  scopeFrom?: number;
  /** Offset after the participle that announces the stages after their noun ('… can be told apart'), when one does: a list may open there with a comma. */
  announcerEnd?: number;
  /** 'three sets of terms: before …; between … and …; and after …': the parts bound the stages by time and name none. */
  bounded?: boolean;
  /** 'Its three periods are the long transition, …; the capture, …; and the repair, …': a copula opens the list; nothing is announced unless it lists as many stages as counted. */
  copula?: boolean;
}

/** "as follows:" after a stage noun announces a list without a count ("The periods were as follows: …"). */
const AS_FOLLOWS = new RegExp(`^[^.;]{0,${MAX_BEFORE_COLON}}?\\bas follows\\s*(?:${LIST_OPENER.source})`, 'i');
/** What follows a stage noun when it names steps of something else: "phases of the experiment". */
const OF_WHAT = /^\s+of\s+(?:(?:the|this|that|these|those|our|my|its|their|each|an?)\s+)?(\p{L}+)/iu;

/** What a list opened after a noun that announces only a dated list holds ('had four lives:', 'three reigns, those of …', '— …'). */
const DATED_LIST_HINT = /[:—]|, those of /;

/** Most characters before a noun of `datedOnlyNouns` in which its count is looked for ('three long reigns'). */
const MAX_BEFORE_DATED_ONLY = 48;

/**
 * True when the text names stages (`mentionsStages`). A noun that announces only a dated list
 * ('lives', 'reigns', 'governments': common words) counts only after a count ('three reigns') in a
 * text that holds a colon, an em dash or ', those of' that may open its list, so that most
 * sentences with 'governments' are passed over at once; a stage word after it counts as ever.
 */
function mentions(text: string, rules: PeriodisationRules): boolean {
  for (let from = 0; from < text.length; ) {
    const rest = from === 0 ? text : text.slice(from);
    const m = rules.mentionsStages.exec(rest);
    if (m === null) return false;
    if (!rules.datedOnlyNouns.has(m[0].toLowerCase())) return true;
    const at = from + m.index;
    if (rules.countBefore.test(text.slice(Math.max(0, at - MAX_BEFORE_DATED_ONLY), at)) && DATED_LIST_HINT.test(text)) return true;
    from = at + m[0].length;
  }
  return false;
}

/**
 * Finds "three (key) stages" preceded by an announcing word or followed by a colon; "a three-stage
 * periodisation:"; or a list of stages announced without a count ("the following periods:").
 */
export function findAnnouncement(text: string, rules: PeriodisationRules): Announcement | null {
  const inTurn = ordinalParts(text, rules);
  if (inTurn) return inTurn;
  if (!mentions(text, rules)) return bareAnnouncement(text, rules);
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    let count = rules.countWords.get(words[i].w);
    const listed = count === undefined && rules.listWords.has(words[i].w);
    if (listed) count = 0;
    else if (count === undefined || count < 2) continue;
    let j = i + 1;
    let storyParts = false;
    // "a three-stage periodisation:": the count joined to a singular stage noun by a hyphen.
    const compound =
      !listed && j + 1 < words.length && text.slice(words[i].end, words[j].start) === '-' && rules.stageNouns.has(words[j].w) && !words[j].w.endsWith('s') && rules.compoundHeads.has(words[j + 1].w);
    if (compound) j++;
    else {
      while (j < words.length && j <= i + 3 && rules.stageAdjectives.has(words[j].w)) j++;
      if (j >= words.length) continue;
      if (!rules.stageNouns.has(words[j].w) || !words[j].w.endsWith('s')) {
        if (tellsInParts(text, words, i, j, rules)) storyParts = true;
        // "had four lives: under the Habsburg monarchy until 1918, …": a metaphor, before a dated list only.
        else if (rules.datedOnlyNouns.has(words[j].w) && listOpenerAfter(text, words[j].end, rules) !== null) return { count: count!, after: words[j].end, noun: words[j].w, datedOnly: true };
        else continue;
      }
    }
    const after = words[j].end;
    // "in three phases of the experiment", "two periods of office": steps of something other than history.
    const of = OF_WHAT.exec(text.slice(after));
    if (of && rules.notPeriodsOf.has(of[1].toLowerCase())) continue;
    // "The household panel was fielded in four waves: …", "The analysis proceeds in two steps: the
    // first estimates …": a research design's rounds and steps, not periods of history.
    if (isResearchDesign(words, i, compound ? `${words[j].w}s` : words[j].w, rules)) continue;
    if (rules.plannedIn.test(text.slice(0, words[i].start))) continue;
    const colonFollows = listOpenerAfter(text, after, rules) !== null || asFollowsClosing(text, after) !== null;
    if (listed) {
      // Uncounted, the list must open right after the noun: not "the following periods the union grew in three ways: …".
      if (OPENS_LIST.test(text.slice(after))) return { count: 0, after, noun: words[j].w };
      continue;
    }
    const announcerEnd = announcedAfter(words, j, rules);
    // ('The thesis follows three periods, …': the writer's work follows them, see forms30.)
    const announced = storyParts || words.slice(Math.max(0, i - 4), i).some((x) => rules.announcingWords.has(x.w)) || announcerEnd !== null || workFollows(text.slice(0, words[i].start));
    // ('Its history falls into three parts.' claims its parts only when they are named in turn.)
    if (storyParts && !colonFollows && rules.storyPartNouns.has(words[j].w) && /^\s*\.\s*$/.test(text.slice(after))) return { count: count!, after, noun: words[j].w, inTurnOnly: true };
    // ('I tell it here in three periods, and I name them, with some licence, after decades, because …: the
    // long sixties, the long seventies and the short nineties.': announced, its list past a longer clause
    // that names them; not '…, and its leaders wrote to the members: wages, hours and pensions'.)
    // (Not past another count: '…, drawn from three archives: …' lists the archives.)
    const distant = announced && !colonFollows && !compound ? namesAfterDistantColon(text, after, count!, MAX_WORDS_OF_ANNOUNCED_NAME) : null;
    if (distant && NAMES_THEM.test(text.slice(after, distant.index)) && !words.some((x) => x.start > after && x.end < distant.index && rules.countWords.has(x.w))) return { count: count!, after, noun: words[j].w, opener: distant, ...(announcerEnd !== null ? { announcerEnd } : {}) };
    // ('… fall into two periods, each named here after the storm that began it.': a clause on how each
    // is named holds no stage; the count is read as if it ended its sentence, see forms29.)
    const namedHow = !colonFollows && !compound && rules.eachNamedClause.test(text.slice(after)) ? text.lastIndexOf('.') : -1;
    if (colonFollows || announced) return { count: count!, after: namedHow >= 0 ? namedHow : after, noun: compound ? `${words[j - 1].w}s` : words[j].w, ...(announcerEnd !== null ? { announcerEnd } : {}) };
    // 'three generations of activists, each formed by a different experience and each with its own
    // idea of what the language needed from the state: the founders, the protesters and the
    // professionals': past a longer clause, a colon opens a list of as many short names as counted.
    const named = compound ? null : namesAfterDistantColon(text, after, count!);
    if (named) return { count: count!, after, noun: words[j].w, opener: named };
    // 'Its three periods are the long transition, from … 1991 to … 2006; the capture, …; and the
    // repair, …': a copula right after the noun opens the list (claimed only when it lists as
    // many stages as counted, see findThesis).
    const copula = compound ? null : COPULA_OPENS.exec(text.slice(after));
    if (copula) return { count: count!, after, noun: words[j].w, opener: { index: after, length: copula[0].length }, copula: true };
    if (!compound && /^\s*\.\s*$/.test(text.slice(after))) return { count: count!, after, noun: words[j].w, inTurnOnly: true };
  }
  const paired = singularStages(text, words, rules);
  if (paired) return paired;
  // "The periods were as follows: …": a plural stage noun, no count.
  for (const x of words) {
    if (rules.stageNouns.has(x.w) && x.w.endsWith('s') && (AS_FOLLOWS.test(text.slice(x.end)) || asFollowsClosing(text, x.end) !== null)) return { count: 0, after: x.end, noun: x.w };
  }
  // 'it names the periods of their history after the statutes that framed them: the Ordinance
  // period, the IRA period and the post-2008 period': the plural stage noun, a colon soon after it,
  // and two or more items that each end with the noun in the singular.
  for (const x of words) {
    if (!rules.stageNouns.has(x.w) || !x.w.endsWith('s')) continue;
    const colon = text.indexOf(':', x.end);
    if (colon < 0 || colon - x.end > MAX_CHARS_TO_NAMED_LIST || /[.;]/.test(text.slice(x.end, colon))) continue;
    const singular = x.w.slice(0, -1);
    const items = text.slice(colon + 1).replace(/[.;]\s*$/u, '').split(LIST_SEPARATOR);
    if (items.length >= 2 && items.length <= rules.maxStages && items.every((p) => p.trim().toLowerCase().endsWith(` ${singular}`))) {
      return { count: 0, after: x.end, noun: x.w, opener: { index: colon, length: 1 } };
    }
  }
  // "My periodisation distinguishes: (a) …; (b) …; (c) …": the word periodisation, a list opened
  // soon after it, and items numbered in sequence announce the stages without counting them.
  for (const x of words) {
    if (!rules.periodisationNouns.has(x.w)) continue;
    const opener = listOpenerAfter(text, x.end, rules);
    if (opener !== null && splitAtMarkers(text, opener.index + opener.length, rules).length >= 2) return { count: 0, after: x.end, noun: 'periods' };
  }
  return bareAnnouncement(text, rules);
}

/** A band of ages in brackets: '(18–29)', '(65+)'. */
const AGE_BAND = /\(\s*\d{1,2}\s*(?:[–—-]\s*\d{1,3}|\+)\s*\)/u;
/** Most words between a counted stage noun and a distant colon whose list names exactly as many stages. */
const MAX_WORDS_BEFORE_DISTANT_COLON = 30;
/** Most words of each name in such a list. */
const MAX_WORDS_OF_DISTANT_NAME = 4;
/** A verb of naming in the clause before such a list ('and I name them …', 'which we call …'). */
const NAMES_THEM = /\b(?:name|names|named|call|calls|called|term|terms|termed|label|labels|labelled|labeled|dub|dubbed)\b/i;
/** Most words of each name in such a list after a count a word announces ('I tell it in three periods, …: the age of the pamphlet, …'). */
const MAX_WORDS_OF_ANNOUNCED_NAME = 6;

/** The colon after `after` that opens a list of exactly `count` short names ending the sentence ('…: the founders, the protesters and the professionals.'), or null. */
function namesAfterDistantColon(text: string, after: number, count: number, maxNameWords = MAX_WORDS_OF_DISTANT_NAME): { index: number; length: number } | null {
  const colon = text.indexOf(':', after);
  if (colon < 0 || /[.;(]/.test(text.slice(after, colon)) || (text.slice(after, colon).match(WORD) ?? []).length > MAX_WORDS_BEFORE_DISTANT_COLON) return null;
  const items = text.slice(colon + 1).replace(/[.;]\s*$/u, '').split(LIST_SEPARATOR);
  if (items.length !== count || !items.every((x) => { const n = (x.match(WORD) ?? []).length; return n >= 1 && n <= maxNameWords; })) return null;
  return { index: colon, length: 1 };
}

/** Most characters between a plural stage noun and the colon of a list of items named with it. */
const MAX_CHARS_TO_NAMED_LIST = 80;
/** Between items of a list: a comma (perhaps with 'and'), or 'and'. */
const LIST_SEPARATOR = /,\s*(?:and\s+)?|\s+and\s+/u;
/** A bare count before a colon after 'into' ('into three:'): groups (1) the count. */
const INTO_COUNT = /\binto\s+(\p{L}+|\d+)\s*:/iu;
/** Most words between a verb of dividing and 'into' ('divided its shipbuilding into three:'). */
const MAX_WORDS_VERB_TO_INTO = 6;
/** The word that ends a text. */
const WORD_BEFORE = /\p{L}+$/u;
/** Longest noun looked for before 'by'. */
const MAX_NOUN_LENGTH = 20;
/** Most characters between 'ruler by ruler' and the colon that opens its list. */
const MAX_BEFORE_DISTRIBUTIVE_LIST = 40;

/**
 * The colon that opens a list after `after` within the words a counted announcement allows, past
 * a clause that says why ('reign by reign, because the painters served whichever king paid them:
 * that of Philip IV (1621–1665), …'), but not past a full stop or semicolon; null when none does.
 */
function farColon(text: string, after: number, rules: PeriodisationRules): { index: number; length: number } | null {
  const m = /[:;.!?]/u.exec(text.slice(after));
  if (!m || m[0] !== ':') return null;
  return (text.slice(after, after + m.index).match(WORD) ?? []).length <= rules.maxWordsBeforeOpener ? { index: after + m.index, length: 1 } : null;
}

/**
 * An announcement without a stage noun, read only when the text has none: a noun repeated around
 * 'by' before a list opened by a colon ('best told ruler by ruler: the rule of Augustus the Strong (1710–1733), …; that
 * of Augustus III (1733–1763), …'), uncounted; or a bare count before a colon after 'into' and a
 * verb of dividing ('divided its shipbuilding into three: the eighteenth century, …'). Both claim
 * their stages only when every item is dated (`datedOnly`).
 */
function bareAnnouncement(text: string, rules: PeriodisationRules): Announcement | null {
  // Both open their list with a colon: most sentences have none. (Not an em dash: one more search
  // through every sentence costs the stage about a sixth of its time.)
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  // ('by' is common: the word before it is looked up before the pattern is tried.)
  for (let by = text.indexOf(' by '); by >= 0 && by < colon; by = text.indexOf(' by ', by + 4)) {
    const noun = WORD_BEFORE.exec(text.slice(Math.max(0, by - MAX_NOUN_LENGTH), by));
    if (!noun || !rules.distributiveNouns.has(noun[0].toLowerCase())) continue;
    rules.distributive.lastIndex = 0;
    const m = rules.distributive.exec(text.slice(by - noun[0].length));
    if (!m || m.index !== 0) continue;
    const after = by - noun[0].length + m[0].length;
    // The colon may stand further on, after a clause that says why ('best followed reign by reign,
    // since each king asked something different of the workshop: the reign of …'), within the
    // words a counted announcement allows before its list; every item must still be dated.
    if (/^[^.;]{0,40}?:/u.test(text.slice(after, after + MAX_BEFORE_DISTRIBUTIVE_LIST + 1))) return { count: 0, after, noun: 'periods', datedOnly: true };
    const far = farColon(text, after, rules);
    if (far) return { count: 0, after, noun: 'periods', datedOnly: true, opener: far };
  }
  // "We periodise Finnish housing policy as follows: 1949–1966 (state loans), …".
  const verb = text.lastIndexOf('periodi', colon) >= 0 ? rules.periodisingVerbs.exec(text.slice(0, colon)) : null;
  if (verb && listOpenerAfter(text, verb.index + verb[0].length, rules) !== null) return { count: 0, after: verb.index + verb[0].length, noun: 'periods', datedOnly: true };
  const bounded = boundedAnnouncement(text, colon, rules);
  if (bounded) return bounded;
  // ('… as a sequence of settlements: judicial discretion (1986–2011), statutory management (2011–2023)
  // and what we shall call negotiated openness (since 2023).': no count; every item must be dated.)
  const sequence = text.lastIndexOf(' of ', colon) >= 0 ? SEQUENCE_OF.exec(text.slice(0, colon + 1)) : null;
  if (sequence) return { count: 0, after: sequence.index + sequence[0].length - 1, noun: sequence[1].toLowerCase(), datedOnly: true };
  const into = text.lastIndexOf('into', colon) >= 0 ? INTO_COUNT.exec(text) : null;
  const count = into ? rules.countWords.get(into[1].toLowerCase()) : undefined;
  if (into && count !== undefined && count >= 2) {
    const before = (text.slice(0, into.index).toLowerCase().match(WORD) ?? []).slice(-MAX_WORDS_VERB_TO_INTO);
    if (before.some((w) => rules.countIntoVerbs.has(w))) return { count, after: into.index + into[0].length - 1, noun: 'periods', datedOnly: true };
  }
  return null;
}

/** 'a sequence of settlements:', 'a succession of regimes:' (group 1: the plural noun), right before the colon. */
const SEQUENCE_OF = /\b(?:sequence|series|succession)\s+of\s+(?:\p{L}+\s+)?(\p{L}{3,}s)\s*:$/iu;

/** Most words between the count and the colon of a list bounded by time ('three sets of terms:'). */
const MAX_WORDS_COUNT_TO_BOUNDED_LIST = 6;

/**
 * 'Since martial law was declared in April 1957, Jordan's associations have worked under three sets
 * of terms: before the riots of April 1989, when …; between the riots and the Societies Law of 2008,
 * when …; and after that law, when …': a count a few words before a colon, then as many parts
 * between semicolons, the first opening with 'before', the last with 'after', any between with
 * 'between' (`boundedList`). Null otherwise.
 */
function boundedAnnouncement(text: string, colon: number, rules: PeriodisationRules): Announcement | null {
  // (Most colons open no such list: the first part's word is tested before the text is split.)
  if (!rules.boundedList.first.test(text.slice(colon + 1))) return null;
  const parts = splitTopLevel(text, colon + 1, ';');
  if (parts.length < 2 || parts.length > rules.maxStages) return null;
  const last = parts.length - 1;
  const opens = (i: number, re: RegExp): boolean => re.test(text.slice(parts[i][0], parts[i][1]));
  if (!opens(0, rules.boundedList.first) || !opens(last, rules.boundedList.last)) return null;
  for (let i = 1; i < last; i++) if (!opens(i, rules.boundedList.middle)) return null;
  const before = wordsOf(text.slice(0, colon)).slice(-MAX_WORDS_COUNT_TO_BOUNDED_LIST - 1);
  const counted = before.find((x) => rules.countWords.get(x.w) === parts.length);
  if (!counted) return null;
  return { count: parts.length, after: counted.end, noun: 'periods', datedOnly: true, bounded: true, opener: { index: colon, length: 1 } };
}

/** Most words after the stage noun to the end of the participle that announces the stages ('Two eras can be told apart'). */
const MAX_WORDS_TO_ANNOUNCER_END = 4;

/**
 * Where a participle that announces the stages after their noun ends ('Three phases can be
 * distinguished', 'Two eras can be told apart'): the offset after its last word, or null when
 * none follows the noun at `j` within a few words.
 */
function announcedAfter(words: { w: string; end: number }[], j: number, rules: PeriodisationRules): number | null {
  const last = Math.min(words.length - 1, j + MAX_WORDS_TO_ANNOUNCER_END);
  for (let k = j + 1; k <= last && k < j + 4; k++) if (rules.announcingAfter.has(words[k].w)) return words[k].end;
  // ('the six periods into which we divide that history', 'the three periods into which the article
  // divides …': a relative clause of dividing.)
  if (words[j + 1]?.w === 'into' && words[j + 2]?.w === 'which') {
    for (let k = j + 3; k < words.length && k <= j + 3 + MAX_WORDS_TO_ANNOUNCER_END; k++) if (rules.countIntoVerbs.has(words[k].w)) return words[k].end;
  }
  for (let k = j + 1; k <= last; k++) {
    for (const pair of rules.announcingAfterPairs) {
      if (k + pair.length - 1 <= last && pair.every((p, n) => words[k + n].w === p)) return words[k + pair.length - 1].end;
    }
  }
  return null;
}

/** Most words before the count among which a word of telling lets a story's parts announce stages. */
const MAX_WORDS_TELLING_BEFORE_COUNT = 6;

/**
 * True when the word at `j` after the count at `i` names a story's parts told as stages ('This
 * history can be told in four acts', 'a drama in three acts:'): one of `countOnlyNouns`, written in
 * lower case (not the Acts of a parliament), not followed by 'of' ('three acts of parliament'),
 * with a word of telling among the few words before the count.
 */
function tellsInParts(text: string, words: { w: string; start: number; end: number }[], i: number, j: number, rules: PeriodisationRules): boolean {
  if (!rules.countOnlyNouns.has(words[j].w) || text.slice(words[j].start, words[j].end) !== words[j].w || words[j + 1]?.w === 'of') return false;
  // ('The story I tell in the chapters that follow has four movements.': a story the sentence opens
  // with has the parts counted, however long the clause that describes it.)
  // (Neither this nor a word of telling before the story, below, before a list of names: 'has three parts: the setting, the survey and the findings'.)
  const listFollows = text.indexOf(':', words[j].end) >= 0;
  if (!listFollows && i <= MAX_WORDS_STORY_SUBJECT_TO_COUNT && i >= 2 && STORY_HAS.has(words[i - 1].w) && words.slice(0, 2).some((x) => rules.storyWords.has(x.w))) return true;
  const before = words.slice(Math.max(0, i - MAX_WORDS_TELLING_BEFORE_COUNT), i);
  const story = before.findIndex((x) => rules.storyWords.has(x.w));
  if (rules.storyPartNouns.has(words[j].w) && story < 0) return false;
  // ('This exhibition tells the story of the town in three parts': the telling word may stand before the story told.)
  const from = story < 0 ? before.length : Math.max(0, i - before.length + story - MAX_WORDS_TELLING_BEFORE_STORY);
  return before.some((x) => rules.countOnlyAnnouncers.has(x.w)) || (!listFollows && words.slice(from, i - before.length).some((x) => rules.countOnlyAnnouncers.has(x.w)));
}

/** Most words before the story word (in the window before the count) among which the word of telling may stand. */
const MAX_WORDS_TELLING_BEFORE_STORY = 3;

/** Most words from the start of a sentence to a count of a story's parts, when the story is its subject ('The story I tell in the chapters that follow has four movements'). */
const MAX_WORDS_STORY_SUBJECT_TO_COUNT = 12;
/** Verbs by which a story, as subject, has its parts. */
const STORY_HAS = new Set(['has', 'had', 'have']);

/** One letter or digit, of any script (a code point). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The words of a text as `WORD` finds them (runs of letters and digits), lower-cased, with their
 * offsets: read by one scan (ASCII units by their codes, others by the pattern, a code point at a
 * time) and lower-cased once for the whole text when that keeps its length.
 */
export function wordsOf(text: string): { w: string; start: number; end: number }[] {
  const lower = text.toLowerCase();
  // (Not with a capital sigma, whose lower case depends on the letters around it.)
  const same = lower.length === text.length && !text.includes('Σ');
  const words: { w: string; start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; ) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    let size = 1;
    let inWord: boolean;
    if (c < 128) inWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else {
      const cp = text.codePointAt(i)!;
      size = cp > 0xffff ? 2 : 1;
      inWord = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    }
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push({ w: same ? lower.slice(start, i) : text.slice(start, i).toLowerCase(), start, end: i });
      start = -1;
    }
    i += size;
  }
  return words;
}

/** Most words between the verb that divides and the first stage it names ('distinguish between an early phase'). */
const MAX_WORDS_TO_FIRST_SINGULAR = 6;
/** Most words between a stage's article and its stage noun ('an early phase', 'a long formative period'). */
const MAX_WORDS_ARTICLE_TO_NOUN = 3;

/**
 * "In what follows we distinguish between an early phase (1920–1945), in which …, and a late phase
 * (1945–1968), in which …", "divides the century into a liberal period (1850–1914) and a corporatist
 * period (1914–1945)": a verb that divides (`pairAnnouncers`), then two or more noun phrases, each
 * an article and a singular stage noun, the first soon after the verb. No count word announces them;
 * the stages are the phrases (thesisAt keeps them only when each is dated).
 */
function singularStages(text: string, words: { w: string; start: number; end: number }[], rules: PeriodisationRules): Announcement | null {
  const verb = words.findIndex((x, k) => rules.pairAnnouncers.has(x.w) && (!rules.pairThrough.has(x.w) || words[k + 1]?.w === 'through'));
  if (verb < 0) return null;
  // 'We divide the Maoist era into an early phase (1949–1957), …': what is divided stands before
  // 'into' and is no stage of its own; the stages follow it.
  const into = words.findIndex((x, k) => k > verb && k <= verb + MAX_WORDS_TO_FIRST_SINGULAR && x.w === 'into');
  const first = into > 0 ? into : verb;
  const anchors: number[] = [];
  let noun = '';
  let article = -1;
  for (let j = first + 1; j < words.length; j++) {
    const w = words[j].w;
    if (w === 'a' || w === 'an' || w === 'the') article = j;
    else if (article >= 0 && j - article <= MAX_WORDS_ARTICLE_TO_NOUN && rules.stageNouns.has(w) && !w.endsWith('s')) {
      if (anchors.length === 0 && article - first > MAX_WORDS_TO_FIRST_SINGULAR) return null;
      anchors.push(words[article].start);
      noun ||= w;
      article = -1;
    }
  }
  if (anchors.length < 2) return null;
  // 'we distinguish between the Mubarak era (1981–2011), the revolutionary interlude (2011–2013)
  // and the Sisi era (since 2013)': a stage between them named by a noun the rules do not know is
  // one of the list when it opens with an article after a comma or 'and' and is dated in brackets.
  for (const m of text.slice(anchors[0]).matchAll(DATED_LIST_ITEM)) {
    const at = anchors[0] + m.index! + m[0].length;
    if (at < anchors[anchors.length - 1] && !anchors.includes(at)) anchors.push(at);
  }
  anchors.sort((a, b) => a - b);
  return { count: 0, after: anchors[0], noun: `${noun}s`, anchors };
}
/** Before a list item (the match's end) that opens with an article and is dated in brackets soon after. */
const DATED_LIST_ITEM = /(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:the|a|an)\s+[^,;()]{1,40}?\s*\([^()]*\d{3,4}[^()]*\))/giu;

/**
 * "The first, the period of Ordinance 71-79, lasted from December 1971 to December 1990; the
 * second, the period of Law 90-31, covered the two decades between 1990 and 2012; the third, the
 * period of Law 12-06, opened in January 2012 and has not yet closed.": a sentence whose parts,
 * between semicolons, open with the ordinals in turn and name a stage (a singular stage noun in
 * the part's first words) announces the stages without counting them. Each part is a stage
 * (thesisAt keeps them only when each is dated, the last perhaps open).
 */
function ordinalParts(text: string, rules: PeriodisationRules): Announcement | null {
  if (!/^(?:the\s+)?first\b/iu.test(text)) return null;
  if (!text.includes(';')) return ordinalCommaParts(text, rules);
  const anchors: number[] = [];
  let noun = '';
  for (const [x, y] of splitTopLevel(text, 0, ';')) {
    const part = text.slice(x, y);
    const lead = part.length - part.trimStart().length;
    const m = PART_ORDINAL.exec(part.trimStart());
    if (!m) return null;
    const word = m[1].toLowerCase();
    const last = anchors.length >= 1 && rules.finalOrdinals.has(word);
    if (rules.ordinals.get(word) !== anchors.length + 1 && !last) return null;
    const named = wordsOf(part).slice(0, MAX_WORDS_TO_PART_STAGE_NOUN).find((w) => rules.stageNouns.has(w.w) && !w.w.endsWith('s'));
    if (!named) return null;
    noun ||= named.w;
    anchors.push(x + lead + (/^and\s+/iu.exec(part.trimStart())?.[0].length ?? 0));
  }
  if (anchors.length < 2) return null;
  // 'The first wave, in 2008, reached 1,214 respondents …; the second wave …': a survey's rounds.
  const words = wordsOf(text);
  if (isResearchDesign(words, words.length, `${noun}s`, rules)) return null;
  return { count: 0, after: anchors[0], noun: `${noun}s`, anchors };
}
/**
 * The same with commas and the stage noun named once: 'The first cycle ran from the morning of 7
 * February 1986 to Aristide's return on 15 October 1994, the second from that return to the
 * afternoon of 12 January 2010, and the third began when the earth stopped shaking that afternoon
 * and has not closed yet.' The sentence opens with 'The first' and a singular stage noun; each later
 * part opens after a comma with 'the' and the next ordinal (or a last one).
 */
function ordinalCommaParts(text: string, rules: PeriodisationRules): Announcement | null {
  const words = wordsOf(text);
  const noun = words.slice(1, 3).find((w) => rules.stageNouns.has(w.w) && !w.w.endsWith('s'));
  if (!noun || (words[0].w === 'the' ? words[1]?.w !== 'first' : words[0].w !== 'first')) return null;
  const anchors = [0];
  for (const m of text.matchAll(COMMA_ORDINAL)) {
    const word = m[1].toLowerCase();
    const last = anchors.length >= 2 && rules.finalOrdinals.has(word);
    if (rules.ordinals.get(word) !== anchors.length + 1 && !last) continue;
    anchors.push(m.index! + m[0].length - m[1].length - 'the '.length);
    if (last) break;
  }
  if (anchors.length < 2) return null;
  if (isResearchDesign(words, words.length, `${noun.w}s`, rules)) return null;
  return { count: 0, after: noun.end, noun: `${noun.w}s`, anchors };
}
/** Words that may stand before a sentence's subject ('The consultations were …'). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'these', 'its', 'their', 'all']);
/** A comma, perhaps 'and', 'the' and an ordinal word (group 1): where a later part opens. */
const COMMA_ORDINAL = /,\s+(?:and\s+)?the\s+(\p{L}+)\b/gu;

/** Words from an ordinal to the stage noun its part names ('the first, the period of …'). */
const MAX_WORDS_TO_PART_STAGE_NOUN = 5;

/**
 * True when the words before the count (`words[0..i)`) describe a research design: a word only
 * research procedures use ('fielded', 'respondents', 'panel'), or, before a noun procedures often
 * take ('steps', 'waves'), a word of method ('analysis', 'models').
 */
function isResearchDesign(words: { w: string }[], i: number, noun: string, rules: PeriodisationRules): boolean {
  const procedure = rules.procedureNouns.has(noun);
  let procedureWord = false;
  let procedureVerb = false;
  // ('Interviews were conducted …', 'The consultations were conducted in two stages: …'.)
  const subject = DETERMINERS.has(words[0]?.w) ? 1 : 0;
  if (i > subject && rules.researchSubjects.has(words[subject].w)) return true;
  for (let k = 0; k < i; k++) {
    const w = words[k].w;
    if (rules.researchDesignWords.has(w) || (procedure && rules.procedureWords.has(w))) return true;
    procedureWord ||= rules.procedureWords.has(w);
    procedureVerb ||= rules.procedureVerbs.has(w);
  }
  // "The analysis proceeds in two stages: we first estimate …" (any stage noun), not "Our analysis
  // distinguishes three stages" nor "The reform proceeded in three stages".
  return procedureWord && procedureVerb;
}

/** Splits `text` at top-level `separator`s (outside brackets and quotes); returns [start, end) pairs. */
function splitTopLevel(text: string, from: number, separator: string): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === separator && depth === 0) {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  parts.push([start, text.length]);
  return parts;
}

type MarkerKind = 'digit' | 'roman' | 'letter';

/** A list marker's kind and value: '3' is 3; 'ii' is 2 in a roman run (one that opens with 'i'); 'c' is 3. */
function markerValue(value: string, run: MarkerKind | null, rules: PeriodisationRules): [MarkerKind, number] {
  if (/^\d+$/.test(value)) return ['digit', Number(value)];
  if (run === 'roman' || (run === null && value === 'i')) return ['roman', rules.ordinals.get(value) ?? 0];
  return ['letter', value.length === 1 ? value.charCodeAt(0) - 96 : 0];
}

/**
 * Splits an enumeration at markers that number its items, "(1) …, (2) … and (3) …", "(i) …; (ii) …",
 * "a) … b) …": the first run of markers in sequence from 1 (or i, or a), at least two.
 */
function splitAtMarkers(text: string, from: number, rules: PeriodisationRules): [number, number][] {
  const marker = rules.enumerationMarker;
  marker.lastIndex = from;
  const cuts: number[] = [];
  let kind: MarkerKind | null = null;
  for (let m = marker.exec(text); m !== null; m = marker.exec(text)) {
    const value = m[1].toLowerCase();
    let [k, n] = markerValue(value, kind, rules);
    if (k !== kind || n !== cuts.length + 1) {
      if (cuts.length >= 2) break;
      // Not the next marker of the run: a new run may start here.
      cuts.length = 0;
      [k, n] = markerValue(value, null, rules);
      if (n !== 1) continue;
    }
    kind = k;
    cuts.push(m.index);
  }
  if (cuts.length < 2) return [];
  return cuts.map((c, i) => [c, i + 1 < cuts.length ? cuts[i + 1] : text.length]);
}

/** Splits an enumeration at ordinal markers: "first, …, second, …, and finally, …". */
function splitAtOrdinals(text: string, from: number, rules: PeriodisationRules): [number, number][] {
  const marker = /(?:^|[,;:]\s*|\s)(?:and\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|lastly)(?:ly)?\s*,/giu;
  marker.lastIndex = from;
  const cuts: number[] = [];
  for (let m = marker.exec(text); m !== null; m = marker.exec(text)) {
    if (rules.ordinals.has(m[1].toLowerCase()) || rules.finalOrdinals.has(m[1].toLowerCase())) cuts.push(m.index);
  }
  if (cuts.length < 2) return [];
  return cuts.map((c, i) => [c, i + 1 < cuts.length ? cuts[i + 1] : text.length]);
}

/** Trims an item span to its words, dropping markers ("and finally,") and the final full stop. */
function trimItem(text: string, start: number, end: number, rules: PeriodisationRules): [number, number] {
  let s = start;
  let e = end;
  // (Quotes too: a list of names quoted with the commas inside, '"reform," "command," and "consent."'.)
  while (s < e && /[\s,;:"“”]/.test(text[s])) s++;
  const head = rules.itemMarkers.exec(text.slice(s, e));
  if (head) s += head[0].length;
  while (s < e && /[\s,;:"“”]/.test(text[s])) s++;
  while (e > s && /[\s,;:."“”]/.test(text[e - 1])) e--;
  // "(ii) the planning phase, 1947–1991, and (iii) …": the conjunction before the next marker.
  const conjunction = /[\s,;]+(?:and|or)$/iu.exec(text.slice(s, e));
  if (conjunction) e = s + conjunction.index;
  return [s, e];
}

/** The words of a stage's name that tell it apart, lower-cased: not generic ('the', 'period', 'early') and not numbers. */
export function labelWords(label: string, rules: PeriodisationRules): string[] {
  // (Aligning a thesis with its headings compares every item's name with every heading's: each
  // name is read once. The arrays are shared, so callers must not change them.)
  let known = LABEL_WORDS.get(rules);
  if (!known) LABEL_WORDS.set(rules, (known = new StringMemo((name) => (name.toLowerCase().match(WORD) ?? []).filter((w) => !rules.genericLabelWords.has(w) && !/^\d+$/.test(w)), MAX_LABEL_WORDS_KEPT)));
  return known.get(label);
}

/** The words {@link labelWords} read from each name, per set of rules. */
const LABEL_WORDS = new WeakMap<PeriodisationRules, StringMemo<string[]>>();
/** Names kept before the store starts again. */
const MAX_LABEL_WORDS_KEPT = 2000;

/** What follows an era that heads a stage's name: a prepositional phrase ('… era of retrenchment'). */
const ERA_HEAD = /^\s+(?:of|for|in)\s+\p{L}/u;

/** The item's name without its dates, relative clause and generic words; null when nothing is left. */
/** 'The 1920s and 1930s were the pool years, when …', 'The 1940s through the 1980s were the elevator years': decades, then the name after the copula (group 1). */
const DECADES_WERE_NAME = /^(?:(?:and|then)\s+)?(?:the\s+)?\d{3}0s(?:\s+(?:and|to|through|until|till)\s+(?:the\s+)?\d{3}0s)?\s+(?:were|was)\s+((?:the|a|an)\s+[^,;:.()\d]{2,40}?)(?=\s*[,;:.()]|\s+(?:when|which|as)\b|$)/iu;
/** An item that opens with its years, a dash and its name, then a colon and what it was (group 1: the name). */
const YEARS_DASH_NAME = /^\d{4}\s*[–—-]\s*(?:\d{2,4}|present|today|now)?\s+[–—-]\s+(\p{Lu}[^:;()]{1,60}?)\s*:\s/u;

/** A name, its years in brackets, a colon and a description (group 1: the name and the bracket). */
const NAME_YEARS_COLON = /^([^:;()]{2,80}?\([^()]*\d{4}[^()]*\))\s*:\s+\S/u;

export function itemLabel(itemText: string, dated: TemporalExpression | null, rules: PeriodisationRules, until: TemporalExpression | null = null): string | null {
  // '1968–1973 – The consultative votes: the first consultative vote …': years, a dash, the name, and its description after a colon.
  const yearsDashName = YEARS_DASH_NAME.exec(itemText);
  if (yearsDashName) return yearsDashName[1].trim();
  // ('Patronage: the ministry gave grants freely, from 1988 to 2009': the name before the colon, see forms31c.)
  const named = nameBeforeColon(itemText, dated, (w) => rules.stageNouns.has(w) || rules.countWords.has(w) || rules.ordinals.has(w));
  if (named !== null) return named;
  // 'Council control (1963–1992): the Municipal Council licensed …': the name and its years, then
  // what the stage was after a colon, which is no part of the name.
  // ('The old Act, 1987 to 2011: we received …': the name before its years and the colon, see forms31c.)
  let core = NAME_YEARS_COLON.exec(itemText)?.[1] ?? nameBeforeYearsColon(itemText) ?? itemText;
  if (dated && until) {
    // "a period of steam from 1878 to the war of 1914": the stretch from the start to the end goes.
    const at = core.indexOf(dated.text);
    const end = at >= 0 ? core.indexOf(until.text, at + dated.text.length) : -1;
    if (end >= 0) core = `${core.slice(0, at)} ${core.slice(end + until.text.length)}`;
  }
  // "from the state monopoly of 1970 to 1999, through the concession era …, to the present mixed
  // system": the prepositions that chain the stages are no part of their names.
  core = core.replace(rules.itemTail, '').replace(/^(?:from|through|via|to)\s+(?=\p{L})/iu, '');
  // ('and what I call post-referendum bargaining, which began …': the name the writer gives, without the giving.)
  core = core.replace(/^(?:what|which)\s+(?:I|we)\s+(?:(?:would|shall|will)\s+)?(?:call|term|name)\s+(?=\S)/iu, '');
  // ('which we refer to in what follows as categorical policy (1970–1985)': the naming clause opening the list.)
  core = core.replace(/^(?:which|that)\s+(?:I|we)\s+(?:(?:will|shall)\s+)?(?:refer\s+to|describe)(?:\s+(?:in\s+what\s+follows|below|here|hereafter))?\s+as\s+(?=\S)/iu, '');
  // An era that heads the name stays in it: 'the Reagan era of retrenchment', not 'of retrenchment'.
  const eraHeads = dated?.kind === 'era' && ERA_HEAD.test(core.slice(core.indexOf(dated.text) + dated.text.length));
  // So does an era that bounds the stage: 'before the Cold War', 'the years after the Second World War'.
  const eraBounds = dated?.kind === 'era' && core.includes(dated.text) && (AFTER_ERA.test(core.slice(0, core.indexOf(dated.text))) || BEFORE_ERA.test(core.slice(0, core.indexOf(dated.text))));
  if (eraBounds) return core.replace(/\s+/g, ' ').trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (dated && !eraHeads) core = core.replace(dated.text, ' ');
  // "the colonial period (1910–1945)": brackets the dates leave empty go with them.
  // ('Christian VII (r. 1766–1808)': so does 'r.', for 'reigned', before a ruler's years.)
  core = core.replace(/[([]\s*(?:since|from|until|till|to|after|before|by|c\.|circa|r\.|reigned|ruled)?\s*[)\]]/giu, ' ');
  core = core.replace(/\s+/g, ' ').trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  // "1949–1966 (state loans)": a name in brackets after the dates is the name, without them.
  core = core.replace(/^\(([^()]+)\)$/u, '$1');
  // "the feminist revival after 1973" without its year: the preposition goes too.
  // "civil war up to 1974", "after 1968", "the neoliberal decade of 1989–2001": a preposition left alone or at the end goes too.
  // "a period of sail until the crash of 1878": the event that ends the stage goes with its year
  // (not one that starts it: 'the period after the fall of the Wall in 1989' keeps its event).
  core = core.replace(/\s+(?:until|till|before|up\s+to|up\s+until|prior\s+to|to)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s+(?:of|in)$/iu, '');
  core = core.replace(/(?:^|\s+)(?:up\s+(?:to|until)|prior\s+to|after|before|since|from|until|till|in|by|to|during|between|through|of)$/iu, '');
  // "an era of state control thereafter": a word that only points back to the stage before goes too.
  core = core.replace(/\s+(?:thereafter|afterwards|since\s+then|ever\s+since)$/iu, '');
  // "a developmentalist period lasting until the debt crisis of 1982": with its end gone, the verb of
  // duration that led to it goes too.
  core = core.replace(/\s+(?:(?:which|that)\s+)?(?:lasting|lasted|running|ran|stretching|stretched|extending|extended)$/iu, '');
  // 'bargaining, from the port strike of 1946 to the coup of 1958', 'the underground, from the
  // imposition of martial law to the Round Table of 1989': with the dates gone, the event set off
  // by a comma that starts the stage is a bound, not part of its name ('the period after the fall
  // of the Wall' keeps its event).
  if (dated) core = core.replace(/,\s*from\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,7}[\p{L}'’-]+$/iu, '');
  // '(3) routine, for the twelve years that followed', '(4) renewed suspicion, since the Seimas
  // elections of October 2016': what is left of a time set off by a comma after the name is a
  // bound, not part of it.
  if (dated) core = core.replace(/,\s*(?:for|since|until|till|over|during|throughout)\s+[^,;:]*$/iu, '');
  // ('the years of suspicion, now from 1914 to 1945' in a corrected scheme: an adverb of time left
  // before the years is no part of the name.)
  if (dated) core = core.replace(/,\s*(?:now|still|again|then|instead)$/iu, '');
  core = core.replace(/[,;:\s]+$/u, '');
  // ('and the container port, the era that began in 1950 and in which we live now': with its clause
  // gone, a stage noun apposed to the name names nothing, see forms28.)
  core = withoutApposedStageNoun(core, rules.stageNouns);
  // "the first (1919–1934) built large courtyard estates": an ordinal then a clause names nothing;
  // an ordinal then a stage noun ('the first wave of strikes') keeps its name.
  // (Nor does an ordinal that is part of a proper name: 'the First Republic (1910–1926)', 'the Second Empire'.)
  const ordinal = ORDINAL_CLAUSE.exec(core);
  if (ordinal) {
    const word = (core.slice(ordinal[0].length).match(WORD) ?? [])[0];
    const next = word?.toLowerCase();
    const properName = /^\p{Lu}/u.test(ordinal[0].replace(/^the\s+/iu, '')) && word !== undefined && /^\p{Lu}/u.test(word);
    if (!properName && (next === undefined || !rules.stageNouns.has(next))) return null;
  }
  // 'before the riots of April 1989', 'between the riots and the Societies Law of 2008': a part that
  // only bounds the stage by events names none.
  if (dated && dated.kind !== 'era' && BOUND_ONLY.test(core)) return null;
  const meaningful = labelWords(core, rules);
  // An era that is all the item says names the stage when it is a period's name ('the Mao era',
  // 'the reform era'), not a person alone ('under Xi Jinping' dates a stage without naming it).
  if (meaningful.length === 0) return dated?.kind === 'era' && rules.eraNameNouns.test(dated.text) ? dated.text.replace(rules.eraLeadWords, '') : null;
  // Names of people alone ("President Xi Jinping") date a stage rather than name it.
  return dated && meaningful.length <= 3 && /^[\p{Lu}]/u.test(meaningful.join(' ')) ? null : core;
}

/** The explicit dates (not eras) inside clean offsets `[start, end)` of a sentence, in text order. */
function datesIn(expressions: TemporalExpression[], sentenceId: string, start: number, end: number, toOriginal: ToOriginal): TemporalExpression[] {
  const span = toOriginal(start, end);
  return ofSentence(expressions, sentenceId).filter((t) => t.start >= span.start && t.end <= span.end && t.kind !== 'era').sort((x, y) => x.start - y.start);
}

/**
 * The expressions of `expressions` in sentence `sentenceId`, in their order there; the index is
 * made once per array. (Filtering the whole document's expressions at every call made a book's
 * periodisation quadratic: a 50 MB text spent minutes here.)
 */
export function ofSentence(expressions: TemporalExpression[], sentenceId: string): readonly TemporalExpression[] {
  let index = BY_SENTENCE.get(expressions);
  if (index === undefined) BY_SENTENCE.set(expressions, (index = temporalBySentence(expressions)));
  return index.get(sentenceId) ?? NO_EXPRESSIONS;
}
const BY_SENTENCE = new WeakMap<TemporalExpression[], Map<string, TemporalExpression[]>>();
const NO_EXPRESSIONS: readonly TemporalExpression[] = [];

/**
 * The expression that dates a thesis item: its first explicit date, else its first era. An era
 * inside an item that also gives years is part of the stage's name ('the New Deal order from 1933
 * to the late 1970s' is dated by the range, not by the New Deal's own years).
 */
function temporalIn(expressions: TemporalExpression[], sentenceId: string, start: number, end: number, toOriginal: ToOriginal): TemporalExpression | null {
  const span = toOriginal(start, end);
  let era: TemporalExpression | null = null;
  for (const t of ofSentence(expressions, sentenceId)) {
    if (t.start < span.start || t.end > span.end) continue;
    if (t.kind !== 'era') return t;
    era ??= t;
  }
  return era;
}

/** True when a sentence of the text says it claims no periodisation of its own (the `disclaimer`). */
export function disclaimsPeriods(sentences: Sentence[], rules: PeriodisationRules): boolean {
  // (Asked twice of a text without a thesis: by findThesis and by the stage for its headings.)
  const known = DISCLAIMS.get(sentences);
  let disclaims = known?.rules === rules ? known.disclaims : undefined;
  if (disclaims === undefined) {
    // (Cheap first: a disclaimer names a periodisation, a division, an account of its own, or says 'not'.)
    disclaims = sentences.some((t) => DISCLAIMER_WORDS.test(t.text) && rules.disclaimer.test(t.text));
    DISCLAIMS.set(sentences, { rules, disclaims });
  }
  return disclaims;
}
/**
 * What a disclaimer says (see disclaimsPeriods). One pattern, not four calls of `includes`: a search
 * for ' own ', which opens with a space, stops at every space (four times slower on the corpus).
 */
const DISCLAIMER_WORDS = /periodi|divide| own | not be /;
const DISCLAIMS = new WeakMap<Sentence[], { rules: PeriodisationRules; disclaims: boolean }>();

/**
 * Finds the text's thesis: the first announcement whose stages are enumerated (in the same
 * sentence or the sentences that follow), else the first announcement alone. A later announcement
 * of the same stages (the abstract's thesis again in the introduction) is the same thesis: its
 * sentences are recorded in `repeatedIn`, not read as a second periodisation.
 */
export function findThesis(
  sentences: Sentence[],
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
  tokens?: TokenTable,
  /** The text's title ('Protest, Partnership, Contract: Community Organisations and City Hall in Chicago, 1955–2019'), whose words may name the stages. */
  title: string | null = null,
  /** The original input, whose lines and columns a timeline drawn in text is read from (sentences give its offsets). */
  source: string | null = null,
): Thesis | null {
  // Only this loop runs over every sentence; reading an announcement's stages is kept apart, so
  // that the optimising compiler works on the loop alone.
  let countOnly: Thesis | null = null;
  let found: Thesis | null = null;
  // (An item of a list read from the original lines: a unit list or a table whose columns are the stages.)
  const plainItem = (t: Sentence, start: number, end: number): ThesisItem => makeItem(t, start, end, false, temporal, rules, toOriginal);
  // (A whole sentence dated and named by a reader of forms31a.)
  const laterItem = (t: Sentence, base: TemporalExpression, from: number, to: number | null, label: string | null): ThesisItem => {
    const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
    dateItem(item, base, from, to);
    return Object.assign(item, { label });
  };
  for (let k = 0; k < sentences.length; k++) {
    // ('Ishida (2014) describes four phases of Hiroshima memory since 1945 – …': a cited work's
    // scheme, reported, is not the text's own claim.)
    // (Not when the writer speaks: 'Following Abdelrahman (2004), we distinguish …'.)
    // ('One influential account distinguishes a period of …': another's account, reported.)
    // ('The Romanian literature has a periodisation of its own: Ionescu (2011: 44–59) distinguishes …': a cited work after a colon.)
    // (The announcement first: few sentences announce anything, so the three tests run on those alone.)
    let a = findAnnouncement(sentences[k].text, rules) ?? countAnswered(sentences, k, rules);
    if (a && (CITED_SUBJECT.test(sentences[k].text) || CITED_AFTER_COLON.test(sentences[k].text) || rules.reportedAccount.test(sentences[k].text)) && !FIRST_PERSON.test(sentences[k].text)) a = null;
    // ('Marsh divided the guild's history into four periods: …' in an obituary that says 'she no longer
    // believed in her four periods'; '… of Varga (1999), which has two periods': another's scheme, see forms26.)
    // ('Ellery-Stone organises her narrative around what she calls "four phases …"' and later 'I am not
    // persuaded that these four phases …': another's scheme the writer declines, see forms30.)
    if (a && (reportedScheme(sentences, k) || declinedLater(sentences, k, a.count, a.noun))) a = null;
    // ('…; for example: "three phases: …". Such an example is only an example; …': an example disowned, see forms31b.)
    if (a && disownedExample(sentences, k, a.after, rules.revisedOrQuoted)) a = null;
    // ('… sorted into three classes by founding date: …. They are not meant as periods …': a list denied, see forms27.)
    if (a && deniedAsPeriods(sentences, k, rules.stageNouns)) continue;
    // 'The three periods were the most violent of the century': a copula after the count announces
    // only a list of as many stages.
    if (a?.copula && thesisAt(sentences, k, a, temporal, rules, toOriginal, tokens).items.length !== a.count) a = null;
    // ('Our network rehabilitation programme is replacing old pipes district by district. The first phase,
    // …, was completed in 2021; the second phase started in 2022.': a programme's phases, named just before.)
    if (a?.anchors && k > 0 && sentences[k - 1].paragraphId === sentences[k].paragraphId && namesAProgramme(sentences[k - 1].text, rules)) a = null;
    if (!a) {
      // ('Until 1985, from … 1978, …. From 1985, …, to 2001, …. Between 2001, …, and … 2016, …. The three
      // periods differ …': stages told one sentence each, counted after, by a sentence that points back, see forms29.)
      const back = BACK_COUNT.exec(sentences[k].text);
      const backCount = back && rules.stageNouns.has(back[2].toLowerCase()) ? rules.countWords.get(back[1].toLowerCase()) : undefined;
      const toldBefore: Thesis | null = backCount !== undefined && (!found || found.items.length < found.count) ? toldBeforeThesis(sentences, k, backCount, back![2].toLowerCase(), temporal, rules, toOriginal) : null;
      if (toldBefore) {
        found = toldBefore;
        continue;
      }
      // "'I have lived in three countries,' she says. 'The first was the revolution's country, …'"
      if (found) continue;
      // (Four readers need a count word ('three', '3') before their noun: one test for them all.)
      const counts = countGate(rules).test(sentences[k].text);
      // ('The course is organised in four units. Each unit is one period …' over a list of units, one a line: see forms26.)
      // ('Walls, barricades, checkpoints: those are the three times …' after 'the time of the walls' …: see forms31c.)
      found = (counts && source !== null && UNIT_WORD.test(sentences[k].text) ? unitListThesis(sentences, k, source, rules.countWords, plainItem) : null) ?? metaphorThesis(sentences, k, temporal, rules, toOriginal) ?? definedStages(sentences[k], temporal, rules, toOriginal) ?? (counts ? turningPoints(sentences[k], temporal, rules, toOriginal) : null) ?? (counts ? titledParts(sentences[k], temporal, rules, toOriginal) : null) ?? decadesInTurn(sentences, k, temporal, rules, toOriginal) ?? countedInYears(sentences, k, temporal, rules, toOriginal) ?? presentBackwards(sentences, k, temporal, rules, toOriginal) ?? summedUpAfter(sentences, k, temporal, rules, toOriginal) ?? recalledInClauses(sentences, k, temporal, rules, toOriginal) ?? agesOfALife(sentences, k, temporal, rules, toOriginal) ?? timesWhen(sentences, k, temporal, rules, toOriginal) ?? cameInTurn(sentences, k, temporal, rules, toOriginal) ?? (counts ? datedInTurn(sentences, k, temporal, rules, toOriginal) : null) ?? ordinalParagraphs(sentences, k, temporal, rules, toOriginal) ?? untilThenSince(sentences, k, temporal, rules, toOriginal) ?? boxedTimeline(sentences, k, temporal, rules, toOriginal) ?? (source !== null ? columnTimeline(sentences, k, source, temporal, rules, toOriginal) : null) ?? yearsAsBreaks(sentences, k, temporal, rules, toOriginal) ?? countThenSpans(sentences, k, temporal, rules, toOriginal) ?? (counts ? numberedAfterCount(sentences, k, temporal, rules, toOriginal) : null) ?? dividedIntoDated(sentences[k], temporal, rules, toOriginal) ?? (counts ? timesBoundedByEvents(sentences, k, (x) => ofSentence(temporal, x.id), rules.eventBounds) : null) ?? laterInTurn(sentences, k, (x) => ofSentence(temporal, x.id), rules.laterInTurn, laterItem) ?? timesNamedThenCounted(sentences, k, (x) => ofSentence(temporal, x.id), rules.forms31c, rules.eventBounds);
      continue;
    }
    // An announcement that claims only a dated list needs two dates in its sentence at least
    // ('two separate governments – the Communist-aligned …' has none): not read further.
    if (a.datedOnly && datesOf(temporal, sentences[k].id) < 2) continue;
    const thesis = thesisAt(sentences, k, a, temporal, rules, toOriginal, tokens);
    if (found) {
      // ('Compare the four unions studied by Muir. I divide … into four periods: …': the list read after a
      // count of something else is this sentence's own, announced here, see forms26.)
      if (recountedHere(found, thesis, sentences[k].id)) found = thesis;
      else if (sameStages(found, thesis, rules)) addRepeat(found, thesis);
      // 'X divides … into three periods: … I propose instead four periods, …': the writer's own
      // stages, set against another's, are the text's claim; so are stages told after such a count
      // ('The way I read the files, there are three periods. From 1911 to 1985 …').
      // ('In the first edition I divided it into three periods. … I now see four. This edition follows four periods: …': the writer's correction, see forms26.)
      // ('On p. 103 the printed text reads: "… three phases: …" It should read: "… four phases: …"': the correction's, see forms31b.)
      else if (correctedReading(sentences, k, rules.revisedOrQuoted) && thesis.items.length > 0) found = thesis;
      else if (rules.counterProposal.test(sentences[k].text) || (rules.othersTell.test(countSentenceText(found, sentences)) && !FIRST_PERSON.test(countSentenceText(found, sentences))) || correctsOwn(countSentenceText(found, sentences), sentences, k)) {
        const own = thesis.items.length > 0 ? thesis : !a.inTurnOnly && !a.datedOnly ? toldAfterCount(sentences, k, a, temporal, rules, toOriginal) : null;
        if (own) found = own;
      }
    } else if (thesis.items.length > 0) {
      // ('… in three eras. The steam era runs from … to …; the rail era, 1871–1932, ends …; and …': a list
      // read from the next sentence is named by the words each part opens with, see namedPartsNext.)
      const next = thesis.items.every((x) => x.sentenceId === sentences[k + 1]?.id) ? namedPartsNext(sentences, k, a, temporal, rules, toOriginal) : null;
      found = (source !== null && UNIT_WORD.test(sentences[k].text) ? unitListThesis(sentences, k, source, rules.countWords, plainItem) : null) ?? next ?? thesis;
    }
    else if (a.inTurnOnly && a.noun !== undefined && rules.storyPartNouns.has(a.noun)) {
      // 'The history of our associations falls into three parts.' then as many dated recitals that follow on.
      const inTurn = datedInTurn(sentences, k, temporal, rules, toOriginal);
      if (inTurn) found = inTurn;
    } else if (a.inTurnOnly && a.noun !== undefined) {
      // '… is treated as three eras.' then 'The era of development began with the … of 1915, …',
      // 'The era of market reform opened in February 1994, …': parts each named, in turn.
      const named = toldAfterCount(sentences, k, a, temporal, rules, toOriginal, 'named');
      if (named) found = named;
    } else if (!a.inTurnOnly && !a.datedOnly) {
      // '… the three eras I see since … June 1990, …; all you need to remember is that the era of
      // the uprisings ended when …, that the Correa decade ended when …, and that since … October
      // 2017 we have been living in the reopening.'
      // ('The three nouns of the title name the three periods …': the title's words are their names.)
      const titled = title !== null && TITLE_NAMES_STAGES.test(sentences[k].text) ? stagesInTitle(title, a) : null;
      // (Stages between semicolons in the next sentence, each opening with its name, before the readers of parts told in turn: see namedPartsNext.)
      const recalled = (titled ? toldAfterCount(sentences, k, titled, temporal, rules, toOriginal, 'named') : null) ?? namedPartsNext(sentences, k, a, temporal, rules, toOriginal) ?? turningPoints(sentences[k], temporal, rules, toOriginal) ?? definedAfterCount(sentences, k, a, temporal, toOriginal, rules) ?? recalledInClauses(sentences, k, temporal, rules, toOriginal, a) ?? toldAfterCount(sentences, k, a, temporal, rules, toOriginal) ?? cameInTurn(sentences, k, temporal, rules, toOriginal, true) ?? datedInTurn(sentences, k, temporal, rules, toOriginal) ?? namedRightAfter(sentences, k, a, temporal, rules, toOriginal) ?? tableAfter(sentences, k, a, temporal, rules, toOriginal) ?? textTableAfter(sentences, k, a, temporal, rules, toOriginal) ?? namedSpansAfter(sentences, k, a, temporal, rules, toOriginal) ?? (source !== null ? transposedTable(sentences, k, a.count, a.noun ?? null, source, plainItem) ?? unitListThesis(sentences, k, source, rules.countWords, plainItem) : null);
      if (recalled) found = recalled;
      else countOnly ??= thesis;
    }
  }
  const said: RecountContext = { rules: rules.revisedOrQuoted, countWords: rules.countWords, ordinals: rules.ordinals, stageNouns: rules.stageNouns, datesOf: (x) => ofSentence(temporal, x.id) };
  // ('… has had three chapters. … So let me say four chapters, not three. …': a count said again, see forms31b.)
  if (!found || found.items.length !== found.count) found = recountedAloud(sentences, said) ?? found;
  // ('We do not attempt to settle the question here, and we do not propose a periodisation of our own.':
  // the text says it claims none, whatever schemes of others it reports.)
  // (Cheap first: a disclaimer names a periodisation, a division or an account of its own.)
  if (disclaimsPeriods(sentences, rules)) return null;
  if (found && found.items.length === found.count) inPhases(found, sentences, temporal, rules, toOriginal, tokens);
  if (found && found.items.length > 0) fromFounding(found, sentences, temporal, rules);
  if (found && found.items.length === found.count) revised(found, sentences, temporal, rules, toOriginal);
  if (found && found.items.length === found.count) namedAfterwards(found, sentences, rules);
  // ('… falls into two halves …. I call the first the state half, 1915–1981, and the second …': see forms31b.)
  if (found && found.items.length === found.count) calledInTurn(found, sentences, said);
  if (found && found.items.length === found.count && found.count >= 2) nowInTheNext(found, sentences, temporal, rules, toOriginal);
  if (found) titledWithYears(found);
  if (found) for (const item of found.items) if (item.label === null) {
      const called = CALLED_INSIDE.exec(item.text);
      const inName = IN_NAMED.exec(item.text)?.[1];
      // ('In the regulated moment, from 1991 …': a name under 'in' that holds a stage noun.)
      // (Not the ordinal and the noun alone: 'In the first phase, which lasted until 1970, …' names nothing.)
      const inWords = inName?.toLowerCase().split(/\s+/u) ?? [];
      const inStage = inName !== undefined && inWords.some((w) => rules.stageNouns.has(w)) && inWords.some((w) => !rules.stageNouns.has(w) && !DETERMINERS.has(w) && !rules.ordinals.has(w) && !rules.finalOrdinals.has(w) && !rules.currentStageWords.has(w)) ? inName : undefined;
      item.label = called?.[1] ?? called?.[2] ?? decadeNamed(item, found) ?? QUOTED_TIME_OF.exec(item.text)?.[1] ?? YEARS_DASH_NAME.exec(item.text)?.[1]?.trim() ?? DECADES_WERE_NAME.exec(item.text)?.[1] ?? inStage ?? THERES_NAME.exec(item.text)?.[1] ?? ITS_BEEN_NAME.exec(item.text)?.[1] ?? null;
    }
  // ('negotiation, since the transition': the time a listed name is given after a comma is no part of it.)
  if (found) for (const item of found.items) if (item.label !== null && LABEL_TIME_TAIL.test(item.label)) item.label = item.label.replace(LABEL_TIME_TAIL, '') || item.label;
  // ('The second, the settlement proper, ran from 1962 to 2002': 'proper' after a name stresses it; the name is 'the settlement'.)
  if (found) for (const item of found.items) if (item.label !== null && LABEL_PROPER.test(item.label)) item.label = item.label.replace(LABEL_PROPER, '');
  if (found) startsWithTheOneBefore(found);
  if (found && found.items.some((x) => x.label === null)) namedLater(found, sentences, temporal, rules);
  if (found && found.items[0]?.endsAtYear) countedFrom(found, sentences, temporal);
  if (found) erasEndWhereNextStarts(found);
  // ('…; the years of the street, from those protests to the camp …': from the stage before's end, see forms31b.)
  if (found && found.items.length === found.count) fromTheEventBefore(found, sentences, said, rules.eventBounds);
  return found ?? countOnly ?? outlineThesis(sentences, temporal, rules, toOriginal);
}


/**
 * '… a contest that has already passed through two phases. We are now in the third phase, …': the
 * sentence right after the count (in its paragraph) puts the writer's present in the stage after
 * those counted, which adds one. It starts at the first date after the stage before ends of a
 * later sentence that opens with its ordinal ('The third phase began when … the parliamentary
 * election of October 2012'), else where the stage before ends; it is open.
 */
/** A programme, a plan, a project or a study, whose phases are no periods of history (not 'office', which a history's sentence may name). */
const PROGRAMME_WORD = /\b(?:programmes?|programs?|plans?|projects?|schemes?|campaigns?|surveys?|stud(?:y|ies)|evaluations?|trials?|experiments?)\b/i;

function nowInTheNext(thesis: Thesis, sentences: Sentence[], temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): void {
  const n = thesis.count + 1;
  if (n > rules.maxStages) return;
  const announcing = [thesis.countSentenceId, ...thesis.repeatedIn.flat()];
  // ('The water programme has already passed through two phases. We are now in the third phase': a programme's, not history's.)
  if (sentences.some((x) => announcing.includes(x.id) && PROGRAMME_WORD.test(x.text))) return;
  const at = sentences.findIndex((x, i) => {
    const next = sentences[i + 1];
    if (!announcing.includes(x.id) || !next || next.paragraphId !== x.paragraphId) return false;
    const m = NOW_IN_ORDINAL.exec(next.text);
    const noun = m?.[2]?.toLowerCase();
    return m !== null && rules.ordinals.get(m[1].toLowerCase()) === n && (noun === undefined || !rules.stageNouns.has(noun) || (thesis.countedNoun !== null && singularOf(thesis.countedNoun) === noun) || !/\p{L}/u.test(noun[0]));
  });
  if (at < 0) return;
  const last = thesis.items[thesis.items.length - 1];
  const lastEnd = itemYears(last)?.to;
  if (lastEnd == null) return;
  const opens = new RegExp(`^(?:the|a|an|this)\\s+(?:${ordinalWordsOf(n, false, rules)})\\b`, 'iu');
  const told = sentences.slice(at + 2).find((x) => opens.test(x.text));
  const date = told ? ofSentence(temporal, told.id).find((x) => x.from !== null && x.kind !== 'relative' && x.kind !== 'era' && x.from >= lastEnd) : undefined;
  const item: ThesisItem = told ? makeItem(told, 0, told.text.length, false, temporal, rules, toOriginal) : { ...last };
  item.label = null;
  dateItem(item, date ?? last.dated!, date?.from ?? lastEnd, null);
  thesis.items.push(item);
  thesis.repeatedIn.push([]);
  thesis.count = n;
}

/**
 * 'The second, the era of the crowded square, began … in 1991 and has not ended, but it falls into
 * two phases: mediation, which lasted until the coup of March 2009 …, and transitions, which began
 * with that coup …': a stage whose own sentence, after it, counts and lists phases of it is those
 * phases (the finer level is the periodisation the text works with). The first phase starts where
 * the stage does, the last ends where it ends; the count grows by the phases added.
 */
function inPhases(
  thesis: Thesis,
  sentences: Sentence[],
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
  tokens?: TokenTable,
): void {
  for (let i = thesis.items.length - 1; i >= 0; i--) {
    const item = thesis.items[i];
    if (item.sentenceId === thesis.countSentenceId) continue;
    const k = sentences.findIndex((x) => x.id === item.sentenceId);
    const s = sentences[k];
    const a = findAnnouncement(s.text, rules);
    // The phases are counted after the stage's own words, in its sentence, and listed after a colon.
    if (!a || a.count < 2 || a.inTurnOnly || a.anchors || s.cleanStart + a.after <= item.cleanStart || listOpenerAfter(s.text, a.after, rules) === null) continue;
    const sub = thesisAt(sentences, k, a, temporal, rules, toOriginal, tokens);
    if (sub.items.length !== a.count) continue;
    const years = itemYears(item);
    const first = sub.items[0];
    const last = sub.items[sub.items.length - 1];
    // (Phases inherit the stage's bounds where they give none of their own.)
    if (years && first.dated === null && years.from !== null) first.dated = { ...item.dated!, from: years.from, to: null, edtf: `${years.from}/..` };
    // (The stage's item runs over the phases' list too: its end is its own only when later than any year the phases give.)
    const phasesReach = Math.max(...sub.items.map((x) => itemYears(x)).map((y) => y?.to ?? y?.from ?? -Infinity));
    if (years && last.dated === null && years.to !== null && years.to > phasesReach) {
      last.dated = { ...item.dated!, from: years.to, to: years.to, edtf: `${years.to}` };
      last.endsAtYear = true;
    }
    thesis.items.splice(i, 1, ...sub.items);
    thesis.repeatedIn.splice(i, 1, ...sub.items.map(() => [...thesis.repeatedIn[i]]));
  }
  thesis.count = thesis.items.length;
}

/**
 * 'The first was a garage on Harbour Street, which we rented from our founding until the fire of 2
 * March 1999' after 'The trust was founded in Port Mathurin in 1988 …': a first stage told ending,
 * from the body's founding, starts in the year the text founds it (see `$comment_founding`).
 */
function fromFounding(thesis: Thesis, sentences: Sentence[], temporal: TemporalExpression[], rules: PeriodisationRules): void {
  const first = thesis.items[0];
  const end = first.dated;
  if (!end) return;
  // 'from our founding until …' (its single year its end), or a stage told by its end alone ('Until
  // the coup of 1978 it was …', dated to 1978 with no start).
  const founding = first.endsAtYear && end.from !== null && rules.founding.reference.test(first.text);
  const endOnly = !founding && end.from === null && end.to !== null && first.until === null && rules.founding.endOnly.test(first.text);
  if (!founding && !endOnly) return;
  const endYear = founding ? end.from! : end.to!;
  const verb = founding ? rules.founding.verb : rules.founding.beginVerb;
  const k = sentences.findIndex((x) => x.id === thesis.countSentenceId);
  // ('from the project's founding': any sentence before the count that names the project may found it.)
  const body = founding ? rules.founding.reference.exec(first.text)?.[1]?.toLowerCase() : undefined;
  const named = body ? sentences.slice(0, Math.max(0, k - rules.founding.sentencesBefore)).filter((x) => x.text.toLowerCase().includes(body)) : [];
  const candidates = [...sentences.slice(Math.max(0, k - rules.founding.sentencesBefore), k + 1), ...(founding ? sentences.filter((x) => x.id === first.sentenceId) : []), ...named];
  for (const s of candidates) {
    if (!verb.test(s.text)) continue;
    const year = ofSentence(temporal, s.id).find((t) => t.kind !== 'era' && t.from !== null && t.from === t.to && t.from < endYear);
    if (!year) continue;
    dateItem(first, end, year.from!, endYear, { cue: `from the ${founding ? 'founding' : 'beginning'} (${year.text})` });
    return;
  }
}

/** 'I shall call them …', 'I call these periods …', 'For brevity I refer to these phases as …': the writer names the stages just listed (group 1: the names). */
const CALLS_THEM = /^(?:(?:If|When)\s+[^,]{1,40},\s*|(?:For|In)\s+(?:\p{L}+\s+){0,2}\p{L}+,?\s+(?=I\s|[Ww]e\s))?(?:(?:I|We|we)\s+(?:(?:shall|will|would|may|might|can)\s+)?)?(?:(?:[Cc]all|[Tt]erm|[Nn]ame|[Ll]abel)\s+(?:them|(?:these|those|the)\s+(?:\p{Ll}+\s+)?\p{Ll}+s)|(?:[Rr]efer\s+to|[Dd]escribe)\s+(?:them|(?:these|those|the)\s+(?:\p{Ll}+\s+)?\p{Ll}+s)\s+as)\s+(\S.*?)(?:,\s+(?:after|because|since|for)\s[^,]*)?[.!]?\s*$/u;

/**
 * '… into three periods, each opened by an instrument: the King's Proclamation …, the Constitution
 * …, and the Public Order Act, 2017. I shall call them the period of the Proclamation, the
 * constitutional period and the period of the new Act.': the sentence right after the stages' list
 * names them, one name to each, in order; those names are the stages' labels.
 */
function namedAfterwards(thesis: Thesis, sentences: Sentence[], rules: PeriodisationRules): void {
  if (thesis.items.length === 0) return;
  const last = thesis.items[thesis.items.length - 1].sentenceId;
  const k = sentences.findIndex((x) => x.id === last);
  const next = sentences[k + 1];
  const m = next ? CALLS_THEM.exec(next.text) : null;
  if (!m) return;
  const at = next.text.indexOf(m[1]);
  const parts = listParts(next.text.slice(0, at + m[1].length), at, thesis.count, true, rules);
  if (parts.length !== thesis.items.length) return;
  parts.forEach(([x, y], i) => {
    const name = unquoted(next.text.slice(x, y).replace(/^\s*(?:and\s+)?/u, '')).trim();
    if (name !== '') thesis.items[i].label = name;
    if (!thesis.repeatedIn[i].includes(next.id)) thesis.repeatedIn[i].push(next.id);
  });
}

/**
 * A stage dated only by the era table ('the Sukarno years', 1945–1967 by his tenure) ends where the
 * next stage starts when the text dates that start itself, earlier ('the Suharto years, from 1966 to
 * 1998'): the text's own date wins over the table's.
 */
function erasEndWhereNextStarts(thesis: Thesis): void {
  thesis.items.forEach((item, i) => {
    const next = thesis.items[i + 1];
    const years = itemYears(item);
    const nextYears = next ? itemYears(next) : null;
    if (item.dated?.kind !== 'era' || item.until !== null || !years || years.from === null || years.to === null || next?.dated?.kind === 'era' || !nextYears || nextYears.from === null) return;
    if (nextYears.from < years.to && nextYears.from > years.from) dateItem(item, item.dated, years.from, nextYears.from);
  });
}

/** 'I count from April 1972, when it was registered …': where the writer starts counting (the date right after). */
const COUNT_FROM = /\b(?:I|we)\s+(?:would\s+|prefer\s+to\s+)?(?:count|date\s+it|start)\s+(?:from\s+)?$/iu;
/** Sentences, at most, after the announcement in which the writer says where the first stage starts. */
const MAX_SENTENCES_TO_COUNT_FROM = 12;

/**
 * A first stage told by its end alone ('before 1981 and after 1981') starts where the writer says
 * they count from, in the sentences after the announcement ('… but I count from April 1972, when it
 * was registered as a trade union').
 */
function countedFrom(thesis: Thesis, sentences: Sentence[], temporal: TemporalExpression[]): void {
  const first = thesis.items[0];
  const end = itemYears(first)?.to ?? itemYears(first)?.from ?? null;
  const k = sentences.findIndex((x) => x.id === thesis.countSentenceId);
  if (end === null || k < 0) return;
  for (let j = k + 1; j < sentences.length && j <= k + MAX_SENTENCES_TO_COUNT_FROM; j++) {
    const t = sentences[j];
    for (const d of ofSentence(temporal, t.id)) {
      if (d.from === null || d.kind === 'era' || d.from >= end) continue;
      // (The expression may hold the 'from': 'from April 1972'.)
      const offset = t.text.indexOf(d.text);
      if (offset < 0 || !COUNT_FROM.test(t.text.slice(0, offset))) continue;
      dateItem(first, d, d.from, end);
      return;
    }
  }
}

/** 'That is my second period, the open years, and …': the writer's ordinal stage and its name after a comma (groups 1 and 2). */
const MY_ORDINAL_NAME = /\b(?:my|our)\s+(first|second|third|fourth|fifth|sixth|last|final)\s+(?:stage|phase|period|era|age)\s*,\s+((?:the|a|an)\s+[^,;:.()]{2,40}?)\s*(?=[,;.]|\s+(?:and|which)\b)/iu;
/** 'In the book I call those years the umbrella years.': the writer naming the years just told (group 1). */
const CALL_THOSE_YEARS = /\b(?:I|we)\s+(?:(?:have|would|shall)\s+)?call(?:ed)?\s+(?:those|these|them|that\s+(?:time|period))(?:\s+years)?\s+((?:the|a|an)\s+[^,;:.()]{2,40}?)\s*[.!]?$/iu;
/** Sentences, at most, after the announcement in which a later sentence may name its stages. */
const MAX_SENTENCES_NAMING_LATER = 30;

/**
 * Names the writer gives unnamed stages later, in the sentences after the announcement: 'That is my
 * second period, the open years, and we are still living in it.' (by its ordinal), or 'In the book I
 * call those years the umbrella years.' (the stage whose years hold the first date of the
 * sentence's paragraph before it).
 */
function namedLater(thesis: Thesis, sentences: Sentence[], temporal: TemporalExpression[], rules: PeriodisationRules): void {
  const k = sentences.findIndex((x) => x.id === thesis.countSentenceId);
  if (k < 0) return;
  for (let j = k + 1; j < sentences.length && j <= k + MAX_SENTENCES_NAMING_LATER; j++) {
    const t = sentences[j];
    const ordinal = MY_ORDINAL_NAME.exec(t.text);
    if (ordinal) {
      const n = rules.ordinals.get(ordinal[1].toLowerCase()) ?? (/^(?:last|final)$/iu.test(ordinal[1]) ? thesis.items.length : undefined);
      const item = n !== undefined ? thesis.items[n - 1] : undefined;
      if (item && item.label === null) item.label = ordinal[2].trim();
      continue;
    }
    const those = CALL_THOSE_YEARS.exec(t.text);
    if (!those) continue;
    // The years told just before: the first date of the paragraph up to this sentence.
    const date = sentences.slice(k + 1, j + 1).filter((x) => x.paragraphId === t.paragraphId).flatMap((x) => ofSentence(temporal, x.id)).find((x) => x.from !== null && x.kind !== 'relative' && x.kind !== 'era');
    if (!date) continue;
    // (A stage's start: none for one that ends at its year, 'before 1981'; it runs to the next one's start.)
    const starts = thesis.items.map((x) => (x.endsAtYear ? null : (itemYears(x)?.from ?? null)));
    const item = thesis.items.find((x, i) => {
      const next = starts[i + 1] ?? (x.endsAtYear ? (itemYears(x)?.to ?? null) : null);
      return (starts[i] === null || starts[i]! <= date.from!) && (next === null || date.from! < next);
    });
    if (item && item.label === null) item.label = those[1].trim();
  }
}

/**
 * '… that story falls into four ages. I call them the horse and cable years, the electric years,
 * the bus years, and the tram years.': a count, then the writer's names for as many stages in the
 * next sentence; the stages are those names (the text dates them later, by name).
 */
function namedRightAfter(sentences: Sentence[], k: number, a: Announcement, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): Thesis | null {
  const next = sentences[k + 1];
  const m = next && next.paragraphId === sentences[k].paragraphId ? CALLS_THEM.exec(next.text) : null;
  if (!m || a.count < 2) return null;
  const at = next.text.indexOf(m[1]);
  const parts = listParts(next.text.slice(0, at + m[1].length), at, a.count, true, rules);
  if (parts.length !== a.count) return null;
  const items = parts.map(([x, y]) => {
    const item = makeItem(next, ...trimItem(next.text, x, y, rules), false, temporal, rules, toOriginal);
    item.label = unquoted(item.text.replace(/^\s*(?:and\s+)?/u, '')).trim() || null;
    return item;
  });
  return { count: a.count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: a.noun };
}

/**
 * 'I divide the history of the movement into three periods, and chapters 3 to 5 take one each. The
 * Moreau years run from … March 1972 to … November 1988; the Lenoir years, 1988–97, end with …; and the Vidal years
 * have run since that merger.': a count, then as many stages in the next sentence of its
 * paragraph, between semicolons, each opening with its name (see forms27). A part dated only by an
 * event it points back to ('since that merger') starts where the one before ended and is open.
 * Null unless every part is dated so.
 */
function namedPartsNext(sentences: Sentence[], k: number, a: Announcement, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): Thesis | null {
  const next = sentences[k + 1];
  if (!next || next.paragraphId !== sentences[k].paragraphId || a.count < 2) return null;
  const parts = namedPartsOf(next.text, a.count, rules.eraNameNouns, (text) => splitTopLevel(text, 0, ';'));
  if (!parts) return null;
  const items: ThesisItem[] = [];
  for (const { span, name } of parts) {
    const item = makeItem(next, ...trimItem(next.text, span[0], span[1], rules), false, temporal, rules, toOriginal);
    const previous = items[items.length - 1];
    const previousTo = previous ? itemYears(previous)?.to ?? null : null;
    if (previous && previousTo !== null && SINCE_THAT.test(item.text)) dateItem(item, previous.dated!, previousTo, null);
    if (!itemYears(item) || itemYears(item)!.from === null) return null;
    item.label = name;
    items.push(item);
  }
  return { count: a.count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: a.noun };
}

/** A row of a table drawn with pipes, as a sentence: '| Boycott and return | 2003–2009 | Suspension of … |'. */
const PIPE_ROW_SENTENCE = /^\|(?:[^|]*\|){2,}\s*$/u;
/** Sentences, at most, between a count and the first row of the table that sets the stages out ('Table 1 sets them out.', a caption, a header row). */
const MAX_SENTENCES_BEFORE_TABLE = 8;

/**
 * 'For this paper we divide the campaign in Kano into four periods. Table 1 sets them out.' then a
 * table drawn with pipes whose rows each give a name and its years ('| National Immunisation Days
 * | 1996–2003 | House-to-house campaigns … |'), as many as counted, in order of years: the rows are
 * the stages, each named by its first cell that holds letters and no years. A header row and a rule
 * ('|---|---|') are passed over.
 */
function tableAfter(sentences: Sentence[], k: number, a: Announcement, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): Thesis | null {
  if (a.count < 2) return null;
  let j = k + 1;
  while (j < sentences.length && j <= k + MAX_SENTENCES_BEFORE_TABLE && !PIPE_ROW_SENTENCE.test(sentences[j].text)) j++;
  const items: ThesisItem[] = [];
  for (; j < sentences.length && PIPE_ROW_SENTENCE.test(sentences[j].text) && items.length <= a.count; j++) {
    const t = sentences[j];
    const cells: [number, number][] = [];
    for (let at = t.text.indexOf('|') + 1, bar = t.text.indexOf('|', at); bar >= 0; at = bar + 1, bar = t.text.indexOf('|', at)) cells.push([at, bar]);
    const years = cells.find(([x, y]) => datesIn(temporal, t.id, t.cleanStart + x, t.cleanStart + y, toOriginal).some((d) => d.from !== null && d.kind !== 'relative' && d.kind !== 'era'));
    if (!years) continue;
    const name = cells.find((cell) => cell !== years && /\p{L}{2}/u.test(t.text.slice(cell[0], cell[1])) && !/\d{3,4}/u.test(t.text.slice(cell[0], cell[1])));
    const item = makeItem(t, ...trimItem(t.text, years[0], years[1], rules), false, temporal, rules, toOriginal);
    const y = itemYears(item);
    const previous = items[items.length - 1];
    if (!y || y.from === null || (previous && itemYears(previous)!.from! >= y.from)) return null;
    item.label = name ? t.text.slice(name[0], name[1]).trim() : null;
    items.push(item);
  }
  if (items.length !== a.count) return null;
  return { count: a.count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: a.noun };
}

/** A numbered row of a table set out as text, its cells run together ('1. Green Revolution compact 1966–1978 Procurement at …', '6. The farm-laws movement 2020– Joint front …'): group 1 the number, group 2 the name, group 3 the years. */
/** Most lines of a wrapped cell between two rows of a table in plain text. */
const MAX_WRAPPED_CELL_LINES = 3;
const NUMBERED_NAME_YEARS_ROW = /^(\d{1,2})[.)]\s+(\p{Lu}[^\d;:()]{1,60}?)\s+(\d{4}\s*[–—-]\s*(?:\d{2,4}|present|today)?)(?=\s|$)/u;

/**
 * The rows of a table set out as text after the sentence `k` that counts them ('Section 2 sets out
 * the six periods into which we divide that history (Table 2)' … '1. Green Revolution compact
 * 1966–1978 Procurement at guaranteed prices; …' … '6. The farm-laws movement 2020– Joint front …'):
 * the first sentence after it that opens such a row numbered 1, and the sentences right after it,
 * as many as the count, numbered in turn, each a name and its years, in order of years.
 */
function textTableAfter(sentences: Sentence[], k: number, a: Announcement, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): Thesis | null {
  if (a.count < 2) return null;
  let j = k + 1;
  while (j < sentences.length && NUMBERED_NAME_YEARS_ROW.exec(sentences[j].text)?.[1] !== '1') j++;
  const items: ThesisItem[] = [];
  for (let n = 1; n <= a.count; n++, j++) {
    // (A wrapped cell's later lines may stand between rows as sentences of their own.)
    for (let skipped = 0; n > 1 && j < sentences.length && skipped < MAX_WRAPPED_CELL_LINES && !NUMBERED_NAME_YEARS_ROW.test(sentences[j].text); skipped++) j++;
    const t = sentences[j];
    if (!t) return null;
    const row = NUMBERED_NAME_YEARS_ROW.exec(t.text);
    if (!row || Number(row[1]) !== n) return null;
    // (The row's number, name and years; the description after them may hold other years.)
    const item = makeItem(t, 0, row[0].length, false, temporal, rules, toOriginal);
    const y = itemYears(item);
    const previous = items[items.length - 1];
    if (!y || y.from === null || (previous && itemYears(previous)!.from! >= y.from)) return null;
    item.label = row[2].trim();
    items.push(item);
  }
  return { count: a.count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: a.noun };
}

/** A quoted name after a copula and 'a time of' ('… to the outbreak of war in 1939, was a time of 'homes fit for heroes', when …'): group 1. */
const QUOTED_TIME_OF = /\b(?:was|is)\s+(?:a|the)\s+(?:time|period|era|age|decade|phase|stage)\s+of\s+['‘"“]([^'’"”]{2,60})['’"”]/u;
/** A sentence whose subject is a cited work: a surname or two (or 'et al.') and a bracketed year ('Ishida (2014) describes …'). */
const CITED_NAME = String.raw`(?:(?:van|von|de|der|den|da|du|di|dos|del|le|la)\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|den|da|du|di|dos|del)\s+)*\p{Lu}[\p{L}'’-]+){0,2}`;
// (A surname of up to three words, 'Santos Pereira (2003: 45–61) proposes …'; pages after a colon or a comma.)
/** A cited work: its surnames (or 'et al.') and its bracketed year, pages perhaps ('Ionescu (2011: 44–59)'). */
const CITED_WORK = String.raw`${CITED_NAME}(?:\s+(?:and|&)\s+${CITED_NAME}|\s+et\s+al\.)?\s+\(\d{4}[a-z]?(?:[:,]\s*(?:pp?\.\s*)?[\d–-]+)?\)`;
const CITED_SUBJECT = new RegExp(String.raw`^${CITED_WORK}\s*(?:,[^,]{1,80},\s*)?\p{Ll}`, 'u');
/** A cited work that opens the clause after a colon ('…: Ionescu (2011: 44–59) distinguishes …'). */
const CITED_AFTER_COLON = new RegExp(String.raw`:\s+${CITED_WORK}\s*\p{Ll}`, 'u');
/** A name the writer gives inside an item ('the state sponsored what I call the revival, a controlled return …', '… until … 2016 came the siege, in which …', '… and these I call the years of agency'): group 1. */
const CALLED_INSIDE = /\b(?:(?:what|which)\s+(?:I|we)\s+(?:call|term|describe\s+as|refer\s+to\s+as)|(?:what|which)\s+(?:(?:our|its|their|many|most)\s+)?\p{Ll}+\s+(?:now\s+|still\s+|often\s+)?(?:call|calls|called)|\d{4}\s+came|(?:I|we)\s+call\s+(?:it|this)|(?:these|those|this|it)\s+(?:I|we)\s+(?:would\s+)?call)\s+((?:the|a|an)\s+[^,;:.()]{2,40}?)(?=\s*[,;:.()]|$)|\bwhat\s+(?:I|we)\s+(?:(?:call|term)|think\s+of\s+as)\s+(\p{Ll}[^,;:.()]{2,40}?)(?=\s*[,;:.()]|$)/u;
/** A quoted title whose own brackets hold years ('"Awakening (1869–1918)"', '"The Republic's Voice (1918–1940)"', ''The Founders' Years (1880–1921)''; apostrophes inside): group 1 the title, group 2 the years. */
const QUOTED_TITLE_WITH_YEARS = /(?<!\p{L})["“‘']([^"“”()]{2,80}?)\s*\(([^()]{4,30})\)\s*[,.;:]?["”’']/gu;

/**
 * 'Part One, "Awakening (1869–1918)", follows the societies …': a stage without a name whose text
 * quotes a title with the stage's own years in brackets takes the title as its name, as a book's
 * parts are named in a review.
 */
function titledWithYears(thesis: Thesis): void {
  for (const item of thesis.items) {
    if (item.label !== null || !item.dated) continue;
    for (const m of item.text.matchAll(QUOTED_TITLE_WITH_YEARS)) {
      if (m[2].includes(item.dated.text) || item.dated.text.includes(m[2])) {
        item.label = m[1].trim();
        break;
      }
    }
  }
}

/** True when a sentence after `k` opens with the item's words ('The age of managed pluralism ran from 1993 …') and holds a date. */
function toldLaterByName(item: ThesisItem, sentences: Sentence[], k: number, temporal: TemporalExpression[]): boolean {
  const name = item.text.replace(/^(?:and|or)\s+/iu, '').replace(/[\s,;.]+$/u, '').toLowerCase();
  if (name.split(/\s+/u).length < 3) return false;
  for (let j = k + 1; j < sentences.length; j++) {
    const t = sentences[j];
    if (t.text.toLowerCase().startsWith(name) && datesOf(temporal, t.id) > 0) return true;
  }
  return false;
}

/** 'which began in the weeks after Nochixtlán': a stage told as beginning after an event. */
const BEGAN_AFTER = /\b(?:began|begins|started|starts)\b[^,.;]{0,40}?\bafter\b/iu;

/** A stage that begins with what ended the one before ('The third, which began with that law, …'). */
const BEGAN_WITH_THAT = /\b(?:began|begins|started|starts|opened|opens)\s+with\s+(?:that|this|these|those|the\s+same)\b/iu;

/**
 * '… but it ended when a new Law on Public Associations was adopted in 2014. The third, which began
 * with that law, is one of renewed closure, and it has continued since the transfer of the
 * presidency … in March 2022.': a stage that begins with what ended the one before starts where
 * that one ends; a later date of its own that it only continues through does not start it. It stays
 * open unless its own dates close it later.
 */
function startsWithTheOneBefore(thesis: Thesis): void {
  for (let i = 1; i < thesis.items.length; i++) {
    const item = thesis.items[i];
    const before = itemYears(thesis.items[i - 1]);
    // (Only after a stage its own words close: 'from 2007, … it ended when … in 2014'.)
    if (!BEGAN_WITH_THAT.test(item.text) || before === null || before.from === null || before.to === null || before.to <= before.from) continue;
    const own = itemYears(item);
    if (own !== null && own.from !== null && own.from <= before.to) continue;
    const closed = own !== null && own.from !== null && own.to !== null && own.to > own.from && own.to > before.to && item.dated?.kind === 'range';
    const base = item.dated ?? thesis.items[i - 1].dated!;
    dateItem(item, base, before.to, closed ? own!.to : null);
  }
}

/** The count words whose number passes `keep`, escaped for a pattern ('three', '3'). */
function countWordsWhere(rules: PeriodisationRules, keep: (n: number) => boolean): string[] {
  return [...rules.countWords].filter(([, n]) => keep(n)).map(([w]) => escapeRegExp(w));
}

/** The plural stage nouns ('periods|phases|…'), as a pattern's alternation. */
function pluralStageNouns(rules: PeriodisationRules): string {
  return [...rules.stageNouns].filter((x) => x.endsWith('s')).map(escapeRegExp).join('|');
}

/**
 * A periodisation set out only in the text's outline of its chapters ('Chapter 2 covers 1980–1992 …
 * Chapter 5 covers 2006–2023 …'), counted where no sentence announces it ('Chapter 6 compares the
 * four periods'): the dated chapters, when a count of that many stages stands anywhere in the text.
 */
function outlineThesis(
  sentences: Sentence[],
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  // (Cheap first: most texts have no sentence that opens with a chapter.)
  if (!sentences.some((t) => rules.outlineUnit.test(t.text))) return null;
  const items = outlineChapters(sentences, 0, temporal, rules, toOriginal);
  if (!items || items.length < 2 || items.length > rules.maxStages) return null;
  const words = countWordsWhere(rules, (n) => n === items.length);
  const counted = new RegExp(`\\b(?:${words.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}?(${pluralStageNouns(rules)})\\b`, 'iu');
  const at = sentences.find((t) => counted.test(t.text));
  if (!at) return null;
  return { count: items.length, countSentenceId: at.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: counted.exec(at.text)![1].toLowerCase() };
}

/** The words of contrast a revision's count needs ('four periods rather than three'). */
const REVISION_WORDS = /rather\s+than|instead\s+of/i;

/** Where the name a writer gives an added stage ends: a clause break, or 'because', 'since', 'for', 'as'. */
const ADDED_NAME = /\bwhich\s+(?:I|we)\s+(?:(?:shall|will|would|may|might)\s+)?(?:call|term|name|label)\s+([^,;:.()]+?)(?=\s*[,;:.()]|\s+(?:because|since|for|as)\s|$)/iu;

/**
 * A periodisation the text revises after stating it: a later sentence counts more stages than the
 * thesis did, against its count ('This edition therefore has four periods rather than three'), and
 * each stage added is told starting ('a fourth period began that day, which I shall call the
 * authority'). The added stages are appended, dated by the first date after their verb, named as
 * the writer calls them; the stage before the first of them ends where it starts. Nothing changes
 * unless both are found ('Some reviewers wanted four periods rather than three, … but …' adds no
 * stage told starting).
 */
function revised(
  thesis: Thesis,
  sentences: Sentence[],
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): void {
  const n = thesis.count;
  const ordinalsOf = (k: number): string[] => [...rules.ordinals].filter(([w, v]) => v === k && /^\p{L}{3,}$/u.test(w)).map(([w]) => escapeRegExp(w));
  // Made when a sentence first holds the words of contrast: most texts have none.
  let revision: RegExp | null | undefined;
  const revisionPattern = (): RegExp | null => {
    const larger = countWordsWhere(rules, (k) => k > n && k <= rules.maxStages);
    const nWords = countWordsWhere(rules, (k) => k === n);
    if (larger.length === 0 || nWords.length === 0) return null;
    const nouns = thesis.countedNoun ? escapeRegExp(thesis.countedNoun) : pluralStageNouns(rules);
    return new RegExp(`\\b(${larger.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns})\\s+(?:rather\\s+than|instead\\s+of)\\s+(?:${nWords.join('|')})\\b`, 'iu');
  };
  const after = sentences.findIndex((x) => x.id === thesis.countSentenceId);
  for (let j = after + 1; j < sentences.length; j++) {
    if (!REVISION_WORDS.test(sentences[j].text)) continue;
    if (revision === undefined) revision = revisionPattern();
    if (revision === null) return;
    const m = revision.exec(sentences[j].text);
    if (!m) continue;
    const total = rules.countWords.get(m[1].toLowerCase())!;
    const added: ThesisItem[] = [];
    for (let k = n + 1; k <= total; k++) {
      const ordinal = ordinalsOf(k);
      const told = new RegExp(`\\b(?:a|the)\\s+(?:${ordinal.join('|')})\\s+(?:${rules.singularStageNouns})\\s+(?:began|begun|opened|started|followed)\\b`, 'iu');
      let item: ThesisItem | null = null;
      for (let i = after + 1; i <= j && !item; i++) {
        const t = sentences[i];
        const start = ordinal.length > 0 ? told.exec(t.text) : null;
        if (!start) continue;
        const named = ADDED_NAME.exec(t.text.slice(start.index));
        const end = named ? start.index + named.index + named[0].length : t.text.length;
        const date = datesIn(temporal, t.id, t.cleanStart + start.index + start[0].length, t.cleanStart + end, toOriginal)[0];
        if (!date || date.from === null) continue;
        item = makeItem(t, start.index, end, false, temporal, rules, toOriginal);
        item.dated = { ...date, to: null };
        item.until = null;
        item.endsAtYear = false;
        item.label = named ? named[1].trim() : null;
      }
      if (!item) return;
      added.push(item);
    }
    const last = thesis.items[thesis.items.length - 1];
    const lastYears = itemYears(last);
    const start = added[0].dated!;
    if (lastYears?.from != null && start.from! < lastYears.from) return;
    // The stage that was open ends where the first added one starts.
    if (!lastYears || lastYears.to === null) last.until = start;
    thesis.items.push(...added);
    thesis.repeatedIn.push(...added.map(() => []));
    thesis.count = total;
    return;
  }
}

/** A count before a plural noun in lower case ('three countries', 'four ports'): groups (1) the count, (2) the noun. */
const COUNTED_NOUNS = new WeakMap<PeriodisationRules, RegExp>();
/** Quotation marks and spaces that may open a sentence of a quotation ("'The first was …"). */
const OPENING_QUOTES = /^[\s'‘’"“”]*/u;
/** Most words before the counted noun in a stage's name ('the revolution's country', 'the shippers' port'). */
const MAX_METAPHOR_NAME_WORDS = 4;

/**
 * A periodisation told as a metaphor, with no stage noun: a count before a plural noun ("I have
 * lived in three countries without ever leaving this one"), then, in the sentences right after it
 * and in its paragraph, the stages in turn, each an ordinal, a copula and a name ending in the same
 * noun ("The first was the revolution's country, from 1979 to 1990. The second was the donors'
 * country, and it lasted until … January 2007. The third is his country, and I am still living in
 * it."). The repeated noun is what makes the count a periodisation ('three reasons. The first was
 * the weather …' names no reason); the first stage must be dated, the others dated or, the last,
 * open, in order. Null when any of this fails.
 */
function metaphorThesis(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  let counted = COUNTED_NOUNS.get(rules);
  if (!counted) {
    const counts = countWordsWhere(rules, (n) => n >= 2).join('|');
    COUNTED_NOUNS.set(rules, (counted = new RegExp(`\\b(${counts})\\s+(\\p{Ll}[\\p{Ll}-]*s)\\b`, 'giu')));
  }
  // Most counts ('in three years', 'two unions') have no stage taken in turn after them: the next
  // sentence must open with the first ordinal and a copula before anything else is tried.
  const next = sentences[k + 1];
  if (next === undefined || next.paragraphId !== s.paragraphId || !FIRST_IN_TURN.test(next.text)) return null;
  counted.lastIndex = 0;
  for (let m = counted.exec(s.text); m !== null; m = counted.exec(s.text)) {
    const count = rules.countWords.get(m[1].toLowerCase())!;
    const noun = m[2].toLowerCase();
    if (rules.stageNouns.has(noun) || k + count >= sentences.length) continue;
    const stem = escapeRegExp(singularOf(noun));
    const items: ThesisItem[] = [];
    for (let i = 1; i <= count; i++) {
      const t = sentences[k + i];
      if (t.paragraphId !== s.paragraphId) break;
      const lead = OPENING_QUOTES.exec(t.text)?.[0].length ?? 0;
      const ordinal = [...rules.ordinals].filter(([w, n]) => n === i && /^\p{L}{3,}$/u.test(w)).map(([w]) => w);
      if (i === count) ordinal.push('last', 'final');
      const turn = new RegExp(`^(?:and\\s+)?(?:the\\s+)?(?:${ordinal.join('|')})\\s+(?:${COPULAS})\\s+((?:[\\p{L}'’-]+\\s+){0,${MAX_METAPHOR_NAME_WORDS}}?${stem})\\b`, 'iu').exec(t.text.slice(lead));
      // 'The first was a garage on Harbour Street, which we rented …', 'The third, where we still
      // are, is the old post office that we bought in May 2010': a thing of the kind counted, named
      // by a noun phrase up to a comma or a relative word.
      const thing = turn ? null : new RegExp(`^(?:and\\s+)?(?:the\\s+)?(?:${ordinal.join('|')})(?:\\s*,\\s*[^,]{1,40},)?\\s+(?:${COPULAS})\\s+((?:the|a|an)\\s+[^,;.]{1,60}?)(?=\\s*[,;.]|\\s+(?:which|that|where|who|when|whose)\\b|$)`, 'iu').exec(t.text.slice(lead));
      if (!turn && !thing) break;
      const item = makeItem(t, lead, t.text.length, false, temporal, rules, toOriginal);
      item.label = turn ? turn[1].replace(/^(?:the|a|an)\s+/iu, '') : thing![1];
      items.push(item);
    }
    if (items.length !== count || !everyDated(items, rules)) continue;
    return { count, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: noun };
  }
  return null;
}

/** How many temporal expressions a sentence holds (up to 2: all that is asked). */
function datesOf(temporal: TemporalExpression[], sentenceId: string): number {
  let n = 0;
  for (const t of temporal) if (t.sentenceId === sentenceId && ++n >= 2) break;
  return n;
}

/** True when two theses enumerate the same stages: each item with the same years, or, undated, the same name. */
function sameStages(a: Thesis, b: Thesis, rules: PeriodisationRules): boolean {
  if (b.items.length === 0 || b.items.length !== a.items.length) return false;
  return a.items.every((x, i) => {
    const y = b.items[i];
    if (x.dated && y.dated) return x.dated.from === y.dated.from && x.dated.to === y.dated.to;
    if (x.dated || y.dated || !x.label || !y.label) return false;
    const wx = labelWords(x.label, rules);
    const wy = new Set(labelWords(y.label, rules));
    return wx.length > 0 && wx.length === wy.size && wx.every((w) => wy.has(w));
  });
}

function addRepeat(thesis: Thesis, again: Thesis): void {
  again.items.forEach((item, i) => {
    const ids = thesis.repeatedIn[i];
    if (item.sentenceId !== thesis.items[i].sentenceId && !ids.includes(item.sentenceId)) ids.push(item.sentenceId);
    // ('We distinguish three phases, listed in section 2.' then, in section 2, 'Forest user groups have
    // passed through three phases since …' over the same rows: the second count announces them too.)
    if (again.countSentenceId !== thesis.countSentenceId && !ids.includes(again.countSentenceId)) ids.push(again.countSentenceId);
  });
}

const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last';
/** 'the settlement proper', 'the war proper': 'proper' after a name of two words or more that it stresses. */
const LABEL_PROPER = /(?<=\S\s+\S+)\s+proper$/u;
/** ', since the transition', ', from the coup to …': a time after a name, set off by a comma. */
const LABEL_TIME_TAIL = /,\s+(?:since|from|until|till|between|after|before)\s.*$/u;
/** 'We are now in the third phase': the writer's present, a stage after those counted (group 1, the ordinal; group 2, a noun after it). */
const NOW_IN_ORDINAL = new RegExp(`\\b(?:now|today)\\s+(?:in|entering|living\\s+(?:in|through))\\s+(?:the|a|an|its|our)\\s+(${ORDINAL_WORDS})\\b(?:\\s+(\\p{L}+))?`, 'iu');
/** An ordinal that opens a part of a sentence: group 1, its word. */
const PART_ORDINAL = new RegExp(`^(?:and\\s+)?(?:the\\s+)?(${ORDINAL_WORDS})\\b`, 'iu');

/** A phrase between commas after an ordinal that opens a part, numbers allowed ('the first, the period of Ordinance 71-79, lasted …'): group 1. */
const NUMBERED_APPOSITION = new RegExp(`^(?:and\\s+)?(?:the\\s+)?(?:${ORDINAL_WORDS})\\s*,\\s+([^,;:()]+?)\\s*,\\s`, 'iu');

/** A sentence led by an ordinal that takes the next stage in turn: "First, from 1940 to 1966, …", "The second (1952–1965) …", "Finally, since 1999, …". */
const LEADING_ORDINAL = new RegExp(`^(?:(?:and|then)\\s+)?(?:(?:in|during)\\s+)?(?:the\\s+)?(${ORDINAL_WORDS}|finally|lastly)(?:ly)?(?:\\s+of\\s+(?:these|them|those))?(?:\\s+and\\s+(?:by\\s+far\\s+|much\\s+)?(?:the\\s+)?\\p{L}+est)?\\s*(?:,|\\(|—|–\\s)`, 'iu');
/** 'The third and by far the longest, the self-managed guild, lasted …': a superlative joined to a leading ordinal, left out when the name after it is read (group 1, the ordinal). */
const ORDINAL_SUPERLATIVE = new RegExp(`^((?:the\\s+)?(?:${ORDINAL_WORDS}))\\s+and\\s+(?:by\\s+far\\s+|much\\s+)?(?:the\\s+)?\\p{L}+est(?=\\s*,)`, 'iu');

/**
 * The ordinal, perhaps a stage noun, and an apposition between commas: "The first, a regime of
 * open access, ran from 1850 to 1900", "The second regime, a regime of licensing, lasted …", "The
 * first, Red Vienna, ended with …". Groups: (1) the word after the ordinal, if any; (2) the apposition.
 */
const ORDINAL_APPOSITION = new RegExp(`^(?:(?:and|then)\\s+)?(?:(?:in|during)\\s+)?(?:(?:the|a|an)\\s+)?(?:${ORDINAL_WORDS})(?:\\s+(\\p{L}+))?\\s*,\\s+([^,;:()\\d]+?)\\s*(?:\\([^()]*\\)\\s*|\\s(?:from|since|between|(?:that|which)\\s+(?:began|started|opened|ran|lasted))\\s[^,;:()]*\\d[^,;:()]*)?,\\s`, 'iu');
/** Words that open a phrase between commas that is no name: a date's preposition, a clause ('The second, under military rule, …'). */
const NOT_A_NAME = /^(?:from|between|after|since|until|till|before|in|during|under|by|as|like|which|who|when|where|while|however|though|although|moreover|too|also|again|then|thus|therefore|for|at|on|of|to|with|without)\b/iu;
/** A name the author gives in an apposition: 'which I call mobilisation', 'what historians have called the thaw', 'which she calls 'the red pencil'' (a book reported). Group 1: the name. */
/** 'which might be called the rise', 'what is known as the thaw': a name given without a namer (group 1). */
/** 'which older farmers still refer to simply as the milk years': a name others use (group 1). */
const REFERRED_TO_AS = /^(?:which|what)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:(?:still|simply|often|usually)\s+)*(?:refer|refers|referred)\s+to\s+(?:it\s+)?(?:(?:simply|just)\s+)?as\s+(\S.*)$/iu;
const CALLED_PASSIVE = /^(?:which|what)\s+(?:(?:might|may|could|can|would|is|was|has\s+been|have\s+been)\s+)?(?:be\s+)?(?:called|termed|named|labelled|labeled|known\s+as|described\s+as)\s+(\S.*)$/iu;
const CALLED_NAME = /^(?:which|what)\s+(?:I|we|she|he|they|the\s+authors?|(?:contemporaries|historians|scholars|others|people|journalists|observers|residents|locals)(?:\s+(?:here|then|there|(?:at|in)\s+the\s+time))?|\p{Lu}\p{Ll}+)\s+(?:call|calls|called|have\s+called|has\s+called|term|terms|termed|name|names|named|label|labels|labelled|labeled)\s+(\S.*)$/iu;
/** Quotation marks around a name ('the ‘cultural rule’'). */
const QUOTES = /(^|[\s(])['‘"“]([^'‘’"“”]+)['’"”](?=[\s,.;:)]|$)/gu;

/** A name without the quotation marks around it or around words in it ('‘cultural rule’' → 'cultural rule'); an apostrophe stays ('the compositors' generation'). */
function unquoted(name: string): string {
  return name.replace(QUOTES, '$1$2');
}
/** 'so-called' after an article ('the so-called military rule'). */
const SO_CALLED = /^((?:the|a|an)\s+)?so[\s-]called\s+/iu;
/** What follows a name in an apposition: the people it is named after ('of Terauchi Masatake'), or a clause ('that Saitō proclaimed'). */
const NAME_TAIL = /\s+(?:of\s+\p{Lu}|(?:that|which|who|whom)\s).*$/u;
/** Most words of a name in lower case without an article ('mechanisation', 'state capitalism'). */
const MAX_BARE_APPOSITION_WORDS = 3;
/** Most words of such a name. */
const MAX_APPOSITION_WORDS = 8;

/**
 * The name a stage taken in turn gives itself in an apposition after its ordinal ("The first, a
 * regime of open access, ran from 1850 to 1900" → 'a regime of open access'): a phrase between two
 * commas that opens with an article or a capital and is no date, adverb or clause. Null when none.
 */
function appositionName(text: string, rules: PeriodisationRules): string | null {
  // ('The third period, that of Law 199, runs …': what the period is of, see forms30.)
  const thatOf = thatOfName(text, rules.stageNouns);
  if (thatOf) return thatOf;
  const m = ORDINAL_APPOSITION.exec(text);
  if (!m) return null;
  // "The first, …" or "The first regime, …": only a stage noun may stand between the ordinal and the
  // comma, or a noun that counts a story's parts ('The first act, the years of defiance, ran from …').
  const noun = m[1]?.toLowerCase();
  if (noun !== undefined && !rules.stageNouns.has(noun) && ![...rules.countOnlyNouns].some((n) => singularOf(n) === noun)) return null;
  // "The third, which I call mobilisation, began …": the name the author gives it.
  const called = CALLED_NAME.exec(m[2].trim()) ?? CALLED_PASSIVE.exec(m[2].trim()) ?? REFERRED_TO_AS.exec(m[2].trim());
  if (called) return unquoted(called[1]);
  // "The first, the so-called military rule of Terauchi Masatake and his successor …", "The second,
  // the 'cultural rule' that Saitō Makoto proclaimed …": the name without its quotes, without
  // 'so-called', and without the people or the clause that follow it.
  const whole = unquoted(m[2].trim()).replace(SO_CALLED, '$1');
  // (Not when nothing would be left to tell the stage apart: 'the era of Stalin', 'the generation of May' stay whole.)
  const cut = whole.replace(NAME_TAIL, '');
  const name = cut !== whole && labelWords(cut, rules).some((w) => !rules.stageNouns.has(w)) ? cut : whole;
  // "A second period, of repression, opened …": what the stage was a period of.
  const of = m[1] !== undefined ? /^of\s+(\p{L}[^,]*)$/iu.exec(name) : null;
  if (of && !NOT_A_NAME.test(of[1]) && (of[1].match(WORD) ?? []).length <= MAX_APPOSITION_WORDS) return of[1];
  if (NOT_A_NAME.test(name) || (name.match(WORD) ?? []).length > MAX_APPOSITION_WORDS) return null;
  // A name in lower case without an article ('The second, mechanisation, ran from 1830 to 1880')
  // only before a verb that tells the stage's time (`appositionVerbs`): not 'The second, larger, …'.
  // In a list whose verb is left out after the first part ('the third, licence, from that day until
  // 5 October 2017; and the fourth, siege, since then'), a preposition of time may follow instead:
  // then a one-word name that is no comparative ('The second, shorter, from 1960 …').
  if (!/^(?:(?:a|an|the)\s|\p{Lu})/u.test(name)) {
    const next = (text.slice(m.index + m[0].length).match(WORD) ?? [])[0]?.toLowerCase();
    const elided = next !== undefined && ELIDED_VERB_NEXT.has(next) && /^\p{L}+$/u.test(name) && !COMPARATIVE.test(name);
    if (next === undefined || !(rules.appositionVerbs.has(next) || elided) || (name.match(WORD) ?? []).length > MAX_BARE_APPOSITION_WORDS) return null;
  }
  return name;
}

/** Prepositions of time that may follow a stage's bare name when its verb is left out ('the fourth, siege, since then'). */
const ELIDED_VERB_NEXT = new Set(['from', 'since', 'until', 'till']);
/** A comparative or an adverb: no name ('The second, shorter, from 1960 …'). */
const COMPARATIVE = /(?:er|est|ly)$/iu;

/** A stage's name headed by a stage noun: 'a phase of closure', 'the period of reform' (not 'the government'). */
const STAGE_HEAD = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(\p{L}+)\s+of\s/iu;

/** True when `label` (an apposition's or copula's name) is headed by a singular stage noun: it names a stage, dated or not. */
function namesAStage(label: string, rules: PeriodisationRules): boolean {
  const head = STAGE_HEAD.exec(label)?.[1].toLowerCase();
  return head !== undefined && !head.endsWith('s') && rules.stageNouns.has(head);
}

/** 'The first period I call the long winter', 'The second we may call the thaw', 'The first, from … until 2011, I call it the fishermen's time': group 1, the name the author gives the stage. */
const CALLED_AFTER_ORDINAL = new RegExp(`^(?:(?:and|then)\\s+)?(?:the\\s+)?(?:${ORDINAL_WORDS})(?:\\s+\\p{L}+)?(?:\\s*,[^,;:]{1,140},)?\\s+(?:I|we)\\s+(?:(?:will|shall|would|may|might|can)\\s+)?(?:call|term|name|label|describe\\s+as)\\s+(?:(?:it|them)\\s+)?([^,;:.()]+)`, 'u');

/** The name an author gives a stage taken in turn after its ordinal ('The first period I call the long silence.', 'The first, from 1959 to October 1991, I call the monolith'); null when none. */
function calledName(text: string): string | null {
  const called = CALLED_AFTER_ORDINAL.exec(text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))?.[1];
  const name = called === undefined ? undefined : unquoted(called).trim();
  return name && !NOT_A_NAME.test(name) && (name.match(WORD) ?? []).length <= MAX_APPOSITION_WORDS ? name : null;
}

/** A verb by which the writer gives a name, after 'I' or 'we' ('I call', 'we shall term'). */
const NAMING_VERB = /\b(?:I|we)\s+(?:(?:will|shall|would|may|might|can)\s+)?(?:call|term|name|label|dub)\s+/iu;
/** A clause between commas inside a part that names a stage ('the fourth, which is still going on, the thaw'). */
const CLAUSE_BETWEEN_COMMAS = /,\s*(?:which|that|who|still|now)\b[^,]*,\s*/iu;

/**
 * The stages a sentence names in turn, one part to each ordinal between commas, the first part
 * with a verb of naming: "The first phase I call the barracks, the second the charter, the third
 * the decrees, and the fourth, which is still going on, the thaw." gives four [start, end, name]
 * spans in the sentence's text. Null unless there are exactly `count` parts, with ordinals in turn
 * (the last may be 'last' or 'final'), each naming something after its ordinal.
 */
function namesInTurn(s: Sentence, count: number, rules: PeriodisationRules): [number, number, string][] | null {
  const text = s.text.replace(/[.!]\s*$/u, '');
  if (!PART_ORDINAL.test(text) || !NAMING_VERB.test(text)) return null;
  // A part that opens with no ordinal ('which is still going on') belongs to the part before it.
  const parts: [number, number][] = [];
  for (const [x, y] of splitTopLevel(text, 0, ',')) {
    const opensTurn = PART_ORDINAL.exec(text.slice(x, y).trimStart());
    if (opensTurn || parts.length === 0) parts.push([x, y]);
    else parts[parts.length - 1][1] = y;
  }
  if (parts.length !== count) return null;
  const named: [number, number, string][] = [];
  for (const [i, [x, y]] of parts.entries()) {
    const raw = text.slice(x, y);
    const lead = raw.length - raw.trimStart().length;
    const part = raw.slice(lead);
    const m = PART_ORDINAL.exec(part)!;
    const word = m[1].toLowerCase();
    if (rules.ordinals.get(word) !== i + 1 && !(i === count - 1 && rules.finalOrdinals.has(word))) return null;
    // After the ordinal: a singular stage noun, the naming verb (the first part), a clause; then the name.
    let rest = part.slice(m[0].length).replace(CLAUSE_BETWEEN_COMMAS, ' ').trim();
    const noun = /^\p{L}+/u.exec(rest)?.[0].toLowerCase();
    if (noun && rules.stageNouns.has(noun) && !noun.endsWith('s')) rest = rest.slice(noun.length).trim();
    const verb = NAMING_VERB.exec(rest);
    if (verb && verb.index === 0) rest = rest.slice(verb[0].length);
    const name = unquoted(rest.replace(/^,\s*/u, '')).trim();
    const words = (name.match(WORD) ?? []).length;
    if (words === 0 || words > MAX_APPOSITION_WORDS || NOT_A_NAME.test(name)) return null;
    named.push([x + lead, y, name]);
  }
  return named;
}

/** 'until the Constitution of 1978': an event and its year after 'until' (group 1: the event). */
const UNTIL_DATED_EVENT = /\b(?:until|till)\s+(the\s+[\p{L}'’ -]{2,40}?)\s+(?:of|in)\s+(?:\p{L}+\s+)?\d{4}\b/iu;
/** A date that is only an end ('until 1978'). */
const UNTIL_DATE = /^(?:until|till|up\s+(?:to|until))\s/iu;
/** Before a date: where a span of history starts ('since 1939', 'from 1945'). */
const STARTS_AT = /\b(?:since|from)\s+(?:the\s+)?$/iu;
/** A date that holds its own start word ('since 1939'). */
const OPENS_WITH_START = /^(?:since|from)\s/iu;

/**
 * The year the history an announcement counts starts, when its sentence says so: '… the state since
 * 1939 falls into three phases' → 1939. Null otherwise.
 */
function countScopeStart(s: Sentence, temporal: TemporalExpression[]): number | null {
  for (const t of ofSentence(temporal, s.id)) {
    if (t.from === null || t.kind === 'era' || t.kind === 'relative') continue;
    const at = s.text.indexOf(t.text);
    if (at >= 0 && (STARTS_AT.test(s.text.slice(0, at)) || OPENS_WITH_START.test(t.text))) return t.from;
  }
  return null;
}

/** 'The first part is the company town, from …', 'The second is the bargaining town, from …': an ordinal (and the noun counted), a copula, and a name with its article before a comma or a word of time (group 1); not a pronoun ('the one the port lives in now'). */
const ORDINAL_COPULAR_NAME = new RegExp(`^(?:the\\s+)?(?:${ORDINAL_WORDS})(?:\\s+\\p{L}+)?\\s+(?:is|was)\\s+(?!(?:the|a|an)\\s+(?:one|ones|same|other|next|last|first)\\b)((?:the|a|an)\\s+[^,;:()]{2,60}?)(?=,|\\s+(?:from|since|between|in|which|when)\\b)`, 'iu');

/** A stage told in sequence named at the end of its clause: '…, until the shipwreck of October 2013, that was the emergency.' (group 1). */
const THAT_WAS_NAME = /,\s+(?:that|this|it)\s+(?:was|is)\s+((?:the|a|an)\s+[^,;:.()\d]{2,40}?)(?=\s*[,;:.]|$)/u;

/** An answer that is a count alone: 'I see three.', 'SB: We would say two.' (group 1 the count). */
const COUNT_ALONE = /^(?:\p{Lu}[\p{L}.'’ -]{0,30}:\s+)?(?:(?:[Ww]ell|[Ss]o|[Oo]h|[Bb]ut),?\s+)?(?:I|[Ww]e)\s+(?:(?:would|['’]d)\s+)?(?:see|count|say|make\s+it|distinguish)\s+(\p{L}+|\d{1,2})\s*[.!]?$/u;
/** Sentences, at most, back from such an answer to the question it answers. */
const MAX_SENTENCES_TO_QUESTION = 2;

/**
 * 'GF: People often say the island's history with migration has different phases. How do you see
 * it? — SB: I see three.': a count alone, answering a question about stages named in the plural
 * just before it, announces that many of them. It claims them only when they are then taken in
 * turn (`inTurnOnly`).
 */
function countAnswered(sentences: Sentence[], k: number, rules: PeriodisationRules): Announcement | null {
  const m = COUNT_ALONE.exec(sentences[k].text);
  const count = m ? rules.countWords.get(m[1].toLowerCase()) : undefined;
  if (count === undefined || count < 2 || count > rules.maxStages) return null;
  const before = sentences.slice(Math.max(0, k - MAX_SENTENCES_TO_QUESTION), k);
  if (!before.some((t) => t.text.trimEnd().endsWith('?'))) {
    // ('Most accounts divide this history into two periods, before and after 1989. I see three.': the
    // writer's own count set against the one the sentence before reports, of the same noun; the stages
    // follow as that count's would.)
    const previous = sentences[k - 1];
    const reported = previous && previous.paragraphId === sentences[k].paragraphId ? findAnnouncement(previous.text, rules) : null;
    return reported && reported.count >= 2 && reported.count !== count && reported.noun !== undefined && rules.stageNouns.has(reported.noun) ? { count, after: sentences[k].text.length, noun: reported.noun } : null;
  }
  const plural = pluralStageNounPattern(rules);
  const noun = before.map((t) => plural.exec(t.text)?.[0]).reverse().find((x) => x !== undefined);
  return noun ? { count, after: sentences[k].text.length, noun: noun.toLowerCase(), inTurnOnly: true } : null;
}

/** A sentence that opens with a word of sequence, telling the next stage after the first ('Then from 2011 …', 'And from the shipwreck until now …', 'After that, …'). */
const SEQUENCE_OPENER = /^(?:(?:and|but)\s+)?(?:then|after\s+that|afterwards|next|finally|lastly|from\s+(?:then|there|that)\b|(?:from|since)\s+(?:the\s+)?[\p{L}\p{N}'’]+)\b/iu;

/** A sentence that opens by pointing back to the stage just named ('It began …', 'This period ended …'; 'They began …' after a name in the plural, 'the arm's-length years'). */
const SPEAKS_OF_IT = /^(?:it|that|this\s+(?:stage|phase|period|era|age|regime|moment|wave|generation|chapter|act)|(?:they|these\s+years|those\s+years)(?=\s+(?:began|begin|started|opened|ran|lasted|ended|closed)\b))\s/iu;

/**
 * Dates an undated stage of sentence `t` by the sentence after it, `next`, when that one speaks of
 * it ('It', 'This period') in the same paragraph: 'The first was a period of incorporation. It began
 * with … 1922 and lasted until 1973.'
 */
function datedByNextSentence(item: ThesisItem, t: Sentence, next: Sentence | undefined, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): void {
  if (!next || next.paragraphId !== t.paragraphId || !SPEAKS_OF_IT.test(next.text)) return;
  const then = makeItem(next, 0, next.text.length, false, temporal, rules, toOriginal);
  // ('It began when the generals handed power …, and it lasted until the morning of 1 February
  // 2021': a date after 'until' is where the stage ends.)
  const at = then.dated ? next.text.indexOf(then.dated.text) : -1;
  const endsThere = at > 0 && rules.endsAt.test(next.text.slice(0, at));
  if (then.dated && then.dated.kind !== 'era') Object.assign(item, { dated: then.dated, until: then.until, endsAtYear: then.endsAtYear || endsThere });
}

/** Copulas by which a stage taken in turn says what it was ('The first was a period of …'). */
const COPULAS = 'was|is|became|has\\s+been|remained|remains';
/** A sentence that takes the first stage in turn with a copula ("'The first was …"). */
const FIRST_IN_TURN = new RegExp(`${OPENING_QUOTES.source}(?:and\\s+)?(?:the\\s+)?first\\s+(?:${COPULAS})\\s`, 'iu');

/** An ordinal standing for a stage and its copula, before what the stage was ('the first was …', 'and the third became …'). */
const ORDINAL_COPULA = new RegExp(`^(?:(?:and|then)\\s+)?(?:the\\s+)?(?:${ORDINAL_WORDS})\\s+(?:${COPULAS})\\s+`, 'iu');

/**
 * The name a stage taken in turn gives itself with a copula: "The first was a period of
 * incorporation." → 'a period of incorporation'; "The third, which has not yet closed, is a period
 * of negotiation that began in 1990" → 'a period of negotiation' (the counted noun is dropped
 * later, as in a list). The name is an article, a stage noun within two words and 'of' with what
 * follows, up to a clause or a date; null when the sentence says no such thing.
 */
/** 'And the third, since the crisis of 2013, is the climate partnership, because …': an ordinal, its time between commas, and its name after the copula (group 1). */
const TIME_THEN_COPULA_NAME = new RegExp(`^(?:(?:and|then)\\s+)?(?:the\\s+)?(?:${ORDINAL_WORDS})\\s*,\\s+(?:(?:since|from|between|after|until)\\s|(?:which|that)\\s+(?:began|started|opened|ran|lasted)\\s)[^,]*,\\s+(?:is|was)\\s+((?:the|a|an)\\s+[^,;:.()\\d]{2,40}?)(?=\\s*[,;:.()]|\\s+(?:because|when|which|that)\\b|$)`, 'iu');

/** 'The first chapter was the study-club years.': the whole sentence an ordinal, the noun counted, a copula and a name (group 1). */
const ORDINAL_NOUN_IS_NAME = new RegExp(`^(?:(?:and|then|so)\\s+)?(?:the\\s+)?(?:${ORDINAL_WORDS})\\s+\\p{L}+\\s+(?:was|is)\\s+((?:the|a|an)\\s+[^,;:()\\d]{2,50}?)\\s*[.!]?$`, 'iu');

function copularName(text: string, rules: PeriodisationRules): string | null {
  let re = COPULAR_NAMES.get(rules);
  if (!re) {
    const nouns = rules.singularStageNouns;
    re = new RegExp(
      `^(?:(?:and|then)\\s+)?(?:the\\s+)?(?:${ORDINAL_WORDS})(?:\\s+(?:${nouns}))?\\s*(?:,[^,]*,\\s*)?(?:${COPULAS})\\s+((?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns})\\s+of\\s+[^,;:.()\\d]+?)(?=\\s+(?:that|which|when|where|in\\s+which|during\\s+which|marked|lasting|from|between|until|since|in|after|before)\\b|\\s*[,;:.(]|$)`,
      'iu',
    );
    COPULAR_NAMES.set(rules, re);
  }
  return re.exec(text)?.[1] ?? null;
}
const COPULAR_NAMES = new WeakMap<PeriodisationRules, RegExp>();

/** A list that chains its stages: 'from A through B to C'. */
const CHAIN_START = /^from\s/iu;
/** Where a chain of stages is cut: before 'through', 'via', or a 'to' not followed by a year. */
const CHAIN_LINK = /\s(?:through|via|to)\s(?!\d)/giu;

/** Cuts 'from A through B to C' (from `from` to the text's end) at its links outside brackets; [start, end) pairs. */
function splitChain(text: string, from: number): [number, number][] {
  const cuts = [from];
  CHAIN_LINK.lastIndex = from;
  for (let m = CHAIN_LINK.exec(text); m !== null; m = CHAIN_LINK.exec(text)) {
    const before = text.slice(from, m.index);
    if ((before.match(/\(/g) ?? []).length === (before.match(/\)/g) ?? []).length) cuts.push(m.index + 1);
  }
  return cuts.map((c, i) => [c, i + 1 < cuts.length ? cuts[i + 1] : text.length]);
}

/** ', and' before the next word, in a list: where the sentence may go on with a clause of its own. */
const AND_AFTER_COMMA = /,\s+and\s+(?=\p{L})/gu;

/**
 * Where the list that opens at `from` may end: before ', and' and a verb ('three phases, which we
 * call the concession, the nationalised system and the open market, and argue that each ended in a
 * crisis'), where the sentence may go on with a clause of its own; else at the sentence's end. The
 * verb is read from the token table's parts of speech; without it, the list runs to the end. (A
 * participle may open the last item instead: the caller keeps the cut only when the list before it
 * is complete.)
 */
function listEnd(s: Sentence, from: number, tokens: TokenTable | undefined): number {
  if (!tokens) return s.text.length;
  AND_AFTER_COMMA.lastIndex = from;
  for (let m = AND_AFTER_COMMA.exec(s.text); m !== null; m = AND_AFTER_COMMA.exec(s.text)) {
    const at = s.cleanStart + m.index + m[0].length;
    for (let i = s.tokenStart; i < s.tokenEnd && tokens.cleanStart[i] <= at; i++) {
      if (tokens.cleanStart[i] === at && tokens.pos[i] === VERB) return m.index;
    }
  }
  return s.text.length;
}

/** An ordinal that opens a sentence as its subject, with no comma: "The third begins with Rawlings in 1981". */
const ORDINAL_SUBJECT = new RegExp(`^(?:(?:and|then)\\s+)?(?:the\\s+)?(${ORDINAL_WORDS})\\s+(?=\\p{Ll})`, 'iu');
/** Parts of speech of the word after such an ordinal that make the ordinal the subject: a verb, not a noun it qualifies. */
const VERB_AFTER_ORDINAL = new Set<number>(['VERB', 'AUX', 'ADV'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));

const NOUN = POS_TAGS.indexOf('NOUN');
const VERB = POS_TAGS.indexOf('VERB');

/**
 * A sentence led by an ordinal standing for the stage, followed directly by its verb: "The third
 * begins with Rawlings in 1981", "The second runs from 1966 to 1981", "The third came after the
 * crisis of 2008" (not "The first day of the strike was calm": a noun follows). The word's part of
 * speech comes from the token table the sentences stage built; without it, nothing is read.
 */
function ordinalBeforeVerb(s: Sentence, tokens: TokenTable | undefined): RegExpExecArray | null {
  if (!tokens) return null;
  const m = ORDINAL_SUBJECT.exec(s.text);
  if (!m) return null;
  const at = s.cleanStart + m[0].length;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (tokens.cleanStart[i] !== at) {
      if (tokens.cleanStart[i] > at) break;
      continue;
    }
    if (VERB_AFTER_ORDINAL.has(tokens.pos[i])) return m;
    // The tagger takes some verbs in -s for plural nouns ('The second runs/NOUN from 1966'): such a
    // word counts as the verb unless 'of' follows it ('The first days of the strike').
    const word = s.text.slice(m[0].length, m[0].length + tokens.cleanEnd[i] - tokens.cleanStart[i]);
    const next = i + 1 < s.tokenEnd ? s.text.slice(tokens.cleanStart[i + 1] - s.cleanStart, tokens.cleanEnd[i + 1] - s.cleanStart).toLowerCase() : '';
    return tokens.pos[i] === NOUN && /[^s]s$/.test(word) && next !== 'of' ? m : null;
  }
  return null;
}

/** What joins two decades that together date one stage: "the 1960s and 1970s", "the 1880s, 1890s". */
const DECADES_JOINED = /^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$/iu;

/**
 * A stage dated by two decades joined by 'and' ("a stage of emergency building in the 1960s and
 * 1970s") runs from the start of the first to the end of the second (1960–1979), not through the
 * first alone: the temporal stage reads the two decades as two expressions. The joined expression
 * is a range whose text covers both, so that the label drops both.
 */
function joinDecades(dated: TemporalExpression | null, text: string, dates: TemporalExpression[]): TemporalExpression | null {
  if (!dated || dated.kind !== 'decade' || dated.from === null) return dated;
  const at = text.indexOf(dated.text);
  const next = dates.find((t) => t.start > dated.start);
  if (at < 0 || !next || next.kind !== 'decade' || next.from === null || next.to === null || next.from <= dated.from) return dated;
  const nextAt = text.indexOf(next.text, at + dated.text.length);
  if (nextAt < 0 || !DECADES_JOINED.test(text.slice(at + dated.text.length, nextAt))) return dated;
  return { ...dated, kind: 'range', text: text.slice(at, nextAt + next.text.length), end: next.end, to: next.to, edtf: `${dated.from}/${next.to}` };
}

/**
 * A decade after 'from' or 'since' is where a stage starts, not all the stage ('a popular wave from
 * the 1880s' starts in 1880 and lasts until the next stage starts): its end is left open.
 */
function decadeAsStart(dated: TemporalExpression | null, text: string): TemporalExpression | null {
  if (!dated || dated.kind !== 'decade' || dated.to === null) return dated;
  const at = text.indexOf(dated.text);
  return at >= 0 && /\b(?:from|since)\s+$/iu.test(text.slice(0, at)) ? { ...dated, to: null } : dated;
}

/** An ordinal that stands for a stage in a list, followed by what the stage did rather than its name ('the first (1919–1934) built large estates'). */
const ORDINAL_CLAUSE = new RegExp(`^(?:the\\s+)?(?:${ORDINAL_WORDS})\\b`, 'iu');

/** True when every item is dated by more than an era, but the last, which may be the open present ('… and an era of state control thereafter'). */
/** What follows the name a copula gives a stage and is no part of it: an apposition after a comma, or 'itself'. */
const COPULA_NAME_TAIL = /(?:\s+itself)?(?:,\s+(?:a|an|the)\s.*)?$/u;

/** What may follow a count in its sentence when it lists nothing: a clause after a comma, with no date and no list ('…, as did her city's, and she was a different woman in each.'). */
const COUNT_GOES_ON = /^\s*,[^:;\d]*\.\s*$/u;
/** 'Then came confrontation, from 1970 until 1989.': a stage told in sequence, named after 'came' before its time (group 1). */
const THEN_CAME_NAME = /^(?:and\s+)?then\s+came\s+((?:(?:the|a|an)\s+)?\p{L}[^,;:.()\d]{1,40}?)(?=\s*,\s*(?:from|between|until|till|in|after|which|when)\b|\s+(?:from|between|until|till)\s)/iu;
/** 'The first, from 1950 to 1970, was one of incorporation', 'the third, since 1989, a period of negotiation': the name after the ordinal's time (group 1). */
const ORDINAL_TIME_ONE_OF = new RegExp(`^(?:and\\s+)?(?:the\\s+)?(?:${ORDINAL_WORDS})\\s*,\\s+(?:from|since|between|until|till|after)\\s[^,;]*,\\s+(?:(?:was|is|has\\s+been|became)\\s+)?(?:one|an?\\s+(?:period|phase|stage|era|time|age))\\s+of\\s+([^,;:.()\\d]{2,40}?)\\s*(?=[,;.]|$)`, 'iu');

/** 'This was followed by a period of confrontation (': a sentence that opens with what followed the stage before, up to its date (group 1, the stage noun; group 2, what it was a period of). */
const FOLLOWED_BY_STAGE = /^(?:this|that|it|these\s+years)\s+(?:was|were)\s+(?:then\s+)?followed\s+by\s+(?:a|an)\s+(\p{L}+)\s+of\s+([^,;:.()\d]+?)\s*(?:[(,]\s*)?(?:(?:from|between|in|until|after)\s+)?(?:the\s+)?$/iu;

/**
 * 'we distinguish three periods in the relation between the state and the credit unions.': a count
 * whose noun a phrase of what it divides qualifies, to the end of the sentence, without a date or a
 * list in it; the stages may follow in turn, each opened by its ordinal.
 */
const COUNT_QUALIFIED = /^\s+(?:in|of|within)\s+(?:the|its|their|our|this|that)\s[^:;,\d()]{0,120}\.\s*$/u;

/**
 * True when every item is dated as {@link everyDated} asks, or else is a stage in the middle whose
 * neighbours bound it: the one before has an end, the one after a start.
 */
function datedAround(items: ThesisItem[], rules: PeriodisationRules): boolean {
  return items.every((x, i) => {
    if (everyDated([x], rules) || (i > 0 && i === items.length - 1 && rules.openEnded.test(x.text))) return true;
    if (i === 0 || i === items.length - 1 || x.dated) return false;
    const before = items[i - 1];
    const end = before.endsAtYear ? before.dated?.to : itemYears(before)?.to;
    return end != null && items[i + 1].dated?.from != null;
  });
}

function everyDated(items: ThesisItem[], rules: PeriodisationRules): boolean {
  return items.every((x, i) => (x.dated && x.dated.kind !== 'era') || (i > 0 && i === items.length - 1 && rules.openEnded.test(x.text)));
}

/** Expressions of one point of time, whose year may close a stage. */
const POINT_KINDS = new Set<TemporalExpression['kind']>(['year', 'month', 'day', 'season-part']);

/** An item of a thesis, from clean offsets `[ts, te)` of sentence `s`'s text. */
function makeItem(s: Sentence, ts: number, te: number, label: boolean, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): ThesisItem {
  const cleanStart = s.cleanStart + ts;
  const cleanEnd = s.cleanStart + te;
  const text = s.text.slice(ts, te);
  let dated = decadeAsStart(joinDecades(temporalIn(temporal, s.id, cleanStart, cleanEnd, toOriginal), text, datesIn(temporal, s.id, cleanStart, cleanEnd, toOriginal)), text);
  // "open access before 1930", "until Ortega came back in January 2007": a year, or a point in one, closes the stage.
  const at = dated && (POINT_KINDS.has(dated.kind) || dated.kind === 'relative') && dated.from !== null && dated.from === dated.to ? text.indexOf(dated.text) : -1;
  let endsAtYear = at >= 0 && (rules.endsAt.test(text.slice(0, at)) || LASTED_TO.test(text.slice(0, at)));
  // An era after 'after' or 'since' starts the stage where it ends ('after the Second World War' →
  // 1945–); after 'before' or 'until' it ends the stage where it starts ('before the Cold War' → –1947).
  const eraAt = dated?.kind === 'era' && dated.from !== null && dated.to !== null && dated.to > dated.from ? text.indexOf(dated.text) : -1;
  if (eraAt >= 0 && AFTER_ERA.test(text.slice(0, eraAt))) dated = { ...dated!, from: dated!.to, to: null };
  else if (eraAt >= 0 && BEFORE_ERA.test(text.slice(0, eraAt))) {
    dated = { ...dated!, to: dated!.from };
    endsAtYear = true;
  }
  const until = endsAtYear ? null : untilIn(s, cleanStart, cleanEnd, text, dated, temporal, rules, toOriginal);
  return { cleanStart, cleanEnd, text, sentenceId: s.id, label: label ? withoutLoneQuotes(itemLabel(text, dated, rules, until)) : null, dated, endsAtYear, until };
}

/** Quotation marks that open or close a name: ‘“"' and ’”"'. */
const OPEN_QUOTES = /["“‘]/gu;
const CLOSE_QUOTES = /["”’]/gu;

/** A name without a quotation mark left alone at its end or start ('The Affair"' after the list's opening mark was trimmed). */
function withoutLoneQuotes(name: string | null): string | null {
  if (name === null) return null;
  const opens = (name.match(OPEN_QUOTES) ?? []).length;
  const closes = (name.match(CLOSE_QUOTES) ?? []).length;
  // (A straight double quote counts as both; an apostrophe inside a word is no quotation mark.)
  if (/^[^"“‘]*["”]$/u.test(name) && opens <= 1 && closes <= 1 && !/^["“]/u.test(name)) return name.slice(0, -1).trimEnd();
  if (/^["“][^"”]*$/u.test(name)) return name.slice(1).trimStart();
  return name;
}

/**
 * The expression that ends an item dated by a start ('after the crisis of December 2001, which
 * lasted until 2015', 'from the strike of 1905 until 1917'): a later date of the item that `endsAt`
 * introduces, no earlier than the start. None when the item's date is already a closed range.
 */
/** 'ran from 1933 all the way to 1990': a start, then 'to' and a later year with words of distance between. */
/** '… began when … took office that April and lasted through the Emanuel years, to May 2019': 'lasted', then 'to' right before the end. */
const LASTED_TO = /\blasted\b[^.;]{0,80}?[,\s]to\s+$/iu;
const ALL_THE_WAY_TO = /^\s+(?:all\s+the\s+way|right|straight)\s+(?:up\s+)?to\s+$/iu;
/** An item that opens with 'Between' (its end may follow 'and'). */
const BETWEEN_OPENING = /^(?:and\s+)?between\s/iu;

function untilIn(s: Sentence, cleanStart: number, cleanEnd: number, text: string, dated: TemporalExpression | null, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): TemporalExpression | null {
  if (!dated || dated.from === null || (dated.kind === 'range' && dated.to !== null)) return null;
  let at = text.indexOf(dated.text);
  if (at < 0) return null;
  at += dated.text.length;
  for (const t of datesIn(temporal, s.id, cleanStart, cleanEnd, toOriginal)) {
    if (t.start <= dated.start) continue;
    const where = text.indexOf(t.text, at);
    if (where < 0) continue;
    const year = t.to ?? t.from;
    // "until 2015" read as one expression (no start), or "lasted until" before a year.
    // "from 1878 to the war of 1914": 'to' and an event of the later year.
    const ends = (t.from === null && t.to !== null) || rules.endsAt.test(text.slice(at, where)) || LASTED_TO.test(text.slice(at, where)) || rules.toEvent.test(text.slice(at, where)) || (BETWEEN_OPENING.test(text) && rules.betweenAndEvent.test(text.slice(at, where))) || ALL_THE_WAY_TO.test(text.slice(at, where));
    if (year !== null && year > dated.from && ends) return t;
    at = where + t.text.length;
  }
  return null;
}

/** A sentence that is only a list marker, split from its item by the sentence splitter ("1."). */
const LONE_MARKER = /^\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]$/iu;
/** Most words of one item of a list set out after the announcement: a list item, not a paragraph of prose. */
const MAX_LIST_ITEM_WORDS = 30;

/**
 * The items of a list set out after the sentence that announces it ("… passed through three
 * phases:" then "(1) the underground years, 1921–1943;" …): up to `max` sentences of the same
 * section, short enough to be list items; an uncounted list ends with the item that ends with a
 * full stop.
 */
function listAfter(sentences: Sentence[], k: number, max: number, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): ThesisItem[] {
  const marked = markedItemsAfter(sentences, k, max, temporal, rules, toOriginal);
  if (marked.length >= 2) return marked;
  const bulleted = paragraphItemsAfter(sentences, k, max, temporal, rules, toOriginal);
  if (bulleted.length === max) return bulleted;
  const items: ThesisItem[] = [];
  for (let j = k + 1; j < sentences.length && items.length < max; j++) {
    const t = sentences[j];
    if (t.sectionId !== sentences[k].sectionId) break;
    if (LONE_MARKER.test(t.text)) continue;
    if ((t.text.match(WORD) ?? []).length > MAX_LIST_ITEM_WORDS) break;
    const [ts, te] = trimItem(t.text, 0, t.text.length, rules);
    if (te > ts) items.push(makeItem(t, ts, te, true, temporal, rules, toOriginal));
    if (/\.\s*$/.test(t.text)) break;
  }
  return items;
}

/**
 * Items of a counted list set out one to a paragraph after the announcement, each its paragraph's
 * first sentence, an explanation perhaps after it ('three periods, each with a room of its own:' /
 * '- "The Affair", from the attack on Lambrakis in May 1963 to the colonels' coup of April 1967. The
 * left-wing deputy was struck down …' / '- "Under the Colonels", from April 1967 to …'): `max` of
 * them, the paragraphs one after another in the section, each first sentence short and dated.
 * Empty unless the sentence after the announcement opens a paragraph.
 */
function paragraphItemsAfter(sentences: Sentence[], k: number, max: number, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): ThesisItem[] {
  const items: ThesisItem[] = [];
  let j = k + 1;
  if (!sentences[j] || sentences[j].paragraphId === sentences[k].paragraphId) return items;
  // (A timeline's rows, 'Post-Soviet formation (1991–2004). After independence, …', are read as such: see timelineAfter.)
  if (rules.timelineRow.test(sentences[j].text) || rules.timelineRowNameFirst.test(sentences[j].text)) return items;
  while (items.length < max && j < sentences.length && sentences[j].sectionId === sentences[k].sectionId) {
    const t = sentences[j];
    if ((t.text.match(WORD) ?? []).length > MAX_LIST_ITEM_WORDS) break;
    const [ts, te] = trimItem(t.text, 0, t.text.length, rules);
    const item = te > ts ? makeItem(t, ts, te, true, temporal, rules, toOriginal) : null;
    if (!item?.dated) break;
    items.push(item);
    while (j < sentences.length && sentences[j].paragraphId === t.paragraphId) j++;
  }
  return items;
}

/** A sentence that opens with a list marker: '(a) ', 'b) ', '(2) ', '3. ', 'iv. ' (group 1 its value). */
const OPENING_MARKER = /^\(?(\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+/iu;
/** Sentences, at most, between two marked items of a list set out after its announcement (an item's explanation). */
const MAX_SENTENCES_IN_MARKED_ITEM = 6;

/**
 * Items after an announcement that each open a sentence with the next marker of a run, '(a)',
 * '(b)', '(c)' (or 1., 2., 3.; i, ii, iii), with sentences of explanation between them: 'passed
 * through three regimes:' / '(a) Scarcity works, 1960–72. Relief was discretionary. …' / '(b)
 * Guaranteed work, 1972–2006. …'. Each item is its marker's sentence. Empty when the first sentence
 * after the announcement opens with no first marker.
 */
function markedItemsAfter(sentences: Sentence[], k: number, max: number, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): ThesisItem[] {
  const first = sentences[k + 1] ? OPENING_MARKER.exec(sentences[k + 1].text) : null;
  if (!first) return [];
  const [kind, value] = markerValue(first[1].toLowerCase(), null, rules);
  if (value !== 1) return [];
  const items: ThesisItem[] = [];
  let expected = 1;
  let since = 0;
  for (let j = k + 1; j < sentences.length && items.length < max && sentences[j].sectionId === sentences[k].sectionId; j++) {
    const t = sentences[j];
    const m = OPENING_MARKER.exec(t.text);
    const [mKind, mValue] = m ? markerValue(m[1].toLowerCase(), kind, rules) : [null, 0];
    if (m && mKind === kind && mValue === expected) {
      const [ts, te] = trimItem(t.text, 0, t.text.length, rules);
      if (te > ts) items.push(makeItem(t, ts, te, true, temporal, rules, toOriginal));
      expected++;
      since = 0;
    } else if (++since > MAX_SENTENCES_IN_MARKED_ITEM) break;
  }
  return items;
}

/**
 * Cuts the list in `text` that starts at `from` into item spans: at numbering markers, else
 * semicolons, else ordinals, else (when `commas`) commas, with "A, B and C" split at its last "and".
 */
function listParts(text: string, from: number, count: number, commas: boolean, rules: PeriodisationRules): [number, number][] {
  let parts = splitAtMarkers(text, from, rules);
  if (parts.length < 2) parts = splitTopLevel(text, from, ';').filter(([x, y]) => text.slice(x, y).trim());
  if (parts.length < 2) parts = splitAtOrdinals(text, from, rules);
  if (parts.length < 2 && commas) {
    parts = splitTopLevel(text, from, ',').filter(([x, y]) => text.slice(x, y).trim());
    // ('…, B (1808–1839) and C (1839–1848), each of which gave the stage a different task': a
    // relative clause that closes the list is the last item's, however many parts there are.)
    const trailing = parts.length > 2 && rules.relativePart.test(text.slice(parts[parts.length - 1][0], parts[parts.length - 1][1]));
    if (count > 0 && (parts.length > count || trailing)) {
      // More parts than stages: a relative clause (', which lasted until 2015') or a date alone
      // (', 2015–2019') continues the item before it.
      const merged = mergeContinuations(text, parts, rules);
      if (merged.length < parts.length && merged.length >= count - 1) parts = merged;
      // Still more: a comma inside one item ('three periods: a period of rapid, uneven growth
      // (1820–1850), a period of consolidation, and a period of decline after 1890'). When the
      // items open alike, with an article, a part that does not open so ('uneven growth …')
      // continues the item before it.
      if (parts.length > count) {
        const alike = mergeUnlikeOpenings(text, parts);
        if (alike.length < parts.length && alike.length >= count - 1 && alike.length <= count) parts = alike;
      }
    } else if (count === 0) {
      // Uncounted ('the following stages: the dictatorship, which lasted until 1977, the
      // transition, 1977–1996, and the years since 1996'), no count tells how many parts are
      // items: a relative clause or a date alone after an undated part always continues its item.
      parts = mergeContinuations(text, parts, rules);
    }
    // "A, B, C and D" (or "A and B"): without a serial comma the last two items share one part.
    const last = parts[parts.length - 1];
    const lastText = last ? text.slice(last[0], last[1]) : '';
    // ('the era of wells and pumps (1821–1950) and the age of distant sources (after 1950)': the
    // 'and' after a date or a closing bracket joins the items, not one inside a name.)
    const and = AND_AFTER_DATE.exec(lastText) ?? / and (?!then\b)/.exec(lastText);
    // Uncounted, the "and" must join two items, not open the last ("…, and C") or join years ("between 1932 and 1976").
    const joins = and && (count > 0 ? parts.length + 1 === count : /\p{L}/u.test(lastText.slice(0, and.index)) && !/\bbetween\s+\S+$/iu.test(lastText.slice(0, and.index)));
    if (joins) parts.splice(-1, 1, [last[0], last[0] + and.index], [last[0] + and.index + 1, last[1]]);
  }
  return parts;
}

/** An 'and' right after a year or a closing bracket ('… (1821–1950) and the age of …'): the one that joins two dated items. */
const AND_AFTER_DATE = /(?<=[\d)])\s*,?(?= and (?!then\b))/;

/**
 * Joins to the part before it each part that names no stage of its own: a relative clause, or a date
 * alone after a part without a year ('the government of Mauricio Macri, 2015–2019'; not the dates of
 * 'three periods: 1950–1960, 1960–1970, 1970–1980').
 */
function mergeContinuations(text: string, parts: [number, number][], rules: PeriodisationRules): [number, number][] {
  const merged: [number, number][] = [];
  for (const [x, y] of parts) {
    const part = text.slice(x, y);
    const last = merged[merged.length - 1];
    const continues = last && (rules.relativePart.test(part) || (rules.dateOnlyPart.test(part) && !/\d{3,4}/.test(text.slice(last[0], last[1]))));
    if (continues) last[1] = y;
    else merged.push([x, y]);
  }
  return merged;
}

/** How a list item opens when it opens with an article: 'a period of …', 'and the era of …' (a conjunction before it aside). */
const OPENS_WITH_ARTICLE = /^\s*(?:(?:and|or|then)\s+)?(?:a|an|the)\s/iu;

/**
 * Joins to the part before it each part that does not open with an article, when the first part
 * does: in 'a thaw (1987–1991), a long winter of professionalised, donor-funded advocacy, a false
 * spring, and a freeze after 2012' the items all open 'a …', so 'donor-funded advocacy' is the rest
 * of the long winter, not a stage of its own. Lists whose items are bare names ('Stalinism, the
 * thaw, stagnation') are left as they are.
 */
function mergeUnlikeOpenings(text: string, parts: [number, number][]): [number, number][] {
  if (parts.length === 0 || !OPENS_WITH_ARTICLE.test(text.slice(parts[0][0], parts[0][1]))) return parts;
  const merged: [number, number][] = [];
  for (const [x, y] of parts) {
    const last = merged[merged.length - 1];
    if (last && !OPENS_WITH_ARTICLE.test(text.slice(x, y))) last[1] = y;
    else merged.push([x, y]);
  }
  return merged;
}

/** A list opened by a comma or a bracket rather than a colon ("two distinct phases, from 1978 to 1992 and …"). */
const SOFT_OPENER = /^\s*([,(])\s*/;

/** Offset of the bracket that closes the one at `open`, else the text's length. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

/** The thesis announced by sentence `k`: its stages when they are enumerated there or after it, else none. */
function thesisAt(
  sentences: Sentence[],
  k: number,
  a: Announcement,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
  tokens?: TokenTable,
): Thesis {
  const s = sentences[k];
  if (a.anchors) {
    // Each named stage runs from its article to the next one's; all must be dated, or none is read.
    const read = a.anchors.map((x, i) => {
      const [ts, te] = trimItem(s.text, x, a.anchors![i + 1] ?? s.text.length, rules);
      const item = makeItem(s, ts, te, true, temporal, rules, toOriginal);
      // ('the first, the period of Ordinance 71-79, lasted …': the name in apposition to the
      // ordinal, which may hold a number that is no date, as a law's does.)
      if (PART_ORDINAL.test(item.text)) {
        const apposed = NUMBERED_APPOSITION.exec(item.text)?.[1];
        item.label = appositionName(item.text, rules) ?? (apposed && !(item.dated && apposed.includes(item.dated.text)) && !NOT_A_NAME.test(apposed) ? apposed : null) ?? copularName(item.text, rules) ?? item.label;
      }
      return item;
    });
    // ('the first, the period of …'; 'the age of managed pluralism' → 'managed pluralism'.)
    withoutCountedHead(read, a.noun);
    // The last may be the open present, undated ('… and an era of state control thereafter'); or
    // none is dated here but each is told later by a sentence that opens with it ('what I call the
    // age of the single party, the age of managed pluralism and the age of alternation' … 'The age
    // of the single party began with … June 1977 …'), which the periods stage's dating reads.
    const ok = read.length <= rules.maxStages && (everyDated(read, rules) || read.every((x) => toldLaterByName(x, sentences, k, temporal)));
    // 'The decades since 1940 can be split into a developmentalist period …, a neoliberal period …':
    // a date after 'since' or 'from' before the first stage named is where that stage starts.
    const frame = ok ? datesIn(temporal, s.id, s.cleanStart, s.cleanStart + a.anchors[0], toOriginal).find((t) => t.from !== null && t.kind !== 'relative') : undefined;
    const at = frame ? s.text.indexOf(frame.text) : -1;
    const frameStart = frame && at >= 0 && at < a.anchors[0] && (FRAME_START.test(frame.text) || FRAME_WORD_BEFORE.test(s.text.slice(0, at))) ? frame.from : null;
    return { count: ok ? read.length : 0, countSentenceId: s.id, items: ok ? read : [], repeatedIn: ok ? read.map(() => []) : [], frameStart, countedNoun: null };
  }
  let items: ThesisItem[] = [];
  // A list announced without a count ("the following periods:") has as many stages as it lists.
  const counted = a.count > 0;
  const max = counted ? a.count : rules.maxStages;
  const opener = a.opener ?? listOpenerAfter(s.text, a.after, rules) ?? asFollowsClosing(s.text, a.after);
  const colon = opener ? opener.index : -1;
  const from = opener ? colon + opener.length : a.after;
  const readParts = (text: string, at: number, commas: boolean): ThesisItem[] => {
    const parts = listParts(text, at, a.count, commas, rules);
    if (parts.length < 2 || parts.length > max + (counted ? 1 : 0)) return [];
    const read: ThesisItem[] = [];
    for (const [x, y] of parts.slice(0, max)) {
      const [ts, te] = trimItem(text, x, y, rules);
      if (te <= ts) continue;
      const item = makeItem(s, ts, te, true, temporal, rules, toOriginal);
      // ('constitutional design, from the Agreement to the first elections … in 2005': from an event
      // dated elsewhere to the item's date; the name is what stands before ', from'.)
      if (item.dated && item.until === null && !item.endsAtYear && FROM_EVENT_TO.test(item.text)) {
        const before = item.dated.from;
        fromEventTo(item, sentences, temporal, toOriginal);
        if (item.dated.from !== before && item.label !== null) item.label = item.label.replace(/,\s*from\s.*$/u, '').trim() || item.label;
      }
      read.push(item);
    }
    return read;
  };
  // "two periods: before and after 1968": a preposition alone takes the next item's year.
  const lendYears = (list: ThesisItem[]): ThesisItem[] => {
    list.forEach((item, i) => {
      const next = list[i + 1];
      if (!item.dated && next?.dated?.kind === 'year' && rules.endsAt.test(item.text)) Object.assign(item, { dated: next.dated, endsAtYear: true, until: null, label: null });
      // "before and after the Second World War": 'before' ends where the stage after the era starts.
      else if (!item.dated && next?.dated?.kind === 'era' && next.dated.from !== null && next.dated.to === null && rules.endsAt.test(item.text))
        Object.assign(item, { dated: { ...next.dated, to: next.dated.from }, endsAtYear: true, until: null, label: null });
    });
    // "two periods: before the liberalisation of 1991 and after it": 'after it' starts where the
    // item before it ends, and is open (the stage builder ends it at a next stage, if any).
    // ('between the riots and the Societies Law of 2008': from where the item before ends to 2008.)
    list.forEach((item, i) => {
      const previous = list[i - 1];
      const end = previous?.endsAtYear ? previous.dated?.to : (previous?.dated?.to ?? null);
      // ('and after that law, when registration … came under a ministry's eye': the clause that describes the part is no part of its bound.)
      const bound = item.text.replace(DESCRIBING_CLAUSE, '');
      if (!item.dated && end != null && AFTER_ANAPHOR.test(bound)) Object.assign(item, { dated: { ...previous.dated!, from: end, to: null }, endsAtYear: false, until: null, label: null });
      else if (item.dated && end != null && BETWEEN_TO.test(bound) && item.dated.from !== null && item.dated.from === item.dated.to && item.dated.from > end) Object.assign(item, { dated: { ...item.dated, kind: 'range', from: end }, endsAtYear: false, until: null });
    });
    return list;
  };
  // (Cut before ', and' and a verb only when the list before it already gives every stage counted:
  // not before 'and renewed repression after 2013', the third of three.)
  const cut = counted ? listEnd(s, from, tokens) : s.text.length;
  const before = cut < s.text.length ? readParts(s.text.slice(0, cut), from, colon >= 0) : [];
  items = before.length > 0 && before.length === a.count ? before : readParts(s.text, from, colon >= 0);
  // "two distinct phases, from 1978 to 1992 and from 1992 to 2012", "three stages (1978–1984,
  // 1984–1992 and 1992–2001)": a list opened by a comma or a bracket counts only when it gives
  // exactly the stages announced, each with its date.
  // ("Two eras can be told apart, before and after the strike of 1923": the list may open after the
  // participle that announces the stages, as it may after their noun.)
  const softAt = !opener && counted && items.length < a.count ? [a.after, a.announcerEnd].find((x) => x !== undefined && SOFT_OPENER.test(s.text.slice(x))) : undefined;
  const soft = softAt !== undefined ? SOFT_OPENER.exec(s.text.slice(softAt)) : null;
  if (soft && softAt !== undefined) {
    const at = softAt + soft[0].length;
    const end = soft[1] === '(' ? closingBracket(s.text, softAt + soft[0].indexOf('(')) : s.text.length;
    // ("two periods, before and after 1979": 'before' takes its year from the item after it.)
    const read = lendYears(readParts(s.text.slice(0, end), at, true));
    // The last may be the open present, undated ("passed through three regimes, from the state
    // monopoly of 1970 to 1999, through the concession era of 1999 to 2011, to the present mixed
    // system"): it starts where the one before ends.
    const complete = (list: ThesisItem[]): boolean => list.length === a.count && list.every((x, i) => x.dated || (i > 0 && i === list.length - 1 && rules.openEnded.test(x.text)));
    if (complete(read)) items = read;
    else {
      // "in three phases, from the studio system of 1935–1952 through nationalisation (1952–1971)
      // to the open market after 1971": a chain without commas, cut before 'through' and before a
      // 'to' that starts a name (not the 'to' of '1935 to 1952').
      const chain = CHAIN_START.exec(s.text.slice(at, end)) ? splitChain(s.text.slice(0, end), at) : [];
      const linked = chain.map(([x, y]) => {
        const [ts, te] = trimItem(s.text, x, y, rules);
        return makeItem(s, ts, te, true, temporal, rules, toOriginal);
      });
      if (complete(linked)) items = linked;
    }
  }
  // "three phases:" closing the sentence: the items are the sentences of the list that follows.
  if (items.length < (counted ? a.count : 2) && colon >= 0 && s.text.slice(from).trim() === '') items = listAfter(sentences, k, max, temporal, rules, toOriginal);
  lendYears(items);
  const count = counted ? a.count : items.length;
  if (counted && items.length < a.count && /^\s*\.?\s*$/.test(s.text.slice(a.after))) {
    // "… by dividing their history into four phases. The first phase I call the barracks, the second
    // the charter, the third the decrees, and the fourth, which is still going on, the thaw.": the
    // next sentence names the stages in turn; their years come from later sentences that count them
    // ('The first phase ends … in July 1997').
    const next = sentences[k + 1];
    const named = next && next.paragraphId === s.paragraphId ? namesInTurn(next, a.count, rules) : null;
    if (named) items = named.map(([x, y, label]) => ({ ...makeItem(next, x, y, false, temporal, rules, toOriginal), label }));
  }
  if (counted && items.length < a.count) {
    // "The first phase (1949–1978) …. The second phase …", "First, from 1940 to 1966, …": stages taken in turn after the count.
    const nounStem = a.noun.replace(/s$/, '');
    const ordinal = new RegExp(`\\b(${ORDINAL_WORDS})\\s+(?:\\p{L}+\\s+){0,2}(${nounStem}|stage|phase|period|era|wave)\\b`, 'iu');
    const current = new RegExp(`\\bthe\\s+(${[...rules.currentStageWords].join('|')})\\s+(${nounStem}|stage|phase|period|era|wave)\\b`, 'iu');
    const takeInTurn = (inSequence: boolean): ThesisItem[] => {
    const found: ThesisItem[] = [];
    // The stages taken in turn are one kind of thing: 'the first stage of the pension reform …' and
    // 'The second wave [of a survey] …' are not two stages of one history.
    let turnNoun: string | null = null;
    for (let j = k + 1; j < Math.min(sentences.length, k + 15) && found.length < a.count; j++) {
      // ('The current phase, which began in 2000, …': the last stage, the writer's present.)
      const named = ordinal.exec(sentences[j].text) ?? (found.length === a.count - 1 ? current.exec(sentences[j].text) : null);
      const m = named ?? LEADING_ORDINAL.exec(sentences[j].text) ?? ordinalBeforeVerb(sentences[j], tokens);
      // ('The first, from '92 until 2011, I call it the fishermen's time. … Then from 2011 until the
      // shipwreck …, that was the emergency. And from the shipwreck until now, I call it the hotspot.':
      // after the first, each stage opens with a word of sequence; read only when ordinals alone
      // do not find them all, and each must be dated.)
      const next = !m && inSequence && found.length > 0 && SEQUENCE_OPENER.test(sentences[j].text);
      if (!m && !next) continue;
      const word = m ? m[1].toLowerCase() : '';
      const n = m ? (rules.ordinals.get(word) ?? (rules.finalOrdinals.has(word) || rules.currentStageWords.has(word) ? a.count : 0)) : found.length + 1;
      if (n !== found.length + 1) continue;
      // ('The second phase of the programme (2018–2021) …': a programme's or a study's phases are no stages of history.)
      if (named && rules.notPeriodsOf.has((OF_WHAT.exec(sentences[j].text.slice(named.index + named[0].length))?.[1] ?? '').toLowerCase())) continue;
      if (named) {
        const noun = named[2].toLowerCase();
        if (turnNoun !== null && noun !== turnNoun) {
          found.length = 0;
          break;
        }
        turnNoun = noun;
      }
      const t = sentences[j];
      const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
      // "First, …" without a stage noun is a stage only with its date: "First, from 1940 to 1966, …", not "First, we define …";
      // but the last may be the open present, undated ("The third, which has not yet closed, is a
      // period of dualism that began with that bargain"): it starts where the one before ends.
      // ('The third, which began in the weeks after Nochixtlán, some call the truce': a last stage that
      // began after an event, undated, is open too.)
      const openLast = n === a.count && found.length > 0 && (rules.openEnded.test(t.text) || BEGAN_AFTER.test(t.text));
      const plain = t.text.replace(ORDINAL_SUPERLATIVE, '$1');
      const label = appositionName(plain, rules) ?? copularName(plain, rules) ?? calledName(plain) ?? (next ? (THAT_WAS_NAME.exec(plain)?.[1] ?? THEN_CAME_NAME.exec(plain)?.[1] ?? null) : null) ?? ORDINAL_COPULAR_NAME.exec(plain)?.[1] ?? (QUOTED_TIME_OF.test(plain) ? null : (TIME_THEN_COPULA_NAME.exec(plain)?.[1] ?? null)) ?? (named ? (ORDINAL_NOUN_IS_NAME.exec(plain)?.[1] ?? null) : null) ?? CALLED_AFTER_COLON.exec(plain)?.[1] ?? null;
      // ('The second, the apprenticeship, runs from legalisation to Spain's entry into the European
      // Community.': events the text dates elsewhere.)
      if (!item.dated) datedByEvents(item, found.length > 0 ? (itemYears(found[found.length - 1])?.to ?? null) : null, null, sentences, temporal, toOriginal, rules);
      // "In the first, a phase of guarded tolerance, the government …": an undated ordinal that
      // names itself a stage ('a phase of …') is one too; its years may come later in the text.
      if (!named && !item.dated && !openLast && !(label !== null && namesAStage(label, rules))) continue;
      if (next && !item.dated && !openLast) continue;
      item.label = label;
      // "The first was a period of incorporation. It began with … 1922 and lasted until 1973.": a
      // stage taken in turn without a date of its own is dated by the next sentence, when that one
      // speaks of it ('It', 'This period') in the same paragraph.
      if (!item.dated) datedByNextSentence(item, t, sentences[j + 1], temporal, rules, toOriginal);
      else if (item.until === null && !item.endsAtYear) fromEventTo(item, sentences, temporal, toOriginal);
      // ('The second, the quarrel, runs from the break with Stalin to the Third Congress … in October
      // 1952': from an event the text does not date to a later date, after a stage that ends before
      // it: from where that one ends.)
      const previousEnd = found.length > 0 ? itemYears(found[found.length - 1])?.to : undefined;
      if (item.dated && item.dated.from !== null && previousEnd != null && previousEnd < item.dated.from && item.dated.from === (item.dated.to ?? item.dated.from) && item.until === null && !item.endsAtYear) {
        const from = FROM_EVENT_TO.exec(item.text);
        if (from && !/\d/u.test(from[1]) && item.text.indexOf(item.dated.text) >= from.index + from[0].length) dateItem(item, item.dated, previousEnd, item.dated.from);
      }
      found.push(item);
    }
    return found;
    };
    let found = takeInTurn(false);
    if (found.length < a.count) found = takeInTurn(true);
    if (found.length === a.count) items = found;
  }
  // ('Her life fell into three acts, as did her city's, and she was a different woman in each.':
  // a count may go on with a clause that lists nothing, when the stages that follow open with ordinals.)
  // ('Three periods can be distinguished in the relationship between …': the words after the verb that announces them.)
  const afterAnnouncer = a.announcerEnd !== undefined && a.announcerEnd > a.after ? s.text.slice(a.announcerEnd) : null;
  // (Not of a programme's or a study's data: 'Three periods can be distinguished in the data.')
  const qualified = (tail: string): boolean => COUNT_QUALIFIED.test(tail) && !namesAProgramme(tail, rules);
  const goesOn = COUNT_GOES_ON.test(s.text.slice(a.after)) || qualified(s.text.slice(a.after)) || (afterAnnouncer !== null && (qualified(afterAnnouncer) || /^\s*\.?\s*$/.test(afterAnnouncer)));
  if (counted && items.length < a.count && (/^\s*\.?\s*$/.test(s.text.slice(a.after)) || goesOn)) {
    // "… has passed through four stages. It began as a partnership in the 1980s; turned into
    // distrust, which filled the 1990s …; hardened into conflict in 2001–09; and since the accord of
    // June 2009 has settled into a truce.": the next sentence of the paragraph lists the stages,
    // one between each pair of semicolons, each dated (the last may be the open present).
    const next = sentences[k + 1];
    const parts = next && next.paragraphId === s.paragraphId ? splitTopLevel(next.text, 0, ';') : [];
    if (parts.length === a.count) {
      const read = parts.map(([x, y]) => {
        const [ts, te] = trimItem(next.text, x, y, rules);
        const item = makeItem(next, ts, te, false, temporal, rules, toOriginal);
        // ('turned into distrust', 'the first was a partnership': the stage is what the story became
        // or what the ordinal was, not the verb that tells it; 'the second, estrangement, filled
        // the 1990s': the name set off after the ordinal.)
        const become = ORDINAL_COPULA.exec(item.text) ?? rules.becoming.exec(item.text);
        item.label = appositionName(item.text, rules) ?? itemLabel(become ? item.text.slice(become.index + become[0].length) : item.text, item.dated, rules, item.until);
        // ('the second was the dictatorship itself, a long siege of …': the name without the
        // apposition that describes it, nor the 'itself' that stresses it.)
        if (become && item.label) item.label = item.label.replace(COPULA_NAME_TAIL, '');
        // ('The first, from 1950 to 1970, was one of incorporation; the second, …, one of confrontation':
        // what the stage was one of, after its time.)
        item.label ??= ORDINAL_TIME_ONE_OF.exec(item.text)?.[1] ?? null;
        return item;
      });
      const inTurn = read.every((x) => PART_ORDINAL.test(x.text));
      // ('ran from the 1997 Act until the Commission delivered its final report': an end given as an event the text dates elsewhere.)
      if (inTurn) for (const x of read) untilEventDatedElsewhere(x, sentences, temporal, toOriginal);
      // ('the second was the dictatorship itself': a stage between two dated ones, in turn, may give
      // no date of its own: it runs from the end of the one before to the start of the one after.)
      if ((!goesOn || inTurn) && (everyDated(read, rules) || (inTurn && datedAround(read, rules)))) items = read;
    }
  }
  if (counted && items.length < a.count && /^\s*[.:]?\s*$/.test(s.text.slice(a.after))) {
    // "… in terms of three periods. From 1930 to 1964, corporatism …. Between 1964 and 1985, …. Since
    // 1985, …": a count closing its sentence, then as many sentences that each open with a date, in
    // order, are the stages taken in turn.
    const found: ThesisItem[] = [];
    for (let j = k + 1; j < sentences.length && found.length < a.count; j++) {
      const t = sentences[j];
      const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
      const at = item.dated ? t.text.indexOf(item.dated.text) : -1;
      const previous = found[found.length - 1]?.dated?.from ?? null;
      const before = at >= 0 ? t.text.slice(0, at) : '';
      // "In the era of rebuilding, from 1946 to 1958, …", "During the boom that followed, until the
      // currency crisis of 1976, …": a date later in an opening phrase of time that names the stage.
      // ('A period of incorporation, from 1968 until the invasion of 1989, …': the stage noun names it.)
      const byNoun = STAGE_OPENING.exec(before);
      const named = byNoun && rules.stageNouns.has(byNoun[1].toLowerCase()) ? byNoun : TURN_OPENING.exec(before);
      // ('This was followed by a period of confrontation (1970–1989).': a stage that follows the one before, named by its noun.)
      const followed = found.length > 0 && !a.inTurnOnly ? FOLLOWED_BY_STAGE.exec(before) : null;
      const followedBy = followed !== null && rules.stageNouns.has(followed[1].toLowerCase()) ? followed : null;
      // ('The story has three parts.' claims stages only when they are named in turn.)
      if (a.inTurnOnly && (byNoun === null || named !== byNoun)) break;
      const words = (before.match(WORD) ?? []).length;
      const opens = words <= MAX_WORDS_BEFORE_TURN_DATE || (named !== null && words <= MAX_WORDS_BEFORE_NAMED_TURN_DATE) || followedBy !== null;
      if (!item.dated || (item.dated.from === null && (item.dated.to === null || found.length === 0)) || at < 0 || !opens) break;
      if (previous !== null && item.dated.from !== null && item.dated.from < previous) break;
      if (followedBy) item.label = followedBy[2];
      else if (named && named === byNoun) item.label = itemLabel(named[2], null, rules);
      else if (named && words > MAX_WORDS_BEFORE_TURN_DATE) item.label = itemLabel(named[1], null, rules);
      found.push(item);
    }
    if (found.length === a.count) items = found;
  }
  if (counted && items.length < a.count) {
    // "We distinguish four phases …, set out in the timeline below." then, one per line, "1986–2005
    // Partnership: …", …, "Since 2021  Closure: …": the first rows of a timeline after the count.
    const rows = timelineAfter(sentences, k, a.count, temporal, rules, toOriginal) ?? backwardsBefore(sentences, k, a.count, temporal, rules, toOriginal) ?? outlineChapters(sentences, a.count, temporal, rules, toOriginal);
    if (rows) items = rows;
  }
  // (Also when the two are listed undated after it: 'falls into two halves, divided by the coup of
  // 1969: a half of licensed pluralism, …, and a half of mobilisation, …'.)
  const undatedPair = items.length === 2 && items.every((x) => !x.dated);
  if (counted && a.count === 2 && (items.length < 2 || undatedPair)) {
    // "falls into two periods, divided by the earthquake of 1999": before the event's year and after it.
    const m = DIVIDED_BY.exec(s.text.slice(a.after));
    if (m) {
      const start = a.after + m.index + m[0].length - m[1].length;
      const end = s.text.slice(start).search(/[;:.]|,\s|$/) + start;
      const [ts, te] = trimItem(s.text, start, end, rules);
      const at = makeItem(s, ts, te, false, temporal, rules, toOriginal);
      if (at.dated && at.dated.kind !== 'era' && at.dated.from !== null && at.dated.from === at.dated.to) {
        const [first, second] = undatedPair ? items : [at, at];
        items = [
          { ...first, dated: at.dated, endsAtYear: true, until: null },
          // After the event: open, unless a later stage follows (none does in a count of two).
          { ...second, dated: { ...at.dated, to: null }, endsAtYear: false, until: null },
        ];
      }
    }
  }
  // "the rule of Augustus the Strong (1710–1733); that of Augustus III (1733–1763)": 'that of' stands
  // for the head of the first item's name, which names the later stages too.
  // When the first item too opens with 'that of' ('— that of Philip IV (1621–1665), that of Charles II
  // (1665–1700), …'), no head is written: the names are the rulers' own.
  const THAT_OF = /^(?:that|those)\s+of\s+/iu;
  const head = items[0]?.label && !THAT_OF.test(items[0].label) ? /^(.*?\bof)\s/iu.exec(items[0].label) : null;
  if (head) for (const x of items.slice(1)) if (x.label && THAT_OF.test(x.label)) x.label = x.label.replace(/^(?:that|those)\s+of/iu, head[1]);
  if (!head && items.length > 1 && items.every((x) => x.label && THAT_OF.test(x.label))) for (const x of items) x.label = x.label!.replace(THAT_OF, '');
  // "ruler by ruler: …", "into three: …": without a stage noun, only a list of dated items is a periodisation.
  if (a.datedOnly && !items.every((x) => x.dated && (x.dated.from !== null || x.dated.to !== null))) items = [];
  // "The research project had three phases: archival work in 2015, interviews in 2016, and a survey
  // in 2017": when every item names a research activity, the phases are a project's, not history's.
  // ('three stages of the working life, defined by age: early career (18–29), mid-career (30–49) and
  // late career (50–64)': bands of ages, not of years, are no periods of history.)
  const complete = items.length === count && count >= 2 && !items.every((x) => (x.text.toLowerCase().match(WORD) ?? []).some((w) => rules.researchActivities.has(w))) && !items.every((x) => !x.dated && AGE_BAND.test(x.text));
  // "two distinct stages since the death of Franco in 1975: the transition … up to 1996, and …": a
  // date the announcement opens with 'since' or 'from', before the list, is where the first stage starts.
  let frameStart: number | null = null;
  // So is one after the count when the stages are taken in turn in the sentences that follow
  // ('has gone through four phases since 1919. The first, Red Vienna, ended with …').
  const frameEnd = colon > a.after ? colon : complete && items[0].sentenceId !== s.id ? s.text.length : -1;
  if (complete && frameEnd > a.after) {
    const frame = datesIn(temporal, s.id, s.cleanStart + a.after, s.cleanStart + frameEnd, toOriginal).find((t) => t.from !== null);
    const at = frame ? s.text.indexOf(frame.text, a.after) : -1;
    // ('since 1919' may be one expression: the word is then inside it.)
    if (frame && at >= 0 && FRAME_START.test(s.text.slice(a.after, at + frame.text.length))) frameStart = frame.from;
  }
  // 'Since the restoration of democracy in April 1990, relations … have passed through two phases':
  // the same date in a phrase that opens the sentence, before its first comma.
  const opening = complete && frameStart === null ? OPENING_FRAME.exec(s.text) : null;
  if (opening && opening[0].length <= a.after) {
    const frame = datesIn(temporal, s.id, s.cleanStart, s.cleanStart + opening[0].length, toOriginal).find((t) => t.from !== null && t.kind !== 'relative');
    if (frame) frameStart = frame.from;
  }
  // 'The story since 2008 falls into three chapters': a date right after 'since' before the count.
  if (complete && frameStart === null) {
    const frame = sinceFrameIn(s, a.after, null, false, temporal, toOriginal);
    if (frame) frameStart = frame.from;
  }
  if (complete) withoutCountedHead(items, a.noun);
  // ('before the riots of April 1989': a part bounded by time names no stage.)
  if (complete && a.bounded) for (const x of items) x.label = null;
  // ('divided … into three:' names no noun: 'periods' stands in for it.)
  const countedNoun = counted && !(a.datedOnly && a.noun === 'periods') ? a.noun.toLowerCase() : null;
  return { count, countSentenceId: s.id, items: complete ? items : [], repeatedIn: complete ? items.map(() => []) : [], frameStart, countedNoun };
}

/** A singular stage noun anywhere, by the rules it is compiled from. */
const STAGE_NOUN = new WeakMap<PeriodisationRules, RegExp>();

/**
 * Stages defined as terms in one sentence, as a legal or policy text defines them: '(a) "the
 * emergency period" means the period from … March 1971 to … 2 May 1988; (b) "the transition period"
 * means the period from that date until October 2003, …; and (c) "the current period" means the
 * period beginning on 4 October 2003'. Two terms or more, each holding a singular stage noun, each
 * definition dated (the last may be open): the stages, named by their terms. Null otherwise.
 */
function definedStages(
  s: Sentence,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  if (!s.text.includes('"') && !s.text.includes('“')) return null;
  let stageNoun = STAGE_NOUN.get(rules);
  if (!stageNoun) STAGE_NOUN.set(rules, (stageNoun = new RegExp(`\\b(?:${rules.singularStageNouns})\\b`, 'iu')));
  const terms: { at: number; term: string }[] = [];
  rules.definedTerm.lastIndex = 0;
  for (let m = rules.definedTerm.exec(s.text); m !== null; m = rules.definedTerm.exec(s.text)) {
    if (!stageNoun.test(m[1])) return null;
    terms.push({ at: m.index, term: m[1] });
  }
  if (terms.length < 2 || terms.length > rules.maxStages) return null;
  const items = terms.map(({ at, term }, i) => {
    const [ts, te] = trimItem(s.text, at, terms[i + 1]?.at ?? s.text.length, rules);
    const item = makeItem(s, ts, te, false, temporal, rules, toOriginal);
    item.label = term.replace(/^(?:the|a|an)\s+/iu, '');
    return item;
  });
  if (!everyDated(items, rules)) return null;
  return { count: items.length, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}

/**
 * A periodisation told by its turning points, not its stages: a count before a noun of rupture
 * ('Two watersheds divide its history since then: the nationalisation of the mines on 31 October
 * 1952, and the closure of the state mines in August 1985, …'), a colon (or dash) soon after, and
 * as many items listed, each dated by a point in time, in order of time. N turning points make N + 1
 * stages: the first from the start the sentence gives before its list ('since then', 'since 1944'),
 * else with no start; each later one from its turning point; the last open. The turning points
 * name no stage (headings may). Null otherwise ('Two breaks divided its long first day: a lunch …').
 */
/** A colon, a comma, an em dash, or a spaced dash: what opens a list of turning points (one pattern: five calls of `includes` cost seven times as much). */
const POINTS_LIST_OPENER = /[:,—]| [–-] /;

function turningPoints(
  s: Sentence,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  // (Cheap first: the list needs a colon, a dash or a comma to open it.)
  if (!POINTS_LIST_OPENER.test(s.text)) return null;
  const m = rules.turningPoints.exec(s.text);
  const count = m ? rules.countWords.get(m[1].toLowerCase()) ?? 0 : 0;
  if (!m || count < 2 || count >= rules.maxStages) return null;
  // ('Two turning points, the … Act of 1998 and the amendments … of 2010, divide the Union's relationship
  // … since its refounding in 1990 into three periods': the points in apposition, before a verb of dividing.)
  const apposed = APPOSED_POINTS.exec(s.text.slice(m.index + m[0].length));
  const stagesCounted = apposed ? INTO_STAGES_COUNT.exec(apposed[3]) : null;
  const opener = listOpenerAfter(s.text, m.index + m[0].length, rules) ?? (apposed && stagesCounted && rules.countWords.get(stagesCounted[1].toLowerCase()) === count + 1 ? { index: m.index + m[0].length + apposed[0].indexOf(','), length: 1 } : null);
  if (!opener) return null;
  // (The apposed list ends at the comma before the verb.)
  const listEnd = apposed && opener.length === 1 && s.text[opener.index] === ',' ? m.index + m[0].length + apposed[0].lastIndexOf(',', apposed[0].length - apposed[2].length - apposed[3].length) : s.text.length;
  const parts = listParts(s.text.slice(0, listEnd), opener.index + opener.length, count, true, rules);
  if (parts.length !== count) return null;
  const points = parts.map(([ps, pe]) => makeItem(s, ...trimItem(s.text, ps, pe, rules), false, temporal, rules, toOriginal));
  for (let i = 0; i < points.length; i++) {
    const d = points[i].dated;
    if (!d || !POINT_KINDS.has(d.kind) || d.from === null || (i > 0 && d.from < points[i - 1].dated!.from!)) return null;
  }
  // The start of the whole: a date before the list ('since then', resolved by the temporal stage), or
  // after 'since' past the apposed points ('… since its refounding in 1990 into three periods').
  const frame = datesIn(temporal, s.id, s.cleanStart, s.cleanStart + opener.index, toOriginal)[0] ?? (listEnd < s.text.length ? datesIn(temporal, s.id, s.cleanStart + listEnd, s.cleanEnd, toOriginal).find((x) => /\bsince\b/iu.test(s.text.slice(listEnd, s.text.indexOf(x.text, listEnd)))) : undefined) ?? null;
  const first = makeItem(s, ...trimItem(s.text, 0, opener.index, rules), false, temporal, rules, toOriginal);
  first.dated = frame && frame.from !== null && frame.from <= points[0].dated!.from! ? { ...frame, to: null } : null;
  // Each stage runs from its turning point to the next (the stage after ends where it starts).
  for (const p of points) {
    p.dated = { ...p.dated!, to: null };
    p.until = null;
    p.endsAtYear = false;
  }
  const items = [first, ...points];
  return { count: items.length, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}

/** After a count of turning points: the points between commas, a verb of dividing, and what follows it (groups 1, 2, 3). */
const APPOSED_POINTS = /^\s*,\s*([^;:]+?),\s+((?:divide|divides|divided|separate|separates|split|splits|cut|cuts)\b)([^;:]*)/u;
/** 'into three periods': the count of the stages the points divide (group 1). */
const INTO_STAGES_COUNT = /\binto\s+(\p{L}+|\d+)\s+(?:[\p{L}-]+\s+)?(?:periods|stages|phases|eras|parts)\b/iu;

/**
 * Turning points that are years listed as the subject: 'Vanuatu's political history since 1906 is
 * usually told as a single story …. The years 1980, 1991 and 2015 mark the breaks, and between
 * them lie four quite different ways of doing politics.' N years make N + 1 stages, each running
 * from one year to the next; the first starts at a 'since' date earlier in the sentence or its
 * paragraph, if any; the last is open. Unnamed (headings that follow in order may name them).
 */
/** What every list of years marking breaks holds ('1949, 1978 and 1989 mark …'): 'and' before a year. */
const AND_YEAR = /and\s+\d\d\d\d/i;

function yearsAsBreaks(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  // (Cheap first, as this is tried on every sentence until a thesis is found: the last year after 'and'.)
  if (!AND_YEAR.test(s.text)) return null;
  const m = rules.yearsMarkBreaks.exec(s.text);
  if (!m) return null;
  const years = (m[1].match(/\d{4}/gu) ?? []).map(Number);
  if (years.length < 2 || years.length + 1 > rules.maxStages || years.some((y, i) => i > 0 && y <= years[i - 1])) return null;
  const dates = datesIn(temporal, s.id, s.cleanStart + m.index, s.cleanStart + m.index + m[1].length, toOriginal).filter((t) => t.from !== null);
  if (dates.length !== years.length) return null;
  // The start of the whole: 'since 1906' here before the years, or in the sentence before.
  let frame = sinceFrameIn(s, m.index, years[0], false, temporal, toOriginal);
  for (let j = k - 1; !frame && j >= 0 && sentences[j].paragraphId === s.paragraphId; j--) frame = sinceFrameIn(sentences[j], sentences[j].text.length, years[0], false, temporal, toOriginal);
  const first = makeItem(s, ...trimItem(s.text, m.index, m.index + m[0].length, rules), false, temporal, rules, toOriginal);
  if (frame) dateItem(first, frame, frame.from!, years[0]);
  else Object.assign(first, { dated: { ...dates[0], to: dates[0].from }, until: null, endsAtYear: true });
  first.label = null;
  const points = dates.map((d) => {
    const item = makeItem(s, ...trimItem(s.text, m.index, m.index + m[0].length, rules), false, temporal, rules, toOriginal);
    item.dated = { ...d, to: null };
    item.until = null;
    item.endsAtYear = false;
    item.label = null;
    return item;
  });
  const items = [first, ...points];
  return { count: items.length, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}

/** What brings in a part of a list told as a story ('There was', 'and'), dropped from its name. */
const PART_LEAD = /^\s*(?:and\b[\s,]*)?(?:then\s+)?(?:there\s+(?:was|were|is|are|came)\s+)?/iu;
/** A last part told as lasting to the present or to the end of what the text tells of ('which lasted to the end', 'still'). */
const LASTS_TO_THE_END = /\b(?:to\s+the\s+(?:end|present|last)|to\s+this\s+day|until\s+(?:today|now|the\s+end)|still|ever\s+since|since\s+then)\b/iu;

/**
 * A count of things of any kind that the text measures its time by, then, in the next sentence,
 * as many parts between semicolons, each a name and its span, following on: 'The Courier had three
 * editors in seventy-four years, and the people who worked there measured time by them. There was
 * Culmer's paper, from the first issue in October 1951 until Reginald Culmer retired in 1973;
 * Saunders's paper, from 1973 until 1998; and Bethel's paper, which lasted to the end.' The first
 * part has a start and a later end; each later one starts where the one before ends; the last may
 * be undated when it lasts to the end, or dated by 'since' (open). Each part's name is its first
 * stretch between commas that holds no date ('the Vigouroux interlude, from 1986 to 1995').
 */
function countThenSpans(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const next = sentences[k + 1];
  // (Cheap first: a list between semicolons in the next sentence.)
  if (!next || next.paragraphId !== sentences[k].paragraphId || !next.text.includes(';')) return null;
  const count = countIn(sentences[k].text, rules);
  if (count === null) return null;
  const parts = splitTopLevel(next.text, 0, ';');
  if (parts.length !== count) return null;
  const items: ThesisItem[] = [];
  let end: number | null = null;
  for (let i = 0; i < parts.length; i++) {
    const [ps, pe] = trimItem(next.text, ...parts[i], rules);
    const item = makeItem(next, ps, pe, false, temporal, rules, toOriginal);
    const years = itemYears(item);
    const last = i === parts.length - 1;
    if (i === 0) {
      if (!years || years.from === null || years.to === null || years.to <= years.from) return null;
      dateItem(item, item.dated!, years.from, years.to);
      end = years.to;
    } else if (years && years.from !== null && years.from === end && years.to !== null && years.to > years.from) {
      dateItem(item, item.dated!, years.from, years.to);
      end = years.to;
    } else if (last && (years === null || (years.from === end && (years.to === null || years.to === years.from))) && (LASTS_TO_THE_END.test(item.text) || OPEN_SINCE.test(item.text))) {
      // ('and, since the summer of 2020, the Printemps Marseillais': open.)
      dateItem(item, item.dated ?? items[0].dated!, end!, null);
    } else return null;
    // The name: the first stretch between commas that holds no date ('the Printemps Marseillais').
    const name = item.text
      .replace(PART_LEAD, '')
      .split(',')
      .map((x) => x.trim())
      .find((x) => x !== '' && !/\d/u.test(x) && !DATE_PREPOSITION.test(x));
    item.label = name !== undefined && name.length <= MAX_PART_NAME_CHARS ? name : null;
    items.push(item);
  }
  return { count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => [next.id]), frameStart: null, countedNoun: null };
}
/** A stretch of a list item that opens with a preposition of time ('since the summer of 2020'): its date, no name. */
const DATE_PREPOSITION = /^(?:from|since|until|till|between|in|during|after|before)\b/iu;
/** The longest name a part of such a list may have. */
const MAX_PART_NAME_CHARS = 40;

/** 'Since independence,' opening a sentence: an event named without its year (group 1). */
const SINCE_EVENT = /^(?:ever\s+)?since\s+((?:the\s+)?[\p{L}-]+)\s*,/iu;
/** Characters, at most, between an event's name and its date where the text first tells it ('independence on 7 July 1978'). */
const MAX_EVENT_TO_DATE_CHARS = 40;

/**
 * 'Since independence, the relationship … has changed twice': the date the text gives that event
 * where it tells it earlier ('By the time of independence on 7 July 1978, …'), earlier than `before`.
 */
function sinceEvent(t: Sentence, sentences: Sentence[], k: number, before: number, temporal: TemporalExpression[], toOriginal: ToOriginal): TemporalExpression | undefined {
  const m = SINCE_EVENT.exec(t.text);
  if (!m) return undefined;
  const name = m[1].toLowerCase().replace(/^the\s+/u, '');
  for (let j = 0; j < k; j++) {
    const u = sentences[j];
    const at = u.text.toLowerCase().indexOf(name);
    if (at < 0) continue;
    const date = datesIn(temporal, u.id, u.cleanStart + at, u.cleanStart + Math.min(u.text.length, at + name.length + MAX_EVENT_TO_DATE_CHARS), toOriginal).find((x) => x.from !== null && x.kind !== 'relative' && x.kind !== 'era' && x.from < before);
    if (date) return date;
  }
  return undefined;
}

/** 'since' earlier in the clause before a date ('since the adoption of the constitution of June 1991'). */
const SINCE_IN_CLAUSE = /\bsince\b[^,.;]*$/iu;

/**
 * The first date of sentence `t`, before offset `end` of its text, that 'since' or 'from' frames as
 * the start of what the text goes on to divide ('since 1906', 'since 2008'; with `inClause`, also
 * 'since the adoption of the constitution of June 1991'), earlier than `before` when that is given.
 */
function sinceFrameIn(t: Sentence, end: number, before: number | null, inClause: boolean, temporal: TemporalExpression[], toOriginal: ToOriginal): TemporalExpression | undefined {
  return datesIn(temporal, t.id, t.cleanStart, t.cleanStart + end, toOriginal).find((x) => {
    const at = t.text.indexOf(x.text);
    if (x.from === null || (before !== null && x.from >= before) || at < 0) return false;
    const preceding = t.text.slice(0, at);
    return SINCE_DATE_TEXT.test(x.text) || FRAME_WORD_BEFORE.test(preceding) || (inClause && SINCE_IN_CLAUSE.test(preceding));
  });
}

/** A count of decades, and a later one begun ('three decades and is halfway into a fourth'): groups (1) the count, (2) the one begun. */
const DECADES_COUNTED = new WeakMap<PeriodisationRules, RegExp>();
/** A part of the next sentence naming a decade ('the 2000s were the decade of Brussels, when …'): group 1, the name. */
const DECADE_NAMED = /^\s*(?:and\s+)?(?:the\s+)?\S+\s+(?:was|were|is|became)\s+((?:the|a)\s+decade\s+of\s+[^,;:]+?)\s*(?:[,;:.]|$)/iu;

/**
 * A history counted in decades and told in turn: a count of decades ('Romanian civil society has
 * lived through three decades and is halfway into a fourth'), then, in the next sentence, as many
 * parts between semicolons, each a decade and its name ('The 1990s were the decade of the miners,
 * …; the 2000s were the decade of Brussels, …; and the 2010s were the decade of the squares, …'),
 * in order. A decade begun ('halfway into a fourth') is a last stage, open and unnamed. Null otherwise.
 */
function decadesInTurn(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  const next = sentences[k + 1];
  if (!next || next.paragraphId !== s.paragraphId || !s.text.includes('decades')) return null;
  let counted = DECADES_COUNTED.get(rules);
  if (!counted) {
    const counts = countWordsWhere(rules, (n) => n >= 2).join('|');
    const ordinals = [...rules.ordinals.keys()].filter((w) => /^\p{L}{4,}$/u.test(w)).map(escapeRegExp).join('|');
    DECADES_COUNTED.set(rules, (counted = new RegExp(`\\b(${counts})\\s+decades\\b(?:[^.;]*?\\binto\\s+(?:a|the)\\s+(${ordinals})\\b)?`, 'iu')));
  }
  const m = counted.exec(s.text);
  if (!m) return null;
  const count = rules.countWords.get(m[1].toLowerCase())!;
  const begun = m[2] !== undefined && rules.ordinals.get(m[2].toLowerCase()) === count + 1;
  const parts = splitTopLevel(next.text, 0, ';').filter(([x, y]) => next.text.slice(x, y).trim());
  if (parts.length !== count) return null;
  const items: ThesisItem[] = [];
  for (const [ps, pe] of parts) {
    const named = DECADE_NAMED.exec(next.text.slice(ps, pe));
    const item = makeItem(next, ...trimItem(next.text, ps, pe, rules), false, temporal, rules, toOriginal);
    if (!named || !item.dated || item.dated.kind !== 'decade' || item.dated.from === null) return null;
    if (items.length > 0 && item.dated.from < items[items.length - 1].dated!.from!) return null;
    item.label = named[1].trim();
    items.push(item);
  }
  if (begun) {
    // The decade begun: from the end of the last one told, open.
    const last = items[items.length - 1].dated!;
    const open = makeItem(s, ...trimItem(s.text, m.index, m.index + m[0].length, rules), false, temporal, rules, toOriginal);
    open.dated = { ...last, from: (last.to ?? last.from!) + 1, to: null, text: m[0] };
    open.until = null;
    open.label = null;
    items.push(open);
  }
  return { count: items.length, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: 'decades' };
}

/** The year, month and day that open an expression's EDTF ('1989-11-10/..' → 1989, 11, 10). */
const EDTF_START = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
/** How many sentences before the one that counts the years may hold the start ('since …'). */
const MAX_SENTENCES_BEFORE_COUNTED_YEARS = 2;
/** A relative clause set off by commas right after a part's number (', which are not over,'). */
const PART_CLAUSE = /^\s*,\s*(?:which|that|who)\b[^,]*,/iu;

/**
 * Stages counted by their lengths in years from a start the text gives (see
 * `$comment_countedInYears`): 'Thirty-four years have passed since 10 November 1989, and they fall
 * into three parts. The first seven were the years of the street, the next sixteen the years of the
 * projects, and the last eleven, which are not over, the years of the squares.' Each stage runs
 * from the start plus the years before it (rounded to the year, counting the start's month) to the
 * next border; a later sentence that says the stage ended pins its border when it is within a year
 * of that; the last stage is open (the years are counted to the present). Null unless the numbers
 * are years: their sum is a total the sentences give, or each is followed by 'years'.
 */
function countedInYears(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  const r = rules.countedInYears;
  // (Cheap first: the parts open with 'the first …'.)
  if (!r.firstPart.test(s.text)) return null;
  const parts = [...s.text.matchAll(r.part)];
  if (parts.length < 2 || parts.length > rules.maxStages) return null;
  const order = (m: RegExpMatchArray): string => m[1].toLowerCase().replace(/\s+/g, ' ');
  if (!r.first.has(order(parts[0])) || !r.last.has(order(parts[parts.length - 1]))) return null;
  if (parts.slice(1, -1).some((m) => !r.next.has(order(m)))) return null;
  const years = parts.map((m) => r.numberOf(m[2]));
  if (years.some((y) => y === null || y < 1)) return null;
  const sum = years.reduce((a, b) => a! + b!, 0)!;
  // The start: the first date after 'since' here or in the sentences just before.
  let start: TemporalExpression | null = null;
  let total = false;
  for (let j = k; j >= Math.max(0, k - MAX_SENTENCES_BEFORE_COUNTED_YEARS) && start === null; j--) {
    const t = sentences[j];
    const since = /\bsince\b/iu.exec(t.text);
    if (!since) continue;
    const from = toOriginal(t.cleanStart + since.index, t.cleanEnd).start;
    start = ofSentence(temporal, t.id).filter((x) => x.kind !== 'era' && x.from !== null && x.start >= from).sort((a, b) => a.start - b.start)[0] ?? null;
    if (start) total = [...t.text.matchAll(r.total)].some((m) => r.numberOf(m[1]) === sum);
  }
  if (start === null || !(total || parts.every((m) => m[3] !== undefined))) return null;
  const [, y, mo, d] = EDTF_START.exec(start.edtf) ?? [];
  if (y === undefined) return null;
  const startsAt = Number(y) + (mo ? (Number(mo) - 1) / 12 : 0) + (d ? (Number(d) - 1) / 365 : 0);
  const items: ThesisItem[] = [];
  let elapsed = 0;
  let from = Number(y);
  parts.forEach((m, i) => {
    const nameStart = m.index! + m[0].length;
    const nameEnd = i + 1 < parts.length ? parts[i + 1].index! : s.text.length;
    let name = s.text.slice(nameStart, nameEnd);
    const clause = PART_CLAUSE.exec(name);
    if (clause) name = name.slice(clause[0].length);
    name = name.replace(/^[\s,;:]+/u, '').replace(/[\s,;:.]+(?:and\s*)?$/iu, '').replace(/[\s,;:.]+$/u, '').replace(r.nameVerb, '').trim();
    elapsed += years[i]!;
    const last = i === parts.length - 1;
    const to = last ? null : Math.round(startsAt + elapsed);
    const [cs, ce] = trimItem(s.text, m.index!, nameEnd, rules);
    const item = makeItem(s, cs, ce, false, temporal, rules, toOriginal);
    item.label = name === '' ? null : name;
    dateItem(item, start!, from, to, { text: m[0], cue: `counted in years: ${years.slice(0, i + 1).join(' + ')} from ${start!.text}` });
    items.push(item);
    if (to !== null) from = to;
  });
  pinEnds(items, sentences, k, temporal, rules);
  // The sentence that counts the parts, when one just before does ('they fall into three parts').
  const counted = new RegExp(`\\b(?:${countWordsWhere(rules, (n) => n === parts.length).join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}?(parts|${pluralStageNouns(rules)})\\b`, 'iu');
  const countSentence = sentences.slice(Math.max(0, k - MAX_SENTENCES_BEFORE_COUNTED_YEARS), k).reverse().find((t) => counted.test(t.text));
  return {
    count: items.length,
    countSentenceId: countSentence?.id ?? s.id,
    items,
    repeatedIn: items.map(() => []),
    frameStart: null,
    countedNoun: countSentence ? counted.exec(countSentence.text)![1].toLowerCase() : null,
  };
}

/**
 * 'The years of the street ended in this building, on the night of 10 January 1997': a later
 * sentence that names a stage counted in years and says it ended pins the border to the year of its
 * first date, when that is within a year of the border counted.
 */
function pinEnds(items: ThesisItem[], sentences: Sentence[], k: number, temporal: TemporalExpression[], rules: PeriodisationRules): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const label = items[i].label;
    const counted = items[i].dated!.to;
    if (label === null || counted === null) continue;
    // ('an age of defiance' is named 'the age of defiance' later: any article.)
    const bare = label.replace(/^(?:the|an?)\s+/iu, '');
    const named = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:the|an?)\\s+)?${escapeRegExp(bare).replace(/\s+/g, '\\s+')}\\s+(?:(?:had|has|finally|only)\\s+)?(\\p{L}+)`, 'iu');
    for (let j = k + 1; j < sentences.length; j++) {
      const m = named.exec(sentences[j].text);
      if (!m || !rules.stageEndWords.has(m[1].toLowerCase())) continue;
      const date = ofSentence(temporal, sentences[j].id).filter((x) => x.kind !== 'era' && x.from !== null && x.from === x.to).sort((a, b) => a.start - b.start)[0];
      if (date && Math.abs(date.from! - counted) <= 1) {
        items[i].dated = { ...items[i].dated!, to: date.from, edtf: `${items[i].dated!.from}/${date.from}` };
        items[i + 1].dated = { ...items[i + 1].dated!, from: date.from, edtf: `${date.from}/${items[i + 1].dated!.to ?? '..'}` };
      }
      break;
    }
  }
}

/** Per rules: a count and a plural stage noun ('three eras'): groups (1) the count, (2) the noun. */
const COUNTED_STAGES = new WeakMap<PeriodisationRules, RegExp>();
/**
 * Stages told as times between semicolons (see `$comment_timesWhen`): 'There was the time when …,
 * from his first term in 1978 to the new constitution of August 2008; the time when …, from that
 * constitution to the election of September 2018; and now that the ballot box works again, the
 * time we are still in, …'. Unnamed; every part but the last dated; the sentence just before that
 * counts as many ('I would tell it as three times') announces them too.
 */
function timesWhen(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  // (Cheap first: two parts at least.)
  if (!s.text.includes(';')) return null;
  const parts = splitTopLevel(s.text, 0, ';').filter(([x, y]) => s.text.slice(x, y).trim() !== '');
  if (parts.length < 2 || parts.length > rules.maxStages || !parts.every(([x, y]) => rules.timesWhenPart.test(s.text.slice(x, y)))) return null;
  const items = parts.map(([x, y]) => makeItem(s, ...trimItem(s.text, x, y, rules), false, temporal, rules, toOriginal));
  if (!everyDated(items, rules)) return null;
  const previous = sentences[k - 1];
  const counted = previous !== undefined && wordsOf(previous.text).some((w) => rules.countWords.get(w.w) === parts.length);
  return { count: items.length, countSentenceId: counted ? previous.id : s.id, items, repeatedIn: items.map(() => (counted ? [s.id] : [])), frameStart: null, countedNoun: null };
}

/**
 * Stages that come in turn after a count of any kind (see `$comment_cameInTurn`): 'I will tell the
 * story … as three kinds of weather. First came the hurricane, …, from … August 1930 to the night
 * of 30 May 1961 … Then came the tail of the storm, … on 16 August 1978. And since that day we have
 * lived in the rainy season, …'. Null unless the sentences right after the count are as many as
 * it, the first and every later one but a last told as the present come in turn, and every
 * border is found.
 */
function cameInTurn(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
  announced = false,
): Thesis | null {
  const next = sentences[k + 1];
  const r = rules.cameInTurn;
  // After a sentence that announces the stages, the turns need no verb ('First the monopoly, …').
  const first = announced ? r.firstBare : r.first;
  const then = announced ? r.thenBare : r.then;
  // (Cheap first: the sentence after the count opens the turn.)
  if (!next || !first.test(next.text)) return null;
  const count = wordsOf(sentences[k].text).map((w) => rules.countWords.get(w.w)).find((n) => n !== undefined && n >= 2);
  if (count === undefined || count > rules.maxStages || k + count >= sentences.length) return null;
  const items: ThesisItem[] = [];
  let end: number | null = null;
  for (let i = 1; i <= count; i++) {
    const t = sentences[k + i];
    const turn = (i === 1 ? first : then).exec(t.text);
    const present = i === count && !turn ? r.present.exec(t.text) : null;
    if (!turn && !present) return null;
    const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
    item.label = (turn ?? present)![1].trim();
    const years = itemYears(item);
    if (i === 1) {
      if (!years || years.from === null || years.to === null || years.to === years.from) return null;
      end = years.to;
      dateItem(item, item.dated!, years.from, years.to);
    } else if (present || (announced && i === count && !years && rules.openEnded.test(t.text))) {
      // The present: open, from its own start or where the stage before ends ('And then the Ali
      // Bongo years, which we are still living in').
      const from = years?.from != null && years.from >= end! ? years.from : end!;
      dateItem(item, item.dated ?? items[0].dated!, from, null);
    } else {
      // A later stage starts where the one before ends; its own latest date ends it.
      const to = years === null ? null : Math.max(years.from ?? -Infinity, years.to ?? -Infinity);
      if (to === null || !(to > end!)) return null;
      dateItem(item, item.dated!, end!, to);
      end = to;
    }
    items.push(item);
  }
  return { count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}

/**
 * A count of parts of any kind, then as many sentences, one per part, each dating its part: 'That
 * history falls into three parts, one for each of the first three recitals below. 1. Whereas, from
 * … 27 August 1991 until the parliamentary elections of February 2001, … 2. Whereas, from those
 * elections until the protests of April 2009, … 3. Whereas, since the protests of 7 April 2009, …'
 * (or an archive's 'Series A holds the records of …, from … 1975 to … 1990'). The first part is
 * dated from and to, each later one ends (or, the last, is open) after the one before, where it
 * starts. Unnamed. Null unless all of them are dated so.
 */
function datedInTurn(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  // (Cheap first, as this is tried on every sentence until a thesis is found: a count word, then a
  // plural noun among the next words.)
  const counted = countThenPlural(rules);
  if (!counted.test(s.text)) return null;
  const words = wordsOf(s.text);
  const at = words.findIndex((w, i) => {
    const n = rules.countWords.get(w.w);
    return n !== undefined && n >= 2 && n <= rules.maxStages && words.slice(i + 1, i + 4).some((x) => x.w.length > 3 && x.w.endsWith('s'));
  });
  if (at < 0) return null;
  const count = rules.countWords.get(words[at].w)!;
  if (k + count >= sentences.length) return null;
  const items: ThesisItem[] = [];
  let end: number | null = null;
  for (let i = 1; i <= count; i++) {
    const t = sentences[k + i];
    const item = makeItem(t, ...trimItem(t.text, 0, t.text.length, rules), false, temporal, rules, toOriginal);
    const years = itemYears(item);
    if (!years) return null;
    const last = i === count;
    if (i === 1) {
      // The first part: a start and a later end of its own.
      if (item.endsAtYear || years.from === null || years.to === null || years.to <= years.from) return null;
      end = years.to;
      dateItem(item, item.dated!, years.from, years.to);
    } else if (item.endsAtYear || (years.from !== null && years.to !== null && years.to > years.from && years.from === end)) {
      // 'from those elections until the protests of April 2009': it ends later, where the one before ended it starts.
      const to = item.endsAtYear ? years.from : years.to;
      if (to === null || to <= end!) return null;
      dateItem(item, item.dated!, end!, to);
      end = to;
    } else if (last && years.from === end && (years.to === null || years.to === years.from) && OPEN_SINCE.test(t.text)) {
      // 'since the protests of 7 April 2009': the last, open.
      dateItem(item, item.dated!, end!, null);
    } else return null;
    items.push(item);
  }
  return { count, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}
/** A sentence that brings in a part of a story by 'there was' ('There were the hopeful years …', 'And there are the years since …'). */
const EXISTENTIAL_TURN = /^(?:and\s+)?(?:then\s+)?there\s+(?:was|were|is|are|came|has\s+been|have\s+been)\s/iu;
/** Sentences, at most, per stage told after a sentence that announces the stages (see toldAfterCount). */
const MAX_SENTENCES_PER_PART_TOLD = 5;
/** A sentence that opens with a time, perhaps after a list marker ('(1) From 1937 to 1941 …'): a preposition of time or a year. */
const OPENS_WITH_TIME = /^(?:\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+)?(?:(?:and|then),?\s+)?(?:between|from|since|after|until|in|by|during|throughout|\d{4})\b/iu;
/** Characters, at most, before the date of a stage told in a sentence that opens with it ('Since the constitution of 1992'). */
const MAX_OPENING_DATE_AT = 30;
/** A sentence that opens with 'since' (or 'ever since'). */
const SINCE_OPENING = /^(?:\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+)?(?:and\s+)?(?:ever\s+)?since\b/iu;
/** 'Then, after the Court of Appeal decision in 1984 and the new Theatres Act in '85, you get …': an opening 'after' phrase (its end is the first comma after it). */
const AFTER_OPENING = /^(?:(?:and|then),?\s+)?after\s/iu;
/** Ordinal words proper ('first', 'second', 'tenth'), not the numbers the ordinals table also reads. */
const ORDINAL_WORD = /^(?:first|second|third|\p{L}+th)$/u;
/** Per rules: for each stage number, a pattern of its ordinal after an article ('a second stage', 'The third began'). */
const ORDINAL_MENTIONS = new WeakMap<PeriodisationRules, Map<number, RegExp>>();

/** The ordinal words of `n` ('second'), and for the last stage 'last' and 'final' too, as alternatives of a pattern. */
function ordinalWordsOf(n: number, last: boolean, rules: PeriodisationRules): string {
  const words = [...rules.ordinals].filter(([w, v]) => v === n && ORDINAL_WORD.test(w)).map(([w]) => w);
  if (last) words.push('last', 'final');
  return words.join('|') || '(?!)';
}

function ordinalMention(n: number, rules: PeriodisationRules): RegExp {
  let byNumber = ORDINAL_MENTIONS.get(rules);
  if (!byNumber) ORDINAL_MENTIONS.set(rules, (byNumber = new Map()));
  let re = byNumber.get(n);
  if (!re) {
    const words = [...rules.ordinals].filter(([w, v]) => v === n && ORDINAL_WORD.test(w)).map(([w]) => w);
    // The ordinal stands for a stage when a stage noun, a verb of its course or a mark follows it
    // ('a second stage', 'The third began', 'the second, …'), not another noun ('The first days').
    const nouns = [...rules.stageNouns].filter((w) => !w.endsWith('s'));
    // ('The first I would call the concession, from 1911 to 1959': the writer naming it.)
    byNumber.set(n, (re = new RegExp(`\\b(?:the|a|an|its|this)\\s+(?:${words.join('|') || '(?!)'})(?=\\s*[,;:—–)]|\\s+(?:${[...nouns, ...rules.ordinalStageVerbs].join('|')})\\b|\\s+(?:I|we)\\s+(?:(?:would|shall|will|might)\\s+)?(?:call|term|name)\\b)`, 'iu')));
  }
  return re;
}

/** True when an ordinal in `text` stands before a stage noun other than `counted` (a plural: 'stages'). */
function otherNounAfterOrdinal(text: string, counted: string, rules: PeriodisationRules): boolean {
  const singular = counted.toLowerCase().replace(/s$/, '');
  let ordinalThenWord = ORDINAL_THEN_WORD.get(rules);
  if (!ordinalThenWord) {
    const words = [...[...rules.ordinals.keys()].filter((w) => ORDINAL_WORD.test(w)), ...rules.finalOrdinals, ...rules.currentStageWords];
    ORDINAL_THEN_WORD.set(rules, (ordinalThenWord = new RegExp(`\\b(?:${words.join('|')})\\s+(\\p{L}+)`, 'giu')));
  }
  for (const m of text.matchAll(ordinalThenWord)) {
    const word = m[1].toLowerCase();
    if (rules.stageNouns.has(word) && word !== singular) return true;
  }
  return false;
}
/** Per rules: an ordinal word (or a word of the last or present stage) and the word after it (group 1). */
const ORDINAL_THEN_WORD = new WeakMap<PeriodisationRules, RegExp>();

/** Per rules: for the last of n stages, its ordinal or a word of the last or present one ('The current phase'). */
const LAST_MENTIONS = new WeakMap<PeriodisationRules, Map<number, RegExp>>();

function lastMention(n: number, rules: PeriodisationRules): RegExp {
  let byNumber = LAST_MENTIONS.get(rules);
  if (!byNumber) LAST_MENTIONS.set(rules, (byNumber = new Map()));
  let re = byNumber.get(n);
  if (!re) {
    const nouns = [...rules.stageNouns].filter((w) => !w.endsWith('s'));
    const words = ['last', 'final', ...rules.currentStageWords];
    re = new RegExp(`${ordinalMention(n, rules).source}|\\bthe\\s+(?:${words.join('|')})\\s+(?:${nouns.join('|')})\\b`, 'iu');
    byNumber.set(n, re);
  }
  return re;
}

/**
 * A sentence that announces stages and does not list them ('Since independence, relations … have
 * gone through three stages.'), followed by sentences of the same section that tell them in turn,
 * each either opening with its dates ('From 1975 to 1991 the ruling party allowed …', 'Between 1957
 * and 1966, under Nkrumah, …') or naming the stage by its ordinal ('A law … passed in 1991 … opened a
 * second stage', 'The third began in September 2017, …'); other sentences between them are passed
 * over. Each stage starts at its sentence's first date; it ends at that date's own end when the
 * date is a span, else where the next stage starts; the last is open unless its span is closed.
 * The stages are unnamed. Null unless every stage is found, dated and in order.
 */
/**
 * 'think of the CSU's history in three big blocks. … Block one, from the founding in 1945 to 1962,
 * is the struggle for hegemony. Block two, from 1962 to 2008, is hegemony. And block three, from
 * 2008 to the present, I call the coalition age.': a count of things of any name, then as many
 * sentences that open with that name and each number in turn, each dated, in order. (The noun is no
 * stage noun, so the numbered parts alone claim stages; see toldAfterCount.)
 */
function numberedAfterCount(sentences: Sentence[], k: number, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): Thesis | null {
  // (Cheap first: most sentences hold no count before a word.)
  if (!QUICK_COUNT.test(sentences[k].text)) return null;
  // The first count, or ('In the fifty-three years since …, the churches have lived through three
  // seasons') a later count of a metaphor's noun, past one of years.
  let m: RegExpMatchArray | null = null;
  for (const x of sentences[k].text.matchAll(countsThenPlural(rules))) {
    m ??= x;
    const noun = wordsOf(x[0]).pop()!.w.toLowerCase();
    if (rules.datedOnlyNouns.has(noun) || rules.countOnlyNouns.has(noun)) {
      m = x;
      break;
    }
  }
  if (!m) return null;
  const ws = wordsOf(m[0]);
  const count = rules.countWords.get(ws[0].w.toLowerCase()) ?? null;
  const noun = ws[ws.length - 1].w.toLowerCase();
  // (A stage noun is the announcements' to read: 'three phases of the experiment' is none.)
  if (count === null || rules.stageNouns.has(noun)) return null;
  const a = { count, after: m.index! + m[0].length, noun };
  // ('The railway he served has had three lives, … The first was the colonial line, from … July 1934
  // …': a noun that counts the stages of a history only as a metaphor, then its parts by ordinals.)
  if (rules.datedOnlyNouns.has(noun) || rules.countOnlyNouns.has(noun)) {
    // ('… three seasons, and we name them with the words of the wise king: a time to weep, a time to
    // build up, and a time to speak': the names listed after a colon name the parts told after it.)
    const names = namesAfterColon(sentences[k].text, a.after, count);
    return (names ? toldAfterCount(sentences, k, { ...a, names }, temporal, rules, toOriginal, 'named') : null) ?? toldAfterCount(sentences, k, a, temporal, rules, toOriginal, 'named');
  }
  // (Cheap first: one of the next sentences must open with the noun in the singular, or with an
  // ordinal and that noun: 'Block one, …', 'First go: …'.)
  const singular = singularOf(noun);
  const wordThenNoun = WORD_THEN_NOUN.get(singular);
  const opens = (t: Sentence): boolean => {
    const head = t.text.slice(0, 30).toLowerCase();
    return head.startsWith(`${singular} `) || wordThenNoun.test(head);
  };
  if (!sentences.slice(k + 1, k + 3).some(opens)) return null;
  return toldAfterCount(sentences, k, a, temporal, rules, toOriginal, 'number');
}

/** A word, then the noun (a stage's singular) at the start of a sentence: 'Block one', 'Round two'. */
const WORD_THEN_NOUN = new StringMemo((singular) => new RegExp(`^(?:(?:and|then)\\s+)?(?:the\\s+)?\\p{L}+\\s+${escapeRegExp(singular)}\\b`, 'u'), 1000);

/** Sentences after a stage's own, at most, in which a span that opens a sentence of its paragraph dates it. */
const MAX_SENTENCES_TO_SPAN = 3;

/** Dates an undated stage of sentence `j` by the first of the next few sentences of its paragraph that opens with a span of years ('From 2019 until … December 2023, …'). */
function datedBySpanAfter(item: ThesisItem, sentences: Sentence[], j: number, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): void {
  for (let n = j + 1; n <= j + MAX_SENTENCES_TO_SPAN && n < sentences.length && sentences[n].paragraphId === sentences[j].paragraphId; n++) {
    const t = sentences[n];
    if (!OPENS_WITH_TIME.test(t.text)) continue;
    const then = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
    const years = itemYears(then);
    if (!then.dated || then.dated.kind === 'era' || years === null || years.from === null || years.to === null || years.to <= years.from || t.text.indexOf(then.dated.text) > MAX_OPENING_DATE_AT) continue;
    Object.assign(item, { dated: then.dated, until: then.until, endsAtYear: false });
    return;
  }
}

/** 'divides Sikh British Columbia into …': a verb of dividing and 'into' (the list follows). */
const DIVIDES_INTO = /\b(?:divides|divided|divide|dividing|splits|split|splitting)\s+(?:[^,;:.()]{1,60}?\s+)?into\s+(?=\S)/iu;
/** A part of such a list: a name and its years in brackets ('exclusion (1908–47)', 'visibility (from 1967 onwards)'). */
const NAME_THEN_BRACKETED_YEARS = /^(?:and\s+)?\S[^()]{0,60}?\s*\([^()]*\d{3,4}[^()]*\)$/u;

/**
 * 'She therefore divides Sikh British Columbia into exclusion (1908–47), settlement (1947–67) and
 * visibility (from 1967 onwards).': a verb of dividing, 'into', and a list without a count or a
 * colon whose every part is a name with its years in brackets, two at least, in order of years.
 */
function dividedIntoDated(s: Sentence, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): Thesis | null {
  // (The bracket first: a search for ' into ', which opens with a space, stops at every space.)
  if (!s.text.includes('(') || !s.text.includes(' into ')) return null;
  const m = DIVIDES_INTO.exec(s.text);
  if (!m) return null;
  const from = m.index + m[0].length;
  const end = s.text.replace(/[\s.]+$/u, '').length;
  const parts = listParts(s.text.slice(0, end), from, 0, true, rules);
  if (parts.length < 2 || parts.length > rules.maxStages) return null;
  const items: ThesisItem[] = [];
  for (const [x, y] of parts) {
    const [ts, te] = trimItem(s.text, x, y, rules);
    if (!NAME_THEN_BRACKETED_YEARS.test(s.text.slice(ts, te))) return null;
    const item = makeItem(s, ts, te, true, temporal, rules, toOriginal);
    const years = itemYears(item);
    const previous = items[items.length - 1];
    if (years === null || years.from === null || (previous && itemYears(previous)!.from! >= years.from)) return null;
    items.push(item);
  }
  return { count: items.length, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}

/** 'to the entry into force of the Schools Act': an end given as an event, without its year (group 1). */
const UNTIL_EVENT = /^\s*(?:,\s*)?(?:to|until|till)\s+(the\s+[^,;.()\d]+?)\s*(?=[,;.]|$)/iu;
/** 'from that date until the inclusion amendment took effect': a span between events (groups 1 and 2). */
const FROM_EVENT_UNTIL_EVENT = /\bfrom\s+(that\s+(?:date|day|point|moment)|(?:the\s+)?\p{L}[^,;.()\d]*?)\s+(?:until|till|to)\s+((?:the\s+)?\p{L}[^,;.()\d]+?)\s*(?=[,;.]|$)/iu;
/** '… and closed when the European milk quota regime came to an end', '… lasted until the death of the president': an end given as an event (group 1). */
const CLOSED_WHEN_EVENT = /\b(?:(?:closed|ended)\s+(?:when|with)|(?:lasted|ran|continued)\s+(?:until|till))\s+((?:the\s+)?\p{L}[^,;.()\d]+?)\s*(?=[,;.]|$)/iu;
/** 'has run since the inclusion amendment took effect and continues …': a start given as an event (group 1). */
const SINCE_EVENT_PHRASE = /\bsince\s+(the\s+[^,;.()\d]+?)(?=\s+(?:and|but)\s|\s*[,;.]|$)/iu;
/** Words that turn an event into its occasion: 'the entry into force of the Schools Act' is the Act's. */
const EVENT_OCCASION = /^(?:\p{L}+['’]s\s+)?(?:the\s+)?(?:(?:entry\s+into\s+force|adoption|passage|signing|introduction|arrival|coming|end|start|beginning|outbreak|fall|death|election|founding|creation|opening|closing|closure)\s+of|entry\s+into|accession\s+to)\s+/iu;
/** A verb that follows an event's name in a clause ('the inclusion amendment took effect'). */
const EVENT_VERB_TAIL = /\s+(?:took|takes|came|comes|entered|enters|was|were|is|had|has|began|begins|ended|ends)\b.*$/iu;
/** A relative clause after an event's name ('the ruling … that blocked Diwan's integration'). */
const EVENT_RELATIVE_TAIL = /\s+(?:that|which|who|whereby|under\s+which|by\s+which)\s.*$/iu;
/** A second phrase after an event's name, from a preposition other than 'of' ('… Council on the Molac law …'). */
const EVENT_SECOND_PHRASE = /\s+(?:on|in|for|against|over|about|at|by|with|into|under)\s.*$/iu;
/** Most words of an event's name that a sentence elsewhere may date. */
const MAX_EVENT_NAME_WORDS = 6;
/** 'begins with that ruling and ends with the decision of …': the second event (group 1). */
const BEGINS_WITH_THAT_ENDS_WITH = /\b(?:begins|began|opens|opened|starts|started)\s+with\s+(?:that|this|the\s+same)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,?\s+and\s+(?:ends|ended|closes|closed|finishes|finished)\s+with\s+((?:the\s+)?\p{L}[^,;.()\d]+?)\s*(?=[,;.]|$)/iu;
/** A noun the year before it dates, up to 'to' or 'until' ('the 1994 agreement to …'). */
const DATED_NOUN = /^\s+[\p{Ll}-]+(?=\s+(?:to|until|till)\s)/u;
/** Characters, at most, between an event's name and the date a sentence gives it. */
const MAX_EVENT_NAME_TO_DATE = 90;

/**
 * The date the text gives an event named without its year ('the entry into force of the Schools Act'
 * → 'The Schools Act (Act no. 561/2004) entered into force on 1 January 2005.'): the first date after
 * the event's name, outside brackets, in a sentence other than `except` that names it. Undefined when
 * none does.
 */
function eventDate(phrase: string, sentences: Sentence[], temporal: TemporalExpression[], toOriginal: ToOriginal, except: string): TemporalExpression | undefined {
  // ('the ruling of the Conseil d'État that blocked …', 'the decision of the Constitutional Council on
  // the Molac law on regional languages': the name without its relative clause or, when long, its
  // second phrase.)
  const nameOf = (x: string): string => x.replace(/^the\s+/iu, '').trim().toLowerCase();
  let full = nameOf(phrase.replace(EVENT_OCCASION, '').replace(EVENT_VERB_TAIL, '').replace(EVENT_RELATIVE_TAIL, ''));
  if (full.split(/\s+/u).length > MAX_EVENT_NAME_WORDS) full = nameOf(full.replace(EVENT_SECOND_PHRASE, ''));
  // ('the European milk quota regime' told 'The quota regime ended on 31 March 2015': the name, then
  // its last words, down to two, or one long word.)
  const words = full.split(/\s+/u);
  if (words.length > MAX_EVENT_NAME_WORDS) return undefined;
  for (let drop = 0; drop < words.length; drop++) {
    const name = words.slice(drop).join(' ');
    if (name.length < 4 || (words.length - drop < 2 && name.length < 8 && drop > 0)) break;
    const date = eventDateNamed(name, sentences, temporal, toOriginal, except);
    if (date) return date;
  }
  return undefined;
}

/** The first date after `name` in a sentence other than `except` that names it (see {@link eventDate}). */
function eventDateNamed(name: string, sentences: Sentence[], temporal: TemporalExpression[], toOriginal: ToOriginal, except: string): TemporalExpression | undefined {
  return eventDateNamedWithin(name, sentences, temporal, toOriginal, except, MAX_EVENT_NAME_TO_NEAR_DATE, true) ?? eventDateNamedWithin(name, sentences, temporal, toOriginal, except, MAX_EVENT_NAME_TO_DATE, false);
}

/**
 * Characters, at most, between an event's name and a date that tells it in the same clause ('Tito
 * died on 4 May 1980'): such a telling anywhere wins over a date further on in an earlier sentence
 * ('after Tito was buried and ended with the Association's split in 1991').
 */
const MAX_EVENT_NAME_TO_NEAR_DATE = 24;

function eventDateNamedWithin(name: string, sentences: Sentence[], temporal: TemporalExpression[], toOriginal: ToOriginal, except: string, max: number, sameClause: boolean): TemporalExpression | undefined {
  for (const u of sentences) {
    if (u.id === except) continue;
    const at = u.text.toLowerCase().indexOf(name);
    if (at < 0) continue;
    const from = at + name.length;
    const date = datesIn(temporal, u.id, u.cleanStart + from, u.cleanStart + Math.min(u.text.length, from + max), toOriginal).find((x) => {
      if (x.from === null || x.kind === 'relative' || x.kind === 'era') return false;
      const p = u.text.indexOf(x.text, from);
      const before = u.text.slice(from, p);
      return p >= 0 && (before.match(/\(/gu) ?? []).length === (before.match(/\)/gu) ?? []).length && (!sameClause || !/[,;:()]/u.test(before));
    });
    if (date) return date;
  }
  return undefined;
}

/**
 * Dates an undated stage by the events its sentence bounds it with, where the text dates them
 * elsewhere: 'from that date until the inclusion amendment took effect' (that date: where the stage
 * before ended), 'since the inclusion amendment took effect'.
 */
function datedByEvents(item: ThesisItem, previousTo: number | null, previousEndEvent: string | null, sentences: Sentence[], temporal: TemporalExpression[], toOriginal: ToOriginal, rules: PeriodisationRules): void {
  const span = FROM_EVENT_UNTIL_EVENT.exec(item.text);
  if (span) {
    // ('from the strike until the decision to move the centre': events the text tells in other
    // paragraphs, where no sentence gives the name and a date after it, see events.ts.)
    const elsewhere = (phrase: string): TemporalExpression | undefined => eventYearElsewhere(phrase, sentences, (x) => ofSentence(temporal, x.id), new Set([item.sentenceId]), rules.eventBounds);
    const thatDate = /^that\s/iu.test(span[1]);
    const start = thatDate ? (previousEndEvent ? eventDate(previousEndEvent, sentences, temporal, toOriginal, item.sentenceId) : undefined) : (eventDate(span[1], sentences, temporal, toOriginal, item.sentenceId) ?? elsewhere(span[1]));
    const from = start?.from ?? (thatDate ? previousTo : null);
    const end = eventDate(span[2], sentences, temporal, toOriginal, item.sentenceId) ?? elsewhere(span[2]);
    if (from === null || (start === undefined && end === undefined)) return;
    const to = end?.from != null && end.from > from ? end.from : null;
    dateItem(item, (start ?? end)!, from, to);
    return;
  }
  const since = SINCE_EVENT_PHRASE.exec(item.text);
  const start = since ? eventDate(since[1], sentences, temporal, toOriginal, item.sentenceId) : undefined;
  if (start?.from != null) {
    dateItem(item, start, start.from, null);
    return;
  }
  // ('The third, …, opened with accession and closed when the European milk quota regime came to an
  // end.': from where the stage before ended to the event's date.)
  const closed = previousTo !== null ? CLOSED_WHEN_EVENT.exec(item.text) : null;
  const end = closed ? eventDate(closed[1], sentences, temporal, toOriginal, item.sentenceId) : undefined;
  if (end?.from != null && end.from > previousTo!) dateItem(item, end, previousTo!, end.from);
}

/** 'from 1997 until the commission delivered its final report': the end of a stage given as an event, after its start, with no date of its own (group 1). */
const UNTIL_UNDATED_EVENT = /\b(?:until|till)\s+((?:the|a|an|its|their)\s+\p{L}[^,;.()\d]{2,80}?)\s*(?=[,;.]|$)/iu;
/** '… delivered its final report', '… issued the new charter': what a clause of an event did, its object (group 1). */
const EVENT_OBJECT = /\s(?:\p{Ll}+ed|made|gave|won|took|lost|wrote|began|signed|passed|published|issued)\s+(?:its|their|his|her|the|a|an)\s+([^,;.()\d]{4,60})$/u;

/**
 * Ends an item dated from one year ('ran from the 1997 Act until the Commission on Credit Unions
 * delivered its final report') at the date the text gives the event that ends it elsewhere ('The
 * Commission's final report was published in March 2012'): the event's object first ('final
 * report'), else its name. Only a date after the start counts; nothing changes when none is found.
 */
function untilEventDatedElsewhere(item: ThesisItem, sentences: Sentence[], temporal: TemporalExpression[], toOriginal: ToOriginal): void {
  const dated = item.dated;
  if (!dated || dated.from === null || item.until !== null || item.endsAtYear || (dated.to !== null && dated.to !== dated.from)) return;
  const m = UNTIL_UNDATED_EVENT.exec(item.text);
  if (!m || m.index < item.text.indexOf(dated.text)) return;
  const object = EVENT_OBJECT.exec(m[1])?.[1];
  const end = (object !== undefined ? eventDate(object, sentences, temporal, toOriginal, item.sentenceId) : undefined) ?? eventDate(m[1], sentences, temporal, toOriginal, item.sentenceId);
  if (end?.from != null && end.from > dated.from) dateItem(item, dated, dated.from, end.from);
}

/** True when `text` names a programme, a plan or a project (a word of `notPeriodsOf`), whose phases are no periods of history. */
function namesAProgramme(text: string, rules: PeriodisationRules): boolean {
  return (text.toLowerCase().match(WORD) ?? []).some((w) => rules.notPeriodsOf.has(w));
}

/** 'Part One, "Revolt", follows …': the quoted name between commas after a part's number (group 1). */
const QUOTED_APPOSITION = /^[^,]{1,30},\s+["“‘']([^"“”‘’']{2,50})[,.]?["”’'],?\s/u;
/** Per rules and n: a sentence that opens with a book's part, chapter or act numbered n ('Part Two, …', 'Chapter 3 …'). */
const NUMBERED_PARTS = new WeakMap<PeriodisationRules, Map<number, RegExp>>();

function numberedPart(n: number, rules: PeriodisationRules): RegExp {
  let byNumber = NUMBERED_PARTS.get(rules);
  if (!byNumber) NUMBERED_PARTS.set(rules, (byNumber = new Map()));
  let re = byNumber.get(n);
  if (!re) {
    byNumber.set(n, (re = new RegExp(`^(?:Part|Book|Chapter|Act)\\s+(?:${numberWordsOf(n, rules).join('|')})\\b`, 'iu')));
  }
  return re;
}

/** 'By "the years of deference" I mean the period from 1957, …, to …': the writer defining a stage's name (group 1). */
const BY_NAME_I_MEAN = /^By\s+["“‘']([^"”’']{2,60})["”’']\s+(?:I|we)\s+mean\s+/u;
/** Sentences, at most, between a count and the first of the definitions that set its stages out. */
const MAX_SENTENCES_BEFORE_DEFINITIONS = 4;

/**
 * Stages the writer defines one by one after counting them ('I divide the relationship … since
 * 1957 into three periods.' then 'By "the years of deference" I mean the period from 1957, when …,
 * to the Open Letter … on 30 June 1971.', 'By "the prophetic years" I mean the period from the Open
 * Letter to independence on 21 March 1990.', 'By "the critical partnership" I mean the years since
 * independence.'): as many sentences, each opening its paragraph with a definition, in order. Each
 * starts at the first date after its 'from' (or where the one before ended) and ends at the last date
 * after its 'to'; one 'since' an event undated is open from where the one before ended. Null unless
 * every stage is so dated, in order.
 */
function definedAfterCount(sentences: Sentence[], k: number, a: Announcement, temporal: TemporalExpression[], toOriginal: ToOriginal, rules: PeriodisationRules): Thesis | null {
  if (a.count < 2) return null;
  let j = k + 1;
  while (j < sentences.length && j <= k + MAX_SENTENCES_BEFORE_DEFINITIONS && !BY_NAME_I_MEAN.test(sentences[j].text)) j++;
  const items: ThesisItem[] = [];
  let previousTo: number | null = null;
  for (; items.length < a.count; j++) {
    while (j < sentences.length && !(BY_NAME_I_MEAN.test(sentences[j].text) && (j === 0 || sentences[j - 1].paragraphId !== sentences[j].paragraphId))) {
      // (Other sentences of a definition's paragraph may follow it; a new paragraph must define.)
      if (items.length > 0 && sentences[j - 1].paragraphId !== sentences[j].paragraphId) return null;
      j++;
    }
    const t = sentences[j];
    if (!t) return null;
    const name = BY_NAME_I_MEAN.exec(t.text)![1].trim();
    const dates = ofSentence(temporal, t.id).filter((x) => x.from !== null && x.kind !== 'era' && x.kind !== 'relative');
    const at = (x: TemporalExpression): number => t.text.indexOf(x.text);
    const fromAt = t.text.search(/\bfrom\s/u);
    const toAt = t.text.search(/\s(?:to|until)\s(?!.*\s(?:to|until)\s)/u);
    const start = fromAt >= 0 ? dates.find((x) => at(x) >= fromAt && (toAt < 0 || at(x) < toAt)) : undefined;
    const end = toAt >= 0 ? dates.filter((x) => at(x) > toAt).pop() : undefined;
    const since = /\bsince\s/u.test(t.text) && end === undefined;
    const from = start?.from ?? previousTo;
    const to = end ? (end.to ?? end.from) : null;
    if (from === null || (to === null && !since) || (to !== null && to <= from) || (previousTo !== null && from < previousTo)) return null;
    const base = start ?? end ?? items[items.length - 1]?.dated;
    if (!base) return null;
    const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
    dateItem(item, base, from, to);
    item.label = name;
    items.push(item);
    previousTo = to;
    if (to === null && items.length < a.count) return null;
  }
  return { count: a.count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: a.noun };
}

/** Most words of a name listed after a colon (see {@link namesAfterColon}). */
const MAX_LISTED_NAME_WORDS = 6;

/**
 * The `count` names a sentence lists after the first colon past `after` ('…: a time to weep, a time
 * to build up, and a time to speak (Ecclesiastes 3:3–7).'), each a short phrase with no date; null
 * when it lists no such names.
 */
function namesAfterColon(text: string, after: number, count: number): string[] | null {
  const colon = text.indexOf(':', after);
  if (colon < 0) return null;
  return listedNames(text.slice(colon + 1).replace(/\s*\([^()]*\)\s*/gu, ' ').replace(/[.;!]\s*$/u, '').trim(), count);
}

/** The `count` names of a list ('a time to weep, a time to build up, and a time to speak'), each a short phrase with no date; null otherwise. */
function listedNames(list: string, count: number): string[] | null {
  const names = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/u).map((x) => x.trim()).filter((x) => x !== '');
  return names.length === count && !names.some((x) => /\d/u.test(x) || x.split(/\s+/u).length > MAX_LISTED_NAME_WORDS) ? names : null;
}

/** 'I call the years from 1974 to 2005 the handshake years.': the writer naming a span of years (groups 1 and 2 the years, 3 the name). */
const CALL_THE_YEARS = /\b(?:I|we)\s+call\s+the\s+years\s+(?:from\s+|between\s+)?(\d{4})\s+(?:to|until|and|–|-)\s+(\d{4})\s+((?:the|a|an)\s+[^,;.()]{2,40}?)\s*(?=[.,;]|$)/u;
/** 'The second period, which everybody I know calls the fee war, began with the storm and lasted until the settlement of April 2008.': an ordinal part, its name, and its end (groups 1 the ordinal, 2 the name). */
const ORDINAL_CALLED_UNTIL = /^(?:and\s+)?the\s+(second|third|fourth|fifth|sixth)\s+(?:period|stage|phase|era|age)\s*,\s+which\s+[^,]{0,40}?\bcalls?\s+((?:the|a|an)\s+[^,;.()]{2,40}?)\s*,\s+began\b[^.;]*?\b(?:until|till|to)\b/iu;
/** 'Since the settlement we have been living in what I call the calendar years.': the open present, named (group 1). */
const SINCE_LIVING_IN_CALLED = /^(?:and\s+)?since\s+[^,.;]{2,60}?,?\s+we\s+(?:have\s+been|are)\s+(?:living\s+)?in\s+what\s+(?:I|we)\s+call\s+((?:the|a|an)\s+[^,;.()]{2,40}?)\s*[.!]?$/iu;

/**
 * Stages the writer names one by one anywhere after counting them, each in its own words and
 * section (a blog whose headings are questions): 'I call the years from 1974 to 2005 the handshake
 * years.', 'The second period, which everybody I know calls the fee war, began with the storm and
 * lasted until the settlement of April 2008.', 'Since the settlement we have been living in what I
 * call the calendar years.' Each later one starts where the one before ended; the last 'since' is
 * open. Null unless exactly the count of them are found, in order, the first dated.
 */
function namedSpansAfter(sentences: Sentence[], k: number, a: Announcement, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): Thesis | null {
  if (a.count < 2) return null;
  const items: ThesisItem[] = [];
  let previousTo: number | null = null;
  for (let j = k + 1; j < sentences.length && items.length < a.count; j++) {
    const t = sentences[j];
    const years = CALL_THE_YEARS.exec(t.text);
    const ordinal = years ? null : ORDINAL_CALLED_UNTIL.exec(t.text);
    const since = years || ordinal ? null : SINCE_LIVING_IN_CALLED.exec(t.text);
    if (!years && !ordinal && !since) continue;
    if (items.length === 0 && !years) return null;
    if (ordinal && rules.ordinals.get(ordinal[1].toLowerCase()) !== items.length + 1) return null;
    let from: number;
    let to: number | null;
    let base: TemporalExpression | undefined;
    if (years) {
      from = Number(years[1]);
      to = Number(years[2]);
      base = ofSentence(temporal, t.id).find((x) => x.from === from) ?? ofSentence(temporal, t.id)[0];
    } else {
      if (previousTo === null) return null;
      from = previousTo;
      const end = ordinal ? ofSentence(temporal, t.id).filter((x) => x.from !== null && x.kind !== 'relative' && x.kind !== 'era' && x.from > from).pop() : undefined;
      to = end ? (end.to ?? end.from) : null;
      if (ordinal && to === null) return null;
      base = end ?? items[items.length - 1].dated ?? undefined;
    }
    if (!base || (to !== null && to <= from) || (previousTo !== null && from < previousTo)) return null;
    const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
    dateItem(item, base, from, to);
    item.label = (years?.[3] ?? ordinal?.[2] ?? since![1]).trim();
    items.push(item);
    previousTo = to;
    if (to === null && items.length < a.count) return null;
  }
  if (items.length !== a.count) return null;
  return { count: a.count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: a.noun };
}

/** A sentence saying that the title's words name the stages ('The three nouns of the title name the three periods', 'The words of the title are meant literally, as the names of periods'). */
const TITLE_NAMES_STAGES = /\b(?:nouns|words|terms|names)\s+(?:of|in)\s+(?:the|its|our|my|this)\s+(?:article['’]s\s+|book['’]s\s+|essay['’]s\s+)?title\b/iu;
/** The names a title lists before its colon ('Protest, Partnership, Contract: …'; 'From Tutelage to Autonomy to Capture: …'). */
const TITLE_LIST = /^(?:from\s+)?([^:]{2,120}?)\s*:/iu;
/** Years a title closes with ('…, 1955–2019'): group 1 the start. */
const TITLE_YEARS = /\b(\d{4})\s*[–—-]\s*(?:\d{2,4})\s*$/u;

/**
 * The announcement `a` with the stages' names the title lists before its colon, as many as it
 * counts, each one to three capitalised words ('Protest, Partnership, Contract'), and the start of
 * the years the title closes with; null when the title lists no such names.
 */
function stagesInTitle(title: string, a: Announcement): Announcement | null {
  const list = TITLE_LIST.exec(title.trim());
  if (!list) return null;
  const names = list[1].split(/\s*,\s*(?:and\s+)?|\s+(?:and|to)\s+/iu).map((x) => x.trim()).filter((x) => x !== '');
  if (names.length !== a.count || !names.every((x) => /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}$/u.test(x))) return null;
  const years = TITLE_YEARS.exec(title.trim());
  return { ...a, names, ...(years ? { scopeFrom: Number(years[1]) } : {}) };
}

/** 'Chapters 3 to 5 follow the three settlements': a range of a book's parts, its first and last numbers. */
const PARTS_RANGE = /^(?:The\s+)?(?:Chapters|Parts|Books)\s+(\d{1,2}|[IVX]{1,5})\s*(?:to|through|–|-)\s*(\d{1,2}|[IVX]{1,5})\b/u;

/** The number of the first of `count` parts that a sentence opening with their range gives ('Chapters 3 to 5 …' → 3); 1 otherwise. */
function partsRangeStart(text: string, count: number): number {
  const m = PARTS_RANGE.exec(text);
  if (!m) return 1;
  const first = numeralValue(m[1]);
  const last = numeralValue(m[2]);
  return first > 0 && last - first + 1 === count ? first : 1;
}

/** 'That opened the second life, …': a sentence that opens with the event just told, starting a stage. */
const THAT_OPENED = /^(?:that|this)\s+(?:opened|began|started|ushered\s+in|inaugurated)\s/iu;
/** '… the second life, the age of the councils: …': the apposition after the ordinal and its noun (group 1). */
const OPENED_APPOSED_NAME = /\b(?:the|its)\s+(?:first|second|third|fourth|fifth|last|final)\s+\p{L}+,\s+((?:the|a|an)\s+[^,;:.()\d]{2,50}?)\s*[,:;.]/iu;

/** 'In the regulated moment, …': a name under 'in' or 'during' that opens a sentence (group 1). */
const IN_NAMED = /^(?:in|during|throughout)\s+((?:the|a|an)\s+[^,;:.()\d]{2,40}?)\s*,/iu;

/** The text of the sentence that counts a thesis's stages. */
function countSentenceText(thesis: Thesis, sentences: Sentence[]): string {
  return sentences.find((x) => x.id === thesis.countSentenceId)?.text ?? '';
}
/** A word of the first person: the writer speaking. */
const FIRST_PERSON = /\b(?:I|we|my|our|us)\b/u;

/** 'The self-help years ran from …': a part's name (group 1, ending in a noun of time) and a verb of its course. */
const NAME_RAN = /^(?:and\s+)?((?:the\s+)?(?:[\p{L}-]+\s+){1,3}(?:years|era|age|decades?|period|time|days))\s+(?:ran|lasted|stretched|went|began|started|opened)\b/iu;
/** 'And since reunification we've been living in the lease years.': an undated 'since' and the present's name (group 1). */
const SINCE_UNDATED_NOW = /^(?:and\s+)?since\s+[^,.;\d]{2,40}?\s+(?:we|they|I)(?:['’]ve|\s+have)\s+been\s+(?:living\s+)?in\s+((?:the|a|an)\s+[^,;:.()\d]{2,40}?)\s*[.!]?$/iu;

/** 'There's the wiring age, from the first association in 1947 …': a part brought in by 'there is' and its name (group 1). */
const THERES_NAME = /^(?:(?:and|then)\s+)?there(?:['’]s|\s+is|\s+was)\s+((?:the|a|an)\s+[^,;:.()\d]{2,40}?)\s*,/iu;
/** 'And since 1996 it's been the survival age.': the present's name after 'it has been' (group 1). */
const ITS_BEEN_NAME = /\bit(?:['’]s|\s+has)\s+been\s+((?:the|a|an)\s+[^,;:.()\d]{2,40}?)\s*[.!]?$/iu;

/** 'The third act, the ownership war, began then …': a part that begins where the one before ended. */
// ('… opened with that law and continues': the event that ended the stage before.)
const BEGAN_THEN = /\b(?:began|begins|started|opened|opens)\s+(?:then\b|with\s+(?:that|this)\s+(?!\d)\p{L}+(?:\s+\p{L}+)?\s+(?:and\s+)?(?:continues|has\s+not\s+(?:yet\s+)?(?:closed|ended)|is\s+still|goes\s+on)\b)/iu;
/** 'It ended in 2017, when …': the end of the part just told, in the next sentence. */
const IT_ENDED = /^(?:it|this|that)\s+(?:ended|closed|came\s+to\s+an\s+end)\b/iu;
/** 'Call the first act the receivership.': the writer's name for a part (group 1). */
const CALL_THE_ORDINAL = /^call\s+the\s+(?:first|second|third|fourth|fifth|last|final)\s+\p{L}+\s+((?:the|a|an)\s+[^,;:.()\d]{2,40}?)\s*[.!]?$/iu;
/** 'The second act was Football for All: …': an ordinal, the counted noun, and the name after the copula (group 1). */
const ORDINAL_NOUN_WAS = /^(?:and\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final)\s+\p{L}+\s+(?:is|was)\s+((?:the\s+)?[^,;:.()\d]{2,50}?)\s*[:;,.]/iu;

/** The ways of writing the number n as the number of a part ('two', '2', 'II'; 'one' for 1), escaped for a pattern. */
function numberWordsOf(n: number, rules: PeriodisationRules): string[] {
  const words = [...rules.countWords, ...[...rules.ordinals].filter(([w]) => ROMAN.test(w))].filter(([, v]) => v === n).map(([w]) => escapeRegExp(w));
  if (n === 1) words.push('one');
  words.push(String(n));
  return words;
}

/** 'The three periods differ …', 'These four phases …': a sentence that opens by counting stages told before it (group 1 the count, group 2 the noun). */
const BACK_COUNT = /^(?:the|these|those)\s+(\p{L}+)\s+(\p{L}+s)\b/iu;

/** The stages told one sentence each before the sentence at `k` that counts them, unnamed (see forms29.toldBeforeCount). */
function toldBeforeThesis(sentences: Sentence[], k: number, count: number, noun: string, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): Thesis | null {
  const before = toldBeforeCount(sentences, k, count, noun, rules.spanOpeners, (x) => ofSentence(temporal, x.id));
  if (!before) return null;
  const items = before.map((b) => {
    const item = makeItem(b.sentence, 0, b.sentence.text.length, false, temporal, rules, toOriginal);
    dateItem(item, b.base, b.from, b.to);
    item.label = null;
    return item;
  });
  return { count, countSentenceId: sentences[k].id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: noun };
}

/** A count word or a small number before a space: a cheap test before the counts' pattern. */
const QUICK_COUNT = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\s/i;

/** A Roman numeral among the ordinals' words. */
const ROMAN = /^[ivx]+$/u;

function toldAfterCount(
  sentences: Sentence[],
  k: number,
  a: Announcement,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
  /** 'number': only parts named by the noun and a number ('Block two'); 'named': only parts named by an ordinal, a number or the noun and 'of' (no sentence that merely opens with a time). */
  only: 'number' | 'named' | null = null,
): Thesis | null {
  const numberedOnly = only === 'number';
  const s = sentences[k];
  const count = a.count;
  if (count < 2 || count > rules.maxStages) return null;
  const window = Math.min(sentences.length, k + 1 + count * MAX_SENTENCES_PER_PART_TOLD);
  // Parts named by the noun and their number so far ('Phase one — I call it the mine wars — runs
  // from 1912 to 1933.'): the next ones are named so too, anywhere in the section and anywhere in
  // their sentence ('I'd say 1969, and I call phase three the long retreat'), and nothing else is one.
  let numberedSoFar = false;
  const parts: { item: ThesisItem; from: number; to: number | null; endEvent?: string | null }[] = [];
  let next = k + 1;
  // ('Round one, the dam years, ran from 1976 …': the noun counted and a number name the stage too.)
  const numbered = (n: number): RegExp => {
    // (Number words and digits, and Roman numerals: 'Phase II was the school war'; a capital letter:
    // 'Period B runs from that date …'.)
    const words = numberWordsOf(n, rules);
    if (n <= 8) words.push(`${String.fromCharCode(64 + n)}(?![\\p{L}.])`);
    // ('First go: the scholars' revival.', 'And the third go is from 2008, …': the ordinal before the noun.)
    const noun = escapeRegExp(singularOf(a.noun));
    return new RegExp(`^(?:(?:and|then)\\s+)?(?:${noun}\\s+(?:${words.join('|')})|(?:the\\s+)?(?:${ordinalWordsOf(n, n === count, rules)})\\s+${noun})\\b`, 'iu');
  };
  const nounOfName = new RegExp(`^(?:and\\s+)?the\\s+${escapeRegExp(singularOf(a.noun))}\\s+of\\s+(\\S.{0,40}?)\\s+(?:began|begins|opened|opens|started|starts|ran|runs|lasted|lasts)\\b`, 'iu');
  // ('… falls into three generations. The blowout generation runs from … March 1968 to 1994. …':
  // a name that ends with the noun counted opens the part, before a verb of its course, see forms28.)
  const nameOfNoun = nameEndingInNoun(singularOf(a.noun), new Set([...rules.ordinals.keys(), ...rules.finalOrdinals, ...rules.pointingWords]));
  // ('Chapters 3 to 5 follow the three settlements.': the stages are the chapters of that range, in order.)
  const firstPart = partsRangeStart(s.text, count);
  for (let i = 1; i <= count; i++) {
    const ordinal = i === count ? lastMention(i, rules) : ordinalMention(i, rules);
    const byNumber = numbered(i);
    // ('… treated as three eras. The era of development began with the … Agreement of 1915, …': the
    // noun counted and 'of' a name, before a verb of its course, name the stage too.)
    // ('The railway has had three lives. … and with it the second life, …': the ordinal and the noun counted.)
    // ('Their first life began in 1950 …': a possessive before the ordinal, as 'its'.)
    const ordinalNoun = new RegExp(`\\b(?:the|its|this|their|our|his|her|my)\\s+(?:${ordinalWordsOf(i, i === count, rules)})\\s+${escapeRegExp(singularOf(a.noun))}\\b`, 'iu');
    // ('Part Two, "Interlude", covers the brief Second Republic …': a book's parts in the order of the stages.)
    const partNumber = numberedPart(i + firstPart - 1, rules);
    // ('… has had exactly three lives. The self-help years ran from … 1864 until … 1933. The state years
    // ran from 1933 …': each part opens with its name and a verb of its course.)
    // ('Protest was the relationship from …', 'Contract, the third, began when …': the part opens with the name the title gives it.)
    const titleName = a.names?.[i - 1];
    // (Whatever article the name had in the list: 'a time to weep' is told as 'The time to weep ran from …'.)
    const opensWithName = titleName !== undefined ? new RegExp(`^(?:(?:the|a|an)\\s+)?${escapeRegExp(titleName.replace(/^(?:the|a|an)\s+/iu, ''))}\\b(?!\\s+of\\b)`, 'iu') : null;
    const numberedInside = numberedSoFar ? new RegExp(`\\b${escapeRegExp(singularOf(a.noun))}\\s+(?:${numberWordsOf(i, rules).join('|')})\\b`, 'iu') : null;
    const own = { test: (x: string): boolean => (!numberedOnly && (ordinal.test(x) || nounOfName.test(x) || ordinalNoun.test(x) || partNumber.test(x) || (only === 'named' && NAME_RAN.test(x)) || nameOfNoun.test(x))) || byNumber.test(x) || (numberedInside !== null && numberedInside.test(x) && !QUESTION_END.test(x)) || (opensWithName !== null && opensWithName.test(x)) };
    const later = i < count ? ordinalMention(i + 1, rules) : null;
    const previous = parts[parts.length - 1];
    let part: (typeof parts)[number] | null = null;
    // (Parts the title names may be told anywhere after the count: the abstract counts, the introduction tells.)
    for (; (next < window || numberedSoFar || a.names !== undefined) && next < sentences.length && (sentences[next].sectionId === s.sectionId || a.names !== undefined) && !part; next++) {
      const t = sentences[next];
      // ('[01:22] TR: Second go, from 1958 …': a speaker's turn in a transcript opens with its mark.)
      const lead = SPEAKER_TURN.exec(t.text)?.[0].length ?? 0;
      const text = lead === 0 ? t.text : t.text.slice(lead);
      const makeOwn = (): ThesisItem => makeItem(t, ...trimItem(t.text, lead, t.text.length, rules), false, temporal, rules, toOriginal);
      // A part that starts where the one before ended (`previous.to`), dated on `base`, to `end`.
      const fromPreviousEnd = (item: ThesisItem, base: TemporalExpression, end: number | null, label?: string | null): void => {
        dateItem(item, base, previous!.to!, end);
        if (label !== undefined) item.label = label;
        part = { item, from: previous!.to!, to: end };
      };
      // (An ordinal before a stage noun other than the one counted tells of another thing: 'in two
      // steps' and then 'the first stage of an earlier reform', 'The second wave' of a survey.)
      // ('There were the hopeful years after … May 1991, …. There was the war … of May 1998 ….
      // And there are the years since … July 2018, …': each part brought in by 'there was'.)
      const named = (own.test(text) && !otherNounAfterOrdinal(text, a.noun, rules)) || (EXISTENTIAL_TURN.test(text) && (parts.length === 0 || parts.every((x) => EXISTENTIAL_TURN.test(x.item.text))));
      // ('And since reunification we've been living in the lease years.': the last part, from where the one
      // before ended, named where the text's present is.)
      if (!named && i === count && previous?.to != null && only === 'named') {
        const sinceNow = SINCE_UNDATED_NOW.exec(text);
        if (sinceNow) {
          fromPreviousEnd(makeOwn(), previous.item.dated!, null, sinceNow[1]);
          continue;
        }
      }
      // ('Chapter 5, "The long wait", begins with that ruling and ends with the decision of the
      // Constitutional Council on …': from where the one before ended to an event the text dates elsewhere.)
      const between = named && i > 1 && previous?.to != null ? BEGINS_WITH_THAT_ENDS_WITH.exec(text) : null;
      const ending = between ? eventDate(between[1], sentences, temporal, toOriginal, t.id) : undefined;
      if (ending?.from != null && ending.from > previous!.to!) {
        fromPreviousEnd(makeOwn(), ending, ending.from, QUOTED_APPOSITION.exec(text)?.[1] ?? APPOSED_NAME.exec(text)?.[1] ?? null);
        continue;
      }
      // ('The time to speak is the time we are in.': the last part, undated, is the writer's present.)
      if (named && i === count && i > 1 && previous?.to != null && PRESENT_PART.test(text) && ofSentence(temporal, t.id).length === 0) {
        fromPreviousEnd(makeOwn(), previous.item.dated!, null);
        continue;
      }
      // ('The third act, the ownership war, began then and is still being fought.': where the one before ended.)
      if (named && i > 1 && previous?.to != null && BEGAN_THEN.test(text)) {
        fromPreviousEnd(makeOwn(), previous.item.dated!, null, APPOSED_NAME.exec(text)?.[1] ?? ORDINAL_BARE_APPOSITION.exec(text)?.[1] ?? null);
        continue;
      }
      if (!named && (only !== null || numberedSoFar || !OPENS_WITH_TIME.test(text))) {
        // A later stage named before this one was found: not told in turn.
        if (later?.test(text)) return null;
        continue;
      }
      const item = makeOwn();
      // ('Phase II was the school war. It began with the coalition agreement of April 2008, … and it
      // ended with the referendum of 18 July 2010': a named stage dated by the sentence after it.)
      if (named && !item.dated) datedByNextSentence(item, t, sentences[next + 1], temporal, rules, toOriginal);
      // ('Act three: the exit. The same St. Louis session passed … From 2019 until the window closed at
      // the end of December 2023, …': else by a sentence of its paragraph soon after that opens with its span.)
      if (named && !item.dated) datedBySpanAfter(item, sentences, next, temporal, rules, toOriginal);
      // ('The first life ended in 1985, when … . That opened the second life, the age of the councils: …':
      // 'that' is the event the sentence before dates.)
      if (named && !item.dated && THAT_OPENED.test(text) && next > 0) {
        const before = ofSentence(temporal, sentences[next - 1].id).filter((x) => x.from !== null && x.kind !== 'relative' && x.kind !== 'era' && (previous === undefined || x.from > previous.from));
        if (before.length > 0) dateItem(item, before[0], before[0].from!, null);
      }
      // ('Period B runs from that date until the inclusion amendment took effect.', 'Period C has run since
      // the inclusion amendment took effect': events the text dates elsewhere.)
      if (named && !item.dated) datedByEvents(item, previous?.to ?? null, previous?.endEvent ?? null, sentences, temporal, toOriginal, rules);
      // ('The first, which I call confrontation, ran from independence to the defeat of … in July 1984':
      // an event named without its year starts the stage, dated where the text tells it; the date is its end.)
      if (named && item.dated && item.until === null) fromEventTo(item, sentences, temporal, toOriginal);
      const years = itemYears(item);
      // ('That lasted until 1985. Then, after the court's decision in 1984 and the new Act in '85, you
      // get …': an opening 'after' phrase that holds the year the stage before ended starts the next.)
      if (!named && previous?.to != null && AFTER_OPENING.test(text)) {
        const comma = text.indexOf(',', text.search(/after\s/iu));
        const at = comma < 0 ? undefined : datesIn(temporal, t.id, t.cleanStart, t.cleanStart + lead + comma, toOriginal).find((x) => x.from === previous.to && x.kind !== 'relative' && x.kind !== 'era');
        if (at) {
          fromPreviousEnd(item, at, null);
          continue;
        }
      }
      // A named part that ends at its only date and starts where the one before ended: told by its end
      // alone ('Part Two, "Interlude", covers the brief Second Republic and ends with the coup d'état of
      // December 1851.'), or from an event the text does not date ('Part Four, "Charter", carries the story
      // from the proclamation of the Third Republic to the mutual-aid law of 1 April 1898').
      const endOnly = named && item.dated !== null && previous?.to != null ? (item.endsAtYear ? (item.dated.to ?? item.dated.from) : item.until === null && FROM_EVENT_TO.test(item.text) && item.dated.from === (item.dated.to ?? item.dated.from) ? item.dated.from : null) : null;
      if (endOnly !== null && endOnly > previous!.to!) {
        fromPreviousEnd(item, item.dated!, endOnly, QUOTED_APPOSITION.exec(text)?.[1] ?? null);
        continue;
      }
      // ('… since 1939 falls into three phases. The first, national-Catholic tutelage, saw … . This phase
      // lasted until … 1978 …': the first part, told by its end alone, starts where the count says the
      // history does.)
      const scopeStart = named && i === 1 && item.dated !== null && (item.endsAtYear || UNTIL_DATE.test(item.dated.text)) ? (countScopeStart(s, temporal) ?? a.scopeFrom ?? null) : null;
      const scopeEnd = scopeStart !== null ? (item.dated!.to ?? item.dated!.from) : null;
      if (scopeStart !== null && scopeEnd !== null && scopeEnd > scopeStart) {
        dateItem(item, item.dated!, scopeStart, scopeEnd);
        item.label = APPOSED_NAME.exec(text)?.[1] ?? OPENED_APPOSED_NAME.exec(text)?.[1] ?? ORDINAL_BARE_APPOSITION.exec(text)?.[1] ?? null;
        // ('… lasted until the Constitution of 1978 declared …': the event that ended it, which the next stage may start from.)
        const endEvent = UNTIL_DATED_EVENT.exec(sentences[next + 1]?.text ?? '')?.[1] ?? null;
        part = { item, from: scopeStart, to: scopeEnd, endEvent };
        continue;
      }
      // ('Act two, confrontation, lasted until 1989.': a named part told by its end alone starts where the one before ended.)
      if (named && item.dated !== null && item.dated.from === null && item.dated.to !== null && previous?.to != null && item.dated.to > previous.to) {
        fromPreviousEnd(item, item.dated, item.dated.to, NUMBERED_BARE_APPOSITION.exec(text)?.[1] ?? ORDINAL_BARE_APPOSITION.exec(text)?.[1] ?? APPOSED_NAME.exec(text)?.[1] ?? null);
        continue;
      }
      // A sentence that opens with a time must open with its date ('In the meantime, … in 1991' does not).
      const dated = years !== null && years.from !== null && !item.endsAtYear && (named || text.indexOf(item.dated!.text) <= MAX_OPENING_DATE_AT);
      if (!dated) {
        if (named) return null;
        // 'Between 1979 and the invasion of October 1983, …' then 'Since the invasion, …': the last
        // stage opens with the event that ended the one before, named there with its date.
        const since = i === count && previous?.to != null ? SINCE_EVENT.exec(text) : null;
        if (since && endedBy(previous!.item.text, since[1], previous!.to!)) fromPreviousEnd(item, previous!.item.dated!, null);
        continue;
      }
      const from = years.from!;
      // A sentence that only opens with a time names a stage by a span ('From 1975 to 1991 …',
      // 'Since the constitution of 1992 …'), not by a point ('In 1980 they struck for a month').
      if (!named && !((years.to !== null && years.to > from) || SINCE_OPENING.test(text))) continue;
      // 'In 1962 the Daily Graphic was nationalised.': a date inside the stage before tells of it.
      if (!named && previous && previous.to !== null && from >= previous.from && from < previous.to) continue;
      // (A part named by its ordinal may start after a gap: 'Between the first and the second lie nearly four years'.)
      if (previous && !(from > previous.from && (previous.to === null || from === previous.to || from === previous.to + 1 || (named && from > previous.to)))) return null;
      // ('Round one, the dam years, ran from …', 'The first is the colony, from …', 'The third is
      // short but terrible: what people here call the Events, from …': the name after the ordinal.)
      if (named) item.label = nounOfName.exec(text)?.[1] ?? (only === 'named' ? NAME_RAN.exec(text)?.[1] : undefined) ?? nameOfNoun.exec(text)?.[1] ?? CALL_THE_ORDINAL.exec(text)?.[1] ?? ORDINAL_NOUN_WAS.exec(text)?.[1] ?? calledName(text) ?? CALL_IT.exec(text)?.[1] ?? QUOTED_APPOSITION.exec(text)?.[1] ?? APPOSED_NAME.exec(text)?.[1] ?? OPENED_APPOSED_NAME.exec(text)?.[1] ?? ORDINAL_BARE_APPOSITION.exec(text)?.[1] ?? NUMBERED_BARE_APPOSITION.exec(text)?.[1] ?? COPULAR_NAME.exec(text)?.[1] ?? NUMBERED_COPULAR_NAME.exec(text)?.[1] ?? NUMBERED_COLON_NAME.exec(text)?.[1] ?? CALLED_AFTER_COLON.exec(text)?.[1] ?? COPULAR_NAME_AT_END.exec(text)?.[1] ?? CALLED_AT_END.exec(text)?.[1] ?? null;
      // ('In the regulated moment, from 1991 to the community radio policy of 2010, stations were …': a
      // part that opens with the counted noun's name, under 'in'.)
      if (!named) {
        const inName = IN_NAMED.exec(text);
        if (inName && inName[1].toLowerCase().split(/\s+/u).includes(singularOf(a.noun))) item.label = inName[1];
      }
      part = { item, from, to: years.to !== null && years.to > from ? years.to : null };
      // ('The second act was Football for All: in August 2009 … . It ended in 2017, when …': its end, told next.)
      const after = sentences[next + 1];
      if (named && part.to === null && after && after.paragraphId === t.paragraphId && IT_ENDED.test(after.text)) {
        const end = ofSentence(temporal, after.id).find((x) => x.from !== null && x.kind !== 'relative' && x.kind !== 'era' && x.from > from);
        if (end) part.to = end.from;
      }
      // ('Period A runs from 1 January 1993 to the entry into force of the Schools Act.': an end the
      // text dates elsewhere, by the event.)
      if (part.to === null) {
        // ('runs from the 1994 agreement to the ruling of …': the noun the year dates may stand between.)
        const end = UNTIL_EVENT.exec(text.slice(text.indexOf(item.dated!.text) + item.dated!.text.length).replace(DATED_NOUN, ''));
        if (end) {
          part.endEvent = end[1];
          const year = eventDate(end[1], sentences, temporal, toOriginal, t.id)?.from ?? null;
          if (year !== null && year > from) part.to = year;
        }
      }
    }
    if (!part) return null;
    if (titleName !== undefined) (part as { item: ThesisItem }).item.label = titleName;
    if (i === 1) numberedSoFar = byNumber.test(SPEAKER_TURN.exec(part.item.text) ? part.item.text.slice(SPEAKER_TURN.exec(part.item.text)![0].length) : part.item.text);
    // ('… the second life, which old railwaymen still call the good years: …'; 'The third life began …
    // Loubaki called it the line of patience, …': a name others give it, there or in the next sentence.)
    if (part.item.label === null && (own.test(part.item.text) || EXISTENTIAL_TURN.test(part.item.text))) {
      const after = sentences[sentences.findIndex((x) => x.id === part!.item.sentenceId) + 1];
      part.item.label = CALLED_BY_OTHERS.exec(part.item.text)?.[1] ?? (after && after.paragraphId === sentences[next - 1].paragraphId ? CALLED_IT.exec(after.text)?.[1] : undefined) ?? null;
    }
    parts.push(part);
  }
  const items = parts.map(({ item, from, to }, i) => {
    const end = to ?? (i + 1 < parts.length ? (endTold(item, parts[i + 1].item, sentences, temporal, from, parts[i + 1].from) ?? parts[i + 1].from) : null);
    dateItem(item, item.dated!, from, end);
    return item;
  });
  // ('… through 3 phases …. The first, a phase of party dominance, ran from …': the counted noun
  // heading a name, as in a list's items.)
  withoutCountedHead(items, a.noun);
  return { count, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}

/** The mark of a speaker's turn that opens a sentence of a transcript: '[01:22] TR: ', 'KP: ', 'MARTA: ' (a time, or a speaker in capitals). */
const SPEAKER_TURN = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*(?:[\p{Lu}][\p{L}.' -]{0,24}:\s+)?|\p{Lu}{1,10}:\s+)/u;

/** 'from independence to …', 'from Washington's victory until …': an event named without its year (group 1), then 'to' or 'until'. */
const FROM_EVENT_TO = /\bfrom\s+((?:the\s+)?[\p{L}'’-]+(?:\s+(?!(?:to|until|till)\b)[\p{L}'’-]+){0,5}?)\s+(?:to|until|till)\s/iu;

/**
 * Redates an item 'from <event> to … <date>' (its only date after 'to') as ending at that date and
 * starting in the year the text gives the event wherever it tells it ('… led the islands to
 * independence on 27 October 1979'), when that is earlier.
 */
function fromEventTo(item: ThesisItem, sentences: Sentence[], temporal: TemporalExpression[], toOriginal: ToOriginal): void {
  const m = FROM_EVENT_TO.exec(item.text);
  const dated = item.dated!;
  if (!m || dated.from === null || item.text.indexOf(dated.text) < m.index + m[0].length) return;
  const name = m[1].toLowerCase().replace(/^the\s+/u, '');
  if (/^\d/u.test(name)) return;
  const end = dated.to ?? dated.from;
  for (const u of sentences) {
    const at = u.text.toLowerCase().indexOf(name);
    if (at < 0) continue;
    const date = datesIn(temporal, u.id, u.cleanStart + at, u.cleanStart + Math.min(u.text.length, at + name.length + MAX_EVENT_TO_DATE_CHARS), toOriginal).find((x) => x.from !== null && x.kind !== 'relative' && x.kind !== 'era' && x.from < end);
    if (!date) continue;
    dateItem(item, dated, date.from!, end);
    return;
  }
}

/** '…, which old railwaymen in Pointe-Noire still call the good years': a name others give a stage (group 1). */
const CALLED_BY_OTHERS = /\bwhich\s+(?:[\p{L}'’-]+\s+){1,6}?(?:still\s+)?(?:call|calls|called)\s+((?:the|a|an)\s+[^,;:.()]{2,40}?)(?=\s*[,;:.()]|$)/u;
/** 'Loubaki called it the line of patience, …', 'I call it the hotspot': a name given the stage just told (group 1). */
const CALLED_IT = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:started|begun|come\s+to)\s+)?(?:called|calls|call|calling)\s+it\s+((?:the|a|an)\s+[^,;:.()]{2,40}?)(?=\s*[,;:.()]|$)/u;
/** A verb that tells a stage's end ('The good years ended when the civil war of 1997 cut the line'). */
const ENDED = /\b(?:ended|came\s+to\s+an\s+end|closed|was\s+over)\b/iu;

/**
 * The year a sentence between a stage's own and the next stage's says the stage ended in, when it
 * names the stage ('The good years ended when the civil war of 1997 cut the line.'): after its
 * start, no later than the next stage's start. Null when none does.
 */
function endTold(item: ThesisItem, next: ThesisItem, sentences: Sentence[], temporal: TemporalExpression[], from: number, nextFrom: number): number | null {
  if (item.label === null) return null;
  const name = item.label.toLowerCase();
  const first = sentences.findIndex((x) => x.id === item.sentenceId);
  for (let j = first + 1; j < sentences.length && sentences[j].id !== next.sentenceId; j++) {
    const t = sentences[j];
    if (!t.text.toLowerCase().startsWith(name) || !ENDED.test(t.text)) continue;
    const year = ofSentence(temporal, t.id).find((x) => x.kind !== 'relative' && x.kind !== 'era' && x.from !== null && x.from > from && x.from <= nextFrom);
    if (year) return year.from;
  }
  return null;
}
/**
 * True when `text` (a stage's sentence) names the event `name` ('the invasion') just before the
 * year `year` that ends the stage ('… and the invasion of October 1983').
 */
function endedBy(text: string, name: string, year: number): boolean {
  const noun = name.toLowerCase().replace(/^the\s+/u, '');
  const at = text.toLowerCase().lastIndexOf(noun);
  return at >= 0 && text.slice(at, at + noun.length + MAX_EVENT_TO_DATE_CHARS).includes(String(year));
}
/** A paragraph that opens with 'The first' and a word (group 1): perhaps the first of stages told in turn. */
const OPENS_WITH_FIRST = /^The\s+first\s+(\p{L}+)\b/u;
/** Sentences before the first stage, at most, that may name the stages in the plural ('protest comes in waves'). */
const MAX_SENTENCES_BEFORE_FIRST = 3;
/** Paragraphs, at most, between two stages told in turn one paragraph each. */
const MAX_PARAGRAPHS_BETWEEN_PARTS = 2;

/**
 * Stages told one paragraph each, without a count: '… protest in Lebanon comes in waves, and each
 * wave has left something behind.' then paragraphs that open 'The first wave broke in 2005. …',
 * 'The second wave rose out of the rubbish. When the landfill closed in July 2015 …', 'The third
 * wave, which began on 17 October 2019 …, has never formally ended.' Each paragraph opens with the
 * ordinal and the same stage noun, which a sentence just before the first names in the plural;
 * each stage starts at the first date of its opening sentence, or of the sentence after it; it ends
 * at the latest date its paragraph gives (gaps between waves are the text's), short of the next
 * stage's start; the last is open. Two stages at least, every one dated, in order.
 */
function ordinalParagraphs(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  const m = OPENS_WITH_FIRST.exec(s.text);
  if (!m) return null;
  const noun = m[1].toLowerCase();
  if (!rules.stageNouns.has(noun) || noun.endsWith('s') || (k > 0 && sentences[k - 1].paragraphId === s.paragraphId)) return null;
  // ('The first phase of the programme ran from 2010 …': a programme's phases, not history's.)
  if (rules.notPeriodsOf.has((OF_WHAT.exec(s.text.slice(m[0].length))?.[1] ?? '').toLowerCase())) return null;
  const plural = new RegExp(`\\b${escapeRegExp(noun)}s\\b`, 'iu');
  const announcing = sentences.slice(Math.max(0, k - MAX_SENTENCES_BEFORE_FIRST), k).find((t) => t.sectionId === s.sectionId && plural.test(t.text));
  if (!announcing || isResearchDesign(wordsOf(announcing.text), wordsOf(announcing.text).length, `${noun}s`, rules)) return null;
  const datedAt = (i: number): TemporalExpression | null => {
    for (const t of [sentences[i], sentences[i + 1]]) {
      if (!t || t.paragraphId !== sentences[i].paragraphId) break;
      const d = datesIn(temporal, t.id, t.cleanStart, t.cleanEnd, toOriginal).find((x) => x.from !== null && x.kind !== 'relative');
      if (d) return d;
    }
    return null;
  };
  const latestIn = (paragraphId: string, from: number): number | null => {
    let latest: number | null = null;
    for (const t of sentences) {
      if (t.paragraphId !== paragraphId) continue;
      for (const d of datesIn(temporal, t.id, t.cleanStart, t.cleanEnd, toOriginal)) {
        const y = d.to ?? d.from;
        if (d.kind !== 'era' && y !== null && y > from && (latest === null || y > latest)) latest = y;
      }
    }
    return latest;
  };
  const parts: { sentence: number; date: TemporalExpression }[] = [];
  let at = k;
  for (let n = 1; ; n++) {
    if (n > 1) {
      const word = [...rules.ordinals].find(([w, v]) => v === n && ORDINAL_WORD.test(w))?.[0];
      if (!word) break;
      const opens = new RegExp(`^The\\s+${word}\\s+${escapeRegExp(noun)}\\b`, 'iu');
      let paragraphs = 0;
      let next = -1;
      for (let i = at + 1; i < sentences.length && sentences[i].sectionId === s.sectionId && paragraphs <= MAX_PARAGRAPHS_BETWEEN_PARTS + 1; i++) {
        if (sentences[i].paragraphId === sentences[i - 1].paragraphId) continue;
        paragraphs++;
        if (opens.test(sentences[i].text)) {
          next = i;
          break;
        }
      }
      if (next < 0) break;
      at = next;
    }
    const date = datedAt(at);
    if (!date || (parts.length > 0 && date.from! <= parts[parts.length - 1].date.from!)) return null;
    parts.push({ sentence: at, date });
    if (parts.length > rules.maxStages) return null;
  }
  if (parts.length < 2) return null;
  const items = parts.map(({ sentence, date }, i) => {
    const t = sentences[sentence];
    const item = makeItem(t, ...trimItem(t.text, 0, t.text.length, rules), false, temporal, rules, toOriginal);
    const from = date.from!;
    const nextFrom = parts[i + 1]?.date.from ?? null;
    const latest = nextFrom === null ? null : latestIn(t.paragraphId, from);
    const to = nextFrom === null ? (date.to !== null && date.to > from ? date.to : null) : latest !== null && latest < nextFrom ? latest : nextFrom;
    dateItem(item, date, from, to);
    item.label = null;
    return item;
  });
  return { count: items.length, countSentenceId: announcing.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: `${noun}s` };
}

/** A sentence that opens with 'Until' and a date before its first comma: the end of a first stage. */
const OPENS_UNTIL = /^(?:until|till|up\s+to|before)\s[^,;:]*,/iu;
/** The words that open the first of such a chain, and the later ones, without a comma after their phrase. */
const UNTIL_WORD = /^(?:until|till|up\s+to|before)\s/iu;
const TIME_WORD = /^(?:ever\s+)?(?:since|from|after|between)\s/iu;
/** Characters from the start in which such an opening phrase without a comma must give its date. */
const MAX_LOOSE_OPENING_CHARS = 90;

/** The count of a sentence that counts things ('divides into four parts'), or null. */
function countIn(text: string, rules: PeriodisationRules): number | null {
  const m = countThenPlural(rules).exec(text);
  return m ? (rules.countWords.get(wordsOf(m[0])[0].w) ?? null) : null;
}

/** A sentence that goes on from the stage before without a date of its own ('Thereafter, …', 'After that, …'). */
const OPENS_THEREAFTER = /^(?:thereafter|after\s+that|afterwards|from\s+then\s+on|from\s+that\s+point(?:\s+on)?|then)\b/iu;
/** A sentence that opens with a time phrase before its first comma ('Since the two coups of 2022,', 'From 2008,', 'After the war,'). */
const OPENS_TIME_PHRASE = /^(?:ever\s+)?(?:since|from|after|between)\s[^,;:]*,/iu;
/** Sentences, at most, passed over between two stages of an 'Until …, … Thereafter … Since …' chain. */
const MAX_SENTENCES_BETWEEN_CHAINED = 1;

/**
 * Stages told as a chain of sentences that each open with a time, with no count: 'civic space
 * since the adoption of the constitution of June 1991 has not narrowed gradually but in steps.
 * Until the popular uprising of October 2014, associations operated in a regime of tolerated
 * pluralism …. Thereafter, under the transition …, civil society enjoyed its widest freedoms ….
 * Since the two military coups of 2022, freedoms have …'. The first opens with 'Until' and its
 * date; each later one opens with 'Thereafter' (starting where the one before ends) or with a dated
 * 'since', 'from', 'after' or 'between' phrase; three stages at least, in order. The first starts at a
 * 'since' date in the sentence before, if any; the last is open when it opens with 'since'.
 */
function untilThenSince(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  // (Cheap first: most sentences open with none of these words.)
  if (!UNTIL_WORD.test(s.text)) return null;
  // After a count in the sentence before ('Its history divides into four parts, each opened by a
  // change of regime.'), an opening phrase needs no comma ('Until the communist coup of April 1978
  // it was a royal university …'); then the stages must be as many as counted.
  const counted = k > 0 && sentences[k - 1].paragraphId === s.paragraphId ? countIn(sentences[k - 1].text, rules) : null;
  let loose = false;
  const opening = (t: Sentence, withComma: RegExp, word: RegExp): number => {
    const m = withComma.exec(t.text);
    if (m) return m[0].length;
    if (counted === null || !word.test(t.text)) return -1;
    loose = true;
    return Math.min(t.text.length, MAX_LOOSE_OPENING_CHARS);
  };
  const openingDate = (t: Sentence, length: number): TemporalExpression | null =>
    length < 0 ? null : (datesIn(temporal, t.id, t.cleanStart, t.cleanStart + length, toOriginal).find((x) => x.from !== null && x.kind !== 'relative' && x.kind !== 'era') ?? null);
  const first = openingDate(s, opening(s, OPENS_UNTIL, UNTIL_WORD));
  if (!first) return null;
  const parts: { sentence: Sentence; from: number | null; to: number | null; date: TemporalExpression }[] = [{ sentence: s, from: null, to: first.to ?? first.from, date: first }];
  // Told one paragraph each ('Before 2003, … [more sentences]' / 'After the arrival of … in July
  // 2003, …' / 'Since …'): the rest of a stage's paragraph is passed over, and each paragraph after
  // it must open with the next stage (stages may follow in the first one's paragraph too). Told
  // inside a paragraph, one sentence at most stands between two stages.
  const byParagraph = k === 0 || sentences[k - 1].paragraphId !== s.paragraphId;
  let skipped = 0;
  for (let i = k + 1; i < sentences.length && sentences[i].sectionId === s.sectionId; i++) {
    const t = sentences[i];
    const previous = parts[parts.length - 1];
    const opensParagraph = t.paragraphId !== sentences[i - 1].paragraphId;
    if (OPENS_THEREAFTER.test(t.text) && previous.to !== null) {
      parts.push({ sentence: t, from: previous.to, to: null, date: previous.date });
      skipped = 0;
      continue;
    }
    const date = openingDate(t, opening(t, OPENS_TIME_PHRASE, TIME_WORD));
    if (date && date.from! > (previous.from ?? -Infinity) && (previous.to === null || date.from! >= previous.to) && (!byParagraph || opensParagraph || t.paragraphId === s.paragraphId)) {
      if (previous.to === null) previous.to = date.from;
      const closed = date.to !== null && date.to > date.from! && !/^(?:ever\s+)?since\b/iu.test(t.text);
      parts.push({ sentence: t, from: date.from, to: closed ? date.to : null, date });
      skipped = 0;
      continue;
    }
    if (byParagraph ? opensParagraph : ++skipped > MAX_SENTENCES_BETWEEN_CHAINED) break;
  }
  const last = parts[parts.length - 1];
  if (parts.length < 3 || parts.length > rules.maxStages || last.from === null || (loose && parts.length !== counted)) return null;
  // 'since the adoption of the constitution of June 1991' in the sentence before: where the first starts.
  const before = sentences[k - 1];
  const frame = before && before.sectionId === s.sectionId ? (sinceFrameIn(before, before.text.length, parts[0].to, true, temporal, toOriginal) ?? sinceEvent(before, sentences, k - 1, parts[0].to!, temporal, toOriginal)) : undefined;
  const items = parts.map((part, n) => {
    const t = part.sentence;
    const item = makeItem(t, ...trimItem(t.text, 0, t.text.length, rules), false, temporal, rules, toOriginal);
    const from = n === 0 ? (frame?.from ?? part.date.from!) : part.from!;
    const to = n + 1 < parts.length ? (part.to ?? parts[n + 1].from) : part.to;
    dateItem(item, part.date, from, to);
    item.label = null;
    return item;
  });
  // (Without one its start is unknown.)
  if (!frame) items[0].dated = { ...items[0].dated!, from: null, edtf: `../${items[0].dated!.to}` };
  return { count: items.length, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: frame?.from ?? null, countedNoun: null };
}

/** A row of a timeline box, alone in its paragraph: years (group 1), then a name with no stop (group 2). */
const BOX_ROW = /^(\d{4}\s*[–—-]\s*(?:\d{2,4}|today|present|now)?)\s+(\p{Lu}[^.:;!?]{1,70})$/u;
/** The same row with the name first ('The reserve years 1996–2009'): group 1 the name, group 2 the years. */
const BOX_ROW_NAME_FIRST = /^(\p{Lu}[^.:;!?]{1,70}?)\s+(\d{4}\s*[–—-]\s*(?:\d{2,4}|today|present|now)?)$/u;
/** What BOX_ROW or BOX_ROW_NAME_FIRST needs at an edge: a digit first, or last a digit, a dash, a space or the end of 'today', 'present' or 'now'. */
const ROW_EDGE = /^\d|[\dytw–—\s-]$/u;
/** Rows of a box that follow on exactly (each starting where the one before ends) claim stages without a sentence announcing them. */
const MIN_ROWS_FOLLOWING_ON = 3;
/** Sentences, at most, before a timeline box that may announce it ('… into the periods shown in the box below.'). */
const MAX_SENTENCES_BEFORE_BOX = 3;

/**
 * Stages set out in a box of rows, each its own line, after a sentence that names them in the
 * plural: 'Historians usually divide the story … into the periods shown in the box below.' then
 * 'KEY PERIODS' / '1932–1948   Silence after the Matanza' / '1948–1979   Controlled unionism' / … /
 * '1992–today   Unions in a democracy'. Two rows at least, in order of years; each row's name is
 * its stage's label. The name may come first ('The reserve years   1996–2009'); three rows or more
 * that follow on exactly need no sentence to announce them (a sidebar headed 'OUR ERAS').
 */
function boxedTimeline(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  const row = (text: string): { years: string; yearsAt: number; name: string } | null => {
    // (Cheap first: a row starts with its years or ends with them, not with a full stop.)
    if (!ROW_EDGE.test(text)) return null;
    const m = BOX_ROW.exec(text);
    if (m) return { years: m[1], yearsAt: 0, name: m[2] };
    const n = BOX_ROW_NAME_FIRST.exec(text);
    return n ? { years: n[2], yearsAt: text.length - n[2].length, name: n[1] } : null;
  };
  if (!row(s.text) || (k > 0 && row(sentences[k - 1].text) && sentences[k - 1].paragraphId !== s.paragraphId)) return null;
  const plural = pluralStageNounPattern(rules);
  const announcing = sentences.slice(Math.max(0, k - MAX_SENTENCES_BEFORE_BOX), k).reverse().find((t) => plural.test(t.text));
  const items: ThesisItem[] = [];
  for (let i = k; i < sentences.length && items.length <= rules.maxStages; i++) {
    const t = sentences[i];
    const m = row(t.text);
    if (!m || (i > k && t.paragraphId === sentences[i - 1].paragraphId)) break;
    const date = datesIn(temporal, t.id, t.cleanStart + m.yearsAt, t.cleanStart + m.yearsAt + m.years.length, toOriginal).find((x) => x.from !== null);
    const previous = items[items.length - 1]?.dated;
    if (!date || (previous && (previous.from === null || date.from! <= previous.from))) break;
    const item = makeItem(t, ...trimItem(t.text, 0, t.text.length, rules), false, temporal, rules, toOriginal);
    dateItem(item, date, date.from!, date.to);
    item.label = m.name.trim();
    items.push(item);
  }
  if (items.length < 2 || items.length > rules.maxStages) return null;
  // ('OUR ERAS' over rows that follow on exactly needs no sentence to announce them.)
  const followOn = items.length >= MIN_ROWS_FOLLOWING_ON && items.every((x, i) => i === 0 || x.dated!.from === items[i - 1].dated!.to);
  if (!announcing && !followOn) return null;
  return { count: items.length, countSentenceId: (announcing ?? s).id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}
/** A year or the present at the head of a column of a timeline drawn in text ('1981', 'TODAY'). */
const TIMELINE_MARK = /(?<![\p{L}\p{N}])(?:1[5-9]\d\d|20\d\d|today|present|now)(?![\p{L}\p{N}])/giu;
/** A line of a drawn timeline that holds only its years, two spaces or more apart. */
const TIMELINE_YEARS_LINE = /^\s*(?:(?:1[5-9]\d\d|20\d\d|today|present|now)(?:\s{2,}|\s*$)){3,}$/iu;
/** Lines, at most, between a drawn timeline's years and the sentence of its axis (blank lines included). */
const MAX_LINES_ABOVE_AXIS = 4;
/** Sentences a drawn timeline's rows may take (a row or two each when blank lines part them). */
const MAX_TIMELINE_SENTENCES = 4;
/** The axis of a drawn timeline: bars, rules and arrowheads only ('|=====|=====>'). */
const TIMELINE_AXIS_LINE = /^[\s|=\-–—_>o+*]+$/u;

/**
 * A timeline drawn in text, as a figure exported from a report keeps it: a line of years (and
 * 'today') in columns, an axis, and under it a row of names between bars, one name to each span
 * between two years:
 *   ' 1981        1996        2008        TODAY'
 *   '  |===========|===========|===========>'
 *   '  |   Petitioners   |   Watchdogs   |   Partners'
 * The clean text joins the lines into one sentence; the columns are read from the original lines.
 * Each name is its span's stage ('today' leaves the last open); a sentence before it must name
 * stages in the plural (the figure's caption: '… 1981 to today: four periods').
 */
function columnTimeline(
  sentences: Sentence[],
  k: number,
  source: string,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  // (Cheap first: the bars of the axis or between the names.)
  if (!s.text.includes('|')) return null;
  // The line of years: the sentence's first, or one of the lines just before it (with blank lines
  // between the rows, the clean stage reads a line of years alone as a heading).
  let yearsStart = source.lastIndexOf('\n', s.start - 1) + 1;
  for (let back = 0; !TIMELINE_YEARS_LINE.test(lineAt(source, yearsStart)); back++) {
    if (back === MAX_LINES_ABOVE_AXIS || yearsStart === 0) return null;
    yearsStart = source.lastIndexOf('\n', yearsStart - 2) + 1;
  }
  const lines = source.slice(yearsStart, sentences[Math.min(k + MAX_TIMELINE_SENTENCES, sentences.length) - 1].end).split('\n');
  const marks = [...lines[0].matchAll(TIMELINE_MARK)].map((m) => ({ column: m.index!, year: /^\d/.test(m[0]) ? Number(m[0]) : null }));
  // Every mark a year in order, but the last, which may be the present.
  if (marks.slice(0, -1).some((m, i) => m.year === null || (i > 0 && m.year <= marks[i - 1].year!)) || (marks[marks.length - 1].year !== null && marks[marks.length - 1].year! <= marks[marks.length - 2].year!)) return null;
  const spans = marks.length - 1;
  if (spans < 2 || spans > rules.maxStages) return null;
  // The first row of names under the axis: cells between bars, each in the span its first letter stands in.
  let names: string[] | null = null;
  for (let i = 1; i < lines.length && names === null; i++) {
    if (lines[i].trim() === '' || TIMELINE_AXIS_LINE.test(lines[i])) continue;
    if (!lines[i].includes('|')) return null;
    const cells: (string | null)[] = new Array(spans).fill(null);
    for (const m of lines[i].matchAll(/[^|]+/gu)) {
      const name = m[0].trim();
      if (name === '') continue;
      const column = m.index! + m[0].indexOf(name);
      const span = marks.findIndex((mark, j) => j < spans && column >= mark.column && column < marks[j + 1].column);
      if (span < 0 || cells[span] !== null) return null;
      cells[span] = name;
    }
    if (cells.some((c) => c === null)) return null;
    names = cells as string[];
  }
  if (names === null) return null;
  // A sentence before the figure names stages in the plural (its caption).
  const before = sentences.slice(0, k).filter((t) => t.end <= yearsStart).slice(-MAX_SENTENCES_BEFORE_BOX);
  const plural = pluralStageNounPattern(rules);
  const announcing = before.reverse().find((t) => plural.test(t.text));
  if (!announcing) return null;
  // The years as the text's expressions, in their order on the line.
  const yearsEnd = yearsStart + lines[0].length;
  const years = temporal.filter((t) => t.start >= yearsStart && t.end <= yearsEnd && t.kind === 'year').sort((x, y) => x.start - y.start);
  const items: ThesisItem[] = [];
  for (let i = 0; i < spans; i++) {
    const start = years.find((t) => t.start === yearsStart + marks[i].column && t.from === marks[i].year);
    // (The name's sentence: this one, or a later one when the rows are paragraphs of their own.)
    const t = sentences.slice(k, k + MAX_TIMELINE_SENTENCES).find((x) => x.text.includes(names![i]));
    if (!start || !t) return null;
    const at = t.text.indexOf(names[i]);
    const item = makeItem(t, at, at + names[i].length, false, temporal, rules, toOriginal);
    dateItem(item, start, marks[i].year!, marks[i + 1].year);
    item.label = names[i];
    items.push(item);
  }
  return { count: spans, countSentenceId: announcing.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}

/** The line of `text` that starts at `start` (without its line break). */
function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Per rules: any plural stage noun as a word. */
const PLURAL_STAGE_NOUN = new WeakMap<PeriodisationRules, RegExp>();

function pluralStageNounPattern(rules: PeriodisationRules): RegExp {
  let re = PLURAL_STAGE_NOUN.get(rules);
  if (!re) PLURAL_STAGE_NOUN.set(rules, (re = new RegExp(`\\b(?:${pluralStageNouns(rules)})\\b`, 'iu')));
  return re;
}

/** A name after an ordinal and a copula ('The first is the colony, from …', 'The second was the thaw from …'): group 1. */
const COPULAR_NAME = /^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|last|final)\s+(?:is|was)\s+((?:the|a|an)\s+[^,;:()]{2,60}?)(?=,|\s+(?:from|since|between|in|which|when)\b)/iu;
/** A name called so after a colon ('…: what people here call the Events, from …'): group 1. */
const CALLED_AFTER_COLON = /:\s+(?:what|which)\s+(?:[\p{L}]+\s+){1,3}(?:call|calls|called)\s+((?:the|a|an)\s+[^,;:()]{2,60}?)(?=,|\s+(?:from|since|between)\b)/u;
/** A name in apposition right after the words that open a sentence ('Round one, the dam years, ran …'): group 1. */
const APPOSED_NAME = /^[^,]{1,30},\s+((?:the|a|an)\s+[^,;:()]{2,60}?),\s/u;
/**
 * 'The second phase, negotiated coexistence, ran …', 'In the first, national-Catholic tutelage, the
 * regime …': a name of one to four words without an article between commas after an ordinal (and
 * the noun counted), not an adverb or a phrase that tells when or how (group 1).
 */
const ORDINAL_BARE_APPOSITION = /^(?:(?:in|during|under)\s+)?(?:the|its)\s+(?:first|second|third|fourth|fifth|sixth|seventh|last|final)(?:\s+\p{L}+)?,\s+(?!(?:however|therefore|moreover|though|thus|then|too|also|indeed|perhaps|arguably|in|of|which|who|that|when|where|while|as|by|from|since|until|after|before|between|during|for|like|unlike|according|it|they|he|she|we|I)\b)(\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}),\s/iu;
/** 'Phase II was the school war.', 'Round three is the peace talks, …': a numbered stage's name after the copula (group 1). */
/** 'Act one, incorporation, ran from 1950 to 1970': a bare name between commas after the noun counted and its number (group 1). */
const NUMBERED_BARE_APPOSITION = /^\p{L}+\s+(?:[IVX]+|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten),\s+(?!(?:however|therefore|moreover|though|thus|then|too|also|indeed|perhaps|arguably|in|of|which|who|that|when|where|while|as|by|from|since|until|after|before|between|during|for|like|unlike|according|it|they|he|she|we|I)\b)(\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}),\s/u;
const NUMBERED_COPULAR_NAME = /^\p{L}+\s+(?:[IVX]+|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:is|was)\s+((?:the|a|an)\s+[^,;:()]{2,60}?)(?=[,.]|\s+(?:from|since|between|in|which|when)\b)/u;
/** 'Act one: the long argument.': a numbered stage's name after a colon, the whole sentence (group 1). */
const NUMBERED_COLON_NAME = /^(?:\p{L}+\s+(?:[IVX]+|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|last|final)\s+\p{L}+)\s*:\s+([^,;:()]{2,50}?)\s*[.!]?$/iu;
/** 'Phase I, from 1978, when …, up to 2008, was the parallel system.': the name after a copula that ends the sentence (group 1). */
const COPULAR_NAME_AT_END = /,\s+(?:was|is)\s+((?:(?:the|a|an)\s+)?\p{L}[^,;:()]{1,40}?)\s*\.?$/u;
/** '…, from 2008 to the present, I call the coalition age.': the name the writer calls it, ending the sentence (group 1). */
/** 'The time to speak is the time we are in.', '… and we are still in it': a part that is the writer's present. */
const PRESENT_PART = /\b(?:we\s+are|we['’]re|we\s+live|we\s+are\s+living)\s+(?:still\s+)?in\b|\bthe\s+(?:time|one|season|period|age|era|stage|phase)\s+(?:that\s+|in\s+which\s+)?we\s+(?:are|live|now\s+live)(?:\s+in)?\b/iu;
/** A sentence that asks ('So where does phase two end and phase three begin?'). */
const QUESTION_END = /\?\s*$/u;
/** 'Phase one — I call it the mine wars — runs …', '— call it the compact —', 'I call phase three the long retreat': the writer's name for a part (group 1). */
const CALL_IT = /(?:^|[—–,]\s*|\band\s+)(?:(?:I|we)\s+(?:(?:would|shall|will)\s+)?)?call\s+(?:it|this|that|\p{Ll}+\s+(?:one|two|three|four|five|six|\d))\s+((?:the|a|an)\s+[^—–,;:.()]{2,40}?)(?=\s*(?:[—–,;:.()]|$)|\s+(?:which|and|but)\b)/u;
const CALLED_AT_END = /,\s+(?:I|we)(?:'d|’d|\s+would)?\s+(?:call|term|name)\s+(?:it\s+|that\s+|this\s+)?((?:(?:the|a|an)\s+)?\p{L}[^,;:()]{1,40}?)\s*\.?$/u;
/** Per rules: a count word and a plural noun among the next three words ('three parts', 'three series'). */
const COUNT_THEN_PLURAL = new WeakMap<PeriodisationRules, RegExp>();

/**
 * A count word, not after a letter or digit, then a space: what turningPoints, titledParts,
 * datedInTurn and numberedAfterCount each need first (their patterns open with '\\b', a count word
 * and '\\s' under the flags 'iu'), so a sentence without one is passed over by all four after one
 * test. It is written to match wherever they can, and more cheaply: V8 runs a pattern of words with
 * 'i' alone about four times faster than with 'iu'. Without 'u', 'i' does not take the long s 'ſ'
 * for 's' ('ſix'), as 'iu' does, so it is spelled out; and '\\w' (ASCII) stands in for the word
 * characters of 'iu' (which add 'ſ' and the Kelvin sign): no '\\w' before is needed wherever '\\b' holds.
 */
function countGate(rules: PeriodisationRules): RegExp {
  let re = COUNT_GATE.get(rules);
  if (!re) {
    const words = [...rules.countWords.keys()].map((w) => escapeRegExp(w).replace(/s/giu, '[sſ]'));
    COUNT_GATE.set(rules, (re = new RegExp(`(?<!\\w)(?:${words.join('|')})\\s`, 'i')));
  }
  return re;
}
const COUNT_GATE = new WeakMap<PeriodisationRules, RegExp>();

/** {@link countThenPlural}, global: every count in a sentence (for `matchAll`, which copies it). */
function countsThenPlural(rules: PeriodisationRules): RegExp {
  let re = COUNTS_THEN_PLURAL.get(rules);
  if (!re) COUNTS_THEN_PLURAL.set(rules, (re = new RegExp(countThenPlural(rules).source, 'giu')));
  return re;
}
const COUNTS_THEN_PLURAL = new WeakMap<PeriodisationRules, RegExp>();

function countThenPlural(rules: PeriodisationRules): RegExp {
  let re = COUNT_THEN_PLURAL.get(rules);
  if (!re) COUNT_THEN_PLURAL.set(rules, (re = new RegExp(`\\b(?:${countWordsWhere(rules, (n) => n >= 2 && n <= rules.maxStages).join('|')})\\s+(?:\\S+\\s+){0,2}?\\p{L}{3,}s\\b`, 'iu')));
  return re;
}
/** A part told as lasting to the present: 'since' before its date. */
const OPEN_SINCE = /\bsince\b/iu;

/** The shape of the open last part of a life told by ages: 'from <a word or two> on' ('from seventy-seven on', 'from the age of 68 onwards'). */
const OPEN_AGE_SHAPE = /\b[Ff]rom\s+(?:the\s+age\s+of\s+)?\S+\s+on(?:wards?)?\b/;
/** A quoted phrase: group 1, its words. */
const QUOTED_PHRASE = /['‘"“]([^'‘’"“”]{2,80})['’"”]/u;

/**
 * Stages of a life told by the ages they span (see `$comment_agesOfALife`): 'From twenty-three to
 * forty-eight she was, in her words, 'a teacher with a union'; from forty-eight to seventy-seven,
 * 'a teacher without one'; and from seventy-seven on, a part she says is not over, 'a grandmother
 * in the street'.' The years are the year of birth the text gives plus the ages; each range starts
 * where the one before ends, the last is open. Null without a year of birth or without words of an
 * age or a life in the sentence or the one before.
 */
function agesOfALife(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  const s = sentences[k];
  const r = rules.agesOfALife;
  const numberOf = rules.countedInYears.numberOf;
  // (Cheap first, as this is tried on every sentence until a thesis is found: the open last part,
  // 'from <age> on', before the patterns with every number word.)
  if (!OPEN_AGE_SHAPE.test(s.text)) return null;
  const ranges = [...s.text.matchAll(r.range)];
  const open = r.onwards.exec(s.text);
  if (ranges.length < 1 || !open || open.index! < ranges[ranges.length - 1].index! || ranges.length + 1 > rules.maxStages) return null;
  const bounds = [...ranges.map((m) => [numberOf(m[1]), numberOf(m[2])]), [numberOf(open[1]), null]];
  for (let i = 0; i < bounds.length; i++) {
    const [from, to] = bounds[i];
    if (from === null || (to !== null && to <= from) || (i > 0 && bounds[i - 1][1] !== from)) return null;
  }
  const speaksOfLife = (t: Sentence | undefined): boolean => t !== undefined && wordsOf(t.text).some((w) => r.lifeWords.has(w.w));
  if (!speaksOfLife(s) && !speaksOfLife(sentences[k - 1])) return null;
  // The year of birth: a date after 'born', anywhere in the text.
  const birth = temporal.find((t) => {
    if (t.kind === 'era' || t.from === null || t.from !== t.to || t.sentenceId === null) return false;
    const holder = sentences.find((x) => x.id === t.sentenceId);
    if (!holder) return false;
    const at = t.start - holder.start;
    return at >= 0 && r.bornBefore.test(holder.text.slice(0, at));
  });
  if (!birth) return null;
  const starts = [...ranges.map((m) => m.index!), open.index!];
  const items = bounds.map(([from, to], i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : s.text.length;
    const item = makeItem(s, ...trimItem(s.text, starts[i], end, rules), false, temporal, rules, toOriginal);
    const quoted = QUOTED_PHRASE.exec(s.text.slice(starts[i], end));
    const fromYear = birth.from! + from!;
    const toYear = to === null ? null : birth.from! + to;
    item.label = quoted ? quoted[1].trim() : null;
    dateItem(item, birth, fromYear, toYear, { text: (i < ranges.length ? ranges[i] : open)[0], cue: `ages ${from}–${to ?? ''} from the year of birth (${birth.text})` });
    return item;
  });
  // The sentence before, when it speaks of the life too, divides it ('she divided her life … into three parts').
  const counted = speaksOfLife(sentences[k - 1]) ? sentences[k - 1] : s;
  return { count: items.length, countSentenceId: counted.id, items, repeatedIn: items.map(() => (counted.id === s.id ? [] : [s.id])), frameStart: null, countedNoun: null };
}

/** A stage told ending in a 'that' clause: group 1, its name (an article or a capital first); group 2, the verb. */
const THAT_ENDED = /\bthat\s+((?:the|an?|\p{Lu}[\p{L}'’-]*)\s+(?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+)\s+(?:had\s+)?(ended|closed|finished|came\s+to\s+an\s+end|gave\s+way)\b/gu;
/** A verb of ending as THAT_ENDED has them, alone: a cheap test before it. */
const ENDING_VERB = /\b(?:ended|closed|finished|gave\s+way|came\s+to\s+an\s+end)\b/;
/** The same, not global: whether any such clause is there. */
const THAT_ENDED_ONCE = new RegExp(THAT_ENDED.source, 'u');
/** The last stage in a 'that' clause, told as the present: 'that since … we have been living in the reopening' (group 1, what follows 'since'; group 2, the name). */
const THAT_SINCE_LIVING = /\bthat\s+since\s+(.+?),?\s+(?:we|they|people|the\s+\p{L}+)\s+(?:have|has)\s+(?:been\s+)?(?:living|lived|been|worked|working)\s+(?:in|through|under)\s+((?:the|an?)\s+[^,;:.()]+?)\s*[.;]?\s*$/u;

/**
 * A count whose stages are recalled in 'that' clauses, each told ending, the last told as the
 * present: '… the three eras I see since the Inti Raymi uprising of June 1990, …; all you need to
 * remember is that the era of the uprisings ended when Rafael Correa took office, that the Correa
 * decade ended when he left it, and that since Lenín Moreno's decree of October 2017 we have been
 * living in the reopening.' The clauses follow the count in its sentence or fill the next sentence
 * of its paragraph ('… falls into three periods since independence in 1964. We need only remember
 * that …'). The first stage starts at the first date after the noun counted (before the clauses);
 * a stage ends at the first date of its clause, else where the next starts (an era the temporal
 * stage dates: 'the Correa decade'); the last, open, starts at the date after its 'since', else
 * where the one before ends ('since those strikes'). Null unless there are as many clauses as the
 * count and every border is found.
 */
function recalledInClauses(
  sentences: Sentence[],
  k: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
  announcement?: Announcement,
): Thesis | null {
  const counting = sentences[k];
  // Without an announcement, a count and a plural stage noun ('the three eras I see').
  let a = announcement;
  if (!a) {
    // (Cheap first: the clauses open with 'that' and tell an end.)
    if (!counting.text.includes('that ') || !ENDING_VERB.test(counting.text)) return null;
    let counted = COUNTED_STAGES.get(rules);
    if (!counted) COUNTED_STAGES.set(rules, (counted = new RegExp(`\\b(${countWordsWhere(rules, (n) => n >= 2 && n <= rules.maxStages).join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}?(${pluralStageNouns(rules)})\\b`, 'iu')));
    const m = counted.exec(counting.text);
    if (!m) return null;
    a = { count: rules.countWords.get(m[1].toLowerCase())!, after: m.index + m[0].length, noun: m[2].toLowerCase() };
  }
  if (a.count < 2) return null;
  const next = sentences[k + 1];
  const inNext = !THAT_ENDED_ONCE.test(counting.text.slice(a.after)) && announcement !== undefined && next !== undefined && next.paragraphId === counting.paragraphId;
  const s = inNext ? next : counting;
  const from = inNext ? 0 : a.after;
  const ended = [...s.text.slice(from).matchAll(THAT_ENDED)];
  if (ended.length !== a.count - 1) return null;
  const clauses = ended.map((m) => ({ at: from + m.index!, nameAt: from + m.index! + m[0].indexOf(m[1]), name: m[1] }));
  const lastAt = clauses[clauses.length - 1].at;
  const tail = THAT_SINCE_LIVING.exec(s.text.slice(lastAt + 4));
  const lastClause = tail ? lastAt + 4 + tail.index : -1;
  if (!tail || lastClause <= lastAt) return null;
  const datesBetween = (t: Sentence, x: number, y: number): TemporalExpression[] => {
    const span = toOriginal(t.cleanStart + x, t.cleanStart + y);
    return ofSentence(temporal, t.id).filter((e) => e.from !== null && e.start >= span.start && e.end <= span.end).sort((p, q) => p.start - q.start);
  };
  const opening = datesBetween(counting, a.after, inNext ? counting.text.length : clauses[0].at).find((t) => t.kind !== 'era');
  const lastStart = datesBetween(s, lastClause, s.text.length).find((t) => t.kind !== 'era') ?? null;
  if (!opening) return null;
  // Per clause: the era its name is, if the temporal stage dates one; the first date after its verb.
  const spans = clauses.map((c, i) => [c.at, clauses[i + 1]?.at ?? lastClause] as const);
  const eras = clauses.map((c) => datesBetween(s, c.nameAt, c.nameAt + c.name.length).find((t) => t.kind === 'era') ?? null);
  const ends = clauses.map((c, i) => datesBetween(s, c.nameAt + c.name.length, spans[i][1]).find((t) => t.kind !== 'era') ?? null);
  const starts: number[] = [opening.from!];
  const stops: (number | null)[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const following = i + 1 < clauses.length ? eras[i + 1]?.from ?? null : lastStart?.from ?? null;
    const stop = ends[i]?.from ?? following;
    if (stop === null || stop < starts[i]) return null;
    stops.push(stop);
    starts.push(stop);
  }
  if (lastStart) starts[starts.length - 1] = lastStart.from!;
  stops.push(null);
  const names = [...clauses.map((c) => c.name), tail[2]];
  const items = names.map((name, i) => {
    const [x, y] = i < clauses.length ? [clauses[i].nameAt, spans[i][1]] : [lastClause + tail[0].indexOf(tail[1]) - 'since '.length, s.text.length];
    const item = makeItem(s, ...trimItem(s.text, x, y, rules), false, temporal, rules, toOriginal);
    const evidence = (i < clauses.length ? ends[i] ?? eras[i] : lastStart) ?? opening;
    item.label = name.trim();
    dateItem(item, evidence, starts[i], stops[i], { cue: 'stages recalled in clauses' });
    return item;
  });
  return { count: items.length, countSentenceId: counting.id, items, repeatedIn: items.map(() => (inNext ? [s.id] : [])), frameStart: null, countedNoun: a.noun };
}

/** Any mark that may open a quoted title. */
const QUOTE_MARK = /['‘"“]/;

/**
 * A text's parts counted and titled in quotes ('The three parts of the book are titled 'Under
 * Nasser', 'Under Sadat' and 'Under Mubarak''): the titles are the stages when there are as many
 * as counted and each is dated by itself (an era or a ruler the temporal stage dates, or years), in
 * order of time; titles of themes ('Owners', 'Editors' and 'Readers') are none. Null otherwise.
 */
function titledParts(
  s: Sentence,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): Thesis | null {
  // (Cheap first: the titles are quoted.)
  if (!QUOTE_MARK.test(s.text)) return null;
  const m = rules.titledParts.exec(s.text);
  const count = m ? rules.countWords.get(m[1].toLowerCase()) ?? 0 : 0;
  if (!m || count < 2 || count > rules.maxStages) return null;
  const items: ThesisItem[] = [];
  const quotes = new RegExp(QUOTES.source, 'gu');
  quotes.lastIndex = m.index + m[0].length - 1;
  for (let q = quotes.exec(s.text); q !== null && items.length < count; q = quotes.exec(s.text)) {
    const start = q.index + q[1].length + 1;
    const item = makeItem(s, start, start + q[2].length, false, temporal, rules, toOriginal);
    const years = itemYears(item);
    if (!years || years.from === null || (items.length > 0 && years.from < itemYears(items[items.length - 1])!.from!)) return null;
    item.label = q[2].trim();
    items.push(item);
  }
  if (items.length !== count) return null;
  return { count, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}

/** What a stage told backwards is called ('what the palace called 'the new era'', 'the twelve years that the palace called a 'new era''): group 1, the name. */
const CALLED_BACKWARDS = /\b(?:what|that|which)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:called|call|calls|named|termed|knew\s+as)\s+(?:(?:a|an|the)\s+)?['‘"“]([^'‘’"“”]+)['’"”]/iu;
/** Where the name of a stage told backwards ends: a comma, a clause or a date's preposition. */
const BACKWARDS_NAME_END = /,|;|\s(?:which|that|who|when|where|from|in|since|between)\s/iu;
/** A verb after the subject that names the latest stage ('The present period began in …'): where its name ends. */
const LATEST_STAGE_VERB = /\s+(?:began|begun|started|opened|has\s+lasted|dates|runs|has\s+run)\b/iu;

/**
 * Stages told from the present backwards in the `count` sentences right before the count (sentence
 * `k`), in its paragraph: the first names the latest stage ('The present period began in March
 * 2009, …'), each later one opens with 'Before it came …' or 'And before the frost lay …'. Each
 * gives the start of its stage (its first date); a stage ends where the later one starts, the
 * latest is open. Returned earliest first; null when the sentences are not such a chain.
 */
function backwardsBefore(
  sentences: Sentence[],
  k: number,
  count: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): ThesisItem[] | null {
  const first = k - count;
  if (first < 0 || sentences.slice(first, k).some((x) => x.paragraphId !== sentences[k].paragraphId)) return null;
  const items: ThesisItem[] = [];
  for (let j = first; j < k; j++) {
    const t = sentences[j];
    const step = j > first ? rules.backwardsStep.exec(t.text) : null;
    if (j > first && !step) return null;
    const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
    if (!item.dated || item.dated.from === null || item.dated.kind === 'era') return null;
    // The date a stage told backwards gives is where it starts: it ends where the later stage starts.
    item.dated = { ...item.dated, to: null };
    item.until = null;
    item.endsAtYear = false;
    const named = step ? step[1] : t.text.slice(0, LATEST_STAGE_VERB.exec(t.text)?.index ?? 0);
    // ('the years of accommodation, two decades that opened with …': the name before its apposition
    // or clause; 'The present period began …': the subject, even in generic words.)
    const name = named.split(BACKWARDS_NAME_END)[0].trim();
    const words = name.match(WORD) ?? [];
    item.label = CALLED_BACKWARDS.exec(named)?.[1] ?? (words.length > 0 && words.length <= MAX_APPOSITION_WORDS && !/\d/.test(name) ? name : null);
    items.push(item);
  }
  items.reverse();
  // In order of time, each later stage starting no earlier than the one before it.
  return items.every((x, i) => i === 0 || x.dated!.from! >= items[i - 1].dated!.from!) ? items : null;
}

/** Words that end a stage in a sentence of its paragraph ('ended in November 1944', 'came to an end'). */
const SUMMED_STAGE_ENDS = /\b(?:ended|ends|came\s+to\s+an\s+end|expired|was\s+dissolved|were\s+dissolved)\b/iu;
/** 'So: four ages, the pump years, the Guard years, the contract years and the regional years, in a hundred and twenty-five years.': a count and the names, after the story (groups 1 the count, 2 the noun, 3 the names). */
const SUMMED_UP = /^(?:(?:so|in\s+short|in\s+sum|to\s+sum\s+up|in\s+all|all\s+told)\s*[:,—–-]\s*)(\p{L}+)\s+([\p{L}-]+s)\s*[,:]\s+(.+?)(?:,\s+(?:in|over|across)\s+[^,]{3,60})?\s*\.?$/iu;

/**
 * A history told first and summed up after, by a count and the stages' names ('So: four ages, the
 * pump years, the Guard years, the contract years and the regional years, in a hundred and
 * twenty-five years.'), each name told before, in order, in a paragraph of its own ('The old minute
 * books call these the pump years', 'Then came the Guard years. The brigade was refounded in April
 * 1919 …', 'After that, the contract years. … in December 1944 …'). Each stage starts at the first
 * date of its paragraph from the sentence that names it (the first: of the paragraph), and ends
 * where the next starts; the last ends at a date after 'until'/'ended' in its paragraph, else is open.
 */
function summedUpAfter(sentences: Sentence[], k: number, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): Thesis | null {
  const s = sentences[k];
  // (Cheap first: a summing-up word opens the sentence.)
  if (!/^(?:so|in|to|all)\b/iu.test(s.text)) return null;
  const m = SUMMED_UP.exec(s.text);
  const count = m ? rules.countWords.get(m[1].toLowerCase()) : undefined;
  if (!m || count === undefined || count < 2 || count > rules.maxStages || !rules.stageNouns.has(m[2].toLowerCase())) return null;
  const names = listedNames(m[3], count);
  if (!names) return null;
  const items: ThesisItem[] = [];
  const spans: { from: number; to: number | null }[] = [];
  let after = -1;
  for (const name of names) {
    const core = name.replace(/^(?:the|a|an)\s+/iu, '').toLowerCase();
    const j = sentences.findIndex((x, i) => i > after && i < k && x.text.toLowerCase().includes(core));
    if (j < 0) return null;
    const t = sentences[j];
    // The paragraph that tells it: from its first sentence for the first stage, else from the one that names it.
    const paragraph = sentences.filter((x) => x.paragraphId === t.paragraphId && (items.length === 0 || x.start >= t.start));
    const dates = paragraph.flatMap((x) => ofSentence(temporal, x.id).map((d) => ({ d, x }))).filter(({ d }) => d.from !== null && d.kind !== 'relative' && d.kind !== 'era');
    const previous = spans[spans.length - 1];
    // It starts where the one before ended, when that one's paragraph says so; else at its first date.
    const from = previous?.to ?? dates[0]?.d.from ?? null;
    if (from === null || (previous && from <= previous.from)) return null;
    // ('… and they ended in November 1944', 'with it the regional years came to an end': the last date of a sentence that ends it.)
    const ending = dates.filter(({ d, x }) => SUMMED_STAGE_ENDS.test(x.text) && d.from! > from).pop();
    const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
    item.dated = dates[0]?.d ?? items[items.length - 1].dated;
    item.label = name;
    items.push(item);
    spans.push({ from, to: ending ? (ending.d.to ?? ending.d.from) : null });
    after = j;
  }
  items.forEach((item, i) => dateItem(item, item.dated!, spans[i].from, spans[i].to ?? spans[i + 1]?.from ?? null));
  return { count, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: m[2].toLowerCase() };
}

/** 'We are now in the third age of …': the writer's present told as the nth stage (group 1 the ordinal, group 2 the noun). */
/** What PRESENT_ORDINAL needs ('in the third'), with 'i' alone (four times faster than 'iu'; 'ſ' spelled out, as 'iu' reads it for 's'). */
const IN_THE_ORDINAL = /in\s+(?:the|it[sſ]|our)\s+(?:[sſ]econd|third|fourth|fifth|[sſ]ixth)/i;
const PRESENT_ORDINAL = /\b(?:we|I|they|it)\s*(?:are|am|is|['’]re|['’]m|['’]s)\s+(?:(?:now|still|today)\s+)*(?:living\s+)?in\s+(?:the|its|our)\s+(second|third|fourth|fifth|sixth)\s+([\p{L}-]+)\b/iu;
/** 'And before the famine came the long age of the closed shop.': a paragraph that opens with the stage before the one just told (group 1 its name). */
const BEFORE_CAME = /^(?:and\s+)?(?:just\s+)?before\s+(?:it|that|this|them|the\s+[^,;.]{1,40}?)\s*,?\s+(?:came|lay|stood|there\s+(?:was|were|came))\s+((?:the|a|an)\s+[^,;:.()]{2,50}?)\s*[.,;:]/iu;
/** 'which I think of as the levy years', 'which we call …': the writer's name for a stage (group 1). */
const WRITER_CALLS = /\b(?:which|what)\s+(?:I|we)\s+(?:(?:would|shall|like\s+to)\s+)?(?:think\s+of\s+as|call|name|term|describe\s+as)\s+((?:the|a|an)\s+[^,;:.()]{2,40}?)\s*(?=[,;:.]|$)/iu;
/** 'it lasted six years': a stage's length in whole years (group 1 the number). */
const LASTED_YEARS = /\blasted\s+(?:for\s+)?(?:almost\s+|nearly\s+|some\s+|about\s+|just\s+)?([\p{L}\d]+)\s+years\b/iu;

/**
 * A history told from the present backwards, one paragraph a stage, with no count: the writer's
 * present as the nth stage ('We are now in the third age of Australian student unionism, which I
 * think of as the levy years. Since … the start of 2012, …'), then n − 1 paragraphs, one after the
 * other in its section, each opening with the stage before ('Before the levy years came the
 * famine. It began on the day …, and it lasted six years.' 'And before the famine came the long age
 * of the closed shop. For almost a century, from the founding of the union in 1911, …'). Each stage
 * starts at the first date of its paragraph, or as many years before the later one as it 'lasted';
 * it ends where the later one starts; the present is open. Null unless every stage is so dated, in order.
 */
function presentBackwards(sentences: Sentence[], k: number, temporal: TemporalExpression[], rules: PeriodisationRules, toOriginal: ToOriginal): Thesis | null {
  const s = sentences[k];
  // (Cheap first: most sentences hold no ' in the ' or are no present.)
  if (!s.text.includes(' in ') || !IN_THE_ORDINAL.test(s.text)) return null;
  const m = PRESENT_ORDINAL.exec(s.text);
  if (!m) return null;
  const count = rules.ordinals.get(m[1].toLowerCase());
  const noun = m[2].toLowerCase();
  if (count === undefined || count < 2 || count > rules.maxStages || !rules.stageNouns.has(noun)) return null;
  const inParagraph = (j: number): Sentence[] => sentences.filter((x) => x.paragraphId === sentences[j].paragraphId);
  // The opening sentence of each stage's paragraph, the latest first.
  const openings = [k];
  for (let j = k; openings.length < count; ) {
    const paragraph = sentences[j].paragraphId;
    while (j < sentences.length && sentences[j].paragraphId === paragraph) j++;
    if (j >= sentences.length || sentences[j].sectionId !== s.sectionId || !BEFORE_CAME.test(sentences[j].text)) return null;
    openings.push(j);
  }
  const head = new RegExp(`^(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?${escapeRegExp(noun)}\\s+of\\s+`, 'iu');
  const items: ThesisItem[] = [];
  let laterStart: number | null = null;
  for (const j of openings) {
    const t = sentences[j];
    const paragraph = inParagraph(j).filter((x) => x.start >= t.start);
    const date = paragraph.flatMap((x) => ofSentence(temporal, x.id)).find((x) => x.from !== null && x.kind !== 'relative' && x.kind !== 'era');
    let from = date?.from ?? null;
    if (from === null && laterStart !== null) {
      const lasted = paragraph.map((x) => LASTED_YEARS.exec(x.text)).find((x) => x !== null);
      const years = lasted ? (rules.countWords.get(lasted[1].toLowerCase()) ?? (/^\d+$/.test(lasted[1]) ? Number(lasted[1]) : undefined)) : undefined;
      if (years !== undefined) from = laterStart - years;
    }
    if (from === null || (laterStart !== null && from >= laterStart)) return null;
    const base = date ?? items[items.length - 1]?.dated;
    if (!base) return null;
    const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
    dateItem(item, base, from, laterStart);
    const name = j === k ? (WRITER_CALLS.exec(t.text.slice(m.index))?.[1] ?? null) : BEFORE_CAME.exec(t.text)![1];
    item.label = name === null ? null : name.replace(head, '').trim();
    items.push(item);
    laterStart = from;
  }
  items.reverse();
  return { count, countSentenceId: s.id, items, repeatedIn: items.map(() => []), frameStart: null, countedNoun: null };
}

/**
 * The stages of a count set out in the text's outline of its chapters: the sentences, anywhere in
 * the text, that open with a chapter (or part) and its number ('Chapter 2 covers 1980–1992, when …',
 * 'Chapter 3 opens on 5 April 1992, …') and hold a date, `count` of them exactly, their numbers and
 * first dates in order (chapters without a date, an introduction or a comparison, are no stages).
 * Each stage runs from its chapter's first date to the next one's start; the last keeps its own end.
 * Null when there are not exactly that many (`count` 0: two or more).
 */
function outlineChapters(
  sentences: Sentence[],
  count: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): ThesisItem[] | null {
  const items: ThesisItem[] = [];
  let lastNumber = -1;
  for (const t of sentences) {
    const m = rules.outlineUnit.exec(t.text);
    if (!m) continue;
    const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
    if (!item.dated || item.dated.kind === 'era' || item.dated.from === null) continue;
    const number = numeralValue(m[1]);
    const previous = items[items.length - 1]?.dated?.from ?? null;
    if (number <= lastNumber || (previous !== null && item.dated.from < previous) || (count > 0 && items.length === count)) return null;
    lastNumber = number;
    items.push(item);
  }
  if (count > 0 ? items.length !== count : items.length < 2) return null;
  // ('Part I. The National Front's Boards, 1958–1974' in a table of contents: the title is the name.)
  for (const item of items) item.label ??= PART_TITLE_WITH_YEARS.exec(item.text)?.[1] ?? null;
  // Each chapter's stage ends where the next one starts ('opens on 5 April 1992 … closes with his
  // flight … in November 2000' is ended by the next chapter's 'from November 2000').
  for (const item of items.slice(0, -1)) {
    item.dated = { ...item.dated!, to: null };
    item.until = null;
  }
  return items;
}

/** A part's or chapter's title and its years, as a table of contents sets them ('Part II. Brokers and Votes, 1974–1991'): group 1 the title. */
const PART_TITLE_WITH_YEARS = /^(?:Chapter|Part|Book)\s+\S+?[.:]\s+(\p{Lu}[^.;]{1,80}?),?\s*\(?\d{4}\s*[–—-]\s*\d{2,4}\)?\.?$/u;

/** Number words of a part ('Part Two', 'Book three'). */
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The value of a part's or a chapter's number: digits, a number word or a Roman numeral, in any case ('3', 'Two', 'iv' → 3, 2, 4). */
export function numeralValue(numeral: string): number {
  if (/^\d+$/u.test(numeral)) return Number(numeral);
  return NUMBER_WORDS[numeral.toLowerCase()] ?? romanValue(numeral.toUpperCase());
}

/** The value of a roman numeral ('IV' → 4); 0 when it is none. */
function romanValue(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = values[numeral[i]] ?? 0;
    total += v < (values[numeral[i + 1]] ?? 0) ? -v : v;
  }
  return total;
}

/** Most sentences between a count and the first row of the timeline it announces. */
const MAX_SENTENCES_BEFORE_TIMELINE = 8;

/**
 * The stages of a timeline set out after the sentence `k` that counts them: the first sentence
 * within a few after it that opens a paragraph as a timeline row, and the paragraphs that follow it,
 * `count` in all, each opening with a row ('1986–2005  Partnership: …', '2. 1996–2008, managed
 * pluralism: …'), dated in order of years (the last may be open: 'Since 2021  Closure: …'). Null when there are not that many rows.
 */
function timelineAfter(
  sentences: Sentence[],
  k: number,
  count: number,
  temporal: TemporalExpression[],
  rules: PeriodisationRules,
  toOriginal: ToOriginal,
): ThesisItem[] | null {
  const opensParagraph = (j: number): boolean => j > 0 && sentences[j - 1].paragraphId !== sentences[j].paragraphId;
  let first = -1;
  // A row's name: after its years ('1986–2005 Partnership: …', '1990–2000: opening after
  // unification.'), or before them ('Post-Soviet formation (1991–2004).'); null when it is no row.
  const rowName = (text: string): string | null => {
    const row = rules.timelineRow.exec(text);
    if (row) return (row[1] ?? row[2] ?? row[3]).trim();
    return rules.timelineRowNameFirst.exec(text)?.[1].trim() ?? null;
  };
  for (let j = k + 1; j < Math.min(sentences.length, k + 1 + MAX_SENTENCES_BEFORE_TIMELINE) && first < 0; j++) if (opensParagraph(j) && rowName(sentences[j].text) !== null) first = j;
  if (first < 0) return null;
  const rows: ThesisItem[] = [];
  // (A row may run to more than one sentence: the next row is the sentence that opens the next paragraph.)
  for (let j = first; rows.length < count; j++) {
    while (j < sentences.length && !opensParagraph(j)) j++;
    if (j >= sentences.length) return null;
    const t = sentences[j];
    const name = rowName(t.text);
    if (name === null) return null;
    const item = makeItem(t, 0, t.text.length, false, temporal, rules, toOriginal);
    const previous = rows[rows.length - 1]?.dated?.from ?? null;
    if (!item.dated || item.dated.from === null || (previous !== null && item.dated.from < previous)) return null;
    item.label = name;
    rows.push(item);
  }
  return rows;
}

/**
 * Drops from each stage's name the stage noun the announcement counts when it only heads the name:
 * after 'two distinct regimes', 'a regime of open access' is named 'open access'; after 'three
 * phases', 'a phase of state purchase' is 'state purchase'. The noun repeats the count and names
 * nothing. Kept: other heads ('a formative period of …' qualifies the noun; 'the Reagan era of
 * retrenchment'), and a name after 'of' ('the era of Okafor').
 */
/** An indefinite article opening a name's head ('a phase of', 'an era of'). */
const INDEFINITE_HEAD = /^an?\s/iu;
function withoutCountedHead(items: ThesisItem[], noun: string): void {
  // ('halves' is 'half', 'lives' is 'life'.)
  const plural = noun.toLowerCase();
  const stems = [plural.replace(/s$/, ''), ...(plural.endsWith('ves') ? [plural.replace(/ves$/, 'f'), plural.replace(/ves$/, 'fe')] : [])];
  const head = new RegExp(`^(?:a|an|the)\\s+(?:${stems.join('|')})\\s+of\\s+`, 'iu');
  for (const item of items) {
    const m = item.label ? head.exec(item.label) : null;
    // (Lower case after 'of', tested apart: with the 'i' flag \p{Ll} would match capitals too.)
    // ('the era of Stalin' names the stage by its man; 'a phase of Labour dominance' only says what
    // the phase was, capital or not.)
    if (m && (/\p{Ll}/u.test(item.label!.charAt(m[0].length)) || INDEFINITE_HEAD.test(m[0]))) item.label = item.label!.slice(m[0].length);
  }
}

/** What before an era in an item makes the stage start where the era ends, or end where it starts. */
const AFTER_ERA = /\b(?:after|since|following)\s+$/i;
const BEFORE_ERA = /\b(?:before|until|till|up\s+to|prior\s+to)\s+$/i;

/** An item that is nothing but 'after' and a word pointing back to the item before ('after it', 'since then', 'thereafter'). */
const AFTER_ANAPHOR = /^(?:(?:after|since|following)\s+(?:it|that|this|then|(?:that|this|the\s+same)\s+[\p{L}-]+)|thereafter|afterwards)$/iu;
/** What opens a part of a list that only bounds its stage by an event ('before the riots', 'between the riots and the law'). */
const BOUND_ONLY = /^(?:before|after|between|until|till|since|up\s+to|prior\s+to)\s/iu;
/** A clause after a comma that describes a part of a list ('…, when parties were banned'). */
const DESCRIBING_CLAUSE = /,\s*(?:when|which|while|as|during which)\b[^]*$/iu;
/** An item bounded by two events, only the second dated ('between the riots and the Societies Law of 2008'). */
const BETWEEN_TO = /^between\s+\S[^]*?\sand\s/iu;

/** What before a date in an announcement makes it the start of the whole periodisation ('since the death of Franco in 1975'). */
const FRAME_START = /\b(?:since|from)\b/i;
/** 'since' or 'from' right before a date ('The decades since 1940'). */
const FRAME_WORD_BEFORE = /\b(?:since|from)\s+(?:the\s+)?$/iu;
/** A phrase of time that opens the sentence announcing the stages, up to its first comma ('Since the fall of the junta in 1983,'). */
const OPENING_FRAME = /^(?:ever\s+)?(?:since|from)\s[^,;:]*,/iu;
/** A date that is itself 'since …' ('since 2008' found as one expression). */
const SINCE_DATE_TEXT = /^since\s/iu;

/** "two periods, divided by the coup of 1980": the event (group 1) whose year divides them. */
const DIVIDED_BY = /^\s*,?\s*(?:that\s+are\s+|which\s+are\s+)?(?:divided|separated|split)\s+(?:by|at)\s+((?:the\s+)?[^,;:.]*?\d{3,4})/iu;

/** Capitalised words of a thesis item that may name a person ("Okafor" in "the Okafor era"). */
function namesIn(itemText: string, rules: PeriodisationRules): string[] {
  // 'the unstable democracy before Rafael Correa': a name after a word of time bounds the stage, it does not name it.
  return (itemText.replace(NAME_AS_BOUND, ' ').match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).filter((w) => {
    const lower = w.toLowerCase();
    // Ordinals and counts ("the Second Republic") are capitalised without naming anyone.
    return !rules.genericLabelWords.has(lower) && !rules.stageNouns.has(lower) && !rules.tenureWords.has(lower) && !rules.ordinals.has(lower) && !rules.finalOrdinals.has(lower) && !rules.countWords.has(lower);
  });
}

/** A run of capitalised words after a word of time ('before Rafael Correa', 'after Franco'). */
const NAME_AS_BOUND = /\b(?:before|until|till|prior\s+to|after|since)\s+(?:\p{Lu}[\p{L}'’.-]*\s*)+/gu;

/** Years a text gives a stage named after a person, and the sentence that gives them. */
export interface TenureYears {
  from: number | null;
  to: number | null;
  sentence: Sentence;
  /** True when the sentence gives only the start ('Fujimori was elected president in 1990'): the end is not known, not open. */
  startOnly?: boolean;
}

/**
 * Years of a thesis item named after a person the era table does not know, from the text's own
 * statement of that person's time in office: the first sentence (other than the thesis) that names
 * them, has a word of holding office and a range of years. "Okafor came to power in 1962 and ruled
 * until 1975" → 1962–1975; "Since 1991, under President Moreau, …" → 1991, open.
 */
export function tenureOf(item: ThesisItem, others: ThesisItem[], sentences: Sentence[], temporalBySentence: Map<string, TemporalExpression[]>, rules: PeriodisationRules): TenureYears | null {
  // A word several stages share ("the First Republic", "the Second Republic") names the scheme, not a person.
  const shared = new Set(others.filter((o) => o !== item).flatMap((o) => namesIn(o.text, rules)));
  const names = namesIn(item.text, rules).filter((n) => !shared.has(n));
  if (names.length === 0) return null;
  const nameRe = new RegExp(`(?<![\\p{L}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
  // Without a range anywhere, the first sentence that names them in office with a date gives the
  // start, and an end only after 'until' ('Marcos declared martial law in September 1972 and ruled
  // by decree until he was driven from power in February 1986' → 1972–1986; 'Fujimori was elected
  // president in 1990' → 1990, the end not known).
  let startOnly: TenureYears | null = null;
  // Only for a name written as one ('Fujimori'): in a text set in capitals every word looks like a name.
  const properName = names.some((n) => /\p{Ll}/u.test(n));
  for (const s of sentences) {
    if (s.id === item.sentenceId || !nameRe.test(s.text)) continue;
    const dates = temporalBySentence.get(s.id) ?? [];
    if (dates.length === 0 || !(s.text.toLowerCase().match(WORD) ?? []).some((w) => rules.tenureWords.has(w))) continue;
    if (!dates.some((t) => t.kind === 'range')) {
      if (!properName) continue;
      // Only a word of taking or leaving office makes a single date a tenure's start ('rules' in 'its port rules changed' does not).
      if (!(s.text.toLowerCase().match(WORD) ?? []).some((w) => rules.tenureStartWords.has(w))) continue;
      const explicit = dates.filter((t) => t.kind !== 'era' && t.kind !== 'relative' && t.from !== null);
      if (startOnly || explicit.length === 0) continue;
      const from = explicit[0].from!;
      const last = explicit[explicit.length - 1];
      const ends = explicit.length > 1 && UNTIL_BEFORE.test(s.text.slice(0, Math.max(0, s.text.indexOf(last.text))));
      const to = ends ? (last.to ?? last.from) : null;
      startOnly = to !== null && to > from ? { from, to, sentence: s } : { from, to: null, sentence: s, startOnly: true };
      continue;
    }
    const froms = dates.map((t) => t.from).filter((y): y is number => y !== null);
    const tos = dates.map((t) => t.to).filter((y): y is number => y !== null);
    const open = dates.some((t) => t.kind === 'range' && t.to === null && t.from !== null && t.from === Math.max(...froms));
    return { from: froms.length ? Math.min(...froms) : null, to: open || tos.length === 0 ? null : Math.max(...tos), sentence: s };
  }
  return startOnly;
}

/** An 'until' between the first date and the last: the last date ends the tenure. */
const UNTIL_BEFORE = /\b(?:until|till)\b[^.;]*$/iu;
