/**
 * The citations stage's data (`pipeline/citations.json`) and the matchers compiled from it once per
 * pipeline. Every pattern that reads a name, a year or a locator is built here, so the parsers
 * only run precompiled regular expressions.
 */
import { escapeRegExp } from '../../chars.js';

/** The data file as written (see its `$comment` fields). */
export interface CitationData {
  yearPattern: string;
  undated: string[];
  particles: string[];
  attachedParticles: string[];
  connectors: string[];
  etAl: string;
  prefixes: string[];
  secondaryLinks: string[];
  pageLabels: string[];
  otherLocatorLabels: string[];
  notNames: string[];
  sourceNotes: string[];
  months: string[];
  narrativeBlockers: string[];
  narrativeWeakAfter: string[];
  nonNamePos: string[];
  organisationWords: string[];
  organisationSuffixes: string[];
  reportingVerbs: string[];
  reportingVerbForms: string[];
  reportingAuxiliaries: string[];
  speechActVerbs: string[];
  speechActPastForms: string[];
  authorVerbs: string[];
  pageWords: string[];
  workNouns: string[];
  citingBefore: string[];
  maxNarrativeLookback: number;
  minParentheticalWithoutReferences: number;
  maxBracketLength: number;
  sameAuthors: string;
  editorMarkers: string;
  thesisMarkers: string;
  chapterMarkers: string[];
  publisherWords: string[];
  originalYear: string;
  enumerator: string;
}

/** Compiled matchers and word sets. */
export interface CitationRules {
  /** A whole bracket content that is only years and a locator: '2011', '2015, 2016', '2003: 12'. */
  yearsOnly: RegExp;
  /** One part of a parenthetical bracket: prefix, authors, years, locator, remark. */
  part: RegExp;
  /** Names that end right before a bracket: 'Lee and Shen ', 'Howell’s ', 'Coppedge et al. '. */
  narrativeNames: RegExp;
  /** The words joining a work to the source it was read in: ', quoted in ' in '(Smith 2010, quoted in Lee 2012)' (global). */
  secondaryLink: RegExp;
  /** One year item inside a year list ('2013a', 'b', 'n.d.', '2013a–c'). */
  yearItem: RegExp;
  /** Splits an author string into names at commas, 'and' and '&'. */
  authorSplit: RegExp;
  /** The same, global, for walking the separators with their offsets. */
  authorSeparators: RegExp;
  /** A single surname with optional particles ('De Lange', 'van der Linden', 'O’Neill'). */
  singleName: RegExp;
  /** {@link singleName}, perhaps after spaced initials ('E. P. Thompson'): one author inside brackets. */
  initialledName: RegExp;
  /** Spaced initials before a surname ('E. P. '), dropped from the stored name. */
  leadingInitials: RegExp;
  etAl: RegExp;
  /** A year with optional letter, or an undated marker, anchored. */
  year: RegExp;
  undated: RegExp;
  pageLabel: RegExp;
  notNames: Set<string>;
  /** First names of a bracket part that make it a note on the author's sources ('Interview'), lower case. */
  sourceNotes: Set<string>;
  narrativeBlockers: Set<string>;
  narrativeWeakAfter: Set<string>;
  nonNamePos: Set<string>;
  /** Lower-case words allowed inside an organisation's name ('of', 'for', 'the'). */
  connectorWords: Set<string>;
  /** Words that make a run of capitalised words an organisation ('Bank', 'Watch', 'Ministry'). */
  organisationWords: Set<string>;
  /** Closing words an organisation's name may be cited without ('Group' in 'World Bank Group'). */
  organisationSuffixes: Set<string>;
  /** Reporting verbs in base form and irregular forms, lower case ('note', 'found'). */
  reportingVerbs: Set<string>;
  /** Irregular forms of reporting verbs, matched as written ('found', 'wrote'). */
  reportingVerbForms: Set<string>;
  /** Auxiliaries allowed between the bracket and a reporting verb ('has', 'would'). */
  reportingAuxiliaries: Set<string>;
  /** Reporting verbs that are also acts of a body ('state', 'recognise'), base forms, lower case. */
  speechActVerbs: Set<string>;
  /** Irregular past forms of those verbs ('said'), lower case. */
  speechActPastForms: Set<string>;
  /** Verbs of scholarly work that cite after an author's name and year ('examine'), base forms, lower case. */
  authorVerbs: Set<string>;
  /** Nouns for a work after a possessive name and a year ('report', 'study'). */
  workNouns: Set<string>;
  /** Phrases before a name that say it is cited, each as its lower-case words last first ('according to' → ['to', 'according']). */
  citingBefore: string[][];
  maxNarrativeLookback: number;
  minParentheticalWithoutReferences: number;
  maxBracketLength: number;
  /** Reference entries. */
  ref: {
    sameAuthors: RegExp;
    editorMarkers: RegExp;
    thesisMarkers: RegExp;
    /** 'In The Reader, edited by Pat Kim, 1–20.', 'In M. Jones (Ed.), Labour and law (pp. 45–67).': groups container, editors, page. */
    chapterMarkers: RegExp[];
    /** A publisher's name without a place ('Oxford University Press.', 'Routledge.'), as APA 7 writes it. */
    publisher: RegExp;
    /** '(Original work published 1867)': the first edition's year of an APA reprint. */
    originalYear: RegExp;
    /** 'Lee, Kim. “Workers in the Delta.” …, 2010, pp. 1–5.': an MLA head, the authors up to the first full stop. */
    mlaHead: RegExp;
    /** The names that open an MLA entry on a line of its own ('Smith, John A. ', 'Lee, Kim, and Ana Ruiz. '). */
    mlaStart: RegExp;
    /** A year anywhere in an entry (global), for MLA entries whose year comes last. */
    anyYear: RegExp;
    enumerator: RegExp;
    /** 'Eurasianet, May 12, 2016.': a dated source, not 'Journal 12 (3): 4–5'. */
    datedContainer: RegExp;
    /** Authors, then the year: 'Bakke, Kristin M., … Smidt. 2020. ' or 'Smith, J. (2003). '. */
    head: RegExp;
    /** A line opening with a surname led by lower-case particles, then a comma: 'van der Linden, ', 'al-Rasheed, '. */
    particleHead: RegExp;
    particles: Set<string>;
  };
}

const alternation = (words: string[]): string => words.map((w) => `(?:${w})`).join('|');
/** A pattern whose first letter matches either case ('see' → '[sS]ee'), so '(See Smith 2003)' works
 * without the 'i' flag, which would make `\p{Lu}` match lower-case letters too. */
const eitherCase = (p: string): string => (/^\p{Ll}/u.test(p) ? `[${p[0]}${p[0].toUpperCase()}]${p.slice(1)}` : p);

/** Builds the matchers from the data file (called once, in `prepare`). */
export function compileRules(d: CitationData): CitationRules {
  const particles = alternation(d.particles.map((w) => eitherCase(escapeRegExp(w))));
  const connectors = alternation([...new Set([...d.connectors, ...d.particles])].map(escapeRegExp));
  const attached = alternation(d.attachedParticles.map(escapeRegExp));
  // A capitalised name word, with inner apostrophes and hyphens: 'O’Neill', 'Tremblay-Boire',
  // 'Mikaïl', 'CIVICUS', 'Not-for-Profit'; a particle may be joined to it ('d’Alembert', 'al-Rasheed').
  // Dotted initials stand for a word of an organisation's name: 'U.S. Department of Labor'.
  const word = `(?:(?:\\p{Lu}\\.){2,}|(?:${attached})?\\p{Lu}[\\p{L}\\p{M}]*(?:[’'\\-][\\p{L}\\p{M}]+)*)`;
  const name = `(?:(?:${particles})\\s+)*${word}`;
  // Inside brackets a surname may follow its initials, spaced: '(E. P. Thompson 1963)'; the initials
  // are dropped from the stored name (not dotted initials run together: 'U.S. Department of Labor').
  const initialled = `(?:\\p{Lu}\\.\\s+){0,3}${name}`;
  // A given name or an initial ('John', 'A.', 'Jean-Paul').
  const given = `\\p{Lu}[\\p{L}\\p{M}’'\\-]*\\.?`;
  const etAl = d.etAl;
  // Authors inside brackets may be organisations: capitalised words joined by lower-case connectors.
  const authors = `${initialled}(?:(?:\\s*,\\s*|\\s+)(?:(?:${connectors}|&)\\s+)*${word})*(?:,?\\s+${etAl})?`;
  const undated = alternation(d.undated);
  const year = `(?:${d.yearPattern}(?![–-]\\d)(?:[a-z](?:\\s*[–-]\\s*[a-z])?)?(?![\\p{L}\\d])|${undated})`;
  // An entry's head may capitalise the undated word, as Chicago does ('Fischer, Anna. Forthcoming.', 'N.d.').
  const entryYear = `(?:${d.yearPattern}(?![–-]\\d)(?:[a-z](?:\\s*[–-]\\s*[a-z])?)?(?![\\p{L}\\d])|${alternation(d.undated.map(eitherCase))})`;
  const letter = '[a-z](?![\\p{L}.\\d])';
  // '[1867] 1976' (Chicago) and '1867/1976' (APA): the first edition's year precedes the cited edition's.
  // A reprint after the year, as some authors write it ('Smith 2010 [1990]'): the first edition's year follows in brackets.
  const years = `(?:\\[${d.yearPattern}\\]\\s*|${d.yearPattern}\\/(?=${d.yearPattern}))?${year}(?:\\s*,\\s*(?:${year}|${letter}))*(?:\\s*\\[${d.yearPattern}\\])?`;
  const labels = alternation([...d.pageLabels, ...d.otherLocatorLabels]);
  // A page, a range, 'ff.', and a note on that page: '12n', '12n3', '12 n. 3', '45nn. 3–4'; a
  // numbered paragraph or section of a report or policy note, its parts dotted: 'para. 2.4.3'.
  const page = '(?:[\\divxlc]+(?:\\.\\d+)*(?:\\s*[–-]\\s*[\\divxlc]+(?:\\.\\d+)*)?(?:\\s*ff?\\.)?(?:\\s*nn?\\.?\\s*\\d+(?:\\s*[–-]\\s*\\d+)?|n)?)';
  // Or a word for the whole work instead of pages: '(Smith 2010: passim)'.
  const pageWords = alternation(d.pageWords.map(escapeRegExp));
  // After a comma a volume may come before the page, with a colon: '(Marx [1867] 1976, 1: 873)',
  // '(Braudel 1949, vol. 2: 45)'.
  // A label may follow a colon too: '(UNDP 2010: table 3)', '(Smith 2010: fig. 2)'.
  const locator = `(?:\\s*:\\s*(?:(?:${labels})\\s*)?|\\s*,\\s*(?:(?:${labels})\\s*)?)(?<pages>(?:\\d{1,2}\\s*:\\s*)?${page}(?:\\s*(?:,|and|&)\\s*${page})*(?:\\s*,\\s*nn?\\.\\s*\\d+)?|${pageWords})(?![\\p{L}\\d])`;
  const prefixes = `(?:(?:${alternation(d.prefixes.map(eitherCase))})[,:]?\\s+)*`;
  return {
    yearsOnly: new RegExp(`^\\s*(?<years>${years})(?<locator>${locator})?\\s*$`, 'u'),
    part: new RegExp(
      `^(?<lead>\\s*(?<prefix>${prefixes}))(?<authors>${authors})(?:\\s*\\[(?<abbreviation>[^\\]]{1,30})\\])?(?:\\s*,\\s*|\\s+)(?<years>${years})(?<locator>${locator})?(?<remark>,\\s+\\p{Ll}[^]*)?\\s*$`,
      'u',
    ),
    narrativeNames: new RegExp(
      `(?<![\\p{L}\\p{M}’'\\-.])(?<authors>${name}(?:(?:\\s*,\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+)${name})*(?:,?\\s+${etAl})?)(?<possessive>[’']s?)?\\s*$`,
      'u',
    ),
    secondaryLink: new RegExp(`,?\\s+(?<words>${alternation(d.secondaryLinks.map(escapeRegExp))})\\s+(?=\\p{Lu})`, 'gu'),
    yearItem: new RegExp(`${year}|${letter}`, 'gu'),
    authorSplit: /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/u,
    authorSeparators: /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/gu,
    singleName: new RegExp(`^${name}$`, 'u'),
    initialledName: new RegExp(`^${initialled}$`, 'u'),
    leadingInitials: /^(?:\p{Lu}\.\s+){1,3}(?=\S)/u,
    etAl: new RegExp(`,?\\s*${etAl}$`, 'u'),
    year: new RegExp(`^${year}$`, 'u'),
    undated: new RegExp(`^(?:${undated})$`, 'iu'),
    pageLabel: new RegExp(`^(?:${alternation(d.pageLabels)})\\s*`, 'iu'),
    notNames: new Set(d.notNames.map((w) => w.toLowerCase())),
    sourceNotes: new Set(d.sourceNotes.map((w) => w.toLowerCase())),
    narrativeBlockers: new Set(d.narrativeBlockers.map((w) => w.toLowerCase())),
    narrativeWeakAfter: new Set(d.narrativeWeakAfter.map((w) => w.toLowerCase())),
    nonNamePos: new Set(d.nonNamePos),
    connectorWords: new Set(d.connectors.filter((w) => /^\p{Ll}/u.test(w))),
    organisationWords: new Set(d.organisationWords),
    organisationSuffixes: new Set(d.organisationSuffixes),
    reportingVerbs: new Set(d.reportingVerbs.map((w) => w.toLowerCase())),
    reportingVerbForms: new Set(d.reportingVerbForms.map((w) => w.toLowerCase())),
    reportingAuxiliaries: new Set(d.reportingAuxiliaries.map((w) => w.toLowerCase())),
    speechActVerbs: new Set(d.speechActVerbs.map((w) => w.toLowerCase())),
    speechActPastForms: new Set(d.speechActPastForms.map((w) => w.toLowerCase())),
    authorVerbs: new Set(d.authorVerbs.map((w) => w.toLowerCase())),
    workNouns: new Set(d.workNouns.map((w) => w.toLowerCase())),
    citingBefore: d.citingBefore.map((p) => p.toLowerCase().split(/\s+/).reverse()),
    maxNarrativeLookback: d.maxNarrativeLookback,
    minParentheticalWithoutReferences: d.minParentheticalWithoutReferences,
    maxBracketLength: d.maxBracketLength,
    ref: {
      sameAuthors: new RegExp(d.sameAuthors, 'u'),
      editorMarkers: new RegExp(d.editorMarkers, 'iu'),
      thesisMarkers: new RegExp(d.thesisMarkers, 'iu'),
      chapterMarkers: d.chapterMarkers.map((p) => new RegExp(p, 'u')),
      publisher: new RegExp(`^(?<publisher>[^.]*?(?<![\\p{L}])(?:${alternation(d.publisherWords.map(escapeRegExp))})(?![\\p{L}])[^.]*)\\.?$`, 'u'),
      originalYear: new RegExp(d.originalYear, 'iu'),
      mlaStart: new RegExp(`^${name},\\s+${given}(?:\\s+${given}){0,3}(?:,?\\s+and\\s+${given}(?:\\s+${given}){0,3}|,\\s+et\\s+al\\.?)?\\.?(?<=\\.)\\s+\\S`, 'u'),
      // The authors end at the first full stop that is not followed by another initial ('Smith, J. A. Title').
      mlaHead: new RegExp(`^(?<authors>${name},\\s+[^“"]+?)\\.\\s+(?!\\p{Lu}\\.)(?=\\S)`, 'u'),
      anyYear: new RegExp(`(?<![\\p{L}\\d])${d.yearPattern}(?![\\p{L}\\d])`, 'gu'),
      enumerator: new RegExp(d.enumerator, 'u'),
      datedContainer: new RegExp(`^(?<container>[^.,]+?),\\s+(?:${alternation(d.months)})(?![\\p{L}])`, 'u'),
      // 'Smidt. 2020. ', 'Smith, J. (2003). ', APA 'Brown, A. (2020, March 3). ', Harvard 'Smith, J. (2003) Title',
      // a reprint 'Marx, Karl. (1867) 1976. ' or '[1867] 1976. '.
      head: new RegExp(
        `^(?<authors>.+?)(?<separator>[.,]?)\\s+(?:[[(](?<original>${d.yearPattern})[\\])]\\s*(?<ryear>${entryYear})[.,:]|\\((?<pyear>${entryYear})(?:,\\s*(?<pdate>[^()]{1,25}))?\\)[.,:]?|(?<year>${entryYear})[.,:])(?:\\s+|$)`,
        'u',
      ),
      // Not capitalised, so the name opens with a particle ('’t Hart, '): a capitalised line needs none to begin an entry.
      particleHead: new RegExp(`^(?!\\p{Lu})${name}\\s*,`, 'u'),
      particles: new Set(d.particles.map((w) => w.toLowerCase())),
    },
  };
}
