/**
 * Stage `entities`: named entities (PERSON, ORG, GPE, LOC, LAW, EVENT, WORK) with a canonical name,
 * the aliases the text writes, and every mention. Candidates come from the token table (runs of
 * capitalised words joined by 'of', 'for', 'on', 'the', 'and', 'de'…), typed by gazetteers, head
 * words ('… Law', 'Ministry of …', '… earthquake'), the shape of personal names and context cues;
 * compromise can be asked about the few multi-word names nothing else typed (off by default: see
 * `useCompromise` in entities.json). Laws known by a quoted nickname in lower case ("called the 'gag
 * law'") are read apart (nicknames.ts). Names inside citations belong to the citation. Mentions in the
 * title, byline and headings have `sentenceId` null and a `block` field.
 */
import { addAcronymLongForms } from './longforms.js';
import { createRequire } from 'node:module';
import { layer, type Block, type BlockKind, type Citation, type Doc, type Entity, type EntityMention, type EntityType } from '../../doc.js';
import type { OffsetMap } from '../../offsets.js';
import { defineStage } from '../../stage.js';
import { addBylineNames, addFrontNames, addHeadingNames } from './blocks.js';
import { addEmailHeaderNames } from './headers.js';
import type { RawMention, ScanContext } from './candidates.js';
import { isRegExpSpace } from '../../chars.js';
import { LowerWords } from './chars.js';
import { Scanner } from './scan.js';
import { canonicalOf, groupMentions, type Fallback, type GroupMention, type Grouper, type TimesWritten } from './group.js';
import { fold, loadLexicon, type Lexicon } from './lexicon.js';
import { addQuotedLawNames } from './nicknames.js';
import { TokenWords } from './words.js';

export interface EntitiesOptions {
  /** Data file with the rules and the list of gazetteers (default: `entities.json`). */
  rules: string;
  /** The era table, whose leaders are people known by their full and short names (default: none). */
  leaders?: string;
}

type Compromise = typeof import('compromise').default;

/**
 * Asks compromise what a short multi-word name is; answers are cached per document. compromise is
 * loaded only when the rules turn this on (it is off by default), so other runs do not pay its load.
 */
function compromiseFallback(): Fallback {
  const nlp = createRequire(import.meta.url)('compromise') as Compromise;
  const cache = new Map<string, EntityType | null>();
  return (name) => {
    if (cache.has(name)) return cache.get(name)!;
    const d = nlp(name);
    const covers = (m: { text: () => string }): boolean => m.text().replace(/[^\p{L}]/gu, '') === name.replace(/[^\p{L}]/gu, '');
    let type: EntityType | null = null;
    if (covers(d.people())) type = 'PERSON';
    else if (covers(d.places())) type = 'GPE';
    else if (covers(d.organizations())) type = 'ORG';
    cache.set(name, type);
    return type;
  };
}

/**
 * Citation spans in clean offsets, sorted by start, as two typed arrays (one shape for every
 * document, with or without citations, so the optimised matcher never meets a new array kind).
 */
interface CitedSpans {
  starts: Int32Array;
  ends: Int32Array;
}

/** The citations' spans in clean offsets, sorted by start (they nearly always come sorted). */
function citedSpans(citations: readonly Citation[], map: OffsetMap): CitedSpans {
  const starts = new Int32Array(citations.length);
  const ends = new Int32Array(citations.length);
  for (let i = 0; i < citations.length; i++) {
    const s = map.toClean(citations[i].start);
    const e = map.toClean(citations[i].end);
    // Insertion sort: stable, like the sort it replaces, and linear on sorted input.
    let k = i;
    while (k > 0 && starts[k - 1] > s) {
      starts[k] = starts[k - 1];
      ends[k] = ends[k - 1];
      k--;
    }
    starts[k] = s;
    ends[k] = e;
  }
  return { starts, ends };
}

/** Whether `[start, end)` overlaps one of the spans (binary search on the starts). */
function overlapsAny(spans: CitedSpans, start: number, end: number): boolean {
  const { starts, ends } = spans;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  // Spans starting before `end`; citations are short, so look back over a few.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (ends[i] > start) return true;
  return false;
}

const SPACES = /\s+/g;

/** Whether `text` holds two white-space characters in a row, or a tab or line break (`/\s\s|[\n\r\t]/`). */
function hasLooseSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 9 || (isRegExpSpace(c) && i + 1 < text.length && isRegExpSpace(text.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** The mentions by position (a copy, sorted only when they are not in order already). */
function inOrder(mentions: readonly GroupMention[]): GroupMention[] {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i].cleanStart < mentions[i - 1].cleanStart) return [...mentions].sort((a, b) => a.cleanStart - b.cleanStart);
  }
  return mentions as GroupMention[];
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * How many times `text` writes the words, as whole words with the case given ('Pakistan', not
 * 'Pakistani'); counted when first asked (only lone short names of rulers ask), then remembered.
 */
function timesWritten(text: string): TimesWritten {
  const counts = new Map<string, number>();
  const once = (word: string): number => {
    let n = counts.get(word);
    if (n !== undefined) return n;
    n = 0;
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
      if (!isWordChar(text[i - 1]) && !isWordChar(text[i + word.length])) n++;
    }
    counts.set(word, n);
    return n;
  };
  return (words) => words.reduce((n, w) => n + once(w), 0);
}

/** The candidate names of the document's sentences, and what scanning noted on the way. */
function scanDocument(doc: Doc, lex: Lexicon): { raw: RawMention[]; ctx: ScanContext } {
  const { text: clean, map } = layer(doc, 'clean');
  const sentences = layer(doc, 'sentences');
  // The words the text writes in lower case somewhere (a capital on them at a sentence start is
  // positional), and the words of every sentence.
  const tokens = layer(doc, 'tokens');
  const docLower = new LowerWords(clean);
  const tokenWords = new TokenWords(tokens, clean, lex, docLower);
  const cited = citedSpans(layer(doc, 'citations'), map);
  const ctx: ScanContext = {
    lex,
    docLower,
    inCitation: (s, e) => overlapsAny(cited, s, e),
    genericAcronyms: new Set(),
    lists: { next: 0 },
    definitions: [],
    listMembers: new Map(),
    shortForms: new Map(),
    memo: [],
  };
  const raw: RawMention[] = [];
  const scanner = new Scanner(clean, ctx, raw);
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index];
    const words = tokenWords.sentence(s.tokenStart, s.tokenEnd);
    scanner.scan(words, index, tokenWords.yearish, tokenWords.paren, tokenWords.label);
  }
  // "called the 'gag law'": nicknames in lower case, which no capital anchors.
  addQuotedLawNames(clean, sentences, lex, ctx, docLower, raw);
  // 'From: Nirmala Perera <…>', 'To: A; B': the header lines of e-mails.
  addEmailHeaderNames(doc.source.text, clean, map, sentences, lex, raw);
  // 'the Mouvement révolutionnaire national pour le développement (MRND)': names capitalised only at their first word.
  addAcronymLongForms(clean, sentences, lex, ctx, raw);
  return { raw, ctx };
}

/**
 * Whether the front-matter block at [start, end) is a keywords line: one of the lexicon's
 * `keywordLabels` before a colon or a full stop ('Keywords: trade unions; Peru').
 */
function isKeywordsLine(clean: string, start: number, end: number, lex: Lexicon): boolean {
  let s = start;
  while (s < end && isRegExpSpace(clean.charCodeAt(s))) s++;
  // (Labels are short: look for the colon or stop among the first few characters only.)
  for (let i = s; i < end && i - s <= 16; i++) {
    const c = clean.charCodeAt(i);
    if (c === 58 || c === 46) return lex.keywordLabels.has(fold(clean.slice(s, i).trim()));
  }
  return false;
}

/** Where the section under block `b` ends: at the next heading's start, else at `end` (the title's section is the text). */
function sectionEnd(blocks: readonly Block[], b: number, end: number): number {
  if (blocks[b].kind !== 'heading') return end;
  for (let c = b + 1; c < blocks.length; c++) if (blocks[c].kind === 'heading' && blocks[c].cleanStart > blocks[b].cleanStart) return blocks[c].cleanStart;
  return end;
}

/** A front-matter line that records a text's publishing: 'Received: …', 'Accepted …', '© 2024 …', 'DOI: …'. */
const PUBLISHING_RECORD = /^(?:received|accepted|published|revised|submitted|available\s+online|copyright|doi|isbn|issn)\b|©/iu;

/** Adds the names in the byline, the title, the headings and a keywords line. */
function addBlockNames(doc: Doc, grouper: Grouper, lex: Lexicon, docLower: LowerWords): void {
  const clean = layer(doc, 'clean').text;
  const blocks = layer(doc, 'blocks');
  let known: Set<string> | null = null;
  // Mentions read outside sentences before grouping (an e-mail's header in the title block): their block.
  for (const g of grouper.groups) {
    for (const m of g.mentions) {
      if (m.sentence >= 0 || m.block !== null) continue;
      const b = blocks.find((x) => x.cleanStart <= m.cleanStart && m.cleanStart < x.cleanEnd);
      if (b) m.block = b.kind;
    }
  }
  // Front lines that name no author, organisation or place by the byline's rules are read as a
  // heading is, for names known from the body or the gazetteers ('Newsletter of the Jos branch,
  // Nigerian Union of Mine Workers (NUMW)' under the masthead).
  const unread = new Set<Block>();
  for (const block of blocks) {
    if (block.kind === 'byline') addBylineNames(block, clean, grouper, lex);
    // (A publishing record, 'Received: 3 March 2019; Lima University Press', is no subtitle.)
    else if (block.kind === 'front' && !addFrontNames(block, clean, grouper, lex) && !PUBLISHING_RECORD.test(clean.slice(block.cleanStart, block.cleanEnd))) unread.add(block);
  }
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const listed = block.kind === 'front' && (unread.has(block) || isKeywordsLine(clean, block.cleanStart, block.cleanEnd, lex));
    if (block.kind === 'title' || block.kind === 'heading' || listed) addHeadingNames(block, clean, grouper, lex, (known ??= grouper.firstWords()), docLower, sectionEnd(blocks, b, clean.length));
  }
}

/** The entities of the groups, by first mention, with mentions in original offsets. */
function entitiesOf(doc: Doc, grouper: Grouper, lex: Lexicon): Entity[] {
  const { text: clean, map } = layer(doc, 'clean');
  const sentences = layer(doc, 'sentences');
  const out: Entity[] = [];
  for (const g of grouper.groups) {
    if (g.merged || g.mentions.length === 0) continue;
    const mentions: EntityMention[] = [];
    // The distinct texts in the order met: an array, as an entity has a few aliases at most (a Set
    // per entity, copied to an array at the end, cost more than the search).
    const aliases: string[] = [];
    for (const m of inOrder(g.mentions)) {
      let text = clean.slice(m.cleanStart, m.cleanEnd);
      if (hasLooseSpace(text)) text = text.replace(SPACES, ' ');
      if (!aliases.includes(text)) aliases.push(text);
      const mention: EntityMention = {
        start: map.toOriginalStart(m.cleanStart),
        end: map.toOriginalEnd(m.cleanEnd),
        text,
        sentenceId: m.sentence >= 0 ? sentences[m.sentence].id : null,
      };
      if (m.block) mention.block = m.block as BlockKind;
      mentions.push(mention);
    }
    out.push({ id: '', canonical: canonicalOf(g, lex), type: g.type, aliases, mentions });
  }
  out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  for (let i = 0; i < out.length; i++) out[i].id = `e${i + 1}`;
  return out;
}

export const entities = defineStage<EntitiesOptions, Lexicon>({
  name: 'entities',
  version: 1,
  description: 'Named entities (PERSON, ORG, GPE, LOC, LAW, EVENT, WORK) with canonical names and grouped aliases.',
  requires: ['clean', 'blocks', 'sentences', 'tokens', 'citations'],
  provides: ['entities'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { rules: { type: 'string', default: 'entities.json' }, leaders: { type: 'string' } },
  },
  prepare: (options, env) => loadLexicon(options.rules, env, options.leaders),
  run(doc, { resources: lex }) {
    const { raw, ctx } = scanDocument(doc, lex);
    const grouper = groupMentions(raw, ctx, lex.useCompromise ? compromiseFallback() : null, timesWritten(layer(doc, 'clean').text));
    addBlockNames(doc, grouper, lex, ctx.docLower);
    return { layers: { entities: entitiesOf(doc, grouper, lex) } };
  },
});
