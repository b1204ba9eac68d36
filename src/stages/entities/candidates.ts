/**
 * Candidate names in one sentence: runs of capitalised words joined by connectors, trimmed of
 * sentence-initial capitals and titles, extended by lower-case event heads ('the Wenchuan
 * earthquake'), subtitles of works and 'of 1912' after a law, then typed by {@link classify}.
 */
import { fold, type Lexicon } from './lexicon.js';
import { classify, isAcronymWord, isConnector, personShape, type Cues, type Typing } from './classify.js';
import { POS, foldOf, type Word } from './words.js';
import { countLetters, isAllCaps, letterCase, type LowerWords } from './chars.js';

/** A name found in the text, before aliases are grouped. Offsets are clean offsets. */
export interface RawMention {
  /** Index of the sentence, or -1 outside sentences (title, byline, heading). */
  sentence: number;
  cleanStart: number;
  cleanEnd: number;
  /** Display name: titles stripped, apostrophes straight, capitals normalised ('Jude Howell'). */
  name: string;
  typing: Typing | null;
  /** Made of one content word. */
  single: boolean;
  /** Written as an acronym ('ACFTU'). */
  acronym: boolean;
  /** The acronym it defines in brackets right after it: "Trade Unions (ACFTU)". */
  defines: { text: string; cleanStart: number; cleanEnd: number } | null;
  /** Parts of a dash compound ('Hu–Wen'), or null. */
  parts: Word['parts'];
  /** Id of the coordinated list ('Beijing, Shenzhen, and Guangzhou') it stands in, or -1. */
  list: number;
  /** Began the sentence. */
  initial: boolean;
}

/** What scanning needs besides the words. */
export interface ScanContext {
  lex: Lexicon;
  /** Folded words the document writes in lower case somewhere (so a capital may be positional). */
  docLower: LowerWords;
  /** True when the clean span lies in a citation ('(Howell 2003)', 'Lee and Shen (2011)'). */
  inCitation: (cleanStart: number, cleanEnd: number) => boolean;
  /** Acronyms the text defines after lower-case words ('organisations (NGOs)'): not names. */
  genericAcronyms: Set<string>;
  /** Counter for list ids, shared across the document. */
  lists: { next: number };
  /** Typings of names already met in the document, by cues (as bits) and name. */
  memo: Map<number, Map<string, Typing | null>>;
}

const CLOSED_POS = new Set([POS.DET, POS.PRON, POS.ADP, POS.SCONJ, POS.CCONJ, POS.AUX, POS.PART, POS.ADV, POS.INTJ, POS.NUM, POS.SYM, POS.PUNCT]);
const YEAR = /^\d{4}$/;
const SUBTITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'for', 'to', 'with', 'from', 'at', 'by', '&']);
const NONE: Set<number> = new Set();
const CITATION_GLUE = new Set([',', 'and', '&', 'et', 'al', 'al.', '.']);
/** Whether a surface holds curly apostrophes or whitespace other than single spaces. */
function needsNormalising(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i + 1) === 32) return true;
    } else if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4 || c === 9 || c === 10 || c === 13 || c === 0xa0) return true;
  }
  return false;
}

/** A capitalised word that may be part of a name. */
export function isNameWord(w: Word | undefined, lex: Lexicon): boolean {
  if (!w || !w.cap || lex.nonNames.has(w.text)) return false;
  // "Communist-aligned", "UN-supervised" modify the next noun; "May–June" is a date.
  const p = w.parts;
  if (p && lex.nonNames.has(p[0].text)) return false;
  if (p && p.length >= 2 && /^\p{Ll}/u.test(p[p.length - 1].text) && lex.modifierTail.test(p[p.length - 1].text)) return false;
  return true;
}

function startsLowerLetter(text: string): boolean {
  return letterCase(text, 0) === 2;
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|['’.])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/**
 * The display name of words `[from, to]` as written in `text`: whitespace collapsed, apostrophes
 * straightened, and capitals normalised where they are typography rather than an acronym
 * ('Jude HOWELL' → 'Jude Howell', 'INDUSTRIAL WORKERS OF THE WORLD' → 'Industrial Workers of the World').
 */
export function displayName(words: Word[], from: number, to: number, text: string, lex: Lexicon): string {
  if (from === to) {
    const t = words[from].text;
    if (!(words[from].cap && isAllCaps(t)) && !needsNormalising(t)) return t;
  }
  let plain = true;
  for (let i = from; i <= to && plain; i++) if (words[i].cap && isAllCaps(words[i].text)) plain = false;
  if (plain) {
    // No word in capitals: the clean text itself, apostrophes straightened and spaces single.
    const raw = text.slice(words[from].cleanStart, words[to].cleanEnd);
    return needsNormalising(raw) ? raw.replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ') : raw;
  }
  const slice = words.slice(from, to + 1);
  const caps = slice.map((w) => w.cap && isAllCaps(w.text));
  const allCaps = slice.length > 1 && slice.every((w, i) => caps[i] || !w.cap && !startsLowerLetter(w.text));
  let out = '';
  for (let i = 0; i < slice.length; i++) {
    const w = slice[i];
    let t = w.text;
    if (caps[i]) {
      const lowerT = t.toLowerCase();
      if (allCaps && i > 0 && (lex.prepositions.has(lowerT) || lex.articles.has(lowerT) || lex.conjunctions.has(lowerT) || lex.particles.has(lowerT))) t = lowerT;
      else if (allCaps) t = titleCase(t);
      else {
        // In a mixed run ('Jude HOWELL', 'ASEAN-ROK Commemorative Summit') a long capitalised part
        // that is no known acronym is typography; alone, a gazetteer word written in capitals ('CHILE').
        const single = slice.length === 1;
        t = t
          .split(/([-‐‑–])/)
          .map((part) => {
            const letters = countLetters(part).letters;
            const hit = lex.entryByKey.get(part.toLowerCase());
            if (letters < 4 || (hit && hit.capsOnly)) return part;
            if (single ? hit !== undefined : true) return titleCase(part);
            return part;
          })
          .join('');
      }
    }
    if (i > 0 && /\s/.test(text.slice(slice[i - 1].cleanEnd, w.cleanStart))) out += ' ';
    out += t;
    if (w.possessive && i < slice.length - 1) out += w.possessive;
  }
  return out.replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ');
}

/**
 * Indexes of words that are cited authors by shape: capitalised words before a cited year inside
 * brackets ('(Chan 2013; Xu 2013)', '(Franceschini and Lin 2019)') or before a bracketed year
 * ('Lee and Shen (2011)'). A fallback for when the citations layer misses them.
 */
export function citedByShape(words: Word[], lex: Lexicon): Set<number> {
  let cited: Set<number> | null = null;
  for (let y = 0; y < words.length; y++) {
    const t = words[y].text;
    const c = t.charCodeAt(0);
    if (!(c >= 48 && c <= 57 ? lex.citationYear.test(t) : t === 'n.d.' || t === 'n.d' || t === 'forthcoming')) continue;
    let k = y - 1;
    const bracketed = words[k]?.text === '(';
    if (bracketed) k--;
    const names: number[] = [];
    while (k >= 0 && (isNameWord(words[k], lex) || CITATION_GLUE.has(words[k].text))) {
      if (isNameWord(words[k], lex)) names.push(k);
      k--;
    }
    if (names.length === 0) continue;
    // Inside brackets the names must open the bracket or follow ';' or a reading cue ('see', 'e.g.').
    const opener = words[k]?.text;
    if (bracketed || opener === '(' || opener === ';' || /^(see|e\.g\.|cf\.|also)$/i.test(opener ?? '')) {
      cited ??= new Set();
      for (const i of names) cited.add(i);
    }
  }
  return cited ?? NONE;
}

/** Scans the words of sentence `sentence` and appends the candidate names to `out`. */
export function scanWords(words: Word[], sentence: number, text: string, ctx: ScanContext, out: RawMention[]): void {
  const { lex, docLower } = ctx;
  const n = words.length;
  const cited = citedByShape(words, lex);
  let carry = -1;
  const lower = (i: number): string => (i >= 0 && i < n ? foldOf(words[i]) : '');

  // "nongovernmental organisations (NGOs)": an acronym of lower-case words names no one.
  for (let i = 1; i + 2 < n; i++) {
    if (words[i].text === '(' && words[i + 2].text === ')' && isAcronymWord(words[i + 1].text) && letterCase(words[i - 1].text, 0) === 2) {
      ctx.genericAcronyms.add(words[i + 1].text.replace(/s$/, ''));
    }
  }

  /** Whether words [from, to] already form a complete place or person, so 'of' must not join. */
  const complete = (from: number, to: number): boolean => {
    const name = displayName(words, from, to, text, lex);
    const entry = lex.lookup(name);
    if (entry && (entry.type === 'GPE' || entry.type === 'PERSON' || entry.type === 'LOC')) return true;
    const slice = words.slice(from, to + 1);
    // A title makes a person of what follows it ('Professor Pun Ngai of Hong Kong Polytechnic University').
    let t = 0;
    while (t < slice.length && (lex.titles.has(foldOf(slice[t])) || (t === 0 && lex.nonEntityWords.has(foldOf(slice[t]))))) t++;
    if (t > 0 && (t === slice.length || lex.titles.has(foldOf(slice[t - 1])))) return true;
    return personShape(slice.filter((w) => !isConnector(w, lex)), lex, docLower);
  };
  /**
   * Whether a possessive stays inside the name: plural possessives ('Workers’ Club'), listed words
   * ('Women’s', 'People’s') and common nouns the text also writes in lower case ('Worker’s Central').
   */
  const joinsPossessive = (w: Word): boolean => {
    if (w.possessive === "'") return true;
    const f = foldOf(w);
    return lex.possessiveJoiners.has(f) || docLower.has(f) || docLower.has(`${f}s`);
  };
  /** Last index of the plain run of name words starting at `k` (possessives of joiners included). */
  const plainRunEnd = (k: number): number => {
    let e = k;
    while (e + 1 < n && isNameWord(words[e + 1], lex) && (!words[e].possessive || joinsPossessive(words[e]))) e++;
    return e;
  };

  let i = 0;
  while (i < n) {
    if (!isNameWord(words[i], lex)) {
      // "Guangzhou-based lawyers": the place in a modifier is still a mention.
      const p = words[i].parts;
      if (p && words[i].cap) emitModifierPlace(words[i], p[0]);
      i++;
      continue;
    }
    // Grow the run.
    let j = i;
    let sawPreposition = false;
    for (;;) {
      const w = words[j];
      if (w.possessive) {
        // "All-China Women’s Federation", "Workers’ Club" stay one name; "China’s entry" does not.
        if (joinsPossessive(w) && isNameWord(words[j + 1], lex)) {
          j++;
          continue;
        }
        break;
      }
      if (isNameWord(words[j + 1], lex)) {
        j++;
        continue;
      }
      // "World War I", "Wilhelm I": a roman one after a name, not the pronoun ("Beijing I think").
      if (words[j + 1]?.text === 'I' && (j + 2 >= n || !/^\p{L}/u.test(words[j + 2].text))) {
        j++;
        continue;
      }
      let k = j + 1;
      const conn: string[] = [];
      while (k < n && conn.length < 2 && isConnector(words[k], lex)) conn.push(words[k++].text);
      if (conn.length === 0 || !isNameWord(words[k], lex)) break;
      const [c0, c1] = conn;
      let ok = false;
      if (lex.prepositions.has(c0) && (c1 === undefined || lex.articles.has(c1))) {
        // Not 'China of the 1990s', nor 'the First Republic of Rhee Syngman', nor a common noun
        // that only opens the sentence ('Delegates of the International Labour Organisation met').
        const rightEnd = plainRunEnd(k);
        const right = words.slice(k, rightEnd + 1);
        const openerNoun = j === i && words[i].initial && !lex.heads.has(foldOf(words[i])) && !lex.firstHeads.has(foldOf(words[i]));
        ok = !openerNoun && !complete(i, j) && !(lex.lookup(displayName(words, k, rightEnd, text, lex)) === null && personShape(right, lex, docLower));
        if (ok) sawPreposition = true;
      } else if (lex.particles.has(c0) && (c1 === undefined || lex.particles.has(c1))) {
        ok = true;
      } else if (lex.conjunctions.has(c0) && c1 === undefined) {
        // "Ministry of Science and Technology"; "Carpenters and Woodworkers’ Society".
        const rightEnd = plainRunEnd(k);
        const right = displayName(words, k, rightEnd, text, lex);
        const rightKnown = lex.lookup(right) !== null || personShape(words.slice(k, rightEnd + 1), lex, docLower);
        const rightHead = lex.heads.get(foldOf(words[rightEnd]));
        const rightCommon = words.slice(k, rightEnd + 1).some((w) => docLower.has(foldOf(w)));
        const leftKnown = lex.lookup(displayName(words, i, j, text, lex)) !== null || complete(i, j);
        // After a preposition inside an organisation's name ('Society for Education and Mutual Aid'),
        // or before common words ('Commerce and Labor'); not in a list of places ('Isle of Wight and Bournemouth').
        const prep = words.slice(i, j + 1).findIndex((w) => lex.prepositions.has(w.text));
        const leftHead = prep > 0 ? lex.heads.get(foldOf(words[i + prep - 1])) : undefined;
        const inOrgName = leftHead === 'ORG' || leftHead === 'LAW' || leftHead === 'EVENT';
        ok = !rightKnown && !leftKnown && ((sawPreposition && (rightCommon || rightHead === 'ORG' || inOrgName)) || (rightHead === 'ORG' && !sawPreposition));
      }
      if (!ok) break;
      j = k;
    }
    handleRun(i, j);
    i = j + 1;
  }

  /**
   * {@link classify} of words [from, to], memoised per document: a name and its cues decide the
   * answer, and names repeat ('China' forty times).
   */
  function typeOf(from: number, to: number, cues: Cues, name = displayName(words, from, to, text, lex)): Typing | null {
    const bits = +cues.title | (+cues.person << 1) | (+cues.work << 2) | (+cues.org << 3) | (+cues.place << 4);
    let memo = ctx.memo.get(bits);
    if (!memo) ctx.memo.set(bits, (memo = new Map()));
    const known = memo.get(name);
    if (known !== undefined) return known;
    const typing = classify(words.slice(from, to + 1), name, lex, docLower, cues);
    memo.set(name, typing);
    return typing;
  }

  function handleRun(runStart: number, runEnd: number): void {
    let from = runStart;
    let to = runEnd;
    const initial = words[from].initial;
    // Sentence-initial capitals: 'However', 'This', 'Working conditions…', 'Labour NGOs were…'.
    if (words[from].initial) {
      const w = words[from];
      let strip = CLOSED_POS.has(w.pos);
      if (!strip && docLower.has(foldOf(w))) {
        const full = typeOf(from, to, noCues());
        strip = !(full && full.strength >= 2);
      }
      if (strip) from++;
      if (from > to) return noteList(runEnd);
    }
    // 'The U.S. Patent Office': a capitalised article is no part of a name, except in a gazetteer
    // name ('The Hague') or a title ('the journal The Electrician').
    if (lex.articles.has(foldOf(words[from])) && from < to) {
      const prevWord = lower(from - 1);
      const workCue = lex.workCues.has(prevWord) || (lex.articles.has(prevWord) && lex.workCues.has(lower(from - 2)));
      if (!workCue && !lex.lookup(displayName(words, from, to, text, lex))) from++;
    }
    // Cues before the run.
    const prev = lower(from - 1);
    const prev2 = lower(from - 2);
    const cues = noCues();
    cues.person = lex.roleNouns.has(prev) || (prev === 'by' && lex.personByCues.has(prev2));
    cues.work = lex.workCues.has(prev) || (lex.articles.has(prev) && lex.workCues.has(prev2));
    cues.org = lex.orgCues.has(prev);
    cues.place = lex.placePrepositions.has(prev);

    // Extensions after the run.
    let typingOverride: Typing | null = null;
    const next = words[to + 1];
    if (next && !words[to].possessive && lex.eventHeadsLower.has(next.text) && next.pos !== POS.VERB && next.pos !== POS.AUX) {
      const single = from === to && lex.nonEntityWords.has(foldOf(words[from]));
      if (!single) {
        to++;
        typingOverride = { type: 'EVENT', strength: 2, entry: null, via: 'event-head' };
      }
    }
    if (cues.work && words[to + 1]?.text === ':' && /^\p{Lu}/u.test(words[to + 2]?.text ?? '')) {
      // "Proletarian China: A Century of Chinese Labour".
      let k = to + 2;
      let lastName = to;
      while (k < n && (isNameWord(words[k], lex) || /^\p{Lu}/u.test(words[k].text) || SUBTITLE_SMALL.has(words[k].text))) {
        if (/^\p{Lu}/u.test(words[k].text)) lastName = k;
        k++;
      }
      to = lastName;
    }

    // Titles: 'President Xi Jinping' → Xi Jinping, unless the whole run is a name ('General Assembly').
    let nameFrom = from;
    let nameText: string | null = null;
    let typing: Typing | null = typingOverride;
    if (!typing) {
      nameText = displayName(words, from, to, text, lex);
      const full = typeOf(from, to, cues, nameText);
      if (full && (full.via === 'gazetteer' || full.via === 'head' || full.via === 'work-cue')) typing = full;
      else {
        // Titles, and a nationality before them: 'Japanese Prime Minister Yasuhiro Nakasone'.
        let k = nameFrom;
        let titles = 0;
        while (k <= to && !words[k].possessive) {
          const f = foldOf(words[k]);
          if (lex.titles.has(f)) titles++;
          else if (!(titles === 0 && lex.nonEntityWords.has(f))) break;
          k++;
        }
        if (titles > 0) nameFrom = k;
        if (nameFrom > to) return noteList(runEnd);
        if (nameFrom > from) {
          if (isConnector(words[nameFrom], lex)) return noteList(runEnd);
          cues.title = true;
          nameText = displayName(words, nameFrom, to, text, lex);
          typing = typeOf(nameFrom, to, cues, nameText);
        } else typing = full;
      }
    }
    // "Act of 1912", "Law of 2016".
    const lawYear = typing?.type === 'LAW' && words[to + 1]?.text === 'of' && YEAR.test(words[to + 2]?.text ?? '');
    if (lawYear) to += 2;

    // Citations: names in '(Howell 2003)' or 'Lee and Shen (2011)' belong to the citation.
    const cleanStart = words[from].cleanStart;
    const cleanEnd = words[to].cleanEnd;
    if (ctx.inCitation(cleanStart, cleanEnd)) return noteList(runEnd);
    if ((!typing || typing.strength < 3) && cited.size > 0 && rangeHas(cited, from, to)) return noteList(runEnd);

    const defines = words[to + 1]?.text === '(' && words[to + 3]?.text === ')' && isAcronymWord(words[to + 2].text) && !words[to].possessive
      ? { text: words[to + 2].text, cleanStart: words[to + 2].cleanStart, cleanEnd: words[to + 2].cleanEnd }
      : null;
    let contentCount = 0;
    let firstContent = words[nameFrom];
    for (let k = nameFrom; k <= to; k++) {
      if (isConnector(words[k], lex)) continue;
      if (contentCount++ === 0) firstContent = words[k];
    }
    const single = contentCount === 1;
    // "Act of 1912" moved the end: the name is computed again then.
    const name = nameText !== null && !lawYear ? nameText : displayName(words, nameFrom, to, text, lex);

    if (!typing && !single && !defines) {
      // An unknown run may hold known names: 'Hong Kong NGOs', 'Given Hong Kong’s…'.
      if (emitKnownParts(nameFrom, to)) return noteList(runEnd);
    }
    out.push({
      sentence,
      cleanStart,
      cleanEnd,
      name,
      typing,
      single,
      acronym: single && isAcronymWord(firstContent.text),
      defines,
      parts: single && firstContent.parts && firstContent.parts.length > 1 ? firstContent.parts : null,
      list: -1,
      initial: initial && from === runStart,
    });
    noteList(runEnd, out[out.length - 1]);
  }

  /**
   * Links runs of one coordinated list ('Beijing, Shenzhen, and Guangzhou'): the mention gets the
   * list id carried from the run before, and carries it on when a separator leads to another name.
   */
  function noteList(end: number, mention?: RawMention): void {
    let k = end + 1;
    let seps = 0;
    while (k < n && seps < 2 && (words[k].text === ',' || words[k].text === 'and' || words[k].text === 'or')) {
      k++;
      seps++;
    }
    const continues = seps > 0 && isNameWord(words[k], lex) && !words[end].possessive;
    if (mention && carry >= 0) mention.list = carry;
    if (!continues) carry = -1;
    else if (mention) {
      if (mention.list < 0) mention.list = ctx.lists.next++;
      carry = mention.list;
    } else if (carry < 0) carry = ctx.lists.next++;
  }

  /** Emits the first part of a capitalised modifier ('Guangzhou-based') when the gazetteer knows it. */
  function emitModifierPlace(w: Word, part: { text: string; cleanStart: number; cleanEnd: number }): void {
    const entry = lex.lookup(part.text);
    if (!entry || ctx.inCitation(part.cleanStart, part.cleanEnd)) return;
    out.push({
      sentence,
      cleanStart: part.cleanStart,
      cleanEnd: part.cleanEnd,
      name: part.text,
      typing: { type: entry.type, strength: 3, entry, via: 'gazetteer-part' },
      single: true,
      acronym: isAcronymWord(part.text),
      defines: null,
      parts: null,
      list: -1,
      initial: w.initial,
    });
  }

  /** Emits the gazetteer names inside words [from, to], longest first; true if any was found. */
  function emitKnownParts(from: number, to: number): boolean {
    let found = false;
    let k = from;
    while (k <= to) {
      let matched = -1;
      const longest = isNameWord(words[k], lex) ? (lex.firstWords.get(foldOf(words[k]).replace(/[-‐‑–]/g, ' ').split(' ')[0]) ?? 0) : 0;
      for (let e = Math.min(to, k + longest + 1); e >= k && longest > 0; e--) {
        if (!isNameWord(words[e], lex)) continue;
        if (e > k && words.slice(k, e).some((w) => w.possessive && !lex.possessiveJoiners.has(foldOf(w)))) continue;
        const entry = lex.lookup(displayName(words, k, e, text, lex));
        if (entry) {
          out.push({
            sentence,
            cleanStart: words[k].cleanStart,
            cleanEnd: words[e].cleanEnd,
            name: displayName(words, k, e, text, lex),
            typing: { type: entry.type, strength: 3, entry, via: 'gazetteer-part' },
            single: e === k,
            acronym: e === k && isAcronymWord(words[k].text),
            defines: null,
            parts: null,
            list: -1,
            initial: false,
          });
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

function noCues(): Cues {
  return { title: false, person: false, work: false, org: false, place: false };
}

function rangeHas(set: Set<number>, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (set.has(i)) return true;
  return false;
}
