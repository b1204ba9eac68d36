/**
 * Stage `periods`: labels every sentence with the stage its main assertion is about — `stage1` …
 * `stageN`, `before`, `after`, `span` or `none` — following ANNOTATION.md: an explicit date of the
 * main assertion decides, even in another stage's section (a flashback); undated sentences take
 * the stage of the section they stand in (or, outside stage sections, the dated sentence before
 * them in the paragraph); remarks about the text are `none`; speculation in a concluding section
 * is `after`.
 */
import {
  datesAsPoints,
  layer,
  temporalBySentence,
  POS_TAGS,
  type Cue,
  type PeriodAssignment,
  type PeriodStage,
  type PeriodLabel,
  type Sentence,
  type TemporalExpression,
} from '../../doc.js';
import { defineStage } from '../../stage.js';
import { mapInterval, regions, type Mapping, type Region } from './mapping.js';
import { PhraseMatcher, PhraseSets, Words } from './phrases.js';
import { sectionRoles, type SectionRole } from './sections.js';
import { escapeRegExp, phraseAlternatives, singularOf } from '../../chars.js';

export interface PeriodsOptions {
  /** Data file (default: `periods.json`). */
  rules: string;
}

interface PeriodsData {
  beforeWords: string[];
  backgroundClauseWords: string[];
  restrictiveClauseWords: string[];
  endMarkers: string[];
  metaDiscourse: string[];
  scopeTextNouns: string[];
  scopeVerbs: string[];
  scopeSourceCues: string[];
  anteriorityWords: string[];
  speakerLabel: string;
  rulerLabel: string;
  futureCues: string[];
  durativeCues: string[];
  spanPatterns: string[];
  countedSpanPatterns: string[];
  countedBeyondPattern: string;
  spanKeywords: string[];
  conclusionSpanCues: string[];
  strongFutureCues: string[];
  argumentVerbs: string[];
  sourceVerbs: string[];
  argumentNouns: string[];
  schemeHolders: string[];
  schemeHolderQualifiers: string[];
  schemeVerbs: string[];
  schemeVerbsWithNoun: string[];
  schemeNouns: string[];
  ownSchemeVerbs: string[];
  schemeBorderNouns: string[];
  crossReferenceVerbs: string[];
  schemeBorderVerbs: string[];
  ownSchemeNouns: string[];
  futureModals: string[];
  reportingVerbs: string[];
  expectationVerbs: string[];
  dueFollowers: string[];
  firstPersonSubjects: string[];
  readerSubjects: string[];
  textSubjects: string[];
  openQuestionStateVerbs: string[];
  questionForTheText: string[];
  openQuestionOpeners: string[];
  conditionOpeners: string[];
  conditionalModals: string[];
  closingCues: string[];
  referenceSinceCues: string[];
  conclusionHeadings: string[];
  researchCues: string[];
  findingsCues: string[];
  methodsHeadings: string[];
  topicHeadings: string[];
  listHeadings: string[];
  readingGuideHeadings?: string[];
  prescriptionCues: string[];
  resolveCues: string[];
  commitmentCues: string[];
  textMakerHeads: string[];
  textGenreNouns: string[];
  researchRelativeCues: string[];
  textEventSubjects: string[];
  textEventVerbs: string[];
  schemeRejectionVerbs: string[];
  schemeRejectionNouns: string[];
  schemeDatingCues: string[];
  citedReadingVerbs?: string[];
  readerInstructionVerbs?: string[];
  pastModalCues: string[];
  presentStateCues: string[];
  pastTenseWords: string[];
  participleOpeners: string[];
  comparisonOpeners: string[];
  comparisonBeforeDate: string[];
  genericCues: string[];
  presentForms: string[];
  pastForms: string[];
  notLookBackHeadings: string[];
  writerPresentWords: string[];
  afterWords: string[];
  geographyCues: string[];
  geographyVerbs: string[];
  pastPerfectWords: string[];
  literatureCues: string[];
  scholarshipQualifiers: string[];
  scholarshipHeads: string[];
  scholarshipAdverbs: string[];
  scholarshipAuxiliaries: string[];
  scholarshipVerbs: string[];
  scholarshipFactiveVerbs: string[];
  readerFormulas: string[];
  caseNouns: string[];
  caseVerbs: string[];
  sourceNouns: string[];
  sourceRanks: string[];
  scholarVerbs: string[];
  reviewedWorkSubjects: string[];
  reviewedWorkVerbs: string[];
  openingHeadings: string[];
  ordinalWords: Record<string, number>;
  stageNumbers: Record<string, number>;
  stageNouns: string[];
  nameHeadNouns: string[];
  labelArticles: string[];
  shortIntervalYears: number;
  seasonMonths: Record<string, [number, number]>;
  writersYear: string[];
  confidence: Record<'dated' | 'datedSubordinate' | 'midpoint' | 'section' | 'inherited' | 'meta' | 'future' | 'durative' | 'undated', number>;
}

interface PeriodsRules {
  /** Matches a bounding word at the end of the text before a date ('Before 1960'). */
  beforeDate: RegExp;
  endBeforeDate: RegExp;
  background: RegExp;
  /** A relative pronoun right after a word, with no comma before it: a restrictive clause. */
  restrictive: RegExp;
  /** Cheap test that a sentence may open a background clause at all. */
  mayHaveBackground: RegExp;
  /** The clause words among a sentence's words: a cheaper test still, where it is exact. */
  backgroundWords: PhraseMatcher;
  endMarker: RegExp;
  /** A verb of knowing right after a prescription's cue ('you need to know'): the reader told what to do with the text. */
  readerInstruction: RegExp;
  /** A sentence whose subject is a cited work, and a verb of reading ('Thompson (1963) saw them as …'). */
  citedReading: RegExp;
  /**
   * The cue lists, found in one pass over a sentence's words (indices {@link CUE}): remarks about
   * the text, speculation, lasting states, the words that {@link span} needs, 'since', comparisons
   * in a conclusion, speculation anywhere, the end of a stage, … and the stage nouns (singular and
   * plural), without which no ordinal names a stage ('the second period').
   */
  cues: PhraseSets;
  /** The writer's argument opening the sentence ('It argues that …', 'Her argument is that …'): see periods.json's `$comment_argument`. */
  argument: RegExp;
  /** The text's sources or a term's definition opening the sentence ('The brief draws on …', 'By defenders we mean …'): see periods.json's `$comment_sources`. */
  sources: RegExp;
  /** A sentence about how a periodisation is drawn (see {@link schemeTalk} and periods.json's `$comment_schemeTalk` and `$comment_schemeRejection`). */
  scheme: { other: RegExp; otherWithNoun: RegExp; noun: RegExp; question: RegExp; own: RegExp; ownNoun: RegExp; rejection: RegExp; dating: RegExp; borderBetween: RegExp };
  /** The text's own event as the subject, in the present ('The workshop is funded by …'): see periods.json's `$comment_textMaking`. */
  textEvent: RegExp;
  /** The heads of a name in the front matter that makes the text ('… Oral History Project'), capitalised as names are. */
  /** Nouns a text may call itself by in its front matter ('A self-guided walk …'): 'This walk begins …' is then the text. */
  textGenreNouns: string[];
  textMakerHeads: string[];
  /** The research cues that may open a contact relative clause after a noun ('the women we interviewed'). */
  researchRelativeCues: Set<string>;
  /** What makes a main clause look ahead (see {@link lookingAhead} and periods.json's `$comment_lookingAhead`). */
  ahead: { futureModals: Set<string>; reportingVerbs: Set<string>; expectationVerbs: Set<string>; dueFollowers: Set<string>; firstPersonSubjects: Set<string>; conditionalModals: Set<string>; openQuestionStateVerbs: Set<string>; opener: RegExp; reader: RegExp; textSubject: RegExp; questionForTheText: RegExp };
  /** Generalisations over the stages ('Each stage …', 'Across the four stages'); null without patterns. */
  span: RegExp | null;
  /** Patterns over the noun a text counts its stages with ('each {singular}', 'a {next} {singular}'), compiled for each text by {@link countedPatterns}. */
  counted: { span: string[]; beyond: string };
  /** Text up to a date that makes it a point of comparison ('the first … since 1980'). */
  referenceSince: RegExp;
  conclusionHeading: RegExp;
  /** A Methods/Data/Research design heading: the whole heading, after its number. */
  methodsHeading: RegExp;
  /** A heading of a section that describes the place or body rather than its history ('Climate', 'Demographics'): the whole heading, after its number. */
  topicHeading: RegExp;
  /** A heading of a list of terms ('Annex A: Abbreviations'): its lines are not prose. */
  listHeading: RegExp;
  /** Words that may open a participle clause before the verb they govern ('Having joined …', 'Originally founded …'). */
  participleOpeners: Set<string>;
  /** A comparison clause ('Unlike in the 1980s,'): at the sentence's start or after a comma or semicolon, up to the next break. */
  comparison: RegExp;
  /** Text up to a date that makes it the other side of a comparison ('weaker than in the 1960s'). */
  thanBeforeDate: RegExp;
  /** First verbs in the present tense, for general claims. */
  presentForms: Set<string>;
  pastForms: Set<string>;
  /** The auxiliary of the past perfect ('had'). */
  pastPerfect: Set<string>;
  /** Headings of concluding sections whose past tense is no look back over the stages ('Historiography'). */
  notLookBackHeading: RegExp;
  /** Matches a word at the end of the text before a year that makes it an onset ('after 1985'). */
  afterDate: RegExp;
  geographyVerbs: Set<string>;
  /** 'This article traces …', 'In this chapter we follow …': a remark about the text that sets out its subject. */
  scope: RegExp;
  scholarSubject: RegExp;
  /** The scholarship as the subject, then a verb in the present ('Historians of the strike of 1971–72 have stressed …'): see periods.json's `$comment_scholarshipSubject`. */
  scholarship: RegExp;
  /** A remark to the reader or about a text: a formula ('Thank you.', 'Next slide, please.'), a cross-reference ('On …, see Hensley (1996)'), a page ('on p. 14'), where the evidence comes from: see periods.json's `$comment_textRemark`. */
  textRemark: RegExp;
  /** The case studied as the subject, drawing a lesson ('The Zambian case shows that …'): see periods.json's `$comment_caseLesson`. */
  caseLesson: RegExp;
  /** A factive verb and 'that' ('have shown that …'): the writer asserts the clause, whose date decides. */
  scholarshipFactive: RegExp;
  /** The book under review as the subject, with a verb of what a text does ('The book closes with …'). */
  reviewedWork: RegExp;
  /** 'had struck long before': a past perfect put before something (group: none). */
  anteriority: RegExp;
  /** A speaker label opening a turn of an interview ('Q: ', 'A: '): no part of what the turn says. */
  speakerLabel: RegExp;
  /** A stage's label that names its rulers ('Under Zia', 'Under Benazir and Nawaz'): group 1, the names. */
  rulerLabel: RegExp;
  /** Words of a text's sources ('drawing on union records'): a remark that names them is about the text. */
  scopeSources: RegExp;
  /** An 'Introduction' or 'Overview' heading, after its number. */
  openingHeading: RegExp;
  /** 'the second period' (group 1: the ordinal; group 2: 'two', 'three' of 'the first two phases'), not '… of'. */
  ordinalStage: RegExp;
  /** 'than in the first.': an ordinal whose stage noun is left out, after a named stage. */
  bareOrdinal: RegExp;
  /** '…; in the second it swung between openness and pressure': an ordinal whose stage noun is left out, opening a clause. */
  clauseOrdinal: RegExp;
  /** 'Phase two opens with …', 'in stage 3': a stage noun and its number after it (group 1). */
  numberedStage: RegExp;
  ordinalWords: Record<string, number>;
  stageNumbers: Record<string, number>;
  labelArticles: Set<string>;
  /** The stage nouns, lower-case ('phase', 'period'), for the words of labels. */
  stageNounSet: Set<string>;
  /** Heads of names built with 'of' besides the stage nouns ('the years of engagement'). */
  nameHeadNouns: Set<string>;
  /** A stage noun right after a word ('… phase', '… periods'): a common-word label names its stage only so ('the reform phase'). */
  stageNounAfter: string;
  shortIntervalYears: number;
  /** Per EDTF season code ('21' spring …), its first and last month; see periods.json. */
  seasonMonths: Map<number, [number, number]>;
  /** The writer's own year opening a sentence ('This has been a hard year …'). */
  writersYear: RegExp;
  confidence: PeriodsData['confidence'];
}

const phrase = (words: string[]): string => words.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');

function compile(d: PeriodsData): PeriodsRules {
  return {
    beforeDate: new RegExp(`\\b(?:${phrase(d.beforeWords)})\\s*$`, 'iu'),
    endBeforeDate: new RegExp(`\\b(?:${phrase(d.endMarkers)})\\s*$`, 'iu'),
    background: new RegExp(`(?:^|[,;:(—–]\\s*)(${phrase(d.backgroundClauseWords)})\\b`, 'giu'),
    restrictive: new RegExp(`(?<=[\\p{L}\\p{N}]\\s+)(${phrase(d.restrictiveClauseWords)})\\b`, 'giu'),
    endMarker: new RegExp(`^(?:${phrase(d.endMarkers)})\\b`, 'iu'),
    // (One or more cited works, 'Name (1983)', 'Name and Name (2004: 163–71)', 'Name et al. (2009)', joined by 'and' or commas.)
    // ('Grote (2012) goes further and reads everything after 1972 as …': a verb of going further first.)
    citedReading: new RegExp(`^(?:${CITED_WORK}(?:\\s*,\\s*|\\s+and\\s+))*${CITED_WORK}\\s+(?:(?:also|instead|rather|both|however|famously)\\s+)?(?:go(?:es)?\\s+further\\s+and\\s+)?(?:${phrase(d.citedReadingVerbs ?? [])})\\b`, 'u'),
    readerInstruction: new RegExp(`^\\s+(?:${phrase(d.readerInstructionVerbs ?? [])})\\b`, 'iu'),
    mayHaveBackground: new RegExp(`\\b(?:${phrase([...d.backgroundClauseWords, ...d.restrictiveClauseWords])})\\b`, 'iu'),
    backgroundWords: new PhraseMatcher([...d.backgroundClauseWords, ...d.restrictiveClauseWords]),
    cues: new PhraseSets([d.metaDiscourse, d.futureCues, d.durativeCues, d.spanKeywords, ['since'], d.conclusionSpanCues, d.strongFutureCues, d.closingCues, d.researchCues, d.findingsCues, d.prescriptionCues, d.pastModalCues, d.presentStateCues, d.pastTenseWords, d.comparisonOpeners, d.genericCues, d.writerPresentWords, d.geographyCues, d.pastPerfectWords, Object.keys(d.ordinalWords), d.literatureCues, [...d.stageNouns, ...d.stageNouns.map((n) => `${n}s`)], d.scholarshipHeads, d.caseNouns, TEXT_REMARK_WORDS, d.resolveCues, d.commitmentCues]),
    textEvent: new RegExp(`^${CLAUSE_LETTER}(?:${phrase(d.textEventSubjects)})\\s+(?:${phrase(d.textEventVerbs)})\\b`, 'iu'),
    textMakerHeads: d.textMakerHeads,
    textGenreNouns: d.textGenreNouns,
    researchRelativeCues: new Set(d.researchRelativeCues),
    participleOpeners: new Set(d.participleOpeners),
    argument: new RegExp(`^(?:(?:drawing\\s+on|using|based\\s+on)\\b[^.;:]{0,200}?,\\s*)?(?:(?:(?:this|the)\\s+(?:${phrase(d.scopeTextNouns)})|it|we|i)\\s+(?:(?:also|instead|therefore|further|rather)\\s+)?(?:${phrase(d.argumentVerbs)})\\s+that|(?:my|our|her|his|its|their)\\s+(?:${phrase(d.argumentNouns)})\\s+is\\s+that)\\b`, 'iu'),
    sources: new RegExp(`^\\W*(?:(?:(?:this|the|our|my)\\s+(?:${phrase(d.scopeTextNouns)})|it|we|i)\\s+(?:(?:also|mainly|largely|chiefly)\\s+)?(?:${phrase(d.sourceVerbs)})\\s+(?:on|upon)|by\\s+[^,.;:]{1,80}?\\s+(?:we|i)\\s+(?:mean|understand)|(?:we|i)\\s+(?:use|define)\\s+(?:the\\s+(?:term|word)\\s+)?['‘"“]?\\p{L}[^,.;:]{0,60}?\\s+(?:to\\s+mean|as)\\s)\\b`, 'iu'),
    scheme: (() => {
      // (Another party opening the sentence, perhaps a phrase after it ('Historians at the University of
      // Curaçao', 'Officials in Paris'), perhaps an adverb, then the verb.)
      // ('Now, most of your textbooks end this phase at Blair Mountain in 1921': an opener, and 'of' a determiner after the qualifier.)
      const holder = `^(?:(?:but|yet|and|however|now|so|well),?\\s+)?(?:(?:${phrase(d.schemeHolderQualifiers)})\\s+(?:of\\s+(?:the|your|our|my|these|those)\\s+)?)*(?:${phrase(d.schemeHolders)}|the\\s+historian\\s+[^,;:]{1,40}?)\\b(?:\\s+(?:of|in|at|on|from|inside|outside|within|such\\s+as|like)\\s+[^,;:.()]{1,60}?)?\\s+(?:(?:usually|simply|instead|often|still|also|either|generally)\\s+)?`;
      return {
        other: new RegExp(`${holder}(?:${phrase(d.schemeVerbs)})\\b`, 'iu'),
        otherWithNoun: new RegExp(`${holder}(?:${phrase(d.schemeVerbsWithNoun)})\\b`, 'iu'),
        noun: new RegExp(`\\b(?:${phrase(d.schemeNouns)})\\b`, 'iu'),
        // ('So — where does phase two begin?', 'So where does phase two end and phase three begin?': asking where a border lies.)
        question: new RegExp(`^(?:(?:so|but|and|now),?\\s*(?:[—–-]\\s*)?)?(?:where|when)\\b[^?]*\\b(?:${phrase(d.ownSchemeNouns)})\\b[^?]*\\b(?:begin|begins|end|ends|start|starts)\\b[^?]*\\?\\s*$`, 'iu'),
        own: new RegExp(`\\b(?:i|we)\\s+(?:(?:would|do\\s+not|don't|therefore|also|instead|rather|still)\\s+)*(?:${phrase(d.ownSchemeVerbs)})\\b`, 'iu'),
        ownNoun: new RegExp(`\\b(?:${phrase(d.ownSchemeNouns)})\\b`, 'iu'),
        // ('Congress does not accept that calendar.', 'We reject this chronology': a scheme rejected.)
        rejection: new RegExp(`\\b(?:${phrase(d.schemeRejectionVerbs)})\\s+(?:that|this|these|those|such\\s+a|the|its|their|his|her|any)\\s+(?:[\\p{L}'’-]+\\s+)?(?:${phrase(d.schemeRejectionNouns)})\\b`, 'iu'),
        // ('… the prefecture dates the history of the island by its statutes': a scheme reported in a clause.)
        dating: new RegExp(`\\b(?:${phrase(d.schemeDatingCues)})\\b`, 'iu'),
        borderBetween: new RegExp(`\\b(?:${phrase(d.schemeBorderNouns)})\\s+between\\s+(?:the\\s+)?[^.;:]{1,60}?\\b(?:${phrase(d.stageNouns)})s?\\b[^.;:]{0,30}?\\b(?:${phrase(d.schemeBorderVerbs)})\\b`, 'iu'),
      };
    })(),
    ahead: {
      futureModals: new Set(d.futureModals),
      reportingVerbs: new Set(d.reportingVerbs),
      expectationVerbs: new Set(d.expectationVerbs),
      dueFollowers: new Set(d.dueFollowers),
      firstPersonSubjects: new Set(d.firstPersonSubjects),
      conditionalModals: new Set(d.conditionalModals),
      openQuestionStateVerbs: new Set(d.openQuestionStateVerbs),
      reader: new RegExp(`^(?:${phrase(d.readerSubjects)})\\b`, 'iu'),
      textSubject: new RegExp(`^(?:the|this|that|a|an|its|his|her|their|our|my)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${phrase(d.textSubjects)})\\b`, 'iu'),
      questionForTheText: new RegExp(`\\bquestion\\b.*\\b(?:${phrase(d.questionForTheText)})\\b`, 'iu'),
      // (Group 1: an open question's opener; group 2: a condition's.)
      opener: new RegExp(`^(?:(?:and|but|yet)\\s+)?(?:(${phrase(d.openQuestionOpeners)})|(${phrase(d.conditionOpeners)}))\\b`, 'iu'),
    },
    comparison: new RegExp(`(?:^|[,;]\\s*)(?:(?:and|but|yet)\\s+)?(?:${phrase(d.comparisonOpeners)})\\b[^,;:—–]*`, 'giu'),
    thanBeforeDate: new RegExp(`\\bthan\\s+(?:(?:${phrase(d.comparisonBeforeDate)})\\s+)?$`, 'iu'),
    presentForms: new Set(d.presentForms),
    pastForms: new Set(d.pastForms),
    pastPerfect: new Set(d.pastPerfectWords),
    notLookBackHeading: new RegExp(`\\b(?:${phrase(d.notLookBackHeadings)})\\b`, 'iu'),
    afterDate: new RegExp(`\\b(?:${phrase(d.afterWords)})\\s+$`, 'iu'),
    geographyVerbs: new Set(d.geographyVerbs),
    // ('The first and third waves were carried by …': two ordinals joined before one plural noun, group 3.)
    ordinalStage: new RegExp(`\\bthe\\s+(${phrase(Object.keys(d.ordinalWords))})\\s+(?:(?:and|or)\\s+(?:the\\s+)?(${phrase(Object.keys(d.ordinalWords))})\\s+(?=(?:${phrase(d.stageNouns)})s\\b))?(?:(two|three|four)\\s+)?(?:${phrase(d.stageNouns)})s?\\b(?!\\s+of\\b)`, 'giu'),
    clauseOrdinal: new RegExp(`(?:^|[;,]\\s*)(?:and\\s+)?(?:in|during|under)\\s+the\\s+(${phrase(Object.keys(d.ordinalWords))})\\b(?!\\s+(?:place|instance|half|quarter|third|of|two|three|four|few)\\b)`, 'giu'),
    bareOrdinal: new RegExp(`\\b(?:than|and|to)\\s+(?:in\\s+|during\\s+|under\\s+)?the\\s+(${phrase(Object.keys(d.ordinalWords))})\\s*[.,;:!?]`, 'giu'),
    // (Not 'a period two years later', 'phase one-third …': no unit of time or fraction after the number.)
    numberedStage: new RegExp(`\\b(?:${phrase(d.stageNouns)})\\s+(${phrase(Object.keys(d.stageNumbers))}|\\d{1,2})\\b(?![-–]|\\s+(?:years?|months?|weeks?|days?|decades?|centuries|century|per|percent|times)\\b|\\s*%)`, 'giu'),
    ordinalWords: d.ordinalWords,
    stageNumbers: d.stageNumbers,
    labelArticles: new Set(d.labelArticles),
    stageNounSet: new Set(d.stageNouns.map((n) => n.toLowerCase())),
    nameHeadNouns: new Set(d.nameHeadNouns),
    stageNounAfter: `\\s+(?:${phrase(d.stageNouns)})s?(?![\\p{L}\\p{N}])`,
    // A cited work opening the sentence as its subject, then one of scholarVerbs: 'Karimov (2011)
    // places …', 'Hughes et al. (2018: 12) read …', 'But Lee and Shen (2011) argue …'.
    scholarSubject: new RegExp(`^(?:(?:[Bb]ut|[Yy]et|[Hh]owever|[Tt]hus|[Ss]o|[Ii]nstead|[Ss]imilarly|[Ll]ikewise)\\s*,?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'’-]+|\\s+et\\s+al\\.?)?\\s+\\(\\d{4}[a-z]?(?:\\s*[:,]\\s*(?:pp?\\.\\s*)?[\\d–-]+)?\\)(?:\\s*,\\s*(?:by\\s+contrast|in\\s+contrast|however|for\\s+example|for\\s+instance|on\\s+the\\s+other\\s+hand|instead|too|in\\s+turn)\\s*,)?\\s+(?:(?:also|instead|rightly|even|further)\\s+)?(?:${phrase(d.scholarVerbs)})\\b`, 'u'),
    scholarship: scholarshipPattern(d),
    caseLesson: new RegExp(`^(?:the|this|that|each|every|[\\p{L}]+['’]s)\\s+(?:[\\p{L}-]+\\s+)?(?:${phrase(d.caseNouns)})\\s+(?:(?:therefore|thus|then|also|clearly|here|again)\\s+)?(?:${phrase(d.caseVerbs)})\\b`, 'iu'),
    textRemark: new RegExp(
      [
        `^(?:\\d{1,2}\\.\\s+)?(?:${phrase(d.readerFormulas)})(?![\\p{L}'’-])(?!\\s+to\\b)`,
        `,\\s+please[.!]?$`,
        // ('; see also Koivisto (2008)', not inside a bracketed citation: '(Hamrouni 2010; see Ben 2011)'.)
        `(?:^|[;:]\\s+)see\\s+(?:also\\s+)?(?![^()]*\\))`,
        `^(?:on|for)\\s[^;]{1,150},\\s+see\\s`,
        // ('I consider the period after November 2020 separately below, because …': the writer's
        // own treatment of a matter elsewhere in the text; not 'below the poverty line'.)
        `^(?:i|we)\\s+(?:${phrase(d.crossReferenceVerbs)})\\b[^.;:]{0,120}?\\s(?:below|above)(?=[,.;:]|\\s+(?:because|since|as|where|when|in\\s+(?:section|paragraph|chapter)s?)\\b)`,
        `\\b(?:on|at)\\s+pp?\\.\\s*\\d`,
        `\\bpages?\\s+\\d+\\s*(?:to|and|–|-)\\s*\\d+`,
        `\\b(?:comes?|derives?)\\s+from\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${phrase(d.sourceNouns)})\\b`,
        `\\bremains?\\s+the\\s+(?:${phrase(d.sourceRanks)})\\s+sources?\\b`,
        `^(?:sections?\\s+\\d{1,2}(?:\\s*(?:to|and|–|-)\\s*\\d{1,2})?|chapters\\s+\\d{1,2}\\s*(?:to|and|–|-)\\s*\\d{1,2})\\s+(?!of\\b|on\\b|in\\b)[\\p{L}]`,
      ].join('|'),
      'iu',
    ),
    scholarshipFactive: new RegExp(`\\b(?:${phrase(d.scholarshipFactiveVerbs)})\\s+that\\b`, 'i'),
    reviewedWork: new RegExp(`^(?:(?:but|yet|and)\\s+)?(?:${phrase(d.reviewedWorkSubjects)})\\s+(?:(?:also|rightly|even|only|then)\\s+)?(?:${phrase(d.scholarVerbs)}|${phrase(d.reviewedWorkVerbs)})\\b`, 'iu'),
    scope: new RegExp(`^\\W*(?:in\\s+)?(?:this|the\\s+present)\\s+(?:${phrase(d.scopeTextNouns)})\\s*,?\\s+(?:(?:i|we)\\s+)?(?:${phrase(d.scopeVerbs)})\\b`, 'iu'),
    speakerLabel: new RegExp(d.speakerLabel, 'u'),
    rulerLabel: new RegExp(d.rulerLabel, 'u'),
    anteriority: new RegExp(`\\b(?:${phrase(d.pastPerfectWords)})\\s+(?:[\\p{L}'’-]+\\s+){1,5}?(?:${phrase(d.anteriorityWords)})\\b`, 'iu'),
    scopeSources: new RegExp(`\\b(?:${phrase(d.scopeSourceCues)})\\b`, 'iu'),
    openingHeading: new RegExp(`^\\W*(?:\\d+\\.?\\s*)?(?:${phrase(d.openingHeadings)})\\b`, 'iu'),
    span: d.spanPatterns.length ? new RegExp(d.spanPatterns.map((x) => `(?:${x})`).join('|'), 'i') : null,
    counted: { span: d.countedSpanPatterns, beyond: d.countedBeyondPattern },
    // (The date may be the reference's own, set off by a comma: 'the worst massacre … since Eldorado dos Carajás, twenty-one years earlier'.)
    referenceSince: new RegExp(`\\b(?:${phrase(d.referenceSinceCues)})\\b[^,;:.!?]*?\\bsince\\b[^,;:]*(?:,\\s+(?:some\\s+|about\\s+|nearly\\s+|almost\\s+)?[\\p{L}-]+\\s+(?:years?|decades?|months?)\\s+(?:earlier|before))?$`, 'iu'),
    conclusionHeading: new RegExp(`^\\W*(?:\\d+\\.?\\s*)?(?:${phrase(d.conclusionHeadings)})\\b`, 'iu'),
    // (Or a reading guide's heading, by its first words: 'How to read these voices', 'A note on sources'.)
    methodsHeading: new RegExp(`^\\W*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:(?:${phrase(d.methodsHeadings)})\\W*$${d.readingGuideHeadings?.length ? `|(?:${phrase(d.readingGuideHeadings)})\\b` : ''})`, 'iu'),
    topicHeading: new RegExp(`^\\W*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:${phrase(d.topicHeadings)})\\W*$`, 'iu'),
    listHeading: new RegExp(`\\b(?:${phrase(d.listHeadings)})\\b`, 'iu'),
    shortIntervalYears: d.shortIntervalYears,
    writersYear: new RegExp(`^(?:${d.writersYear.join('|')})`, 'iu'),
    seasonMonths: new Map(Object.entries(d.seasonMonths).map(([code, months]) => [Number(code), months])),
    confidence: d.confidence,
  };
}

/** Indices of the lists in {@link PeriodsRules.cues}. */
const CUE = { meta: 0, future: 1, durative: 2, spanKeyword: 3, since: 4, conclusionSpan: 5, strongFuture: 6, closing: 7, research: 8, findings: 9, prescription: 10, pastModal: 11, presentState: 12, pastTense: 13, comparison: 14, generic: 15, writerPresent: 16, geography: 17, pastPerfect: 18, ordinal: 19, literature: 20, stageNoun: 21, scholarshipHead: 22, caseNoun: 23, textRemarkWord: 24, resolve: 25, commitment: 26 } as const;

/** A clause letter opening a resolution's or a submission's paragraph ('(o) ', '(iv) '): no part of what the clause says. */
const CLAUSE_LETTER = String.raw`(?:\([a-z]{1,4}\)\s+)?`;

const VERB = POS_TAGS.indexOf('VERB');
const AUX = POS_TAGS.indexOf('AUX');
const ADV = POS_TAGS.indexOf('ADV');
const PART = POS_TAGS.indexOf('PART');
const CCONJ = POS_TAGS.indexOf('CCONJ');
const NOUN = POS_TAGS.indexOf('NOUN');
const PROPN = POS_TAGS.indexOf('PROPN');
const ADP = POS_TAGS.indexOf('ADP');
const SCONJ = POS_TAGS.indexOf('SCONJ');
const DET = POS_TAGS.indexOf('DET');
const NUM = POS_TAGS.indexOf('NUM');
const ADJ = POS_TAGS.indexOf('ADJ');
const PRON = POS_TAGS.indexOf('PRON');
const PUNCT = POS_TAGS.indexOf('PUNCT');

type TokenColumns = { cleanStart: Int32Array; cleanEnd: Int32Array; pos: Uint8Array };

/** True for a clause-closing punctuation mark. */
const isBreak = (c: string): boolean => c === ',' || c === ';' || c === ':' || c === '—' || c === '–';

/**
 * Clean-offset ranges of participle clauses: one that opens the sentence ('Founded in 1964, the
 * guild …', 'Having joined the cooperative in 1985, …', 'Originally founded in 1964, …') and one
 * set off by commas after a noun ('The guild of Vigo, founded in 1964, won …'), up to the comma
 * that closes it. Their dates are background only when the main clause has a date of its own
 * ('Founded in 1964, the guild … won a seat in 1983' is about 1983); alone they date the sentence
 * ('Founded in 1998, the group soon had a thousand members' is about 1998).
 */
function participleRanges(s: Sentence, tokens: TokenColumns, clean: string, rules: PeriodsRules): [number, number][] {
  const ranges: [number, number][] = [];
  const word = (t: number): string => clean.slice(tokens.cleanStart[t], tokens.cleanEnd[t]).toLowerCase();
  const closeAt = (from: number): number => {
    for (let t = from; t < s.tokenEnd; t++) if (tokens.pos[t] === PUNCT && isBreak(clean[tokens.cleanStart[t]])) return t;
    return -1;
  };
  // An opening participle: the first word a verb (after an adverb or 'having'), a comma later.
  let t = s.tokenStart;
  while (t < s.tokenEnd && (tokens.pos[t] === ADV || rules.participleOpeners.has(word(t)))) t++;
  if (t < s.tokenEnd && t - s.tokenStart <= 2 && tokens.pos[t] === VERB && (t === s.tokenStart || tokens.pos[s.tokenStart] === ADV || rules.participleOpeners.has(word(s.tokenStart)))) {
    const close = closeAt(t + 1);
    if (close > 0) ranges.push([s.cleanStart, tokens.cleanStart[close]]);
  }
  // A parenthetical participle after a noun: ', founded in 1964,' (the verb followed by a preposition).
  for (let k = s.tokenStart + 2; k + 2 < s.tokenEnd; k++) {
    if (tokens.pos[k] !== VERB || tokens.pos[k + 1] !== ADP || clean[tokens.cleanStart[k - 1]] !== ',') continue;
    if (tokens.pos[k - 2] !== NOUN && tokens.pos[k - 2] !== PROPN) continue;
    const close = closeAt(k + 1);
    if (close > 0) ranges.push([tokens.cleanStart[k], tokens.cleanStart[close]]);
  }
  return ranges;
}

/**
 * True when the first verb after a date (clean offset `after`) is the present-tense cue `cue`:
 * 'The 1978 Constitution guarantees …' (wink may tag 'guarantees' a noun, so the cue's word counts
 * whatever its tag), not 'The financial crisis of 2008 hit the sector, as donors cut their grants'.
 */
function presentVerbFollows(s: Sentence, tokens: TokenColumns, clean: string, after: number, cue: string): boolean {
  const first = cue.split(' ')[0];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (tokens.cleanStart[t] < after) continue;
    const isCue = clean.slice(tokens.cleanStart[t], tokens.cleanEnd[t]).toLowerCase() === first;
    if (isCue) return true;
    if (tokens.pos[t] === VERB || tokens.pos[t] === AUX) return false;
  }
  return false;
}

/**
 * True when a sentence that announces one stage is a sentence of its own about it ('The first phase
 * (1949–1978) brought land reform.'), not an item of a list set out after a colon ('(1) the
 * underground years, 1921–1943;'), which is part of the thesis: it has a verb, it does not end with
 * a semicolon, and the sentence before it does not end with a colon in the same paragraph. (A list
 * item that is a paragraph of its own, after the colon that ends the paragraph before, is such a
 * sentence when it has a verb: '1. The old Act, 1987 to 2011: we received grants under …, which
 * asked little of us.', as the items after it are.)
 */
function takesStageInTurn(s: Sentence, previous: Sentence | null, tokens: TokenColumns): boolean {
  if (/[;,]\s*$/.test(s.text) || (previous && /:\s*$/.test(previous.text) && previous.paragraphId === s.paragraphId)) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (tokens.pos[t] === VERB || tokens.pos[t] === AUX) return true;
  return false;
}

/**
 * The token of sentence `s` that starts at clean offset `at`, or -1: the first token of the
 * sentence that starts no earlier, found by halving (tokens are in text order), if it starts there.
 */
function tokenAt(tokens: TokenColumns, s: Sentence, at: number): number {
  let lo = s.tokenStart;
  let hi = s.tokenEnd;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.cleanStart[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < s.tokenEnd && tokens.cleanStart[lo] === at ? lo : -1;
}

/**
 * True when a date at token `t` modifies the noun after it ('The 2010 constitution', "Kenya's 2010
 * constitution"): a determiner or possessive before it and a noun after it.
 */
function prenominal(t: number, s: Sentence, tokens: TokenColumns): boolean {
  if (t <= s.tokenStart || t + 1 >= s.tokenEnd) return false;
  const before = tokens.pos[t - 1];
  const after = tokens.pos[t + 1];
  return (before === DET || before === PART || before === PRON || before === ADJ) && (after === NOUN || after === PROPN);
}

/** A pronoun that opens a cue of recommendation ('we recommend'). */
const SUBJECT_PRONOUN = /^(?:we|i|it)$/u;
/** Words that open a clause within the sentence's own: a verb right after one is not the main clause's. */
const CLAUSE_OPENER = /^(?:who|whom|whose|which|what|whether|how|that|where|when|why)$/iu;

/**
 * True when the sentence's first verb is a modal of obligation that opens its main clause
 * ('Parliament should review the law', 'The government needs to restore the council'): no verb,
 * subordinating word or 'that' comes before it, so it is not reported speech ('The union insisted
 * that the state should pay').
 */
/**
 * True when the sentence recommends what is to come: a prescription's cue (`cue`) opens its main
 * clause, not judging the past ('should have acted', `pastModal`), not asking, and not telling the
 * reader what to know ('Two more events you need to know happened in 1920 and 1921').
 */
function recommends(s: Sentence, cue: string | null, pastModal: string | null, tokens: TokenColumns, clean: string, rules: PeriodsRules): boolean {
  if (cue === null || pastModal !== null || /\?\s*$/.test(s.text)) return false;
  const at = s.text.toLowerCase().indexOf(cue);
  if (at >= 0 && rules.readerInstruction.test(s.text.slice(at + cue.length))) return false;
  return mainClausePrescribes(s, tokens, clean, cue);
}

function mainClausePrescribes(s: Sentence, tokens: TokenColumns, clean: string, cue: string): boolean {
  // ('we recommend', 'it is recommended': the verb after the pronoun.)
  const words = cue.split(' ');
  const first = words.length > 1 && SUBJECT_PRONOUN.test(words[0]) ? words[1] : words[0];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const pos = tokens.pos[t];
    if (pos === VERB || pos === AUX || pos === SCONJ) {
      // ('… the question of who should build for them divided every government': a verb the tagger
      // missed leaves the first one in a clause that a wh-word opens.)
      if (t > s.tokenStart && CLAUSE_OPENER.test(clean.slice(tokens.cleanStart[t - 1], tokens.cleanEnd[t - 1]))) return false;
      return clean.slice(tokens.cleanStart[t], tokens.cleanEnd[t]).toLowerCase() === first;
    }
  }
  return false;
}

// Units that make the sentence's words disagree with the clause regex: an apostrophe joins words
// the regex separates ("while's"), /iu folds 'ſ' and the Kelvin sign into ASCII letters, and 'İ'
// lower-cases to an ASCII 'i' the regex does not see.
const WORDS_DISAGREE = /['’\u0130\u017f\u212a]/;

/**
 * True when the sentence may open a background clause. Without the units above, the regex can
 * only match where the sentence's words hold a clause word, so the words rule most sentences out;
 * with a clause word among them, the clause regexes are tried at once.
 */
function mayHaveBackground(s: Sentence, words: Words, rules: PeriodsRules): boolean {
  // A clause word among the words: the clause regexes decide (either one matching implies the
  // cheap test, so it would only repeat their scan).
  if (rules.backgroundWords.find(words) !== null) return true;
  return WORDS_DISAGREE.test(s.text) && rules.mayHaveBackground.test(s.text);
}

/**
 * Clean-offset ranges of the sentence covered by contrastive, conditional and relative clauses:
 * from the clause word to the first comma, semicolon, colon or dash after a verb. `words` are the
 * sentence's words.
 */
function backgroundRanges(s: Sentence, words: Words, tokens: { cleanStart: Int32Array; pos: Uint8Array }, rules: PeriodsRules): [number, number][] {
  const ranges: [number, number][] = [];
  if (!mayHaveBackground(s, words, rules)) return ranges;
  rules.background.lastIndex = 0;
  for (let m = rules.background.exec(s.text); m !== null; m = rules.background.exec(s.text)) {
    const start = s.cleanStart + m.index + m[0].length - m[1].length;
    let sawVerb = false;
    let end = s.cleanEnd;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      if (tokens.cleanStart[t] <= start) continue;
      if (tokens.pos[t] === VERB || tokens.pos[t] === AUX) sawVerb = true;
      const c = s.text[tokens.cleanStart[t] - s.cleanStart];
      if (sawVerb && (c === ',' || c === ';' || c === ':' || c === '—' || c === '–')) {
        end = tokens.cleanStart[t];
        break;
      }
    }
    ranges.push([start, end]);
  }
  // A restrictive relative clause ('the editors who challenged him in 2006 had begun …') has no
  // comma to close it: it runs to the main clause's verb, the first verb after a word that is
  // not part of the clause's own verb group.
  rules.restrictive.lastIndex = 0;
  for (let m = rules.restrictive.exec(s.text); m !== null; m = rules.restrictive.exec(s.text)) {
    const start = s.cleanStart + m.index + m[0].length - m[1].length;
    let sawVerb = false;
    let gap = false;
    let end = s.cleanEnd;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      if (tokens.cleanStart[t] <= start) continue;
      const pos = tokens.pos[t];
      const c = s.text[tokens.cleanStart[t] - s.cleanStart];
      if (pos === VERB || pos === AUX) {
        if (sawVerb && gap) {
          end = tokens.cleanStart[t];
          break;
        }
        sawVerb = true;
        gap = false;
      } else if (sawVerb && (c === ',' || c === ';' || c === ':' || c === '—' || c === '–')) {
        end = tokens.cleanStart[t];
        break;
      } else if (sawVerb && pos !== ADV && pos !== PART && pos !== CCONJ) {
        gap = true;
      }
    }
    ranges.push([start, end]);
  }
  return ranges;
}

/**
 * Clean-offset ranges of comparison clauses ('Unlike in the 1980s, the government could not stop
 * the news'; 'Like the schoolteachers of the 1960s, they were tolerated …'; '…, as in 1998.'): from
 * the opener to the next comma, semicolon, colon or dash, or to the sentence's end for one after a
 * comma. Their dates are points of comparison: the main assertion is elsewhere in time.
 */
function comparisonRanges(s: Sentence, rules: PeriodsRules): [number, number][] {
  const ranges: [number, number][] = [];
  rules.comparison.lastIndex = 0;
  for (let m = rules.comparison.exec(s.text); m !== null; m = rules.comparison.exec(s.text)) {
    const end = m.index + m[0].length;
    // One that opens the sentence must close with a break: 'Unlike its predecessor the 1992 law
    // allowed strikes' has none, and the main clause cannot be told from the comparison.
    if (m.index > 0 || end < s.text.length) ranges.push([s.cleanStart + m.index, s.cleanStart + end]);
    if (m[0].length === 0) rules.comparison.lastIndex++;
  }
  return ranges;
}

/**
 * True when the sentence's first verb is in the present tense: one of the present forms ('is',
 * 'can', 'tend') or a verb in -s ('possesses', 'needs'), as in 'Registration is the simplest
 * instrument of control that any state possesses'; not 'Governments that feared unrest banned …'.
 */
function firstVerbPresent(s: Sentence, tokens: TokenColumns, clean: string, rules: PeriodsRules): boolean {
  const t = firstVerb(s, tokens);
  if (t < 0) return false;
  return presentForm(t, tokens, clean, rules);
}

/** True when verb token `t` is in the present: one of `presentForms`, or a third-person -s form. */
function presentForm(t: number, tokens: TokenColumns, clean: string, rules: PeriodsRules): boolean {
  const w = clean.slice(tokens.cleanStart[t], tokens.cleanEnd[t]).toLowerCase();
  return rules.presentForms.has(w) || (tokens.pos[t] === VERB && w.length > 3 && w.endsWith('s') && !w.endsWith('ss'));
}

/** True when the first verb after clean offset `after` in the sentence is in the present ('… in 1990 are consulted'). */
function presentVerbAfter(s: Sentence, tokens: TokenColumns, clean: string, after: number, rules: PeriodsRules): boolean {
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (tokens.cleanStart[t] >= after && (tokens.pos[t] === VERB || tokens.pos[t] === AUX)) return presentForm(t, tokens, clean, rules);
  }
  return false;
}

/** Words that open a relative clause right before its verb ('who succeeded', 'which lasted'). */
const RELATIVE_BEFORE_VERB = new Set(['who', 'which', 'whom', 'whose']);

/**
 * The sentence's main verb and whether it is in the simple past ('The autocracy sponsored …',
 * 'Patronage and suspicion were …'): the first finite verb, past by its form (`pastForms`, or -ed).
 * A participle before it is passed over: an -ed form after a comma or before a preposition ('The
 * restrictions on foreign institutions, coupled with the new law, severely constrain …', 'the
 * structure imposed in 1978'), or an -ing form; so is the verb of a relative clause. Null when the
 * sentence has no verb.
 */
function mainVerb(s: Sentence, tokens: TokenColumns, clean: string, rules: PeriodsRules): { at: number; past: boolean } | null {
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (tokens.pos[t] !== VERB && tokens.pos[t] !== AUX) continue;
    const w = clean.slice(tokens.cleanStart[t], tokens.cleanEnd[t]).toLowerCase();
    const before = t > s.tokenStart ? clean.slice(tokens.cleanStart[t - 1], tokens.cleanEnd[t - 1]).toLowerCase() : '';
    // ('Marcos Jr., who succeeded Duterte in 2022, has promised …': a relative clause's verb is not
    // the main one; nor is the second half of a compound: 'Self-employed workers remain …'.)
    if (RELATIVE_BEFORE_VERB.has(before) || before === '-') continue;
    if (rules.pastForms.has(w)) return { at: t, past: true };
    if (tokens.pos[t] === VERB && w.endsWith('ing')) continue;
    if (tokens.pos[t] === VERB && w.length > 4 && w.endsWith('ed')) {
      const participle = (t + 1 < s.tokenEnd && tokens.pos[t + 1] === ADP) || (t > s.tokenStart && clean.slice(tokens.cleanStart[t - 1], tokens.cleanEnd[t - 1]) === ',');
      if (participle) continue;
      return { at: t, past: true };
    }
    return { at: t, past: false };
  }
  return null;
}

/** True when the sentence's main verb is in the simple past (see {@link mainVerb}); a present form first ('constrain', 'remains') makes it no look back. */
function firstVerbPast(s: Sentence, tokens: TokenColumns, clean: string, rules: PeriodsRules): boolean {
  return mainVerb(s, tokens, clean, rules)?.past ?? false;
}

/** Words that match with either case of their first letter only (the sentence's first word is capitalised, the rest are not). */
const firstLetterEither = (words: string[]): string => words.map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${escapeRegExp(w.slice(1)).replace(/ /g, '\\s+')}`).join('|');

/**
 * The scholarship opening the sentence as its subject, and its verb in the present or present
 * perfect: 'Not all historians accept this division', 'Media historians have described the years
 * from 1963 to 1976 as …', 'Comparative work on Gulf monarchies suggests …', 'Both readings miss …'.
 * Qualifiers may stack and a nationality may stand before the head ('Georgian historians'); a
 * phrase of 'of'/'on' and a bracketed citation may follow it. (Case matters: only the first word is
 * capitalised, so a capitalised word before the head is a nationality, not any word.)
 */
function scholarshipPattern(d: PeriodsData): RegExp {
  const qualifier = `(?:${firstLetterEither(d.scholarshipQualifiers)}|\\p{Lu}\\p{Ll}+)`;
  const adverbs = `(?:(?:${phrase(d.scholarshipAdverbs)})\\s+)*`;
  // (The phrase after the head holds no verb of its own: 'Researchers on the strikes of 1990 will find …' has its verb in the future.)
  const verbsNotInPhrase = [...d.scholarshipAuxiliaries, 'will', 'shall', 'was', 'were', 'had'];
  return new RegExp(
    `^(?:(?:[Bb]ut|[Yy]et|[Aa]nd|[Hh]owever|[Ss]till|[Ii]ndeed|[Tt]hus),?\\s+)?(?:[Nn]ot\\s+|[Nn]one\\s+of\\s+)?(?:${qualifier}\\s+)*(?:${firstLetterEither(d.scholarshipHeads)})(?![\\p{L}'’-])` +
      `(?:\\s+(?:of|on|in|about|from)(?:\\s+(?!(?:${phrase(verbsNotInPhrase)})(?![\\p{L}'’-]))[^\\s,;:.()]+){1,12}?)?(?:\\s*\\([^()]{1,80}\\))?\\s+${adverbs}` +
      `(?:(?:${phrase(d.scholarshipAuxiliaries)})|(?:${phrase(d.scholarshipVerbs)})(?:s|es)?)(?![\\p{L}'’-])`,
    'u',
  );
}

/**
 * What makes sentence `s` a remark about how a periodisation is drawn, or null (see periods.json's
 * `$comment_schemeTalk`): another party's scheme ('Most scholars date the country's troubles from
 * the army mutinies of 1996', 'Others see two phases, before and after …') or the writer's choice
 * of borders ('I keep 2005 and 2015 as borders because …').
 */
function schemeTalk(s: Sentence, rules: PeriodsRules): string | null {
  const { scheme } = rules;
  const body = turnBody(s, rules);
  if (scheme.other.test(body) || (scheme.otherWithNoun.test(body) && scheme.noun.test(body))) return "another party's periodisation";
  if (body.endsWith('?') && scheme.question.test(body)) return 'a question of where a border lies';
  // (A cheap test first: the pattern, tried on every sentence, cost 1% of the pipeline's time.)
  if ((body.includes('I ') || body.includes('we ') || body.includes('We ')) && scheme.own.test(body) && scheme.ownNoun.test(body)) return "the writer's choice of borders";
  // ('Congress does not accept that calendar.'; '… the prefecture dates the history of the island by its statutes'.)
  if (scheme.rejection.test(body)) return "a scheme rejected";
  if (scheme.dating.test(body)) return "another party's periodisation";
  // ('The border between the second and third periods thus falls within a few weeks of 2010.')
  if (scheme.borderBetween.test(body)) return 'where a border between stages lies';
  return null;
}

/**
 * True when research cue `cue` ('we interviewed') stands in a contact relative clause right after a
 * noun ('Many of the women we interviewed were active in the wives' committees of those months',
 * 'union officers we interviewed remember the mid-1990s'): it names the people the story is about,
 * and is no remark about the research (see periods.json's `$comment_researchRelative`).
 */
function researchInRelative(s: Sentence, cue: string, tokens: TokenColumns, clean: string, rules: PeriodsRules): boolean {
  if (!rules.researchRelativeCues.has(cue)) return false;
  const at = s.text.toLowerCase().indexOf(cue);
  if (at <= 0) return false;
  const t = tokenAt(tokens, s, s.cleanStart + at);
  return t > s.tokenStart && (tokens.pos[t - 1] === NOUN || tokens.pos[t - 1] === PROPN);
}

/**
 * What makes sentence `s` a resolve of the text's author about its own future action, or null (see
 * periods.json's `$comment_resolve`): one of resolveCues as its first verb ('(p) Congress resolves
 * to challenge the ban …'), or one of commitmentCues after a first verb in the present ('(o) Congress
 * believes that the Union must never again depend on public money …'). Not a question.
 */
function resolves(s: Sentence, phrases: (string | null)[], tokens: TokenColumns, clean: string, rules: PeriodsRules): string | null {
  const resolve = phrases[CUE.resolve];
  const commitment = phrases[CUE.commitment];
  if ((resolve === null && commitment === null) || /\?\s*$/.test(s.text)) return null;
  if (resolve !== null && mainClausePrescribes(s, tokens, clean, resolve)) return resolve;
  if (commitment !== null && firstVerbPresent(s, tokens, clean, rules)) return commitment;
  return null;
}

/**
 * Patterns for the names the front matter (`front`: the text before its first sentence) gives the
 * text's maker, whose last word is one of `heads` capitalised ('for the Chiers Valley Oral History
 * Project'), each opening a sentence as its subject, with an acronym in brackets perhaps, before a
 * verb that is not a future (see periods.json's `$comment_textMaking`).
 */
function textMakers(front: string, heads: string[]): RegExp[] {
  if (front.length === 0 || heads.length === 0) return [];
  const capitalised = heads.map((h) => escapeRegExp(h[0].toUpperCase() + h.slice(1)));
  const names = front.match(new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){1,6}(?:${capitalised.join('|')})(?![\p{L}])`, 'gu')) ?? [];
  return [...new Set(names)].map((n) => new RegExp(String.raw`^${CLAUSE_LETTER}(?:the\s+|our\s+|this\s+)?${phraseAlternatives([n])}(?:\s+\([^()]{1,20}\))?\s+(?!will\b|shall\b|would\b)\p{Ll}`, 'iu'));
}

/**
 * 'This walk …', 'Our tour …' opening a sentence, for the genre nouns the front matter calls the
 * text by ('A Civil Rights Walk through Derry', 'A self-guided walk of about 2.5 kilometres'); null
 * when it uses none. (A march of the history called 'this walk' in a text that is no walk is not
 * read so; nor, by the present-tense test at the call, 'This walk ended in blood'.)
 */
function textGenreOpening(front: string, nouns: string[]): RegExp | null {
  const used = nouns.filter((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'iu').test(front));
  return used.length === 0 ? null : new RegExp(`^(?:this|our)\\s+(?:${used.map(escapeRegExp).join('|')})(?![\\p{L}])(?!\\s+(?:of|to|from|in)\\b)`, 'iu');
}

/** True when `text` divides something 'into' a list of at least `count` items ('into A, B, C and D'). */
function listsAsManyParts(text: string, count: number): boolean {
  const into = INTO.exec(text);
  if (into === null) return false;
  const separators = text.slice(into.index).match(LIST_SEPARATOR)?.length ?? 0;
  return separators + 1 >= count;
}
const INTO = /\binto\s/u;
const LIST_SEPARATOR = /,|\sand\s/gu;

/** A project's work as the subject of a future ('WP1 will reconstruct …', 'The project will …', 'This study will …'). */
const PROJECT_PLAN = /^(?:WP\s?\d{1,2}|work\s+package\s+\d{1,2}|(?:the|this|our)\s+(?:project|study|research\s+project|team|fieldwork))\s+(?:will|shall)\s/iu;

/** A cited work as a sentence's subject: a surname or two (particles allowed) or 'et al.', and its bracketed year ('Harris (2004: 163–71)'). */
const CITED_WORK = String.raw`(?:(?:van|von|de|der|den|da|du|di|dos|del|le|la)\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&)\s+(?:(?:van|von|de|der|den|da|du|di|dos|del|le|la)\s+)*\p{Lu}[\p{L}'’-]+|\s+et\s+al\.)?\s+\(\d{4}[a-z]?(?:[:,][^()]{1,20})?\)`;

/** What turn `s` says, after a speaker label ('JOEL: ', 'A: '), if it has one. */
function turnBody(s: Sentence, rules: PeriodsRules): string {
  // Asked up to six times of one sentence by the rules the stage tries in turn: the last answer is kept.
  if (s === lastTurn.sentence && rules === lastTurn.rules) return lastTurn.body;
  const speaker = CAPITALS_SPEAKER.exec(s.text) ?? rules.speakerLabel.exec(s.text);
  const body = speaker ? s.text.slice(speaker[0].length) : s.text;
  lastTurn.sentence = s;
  lastTurn.rules = rules;
  lastTurn.body = body;
  return body;
}

/** The sentence {@link turnBody} last read (by identity, with its rules), and what it found. */
const lastTurn: { sentence: Sentence | null; rules: PeriodsRules | null; body: string } = { sentence: null, rules: null, body: '' };

/** A turn's speaker in capitals ('JOEL: ', 'THE CHAIR: '), or an interview's label: no part of what the turn says. */
const CAPITALS_SPEAKER = /^\p{Lu}[\p{Lu}\s.'’-]{0,40}:\s+/u;
/** 'To donors: fund the legal defence …', 'To the government of Turkmenistan: repeal …': an address to a body, then an imperative. */
const ADDRESSED_IMPERATIVE = /^To\s+[^:.;]{2,120}:\s+\p{Ll}/u;

/** A subject, a relative clause about it between commas, and the main verb: 'Megawati Sukarnoputri, who succeeded Wahid in July 2001, signed …' (not an opening phrase: 'For a different view, which stresses …, see …'). */
const SUBJECT_RELATIVE = /^(?!(?:For|In|On|At|By|From|With|After|Before|During|Under|As|Since|To|Of|Unlike|Like|Despite|Although|Though|While|When|If)\s)\p{Lu}[^,;:()]{1,80}, (?:who|which) [^,;:()]{3,160}, \p{Ll}/u;

/** A cited work that names what was just told ('… (2016: 45–61) call this', '… calls these'): a verb of naming, then a demonstrative. */
const NAMES_WHAT_WAS_TOLD = /\)\s+(?:calls?|describes?|terms?|labels?|characteri[sz]es?|dubs?)\s/u;

/**
 * 'Fernández-Molina (2015) reads these years as the time when the protest learned to speak to foreign
 * audiences', in a stage's section: a cited work's reading of the years the narrative is telling
 * (a demonstrative before a noun of time) is a reading of that stage, told in its story (fullgold-43:
 * 'the scholars' readings of a stage take that stage'), not a remark about the scholarship.
 */
const READS_THE_YEARS_TOLD = /\)\s+(?:(?:also|instead|rightly)\s+)?(?:reads?|sees?|treats?|regards?|views?|interprets?|describes?|characteri[sz]es?)\s+(?:these|those|this|that)\s+(?:years|decades?|period|phase|stage|era|time)\s+as\b/u;

/** The words one of {@link PeriodsRules.textRemark}'s patterns needs, found with the other cues in one pass over a sentence's words (a cheap test before the pattern). */
const TEXT_REMARK_WORDS = ['thank', 'thanks', 'grateful', 'gratitude', 'please', 'slide', 'revision', 'revisions', 'see', 'p', 'pp', 'page', 'pages', 'come from', 'comes from', 'derive from', 'derives from', 'source', 'sources', 'section', 'sections', 'chapters', 'below', 'above'];

/** A clause that opens the sentence with a wh-word: its subject, unless the sentence asks. */
const WH_CLAUSE_OPENING = /^(?:what|who|how|which|where|when)\b/iu;

/** True for a verb form in the past ('were', 'needed'). */
function pastForm(w: string, pos: number, rules: PeriodsRules): boolean {
  return rules.pastForms.has(w) || (pos === VERB && w.length > 4 && w.endsWith('ed'));
}

/**
 * What makes sentence `s` look ahead, or null (see periods.json's `$comment_lookingAhead`): a main
 * clause in the future or of expectation ('Elections will mean little if …', 'Commentators expect
 * …', 'the next election is due in 2028'), an open question or a condition that opens the sentence
 * ('Whether the new law will replace …', 'If this bill passes, the fourth part … will begin'), or an
 * address and an imperative ('To donors: fund …').
 */
function lookingAhead(s: Sentence, tokens: TokenColumns, clean: string, rules: PeriodsRules): string | null {
  const body = turnBody(s, rules);
  if (ADDRESSED_IMPERATIVE.test(body)) return 'an address and an imperative';
  const word = (t: number): string => clean.slice(tokens.cleanStart[t], tokens.cleanEnd[t]).toLowerCase();
  const isVerb = (t: number): boolean => tokens.pos[t] === VERB || tokens.pos[t] === AUX;
  const bodyStart = s.cleanStart + (s.text.length - body.length);
  let first = s.tokenStart;
  while (first < s.tokenEnd && tokens.cleanStart[first] < bodyStart) first++;
  const { ahead } = rules;
  const opener = ahead.opener.exec(body);
  if (opener) {
    // The clause runs to the first comma; its first finite verb tells its time. (An open question
    // has one there: 'Whether offering services or conducting advocacy, labour NGOs couched …' has
    // none, and is no question. A condition's may be tagged a noun: 'If the courts strike down …'.)
    let comma = first;
    while (comma < s.tokenEnd && clean[tokens.cleanStart[comma]] !== ',') comma++;
    let t = first;
    while (t < comma && (!isVerb(t) || (tokens.pos[t] === VERB && word(t).endsWith('ing')))) t++;
    if (t < comma && pastForm(word(t), tokens.pos[t], rules)) return null;
    if (opener[1] !== undefined) return t < comma && !ahead.openQuestionStateVerbs.has(word(t)) && !ahead.questionForTheText.test(body) ? opener[0] : null;
    // A condition's main clause opens after its comma.
    t = comma;
    while (t < s.tokenEnd && !isVerb(t)) t++;
    return t < s.tokenEnd && ahead.conditionalModals.has(word(t)) ? `${opener[0]} … ${word(t)}` : null;
  }
  // ('What the 2020s will be remembered for is still being decided': the modal is a clause's, not
  // the sentence's; the sentence's comes after the clause's verbs: 'What the next act looks like
  // will depend less on the archives than on …'.)
  if (WH_CLAUSE_OPENING.test(body) && !body.trimEnd().endsWith('?')) {
    let t = first;
    while (t < s.tokenEnd && !isVerb(t)) t++;
    while (t < s.tokenEnd && isVerb(t)) t++;
    while (t < s.tokenEnd && !isVerb(t) && clean[tokens.cleanStart[t]] !== ',') t++;
    return t < s.tokenEnd && isVerb(t) && ahead.futureModals.has(word(t)) ? `${body.split(/\s/u)[0].toLowerCase()} … ${word(t)}` : null;
  }
  const verb = mainVerb(s, tokens, clean, rules);
  if (verb === null || verb.past || verb.at < first) return null;
  const w = word(verb.at);
  if (ahead.futureModals.has(w)) {
    // ('I shall argue …', 'We will work in three steps': the writer speaks of the text; 'Some
    // readers will wonder …': to its reader; 'The book will be read with profit …': of a text.)
    if (verb.at > first && ahead.firstPersonSubjects.has(word(verb.at - 1))) return null;
    // ('Many tenants who remember those years will tell you that the boards were theatre': what they tell is the assertion.)
    if (verb.at + 1 < s.tokenEnd && ahead.reportingVerbs.has(word(verb.at + 1))) return null;
    return ahead.reader.test(body) || ahead.textSubject.test(body) ? null : w;
  }
  if (ahead.expectationVerbs.has(w)) return w;
  if ((w === 'is' || w === 'are') && verb.at + 2 < s.tokenEnd && word(verb.at + 1) === 'due' && ahead.dueFollowers.has(word(verb.at + 2))) return `${w} due`;
  return null;
}

/**
 * Clean-offset ranges of clauses in the past perfect after a main verb in the simple past, from
 * 'had' to the next comma, semicolon, colon or dash: 'He married Anna Delipetrou, a teacher he had
 * met at a Lambrakis Youth meeting in 1965, in the autumn of 1974' tells when he married, and the
 * meeting is a step further back (a relative clause with no relative word). Nothing when the main
 * verb is not in the simple past ('By 1980 the union had grown'), nor after 'that' ('22 said that the
 * climate had worsened since 2013': what was said).
 */
function pluperfectAfterPast(s: Sentence, tokens: TokenColumns, clean: string, rules: PeriodsRules): [number, number][] {
  // ('Many of the editors who challenged him in 2006 had begun …': the main verb is 'had begun', in
  // the past perfect itself, and no clause is a step back from it.)
  const verb = mainVerb(s, tokens, clean, rules);
  if (verb === null || !verb.past || rules.pastPerfect.has(clean.slice(tokens.cleanStart[verb.at], tokens.cleanEnd[verb.at]).toLowerCase())) return [];
  const main = verb.at;
  const ranges: [number, number][] = [];
  for (let t = main + 1; t + 1 < s.tokenEnd; t++) {
    if (!rules.pastPerfect.has(clean.slice(tokens.cleanStart[t], tokens.cleanEnd[t]).toLowerCase())) continue;
    let v = t + 1;
    while (v < s.tokenEnd && tokens.pos[v] === ADV) v++;
    if (v >= s.tokenEnd || tokens.pos[v] !== VERB) continue;
    // ('22 said that the climate had worsened since 2013': what was said is the assertion, not a step back.)
    let reported = false;
    for (let u = main + 1; u < t && !reported; u++) reported = clean.slice(tokens.cleanStart[u], tokens.cleanEnd[u]).toLowerCase() === 'that';
    if (reported) break;
    let end = s.cleanEnd;
    for (let u = v + 1; u < s.tokenEnd; u++) {
      const c = clean[tokens.cleanStart[u]];
      if (c === ',' || c === ';' || c === ':' || c === '—' || c === '–') {
        end = tokens.cleanStart[u];
        break;
      }
    }
    ranges.push([tokens.cleanStart[t], end]);
    t = v;
  }
  return ranges;
}

/**
 * The clean-offset range of an opening clause in the past perfect before a clause in the simple past
 * that has a date of its own: 'In 2004 the federal government had launched a national programme …,
 * and in 2005 Pará became one of its first pilot states' tells what happened in 2005, and the
 * programme is a step further back. Nothing when no date stands after the clause's end (', and' or
 * ', but' or ';'), nor when the later clause is not in the simple past ('By 1990 the union had
 * grown, and by 1995 it had split').
 */
function pluperfectBeforePast(s: Sentence, tokens: TokenColumns, clean: string, rules: PeriodsRules, dateStarts: number[]): [number, number][] {
  const verb = mainVerb(s, tokens, clean, rules);
  const word = (t: number): string => clean.slice(tokens.cleanStart[t], tokens.cleanEnd[t]).toLowerCase();
  if (verb === null || !rules.pastPerfect.has(word(verb.at))) return [];
  let v = verb.at + 1;
  while (v < s.tokenEnd && tokens.pos[v] === ADV) v++;
  if (v >= s.tokenEnd || tokens.pos[v] !== VERB) return [];
  for (let t = v + 1; t + 1 < s.tokenEnd; t++) {
    const w = word(t);
    const joined = w === ';' || (w === ',' && (word(t + 1) === 'and' || word(t + 1) === 'but'));
    if (!joined) continue;
    const breakAt = tokens.cleanStart[t];
    if (!dateStarts.some((d) => d > breakAt)) return [];
    for (let u = t + 1; u < s.tokenEnd; u++) {
      if (tokens.pos[u] !== VERB && tokens.pos[u] !== AUX) continue;
      const x = word(u);
      if (rules.pastPerfect.has(x) || PERFECT_OR_PASSIVE.has(word(u - 1))) return [];
      const simplePast = rules.pastForms.has(x) || (tokens.pos[u] === VERB && x.length > 4 && x.endsWith('ed'));
      return simplePast ? [[s.cleanStart, breakAt]] : [];
    }
    return [];
  }
  return [];
}

/** Auxiliaries before a participle that make it no simple past ('had grown', 'was founded'). */
const PERFECT_OR_PASSIVE = new Set(['had', 'has', 'have', 'was', 'were', 'been', 'be', 'is', 'are']);

/** True when the sentence's first verb is one of `verbs` ('Its capital, Montevideo, lies on the coast'). */
function firstVerbIn(s: Sentence, tokens: TokenColumns, clean: string, verbs: Set<string>): boolean {
  const t = firstVerb(s, tokens);
  return t >= 0 && verbs.has(clean.slice(tokens.cleanStart[t], tokens.cleanEnd[t]).toLowerCase());
}

/** The sentence's first verb or auxiliary token, or -1. */
function firstVerb(s: Sentence, tokens: TokenColumns): number {
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (tokens.pos[t] === VERB || tokens.pos[t] === AUX) return t;
  return -1;
}

/**
 * The stages an undated sentence names by their ordinal ('In the second period it governed them
 * through permits' → [2]; 'freer in the final period than in the first' → [3, 1] of three; 'the
 * first two phases' → [1, 2]; 'the first and third waves' → [1, 3]), within the claimed count; empty
 * when it names none.
 */
function ordinalStages(s: Sentence, count: number, rules: PeriodsRules, stageNounPossible: boolean): number[] {
  const out = new Set<number>();
  const number = (w: string): number => {
    const n = rules.ordinalWords[w.toLowerCase()];
    return n === 0 ? count : n;
  };
  // ('the second period' needs a stage noun: without one, see mayStageNounStand, it cannot match.)
  rules.ordinalStage.lastIndex = 0;
  for (let m = stageNounPossible ? rules.ordinalStage.exec(s.text) : null; m !== null; m = rules.ordinalStage.exec(s.text)) {
    const n = number(m[1]);
    if (m[2]) out.add(number(m[2]));
    const many = m[3] ? ({ two: 2, three: 3, four: 4 } as Record<string, number>)[m[3].toLowerCase()] : 1;
    // 'the first two phases' counts forward, 'the last two phases' back.
    for (let k = 0; k < many; k++) out.add(rules.ordinalWords[m[1].toLowerCase()] === 0 ? n - k : n + k);
  }
  // 'In the first the state tolerated NGOs; in the second it swung …; in the third …': ordinals
  // that open clauses take the stages in turn, with or without a stage noun after the first.
  const inTurn = new Set<number>();
  rules.clauseOrdinal.lastIndex = 0;
  for (let m = rules.clauseOrdinal.exec(s.text); m !== null; m = rules.clauseOrdinal.exec(s.text)) inTurn.add(number(m[1]));
  // 'Phase two opens with …', 'In stage 3, …': the stage noun before its number.
  rules.numberedStage.lastIndex = 0;
  for (let m = rules.numberedStage.exec(s.text); m !== null; m = rules.numberedStage.exec(s.text)) out.add(rules.stageNumbers[m[1].toLowerCase()] ?? Number(m[1]));
  if (out.size === 0 && inTurn.size < 2) return [];
  for (const n of inTurn) out.add(n);
  rules.bareOrdinal.lastIndex = 0;
  for (let m = rules.bareOrdinal.exec(s.text); m !== null; m = rules.bareOrdinal.exec(s.text)) out.add(number(m[1]));
  const all = [...out];
  return all.every((n) => n >= 1 && n <= count) ? all : [];
}

/** True when sentence `s` names a stage by its noun and number ('Phase two opens with …'); see {@link ordinalStages}. */
function namesNumberedStage(s: Sentence, rules: PeriodsRules): boolean {
  rules.numberedStage.lastIndex = 0;
  return rules.numberedStage.test(s.text);
}

/** A stage's label as a sentence may echo it (see {@link labelMatchers}). */
interface LabelMatcher {
  ordinal: number;
  re: RegExp;
  /** For a name, a part of it any echo holds as written; null for a common phrase, which needs a stage noun after it. */
  literal: string | null;
}

/**
 * Per stage with a label a sentence can echo, a matcher: the label without its leading article, of
 * at least two words with a capital after the first letter ('the Sixth Republic' → 'Sixth
 * Republic'), its first letter in either case and the rest as written, between word boundaries.
 */
function labelMatchers(stages: PeriodStage[], rules: PeriodsRules): LabelMatcher[] {
  const out: LabelMatcher[] = [];
  for (const st of stages) {
    const words = (st.label ?? '').trim().split(/\s+/).filter((w) => w !== '');
    while (words.length > 0 && rules.labelArticles.has(words[0].toLowerCase())) words.shift();
    const text = words.join(' ');
    if (words.length === 0) continue;
    // A capital after the first letter marks a name ('First Republic', 'New Economic Policy'); a
    // label without one ('Military rule', 'Reform') is a common phrase the text may use of other
    // times, and names its stage only with a stage noun after it ('in the reform phase').
    const name = words.length >= 2 && /\p{Lu}/u.test(text.slice(1));
    // A common phrase built on a stage noun and 'of' ('years of engagement', 'era of reform') is
    // a stage's name as it stands: the text uses it of no other time.
    const head0 = words[0].toLowerCase();
    const nounOf = !name && words.length >= 3 && (rules.stageNounSet.has(head0.replace(/s$/u, '')) || rules.nameHeadNouns.has(head0)) && words[1].toLowerCase() === 'of';
    const first = text[0];
    const rest = escapeRegExp(text.slice(1)).replace(/ /g, '\\s+');
    const head = first.toLowerCase() === first.toUpperCase() ? escapeRegExp(first) : `[${first.toLowerCase()}${first.toUpperCase()}]`;
    // The longest part of a name after its first letter and between its spaces, which the regex
    // matches as written: a sentence without it cannot echo the name.
    // (For a name built with 'of', the longest word after it, as written.)
    const literal = name ? text.slice(1).split(' ').reduce((a, b) => (b.length > a.length ? b : a)) : nounOf ? words.slice(2).reduce((a, b) => (b.length > a.length ? b : a)) : null;
    out.push({ ordinal: st.ordinal, re: new RegExp(`(?<![\\p{L}\\p{N}])${head}${rest}${name || nounOf ? '(?![\\p{L}\\p{N}])' : rules.stageNounAfter}`, name ? 'u' : 'iu'), literal });
  }
  return out;
}

/** The month (1–12) and day of an expression's EDTF, when it gives a month ('2017-04-27', '2017-01'); null otherwise (a season's 21–24 too). */
function monthDayOf(t: TemporalExpression): { month: number; day: number | null } | null {
  const m = /^\d{4}-(\d{2})(?:-(\d{2}))?$/.exec(t.edtf);
  if (!m || Number(m[1]) > 12) return null;
  return { month: Number(m[1]), day: m[2] ? Number(m[2]) : null };
}

/**
 * The first and last month (1–12) an expression covers, and its day: a month or day from its EDTF
 * ('2017-04-27', '2017-01'), a season from `rules.seasonMonths` ('1968-21', the spring of 1968 →
 * March to May); null otherwise (a year, a winter that straddles two years).
 */
function monthsOf(t: TemporalExpression, rules: PeriodsRules): { first: number; last: number; day: number | null } | null {
  const at = monthDayOf(t);
  if (at !== null) return { first: at.month, last: at.month, day: at.day };
  const m = /^\d{4}-(\d{2})$/.exec(t.edtf);
  const season = m ? rules.seasonMonths.get(Number(m[1])) : undefined;
  return season ? { first: season[0], last: season[1], day: null } : null;
}

/**
 * The day or month the text gives the end of a closed last stage ('The years of the courts ended on
 * 13 November 2020'): the last date of its end year, to the month, in the stage's evidence; null
 * when the last stage is open or no such date stands there.
 */
function closingDay(stages: PeriodStage[], temporal: TemporalExpression[]): { year: number; month: number; day: number | null; text: string } | null {
  const last = stages[stages.length - 1];
  if (last === undefined || last.to === null) return null;
  const year = last.to;
  const ending = temporal.filter((t) => t.from === year && t.to === year && monthDayOf(t) !== null && (last.evidence ?? []).some((x) => t.start >= x.start && t.end <= x.end)).sort((a, b) => a.start - b.start);
  const t = ending[ending.length - 1];
  return t ? { year, ...monthDayOf(t)!, text: t.text } : null;
}

/**
 * Per year shared by two stages, the day or month the text gives their border ('the capture, from
 * that election to the day … was sworn in, 31 May 2017'): the first date of that year, to the
 * month, in the evidence of the later stage (where it starts), else the last in the evidence of the
 * earlier one (where it ends: 'Then came the tail of the storm, … the count of May 1978 … take
 * office on 16 August 1978').
 */
function borderDays(stages: PeriodStage[], temporal: TemporalExpression[]): Map<number, { month: number; day: number | null; earlier: number; later: number; text: string }> {
  const out = new Map<number, { month: number; day: number | null; earlier: number; later: number; text: string }>();
  const datesOfYear = (st: PeriodStage, year: number): TemporalExpression[] =>
    temporal.filter((t) => t.from === year && t.to === year && monthDayOf(t) !== null && (st.evidence ?? []).some((x) => t.start >= x.start && t.end <= x.end)).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < stages.length; i++) {
    const year = stages[i].to;
    if (year === null || stages[i + 1].from !== year || out.has(year)) continue;
    const starting = datesOfYear(stages[i + 1], year);
    const ending = datesOfYear(stages[i], year);
    const t = starting.length > 0 ? starting[0] : ending[ending.length - 1];
    if (t) out.set(year, { ...monthDayOf(t)!, text: t.text, earlier: stages[i].ordinal, later: stages[i + 1].ordinal });
  }
  return out;
}

/** True when `text` opens with a stage's label of two words or more (its article aside), then a word ('The years of the street ended …'). */
function opensWithLabel(text: string, label: string | null, rules: PeriodsRules): boolean {
  const words = (label ?? '').trim().split(/\s+/).filter((w) => w !== '');
  while (words.length > 0 && rules.labelArticles.has(words[0].toLowerCase())) words.shift();
  if (words.length < 2) return false;
  const opening = text.trimStart().split(/\s+/, words.length + 2);
  if (opening.length > 0 && rules.labelArticles.has(opening[0].toLowerCase())) opening.shift();
  return opening.length > words.length && words.every((w, i) => opening[i].toLowerCase() === w.toLowerCase());
}

/** Shortest word of a label that counts when a sentence names several stages by their words. */
const MIN_LABEL_WORD = 4;

/**
 * Per stage, the words of its label a sentence must hold to name it loosely, as the hashes
 * {@link Words} gives them: lower-case, without articles, stage nouns and short words
 * ('Bargaining' → bargaining; 'Made in China' → made, china). Stages without such words are left out.
 */
function looseLabelWords(stages: PeriodStage[], rules: PeriodsRules): number[][] {
  const reader = new Words();
  const out: number[][] = [];
  for (const st of stages) {
    const hashes: number[] = [];
    for (const w of (st.label ?? '').toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (w.length < MIN_LABEL_WORD || rules.labelArticles.has(w) || rules.stageNounSet.has(w)) continue;
      // (A word the reader splits, one with letters past ASCII, cannot be matched whole: the label is left out.)
      reader.read(w);
      if (reader.count !== 1 || reader.end[0] - reader.start[0] !== w.length) {
        hashes.length = 0;
        break;
      }
      hashes.push(reader.hash[0]);
    }
    if (hashes.length > 0) out.push(hashes);
  }
  return out;
}

/**
 * How many stages the sentence whose words `words` holds names by all the words of their labels,
 * as bare words ('It argues that the union moved from bargaining …, through incorporation …, to
 * open confrontation' names three). Only for an undated sentence outside the stages' sections:
 * two or more make it span.
 */
function looselyNamedStages(words: Words, labels: number[][]): number {
  let n = 0;
  for (const hashes of labels) {
    let all = true;
    for (const h of hashes) {
      let found = false;
      for (let i = 0; i < words.count && !found; i++) found = words.hash[i] === h;
      if (!found) {
        all = false;
        break;
      }
    }
    if (all) n++;
  }
  return n;
}

/** A person's name in a stage's announcement: two capitalised words or more ('Terauchi Masatake', 'Saitō Makoto'). */
const PERSON_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+/gu;
/** The capitalised word that opens a sentence, if any. */
const OPENING_CAPITALISED_WORD = /^\p{Lu}[\p{Ll}-]+/u;

/**
 * The words of the people a stage's announcement names ('The first, the so-called military rule of
 * Terauchi Masatake and his successor Hasegawa Yoshimichi, …' → Terauchi, Masatake, Hasegawa,
 * Yoshimichi), each with its stage; a word two stages' announcements share, or one of a stage's
 * label, names none. Read from the clean text of each stage's first evidence (its thesis item).
 */
function announcedPeople(stages: PeriodStage[], clean: string, toClean: (offset: number) => number, rules: PeriodsRules): Map<string, number> {
  const out = new Map<string, number>();
  const add = (word: string, ordinal: number): void => {
    const known = out.get(word);
    out.set(word, known === undefined || known === ordinal ? ordinal : -1);
  };
  for (const st of stages) {
    const item = st.evidence?.[0];
    if (!item || st.announcedIn.length === 0) continue;
    // A label that names the stage's rulers ('Under Zia', 'Under Benazir and Nawaz') names its people.
    const ruled = st.label ? rules.rulerLabel.exec(st.label) : null;
    for (const w of ruled?.[1].match(CAPITALISED_WORD) ?? []) if (w.length >= 3) add(w, st.ordinal);
    const text = clean.slice(toClean(item.start), toClean(item.end));
    const label = new Set((st.label ?? '').toLowerCase().match(/\p{L}+/gu) ?? []);
    for (const m of text.matchAll(PERSON_NAME)) {
      // (Not the item's first word: a capital there opens the sentence, not a name.)
      if (m.index === 0) continue;
      for (const w of m[0].split(/\s+/)) {
        const word = w.replace(/['’]s?$/u, '');
        if (word.length < 3 || label.has(word.toLowerCase())) continue;
        add(word, st.ordinal);
      }
    }
  }
  return out;
}

/** A capitalised word ('Zia', 'Benazir'). */
const CAPITALISED_WORD = /\p{Lu}[\p{Ll}'’-]+/gu;

/**
 * The stage whose announced people sentence `s` opens with, as its subject ('Terauchi's government
 * dissolved every political society', 'Saitō, an admiral who governed from 1919 to 1927 …,
 * replaced the gendarmes'), when every date the sentence holds falls in that stage's years; null
 * otherwise ('Ferdinand Marcos Jr., who succeeded Duterte in June 2022, …' is not the first
 * Marcos's stage; 'From Alfonsín to Macri, every government …' opens with no name).
 */
function stageByPeople(s: Sentence, people: Map<string, number>, stages: PeriodStage[], dates: TemporalExpression[] | undefined, rules: PeriodsRules): number | null {
  if (people.size === 0) return null;
  // ('A: Zia arrested the prime minister': the name after an interview's speaker label.)
  const speaker = rules.speakerLabel.exec(s.text);
  const first = OPENING_CAPITALISED_WORD.exec(speaker ? s.text.slice(speaker[0].length) : s.text);
  if (first === null) return null;
  const n = people.get(first[0]);
  if (n === undefined || n < 0) return null;
  const stage = stages.find((x) => x.ordinal === n);
  if (!stage) return null;
  for (const t of dates ?? []) {
    if ((t.to !== null && stage.from !== null && t.to < stage.from) || (t.from !== null && stage.to !== null && t.from > stage.to)) return null;
  }
  return n;
}

/** The role of a section no stage claims. */
const OTHER_ROLE: SectionRole = { stage: null, role: 'other' };
const STAGE_LABEL = /^stage(\d+)$/;
/** 'the feminists of the 1980s': a date that qualifies a noun. */
const ATTRIBUTIVE = /\bof\s+$/iu;

function assignment(s: Sentence, cues: Cue[], label: PeriodLabel, confidence: number): PeriodAssignment {
  // (The number after 'stage', as STAGE_LABEL's group has it, without a match array per sentence.)
  return { sentenceId: s.id, label, stage: STAGE_LABEL.test(label) ? Number(label.slice(5)) : null, confidence, cues };
}

/**
 * True when the dates `mapped` of the main assertion fall in two stages or more; dates that
 * qualify a noun ('the feminists of the 1980s') do not count. A date that spans stages itself
 * counts too: 'Before 1964 the mineworkers bargained …; under Kaunda they were first courted and
 * then confronted' (the first stage, then an era over the other two).
 */
function datesInSeveralStages(mapped: { t: TemporalExpression; m: Mapping; attributive: boolean }[]): boolean {
  let first: PeriodLabel | null = null;
  for (const x of mapped) {
    // (A relative expression's span is its anchor's reach, not a stretch the text names: 'from 1976
    // … by the end of the century' stays in 1976's stage.)
    if (x.attributive || (x.m.label === 'span' ? x.t.kind === 'relative' : !STAGE_LABEL.test(x.m.label))) continue;
    if (first === null) first = x.m.label;
    else if (x.m.label !== first) return true;
  }
  return false;
}

/**
 * The ordinals of the stages whose labels sentence `s` echoes (`stageNoun`: its words' find of
 * the stage nouns). A label's regex is tried only where it may match: a name's part as written
 * is in the sentence, or a common phrase's stage noun may stand there (see {@link mayStageNounStand}).
 */
function echoedStages(s: Sentence, echoes: LabelMatcher[], stageNoun: string | null): number[] {
  const out: number[] = [];
  let nounPossible: boolean | null = null;
  for (const e of echoes) {
    const may = e.literal !== null ? s.text.includes(e.literal) : (nounPossible ??= mayStageNounStand(s, stageNoun));
    if (may && e.re.test(s.text)) out.push(e.ordinal);
  }
  return out;
}

/**
 * False when a regex that needs a stage noun between word boundaries (`\s+period\b`) cannot
 * match sentence `s`: none is among its words (`stageNoun`, its words' find) and no
 * {@link WORDS_DISAGREE} unit stands in it.
 */
function mayStageNounStand(s: Sentence, stageNoun: string | null): boolean {
  return stageNoun !== null || WORDS_DISAGREE.test(s.text);
}

/** True when clean offset `at` lies in one of `ranges`. */
function inRanges(at: number, ranges: [number, number][]): boolean {
  for (const [a, b] of ranges) if (at >= a && at < b) return true;
  return false;
}

/** Maps a date of the main assertion, `offset` units into sentence `s`, to a stage. */
function mapDate(t: TemporalExpression, offset: number, s: Sentence, rs: Region[], rules: PeriodsRules, closing: boolean, sincePerfect = false): Mapping {
  if (sincePerfect && t.from !== null && t.to !== null && SINCE_IN_CLAUSE.test(s.text.slice(Math.max(0, offset - 70), offset))) {
    return mapInterval({ from: t.from, to: null }, rs, false, rules.shortIntervalYears);
  }
  // "Before 1960": the bound lies outside the expression the temporal stage found.
  const preceding = s.text.slice(Math.max(0, offset - 14), offset);
  const before = rules.beforeDate.test(preceding) && t.from !== null;
  // "were required from 2005 to open shelters": an onset, the year it starts ("from 1995 onwards"
  // and "since 2005" stay open).
  const onset = !before && t.from !== null && t.to === null && ONSET.test(t.text) && !ONWARDS.test(s.text.slice(offset + t.text.length));
  // "restored after 1985", "After 2014 the relation grew colder": a year after 'after' is an onset,
  // the year after it (a year only: 'after the war of 1932–1935' is another matter).
  const after = !before && t.kind === 'year' && t.from !== null && t.from === t.to && rules.afterDate.test(preceding);
  const interval = before ? { from: null, to: t.from! - 1 } : onset ? { from: t.from, to: t.from } : after ? { from: t.from! + 1, to: t.from! + 1 } : { from: t.from, to: t.to };
  const ends = before || closing || rules.endMarker.test(t.text) || rules.endBeforeDate.test(preceding);
  return mapInterval(interval, rs, ends, rules.shortIntervalYears);
}

/** The writer's present opening a sentence ('Today …', 'Nowadays …', 'At present …'; 'Now,' with its comma, not 'Now the unions …' of a narrative). */
const WRITERS_PRESENT_OPENING = /^(?:today|nowadays|at\s+present|currently|now,)(?=[\s,])/iu;

/** 'Today we look at the unions and the generals': a talk's or a text's own day, not the present of its history. */
const TODAY_WE_TALK = /^\S+,?\s+(?:we|i)\s+(?:look|turn|talk|discuss|are|'re|’re|will|'ll|’ll|want|begin|start|ask|consider)\b/iu;

/**
 * 'Turkmenistan today has one of the most closed civic spaces in the world', 'Civic space in Kashmir
 * is today more restricted than it has ever been': the writer's present beside the main verb in the
 * present (its word), not 'as it is known today', 'today's radio', nor in a question or condition.
 * (Not 'now': 'History now has Background, three subsections and Legacy', on a talk page, is a
 * remark about the text; 'What we have now is …' a quotation's.)
 */
function presentInMainClause(body: string): string | null {
  if (NOT_MAIN_CLAUSE_OPENING.test(body) || body.endsWith('?')) return null;
  const m = PRESENT_INSIDE.exec(body);
  return m !== null && !TODAY_WE_TALK.test(body) ? m[0] : null;
}
const PRESENT_INSIDE = /\b(?:today|nowadays|currently)\s+(?:is|are|(?:has|have)(?!\s+[a-z]+(?:ed|en|wn|ght|pt|nt)\b|\s+(?:done|gone|become|come|run|had)\b)|remains?|holds?|works?|lives?|operates?|stands?)\b|\b(?:is|are|has|have|remains?)\s+(?:today|nowadays|currently|at\s+present)\b/i;
const NOT_MAIN_CLAUSE_OPENING = /^(?:whether|if|when|although|though|while|as)\b/i;

/**
 * The words of the writer's present that open `body`, unless they open a talk's own day; else null.
 * Also the writer's own year ('This has been a hard year for the Trust', 'Over the past year …',
 * 'This year the union has …'), as an annual report or a letter opens (periods.json, writersYear).
 */
function writersPresent(body: string, rules: PeriodsRules): string | null {
  const m = WRITERS_PRESENT_OPENING.exec(body) ?? rules.writersYear.exec(body);
  return m !== null && !TODAY_WE_TALK.test(body) ? m[0] : null;
}

/** A present-state cue of persistence ('are still in force', 'still exist', 'remains in force'). */
const STILL_IN_FORCE = /\bstill\b|\bin force\b/u;

/** A present perfect ('has narrowed', 'have been'). */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\p{L}+ly\s+)?(?:been|\p{L}+ed|\p{L}+en|grown|known|seen|had|become|kept|made|shown|fallen|risen|won|lost|held|run|built|brought|fought|taught|sought|led|met|spent|stood)\b/iu;
/** 'since' before a date in the same clause ('since independence in 1960', 'since the military coup of August 2008'). */
const SINCE_IN_CLAUSE = /\bsince\b[^,;:.()]{0,60}$/iu;

/** A reference entry of a Wikipedia-like notes list: a caret, perhaps after its number ('1. ^ …', '^ …'). */
const REFERENCE_ENTRY = /^(?:\d{1,3}\.\s*)?\^\s/u;

/** A sentence that sets out a whole history: 'The history of X begins with … and includes …'. */
const HISTORY_SCOPE = /^the\s+history\s+of\b[^.;]*?\b(?:begins|began|starts|started|includes|included|covers|spans|stretches|extends)\b/iu;

/** 'since' (and an article) right before a date: the time of the scholarship itself ('Work since the 1990s'). */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/iu;
/** 'since' anywhere in a sentence. */
const SINCE_WORD = /\bsince\b/iu;
/** A cross-reference to a section of the text: '(Section 3)', 'section 4.2', 'Chapter 5'. */
const SECTION_NUMBER = /\b(?:sections?|chapters?|parts?)\s+(?:\d|[IVX]+\b)/iu;
/** A date that is itself 'since …' ('since the 1970s'). */
const SINCE_DATE = /^since\s/iu;

const ONSET = /^from\s+(?:\d{1,2}\s+)?(?:\p{L}+\s+)?\d{3,4}$/iu;
/** 'From 1998 onwards', 'from 1998 on': the text of an open onset. */
/** A verb in the past perfect right before a date ('we had held since 2011', 'had been banned since'): up to two adverbs and an object word between. */
const PAST_PERFECT_BEFORE = /\bhad\s+(?:(?:not|never|already|only|long)\s+)?(?:been\s+)?\p{L}+(?:ed|en|wn|ld|pt|nt|ght|ne|de)\s+(?:(?:\p{L}+\s+){0,2})?$/u;
const OPEN_ONSET = /^from\s+(?:\d{1,2}\s+)?(?:\p{L}+\s+)?\d{3,4}(?:\s+on(?:wards?)?)?$/iu;
const ONWARDS = /^\s*on(?:wards?)?\b/iu;

function cue(kind: string, text: string, span?: { start: number; end: number }): Cue {
  return span ? { kind, text, start: span.start, end: span.end } : { kind, text };
}

export const periods = defineStage<PeriodsOptions, PeriodsRules>({
  name: 'periods',
  version: 1,
  description: 'Labels each sentence by the stage its main assertion is about (stageN, before, after, span, none), with cues.',
  requires: ['clean', 'sections', 'metadata', 'sentences', 'tokens', 'temporal', 'periodisation'],
  provides: ['periods'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { rules: { type: 'string', default: 'periods.json' } },
  },
  prepare: (options, env) => compile(env.loadData<PeriodsData>(options.rules)),
  run(doc, { resources: rules }) {
    const sentences = layer(doc, 'sentences');
    const sections = layer(doc, 'sections');
    const tokens = layer(doc, 'tokens');
    const temporal = datesAsPoints(doc);
    const { stages, countedNoun } = layer(doc, 'periodisation');
    const conf = rules.confidence;
    if (stages.length === 0) {
      // Pushed like the assignments below, so that the layer's array has one shape whatever the text.
      const none: PeriodAssignment[] = [];
      for (const s of sentences) none.push({ sentenceId: s.id, label: 'none', stage: null, confidence: 1, cues: [cue('periodisation', 'the text claims no periodisation')] });
      return { layers: { periods: none } };
    }
    const rs = regions(stages);
    const thesisSentences = new Set(stages.flatMap((s) => s.announcedIn));
    // Sentences that announce one stage only, by its ordinal: the stages taken in turn.
    const announces = new Map<string, PeriodStage[]>();
    for (const st of stages) for (const id of st.announcedIn) announces.set(id, [...(announces.get(id) ?? []), st]);
    const lastStage = stages[stages.length - 1];
    // The writer's present: the open last stage, else the time after the last stage.
    const presentLabel: PeriodLabel = lastStage.to === null ? `stage${lastStage.ordinal}` : 'after';
    // The year the text gives as its own, from its front matter ('Submitted by …, 30 April 2025');
    // in a dated addition ('Update, 12 January 2024'), the addition's.
    const metadata = layer(doc, 'metadata');
    const presentOf = (s: Sentence): number | null => metadata.updates.find((u) => u.sectionId === s.sectionId)?.year ?? metadata.year;
    const counted = countedPatterns(countedNoun, stages.length, rules);
    const countedOrdinal = countedOrdinalPattern(countedNoun, rules);
    const borders = borderDays(stages, temporal);
    const closing = closingDay(stages, temporal);
    const echoes = labelMatchers(stages, rules);
    const looseLabels = looseLabelWords(stages, rules);
    const bySentence = temporalBySentence(temporal);
    const { text: clean, map } = layer(doc, 'clean');
    const people = announcedPeople(stages, clean, (o) => map.toClean(o), rules);
    // The names the front matter gives the text's maker ('for the Chiers Valley Oral History Project').
    const makers = textMakers(sentences.length > 0 ? clean.slice(0, sentences[0].cleanStart) : '', rules.textMakerHeads);
    // 'This walk, however, begins much later, with the border' in a text whose front matter calls it
    // 'A self-guided walk': the text speaking of itself.
    const genre = textGenreOpening(sentences.length > 0 ? clean.slice(0, sentences[0].cleanStart) : '', rules.textGenreNouns);
    const sectionById = new Map(sections.map((x) => [x.id, x]));
    // What a sentence needs of its section's heading, tested once per section, not per sentence.
    const headingKinds = new Map<string, { methods: boolean; list: boolean }>();
    for (const x of sections) headingKinds.set(x.id, { methods: x.heading != null && rules.methodsHeading.test(x.heading), list: x.heading != null && rules.listHeading.test(x.heading) });
    // Read again for every sentence: its buffers are reused.
    const words = new Words();

    // First the dates of every sentence's main assertion, mapped to stages (those of background
    // clauses, and points of comparison, only give cues): they also tell which stage a section
    // without a stage heading is about.
    const found: { cues: Cue[]; mapped: { t: TemporalExpression; m: Mapping; attributive: boolean; prenominal: boolean; participle: boolean }[]; backgroundStage: PeriodLabel | null; phrases: (string | null)[]; severalNamed: boolean }[] = [];
    const votes = new Map<string, Map<PeriodLabel, number>>();
    for (const s of sentences) {
      const expressions = bySentence.get(s.id);
      const cues: Cue[] = [];
      let mapped: { t: TemporalExpression; m: Mapping; attributive: boolean; prenominal: boolean; participle: boolean }[] = [];
      let backgroundStage: PeriodLabel | null = null;
      words.read(clean, s.cleanStart, s.cleanEnd);
      const phrases = new Array<string | null>(rules.cues.size);
      rules.cues.find(words, phrases);
      if (expressions && rs) {
        const background = backgroundRanges(s, words, tokens, rules);
        // ('He married Anna, a teacher he had met … in 1965, in the autumn of 1974.')
        if (phrases[CUE.pastPerfect] !== null) {
          background.push(...pluperfectAfterPast(s, tokens, clean, rules));
          // ('In 2004 the government had launched a programme, and in 2005 Pará joined it.')
          if (expressions.length > 1) background.push(...pluperfectBeforePast(s, tokens, clean, rules, expressions.map((t) => map.toClean(t.start))));
        }
        // (A participle clause's date matters only beside another date: see below.)
        const participles = expressions.length > 1 ? participleRanges(s, tokens, clean, rules) : [];
        const comparisons = phrases[CUE.comparison] !== null ? comparisonRanges(s, rules) : [];
        const closing = phrases[CUE.closing] !== null;
        // ('Civic space has narrowed steadily since the country became independent on 9 July 2011':
        // a date after 'since' in a sentence in the present perfect opens a stretch that lasts to now.)
        const sincePerfect = phrases[CUE.since] !== null && PRESENT_PERFECT.test(s.text);
        const since = phrases[CUE.since] !== null;
        for (const t of expressions) {
          const at = map.toClean(t.start);
          const offset = at - s.cleanStart;
          if (inRanges(at, background)) {
            cues.push(cue('background-date', t.text, t));
            const label = mapDate(t, offset, s, rs, rules, closing, sincePerfect).label;
            if (STAGE_LABEL.test(label)) backgroundStage ??= label;
          }
          else if (since && rules.referenceSince.test(s.text.slice(0, offset + t.text.length))) cues.push(cue('reference-date', t.text, t));
          // 'Unlike in the 1980s, …', 'far weaker than in the 1960s': the other side of a comparison.
          else if (inRanges(at, comparisons) || rules.thanBeforeDate.test(s.text.slice(Math.max(0, offset - 24), offset))) cues.push(cue('reference-date', t.text, t));
          else {
            const tok = tokenAt(tokens, s, at);
            mapped.push({ t, m: mapDate(t, offset, s, rs, rules, closing, sincePerfect), attributive: ATTRIBUTIVE.test(s.text.slice(Math.max(0, offset - 4), offset)), prenominal: tok >= 0 && tokens.pos[tok] === NUM && prenominal(tok, s, tokens), participle: inRanges(at, participles) });
          }
        }
        // ('In exchange, from 1950 on, Lewis let the operators mechanise, and by the end of the decade
        // …': an onset left open beside a later date that closes the stretch in a stage is an onset in
        // that stage, not a stretch to the present.)
        // So is 'since' after a verb in the past perfect: '… renewed in 2016 only after … questions about
        // every village meeting we had held since 2011' runs to the past time of the main clause, not
        // to now ('has held since 2011' stays open).
        for (const x of mapped) {
          if (x.m.label !== 'span' || x.t.to !== null || x.t.from === null) continue;
          if (!OPEN_ONSET.test(x.t.text) && !(SINCE_DATE.test(x.t.text) && PAST_PERFECT_BEFORE.test(s.text.slice(Math.max(0, map.toClean(x.t.start) - s.cleanStart - 48), map.toClean(x.t.start) - s.cleanStart)))) continue;
          const closer = mapped.find((y) => y !== x && y.t.from !== null && y.t.from >= x.t.from! && y.t.to !== null && STAGE_LABEL.test(y.m.label));
          const onset = closer ? mapInterval({ from: x.t.from, to: x.t.from }, rs!, false, rules.shortIntervalYears) : null;
          if (onset !== null && onset.label === closer!.m.label) x.m = onset;
        }
        // A participle clause's date is background when the main clause has an explicit date of its
        // own; a relative one ('several years earlier') leans on other dates and does not outweigh it.
        if (mapped.some((x) => x.participle) && mapped.some((x) => !x.participle && x.t.kind !== 'relative' && x.t.kind !== 'era')) {
          for (const x of mapped) if (x.participle) cues.push(cue('background-date', x.t.text, x.t));
          mapped = mapped.filter((x) => !x.participle);
        }
      }
      // (Read in this pass, where the sentence's words are read, for the span branches below.)
      const severalNamed = looseLabels.length >= 2 && looselyNamedStages(words, looseLabels) >= 2;
      found.push({ cues, mapped, backgroundStage, phrases, severalNamed });
      if (mapped.length > 0 && !thesisSentences.has(s.id)) {
        const v = votes.get(s.sectionId) ?? new Map<PeriodLabel, number>();
        v.set(mapped[0].m.label, (v.get(mapped[0].m.label) ?? 0) + 1);
        votes.set(s.sectionId, v);
      }
    }
    const roles = sectionRoles(sections, stages, temporal, { votes, isConclusion: (h) => rules.conclusionHeading.test(h) || rules.methodsHeading.test(h) || rules.listHeading.test(h) || rules.topicHeading.test(h), isTopic: (h) => rules.topicHeading.test(h) });

    const out: PeriodAssignment[] = [];
    let previousDated: { paragraphId: string; label: PeriodLabel; id: string } | null = null;
    // The paragraph whose dated sentences so far are all before the first stage (a flashback to the background).
    let backgroundParagraph: string | null = null;
    // The paragraph that a reference entry ('^ Nicholas, David (1992).') opened, up to its end.
    let referenceParagraph: string | null = null;
    sentences.forEach((s, i) => {
      const role = roles.get(s.sectionId) ?? OTHER_ROLE;
      const { cues, mapped, backgroundStage, phrases, severalNamed } = found[i];
      const paragraphStart = i === 0 || sentences[i - 1].paragraphId !== s.paragraphId;
      if (paragraphStart) backgroundParagraph = s.paragraphId;
      // '1. ^ Nicholas, David (1992). Medieval Flanders.': a reference entry of a Wikipedia-like notes
      // list (the caret links back to the text) is a citation, not an assertion, to its paragraph's end.
      if (paragraphStart) referenceParagraph = null;
      if (REFERENCE_ENTRY.test(s.text)) referenceParagraph = s.paragraphId;
      const research = (phrases[CUE.research] !== null && !researchInRelative(s, phrases[CUE.research]!, tokens, clean, rules) ? phrases[CUE.research] : null) ?? rules.sources.exec(s.text)?.[0] ?? null;
      const meta = phrases[CUE.meta] ?? research;
      const heading = sectionById.get(s.sectionId)?.heading;
      const kinds = headingKinds.get(s.sectionId);
      const inMethods = kinds?.methods ?? false;
      const inConclusion = role.role === 'conclusion';
      const future = inConclusion ? phrases[CUE.future] ?? (/\?\s*$/.test(s.text) ? '?' : null) : null;
      const strongFuture = phrases[CUE.strongFuture];
      const durative = phrases[CUE.durative];
      const countedNounHere = counted.stem?.test(s.text) ?? false;
      const spanning = (rules.span && phrases[CUE.spanKeyword] !== null ? rules.span.exec(s.text)?.[0] : null) ?? (inConclusion ? phrases[CUE.conclusionSpan] : null) ?? (countedNounHere ? counted.span?.exec(s.text)?.[0] : null) ?? null;
      // 'Whether a fourth generation will find a state that listens', after three generations.
      const beyond = (countedNounHere ? counted.beyond?.exec(s.text)?.[0] : null) ?? null;
      // Outside the stages' sections (an introduction, a conclusion), dates of the main assertion
      // in two stages or more compare them ('In the 1990s foreign money made groups strong; after
      // 2003 access to ministers did'); inside one, the first date is the narrative's and the
      // others are asides ('In the year 1957 … in remembrance of the general strike of 1955').
      // Dates that qualify a noun ('the feminists of the 1980s') do not count.
      const severalStagesDated = role.role !== 'stage' && datesInSeveralStages(mapped);

      // Stages the sentence names by their labels, outside the stages' sections; only when its dates
      // are eras (an era table may date one of the labels) or it has none.
      // ('Phase two opens with …': a stage named by its noun and number; asked only where a stage noun stands.)
      let numberedHere: boolean | null = null;
      const numbered = (): boolean => (numberedHere ??= phrases[CUE.stageNoun] !== null && namesNumberedStage(s, rules));
      const echoed = role.role !== 'stage' && echoes.length > 0 && mapped.every((x) => x.t.kind === 'era') ? echoedStages(s, echoes, phrases[CUE.stageNoun]) : [];
      let named: number[] = [];
      let byPeople: number | null = null;
      let byCount: number | null = null;
      let genreAt: RegExpExecArray | null = null;
      let nounPossible = false;
      let ahead: string | null = null;
      let scheme: string | null = null;
      let present: string | null = null;
      let resolve: string | null = null;
      const own = announces.get(s.id);
      if (own && own.length === 1 && stages.length > 1 && takesStageInTurn(s, i > 0 ? sentences[i - 1] : null, tokens)) {
        // 'The first, from the Industrial Relations Act of 1958 to the constitution of 1992, was a
        // period of incorporation': a sentence that takes one stage in turn is about that stage.
        cues.push(cue('thesis', `the sentence announces stage ${own[0].ordinal}`));
        out.push(assignment(s, cues, `stage${own[0].ordinal}`, conf.dated));
        previousDated = null;
      } else if (thesisSentences.has(s.id)) {
        cues.push(cue('thesis', 'the sentence announces the stages'));
        out.push(assignment(s, cues, 'span', conf.dated));
        // What follows the thesis in the same paragraph is about the essay, not the story before it.
        previousDated = null;
      } else if (heading != null && kinds?.list) {
        cues.push(cue('section', heading));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if (referenceParagraph === s.paragraphId) {
        cues.push(cue('reference', 'a reference entry'));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if (phrases[CUE.textRemarkWord] !== null && rules.textRemark.test(turnBody(s, rules))) {
        // 'Thank you.', 'Next slide, please.', 'On the account books of village brotherhoods, see the
        // tables in Hensley (1996: 301–310)', '1. On p. 14 the strike is dated to 1998', 'The figures
        // for 2012 come from the commission's reports': a remark to the reader, or about a text and
        // its sources, is about no period, whatever dates it names (ANNOTATION.md rule 5).
        cues.push(cue('meta', 'a remark to the reader or about a text'));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if (rules.argument.test(turnBody(s, rules))) {
        // 'It argues that the state moved from grudging tolerance to near collapse …': the writer's
        // argument is a claim about the whole history its stages divide, whatever dates it names.
        cues.push(cue('span', "the writer's argument"));
        out.push(assignment(s, cues, 'span', conf.durative));
        previousDated = null;
      } else if ((resolve = resolves(s, phrases, tokens, clean, rules)) !== null) {
        // '(q) Congress resolves to hold a day of action on 20 December 2025, the anniversary of the
        // riots of 1959': the author's decision about its own future action is still to come, whatever
        // past it names (periods.json, $comment_resolve).
        cues.push(cue('future', resolve));
        out.push(assignment(s, cues, 'after', conf.future));
        previousDated = null;
      } else if (rules.textEvent.test(s.text) || makers.some((m) => m.test(s.text)) || (genre !== null && (genreAt = genre.exec(s.text)) !== null && presentVerbAfter(s, tokens, clean, s.cleanStart + genreAt[0].length, rules))) {
        // 'The Chiers Valley Oral History Project (CVOHP) was founded in 2016 …' in an introduction
        // 'for the Chiers Valley Oral History Project', 'The workshop is funded by …': the making of
        // the text itself is about no period, whatever dates it names (periods.json, $comment_textMaking).
        cues.push(cue('meta', 'the making of the text'));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if (meta) {
        cues.push(cue(meta === research ? 'research' : 'meta', meta));
        const spans = mapped.find((x) => x.m.label === 'span');
        if (spans) cues.push(cue('temporal', spans.t.text, spans.t));
        // 'This report reviews how civic space has changed since independence in 1991': a remark
        // about the text that reaches from the first stage's start to the present spans the stages.
        const sinceTheStart = stages.length > 1 && stages[0].from !== null && SINCE_WORD.test(s.text) && mapped.some((x) => x.t.from !== null && x.t.from <= stages[0].from! + 1);
        // 'I argue that the guilds moved from patronage through audit to seizure': a remark that names
        // several stages by their labels' words restates the periodisation.
        // 'This chapter follows what became of that associational life under the colonial
        // government, which ruled until 1945': a remark that sets out the text's subject, dated at
        // most by the bounds of that subject, with no word of its sources or sections, is about the
        // whole history the stages divide.
        const scope = mapped.every((x) => rules.endMarker.test(x.t.text) || SINCE_DATE.test(x.t.text) || ONSET.test(x.t.text)) && research === null && stages.length > 1 && rules.scope.test(s.text) && !SECTION_NUMBER.test(s.text) && !rules.scopeSources.test(s.text);
        if (scope) cues.push(cue('scope', 'the text sets out its subject'));
        const label = spans || severalStagesDated || sinceTheStart || severalNamed || scope ? 'span' : 'none';
        out.push(assignment(s, cues, label, conf.meta));
        if (label === 'span') previousDated = null;
      } else if (s.text.includes('(') && rules.scholarSubject.test(s.text) && !(role.role === 'stage' && (NAMES_WHAT_WAS_TOLD.test(s.text) || READS_THE_YEARS_TOLD.test(s.text)))) {
        // (In a stage's section, 'Lenders and Mwamba (2016: 45–61) call this "a freedom of the
        // microphone …"' names what the narrative just told: a quotation inside the stage's story.)
        // 'Karimov (2011) places the turning point in 2007', 'Hartwell (2009: 5) calls the regional
        // pattern …': a sentence whose subject is a cited work and whose verb reads or names the
        // past is about the scholarship, whatever dates it discusses (ANNOTATION.md rule 5).
        cues.push(cue('research', 'a cited work is the subject'));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if (rules.reviewedWork.test(s.text)) {
        // 'The book says too little about who ordered these killings': in a review, a remark about
        // the book under review (periods.json, $comment_reviewedWork).
        cues.push(cue('research', 'the work under review is the subject'));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if (!(thesisSentences.size === 0 && listsAsManyParts(s.text, stages.length)) && (scheme = schemeTalk(s, rules)) !== null) {
        // 'Others divide the years after independence at the crisis of 2006', 'I keep 2005 and 2015
        // as borders because …': how a periodisation is drawn, whatever dates it names, is about
        // the schemes, not a period (ANNOTATION.md rule 5). (Not where no sentence announces the
        // stages and this one divides the history into as many parts as they are: 'Historians usually
        // divide its history into the interwar democracy, the years of German occupation, …' sets
        // out the scheme the headings follow.)
        cues.push(cue('research', scheme));
        out.push(assignment(s, cues, 'none', conf.meta));
      } else if (s.text.includes('(') && rules.citedReading.test(turnBody(s, rules)) && !(role.role === 'stage' && READS_THE_YEARS_TOLD.test(s.text))) {
        // (A cited work holds '(' before its year: a sentence without one is ruled out cheaply.)
        // 'Thompson (1963) saw them as the hidden schools of working-class organisation in the 1790s':
        // how a cited work reads a time is about the scholarship, not the period (ANNOTATION.md rule 5).
        cues.push(cue('research', 'a cited work reads the time'));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if (phrases[CUE.literature] !== null && mapped.every((x) => SINCE_DATE.test(x.t.text) || SINCE_BEFORE.test(s.text.slice(Math.max(0, map.toClean(x.t.start) - s.cleanStart - 12), map.toClean(x.t.start) - s.cleanStart)))) {
        // 'Yet historians disagree about what the guilds meant', 'Work since the 1990s has revised the
        // old picture': a remark about the scholarship, undated or dated only by its own time
        // ('since the 1990s'), is about no period (ANNOTATION.md rule 5), wherever it stands.
        cues.push(cue('research', phrases[CUE.literature]!));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if ((phrases[CUE.scholarshipHead] !== null && rules.scholarship.test(turnBody(s, rules)) && !rules.scholarshipFactive.test(s.text) && !(thesisSentences.size === 0 && listsAsManyParts(s.text, stages.length))) || (phrases[CUE.caseNoun] !== null && rules.caseLesson.test(turnBody(s, rules)))) {
        // 'Scholars disagree about how far the conflict of 2023 broke with what came before', 'Media
        // historians have described the years from 1963 to 1976 as the golden age of the press': the
        // scholarship as the subject, in the present, is about the scholarship, whatever dates it
        // discusses (ANNOTATION.md rule 5). So is the lesson the case studied teaches: 'The Zambian case
        // shows that a union can survive a one-party state if …'.
        cues.push(cue('research', 'the scholarship is the subject'));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if (role.role === 'intro' && HISTORY_SCOPE.test(s.text)) {
        // 'The history of printing in the province begins with a press in 1850 and includes the
        // great strikes': a lead's sentence that sets out the whole history spans the stages, though
        // it names only the first date; the lead's next undated sentence continues it.
        cues.push(cue('span', 'the history of … begins/includes'));
        out.push(assignment(s, cues, 'span', conf.durative));
        previousDated = { paragraphId: s.paragraphId, label: 'span', id: s.id };
      } else if (inMethods && heading != null && mapped.length === 0) {
        // A Methods section describes the study: its undated sentences do not continue a story.
        cues.push(cue('section', heading));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if ((ahead = strongFuture ?? beyond ?? lookingAhead(s, tokens, clean, rules)) !== null && mapped.every((x) => x.m.label === 'after' || x.m.label === 'span' || (lastStage.to === null && x.m.label === `stage${lastStage.ordinal}`))) {
        // Unless a date puts the assertion before the present: then the date decides.
        cues.push(cue('future', ahead));
        out.push(assignment(s, cues, 'after', conf.future));
      } else if (
        mapped.length === 0
          ? (present = writersPresent(turnBody(s, rules), rules)) !== null || (phrases[CUE.writerPresent] !== null && (present = presentInMainClause(turnBody(s, rules))) !== null && firstVerbPresent(s, tokens, clean, rules))
          : (present = writersPresent(turnBody(s, rules), rules)) !== null && presentVerbAfter(s, tokens, clean, map.toClean(mapped[mapped.length - 1].t.end), rules)
      ) {
        // 'Today no independent human rights organisation works openly inside Burundi': an undated
        // sentence that opens with the writer's present is about it — the open last stage, else the
        // time after the last stage (10 of 11 such sentences of the full-gold sets). So is a dated
        // one whose main verb, after the dates, is in the present: 'Today the associations that
        // defended the square in 1990 are consulted by ministries' (the dates belong to a clause
        // about its subject).
        cues.push(cue('present', present!));
        out.push(assignment(s, cues, presentLabel, conf.section));
        previousDated = { paragraphId: s.paragraphId, label: presentLabel, id: s.id };
      } else if (echoed.length > 1) {
        // 'The Vargas Era and the Populist Republic both bound them to the state': two stages named
        // by the labels the text gave them span, even where an era table dates one of them.
        cues.push(cue('label', echoed.map((n) => `stage ${n}`).join(', ')));
        out.push(assignment(s, cues, 'span', conf.section));
        previousDated = null;
      } else if (mapped.length > 0 && phrases[CUE.presentState] !== null && phrases[CUE.pastTense] === null && !numbered() && mapped.every((x) => x.attributive || x.prenominal) && presentVerbFollows(s, tokens, clean, map.toClean(mapped[mapped.length - 1].t.end), phrases[CUE.presentState]!)) {
        // 'The 2010 constitution guarantees the freedom of association', 'The Constitution of 1978
        // remains in force': a present-tense statement whose dates only name a thing (a law, a
        // constitution) is about the writer's present — the open last stage, else after the last
        // stage (as 'Today the unions are weaker …' is), not about the year in the name.
        cues.push(cue('present', phrases[CUE.presentState]!));
        out.push(assignment(s, cues, presentLabel, conf.section));
      } else if (severalStagesDated) {
        for (const x of mapped) if (!x.attributive && STAGE_LABEL.test(x.m.label)) cues.push(cue('temporal', x.t.text, x.t));
        cues.push(cue('rule', 'dates in several stages'));
        out.push(assignment(s, cues, 'span', conf.dated));
        previousDated = { paragraphId: s.paragraphId, label: 'span', id: s.id };
        backgroundParagraph = null;
      } else if (mapped.length > 0 && !(future && mapped.every((x) => x.m.label === 'span'))) {
        let first = mapped[0];
        // "From 1998 onwards, a coalition pressed for reform" in the section of the stage that
        // opens in 1998: an onset with an open end, in the section's stage, is that stage.
        if (role.role === 'stage' && role.stage && rs && first.m.label === 'span' && first.t.from !== null && first.t.to === null && OPEN_ONSET.test(first.t.text)) {
          const m = mapInterval({ from: first.t.from, to: first.t.from }, rs, false, rules.shortIntervalYears);
          if (m.label === `stage${role.stage.ordinal}`) first = { ...first, m };
        }
        // "The government of Daniel arap Moi tolerated service-delivery organisations" in the section
        // of a stage inside Moi's tenure: an era wider than the stage, in the stage's own section,
        // is read as that stage (the section narrows it), not as spanning the stages it covers. Only
        // when eras are all the sentence's dates: a range of its own that spans stages still spans.
        const own = role.role === 'stage' ? role.stage : null;
        if (own && own.from !== null && first.m.label === 'span' && mapped.every((x) => x.t.kind === 'era') && first.t.from !== null && first.t.from <= own.from && (first.t.to === null || (own.to !== null && first.t.to >= own.to))) {
          first = { ...first, m: { label: `stage${own.ordinal}`, how: 'era in its section' } };
        }
        // '… many military persons were appointed, keeping the remnants of the Yushin era' in the
        // section of the stage after it: an era that only qualifies a noun dates no assertion of
        // its own; the sentence stays in its section's stage.
        if (own && first.m.label !== `stage${own.ordinal}` && mapped.every((x) => x.t.kind === 'era' && x.attributive)) {
          first = { ...first, m: { label: `stage${own.ordinal}`, how: 'era qualifying a noun in its section' } };
        }
        // ANNOTATION.md rule 2: a year shared by two stages goes to the stage the text puts the event
        // in, and the section a sentence stands in puts it there: 'Prague rose against the occupiers
        // on 5 May 1945' under 'Munich and occupation (1938–1945)' ends that stage, not the one of
        // 1945–1948. mapInterval gives the later stage when nothing says so; in the earlier stage's
        // own section, the earlier one.
        // 'Mutual aid societies had existed in Montevideo since the 1870s' in a 'Background' section
        // before the first stage's: a past perfect lasts up to the time the section tells of, which
        // is before the stages, not up to the present.
        if (role.role === 'intro' && heading != null && !rules.openingHeading.test(heading) && first.m.label === 'span' && first.t.to === null && first.t.from !== null && stages[0].from !== null && first.t.from < stages[0].from && phrases[CUE.pastPerfect] !== null && phrases[CUE.since] !== null) {
          first = { ...first, m: { label: 'before', how: 'past perfect before the stages' } };
        }
        if (own && first.m.how === 'boundary' && first.t.from !== null && first.t.from === first.t.to && own.to === first.t.from && first.m.label !== `stage${own.ordinal}`) {
          first = { ...first, m: { label: `stage${own.ordinal}`, how: 'boundary year in its section' } };
        }
        // So does a sentence that names one of the two stages by its ordinal or number: 'The first
        // phase ends, I would argue, in July 1997' (1997 shared by the first and second phases), 'Phase
        // two opens with the constitution of 1996'.
        if (first.m.how === 'boundary' && first.t.from !== null && first.t.from === first.t.to && (phrases[CUE.ordinal] !== null || numbered())) {
          const year = first.t.from;
          const named = ordinalStages(s, stages.length, rules, true).map((n) => stages[n - 1]);
          if (named.length === 1 && named[0] && (named[0].from === year || named[0].to === year)) first = { ...first, m: { label: `stage${named[0].ordinal}`, how: 'boundary year, the stage named' } };
        }
        // … or opens with its label: 'The years of the street ended in this building, on the night
        // of 10 January 1997' (1997 shared by the years of the street and those of the projects).
        if (first.m.how === 'boundary' && first.t.from !== null && first.t.from === first.t.to) {
          const year = first.t.from;
          const named = stages.filter((st) => (st.from === year || st.to === year) && opensWithLabel(s.text, st.label, rules));
          if (named.length === 1) first = { ...first, m: { label: `stage${named[0].ordinal}`, how: 'boundary year, the stage named' } };
        }
        // 'On 27 April 2017 supporters of the ruling party stormed Parliament' when the second stage
        // ends on 31 May 2017: in a border's year, a month or day before the border's own is in the
        // stage the border ends (the text puts it there: ANNOTATION.md rule 2).
        // (Not when another date of the sentence, to the month, reaches the border: 'Magistrates
        // released him in May 1975, and on 9 June 1975 the printers struck' with the border on 9 June.
        // A relative date the temporal stage reads to the year only cannot say: 'Magufuli died on 17
        // March 2021, and Samia Suluhu Hassan, sworn in two days later, …' goes to the earlier stage.)
        if (first.m.how === 'boundary' && first.t.from !== null && first.t.from === first.t.to) {
          const border = borders.get(first.t.from);
          // ('In the spring of 1968 the tenants occupied the Guildhall' with the border on 5 October
          // 1968: a season wholly before the border's month is before it too.)
          const beforeBorder = (t: TemporalExpression): boolean => {
            const at = monthsOf(t, rules);
            return border !== undefined && at !== null && (at.last < border.month || (at.last === border.month && at.day !== null && border.day !== null && at.day < border.day));
          };
          if (border && first.m.label === `stage${border.later}` && beforeBorder(first.t) && mapped.every((x) => x.t.from !== first.t.from || x.t.to !== first.t.to || monthsOf(x.t, rules) === null || beforeBorder(x.t))) {
            first = { ...first, m: { label: `stage${border.earlier}`, how: `before the border's day (${border.text})` } };
          }
        }
        // 'In December 2020 the United States recognised …' when the closed last stage ends on 13
        // November 2020: in the last stage's end year, a month or day after the day the text ends it
        // is after the stage (ANNOTATION.md: 'after the last stage closes'). Every date of the
        // sentence in that year must lie after it: 'the ceasefire, broken on 13 November 2020, …
        // until December 2020' stays in the stage.
        if (closing !== null && first.m.label === `stage${lastStage.ordinal}` && first.t.from === closing.year && first.t.to === closing.year) {
          const afterClosing = (t: TemporalExpression): boolean => {
            const at = monthsOf(t, rules);
            return at !== null && (at.first > closing.month || (at.first === closing.month && at.day !== null && closing.day !== null && at.day > closing.day));
          };
          if (afterClosing(first.t) && mapped.every((x) => x.t.from !== closing.year || x.t.to !== closing.year || afterClosing(x.t))) {
            first = { ...first, m: { label: 'after', how: `after the last stage's closing day (${closing.text})` } };
          }
        }
        // 'We will survey the records from January to June 2026' in a note dated 30 April 2025: a
        // date after the day the text gives as its own is the future (ANNOTATION.md: speculation
        // about the future is 'after'), though the open last stage reaches it.
        // 'We recommend that the government restore the notification regime of 2011': a
        // recommendation asks for what is to come, whatever past it names (as undated ones, below).
        if (recommends(s, phrases[CUE.prescription], phrases[CUE.pastModal], tokens, clean, rules)) {
          first = { ...first, m: { label: 'after', how: 'a recommendation' } };
        }
        // 'WP1 will reconstruct the dissolutions of 1923 to 1927 …': a project's plan is still to come,
        // whatever past it will study (as a recommendation is).
        if (PROJECT_PLAN.test(turnBody(s, rules))) first = { ...first, m: { label: 'after', how: "a project's plan" } };
        const present = presentOf(s);
        if (present !== null && lastStage.to === null && first.m.label === `stage${lastStage.ordinal}` && first.t.from !== null && first.t.from > present && mapped.every((x) => x.attributive || x.prenominal || (x.t.from !== null && x.t.from > present))) {
          first = { ...first, m: { label: 'after', how: `after the text's own date (${present})` } };
        }
        cues.push(cue('temporal', first.t.text, first.t));
        if (first.m.how !== 'inside') cues.push(cue('rule', first.m.how));
        out.push(assignment(s, cues, first.m.label, first.m.how === 'midpoint' ? conf.midpoint : conf.dated));
        previousDated = { paragraphId: s.paragraphId, label: first.m.label, id: s.id };
        if (first.m.label !== 'before') backgroundParagraph = null;
      } else if (mapped.length === 0 && (phrases[CUE.ordinal] !== null || numbered()) && (named = ordinalStages(s, stages.length, rules, (nounPossible = mayStageNounStand(s, phrases[CUE.stageNoun])))).length > 0 && (nounPossible || named.length > 1)) {
        // 'In the first period the state governed associations through patronage', in the
        // conclusion: a stage named by its ordinal is what the sentence is about; two stages span
        // (also taken in turn by bare ordinals: 'In the first the state tolerated NGOs; in the second …').
        cues.push(cue('ordinal', named.map((n) => `stage ${n}`).join(', ')));
        if (named.length === 1 && lastStage.to === null && named[0] !== lastStage.ordinal && phrases[CUE.presentState] !== null && STILL_IN_FORCE.test(phrases[CUE.presentState]!)) {
          // 'The legal machinery of the third phase is still in force': what an earlier stage left
          // behind, as it stands now, is the writer's present, the open last stage.
          cues.push(cue('present', phrases[CUE.presentState]!));
          out.push(assignment(s, cues, `stage${lastStage.ordinal}`, conf.section));
        } else out.push(assignment(s, cues, named.length === 1 ? `stage${named[0]}` : 'span', conf.section));
      } else if (mapped.length === 0 && countedOrdinal !== null && (byCount = countedStage(s.text, countedOrdinal, stages.length, rules)) !== null) {
        // 'The first chapter was the longest' after 'Our history falls into three chapters': an
        // ordinal before the noun the text counted its stages with, when that noun is no stage noun
        // of periods.json, names the stage as 'the first period' does.
        cues.push(cue('ordinal', `stage ${byCount}`));
        out.push(assignment(s, cues, `stage${byCount}`, conf.section));
      } else if (recommends(s, phrases[CUE.prescription], phrases[CUE.pastModal], tokens, clean, rules)) {
        // A recommendation ('Parliament should review the quota rules', 'The government needs to
        // restore the council') asks for what is still to come: the future, 'after', wherever it stands.
        cues.push(cue('prescription', phrases[CUE.prescription]!));
        out.push(assignment(s, cues, 'after', conf.future));
        previousDated = null;
      } else if (mapped.length === 0 && phrases[CUE.geography] !== null && firstVerbIn(s, tokens, clean, rules.geographyVerbs)) {
        // Geography is timeless ('Uruguay is a small country on the northern bank of the Río de la
        // Plata'; 'Its capital, Montevideo, lies on the coast'), wherever it stands (ANNOTATION.md rule 5).
        cues.push(cue('geography', phrases[CUE.geography]!));
        out.push(assignment(s, cues, 'none', conf.meta));
      } else if (mapped.length === 0 && spanning && rules.span !== null && rules.span.test(s.text)) {
        // 'Across the four periods, the Congolese state has shown a consistent pattern': words that
        // name the stages together beat the present tense of a general claim.
        cues.push(cue('span', spanning));
        out.push(assignment(s, cues, 'span', conf.durative));
      } else if (mapped.length === 0 && phrases[CUE.generic] !== null && phrases[CUE.pastTense] === null && phrases[CUE.writerPresent] === null && firstVerbPresent(s, tokens, clean, rules)) {
        // A general claim in the present tense ('Registration is the simplest instrument of control
        // that any state possesses'; 'A government that needs the votes of the middle class cannot
        // easily ban …') has no historical time (ANNOTATION.md rule 5), wherever it stands.
        cues.push(cue('general', phrases[CUE.generic]!));
        out.push(assignment(s, cues, 'none', conf.meta));
        previousDated = null;
      } else if (durative) {
        cues.push(cue('durative', durative));
        // 'On 25 July 2021 Saied froze parliament. He has since ruled by decree.': from a date in the
        // open last stage to now stays in that stage; from an earlier one it spans.
        const lastOpen = lastStage.to === null ? `stage${lastStage.ordinal}` : null;
        const since = phrases[CUE.since] !== null && previousDated?.paragraphId === s.paragraphId && previousDated.label === lastOpen;
        out.push(assignment(s, cues, since ? lastOpen! : 'span', conf.durative));
      } else if (spanning) {
        cues.push(cue('span', spanning));
        out.push(assignment(s, cues, 'span', conf.durative));
      } else if (phrases[CUE.findings] !== null && role.role !== 'stage') {
        // The study's findings, outside the stages' sections: a general claim.
        cues.push(cue('research', phrases[CUE.findings]!));
        out.push(assignment(s, cues, 'none', conf.meta));
      } else if (future) {
        cues.push(cue('future', future));
        out.push(assignment(s, cues, 'after', conf.future));
      } else if (echoed.length === 1) {
        // 'With the Sixth Republic, the country has gradually stabilized' in an introduction, 'The
        // unions of the Old Republic were freer …' in a conclusion: an undated sentence outside the
        // stages' sections that names a stage by the label the text gave it is about that stage.
        cues.push(cue('label', `stage ${echoed[0]}`));
        out.push(assignment(s, cues, `stage${echoed[0]}`, conf.section));
      } else if (role.role !== 'stage' && mapped.length === 0 && (byPeople = stageByPeople(s, people, stages, bySentence.get(s.id), rules)) !== null) {
        // 'Terauchi's government dissolved every political society' after a thesis whose first stage
        // is 'the so-called military rule of Terauchi Masatake …': an undated sentence outside the
        // stages' sections that names the people the text announced one stage by is about that
        // stage, and the narrative after it in its paragraph continues it.
        cues.push(cue('person', `stage ${byPeople}`));
        out.push(assignment(s, cues, `stage${byPeople}`, conf.section));
        previousDated = { paragraphId: s.paragraphId, label: `stage${byPeople}`, id: s.id };
      } else if (role.role === 'stage' && role.stage && previousDated?.label === 'before' && previousDated.paragraphId === s.paragraphId && backgroundParagraph === s.paragraphId && backgroundStage === null) {
        // A paragraph that opens with the time before the stages stays there until a date brings
        // the narrative into a stage (ANNOTATION.md rule 4); one that opened in a stage returns to
        // it after a glance back.
        cues.push(cue('inherited', previousDated.id));
        out.push(assignment(s, cues, 'before', conf.inherited));
      } else if (role.role === 'stage' && role.stage?.ordinal === 1 && mapped.length === 0 && phrases[CUE.pastPerfect] !== null && rules.anteriority.test(s.text)) {
        // 'African miners had struck long before they had a union', in the first stage's section:
        // a past perfect put before the stage's own events tells of the time before the stages.
        cues.push(cue('before', 'a past perfect before the first stage'));
        out.push(assignment(s, cues, 'before', conf.section));
      } else if (role.role === 'stage' && role.stage) {
        const sec = sectionById.get(s.sectionId);
        cues.push(cue('section', sec?.heading ?? s.sectionId, sec?.headingSpan ?? undefined));
        out.push(assignment(s, cues, `stage${role.stage.ordinal}`, conf.section));
      } else if (inConclusion && mapped.length === 0 && phrases[CUE.literature] !== null) {
        // 'Historians have relied heavily on the archives of the censorship services' in a closing
        // Historiography section: an undated remark about the scholarship is about no period.
        cues.push(cue('research', phrases[CUE.literature]!));
        out.push(assignment(s, cues, 'none', conf.meta));
      } else if (inConclusion && lastStage.to === null && mapped.length === 0 && !(heading != null && rules.notLookBackHeading.test(heading)) && phrases[CUE.writerPresent] === null && phrases[CUE.presentState] === null && firstVerbPast(s, tokens, clean, rules)) {
        // 'The autocracy sponsored voluntary associations while refusing to share power with them'
        // in a conclusion: an undated look back in the simple past covers the stages it closes,
        // rather than the writer's present of an open last stage. (After a closed last stage, the
        // past may be the time after it: 'Workers under military rule had neither' stays 'after'.)
        cues.push(cue('span', 'a conclusion looking back in the past tense'));
        out.push(assignment(s, cues, 'span', conf.section));
      } else if (inConclusion) {
        // After the last stage: the present of an open last stage, else after it.
        cues.push(cue('section', 'concluding section'));
        out.push(assignment(s, cues, presentLabel, conf.section));
      } else if (previousDated && previousDated.paragraphId === s.paragraphId) {
        cues.push(cue('inherited', previousDated.id));
        out.push(assignment(s, cues, previousDated.label, conf.inherited));
      } else if (severalNamed) {
        // 'It argues that the union moved from bargaining …, through incorporation …, to open
        // confrontation …': an undated claim that names two stages or more by their labels' words
        // (no stage noun after them, no capitals) compares or covers them.
        cues.push(cue('label', 'names several stages'));
        out.push(assignment(s, cues, 'span', conf.section));
        previousDated = null;
      } else if (mapped.length === 0 && backgroundStage !== null && SUBJECT_RELATIVE.test(s.text)) {
        // 'Megawati Sukarnoputri, who succeeded Wahid in July 2001, signed Law No. 18/2001 …': with
        // no date of its own and nothing around it to tell its time, the main clause follows the
        // date the relative clause gives its subject.
        cues.push(cue('rule', "the subject's relative clause dates it"));
        out.push(assignment(s, cues, backgroundStage, conf.inherited));
        previousDated = { paragraphId: s.paragraphId, label: backgroundStage, id: s.id };
      } else {
        cues.push(cue('undated', 'no date, outside the stages’ sections'));
        out.push(assignment(s, cues, 'none', conf.undated));
      }
    });
    return { layers: { periods: out } };
  },
});

/**
 * 'The first chapter was the longest', 'In the third chapter …' for a text that counts its stages as
 * 'three chapters': an ordinal before the singular of the counted noun, as the sentence's opening
 * subject or after a preposition of time opening it, not followed by 'of' ('the first chapter of the
 * report' is the text's). Not elsewhere: 'The deputy who spoke before me belongs to the second part'
 * places a person, not an assertion, in a stage. Null when the text counts with no noun, or with a
 * stage noun (the ordinal rules already read 'the first period').
 */
function countedOrdinalPattern(noun: string | null, rules: PeriodsRules): RegExp | null {
  if (noun === null || !noun.endsWith('s')) return null;
  const singular = singularOf(noun);
  if (rules.stageNounSet.has(singular.toLowerCase())) return null;
  return new RegExp(`^(?:(?:but|yet|and|so),?\\s+)?(?:(?:in|during|throughout|under)\\s+)?the\\s+(${phrase(Object.keys(rules.ordinalWords))})\\s+${escapeRegExp(singular)}\\b(?!\\s+of\\b)`, 'iu');
}

/** The stage an ordinal before the counted noun names in `text` (see {@link countedOrdinalPattern}), within the count; else null. */
function countedStage(text: string, pattern: RegExp, count: number, rules: PeriodsRules): number | null {
  const m = pattern.exec(text);
  if (m === null) return null;
  const n = rules.ordinalWords[m[1].toLowerCase().replace(/\s+/g, ' ')];
  const stage = n === 0 ? count : n;
  return stage !== undefined && stage >= 1 && stage <= count ? stage : null;
}

/**
 * The patterns of `countedSpanPatterns` and `countedBeyondPattern` for the noun a text counts its
 * `count` stages with ('generations' → 'each generation', 'a fourth generation'); null ones when the
 * text counts with no noun, or no ordinal follows the last stage.
 */
function countedPatterns(noun: string | null, count: number, rules: PeriodsRules): { stem: RegExp | null; span: RegExp | null; beyond: RegExp | null } {
  if (noun === null || !noun.endsWith('s')) return { stem: null, span: null, beyond: null };
  const singular = singularOf(noun);
  const fill = (pattern: string): string => pattern.replaceAll('{singular}', escapeRegExp(singular)).replaceAll('{plural}', escapeRegExp(noun));
  const next = Object.keys(rules.ordinalWords).find((w) => rules.ordinalWords[w] === count + 1);
  // (What the singular and the plural share, 'phase', 'countr': a sentence without it matches neither
  // pattern, and the literal is found far more cheaply than the patterns fail.)
  let shared = 0;
  while (shared < singular.length && singular[shared] === noun[shared]) shared++;
  return {
    stem: new RegExp(escapeRegExp(noun.slice(0, shared)), 'iu'),
    span: rules.counted.span.length ? new RegExp(rules.counted.span.map((x) => `(?:${fill(x)})`).join('|'), 'iu') : null,
    beyond: next === undefined ? null : new RegExp(fill(rules.counted.beyond).replaceAll('{next}', escapeRegExp(next)), 'iu'),
  };
}
