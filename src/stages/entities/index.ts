/**
 * Stage `entities`: named entities (PERSON, ORG, GPE, LOC, LAW, EVENT, WORK) with a canonical name,
 * the aliases the text writes, and every mention. Candidates come from the token table (runs of
 * capitalised words joined by 'of', 'for', 'on', 'the', 'and', 'de'…), typed by gazetteers, head
 * words ('… Law', 'Ministry of …', '… earthquake'), the shape of personal names and context cues;
 * compromise can be asked about the few multi-word names nothing else typed (off by default: see
 * `useCompromise` in entities.json). Names inside citations belong to the citation. Mentions in the
 * title, byline and headings have `sentenceId` null and a `block` field.
 */
import { createRequire } from 'node:module';
import { layer, type BlockKind, type Entity, type EntityMention, type EntityType } from '../../doc.js';
import { defineStage } from '../../stage.js';
import { addBylineNames, addHeadingNames } from './blocks.js';
import { scanWords, type RawMention, type ScanContext } from './candidates.js';
import { canonicalOf, groupMentions, type Fallback } from './group.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { collectLowerWords, wordsOfTokens } from './words.js';
import { LowerWords } from './chars.js';

export interface EntitiesOptions {
  /** Data file with the rules and the list of gazetteers (default: `entities.json`). */
  rules: string;
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

/** Whether `[start, end)` overlaps one of the spans, sorted by start (binary search). */
function overlapsAny(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < end) lo = mid + 1;
    else hi = mid;
  }
  // Spans starting before `end`; citations are short, so look back over a few.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (spans[i][1] > start) return true;
  return false;
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
    properties: { rules: { type: 'string', default: 'entities.json' } },
  },
  prepare: (options, env) => loadLexicon(options.rules, env),
  run(doc, { resources: lex }) {
    const { text: clean, map } = layer(doc, 'clean');
    const sentences = layer(doc, 'sentences');
    const tokens = layer(doc, 'tokens');

    // Words of every sentence, and the words the text writes in lower case somewhere (a capital on
    // them at a sentence start is positional).
    const docLower = new LowerWords();
    collectLowerWords(tokens, clean, docLower);
    const cited = layer(doc, 'citations')
      .map((c) => [map.toClean(c.start), map.toClean(c.end)] as const)
      .sort((a, b) => a[0] - b[0]);
    const ctx: ScanContext = {
      lex,
      docLower,
      inCitation: (s, e) => overlapsAny(cited, s, e),
      genericAcronyms: new Set(),
      lists: { next: 0 },
      memo: new Map(),
    };
    const raw: RawMention[] = [];
    for (let index = 0; index < sentences.length; index++) {
      const s = sentences[index];
      scanWords(wordsOfTokens(tokens, clean, s.tokenStart, s.tokenEnd), index, clean, ctx, raw);
    }

    const grouper = groupMentions(raw, lex, ctx.genericAcronyms, lex.useCompromise ? compromiseFallback() : null);
    const blocks = layer(doc, 'blocks');
    for (const block of blocks) if (block.kind === 'byline') addBylineNames(block, clean, grouper);
    const known = grouper.firstWords();
    for (const block of blocks) if (block.kind === 'title' || block.kind === 'heading') addHeadingNames(block, clean, grouper, lex, known);

    const out: Entity[] = [];
    for (const g of grouper.groups) {
      if (g.merged || g.mentions.length === 0) continue;
      const mentions: EntityMention[] = [];
      const aliases = new Set<string>();
      for (const m of [...g.mentions].sort((a, b) => a.cleanStart - b.cleanStart)) {
        let text = clean.slice(m.cleanStart, m.cleanEnd);
        if (/\s\s|[\n\r\t]/.test(text)) text = text.replace(/\s+/g, ' ');
        aliases.add(text);
        const mention: EntityMention = {
          start: map.toOriginalStart(m.cleanStart),
          end: map.toOriginalEnd(m.cleanEnd),
          text,
          sentenceId: m.sentence >= 0 ? sentences[m.sentence].id : null,
        };
        if (m.block) mention.block = m.block as BlockKind;
        mentions.push(mention);
      }
      out.push({ id: '', canonical: canonicalOf(g, lex), type: g.type, aliases: [...aliases], mentions });
    }
    out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    out.forEach((e, i) => (e.id = `e${i + 1}`));
    return { layers: { entities: out } };
  },
});
