import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getWink, registerCustomEntities, readTokens } from '../../src/adapters/wink.js';
import { buildPipeline } from '../../src/pipeline.js';
import { corpusText, docOf, GOLD_DIR } from '../helpers.js';

const sentencesOf = (text: string): string[] => docOf(text, 'sentences').layers.sentences!.map((s) => s.text);

describe('sentences: boundaries that hold on academic prose', () => {
  it.each([
    ['et al. with a year after it', 'As Smith et al. (2018) argue, the law changed. It was new.', ['As Smith et al. (2018) argue, the law changed.', 'It was new.']],
    ['a parenthetical citation before the full stop', 'The unions grew (Howell 2003). Then they split.', ['The unions grew (Howell 2003).', 'Then they split.']],
    ['e.g. and i.e.', 'Some groups, e.g. the dockers, struck. Others, i.e. the clerks, did not.', ['Some groups, e.g. the dockers, struck.', 'Others, i.e. the clerks, did not.']],
    ['U.S. inside a sentence', 'The U.S. government objected. Nobody listened.', ['The U.S. government objected.', 'Nobody listened.']],
    ['p. 12 and No. 5', 'See the decree on p. 12 of Bulletin No. 5 for details. It is short.', ['See the decree on p. 12 of Bulletin No. 5 for details.', 'It is short.']],
    ['a sentence starting with a year', 'The police arrested them. 2015 was a landmark year for the movement.', ['The police arrested them.', '2015 was a landmark year for the movement.']],
    ['a quotation that ends a sentence', 'He called them “anti-solidarity machines.” Others disagreed.', ['He called them “anti-solidarity machines.”', 'Others disagreed.']],
    ['a lower-case word wink reads as an abbreviation', 'It cannot be put back in. Crushed petals grow again.', ['It cannot be put back in.', 'Crushed petals grow again.']],
    ['a question', 'Does this signal the end? Perhaps not.', ['Does this signal the end?', 'Perhaps not.']],
    ['a list item\'s number opens its sentence', 'The main sources are these.\n\n1. The figures are from the yearbooks.\n\niv. The maps are lost. b) None survive.', ['The main sources are these.', '1. The figures are from the yearbooks.', 'iv. The maps are lost.', 'b) None survive.']],
    ['a caption\'s label and number open its sentence', 'The table shows it.\n\nTable 1. Registered unions by province, 2005–2015\n\nFigure 2.3. Members. Plate IV. The harbour in 1905.', ['The table shows it.', 'Table 1. Registered unions by province, 2005–2015', 'Figure 2.3. Members.', 'Plate IV. The harbour in 1905.']],
    ['a number after another word still ends nothing new', 'The unions had 1. The state had none.', ['The unions had 1.', 'The state had none.']],
    // A stop inside a word is no boundary (eighteenth session, from the blind fullgold-27).
    ['a domain name', 'Police searched the offices of the portal Klix.ba over a recording. Tut.by was blocked in 2021.', ['Police searched the offices of the portal Klix.ba over a recording.', 'Tut.by was blocked in 2021.']],
    // Minutes and transcripts open a speaker's next point with a dash after a full stop (nineteenth
    // session, from the blind heldout-18); the dash stays with the sentence it closes.
    ['a dash after a full stop', 'We will come to that, Dr Keller. – Phase III began in 2010. Mr. – no, Dr. Keller objected.', ['We will come to that, Dr Keller. –', 'Phase III began in 2010.', 'Mr. – no, Dr. Keller objected.']],
    // A capital letter that labels a noun ends a sentence with its stop (nineteenth session, heldout-20); an initial does not.
    ['a labelling letter before a full stop', 'They are Period A, Period B and Period C. Period A runs from 1993. John F. Kennedy spoke.', ['They are Period A, Period B and Period C.', 'Period A runs from 1993.', 'John F. Kennedy spoke.']],
    ['fl. and r. before the years of a life or a reign', 'Caedmon (fl. 670) sang hymns. Akbar (r. 1556–1605) ruled the north. Both are remembered.', ['Caedmon (fl. 670) sang hymns.', 'Akbar (r. 1556–1605) ruled the north.', 'Both are remembered.']],
  ])('%s', (_what, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('never merges a heading into the next sentence, nor the title into the byline', () => {
    const wrapped = 'The cooperative movement grew quickly in the\nport cities during the early decades, when the\nunions of dockers and printers set up shops.';
    const doc = docOf(`Dockers and the State\nMaria GONZALEZ*\n\n${wrapped}\n\nHard Times (1931–38)\n${wrapped}`, 'sentences');
    const texts = doc.layers.sentences!.map((s) => s.text);
    expect(texts.every((t) => !t.includes('Hard Times') && !t.includes('GONZALEZ') && !t.includes('Dockers and the State'))).toBe(true);
    expect(texts).toHaveLength(2);
  });

  it('gives each sentence the section it stands in', () => {
    const doc = docOf('Intro text is here and it is long enough.\n\nA Heading\n\nBody text is here.', 'sentences');
    const sections = doc.layers.sections!;
    expect(doc.layers.sentences!.map((s) => s.sectionId)).toEqual([sections[0].id, sections[1].id]);
  });

  it('token offsets slice back to the token text in the clean and the original text', () => {
    const text = 'The Hu–Wen period ended\nin 2012 (Lee 2019).';
    const doc = docOf(text, 'tokens');
    const t = doc.layers.tokens!;
    const clean = doc.layers.clean!.text;
    for (let i = 0; i < t.count; i++) {
      const token = clean.slice(t.cleanStart[i], t.cleanEnd[i]);
      expect(text.slice(t.start[i], t.end[i])).toBe(token);
    }
  });

  it('finds at least 99% of the seed essay\'s gold sentences with exact boundaries', () => {
    const units = JSON.parse(readFileSync(join(GOLD_DIR, 'labour-ngos-in-china.units.json'), 'utf8')) as { kind: string; text: string }[];
    const norm = (s: string): string => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
    const gold = units.filter((u) => u.kind === 'sentence').map((u) => norm(u.text));
    const ours = new Set(docOf(corpusText('labour-ngos-in-china'), 'sentences').layers.sentences!.map((s) => norm(s.text)));
    const found = gold.filter((g) => ours.has(g)).length;
    expect(found / gold.length).toBeGreaterThanOrEqual(0.99);
    const headings = units.filter((u) => u.kind === 'heading').map((u) => norm(u.text));
    for (const s of ours) for (const h of headings) expect(s.startsWith(`${h} `)).toBe(false);
  });
});

describe('wink: one instance per process', () => {
  it('custom-entity patterns still match after the pipeline is built twice', () => {
    buildPipeline();
    buildPipeline();
    registerCustomEntities('test', [{ name: 'ministry', patterns: ['Ministry of [PROPN] [PROPN]'] }]);
    const found = readTokens('Officials at the Ministry of Civil Affairs agreed.').customEntities;
    expect(found.map((e) => e.name)).toEqual(['ministry']);
    expect(getWink()).toBe(getWink());
    registerCustomEntities('test', []);
  });
});
