/**
 * Stage `sentences`: sentences and tokens of every prose paragraph, read with wink-nlp (the one
 * instance of the process) and then repaired where academic prose trips a general splitter:
 * "et al.", "e.g.", "p. 12" do not end a sentence; "troublemakers. 2015 was…" does. Also collects
 * the custom-entity matches of patterns other stages registered, so wink reads each text once.
 */
import { layer, type Paragraph, type Sentence, type TokenTable } from '../doc.js';
import { readTokens } from '../adapters/wink.js';
import type { ForwardMapper } from '../offsets.js';
import { defineStage } from '../stage.js';

export interface SentencesOptions {
  /** Data file with abbreviations (default: `sentences.json`). */
  rules: string;
  /** Data file whose `captionLabels` open a caption ('Table 1.'); the clean stage's (default: `cleanup.json`). */
  captions: string;
}

interface SentenceRules {
  neverFinal: Set<string>;
  maybeFinal: Set<string>;
  /** Nouns a capital letter labels ('Period A'): after one, 'A.' and a capitalised word end a sentence. */
  letterLabels: Set<string>;
  splitBeforeNumber: boolean;
  captionLabels: Set<string>;
}

/** A custom-entity match from wink, in original and clean offsets. */
export interface PatternMatch {
  name: string;
  start: number;
  end: number;
  cleanStart: number;
  cleanEnd: number;
}

const OPENERS = /^[(\["'“‘\d]|^\p{Ll}/u;
// Patterns used per token: module constants, so no RegExp object is made for each token.
const STRAY_CLOSER = /^[)\]"”’]+$/;
const SHORT_NUMBER = /^\d{1,4}$/;
const STARTS_LETTER = /^\p{L}/u;
const WORD_OF_LETTERS = /^\p{L}{2,}$/u;
const LOWER_WORD_WITH_STOP = /^(\p{Ll}{2,})\.$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const ENUMERATOR = /^(?:\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])$/;
const ENUMERATOR_WITH_STOP = /^(?:\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])[.)]$/;

const CAPTION_NUMBER = /^(?:\d{1,3}(?:\.\d{1,2})?[a-z]?|[IVXivx]{1,5})\.?$/;

/** True when the inclusive token span [first, last] is a caption's label and number alone: 'Table 1.', 'Figure 2.3.', 'Plate IV.'. */
function isCaptionHead(values: string[], first: number, last: number, rules: SentenceRules): boolean {
  if (last - first > 2 || last === first || !rules.captionLabels.has(values[first].toLowerCase())) return false;
  const number = values[first + 1];
  return CAPTION_NUMBER.test(number) && (values[last] === '.' ? last === first + 2 : last === first + 1 && number.endsWith('.'));
}

/** True when the inclusive token span [first, last] is a list item's number alone: '1.', 'iv.', 'b)'. */
function isEnumerator(values: string[], first: number, last: number): boolean {
  if (first === last) return ENUMERATOR_WITH_STOP.test(values[first]);
  return last === first + 1 && ENUMERATOR.test(values[first]) && (values[last] === '.' || values[last] === ')');
}

/** The word before a final full stop, lower-cased, when the stop ends the token list at `end`. */
function wordBeforeStop(values: string[], end: number): string | null {
  const last = values[end];
  if (last === '.' && end > 0) return values[end - 1].toLowerCase();
  if (last.length > 1 && last.endsWith('.')) return last.slice(0, -1).toLowerCase();
  return null;
}

/** True when the full stop token `i` follows a plain word of letters, no abbreviation: a stop that may end a sentence. */
function plainWordBeforeStop(values: string[], i: number, rules: SentenceRules): boolean {
  const word = wordBeforeStop(values, i);
  return word !== null && !rules.neverFinal.has(word) && !rules.maybeFinal.has(word) && WORD_OF_LETTERS.test(values[i - 1]);
}

/**
 * "…troublemakers. 2015 was a landmark year": the full stop token `i`, then a number, then a word,
 * ends a sentence after a plain word. (Rare cases are functions of their own: code first run after
 * the caller was optimised makes it bail out and be compiled again.)
 */
function numberStartsSentence(values: string[], i: number, rules: SentenceRules): boolean {
  if (!SHORT_NUMBER.test(values[i + 1]) || !STARTS_LETTER.test(values[i + 2] ?? '')) return false;
  return plainWordBeforeStop(values, i, rules);
}

/**
 * "…put back in. Crushed petals…": wink reads "in." as an abbreviation (inches); a plain lower-case
 * word with a full stop (token `i`), then a capitalised word, ends a sentence.
 */
function stopEndsSentence(values: string[], i: number, rules: SentenceRules): boolean {
  const abbreviated = LOWER_WORD_WITH_STOP.exec(values[i]);
  return abbreviated !== null && !rules.neverFinal.has(abbreviated[1]) && STARTS_UPPER.test(values[i + 1]);
}

/**
 * "… referred to below as Period A, Period B and Period C. Period A runs from …": a capital letter
 * with its full stop (token `i`, 'C.') after a noun it labels, then a capitalised word, ends a
 * sentence (elsewhere a letter and a stop are an initial: 'John F. Kennedy').
 */
function labelLetterEndsSentence(values: string[], i: number, rules: SentenceRules): boolean {
  return LETTER_WITH_STOP.test(values[i]) && i > 0 && rules.letterLabels.has(values[i - 1].toLowerCase()) && STARTS_UPPER.test(values[i + 1] ?? '');
}
const LETTER_WITH_STOP = /^\p{Lu}\.$/u;

/**
 * "We will come to that, Dr Keller. – Phase III, the school peace, began …": a full stop (token
 * `i`) after a plain word, then a dash and a capitalised word, ends a sentence (minutes and
 * transcripts open a speaker's next point with a dash).
 */
function dashStartsSentence(values: string[], i: number, rules: SentenceRules): boolean {
  if (!SENTENCE_DASH.has(values[i + 1]) || !STARTS_UPPER.test(values[i + 2] ?? '')) return false;
  return plainWordBeforeStop(values, i, rules);
}
const SENTENCE_DASH = new Set(['–', '—']);

/**
 * Repairs wink's sentence spans (inclusive token ranges) for one paragraph: merges a split after an
 * abbreviation, splits before a number after a full stop.
 */
export function repairSentenceSpans(values: string[], spans: [number, number][], rules: SentenceRules): [number, number][] {
  // Indexed loops, not `for…of` with destructuring (and the rare rules out of line): less than half
  // the bytecode for the optimising compiler of every worker to compile.
  const merged: [number, number][] = [];
  for (let s = 0; s < spans.length; s++) {
    const first = spans[s][0];
    const last = spans[s][1];
    if (merged.length > 0) {
      const previous = merged[merged.length - 1];
      const word = wordBeforeStop(values, previous[1]);
      const next = values[first] ?? '';
      const abbreviation = word !== null && (rules.neverFinal.has(word) || (rules.maybeFinal.has(word) && OPENERS.test(next)));
      // A lone closing bracket or quote split off the previous sentence belongs to it; a list
      // item's number ('1. The figures are from …') and a caption's label ('Table 1. Registered
      // NGOs …') open the sentence after it.
      const strayCloser = STRAY_CLOSER.test(next) && last - first <= 1;
      if (abbreviation || strayCloser || isEnumerator(values, previous[0], previous[1]) || isCaptionHead(values, previous[0], previous[1], rules)) {
        previous[1] = last;
        continue;
      }
    }
    merged.push([first, last]);
  }
  if (!rules.splitBeforeNumber) return merged;
  const split: [number, number][] = [];
  for (let s = 0; s < merged.length; s++) {
    const last = merged[s][1];
    let from = merged[s][0];
    for (let i = from + 1; i < last; i++) {
      const value = values[i];
      if ((value === '.' && numberStartsSentence(values, i, rules)) || (value.length > 2 && value.endsWith('.') && stopEndsSentence(values, i, rules))) {
        split.push([from, i]);
        from = i + 1;
      } else if (value.length === 2 && i + 1 <= last && labelLetterEndsSentence(values, i, rules)) {
        split.push([from, i]);
        from = i + 1;
      } else if (value === '.' && i + 2 <= last && dashStartsSentence(values, i, rules)) {
        // (The dash stays with the sentence it closes, so the next one opens with its first word.)
        split.push([from, i + 1]);
        from = i + 2;
      }
    }
    split.push([from, last]);
  }
  return split;
}

/**
 * Merges a split inside a word: a sentence that starts right where the one before ends, with no
 * space between, in lower case ('… the news portal Klix.' + 'ba over a recording …'), is the same
 * sentence (a web address, a domain name). Returns `spans` itself when there is none.
 */
function withoutGluedSplits(spans: [number, number][], values: string[], starts: ArrayLike<number>, ends: ArrayLike<number>): [number, number][] {
  let merged: [number, number][] | null = null;
  for (let s = 1; s < spans.length; s++) {
    const first = spans[s][0];
    const glued = first > 0 && starts[first] === ends[first - 1] && LOWER_START.test(values[first]);
    if (glued && merged === null) merged = spans.slice(0, s).map((x) => [x[0], x[1]]);
    if (merged === null) continue;
    if (glued) merged[merged.length - 1][1] = spans[s][1];
    else merged.push([spans[s][0], spans[s][1]]);
  }
  return merged ?? spans;
}
const LOWER_START = /^\p{Ll}/u;

/** A book's part or chapter and its number, as the words of a paragraph's first sentence ('Part', 'I.' / 'Part', 'II', '.'). */
const PART_WORD = /^(?:Part|PART|Chapter|CHAPTER|Book|BOOK|Volume|VOLUME)$/u;
const PART_NUMBER = /^(?:[IVXLC]{1,6}|\d{1,2})\.?$/u;
/** A letter or two and a number that label an item ('R1', 'Q3', 'A2.1'). */
const ITEM_LABEL = /^\p{Lu}{1,2}\d{1,3}(?:\.\d{1,2})?\.?$/u;

/**
 * 'Part I. The National Front's Boards, 1958–1974' in a table of contents, 'R1. We recommend that …'
 * in a report: a paragraph that opens with a part and its number, or an item's label, split there by
 * the full stop, is one sentence.
 * Returns `spans` itself when its first sentence is no such number.
 */
function withoutPartNumberSplits(spans: [number, number][], values: string[]): [number, number][] {
  // (Cheap first: such a sentence is two or three tokens, 'R1', '.' or 'Part', 'II', '.'.)
  if (spans.length < 2 || spans[0][1] - spans[0][0] > 2) return spans;
  const [first, last] = spans[0];
  const words = values.slice(first, last + 1).filter((v) => v !== '.');
  // ('Part I.', 'Chapter 3.'; a recommendation's or an item's label, 'R1.', 'Q3.')
  const label = (words.length === 2 && PART_WORD.test(words[0]) && PART_NUMBER.test(words[1])) || (words.length === 1 && ITEM_LABEL.test(words[0]));
  if (!label || !/\.$/u.test(values[last])) return spans;
  return [[first, spans[1][1]], ...spans.slice(2)];
}

export const sentences = defineStage<SentencesOptions, SentenceRules>({
  name: 'sentences',
  version: 1,
  description: 'Sentences and tokens (with POS) of prose paragraphs, via wink-nlp, with boundary repairs for academic prose.',
  requires: ['clean', 'paragraphs'],
  provides: ['sentences', 'tokens'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: { type: 'string', default: 'sentences.json' },
      // The clean stage's data file: its caption labels are the ones a caption's sentence opens with.
      captions: { type: 'string', default: 'cleanup.json' },
    },
  },
  prepare(options, env) {
    const d = env.loadData<{ neverFinal: string[]; maybeFinal: string[]; splitBeforeNumber: boolean; letterLabels?: string[] }>(options.rules);
    const { captionLabels } = env.loadData<{ captionLabels?: string[] }>(options.captions);
    return { neverFinal: new Set(d.neverFinal), maybeFinal: new Set(d.maybeFinal), letterLabels: new Set(d.letterLabels ?? []), splitBeforeNumber: d.splitBeforeNumber, captionLabels: new Set(captionLabels ?? []) };
  },
  run(doc, { resources: rules }) {
    const { text: clean, map } = layer(doc, 'clean');
    const paragraphs = layer(doc, 'paragraphs');
    const out: Sentence[] = [];
    const columns = new TokenColumns(Math.max(1024, clean.length >> 2));
    const toOriginal = map.forward();
    for (let p = 0; p < paragraphs.length; p++) {
      // Reference-list entries are parsed by the citations stage, not read as prose.
      if (paragraphs[p].kind !== 'reference') readParagraph(paragraphs[p], clean, toOriginal, rules, columns, out);
    }
    return { layers: { sentences: out, tokens: columns.finish() } };
  },
});

/**
 * Reads one paragraph: appends its sentences to `out` and their tokens to `columns`. (A function of
 * its own, so that the optimising compiler compiles this loop alone, once it has run often, rather
 * than the whole stage in the middle of the first document, before its last lines ever ran.)
 */
function readParagraph(
  paragraph: Paragraph,
  clean: string,
  toOriginal: ForwardMapper,
  rules: SentenceRules,
  columns: TokenColumns,
  out: Sentence[],
): void {
  const base = paragraph.cleanStart;
  const read = readTokens(clean.slice(base, paragraph.cleanEnd));
  const spans = withoutPartNumberSplits(withoutGluedSplits(repairSentenceSpans(read.values, read.sentences, rules), read.values, read.starts, read.ends), read.values);
  for (let s = 0; s < spans.length; s++) {
    const first = spans[s][0];
    const last = spans[s][1];
    if (last < first) continue;
    const cleanStart = base + read.starts[first];
    const cleanEnd = base + read.ends[last];
    const tokenStart = columns.count;
    for (let t = first; t <= last; t++) {
      const cs = base + read.starts[t];
      const ce = base + read.ends[t];
      columns.push(cs, ce, toOriginal.start(cs), toOriginal.end(ce), read.pos[t], out.length);
    }
    out.push({
      id: `s${out.length + 1}`,
      text: clean.slice(cleanStart, cleanEnd),
      sectionId: paragraph.sectionId,
      paragraphId: paragraph.id,
      cleanStart,
      cleanEnd,
      // The first token's start and the last token's end, mapped already (mapping them again
      // would step the forward mapper back, into a binary search).
      start: columns.originalStart(tokenStart),
      end: columns.originalEnd(columns.count - 1),
      tokenStart,
      tokenEnd: columns.count,
    });
  }
}

/** Token columns that grow as typed arrays (no boxed numbers for millions of tokens). */
class TokenColumns {
  count = 0;
  private start: Int32Array;
  private end: Int32Array;
  private cleanStart: Int32Array;
  private cleanEnd: Int32Array;
  private pos: Uint8Array;
  private sentence: Int32Array;

  constructor(private capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.cleanStart = new Int32Array(capacity);
    this.cleanEnd = new Int32Array(capacity);
    this.pos = new Uint8Array(capacity);
    this.sentence = new Int32Array(capacity);
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.capacity);
      b.set(a);
      return b;
    };
    this.start = grown(this.start);
    this.end = grown(this.end);
    this.cleanStart = grown(this.cleanStart);
    this.cleanEnd = grown(this.cleanEnd);
    this.pos = grown(this.pos);
    this.sentence = grown(this.sentence);
  }

  push(cleanStart: number, cleanEnd: number, start: number, end: number, pos: number, sentence: number): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.cleanStart[i] = cleanStart;
    this.cleanEnd[i] = cleanEnd;
    this.start[i] = start;
    this.end[i] = end;
    this.pos[i] = pos;
    this.sentence[i] = sentence;
  }

  /** Original start of token `i`. */
  originalStart(i: number): number {
    return this.start[i];
  }

  /** Original end of token `i`. */
  originalEnd(i: number): number {
    return this.end[i];
  }

  finish(): TokenTable {
    const n = this.count;
    return {
      count: n,
      start: this.start.slice(0, n),
      end: this.end.slice(0, n),
      cleanStart: this.cleanStart.slice(0, n),
      cleanEnd: this.cleanEnd.slice(0, n),
      pos: this.pos.slice(0, n),
      sentence: this.sentence.slice(0, n),
    };
  }
}
