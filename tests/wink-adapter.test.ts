import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { POS_TAGS } from '../src/doc.js';
import { getWink, MAX_WINK_LEXICON, readTokens, registerCustomEntities, setWinkLexiconLimit, winkLexiconSize, winkRenewals, winkStandIn } from '../src/adapters/wink.js';
import { loadCoreModel } from '../src/adapters/wink-model.js';
import { analyze } from '../src/analyze.js';
import { corpusNames, corpusText, docOf } from './helpers.js';

describe('wink adapter: words with letters beyond Latin-1', () => {
  // wink alone splits 'Poznań' into 'Pozna' + 'ń'; the stand-in text keeps each word whole.
  it.each([
    ['Polish', 'The revolt in Poznań and Lech Wałęsa.', ['The', 'revolt', 'in', 'Poznań', 'and', 'Lech', 'Wałęsa', '.']],
    ['Vietnamese', 'Đổi Mới began under Nguyễn Văn Linh.', ['Đổi', 'Mới', 'began', 'under', 'Nguyễn', 'Văn', 'Linh', '.']],
    ['Turkish, Czech, Croatian', 'Erdoğan met Dvořák and Žižek in Łódź.', ['Erdoğan', 'met', 'Dvořák', 'and', 'Žižek', 'in', 'Łódź', '.']],
    ['Romanian with comma below', 'Ceaușescu fell in Timișoara.', ['Ceaușescu', 'fell', 'in', 'Timișoara', '.']],
    ['Latin-1 and combining accents, unchanged', 'Café Zürich, Poznán (n\u0301).', ['Café', 'Zürich', ',', 'Poznán', '(', 'n\u0301', ')', '.']],
    ['curly quotes and dashes, unchanged', 'The union’s “reform” – 1989.', ['The', 'union', '’s', '“', 'reform', '”', '–', '1989', '.']],
  ])('%s', (_what, text, values) => {
    const read = readTokens(text);
    expect(read.values).toEqual(values);
    read.values.forEach((v, i) => expect(text.slice(read.starts[i], read.ends[i])).toBe(v));
  });

  it('reads a stand-in of the same length that changes only letters wink would split at', () => {
    const text = 'Wałęsa’s “Solidarność” — 1980.';
    const standIn = winkStandIn(text);
    expect(standIn).toHaveLength(text.length);
    // Unaccented Latin letter where Unicode decomposes one (ę → e), else x by case (ł has no decomposition).
    expect(standIn).toBe('Waxesa’s “Solidarnosc” — 1980.');
    expect(winkStandIn('Plain English’s “quotes” — dashes.')).toBe('Plain English’s “quotes” — dashes.');
  });

  it('gives the entity stage whole names, with offsets into the original text', () => {
    const text = 'In August 1980 Lech Wałęsa led the strike in Gdańsk.';
    const entities = docOf(text, 'entities').layers.entities!;
    const names = entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
    expect(names).toEqual(expect.arrayContaining(['Lech Wałęsa', 'Gdańsk']));
  });
});

describe('wink adapter: the size of wink\'s lexicon, which grows with every new word', () => {
  it('counts the model\'s lexemes and each new word read, sampled every 16 texts', () => {
    for (let i = 0; i < 16; i++) readTokens('The strike spread.');
    const before = winkLexiconSize();
    // The model alone holds 87,593 lexemes.
    expect(before).toBeGreaterThan(87_000);
    const words = Array.from({ length: 500 }, (_, i) => `Qorvath${i}`);
    for (let i = 0; i < 16; i++) readTokens(`${words.join(' ')} struck.`);
    // Each new word once, and its lower-case form: 500 to 1,000 lexemes more (and the few of texts
    // read after the last sample before).
    expect(winkLexiconSize() - before).toBeGreaterThanOrEqual(500);
    expect(winkLexiconSize() - before).toBeLessThanOrEqual(1100);
    const after = winkLexiconSize();
    for (let i = 0; i < 16; i++) readTokens(`${words.join(' ')} struck.`);
    expect(winkLexiconSize()).toBe(after);
  });
});

describe('wink adapter: any number of instances, so a full lexicon is dropped with its instance', () => {
  afterEach(() => {
    setWinkLexiconLimit(MAX_WINK_LEXICON);
    registerCustomEntities('test', []);
  });

  it('the model defect it works around: each call of metaCER() stringifies the last one\'s string again', () => {
    // If this fails, wink-eng-lite-web-model has fixed load-cer-meta-model.js, and the adapter's
    // stand-in model may go.
    const metaCER = (model as unknown as { metaCER: () => { machines: string } }).metaCER;
    const first = metaCER().machines;
    const second = metaCER().machines;
    expect(JSON.parse(second)).toBe(first);
    expect(second.length).toBeGreaterThan(first.length);
    // So an instance made from the model as published now finds no custom entity.
    const broken = winkNLP(model, ['sbd', 'pos', 'cer']);
    broken.learnCustomEntities([{ name: 'ministry', patterns: ['Ministry of [PROPN] [PROPN]'] }], { matchValue: false, usePOS: true, useEntity: false });
    expect(broken.readDoc('Officials at the Ministry of Civil Affairs agreed.').customEntities().out()).toEqual([]);
  });

  it('reads the core model from its file into what the package\'s loader builds, every time anew', () => {
    // If the package changes its model's format, this fails before any text is read wrongly.
    const published = (model as unknown as { core: () => unknown }).core();
    const ours = loadCoreModel();
    expect(isDeepStrictEqual(ours, published)).toBe(true);
    expect(ours.lexicon).toBeInstanceOf(Uint32Array);
    // A copy of its own: an instance grows its model's lists, which must not reach the next one.
    const again = loadCoreModel();
    expect(again.features).not.toBe(ours.features);
    ours.features.lexeme.list.push('qorvath');
    expect(again.features.lexeme.list).toHaveLength(ours.features.lexeme.list.length - 1);
  });

  it('replaces its instance each time the lexicon passes the limit; 40 instances later patterns still match', () => {
    registerCustomEntities('test', [{ name: 'ministry', patterns: ['Ministry of [PROPN] [PROPN]'] }]);
    // The model alone holds 87,593 lexemes: 50 new words pass this limit.
    setWinkLexiconLimit(87_620);
    const before = winkRenewals();
    for (let i = 0; i < 40; i++) {
      const words = Array.from({ length: 50 }, (_, k) => `Qorv${i}x${k}`).join(' ');
      // The size is sampled every 16th text: 16 texts make sure the next one finds it.
      for (let r = 0; r < 16; r++) readTokens(`${words} struck.`);
      expect(readTokens('Officials at the Ministry of Civil Affairs agreed.').customEntities.map((e) => e.name)).toEqual(['ministry']);
    }
    // Past the 21st instance, where the model's own meta model would have thrown.
    expect(winkRenewals() - before).toBeGreaterThanOrEqual(40);
    // A new instance starts from the model's lexicon.
    expect(winkLexiconSize()).toBeLessThan(87_700);
  });

  it('rejects a limit that is not a positive number', () => {
    expect(() => setWinkLexiconLimit(0)).toThrow(/positive number of lexemes, got 0/);
    expect(() => setWinkLexiconLimit(Number.NaN)).toThrow(/got NaN/);
  });

  it('reports are the same, byte for byte, when the instance is replaced between and within texts', () => {
    const names = corpusNames();
    const strip = (r: object): string => JSON.stringify({ ...r, generatedAt: undefined, elapsedMs: undefined });
    const kept = names.map((n) => strip(analyze(corpusText(n), { id: n })));
    const before = winkRenewals();
    // Every text brings new words (numbers, names): with this limit the instance is replaced every
    // few paragraphs.
    setWinkLexiconLimit(87_600);
    const renewed = names.map((n) => strip(analyze(corpusText(n), { id: n })));
    expect(winkRenewals() - before).toBeGreaterThanOrEqual(names.length);
    expect(renewed).toEqual(kept);
  }, 60_000);
});

describe('wink adapter: a text is read the same whatever the thread read before it', () => {
  // wink learns every new word and kept a chunk it had learned whole: after "the state's," (a
  // new word 'state's' once its comma is split off) every later "state's" was one token.
  const sentence = "The state's attitude to NGOs has swung between control and neglect.";
  const tokens = (): string[] => readTokens(sentence).values;

  it.each([
    ["a possessive learned before a comma", "The radio, which was also the state's, and the foreign papers were read."],
    ['a hyphenated word learned before a full stop', 'They spoke of the party-state.'],
  ])('%s', (_, earlier) => {
    const alone = tokens();
    expect(alone).toContain("'s");
    readTokens(earlier);
    expect(tokens()).toEqual(alone);
  });

  it('gives the same report for a text read after another one that teaches wink its words', () => {
    const text = "Civil society in Nepal\n\nThe state's attitude to NGOs has swung between control and neglect since 1990.";
    const strip = (r: object): string => JSON.stringify({ ...r, generatedAt: undefined, elapsedMs: undefined });
    const first = strip(analyze(text, { id: 't' }));
    analyze("The radio, which was also the state's, and the foreign papers were the only news.", { id: 'other' });
    expect(strip(analyze(text, { id: 't' }))).toBe(first);
  });
});

describe('wink adapter: tokens read from wink\'s raw document data', () => {
  // readTokens reads wink's token columns directly (wink's API gives them one call per token); if a
  // wink-nlp release changes that data, this fails before any text is read wrongly.
  it('gives the values, POS tags and sentences that wink\'s API gives', () => {
    const nlp = getWink();
    for (const name of corpusNames()) {
      for (const text of corpusText(name).split(/\n\s*\n/).filter((p) => p.trim() !== '')) {
        const read = readTokens(text);
        const doc = nlp.readDoc(winkStandIn(text));
        const values = doc.tokens().out(nlp.its.value) as string[];
        expect(read.values.length).toBe(values.length);
        read.values.forEach((v, i) => expect(v).toBe(text.slice(read.starts[i], read.ends[i])));
        if (winkStandIn(text) === text) expect(read.values).toEqual(values);
        expect([...read.pos].map((p) => POS_TAGS[p])).toEqual(doc.tokens().out(nlp.its.pos));
        expect(read.sentences).toEqual(doc.sentences().out(nlp.its.span));
      }
    }
  });

  it('reads a text without tokens', () => {
    expect(readTokens('   ').values).toEqual([]);
  });
});
