import { describe, expect, it } from 'vitest';
import { readTokens, winkLexiconSize, winkStandIn } from '../src/adapters/wink.js';
import { docOf } from './helpers.js';

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
