/**
 * The scan of one document's sentences for candidate names: runs of capitalised words joined by
 * connectors, trimmed of sentence-initial capitals and titles, extended by lower-case event heads
 * ('the Wenchuan earthquake'), subtitles of works and 'of 1912' after a law, then typed by
 * {@link classify}.
 *
 * One {@link Scanner} serves a whole document and is reset for each sentence. Its steps are methods
 * rather than closures made afresh for every sentence: V8 then optimises each step once, and never
 * throws optimised code away because a new sentence brought new closures (which it did, and each
 * re-optimisation of the big run handler cost as much as scanning several documents).
 */
import type { EntityType } from '../../doc.js';
import { classify, isAcronymWord, isConnector, NO_CUES, personShape, type Cues, type Typing } from './classify.js';
import { ACRONYM_USE, citedByShape, displayName, possessiveBreak, typedMention, type RawMention, type ScanContext } from './candidates.js';
import { CHAR_ALNUM, charClass, isAllCaps, letterCase, type LowerWords } from './chars.js';
import { CUE, fold, LOWER_HEAD, type Lexicon } from './lexicon.js';
import { GAP, KIND, POS, foldOf, kindTablesOf, kindsOf, startsUpper, type KindTables, type Word } from './words.js';

const CLOSED_POS = new Set([POS.DET, POS.PRON, POS.ADP, POS.SCONJ, POS.CCONJ, POS.AUX, POS.PART, POS.ADV, POS.INTJ, POS.NUM, POS.SYM, POS.PUNCT]);
const YEAR = /^\d{4}$/;
/** A capital and lower-case letters only ('Bogside'; not 'BBC' nor 'McDonald-Smith'). */
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}+$/u;
/** A day of the month in figures: '28', '4th'. */
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
/** Relative pronouns of persons: 'Lim Dara, who …'. */
const WHO = new Set(['who', 'whose', 'whom']);
/** Determiners before a year that dates a law's head: 'the 1961 Constitution'. */
const DETERMINERS = new Set(['the', 'its', 'their', 'this', 'that', 'his', 'her']);
const DASHES = new Set(['-', '–', '—', '‐', '‑', 'to']);
const LETTER = /^\p{L}/u;
const TRAILING_S = /s$/;
const SUBTITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'for', 'to', 'with', 'from', 'at', 'by', '&']);
const NONE: Set<number> = new Set();
const NOT_LETTERS = /[^\p{L}]/gu;
/** Prepositions before a name that make it no noun another name is given to ('a house in Nairobi, known as Kiambu'). */
const ALIAS_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'by', 'on', 'with', 'across', 'outside', 'inside', 'around', 'within', 'through', 'throughout']);
const PLURAL_S = /(?<=\p{Lu})s$/u;
/** The number of a provision: 'Article 35', 'Section 7a', 'Title VII'. */
const PROVISION_NUMBER = /^(?:\d+[a-z]?|[IVXLC]+)$/;
/** A word capitalised after a lower-case letter inside it ('EndSARS', 'McCarthy'): a name's shape wherever it stands. */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** What follows a numbered label: 'Table 3', 'Figure 2.1', 'Chapter IV'. */
const LABEL_NUMBER = /^(?:\d|[IVXLC]+$)/;
/** The number of a numbered law: '93', '621/2009', '2/1999', '12a'. */
const LAW_NUMBER = /^\d{1,5}(?:[/.-]\d{1,5})*[a-z]?$/;
/** A law's number with its year after a slash: '8/1985', '621/2009'. */
const SLASH_YEAR = /^\d{1,5}\/(?:1[5-9]\d\d|20\d\d)$/;
/** A sub-number in brackets: 'Article 35(1)'. */
const PROVISION_PART = /^(?:\d+|[a-z])$/;
/** Words that join the capitalised words inside a law's bracket ('(Registration and Control)'). */
const BRACKET_CONNECTORS = new Set(['and', '&', 'of', 'for', 'on', 'the']);
/** {@link Scanner.positional}: the capital is a name's, the sentence's, or either (a one-word name that is also a common word). */
const NAME = 0;
const POSITIONAL = 1;
const AMBIGUOUS = 2;
/** Endings of abstract nouns, which name a cause rather than a person ('Liberation', 'Unity', 'Socialism'). */
const ABSTRACT_NOUN = /(?:tion|sion|ity|ism|ance|ence|dom)$/;
/** What follows a verb rather than a noun ('talks tough', 'strikes a deal', 'talks to Hanoi'). */
const VERB_TAKES = new Set([POS.DET, POS.ADJ, POS.ADV, POS.PRON]);
const VERB_PARTICLES = new Set(['to', 'with', 'about', 'back', 'up']);
/** Opening quotes: a quoted 'The …' is a title only after a cue (an article's, a slogan, a nickname). */
const OPENING_QUOTE = new Set(['"', '“', '‘', "'", '«']);
/**
 * An adjective of a people or language by its ending ('Kurdish', 'Cornish', 'Flemish', 'Moorish'),
 * listed or not: like a listed demonym, alone it names no event ('the Kurdish revolt').
 */
const ISH_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}ish$/u;
/** A word in capitals only, as an undefined acronym is written ('NUPENG'; not 'NGOs', 'U.S.', 'V-Dem'). */
const PURE_CAPS = /^\p{Lu}{2,10}$/u;
/** Longer than {@link isAcronymWord} allows, yet an acronym ('PENGASSAN'). */
const LONG_CAPS = /^\p{Lu}{9,10}$/u;
/**
 * Whether `text` may be `min` to `max` capitals (`/^\p{Lu}{min,max}$/u`), by a test of its length
 * (a capital beyond the BMP takes two code units) and of its second code unit, which is a lower-case
 * ASCII letter in most names ('China'): checked before the expression.
 */
function mayBeCapitals(text: string, min: number, max: number): boolean {
  if (text.length < min || text.length > 2 * max) return false;
  const c = text.charCodeAt(1);
  return !(c >= 97 && c <= 122);
}

/** Roman numerals of I, V and X ('II', 'XIV'), and any Roman numeral ('XII', 'MDC' reads as one too). */
const ROMAN_IVX = /^[IVX]+$/;
/** A number with an ordinal suffix: '20th', '3rd'. */
const NUMBERED_ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A regnal number with a full stop, one token: 'I.', 'IV.'. */
const REGNAL_STOP = /^X{0,3}(?:IX|IV|V?I{0,3})\.$/;

/** {@link REGNAL_STOP}'s test, asked only of a word ending in a full stop (the scan asks it of nearly every word of a name). */
function isRegnalStop(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 46 && REGNAL_STOP.test(text);
}

/** {@link LETTER}'s test, with an ASCII fast path (asked of the word after nearly every name). */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && LETTER.test(text);
}

/** Whether only spaces or tabs stand between `at` and the line's start (or the text's). */
function lineStartAt(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Whether the character at `at` is a letter or digit. */
function isAlnumAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && (charClass(text.charCodeAt(at)) & CHAR_ALNUM) !== 0;
}

/** A word of two or more letters written all in capitals. */
function capsWord(w: Word): boolean {
  return w.cap && isAllCaps(w.text);
}

const WORK_TITLE: Cues = { title: false, person: false, work: true, org: false, place: false, periodical: false };

/** The first word of a name key made from the folded word `f` (dashes become spaces in keys). */
function firstKeyWord(f: string): string {
  // A loop over the characters rather than `f.search(/[-‐‑– ]/)`: asked of nearly every name word.
  for (let at = 0; at < f.length; at++) {
    const c = f.charCodeAt(at);
    if (c === 32 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013) return f.slice(0, at);
  }
  return f;
}

function rangeHas(set: Set<number>, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (set.has(i)) return true;
  return false;
}

/** Finds the candidate names of a document, sentence by sentence, and appends them to `out`. */
/** Cues carried to the next name of a coordination (see {@link Scanner.cuedBefore}). */
const ORG_CUE: Cues = { title: false, person: false, work: false, org: true, place: false, periodical: false };
const ROLE_CUE: Cues = { title: false, person: true, work: false, org: false, place: false, periodical: false };
const PERIODICAL_CUE: Cues = { title: false, person: false, work: true, org: false, place: false, periodical: true };
/** What {@link Scanner.personFrameAround} finds around a name. */
const NO_FRAME = 0;
const FRAME = 1;
const APPOSITION = 2;
/** What {@link Scanner.appositionAfter} finds after a name. */
const APPOSED_NONE = 0;
const APPOSED_PERIODICAL = 1;
const APPOSED_ORG = 2;
const APPOSED_PLACE = 3;
/** What {@link Scanner.periodicalNounBefore} finds before a comma. */
const NO_PERIODICAL = 0;
const PERIODICAL = 1;
const APPOSITION_PERIODICAL = 2;
const OWNED_PERIODICAL = 3;
/** What {@link Scanner.unnamedRun} returns for a run that names nothing. */
const DROP = 0;
/**
 * The typing {@link Scanner.unnamedRun} gives an organisation's head alone after 'the' ('the Bank',
 * 'the Ministry'): a short form of the one organisation the text names with that head first, or
 * nothing (see `Grouper.headFirst` in group.ts).
 */
const HEAD_ALONE: Typing = { type: 'ORG', strength: 0.5, entry: null, via: 'head-alone' };
/** The typing of a given name that shares the family name of the person after 'and' ('Julius and Ethel Rosenberg'). */
const SHARED_FAMILY: Typing = { type: 'PERSON', strength: 1.5, entry: null, via: 'shared-family-name' };
/** Characters that may join the parts of a word read from the text: apostrophes and hyphens. */
const APPOSITION_JOINERS = new Set([0x27, 0x2019, 0x2d, 0x2010, 0x2011]);
/** Heads of a law named after a person's possessive ('Rose's Act', 'Gilbert's Acts'). */
const LAW_POSSESSED_HEADS = new Set(['Act', 'Acts']);
/** A possessive ending, straight or curly. */
const POSSESSIVE_END = /['’]s?$/;
/** A word of letters, maybe hyphenated ('old', 'all-Black'): a modifier between 'the' and a noun. */
const ADJECTIVE_WORD = /^\p{L}+(?:-\p{L}+)*$/u;
/** Verbs that give a name to what comes before them ('called', 'named', 'dubbed'), besides 'known as'. */
const NAMING_VERBS = new Set(['called', 'named', 'dubbed', 'nicknamed']);
/** Prepositions that open a phrase between a noun and the naming after it ('rioting in Jakarta, known as …'). */
/** Words after which a name is no verb's subject ('Ahmed Samim of Sada-yı Millet was killed'). */
const NOT_SUBJECT_AFTER = new Set(['of', 'for', 'from', 'by', 'at', 'with']);
const PHRASE_PREPOSITIONS = new Set(['in', 'at', 'on', 'for', 'against', 'near', 'across', 'throughout']);
/** Endings that make a demonym of a place's name ('Sri Lanka' → 'Sri Lankan', 'Sierra Leone' → 'Sierra Leonean', 'New Zealand' → 'New Zealander'). */
const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'er', 'ese'];

/** Up to `max` words (letters, digits and hyphens, lower-cased) after clean offset `pos`, across spaces only: a comma or a stop ends them. */
function wordsAfter(text: string, pos: number, max: number): string[] {
  const out: string[] = [];
  let i = pos;
  while (out.length < max) {
    while (i < text.length && text.charCodeAt(i) === 32) i++;
    const s = i;
    while (i < text.length && ((charClass(text.charCodeAt(i)) & CHAR_ALNUM) !== 0 || text.charCodeAt(i) === 45)) i++;
    if (i === s) break;
    out.push(text.slice(s, i).toLowerCase());
  }
  return out;
}

/** The word (letters only, lower-cased as written) ending before clean offset `end`, past spaces, with its start; null at a non-letter. */
function previousWord(text: string, end: number): { text: string; start: number } | null {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > 0 && (charClass(text.charCodeAt(s - 1)) & CHAR_ALNUM) !== 0) s--;
  return s === e ? null : { text: text.slice(s, e), start: s };
}

export class Scanner {
  private readonly lex: Lexicon;
  private readonly docLower: LowerWords;
  /** Words of the current sentence, followed by two {@link GAP}s so that looking ahead needs no bounds check. */
  private words: Word[] = [];
  /** Number of real words in {@link words}. */
  private n = 0;
  private sentence = 0;
  /** Indexes of words that are cited authors by shape (see {@link citedNow}). */
  private cited: Set<number> = NONE;
  /** Whether {@link cited} is still to be computed for the sentence (it is, on first need only). */
  private citedPending = false;
  /** List id carried from the previous run of a coordinated list, or -1. */
  private carry = -1;
  /** Whether the list was carried to the current run by 'and' or 'or' (its last member, once a comma follows). */
  private carriedByConjunction = false;
  /** Whether the sentence is written in capitals: -1 not yet known, else 0 or 1 (see {@link shouting}). */
  private capsSentence = -1;
  /**
   * Names spelled by the acronym defined after them, as pairs of word indexes [start, end], in order
   * (see {@link spelledStart}).
   */
  private readonly spelled: number[] = [];
  /** The last word a run's mention took beyond the run ({@link numberedLawEnd}), or -1. */
  private consumed = -1;
  /** The lexicon's `orgVerbCues` without a preposition (key ''): 'joined …'. */
  private readonly bareOrgVerbs: Set<string> | undefined;
  /** The lexicon's {@link KIND} tables, for {@link kindsOf}. */
  private readonly kinds: KindTables;

  constructor(
    private readonly text: string,
    private readonly ctx: ScanContext,
    private readonly out: RawMention[],
  ) {
    this.lex = ctx.lex;
    this.docLower = ctx.docLower;
    this.bareOrgVerbs = ctx.lex.orgVerbCues.get('');
    this.kinds = kindTablesOf(ctx.lex);
  }

  /** Whether word `k` has one of the {@link KIND} bits `bits`. */
  private is(k: number, bits: number): boolean {
    return (kindsOf(this.words[k], this.kinds) & bits) !== 0;
  }

  /**
   * Scans the words of sentence number `sentence` (the array gets two trailing stand-ins). Without
   * `yearish` (no word begins with a digit, none is 'n.d.') no author is cited by shape; without
   * `paren` no acronym is defined in brackets; without `label` no word is a numbered label ('Table 3').
   */
  scan(words: Word[], sentence: number, yearish: boolean, paren: boolean, label: boolean): void {
    const lex = this.lex;
    const n = words.length;
    this.cited = NONE;
    this.citedPending = yearish;
    // (Before a numbered label loses its name below, which the shape of a citation reads: computed now.)
    if (yearish && label) this.citedNow(words);
    words.push(GAP, GAP);
    this.words = words;
    this.n = n;
    this.sentence = sentence;
    this.carry = -1;
    this.carriedByConjunction = false;
    this.capsSentence = -1;
    this.spelled.length = 0;

    for (let i = 1; paren && i + 2 < n; i++) {
      if (words[i].text !== '(' || words[i + 2].text !== ')' || !isAcronymWord(words[i + 1].text)) continue;
      // "nongovernmental organisations (NGOs)": an acronym of lower-case words names no one.
      // ("Droits de l'Homme (LDH)": a name word with an elided particle is no lower-case word.)
      if (letterCase(words[i - 1].text, 0) === 2 && !words[i - 1].name) this.ctx.genericAcronyms.add(words[i + 1].text.replace(TRAILING_S, ''));
      else if (words[i - 1].name) {
        const start = this.spelledStart(i - 1, words[i + 1].text);
        if (start >= 0) this.spelled.push(start, i - 1);
      }
    }

    // 'Table 3', 'Chapter IV': a label before a number is no name ('the Round Table talks' is).
    for (let k = 0; label && k < n; k++) {
      const w = words[k];
      if (w.name && lex.numberedLabels.has(w.text) && LABEL_NUMBER.test(words[k + 1].text) && !lex.provisionWords.has(foldOf(w))) w.name = false;
    }

    let i = 0;
    while (i < n) {
      const w = words[i];
      if (!w.cap) {
        i++;
        continue;
      }
      if (!w.name) {
        // "Guangzhou-based lawyers": the place in a modifier is still a mention.
        const p = w.parts;
        if (p) this.emitModifierPlace(w, p[0]);
        i++;
        continue;
      }
      let j = this.runEnd(i);
      if (this.spelled.length > 0) {
        j = this.spelledEnd(i, j);
        // 'Zarvan Qadeeri of the National Union of Teachers (NUT)': the acronym spells only the name
        // after 'of (the)'; what stands before it is a name of its own.
        const cut = this.spelledCut(i, j);
        if (cut > i) {
          this.consumed = -1;
          this.handleRun(i, cut);
          i = cut + 1;
          while (i < j && !words[i].name) i++;
          continue;
        }
      }
      // 'Article 35 of the Constitution': one law, across the number and 'of'.
      const provision = j === i && this.is(i, KIND.PROVISION);
      if (provision) {
        const e = this.provisionEnd(i);
        if (e > i) {
          this.emitProvision(i, e);
          i = e + 1;
          continue;
        }
      }
      // 'Brown v. Board of Education', 'Roe v. Wade', 'R v Smith': a court case named by its parties is
      // one LAW (courtCaseMarkers), not a place or person and an organisation.
      if (!w.possessive) {
        const e = this.courtCaseEnd(j);
        if (e > j) {
          // ('In Plessy v. Ferguson the court …': a sentence's positional capital is no party.)
          this.emitCourtCase(i < j && w.initial && this.positional(i, j) === POSITIONAL ? i + 1 : i, e);
          i = e + 1;
          continue;
        }
      }
      // 'in Article 36': a provision of no named law is no name.
      if (provision && PROVISION_NUMBER.test(words[i + 1].text)) {
        i++;
        continue;
      }
      // 'NCEC National Convention Executive Council' (a list of abbreviations): the acronym, then its name.
      if (j > i + 1 && isAcronymWord(w.text) && this.spelledStart(j, w.text) === i + 1) {
        this.handleRun(i, i);
        i++;
        continue;
      }
      this.consumed = -1;
      this.handleRun(i, j);
      // (A numbered law reads on past its run: '… on Social Organisations' is no name of its own.)
      i = Math.max(j, this.consumed) + 1;
    }
  }

  /**
   * The words of the sentence that are cited authors by shape, computed on first need: most
   * sentences have a year, but in many no name is left for which it matters (a gazetteer name, a law).
   */
  private citedNow(words: Word[]): Set<number> {
    if (this.citedPending) {
      this.citedPending = false;
      this.cited = citedByShape(words, this.lex);
    }
    return this.cited;
  }

  /**
   * The first word of the shortest run of words ending at `end` whose initials spell `acronym`, or -1:
   * "Ministry of Labour, Invalids and Social Affairs (MOLISA)" → 'Ministry'. Capitalised words give
   * their initial (see {@link initialsOf}); commas and the lexicon's `acronymGlue` words ('of', 'and')
   * may be skipped or give theirs ('of' is the O); the run begins with a capitalised word.
   */
  private spelledStart(end: number, acronym: string): number {
    const letters = fold(acronym.replace(PLURAL_S, '')).replace(NOT_LETTERS, '');
    if (letters.length === 0) return -1;
    // Each letter takes a word, and a comma or a glue word or two may stand between them.
    return this.spellBack(end, letters.length, letters, Math.max(0, end - 4 * letters.length));
  }

  /** The largest s ≥ `floor` such that words [s, w] spell the first `r` letters of `letters`, or -1. */
  private spellBack(w: number, r: number, letters: string, floor: number): number {
    if (w < floor) return -1;
    const word = this.words[w];
    if (word.text === ',') return this.spellBack(w - 1, r, letters, floor);
    if (!word.cap) {
      if (!this.lex.acronymGlue.has(word.text)) return -1;
      let best = this.spellBack(w - 1, r, letters, floor);
      // A glue word never begins the name, so it gives a letter only when more remain.
      if (r > 1 && fold(word.text.charAt(0)) === letters[r - 1]) best = Math.max(best, this.spellBack(w - 1, r - 1, letters, floor));
      return best;
    }
    if (!word.name) return -1;
    let best = -1;
    for (const initials of this.initialsOf(word)) {
      const rest = r - initials.length;
      if (rest < 0 || letters.slice(rest, r) !== initials) continue;
      best = Math.max(best, rest === 0 ? w : this.spellBack(w - 1, rest, letters, floor));
    }
    return best;
  }

  /** The folded initials a capitalised word may give an acronym: its first letter; 'AC' for 'All-China'; 'UN' for 'UN'. */
  private initialsOf(word: Word): string[] {
    const out = [fold(String.fromCodePoint(word.text.codePointAt(0)!))];
    const parts = word.parts;
    if (parts && parts.length > 1) {
      let initials = '';
      for (const p of parts) if (startsUpper(p.text)) initials += fold(String.fromCodePoint(p.text.codePointAt(0)!));
      if (initials.length > 1) out.push(initials);
    }
    if (isAcronymWord(word.text)) {
      const own = fold(word.text.replace(PLURAL_S, '')).replace(NOT_LETTERS, '');
      if (own.length > 1) out.push(own);
    }
    return out;
  }

  /**
   * The last word of the name that opens run [i, j] when the run ends in a name its acronym spells
   * that begins after 'of' (maybe with 'the'), the words before it holding no head word ('Zarvan Qadeeri'
   * in 'Zarvan Qadeeri of the National Union of Teachers (NUT)'; not 'Federation' in 'Federation of
   * Trade Unions (FTU)', which the acronym spells whole, nor 'University of Trade Unions (TU)'); else -1.
   */
  private spelledCut(i: number, j: number): number {
    const { spelled, words, lex } = this;
    for (let k = 0; k < spelled.length; k += 2) {
      const start = spelled[k];
      if (spelled[k + 1] !== j || start <= i + 1) continue;
      let c = start - 1;
      if (words[c].text === 'the') c--;
      if (words[c].text !== 'of' || c <= i) return -1;
      for (let h = i; h < c; h++) if (!words[h].name || lex.heads.has(foldOf(words[h])) || isConnector(words[h], lex)) return -1;
      return c - 1;
    }
    return -1;
  }

  /**
   * The end of the run [i, j] once names spelled by their acronym are taken whole: when such a name
   * begins inside the run, the run reaches the end of the name, across the commas and words that
   * ended it ("Ministry of Labour, Invalids and Social Affairs (MOLISA)"). A run is never shortened.
   */
  private spelledEnd(i: number, j: number): number {
    const spelled = this.spelled;
    let end = j;
    for (let k = 0; k < spelled.length; k += 2) if (spelled[k] >= i && spelled[k] <= j && spelled[k + 1] > end) end = spelled[k + 1];
    return end;
  }

  /** Folded word `i`, or '' outside the sentence. */
  private lowerAt(i: number): string {
    return i >= 0 && i < this.n ? foldOf(this.words[i]) : '';
  }

  /** The end of the run of name words starting at `i`, grown over possessives and connectors. */
  private runEnd(i: number): number {
    const { words, lex, n } = this;
    let j = i;
    let sawPreposition = false;
    for (;;) {
      const w = words[j];
      if (w.possessive) {
        // "All-China Women’s Federation", "Workers’ Club" stay one name; "China’s entry" does not.
        if ((this.joinsPossessive(w) || (j === i && this.namesLaw(j))) && words[j + 1].name) {
          j++;
          continue;
        }
        break;
      }
      // "crushed by Nicholas I. Alexander II freed…", "Peter I. The…": a regnal number with the
      // full stop of its sentence (read as an initial) ends the name; the stop is left out of it.
      // (Not a middle initial before a family name: 'Charles V. Smith'.)
      if (words[j + 1].name && isRegnalStop(words[j + 1].text) && lex.givenNames.has(foldOf(w)) && !(words[j + 2].name && lex.lastNames.has(foldOf(words[j + 2])) && !lex.givenNames.has(foldOf(words[j + 2])))) {
        j++;
        break;
      }
      if (words[j + 1].name) {
        j++;
        continue;
      }
      // 'the Arab world', 'the Baltic states', 'Black Thursday': a gazetteer name whose last word is in
      // lower case or no name word of its own (a weekday, a month) is read whole.
      if (this.gazetteerTail(i, j)) {
        j++;
        break;
      }
      // 'the Good Friday Agreement', 'the Black September Organization': a gazetteer name with a
      // capitalised weekday or month inside (no name word of its own) is read on over it.
      if (this.gazetteerInner(i, j)) {
        j++;
        continue;
      }
      // "World War I", "Wilhelm I": a roman one after a name, not the pronoun ("Beijing I think").
      // After a known given name also before a word ("Charles I was beheaded", "Stephen I of
      // Hungary"), unless it is one the pronoun takes ("… Maria I think").
      if (words[j + 1].text === 'I' && (j + 2 >= n || !LETTER.test(words[j + 2].text) || (lex.givenNames.has(foldOf(w)) && !lex.firstPersonVerbs.has(words[j + 2].text)))) {
        j++;
        continue;
      }
      // "Peter the Great", "William the Conqueror": a known given name, 'the' and a capitalised
      // epithet (no head, title or gazetteer name: 'gave Victoria the Crown Colony').
      if (words[j + 1].text === 'the' && words[j + 2].name && !words[j].possessive && j === i && lex.givenNames.has(foldOf(w)) && this.epithet(j + 2)) {
        j += 2;
        continue;
      }
      // "Trade Unions (Amendment) Decree", "Security Laws (Amendment) Act": a bracketed capitalised
      // word inside a law's name.
      if (words[j + 1].text === '(') {
        const e = this.bracketedLawEnd(j + 1);
        if (e > j) {
          j = e;
          continue;
        }
      }
      let k = j + 1;
      let c0: string | undefined;
      let c1: string | undefined;
      while (k < n && c1 === undefined && isConnector(words[k], lex)) {
        if (c0 === undefined) c0 = words[k++].text;
        else c1 = words[k++].text;
      }
      // 'Law on Protection from False Information': 'from' or 'with' inside a law's or an
      // organisation's name that already has a preposition after its head.
      if (c0 === undefined && sawPreposition && lex.innerPrepositions.has(words[j + 1].text) && words[j + 2].name && this.headBeforePreposition(i, j)) {
        j += 2;
        continue;
      }
      // 'the Right to Information Act', 'the Standards in Public Office Commission', 'the Law on
      // Information Transparency and Right to Information': 'to' or 'in' inside a law's or an organisation's name.
      if (c0 === undefined) {
        const e = this.linkedNameEnd(i, j, sawPreposition);
        if (e > j) {
          j = e;
          continue;
        }
      }
      // 'the Crisis in Tigray', 'the War in Afghanistan': 'in' joins a capitalised event head alone to the
      // place after it (not at a sentence's start, where any noun is capitalised).
      if (c0 === undefined && (j === i || (j === i + 1 && lex.articles.has(foldOf(words[i])))) && !words[j].initial && words[j + 1].text === 'in' && words[j + 2].name && lex.eventInHeads.has(w.text)) {
        j += 2;
        continue;
      }
      // 'Coordinadora de Defensa del Agua y de la Vida': a third particle after two ('y de la').
      let c2: string | undefined;
      if (c1 !== undefined && k < n && lex.particles.has(c0!) && lex.particles.has(c1) && isConnector(words[k], lex) && lex.particles.has(words[k].text)) c2 = words[k++].text;
      if (c0 === undefined || !words[k].name) break;
      let ok = false;
      // 'the second Count of Floridablanca', 'the Duke of Alba': a title of nobility and 'of' name one person.
      if (c0 === 'of' && c1 === undefined && this.nobleTitleAt(i, j)) {
        j = this.plainRunEnd(k);
        break;
      }
      if (c2 === undefined && lex.prepositions.has(c0) && (c1 === undefined || lex.articles.has(c1))) {
        // 'the … Volunteer Force of Asari Dokubo': an armed group named with its leader (see {@link leaderAfterOf}).
        ok = !(c0 === 'of' && c1 === undefined && this.leaderAfterOf(j, k)) && this.prepositionJoins(i, j, k);
        if (ok) sawPreposition = true;
      } else if (lex.particles.has(c0) && (c1 === undefined || lex.particles.has(c1))) {
        ok = true;
      } else if (lex.conjunctions.has(c0) && c1 === undefined) {
        ok = this.conjunctionJoins(i, j, k, sawPreposition);
      }
      if (!ok) break;
      j = k;
    }
    return j;
  }

  /**
   * How many words 'of' and a date after word `to` take: 2 for a year ('Act of 1912'), 4 for a day,
   * a month and a year ('Law of 1 July 1901'; only with `day`, default `true`), else 0.
   */
  /**
   * Whether word `k`, alone in its run, is a district's or landmark's name by its shape: after a
   * preposition of place and a lower-case 'the' ('in the Bogside', 'from the Waterside'), one
   * capitalised word ending in a place's compound ending and longer than it ('-side', '-hall', '-gate'),
   * that the text never writes in lower case, with no lower-case noun after it ('the Watergate
   * hearings' names an affair): punctuation, a connector or a verb of {@link Lexicon.placeCompounds} follows.
   */
  private placeCompoundAt(k: number): boolean {
    const { words, lex } = this;
    const pc = lex.placeCompounds;
    if (k < 2 || words[k].possessive || words[k - 1].text !== 'the' || !pc.prepositions.has(words[k - 2].text)) return false;
    const w = words[k].text;
    if (!CAPITAL_THEN_LOWER.test(w) || this.docLower.has(foldOf(words[k]))) return false;
    const f = foldOf(words[k]);
    let shaped = false;
    for (const e of pc.endings) if (f.length >= e.length + 3 && f.endsWith(e)) shaped = true;
    if (!shaped) return false;
    const next = words[k + 1].text;
    return !/^\p{Ll}/u.test(next) || lex.connectorWords.has(next) || pc.nextWords.has(next);
  }

  /** Whether year `k` opens a range or a list of years: a dash or 'to' after it, or a comma or a {@link Lexicon.lawYearRangeWords} word and a number. */
  private yearGoesOn(k: number): boolean {
    const { words, lex } = this;
    const next = words[k + 1].text;
    if (DASHES.has(next)) return true;
    return (next === ',' || lex.lawYearRangeWords.has(next)) && /^\d/.test(words[k + 2].text);
  }

  private ofDateAfter(to: number, day = true): number {
    const { words, lex } = this;
    if (words[to + 1].text !== 'of') return 0;
    if (YEAR.test(words[to + 2].text)) return 2;
    return day && DAY_OF_MONTH.test(words[to + 2].text) && lex.lawMonths.has(words[to + 3].text) && YEAR.test(words[to + 4].text) ? 4 : 0;
  }

  /**
   * Whether the word before `from` is 'and' or a comma right after a mention of a person in this
   * sentence ('Hamza Meddeb and …'), not a cited author's (citations are no mentions).
   */
  private personListBefore(from: number): boolean {
    const { words } = this;
    if (from < 2) return false;
    const c = words[from - 1].text;
    if (c !== 'and' && c !== ',') return false;
    const last = this.out.length > 0 ? this.out[this.out.length - 1] : null;
    return last !== null && last.sentence === this.sentence && last.typing !== null && last.typing.type === 'PERSON' && last.cleanEnd === words[from - 2].cleanEnd && !words[from - 2].possessive;
  }

  /**
   * Whether word `j + 1`, which is no name word, ends a gazetteer place or event that words [i, j]
   * begin ('the Arab world', 'Black Thursday'): the first word opens a gazetteer name long enough (a
   * quick test that nearly every run fails), and the words with it are one.
   */
  private gazetteerTail(i: number, j: number): boolean {
    const { words, lex } = this;
    const next = words[j + 1];
    if (next.text.length < 3 || words[j].possessive || !startsWithLetter(next.text)) return false;
    // ('The Baltic states joined': a sentence's capitalised article is no part of the name.)
    const s = i < j && this.is(i, KIND.ARTICLE) ? i + 1 : i;
    const longest = lex.firstWords.get(firstKeyWord(foldOf(words[s]))) ?? 0;
    if (longest < j - s + 2) return false;
    // (Places and events only: 'the Chinese state' and 'the European commission' are common nouns.)
    const entry = lex.lookup(displayName(words, s, j + 1, this.text, lex));
    return entry !== null && (entry.type === 'LOC' || entry.type === 'GPE' || entry.type === 'EVENT');
  }

  /**
   * Whether word `j + 1`, capitalised but no name word (a weekday, a month), lies inside a gazetteer
   * name that words [i, j] begin and the name words after it end ('Good Friday Agreement').
   */
  private gazetteerInner(i: number, j: number): boolean {
    const { words, lex } = this;
    const next = words[j + 1];
    if (words[j].possessive || !startsUpper(next.text) || !words[j + 2].name) return false;
    const s = i < j && this.is(i, KIND.ARTICLE) ? i + 1 : i;
    const longest = lex.firstWords.get(firstKeyWord(foldOf(words[s]))) ?? 0;
    for (let e = j + 2; e - s + 1 <= longest && words[e].name; e++) if (lex.lookup(displayName(words, s, e, this.text, lex)) !== null) return true;
    return false;
  }

  /**
   * The first word of a noble person's name in words [from, to] ('Count' in 'Second Count of
   * Floridablanca'), or -1: articles and ordinals, a title of nobility, 'of' and a name.
   */
  private nobleStart(from: number, to: number): number {
    const { words, lex } = this;
    let k = from;
    while (k < to && this.is(k, KIND.ARTICLE | KIND.ORDINAL)) k++;
    return k + 2 <= to && words[k + 1].text === 'of' && this.nobleTitleAt(from, k) ? k : -1;
  }

  /** Whether word `k` opens a new place or a part of one named after a known place ({@link newPlaceType}). */
  private newPlace(k: number): boolean {
    return this.newPlaceType(k) !== null;
  }

  /**
   * The type of the place named by word `k` and the known place after it, when they are no gazetteer
   * name together, else null: a new place ('New Granada' → GPE; not 'New Zealand', a gazetteer name)
   * or a part of the place by a compass point or course, of the place's type ('Northern Rhodesia' →
   * GPE, 'Southern Europe' → LOC).
   */
  private newPlaceType(k: number): EntityType | null {
    const { words, lex } = this;
    const w = words[k].text;
    const fresh = lex.newPlaceWords.has(w);
    // (Not a slogan in quotes: 'promised to build a "New Korea"'.)
    if ((!fresh && !lex.compassPlaceWords.has(w)) || !words[k + 1].name || words[k].possessive || (k > 0 && OPENING_QUOTE.has(words[k - 1].text))) return null;
    const place = lex.lookup(words[k + 1].text);
    if (place === null || (place.type !== 'GPE' && place.type !== 'LOC') || lex.lookup(displayName(words, k, k + 1, this.text, lex)) !== null) return null;
    return fresh ? 'GPE' : place.type;
  }

  /**
   * Whether words [from, to] are a name followed by a title written after it ('Fath Ali Shah'): up
   * to three capitalised words, none a head, title, acronym, word the text writes in lower case, or
   * known name other than a person's.
   */
  private postposedTitle(from: number, to: number): boolean {
    const { words, lex, docLower } = this;
    if (to - from > 3 || !lex.postposedTitles.has(foldOf(words[to])) || !startsUpper(words[to].text)) return false;
    for (let k = from; k < to; k++) {
      const w = words[k];
      if (isConnector(w, lex)) return false;
      const f = foldOf(w);
      // (A particle joined to a name word is one: 'Naser al-Din Shah'.)
      if (!(startsUpper(w.text) || w.name) || isAcronymWord(w.text) || docLower.has(f) || (kindsOf(w, this.kinds) & (KIND.HEAD | KIND.TITLE | KIND.NON_NAME | KIND.NON_ENTITY)) !== 0) return false;
      const known = lex.lookup(w.text);
      if (known && known.type !== 'PERSON') return false;
    }
    return true;
  }

  /**
   * The typing of words [from + 1, to] when word `from` is a nationality or another non-entity word
   * ('Italian', 'Englishman') before two or more words that are a person's name by themselves ('the
   * Italian Pietro Gori', 'the Frenchman Jean Marchand'), else null. Asked only of runs nothing
   * typed whole ('the Chinese Communist Party' has its head).
   */
  private personAfterNationality(from: number, to: number): Typing | null {
    const { words, lex } = this;
    if (to < from + 2 || words[from].possessive || !lex.nonEntityWords.has(foldOf(words[from])) || isConnector(words[from + 1], lex)) return null;
    const typing = this.typeOf(from + 1, to, NO_CUES, displayName(words, from + 1, to, this.text, lex));
    return typing !== null && typing.type === 'PERSON' ? typing : null;
  }

  /**
   * Whether a lower-case noun of an administrative division follows words [from, to] and makes them
   * a GPE ('in the Nookat district'): the name is unknown or a place, its words no head, title,
   * acronym or word the text writes in lower case, and no further noun follows the division's
   * ('the Labour district office').
   */
  private divisionBefore(from: number, to: number): EntityType | null {
    const { words, lex } = this;
    const head = words[to + 1];
    if (head.pos === POS.VERB || words[to].possessive) return null;
    // 'the Kansai region', 'the Gawkadal bridge', 'the Amarnath shrine land': a lower-case noun of a
    // place's kind after an unknown name makes it a LOC, the noun left out (a known name keeps its type).
    if (lex.placeNounsLower.has(head.text)) return this.plainUnknown(from, to) && !(from === to && words[from].initial) ? 'LOC' : null;
    if (!lex.gpeHeadsLower.has(head.text)) return null;
    const after = words[to + 2];
    if (after.pos === POS.NOUN || after.pos === POS.PROPN) return null;
    if (!this.plainUnknown(from, to)) {
      const known = lex.lookup(displayName(words, from, to, this.text, lex));
      return known !== null && known.type === 'GPE' ? 'GPE' : null;
    }
    return 'GPE';
  }

  /**
   * The type a lower-case noun of works gives words [from, to] after 'the', one lower-case modifier
   * maybe between ('the Ursus tractor factory', 'the Wujek colliery': ORG; 'the Kedung Ombo dam':
   * LOC), when the words are an unknown name: none a head, title, acronym, known name or word the
   * text writes in lower case ('the Gdynia shipyard' keeps the city; 'the Iva Valley colliery' its
   * valley); else null.
   */
  private worksBefore(from: number, to: number): EntityType | null {
    const { words, lex } = this;
    if (words[to].possessive || !lex.articles.has(this.lowerAt(from - 1))) return null;
    let h = to + 1;
    const m = words[h];
    if (!lex.worksNouns.has(m.text) && letterCase(m.text, 0) === 2 && (m.pos === POS.NOUN || m.pos === POS.ADJ)) h++;
    const head = words[h];
    const type = lex.worksNouns.get(head.text);
    if (type === undefined || head.pos === POS.VERB) return null;
    // (A person's name alone names the works after the person, and its later mentions would join the
    // works: 'the Lenin shipyard' is left as it was.)
    const f = foldOf(words[from]);
    if (from === to && (lex.personsByShortForm.has(f) || lex.lastNames.has(f) || lex.givenNames.has(f))) return null;
    return this.plainUnknown(from, to) ? type : null;
  }

  /**
   * Whether words [from, to] are two or three unknown capitalised words (no connector) and a known
   * country or other GPE of one word ('Hizbut Tahrir Indonesia'): the name of a branch, as 'Lindqvist
   * Foundation Ghana' is with a head (classify.ts), none of the words a person's by shape.
   */
  private countryBranch(from: number, to: number): boolean {
    const { words, lex } = this;
    if (to - from < 2 || to - from > 4 || words[to].possessive) return false;
    const place = lex.lookup(words[to].text);
    if (place !== null && place.type === 'GPE' && to - from <= 3) {
      let plain = true;
      for (let k = from; k < to; k++) if (isConnector(words[k], lex) || words[k].possessive) plain = false;
      if (plain && this.plainUnknown(from, to - 1) && !personShape(words.slice(from, to), lex, this.docLower)) return true;
    }
    // 'Transparency International Sri Lanka', 'Amnesty International Kenya': a known organisation of
    // two words or more and a country after it, its national chapter (not as a modifier: 'the
    // European Union Sri Lanka deal').
    if (words[to + 1].pos === POS.NOUN && letterCase(words[to + 1].text, 0) === 2) return false;
    for (let p = to; p >= to - 1 && p >= from + 2; p--) {
      if (lex.lookup(displayName(words, p, to, this.text, lex))?.type !== 'GPE') continue;
      for (let k = from; k < p; k++) if (words[k].possessive) return false;
      return lex.lookup(displayName(words, from, p - 1, this.text, lex))?.type === 'ORG';
    }
    return false;
  }

  /** Whether the first preposition in words [i, j] follows a LAW or ORG head word ('Law on …', 'Society for …'). */
  private headBeforePreposition(i: number, j: number): boolean {
    const { words, lex } = this;
    for (let k = i + 1; k <= j; k++) {
      if (!lex.prepositions.has(words[k].text)) continue;
      const head = lex.heads.get(foldOf(words[k - 1]));
      return head === 'LAW' || head === 'ORG';
    }
    return false;
  }

  /**
   * The last word of a name that 'to' or 'in (the)' after word `j` continues, else -1: the capitalised
   * words after it end in a LAW or ORG head within five words ('Right to Information Act', 'Access to
   * Information Law', 'Standards in Public Office Commission', 'Financial Emergency Measures in the
   * Public Interest Act'), or, after 'to' in a law's or organisation's name that already has a preposition
   * after its head, they are plain words ('Law on … and Right to Information'). Not after a complete
   * name of another type, a known name or a title ('the Ministry in Kathmandu', 'Nepal to Public
   * Service Commission'), nor from a sentence's first word the text writes in lower case ('Workers in
   * Garment Union …'), nor 'to' before a head, title or known name ('the Law on NGOs to Parliament').
   */
  private linkedNameEnd(i: number, j: number, sawPreposition: boolean): number {
    const { words, lex, n } = this;
    const link = words[j + 1].text;
    if (link !== 'to' && link !== 'in') return -1;
    let k = j + 2;
    if (link === 'in' && words[k]?.text === 'the') k++;
    if (k >= n || !words[k].name || words[j].possessive) return -1;
    // (A run may open with its article: 'The Right to …'.)
    const f = i < j && lex.articles.has(foldOf(words[i])) ? i + 1 : i;
    // A head before the link ends a name already ('the NGO Act in Parliament', 'the Ministry of Gender in
    // the Office of the President'); only a law's head may stand there, before another law's ('Measures in
    // the … Act').
    const before = lex.heads.get(foldOf(words[j]));
    let open = true;
    for (let h = f; h < j && open; h++) if (lex.heads.has(foldOf(words[h])) || lex.prepositions.has(words[h].text)) open = false;
    if ((before !== undefined && before !== 'LAW') || lex.titles.has(foldOf(words[f]))) return -1;
    if ((words[f].initial && this.docLower.has(foldOf(words[f]))) || (f === j && lex.givenNames.has(foldOf(words[f])))) return -1;
    if (lex.lookup(displayName(words, f, j, this.text, lex)) !== null) return -1;
    let e = k;
    while (e + 1 < n && e - k < 4 && words[e + 1].name && !words[e].possessive) e++;
    let head = -1;
    for (let h = e; h >= k && head < 0; h--) {
      const type = lex.heads.get(foldOf(words[h]));
      if (type === 'LAW' || type === 'ORG') head = h;
    }
    // ('sued Chisso in the Kumamoto District Court', 'a bill in the National Assembly': a court or a
    // legislature after 'in' is where something is done, no part of a name before it.)
    if (head >= 0 && link === 'in' && lex.venueHeads.has(foldOf(words[head]))) return -1;
    if (head >= 0) return open && (before === undefined || lex.heads.get(foldOf(words[head])) === 'LAW') ? head : -1;
    if (link !== 'to' || !sawPreposition || !this.headBeforePreposition(i, j)) return -1;
    for (let h = k; h <= e; h++) if (lex.heads.has(foldOf(words[h])) || lex.titles.has(foldOf(words[h]))) return -1;
    return lex.lookup(displayName(words, k, e, this.text, lex)) === null ? e : -1;
  }

  /** Whether word `j` is a title of nobility with only articles or ordinals before it from word `i` ('The Second Count'). */
  private nobleTitleAt(i: number, j: number): boolean {
    const { words, lex } = this;
    if (!lex.nobleTitles.has(foldOf(words[j])) || !startsUpper(words[j].text)) return false;
    for (let k = i; k < j; k++) if (!this.is(k, KIND.ARTICLE | KIND.ORDINAL)) return false;
    return true;
  }

  /** Whether the capitalised word `k` after a given name and 'the' is an epithet ('Great', 'Conqueror', 'Magnificent'). */
  private epithet(k: number): boolean {
    const { words, lex } = this;
    const w = words[k];
    const f = foldOf(w);
    if (isAcronymWord(w.text) || (kindsOf(w, this.kinds) & (KIND.HEAD | KIND.TITLE | KIND.NON_ENTITY)) !== 0 || lex.lookup(w.text)) return false;
    // ('gave Victoria the Crown Colony': the epithet is one word, no part of a longer name.)
    return w.possessive !== '' || !words[k + 1].name;
  }

  /**
   * The last word of a law's name going on past the bracket at `open` ('(Amendment) Act',
   * '(No. 2) Act', '(Miscellaneous Provisions) Act'), or -1: capitalised words (and 'No.' with a
   * number) in the bracket, then a run of name words ending in a LAW head word.
   */
  private bracketedLawEnd(open: number): number {
    const { words, lex } = this;
    let k = open + 1;
    let inside = 0;
    // ('the Societies (Registration and Control) Ordinance', '(Prevention of Terrorism) Act': a
    // connector between capitalised words inside.)
    while (inside < 6 && (words[k].name || words[k].text === 'No.' || (inside > 0 && (PROVISION_PART.test(words[k].text) || (BRACKET_CONNECTORS.has(words[k].text) && words[k + 1].name))))) {
      k++;
      inside++;
    }
    if (inside === 0 || words[k].text !== ')' || !startsUpper(words[open + 1].text) || !words[k + 1].name) return -1;
    const e = this.plainRunEnd(k + 1);
    return lex.heads.get(foldOf(words[e])) === 'LAW' && startsUpper(words[e].text) ? e : -1;
  }

  /**
   * Whether a preposition joins words [i, j] to the name starting at `k`: not 'China of the 1990s',
   * nor 'the First Republic of Rhee Syngman', nor a common noun that only opens the sentence
   * ('Delegates of the International Labour Organisation met').
   */
  private prepositionJoins(i: number, j: number, k: number): boolean {
    const { words, lex, text } = this;
    // (The tests in order of cost; each one alone can refuse the join.)
    const openerNoun = j === i && words[i].initial && !lex.heads.has(foldOf(words[i])) && !lex.firstHeads.has(foldOf(words[i])) && !lex.officeHeads.has(foldOf(words[i]));
    if (openerNoun || this.complete(i, j)) return false;
    // (The name on the right runs on over particles: 'the Fifth Republic of Charles de Gaulle'.)
    let rightEnd = this.plainRunEnd(k);
    // 'a Clerks’ Association for Indian staff': a nationality alone before a common noun modifies
    // it, and names no part of the organisation ('the Society for African Studies' does).
    if (rightEnd === k && lex.nonEntityWords.has(foldOf(words[k])) && words[k + 1].pos === POS.NOUN && letterCase(words[k + 1].text, 0) === 2) return false;
    while (lex.particles.has(words[rightEnd + 1].text) && words[rightEnd + 2].name) rightEnd = this.plainRunEnd(rightEnd + 2);
    // Not before a person ('the First Republic of Rhee Syngman'), known or by the shape of the name.
    const known = lex.lookup(displayName(words, k, rightEnd, text, lex));
    return !(known ? known.type === 'PERSON' : personShape(words.slice(k, rightEnd + 1), lex, this.docLower));
  }

  /** Whether 'and' joins words [i, j] to the name at `k`: "Ministry of Science and Technology"; "Carpenters and Woodworkers’ Society". */
  private conjunctionJoins(i: number, j: number, k: number, sawPreposition: boolean): boolean {
    const { words, lex, text, docLower } = this;
    const rightEnd = this.plainRunEnd(k);
    // 'Bosnia and Herzegovina', 'Trinidad and Tobago': a gazetteer name with 'and' in it (each part
    // may be a place of its own).
    // ('In Bosnia and Herzegovina …': the name may begin after a sentence's first word.)
    for (let s = i; !sawPreposition && s <= Math.min(j, i + 1); s++) {
      if ((lex.firstWords.get(firstKeyWord(foldOf(words[s]))) ?? 0) < k - s + 1) continue;
      for (let e = rightEnd; e >= k; e--) if (lex.lookup(displayName(words, s, e, text, lex)) !== null) return true;
    }
    // A firm's suffix ends its name whatever comes before it: 'L. Bamberger and Co.'.
    if (k === rightEnd && !sawPreposition && lex.firmSuffixes.has(words[k].text)) return true;
    const rightHead = lex.heads.get(foldOf(words[rightEnd]));
    // Two organisations: 'the Alliance for Civic Action and Mothers of the Square' (a plural of
    // members opening a name before its preposition, not after another: 'Association of Mothers and
    // Fathers of …'), 'the Crisis Coalition and Heal Zimbabwe Trust' (a head on each side, as
    // 'the Press Act and Police Act' are two laws, the right one's words proper names).
    const leftHead = lex.heads.get(foldOf(words[j]));
    if (k === rightEnd && lex.memberHeads.has(foldOf(words[k])) && !lex.memberHeads.has(foldOf(words[j])) && lex.prepositions.has(words[k + 1].text)) return false;
    // (Not where a word before the right head is a common one the text writes in lower case: 'the
    // Spanish Wireless Telegraph and Telephone Corporation'; nor after a preposition: 'Law on
    // Assembly and Political Association'.)
    if (!sawPreposition && leftHead === 'ORG' && rightHead === 'ORG' && j > i && !lex.articles.has(foldOf(words[j - 1])) && rightEnd > k && startsUpper(words[j].text) && startsUpper(words[rightEnd].text) && !this.anyLowerWord(k, rightEnd - 1)) return false;
    // ('Tougaloo College and Jackson State College' where the text named 'Tougaloo College' alone before:
    // the left name is an organisation of its own, even when a word on the right is a common one.)
    if (!sawPreposition && leftHead === 'ORG' && rightHead === 'ORG' && j > i && rightEnd > k && startsUpper(words[j].text) && startsUpper(words[rightEnd].text) && this.metBefore(displayName(words, i, j, text, lex), 'ORG')) return false;
    if (sawPreposition) {
      // After a preposition inside an organisation's name ('Society for Education and Mutual Aid'),
      // or before common words ('Commerce and Labor'); not in a list of places ('Isle of Wight and Bournemouth').
      if (rightHead !== 'ORG' && !this.inOrgName(i, j) && !this.anyLowerWord(k, rightEnd)) return false;
    } else {
      // Before a law's head, as before an organisation's: 'Churches and Religious Communities Law',
      // 'Assemblies and Processions Act' (the subject matter of a law is often two nouns). Not after
      // a law's head: 'the Press Act and Police Act' are two laws.
      // ('the Charities and Societies Proclamation No. 621/2009': a head that names a law with its number.)
      const lawAfterTopic = (rightHead === 'LAW' || (lex.numberedLawHeads.has(foldOf(words[rightEnd])) && this.numberedLawEnd(rightEnd) > rightEnd)) && startsUpper(words[rightEnd].text) && lex.heads.get(foldOf(words[j])) !== 'LAW';
      // 'the Law and Order (Maintenance) Act': a topic of two nouns before a bracketed part and a
      // law's head (the first noun may be 'Law' itself when it stands alone).
      if (!lawAfterTopic && words[rightEnd + 1].text === '(' && (i === j || lex.heads.get(foldOf(words[j])) !== 'LAW') && this.bracketedLawEnd(rightEnd + 1) > rightEnd) return true;
      if (rightHead !== 'ORG' && !lawAfterTopic) return false;
    }
    // Neither side may be a name of its own (asked last: these look names up).
    const rightKnown = lex.lookup(displayName(words, k, rightEnd, text, lex)) !== null || personShape(words.slice(k, rightEnd + 1), lex, docLower) || this.opensWithOrg(k, rightEnd);
    return !rightKnown && !(lex.lookup(displayName(words, i, j, text, lex)) !== null || this.complete(i, j));
  }

  /** Whether an earlier mention of the document has the display name `name` and the type `type`. */
  private metBefore(name: string, type: EntityType): boolean {
    for (const m of this.out) if (m.typing?.type === type && m.name === name) return true;
    return false;
  }

  /**
   * Whether words [k, e] open with a gazetteer organisation of two words or more and go on after it
   * ('Transparency International Sri Lanka', a national chapter): a name of its own, which 'and' joins to nothing.
   */
  private opensWithOrg(k: number, e: number): boolean {
    const { words, lex, text } = this;
    for (let m = k + 1; m < e; m++) if (lex.lookup(displayName(words, k, m, text, lex))?.type === 'ORG') return true;
    return false;
  }

  /** Whether the word before the first preposition in words [i, j] (not word i) is an ORG, LAW or EVENT head ('Society for …'). */
  private inOrgName(i: number, j: number): boolean {
    const { words, lex } = this;
    let prep = i;
    while (prep <= j && !lex.prepositions.has(words[prep].text)) prep++;
    if (prep === i || prep > j) return false;
    const head = lex.heads.get(foldOf(words[prep - 1]));
    return head === 'ORG' || head === 'LAW' || head === 'EVENT';
  }

  /** Whether one of words [k, e] is written in lower case elsewhere in the text. */
  private anyLowerWord(k: number, e: number): boolean {
    for (let m = k; m <= e; m++) if (this.docLower.has(foldOf(this.words[m]))) return true;
    return false;
  }

  /** Whether words [from, to] already form a complete place or person, so 'of' must not join. */
  private complete(from: number, to: number): boolean {
    const { words, lex } = this;
    const name = displayName(words, from, to, this.text, lex);
    const entry = lex.lookup(name);
    if (entry && (entry.type === 'GPE' || entry.type === 'PERSON' || entry.type === 'LOC')) return true;
    const slice = words.slice(from, to + 1);
    // A title makes a person of what follows it ('Professor Pun Ngai of Hong Kong Polytechnic University').
    let t = 0;
    while (t < slice.length && (lex.titles.has(foldOf(slice[t])) || (t === 0 && (lex.nonEntityWords.has(foldOf(slice[t])) || this.ordinalTitle(from))))) t++;
    // ('Communist Party of Chile': 'Party' is a title word, 'Party General Secretary', but as the last
    // word an organisation's head, which 'of' may carry on.)
    // ('Commissioner for Human Rights': a title that is also an office's head, likewise.)
    if (t > 0 && t === slice.length && (lex.heads.get(foldOf(slice[t - 1])) === 'ORG' || (t === 1 && lex.officeHeads.has(foldOf(slice[0]))))) return false;
    // ('the Supreme Court of Tajikistan', 'the General Federation of Bahrain Trade Unions', 'the State
    // Committee for National Security': a title word modifying an organisation's head names a body,
    // no person, and 'of' or 'for' carries on.)
    // ('the General Directorate on the Status of Women': the head may stand before an earlier preposition.)
    for (let h = t; t > 0 && h < slice.length; h++) if (lex.heads.get(foldOf(slice[h])) === 'ORG' && startsUpper(slice[h].text)) return false;
    if (t > 0 && (t === slice.length || lex.titles.has(foldOf(slice[t - 1])))) return true;
    return personShape(slice.filter((w) => !isConnector(w, lex)), lex, this.docLower);
  }

  /**
   * Whether a possessive stays inside the name: plural possessives ('Workers’ Club'), listed words
   * ('Women’s', 'People’s') and common nouns the text also writes in lower case ('Worker’s Central').
   */
  private joinsPossessive(w: Word): boolean {
    if (w.possessive === "'") return true;
    const f = foldOf(w);
    // "the Special Prosecutor's Office", "the President's Office": an office's holder names its office.
    if (this.lex.officeHeads.has(f) || (this.lex.titles.has(f) && startsUpper(w.text) && f !== 'party' && f !== 'state')) return true;
    return this.lex.possessiveJoiners.has(f) || this.docLower.has(f) || this.docLower.has(`${f}s`);
  }

  /**
   * Whether the possessive word at `j` names a law with the head after it: 'Rose's Act of 1793',
   * 'Peel's Act', 'Gilbert's Acts' (a person's name, or a name nothing knows; not a place's or an
   * organisation's: 'China's Law on Overseas NGOs' is China's, and a law of its own).
   */
  private namesLaw(j: number): boolean {
    const { words, lex } = this;
    const head = words[j + 1];
    if (!head || !startsUpper(head.text) || !LAW_POSSESSED_HEADS.has(head.text) || isAcronymWord(words[j].text)) return false;
    const known = lex.lookup(words[j].text);
    return known === null || known.type === 'PERSON';
  }

  /** Last index of the plain run of name words starting at `k` (possessives of joiners included). */
  private plainRunEnd(k: number): number {
    const { words, n } = this;
    let e = k;
    while (e + 1 < n && words[e + 1].name && (!words[e].possessive || this.joinsPossessive(words[e]))) e++;
    return e;
  }

  /**
   * {@link classify} of words [from, to] written `name`, memoised per document: a name and its cues
   * decide the answer, and names repeat ('China' forty times).
   */
  private typeOf(from: number, to: number, cues: Cues, name: string): Typing | null {
    const bits = +cues.title | (+cues.person << 1) | (+cues.work << 2) | (+cues.org << 3) | (+cues.place << 4) | (+cues.periodical << 5);
    const memo = (this.ctx.memo[bits] ??= new Map());
    const known = memo.get(name);
    if (known !== undefined) return known;
    const typing = classify(this.words.slice(from, to + 1), name, this.lex, this.docLower, cues);
    memo.set(name, typing);
    return typing;
  }

  /** Trims, extends, types and emits the run of words [runStart, runEnd]. */
  private handleRun(runStart: number, runEnd: number): void {
    const { words, lex, text } = this;
    let from = runStart;
    let to = runEnd;
    const initial = words[from].initial;
    // 'Law No. 8 of 1985 on Social Organisations', 'General Order No. 1': a law's head with its number.
    const numbered = this.numberedLawEnd(runEnd);
    // Sentence-initial capitals: 'However', 'This', 'Working conditions…', 'Labour NGOs were…'.
    // 'Solidarity' where the text also writes 'solidarity' is left untyped: it is the union only
    // where the text names it so elsewhere (grouping joins it then).
    let untyped = false;
    if (initial) {
      const capital = this.positional(from, to);
      // ('Law No. 16 of 2001 on Foundations brought …': the capital before a law's number is the law's.)
      if (capital === POSITIONAL && !(numbered > runEnd && !CLOSED_POS.has(words[from].pos))) from++;
      else if (capital === AMBIGUOUS) untyped = true;
      if (from > to) return this.noteList(runEnd, null);
    }
    // 'The U.S. Patent Office': a capitalised article is no part of a name, except in a gazetteer
    // name ('The Hague') or a title ('the journal The Electrician'); inside a sentence it opens a
    // title ('Thompson published The Making of the English Working Class').
    let titleArticle = false;
    if (from < to && this.is(from, KIND.ARTICLE)) {
      const prevWord = this.lowerAt(from - 1);
      const workCue = lex.workCues.has(prevWord) || (lex.articles.has(prevWord) && lex.workCues.has(this.lowerAt(from - 2)));
      if (!workCue && !lex.lookup(displayName(words, from, to, text, lex))) {
        if (this.opensTitle(from, to)) titleArticle = true;
        else from++;
      }
    }
    // 'the Delta' after 'the Niger Delta': the place's head alone names the place met before.
    if (from === to && !titleArticle && this.ctx.shortForms.size > 0 && this.shortFormOf(from)) return;
    // 'de Gaulle’s', 'van Gogh': a lone unknown word after a name particle is named with it.
    if (!titleArticle && from === to && from === runStart && this.particleBefore(from)) from--;
    // 'the First Republic', 'the Fourth Republic': a regime, no place.
    if (to === from + 1 && this.is(from, KIND.REGIME_ORDINAL) && this.is(to, KIND.REGIME_HEAD)) return this.noteList(runEnd, null);
    // 'O Século', 'A Batalha': a capitalised article of another language the run left out (a lone
    // capital letter is no name word) opens the title when it stands inside the sentence.
    // (Not in capitals, where 'A' is the English article: 'A STATE OF SIEGE'.)
    if (!titleArticle && from === runStart && from > 0 && lex.titleArticleFirsts.mayHold(words[from - 1].text) && lex.titleArticles.has(words[from - 1].text) && !words[from - 1].initial && !this.afterBreak(from - 1) && !capsWord(words[from]) && !this.shouting()) from--;
    const cues = titleArticle ? WORK_TITLE : this.cuesBefore(from);

    // Extensions after the run.
    let typing: Typing | null = null;
    if (titleArticle) {
      to = this.titleEnd(to);
      typing = { type: 'WORK', strength: 2, entry: null, via: 'work-cue' };
    } else if (!words[to].possessive) {
      // 'the Wenchuan earthquake', 'the Sewol ferry disaster', 'the Baltic coast'.
      const head = this.lowerHeadAt(from, to);
      if (head > to) {
        const entry = lex.lookup(displayName(words, from, head, text, lex));
        if (entry) typing = { type: entry.type, strength: 3, entry, via: 'gazetteer' };
        // 'Mass strikes', 'General strikes': a sentence's first word is a name only if known, or
        // capitalised inside as no common word is ('EndSARS protests').
        else if (from === to && words[from].initial && !INNER_CAPITAL.test(words[from].text) && !lex.lookup(displayName(words, from, to, text, lex))) untyped = true;
        else if (lex.locHeadsLower.has(words[head].text)) typing = { type: 'LOC', strength: 2, entry: null, via: 'place-head' };
        else typing = { type: 'EVENT', strength: 2, entry: null, via: 'event-head' };
        to = head;
      }
    }
    // ('the pamphlet Tin and Blood: A History of …': a work's title runs on over its small words.)
    if (cues.work && !typing && !untyped && !cues.periodical) to = this.titleEnd(to);
    if (cues.work && words[to + 1].text === ':' && startsUpper(words[to + 2].text)) to = this.subtitleEnd(to);
    // A numbered law is read whole, a title word with it ('General Order No. 1'), and the scan goes on after it.
    if (!typing && !untyped && !titleArticle && numbered > to) {
      typing = { type: 'LAW', strength: 2, entry: null, via: 'numbered-law' };
      to = numbered;
      this.consumed = numbered;
      runEnd = numbered;
    }

    // Titles: 'President Xi Jinping' → Xi Jinping, unless the whole run is a name ('General Assembly').
    let nameFrom = from;
    let nameText: string | null = null;
    if (!typing && !untyped) {
      nameText = displayName(words, from, to, text, lex);
      const full = this.typeOf(from, to, cues, nameText);
      const noble = full && full.strength >= 2 ? -1 : this.nobleStart(from, to);
      if (full && (full.via === 'gazetteer' || full.via === 'head' || full.via === 'work-cue')) typing = full;
      // 'the second Count of Floridablanca': the title stays in the person's name (an ordinal does not).
      else if (noble >= 0) {
        from = nameFrom = noble;
        nameText = displayName(words, from, to, text, lex);
        typing = { type: 'PERSON', strength: 2, entry: null, via: 'noble-title' };
      } else {
        nameFrom = this.afterTitles(from, to);
        if (nameFrom > to) return this.noteList(runEnd, null);
        if (nameFrom > from) {
          if (isConnector(words[nameFrom], lex)) return this.noteList(runEnd, null);
          nameText = displayName(words, nameFrom, to, text, lex);
          typing = this.typeOf(nameFrom, to, { title: true, person: cues.person, work: cues.work, org: cues.org, place: cues.place, periodical: cues.periodical }, nameText);
        } else typing = full;
      }
    }
    // 'New Granada', 'Nueva Galicia': a new place named after a known one, not the old place.
    // 'Northern Rhodesia', 'Upper Egypt': a part of a known place named by a compass point, likewise.
    if ((!typing || typing.strength < 2) && !untyped && to === nameFrom + 1) {
      const place = this.newPlaceType(nameFrom);
      if (place !== null) typing = { type: place, strength: 2, entry: null, via: 'new-place' };
    }
    // 'Fath Ali Shah', 'Ibrahim Pasha': a title written after the name.
    if (!typing && !untyped && to > nameFrom && this.postposedTitle(nameFrom, to)) typing = { type: 'PERSON', strength: 2, entry: null, via: 'postposed-title' };
    // 'the Italian Pietro Gori', 'the Frenchman Jean Marchand': a nationality before a person's name is no part of it.
    if (!typing && !untyped && nameFrom === from) {
      typing = this.personAfterNationality(from, to);
      if (typing !== null) {
        from = nameFrom = from + 1;
        nameText = null;
      }
    }
    // 'in the Nookat district': a division's noun after an unknown name makes it a GPE (the noun stays out).
    if (!typing && !untyped) {
      const division = this.divisionBefore(nameFrom, to);
      if (division !== null) typing = { type: division, strength: 2, entry: null, via: 'place-head' };
    }
    // 'the Ursus tractor factory', 'at the Wujek colliery': an unknown name before a noun of works names the works, an ORG (the noun stays out).
    // 'the Kedung Ombo dam': a dam or reservoir is a place (LOC), likewise.
    if (!typing && !untyped && nameFrom === from) {
      const works = this.worksBefore(from, to);
      if (works !== null) typing = { type: works, strength: 1, entry: null, via: 'works-head' };
    }
    // 'in the Bogside', 'to the Waterside', 'at the Guildhall': one unknown word of a place's compound
    // shape after a place's preposition and 'the' names a district or landmark (placeCompounds).
    if (!typing && !untyped && nameFrom === to && from === runStart && this.placeCompoundAt(to)) typing = { type: 'LOC', strength: 1, entry: null, via: 'place-compound' };
    // 'Under Reagan, …', 'the Obama administration': a leader named in an era expression.
    if (!typing && !untyped && nameFrom === to && this.leaderFrame(nameFrom, to)) typing = { type: 'PERSON', strength: 1, entry: null, via: 'leader-frame' };
    // 'under Sani Abacha', 'the government of Murtala Mohammed', 'Frank Kokori, the general secretary'.
    if (!typing && !untyped && this.personFrame(nameFrom, to)) typing = { type: 'PERSON', strength: 1, entry: null, via: 'person-frame' };
    // 'Marsinah, a young worker who had led a strike, …': one unknown word before a role apposition closed by 'who'.
    if (!typing && !untyped && nameFrom === to && words[to + 1].text === ',' && !words[to].possessive && this.plainUnknown(to, to) && this.roleApposition(words[to + 1].cleanEnd, true)) {
      typing = { type: 'PERSON', strength: 1, entry: null, via: 'person-frame' };
    }
    // 'Temüjin was born near the Onon', 'Ahmad Shah Durrani died in 1772': what only a person's life has.
    if (!typing && !untyped && this.personVerbAfter(nameFrom, to, lex.personVerbs)) typing = { type: 'PERSON', strength: 1, entry: null, via: 'person-verb' };
    // 'Sok Chan said', 'Bo Rith seized power', 'Lim Dara, who …': what a person does, after two or
    // three unknown capitalised words (one word may be an agency or a paper: 'Reuters said').
    // Also after a role noun, singular or plural, and a comma: 'two prime ministers, Chea Dara and …'.
    if (!typing && !untyped && to > nameFrom && (this.personVerbAfter(nameFrom, to, lex.personActs) || (((words[to + 1].text === ',' && WHO.has(words[to + 2].text)) || this.roleBeforeComma(nameFrom)) && this.personVerbAfter(nameFrom, to, null)))) {
      typing = { type: 'PERSON', strength: 1, entry: null, via: 'person-act' };
    }
    // 'as Hamza Meddeb and Amel Boubekeur have argued', 'Václav Havel, Jan Patočka and …': two or three
    // unknown plain words coordinated with the person named right before them are a person too.
    if (!typing && !untyped && to > nameFrom && to - nameFrom <= 2 && this.personListBefore(nameFrom) && this.plainUnknown(nameFrom, to)) typing = { type: 'PERSON', strength: 1, entry: null, via: 'person-list' };
    // 'Abiy Ahmed became prime minister', 'Nasser became president': only a person becomes an officer.
    if (!typing && !untyped && this.becameOfficer(to) && this.personVerbAfter(nameFrom, to, null)) typing = { type: 'PERSON', strength: 1, entry: null, via: 'person-act' };
    // 'Le Monde reported', 'printed in Die Zeit': a short unknown name opened by a capitalised article of
    // another language (a gazetteer place wins: 'La Paz') is a periodical's title: ORG (ANNOTATION.md
    // lists journals under ORG). At a sentence's start only before a periodical's verb.
    // 'O' is also English's vocative ('playing O Holy Night'): it opens a periodical only before such a
    // verb or after a periodical's noun. Not in quotes ('squats like "El Ateneo"' are no periodicals),
    // and after 'author of' the title is a work's ('author of La Casa Vacía').
    if (!typing && !untyped && from < to && lex.titleArticleFirsts.mayHold(words[from].text) && lex.titleArticles.has(words[from].text) && this.plainUnknown(from + 1, to) && !this.afterBreak(from)) {
      const verb = lex.periodicalVerbs.has(words[to + 1].text);
      // ('reported by O Diário': after a preposition English has no vocative.)
      const free = !words[from].initial && (!lex.vocativeArticles.has(words[from].text) || (lex.vocativeTitleArticles.has(words[from].text) && lex.vocativeTitlePrepositions.has(this.lowerAt(from - 1))));
      if (verb || free) typing = this.workOfTitle(from) ? { type: 'WORK', strength: 1, entry: null, via: 'title-article' } : { type: 'ORG', strength: 1, entry: null, via: 'title-article' };
    }
    // 'the Ponte Diário, a daily of the capital': an apposition naming a periodical; 'the Zemlya, an
    // underground party founded in …': one naming an organisation, when nothing else typed the name.
    if ((!typing || typing.via === 'work-cue') && !untyped) {
      const apposed = this.appositionAfter(nameFrom, to);
      if (apposed === APPOSED_PERIODICAL) typing = { type: 'ORG', strength: 2, entry: null, via: 'work-cue' };
      else if (apposed === APPOSED_ORG && !typing) typing = { type: 'ORG', strength: 1, entry: null, via: 'org-apposition' };
      else if (apposed === APPOSED_PLACE && !typing) typing = { type: 'GPE', strength: 1, entry: null, via: 'place-apposition' };
    }
    // 'The Standard newspaper', 'the Taifa newspaper': a name right before a periodical's noun in the
    // singular is the periodical, an ORG (ANNOTATION.md lists journals under ORG), also where a capitalised
    // 'The' took it for a work's title; not a person's ('the Murdoch newspaper') nor a known name.
    if (!untyped && (typing === null || (typing.type === 'WORK' && typing.entry === null)) && this.periodicalNounAfter(nameFrom, to)) typing = { type: 'ORG', strength: 2, entry: null, via: 'work-cue' };
    // 'Bina Swadaya, founded in 1967, trained …', 'İkdam, founded in 1894, became …', 'Público, launched
    // in 1990, competed …': what is founded or launched in a year is an organisation (a periodical is one).
    // (Not after 'of', where the noun before was founded: 'the guild of Marin, founded in 1965'; nor after
    // a noun of policies: 'the programme Argentina Trabaja, launched in 2009'.)
    if (!typing && !untyped && this.foundedAfter(to) && this.lowerAt(from - 1) !== 'of' && !lex.acronymTermHeads.has(this.lowerAt(from - 1))) typing = { type: 'ORG', strength: 1, entry: null, via: 'founded' };
    // 'the 1961 Constitution', 'the Constitution of 1948': a law's head alone, dated, names that law
    // (not after 'a'/'an': 'Created by an Act of 1990' names none).
    if (!typing && !untyped && nameFrom === to && this.is(to, KIND.LAW_HEAD) && startsUpper(words[to].text) && !words[to].possessive) {
      if (this.ofDateAfter(to) > 0 && (from === 0 || !words[from - 1].name || lex.articles.has(foldOf(words[from - 1]))) && !this.indefiniteBefore(from)) typing = { type: 'LAW', strength: 2, entry: null, via: 'dated-law' };
      // (The year after a determiner: 'the 1961 Constitution', 'its 1933 Constitution'; not 'in 1990 Constitution
      // Day', nor the tail of a longer name the scan cut: 'Co-ordination Act of 1990'.)
      else if (from === runStart && from > 1 && YEAR.test(words[from - 1].text) && DETERMINERS.has(this.lowerAt(from - 2))) {
        typing = { type: 'LAW', strength: 2, entry: null, via: 'dated-law' };
        from = nameFrom = from - 1;
        nameText = null;
      }
    }
    // 'the October Manifesto', 'the May Laws of 1882': an act of state named by its month after a
    // determiner (a month is no name word, so the run holds the head alone; 'in May Laws were passed'
    // names none).
    if ((!typing || typing.via === 'head' || typing.via === 'dated-law') && !untyped && from === to && from === runStart && from > 1 && this.is(to, KIND.MONTH_LAW_HEAD) && lex.lawMonths.has(words[from - 1].text) && DETERMINERS.has(this.lowerAt(from - 2)) && startsUpper(words[to].text) && !words[to].possessive) {
      typing = { type: 'LAW', strength: 2, entry: null, via: 'month-law' };
      from = nameFrom = from - 1;
      nameText = null;
    }
    // 'the October Revolution', 'the May Fourth Movement', 'the February 28 Incident': an event named
    // by its date, after a determiner (a month is no name word, nor are figures: the run starts after them).
    if ((!typing || typing.via === 'head') && !untyped && from === runStart && this.is(to, KIND.MONTH_EVENT_HEAD) && !words[to].possessive) {
      const month = this.eventMonthBefore(from, to);
      if (month >= 0) {
        typing = { type: 'EVENT', strength: 2, entry: null, via: 'month-event' };
        from = nameFrom = month;
        nameText = null;
      }
    }
    // 'the February 5 Collective', 'the 18 October Collective for Rights and Freedoms': a group named by
    // its day, after a determiner (the run starts after the figures and the month), an organisation.
    // (A head alone is typed by nothing but an apposition: 'the February 5 Collective, an alliance of …'.)
    if ((!typing || typing.via === 'head' || typing.via === 'org-apposition') && !untyped && from === runStart && lex.monthOrgHeads.has(words[from].text) && !words[from].possessive) {
      const day = this.orgDayBefore(from);
      if (day >= 0) {
        typing = { type: 'ORG', strength: 2, entry: null, via: 'month-org' };
        from = nameFrom = day;
        nameText = null;
      }
    }
    // 'the Twentieth Party Congress', 'the 20th Party Congress': one session of the body, an event.
    if (typing !== null && typing.via === 'head' && typing.type === 'ORG') {
      const session = this.sessionStart(nameFrom, to);
      if (session >= 0) {
        typing = { type: 'EVENT', strength: 2, entry: null, via: 'session' };
        from = nameFrom = session;
        nameText = null;
      }
    }
    // "Act of 1912", "Law of 2016".
    // "Law of 1 July 1901": a law's head alone is named by the day the law was passed (a law with a
    // name of its own keeps it: 'the Temporary Rules on Societies and Unions of 4 March 1906').
    const dated = typing !== null && typing.type === 'LAW' ? this.ofDateAfter(to, typing.via === 'dated-law') : 0;
    let lawYear = dated > 0;
    if (lawYear) to += dated;
    // "Security Laws (Amendment) Act 2014", "Constitution of Kenya 2010": a year right after a law's
    // name, Commonwealth style (not the start of a range: 'the Law 2008–2012').
    else if (typing !== null && typing.type === 'LAW' && YEAR.test(words[to + 1].text) && !DASHES.has(words[to + 2].text) && !words[to].possessive) {
      lawYear = true;
      to += 1;
    }
    // "the Societies Registration Act, 1860": the year after a comma, as Indian and other Commonwealth
    // statutes are cited, is part of the name (two laws of the same words and years apart are two laws).
    // Only after a name with words before its head ('passed the Act, 1998 saw …' is two clauses), and
    // not where the year opens a range or a list ('The new Act, 2011 to 2020'; lawYearRangeWords).
    else if (typing !== null && typing.type === 'LAW' && to > nameFrom && words[to + 1].text === ',' && YEAR.test(words[to + 2].text) && !words[to].possessive && !this.yearGoesOn(to + 2)) {
      lawYear = true;
      to += 2;
    }

    // Citations: names in '(Howell 2003)' or 'Lee and Shen (2011)' belong to the citation.
    const cleanStart = words[from].cleanStart;
    // ('Nicholas I.' at a sentence's end: the full stop is no part of the name.)
    const stop = to > from && isRegnalStop(words[to].text);
    const cleanEnd = words[to].cleanEnd - (stop ? 1 : 0);
    if (this.ctx.inCitation(cleanStart, cleanEnd)) return this.noteList(runEnd, null);
    // A law is no cited author: a year in brackets after it dates it ('the Law on Trade Unions (2012)').
    if ((!typing || typing.strength < 3) && typing?.type !== 'LAW' && this.citedNow(words).size > 0 && rangeHas(this.cited, from, to)) return this.noteList(runEnd, null);

    const defines = words[to + 1].text === '(' && words[to + 3].text === ')' && isAcronymWord(words[to + 2].text) && !words[to].possessive
      ? { text: words[to + 2].text, cleanStart: words[to + 2].cleanStart, cleanEnd: words[to + 2].cleanEnd }
      : null;
    let contentCount = 0;
    let firstContent = words[nameFrom];
    for (let k = nameFrom; k <= to; k++) {
      if (isConnector(words[k], lex)) continue;
      if (contentCount++ === 0) firstContent = words[k];
    }
    let single = contentCount === 1;
    // "Act of 1912" moved the end: the name is computed again then.
    let name = nameText !== null && !lawYear ? nameText : displayName(words, nameFrom, to, text, lex);
    if (stop) name = name.slice(0, -1);
    // 'Julius and Ethel Rosenberg', 'Sidney and Beatrice Webb': a given name alone before 'and' and a
    // person's full name shares the family name (the mention stays the given name; a cue may have typed
    // the given name a person already: 'edited by Clara and Hans Kramer').
    if (single && !untyped && (!typing || (typing.type === 'PERSON' && typing.strength < 3))) {
      const family = this.sharedFamilyName(nameFrom, to);
      if (family !== null) {
        typing = SHARED_FAMILY;
        name = `${name} ${family}`;
        single = false;
      }
    }

    // 'the Labor government', 'Labour's Wayne Goss': a party's one-word name, no entity alone, in political context.
    if (!typing && !untyped && single && nameFrom === to && this.is(to, KIND.PARTY) && (words[to].possessive ? words[to + 1].name : lex.partyContextNouns.has(words[to + 1].text))) {
      typing = { type: 'ORG', strength: 2, entry: null, via: 'party-context' };
    }
    // Names a weak or no typing leaves to their frame: a demonym ('Sierra Leonean'), a name given by
    // 'known as', a place that only opens an unknown name ('the Caribbean Chain'); see {@link unnamedRun}.
    if ((!typing || typing.strength < 2) && !untyped && !defines) {
      const late = this.unnamedRun(from, nameFrom, to, typing, single);
      if (late === DROP) return this.noteList(runEnd, null);
      if (late !== null) typing = late;
    }
    // 'the Reform Movement of Lithuania, better known as Sąjūdis', 'the Estonian Popular Front
    // (Rahvarinne)': another name of the name right before, an alias of it (grouped as an acronym is).
    // ('rioting in Jakarta, known as Malari': the noun before the naming phrase has named it already.)
    if ((!typing || (typing.strength < 2 && typing.via !== 'named-as')) && !untyped && !defines && nameFrom === from && to - from <= 4) {
      const named = this.namedBefore(from, to, typing);
      if (named !== null) {
        this.ctx.definitions.push({ ...named, defines: { text: name, cleanStart, cleanEnd } });
        return this.noteList(runEnd, null);
      }
    }
    // An unknown run may hold known names: 'Hong Kong NGOs', 'Given Hong Kong’s…'.
    // 'to dissolve Hizbut Tahrir Indonesia': two or more unknown words before a country are the name of its
    // branch, an organisation, not the country.
    if (!typing && !untyped && !single && this.countryBranch(nameFrom, to)) typing = { type: 'ORG', strength: 1, entry: null, via: 'country-branch' };
    if (!typing && !single && !defines && this.emitKnownParts(nameFrom, to)) return this.noteList(runEnd, null);
    const mention: RawMention = {
      sentence: this.sentence,
      cleanStart,
      cleanEnd,
      name,
      typing,
      single,
      acronym: single && (isAcronymWord(firstContent.text) || (mayBeCapitals(firstContent.text, 9, 10) && LONG_CAPS.test(firstContent.text))),
      defines,
      parts: single && firstContent.parts && firstContent.parts.length > 1 ? firstContent.parts : null,
      list: -1,
      initial: initial && from === runStart,
      indefinite: typing !== null && typing.type === 'LAW' && this.indefiniteBefore(from),
      acronymUse: !typing && from === to && from === nameFrom ? this.acronymUse(from) : 0,
    };
    this.out.push(mention);
    if (defines) this.ctx.definitions.push(mention);
    if (typing !== null && !single && to > nameFrom && ((typing.type === 'LOC' && lex.shortFormHeads.has(words[to].text)) || (typing.type === 'ORG' && lex.orgShortFormHeads.has(words[to].text)))) this.ctx.shortForms.set(words[to].text, mention);
    this.noteList(runEnd, mention);
  }

  /**
   * The mention whose other name words [from, to] are, or null: the mention ends right before ', known
   * as' (an alias adverb maybe before 'known') or right before the bracket that holds words [from, to]
   * alone; it is typed, in this sentence, and no person when the bracket follows it (an affiliation:
   * 'Ivan Petrov (Memorial)'); the words are no acronym in brackets (it defines one), nor a person's
   * name after another type's. `typing` is the words' own weak typing, if any.
   */
  private namedBefore(from: number, to: number, typing: Typing | null): RawMention | null {
    const { words, lex } = this;
    if (from < 2) return null;
    let k = from - 1;
    const bracket = words[k].text === '(' && words[to + 1].text === ')';
    if (bracket) {
      // ('the Communist Party of Nepal (Maoist)': an ideology in brackets qualifies the name, no alias.)
      if (from === to && (isAcronymWord(words[from].text) || lex.nonEntityWords.has(foldOf(words[from])))) return null;
      k--;
    } else {
      if (this.lowerAt(k) !== 'as' || this.lowerAt(k - 1) !== 'known') return null;
      k -= 2;
      if (lex.aliasAdverbs.has(this.lowerAt(k))) k--;
      if (k < 1 || words[k].text !== ',') return null;
      k--;
    }
    const last = this.out.length > 0 ? this.out[this.out.length - 1] : null;
    if (last === null || last.typing === null || last.sentence !== this.sentence || k < 0 || last.cleanEnd !== words[k].cleanEnd) return null;
    if (bracket && last.typing.type === 'PERSON') return null;
    if (typing !== null && typing.type === 'PERSON' && last.typing.type !== 'PERSON') return null;
    // ('a house in Nairobi, known as Kiambu': a place after a preposition is no noun the naming is of.)
    if (last.typing.type !== 'GPE' && last.typing.type !== 'LOC') return last;
    let first = k;
    while (first > 0 && words[first].cleanStart > last.cleanStart) first--;
    if (this.lowerAt(first - 1) === 'the') first--;
    if (ALIAS_PREPOSITIONS.has(this.lowerAt(first - 1))) return null;
    return last;
  }

  /**
   * The family name word `at` shares with the person named after 'and' ('Rosenberg' for 'Julius' in
   * 'Julius and Ethel Rosenberg'), or null: word `at` is a known given name, known as nothing else
   * and never written in lower case, and 'and' is followed by two or three words with a person's
   * shape, a known given name first.
   */
  private sharedFamilyName(at: number, to: number): string | null {
    const { words, lex, docLower } = this;
    if (at !== to || words[to + 1].text !== 'and' || words[at].possessive || !words[to + 2].name) return null;
    const f = foldOf(words[at]);
    if (!lex.givenNames.has(f) || !lex.givenNames.has(foldOf(words[to + 2])) || docLower.has(f)) return null;
    const k = to + 2;
    const e = this.plainRunEnd(k);
    if (e - k < 1 || e - k > 2 || lex.lookup(words[at].text) !== null || !personShape(words.slice(k, e + 1), lex, docLower)) return null;
    return displayName(words, e, e, this.text, lex);
  }

  /**
   * Whether the sentence-initial word `from` is capitalised only by position (POSITIONAL): a
   * closed-class word ('However', 'This'), or a word the text also writes in lower case ('Working
   * conditions…', 'Labour NGOs were…') unless the run is a name on good evidence (NAME). A one-word
   * gazetteer name the text also writes in lower case is AMBIGUOUS ('Solidarity', 'solidarity').
   */
  private positional(from: number, to: number): number {
    const w = this.words[from];
    if (CLOSED_POS.has(w.pos)) return POSITIONAL;
    if (!this.docLower.has(foldOf(w))) return NAME;
    // 'New Granada sent …': 'new' is also written in lower case, but before a known place it names one.
    if (to === from + 1 && this.newPlace(from)) return NAME;
    const full = this.typeOf(from, to, NO_CUES, displayName(this.words, from, to, this.text, this.lex));
    if (!(full && full.strength >= 2)) return POSITIONAL;
    // A one-word gazetteer name the text also writes in lower case ('Solidarity' and 'solidarity'):
    // a name only before an organisation noun ('Solidarity union') or where the text names it so.
    if (from === to && full.via === 'gazetteer' && !this.lex.orgCues.has(this.words[to + 1].text)) return AMBIGUOUS;
    return NAME;
  }

  /**
   * The index of a lower-case event or place head after words [from, to] ('the Honda strikes',
   * 'the Sewol ferry disaster', 'the Baltic coast'), past up to two event modifiers; else -1.
   * Not after a demonym alone ('Chinese protests'), and a place head not after a known country,
   * city, organisation or person ('the Guangdong coast' keeps Guangdong).
   */
  private lowerHeadAt(from: number, to: number): number {
    const { words, lex } = this;
    const kinds = lex.lowerHeadKinds;
    let h = to + 1;
    const kind = kinds.get(words[h].text) ?? 0;
    // (Most names have none of the three after them.)
    if (kind === 0) return -1;
    const event = (kind & LOWER_HEAD.EVENT) !== 0;
    const place = !event && (kind & LOWER_HEAD.PLACE) !== 0;
    if (!event && !place) {
      while (h <= to + 2 && ((kinds.get(words[h].text) ?? 0) & LOWER_HEAD.EVENT_MODIFIER) !== 0) h++;
      if (h === to + 1 || ((kinds.get(words[h].text) ?? 0) & LOWER_HEAD.EVENT) === 0) return -1;
    }
    const head = words[h];
    // ('the Iva Valley shooting at Enugu': a head in -ing the tagger took for a verb is the noun
    // when a preposition or punctuation follows it, no object.)
    if ((head.pos === POS.VERB || head.pos === POS.AUX) && !(event && head.text.endsWith('ing') && (words[h + 1].pos === POS.ADP || words[h + 1].pos === POS.PUNCT))) return -1;
    // 'Beijing talks tough', 'Honda strikes a deal': a head right after the name, taking what a
    // verb takes, is a verb unless an article makes a noun phrase of it ('the Beijing talks with Hanoi').
    if (h === to + 1 && !lex.articles.has(this.lowerAt(from - 1)) && this.verbish(words[h + 1])) return -1;
    if (from === to && (lex.nonEntityWords.has(foldOf(words[from])) || ISH_ADJECTIVE.test(words[from].text))) return -1;
    if (place) {
      const known = lex.lookup(displayName(words, from, to, this.text, lex));
      if (known && (known.type === 'GPE' || known.type === 'ORG' || known.type === 'PERSON')) return -1;
    }
    return h;
  }

  /**
   * Whether the word before `at` is a lower-case family-name particle ('de', 'van') that follows
   * no name word, and the word at `at` is no gazetteer name ('de Valparaíso' stays Valparaíso).
   */
  private particleBefore(at: number): boolean {
    const { words, lex } = this;
    if (at < 1 || !lex.leftParticles.has(words[at - 1].text) || (at >= 2 && words[at - 2].name)) return false;
    return lex.lookup(words[at].text) === null;
  }

  /** Whether a word after a lower-case head makes a verb of it: a determiner, adjective, adverb, pronoun, 'to', 'with'. */
  private verbish(w: Word): boolean {
    return VERB_TAKES.has(w.pos) || VERB_PARTICLES.has(w.text);
  }

  /**
   * Whether the lone word `at` (words [at, to]) is a known family name, and no dynasty, in an era
   * frame: after a `leaderFrames.before` word ('Under Reagan', not 'under Kim rule') or before a
   * `leaderFrames.after` noun ('the Obama administration').
   */
  private leaderFrame(at: number, to: number): boolean {
    const { words, lex } = this;
    const next = words[to + 1];
    // ('under Kim rule', 'under Song control': a noun after the name makes it a modifier.)
    const before = lex.leaderBefore.has(this.lowerAt(at - 1)) && next.pos !== POS.NOUN && next.pos !== POS.PROPN;
    if (!before && !lex.leaderAfter.has(next.text)) return false;
    const f = foldOf(words[at]);
    if (lex.notLeaders.has(f) || lex.nonEntityWords.has(f)) return false;
    return lex.lastNames.has(f) || lex.koreanSurnames.has(f) || lex.japaneseSurnames.has(f) || lex.personsByShortForm.has(f);
  }

  /**
   * The {@link ACRONYM_USE} bits of the lone word `i` when it is an undefined word in capitals
   * ('NUPENG', 'KCTU'), else 0. FRAME: a possessive ('COSATU’s leaders'), a follower noun after it
   * ('UGTT members', `acronymFrames.followers`), 'of' after such a noun before it ('the general
   * secretary of NUPENG', 'leaders of the KCTU'), or 'the' before it when it heads its noun
   * phrase: no lower-case noun follows ('the CUT called', not 'the IT sector'; an adjective may be
   * a participle the tagger misread: 'the UGTT mediated'). SUBJECT: a verb follows ('KDKA was'). BLOCK:
   * after 'a'/'an' ('an EIA'), before a term's noun ('the GEAR policy', `acronymFrames.termHeads`),
   * next to another word in capitals (a heading in capitals: 'THE NLC AND THE STATE'), or a Roman
   * numeral ('XIV'; with L, C, D or M only after a name word: 'Pius XII', not 'the MDC').
   */
  private acronymUse(i: number): number {
    const { words, lex } = this;
    const w = words[i];
    if (!mayBeCapitals(w.text, 2, 10) || !PURE_CAPS.test(w.text)) return 0;
    // '8MK', 'X-MEN': part of a longer token, no word of its own.
    if (isAlnumAt(this.text, w.cleanStart - 1) || isAlnumAt(this.text, w.cleanEnd)) return 0;
    const prev = this.lowerAt(i - 1);
    const next = words[i + 1];
    // A label before a colon that opens its sentence or line: a speaker in a transcript ('HOST: Welcome
    // back.'), a field of a form ('RISK: Reporters may be sued. MITIGATION: …').
    if (next.text === ':' && next.cleanStart === w.cleanEnd && (i === 0 || lineStartAt(this.text, w.cleanStart))) return ACRONYM_USE.LABEL;
    let use = 0;
    if (prev === 'a' || prev === 'an' || lex.acronymTermHeads.has(next.text)) use |= ACRONYM_USE.BLOCK;
    if ((i > 0 && capsWord(words[i - 1])) || capsWord(next) || this.shouting()) use |= ACRONYM_USE.BLOCK;
    if (ROMAN_IVX.test(w.text) || (ROMAN.test(w.text) && i > 0 && words[i - 1].name && !lex.articles.has(prev))) use |= ACRONYM_USE.BLOCK;
    if (w.possessive || lex.acronymFollowers.has(next.text)) use |= ACRONYM_USE.FRAME;
    else if (prev === 'of' && (lex.acronymFollowers.has(this.lowerAt(i - 2)) || (this.lowerAt(i - 2) === 'the' && lex.acronymFollowers.has(this.lowerAt(i - 3))))) use |= ACRONYM_USE.FRAME;
    else if (prev === 'the' && !(letterCase(next.text, 0) === 2 && next.pos === POS.NOUN)) use |= ACRONYM_USE.FRAME;
    if (next.pos === POS.VERB || next.pos === POS.AUX) use |= ACRONYM_USE.SUBJECT;
    return use;
  }

  /**
   * Whether the sentence is written in capitals (a heading or a text set in capitals): at least
   * four words in capitals, two thirds of its words (a stretch of words far from any capital,
   * one stand-in, counts as one). Computed once per sentence.
   */
  private shouting(): boolean {
    if (this.capsSentence < 0) {
      const { words, n } = this;
      let letters = 0;
      let caps = 0;
      for (let k = 0; k < n; k++) {
        const w = words[k];
        if (w === GAP) letters++;
        else if (letterCase(w.text, 0) !== 0) {
          letters++;
          if (capsWord(w)) caps++;
        }
      }
      this.capsSentence = caps >= 4 && caps * 3 >= letters * 2 ? 1 : 0;
    }
    return this.capsSentence === 1;
  }

  /** Whether word `k` is an ordinal before a title ('First Secretary', 'Second Vice-President'): one title with it. */
  private ordinalTitle(k: number): boolean {
    const { words, lex } = this;
    return this.is(k, KIND.ORDINAL) && this.is(k + 1, KIND.TITLE);
  }

  /**
   * The month that opens an event named by its date, for a run [from, to] that ends in the event's
   * head: 'October' before 'Revolution', 'May' before 'Fourth Movement', 'February' before
   * '28 Incident'; -1 when there is none, or no determiner before it.
   */
  private eventMonthBefore(from: number, to: number): number {
    const { words, lex } = this;
    let month: number;
    if (from === to - 1 && lex.ordinals.has(foldOf(words[from]))) month = from - 1;
    else if (from !== to) return -1;
    else month = from > 0 && DAY_OF_MONTH.test(words[from - 1].text) ? from - 2 : from - 1;
    return month >= 1 && lex.lawMonths.has(words[month].text) && DETERMINERS.has(this.lowerAt(month - 1)) ? month : -1;
  }

  /**
   * The first word of the day that names an organisation whose head is word `head`: 'February 5' or
   * '18 October' (a month, a day in figures on either side) after a determiner; -1 when there is none.
   */
  private orgDayBefore(head: number): number {
    const { words, lex } = this;
    if (head < 3) return -1;
    const a = words[head - 2].text, b = words[head - 1].text;
    const dated = (lex.lawMonths.has(a) && DAY_OF_MONTH.test(b)) || (DAY_OF_MONTH.test(a) && lex.lawMonths.has(b));
    return dated && DETERMINERS.has(this.lowerAt(head - 3)) ? head - 2 : -1;
  }

  /**
   * The first word of a numbered session of a body named by words [from, to], or -1: an ordinal
   * opening the name ('Twentieth Party Congress') or a number with an ordinal suffix right before
   * it ('20th Party Congress'), and a `sessionHeads` word as its head (before its first preposition,
   * else its last word: 'Third Plenum of the Central Committee').
   */
  private sessionStart(from: number, to: number): number {
    const { words, lex } = this;
    let head = from;
    while (head <= to && !lex.prepositions.has(words[head].text)) head++;
    head = head > from && head <= to ? head - 1 : to;
    if (!lex.sessionHeads.has(foldOf(words[head])) || head === from) return -1;
    if (lex.ordinals.has(foldOf(words[from]))) return from;
    return from > 0 && NUMBERED_ORDINAL.test(words[from - 1].text) ? from - 1 : -1;
  }

  /** Whether an indefinite article stands before word `from`, maybe with one lower-case word between ('a revised …'). */
  private indefiniteBefore(from: number): boolean {
    const a = this.lowerAt(from - 1);
    if (a === 'a' || a === 'an') return true;
    const b = this.lowerAt(from - 2);
    return (b === 'a' || b === 'an') && letterCase(this.words[from - 1].text, 0) === 2;
  }

  /**
   * Whether the unknown words [from, to] — two or three capitalised words, particles between ('Daniel
   * arap Moi') — name a person by their frame: after a `leaderFrames.before` word ('under Sani
   * Abacha') or a `leaderFrames.of` noun and 'of' ('the government of Murtala Mohammed'), or before
   * an apposition with a role noun or title ('Frank Kokori, the general secretary of NUPENG'). No
   * word may be known as anything but a person, written in lower case in the text, an acronym, a
   * head, a title or a non-entity word.
   */
  private personFrame(from: number, to: number): boolean {
    // The frame first: it is cheap, and most names stand in none (the words' tests look names up);
    // an apposition, read from the text, only after the words passed (many names stand before a comma).
    if (to === from) return false;
    const frame = this.personFrameAround(from, to);
    if (frame === NO_FRAME) return false;
    return this.personFrameWords(from, to) && (frame === FRAME || this.roleApposition(this.words[to + 1].cleanEnd));
  }

  /**
   * The frame part of {@link personFrame}: FRAME for 'under …', 'the government of …', '…’s
   * government'; APPOSITION when a comma follows (whether it names a role is read later); else NO_FRAME.
   */
  private personFrameAround(from: number, to: number): number {
    const { words, lex } = this;
    const prev = this.lowerAt(from - 1);
    const next = words[to + 1];
    if (lex.leaderBefore.has(prev) && next.pos !== POS.NOUN && next.pos !== POS.PROPN) return FRAME;
    if (prev === 'of' && (lex.leaderOf.has(this.lowerAt(from - 2)) || this.leaderAfterOf(from - 2, from))) return FRAME;
    // 'Sok Chan’s government', 'Bo Rith’s premiership'; 'Kojo Asante’s widow', 'Kwabena Mensah’s
    // arrest', and before an organisation's name: 'Kojo Asante’s Ghana Railway Workers’ Union'.
    if (words[to].possessive && (lex.leaderAfter.has(next.text) || lex.personPossessed.has(next.text) || this.namedOrgAfter(to + 1))) return FRAME;
    // ', the general secretary of …', ', a former minister', ', a dock workers’ leader', ', a Fijian planter'.
    return next.text !== ',' || words[to].possessive ? NO_FRAME : APPOSITION;
  }

  /**
   * Whether a name of two words or more with an organisation's head starts at word `k` ('Ghana
   * Railway Workers’ Union'); a head alone after a possessive is the rest of one name ('the
   * International Workingmen’s Association').
   */
  private namedOrgAfter(k: number): boolean {
    const { words, lex } = this;
    if (!words[k].name || !startsUpper(words[k].text)) return false;
    const e = this.plainRunEnd(k);
    return e > k && lex.heads.get(foldOf(words[e])) === 'ORG';
  }

  /**
   * Emits word `k`, a `shortFormHeads` word alone after 'the' ('the Delta', 'The Valley'), as a
   * mention of the place met before whose name ends in it ('the Niger Delta'), and says whether it did.
   */
  private shortFormOf(k: number): boolean {
    const w = this.words[k];
    const full = this.ctx.shortForms.get(w.text);
    if (full === undefined || this.lowerAt(k - 1) !== 'the') return false;
    const mention = typedMention(this.sentence, w.cleanStart, w.cleanEnd, full.name, full.typing!, false, false, w.initial);
    this.out.push(mention);
    this.noteList(k, mention);
    return true;
  }

  /**
   * Whether word `h` is the capitalised head of an armed group named with its leader ('Volunteer
   * Force', 'Vigilance Group': `leaderFrames.ofHeads`), 'of' follows it, and the run at `k` after 'of'
   * is two or three unknown capitalised words that end there ('the Niger Delta Vigilante of Ateke Tom').
   */
  private leaderAfterOf(h: number, k: number): boolean {
    const { words, lex } = this;
    // (A name word before the head: 'the Front of …' alone is named after its cause.)
    if (h < 1 || !words[h].cap || !words[h - 1].name || !lex.leaderOfHeads.has(foldOf(words[h]))) return false;
    const e = this.plainRunEnd(k);
    if (e === k || e - k > 2 || words[e + 1].name) return false;
    // ('the Patriotic Front of National Salvation', '… of Popular Unity': a cause, not a leader.)
    for (let m = k; m <= e; m++) if (words[m].pos === POS.ADJ || ABSTRACT_NOUN.test(words[m].text)) return false;
    return this.personFrameWords(k, e);
  }

  /** The words part of {@link personFrame}: two or three unknown capitalised words, particles between. */
  private personFrameWords(from: number, to: number): boolean {
    const { words, lex, docLower } = this;
    let content = 0;
    for (let k = from; k <= to; k++) {
      const w = words[k];
      if (isConnector(w, lex)) {
        if (!lex.particles.has(w.text)) return false;
        continue;
      }
      const f = foldOf(w);
      if (!w.cap || isAcronymWord(w.text) || (w.possessive && k < to) || docLower.has(f) || (kindsOf(w, this.kinds) & KIND.NON_ENTITY) !== 0) return false;
      if ((kindsOf(w, this.kinds) & (KIND.HEAD | KIND.TITLE | KIND.NON_NAME | KIND.NOT_LEADER)) !== 0) return false;
      const known = lex.lookup(w.text);
      if (known && known.type !== 'PERSON') return false;
      content++;
    }
    return content >= 2 && content <= 3;
  }

  /**
   * What the frame of a run makes of it when nothing typed it on good evidence (`typing` null or
   * weak): DROP for a demonym of a place of two words or more ('Sierra Leonean labour', 'Costa Rican
   * scholars': an adjective like 'Chinese'; 'the Costa Rican Coffee Institute' keeps it, typed by its
   * head), and for a known place that only opens an unknown name after 'the' ('the Caribbean Chain',
   * 'the Danube Circle': not the place; 'the Hong Kong NGOs' and 'the Hong Kong Chinese' still name
   * it); the type of the noun a name is given to ('a joint committee, known as Volkshilfe' → ORG, 'an
   * emergency law known as the Sedition Order' → LAW); else null. Kept out of {@link handleRun},
   * whose size decides how well it is optimised.
   */
  private unnamedRun(from: number, nameFrom: number, to: number, typing: Typing | null, single: boolean): Typing | typeof DROP | null {
    if (to > nameFrom && this.placeDemonym(nameFrom, to)) return DROP;
    if (typing) return null;
    // (Not when the name goes on past a connector the run stopped at: 'a group called Autonomous and
    // Destructive Forces …' is not named 'Autonomous'.)
    if (nameFrom === from && !(isConnector(this.words[to + 1], this.lex) && this.words[to + 2].name)) {
      const named = this.namedAs(from);
      if (named !== null) return { type: named, strength: 1, entry: null, via: 'named-as' };
    }
    if (!single && this.placeOpensName(nameFrom, to)) return DROP;
    // 'the Bank' after 'the Bank of Upper Canada': grouping decides (see HEAD_ALONE).
    if (single && nameFrom === to && this.lowerAt(from - 1) === 'the' && startsUpper(this.words[to].text) && this.lex.heads.get(foldOf(this.words[to])) === 'ORG') return HEAD_ALONE;
    return null;
  }

  /**
   * Whether the apposition starting after clean offset `at` (just after a comma) names a role: an
   * article maybe, then up to five words in lower case (possessives included: 'a dock workers’
   * leader') or demonyms ('a Fijian planter'), one of them a role noun or a title ('the general
   * secretary of …', 'a former minister'). Read from the clean text: words far from any capital are
   * no part of the sentence's word list. With `who`, the role noun must be followed by 'who', 'whose'
   * or 'whom' (', a young worker who …'; default: `false`).
   */
  private roleApposition(at: number, who = false): boolean {
    const { lex, text } = this;
    let pos = at;
    for (let m = 0; m < 6; m++) {
      while (pos < text.length && text.charCodeAt(pos) === 32) pos++;
      const start = pos;
      while (pos < text.length && (charClass(text.charCodeAt(pos)) & CHAR_ALNUM) !== 0) pos++;
      // A possessive or a hyphen inside the word: "workers’", "trade-union".
      while (pos < text.length && APPOSITION_JOINERS.has(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && (charClass(text.charCodeAt(pos)) & CHAR_ALNUM) !== 0) pos++;
      }
      if (pos === start) return false;
      const word = text.slice(start, pos);
      const lower = letterCase(word, 0) === 2;
      const f = fold(word.replace(POSSESSIVE_END, ''));
      if (m === 0 && (f === 'the' || f === 'a' || f === 'an')) continue;
      if (lower && (lex.roleNouns.has(f) || lex.titles.has(f))) return !who || WHO.has(previousWord(text, this.wordEndAfter(pos))?.text ?? '');
      // (Only lower-case words and demonyms: 'a Fijian planter', not 'a Lagos paper'; and an owner
      // after 'the' in the possessive: 'the NAACP’s field secretary', 'the union’s general secretary'.)
      if (!lower && !lex.nonEntityWords.has(f) && !this.demonymOf(word, '') && !(m === 1 && f !== fold(word) && POSSESSIVE_END.test(word))) return false;
      if (pos < text.length && text.charCodeAt(pos) !== 32) return false;
    }
    return false;
  }

  /** The end of the word after clean offset `pos` (past spaces), or `pos` when none follows. */
  private wordEndAfter(pos: number): number {
    const text = this.text;
    let p = pos;
    while (p < text.length && text.charCodeAt(p) === 32) p++;
    while (p < text.length && (charClass(text.charCodeAt(p)) & CHAR_ALNUM) !== 0) p++;
    return p;
  }

  /**
   * The type given by the noun before 'known as', 'called' or 'named' in front of word `from` ('a
   * joint committee, known as Volkshilfe' → ORG, 'an emergency law known as the Sedition Order' →
   * LAW), or null: the noun must be a head word ('committee', 'law', 'strike'), an organisation noun
   * ('party', 'group') or one of the `namedEventNouns` ('rioting'). Also 'remembered as' and 'known in
   * Europe as'; and up to two prepositional phrases may stand between the noun and the comma ('two
   * days of rioting in Jakarta, known as Malari'; 'a banned rally for multi-party democracy in
   * Nairobi, remembered as Saba Saba'). Read backwards from the clean text (the words may be far
   * from any capital).
   */
  private namedAs(from: number): EntityType | null {
    const { lex, text } = this;
    // (The two words before a name are in the word list: a quick test before reading the text.)
    const prev = this.lowerAt(from - 1);
    if (prev !== 'as' && !NAMING_VERBS.has(prev) && !(prev === 'the' && (this.lowerAt(from - 2) === 'as' || NAMING_VERBS.has(this.lowerAt(from - 2))))) return null;
    let pos = this.words[from].cleanStart;
    let word = previousWord(text, pos);
    if (word === null) return null;
    if (word.text === 'the') word = previousWord(text, (pos = word.start));
    if (word === null) return null;
    pos = word.start;
    if (word.text === 'as') {
      word = previousWord(text, pos);
      // 'known in Europe as': a place between the participle and 'as'.
      let skipped = 0;
      while (word !== null && skipped < 3 && letterCase(word.text, 0) === 1) {
        word = previousWord(text, word.start);
        skipped++;
      }
      if (skipped > 0) word = word !== null && word.text === 'in' ? previousWord(text, word.start) : null;
      if (word === null || (word.text !== 'known' && word.text !== 'remembered')) return null;
      pos = word.start;
    } else if (!NAMING_VERBS.has(word.text)) return null;
    // An optional comma before it: 'a joint committee, known as …'.
    let p = pos;
    while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
    const comma = p > 0 && text.charCodeAt(p - 1) === 44;
    if (comma) pos = p - 1;
    const direct = this.namingNounType(previousWord(text, pos));
    if (direct !== null || !comma) return direct;
    // 'rioting in Jakarta, known as …': the noun before up to two prepositional phrases.
    let at = pos;
    for (let phrases = 0; phrases < 2; phrases++) {
      const prep = this.prepositionBefore(at);
      if (prep < 0) return null;
      // (Not an organisation's cue noun there: 'a house in Nairobi, known as Kiambu' names the house.)
      const noun = previousWord(text, prep);
      const type = noun !== null && !lex.orgCues.has(noun.text) ? this.namingNounType(noun) : null;
      if (type !== null) return type;
      at = prep;
    }
    return null;
  }

  /** The type a noun before a naming phrase gives the name (a head's, an event noun's, an organisation noun's; ORG, LAW or EVENT), or null. */
  private namingNounType(noun: { text: string; start: number } | null): EntityType | null {
    const lex = this.lex;
    if (noun === null || letterCase(noun.text, 0) !== 2) return null;
    const type = lex.heads.get(noun.text) ?? (lex.eventHeadsLower.has(noun.text) || lex.namedEventNouns.has(noun.text) ? 'EVENT' : lex.orgCues.has(noun.text) ? 'ORG' : undefined);
    return type === 'ORG' || type === 'LAW' || type === 'EVENT' ? type : null;
  }

  /**
   * The start of the preposition that opens the phrase of one to three words ending at clean offset
   * `end` ('in Jakarta', 'for multi-party democracy'), or -1. Words may hold hyphens; none may be
   * punctuated.
   */
  private prepositionBefore(end: number): number {
    const text = this.text;
    let e = end;
    for (let m = 0; m < 4; m++) {
      while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
      let s = e;
      while (s > 0 && ((charClass(text.charCodeAt(s - 1)) & CHAR_ALNUM) !== 0 || (text.charCodeAt(s - 1) === 45 && s - 1 > 0 && (charClass(text.charCodeAt(s - 2)) & CHAR_ALNUM) !== 0))) s--;
      if (s === e || (s > 0 && text.charCodeAt(s - 1) !== 32)) return -1;
      const w = text.slice(s, e);
      if (m > 0 && PHRASE_PREPOSITIONS.has(w)) return s;
      e = s;
    }
    return -1;
  }

  /**
   * Whether words [from, to], after 'the', are a known place followed by capitalised words nothing
   * knows (no acronym, demonym, title, head or known name): 'the Caribbean Chain' is one name.
   */
  private placeOpensName(from: number, to: number): boolean {
    const { words, lex, text } = this;
    if (from === 0 || foldOf(words[from - 1]) !== 'the') return false;
    const longest = lex.firstWords.get(firstKeyWord(foldOf(words[from]))) ?? 0;
    if (longest === 0) return false;
    let place = -1;
    for (let e = Math.min(to - 1, from + longest); e >= from && place < 0; e--) {
      if (possessiveBreak(words, from, e, lex)) continue;
      const entry = lex.lookup(displayName(words, from, e, text, lex));
      if (entry) place = entry.type === 'GPE' || entry.type === 'LOC' ? e : to;
    }
    if (place < 0 || place >= to) return false;
    for (let k = place + 1; k <= to; k++) {
      const w = words[k];
      const f = foldOf(w);
      if (!startsUpper(w.text) || isAcronymWord(w.text) || (kindsOf(w, this.kinds) & (KIND.HEAD | KIND.TITLE | KIND.NON_NAME | KIND.NON_ENTITY)) !== 0 || lex.lookup(w.text)) return false;
    }
    return true;
  }

  /**
   * Whether words [from, to] are the demonym of a place of two words or more ('Sierra Leonean',
   * 'Costa Rican', 'New Zealander', 'Sri Lankans'): the place's name with a demonym ending.
   */
  private placeDemonym(from: number, to: number): boolean {
    const { words, text } = this;
    if (to - from > 3 || words[to].possessive) return false;
    // (A quick test first: the last word ends like a demonym, in 'n', 'r' or 'e', or their plural.)
    const t = words[to].text;
    const c = t.charCodeAt(t.length - 1) === 115 ? t.charCodeAt(t.length - 2) : t.charCodeAt(t.length - 1);
    if (c !== 110 && c !== 114 && c !== 101) return false;
    return this.demonymOf(words[to].text, `${text.slice(words[from].cleanStart, words[to - 1].cleanEnd)} `);
  }

  /**
   * Whether `word`, after the words `stem` of a longer place name ('' for none), is a demonym of a
   * gazetteer place: the place's last word with a demonym ending ('Fijian', 'Sri Lankans').
   */
  private demonymOf(word: string, stem: string): boolean {
    const { lex } = this;
    let last = word;
    if (last.length < 4) return false;
    if (last.endsWith('s')) last = last.slice(0, -1);
    for (const ending of DEMONYM_ENDINGS) {
      if (!last.endsWith(ending) || last.length - ending.length < 3) continue;
      const entry = lex.lookup(stem + last.slice(0, -ending.length));
      if (entry && (entry.type === 'GPE' || entry.type === 'LOC')) return true;
    }
    return false;
  }

  /**
   * Whether the unknown words [from, to] — one to three capitalised words — are followed by one of
   * the lexicon's `personVerbs` ('was born', 'died', 'was crowned'), which only a person's life has.
   * No word may be known as anything but a person, written in lower case in the text, an acronym, a
   * head, a title, a dynasty or a non-entity word ('The Xiongnu died out' names a people: a demonym).
   */
  private personVerbAfter(from: number, to: number, verbs: Map<string, string[][]> | null): boolean {
    const { words, lex, docLower } = this;
    if (to - from > 2 || to + 1 >= this.n || words[to].possessive) return false;
    // (`verbs` null: the frame was checked by the caller, only the words are.)
    // ('Ahmed Samim of Sada-yı Millet was killed': after a preposition the name is no subject.)
    if (verbs !== null && NOT_SUBJECT_AFTER.has(this.lowerAt(from - 1))) return false;
    if (verbs !== null) {
      const next = words[to + 1].text.toLowerCase();
      const phrases = verbs.get(next);
      if (phrases === undefined) {
        // 'Lim Dara had already resigned', 'Wanjiku had been arrested': auxiliaries and adverbs between
        // (read from the text: the verb may lie past the words kept around the name).
        if (!lex.personVerbAdverbs.has(next) || !this.verbPastAdverbs(words[to].cleanEnd, verbs)) return false;
      } else {
        let k = 0;
        for (; k < phrases.length; k++) {
          const p = phrases[k];
          let m = 1;
          while (m < p.length && to + 1 + m < this.n && words[to + 1 + m].text.toLowerCase() === p[m]) m++;
          if (m === p.length) break;
        }
        if (k === phrases.length) return false;
      }
    }
    for (let i = from; i <= to; i++) {
      const w = words[i];
      const f = foldOf(w);
      // ('Mozaffar ad-Din': an Arabic article joined to a capitalised name is a name word, `cap`.)
      if (!w.cap || isAcronymWord(w.text) || docLower.has(f)) return false;
      const kinds = kindsOf(w, this.kinds);
      if ((kinds & KIND.NON_ENTITY) !== 0) return false;
      // (A title may stand inside the name: 'Ahmad Shah Durrani'.)
      if ((kinds & (KIND.HEAD | KIND.NON_NAME | KIND.NOT_LEADER)) !== 0 || ((kinds & KIND.TITLE) !== 0 && (i === from || i === to))) return false;
      const known = lex.lookup(w.text);
      if (known && known.type !== 'PERSON') return false;
    }
    return true;
  }

  /** Whether the capitalised run from word `from` is followed by a lower-case noun it modifies ('Persian-language broadcasters'). */
  private modifierAt(from: number): boolean {
    let e = from;
    while (e + 1 < this.n && this.words[e + 1].name) e++;
    const next = this.words[e + 1];
    return next.pos === POS.NOUN && letterCase(next.text, 0) === 2;
  }

  /**
   * Whether, after clean offset `pos`, one to three of the lexicon's `personVerbAdverbs` ('had',
   * 'already', 'been') are followed by one of `verbs` ('resigned', 'was arrested'; 'been' may stand
   * for 'was': 'had been arrested'). The words are read from the text, across spaces only.
   */
  private verbPastAdverbs(pos: number, verbs: Map<string, string[][]>): boolean {
    const seq = wordsAfter(this.text, pos, 7);
    let i = 0;
    while (i < seq.length && i < 3 && this.lex.personVerbAdverbs.has(seq[i]) && !(i > 0 && verbs.has(seq[i]))) i++;
    if (i === 0 || i >= seq.length) return false;
    const first = seq[i];
    const phrases = verbs.get(first) ?? (seq[i - 1] === 'been' ? verbs.get('was') : undefined);
    if (phrases === undefined) return false;
    // ('had been arrested' reads as 'was arrested': the phrase's first word is 'been', standing for 'was'.)
    const start = verbs.has(first) ? i : i - 1;
    return phrases.some((p) => p.every((w, m) => (m === 0 && start === i - 1 ? seq[start] === 'been' : seq[start + m] === w)));
  }

  /**
   * Whether the title at `from` follows a `workOfNouns` word and 'of' ('author of La Casa Vacía'), or
   * is coordinated with a title that does ('author of La Casa Vacía and La Reina Roja').
   */
  private workOfTitle(from: number): boolean {
    const { lex } = this;
    const prev = this.lowerAt(from - 1);
    if (prev === 'of') return lex.workOfNouns.has(this.lowerAt(from - 2));
    if (prev !== 'and' && prev !== ',') return false;
    const last = this.out.length > 0 ? this.out[this.out.length - 1] : null;
    return last !== null && last.sentence === this.sentence && last.typing?.type === 'WORK' && last.typing.via === 'title-article' && last.cleanEnd === this.words[from - 2].cleanEnd;
  }

  /**
   * Whether a role noun, singular or plural, and a comma stand before word `from` ('the two prime
   * ministers, …'), or the name is the next of a list whose first name was so found.
   */
  private roleBeforeComma(from: number): boolean {
    const prev = this.lowerAt(from - 1);
    // The next name of the list: 'ministers, Chea Dara and Keo Sarath' (after a name so found).
    if (prev === 'and' || prev === ',') {
      const last = this.out.length > 0 ? this.out[this.out.length - 1] : null;
      if (last !== null && last.sentence === this.sentence && last.typing?.via === 'person-act' && last.cleanEnd === this.words[from - 2].cleanEnd) return true;
    }
    if (prev !== ',') return false;
    const noun = this.lowerAt(from - 2);
    if (this.isRoleNoun(noun)) return true;
    // 'the minister of education, Daoed Joesoef, banned …', 'the secretary of the union, …': a role
    // noun before 'of' and up to three lower-case words (read from the text: they may be far from any capital).
    const text = this.text;
    let pos = this.words[from - 1].cleanStart;
    for (let m = 0; m < 4; m++) {
      const w = previousWord(text, pos);
      if (w === null) return false;
      if (w.text === 'of') {
        const role = m > 0 ? previousWord(text, w.start) : null;
        return role !== null && letterCase(role.text, 0) === 2 && this.isRoleNoun(fold(role.text));
      }
      if (letterCase(w.text, 0) !== 2) return false;
      pos = w.start;
    }
    return false;
  }

  /** Whether the folded `noun` is a role noun or a title ('the new shah, …'), or the plural of one ('ministers'). */
  private isRoleNoun(noun: string): boolean {
    const { roleNouns: roles, titles } = this.lex;
    return roles.has(noun) || titles.has(noun) || (noun.length > 3 && noun.endsWith('s') && roles.has(noun.slice(0, -1)));
  }

  /** Whether word `k` follows ':', ';' or an opening quote (where some styles capitalise any word). */
  private afterBreak(k: number): boolean {
    const prev = k > 0 ? this.words[k - 1].text : '';
    return prev === ':' || prev === ';' || OPENING_QUOTE.has(prev);
  }

  /** Whether words [from, to] are capitalised, unknown, no acronym, head, title or word the text writes in lower case. */
  private plainUnknown(from: number, to: number): boolean {
    const { words, lex, docLower } = this;
    for (let k = from; k <= to; k++) {
      const w = words[k];
      if (isConnector(w, lex)) continue;
      const f = foldOf(w);
      if (!startsUpper(w.text) || isAcronymWord(w.text) || docLower.has(f) || (kindsOf(w, this.kinds) & (KIND.HEAD | KIND.TITLE | KIND.NON_NAME | KIND.NON_ENTITY)) !== 0) return false;
      if (lex.lookup(w.text)) return false;
    }
    return true;
  }

  /**
   * What an apposition after words [from, to] names. A periodical: ', a daily', ', the weekly of the
   * party', ', a Catholic daily', ', the best known independent news site', ', an investigative
   * channel'. After the article up to four words may stand before the noun: the first any word (', a
   * Lagos daily'), the others in lower case or demonyms, none of the `appositionStops` (', the author
   * of the paper' names no paper). Read from the clean text: words far from any capital are no part
   * of the sentence's word list. A nationality or language alone names no paper ('printed in
   * Armenian, the official gazette …': the gazette's name comes after the noun). Returns what the
   * apposition names: APPOSED_PERIODICAL, APPOSED_ORG when its noun is one of the lexicon's
   * `orgAppositionNouns` heading it (', a united front of nationalists …'; never after a person's
   * name), else APPOSED_NONE.
   */
  private appositionAfter(from: number, to: number): number {
    const { words, lex, text } = this;
    // ('Minamata is a small town on the coast': a copula before the article is an apposition's comma.)
    const copula = words[to + 1].text === 'is' || words[to + 1].text === 'was';
    if ((words[to + 1].text !== ',' && !copula) || words[to].possessive) return APPOSED_NONE;
    if (from === to && lex.nonEntityWords.has(foldOf(words[to]))) return APPOSED_NONE;
    const a = words[to + 2].text;
    if (a !== 'a' && a !== 'an' && a !== 'the') return APPOSED_NONE;
    let pos = words[to + 2].cleanEnd;
    let before = '';
    for (let m = 0; m < 5; m++) {
      while (pos < text.length && text.charCodeAt(pos) === 32) pos++;
      const start = pos;
      while (pos < text.length && (charClass(text.charCodeAt(pos)) & CHAR_ALNUM) !== 0) pos++;
      // A hyphenated modifier: 'best-known', 'Persian-language'.
      while (pos + 1 < text.length && text.charCodeAt(pos) === 45 && (charClass(text.charCodeAt(pos + 1)) & CHAR_ALNUM) !== 0) {
        pos++;
        while (pos < text.length && (charClass(text.charCodeAt(pos)) & CHAR_ALNUM) !== 0) pos++;
      }
      if (pos === start) return APPOSED_NONE;
      const f = fold(text.slice(start, pos));
      if (lex.periodicalCues.has(f) || lex.periodicalAppositionNouns.has(f)) return APPOSED_PERIODICAL;
      const firsts = lex.periodicalPairs.get(f);
      if (firsts !== undefined && firsts.has(before)) return APPOSED_PERIODICAL;
      if (lex.appositionStops.has(f)) return APPOSED_NONE;
      // ('a united front of …', not 'a union leader': the noun heads the apposition.)
      if (lex.orgAppositionNouns.has(f) && letterCase(text, start) === 2 && this.endsApposition(pos)) {
        return personShape(words.slice(from, to + 1), lex, this.docLower) ? APPOSED_NONE : APPOSED_ORG;
      }
      // ('Tanjung Priok, the port of Jakarta,', 'Kitwe, a mining town in …': a settlement; not 'the town's …'.)
      if (lex.placeOfNouns.has(f) && letterCase(text, start) === 2 && !APPOSITION_JOINERS.has(text.charCodeAt(pos)) && (copula || this.endsApposition(pos))) {
        return personShape(words.slice(from, to + 1), lex, this.docLower) ? APPOSED_NONE : APPOSED_PLACE;
      }
      if (m > 0 && letterCase(text.slice(start, pos), 0) !== 2 && !lex.nonEntityWords.has(f)) return APPOSED_NONE;
      if (pos < text.length && text.charCodeAt(pos) !== 32) return APPOSED_NONE;
      before = f;
    }
    return APPOSED_NONE;
  }

  /**
   * Whether 'became' or 'becomes' follows word `to`, then an office: a title or a role noun in lower
   * case, after an article and up to two lower-case modifiers maybe ('became prime minister', 'became
   * the first president', 'became general secretary'). Not a noun of things ('became a republic').
   */
  private becameOfficer(to: number): boolean {
    const { words, lex } = this;
    const verb = words[to + 1].text;
    if ((verb !== 'became' && verb !== 'becomes') || words[to].possessive) return false;
    let k = to + 2;
    if (lex.articles.has(words[k].text) || words[k].text === 'a' || words[k].text === 'an') k++;
    for (let m = 0; m < 3; m++, k++) {
      const w = words[k];
      if (letterCase(w.text, 0) !== 2) return false;
      const f = foldOf(w);
      if (lex.titles.has(f) || lex.roleNouns.has(f)) return true;
    }
    return false;
  }

  /**
   * Whether a periodical's noun in the singular ('newspaper', 'daily', 'magazine') follows words
   * [from, to], a noun there (not 'daily' as an adverb before a verb), and the words are no person's
   * name by their shape and no known name but a work's.
   */
  private periodicalNounAfter(from: number, to: number): boolean {
    const { words, lex } = this;
    const noun = words[to + 1];
    if (words[to].possessive || !lex.periodicalCues.has(noun.text) || noun.text.endsWith('s') || noun.pos === POS.VERB || noun.pos === POS.ADV) return false;
    // ('the Yiddish daily press': the noun modifies another.)
    if (words[to + 2].pos === POS.NOUN) return false;
    // (A language, a creed or a family name alone is no paper's: 'the Anarco-Communist newspaper', 'the Murdoch newspaper'.)
    if (from === to) {
      const w = words[from];
      const f = foldOf(w);
      const last = w.parts ? fold(w.parts[w.parts.length - 1].text) : f;
      if (lex.nonEntityWords.has(f) || lex.nonEntityWords.has(last) || ISH_ADJECTIVE.test(w.text) || lex.lastNames.has(f) || lex.personsByShortForm.has(f)) return false;
    }
    const content = words.slice(from, to + 1).filter((w) => !isConnector(w, lex) && !lex.articles.has(foldOf(w)));
    const known = lex.lookup(displayName(words, from, to, this.text, lex));
    return (known === null || known.type === 'WORK') && !personShape(content, lex, this.docLower);
  }

  /**
   * Whether a participle of founding and its year follow the name ending at word `to` after a comma:
   * ', founded in 1967', ', launched in April 1990' (a month may stand before the year).
   */
  private foundedAfter(to: number): boolean {
    const { words, lex } = this;
    if (words[to + 1].text !== ',' || words[to].possessive || !lex.foundingParticiples.has(words[to + 2].text) || words[to + 3].text !== 'in') return false;
    const k = lex.lawMonths.has(words[to + 4].text) ? to + 5 : to + 4;
    return YEAR.test(words[k].text);
  }

  /**
   * Whether the noun phrase of an apposition ends at clean offset `pos`: punctuation or the text's end
   * follows, or one of the lexicon's `orgAppositionEnds` ('of', 'that', 'which'), or a participle in
   * '-ed' ('founded', 'banned'); not a further noun ('a union leader') nor 'to' ('a party to the dispute').
   */
  private endsApposition(pos: number): boolean {
    const text = this.text;
    if (pos >= text.length || text.charCodeAt(pos) !== 32) return true;
    let end = pos + 1;
    while (end < text.length && (charClass(text.charCodeAt(end)) & CHAR_ALNUM) !== 0) end++;
    const next = text.slice(pos + 1, end);
    return next.length === 0 || this.lex.orgAppositionEnds.has(next) || (next.length > 4 && next.endsWith('ed'));
  }


  /**
   * Whether the capitalised article at `from` opens the title of a work: inside a sentence, not
   * after ':' or ';' (where some styles capitalise) or an opening quote ('“The Idea” resurfaced'),
   * not before a gazetteer name, and not before a name with an organisation's or place's head.
   */
  private opensTitle(from: number, to: number): boolean {
    const { words, lex } = this;
    const the = words[from];
    if (the.initial || the.text !== 'The' || from >= to) return false;
    const prev = from > 0 ? words[from - 1].text : '';
    if (prev === ':' || prev === ';' || OPENING_QUOTE.has(prev)) return false;
    // 'The Petitioners say', 'v The People': a word that is no entity alone opens no title either.
    if (to === from + 1 && lex.nonEntityWords.has(foldOf(words[to]))) return false;
    // 'The Coordinating Centre of Black Editorials', 'The U.S. Patent Office': a head word names
    // a body (the word before the first preposition, else the last: 'The Rise of the Network
    // Society' stays a title).
    let head = from + 1;
    while (head <= to && !lex.prepositions.has(words[head].text)) head++;
    head = head > from + 1 && head <= to ? head - 1 : to;
    if (head > from + 1 && lex.heads.has(foldOf(words[head])) && !lex.titleHeads.has(foldOf(words[head]))) return false;
    return !lex.lookup(displayName(words, from + 1, to, this.text, lex));
  }

  /** The last word of a title after word `to`, run on over small words before capitalised ones ('The Road to Serfdom'). */
  private titleEnd(to: number): number {
    const { words, lex } = this;
    let k = to;
    while (!words[k].possessive && lex.titleSmallWords.has(words[k + 1].text) && words[k + 2].name) k = this.plainRunEnd(k + 2);
    return k;
  }

  /**
   * The last word of a provision named from the word at `i` ('Article 35 of the Constitution',
   * 'Title VII of the Civil Rights Act of 1964'), or -1: a number, maybe sub-numbers in brackets,
   * 'of', maybe 'the', and a law (a gazetteer law, or a name ending in a LAW head).
   */
  private provisionEnd(i: number): number {
    const { words, lex } = this;
    let k = i + 1;
    if (!PROVISION_NUMBER.test(words[k].text)) return -1;
    k++;
    while (words[k].text === '(' && PROVISION_PART.test(words[k + 1].text) && words[k + 2].text === ')') k += 3;
    if (words[k].text !== 'of') return -1;
    k++;
    if (lex.articles.has(words[k].text)) k++;
    if (!words[k].name) return -1;
    let e = this.runEnd(k);
    const law = lex.lookup(displayName(words, k, e, this.text, lex));
    if (law ? law.type !== 'LAW' : lex.heads.get(foldOf(words[e])) !== 'LAW' || !startsUpper(words[e].text)) return -1;
    if (words[e + 1].text === 'of' && YEAR.test(words[e + 2].text)) e += 2;
    return e;
  }

  /**
   * The last word of a numbered law whose head is word `to`, or -1 ('Law No. 8 of 1985 on Social
   * Organisations', 'Proclamation No. 621/2009', 'Resolution 10 of 1988', 'Law 8/1985'): a LAW head
   * or a `numberedLaws.heads` word, capitalised; a number after a sign ('No.'), or without one a
   * number and 'of' a year, or a number with a slash and a year; then maybe 'of' and a year, and
   * maybe a topic word and a capitalised name that is no known person or place.
   */
  private numberedLawEnd(to: number): number {
    const { words, lex } = this;
    const head = words[to];
    if (head.possessive || !startsUpper(head.text)) return -1;
    if (!this.is(to, KIND.NUMBERED_LAW_HEAD)) return -1;
    let k = to + 1;
    const signed = lex.lawNumberSigns.has(words[k].text);
    if (signed) k++;
    if (!LAW_NUMBER.test(words[k].text)) return -1;
    let e = k;
    if (words[e + 1].text === 'of' && YEAR.test(words[e + 2].text)) e += 2;
    // (Without a sign, a bare number is no law's: 'the Act 12 times'.)
    else if (!signed && !SLASH_YEAR.test(words[k].text)) return -1;
    if (lex.numberedLawTopics.has(words[e + 1].text)) {
      let t = e + 2;
      if (lex.articles.has(words[t].text)) t++;
      if (words[t].name && startsUpper(words[t].text)) {
        const te = this.runEnd(t);
        const known = lex.lookup(displayName(words, t, te, this.text, lex));
        if (!(known && (known.type === 'PERSON' || known.type === 'GPE' || known.type === 'LOC'))) e = te;
      }
    }
    return e;
  }

  /** Whether a title of capitalised words and small words from word `from` is followed by a colon and a capitalised subtitle. */
  private subtitledAt(from: number): boolean {
    const { words, lex } = this;
    let k = from;
    while (k < this.n && k - from < 8 && (words[k].name || (k > from && lex.titleSmallWords.has(words[k].text)))) k++;
    return k > from && words[k - 1].name && words[k].text === ':' && startsUpper(words[k + 1].text);
  }

  /**
   * The last word of the second party of a court case whose first party ends at word `j` ('Brown' ⟶
   * 'v.' ⟶ 'Board of Education'), or -1: a marker of `courtCaseMarkers` right after the first party
   * (its full stop a word of its own or not), then a run of name words.
   */
  private courtCaseEnd(j: number): number {
    const { words, lex } = this;
    let k = j + 1;
    if (!lex.courtCaseMarkerFirsts.mayHold(words[k].text) || !lex.courtCaseMarkers.has(words[k].text)) return -1;
    if (words[k + 1].text === '.' && !words[k].text.endsWith('.')) k++;
    if (!words[k + 1].name || !words[k + 1].cap) return -1;
    return this.runEnd(k + 1);
  }

  /** Emits words [i, e] as a court case, a LAW ('Brown v. Board of Education'). */
  private emitCourtCase(i: number, e: number): void {
    const { words } = this;
    const cleanStart = words[i].cleanStart;
    const cleanEnd = words[e].cleanEnd;
    if (this.ctx.inCitation(cleanStart, cleanEnd)) return this.noteList(e, null);
    const mention = typedMention(this.sentence, cleanStart, cleanEnd, this.text.slice(cleanStart, cleanEnd).replace(/\s+/g, ' '), { type: 'LAW', strength: 2, entry: null, via: 'court-case' }, false, false, words[i].initial);
    this.out.push(mention);
    this.noteList(e, mention);
  }

  /** Emits words [i, e] as a provision of a law, a LAW ('Article 35 of the Constitution'). */
  private emitProvision(i: number, e: number): void {
    const { words } = this;
    const cleanStart = words[i].cleanStart;
    const cleanEnd = words[e].cleanEnd;
    if (this.ctx.inCitation(cleanStart, cleanEnd)) return this.noteList(e, null);
    const mention = typedMention(this.sentence, cleanStart, cleanEnd, displayName(words, i, e, this.text, this.lex), { type: 'LAW', strength: 2, entry: null, via: 'provision' }, false, false, words[i].initial);
    this.out.push(mention);
    this.noteList(e, mention);
  }

  /**
   * Cues in the two words before word `from` (read only: the shared {@link NO_CUES} when there are
   * none, as before most names, so that no object is made for them).
   */
  private cuesBefore(from: number): Cues {
    const prev = this.lowerAt(from - 1);
    // 'unions such as Vienybė', 'newspapers such as Pravdin': the cue noun stands before 'such as',
    // singular or plural.
    let bits = prev === 'as' && this.lowerAt(from - 2) === 'such' ? this.pluralCueBits(this.lowerAt(from - 3)) || this.groupCueBits(this.lowerAt(from - 3), from) : (this.lex.cueBits.get(prev) ?? 0);
    // 'worked for Sirasa', 'wrote in Groundviews', 'joined Tenaganita': where a person works, writes or
    // joins, an organisation (a place's preposition gives way: 'wrote in' names a periodical, an ORG).
    if (bits === 0 || bits === CUE.PLACE) {
      // The verbs after a preposition ('worked for'), or with none ('joined'): one look-up of `prev`
      // (the map's values are sets, never undefined), the verbs without a preposition kept.
      const prevVerbs = this.lex.orgVerbCues.get(prev);
      const bare = bits === 0 && prevVerbs === undefined;
      const verbs = bare ? this.bareOrgVerbs : prevVerbs;
      // (Not a modifier before its noun: 'working for Persian-language broadcasters'.)
      if (verbs !== undefined && verbs.has(bare ? prev : this.lowerAt(from - 2)) && !this.modifierAt(from)) bits = CUE.ORG;
    }
    // 'the news site Ekspres' (a two-word periodical noun), 'the journalists of Kurjer' (a paper's
    // people before 'of'): the name is a periodical's.
    if (bits === 0 && (this.periodicalPairAt(from - 1) || (prev === 'of' && this.lex.periodicalOfNouns.has(this.lowerAt(from - 2))))) bits = CUE.PERIODICAL | CUE.WORK;
    // 'raided the offices of Kloop': a body's seat before 'of' (an organisation's cue: persons stay persons).
    if (bits === 0 && prev === 'of' && this.lex.orgOfNouns.has(this.lowerAt(from - 2))) bits = CUE.ORG;
    // 'the opposition paper Serbesti', 'a Wafdist paper, …': 'paper' or 'channel' right before a name is
    // a periodical's with a modifier between it and 'the' or 'a' ('In this paper Lee …' is the essay).
    if (bits === 0 && this.lex.periodicalAppositionNouns.has(prev) && this.modifiedAfterArticle(from - 2)) bits = CUE.PERIODICAL | CUE.WORK;
    // 'opposition dailies, above all Tribuna', 'weeklies including Kurjer': as 'such as'. An article and
    // a modifier may stand before the name ('all newspapers except the official Glasnik').
    if (bits === 0 || bits === CUE.ARTICLE) {
      const at = this.afterExampleMarker(from, prev);
      const example = at >= 0 ? this.exampleCueBits(at, from) : 0;
      if (example !== 0 || at === from) bits = example;
    }
    // 'Factories at Tema', 'the new zone at Katunayake': 'at' after a noun of works or settlements is a place's preposition.
    if (bits === 0 && prev === 'at' && this.lex.placeAtNouns.has(this.lowerAt(from - 2))) bits = CUE.PLACE;
    // 'was banished to Kastamonu', 'fled to Tabriz': 'to' after a verb of exile or flight, likewise.
    if (bits === 0 && prev === 'to' && this.lex.placeToVerbs.has(this.lowerAt(from - 2))) bits = CUE.PLACE;
    // 'a peanut farmer from Kingaroy', 'a lawyer from Multan': 'from' after a role noun tells where a person comes from.
    if (bits === 0 && prev === 'from' && this.isRoleNoun(this.lowerAt(from - 2))) bits = CUE.PLACE;
    // 'the port of Wonsan', 'the city of Masan': 'of' after 'the' and a noun of settlements, likewise.
    // ('the all-Black town of Mound Bayou', 'the old port of Wonsan': one modifier in lower case may stand between.)
    if (bits === 0 && prev === 'of' && this.lex.placeOfNouns.has(this.lowerAt(from - 2)) && (this.lowerAt(from - 3) === 'the' || (this.lowerAt(from - 4) === 'the' && from >= 3 && letterCase(this.words[from - 3].text, 0) === 2 && ADJECTIVE_WORD.test(this.words[from - 3].text)))) bits = CUE.PLACE;
    // 'unions such as Vienybė and Darbas': the next of a coordination takes the cue of the name before it,
    // an article maybe between ('two dailies, the Novi List and the Zora').
    if (bits === 0 && (prev === 'and' || prev === ',')) {
      const cued = this.cuedBefore(from);
      if (cued !== null) return cued;
    } else if (bits === CUE.ARTICLE && (this.lowerAt(from - 2) === 'and' || this.lowerAt(from - 2) === ',')) {
      const cued = this.cuedBefore(from - 1);
      if (cued !== null) return cued;
    }
    // The word two back matters only after 'by' ('edited by …') or an article ('the journal The …');
    // after 'by' a year may stand between ('founded in 1926 by Abbas Masoudi').
    const back = prev === 'by' && this.lowerAt(from - 3) === 'in' && YEAR.test(this.lowerAt(from - 2)) ? from - 4 : from - 2;
    const bits2 = prev === 'by' || bits & CUE.ARTICLE ? (this.lex.cueBits.get(this.lowerAt(back)) ?? 0) : 0;
    const person = (bits & CUE.ROLE_NOUN) !== 0 || (prev === 'by' && (bits2 & CUE.PERSON_BY) !== 0);
    let work = (bits & CUE.WORK) !== 0 || ((bits & CUE.ARTICLE) !== 0 && (bits2 & CUE.WORK) !== 0);
    let periodical = work && ((bits & CUE.PERIODICAL) !== 0 || ((bits & CUE.ARTICLE) !== 0 && (bits2 & CUE.PERIODICAL) !== 0));
    if (!work && (prev === ',' || (bits === CUE.ARTICLE && this.lowerAt(from - 2) === ',')) && this.appositionPeriodical(from, prev === ',' ? from - 1 : from - 2)) work = periodical = true;
    // 'his booklet, Tin and Blood: A History of …, is on sale': a book's title in an apposition, known
    // by its subtitle after a colon.
    if (!work && prev === ',' && ((this.lex.cueBits.get(this.lowerAt(from - 2)) ?? 0) & (CUE.WORK | CUE.PERIODICAL)) === CUE.WORK && this.subtitledAt(from)) work = true;
    const org = (bits & CUE.ORG) !== 0;
    const place = (bits & CUE.PLACE) !== 0;
    return person || work || org || place ? { title: false, person, work, org, place, periodical } : NO_CUES;
  }

  /**
   * Whether the name at `from` is a periodical's title in an apposition after its noun, the comma at
   * word `comma` (an article maybe after it): 'its own daily, A Batalha, …', 'two Serbian dailies, the
   * Novi List and …'. Nouns that also name other things ('paper', 'channel', 'news agency') only in
   * an apposition closed by a comma or the sentence's end ('the first private paper, Tribuna, was …',
   * 'founded her own paper, Glas Naroda.'; 'In his paper, Lee argues' names no paper). Never a personal
   * name ('the editor of the daily, Kwame Mensah, resigned'), nor in a text set in capitals, where any
   * word after the comma looks like a name ('NEWSPAPERS, AS WELL AS').
   */
  private appositionPeriodical(from: number, comma: number): boolean {
    const noun = this.periodicalNounBefore(comma);
    if (noun === NO_PERIODICAL || this.shouting()) return false;
    const end = this.plainRunEnd(from);
    const after = this.words[end + 1].text;
    if (noun === APPOSITION_PERIODICAL && after !== ',' && !(after === '.' && end + 2 === this.n)) return false;
    // ('the weeklies of the Federation, Zora and Iskra, were …': a list of the papers, closed by a comma.)
    if (noun === OWNED_PERIODICAL && this.words[this.coordinationEnd(end) + 1].text !== ',') return false;
    return !personShape(this.words.slice(from, end + 1), this.lex, this.docLower);
  }

  /**
   * What names a periodical before the comma at word `comma`, read back from the clean text: a
   * periodical's noun (PERIODICAL: 'daily', 'weeklies'), a noun that names one only in an apposition
   * (APPOSITION_PERIODICAL: 'paper', 'news agency'), a periodical's noun with its owner or place after
   * 'of' or 'in' (OWNED_PERIODICAL: 'the best-known dailies of the Republic,'; not when the owner is a
   * known place, where a list of places may follow: 'the dailies of Lagos, Ibadan and Kano'), else
   * NO_PERIODICAL.
   */
  private periodicalNounBefore(comma: number): number {
    const { lex, text } = this;
    const last = previousWord(text, this.words[comma].cleanStart);
    if (last === null) return NO_PERIODICAL;
    const f = fold(last.text);
    if (letterCase(last.text, 0) === 2) {
      if (lex.periodicalCues.has(f)) return PERIODICAL;
      const firsts = lex.periodicalPairs.get(f);
      const before = firsts === undefined ? null : previousWord(text, last.start);
      return lex.periodicalAppositionNouns.has(f) || (before !== null && firsts!.has(fold(before.text))) ? APPOSITION_PERIODICAL : NO_PERIODICAL;
    }
    // The owner: up to three capitalised words, 'the' maybe before them, then 'of' or 'in'.
    let w: { text: string; start: number } | null = last;
    let owner = 0;
    while (w !== null && owner < 3 && letterCase(w.text, 0) === 1) {
      owner++;
      w = previousWord(text, w.start);
    }
    const ownerStart = w === null ? 0 : w.start + w.text.length;
    if (w !== null && w.text === 'the') w = previousWord(text, w.start);
    if (w === null || (w.text !== 'of' && w.text !== 'in')) return NO_PERIODICAL;
    const noun = previousWord(text, w.start);
    if (noun === null || letterCase(noun.text, 0) !== 2 || !lex.periodicalCues.has(fold(noun.text))) return NO_PERIODICAL;
    const place = lex.lookup(text.slice(ownerStart, this.words[comma].cleanStart).trim());
    return place !== null && (place.type === 'GPE' || place.type === 'LOC') ? NO_PERIODICAL : OWNED_PERIODICAL;
  }

  /** The last word of the coordination of names whose first name ends at word `end` ('Zora and Iskra', 'the Zora, the Novi List'). */
  private coordinationEnd(end: number): number {
    const words = this.words;
    let e = end;
    for (;;) {
      const sep = words[e + 1].text;
      if (sep !== ',' && sep !== 'and') return e;
      let k = e + 2;
      if (words[k].text === 'and' && sep === ',') k++;
      if (this.lex.articles.has(words[k].text)) k++;
      if (!words[k].name) return e;
      e = this.plainRunEnd(k);
    }
  }

  /**
   * The cues of the name right before 'and' or ',' at `from - 1` when a cue typed it (an organisation's,
   * a periodical's or a role noun: 'unions such as Vienybė and …', 'the poets Ana Ruiz and …'), else null.
   */
  private cuedBefore(from: number): Cues | null {
    const last = this.out.length > 0 ? this.out[this.out.length - 1] : null;
    if (last === null || last.sentence !== this.sentence || from < 2 || last.cleanEnd !== this.words[from - 2].cleanEnd) return null;
    const via = last.typing?.via;
    if (via === 'org-cue') return ORG_CUE;
    if (via === 'role-cue') return ROLE_CUE;
    if (via === 'work-cue' && last.typing!.type === 'ORG') return PERIODICAL_CUE;
    return null;
  }

  /**
   * The word right after an example marker before the name at `from` (`from` itself, or the article
   * of 'such as the Tribuna', or of 'except the official Tribuna', where one lower-case modifier may
   * follow it), or -1.
   */
  private afterExampleMarker(from: number, prev: string): number {
    const ends = this.lex.exampleMarkerEnds;
    const firsts = this.lex.exampleMarkerEndFirsts;
    if (firsts.mayHold(prev) && ends.has(prev)) return from;
    if (prev === 'the') {
      const before = this.lowerAt(from - 2);
      return firsts.mayHold(before) && ends.has(before) ? from - 1 : -1;
    }
    if (this.lowerAt(from - 2) !== 'the' || letterCase(this.words[from - 1].text, 0) !== 2) return -1;
    const before = this.lowerAt(from - 3);
    return firsts.mayHold(before) && ends.has(before) ? from - 2 : -1;
  }

  /**
   * The cue bits of the plural noun before an example marker in front of word `from` ('dailies, above
   * all Tribuna' → a periodical's), or 0. Read backwards from the clean text: the noun may be beyond
   * the words kept around the name.
   */
  private exampleCueBits(from: number, name: number): number {
    const text = this.text;
    for (const marker of this.lex.exampleMarkers) {
      let pos = this.words[from].cleanStart;
      let i = marker.length - 1;
      for (; i >= 0; i--) {
        const w = previousWord(text, pos);
        if (w === null || w.text.toLowerCase() !== marker[i]) break;
        pos = w.start;
      }
      if (i >= 0) continue;
      while (pos > 0 && text.charCodeAt(pos - 1) === 32) pos--;
      if (pos > 0 && text.charCodeAt(pos - 1) === 44) pos--;
      const noun = previousWord(text, pos);
      if (noun === null || letterCase(noun.text, 0) !== 2) return 0;
      const f = fold(noun.text);
      // (Plural nouns only: 'a union like Solidarity' compares.)
      return f.endsWith('s') ? this.pluralCueBits(f) || this.groupCueBits(f, name) : 0;
    }
    return 0;
  }

  /**
   * A role noun's cue for the name at `name` after a plural noun of people that is no role noun
   * ('a group of intellectuals, among them Jacek Kuroń and …', 'officials such as Daoed Joesoef'),
   * else 0: the name is two to four capitalised words, none a word the text writes in lower case, a
   * head, a title, a nationality or a known name other than a person's ('officials, including Home
   * Affairs' and 'delegates, including Kenya Tea Growers' stay unread). A single word takes no cue
   * from such a noun ('people such as Nowak').
   */
  private groupCueBits(noun: string, name: number): number {
    if (!this.lex.examplePersonNouns.has(noun)) return 0;
    const { words, lex, docLower } = this;
    const end = this.plainRunEnd(name);
    if (end === name || end - name > 3) return 0;
    for (let k = name; k <= end; k++) {
      const f = foldOf(words[k]);
      if (!startsUpper(words[k].text) || isAcronymWord(words[k].text) || docLower.has(f) || this.is(k, KIND.HEAD | KIND.TITLE | KIND.NON_ENTITY)) return 0;
      const known = lex.lookup(words[k].text);
      if (known !== null && known.type !== 'PERSON') return 0;
    }
    return CUE.ROLE_NOUN;
  }

  /**
   * Whether word `k` is a modifier after 'the', 'a' or 'an' ('the opposition', 'a Wafdist', 'the
   * official'): one word in lower case, or a nationality or creed, no determiner or pronoun.
   */
  private modifiedAfterArticle(k: number): boolean {
    const { words, lex } = this;
    const w = words[k];
    const a = this.lowerAt(k - 1);
    if (a !== 'the' && a !== 'a' && a !== 'an') return false;
    if (letterCase(w.text, 0) === 2) return w.pos === POS.NOUN || w.pos === POS.ADJ;
    return lex.nonEntityWords.has(foldOf(w)) || ISH_ADJECTIVE.test(w.text);
  }

  /** Whether words `k - 1` and `k` are a two-word periodical noun ('news site', 'news agency'). */
  private periodicalPairAt(k: number): boolean {
    const firsts = this.lex.periodicalPairs.get(this.lowerAt(k));
    return firsts !== undefined && firsts.has(this.lowerAt(k - 1));
  }

  /** The cue bits of `noun` or of its singular ('unions' → 'union', 'dailies' is listed itself). */
  private pluralCueBits(noun: string): number {
    const cueBits = this.lex.cueBits;
    const bits = cueBits.get(noun);
    if (bits !== undefined || noun.length < 4) return bits ?? 0;
    if (noun.endsWith('ies')) return cueBits.get(`${noun.slice(0, -3)}y`) ?? 0;
    return noun.endsWith('s') ? (cueBits.get(noun.slice(0, -1)) ?? 0) : 0;
  }

  /** The last capitalised word of a work's subtitle after word `to`: "Proletarian China: A Century of Chinese Labour". */
  private subtitleEnd(to: number): number {
    const { words, n } = this;
    let k = to + 2;
    let lastName = to;
    while (k < n && (words[k].name || startsUpper(words[k].text) || SUBTITLE_SMALL.has(words[k].text))) {
      if (startsUpper(words[k].text)) lastName = k;
      k++;
    }
    return lastName;
  }

  /** The first word after the titles, and a nationality before them, that open words [from, to]: 'Japanese Prime Minister Yasuhiro Nakasone'. */
  private afterTitles(from: number, to: number): number {
    const { words, lex } = this;
    let k = from;
    let titles = 0;
    while (k <= to && !words[k].possessive) {
      const kinds = kindsOf(words[k], this.kinds);
      if (kinds & KIND.TITLE) titles++;
      else if (!(titles === 0 && ((kinds & KIND.NON_ENTITY) !== 0 || (k === from && this.ordinalTitle(k))))) break;
      k++;
    }
    return titles > 0 ? k : from;
  }

  /**
   * Links runs of one coordinated list ('Beijing, Shenzhen, and Guangzhou'): the mention gets the
   * list id carried from the run before, and carries it on when a separator leads to another name.
   */
  private noteList(end: number, mention: RawMention | null): void {
    const { words, n } = this;
    // 'the Asian Development Bank (ADB) and BRAC': an acronym defined in brackets is no member of the
    // list and does not end it; the name before it carries the list on past the bracket.
    if (end > 0 && words[end - 1].text === '(' && words[end + 1].text === ')' && isAcronymWord(words[end].text)) return;
    let k = end + 1;
    if (words[k].text === '(' && words[k + 2].text === ')' && isAcronymWord(words[k + 1].text)) k += 3;
    let seps = 0;
    let conjunction = false;
    let comma = false;
    while (k < n && seps < 2 && (words[k].text === ',' || words[k].text === 'and' || words[k].text === 'or')) {
      if (words[k].text === ',') comma = true;
      else conjunction = true;
      k++;
      seps++;
    }
    // 'in Geneva, Lyon and Cairo, and Venetian consuls watched …': a list its 'and' has closed ends at
    // its last member; ', and' after it opens a new clause, whose first name is no member.
    const closed = this.carriedByConjunction && comma && conjunction;
    const continues = seps > 0 && words[k].name && !words[end].possessive && !closed;
    this.carriedByConjunction = continues && conjunction;
    if (mention && this.carry >= 0) mention.list = this.carry;
    if (!continues) this.carry = -1;
    else if (mention) {
      if (mention.list < 0) mention.list = this.ctx.lists.next++;
      this.carry = mention.list;
    } else if (this.carry < 0) this.carry = this.ctx.lists.next++;
    if (mention && mention.list >= 0) {
      const members = this.ctx.listMembers.get(mention.list);
      if (members) members.push(mention);
      else this.ctx.listMembers.set(mention.list, [mention]);
    }
  }

  /** Emits the first part of a capitalised modifier ('Guangzhou-based') when the gazetteer knows it. */
  private emitModifierPlace(w: Word, part: { text: string; cleanStart: number; cleanEnd: number }): void {
    const entry = this.lex.lookup(part.text);
    if (!entry || this.ctx.inCitation(part.cleanStart, part.cleanEnd)) return;
    this.out.push(typedMention(this.sentence, part.cleanStart, part.cleanEnd, part.text, { type: entry.type, strength: 3, entry, via: 'gazetteer-part' }, true, isAcronymWord(part.text), w.initial));
  }

  /**
   * Whether the known name at words [k, e] of an unknown run starting at `from` is only a word of
   * it: after a possessive the run keeps ('“Worker’s Solidarity” of Concepción' names a group, not
   * the Polish union), or one word the text also writes in lower case ('solidarity').
   */
  private insideName(from: number, k: number, e: number): boolean {
    if (k > from && this.words[k - 1].possessive) return true;
    return e === k && this.docLower.has(foldOf(this.words[k]));
  }

  /** Emits the gazetteer names inside words [from, to], longest first; true if any was found. */
  private emitKnownParts(from: number, to: number): boolean {
    const { words, lex, text } = this;
    let found = false;
    let k = from;
    while (k <= to) {
      let matched = -1;
      const longest = words[k].name ? (lex.firstWords.get(firstKeyWord(foldOf(words[k]))) ?? 0) : 0;
      for (let e = Math.min(to, k + longest + 1); e >= k && longest > 0; e--) {
        if (!words[e].name) continue;
        if (possessiveBreak(words, k, e, lex)) continue;
        const name = displayName(words, k, e, text, lex);
        const entry = lex.lookup(name);
        if (entry && !this.insideName(from, k, e)) {
          this.out.push(typedMention(this.sentence, words[k].cleanStart, words[e].cleanEnd, name, { type: entry.type, strength: 3, entry, via: 'gazetteer-part' }, e === k, e === k && isAcronymWord(words[k].text), false));
          matched = e;
          found = true;
          break;
        }
      }
      k = matched >= 0 ? matched + 1 : k + 1;
    }
    return found;
  }
}
