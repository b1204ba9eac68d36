import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docOf, expectSliceMatches, FIXTURES, pipeline } from '../helpers.js';
import { isWhitespaceCode } from '../../src/stages/clean/emit.js';
import { isMarkdownSource } from '../../src/stages/clean/markdown.js';
import { isRegExpSpace } from '../../src/chars.js';
import { createDoc, type Doc, type LayerName, type SourceInfo } from '../../src/doc.js';
import { runPipeline } from '../../src/runner.js';

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
    ['joins a drop capital to its word set in small capitals', 'T\nHE strike began in the spring of that year\nand spread to the mills along the river in\na matter of weeks, closing most of them\nfor the rest of the season and beyond.', 'THE strike began in the spring of that year and spread to the mills along the river in a matter of weeks, closing most of them for the rest of the season and beyond.', 'clean/drop-capital'],
    ['removes a soft hyphen inside a word', 'The gov\u00adernment replied with force.', 'The government replied with force.', 'clean/soft-hyphen'],
    ['joins a word broken at a soft hyphen at a line end, whatever the halves', `${WRAPPED}\nThe self\u00ad\nhelp groups of the docks met each week in\nthe halls of the unions of the port.`, `${WRAPPED.replace(/\n/g, ' ')} The selfhelp groups of the docks met each week in the halls of the unions of the port.`, 'clean/hyphenation-joined'],
    ['writes typographic ligatures as their letters', 'Their ﬁrst years were quiet; the ﬂight of workers to the cities went on, and the oﬃce closed.', 'Their first years were quiet; the flight of workers to the cities went on, and the office closed.', 'clean/ligature-expanded'],
    ['removes a closing mark', `${WRAPPED} ■`, WRAPPED.replace(/\n/g, ' '), 'clean/closing-mark'],
    ['removes Wikipedia reference markers', 'The station began broadcasting in 1920.[12] It was the first.[3][4]', 'The station began broadcasting in 1920. It was the first.', 'clean/footnote-marker'],
    ['removes a footnote number glued after punctuation', 'The law was passed quickly.12 Its critics were few.', 'The law was passed quickly. Its critics were few.', 'clean/footnote-marker'],
    ['removes a footnote number glued after a year or a decade', 'The guilds prospered until the plague of 1630.2 The council closed them. They were rich in the 1620s.3', 'The guilds prospered until the plague of 1630. The council closed them. They were rich in the 1620s.', 'clean/footnote-marker'],
    ['removes image file names left by a web page', 'The flag was red and black. Red_black_flag.svg It flew over the hall.', 'The flag was red and black. It flew over the hall.', 'clean/image-file'],
  ])('%s', (_what, input, expected, code) => {
    const { clean, codes } = cleaned(input);
    expect(clean).toBe(expected);
    expect(codes).toContain(code);
  });

  it('keeps a decimal and a dotted date after a year, and reads a first paragraph ending in a footnote number as prose', () => {
    const { clean, blocks } = cleaned('Guilds and the Crown\n\nThe guilds prospered until the plague came to the town. The council then closed them.2\n\nOn 12.10.1998 the law changed; output grew 1998.5 per cent.\n');
    expect(clean).toContain('On 12.10.1998 the law changed; output grew 1998.5 per cent.');
    expect(blocks.map((b) => b[0])).toEqual(['title', 'paragraph', 'paragraph']);
    expect(blocks[1][1]).toBe('The guilds prospered until the plague came to the town. The council then closed them.');
  });

  it("reads a short paper's pages: byline under a long title, the title once as a running header, a page break before a name", () => {
    const text = [
      'Cooperative Banks in the Basque Country, 1890–2000', 'Maite Etxeberria', '',
      'The cooperative banks of the Basque country were founded in', 'the last years of the nineteenth century, when priests and', 'small farmers pooled their savings to escape the usurers of', 'the market towns, and by 1910 there were two hundred of them.', '',
      'The turning point came in 1962, when the founders of the Caja', '', '2', '', 'Cooperative Banks in the Basque Country', '',
      'Laboral in Mondragón persuaded the authorities to license a', 'savings bank owned by its members. It grew quickly: by 1975', 'it had more than a hundred branches in the whole province.', '',
      'Section 3 of the statute', '',
      'The regional government took over the supervision of banks.', '', '3', '',
    ].join('\n');
    const { blocks, codes, doc } = cleaned(text);
    expect(blocks.map((b) => b[0])).toEqual(['title', 'byline', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(blocks[3][1]).toBe('The turning point came in 1962, when the founders of the Caja Laboral in Mondragón persuaded the authorities to license a savings bank owned by its members. It grew quickly: by 1975 it had more than a hundred branches in the whole province.');
    expect(codes).toContain('clean/paragraph-rejoined');
    const header = doc.messages.find((m) => m.message.includes("title or author repeated"))!;
    expect(text.slice(header.start, header.end)).toBe('Cooperative Banks in the Basque Country');
  });

  it('reads a journal article: citation line, numbered headings over wrapped text, notes below a rule, the title as running header', () => {
    const text = [
      'Journal of Labour History 14 (2) 2019: 233–251', '',
      'Dockworkers and the State in Colonial Lagos,', '1897–1960', 'Adebayo Okonkwo', '',
      '1. Introduction',
      'When the first steamers berthed at the new wharf in 1897, the',
      'harbour employed a few hundred casual labourers hired by the day.',
      'Within two decades the number had risen to several thousand.1', '',
      '2. Neglect, 1897–1919',
      'Before the First World War the government left the docks to the',
      'shipping firms, which recruited through headmen who took a share',
      'of each wage; strikes were short and rarely reported at all.2', '',
      '________________',
      '1 On the early harbour see the port records of the period.',
      '2 Lagos Weekly Record, 12 March 1904.', '',
      'Dockworkers and the State in Colonial Lagos                        235', '',
      '3. Partnership, 1946–1960',
      'After the general strike of 1945 the government changed course and',
      'recognised the union of the port workers two years later in 1947.', '',
    ].join('\n');
    const { blocks, doc } = cleaned(text);
    expect(blocks).toEqual([
      ['front', 'Journal of Labour History 14 (2) 2019: 233–251'],
      ['title', 'Dockworkers and the State in Colonial Lagos, 1897–1960'],
      ['byline', 'Adebayo Okonkwo'],
      ['heading', '1. Introduction'],
      ['paragraph', 'When the first steamers berthed at the new wharf in 1897, the harbour employed a few hundred casual labourers hired by the day. Within two decades the number had risen to several thousand.'],
      ['heading', '2. Neglect, 1897–1919'],
      ['paragraph', 'Before the First World War the government left the docks to the shipping firms, which recruited through headmen who took a share of each wage; strikes were short and rarely reported at all.'],
      ['note', 'On the early harbour see the port records of the period.'],
      ['note', 'Lagos Weekly Record, 12 March 1904.'],
      ['heading', '3. Partnership, 1946–1960'],
      ['paragraph', 'After the general strike of 1945 the government changed course and recognised the union of the port workers two years later in 1947.'],
    ]);
    const note = doc.layers.blocks!.find((b) => b.kind === 'note')!;
    const { start, end } = doc.layers.clean!.map.toOriginal(note.cleanStart, note.cleanEnd);
    expect(text.slice(start, end)).toBe('On the early harbour see the port records of the period.');
  });

  it('reads a numbered block at the foot of a page, after a finished sentence and above the page number, as a footnote', () => {
    const text = `${WRAPPED}\nand the villages paid for their own saints.\n\n1 On the account books of the brotherhoods, see\nthe tables of the diocese.\n\n216\n\n${WRAPPED}`;
    const { blocks } = cleaned(text);
    expect(blocks.map((b) => b[0])).toEqual(['paragraph', 'note', 'paragraph']);
    expect(blocks[1][1]).toBe('On the account books of the brotherhoods, see the tables of the diocese.');
  });

  it('reads a title with the word Press, a numbered INTRODUCTION, and rows of a table that are a table, not headings', () => {
    const text = `THE PRESS AND THE STATE IN PORTUGUESE AFRICA, 1926–1974\n\nMaria Fernandes\n\nI. INTRODUCTION\n\n${WRAPPED}\n\nTable 1. Newspapers licensed, 1930–1950\n\n1930      12     8,000\n1950      19     21,000\n\nII. TOLERANCE, 1926–1945\n\n${WRAPPED}`;
    const { blocks } = cleaned(text);
    expect(blocks.map((b) => b[0])).toEqual(['title', 'byline', 'heading', 'paragraph', 'caption', 'table', 'heading', 'paragraph']);
    expect(blocks.filter((b) => b[0] === 'heading').map((b) => b[1])).toEqual(['I. INTRODUCTION', 'II. TOLERANCE, 1926–1945']);
    expect(blocks[5][1]).toBe('1930 12 8,000 1950 19 21,000');
  });

  it('still reads a publisher line as front matter, not the title', () => {
    const { blocks } = cleaned(`Dockers and the State\nOxford University Press\n\n${WRAPPED}`);
    expect(blocks.slice(0, 2)).toEqual([['title', 'Dockers and the State'], ['front', 'Oxford University Press']]);
  });

  it('keeps a lone capital apart when the text never writes the word it would make', () => {
    const { clean, codes } = cleaned(`A\nNATO summit met in the spring of that year\nand spread its plans to the ports along the\nriver in a matter of weeks, closing most\nof them for the rest of the season and beyond.`);
    expect(codes).not.toContain('clean/drop-capital');
    expect(clean.startsWith('A\n')).toBe(true);
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

  it('removes footnotes that stand between the halves of a sentence broken by a page end, and rejoins it', () => {
    const text = `${WRAPPED}\nand in 2004 the guild began to\n\n3 Interview with a docker, Southport, May 2015.\n4 See Petrov (2009) for a fuller account of the\nregistration rules.\n\n14\n\nregulate their funds more closely.`;
    const { clean, codes, doc } = cleaned(text);
    expect(clean).toBe(`${WRAPPED.replace(/\n/g, ' ')} and in 2004 the guild began to regulate their funds more closely.`);
    expect(codes.filter((c) => c === 'clean/footnote-removed')).toHaveLength(3);
    const note = doc.messages.find((m) => m.code === 'clean/footnote-removed')!;
    expect(text.slice(note.start, note.end)).toBe('3 Interview with a docker, Southport, May 2015.');
  });

  it('also removes the page number and a running header printed once, when the sentence resumes in a bracket (seventeenth session, from the blind heldout-9)', () => {
    const text = `${WRAPPED}\nand a moment of recognition\n\n1 See, among many, Kieffer (1986), pp. 66–81.\n2 Thus Schroeder (2004), pp. 9–14.\n\n1\nTrade Unions and the State in Luxembourg\n(1936–1977), in which the state admitted them.`;
    const { clean, blocks, doc } = cleaned(text);
    expect(clean).toBe(`${WRAPPED.replace(/\n/g, ' ')} and a moment of recognition (1936–1977), in which the state admitted them.`);
    expect(blocks).toHaveLength(1);
    const header = doc.messages.find((m) => m.message.includes('Trade Unions and the State'))!;
    expect(text.slice(header.start, header.end)).toBe('Trade Unions and the State in Luxembourg');
  });

  it.each([
    ['after a finished sentence', `${WRAPPED}\n\n3 Interview with a docker, May 2015.\n\n${WRAPPED}`],
    ['when the text after them opens a new sentence', `${WRAPPED}\nand in 2004 the guild began to\n\n3 Interview with a docker, May 2015.\n\nThe strike of 2006 ended it.`],
    ['in a list of numbered points', `The guild set three rules:\n\n1 Members pay dues.\n2 Members attend meetings.\n\n${WRAPPED}`],
  ])('keeps numbered lines %s', (_what, text) => {
    const { codes } = cleaned(text);
    expect(codes).not.toContain('clean/footnote-removed');
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

  it.each([
    ['a sentence-case heading right above a full line of text', 'The one-party era', ['paragraph', 'heading', 'paragraph']],
    ['a Title Case heading right above its text', 'The Guild Years', ['paragraph', 'heading', 'paragraph']],
  ])('separates %s in wrapped text', (_what, heading, kinds) => {
    const { blocks } = cleaned(`${WRAPPED}\n\n${heading}\n${WRAPPED}`);
    expect(blocks.map((b) => b[0])).toEqual(kinds);
    expect(blocks[1][1]).toBe(heading);
  });

  it.each([
    ['a short first line over a short line is no heading (a verse, an address)', `${WRAPPED}\n\nThe one-party era\nbegan in 1969.`],
    ['a sentence-case line of more than six words is no heading', `${WRAPPED}\n\nThe state and the unions in the long run\n${WRAPPED}`],
  ])('keeps prose: %s', (_what, text) => {
    const { blocks } = cleaned(text);
    expect(blocks.filter((b) => b[0] === 'heading')).toEqual([]);
  });

  it("keeps a 'Keywords:' line out of the headings", () => {
    const { blocks } = cleaned(`Dockers and the State\n\n${WRAPPED}\n\nKeywords: dockers; unions; the state\n\n${WRAPPED}\n\nThe strike\n\n${WRAPPED}`);
    expect(blocks.filter((b) => b[0] === 'heading').map((b) => b[1])).toEqual(['The strike']);
  });

  it.each([
    ['Q: What did the general inherit?'],
    ['Interviewer: And the unions?'],
  ])("keeps a short turn of an interview out of the headings: '%s'", (turn) => {
    const { blocks } = cleaned(`Dockers and the State\n\n${WRAPPED}\n\n${turn}\n\nA: ${WRAPPED}\n\nThe strike\n\n${WRAPPED}`);
    expect(blocks.filter((b) => b[0] === 'heading').map((b) => b[1])).toEqual(['The strike']);
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

  it('reads a short line right above a paragraph written as one line as its heading, and a list of short lines as items', () => {
    const long = 'The first regular broadcasts began in the city after the war, and within a few years dozens of stations were on the air across the country, most of them run by newspapers that saw a new way to sell advertising.';
    const text = `Radio in the Provinces\n\nIntroduction\n${long}\n\nThe network era\n${long}\n\n2. Licensing\n${long}\n\nAbbreviations\n\nBBC British Broadcasting Corporation\nITU International Telecommunication Union\n`;
    const { blocks } = cleaned(text);
    expect(blocks.filter((b) => b[0] === 'heading').map((b) => b[1])).toEqual(['Introduction', 'The network era', '2. Licensing', 'Abbreviations']);
    // The heading is no part of the sentence below it.
    expect(blocks.filter((b) => b[0] === 'paragraph').every((b) => b[1] === long || !b[1].includes('era The first'))).toBe(true);
    expect(blocks.slice(-2)).toEqual([['paragraph', 'BBC British Broadcasting Corporation'], ['paragraph', 'ITU International Telecommunication Union']]);
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

  it('keeps numbered divisions that repeat only in form (Chapter 1, 2, 3) as headings, and drops a running header that repeats its exact text', () => {
    const chapter = (n: number, title: string): string => `Chapter ${n}\n\n${title}\n\n${PROSE}\n\n`;
    const { blocks } = cleaned(`A History of the Harbour Unions\n\nJohn Smith\n\n${chapter(1, 'The Guild Years, 1890–1920')}${chapter(2, 'The Settlement, 1920–1965')}${chapter(3, 'Decline, 1965–1990')}`);
    expect(blocks.filter((b) => b[0] === 'heading').map((b) => b[1])).toEqual(['Chapter 1', 'The Guild Years, 1890–1920', 'Chapter 2', 'The Settlement, 1920–1965', 'Chapter 3', 'Decline, 1965–1990']);
    expect(blocks.slice(0, 2)).toEqual([['title', 'A History of the Harbour Unions'], ['byline', 'John Smith']]);
    const header = cleaned(`${PROSE}\n\nChapter 2\n\n${PROSE}\n\nChapter 2\n\n${PROSE}\n\nChapter 2\n\n${PROSE}`);
    expect(header.blocks.map((b) => b[0])).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(header.codes.filter((c) => c === 'clean/running-header')).toHaveLength(3);
  });

  it.each(['Phase I (1943–1955)', 'Stage 1: Incorporation', 'Period I', 'Wave 1 (1965–1975)', 'Part I'])("reads a numbered division right after the title ('%s') as a heading, not front matter", (division) => {
    const { blocks } = cleaned(`Labour in Argentina\n\n${division}\n\n${PROSE}\n\nPhase II (1955–1976)\n\n${PROSE}`);
    expect(blocks.slice(0, 2)).toEqual([['title', 'Labour in Argentina'], ['heading', division]]);
  });

  it('reads a sentence that opens a list near the top as prose, not front matter', () => {
    const { blocks } = cleaned('Dock Labour in Harbourtown\n\nAnna Berg\n\nThis article distinguishes three phases in the history of dock labour:\n\n1. the guild period (1890–1920);\n2. the settlement (1920–1965); and\n3. the container age (since 1965).\n\nThe guilds hired at the gate in 1910.');
    expect(blocks.map((b) => b[0])).toEqual(['title', 'byline', 'paragraph', 'list-item', 'list-item', 'list-item', 'paragraph']);
  });

  it.each([
    ['an APA entry ending in a URL', 'Nguyen, T. (n.d.). Strike lists of the delta. Retrieved from https://example.org/strikes'],
    ['an entry with a DOI', 'Lee, K. 2019. Delta unions doi:10.1000/182'],
    ['an APA head with a year', 'World Bank. (2019). Vietnam development report'],
  ])('does not take a short reference-list line for a heading: %s', (_what, line) => {
    const { blocks } = cleaned(`${PROSE}\n\nReferences\n\n${line}\n\nSmith, J. (2003). Docks and guilds. London: Port Press.`);
    expect(blocks.map((b) => b[0])).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  it('keeps a heading after the byline as a heading, not front matter', () => {
    const { blocks } = cleaned(`A History of the Harbour Unions\n\nJohn Smith\n\nThe Guild Years, 1890–1920\n\n${PROSE}`);
    expect(blocks.map((b) => b[0])).toEqual(['title', 'byline', 'heading', 'paragraph']);
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

/** Runs the default pipeline up to the stage providing `untilLayer` on `text` read from `path` (a Markdown file by default). */
function docFrom(text: string, untilLayer: LayerName | null = 'blocks', source: Partial<SourceInfo> = { path: 'essay.md' }): Doc {
  const full = pipeline();
  const stages = untilLayer === null ? full.stages : full.stages.slice(0, full.stages.findIndex((s) => s.stage.provides.includes(untilLayer)) + 1);
  const sha256 = createHash('sha256').update(text).digest('hex');
  return runPipeline({ ...full, stages }, createDoc('test', { path: null, text, sha256, ...source }));
}

/**
 * Clean text and blocks of a Markdown text, after checking that the clean text maps back exactly:
 * every character of the clean text but a space or line break is the original character its offset
 * maps to; every block slices back to its text; every repair slices back to the original, and a
 * repair of markup quotes exactly that slice.
 */
function markdownCleaned(text: string, source: Partial<SourceInfo> = { path: 'essay.md' }): { clean: string; blocks: [string, string][]; markup: string[]; doc: Doc } {
  const doc = docFrom(text, 'blocks', source);
  const { text: clean, map } = doc.layers.clean!;
  // A character reference ('&amp;') reads as its character, written where the reference starts.
  const references = new Map<number, string>();
  for (const m of doc.messages) {
    const read = /^character reference '.*' read as '(.+)'$/.exec(m.message);
    if (read && m.start !== undefined) [...read[1]].join('').split('').forEach((c, k) => references.set(m.start! + k, c));
  }
  for (let i = 0; i < clean.length; i++) {
    if (clean[i] === ' ' || clean[i] === '\n') continue;
    const { start, end } = map.toOriginal(i, i + 1);
    expect(references.get(start) ?? text.slice(start, end), `clean character ${i} '${clean[i]}'`).toBe(clean[i]);
  }
  // A block's text without the characters references stand for must be found in order in its slice.
  const asWritten = (from: number, to: number): string => [...Array(to - from).keys()].filter((k) => !references.has(map.toOriginalStart(from + k))).map((k) => clean[from + k]).join('');
  for (const b of doc.layers.blocks!) expectSliceMatches(text, b, references.size ? asWritten(b.cleanStart, b.cleanEnd) : clean.slice(b.cleanStart, b.cleanEnd), `${b.kind} block`);
  const markup: string[] = [];
  for (const m of doc.messages) {
    if (m.start === undefined || m.end === undefined) continue;
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    const slice = text.slice(m.start, m.end);
    if (m.code !== 'clean/markdown-markup') continue;
    expect(slice.trim(), `${m.code} [${m.start}, ${m.end})`).toBe(slice);
    if (/ removed: '/.test(m.message)) expect(m.message.endsWith(` removed: '${slice}'`), `${m.message} vs '${slice}'`).toBe(true);
    markup.push(slice);
  }
  return { clean, blocks: doc.layers.blocks!.map((b) => [b.kind, clean.slice(b.cleanStart, b.cleanEnd)]), markup, doc };
}

// A first paragraph of prose, so that what follows is not front matter.
const LEAD = 'The union was founded in 1905 and grew quickly.';

describe('clean: Markdown', () => {
  it.each([
    ['ATX headings, closing hashes too', `# The Dockers\n\n${LEAD}\n\n## The strike wave (2006–2011) ##\n\n${LEAD}\n\n###### A deep heading #####`,
      `The Dockers\n\n${LEAD}\n\nThe strike wave (2006–2011)\n\n${LEAD}\n\nA deep heading`, ['title', 'paragraph', 'heading', 'paragraph', 'heading'], ['#', '##', '##', '######', '#####']],
    ['setext headings', `${LEAD}\n\nState corporatism\n=================\n\n${LEAD}\n\nThe strike wave (2006–\n2011)\n---\n\n${LEAD}`,
      `${LEAD}\n\nState corporatism\n\n${LEAD}\n\nThe strike wave (2006–2011)\n\n${LEAD}`, ['paragraph', 'heading', 'paragraph', 'heading', 'paragraph'], ['=================', '---']],
    ['a heading right above its text, without a blank line', `${LEAD}\n\n## Later years\nThe union split in 1920 over the war.`,
      `${LEAD}\n\nLater years\nThe union split in 1920 over the war.`, ['paragraph', 'heading', 'paragraph'], ['##']],
    ['emphasis and strong emphasis', 'The **general strike** of *1926*, __the lockout__, _its end_ and ***both***, within un*believ*able words.',
      'The general strike of 1926, the lockout, its end and both, within unbelievable words.', ['paragraph'], ['**', '**', '*', '*', '__', '__', '_', '_', '***', '***', '*', '*']],
    ['inline links, with a title, and autolinks', 'Under [Nasser](https://en.wikipedia.org/wiki/Nasser "The president"), unions were tied to the party (see <https://example.org>).',
      'Under Nasser, unions were tied to the party (see https://example.org).', ['paragraph'], ['[', '](https://en.wikipedia.org/wiki/Nasser "The president")', '<', '>']],
    ['reference links and their definitions', `The [federation][etuf] and the [ETUF] and the [party][] ruled.\n\n[etuf]: https://example.org/etuf\n[ETUF]: <https://example.org> 'ETUF'\n[party]:\n  https://example.org/party\n\n${LEAD}`,
      `The federation and the ETUF and the party ruled.\n\n${LEAD}`, ['paragraph', 'paragraph'], ['[', '][etuf]', '[', ']', '[', '][]', '[etuf]: https://example.org/etuf', `[ETUF]: <https://example.org> 'ETUF'`, '[party]:\n  https://example.org/party']],
    ['images, dropped whole with their alt text', 'A photograph ![Strikers at Mahalla](img/mahalla.jpg "2006") of the strike and ![a map][map] of the city.\n\n[map]: map.png',
      'A photograph of the strike and of the city.', ['paragraph'], ['![Strikers at Mahalla](img/mahalla.jpg "2006")', '![a map][map]', '[map]: map.png']],
    ['a paragraph holding only an image', `${LEAD}\n\n![Figure 1](fig1.png)\n\n${LEAD}`, `${LEAD}\n\n${LEAD}`, ['paragraph', 'paragraph'], ['![Figure 1](fig1.png)']],
    ['inline code: the backticks go, the code stays', 'The slogan `bread, freedom` was ``a `quoted` one`` then.', 'The slogan bread, freedom was a `quoted` one then.', ['paragraph'], ['`', '`', '``', '``']],
    ['block quotes, lazy lines and blank quote lines', `${LEAD}\n\n> A quoted passage\n> from a *pamphlet*\nof 2010.\n>\n> Its second paragraph.\n\n${LEAD}`,
      `${LEAD}\n\nA quoted passage from a pamphlet of 2010.\n\nIts second paragraph.\n\n${LEAD}`, ['paragraph', 'paragraph', 'paragraph', 'paragraph'], ['>', '>', '*', '*', '>', '>']],
    ['thematic breaks', `${LEAD}\n\n---\n\n${LEAD}\n\n* * *\n\n${LEAD}\n\n___`, `${LEAD}\n\n${LEAD}\n\n${LEAD}`, ['paragraph', 'paragraph', 'paragraph'], ['---', '* * *', '___']],
    ['inline HTML tags and comments, a line break tag as a space', 'The <em>mass</em> strike<!-- check the date --> of 1905<br>spread to <span class="x">Moscow</span>.',
      'The mass strike of 1905 spread to Moscow.', ['paragraph'], ['<em>', '</em>', '<!-- check the date -->', '<br>', '<span class="x">', '</span>']],
    ['HTML blocks: tags and comments go, their text stays', `${LEAD}\n\n<!--\nA note to self.\n-->\n\n<div align="center">\nThe <b>1905</b> revolution.\n</div>\n\n${LEAD}`,
      `${LEAD}\n\nThe 1905 revolution.\n\n${LEAD}`, ['paragraph', 'paragraph', 'paragraph'], ['<!--\nA note to self.\n-->', '<div align="center">', '<b>', '</b>', '</div>']],
    ['hard line breaks: a backslash, or two spaces', 'The strike began in May\\\nand spread in June  \nand ended in July.', 'The strike began in May and spread in June and ended in July.', ['paragraph'], ['\\']],
    ['backslash escapes', 'Not \\*emphasis\\*, a \\# sign, 5 \\> 3, \\_under\\_ and a \\\\ backslash.', 'Not *emphasis*, a # sign, 5 > 3, _under_ and a \\ backslash.', ['paragraph'], ['\\', '\\', '\\', '\\', '\\', '\\', '\\']],
    ['fenced and indented code blocks, dropped whole', `${LEAD}\n\n\`\`\`python\nprint("1905")\n\nprint("1917")\n\`\`\`\n\n~~~\nraw\n~~~\n\n    indented code\n    more code\n\n${LEAD}`,
      `${LEAD}\n\n${LEAD}`, ['paragraph', 'paragraph'], ['```python\nprint("1905")\n\nprint("1917")\n```', '~~~\nraw\n~~~', '    indented code\n    more code'.trim()]],
    ['bullet lists: markers go, items stay items', `${LEAD}\n\n- In 2006 workers struck.\n- In 2008 *students* joined,\n  and workers too.\n+ A plus item.\n\n* A star item.\n  - A nested item.\n\n${LEAD}`,
      `${LEAD}\n\nIn 2006 workers struck.\nIn 2008 students joined, and workers too.\nA plus item.\n\nA star item.\nA nested item.\n\n${LEAD}`, ['paragraph', 'list-item', 'list-item', 'list-item', 'list-item', 'list-item', 'paragraph'], ['-', '-', '*', '*', '+', '*', '-']],
    ['ordered lists keep their numbers, as in a plain text', `${LEAD}\n\n1. Wages\n2) Hours\n\n${LEAD}`, `${LEAD}\n\n1. Wages\n2) Hours\n\n${LEAD}`, ['paragraph', 'list-item', 'list-item', 'paragraph'], []],
    ['task lists', '- [ ] Strike\n- [x] Negotiate', 'Strike\nNegotiate', ['list-item', 'list-item'], ['- [ ]', '- [x]']],
    ['GFM tables: a row per item, borders as spaces between cells', `${LEAD}\n\n| Stage | Years |\n|:------|------:|\n| Green Shoots|1995–2002 |\n| Blossoming | 2002\\|2012 |\n\n${LEAD}`,
      `${LEAD}\n\nStage Years\n\nGreen Shoots 1995–2002\nBlossoming 2002|2012\n\n${LEAD}`, ['paragraph', 'list-item', 'list-item', 'list-item', 'paragraph'], ['|', '|', '|', '|:------|------:|', '|', '|', '|', '|', '|', '\\', '|']],
    ['GFM footnotes: the reference goes, the definition is a note', `A claim about 1905.[^1] And ~~struck~~ text.\n\n[^1]: Howell 2003, p. 12,\n    and more.`,
      'A claim about 1905. And struck text.\n\nHowell 2003, p. 12, and more.', ['paragraph', 'note'], ['[^1]', '~~', '~~', '[^1]:']],
    ['YAML front matter', `---\ntitle: The Dockers\nauthor: A. Writer\n---\n\n${LEAD}`, LEAD, ['paragraph'], ['---\ntitle: The Dockers\nauthor: A. Writer\n---']],
    ['bare URLs stay as written (GFM autolink literals or not)', 'See www.example.org/a_b_c and https://example.org/x.', 'See www.example.org/a_b_c and https://example.org/x.', ['paragraph'], []],
    ['bare URLs stay as written in a text read with the GFM extensions', 'About ~1900, see www.example.org/a_b_c and https://example.org/x.', 'About ~1900, see www.example.org/a_b_c and https://example.org/x.', ['paragraph'], []],
    ['thematic breaks at the top and the bottom of a text are no front matter', '---\n\nA text between two breaks.\n\n---\n', 'A text between two breaks.', ['paragraph'], ['---', '---']],
    ['character references read as their characters', 'Marx &amp; Engels, &#8220;quoted&#8221; in 1848&ndash;50 &mdash; &#x201C;hex&#x201d; &copy; &lt;tags&gt; &#128512;.',
      'Marx & Engels, “quoted” in 1848–50 — “hex” © <tags> 😀.', ['paragraph'], []],
    ['a reference for whitespace separates words; one for an invisible character leaves no trace', 'In&nbsp;1905 the&#160;&#160;union organ&shy;ised &#8203;workers.',
      'In 1905 the union organised workers.', ['paragraph'], []],
    ['references that are no references stay as written', `${LEAD}\n\nR&D &amp AT&T &unknownname; &#0; a&b in 1905.`, `${LEAD}\n\nR&D &amp AT&T &unknownname; &#0; a&b in 1905.`, ['paragraph', 'paragraph'], []],
    ['a reference in a heading and in emphasis', `${LEAD}\n\n## Unions &amp; the State\n\n${LEAD} *Bread &amp; freedom*.`, `${LEAD}\n\nUnions & the State\n\n${LEAD} Bread & freedom.`, ['paragraph', 'heading', 'paragraph'], ['##', '*', '*']],
  ])('%s', (_what, input, expected, kinds, markup) => {
    const r = markdownCleaned(input);
    expect(r.clean).toBe(expected);
    expect(r.blocks.map((b) => b[0])).toEqual(kinds);
    expect(r.markup).toEqual(markup);
  });

  it('keeps offsets exact with a byte-order mark and CRLF line endings', () => {
    const text = '\ufeff# The Dockers\r\n\r\n*By Ana Lee*\r\n\r\nThe union was **founded** in 1905.\r\nIt grew [fast](x.html).\r\n\r\n## Later\r\n\r\n> It split.\r\n';
    const { clean, blocks, markup } = markdownCleaned(text);
    expect(clean).toBe('The Dockers\n\nBy Ana Lee\n\nThe union was founded in 1905. It grew fast.\n\nLater\n\nIt split.');
    expect(blocks.map((b) => b[0])).toEqual(['title', 'byline', 'paragraph', 'heading', 'paragraph']);
    expect(markup).toEqual(['#', '*', '*', '**', '**', '[', '](x.html)', '##', '>']);
  });

  it('drops the markup of a line cut short by a word broken at its end', () => {
    // 'organi-' and 'sations' join: the piece of the first line ends before its hyphen, and its
    // markup is found again by offset.
    const text = 'They built **new** [organi-\nsations](x.html) and [many](y.html) small groups.';
    const { clean, blocks, doc } = markdownCleaned(text);
    expect(clean).toBe('They built new organisations and many small groups.');
    expect(blocks).toHaveLength(1);
    expect(doc.messages.map((m) => m.code)).toContain('clean/hyphenation-joined');
  });

  it.each([
    ['a title, a byline and a heading before the prose', `# Dockers and the State\n\n*Maria Gonzalez*\n\n## Abstract\n\n${LEAD}\n\n## The strike\n\n${LEAD}`,
      [['title', 'Dockers and the State'], ['byline', 'Maria Gonzalez'], ['heading', 'Abstract'], ['paragraph', LEAD], ['heading', 'The strike'], ['paragraph', LEAD]]],
    ['a title one level below the top', `Dockers\n-------\n\n### Early years\n\n${LEAD}\n\n### Later years\n\n${LEAD}`,
      [['title', 'Dockers'], ['heading', 'Early years'], ['paragraph', LEAD], ['heading', 'Later years'], ['paragraph', LEAD]]],
    ['sections without a title above them', `## Early years\n\n${LEAD}\n\n## Later years\n\n${LEAD}`,
      [['heading', 'Early years'], ['paragraph', LEAD], ['heading', 'Later years'], ['paragraph', LEAD]]],
  ])('reads the front matter of a Markdown text: %s', (_what, input, blocks) => {
    expect(markdownCleaned(input).blocks).toEqual(blocks);
  });

  it('still reads a one-line paragraph as a heading or page furniture, as in a plain text', () => {
    const { blocks } = markdownCleaned(`${LEAD}\n\n**Later years**\n\n${LEAD}\n\n12\n\n${LEAD}`);
    expect(blocks).toEqual([['paragraph', LEAD], ['heading', 'Later years'], ['paragraph', LEAD], ['paragraph', LEAD]]);
  });

  it('never takes a heading, a list item or a table row for page furniture', () => {
    const { blocks } = markdownCleaned(`${LEAD}\n\n## 1989\n\n${LEAD}\n\n- 2006\n- 2008\n\n${LEAD}`);
    expect(blocks).toEqual([['paragraph', LEAD], ['heading', '1989'], ['paragraph', LEAD], ['list-item', '2006'], ['list-item', '2008'], ['paragraph', LEAD]]);
  });

  it('reads a JSON Lines row with "format": "markdown" as Markdown, and nothing else', () => {
    const text = '## The strike wave\n\nIn 2008 the *April 6 Youth Movement* backed the strikers.';
    expect(markdownCleaned(text, { path: null, meta: { format: 'markdown' } }).clean).toBe('The strike wave\n\nIn 2008 the April 6 Youth Movement backed the strikers.');
    for (const source of [{ path: 'essay.txt' }, { path: null }, { path: null, meta: { format: 'text' } }, { path: '-' }]) {
      expect(docFrom(text, 'blocks', source).layers.clean!.text).toBe('## The strike wave\n\nIn 2008 the *April 6 Youth Movement* backed the strikers.');
    }
  });

  it.each([
    [{ path: 'a/essay.md' }, true],
    [{ path: 'C:\\texts\\ESSAY.MD' }, true],
    [{ path: 'essay.markdown' }, true],
    [{ path: 'essay.txt' }, false],
    [{ path: 'notes.md/essay.txt' }, false],
    [{ path: '-' }, false],
    [{ path: null }, false],
    [{ path: null, meta: { format: 'Markdown' } }, true],
    [{ path: null, meta: { format: 'html' } }, false],
    [{ path: 'essay.md', meta: { extractedText: { from: 'pdf' } } }, false],
  ])('decides whether %j is Markdown: %s', (source, expected) => {
    const rules = { extensions: new Set(['.md', '.markdown']), formats: new Set(['markdown', 'md']) };
    expect(isMarkdownSource(source, rules)).toBe(expected);
  });

  it('analyses a Markdown essay: title, sections, references, citations, periodisation', () => {
    const text = readFileSync(join(FIXTURES, 'markdown', 'egypt-unions.md'), 'utf8');
    const doc = docFrom(text, null);
    const L = doc.layers;
    expect(L.metadata).toMatchObject({ title: 'Independent Unions in Egypt', authors: ['Sara Hassan'] });
    expect(L.sections!.map((s) => [s.kind, s.heading])).toEqual([
      ['body', null],
      ['body', 'State corporatism (1957–2006)'],
      ['body', 'The strike wave (2006–2011)'],
      ['body', 'Renewed repression (2013–)'],
      ['references', 'References'],
    ]);
    for (const s of L.sections!) if (s.headingSpan) expect(text.slice(s.headingSpan.start, s.headingSpan.end)).toBe(s.heading);
    expect(L.references!.map((r) => [r.authors, r.year, text.slice(r.start, r.end)])).toEqual([
      [['Abdalla'], '2017', "Abdalla, N. (2017). Egypt's unions. Cairo: AUC Press."],
      [['Beinin'], '2016', 'Beinin, J. (2016). Workers and Thieves. Stanford: Stanford University Press.'],
    ]);
    expect(L.citations!.map((c) => [text.slice(c.start, c.end), c.referenceId])).toEqual([['(Abdalla 2017)', 'r1'], ['Beinin (2016)', 'r2']]);
    const stages = L.periodisation!.stages;
    expect(stages.map((s) => [s.from, s.to])).toEqual([[1957, 2006], [2006, 2011], [2013, null]]);
    for (const s of stages) expect(s.label ?? '').not.toMatch(/[*#_[\]]/);
    const clean = L.clean!.text;
    expect(clean).not.toMatch(/[*#>[\]]|\]\(|https?:/);
    for (const s of L.sentences!) expectSliceMatches(text, s, clean.slice(s.cleanStart, s.cleanEnd), 'sentence');
    for (const t of L.temporal!) expectSliceMatches(text, t, t.text, 'temporal');
  });
});

describe('clean: Markdown character references, through the whole pipeline', () => {
  it('reads a range, a name and a quotation written with references as their characters, offsets exact', () => {
    const text = `${LEAD}\n\n## Unions &amp; the state\n\nThe Egyptian Trade Union Federation (ETUF) &amp; the ministry met. Workers at Mahalla struck in 2006&ndash;2008 and called it &#8220;a new dawn&#8221;.\n`;
    const doc = docFrom(text, null, { path: 'essay.md' });
    const L = doc.layers;
    expect(L.sections!.map((s) => s.heading)).toEqual([null, 'Unions & the state']);
    const range = L.temporal!.find((t) => t.kind === 'range')!;
    expect([range.text, range.from, range.to, text.slice(range.start, range.end)]).toEqual(['2006–2008', 2006, 2008, '2006&ndash;2008']);
    expect(L.entities!.find((e) => e.type === 'ORG')!.canonical).toBe('Egyptian Trade Union Federation');
    expect(L.sentences!.map((s) => s.text)).toContain('Workers at Mahalla struck in 2006–2008 and called it “a new dawn”.');
    for (const s of L.sentences!) expect(text.slice(s.start, s.end).replace(/&amp;/g, '&').replace(/&ndash;/g, '–').replace(/&#8220;/g, '“').replace(/&#8221;/g, '”').replace(/\n/g, ' ')).toBe(s.text);
  });
});

describe('clean: typographic ligatures, through the whole pipeline', () => {
  it('reads words written with ligatures whole, and every span slices back to the original with its ligature', () => {
    const text = 'The ﬁrst union ﬂourished from 1921 to 1930 in the oﬃces of the port.\nIts ﬁfth congress, in 1931, was banned by the Ministry of the Interior.\n';
    const doc = docFrom(text, null, { path: 'essay.txt' });
    const L = doc.layers;
    expect(L.sentences!.map((s) => s.text)).toEqual([
      'The first union flourished from 1921 to 1930 in the offices of the port.',
      'Its fifth congress, in 1931, was banned by the Ministry of the Interior.',
    ]);
    for (const s of L.sentences!) expectSliceMatches(text, s, s.text.replace(/ffi/g, 'ﬃ').replace(/fi/g, 'ﬁ').replace(/fl/g, 'ﬂ'), 'sentence');
    expect(text.slice(L.sentences![0].start, L.sentences![0].end)).toBe('The ﬁrst union ﬂourished from 1921 to 1930 in the oﬃces of the port.');
    const range = L.temporal!.find((t) => t.kind === 'range')!;
    expect([range.text, text.slice(range.start, range.end)]).toEqual(['from 1921 to 1930', 'from 1921 to 1930']);
    const ministry = L.entities!.find((e) => e.type === 'ORG')!;
    expect(ministry.canonical).toBe('Ministry of the Interior');
    // A token of a word with a ligature spans the ligature in the original.
    const t = L.tokens!;
    const clean = L.clean!.text;
    const first = [...Array(t.count).keys()].find((i) => clean.slice(t.cleanStart[i], t.cleanEnd[i]) === 'first')!;
    expect(text.slice(t.start[first], t.end[first])).toBe('ﬁrst');
    expect(doc.messages.filter((m) => m.code === 'clean/ligature-expanded')).toHaveLength(1);
  });
});

describe('clean: front-matter sections', () => {
  const PROSE = 'This article examines how activists understand their relation with the state over three decades.';
  it.each([
    ['Abstract, then a labelled keywords line', `A Title About Activists and the State\n\nAbstract\n${PROSE}\n\nKeywords: movements; Chile; state–society relations\n\n1. Introduction\n\n${PROSE}`,
      [['title', 'A Title About Activists and the State'], ['heading', 'Abstract'], ['paragraph', PROSE], ['front', 'Keywords: movements; Chile; state–society relations'], ['heading', '1. Introduction'], ['paragraph', PROSE]]],
    ['Executive Summary, two capitalised words that are no byline', `Civic Space: A Policy Review\n\nExecutive Summary\n\n${PROSE}\n\n1. Introduction\n\n${PROSE}`,
      [['title', 'Civic Space: A Policy Review'], ['heading', 'Executive Summary'], ['paragraph', PROSE], ['heading', '1. Introduction'], ['paragraph', PROSE]]],
    ['a series line over the title', `Working Paper No. 14\n\nDockers and the State in Chile\n\nSummary\n\n${PROSE}`,
      [['front', 'Working Paper No. 14'], ['title', 'Dockers and the State in Chile'], ['heading', 'Summary'], ['paragraph', PROSE]]],
    ['a series line with its year and number over the title', `Policy Brief 2024/3\n\nDockers and the State in Chile\n\nSummary\n\n${PROSE}`,
      [['front', 'Policy Brief 2024/3'], ['title', 'Dockers and the State in Chile'], ['heading', 'Summary'], ['paragraph', PROSE]]],
  ])('%s', (_what, input, blocks) => {
    expect(cleaned(input).blocks).toEqual(blocks);
  });
});

describe('clean: a list under a heading such as See also', () => {
  const PROSE = 'Since 2015 the unions have bargained over the minimum wage with the federal government and the states.';
  it('reads the lines below the heading as list items, not headings', () => {
    const input = `A History of Unions\n\n${PROSE}\n\nRecent developments\n\n${PROSE}\n\nSee also\n\nLabour history of Nigeria\nList of trade unions in Nigeria\n\nReferences\n\nAnanaba, W. (1969). The Trade Union Movement in Nigeria. London: C. Hurst.`;
    const { blocks } = cleaned(input);
    expect(blocks.slice(4, 8)).toEqual([['heading', 'See also'], ['list-item', 'Labour history of Nigeria'], ['list-item', 'List of trade unions in Nigeria'], ['heading', 'References']]);
  });
});

describe('clean: lines of lists alone do not make a text wrapped (eighteenth session, from the blind heldout-12)', () => {
  const PROSE = 'The ban was lifted in April 1904, and the first legal daily appeared in Vilnius in December of that year, followed by dozens of titles.';
  const LISTS = 'See also\nLithuanian press ban\nKnygnešys\nMedia of Lithuania\n\nReferences\n1. ^ Merkys, V. (1994). Knygnešių laikai. Vilnius.\n2. ^ Senn, A. E. (1980). The press ban. Lituanus.';
  it.each([
    // Lines of a 'See also' list and a reference list run on inside their blocks, but no line goes
    // on with a sentence: the text is not wrapped, and a short heading in sentence case is a heading.
    ['1904–1918: After the press ban', 'heading'],
    ['1918–1940: The interwar republic', 'heading'],
    // Two sentences on one line are prose, whatever the layout.
    ['So the quotation is half right. [Conclusion too short. 62/100.]', 'paragraph'],
  ])('%s → %s', (line, kind) => {
    const { blocks } = cleaned(`Newspapers in Lithuania\n\n${PROSE}\n\nHistory\n\n${line}\n\n${PROSE}\n\n${LISTS}`);
    expect(blocks.find((b) => b[1] === line)?.[0]).toBe(kind);
  });
});

describe('clean: asides and box rows are no headings (nineteenth session, from the blind heldout-18)', () => {
  it.each([
    // An interjection in parliamentary minutes, wholly in brackets, alone between paragraphs.
    ['(Dr. Keller CDU: Thanks to us!)', 'paragraph'],
    ['[Applause from the government benches]', 'paragraph'],
    // A heading stays one.
    ['The school war (2008–2010)', 'heading'],
  ])('%s → %s', (line, kind) => {
    const PROSE = 'Phase II was the school war, and it began with the coalition agreement of April 2008.';
    const { blocks } = cleaned(`Minutes of the session\n\n${PROSE}\n\n${line}\n\n${PROSE}`);
    expect(blocks.find((b) => b[1] === line)?.[0]).toBe(kind);
  });

  it('keeps the fields of an infobox, one a line, apart from each other and from the paragraph after them', () => {
    const { blocks } = cleaned('Radio Ellen\n\nRadio Ellen\nType: Public service radio network\nCountry: Port Ellen\nFirst air date: 3 May 1958\nPeriods:\nPier station: 1958–1966\nWebsite: radioellen.example\n\nRadio Ellen is the public radio broadcaster of Port Ellen, and it was among the first local stations of the region to broadcast in the evening.');
    const texts = blocks.map((b) => b[1]);
    for (const field of ['Country: Port Ellen', 'First air date: 3 May 1958', 'Periods:', 'Pier station: 1958–1966', 'Website: radioellen.example']) expect(texts).toContain(field);
    expect(blocks.find((b) => b[1].startsWith('Radio Ellen is'))?.[0]).toBe('paragraph');
  });

  it('keeps the rows of a table drawn with pipes apart, in wrapped text', () => {
    const wrapped = 'This exhibition tells the story of the modern yards, from the timber slips of the\nnineteenth century to the repair docks that keep the trade alive today, and the\nmen and women who worked in them through four centuries of boom and slump.';
    const { blocks } = cleaned(`${wrapped}\n\nTable 1 sets them out.\n| Period | Years |\n|---|---|\n| Clean-up days | 1991–1999 |\n| Boycott | 1999–2006 |\n\n${wrapped}`);
    expect(blocks.filter((b) => b[0] === 'list-item').map((b) => b[1])).toEqual(['| Period | Years |', '|---|---|', '| Clean-up days | 1991–1999 |', '| Boycott | 1999–2006 |']);
  });

  it('keeps indented rows of a box, in wrapped text under a colon, as items', () => {
    const wrapped = 'This exhibition tells the story of the modern yards, from the timber slips of the\nnineteenth century to the repair docks that keep the trade alive today, and the\nmen and women who worked in them through four centuries of boom and slump.';
    const { blocks } = cleaned(`${wrapped}\n\nWe have divided that story into three ages, one for each room:\n\n    1820–1890      The Timber Slips\n    1890–1968      Iron and Steam\n    1968–today     The Repair Docks\n\n${wrapped}`);
    expect(blocks.filter((b) => b[0] === 'list-item').map((b) => b[1])).toEqual(['1820–1890 The Timber Slips', '1890–1968 Iron and Steam', '1968–today The Repair Docks']);
  });
});

describe('clean: rows of a timeline box are items, not one paragraph (eighteenth session, from the blind heldout-12)', () => {
  it('keeps each row of years and a name, set off by two spaces, on its own', () => {
    const { blocks } = cleaned('Key dates and names are in the box.\n\nKEY PERIODS\n1932–1948   Silence after the Matanza\n1948–1979   Controlled unionism\n1992–today  Unions in a democracy\n\nThe story begins in 1932.');
    expect(blocks.filter((b) => b[0] === 'list-item').map((b) => b[1])).toEqual(['1932–1948 Silence after the Matanza', '1948–1979 Controlled unionism', '1992–today Unions in a democracy']);
  });
});

describe('clean: a numbered heading alone between bulleted lists (eighteenth session, from the blind heldout-13)', () => {
  it('heads its section, where a numbered line inside a block of bullets is an item', () => {
    const { blocks } = cleaned('Argument of the lecture.\n\n1. The guild port\n\n- The guilds hired every man.\n- They ran pensions.\n\n2. The state union\n\n- In 1948 the guilds were merged.\n\nSteps:\n- 1. Read the notes\n- Discuss them.');
    expect(blocks.filter((b) => b[0] === 'heading').map((b) => b[1])).toEqual(['1. The guild port', '2. The state union']);
  });
});

describe('clean: a wiki page, as source or copied (eighteenth session, from the blind heldout-14)', () => {
  it('drops the markup of MediaWiki source and keeps the offsets exact', () => {
    const input = "{{Short description|Press}}\nThe '''press of Ruritania''' began in [[Strelsau|the capital]].<ref>{{cite book |last=Berg |year=1999}}</ref> See ''The Gazette''.\n\n== 1848–1918: The royal press ==\nThe first daily appeared in 1848.";
    const { blocks, doc } = cleaned(input);
    expect(blocks).toEqual([['paragraph', 'The press of Ruritania began in the capital. See The Gazette.'], ['heading', '1848–1918: The royal press'], ['paragraph', 'The first daily appeared in 1848.']]);
    for (const s of doc.layers.sentences ?? []) expect(input.slice(s.start, s.end).replace(/'''|''|\[\[Strelsau\||\]\]|<ref>.*<\/ref>/gu, '')).toBe(s.text);
  });

  it('reads a heading with [edit] as a heading whatever follows it, and a contents list as front matter', () => {
    const { blocks } = cleaned('The press of Ruritania is among the oldest in the region, and its papers are read widely.\n\nContents\n1 History\n1.1 Origins (1913–1924)\n2 See also\n\nHistory[edit]\nOrigins (1913–1924)[edit]\nThe first paper appeared in 1913.');
    expect(blocks).toEqual([['paragraph', 'The press of Ruritania is among the oldest in the region, and its papers are read widely.'], ['heading', 'Contents'], ['front', '1 History'], ['front', '1.1 Origins (1913–1924)'], ['front', '2 See also'], ['heading', 'History'], ['heading', 'Origins (1913–1924)'], ['paragraph', 'The first paper appeared in 1913.']]);
  });
});

describe('clean: a text of no declared format written in Markdown (eighteenth session, from the blind heldout-15)', () => {
  it('is read as Markdown when it holds two ATX headings or more, its headings at their levels', () => {
    const doc = docOf('# Zanzibar\n\n**Zanzibar** is a region of Tanzania.\n\n## Omani period (1698–1890)\n\nThe Omanis came in 1698.\n\n### Contemporary accounts\n\nTravellers came in 1857.\n\n## British protectorate (1890–1963)\n\nThe British came in 1890.', 'sections');
    expect(doc.layers.sections!.filter((x) => x.heading !== null).map((x) => [x.heading, x.level])).toEqual([['Omani period (1698–1890)', 1], ['Contemporary accounts', 2], ['British protectorate (1890–1963)', 1]]);
    expect(doc.layers.clean!.text).toContain('Zanzibar is a region of Tanzania.');
  });

  it('is not, with one line that opens with a hash sign', () => {
    const doc = docOf('# Notes from the field\n\nThe union met in 1990. #strike was the word of the day.', 'blocks');
    expect(doc.layers.clean!.text).toContain('# Notes from the field');
  });
});

describe('clean: captions, by the labels of pipeline/cleanup.json', () => {
  it.each([
    ['Fig. 3: Strikes by year, 1946–1960'],
    ['Box 2. The dockers’ strike of 1984'],
    ['Exhibit 4 Wages in the port'],
    ['[Plate IV] The harbour in 1905'],
    ['Map 1. The provinces of the south'],
    ['Table 5, continued: strikes by region'],
  ])('a line that opens with a label and a number is a caption, not a heading: %s', (line) => {
    const { blocks } = cleaned(`${WRAPPED}\n\n${line}\n\n${WRAPPED}`);
    expect(blocks.map((b) => b[0])).toEqual(['paragraph', 'caption', 'paragraph']);
  });

  // A label that runs on into a word: 'Chart' + 'i', 'Box' + 'i' would read as a Roman numeral.
  it.each([['Chartism and the State, 1838–1848'], ['Boxing in Havana, 1950–1959'], ['Graphic Arts in Mexico, 1920–1940']])('a heading that opens with a label\'s letters is no caption: %s', (line) => {
    const { blocks } = cleaned(`${WRAPPED}\n\n${line}\n\n${WRAPPED}`);
    expect(blocks.map((b) => b[0])).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});

describe('clean: tables of figures are kept out of the prose', () => {
  const PROSE = 'The number of labour NGOs grew quickly after 2005, as the table below shows.';
  const AFTER = 'After 2015 the number fell again, as the police closed several groups.';
  // [what, text, the table block's text (null: no table), the blocks' kinds in order (with a table)]
  it.each<[string, string, string | null, string[]]>([
    [
      'rows separated by runs of spaces, under a caption, between blank lines',
      `${PROSE}\n\nTable 1. Registered labour NGOs, 2005–2015\nProvince        2005   2010   2015\nGuangdong         12     35     72\nBeijing            4      9     11\n\n${AFTER}`,
      'Province 2005 2010 2015 Guangdong 12 35 72 Beijing 4 9 11',
      ['paragraph', 'caption', 'table', 'paragraph'],
    ],
    [
      'rows as PDF extraction gives them (single spaces), inside wrapped prose with no blank lines',
      `${WRAPPED}\nTable 2. Members (thousands)\nDockers 12 15 18\nPrinters 3.5 4.1 n/a\nTotal 15.5 19.1 –\n${WRAPPED}`,
      'Dockers 12 15 18 Printers 3.5 4.1 n/a Total 15.5 19.1 –',
      ['paragraph', 'caption', 'table', 'paragraph'],
    ],
    [
      'a row with a long name between two rows belongs to the table',
      `${PROSE}\n\nGuangdong 12 35 72\nInner Mongolia Autonomous Region 3 5\nBeijing 4 9 11\n\n${AFTER}`,
      'Guangdong 12 35 72 Inner Mongolia Autonomous Region 3 5 Beijing 4 9 11',
      ['paragraph', 'table', 'paragraph'],
    ],
    [
      'percentages, bracketed and signed figures',
      `${PROSE}\n\nUrban 45% (12) +3\nRural 55% (30) −3\n\n${AFTER}`,
      'Urban 45% (12) +3 Rural 55% (30) −3',
      ['paragraph', 'table', 'paragraph'],
    ],
    ['one row alone is no table', `${PROSE}\n\nGuangdong 12 35 72\nand so on in the other provinces of the south.\n\n${AFTER}`, null, []],
    [
      'a chronology (one year a line) stays prose',
      `${PROSE}\n\n1949 Founding of the People's Republic\n1966 Start of the Cultural Revolution\n1978 Start of the reforms\n\n${AFTER}`,
      null,
      [],
    ],
    [
      'prose lines full of figures are not rows (words outnumber the figures)',
      `${PROSE}\n\nThe groups numbered 12 in 2005, 35 in 2010 and\n72 in 2015, while in Beijing there were 4, 9 and\n11 groups in the same years, far fewer than in the south.\n\n${AFTER}`,
      null,
      [],
    ],
  ])('%s', (_what, text, table, kinds) => {
    const { clean, blocks, codes, doc } = cleaned(text);
    const tables = blocks.filter(([kind]) => kind === 'table').map(([, t]) => t);
    expect(tables).toEqual(table === null ? [] : [table]);
    if (table !== null) expect(blocks.map(([kind]) => kind)).toEqual(kinds);
    expect(codes.includes('clean/table')).toBe(table !== null);
    // Every block still maps back to its original text.
    for (const b of doc.layers.blocks!) expectSliceMatches(text, b, clean.slice(b.cleanStart, b.cleanEnd));
  });

  it('a table yields no sentences and no dates; the prose around it does', () => {
    const text = `${PROSE}\n\nTable 1. Registered labour NGOs\nProvince 2005 2010 2015\nGuangdong 12 35 72\nBeijing 4 9 11\n\n${AFTER}`;
    const doc = docOf(text);
    expect(doc.layers.sentences!.map((s) => s.text)).toEqual([PROSE, 'Table 1. Registered labour NGOs', AFTER]);
    const years = doc.layers.temporal!.map((t) => text.slice(t.start, t.end));
    expect(years).toEqual(['after 2005', 'After 2015']);
  });

  it('in Markdown, a table row of figures is a table and a row of words stays prose', () => {
    const text = `${PROSE}\n\n| Year | Event |\n|---|---|\n| 1949 | Founding of the People's Republic |\n\n| Province | 2005 | 2010 |\n|---|---|---|\n| Guangdong | 12 | 35 |\n| Beijing | 4 | 9 |\n`;
    const { blocks } = markdownCleaned(text);
    expect(blocks.filter(([k]) => k === 'table').map(([, t]) => t)).toEqual(['Province 2005 2010 Guangdong 12 35 Beijing 4 9']);
    expect(blocks.some(([k, t]) => k === 'list-item' && t.includes('1949'))).toBe(true);
  });
});

describe('clean: a front-matter section name run into its paragraph', () => {
  const HEAD = 'Trade Unions in Poland\n\nA. Kowalska\n\n';
  const BODY = '\n\nIntroduction\n\nThe union was founded in 1980. It was banned in 1982.';
  const ABSTRACT = 'This article argues that the unions went through three stages.';
  it.each<[string, string, [string, string][]]>([
    ['with a full stop', `${HEAD}Abstract. ${ABSTRACT}${BODY}`, [['heading', 'Abstract'], ['paragraph', ABSTRACT]]],
    ['in capitals with a colon', `${HEAD}ABSTRACT: ${ABSTRACT}${BODY}`, [['heading', 'ABSTRACT'], ['paragraph', ABSTRACT]]],
    ['with a dash, and a labelled line after it', `${HEAD}Summary — ${ABSTRACT}\n\nKeywords: unions; Poland; state${BODY}`, [['heading', 'Summary'], ['paragraph', ABSTRACT], ['front', 'Keywords: unions; Poland; state']]],
    ['not a word that merely starts a sentence', `${HEAD}Abstract art and ${ABSTRACT}${BODY}`, [['paragraph', `Abstract art and ${ABSTRACT}`]]],
  ])('%s', (_what, text, expected) => {
    const { blocks, doc } = cleaned(text);
    expect(blocks.slice(2, 2 + expected.length)).toEqual(expected);
    expect(doc.layers.blocks![2 + expected.length].kind).toBe('heading');
    for (const b of doc.layers.blocks!) expectSliceMatches(text, b, doc.layers.clean!.text.slice(b.cleanStart, b.cleanEnd));
  });

  it('is not read in the body, after the first heading', () => {
    const text = `${HEAD}${ABSTRACT}${BODY}\n\nSummary: the union survived underground until 1989.`;
    const { blocks } = cleaned(text);
    expect(blocks[blocks.length - 1]).toEqual(['paragraph', 'Summary: the union survived underground until 1989.']);
  });

  it('the name is no sentence', () => {
    const doc = docOf(`${HEAD}Abstract. ${ABSTRACT}${BODY}`);
    expect(doc.layers.sentences!.map((s) => s.text)).toEqual([ABSTRACT, 'The union was founded in 1980.', 'It was banned in 1982.']);
  });
});

describe('clean: a numbered section heading right after a numbered list', () => {
  const LIST = 'Phases\n\nThe groups passed through three phases.\n\n1. 1978–1993, tutelage: councils managed the forests.\n\n2. 1993–2015, self-rule: the act handed forests to the groups.\n\n3. Since 2015, contest: the provinces took the forests.';
  it.each<[string, string, boolean]>([
    ['a number that does not follow the last item is a heading', `${LIST}\n\n3. The records\n\nThe officers kept every plan in their own files.`, true],
    ['a smaller number is a heading', `${LIST}\n\n2. The records\n\nThe officers kept every plan in their own files.`, true],
    // Guards: the next number goes on with the list; a list that starts again at 1 is a list.
    ['the next number is an item of the list', `${LIST}\n\n4. The records\n\nThe officers kept every plan in their own files.`, false],
    ['a new list from 1 is a list', `${LIST}\n\n1. The records\n\nThe officers kept every plan in their own files.`, false],
  ])('%s', (_what, text, heading) => {
    const { blocks } = cleaned(text);
    const line = blocks.find(([, t]) => /^\d\. The records/.test(t))!;
    expect(line[0] === 'heading').toBe(heading);
  });
});
