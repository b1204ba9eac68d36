/**
 * Forms of periodisation read in session 31a (each on texts of its own, see
 * tests/stages/periodisation-forms31a.test.ts), kept apart from thesis.ts and called from it when
 * a sentence announces nothing the other readers take:
 * - a count that is the subject of a perfect verb of passing ('Three ages have passed over this
 *   congregation since …'), its stages told later, anywhere after it, each by its ordinal and the
 *   noun counted ('So began the first age, the age of the mission, which lasted until 1926.', '…,
 *   and the second age began. I call it the age of strangers, and it lasted until 2005.');
 * - a count of the parts of a picture or a book, used as a figure for a history ('a triptych, like
 *   the three painted panels above the altar'), its parts told in the sentences right after it, each
 *   opening with its ordinal and named as a time ('The first panel is the oil years, from … 1972 to
 *   … 1983'); a part named otherwise ('The first panel is the Annunciation') is a real picture's;
 * - a count of decades whose stages are named by decades in the sentences right after it ('three
 *   decades that do not keep to the calendar. The long 1970s begin in 1968 … and end in 1982 …. The
 *   short 1980s run from that defeat to … 1989. …'): a period nested in one of them, told later
 *   ('Inside them sit the Alta years, …'), is no stage.
 * In all three each stage must be dated, from its own sentence (a start and an end by the words
 * before their years), from the sentence before it when it points back at it ('So began', 'That was
 * the beginning of'), or from where the stage before ended; the stages must follow on. The words
 * are data: `laterInTurn` in periodisation.json.
 */
import { escapeRegExp, phraseAlternatives as alt, singularOf } from '../../chars.js';
import type { Sentence, TemporalExpression } from '../../doc.js';
import type { Thesis, ThesisItem } from './thesis.js';

export interface LaterInTurnData {
  /** Perfect verbs of time passing after a counted stage noun ('have passed', 'have gone by'). */
  passingVerbs: string[];
  /** Plural nouns of the parts of a picture or a book ('panels', 'acts'), counted as a figure. */
  partNouns: string[];
  /** Nouns of a whole made of a known number of parts ('triptych': 3). */
  wholeNouns: Record<string, number>;
  /** Nouns that make a part's name a time ('the oil years', 'the age of …'). */
  timeNouns: string[];
  /** Adjectives that may stand before a decade that names a stage ('the long 1970s'). */
  decadeAdjectives: string[];
  /** Words right before a year that make it a stage's start ('from', 'began in'). */
  startWords: string[];
  /** Words right before a year (or before the event it dates) that make it a stage's end ('until', 'to'). */
  endWords: string[];
  /** Phrases before the ordinal that start the stage at the last date of the sentence before ('So began the first age'). */
  pointsBack: string[];
  /** Most sentences after a count of passing among which its stages are told. */
  maxSentencesToStages: number;
  /** Most words of a stage's name. */
  maxNameWords: number;
}

export interface LaterInTurnRules {
  countWords: Map<string, number>;
  ordinals: Map<string, number>;
  stageNouns: Set<string>;
  passing: RegExp;
  partCount: RegExp;
  wholeCount: RegExp;
  wholeNouns: Map<string, number>;
  partNouns: Set<string>;
  timeNouns: Set<string>;
  decadeCount: RegExp;
  decadeOpening: RegExp;
  /** Words of start, global ('from', 'began in'). */
  startWords: RegExp;
  /** Words of end, global ('until', 'to', 'end in'). */
  endWords: RegExp;
  pointsBack: RegExp;
  maxSentencesToStages: number;
  maxNameWords: number;
}

/** Compiles the data (`countWords`, `ordinals` and `stageNouns` as the rest of the stage has them). */
export function laterInTurnRules(d: LaterInTurnData, countWords: Record<string, number>, ordinals: Record<string, number>, stageNouns: string[]): LaterInTurnRules {
  const counts = Object.keys(countWords).filter((w) => countWords[w] >= 2).join('|');
  const plural = stageNouns.filter((n) => n.endsWith('s')).join('|');
  const countsEitherCase = counts.split('|').flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).join('|');
  return {
    countWords: new Map(Object.entries(countWords)),
    ordinals: new Map(Object.entries(ordinals)),
    stageNouns: new Set(stageNouns),
    // 'Three ages have passed', 'Four long eras have gone by': the count and the noun open the clause.
    passing: new RegExp(`(?:^|[,;:]\\s+|\\b(?:and|but)\\s+)(${counts})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${plural})\\s+(?:${alt(d.passingVerbs)})\\b`, 'iu'),
    // (The count in either case, the noun in lower case: not the Acts of a parliament.)
    partCount: new RegExp(`\\b(${countsEitherCase})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${d.partNouns.map(escapeRegExp).join('|')})\\b(?!\\s+of\\b)`, 'u'),
    wholeCount: new RegExp(`\\b(?:a|an|the)\\s+(${Object.keys(d.wholeNouns).map(escapeRegExp).join('|')})\\b`, 'iu'),
    wholeNouns: new Map(Object.entries(d.wholeNouns)),
    partNouns: new Set(d.partNouns.map(singularOf)),
    timeNouns: new Set(d.timeNouns),
    decadeCount: new RegExp(`\\b(${counts})\\s+decades\\b(?!\\s+(?:of|ago|later|earlier|before|after)\\b)`, 'iu'),
    decadeOpening: new RegExp(`^(?:and\\s+)?(the\\s+(?:(?:${alt(d.decadeAdjectives)})\\s+)?(\\d{3}0)s)\\b`, 'iu'),
    startWords: new RegExp(`\\b(?:${alt(d.startWords)})\\b`, 'giu'),
    endWords: new RegExp(`\\b(?:${alt(d.endWords)})\\b`, 'giu'),
    pointsBack: new RegExp(`\\b(?:${alt(d.pointsBack)})\\s+$`, 'iu'),
    maxSentencesToStages: d.maxSentencesToStages,
    maxNameWords: d.maxNameWords,
  };
}

/** Builds a thesis item over a whole sentence, dated `from`–`to` on the expression `base`, named `label`. */
export type MakeDatedItem = (s: Sentence, base: TemporalExpression, from: number, to: number | null, label: string | null) => ThesisItem;

/** One stage found: its sentence (and the one that continues it), where its ordinal or name stands, its name. */
interface Found {
  s: Sentence;
  /** The sentence right after that goes on about it ('I call it the age of strangers, and it lasted until 2005.'), if any. */
  more: Sentence | null;
  /** Offset in `s.text` right after the stage's mention (its ordinal and noun, or its decade name). */
  after: number;
  /** Offset of the mention's start. */
  at: number;
  label: string | null;
  /** The decade that names the stage (1970 for 'the long 1970s'), in the form of decades. */
  decade?: number;
}

/** 'I call it the age of strangers', 'which Magnus always called the shellfish years' (group 1, the name). */
const CALLED = /\b(?:call|calls|called)\s+(?:it\s+)?((?:the|a|an)\s+[^,;:.()"“”]{2,60}?)(?=\s*[,;:.]|\s+(?:and|but|which|when|from|since)\b|$)/u;
/** Right after the mention: an apposition ', the age of the mission,' (group 1). */
const APPOSED = /^\s*,\s+((?:the|a|an)\s+[^,;:.()"“”]{2,60}?)(?=\s*[,;:.]|$)/u;
/** Right after the mention: a copula and the name ('is the oil years, from …') (group 1). */
const COPULAR = /^\s+(?:is|was|are|were)\s+((?:the|a|an)\s+[^,;:.()"“”]{2,60}?)(?=\s*[,;:.]|\s+(?:from|since|between|until|which|when|that)\b|$)/u;
/** A sentence that goes on about the stage just told, by a pronoun ('I call it …', 'It lasted until …'). */
const GOES_ON = /^(?:(?:I|We)\s+(?:\p{L}+\s+)?call\s+it\b|(?:It|This)\s+(?:lasted|ran|ended|went\s+on|continued)\b)/u;
/** Words of a name that show it is a clause, not a name. */
const CLAUSE_WORD = /\b(?:who|whom|which|that|when|where|was|were|is|are|had|has|have)\b/iu;

/** Kinds of temporal expression that do not date a stage's bounds here. */
const NOT_BOUNDS: ReadonlySet<string> = new Set(['relative', 'era', 'decade']);

/**
 * The stages counted at sentence `k` and told after it in one of the three forms, as a thesis; null
 * when the sentence counts none so, or the stages are not all found, named as each form requires,
 * dated and in order.
 */
export function laterInTurn(sentences: Sentence[], k: number, temporalOf: (s: Sentence) => readonly TemporalExpression[], rules: LaterInTurnRules, make: MakeDatedItem): Thesis | null {
  const s = sentences[k];
  const passing = rules.passing.exec(s.text);
  if (passing) {
    const count = rules.countWords.get(passing[1].toLowerCase())!;
    const found = toldByOrdinal(sentences, k, count, singularOf(passing[2].toLowerCase()), rules);
    const t = found && dated(found, sentences, temporalOf, rules, make, false);
    if (t) return { count, countSentenceId: s.id, items: t, repeatedIn: t.map(() => []), frameStart: null, countedNoun: passing[2].toLowerCase() };
  }
  const part = rules.partCount.exec(s.text);
  const whole = part ? null : rules.wholeCount.exec(s.text);
  if (part || whole) {
    const count = part ? rules.countWords.get(part[1].toLowerCase())! : rules.wholeNouns.get(whole![1].toLowerCase())!;
    const found = partsRightAfter(sentences, k, count, part ? singularOf(part[2]) : null, rules);
    const t = found && dated(found, sentences, temporalOf, rules, make, false);
    if (t) return { count, countSentenceId: s.id, items: t, repeatedIn: t.map(() => []), frameStart: null, countedNoun: part ? part[2] : whole![1].toLowerCase() };
  }
  const decades = rules.decadeCount.exec(s.text);
  if (decades) {
    const count = rules.countWords.get(decades[1].toLowerCase())!;
    const found = decadesRightAfter(sentences, k, count, rules);
    const t = found && dated(found, sentences, temporalOf, rules, make, true);
    if (t) return { count, countSentenceId: s.id, items: t, repeatedIn: t.map(() => []), frameStart: null, countedNoun: 'decades' };
  }
  return null;
}

/** The ordinal words of stage `i` of `count` ('first'; the last also 'last', 'final'). */
function ordinalWords(i: number, count: number, rules: LaterInTurnRules): string {
  const words = [...rules.ordinals].filter(([w, n]) => n === i && /^\p{L}{3,}$/u.test(w) && !rules.countWords.has(w)).map(([w]) => w);
  if (i === count) words.push('last', 'final');
  return words.join('|');
}

/** The sentence after `t` in its paragraph when it goes on about the stage by a pronoun. */
function goesOn(sentences: Sentence[], t: number): Sentence | null {
  const next = sentences[t + 1];
  return next && next.paragraphId === sentences[t].paragraphId && GOES_ON.test(next.text) ? next : null;
}

/** A name, if it is one: short and no clause. */
function nameOf(m: RegExpExecArray | null, rules: LaterInTurnRules): string | null {
  if (!m) return null;
  const name = m[1].trim();
  return name.split(/\s+/u).length <= rules.maxNameWords && !CLAUSE_WORD.test(name) ? name : null;
}

/** Stages told anywhere after the count, in order, each by 'the <ordinal> <noun>' ('So began the first age, the age of the mission, …'). */
function toldByOrdinal(sentences: Sentence[], k: number, count: number, noun: string, rules: LaterInTurnRules): Found[] | null {
  const found: Found[] = [];
  const last = Math.min(sentences.length, k + 1 + rules.maxSentencesToStages);
  let t = k + 1;
  for (let i = 1; i <= count; i++) {
    const mention = new RegExp(`\\b(?:the|its|our|their|this)\\s+(?:${ordinalWords(i, count, rules)})\\s+${escapeRegExp(noun)}\\b`, 'iu');
    let m: RegExpExecArray | null = null;
    for (; t < last && !(m = mention.exec(sentences[t].text)); t++);
    if (!m) return null;
    const s = sentences[t];
    const after = m.index + m[0].length;
    const more = goesOn(sentences, t);
    const label = nameOf(APPOSED.exec(s.text.slice(after)), rules) ?? nameOf(CALLED.exec(s.text), rules) ?? (more ? nameOf(CALLED.exec(more.text), rules) : null);
    found.push({ s, more, after, at: m.index, label });
    t++;
  }
  return found;
}

/** Parts told in the sentences right after the count, each opening with its ordinal (and the part's noun), named as a time. */
function partsRightAfter(sentences: Sentence[], k: number, count: number, noun: string | null, rules: LaterInTurnRules): Found[] | null {
  const found: Found[] = [];
  const nouns = noun ? escapeRegExp(noun) : [...rules.partNouns].map(escapeRegExp).join('|');
  for (let i = 1; i <= count; i++) {
    const t = k + i;
    const s = sentences[t];
    if (!s || s.paragraphId !== sentences[k].paragraphId) return null;
    const m = new RegExp(`^(?:and\\s+)?the\\s+(?:${ordinalWords(i, count, rules)})(?:\\s+(?:${nouns}))?\\b`, 'iu').exec(s.text);
    if (!m) return null;
    const after = m[0].length;
    const label = nameOf(COPULAR.exec(s.text.slice(after)), rules) ?? nameOf(CALLED.exec(s.text), rules);
    // ('The first panel is the Annunciation': a picture's part, not a time.)
    const head = label?.toLowerCase().match(/[\p{L}]+$/u)?.[0];
    if (!label || head === undefined || !(rules.timeNouns.has(head) || rules.stageNouns.has(head) || /\b(?:age|era|time|years)\s+of\b/iu.test(label))) return null;
    found.push({ s, more: null, after, at: 0, label });
  }
  return found;
}

/** Stages named by decades in the sentences right after the count ('The long 1970s begin in 1968 …'), the decades in order. */
function decadesRightAfter(sentences: Sentence[], k: number, count: number, rules: LaterInTurnRules): Found[] | null {
  const found: Found[] = [];
  for (let i = 1; i <= count; i++) {
    const s = sentences[k + i];
    if (!s || s.paragraphId !== sentences[k].paragraphId) return null;
    const m = rules.decadeOpening.exec(s.text);
    const decade = m ? Number(m[2]) : NaN;
    if (!m || (found.length > 0 && !(decade > found[found.length - 1].decade!))) return null;
    // ('The long 1970s begin …': the article that opens the sentence is no capital of the name.)
    found.push({ s, more: null, after: m[0].length, at: 0, label: m[1].replace(/^The\b/u, 'the'), decade });
  }
  return found;
}

/**
 * Dates the stages found and makes them items: each from its own sentence's start and end (by the
 * words before each year, or before the event it dates: 'from the night in the Thule Bar in 1972 to
 * the coming of the quotas in 1983'), its start else from the sentence before when it points back
 * ('So began the first age'), else where the stage before ended; its end else where the next
 * starts, the last open. Null when a stage stays undated or they do not follow on.
 */
function dated(found: Found[], sentences: Sentence[], temporalOf: (s: Sentence) => readonly TemporalExpression[], rules: LaterInTurnRules, make: MakeDatedItem, decades: boolean): ThesisItem[] | null {
  const spans: { from: number | null; to: number | null; base: TemporalExpression | null }[] = [];
  for (const f of found) {
    let from: number | null = null;
    let to: number | null = null;
    let base: TemporalExpression | null = null;
    for (const x of [f.s, ...(f.more ? [f.more] : [])]) {
      for (const e of temporalOf(x)) {
        if (e.from === null || NOT_BOUNDS.has(e.kind)) continue;
        const at = x.text.indexOf(e.text);
        // (Not a year inside the mention itself: 'The long 1970s'.)
        if (at < 0 || (x === f.s && at >= f.at && at < f.after)) continue;
        const role = roleOf(x.text.slice(0, at), e.text, rules);
        if (role === 'end' && to === null) to = e.to ?? e.from;
        else if (role !== 'end' && from === null && x === f.s) {
          from = e.from;
          if (e.to !== null && e.to > e.from && to === null && e.kind === 'range') to = e.to;
        }
        base ??= e;
      }
    }
    // ('In 1771 he came back …. So began the first age, …': the last date of the sentence before.)
    if (from === null && rules.pointsBack.test(f.s.text.slice(0, f.at))) {
      const i = sentences.indexOf(f.s);
      const before = i > 0 && sentences[i - 1].paragraphId === f.s.paragraphId ? temporalOf(sentences[i - 1]).filter((e) => e.from !== null && !NOT_BOUNDS.has(e.kind)) : [];
      const lastBefore = before[before.length - 1];
      if (lastBefore) {
        from = lastBefore.to ?? lastBefore.from;
        base ??= lastBefore;
      }
    }
    spans.push({ from, to, base });
  }
  for (let i = 0; i < spans.length; i++) {
    const x = spans[i];
    if (x.from === null && i > 0) x.from = spans[i - 1].to;
    if (x.to === null && i + 1 < spans.length) x.to = spans[i + 1].from;
    if (x.from === null || x.base === null) return null;
    if (x.to !== null && x.to <= x.from) return null;
    if (i + 1 < spans.length && x.to === null) return null;
    if (i > 0 && (x.from < spans[i - 1].to! || x.from > spans[i - 1].to! + 1)) return null;
  }
  // (A decade named as a stage covers its own years, give or take a few: 'the long 1970s', 1968–1982.)
  if (decades && found.some((f, i) => Math.abs(spans[i].from! - f.decade!) > 10)) return null;
  return found.map((f, i) => make(f.s, spans[i].base!, spans[i].from!, spans[i].to, f.label));
}

/** Whether a year starts or ends a stage, by the last word of start or end before it in its clause ('from … in 1972', 'to … in 1983', 'lasted until 1926'). */
function roleOf(before: string, text: string, rules: LaterInTurnRules): 'start' | 'end' | null {
  if (/^(?:from|since|after)\b/iu.test(text)) return 'start';
  if (/^(?:until|till|to|before)\b/iu.test(text)) return 'end';
  // (The clause: since the last full stop or semicolon, or a comma before a relative word.)
  const clause = before.split(/[;.]|,\s+(?=which\b|when\b|where\b)/u).pop() ?? before;
  const last = (re: RegExp): number => {
    let at = -1;
    re.lastIndex = 0;
    for (let m = re.exec(clause); m !== null; m = re.exec(clause)) at = m.index;
    return at;
  };
  const start = last(rules.startWords);
  const end = last(rules.endWords);
  return end > start ? 'end' : start >= 0 ? 'start' : null;
}
