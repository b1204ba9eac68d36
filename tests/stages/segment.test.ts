import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docOf, FIXTURES } from '../helpers.js';

const sectionsOf = (text: string) => docOf(text, 'sections').layers.sections!.map((s) => [s.heading, s.level, s.kind]);
const PROSE = 'The union was founded in 1905 and grew quickly in the port cities of the coast.';

describe('segment: back matter', () => {
  it.each(['See also', 'External links', 'Acknowledgements'])("'%s' closes the whole text (level 1), whatever heading came before", (heading) => {
    const text = `A History of Unions\n\n${PROSE}\n\nColonial period (1912–1960)\n\nEarly associations\n\n${PROSE}\n\nThe strike\n\n${PROSE}\n\n${heading}\n\n${PROSE}\n\nReferences\n\nAnanaba, W. (1969). The Trade Union Movement in Nigeria. London: C. Hurst.`;
    const sections = sectionsOf(text);
    expect(sections.find((s) => s[0] === 'The strike')![1]).toBe(2);
    expect(sections.find((s) => s[0] === heading)).toEqual([heading, 1, 'body']);
  });

  it('Nigeria: See also at level 1, its two lines no headings', () => {
    const text = readFileSync(join(FIXTURES, 'unseen', 'nigeria-unions.txt'), 'utf8');
    expect(sectionsOf(text).slice(-2)).toEqual([['See also', 1, 'body'], ['References', 1, 'references']]);
  });
});

describe('segment: reference lists', () => {
  it.each([
    ['References', 'references'],
    ['Works cited', 'references'],
    // A preface's or a chapter's own list: 'in this' and the part of the book.
    ['Works cited in this preface', 'references'],
    ['References in this chapter', 'references'],
    // A podcast's or a lecture's list, a course's readings.
    ['Works mentioned', 'references'],
    ['Books discussed', 'references'],
    ['Suggested readings', 'references'],
    ['Readings', 'references'],
    ['Related sources', 'references'],
    ['Sources consulted', 'references'],
    ['guard: Works of the union', 'body'],
    ['guard: Sources of the strike', 'body'],
  ])("'%s' heads a %s section", (heading, kind) => {
    const title = heading.replace(/^guard: /, '');
    const text = `A History of Unions\n\nOrigins\n\n${PROSE}\n\nThe strike\n\n${PROSE}\n\n${title}\n\nAnanaba, W. (1969). The Trade Union Movement in Nigeria. London: C. Hurst.`;
    expect(sectionsOf(text).find((s) => s[0] === title)?.[2]).toBe(kind);
  });
});

describe('segment: a reference heading over prose', () => {
  // A 'Sources' or 'Literature' section told in sentences is body text, read like any other; a list
  // of entries in any of the usual shapes stays a reference list.
  const PROSE_SOURCES = 'The national archives have recently opened the labour department\'s files for 1969–1990, and the garrison library holds the union newspapers. Readers may also consult the oral histories recorded by Ortega (2018).';
  it.each([
    ['Sources', PROSE_SOURCES, 'body'],
    ['Literature', 'Most accounts of the port treat its workers as a footnote to the naval history of the strait, and only two studies look at their unions.', 'body'],
    ['guard: Sources', 'Alcock, Antony E. 1970. The History of the South Tyrol Question. London: Joseph.', 'references'],
    ['guard: References', 'Anonymous. 1850. The Condition of the Poor. London: Privately printed.\nBraudel, Fernand. 1949. La Méditerranée. Paris: Armand Colin.', 'references'],
    ['guard: References', 'Bureau of Meteorology. 2023. Streamflow Trends in the South-West of the Country over Four Decades. Canberra.', 'references'],
    ['guard: References', '1. Grant, Richard (2009). Globalizing City: The Urban and Economic Transformation of a West African Capital. Syracuse University Press.', 'references'],
    ['guard: References', '"World Report 2024: The Kingdom and Its Critics at Home and Abroad". Human Rights Watch. 2024.', 'references'],
    ['guard: References', 'Thompson P (1978) The Voice of the Past: Oral History and the Making of Memory in Modern Britain. Oxford University Press.', 'references'],
    ['guard: References', 'U.S. Department of Labor. 2019. Strikes and Lockouts in the Ports and Mills of the Northeast. Washington, DC: Government Printing Office.', 'references'],
    ['guard: Sources', 'Ministry of Labour, n.d. Annual Returns of the Registered Trade Unions of the Colony, Kept in the National Archives.', 'references'],
    ['guard: Bibliography', 'Grote 2012. The Politics of Autonomy in a Border Province of the Alps, with Maps and Tables. Innsbruck.', 'references'],
    ['guard: Sources', 'National archives, labour department files.', 'references'],
  ])("'%s' over '%s' heads a %s section", (heading, body, kind) => {
    const title = heading.replace(/^guard: /, '');
    const text = `A History of Unions\n\nOrigins\n\n${PROSE}\n\nThe strike\n\n${PROSE}\n\n${title}\n\n${body}`;
    expect(sectionsOf(text).find((s) => s[0] === title)?.[2]).toBe(kind);
  });

  it('the sentences and dates of a prose Sources section are read, at their offsets', () => {
    const text = `A History of Unions\n\nOrigins\n\n${PROSE}\n\nSources\n\n${PROSE_SOURCES}\n`;
    const doc = docOf(text);
    const sentences = doc.layers.sentences!.map((s) => text.slice(s.start, s.end));
    expect(sentences).toContain('Readers may also consult the oral histories recorded by Ortega (2018).');
    expect(doc.layers.temporal!.map((t) => text.slice(t.start, t.end))).toContain('1969–1990');
    expect(doc.layers.paragraphs!.map((p) => p.kind)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('segment: front matter', () => {
  it.each([
    ['a sentence-case line after the title, in a text with sentence-case headings, opens the first section',
      `History of the Steppe\n\nEarly history\n\n${PROSE}\n\nThe Mongols\n\n${PROSE}\n\nModern lives\n\n${PROSE}`, 'Early history'],
    ['so does a single word, in a text with headings below',
      `The Port of Lagos\n\nOrigins\n\n${PROSE}\n\nColonial Trade\n\n${PROSE}\n\nIndependence\n\n${PROSE}`, 'Origins'],
    ['guard: a Title Case subtitle stays front matter',
      `Screens and the State\n\nFilm Censorship in Iran\n\n${PROSE}\n\nRoyal Patronage\n\n${PROSE}\n\nManaged Pluralism\n\n${PROSE}`, null],
    ['a short lead paragraph ending in a reference marker is prose: the headings after it are sections',
      `The port of Valdora handles most of the country's grain.[1]\n\nHistory\n\nEarly years (1820–1880)\n\nThe first quay was built in 1822.[2]\n\nThe railway era (1880–1945)\n\n${PROSE}`, 'History'],
    ['guard: a sentence-case line without headings below stays front matter',
      `History of the Steppe\n\nA short survey\n\n${PROSE}\n\n${PROSE}`, null],
  ])('%s', (_what, text, heading) => {
    const first = docOf(text, 'sections').layers.sections!.find((x) => x.heading !== null);
    const secondLine = text.split('\n\n')[1];
    expect(first?.heading === secondLine ? secondLine : null).toBe(heading);
    if (heading) {
      const at = text.indexOf(`\n\n${heading}\n\n`) + 2;
      const section = first!;
      expect(text.slice(section.headingSpan!.start, section.headingSpan!.end)).toBe(heading);
      expect(section.headingSpan!.start).toBe(at);
    }
  });

  it('Chile: Abstract a section, the keywords line no heading, the numbered sections at level 1', () => {
    const text = readFileSync(join(FIXTURES, 'unseen', 'chile-activists.txt'), 'utf8');
    expect(sectionsOf(text).slice(0, 4)).toEqual([[null, 1, 'body'], ['Abstract', 1, 'body'], ['1. Introduction', 1, 'body'], ['2. Methods', 1, 'body']]);
  });

  it('Kenya: Executive Summary a section, not an author', () => {
    const text = readFileSync(join(FIXTURES, 'unseen', 'kenya-policy.txt'), 'utf8');
    const doc = docOf(text, 'sections');
    expect(doc.layers.sections!.map((s) => s.heading).slice(0, 3)).toEqual([null, 'Executive Summary', '1. Introduction']);
    expect(doc.layers.metadata!.authors).toEqual([]);
  });
});

describe('segment: heading levels', () => {
  const levelsOf = (headings: string[], directlyBelow: Set<string> = new Set()): (string | number)[][] => {
    let text = `A History of Unions\n\n${PROSE}`;
    for (const h of headings) text += directlyBelow.has(h) ? `\n\n${h}` : `\n\n${h}\n\n${PROSE}`;
    return sectionsOf(text).slice(1).map((s) => [s[0] as string, s[1] as number]);
  };
  it.each([
    ['a dated heading that opens subsections makes the plain headings after the other dated ones subsections too',
      ['Colonial period (1912–1960)', 'Early associations', 'The ordinance', 'Independence (1960–1970)', 'The 1964 strike', 'The civil war', 'Military rule (1970–1999)', 'Dissolutions'], ['Colonial period (1912–1960)'],
      [1, 2, 2, 1, 2, 2, 1, 2]],
    ['dated headings that never open subsections leave plain headings at their level',
      ['Colonial period (1912–1960)', 'Independence (1960–1970)', 'A note on sources', 'Conclusion'], [],
      [1, 1, 1, 1]],
    ['a plain heading that opens subsections of its own stays at its parent\'s level',
      ['Colonial period (1912–1960)', 'Early associations', 'Independence (1960–1970)', 'Legacies', 'In the unions', 'In the state'], ['Colonial period (1912–1960)', 'Legacies'],
      [1, 2, 1, 1, 2, 2]],
  ])('%s', (_what, headings, directlyBelow, levels) => {
    expect(levelsOf(headings, new Set(directlyBelow))).toEqual(headings.map((h, i) => [h, levels[i]]));
  });

  it('Nigeria: the headings under a dated stage heading are its subsections, whether or not prose comes first', () => {
    const text = readFileSync(join(FIXTURES, 'unseen', 'nigeria-unions.txt'), 'utf8');
    const sections = sectionsOf(text);
    expect(sections.filter((s) => ['First Republic and civil war (1960–1970)', 'The 1964 general strike', 'The civil war'].includes(s[0] as string)).map((s) => s[1])).toEqual([1, 2, 2]);
  });
});

describe('segment: numbered headings', () => {
  it("nests '2.1 …' under '2 …' when prose stands between them, and returns to level 1 at '3 …'", () => {
    const text = `Workers and the Party\n\n1 Introduction\n\n${PROSE}\n\n2 The years of Stalinism, 1948–1956\n\n${PROSE}\n\n2.1 Norms and wages\n\n${PROSE}\n\n3 The Kádár era, 1956–1989\n\n${PROSE}`;
    expect(sectionsOf(text).filter((s) => s[0] !== null).map((s) => [s[0], s[1]])).toEqual([
      ['1 Introduction', 1],
      ['2 The years of Stalinism, 1948–1956', 1],
      ['2.1 Norms and wages', 2],
      ['3 The Kádár era, 1956–1989', 1],
    ]);
  });
});

describe('segment: notes', () => {
  it.each([
    ['a number and a space', '1 Membership figures are disputed.', 'Membership figures are disputed.'],
    ['a number and a full stop', '12. On the ban, see the decree of 1982.', 'On the ban, see the decree of 1982.'],
    ['a number and a bracket', '3) Interview, Warsaw, May 2001.', 'Interview, Warsaw, May 2001.'],
    ["Wikipedia's caret stays (it marks a reference entry)", '1. ^ Nicholas, David (1992). Medieval Flanders.', '^ Nicholas, David (1992). Medieval Flanders.'],
    ['a note without a number', 'Membership figures are disputed.', 'Membership figures are disputed.'],
  ])("a note's paragraph in the notes starts after its number: %s", (_what, note, expected) => {
    const text = `A History of Unions\n\n${PROSE}\n\nNotes\n\n${note}`;
    const doc = docOf(text, 'paragraphs');
    const p = doc.layers.paragraphs!.at(-1)!;
    expect(p.kind).toBe('note');
    expect(doc.layers.clean!.text.slice(p.cleanStart, p.cleanEnd)).toBe(expected);
    expect(text.slice(p.start, p.end)).toBe(expected);
  });

  it('a numbered line in the body keeps its number', () => {
    const doc = docOf(`A History of Unions\n\n${PROSE}\n\n1 Membership figures are disputed.`, 'paragraphs');
    const p = doc.layers.paragraphs!.at(-1)!;
    expect(doc.layers.clean!.text.slice(p.cleanStart, p.cleanEnd)).toBe('1 Membership figures are disputed.');
  });
});

describe('segment: notes sections', () => {
  it.each([
    ['Notes', 'notes'],
    ['Episode notes', 'notes'],
    ['A note on sources', 'notes'],
    ['guard: Notes from the strike', 'body'],
  ])("'%s' heads a %s section", (heading, kind) => {
    const title = heading.replace(/^guard: /, '');
    const text = `A History of Unions\n\nOrigins\n\n${PROSE}\n\n${title}\n\nThe figures for 2012 come from the union's own reports.`;
    expect(sectionsOf(text).find((s) => s[0] === title)?.[2]).toBe(kind);
  });
});

describe('segment: sections that date later additions to the text', () => {
  it.each<[string, string, number | null, [string, number][]]>([
    ['a post with two updates', 'Title\n\nPosted on 8 June 2018\n\nText of the post.\n\nUpdate, 2 March 2021\n\nMore text.\n\nUpdate, 14 November 2023\n\nLast text.', 2018, [['Update, 2 March 2021', 2021], ['Update, 14 November 2023', 2023]]],
    ['a postscript with a year in brackets', 'Title\n\nMarch 2010\n\nText of the essay.\n\nPostscript (2015)\n\nMore text.', 2010, [['Postscript (2015)', 2015]]],
    ['guard: a section heading with a year that dates no addition', 'Title\n\nMarch 2010\n\nText of the essay.\n\nThe crisis of 2015\n\nMore text.', 2010, []],
    ['guard: an update heading without a year', 'Title\n\nMarch 2010\n\nText of the essay.\n\nUpdate\n\nMore text.', 2010, []],
  ])('%s', (_, text, year, updates) => {
    const doc = docOf(text, 'metadata');
    const metadata = doc.layers.metadata!;
    const headingOf = (id: string): string | null | undefined => doc.layers.sections!.find((s) => s.id === id)?.heading;
    expect(metadata.year).toBe(year);
    expect(metadata.updates.map((u) => [headingOf(u.sectionId), u.year])).toEqual(updates);
  });
});
