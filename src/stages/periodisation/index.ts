/**
 * Stage `periodisation`: the periodisation a text claims. It reads the thesis that announces and
 * enumerates stages and the section headings that carry years or ordinals, aligns thesis stage i
 * with heading i (by years, then by order), and takes each stage's years from whichever gives
 * them — the thesis, the heading, or another sentence of the text that dates an era the thesis
 * names (recorded as evidence). A text without a periodisation gets `claimedCount: null` and no
 * stages: stages are never invented.
 */
import { datesAsPoints, layer, temporalBySentence, type Block, type Diagnostic, type PeriodStage, type Periodisation, type Sentence, type Span, type TemporalExpression } from '../../doc.js';
import { defineStage, message } from '../../stage.js';
import { countedNumberedHeadings, headingStages, labelAsWritten, periodNamedHeadings, readHeading, withEraYears, withUndatedHeadings, type HeadingInfo } from './headings.js';
import { disclaimsPeriods, findAnnouncement, findThesis, itemLabel, itemYears, labelWords, ofSentence, tenureOf, type PeriodisationRules, type Thesis, type ThesisItem } from './thesis.js';
import { escapeRegExp, singularOf } from '../../chars.js';
import { endedInItsParagraph } from './forms26.js';
import { namedCourseFrom, runInHeadings } from './forms27.js';
import { declinedLast, plannedPhases, verbBefore } from './forms28.js';
import { cameNamePattern, nameInTurn } from './forms29.js';
import { eventBoundsRules, type EventBoundsData } from './events.js';
import { laterInTurnRules, type LaterInTurnData } from './forms31a.js';
import { forms31cRules, titleCountedLines, type Forms31cData } from './forms31c.js';
import { revisedOrQuotedRules, type RevisedOrQuotedData } from './forms31b.js';

export interface PeriodisationOptions {
  /** Data file (default: `periodisation.json`). */
  rules: string;
}

interface RulesData {
  countWords: Record<string, number>;
  stageNouns: string[];
  stageAdjectives: string[];
  announcingWords: string[];
  announcingAfter: string[];
  announcingAfterPairs: string[];
  countOnlyNouns: string[];
  countOnlyAnnouncers: string[];
  storyPartNouns: string[];
  storyWords: string[];
  distributiveNouns: string[];
  countIntoVerbs: string[];
  periodisingVerbs: string[];
  reignHeadings: string;
  datedOnlyNouns: string[];
  compoundHeads: string[];
  listWords: string[];
  pairAnnouncers: string[];
  pairThrough: string[];
  notPeriodsOf: string[];
  researchDesignWords: string[];
  researchSubjects: string[];
  procedureNouns: string[];
  procedureWords: string[];
  procedureVerbs: string[];
  researchActivities: string[];
  ordinals: Record<string, number>;
  finalOrdinals: string[];
  currentStageWords: string[];
  ordinalStageVerbs: string[];
  itemMarkers: string;
  enumerationMarker: string;
  itemTail: string;
  endsAt: string;
  toEvent: string;
  betweenAndEvent: string;
  relativePart: string;
  dateOnlyPart: string;
  genericLabelWords: string[];
  periodisationNouns: string[];
  eraNameNouns: string;
  eraLeadWords: string;
  openEnded: string;
  headingOrdinal: string;
  headingYears: string;
  headingYearsFirst: string;
  timelineRow: string;
  timelineRowNameFirst: string;
  periodsLine: string;
  boundedList: { first: string[]; middle: string[]; last: string[] };
  countedInYears: { first: string[]; next: string[]; last: string[]; units: Record<string, number>; tens: Record<string, number>; nameVerbs: string[] };
  agesOfALife: { lifeWords: string[]; birthWords: string[]; maxWordsAfterBirthWord: number };
  timesWhen: { nouns: string[]; openers: string[]; present: string[] };
  othersTell: string;
  reportedAccount: string;
  disclaimer: string;
  plannedIn: string;
  founding: { references: string[]; verbs: string[]; sentencesBefore: number; endOnlyOpenings: string[]; beginVerbs: string[] };
  cameInTurn: { first: string[]; then: string[]; verbs: string[]; living: string[] };
  definitionVerbs: string[];
  backwardsVerbs: string[];
  turningPointNouns: string[];
  titledPartNouns: string[];
  outlineUnit: string;
  counterProposal: string;
  titledVerbs: string[];
  sectionNumber: string;
  conclusionHeadings: string;
  frontHeadings: string;
  headingCenturies: string;
  centuryWords: Record<string, number>;
  currentCentury: number;
  notStageHeadings: string;
  becoming: string;
  earlyHeadingWords: string[];
  periodHeadingWords: string[];
  maxStages: number;
  maxWordsBeforeOpener: number;
  preambleBreak: string;
  tenureWords: string[];
  tenureStartWords: string[];
  stageEndWords: string[];
  stageStartWords: string[];
  appositionVerbs: string[];
  pointingWords: string[];
  adoptingVerbs: string[];
  declinedStage: string;
  eachNamedClause: string;
  spanOpeners: string[];
  eventBounds: EventBoundsData;
  laterInTurn: LaterInTurnData;
  forms31c: Forms31cData;
  revisedOrQuoted: RevisedOrQuotedData;
}

/**
 * "three stages", or a count joined to a singular stage noun: "a three-stage periodisation"; or the
 * word periodisation itself, which may announce a numbered list ("My periodisation distinguishes:
 * (a) …"); or a verb that divides, which may name the stages one by one ('distinguish between an
 * early phase (…) and a late phase (…)'). (Verbs of passing announce only before 'through': 'went
 * through an era of …', not 'went to Paris', a common phrase.)
 */
function mentionsOf(words: string[], d: RulesData, singular: string[]): RegExp {
  return new RegExp(`\\b(?:${words.join('|')})\\b|\\b(?:${d.pairThrough.join('|')})\\s+through\\b|\\w-(?:${singular.join('|')})\\b`, 'i');
}

function compile(d: RulesData): PeriodisationRules {
  const plural = d.stageNouns.filter((n) => n.endsWith('s'));
  const singular = d.stageNouns.filter((n) => !n.endsWith('s'));
  return {
    // (See mentionsOf.)
    mentionsStages: mentionsOf([...plural, ...d.countOnlyNouns, ...d.datedOnlyNouns, ...d.periodisationNouns, ...d.pairAnnouncers.filter((w) => !d.pairThrough.includes(w))], d, singular),
    countBefore: new RegExp(`\\b(?:${Object.keys(d.countWords).join('|')})\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'iu'),
    periodisationNouns: new Set(d.periodisationNouns),
    countWords: new Map(Object.entries(d.countWords)),
    stageNouns: new Set(d.stageNouns),
    cameName: cameNamePattern([...d.cameInTurn.first, ...d.cameInTurn.then], d.cameInTurn.verbs),
    singularStageNouns: singular.join('|'),
    stageAdjectives: new Set(d.stageAdjectives),
    pointingWords: new Set(d.pointingWords),
    adoptingVerbs: new Set(d.adoptingVerbs),
    declinedStage: new RegExp(d.declinedStage, 'iu'),
    eachNamedClause: new RegExp(d.eachNamedClause, 'iu'),
    spanOpeners: d.spanOpeners,
    eventBounds: eventBoundsRules(d.eventBounds, d.countWords),
    laterInTurn: laterInTurnRules(d.laterInTurn, d.countWords, d.ordinals, d.stageNouns),
    forms31c: forms31cRules(d.forms31c, d.countWords, d.stageNouns),
    revisedOrQuoted: revisedOrQuotedRules(d.revisedOrQuoted),
    announcingWords: new Set(d.announcingWords),
    announcingAfter: new Set(d.announcingAfter),
    announcingAfterPairs: d.announcingAfterPairs.map((x) => x.split(/\s+/)),
    countOnlyNouns: new Set(d.countOnlyNouns),
    countOnlyAnnouncers: new Set(d.countOnlyAnnouncers),
    storyPartNouns: new Set(d.storyPartNouns),
    storyWords: new Set(d.storyWords),
    distributive: new RegExp(`\\b(${d.distributiveNouns.join('|')})\\s+by\\s+(\\1)\\b`, 'iu'),
    distributiveNouns: new Set(d.distributiveNouns),
    countIntoVerbs: new Set(d.countIntoVerbs),
    periodisingVerbs: new RegExp(`\\b(?:${d.periodisingVerbs.join('|')})\\b`, 'iu'),
    datedOnlyNouns: new Set(d.datedOnlyNouns),
    reignHeadings: new RegExp(d.reignHeadings, 'u'),
    compoundHeads: new Set(d.compoundHeads),
    listWords: new Set(d.listWords),
    pairAnnouncers: new Set(d.pairAnnouncers),
    pairThrough: new Set(d.pairThrough),
    notPeriodsOf: new Set(d.notPeriodsOf),
    researchDesignWords: new Set(d.researchDesignWords),
    researchSubjects: new Set(d.researchSubjects),
    procedureNouns: new Set(d.procedureNouns),
    procedureWords: new Set(d.procedureWords),
    procedureVerbs: new Set(d.procedureVerbs),
    researchActivities: new Set(d.researchActivities),
    ordinals: new Map(Object.entries(d.ordinals)),
    finalOrdinals: new Set(d.finalOrdinals),
    currentStageWords: new Set(d.currentStageWords),
    ordinalStageVerbs: d.ordinalStageVerbs,
    itemMarkers: new RegExp(d.itemMarkers, 'iu'),
    enumerationMarker: new RegExp(d.enumerationMarker, 'giu'),
    itemTail: new RegExp(d.itemTail, 'iu'),
    endsAt: new RegExp(d.endsAt, 'iu'),
    toEvent: new RegExp(d.toEvent, 'iu'),
    betweenAndEvent: new RegExp(d.betweenAndEvent, 'iu'),
    relativePart: new RegExp(d.relativePart, 'iu'),
    dateOnlyPart: new RegExp(d.dateOnlyPart, 'iu'),
    genericLabelWords: new Set(d.genericLabelWords),
    eraNameNouns: new RegExp(d.eraNameNouns, 'iu'),
    eraLeadWords: new RegExp(d.eraLeadWords, 'iu'),
    openEnded: new RegExp(d.openEnded, 'iu'),
    // '{nouns}': any singular stage noun ('First generation: relief', not only 'First phase: …').
    headingOrdinal: new RegExp(d.headingOrdinal.replace('{nouns}', singular.join('|')), 'iu'),
    headingYears: new RegExp(d.headingYears, 'iu'),
    headingYearsFirst: new RegExp(d.headingYearsFirst, 'iu'),
    timelineRow: new RegExp(d.timelineRow, 'u'),
    timelineRowNameFirst: new RegExp(d.timelineRowNameFirst, 'iu'),
    periodsLine: new RegExp(d.periodsLine, 'u'),
    boundedList: {
      first: new RegExp(`^\\s*(?:${d.boundedList.first.map(escapeRegExp).join('|')})\\s`, 'iu'),
      middle: new RegExp(`^\\s*(?:and\\s+)?(?:${d.boundedList.middle.map(escapeRegExp).join('|')})\\s`, 'iu'),
      last: new RegExp(`^\\s*(?:and\\s+)?(?:${d.boundedList.last.map(escapeRegExp).join('|')})\\s`, 'iu'),
    },
    countedInYears: countedInYearsRules(d.countedInYears),
    agesOfALife: agesOfALifeRules(d.agesOfALife, d.countedInYears),
    cameInTurn: (() => {
      // The name: a noun phrase after the verb, up to a comma, a full stop or a relative word (group 1).
      const name = `((?:the|a|an)\\s+[^,;.]{1,60}?)(?=\\s*[,;.]|\\s+(?:which|that|when|where|who|whose)\\b|$)`;
      const c = d.cameInTurn;
      return {
        first: new RegExp(`^(?:${phrases(c.first)})\\s*,?\\s+(?:${phrases(c.verbs)})\\s+${name}`, 'iu'),
        then: new RegExp(`^(?:and\\s+)?(?:${phrases(c.then)})\\s*,?\\s+(?:${phrases(c.verbs)})\\s+${name}`, 'iu'),
        present: new RegExp(`^(?:and\\s+)?(?:since\\s+[^,]{1,40}?|now|today|ever\\s+since)\\s*,?\\s+(?:we|they|people|the\\s+\\p{L}+)\\s+(?:have\\s+)?(?:(?:${phrases(c.living)})\\s+)?(?:in|through|under)\\s+${name}`, 'iu'),
        // After a sentence that announces the stages, the verb may be left out: 'First the monopoly,
        // from 1968 … until … 1990. Then the opening, … And then the Ali Bongo years, which …'.
        firstBare: new RegExp(`^(?:${phrases(c.first)})\\s*,?\\s+${name}`, 'iu'),
        thenBare: new RegExp(`^(?:and\\s+)?(?:${phrases(c.then)})\\s*,?\\s+${name}`, 'iu'),
      };
    })(),
    othersTell: new RegExp(d.othersTell, 'iu'),
    reportedAccount: new RegExp(d.reportedAccount, 'iu'),
    disclaimer: new RegExp(d.disclaimer, 'iu'),
    plannedIn: new RegExp(d.plannedIn, 'iu'),
    founding: {
      // ('from our founding', 'from the project's founding': group 1 the body named before it.)
      reference: new RegExp(`\\b(?:our|its|their|the(?:\\s+([\\p{L}-]+)['’]s)?)\\s+(?:${d.founding.references.map(escapeRegExp).join('|')})\\b`, 'iu'),
      verb: new RegExp(`\\b(?:${d.founding.verbs.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})\\b`, 'iu'),
      endOnly: new RegExp(`^(?:${d.founding.endOnlyOpenings.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})\\s`, 'iu'),
      beginVerb: new RegExp(`\\b(?:${[...d.founding.verbs, ...d.founding.beginVerbs].map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})\\b`, 'iu'),
      sentencesBefore: d.founding.sentencesBefore,
    },
    // 'There was the time when …', 'and now that the ballot box works again, the time we are still in': a part of a list of times.
    timesWhenPart: (() => {
      return new RegExp(`^\\s*(?:(?:${phrases(d.timesWhen.openers)})\\s+)*(?:(?:${phrases(d.timesWhen.present)})\\s+[^,;]{1,60},\\s*)?the\\s+(?:${phrases(d.timesWhen.nouns)})\\b`, 'iu');
    })(),
    // 'Before it came …', 'And before the new era lay …': group 1, what follows the verb.
    backwardsStep: new RegExp(`^(?:and\\s+)?before\\s+(?:it|this|that|them|these|the\\s+[^,;:.]{1,40}?)\\s*,?\\s+(?:${d.backwardsVerbs.map(escapeRegExp).join('|')})\\s+(.+)$`, 'iu'),
    // 'Two ruptures divide …', 'three turning points': group 1, the count; group 2, the noun.
    // 'The years 1980, 1991 and 2015 mark the breaks': the years listed, a verb, the noun (group 2).
    yearsMarkBreaks: new RegExp(`\\b((?:1[5-9]|20)\\d\\d(?:,\\s*(?:1[5-9]|20)\\d\\d)*,?\\s+and\\s+(?:1[5-9]|20)\\d\\d)\\s+(?:mark|marked|are|were|form|formed|constitute|constituted)\\s+(?:the\\s+)?(?:main\\s+|key\\s+|major\\s+|decisive\\s+)?(${d.turningPointNouns.map(escapeRegExp).join('|')})\\b`, 'iu'),
    turningPoints: new RegExp(`\\b(${Object.keys(d.countWords).map(escapeRegExp).join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}?(${d.turningPointNouns.map(escapeRegExp).join('|')})\\b`, 'iu'),
    outlineUnit: new RegExp(d.outlineUnit, 'u'),
    counterProposal: new RegExp(d.counterProposal, 'iu'),
    // 'The three parts of the book are titled '…'': group 1, the count; the titles follow the match.
    titledParts: new RegExp(`\\b(${Object.keys(d.countWords).map(escapeRegExp).join('|')})\\s+(?:${d.titledPartNouns.map(escapeRegExp).join('|')})\\b[^.;:'‘"“]{0,60}?\\b(?:${d.titledVerbs.map(escapeRegExp).join('|')})\\s+(?=['‘"“])`, 'iu'),
    // '"the present period" means …': a quoted term, then a defining verb (group 1, the term).
    definedTerm: new RegExp(`["“]([^"“”]{2,80})["”]\\s+(?:${d.definitionVerbs.map(escapeRegExp).join('|')})\\s`, 'giu'),
    sectionNumber: new RegExp(d.sectionNumber, 'u'),
    conclusionHeadings: new RegExp(d.conclusionHeadings, 'iu'),
    frontHeadings: new RegExp(d.frontHeadings, 'iu'),
    headingCenturies: new RegExp(d.headingCenturies, 'iu'),
    // 'The sixteenth-century boom': the same form as headingCenturies with the ordinal spelled out
    // (longest words first, so that 'twenty-first' is not read as 'first').
    headingCenturyWords: (() => {
      const w = Object.keys(d.centuryWords).sort((a, b) => b.length - a.length).join('|');
      return new RegExp(`(?:^|[\\s(])(${w})(?:\\s*(?:[-–—]|to|and)\\s*(${w}))?[\\s-]+centur(?:y|ies)\\b(?![\\s,]*(?:BC|BCE|B\\.C)\\b)`, 'iu');
    })(),
    centuryWords: new Map(Object.entries(d.centuryWords)),
    currentCentury: d.currentCentury,
    notStageHeadings: new RegExp(d.notStageHeadings, 'iu'),
    becoming: new RegExp(d.becoming, 'iu'),
    earlyHeadingWords: new Set(d.earlyHeadingWords),
    periodHeadingWords: new Set(d.periodHeadingWords),
    maxStages: d.maxStages,
    maxWordsBeforeOpener: d.maxWordsBeforeOpener,
    preambleBreak: new RegExp(d.preambleBreak, 'iu'),
    tenureWords: new Set(d.tenureWords),
    tenureStartWords: new Set(d.tenureStartWords),
    stageEndWords: new Set(d.stageEndWords),
    stageStartWords: new Set(d.stageStartWords),
    appositionVerbs: new Set(d.appositionVerbs),
  };
}

/** Words or phrases as a pattern's alternation, longest first (so 'most recent' wins over 'most'), spaces as runs of white space. */
function phrases(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
}

/** A number of one or two words or digits, up to ninety-nine ('seven', 'thirty-four', '12'), as a pattern. */
function numberPattern(d: RulesData['countedInYears']): string {
  return `(?:(?:${phrases(Object.keys(d.tens))})(?:[-\\s](?:${phrases(Object.keys(d.units).filter((w) => d.units[w] < 10))}))?|${phrases(Object.keys(d.units))}|\\d{1,2})`;
}

/** The patterns of stages counted by their lengths in years (see `$comment_countedInYears`). */
function countedInYearsRules(d: RulesData['countedInYears']): PeriodisationRules['countedInYears'] {
  const number = numberPattern(d);
  const units = new Map(Object.entries(d.units));
  const tens = new Map(Object.entries(d.tens));
  return {
    // 'the first seven (years)': groups (1) the word of order, (2) the number, (3) 'years' when written.
    part: new RegExp(`\\bthe\\s+(${phrases([...d.first, ...d.next, ...d.last])})\\s+(${number})(?:\\s+(years))?\\b`, 'giu'),
    // (Checked on every sentence: without the number and flags, which cost more than all the rest.)
    firstPart: new RegExp(`\\b[Tt]he\\s+(?:${phrases(d.first)})\\s`),
    first: new Set(d.first),
    next: new Set(d.next),
    last: new Set(d.last),
    // 'thirty-four years': group 1, the number.
    total: new RegExp(`\\b(${number})\\s+years\\b`, 'giu'),
    numberOf: (words: string): number | null => {
      const w = words.toLowerCase().replace(/\s+/g, ' ');
      if (/^\d+$/.test(w)) return Number(w);
      const [ten, unit] = w.split(/[- ]/);
      if (unit === undefined) return units.get(ten) ?? tens.get(ten) ?? null;
      const t = tens.get(ten);
      const u = units.get(unit);
      return t !== undefined && u !== undefined ? t + u : null;
    },
    nameVerb: new RegExp(`^(?:${phrases(d.nameVerbs)})\\s+`, 'iu'),
  };
}

/** The patterns of stages of a life told by ages (see `$comment_agesOfALife`). */
function agesOfALifeRules(d: RulesData['agesOfALife'], numbers: RulesData['countedInYears']): PeriodisationRules['agesOfALife'] {
  const age = numberPattern(numbers);
  return {
    // 'from twenty-three to forty-eight', 'from the age of 19 until 41': groups (1) and (2) the ages.
    range: new RegExp(`\\bfrom\\s+(?:the\\s+age\\s+of\\s+)?(${age})\\s+(?:to|until|till)\\s+(${age})\\b`, 'giu'),
    // 'from seventy-seven on': group 1, the age.
    onwards: new RegExp(`\\bfrom\\s+(?:the\\s+age\\s+of\\s+)?(${age})\\s+(?:on|onwards?)\\b`, 'iu'),
    lifeWords: new Set(d.lifeWords),
    // 'born in Omdurman on ' before a date.
    bornBefore: new RegExp(`\\b(?:${phrases(d.birthWords)})\\s+(?:[\\p{L}\\p{N}'’,.-]+\\s+){0,${d.maxWordsAfterBirthWord}}$`, 'iu'),
  };
}

/** True when a heading is, or ends with after a colon, the name (case aside): 'Room 2: The Referendum Years'. */
function endsWithName(heading: string | null, name: string): boolean {
  if (!heading) return false;
  const h = heading.trim().toLowerCase();
  const n = name.trim().toLowerCase();
  return h === n || h.endsWith(`: ${n}`);
}

/** An item that ends with a person's name after 'before' or 'until' ('the unstable democracy before Rafael Correa'). */
const ENDS_BEFORE_NAME = /\b(?:before|until|till|prior\s+to)\s+(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u;

const sameYears = (item: ThesisItem, h: HeadingInfo): boolean => {
  const y = itemYears(item);
  if (!y || y.from !== h.from) return false;
  if (y.to === h.to || (y.to === null && h.open)) return true;
  // "a targeting generation that began in 2005" and "2.2 Targeting (2005–)": a stage the thesis
  // dates by its start alone (a single year that is no end) is the open heading with that start.
  // ('The fourth, the mandate crisis, began in the summer of 2021': a point in a year, too.)
  return h.open && item.dated !== null && POINT_IN_YEAR.has(item.dated.kind) && y.to === y.from && !item.endsAtYear && !item.until;
};
const POINT_IN_YEAR = new Set<TemporalExpression['kind']>(['year', 'month', 'day', 'season-part']);

/**
 * A heading stage without years of its own that names a ruler's time ('Reign of Peter the Great')
 * takes the years its section gives that time: the first sentence of the section with a word of
 * holding office and a closed range ('Peter I, who ruled as tsar from 1682 to 1725, founded the city
 * in 1703' → 1682–1725), rather than the section's first date or the start of the stage after it.
 * Kept only when it ends no later than that next stage starts.
 */
function withReignYears(h: HeadingInfo, next: HeadingInfo | null, sentences: Sentence[], temporal: TemporalExpression[], rules: PeriodisationRules): HeadingInfo {
  if (!h.inferred || !h.label || !rules.reignHeadings.test(h.label)) return h;
  for (const s of sentences) {
    if (s.sectionId !== h.section.id || !(s.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => rules.tenureWords.has(w))) continue;
    const range = ofSentence(temporal, s.id).find((t) => t.kind === 'range' && t.from !== null && t.to !== null && t.to > t.from);
    if (!range) continue;
    if (next?.from != null && range.to! > next.from) return h;
    return { ...h, from: range.from, to: range.to, ranged: true, open: false, inferred: { from: 'text', to: 'text' } };
  }
  return h;
}

/** What may stand between a stage's name and the bracket that dates it ('the Old Republic (1889–1930)', 'Ottoman rule (r. …)'). */
const BEFORE_NAMED_RANGE = /^\s*\(\s*(?:c\.\s*|r\.\s*)?$/u;

/**
 * A heading stage without years of its own ('Old Republic', between the history's start and
 * 'Vargas Era (1930–1945)') takes the years its own section gives its name in brackets: 'Under the
 * Old Republic (1889–1930) the federal government left …' → 1889–1930, rather than its first date
 * or the start of the stage after it. Kept only when it ends no later than that next stage starts.
 * A first stage with no start takes one from a closed range of its section that ends where it ends.
 */
function withNamedYears(h: HeadingInfo, next: HeadingInfo | null, sentences: Sentence[], temporal: TemporalExpression[]): HeadingInfo {
  if (!h.inferred || !h.label) return h;
  const name = h.label.replace(/^the\s+/iu, '').toLowerCase();
  if (name.length < 3) return h;
  let inSection = false;
  for (const s of sentences) {
    // (A section's sentences follow one another: the search ends with them.)
    if (s.sectionId !== h.section.id) {
      if (inSection) break;
      continue;
    }
    inSection = true;
    if (!s.text.includes('(')) continue;
    const at = s.text.toLowerCase().indexOf(name);
    if (at < 0) continue;
    const after = at + name.length;
    const range = temporal.find((t) => {
      if (t.sentenceId !== s.id || t.kind !== 'range' || t.from === null || t.to === null || t.to <= t.from) return false;
      const where = s.text.indexOf(t.text, after);
      return where >= 0 && BEFORE_NAMED_RANGE.test(s.text.slice(after, where));
    });
    if (!range) continue;
    if (next?.from != null && range.to! > next.from) return h;
    return { ...h, from: range.from, to: range.to, ranged: true, open: false, inferred: { from: 'text', to: 'text' } };
  }
  // 'Danish rule' before 'Union with Sweden (1814–1905)', its section: 'The Danish period, which
  // lasted from 1643 to 1814, saw …': a first stage with no start takes it from a closed range of
  // its own section that ends exactly where the stage ends (the next stage's start).
  if (h.from === null && h.to !== null) {
    const range = temporal.find((t) => t.sectionId === h.section.id && t.sentenceId !== null && t.kind === 'range' && t.from !== null && t.to === h.to && t.from < h.to!);
    if (range) return { ...h, from: range.from, ranged: true, open: false, inferred: { from: 'text', to: h.inferred.to } };
  }
  return h;
}

/** Sentence id named in a temporal cue such as "era: xi-jinping (text s91)". */
function evidenceSentence(cues: string[]): string | null {
  for (const c of cues) {
    const m = /\((?:text\s+)?(s\d+)\)/.exec(c);
    if (m && /text|own/.test(c)) return m[1];
  }
  return null;
}

/**
 * True when a heading without years names the thesis item's stage: every distinctive word of the
 * shorter name is in the longer ('2. The high socialist period' and 'the high socialist period';
 * 'Managed contention' and 'a period of managed contention').
 */
function sameLabel(item: ThesisItem, h: HeadingInfo, rules: PeriodisationRules): boolean {
  if (!item.label || !h.label || h.ranged || h.conclusion) return false;
  const a = labelWords(item.label, rules);
  const b = labelWords(h.label, rules);
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return shorter.every((w) => longer.has(w));
}

/** A bound in time inside a name ('the restored democracy after People Power', 'the current period under Governor Halvorsen'). */
const BOUND_IN_TIME = /(?:^|\s)(?:after|before|since|until|till|under|during|following|prior\s+to)\s/iu;

/** An item that runs from one bound to another ('from the end of the National Front to the new constitution'). */
const FROM_TO = /^(?:from|through)\s.*\sto\s/iu;

/** Words that join the words of a name without naming anything ('the early years of the AKP'). */
const JOINING_WORDS = new Set(['of', 'and', 'in', 'for', 'to', 'the', 'a', 'an']);

/** The words of a name, lower-cased, without articles: what two names are compared by. */
const nameWords = (label: string): string[] => (label.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== 'the' && w !== 'a' && w !== 'an');

/**
 * True when a thesis item's name only places the stage in time, rather than naming it: a bound in
 * time ('the current period under Governor Halvorsen', 'the years since the agreement', 'after the
 * dockers' strike'); a span between two bounds ('from the end of the National Front to the new
 * constitution'); words of time or office and proper names alone ('the early years of the AKP',
 * 'the presidency of Uhuru Kenyatta', 'the Workers' Party governments'); or a lone plural noun left
 * when the clause that placed it was cut ('the governments that followed the Truth Commission' →
 * 'the governments').
 */
function describesByTime(item: ThesisItem, label: string, rules: PeriodisationRules): boolean {
  if (BOUND_IN_TIME.test(label) || FROM_TO.test(item.text)) return true;
  const words = label.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const generic = (w: string): boolean => {
    const x = w.toLowerCase();
    return rules.genericLabelWords.has(x) || rules.tenureWords.has(x) || rules.tenureWords.has(x.replace(/s$/, '')) || x === 'decades' || x === 'governments';
  };
  const content = words.filter((w) => !generic(w) && !JOINING_WORDS.has(w.toLowerCase()));
  if (content.length > 0 && words.some((w) => generic(w) && !JOINING_WORDS.has(w.toLowerCase())) && content.every((w) => /^\p{Lu}/u.test(w))) return true;
  const bare = words.filter((w) => !/^(?:the|a|an)$/iu.test(w));
  return bare.length === 1 && /^\p{Ll}[\p{Ll}-]*[^su]s$/u.test(bare[0]);
}

/**
 * The name of a stage that both the thesis and its heading name. The thesis announces the
 * periodisation, so its name is the stage's ('the age of the canals' over the heading 'Cuts and
 * wharves'; 'a parish phase' over 'The parish'); the heading's is taken when the thesis gives no
 * name of its own:
 * - it only places the stage in time (see {@link describesByTime}; 'the years from 1908 to 1931,
 *   when …' has no name at all);
 * - the heading counts the stage and names it ('First generation: crisis response');
 * - the heading is the thesis's name without what describes it ('Spring' for 'a spring of open
 *   debate in the theatres'), or without a generic head ('Container-age decline' for 'a period of
 *   container-age decline', as a counted head is dropped): the words the thesis adds are not just a
 *   stage noun after the name, as in 'a parish phase';
 * - the heading holds every word of the thesis's name ('The period of contraction' and
 *   'contraction'; 'False spring' and 'a false spring'): the same name, as the heading writes it.
 */
function stageLabel(item: ThesisItem, h: HeadingInfo | null, rules: PeriodisationRules): string | null {
  if (!h?.label) return item.label;
  if (!item.label || h.ordinal !== null || describesByTime(item, item.label, rules)) return h.label;
  const thesis = nameWords(item.label);
  const heading = nameWords(h.label);
  const inHeading = new Set(heading);
  if (thesis.every((w) => inHeading.has(w))) return h.label;
  const inThesis = new Set(thesis);
  // 'Campbell Newman' in a thesis of eras named after men, and the heading 'The Newman era': the
  // heading names the stage, after the man.
  const headingName = heading.filter((w) => !rules.stageNouns.has(w));
  if (headingName.length > 0 && headingName.length === heading.length - 1 && /^\p{Lu}/u.test(item.label) && headingName.every((w) => inThesis.has(w))) return h.label;
  if (!heading.every((w) => inThesis.has(w))) return item.label;
  // 'a parish phase' and 'The parish': the heading's words, then stage nouns only.
  const at = thesis.indexOf(heading[heading.length - 1]);
  const tail = at >= 0 ? thesis.slice(at + 1) : [];
  const compound = thesis.length === heading.length + tail.length && tail.length > 0 && tail.every((w) => rules.stageNouns.has(w));
  return compound ? item.label : h.label;
}

/** True when a heading's years cannot be the stage's: a start or an end more than a year apart. */
function contradicts(item: ThesisItem, h: HeadingInfo): boolean {
  const years = itemYears(item);
  // 'a phase of tolerance before 1945': the year is where the stage ends; 'the transition after
  // 1989': where it starts. Neither gives the other end, and an end left open this way does not
  // say that the stage lasts (as 'since 1989' or 'the current period' do).
  const startOnly = years !== null && startsOnly(item);
  const y = years && item.endsAtYear ? { from: null, to: years.to } : years && startOnly ? { from: years.from, to: null } : years;
  if (!y || (h.from === null && h.to === null)) return false;
  const apart = (a: number | null, b: number | null): boolean => a !== null && b !== null && Math.abs(a - b) > 1;
  return apart(y.from, h.from) || apart(y.to, h.to) || (!startOnly && y.to === null && h.to !== null && !h.open && y.from !== null && h.to > y.from + 1);
}

/** 'after' before a year or an event's year in a thesis item ('the transition after 1989', 'after the coup of 1973'). */
const AFTER_YEAR = /\bafter\s+(?:[\p{L}’'-]+\s+){0,4}\d{3,4}\b/iu;

/** True when a dated thesis item gives its stage's start alone ('the transition after 1989'). */
function startsOnly(item: ThesisItem): boolean {
  return item.dated !== null && !item.endsAtYear && item.until === null && AFTER_YEAR.test(item.text);
}

/** Fewest dates a section must hold before they can show it is not its stage's. */
const MIN_DATES_TO_TELL = 3;

/**
 * The years of the dates in a heading's section and its subsections (up to the next heading at its
 * level or above): the first year of each, eras and relative expressions aside.
 */
function sectionYears(h: HeadingInfo, headings: HeadingInfo[], temporal: TemporalExpression[]): number[] {
  const at = headings.indexOf(h);
  const next = headings.slice(at + 1).find((x) => x.section.level <= h.section.level);
  const end = next ? next.section.start : Infinity;
  const years: number[] = [];
  for (const t of temporal) {
    if (t.sentenceId === null || t.start < h.section.start || t.start >= end || t.kind === 'era' || t.kind === 'relative' || t.from === null) continue;
    years.push(t.from);
  }
  return years;
}

/**
 * True when a section's own dates say it is not the stage's: of three or more, more than half fall
 * after the thesis item's end (a year's slack). 'This paper compares them on three dimensions: the
 * legal framework (Section 3), public funding (Section 4) and participation (Section 5)' after
 * 'three periods … from 1988 to 1991 … until 2004 … since 2004': the legal framework's section
 * tells of 1993–2017, all after the first period, so it is no stage's. Only dates after the end
 * count: a stage's section often opens with the background before it ('the late nineteenth
 * century', '1934') under 'Autonomy after the coup (1983–1995)'. An item dated by one year
 * ('since EU accession in 2004') ends where the next item starts.
 */
function datesDeny(items: ThesisItem[], i: number, h: HeadingInfo, headings: HeadingInfo[], temporal: TemporalExpression[]): boolean {
  const y = itemYears(items[i]);
  if (!y || y.to === null) return false;
  const end = y.to === y.from ? (items[i + 1] ? (itemYears(items[i + 1])?.from ?? null) : null) : y.to;
  if (end === null || end < y.to) return false;
  const years = sectionYears(h, headings, temporal);
  if (years.length < MIN_DATES_TO_TELL) return false;
  const later = years.filter((x) => x > end + 1).length;
  return later * 2 > years.length;
}

/**
 * The headed sections that follow the thesis, one to a stage, in order: at one level, exactly as
 * many headings after the thesis as stages (leaving out the introduction, methods and the
 * conclusion), none already tied to another stage, none whose years contradict its stage
 * ("Autonomy after the coup", "Professionalisation and reform", "Unexpected allies", "The family and
 * the crackdown" after a thesis of four stages), and none whose own dates lie mostly outside its
 * stage's end (see {@link datesDeny}). Null when no level gives that.
 */
function headingsInOrder(thesis: Thesis, headings: HeadingInfo[], aligned: (HeadingInfo | null)[], after: number, rules: PeriodisationRules, temporal: TemporalExpression[]): HeadingInfo[] | null {
  // (A heading that is all a quotation, '‘Then they watch’', is a feature's crosshead: a voice, not a stage's name.)
  const later = headings.filter((h) => h.section.start >= after && !h.conclusion && !rules.frontHeadings.test(h.section.heading ?? '') && !rules.notStageHeadings.test(h.section.heading ?? '') && !QUOTATION_ONLY.test(h.section.heading ?? ''));
  const levels = [...new Set(later.map((h) => h.section.level))];
  const lastStart = itemYears(thesis.items[thesis.items.length - 1])?.from ?? null;
  // A feature's closing section under a title of its own ('What people ask for'), one more than the
  // stages, is a coda when none of its dates reaches the last stage: the sections before it are theirs.
  const withoutCoda = (c: HeadingInfo[]): HeadingInfo[] => {
    const last = c[c.length - 1];
    if (c.length !== thesis.items.length + 1 || lastStart === null || last.ranged || last.from !== null) return c;
    const years = sectionYears(last, headings, temporal);
    if (years.length === 0 || years.some((y) => y >= lastStart)) return c;
    // (And each section before it opens inside its stage: thematic sections of an encyclopedia,
    // 'Credit societies', 'Supervision', each telling of every stage, are no stages' sections.)
    const opensInside = (h: HeadingInfo, i: number): boolean => {
      const first = sectionYears(h, headings, temporal)[0];
      const y = itemYears(thesis.items[i]);
      const end = y?.to ?? itemYears(thesis.items[i + 1] ?? thesis.items[i])?.from ?? null;
      return first !== undefined && y?.from != null && first >= y.from - 1 && (end === null || i === thesis.items.length - 1 || first <= end + 1);
    };
    return c.slice(0, -1).every(opensInside) ? c.slice(0, -1) : c;
  };
  const fitting = (c: HeadingInfo[]): boolean => c.length === thesis.items.length && c.every((h, i) => (aligned[i] === null ? !aligned.includes(h) : aligned[i] === h) && !contradicts(thesis.items[i], h) && (aligned[i] !== null || !datesDeny(thesis.items, i, h, headings, temporal)));
  const fits = levels.map((level) => withoutCoda(later.filter((h) => h.section.level === level))).filter(fitting);
  if (fits.length === 1) return fits[0];
  // A thesis that dates none of its stages ('three periods: the struggles over hydropower …, the
  // years of professional organisations …, and a turn to the courts …') before as many headings at
  // one level that give years ('Mardøla and Alta (1970–1982)', …): those are its sections, whatever
  // undated thematic headings stand beside them ('Sámi rights and the green transition').
  if (fits.length === 0 && thesis.items.every((x) => itemYears(x) === null)) {
    // (In order and following on, as stages do: not '20th century' twice and 'Audio broadcasting (1919 to 1950s)'.)
    const followOn = (c: HeadingInfo[]): boolean => c.every((h, i) => i === 0 || (h.from !== null && c[i - 1].from !== null && h.from > c[i - 1].from! && (c[i - 1].to === null || c[i - 1].to! <= h.from + 1)));
    const dated = levels.map((level) => later.filter((h) => h.section.level === level && h.ranged)).filter((c) => fitting(c) && followOn(c));
    if (dated.length === 1) return dated[0];
  }
  return null;
}

/** A heading that is nothing but a quotation between quotation marks. */
const QUOTATION_ONLY = /^\s*['‘"“][^'‘’"“”]+['’"”]\s*$/u;

/** Aligns thesis items with the headings of the sections that follow the introduction. */
function alignThesis(thesis: Thesis, headings: HeadingInfo[], rules: PeriodisationRules, thesisEnd: number, temporal: TemporalExpression[]): (HeadingInfo | null)[] {
  const aligned: (HeadingInfo | null)[] = thesis.items.map(() => null);
  const used = new Set<HeadingInfo>();
  /**
   * True when `h` also names two other stages, by their whole names or a word of each that the
   * stage's own name does not have ('state' is in 'The Conservative State' and 'the reformist state').
   */
  const namesOtherStages = (item: ThesisItem, h: HeadingInfo): boolean => {
    const own = new Set(labelWords(item.label ?? '', rules));
    const words = new Set(labelWords(h.label ?? '', rules).filter((w) => !own.has(w)));
    const others = thesis.items.filter((other) => other !== item && other.label !== null && (sameLabel(other, h, rules) || labelWords(other.label, rules).some((w) => words.has(w))));
    return others.length >= 2;
  };
  thesis.items.forEach((item, i) => {
    const h = headings.find((x) => !used.has(x) && sameYears(item, x));
    if (h) {
      aligned[i] = h;
      used.add(h);
    }
  });
  const byYears = used.size;
  // Headings that give no years but repeat a stage's name, in the thesis's order.
  let after = -1;
  thesis.items.forEach((item, i) => {
    const matched = aligned[i];
    if (matched) {
      after = Math.max(after, headings.indexOf(matched));
      return;
    }
    // (A heading that repeats three stages' names, 'Revival, Siege, Thaw: The Uzbek State …', is the
    // title of the whole; so is one that takes a word from each of three ('Silence, War and a
    // Salaried Peace' over 'The Years of Silence', 'The Open War', 'A Peace of Ex-Combatants').)
    const at = headings.findIndex((x, k) => k > after && !used.has(x) && sameLabel(item, x, rules) && !namesOtherStages(item, x));
    if (at >= 0) {
      aligned[i] = headings[at];
      used.add(headings[at]);
      after = at;
    }
  });
  if (byYears === 0 && aligned.some((h) => h === null)) {
    // Headings that repeat every stage's name, in another order ('2. The present period' … '5. The
    // years of lead' in a text told from the present backwards): each stage has its section.
    // ('The present period' is all generic words: the same words then, all of them.)
    const sameWords = (item: ThesisItem, h: HeadingInfo): boolean => item.label !== null && h.label !== null && !h.ranged && !h.conclusion && nameWords(item.label).join(' ') === nameWords(h.label).join(' ');
    const byName = thesis.items.map((item) => headings.filter((x) => sameLabel(item, x, rules) || sameWords(item, x)));
    if (byName.every((list) => list.length === 1) && new Set(byName.map((list) => list[0])).size === byName.length) return byName.map((list) => list[0]);
  }
  if (aligned.some((h) => h === null)) {
    const inOrder = headingsInOrder(thesis, headings, aligned, thesisEnd, rules, temporal);
    if (inOrder) return inOrder;
  }
  if (byYears === 0) return aligned;
  // Stages the headings do not date follow in order after the last heading matched by years:
  // "Crushed Petals" after "Blossoming (2002–12)". A concluding section is not a stage.
  const level = [...used][0].section.level;
  // (Only headings after the sentence that announces the stages: not 'Abstract' before it.)
  const candidates = headings.filter((h) => h.section.level === level && (used.has(h) || h.section.start > thesisEnd));
  let cursor = -1;
  const firstMatched = aligned.findIndex((h) => h !== null);
  thesis.items.forEach((_, i) => {
    const matched = aligned[i];
    if (matched) {
      cursor = candidates.indexOf(matched);
      return;
    }
    // (Not the stages before the first heading matched by years: the headings before it may be anything.)
    if (i < firstMatched) return;
    const next = candidates[cursor + 1];
    if (next && !used.has(next) && !next.conclusion && !next.ranged) {
      aligned[i] = next;
      used.add(next);
      cursor++;
    }
  });
  return aligned;
}

/**
 * A stage the text never dates, between or after dated ones, starts where the previous stage ends
 * ("the current era under the European Union" after "from 1974 to 1990" starts in 1990) and is
 * open when the thesis calls it current. Recorded as `yearsFrom: 'previous stage'`, so the checks
 * can say the text itself gives no year.
 */
function inferUndatedYears(stages: PeriodStage[], thesis: Thesis | null, rules: PeriodisationRules): void {
  stages.forEach((stage, i) => {
    if (stage.from !== null || i === 0) return;
    const previous = stages[i - 1];
    if (previous.to === null) return;
    stage.from = previous.to;
    if (stage.to !== null) {
      // "…; the war years until 1945; …": the end is the text's own, only the start is inferred.
      stage.yearsFrom = { from: 'previous stage', to: stage.yearsFrom?.to ?? null };
      return;
    }
    const next = stages[i + 1];
    const item = thesis?.items[i];
    stage.to = next?.from ?? null;
    const open = next === undefined && (item ? rules.openEnded.test(item.text) : true);
    if (!open && next === undefined) stage.to = null;
    stage.yearsFrom = { from: 'previous stage', to: stage.to !== null ? 'next stage' : null };
  });
}

/**
 * A stage dated by one point that is where the stage before ends ('The second, the cultural rule
 * that Saitō proclaimed on his arrival that autumn [1919], lasted for the dozen years that
 * followed', after a first stage of 1910–1919) is dated by its opening, not confined to it: it
 * runs to where the next stage starts.
 */
function widenOpeningPoints(stages: PeriodStage[]): void {
  for (let i = 1; i + 1 < stages.length; i++) {
    const stage = stages[i];
    const next = stages[i + 1];
    if (stage.from === null || stage.to !== stage.from || stages[i - 1].to !== stage.from || next.from === null || next.from <= stage.to) continue;
    stage.to = next.from;
    stage.yearsFrom = { from: stage.yearsFrom?.from ?? null, to: 'next stage' };
  }
}

/** Sentences after the thesis in which one opening with a stage's name may give its years. */
const NAMED_STATEMENT_WINDOW = 12;

/** What may stand before a stage's name at the start of the sentence that dates it ('Under royal patronage, which lasted …'). */
const STATEMENT_LEAD = /^(?:(?:under|during|in|throughout)\s+)?(?:(?:the|a|an)\s+)?/i;

/** Shortest word of a name matched by its first letters alone ('nationalised' by 'nationalisation'). */
const NAME_STEM = 6;

/**
 * True when `text` holds a distinctive word of the stage's name, or a word that shares its first
 * {@link NAME_STEM} letters ('nationalised the banks' for 'The nationalised system').
 */
function echoesName(text: string, label: string, rules: PeriodisationRules): boolean {
  const names = labelWords(label, rules);
  if (names.length === 0) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return names.some((n) => words.some((w) => w === n || (n.length >= NAME_STEM && w.length >= NAME_STEM && w.startsWith(n.slice(0, NAME_STEM)))));
}

/** True when an era expression took its years from the era table, not from the text. */
function fromEraTable(t: TemporalExpression): boolean {
  return t.kind === 'era' && t.cues.some((c) => c.endsWith('(table)'));
}

/**
 * The years a sentence soon after the thesis gives a stage by opening with its name ('Tolerance
 * lasted from 1991 to 2000.', 'Exclusion followed the foreign agents law of 2012.', 'Under royal
 * patronage, which lasted from 1930 until the revolution of 1979, …' for the item 'a regime of royal
 * patronage'): a range with both ends, else the first date's start and an end from 'until …' when
 * there is one. Null when no such sentence dates it.
 */
function namedStatement(label: string, thesis: Sentence, sentences: Sentence[], bySentence: Map<string, TemporalExpression[]>, rules: PeriodisationRules, ends: RegExp | null = null): { from: number | null; to: number | null; sentence: Sentence } | null {
  // 'a regime of royal patronage' is named 'royal patronage' where the text dates it.
  // (Not 'the era of Okafor': a person's name is dated by the tenure rules, which know an election from a start in office.)
  const name = label
    .replace(STATEMENT_LEAD, '')
    .replace(/^(\p{L}+)\s+of\s+(?=\p{Ll})/u, (whole, noun: string) => (rules.stageNouns.has(noun.toLowerCase()) ? '' : whole))
    .toLowerCase();
  if (name.length < 3) return null;
  const at = sentences.indexOf(thesis);
  // 'The phase of closure began with the elections of May 2005': a sentence that opens with the
  // stage noun and the name dates the stage wherever it stands (the bare name only near the thesis).
  let headed = HEADED_STATEMENTS.get(rules);
  if (!headed) HEADED_STATEMENTS.set(rules, (headed = new RegExp(`^${STATEMENT_LEAD.source.slice(1)}(?:${rules.singularStageNouns})\\s+of\\s+`, 'iu')));
  for (let j = at + 1; j < sentences.length; j++) {
    const sentence = sentences[j].text;
    const nounOf = headed.exec(sentence);
    // ('Contract runs from 1945 to the sale of the harbour in 1988.' sections after an abstract that
    // names the periods: the bare name before a verb of its course and 'from' dates it wherever it stands, see forms27.)
    if (j >= at + 1 + NAMED_STATEMENT_WINDOW && !nounOf && !namedCourseFrom(sentence, name)) continue;
    const lead = nounOf ? nounOf[0].length : STATEMENT_LEAD.exec(sentence)![0].length;
    // ('The age of the single party began …' names 'the single party', its article dropped.)
    // ('"Crisis" runs from 1980 to 1996': a name in quotes.)
    let text = sentence.slice(lead).toLowerCase().replace(/^["“‘']/u, '').replace(/^(\p{L}[\p{L} '-]*?)["”’']/u, '$1');
    if (nounOf) text = text.replace(LEADING_ARTICLE, '');
    if (!text.startsWith(name) || /\p{L}/u.test(text.charAt(name.length))) continue;
    const dates = (bySentence.get(sentences[j].id) ?? []).filter((t) => t.kind !== 'relative' || t.from === null);
    const closed = dates.find((t) => t.from !== null && t.to !== null && t.to > t.from && t.kind !== 'era');
    if (closed) return { from: closed.from!, to: closed.to, sentence: sentences[j] };
    const first = dates.find((t) => t.from !== null);
    if (!first) continue;
    // 'The monopoly on cinnamon was abolished in 1833, and with it ended the first age': a
    // sentence that ends the stage, naming it by its ordinal, gives its end, not its start (see sectionEnd).
    if (ends !== null && ends.test(sentence) && (text.match(/\p{L}+/gu) ?? []).some((w) => rules.stageEndWords.has(w))) continue;
    // ('The electric years lasted until the sixteenth of November 1956, …': its end alone.)
    const firstAt0 = sentence.indexOf(first.text);
    if (firstAt0 > 0 && rules.endsAt.test(sentence.slice(0, firstAt0))) return { from: null, to: first.to ?? first.from, sentence: sentences[j] };
    const until = dates.find((t) => t.from === null && t.to !== null && t.to > first.from!);
    if (until) return { from: first.from!, to: until.to, sentence: sentences[j] };
    // '… which lasted from 1856 until the nationalisation of 1948': a later year after 'until' and an event ends it.
    const firstAt = sentence.indexOf(first.text);
    const ending = dates.find((t) => {
      if (t === first || t.from === null || t.from <= first.from!) return false;
      const at = sentence.indexOf(t.text, firstAt + 1);
      // ('Regulation runs from 1921 to the end of the war in May 1945': 'to' and an event of the later year, as in a thesis item.)
      return firstAt >= 0 && at > firstAt && (rules.endsAt.test(sentence.slice(0, at)) || rules.toEvent.test(sentence.slice(firstAt + first.text.length, at)));
    });
    return { from: first.from!, to: ending ? ending.from : (endLaterInParagraph(j, first.from!, sentences, bySentence, rules) ?? null), sentence: sentences[j] };
  }
  // ('And since the thirty-first of May 2014, when the first line opened …, we have been in the tram
  // years.': a sentence that opens with 'since' and its date, and says the text's present is in the stage.)
  for (let j = at + 1; j < sentences.length && j < at + 1 + NAMED_STATEMENT_WINDOW * 2; j++) {
    const sentence = sentences[j].text;
    const lower = sentence.toLowerCase();
    if (!SINCE_THEN_IN.test(sentence) || !(lower.includes(` in ${name}`) || lower.includes(` in the ${name}`))) continue;
    const first = (bySentence.get(sentences[j].id) ?? []).find((t) => t.kind !== 'relative' && t.kind !== 'era' && t.from !== null);
    if (first && sentence.indexOf(first.text) <= MAX_SINCE_TO_DATE) return { from: first.from!, to: null, sentence: sentences[j] };
  }
  return null;
}
/** A sentence that opens with 'since' ('And since the thirty-first of May 2014, …'). */
const SINCE_THEN_IN = /^(?:(?:and|but)\s+)?(?:ever\s+)?since\s/iu;
/** Characters, at most, from the start of such a sentence to its date. */
const MAX_SINCE_TO_DATE = 40;

/** 'and closes in the summer of': a stage told closing at the date that follows. */
const CLOSES_IN = /\bcloses\s+in\s+(?:(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}of\s+)?$/iu;

/** Words, at most, between a word of beginning and the date it governs ('opened with the association law of March 1871'). */
const MAX_WORDS_START_TO_DATE = 8;

/** 'Those years ended only when …', 'It lasted until …': a sentence that ends the stage just told, by a pronoun or 'those years'. */
const ENDS_THE_ONE_TOLD = /^(?:(?:those|these)\s+(?:years|decades|days|times)|it|this|that)\s/iu;

/**
 * The end a later sentence of the same paragraph gives the stage a statement started ('The horse
 * and cable years began in November 1871, … Those years ended only when the last cable car was
 * replaced in 1923.'): one that speaks of it and holds a word of ending and a later year. Null when none.
 */
function endLaterInParagraph(j: number, from: number, sentences: Sentence[], bySentence: Map<string, TemporalExpression[]>, rules: PeriodisationRules): number | null {
  for (let n = j + 1; n < sentences.length && sentences[n].paragraphId === sentences[j].paragraphId; n++) {
    const text = sentences[n].text;
    if (!ENDS_THE_ONE_TOLD.test(text) || !(text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => rules.stageEndWords.has(w))) continue;
    const year = (bySentence.get(sentences[n].id) ?? []).find((t) => t.kind !== 'relative' && t.kind !== 'era' && t.from !== null && t.from > from);
    if (year) return year.to ?? year.from;
  }
  return null;
}

/** An article that opens a name. */
const LEADING_ARTICLE = /^(?:the|a|an)\s+/u;

/** A list's boundary right before an item: a semicolon or comma, perhaps with 'and', or 'and'. */
const LIST_BOUNDARY_BEFORE = /(?:[;,]\s*(?:and\s+)?|\s+and\s+)$/u;
/** Where a name in a summary's list gives way to its description ('state feminism under the military regime'). */
const DESCRIPTION_AFTER_NAME = /\s+(?:under|during|when|while|which|whose|in\s+which|through\s+which)\b.*$/isu;

/**
 * Headings that are only years ('1947–1969', '1969–1991', 'Since 1991') named by a summary before
 * them that lists as many stages without dates: 'The women's movement in Somalia has passed
 * through a nationalist period, in which …; a period of state feminism under the military regime;
 * and a period of dispersal and reconstruction, in which …' → 'nationalist period', 'state
 * feminism', 'dispersal and reconstruction', in order.
 */
function namesFromSummary(stages: PeriodStage[], sentences: Sentence[], before: number, rules: PeriodisationRules, toOriginal: (a: number, b: number) => Span): void {
  if (stages.some((x) => x.label !== null)) return;
  for (const s of sentences) {
    if (s.start >= before) return;
    const a = findAnnouncement(s.text, rules);
    if (!a?.anchors) continue;
    // ('under the military regime' is no item of the list: no boundary stands before it.)
    const anchors = a.anchors.filter((x, i) => i === 0 || LIST_BOUNDARY_BEFORE.test(s.text.slice(0, x)));
    if (anchors.length !== stages.length) continue;
    const noun = escapeRegExp(singularOf(a.noun));
    const items = anchors.map((x, i) => s.text.slice(x, anchors[i + 1] ?? s.text.length).replace(/[\s;,.]*(?:and\s*)?$/u, ''));
    const names = items.map((item) => {
      const label = itemLabel(item, null, rules) ?? '';
      return label.replace(DESCRIPTION_AFTER_NAME, '').replace(new RegExp(`^(?:(?:a|an|the)\\s+)?${noun}\\s+of\\s+`, 'iu'), '').replace(/^(?:a|an)\s+/iu, '').trim();
    });
    if (names.some((x) => x === '')) continue;
    stages.forEach((x, i) => {
      x.label = names[i];
      x.announcedIn.push(s.id);
      // (The summary's words for the stage come first among its evidence, its heading after.)
      x.evidence = [toOriginal(s.cleanStart + anchors[i], s.cleanStart + anchors[i] + items[i].length), ...(x.evidence ?? [])];
    });
    return;
  }
}

/** What opens a sentence that names a stage with its stage noun ('The phase of …'), per set of rules. */
const HEADED_STATEMENTS = new WeakMap<PeriodisationRules, RegExp>();

/** The compiled {@link ordinalOpening}s, per set of rules, by ordinal ('2', or '3 last'). */
const ORDINAL_OPENINGS = new WeakMap<PeriodisationRules, Map<string, RegExp | null>>();

/**
 * What opens a sentence that counts the Nth stage ('The second phase', 'And the final stage'),
 * compiled once per ordinal; null when no ordinal word gives N.
 */
function ordinalOpening(n: number, last: boolean, rules: PeriodisationRules): RegExp | null {
  let known = ORDINAL_OPENINGS.get(rules);
  if (!known) ORDINAL_OPENINGS.set(rules, (known = new Map()));
  const key = last ? `${n} last` : `${n}`;
  if (known.has(key)) return known.get(key)!;
  // Only ordinal words ('second'), not counts or roman numerals ('two', 'ii'), which the ordinals table also holds.
  const words = [...rules.ordinals].filter(([w, v]) => v === n && /(?:st|nd|rd|th)$/.test(w)).map(([w]) => w);
  if (last) words.push(...[...rules.finalOrdinals].filter((w) => !/ly$/.test(w)));
  // ('The first began when the new Home Rule Charter took effect in 1952': the ordinal alone before a verb of beginning.)
  const opening = words.length === 0 ? null : new RegExp(`^(?:(?:and|but|then|so|now)\\s+)?the\\s+(?:${words.join('|')})\\s+(?:(?:[\\p{L}-]+\\s+){0,2}?(?:${rules.singularStageNouns})\\b|(?=(?:began|begins|started|starts|opened|opens)\\b))`, 'iu');
  known.set(key, opening);
  return opening;
}

/**
 * The years a sentence after the thesis gives the Nth stage by counting it: "The second phase,
 * which lasted from 1962 to 1985, was harsh", "The third period (1990–2004) …", "The final stage
 * ran from 2001 to 2010" (for the last). The sentence opens with the ordinal and, within two words,
 * a singular stage noun, and holds a closed range of years. Null when no sentence does.
 */
function ordinalStatement(n: number, last: boolean, thesis: Sentence, sentences: Sentence[], bySentence: Map<string, TemporalExpression[]>, rules: PeriodisationRules): { from: number; to: number; sentence: Sentence } | null {
  const opening = ordinalOpening(n, last, rules);
  if (!opening) return null;
  for (let j = sentences.indexOf(thesis) + 1; j < sentences.length; j++) {
    if (!opening.test(sentences[j].text)) continue;
    const range = (bySentence.get(sentences[j].id) ?? []).find((t) => t.kind !== 'era' && t.from !== null && t.to !== null && t.to > t.from);
    if (range) return { from: range.from!, to: range.to!, sentence: sentences[j] };
  }
  return null;
}

/**
 * The start (and perhaps the end) a sentence after the thesis gives the Nth stage by counting it,
 * when it holds no range: "So the first phase begins on the morning of 14 May 1987, …", "The third
 * phase begins with the coup of 5 December 2006 and lasts until the election of 14 December 2022".
 * The sentence opens as for {@link ordinalStatement}, a verb of beginning (`stageStartWords`) comes
 * before its first date, and no word of ending does; a later date after 'until' or the like
 * (`endsAt`) is the end. Null when no sentence does.
 */
function ordinalStart(n: number, last: boolean, thesis: Sentence, sentences: Sentence[], bySentence: Map<string, TemporalExpression[]>, rules: PeriodisationRules): { from: number | null; to: number | null; sentence: Sentence } | null {
  const opening = ordinalOpening(n, last, rules);
  if (!opening) return null;
  for (let j = sentences.indexOf(thesis) + 1; j < sentences.length; j++) {
    const text = sentences[j].text;
    if (!opening.test(text)) continue;
    const dates = (bySentence.get(sentences[j].id) ?? []).filter((t) => t.kind !== 'era' && t.from !== null);
    const first = dates[0];
    const at = first ? text.indexOf(first.text) : -1;
    if (at < 0) continue;
    const before = (text.slice(0, at).toLowerCase().match(/\p{L}+/gu) ?? []);
    // ('The second era, …, was Rizzo's own: … and lasted until he left the mayoralty in January 1980.':
    // no word of beginning, and a date that ends it: its end alone.)
    if (!before.some((w) => rules.stageStartWords.has(w))) {
      const wordsBefore = (t: TemporalExpression): string[] => text.slice(0, text.indexOf(t.text)).toLowerCase().match(/\p{L}+/gu) ?? [];
      const end = dates.find((t) => rules.endsAt.test(text.slice(0, text.indexOf(t.text))) && wordsBefore(t).some((w) => rules.stageEndWords.has(w)));
      // (Not when a later date of the sentence starts it: 'The second phase, which lasted until the war
      // of 1910, opened with the association law of March 1871' is read below as a whole.)
      const start = dates.find((t) => t !== end && wordsBefore(t).slice(-MAX_WORDS_START_TO_DATE).some((w) => rules.stageStartWords.has(w)));
      if (end && !start) return { from: null, to: end.to ?? end.from, sentence: sentences[j] };
      continue;
    }
    if (before.some((w) => rules.stageEndWords.has(w))) continue;
    let to: number | null = null;
    for (const t of bySentence.get(sentences[j].id) ?? []) {
      const tAt = text.indexOf(t.text, at + first.text.length);
      const year = t.to ?? t.from;
      if (t === first || tAt < 0 || year === null || year < first.from!) continue;
      // ('The last era, "consent," opens with the settlement … in 1996, …, and closes in the summer of 2020': 'closes in'.)
      if ((t.from === null && t.to !== null) || rules.endsAt.test(text.slice(0, tAt)) || CLOSES_IN.test(text.slice(0, tAt))) {
        to = year;
        break;
      }
    }
    // ('The first began when … in 1952 …. It ended in 1967, when Rizzo became commissioner.')
    to ??= endLaterInParagraph(j, first.from!, sentences, bySentence, rules);
    return { from: first.from!, to, sentence: sentences[j] };
  }
  return null;
}

/**
 * The end a sentence after the thesis gives the Nth stage by counting it: "The second phase lasted
 * until the privatisation of 1991" → 1991 (the last stage too: "The second phase, which lasted until
 * the war of 1910, …" closes it). The sentence opens as for {@link ordinalStatement}, and
 * a year no earlier than the stage's start follows 'until', 'ended in' or the like (`endsAt`).
 */
function ordinalEnd(n: number, last: boolean, from: number, thesis: Sentence, sentences: Sentence[], bySentence: Map<string, TemporalExpression[]>, rules: PeriodisationRules, own: Sentence | null = null): { to: number; sentence: Sentence } | null {
  const opening = ordinalOpening(n, last, rules);
  if (!opening) return null;
  for (let j = sentences.indexOf(thesis) + 1; j < sentences.length; j++) {
    const text = sentences[j].text;
    // "A second period, of confrontation, opened with … 1987. … This period ended in 1998, …": in
    // the paragraph of the sentence that takes the stage in turn, 'this period' is that stage.
    const inOwnParagraph = own !== null && sentences[j].paragraphId === own.paragraphId && sentences[j].start > own.start && THIS_STAGE.test(text);
    if (!inOwnParagraph && !opening.test(text)) continue;
    for (const t of bySentence.get(sentences[j].id) ?? []) {
      const year = t.kind === 'era' ? null : (t.to ?? t.from);
      const at = text.indexOf(t.text);
      if (year === null || year < from || at < 0) continue;
      // ('until 1991' may be one expression, with no start.)
      if ((t.from === null && t.to !== null) || rules.endsAt.test(text.slice(0, at))) return { to: year, sentence: sentences[j] };
    }
  }
  return null;
}

/** The compiled {@link stageMention}s, per set of rules, by ordinal ('2', or '3 last'). */
const STAGE_MENTIONS = new WeakMap<PeriodisationRules, Map<string, RegExp>>();

/**
 * What names the Nth stage anywhere in a sentence: its ordinal and, within two words, a singular
 * stage noun ('with it ended the first era', 'closed the second age'), the last also by a word
 * such as 'final'; or 'this era'. Compiled once per ordinal.
 */
function stageMention(n: number, last: boolean, rules: PeriodisationRules): RegExp {
  let known = STAGE_MENTIONS.get(rules);
  if (!known) STAGE_MENTIONS.set(rules, (known = new Map()));
  const key = last ? `${n} last` : `${n}`;
  let mention = known.get(key);
  if (!mention) {
    const words = [...rules.ordinals].filter(([w, v]) => v === n && /(?:st|nd|rd|th)$/.test(w)).map(([w]) => w);
    if (last) words.push(...[...rules.finalOrdinals].filter((w) => !/ly$/.test(w)));
    const nouns = rules.singularStageNouns;
    const ordinal = words.length > 0 ? `\\bthe\\s+(?:${words.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns})\\b|` : '';
    mention = new RegExp(`${ordinal}\\bthis\\s+(?:${nouns})\\b`, 'iu');
    known.set(key, mention);
  }
  return mention;
}

/**
 * The end a sentence of the stage's own section gives a stage the thesis names without years, by
 * naming it (see {@link stageMention}) with a word of ending (`stageEndWords`): the latest year the
 * sentence holds, no earlier than `notBefore` ('The restriction scheme of 1922 put an end to free
 * planting, and with it ended the first era' → 1922; 'The Japanese invasion of 1942 closed the
 * second era' → 1942; 'When the last estates were sold in 1990, the third era came to an end'), or,
 * when it holds none, of the sentence before it in its paragraph.
 */
function sectionEnd(n: number, last: boolean, sectionId: string, notBefore: number | null, sentences: Sentence[], bySentence: Map<string, TemporalExpression[]>, rules: PeriodisationRules): { to: number; sentence: Sentence } | null {
  const mention = stageMention(n, last, rules);
  for (const s of sentences) {
    if (s.sectionId !== sectionId || !mention.test(s.text) || !(s.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => rules.stageEndWords.has(w))) continue;
    const latest = (x: Sentence): number | null => {
      let to: number | null = null;
      for (const t of bySentence.get(x.id) ?? []) {
        const year = t.kind === 'era' || t.kind === 'relative' ? null : (t.to ?? t.from);
        if (year !== null && (notBefore === null || year >= notBefore) && (to === null || year > to)) to = year;
      }
      return to;
    };
    const to = latest(s);
    if (to !== null) return { to, sentence: s };
    // 'In 1972 the state took over the remaining estates. With the land reform the third age came
    // to an end.': an end with no year of its own takes the year of the sentence before it, in its paragraph.
    const k = sentences.indexOf(s);
    const before = k > 0 && sentences[k - 1].paragraphId === s.paragraphId ? latest(sentences[k - 1]) : null;
    if (before !== null) return { to: before, sentence: s };
  }
  return null;
}

/** A sentence that opens by pointing back at a stage: 'This period ended in 1998', 'This phase lasted until …', 'It lasted until …'. */
// ('It lasted until March 2011' in the paragraph of 'The first period I call the long winter. It began …'.)
const THIS_STAGE = /^(?:this\s+(?:period|phase|stage|era|wave|epoch)|it)\b/iu;

/**
 * True when the thesis is a periodisation of one heading stage, not of the text: announced inside
 * that stage's section (after its heading, before the next stage's) with every dated item inside
 * that stage's years. "Immigration from Europe came in three waves: … before 1870, … in the 1880s,
 * and … after 1900" under "Independence and civil wars (1811–1903)" leaves the headings the text's
 * stages. A thesis in the introduction, before the first stage heading, is never such.
 */
function withinOneHeadingStage(thesis: Thesis, stages: HeadingInfo[], sentences: Sentence[], headings: HeadingInfo[], rules: PeriodisationRules): boolean {
  if (stages.length < 2) return false;
  const announcing = sentences.find((x) => x.id === thesis.countSentenceId);
  if (!announcing) return false;
  // (Not in a conclusion or a coda after the stages: a thesis there may restate the text's own.)
  const own = headings.find((h) => h.section.id === announcing.sectionId);
  if (own && (own.conclusion || rules.notStageHeadings.test(own.section.heading ?? ''))) return false;
  const at = stages.findIndex((h, i) => h.section.start <= announcing.start && (i + 1 >= stages.length || announcing.start < stages[i + 1].section.start));
  const stage = stages[at];
  if (!stage || stage.from === null) return false;
  const dated = thesis.items.filter((x) => x.dated?.from != null || x.dated?.to != null);
  if (dated.length === 0) return false;
  const upper = stage.to ?? Infinity;
  return dated.every((x) => {
    const y = itemYears(x)!;
    const from = y.from ?? y.to!;
    const to = y.to ?? from;
    return from >= stage.from! && to <= upper;
  });
}

/** A stage a labelled line lists, with its item's original span. */
interface LineStage {
  label: string | null;
  from: number;
  to: number | null;
  span: Span;
}

/** What separates the items of a labelled line: a middle dot, a bullet, a bar, a semicolon. */
const LINE_ITEM_SEPARATOR = /\s+[·•|]\s+|\s*;\s+/gu;
/** An item's dates at its end, in brackets or after a comma ('Independence (1964–1971)', 'Scrutiny, since 2013'). */
const ITEM_DATES = /\s*(?:\([^()]*\d{3,4}[^()]*\)|,\s*[^,]*\d{3,4}[^,]*)\s*$/u;

/**
 * The stages a labelled line of the front matter lists (`periodsLine`): 'Periods: Independence
 * (1964–1971) · The Mintoff years (1971–1987) · Accommodation (1987–2013) · Scrutiny
 * (2013–present)'. Each item is dated by the temporal expressions inside it (the temporal stage
 * reads such lines); every item must be, in order of years, two at least. Empty otherwise.
 */
function periodsLineStages(blocks: Block[], clean: string, temporal: TemporalExpression[], toOriginal: (a: number, b: number) => Span, rules: PeriodisationRules): LineStage[] {
  for (let n = 0; n < blocks.length; n++) {
    const b = blocks[n];
    if (b.kind !== 'front' && b.kind !== 'heading') continue;
    const line = clean.slice(b.cleanStart, b.cleanEnd);
    // 'Periods:' alone, its items the fields after it ('Caravan station: 1964–1969' / …).
    if (rules.periodsLine.test(`${line} `) && line.trimEnd().endsWith(':')) {
      const fields = periodFields(blocks, n + 1, clean, temporal, toOriginal, rules);
      if (fields.length >= 2) return fields;
      continue;
    }
    const head = rules.periodsLine.exec(line);
    if (!head) continue;
    const parts: [number, number][] = [];
    let at = head[0].length;
    LINE_ITEM_SEPARATOR.lastIndex = at;
    for (let m = LINE_ITEM_SEPARATOR.exec(line); m !== null; m = LINE_ITEM_SEPARATOR.exec(line)) {
      parts.push([at, m.index]);
      at = m.index + m[0].length;
    }
    parts.push([at, line.replace(/[.\s]+$/u, '').length]);
    const stages: LineStage[] = [];
    for (const [x, y] of parts) {
      const span = toOriginal(b.cleanStart + x, b.cleanStart + y);
      const date = temporal.find((t) => t.start >= span.start && t.end <= span.end && t.from !== null && t.kind !== 'relative');
      const previous = stages[stages.length - 1];
      if (!date || (previous && date.from! < previous.from)) break;
      const label = line.slice(x, y).replace(ITEM_DATES, '').trim();
      // A single year starts the stage; the next stage's start ends it (inferUndatedYears).
      stages.push({ label: label === '' ? null : label, from: date.from!, to: date.to !== null && date.to > date.from! ? date.to : null, span });
    }
    if (stages.length === parts.length && stages.length >= 2 && stages.length <= rules.maxStages) return stages;
  }
  return [];
}

/** A field of an infobox that names a stage and its years: 'Tynwald's station: 1969–1993' (group 1 the name, group 2 the years). */
const PERIOD_FIELD = /^(\p{Lu}[^:]{0,60}?)\s*:\s*(\d{3,4}\s*[–—-]\s*(?:\d{2,4}|present|today|now)?)\s*$/u;

/** The stages the front-matter fields after a 'Periods:' field list, one a line, in order of years (two at least); empty otherwise. */
function periodFields(blocks: Block[], from: number, clean: string, temporal: TemporalExpression[], toOriginal: (a: number, b: number) => Span, rules: PeriodisationRules): LineStage[] {
  const stages: LineStage[] = [];
  for (let n = from; n < blocks.length && stages.length <= rules.maxStages; n++) {
    const b = blocks[n];
    const m = b.kind === 'front' ? PERIOD_FIELD.exec(clean.slice(b.cleanStart, b.cleanEnd)) : null;
    if (!m) break;
    const span = toOriginal(b.cleanStart, b.cleanEnd);
    const date = temporal.find((t) => t.start >= span.start && t.end <= span.end && t.from !== null && t.kind !== 'relative');
    const previous = stages[stages.length - 1];
    if (!date || (previous && date.from! < previous.from)) break;
    stages.push({ label: m[1].trim(), from: date.from!, to: date.to !== null && date.to > date.from! ? date.to : null, span });
  }
  return stages.length >= 2 && stages.length <= rules.maxStages ? stages : [];
}

export const periodisation = defineStage<PeriodisationOptions, PeriodisationRules>({
  name: 'periodisation',
  version: 1,
  description: 'The claimed periodisation: stages from the thesis and from headings, aligned, with their years and where each came from.',
  requires: ['clean', 'sections', 'metadata', 'sentences', 'tokens', 'temporal'],
  provides: ['periodisation'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { rules: { type: 'string', default: 'periodisation.json' } },
  },
  prepare: (options, env) => compile(env.loadData<RulesData>(options.rules)),
  run(doc, { resources: rules }) {
    const sections = layer(doc, 'sections').filter((s) => s.kind === 'body' && s.heading !== null);
    const sentences = layer(doc, 'sentences');
    const temporal = datesAsPoints(doc);
    const map = layer(doc, 'clean').map;
    const toOriginal = (a: number, b: number): Span => map.toOriginal(a, b);
    // A heading that is nothing but an era's name takes the era's years ('Second World War').
    const headingEras = new Map<string, TemporalExpression>();
    for (const t of temporal) if (t.sentenceId === null && t.kind === 'era' && !headingEras.has(t.sectionId)) headingEras.set(t.sectionId, t);
    const clean = layer(doc, 'clean').text;
    const headings = sections.map((s) => {
      const h = withEraYears(readHeading(s, rules), headingEras.get(s.id) ?? null, rules);
      return h.label === null ? h : { ...h, label: labelAsWritten(h.label, clean) };
    });
    // Stages from headings alone: the dated ones, and those without years placed between them.
    // One pass over the temporal layer, when first asked (only texts with dated headings ask).
    let firstDates: Map<string, number> | null = null;
    const sectionFirstDate = (sectionId: string): number | null => {
      if (!firstDates) {
        firstDates = new Map();
        for (const t of temporal) if (t.sentenceId !== null && t.from !== null && t.kind !== 'era' && t.kind !== 'relative' && !firstDates.has(t.sectionId)) firstDates.set(t.sectionId, t.from);
      }
      return firstDates.get(sectionId) ?? null;
    };
    // Only a year ('founded in 1873') starts a stage, or a decade refined by a year within it ('the
    // unions of the 1880s … set up in 1886'); 'by the 16th century' does not.
    // The first date here may be relative ('by the 16th century' is as vague as its century).
    const sectionFirstYear = (sectionId: string): number | null => {
      const dates = temporal.filter((t) => t.sectionId === sectionId && t.sentenceId !== null && t.kind !== 'era' && t.from !== null);
      const first = dates[0];
      if (first === undefined || first.from === null || first.to === null || first.to - first.from > 9) return null;
      if (first.from === first.to) return first.from;
      return dates.find((t) => t.kind !== 'relative' && t.from === t.to && t.from! >= first.from! && t.from! <= first.to!)?.from ?? null;
    };
    const undated = withUndatedHeadings(headingStages(headings, 1), headings, sectionFirstDate, sectionFirstYear, rules).map((h, i, all) => withReignYears(withNamedYears(h, all[i + 1] ?? null, sentences, temporal), all[i + 1] ?? null, sentences, temporal, rules));
    // ('… IN FOUR PERIODS' over 'Period 1 — …: from the treaty to the armistice.' …: a count in the title, see forms31c.)
    const thesis = findThesis(sentences, temporal, rules, toOriginal, layer(doc, 'tokens'), layer(doc, 'metadata').title, doc.source.text) ?? titleCountedLines(sentences, doc.source.text, (x) => ofSentence(temporal, x.id), rules.forms31c, rules.eventBounds);
    // 'What Came Before (before 1988)' ahead of four dated headings a count of four stages announces
    // ('The four rooms are the four periods …'): a first heading with an end and no start is the
    // background, not a stage, when the count leaves it out.
    const counted = thesis && thesis.items.length === 0 ? thesis.count : 0;
    const dated = counted > 0 && undated.length === counted + 1 && undated[0].from === null && undated[0].to !== null ? undated.slice(1) : undated;
    // Rows of a table are stages only as many as a sentence counts ('The four rooms are the four
    // periods …'): a table of lives or offices with years is no periodisation by itself.
    // ('… the decade headings should not be read as stages': a text that disclaims any periodisation claims none by its headings.)
    const disclaimed = thesis === null && disclaimsPeriods(sentences, rules);
    let fromHeadings = dated.length >= 2 && (!dated.some((h) => h.tableRow) || dated.length === counted) && !disclaimed ? dated : [];
    // No heading dated: headings named as periods whose sections' dates follow on ('First Republic',
    // 'Second Republic', …), when no announcement lists stages, or one counts as many.
    // (So too when the era table alone dates the headings that are dated: 'Nazi period' among
    // 'Habsburg monarchy', 'First Republic', … and more of them are named so.)
    const eraDatedOnly = dated.some((h) => h.inferred?.from === 'era-table') && dated.every((h) => h.inferred !== undefined && h.inferred.from !== 'text' && h.inferred.to !== 'text');
    // ('… has gone through FOUR periods' over the sections '1. The Durban moment', '2. Registration', …: numbered as many as counted.)
    // ('The book follows them through the three periods that give its parts their titles.' over 'Part I.
    // The National Front's Boards, 1958–1974' …: the parts, among other dated headings, as many as counted.)
    const numbered = !disclaimed && dated.length !== (thesis?.count ?? -1) && thesis !== null && thesis.items.length === 0 && thesis.count >= 2 ? countedNumberedHeadings(headings, thesis.count, sectionFirstDate) : [];
    if (numbered.length > 0) fromHeadings = numbered;
    else if (!disclaimed && (dated.length < 2 || eraDatedOnly) && (thesis === null || (thesis.items.length === 0 && thesis.count > 0))) {
      const named = periodNamedHeadings(headings, sectionFirstDate, rules);
      if (named.length >= 2 && named.length > dated.length && (thesis === null || named.length === thesis.count)) fromHeadings = named;
    }
    // ('… went through three phases.' then paragraphs that open '2.1 Phase 1: Tolerance
    // (1948–1961). The unions met …': run-in headings as many as counted, see forms27. They head no section of their own.)
    // ('5. After 1990' over 'It is tempting to call the years since 1990 a fourth period, but …': the
    // years after the last stage, which the text declines to make one, see forms28.)
    if (fromHeadings.length >= 3 && declinedLast(fromHeadings, sentences, rules.declinedStage)) fromHeadings = fromHeadings.slice(0, -1);
    let runIn = false;
    const counting = thesis && thesis.items.length === 0 && thesis.count >= 2 && fromHeadings.length < 2 && !disclaimed ? sentences.findIndex((x) => x.id === thesis.countSentenceId) : -1;
    if (counting >= 0) {
      const allSections = layer(doc, 'sections');
      const heads = runInHeadings(sentences, counting, thesis!.count, rules, (heading, s, length) => {
        const headingSpan = length >= s.text.length ? { start: s.start, end: s.end } : toOriginal(s.cleanStart, s.cleanStart + length);
        const h = readHeading({ ...allSections.find((x) => x.id === s.sectionId)!, heading, headingSpan }, rules);
        return h.label === null ? h : { ...h, label: labelAsWritten(h.label, clean) };
      }, verbBefore(layer(doc, 'tokens')));
      if (heads.length > 0) {
        fromHeadings = heads;
        runIn = true;
      }
    }
    const messages: Diagnostic[] = [];
    const stages: PeriodStage[] = [];
    // Only a thesis naming a person the era table does not know needs this: built when first asked.
    let bySentence: Map<string, TemporalExpression[]> | null = null;
    let claimedCount: number | null = null;

    // 'Key periods' set out as dated headings ('1964–1992: The one-party state', …) before a thesis
    // that only names as many stages without a date ('has lived through four periods: one-party
    // control, an opening led by the churches, …'): the headings date and name them. (Headings after
    // the thesis are aligned with it as its sections.)
    const countSentence = thesis ? sentences.find((x) => x.id === thesis.countSentenceId) : undefined;
    const undatedThesis = thesis !== null && countSentence !== undefined && thesis.items.length >= 2 && thesis.items.every((x) => itemYears(x) === null) && fromHeadings.length === thesis.items.length && fromHeadings.every((h) => h.section.start < countSentence.start);
    if (thesis && thesis.items.length >= 2 && !undatedThesis && !withinOneHeadingStage(thesis, fromHeadings, sentences, headings, rules)) {
      claimedCount = thesis.count;
      // Headings that may be the stages' sections come after the sentence that announces them.
      const announcing = countSentence!;
      const aligned = alignThesis(thesis, headings, rules, announcing.end, temporal);
      // The sentence that takes a stage in turn, when it is not the announcing one (its paragraph may date or end the stage).
      const ownSentence = (item: ThesisItem): Sentence | null => (item.sentenceId !== announcing.id ? sentences.find((x) => x.id === item.sentenceId) ?? null : null);
      const firstDateOf = (sectionId: string, notBefore: number | null, ends: RegExp | null = null): { date: number; sentence: Sentence } | null => {
        bySentence ??= temporalBySentence(temporal);
        for (const s of sentences) {
          if (s.sectionId !== sectionId) continue;
          // 'The Japanese invasion of 1942 closed the second era': the sentence that ends the stage gives no start.
          if (ends !== null && ends.test(s.text) && (s.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => rules.stageEndWords.has(w))) continue;
          for (const t of bySentence.get(s.id) ?? []) {
            if (t.kind === 'era' || t.kind === 'relative' || t.from === null || (notBefore !== null && t.from < notBefore)) continue;
            // 'The second phase, which lasted until the war of 1910, opened with the law of March
            // 1871': a year after 'until' is where the stage ends, not where it starts.
            const at = s.text.indexOf(t.text);
            if (at > 0 && rules.endsAt.test(s.text.slice(0, at))) continue;
            return { date: t.from, sentence: s };
          }
        }
        return null;
      };
      thesis.items.forEach((item, i) => {
        const h = aligned[i];
        const dated = item.dated;
        // "after the crisis of December 2001, which lasted until 2015": the item's own end.
        // 'the transition after 1989' gives the start alone: the aligned heading's end is the stage's.
        const datedTo = dated && !startsOnly(item) ? (itemYears(item)?.to ?? null) : (h?.to ?? null);
        const open = dated && !startsOnly(item) ? datedTo === null : h ? h.open : false;
        // "open access before 1930": the single year is where the stage ends.
        const endsAt = item.endsAtYear ? dated!.to : null;
        const stage: PeriodStage = {
          ordinal: i + 1,
          label: stageLabel(item, h, rules) ?? (h ? null : nameInTurn(item.text, rules.cameName)),
          from: endsAt !== null ? (h?.from ?? null) : (dated?.from ?? h?.from ?? null),
          to: datedTo,
          // Stages taken in turn ('… passed through three stages. The first, from 1991 to 1997, …') are
          // announced by the sentence that counts them as well as by their own (listed after it: the
          // first id is always the sentence that holds the stage's item, its evidence).
          announcedIn: [...new Set([item.sentenceId, ...thesis.repeatedIn[i], thesis.countSentenceId])],
          headingSectionId: h?.section.id ?? null,
          yearsFrom: { from: item.startInferred ? 'previous stage' : dated?.from != null && endsAt === null ? 'thesis' : h?.from != null ? 'heading' : null, to: open ? null : dated && !startsOnly(item) && datedTo != null ? 'thesis' : h?.to != null ? 'heading' : null },
          evidence: [toOriginal(item.cleanStart, item.cleanEnd)],
        };
        if (dated !== null && item.until === null && endsAt === null && fromEraTable(dated) && h && h.ranged && !h.inferred && h.from !== null && (dated.to === null || h.from <= dated.to) && (h.to === null || dated.from === null || h.to >= dated.from)) {
          // 'the Kádár era' (the era table's 1956–1988) over its heading '3 The Kádár era, 1956–1989':
          // the years the text gives an era beat public knowledge (ANNOTATION, period rule 3).
          stage.from = h.from;
          stage.to = h.open ? null : h.to;
          stage.yearsFrom = { from: 'heading', to: h.open ? null : 'heading' };
        }
        if (dated !== null && dated.kind === 'relative' && endsAt === null && dated.from !== null) {
          // '(3) uneasy coexistence, for the seventeen years that followed' after a stage that ended
          // in 2006 reads 2007–2023 (a relative span counts from the year after its anchor); stages
          // share their border year, and the writer's heading '5. Uneasy coexistence, 2006–2023' says so.
          const before = i > 0 ? stages[i - 1].to : null;
          if (h && h.ranged && !h.inferred && h.from !== null && Math.abs(h.from - dated.from) === 1) {
            stage.from = h.from;
            stage.yearsFrom = { from: 'heading', to: stage.yearsFrom?.to ?? null };
          } else if (before !== null && before === dated.from - 1) stage.from = before;
        }
        if (stage.from === null && stage.to === null) {
          // "the Okafor era": years from the text's own statement of Okafor's time in office. A start
          // alone does not override the end of the stage before (inferUndatedYears starts it there).
          // (A stage taken in turn in a sentence of its own is named by its label, not by every
          // capitalised word of that sentence: 'In the first, a phase of tolerance, the government of
          // the Front welcomed …' names no person.)
          const named = item.label !== null && item.sentenceId !== thesis.countSentenceId ? { ...item, text: item.label } : item;
          const tenure = tenureOf(named, thesis.items, sentences, (bySentence ??= temporalBySentence(temporal)), rules);
          if (tenure && tenure.from !== null && !(tenure.startOnly && i > 0 && stages[i - 1].to !== null)) {
            stage.from = tenure.from;
            stage.to = tenure.to;
            stage.yearsFrom = { from: 'text', to: tenure.to !== null ? 'text' : null };
            stage.evidence!.push({ start: tenure.sentence.start, end: tenure.sentence.end });
          }
        }
        if (i === 0 && stage.from === null && thesis.frameStart != null && (stage.to === null || thesis.frameStart < stage.to)) {
          // "two distinct stages since the death of Franco in 1975: the transition … up to 1996, …".
          stage.from = thesis.frameStart;
          stage.yearsFrom = { from: 'thesis', to: stage.yearsFrom?.to ?? null };
        }
        if (stage.from === null && stage.to === null && item.label !== null) {
          // "three periods, which I call tolerance, management and exclusion. Tolerance lasted from
          // 1991 to 2000. …": years from a sentence soon after the thesis that opens with the name.
          const statement = namedStatement(item.label, announcing, sentences, (bySentence ??= temporalBySentence(temporal)), rules, stageMention(i + 1, i === thesis.items.length - 1, rules));
          if (statement) {
            stage.from = statement.from;
            stage.to = statement.to;
            stage.yearsFrom = { from: statement.from !== null ? 'text' : null, to: statement.to !== null ? 'text' : null };
            stage.evidence!.push({ start: statement.sentence.start, end: statement.sentence.end });
          }
        }
        if (stage.from === null && stage.to === null) {
          // "a boom (1950–1960), a slump, and a recovery …" with, in the slump's section, "The second
          // phase, which lasted from 1962 to 1985, was harsh": the text's own years for the stage it
          // counts as the second beat a start borrowed from the stage before.
          // Else 'The third phase begins with the coup of 5 December 2006 and lasts until …': its start
          // (and end, if the sentence gives one; else a later sentence may, see ordinalEnd).
          const last = i === thesis.items.length - 1;
          const statement = ordinalStatement(i + 1, last, announcing, sentences, (bySentence ??= temporalBySentence(temporal)), rules) ?? ordinalStart(i + 1, last, announcing, sentences, bySentence, rules);
          if (statement) {
            stage.from = statement.from;
            stage.to = statement.to;
            stage.yearsFrom = { from: statement.from !== null ? 'text' : null, to: statement.to !== null ? 'text' : null };
            stage.evidence!.push({ start: statement.sentence.start, end: statement.sentence.end });
          }
        }
        // (When the stage before has an end, this stage starts there: see inferUndatedYears.)
        if (stage.from === null && stage.to === null && stage.headingSectionId !== null && (i === 0 || stages[i - 1].to === null)) {
          // "The transition" heading a section that opens "Valentín Paniagua led an interim
          // government from November 2000 to July 2001": a stage nothing else dates starts with the
          // first date its own section gives (no earlier than the stage before starts: not a
          // flashback), and ends where the next stage starts.
          const opening = firstDateOf(stage.headingSectionId, stages[i - 1]?.from ?? null);
          if (opening) {
            stage.from = opening.date;
            stage.yearsFrom = { from: 'section', to: null };
            stage.evidence!.push({ start: opening.sentence.start, end: opening.sentence.end });
          }
        } else if (stage.from === null && stage.headingSectionId !== null && i > 0 && stages[i - 1].to !== null && stages[i - 1].yearsFrom?.to === 'text') {
          // 'The second phase, which lasted until the revolution of 1905, …' then, in the third's
          // section, 'The revolution of 1905 opened the third phase': when the section's first date
          // (not in the sentence that ends this stage) is the year the stage before ended in, it is
          // the start's evidence; any other year leaves the start where the stage before ends
          // ('Under company leases, which lasted … until the nationalisation of 1948' then a section
          // that opens 'The Timber Board was set up in 1952': the stage starts in 1948).
          // A later year starts the stage when its sentence names the stage's own change ('The
          // nationalised system' after a first phase that lasted until 1925, over a section that opens
          // 'On 1 September 1982 President José López Portillo nationalised the banks'): a gap.
          const opening = firstDateOf(stage.headingSectionId, stages[i - 1].to, stageMention(i + 1, i === thesis.items.length - 1, rules));
          if (opening && (opening.date === stages[i - 1].to || (stage.label !== null && echoesName(opening.sentence.text, stage.label, rules)))) {
            stage.from = opening.date;
            stage.yearsFrom = { from: 'section', to: stage.yearsFrom?.to ?? null };
            stage.evidence!.push({ start: opening.sentence.start, end: opening.sentence.end });
          }
        }
        if (stage.to === null && !dated && stage.headingSectionId !== null) {
          // "The monopoly" heading a section that closes "… was given up in 1842, and with it ended
          // the first age": a stage the thesis names without years ends where its own section says.
          const end = sectionEnd(i + 1, i === thesis.items.length - 1, stage.headingSectionId, stage.from ?? stages[i - 1]?.to ?? stages[i - 1]?.from ?? null, sentences, (bySentence ??= temporalBySentence(temporal)), rules);
          if (end) {
            stage.to = end.to;
            stage.yearsFrom = { from: stage.yearsFrom?.from ?? null, to: 'text' };
            stage.evidence!.push({ start: end.sentence.start, end: end.sentence.end });
          }
        }
        const elsewhere = dated ? evidenceSentence(dated.cues) : null;
        const source = elsewhere ? sentences.find((s) => s.id === elsewhere) : undefined;
        if (source && source.id !== item.sentenceId) {
          stage.yearsFrom = { from: 'text', to: stage.yearsFrom?.to ?? null };
          stage.evidence!.push({ start: source.start, end: source.end });
        }
        stages.push(stage);
      });
      // "the unstable democracy before Rafael Correa" followed by "the Correa presidency": a stage
      // that ends before a person, with no years of its own, ends where the next stage starts.
      thesis.items.forEach((item, i) => {
        const next = stages[i + 1];
        if (stages[i].from !== null || stages[i].to !== null || next?.from == null || !ENDS_BEFORE_NAME.test(item.text)) return;
        stages[i].to = next.from;
        stages[i].yearsFrom = { from: null, to: 'next stage' };
      });
      // "The third wave began in 1974": a stage dated by one year starts then; it lasts until the
      // next stage starts, or is open when it is the last.
      thesis.items.forEach((item, i) => {
        const stage = stages[i];
        // A month, a day or a part of one year is such a point too: 'the period since President Kais
        // Saied suspended parliament in July 2021', 'opened with the strikes of July and August 1987'.
        // So is a relative expression of one year ('The third period … began that morning and is still going on').
        const point = item.dated?.kind === 'year' || ((item.dated?.kind === 'month' || item.dated?.kind === 'day' || item.dated?.kind === 'season-part' || item.dated?.kind === 'relative') && item.dated.from === item.dated.to);
        if (!point || item.endsAtYear || item.until || stage.yearsFrom?.from !== 'thesis' || aligned[i]?.to != null) return;
        // ('The first period I call the long winter. It began in September 1988 … It lasted until
        // March 2011.': an end the text gives the stage beats the next stage's start.)
        const own = ownSentence(item);
        const end = own && stage.from !== null ? ordinalEnd(i + 1, i === stages.length - 1, stage.from, announcing, sentences, (bySentence ??= temporalBySentence(temporal)), rules, own) : null;
        if (end && end.to > stage.from!) {
          stage.to = end.to;
          stage.yearsFrom = { from: 'thesis', to: 'text' };
          stage.evidence!.push({ start: end.sentence.start, end: end.sentence.end });
          return;
        }
        const next = stages[i + 1];
        stage.to = next?.from ?? null;
        stage.yearsFrom = { from: 'thesis', to: stage.to !== null ? 'next stage' : null };
      });
      // "The second phase lasted until the privatisation of 1991": a stage whose start the text gives
      // (a section's first date, a sentence that opens with its name) but not its end ends where a
      // sentence that counts it says.
      stages.forEach((stage, i) => {
        if (stage.to !== null || stage.from === null) return;
        // (The sentence that takes the stage in turn, when it is not the thesis's: its paragraph may end the stage.)
        const item = thesis.items[i];
        const own = item ? ownSentence(item) : null;
        const end = ordinalEnd(i + 1, i === stages.length - 1, stage.from, announcing, sentences, (bySentence ??= temporalBySentence(temporal)), rules, own);
        if (!end) return;
        stage.to = end.to;
        stage.yearsFrom = { from: stage.yearsFrom?.from ?? null, to: 'text' };
        stage.evidence!.push({ start: end.sentence.start, end: end.sentence.end });
      });
      // A stage whose start the text gives but not its end ends where the next stage starts: a
      // tenure's start ('came to power in 1962'), a section's first date, an open era ('the Mao
      // era, the reform era and the Xi era': the reform era has no end of its own).
      stages.forEach((stage, i) => {
        const next = stages[i + 1];
        if (stage.to !== null || stage.from === null || next?.from == null || next.from <= stage.from) return;
        stage.to = next.from;
        stage.yearsFrom = { from: stage.yearsFrom?.from ?? null, to: 'next stage' };
      });
    } else if (fromHeadings.length > rules.maxStages) {
      messages.push(message('periodisation', 'info', 'periodisation/too-many-stages', `${fromHeadings.length} dated headings follow one another: too many to be a periodisation (at most ${rules.maxStages})`));
    } else if (fromHeadings.length >= 2) {
      claimedCount = fromHeadings.length;
      // A thesis that counts as many stages as the headings give, whose items the headings date
      // ('this report distinguishes four periods …. The first runs from the outbreak of the armed
      // uprising to …'), still announces them: its sentences are the stages' announcements.
      const announcing = thesis !== null && thesis.count === fromHeadings.length ? thesis : null;
      // Stage i's announcing sentences, and its first evidence as a thesis stage has it: the item, else the count sentence.
      const announcement = (i: number): { ids: string[]; spans: { start: number; end: number }[] } => {
        if (!announcing) return { ids: [], spans: [] };
        const item = announcing.items.length === fromHeadings.length ? announcing.items[i] : undefined;
        if (item) return { ids: [...new Set([item.sentenceId, announcing.countSentenceId])], spans: [toOriginal(item.cleanStart, item.cleanEnd)] };
        return { ids: [announcing.countSentenceId], spans: countSentence ? [{ start: countSentence.start, end: countSentence.end }] : [] };
      };
      fromHeadings.forEach((h, i) => {
        // A table's row is announced again by the heading of the stage's own section, later in the
        // text ('Room 2: The Referendum Years'): that section is the stage's, its heading the first evidence.
        const own = h.tableRow && h.label ? headings.find((x) => !x.tableRow && x.section.start > h.section.start && endsWithName(x.section.heading, h.label!))?.section : undefined;
        const announced = announcement(i);
        const spans = [...announced.spans, ...[own?.headingSpan, h.section.headingSpan].filter((x): x is NonNullable<typeof x> => !!x)];
        stages.push({
          ordinal: i + 1,
          // 'Since 1974', '1916–1942': a heading that is nothing but its years dates its stage and
          // names none (ANNOTATION: a label 'where the text names one').
          label: h.label,
          from: h.from,
          to: h.open ? null : h.to,
          announcedIn: announced.ids,
          headingSectionId: runIn ? null : (own ?? h.section).id,
          yearsFrom: h.inferred ?? { from: h.from !== null ? 'heading' : null, to: h.to !== null && !h.open ? 'heading' : null },
          evidence: spans,
        });
      });
    } else if (!thesis || thesis.items.length < 2) {
      // 'Periods: Independence (1964–1971) · The Mintoff years (1971–1987) · …': an encyclopedia's
      // box line, when no sentence and no headings give the stages.
      const listed = periodsLineStages(layer(doc, 'blocks'), clean, temporal, toOriginal, rules);
      if (listed.length > 0) claimedCount = listed.length;
      listed.forEach((x, i) => {
        stages.push({ ordinal: i + 1, label: x.label, from: x.from, to: x.to, announcedIn: [], headingSectionId: null, yearsFrom: { from: 'thesis', to: x.to !== null ? 'thesis' : null }, evidence: [x.span] });
      });
    }
    if ((!thesis || thesis.items.length === 0) && fromHeadings.length >= 2) namesFromSummary(stages, sentences, fromHeadings[0].section.start, rules, toOriginal);
    inferUndatedYears(stages, thesis, rules);
    widenOpeningPoints(stages);
    // ('… By 1998, when …, the period … was over.': the last stage's end in its paragraph, see forms26.)
    if (claimedCount !== null && thesis && thesis.items.length >= 2) endedInItsParagraph(stages, sentences, countSentence, temporal);
    if (thesis && thesis.items.length < 2 && stages.length !== thesis.count) {
      const s = countSentence!;
      messages.push(message('periodisation', 'info', 'periodisation/count-without-stages', `a sentence announces ${thesis.count} stages but does not name them`, s));
    }
    // ('Project Plan · 14 March 2024' over 'Phase 1: Design (2024–2026)', 'Phase 2: Construction
    // (2026–2030)': a plan's phases, all after the text was written, are no periodisation, see forms28.)
    if (plannedPhases(stages, layer(doc, 'metadata').year)) {
      stages.length = 0;
      claimedCount = null;
    }
    // The noun the thesis counts its stages with, when it counts as many as the text claims.
    const countedNoun = thesis && thesis.count === claimedCount ? thesis.countedNoun : null;
    const result: Periodisation = { claimedCount, countedNoun, stages };
    return { layers: { periodisation: result }, messages };
  },
});
