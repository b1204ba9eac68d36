import { describe, expect, it } from 'vitest';
import { docOf, expectSliceMatches } from '../helpers.js';
import { isWhitespaceCode } from '../../src/stages/clean/emit.js';
import { isRegExpSpace } from '../../src/chars.js';

/** Clean text, block kinds and repair codes of `text` after the clean stage. */
function cleaned(text: string): { clean: string; blocks: [string, string][]; codes: string[]; doc: ReturnType<typeof docOf> } {
  const doc = docOf(text, 'blocks');
  const clean = doc.layers.clean!.text;
  return {
    clean,
    blocks: doc.layers.blocks!.map((b) => [b.kind, clean.slice(b.cleanStart, b.cleanEnd)]),
    codes: doc.messages.map((m) => m.code),
    doc,
  };
}

// A wrapped page of prose in the shape PDF extraction gives: ~45-character lines.
const WRAPPED = [
  'The cooperative movement grew quickly in the',
  'port cities during the early decades, when the',
  'unions of dockers and printers set up shops and',
  'savings funds for their members and families.',
].join('\n');

describe('clean: repairs of PDF extraction artefacts', () => {
  it.each([
    ['joins a word broken at a line end', 'They built new organi-\nsations and many small groups\nwith the help of local officials and\nsome allies from abroad in time.', 'They built new organisations and many small groups with the help of local officials and some allies from abroad in time.', 'clean/hyphenation-joined'],
    ['keeps the hyphen of a compound whose halves are words of the text', 'The people came first and they were\ncentred on rights; it was a people-\ncentred vision of the many centred groups\nthat people built over the years.', 'The people came first and they were centred on rights; it was a people-centred vision of the many centred groups that people built over the years.', 'clean/hyphenation-kept'],
    ['keeps the hyphen after a prefix that takes one (semi-)', 'Most of the groups were semi-\ngovernmental bodies with close ties to\nthe state and its local branches which\nfunded them over many long years.', 'Most of the groups were semi-governmental bodies with close ties to the state and its local branches which funded them over many long years.', 'clean/hyphenation-kept'],
    ['joins a broken word followed by a reference marker', 'They built new organi-[1]\nsations and many small groups\nwith the help of local officials and\nsome allies from abroad in time.', 'They built new organisations and many small groups with the help of local officials and some allies from abroad in time.', 'clean/hyphenation-joined'],
    ['keeps the hyphen of a compound followed by a marker', 'The people came first and they were\ncentred on rights; it was a people-[2]\ncentred vision of the many centred groups\nthat people built over the years.', 'The people came first and they were centred on rights; it was a people-centred vision of the many centred groups that people built over the years.', 'clean/hyphenation-kept'],
    ['joins with the form the text uses elsewhere (nongovernmental)', 'Many nongovernmental groups formed then and\nother non-\ngovernmental bodies followed them in the\nlate years of the decade in all regions.', 'Many nongovernmental groups formed then and other nongovernmental bodies followed them in the late years of the decade in all regions.', 'clean/hyphenation-joined'],
    ['joins a drop capital to its word', ' T\n\nhe strike began in the spring of that year\nand spread to the mills along the river in\na matter of weeks, closing most of them\nfor the rest of the season and beyond.', 'The strike began in the spring of that year and spread to the mills along the river in a matter of weeks, closing most of them for the rest of the season and beyond.', 'clean/drop-capital'],
    ['removes a closing mark', `${WRAPPED} ■`, WRAPPED.replace(/\n/g, ' '), 'clean/closing-mark'],
    ['removes Wikipedia reference markers', 'The station began broadcasting in 1920.[12] It was the first.[3][4]', 'The station began broadcasting in 1920. It was the first.', 'clean/footnote-marker'],
    ['removes a footnote number glued after punctuation', 'The law was passed quickly.12 Its critics were few.', 'The law was passed quickly. Its critics were few.', 'clean/footnote-marker'],
    ['removes image file names left by a web page', 'The flag was red and black. Red_black_flag.svg It flew over the hall.', 'The flag was red and black. It flew over the hall.', 'clean/image-file'],
  ])('%s', (_what, input, expected, code) => {
    const { clean, codes } = cleaned(input);
    expect(clean).toBe(expected);
    expect(codes).toContain(code);
  });

  it('removes a running header that interrupts a sentence and rejoins the paragraph', () => {
    const text = `${WRAPPED}\nand they met in the halls of the old\n\nTHE LABOUR REVIEW\n\n/\n\n3, 2019\n\nSTUDIES OF WORK\n\nguild to plan the next strike together.`;
    const { clean, blocks, codes, doc } = cleaned(text);
    expect(clean).toBe(`${WRAPPED.replace(/\n/g, ' ')} and they met in the halls of the old guild to plan the next strike together.`);
    expect(blocks).toHaveLength(1);
    expect(codes.filter((c) => c === 'clean/running-header')).toHaveLength(4);
    const header = doc.messages.find((m) => m.message.includes('THE LABOUR REVIEW'))!;
    expect(text.slice(header.start, header.end)).toBe('THE LABOUR REVIEW');
  });

  it('removes lone page numbers and lines repeated on every page', () => {
    const page = (n: number): string => `${WRAPPED}\n\n${n}\n\nJournal of Labour History\n\n`;
    const { clean, codes } = cleaned(page(11) + page(12) + page(13) + WRAPPED);
    expect(clean).not.toMatch(/Journal of Labour History|\n1[123]\n/);
    expect(codes.filter((c) => c === 'clean/running-header').length).toBe(6);
  });

  it('keeps a short all-caps heading that stands between complete paragraphs', () => {
    const { blocks } = cleaned(`${WRAPPED}\n\nINTRODUCTION\n\n${WRAPPED}`);
    expect(blocks.map((b) => b[0])).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('joins a heading broken over two lines and separates it from the text below', () => {
    const { blocks, codes } = cleaned(`${WRAPPED}\n\nHard Times (1931–\n1938)\n${WRAPPED}`);
    expect(blocks).toEqual([['paragraph', WRAPPED.replace(/\n/g, ' ')], ['heading', 'Hard Times (1931–1938)'], ['paragraph', WRAPPED.replace(/\n/g, ' ')]]);
    expect(codes).toContain('clean/heading-joined');
  });

  it('finds title and byline lines in the front matter and never merges them', () => {
    const { blocks } = cleaned(`Dockers and the State\nMaria GONZALEZ*\n\n${WRAPPED}`);
    expect(blocks.slice(0, 2)).toEqual([['title', 'Dockers and the State'], ['byline', 'Maria GONZALEZ*']]);
  });

  it('reads one-paragraph-per-line text with headings and bullet lists (web pages)', () => {
    const long = 'The first regular broadcasts began in the city after the war, and within a few years dozens of stations were on the air across the country, most of them run by newspapers.';
    const { blocks } = cleaned(`${long}\n\nEarly stations\n\n${long}\n\nLater changes:\n\n-   Networks formed\n-   Licences were required by law.\n`);
    expect(blocks.map((b) => b[0])).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'list-item', 'list-item']);
    expect(blocks[4][1]).toBe('Networks formed');
  });

  // Numbered lines: a section heading stands alone between paragraphs; items of a list come together.
  const PROSE = 'The first regular broadcasts began in the city after the war, and within a few years dozens of stations were on the air.';
  it.each([
    ['a numbered heading between paragraphs', `${PROSE}\n\n1. Introduction\n\n${PROSE}`, ['paragraph', 'heading', 'paragraph']],
    ['a numbered heading in sentence case', `${PROSE}\n\n2. The high socialist period\n\n${PROSE}`, ['paragraph', 'heading', 'paragraph']],
    ['numbered items of one block', `${PROSE}\n\n1. Wages\n2. Hours\n\n${PROSE}`, ['paragraph', 'list-item', 'list-item', 'paragraph']],
    ['numbered items in blocks of their own, one after another', `${PROSE}\n\n1. Wages\n\n2. Hours\n\n3. Safety\n\n${PROSE}`, ['paragraph', 'list-item', 'list-item', 'list-item', 'paragraph']],
    ['a numbered sentence', `${PROSE}\n\n1. Wages rose.\n\n${PROSE}`, ['paragraph', 'list-item', 'paragraph']],
  ])('reads %s', (_what, input, kinds) => {
    expect(cleaned(input).blocks.map((b) => b[0])).toEqual(kinds);
  });

  it('keeps offsets exact with a byte-order mark and CRLF line endings', () => {
    const text = '\ufeffThe union was founded in 1905.\r\nIt grew fast.\r\n\r\nLater it split.\r\n';
    const { clean, codes, doc } = cleaned(text);
    expect(clean).toBe('The union was founded in 1905.\nIt grew fast.\n\nLater it split.');
    expect(codes).toEqual(expect.arrayContaining(['clean/byte-order-mark', 'clean/crlf']));
    for (const b of doc.layers.blocks!) expectSliceMatches(text, b, clean.slice(b.cleanStart, b.cleanEnd), 'block');
    expect(text.slice(doc.layers.blocks![2].start, doc.layers.blocks![2].end)).toBe('Later it split.');
  });

  it('records every repair as an info diagnostic with original offsets inside the text', () => {
    const { doc } = cleaned(`Dockers\nAnna Lee\n\n${WRAPPED}\n\n7\n\n${WRAPPED} ■`);
    expect(doc.messages.length).toBeGreaterThan(0);
    for (const m of doc.messages) {
      expect(m.severity).toBe('info');
      expect(m.stage).toBe('clean');
      if (m.start !== undefined) expect(m.end!).toBeLessThanOrEqual(doc.source.text.length);
    }
  });
});

describe('clean: character tests written as code for speed', () => {
  it('agree with the regular expression classes they stand for on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isRegExpSpace(c) !== /^\s$/u.test(ch)) differ.push(`isRegExpSpace U+${c.toString(16)}`);
      if (isWhitespaceCode(c) !== /^[\s\u200b]$/u.test(ch)) differ.push(`isWhitespaceCode U+${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });
});
