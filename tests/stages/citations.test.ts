import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/doc.js';
import { toCslJson, type CitationRecord, type ReferenceRecord } from '../../src/stages/citations/index.js';
import { corpusNames, corpusText, docOf, expectSliceMatches, FIXTURES } from '../helpers.js';

type Row = [start: number, end: number, authors: string[], year: string, pages: string | null, form: Citation['form']];

const citationsOf = (text: string): CitationRecord[] => docOf(text, 'citations').layers.citations as CitationRecord[];
/**
 * Without a reference list a text must show the author–year style in brackets twice before any
 * candidate counts, so each one-sentence case gets this sentence after it; its own citations are
 * left out of the comparison.
 */
const STYLE = ' Others agree (Adams 1990), as do later studies (Baker 1991).';
const rowsOf = (text: string): Row[] =>
  citationsOf(text + STYLE).filter((c) => c.start < text.length).map((c) => [c.start, c.end, c.authors, c.year, c.pages, c.form]);
const essay = readFileSync(join(FIXTURES, 'citations', 'essay.txt'), 'utf8');

describe('citations: the forms people write', () => {
  it.each<[string, string, Row[]]>([
    ['parenthetical', 'The unions grew quickly (Howell 2003).', [[24, 37, ['Howell'], '2003', null, 'parenthetical']]],
    ['two works in one bracket, each with its own part', 'Groups from the city moved in (Chan 2013; Xu 2013).', [
      [31, 40, ['Chan'], '2013', null, 'parenthetical'],
      [42, 49, ['Xu'], '2013', null, 'parenthetical'],
    ]],
    ['narrative with "and"', 'In particular, Lee and Shen (2011) criticised the groups.', [[15, 34, ['Lee', 'Shen'], '2011', null, 'narrative']]],
    ['possessive, curly and straight', 'Howell’s (2015) argument and Howell\'s (2016) reply differ.', [
      [0, 15, ['Howell'], '2015', null, 'narrative'],
      [29, 44, ['Howell'], '2016', null, 'narrative'],
    ]],
    ['three authors with a serial comma', 'Recent research by Dupuy, Ron, and Prakash (2016) argues the same.', [[19, 49, ['Dupuy', 'Ron', 'Prakash'], '2016', null, 'narrative']]],
    ['et al., parenthetical and narrative', 'The data are old (Tierney et al. 2011) and Coppedge et al. (2018) agree.', [
      [17, 38, ['Tierney'], '2011', null, 'parenthetical'],
      [43, 65, ['Coppedge'], '2018', null, 'narrative'],
    ]],
    ['ampersand', 'The unions split (Keck & Sikkink 1998).', [[17, 38, ['Keck', 'Sikkink'], '1998', null, 'parenthetical']]],
    ['name particles', 'Wages fell in the delta (van der Linden 2008), as Glasius, Schalk, and De Lange (2020) show.', [
      [24, 45, ['van der Linden'], '2008', null, 'parenthetical'],
      [50, 86, ['Glasius', 'Schalk', 'De Lange'], '2020', null, 'narrative'],
    ]],
    ['curly apostrophe, hyphen and diaeresis in names', 'Rules changed (O’Neill 2009; Bloodgood and Tremblay-Boire 2016; Mikaïl 2013).', [
      [15, 27, ['O’Neill'], '2009', null, 'parenthetical'],
      [29, 62, ['Bloodgood', 'Tremblay-Boire'], '2016', null, 'parenthetical'],
      [64, 75, ['Mikaïl'], '2013', null, 'parenthetical'],
    ]],
    ['Chinese surnames', 'Workers went to court (Zhou and Yan 2020).', [[22, 41, ['Zhou', 'Yan'], '2020', null, 'parenthetical']]],
    ['organisations as authors', 'Ratings fell (CIVICUS 2017) and arrests rose (Front Line Defenders 2016).', [
      [13, 27, ['CIVICUS'], '2017', null, 'parenthetical'],
      [45, 72, ['Front Line Defenders'], '2016', null, 'parenthetical'],
    ]],
    ['an organisation with two years is two citations', 'Local NGOs helped (United States Agency for International Development 2014, 2015).', [
      [18, 81, ['United States Agency for International Development'], '2014', null, 'parenthetical'],
      [18, 81, ['United States Agency for International Development'], '2015', null, 'parenthetical'],
    ]],
    ['several years for one author list, with "see"', 'Much research looks at funding (see Dupuy, Ron, and Prakash 2015, 2016), as do Smith and Jones (2010, 2012).', [
      [31, 71, ['Dupuy', 'Ron', 'Prakash'], '2015', null, 'parenthetical'],
      [31, 71, ['Dupuy', 'Ron', 'Prakash'], '2016', null, 'parenthetical'],
      [79, 107, ['Smith', 'Jones'], '2010', null, 'narrative'],
      [79, 107, ['Smith', 'Jones'], '2012', null, 'narrative'],
    ]],
    ['pages after a colon, p. and pp.', 'The law was strict (Howell 2003: 12), vague (Howell 2003, p. 12) and new (Howell 2003, pp. 3–5).', [
      [19, 36, ['Howell'], '2003', '12', 'parenthetical'],
      [44, 64, ['Howell'], '2003', '12', 'parenthetical'],
      [73, 95, ['Howell'], '2003', '3–5', 'parenthetical'],
    ]],
    ['letters after a year', 'Two studies agree (Chan 2013a, b).', [
      [18, 33, ['Chan'], '2013a', null, 'parenthetical'],
      [18, 33, ['Chan'], '2013b', null, 'parenthetical'],
    ]],
    ['n.d. and forthcoming', 'Undated work counts too (Wang n.d.; Li forthcoming).', [
      [25, 34, ['Wang'], 'n.d.', null, 'parenthetical'],
      [36, 50, ['Li'], 'forthcoming', null, 'parenthetical'],
    ]],
    ['see, cf. and e.g. inside the bracket', 'Many agree (see Smith 2003; cf. Jones 2004; e.g., Brown 2005).', [
      [16, 26, ['Smith'], '2003', null, 'parenthetical'],
      [32, 42, ['Jones'], '2004', null, 'parenthetical'],
      [50, 60, ['Brown'], '2005', null, 'parenthetical'],
    ]],
    ['a comma before the year (APA)', 'Workers protested (Smith, 2003; Jones & Brown, 2004).', [
      [19, 30, ['Smith'], '2003', null, 'parenthetical'],
      [32, 51, ['Jones', 'Brown'], '2004', null, 'parenthetical'],
    ]],
    ['a bare year repeats the authors before it', 'Groups grew (Smith 2003; 2005).', [
      [13, 23, ['Smith'], '2003', null, 'parenthetical'],
      [25, 29, ['Smith'], '2005', null, 'parenthetical'],
    ]],
    ['leading words the tagger reads as non-names are not authors', 'However, Chaudhry (2016) argues otherwise, and similarly Christensen and Weinstein (2013) do.', [
      [9, 24, ['Chaudhry'], '2016', null, 'narrative'],
      [57, 89, ['Christensen', 'Weinstein'], '2013', null, 'narrative'],
    ]],
    ['an organisation with its abbreviation in square brackets (APA)', 'Two agencies report it (World Bank [WB], 2019; International Labour Organization [ILO], 2015).', [
      [24, 45, ['World Bank'], '2019', null, 'parenthetical'],
      [47, 92, ['International Labour Organization'], '2015', null, 'parenthetical'],
    ]],
    ['an organisation with dotted initials', 'The department counted the strikes (U.S. Department of Labor 2019).', [[35, 66, ['U.S. Department of Labor'], '2019', null, 'parenthetical']]],
    ['a reprint, APA "1867/1976" and Chicago "[1867] 1976", narrative', 'The classic statement is older (Marx, 1867/1976), as Marx ([1867] 1976) shows.', [
      [31, 48, ['Marx'], '1976', null, 'parenthetical'],
      [53, 71, ['Marx'], '1976', null, 'narrative'],
    ]],
    ['an Irish surname with "Ó", possessive, without a reference list', 'Ó Gráda’s (1999) study of the famine is the standard (Ó Gráda 1999).', [
      [0, 16, ['Ó Gráda'], '1999', null, 'narrative'],
      [53, 67, ['Ó Gráda'], '1999', null, 'parenthetical'],
    ]],
    ['three authors with "&" and commas in brackets, "et al." with a page (APA)', 'Workers organised early (Smith, Lee, & Chen, 2003), and the archives are thin (Patel et al., 2019, p. 5).', [
      [24, 50, ['Smith', 'Lee', 'Chen'], '2003', null, 'parenthetical'],
      [78, 104, ['Patel'], '2019', '5', 'parenthetical'],
    ]],
    ['pages in a narrative citation, after a colon and after "p."', 'Smith (2003: 12) says so, and Lee (2010, p. 7) agrees.', [
      [0, 16, ['Smith'], '2003', '12', 'narrative'],
      [30, 46, ['Lee'], '2010', '7', 'narrative'],
    ]],
    ['citations broken over lines map back to the original', 'Dockers and the State\nMaria GONZALEZ\n\nThe unions of the port cities grew after the war (Franceschini and Lin\n2019), and in particular Lee\nand Shen (2011) disagree with the later account of the strikes (Tremblay-\nBoire 2016).\n', [
      [87, 114, ['Franceschini', 'Lin'], '2019', null, 'parenthetical'],
      [134, 153, ['Lee', 'Shen'], '2011', null, 'narrative'],
      [201, 223, ['Tremblay-Boire'], '2016', null, 'parenthetical'],
    ]],
    ['a work and the source it was read in, "in" and "quoted in", each a citation', 'Wages rose in the delta (Smith 2010 in Lee 2012), as the archive shows (Ruiz 1998, quoted in Kim 2004: 7).', [
      [25, 35, ['Smith'], '2010', null, 'parenthetical'],
      [39, 47, ['Lee'], '2012', null, 'parenthetical'],
      [72, 81, ['Ruiz'], '1998', null, 'parenthetical'],
      [93, 104, ['Kim'], '2004', '7', 'parenthetical'],
    ]],
    ['a note on a page, "12n3" and "45 n. 2"', 'The rule is old (Smith 2010, 12n3) and was disputed (Smith 2010, 45 n. 2).', [
      [16, 34, ['Smith'], '2010', '12n3', 'parenthetical'],
      [52, 73, ['Smith'], '2010', '45 n. 2', 'parenthetical'],
    ]],
    ['a reprint with the first edition after the year, "1976 [1867]"', 'The classic statement (Marx 1976 [1867]) is older, as Marx (1976 [1867]) shows.', [
      [22, 40, ['Marx'], '1976', null, 'parenthetical'],
      [54, 72, ['Marx'], '1976', null, 'narrative'],
    ]],
    ['an acronym before a bracketed year with a reporting verb after it, not one that was founded or a project', 'As the ILO (2016) notes, the law is weak; UNDP (2012) agreed, but NATO (1949) was founded earlier and the UNDP (2012) project ended.', [
      [7, 17, ['ILO'], '2016', null, 'narrative'],
      [42, 53, ['UNDP'], '2012', null, 'narrative'],
    ]],
    ['an organisation named in words: a possessive before "report", "according to" before it', 'The World Bank’s (2019) report is damning, and according to the Government of Kenya (2010), half of all workers are informal.', [
      [4, 23, ['World Bank'], '2019', null, 'narrative'],
      [64, 90, ['Government of Kenya'], '2010', null, 'narrative'],
    ]],
    ['a publishing body before a bracketed year with a reporting verb, not a court or a state acting', 'The Norwegian Refugee Council (2018) reports abuses, but the Supreme Court (1954) found segregation unlawful and the Soviet Union (1945) agreed.', [
      [4, 36, ['Norwegian Refugee Council'], '2018', null, 'narrative'],
    ]],
    ['an acronym after the name it spells: a citation with a reporting verb after the bracket, else a name and a date', 'The state launched the Rural Income Support programme (RISP 2011), and the National Statistics Office (NSO, 2017) puts the rate at 40 per cent.', [
      [102, 113, ['NSO'], '2017', null, 'parenthetical'],
    ]],
    ['a narrative year list with a semicolon, joint acronyms, and a noun for the work before the verb', 'Smith (2010; 2012) argues so, UNICEF and UNDP (2019) argue for cover, and the OECD (2019) data show a fall.', [
      [0, 18, ['Smith'], '2010', null, 'narrative'],
      [0, 18, ['Smith'], '2012', null, 'narrative'],
      [30, 52, ['UNICEF', 'UNDP'], '2019', null, 'narrative'],
      [78, 89, ['OECD'], '2019', null, 'narrative'],
    ]],
    ['"see especially" and "Source:" before the citation', 'Many agree (see especially Smith 2010), and the map is old (Source: World Bank 2019).', [
      [11, 38, ['Smith'], '2010', null, 'parenthetical'],
      [59, 84, ['World Bank'], '2019', null, 'parenthetical'],
    ]],
    ['a page and a note after a comma, "12, n. 3"', 'The rule is older (Smith 2010, 12, n. 3).', [[18, 40, ['Smith'], '2010', '12, n. 3', 'parenthetical']]],
    ['after "in" or "of", when the words say a work is cited: a possessive and "words", "discussed in", "the work of"', "In Smith's (2010: 45) words the law failed, as discussed in Lee (2011) and in the work of Park (2012).", [
      [3, 21, ['Smith'], '2010', '45', 'narrative'],
      [60, 70, ['Lee'], '2011', null, 'narrative'],
      [90, 101, ['Park'], '2012', null, 'narrative'],
    ]],
  ])('%s', (_what, text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
    const input = text + STYLE;
    for (const c of citationsOf(input)) {
      expectSliceMatches(input, c, c.text, c.id);
      if (!input.slice(c.start, c.end).includes('\n')) expect(input.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('keeps the whole bracket in `group` and the prefix apart', () => {
    const [first, second] = citationsOf(`Many agree (see Smith 2003; Jones 2004).${STYLE}`);
    expect(first.referenceId).toBeNull();
    expect(first).toMatchObject({ text: 'Smith 2003', group: '(see Smith 2003; Jones 2004)', groupSpan: { start: 11, end: 39 }, prefix: 'see' });
    expect(second).toMatchObject({ text: 'Jones 2004', group: '(see Smith 2003; Jones 2004)', prefix: null });
  });

  it('gives each citation the sentence it stands in', () => {
    const text = 'The unions grew (Howell 2003). Later they split (Xu 2013).';
    expect(citationsOf(text)).toHaveLength(2);
    const doc = docOf(text, 'citations');
    const sentences = doc.layers.sentences!;
    expect(doc.layers.citations!.map((c) => c.sentenceId)).toEqual([sentences[0].id, sentences[1].id]);
  });
});

describe('citations: forms that are citations on their own, in a text without a reference list or other brackets', () => {
  it.each<[string, string, Row[]]>([
    ['an acronym alone with a year in brackets', 'The law was amended in 2013 (ILO 2016) and again in 2018.', [[28, 38, ['ILO'], '2016', null, 'parenthetical']]],
    ['"et al." in brackets', 'The data are old (Smith et al. 2010).', [[17, 36, ['Smith'], '2010', null, 'parenthetical']]],
    ['a page locator in brackets', 'The ratio fell (Lee 2012: 45).', [[15, 29, ['Lee'], '2012', '45', 'parenthetical']]],
    ['an acronym before a bracketed year with a reporting verb', 'UNDP (2012) agreed that the law was weak.', [[0, 11, ['UNDP'], '2012', null, 'narrative']]],
    ['a page locator after a name', 'Smith (2001: 4) counts two hundred guilds.', [[0, 15, ['Smith'], '2001', '4', 'narrative']]],
    ['"see also" before the names in brackets', 'The guilds were many (see also Jones 2003).', [[21, 42, ['Jones'], '2003', null, 'parenthetical']]],
    ['"cf." before the names in brackets', 'The guilds were many (cf. Petrov 2009).', [[21, 38, ['Petrov'], '2009', null, 'parenthetical']]],
  ])('%s', (_what, text, expected) => {
    const doc = docOf(text, 'temporal');
    const citations = doc.layers.citations!;
    expect(citations.map((c) => [c.start, c.end, c.authors, c.year, c.pages, c.form])).toEqual(expected);
    for (const c of citations) expect(text.slice(c.start, c.end)).toBe(c.text);
    // The year cited is no date of the text's story.
    expect(doc.layers.temporal!.map((t) => t.text)).not.toContain(expected[0][3]);
  });

  it.each([
    ['a name and a year', 'Marconi (1895) sent signals, and the games came later (Seoul 1988).'],
    ['a text in capitals, where no word is an acronym', 'THE LAW WAS AMENDED IN 2013 (ILO 2016) AND AGAIN IN 2018.'],
  ])('still set aside: %s', (_what, text) => {
    expect(citationsOf(text)).toEqual([]);
  });
});

describe('citations: what is not a citation', () => {
  it.each([
    ['a figure reference and year ranges', 'The group met (see Figure 1) during the crisis (1995–2002) and later (2002–12).'],
    ['an acronym, a bare year and numbers', 'The WTO (WTO) admitted China in 2022 and groups grew from 40 to 100.'],
    ['a month and a sample size', 'The strike (June 2010) was large (N = 531).'],
    ['a month before a sample size', 'Schools closed (March 2018, N = 531) across the region.'],
    ['a chapter of the same volume, which has no year (skipped)', 'This is discussed elsewhere (Pallas and Nguyen, this volume) and Henry and Sundstrom (this volume) agree.'],
    ['a full name or a named event with a year', 'Kristin Bakke (2020) spoke and the Red Week (1905) followed.'],
    ['an author and a volume in Roman numerals', 'Anarchists wrote much (Cappelletti, LXXXV) in exile.'],
    ['a title or a place after a common noun or "in", without a reference list', 'The ship sank in the film Titanic (1997) and riots broke out in Lhasa (2008).'],
    ['a statute and a name after "of"', "The Act (2003) changed things, as did the Workers' Central Union of Chile (1953)."],
    ['an acronym before a year, without a reference list', 'The station was also foisted on WEAF (1922) by critics.'],
    ['a bare year after a noun', 'The strike of that year (1989) was large.'],
    ['statistics', 'A survey (N = 531) found the effect significant (p < 0.05), and wages rose (r = 0.45, p < .001; n = 2003).'],
    ['a table, an article and a figure with years', 'As shown below (see Table 2), the 2003 law (Article 5) banned strikes (Figure 3, 2010–2015) and membership doubled (Table 4, 2012).'],
    ['a part of a document with a letter or a number and a year', 'The data are in the annex (Appendix B, 2015) and the law (Article 12, 2003), discussed later (Chapter 4, 2003).'],
    ['a statute or decree with a number or a year', 'The law (Law No. 35, 2003) and the decree (Decree 2005) followed.'],
    ['an ordinal meeting with a year', 'The Plenum decided (Third Plenum, 2013) what the Congress had proposed (October 2002).'],
    ['years alone, several', 'In the elections (1990, 1994) the party won, as it did earlier (in 2003, 2005).'],
    ['an acronym of a disease or a fiscal year with a year', 'Prices fell during the pandemic (COVID 2020) and the budget shrank (FY 2019).'],
    ['a note on the author’s own interview', 'Wages rose after the strike (Interview, Beijing, 2016).'],
    ['an acronym after the name it spells and a common noun, with a year', 'The state launched the Rural Income Support programme (RISP 2011) in the north.'],
    ['an acronym right after the name it spells, with a year', 'The Association of Southeast Asian Nations (ASEAN 1967) met, and the International Covenant on Civil and Political Rights (ICCPR 1966) binds the state.'],
  ])('%s', (_what, text) => {
    expect(rowsOf(text)).toEqual([]);
  });

  it('a reference list does not make them citations', () => {
    const body = 'The strike of that year (1989) was large (N = 531; p < 0.05; see Table 2). The 2003 law (Article 5) banned strikes (Figure 3, 2010–2015; Appendix B, 2015; Third Plenum, 2013), as Smith (2003) notes. The Act (2003) and the Congress (1998) followed, as did the Smith (2005) report.';
    const text = withReferences(body, ['Smith, John. 2003. Dockers. London: Verso.']);
    const citations = docOf(text, 'citations').layers.citations!;
    expect(citations.map((c) => text.slice(c.start, c.end))).toEqual(['Smith (2003)']);
  });

  it.each<[string, string, string[]]>([
    ['a reporting verb after the bracket', 'Marconi sent signals across the bay in 1895. Ferreira-Lamb (2014) counts thirty stations by 1930.', ['Ferreira-Lamb (2014)']],
    ['citing words before the names', 'Your chapter leans hard on Okafor and Beale (2016), who date everything by governors.', ['Okafor and Beale (2016)']],
    ['a name listed after one with a page, with a topic between', 'On the unions, see Haddad-Rowe (2011: 40–52), and on the printers, Mensah and Lowe (2019).', ['Haddad-Rowe (2011: 40–52)', 'Mensah and Lowe (2019)']],
    ['a verb of reading or dating after the bracket', 'Oil was found in 1956. Opukiri (2008) sees a single war there, and Alagoa and Briggs (2011) date its start to 1990.', ['Opukiri (2008)', 'Alagoa and Briggs (2011)']],
    ['a rival named before the names, "against" or "unlike"', 'Against Opukiri (2008), the break of 1999 was real; unlike Fenton and Iyalla (2014), I count two periods.', ['Opukiri (2008)', 'Fenton and Iyalla (2014)']],
    ['guard: a past act of seeing is no reading', 'The delegation reached the coast in 1956, and Nehru (1947) saw the flag go up.', []],
    ['guard: an actor and a date, no words of citing', 'Gandhi (1930) led the march to the sea, and Nehru (1947) spoke at midnight.', []],
    ['guard: a name after a topic, no citation before it', 'On the docks, Mensah (2019) led the strike.', []],
  ])('without a reference list, keeps a narrative citation whose words say a work is cited: %s', (_, text, expected) => {
    const citations = docOf(text, 'citations').layers.citations!;
    expect(citations.map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });

  it('without a reference list, sets aside name-and-year pairs in a text that never cites in brackets twice', () => {
    const doc = docOf('Marconi (1895) sent signals across the bay, and the games came later (Seoul 1988).', 'citations');
    expect(doc.layers.citations).toEqual([]);
    expect(doc.messages.filter((m) => m.stage === 'citations').map((m) => [m.severity, m.code])).toEqual([['info', 'citations/style-not-established']]);
  });
});

describe('citations: reference list', () => {
  const doc = docOf(essay, 'citations');
  const references = doc.layers.references as ReferenceRecord[];
  const citations = doc.layers.citations as CitationRecord[];

  it.each<[number, string[], string, string | null, string]>([
    [0, ['Adler'], '1998', 'Harbour Work: Dockers and Their Unions', 'book'],
    [1, ['Bauer', 'Ortiz'], '2004a', 'Port Wages in Decline', 'article-journal'],
    [2, ['Bauer', 'Ortiz'], '2004b', 'The Courts and the Docks', 'article-journal'],
    [3, ['Chen', 'Duarte', 'Evans'], '2011', 'Inland Towns and Strikes', 'chapter'],
    [4, ['Dubois'], 'n.d.', 'Notes on the Wage Books', 'document'],
    [5, ['Eklund'], '2019', 'Court records and the strike wave', 'article-journal'],
    [6, ['Ministry of Labour'], '2001', 'Annual Report on Wages', 'book'],
    [7, ['Hart'], '2010', 'A Book Nobody Cites', 'book'],
    [8, ['van Dijk'], '2015', 'Docks in the Low Countries', 'thesis'],
  ])('entry %i: authors %j, year %s, title %s, type %s', (i, authors, year, title, type) => {
    expect(references[i]).toMatchObject({ authors, year, title });
    expect(references[i].details.type).toBe(type);
    expectSliceMatches(essay, references[i], references[i].text, references[i].id);
  });

  it('reads given names in Chicago and APA order, and "———." as the previous authors', () => {
    expect(references[1].creators).toEqual([{ family: 'Bauer', given: 'Karl' }, { family: 'Ortiz', given: 'Luis' }]);
    expect(references[2].creators).toEqual(references[1].creators);
    expect(references[3].creators).toEqual([{ family: 'Chen', given: 'Li' }, { family: 'Duarte', given: 'Ana' }, { family: 'Evans', given: 'Tom' }]);
    expect(references[4].creators).toEqual([{ family: 'Dubois', given: 'M.' }]);
    expect(references[5].creators).toEqual([{ family: 'Eklund', given: 'S.' }]);
    expect(references[6].creators).toEqual([{ literal: 'Ministry of Labour' }]);
  });

  it('reads journal, volume, issue, pages and DOI', () => {
    expect(references[1].details).toEqual({
      type: 'article-journal', containerTitle: 'Labour History Review', volume: '12', issue: '3', page: '201–19', doi: '10.1000/lhr.2004.1',
    });
    expect(references[5].details).toMatchObject({ containerTitle: 'Social History', volume: '44', issue: '2', page: '150–172' });
  });

  it('links citations by first author, year and letter, et al. to a many-author entry', () => {
    const link = (text: string, year: string): string | null => citations.find((c) => c.text.includes(text) && c.year === year)?.referenceId ?? null;
    expect(link('Bauer and Ortiz 2004a, b', '2004a')).toBe(references[1].id);
    expect(link('Bauer and Ortiz 2004a, b', '2004b')).toBe(references[2].id);
    expect(link('Chen et al.', '2011')).toBe(references[3].id);
    expect(link('van Dijk', '2015')).toBe(references[8].id);
    expect(link('Dubois (n.d.)', 'n.d.')).toBe(references[4].id);
    expect(references[0].citedBy).toEqual(citations.filter((c) => c.authors[0] === 'Adler').map((c) => c.id));
  });

  it('finds citations in captions and notes, and an organisation named before a bracketed year', () => {
    const paragraphs = doc.layers.paragraphs!;
    const sentences = doc.layers.sentences!;
    const kindOf = (c: Citation): string => paragraphs.find((p) => p.id === sentences.find((s) => s.id === c.sentenceId)!.paragraphId)!.kind;
    expect(citations.filter((c) => kindOf(c) === 'caption').map((c) => c.text)).toEqual(['(Ministry of Labour 2001)']);
    expect(citations.filter((c) => kindOf(c) === 'note').map((c) => c.text)).toEqual(['Eklund (2019)', '(Adler 1998)']);
    expect(citations.find((c) => c.text === 'Ministry of Labour (2001)')).toMatchObject({ form: 'narrative', authors: ['Ministry of Labour'] });
  });

  it('warns about a citation without an entry and an entry never cited', () => {
    const messages = doc.messages.filter((m) => m.stage === 'citations');
    const garcia = citations.find((c) => c.authors[0] === 'Garcia')!;
    const hart = references[7];
    expect(messages).toContainEqual({
      severity: 'warning', stage: 'citations', code: 'citations/unmatched-citation', message: "no reference-list entry for 'Garcia 2020'", start: garcia.start, end: garcia.end,
    });
    expect(messages).toContainEqual({
      severity: 'warning', stage: 'citations', code: 'citations/uncited-reference', message: "reference-list entry 'Hart 2010' is never cited in the text", start: hart.start, end: hart.end,
    });
    expect(messages.map((m) => m.code).sort()).toEqual(['citations/uncited-reference', 'citations/unmatched-citation', 'citations/unmatched-citation']);
    expect(essay.slice(garcia.start, garcia.end)).toBe('(Garcia 2020)');
  });

  it('splits entries that are not separated by blank lines', () => {
    const text = 'Dockers and the State\nMaria GONZALEZ\n\nThe unions grew quickly in the port cities (Adler 1998; Bauer and Ortiz 2004).\n\nReferences\n\nAdler, Ruth. 1998. Harbour Work: Dockers and Their\nUnions. London: Verso.\nBauer, Karl, and Luis Ortiz. 2004. “Port Wages in Decline.” Labour History\nReview 12 (3): 201–19.\n';
    const refs = docOf(text, 'citations').layers.references!;
    expect(refs.map((r) => [r.authors, r.year, r.title])).toEqual([
      [['Adler'], '1998', 'Harbour Work: Dockers and Their Unions'],
      [['Bauer', 'Ortiz'], '2004', 'Port Wages in Decline'],
    ]);
    expect(text.slice(refs[0].start, refs[0].end)).toBe('Adler, Ruth. 1998. Harbour Work: Dockers and Their\nUnions. London: Verso.');
  });
});

describe('citations: entries led by name particles, one a line', () => {
  const ANNER = 'Anner, Mark. 2011. Solidarity Transformed. Ithaca: Cornell University Press.';
  const TRAN = 'Tran, Angie Ngoc. 2013. Vietnamese textile and garment industry. Asian Studies Review 37 (2).';
  const WANG = 'Wang, Kan. 2017. Workers in the Delta. Hanoi: Labour Press.';
  /**
   * A text citing Anner, Tran, the entry and Wang, whose reference list has one entry a line and no
   * blank lines: enough lines running on for the clean stage to read the block as wrapped and join
   * it into one paragraph, which the citations stage splits at line starts.
   */
  const textWith = (cite: string, entry: string): string =>
    `Workers and the State\n\nThe state tolerates strikes inside factory walls (Anner 2011; Tran 2013; ${cite}; Wang 2017).\n\nReferences\n\n${ANNER}\n${TRAN}\n${entry}\n${WANG}\n`;

  it.each<[string, string, string, string[]]>([
    ['van der', 'van der Linden 2008', 'van der Linden, Marcel. 2008. Workers of the World. Leiden: Brill.', ['van der Linden']],
    ['de', 'de Souza 2011', 'de Souza, Ana. 2011. Unions in Brazil. São Paulo: Editora Unesp.', ['de Souza']],
    ['von', 'von Holdt 2003', 'von Holdt, Karl. 2003. Transition from Below. Pietermaritzburg: University of Natal Press.', ['von Holdt']],
    ['al-', 'al-Rasheed 2010', 'al-Rasheed, Madawi. 2010. A History of Saudi Arabia. Cambridge: Cambridge University Press.', ['al-Rasheed']],
    ['van den', 'van den Berg 1999', 'van den Berg, Jan. 1999. Dutch Docks. Amsterdam: Boom.', ['van den Berg']],
    ["van 't", "van 't Hoff 2001", "van 't Hoff, Pieter. 2001. Polders and Pumps. Delft: Eburon.", ["van 't Hoff"]],
    ['ibn', 'ibn Khaldun 1967', 'ibn Khaldun, Abd al-Rahman. 1967. The Muqaddimah. Princeton: Princeton University Press.', ['ibn Khaldun']],
    ['d’ and a second author', 'd’Almeida and Costa 2005', 'd’Almeida, Rui, and Ana Costa. 2005. Port Labour. Lisbon: Edições.', ['d’Almeida', 'Costa']],
  ])('%s: its own entry, linked from its citation', (_, cite, entry, authors) => {
    const text = textWith(cite, entry);
    const doc = docOf(text, 'citations');
    const references = doc.layers.references!;
    expect(doc.layers.paragraphs!.filter((p) => p.kind === 'reference')).toHaveLength(1);
    expect(references.map((r) => text.slice(r.start, r.end))).toEqual([ANNER, TRAN, entry, WANG]);
    expect(references[2].authors).toEqual(authors);
    const citation = doc.layers.citations!.find((c) => c.text === cite);
    expect(citation?.referenceId).toBe(references[2].id);
    expect(doc.layers.citations!.map((c) => c.referenceId)).toEqual(references.map((r) => r.id));
    expect(doc.messages.filter((m) => m.stage === 'citations')).toEqual([]);
  });

  it.each<[string, string]>([
    ['a lower-case line after a line without a full stop', 'la Porta, Rafael. 1998. Law and Finance. Journal of\npolitical economy 106: 1113–55.'],
    ['a lower-case line after a full stop, without a particle', 'la Porta, Rafael. 1998. Law and Finance. Journal of Political Economy 106.\nsupplement: 1113–55.'],
    ['a particle and a name after a full stop, without a comma', 'la Porta, Rafael. 1998. Law and Finance. Berlin: W.\nde Gruyter.'],
  ])('a wrapped entry stays one: %s', (_, entry) => {
    const text = textWith('la Porta 1998', entry);
    const doc = docOf(text, 'citations');
    const references = doc.layers.references!;
    expect(doc.layers.paragraphs!.filter((p) => p.kind === 'reference')).toHaveLength(1);
    expect(references.map((r) => text.slice(r.start, r.end))).toEqual([ANNER, TRAN, entry, WANG]);
    expect(references[2]).toMatchObject({ authors: ['la Porta'], year: '1998', title: 'Law and Finance' });
    expect(doc.messages.filter((m) => m.stage === 'citations')).toEqual([]);
  });

  it('reads a particle-led surname among APA authors', () => {
    const entry = 'Bakke, K. M., van der Linden, M., & Smidt, H. M. (2020). Repression and dissent. Journal of Peace Research 57 (1): 1–20.';
    const doc = docOf(textWith('Bakke, van der Linden, and Smidt 2020', entry), 'citations');
    expect(doc.layers.references![2].creators).toEqual([
      { family: 'Bakke', given: 'K. M.' }, { family: 'van der Linden', given: 'M.' }, { family: 'Smidt', given: 'H. M.' },
    ]);
  });
});

describe('citations: forms the reference list decides', () => {
  const text = 'Dockers and the State\nMaria GONZALEZ\n\nThe factory regime was studied closely, and Ching Kwan Lee (2007) shows how workers resisted; others agree (Ching Kwan Lee 2007; Marx [1867] 1976, 12). Kristin Bakke (2020) wrote nothing on it, nor did USAID (2014).\n\nReferences\n\nLee, Ching Kwan. 2007. Against the Law. Berkeley: University of California Press.\n\nMarx, Karl. (1976) Capital. London: Penguin.\n\nUnited States Agency for International Development. 2014. Stand with Civil Society. Washington.\n';
  const doc = docOf(text, 'citations');
  const citations = doc.layers.citations!;

  it('reads a Harvard head "Marx, Karl. (1976) Capital."', () => {
    expect(doc.layers.references!.map((r) => [r.authors, r.year, r.title])).toEqual([
      [['Lee'], '2007', 'Against the Law'],
      [['Marx'], '1976', 'Capital'],
      [['United States Agency for International Development'], '2014', 'Stand with Civil Society'],
    ]);
  });

  it('takes given names before a listed surname into the citation, and a full name in brackets as its surname', () => {
    expect(citations.map((c) => [text.slice(c.start, c.end), c.authors, c.year, c.pages, c.form])).toEqual([
      ['Ching Kwan Lee (2007)', ['Lee'], '2007', null, 'narrative'],
      ['Ching Kwan Lee 2007', ['Lee'], '2007', null, 'parenthetical'],
      ['Marx [1867] 1976, 12', ['Marx'], '1976', '12', 'parenthetical'],
      ['USAID (2014)', ['USAID'], '2014', null, 'narrative'],
    ]);
  });

  it('links an acronym to the organisation it abbreviates', () => {
    expect(citations[3].referenceId).toBe(doc.layers.references![2].id);
  });
});

describe('citations: CSL-JSON', () => {
  it('builds items from the reference list', () => {
    const items = toCslJson(docOf(essay, 'citations'));
    expect(items).toHaveLength(9);
    expect(items[1]).toEqual({
      id: 'bauer2004a',
      type: 'article-journal',
      title: 'Port Wages in Decline',
      author: [{ family: 'Bauer', given: 'Karl' }, { family: 'Ortiz', given: 'Luis' }],
      issued: { 'date-parts': [[2004]] },
      'container-title': 'Labour History Review',
      volume: '12',
      issue: '3',
      page: '201–19',
      DOI: '10.1000/lhr.2004.1',
    });
    expect(items[0]).toMatchObject({ id: 'adler1998', type: 'book', publisher: 'Verso', 'publisher-place': 'London' });
    expect(items[4]).not.toHaveProperty('issued');
    expect(items[6].author).toEqual([{ literal: 'Ministry of Labour' }]);
  });

  it('builds items from the citations when there is no reference list', () => {
    const items = toCslJson(docOf('Groups grew (Smith 2003; Front Line Defenders 2016). Others agree (Smith 2003).', 'citations'));
    expect(items).toEqual([
      { id: 'smith2003', type: 'document', author: [{ family: 'Smith' }], issued: { 'date-parts': [[2003]] } },
      { id: 'frontlinedefenders2016', type: 'document', author: [{ literal: 'Front Line Defenders' }], issued: { 'date-parts': [[2016]] } },
    ]);
  });
});

describe('citations: corpus texts', () => {
  it.each(corpusNames())('%s: every citation and entry slices back to the original', (name) => {
    const text = corpusText(name);
    const doc = docOf(text, 'citations');
    for (const c of doc.layers.citations!) {
      expectSliceMatches(text, c, c.text, c.id);
      expect(doc.layers.sentences!.some((s) => s.id === c.sentenceId)).toBe(true);
    }
    for (const r of doc.layers.references!) expectSliceMatches(text, r, r.text, r.id);
  });

  it.each(['anarchism-in-chile', 'history-of-radio', 'history-of-south-korea'])('%s: no author–year citations, so none found', (name) => {
    expect(citationsOf(corpusText(name))).toEqual([]);
  });

  it('closing-space: every citation links to an entry and every entry is cited', () => {
    const doc = docOf(corpusText('closing-space'), 'citations');
    expect(doc.layers.citations!.every((c) => c.referenceId !== null)).toBe(true);
    expect(doc.layers.references!.every((r) => r.citedBy.length > 0)).toBe(true);
    expect(doc.messages.filter((m) => m.stage === 'citations')).toEqual([]);
  });
});

/** A text with `body` as its one paragraph and `entries` as its reference list. */
const withReferences = (body: string, entries: string[], heading = 'References'): string =>
  `Dockers and the State\nMaria GONZALEZ\n\n${body}\n\n${heading}\n\n${entries.join('\n\n')}\n`;

/** What a reader checks of a citation: its original slice, authors, year, pages, form and the entry (by index) it links to. */
type Linked = [slice: string, authors: string[], year: string, pages: string | null, form: Citation['form'], entry: number | null];

/**
 * Reads `body` above a reference list of `entries` and expects its citations as `Linked` rows, each
 * slicing back to the original; returns the text and its reference entries for further checks.
 */
function expectLinked(body: string, entries: string[], expected: Linked[]): { text: string; references: ReferenceRecord[] } {
  const text = withReferences(body, entries);
  const doc = docOf(text, 'citations');
  const references = doc.layers.references! as ReferenceRecord[];
  const citations = doc.layers.citations as CitationRecord[];
  const entryOf = (id: string | null): number | null => (id === null ? null : references.findIndex((r) => r.id === id));
  expect(citations.map((c) => [text.slice(c.start, c.end), c.authors, c.year, c.pages, c.form, entryOf(c.referenceId)])).toEqual(expected);
  for (const c of citations) expectSliceMatches(text, c, c.text, c.id);
  return { text, references };
}

describe('citations: forms in the major styles, against a reference list', () => {
  it.each<[string, string, string[], Linked[]]>([
    ['APA: "&" in brackets, "and" in a narrative, a comma before the year and "p."',
      'Workers organised early (Smith & Lee, 2003), as Smith and Lee (2003) show; the archives are thin (Smith & Lee, 2003, p. 4).',
      ['Smith, J. A., & Lee, K. (2003). Dockers and the law. Journal of Social History, 37(2), 301–322. https://doi.org/10.1353/jsh.2003.0001'],
      [
        ['(Smith & Lee, 2003)', ['Smith', 'Lee'], '2003', null, 'parenthetical', 0],
        ['Smith and Lee (2003)', ['Smith', 'Lee'], '2003', null, 'narrative', 0],
        ['(Smith & Lee, 2003, p. 4)', ['Smith', 'Lee'], '2003', '4', 'parenthetical', 0],
      ]],
    ['several years of one author, narrative and in brackets, and prefixes',
      'Smith (2003, 2005) argues so, and others agree (e.g., Smith 2003; see also Lee 2010), at length (Smith 2005: 45–47).',
      ['Lee, Kim. 2010. “Workers in the Delta.” Journal of Asian Studies 69 (2): 401–25.', 'Smith, John. 2003. Docks. London: Verso.', 'Smith, John. 2005. Courts. London: Verso.'],
      [
        ['Smith (2003, 2005)', ['Smith'], '2003', null, 'narrative', 1],
        ['Smith (2003, 2005)', ['Smith'], '2005', null, 'narrative', 2],
        ['Smith 2003', ['Smith'], '2003', null, 'parenthetical', 1],
        ['Lee 2010', ['Lee'], '2010', null, 'parenthetical', 0],
        ['(Smith 2005: 45–47)', ['Smith'], '2005', '45–47', 'parenthetical', 2],
      ]],
    ['letters after the year, with the year repeated, and "———."',
      'Several studies agree (Smith 2003a, 2003b; Lee 2010).',
      ['Lee, Kim. 2010. Workers. London: Verso.', 'Smith, John. 2003a. “Docks.” Labour History 12 (1): 1–20.', '———. 2003b. “Courts.” Labour History 12 (2): 21–40.'],
      [
        ['Smith 2003a, 2003b', ['Smith'], '2003a', null, 'parenthetical', 1],
        ['Smith 2003a, 2003b', ['Smith'], '2003b', null, 'parenthetical', 2],
        ['Lee 2010', ['Lee'], '2010', null, 'parenthetical', 0],
      ]],
    ['"et al." for the full author list, and three authors in a narrative beside a two-author work of the same year',
      'Patel et al. (2019) counted the strikes (Patel et al., 2019); Smith, Lee and Chen (2003) disagree with Smith and Lee (2003).',
      [
        'Patel, R., Brown, S., Kim, J., & Osei, K. (2019). Counting strikes. Social Science History, 43(1), 1–30.',
        'Smith, John A., Kim Lee, and Li Chen. 2003. “Three Cities.” In The Labour Reader, edited by Pat Kim, 12–34. Boston: Beacon.',
        'Smith, John A., and Kim Lee. 2003. Dockers and the Law. Ithaca: Cornell University Press.',
      ],
      [
        ['Patel et al. (2019)', ['Patel'], '2019', null, 'narrative', 0],
        ['(Patel et al., 2019)', ['Patel'], '2019', null, 'parenthetical', 0],
        ['Smith, Lee and Chen (2003)', ['Smith', 'Lee', 'Chen'], '2003', null, 'narrative', 1],
        ['Smith and Lee (2003)', ['Smith', 'Lee'], '2003', null, 'narrative', 2],
      ]],
    ['a reprint, Chicago "[1867] 1976" for "(1867) 1976." and APA "1867/1976"',
      'The classic statement is older (Marx [1867] 1976), as is its summary (Engels, 1878/1987).',
      ['Engels, F. (1987). Anti-Dühring: Herr Eugen Dühring’s revolution in science (E. Burns, Trans.). International Publishers. (Original work published 1878)', 'Marx, Karl. (1867) 1976. Capital. Vol. 1. London: Penguin.'],
      [
        ['(Marx [1867] 1976)', ['Marx'], '1976', null, 'parenthetical', 1],
        ['(Engels, 1878/1987)', ['Engels'], '1987', null, 'parenthetical', 0],
      ]],
    ['an organisation cited by acronym and by name, linked to an entry under either',
      'The law was amended in 2013 (ILO 2016). According to the International Labour Organization (2016), enforcement is weak, and UNDP (2012) agreed (United Nations Development Programme 2012).',
      ['ILO. 2016. World Employment and Social Outlook. Geneva: ILO.', 'United Nations Development Programme (UNDP) (2012) Human Development Report. New York: UNDP.'],
      [
        ['(ILO 2016)', ['ILO'], '2016', null, 'parenthetical', 0],
        ['International Labour Organization (2016)', ['International Labour Organization'], '2016', null, 'narrative', 0],
        ['UNDP (2012)', ['UNDP'], '2012', null, 'narrative', 1],
        ['(United Nations Development Programme 2012)', ['United Nations Development Programme'], '2012', null, 'parenthetical', 1],
      ]],
    ['an organisation cited without the closing "Group" of its entry, and with it',
      'Growth slowed (World Bank 2019), as the Asian Development Bank Group (2020) warned.',
      ['Asian Development Bank. 2020. Asian Development Outlook 2020. Manila: Asian Development Bank.', 'World Bank Group. 2019. Global Economic Prospects. Washington, DC: World Bank.'],
      [
        ['(World Bank 2019)', ['World Bank'], '2019', null, 'parenthetical', 1],
        ['Asian Development Bank Group (2020)', ['Asian Development Bank Group'], '2020', null, 'narrative', 0],
      ]],
    ['two authors after a capitalised name and a comma (the name is no author)',
      'On the strike, see Lowe (2019), and on the Dock Committee, Arteaga and Bloom (2008: 15).',
      ['Arteaga, Lucía, and Simon Bloom. 2008. Eleven Thousand Names. Coral Gables: Straits Academic.', 'Lowe, Ann. 2019. Strikes. Tampa: Gulf Press.'],
      [
        ['Lowe (2019)', ['Lowe'], '2019', null, 'narrative', 1],
        ['Arteaga and Bloom (2008: 15)', ['Arteaga', 'Bloom'], '2008', '15', 'narrative', 0],
      ]],
    ['a compound surname before a bracketed year, and in brackets',
      'The novel is a history, as García Márquez (1990) shows (García Márquez 1990).',
      ['García Márquez, Gabriel. 1990. The General in His Labyrinth. New York: Knopf.'],
      [
        ['García Márquez (1990)', ['García Márquez'], '1990', null, 'narrative', 0],
        ['(García Márquez 1990)', ['García Márquez'], '1990', null, 'parenthetical', 0],
      ]],
    ['an Irish surname with "Ó", possessive',
      'Ó Gráda’s (1999) study of the famine is the standard (Ó Gráda 1999).',
      ['Ó Gráda, Cormac. 1999. Black ’47 and Beyond. Princeton: Princeton University Press.'],
      [
        ['Ó Gráda’s (1999)', ['Ó Gráda'], '1999', null, 'narrative', 0],
        ['(Ó Gráda 1999)', ['Ó Gráda'], '1999', null, 'parenthetical', 0],
      ]],
    ['a Chinese name, surname first, cited whole or by surname',
      'Wang Hui (2003) disagrees, as others note (Wang Hui 2003; Wang 2003).',
      ['Wang, Hui. 2003. China’s New Order. Cambridge, MA: Harvard University Press.'],
      [
        ['Wang Hui (2003)', ['Wang'], '2003', null, 'narrative', 0],
        ['Wang Hui 2003', ['Wang'], '2003', null, 'parenthetical', 0],
        ['Wang 2003', ['Wang'], '2003', null, 'parenthetical', 0],
      ]],
    ['particles and letters beyond Latin-1',
      'Letters survive (see van Gogh 1888), and Nguyễn (2011) reads them (Đặng 2010).',
      ['Đặng, Minh. 2010. Ports. Hanoi: Thế Giới.', 'Nguyễn, Văn An. 2011. Labour in Vietnam. Hanoi: Thế Giới.', 'van Gogh, Vincent. 1888. Letters. Amsterdam: Van Gogh Museum.'],
      [
        ['(see van Gogh 1888)', ['van Gogh'], '1888', null, 'parenthetical', 2],
        ['Nguyễn (2011)', ['Nguyễn'], '2011', null, 'narrative', 1],
        ['(Đặng 2010)', ['Đặng'], '2010', null, 'parenthetical', 0],
      ]],
    ['corporate authors, by name, by acronym and by the name the entry gives in brackets',
      'The World Bank (2019) reported growth (World Bank 2019), the ILO counted disputes (ILO 2015: 4), and activists were held (Human Rights Watch 2018).',
      [
        'Human Rights Watch. 2018. World Report 2018. New York: Human Rights Watch.',
        'ILO (International Labour Organization). 2015. World Employment and Social Outlook. Geneva: ILO.',
        'World Bank. 2019. World Development Report 2019. Washington, DC: World Bank.',
      ],
      [
        ['World Bank (2019)', ['World Bank'], '2019', null, 'narrative', 2],
        ['(World Bank 2019)', ['World Bank'], '2019', null, 'parenthetical', 2],
        ['(ILO 2015: 4)', ['ILO'], '2015', '4', 'parenthetical', 1],
        ['(Human Rights Watch 2018)', ['Human Rights Watch'], '2018', null, 'parenthetical', 0],
      ]],
    ['an organisation after "the", by acronym, with pages or possessive',
      'As the ILO (2015) reported, disputes rose; the OECD (2019: 12) agrees, as do the UN (2016) and the World Bank’s (2019) report.',
      [
        'International Labour Organization. 2015. World Employment and Social Outlook. Geneva: ILO.',
        'OECD. 2019. Employment Outlook 2019. Paris: OECD Publishing.',
        'United Nations. 2016. Report on the World Social Situation. New York: United Nations.',
        'World Bank. 2019. World Development Report 2019. Washington, DC: World Bank.',
      ],
      [
        ['ILO (2015)', ['ILO'], '2015', null, 'narrative', 0],
        ['OECD (2019: 12)', ['OECD'], '2019', '12', 'narrative', 1],
        ['UN (2016)', ['UN'], '2016', null, 'narrative', 2],
        ['World Bank’s (2019)', ['World Bank'], '2019', null, 'narrative', 3],
      ]],
    ['APA: an organisation with its abbreviation in square brackets, then the abbreviation alone',
      'Two agencies report it (World Bank [WB], 2019; International Labour Organization [ILO], 2015), and later one (WB, 2019).',
      ['International Labour Organization. (2015). World employment and social outlook. International Labour Office.', 'World Bank. (2019). World development report 2019: The changing nature of work. World Bank.'],
      [
        ['World Bank [WB], 2019', ['World Bank'], '2019', null, 'parenthetical', 1],
        ['International Labour Organization [ILO], 2015', ['International Labour Organization'], '2015', null, 'parenthetical', 0],
        ['(WB, 2019)', ['WB'], '2019', null, 'parenthetical', 1],
      ]],
    ['an organisation whose name has dotted initials',
      'The department counted the strikes (U.S. Department of Labor 2019).',
      ['U.S. Department of Labor. 2019. Strikes and Lockouts. Washington, DC: Government Printing Office.'],
      [['(U.S. Department of Labor 2019)', ['U.S. Department of Labor'], '2019', null, 'parenthetical', 0]]],
    ['n.d., forthcoming and in press, in brackets and narrative, and capitalised in Chicago entries',
      'Fischer (forthcoming) and Okafor (in press) disagree (Dubois n.d.; Fischer forthcoming; Okafor, in press).',
      ['Dubois, Marc. N.d. Notes on the Wage Books. Unpublished manuscript.', 'Fischer, Anna. Forthcoming. The Archives of the Port. Chicago: University of Chicago Press.', 'Okafor, C. (in press). Unions after independence. African Affairs.'],
      [
        ['Fischer (forthcoming)', ['Fischer'], 'forthcoming', null, 'narrative', 1],
        ['Okafor (in press)', ['Okafor'], 'in press', null, 'narrative', 2],
        ['Dubois n.d.', ['Dubois'], 'n.d.', null, 'parenthetical', 0],
        ['Fischer forthcoming', ['Fischer'], 'forthcoming', null, 'parenthetical', 1],
        ['Okafor, in press', ['Okafor'], 'in press', null, 'parenthetical', 2],
      ]],
    ['Harvard: "and" between authors, "p." and "et al."',
      'The state was strong (Brown 1999, p. 12), as Brown (1999) shows, and the unions weak (Davies et al. 2012; Fox, Gray and Hill 2004).',
      [
        'Brown, P. (1999) The State and the Unions. London: Routledge.',
        "Davies, R., Evans, T. and Fox, M. (2012) 'Unions in decline', British Journal of Industrial Relations, 50(2), pp. 200–220. doi:10.1111/j.1467-8543.2012.00001.x.",
        'Fox, M., Gray, S. and Hill, J. (2004) Work and Power. Oxford: Blackwell.',
      ],
      [
        ['(Brown 1999, p. 12)', ['Brown'], '1999', '12', 'parenthetical', 0],
        ['Brown (1999)', ['Brown'], '1999', null, 'narrative', 0],
        ['Davies et al. 2012', ['Davies'], '2012', null, 'parenthetical', 1],
        ['Fox, Gray and Hill 2004', ['Fox', 'Gray', 'Hill'], '2004', null, 'parenthetical', 2],
      ]],
    ['MLA works cited, one entry a line, the year last',
      'Workers organised early (Smith 2003; Lee 2010; Ruiz 2012; Adams 2015).',
      [[
        'Adams, Ruth, and Tom Hill. "Docks and Courts." Labour in Britain, edited by Ann Green, Manchester UP, 2015, pp. 33–50.',
        'Lee, Kim. "Workers in the Delta." Journal of Asian Studies, vol. 69, no. 2, 2010, pp. 401–25.',
        'Ruiz, Ana. "Strikes Online." Labour Notes, 3 May 2012, www.labornotes.org/strikes. Accessed 4 June 2020.',
        'Smith, John A. Dockers and the Law. Cornell UP, 2003.',
      ].join('\n')],
      [
        ['Smith 2003', ['Smith'], '2003', null, 'parenthetical', 3],
        ['Lee 2010', ['Lee'], '2010', null, 'parenthetical', 1],
        ['Ruiz 2012', ['Ruiz'], '2012', null, 'parenthetical', 2],
        ['Adams 2015', ['Adams'], '2015', null, 'parenthetical', 0],
      ]],
  ])('%s', (_what, body, entries, expected) => {
    const { text, references } = expectLinked(body, entries, expected);
    for (const r of references) expect(text.slice(r.start, r.end)).toBe(r.text);
    // Every entry is cited, so the list split into the entries written.
    expect(references.every((r) => r.citedBy.length > 0)).toBe(true);
  });

  it('a person in the reference list is not an organisation, whatever the citation looks like', () => {
    const text = withReferences('The novel is a history (García Márquez 1990; Wang Hui 2003; Human Rights Watch 2018).', [
      'García Márquez, Gabriel. 1990. The General in His Labyrinth. New York: Knopf.',
      'Human Rights Watch. 2018. World Report 2018. New York: Human Rights Watch.',
      'Wang, Hui. 2003. China’s New Order. Cambridge, MA: Harvard University Press.',
    ]);
    const citations = docOf(text, 'citations').layers.citations as CitationRecord[];
    expect(citations.map((c) => [c.authors, c.organisation])).toEqual([[['García Márquez'], false], [['Wang'], false], [['Human Rights Watch'], true]]);
  });
});

describe('citations: reference entries in the major styles', () => {
  type Expected = { authors: string[]; year: string; title: string | null; creators?: ReferenceRecord['creators']; details: ReferenceRecord['details'] };
  /** The entry alone in a reference list, cited once so that the text has the author–year style. */
  const entryOf = (entry: string): ReferenceRecord => {
    const refs = docOf(withReferences('Workers organised early (Adams 2001; Baker 2002).', [entry]), 'citations').layers.references as ReferenceRecord[];
    expect(refs).toHaveLength(1);
    return refs[0];
  };

  it.each<[string, string, Expected]>([
    ['APA journal article with a DOI', 'Smith, J. A., & Lee, K. (2003). Dockers and the law. Journal of Social History, 37(2), 301–322. https://doi.org/10.1353/jsh.2003.0001', {
      authors: ['Smith', 'Lee'], year: '2003', title: 'Dockers and the law',
      creators: [{ family: 'Smith', given: 'J. A.' }, { family: 'Lee', given: 'K.' }],
      details: { type: 'article-journal', containerTitle: 'Journal of Social History', volume: '37', issue: '2', page: '301–322', doi: '10.1353/jsh.2003.0001' },
    }],
    ['APA book, the publisher without a place', 'Chen, L. (2010). Courts and workers. Oxford University Press.', {
      authors: ['Chen'], year: '2010', title: 'Courts and workers', details: { type: 'book', publisher: 'Oxford University Press' },
    }],
    ['APA report whose publisher is its author', 'World Bank. (2019). World development report 2019: The changing nature of work. World Bank.', {
      authors: ['World Bank'], year: '2019', title: 'World development report 2019: The changing nature of work', creators: [{ literal: 'World Bank' }],
      details: { type: 'book', publisher: 'World Bank' },
    }],
    ['APA chapter in an edited book', 'Ito, K. (2016). Dock work. In T. Sato & M. Mori (Eds.), Labour in Japan (pp. 45–67). Routledge. https://doi.org/10.4324/9780000000000', {
      authors: ['Ito'], year: '2016', title: 'Dock work',
      details: {
        type: 'chapter', containerTitle: 'Labour in Japan', editors: 'T. Sato & M. Mori', containerEditors: [{ family: 'Sato', given: 'T.' }, { family: 'Mori', given: 'M.' }],
        page: '45–67', publisher: 'Routledge', doi: '10.4324/9780000000000',
      },
    }],
    ['APA newspaper article with a full date', 'Brown, A. (2020, March 3). Dockers strike again over wages in the northern ports. The Guardian. https://www.theguardian.com/dockers', {
      authors: ['Brown'], year: '2020', title: 'Dockers strike again over wages in the northern ports',
      details: { type: 'document', containerTitle: 'The Guardian', url: 'https://www.theguardian.com/dockers' },
    }],
    ['APA dissertation, the description in square brackets', 'Wu, M. (2016). Labour NGOs in the Pearl River Delta [Doctoral dissertation, University of Oxford]. Oxford Research Archive.', {
      authors: ['Wu'], year: '2016', title: 'Labour NGOs in the Pearl River Delta', details: { type: 'thesis', publisher: 'University of Oxford' },
    }],
    ['APA, twenty-one authors with an ellipsis before the last', 'Kaur, P., Singh, R., Das, A., Roy, B., Sen, C., Paul, D., Bose, E., Mitra, F., Ghosh, G., Dey, H., Jain, I., Kapur, J., Lamba, K., Mehta, L., Nair, M., Oak, N., Pillai, O., Rao, P., Shah, Q., . . . Vyas, T. (2018). Many authors. Nature, 5, 1–2.', {
      authors: ['Kaur', 'Singh', 'Das', 'Roy', 'Sen', 'Paul', 'Bose', 'Mitra', 'Ghosh', 'Dey', 'Jain', 'Kapur', 'Lamba', 'Mehta', 'Nair', 'Oak', 'Pillai', 'Rao', 'Shah', 'Vyas'], year: '2018', title: 'Many authors',
      details: { type: 'article-journal', containerTitle: 'Nature', volume: '5', page: '1–2' },
    }],
    ['APA edited book', 'Jones, M. (Ed.). (2010). Labour and law. Routledge.', {
      authors: ['Jones'], year: '2010', title: 'Labour and law', creators: [{ family: 'Jones', given: 'M.' }], details: { type: 'book', publisher: 'Routledge', edited: true },
    }],
    ['APA reprint, the translator left out of the title', 'Marx, K. (1976). Capital: A critique of political economy (B. Fowkes, Trans.; Vol. 1). Penguin. (Original work published 1867)', {
      authors: ['Marx'], year: '1976', title: 'Capital: A critique of political economy', details: { type: 'book', publisher: 'Penguin', originalYear: '1867' },
    }],
    ['Chicago reprint, the first edition in brackets', 'Marx, Karl. (1867) 1976. Capital. Vol. 1. London: Penguin.', {
      authors: ['Marx'], year: '1976', title: 'Capital', details: { type: 'book', publisherPlace: 'London', publisher: 'Penguin', originalYear: '1867' },
    }],
    ['Chicago reprint, square brackets', 'Marx, Karl. [1867] 1976. Capital. London: Penguin.', {
      authors: ['Marx'], year: '1976', title: 'Capital', details: { type: 'book', publisherPlace: 'London', publisher: 'Penguin', originalYear: '1867' },
    }],
    ['Chicago chapter with pages and editors with initials', 'Hall, Stuart. 2012. “Culture.” In The Reader, edited by Pat J. Kim and Mary L. Roe, 1–20. London: Verso.', {
      authors: ['Hall'], year: '2012', title: 'Culture',
      details: {
        type: 'chapter', containerTitle: 'The Reader', editors: 'Pat J. Kim and Mary L. Roe', containerEditors: [{ family: 'Kim', given: 'Pat J.' }, { family: 'Roe', given: 'Mary L.' }],
        page: '1–20', publisherPlace: 'London', publisher: 'Verso',
      },
    }],
    ['a chapter "In: …, ed. …"', 'Bose, Anita. 2017. “Mills and Mines.” In: Labour in India, ed. R. Gupta and S. Rao, 45–67. Delhi: Oxford University Press.', {
      authors: ['Bose'], year: '2017', title: 'Mills and Mines',
      details: {
        type: 'chapter', containerTitle: 'Labour in India', editors: 'R. Gupta and S. Rao', containerEditors: [{ family: 'Gupta', given: 'R.' }, { family: 'Rao', given: 'S.' }],
        page: '45–67', publisherPlace: 'Delhi', publisher: 'Oxford University Press',
      },
    }],
    ['Chicago edited volume, "eds." after two names', 'Ruiz, Ana, and Luis Vega, eds. 2014. Ports of Spain. Madrid: Alianza.', {
      authors: ['Ruiz', 'Vega'], year: '2014', title: 'Ports of Spain', creators: [{ family: 'Ruiz', given: 'Ana' }, { family: 'Vega', given: 'Luis' }],
      details: { type: 'book', publisherPlace: 'Madrid', publisher: 'Alianza', edited: true },
    }],
    ['an organisation with its acronym first and its name in brackets', 'ILO (International Labour Organization). 2015. World Employment and Social Outlook. Geneva: ILO.', {
      authors: ['International Labour Organization'], year: '2015', title: 'World Employment and Social Outlook', creators: [{ literal: 'International Labour Organization' }],
      details: { type: 'book', publisherPlace: 'Geneva', publisher: 'ILO' },
    }],
    ['Chicago "Forthcoming." and "N.d." capitalised', 'Fischer, Anna. Forthcoming. The Archives of the Port. Chicago: University of Chicago Press.', {
      authors: ['Fischer'], year: 'forthcoming', title: 'The Archives of the Port', details: { type: 'book', publisherPlace: 'Chicago', publisher: 'University of Chicago Press' },
    }],
    ['a second author with an Irish particle, given names first', 'Mokyr, Joel, and Cormac Ó Gráda. 2002. “Famine Disease.” Economic History Review 55 (1): 1–29.', {
      authors: ['Mokyr', 'Ó Gráda'], year: '2002', title: 'Famine Disease', creators: [{ family: 'Mokyr', given: 'Joel' }, { family: 'Ó Gráda', given: 'Cormac' }],
      details: { type: 'article-journal', containerTitle: 'Economic History Review', volume: '55', issue: '1', page: '1–29' },
    }],
    ['Harvard article, the title in single quotes, "pp."', "Davies, R., Evans, T. and Fox, M. (2012) 'Unions in decline', British Journal of Industrial Relations, 50(2), pp. 200–220. doi:10.1111/j.1467-8543.2012.00001.x.", {
      authors: ['Davies', 'Evans', 'Fox'], year: '2012', title: 'Unions in decline',
      details: { type: 'article-journal', containerTitle: 'British Journal of Industrial Relations', volume: '50', issue: '2', page: '200–220', doi: '10.1111/j.1467-8543.2012.00001.x' },
    }],
    ['Harvard chapter, curly single quotes around a title with an apostrophe', 'Evans, T. (2001) ‘Workers’ rights and the state’, in Green, A. (ed.) Labour in Britain. Manchester: Manchester University Press, pp. 33–50.', {
      authors: ['Evans'], year: '2001', title: 'Workers’ rights and the state',
      details: {
        type: 'chapter', containerTitle: 'Labour in Britain', editors: 'Green, A.', containerEditors: [{ family: 'Green', given: 'A.' }],
        page: '33–50', publisherPlace: 'Manchester', publisher: 'Manchester University Press',
      },
    }],
    ['MLA article, the year after the issue', 'Lee, Kim. "Workers in the Delta." Journal of Asian Studies, vol. 69, no. 2, 2010, pp. 401–25.', {
      authors: ['Lee'], year: '2010', title: 'Workers in the Delta', creators: [{ family: 'Lee', given: 'Kim' }],
      details: { type: 'article-journal', containerTitle: 'Journal of Asian Studies', volume: '69', issue: '2', page: '401–25' },
    }],
    ['MLA book, the year after the publisher', 'Smith, John A. Dockers and the Law. Cornell UP, 2003.', {
      authors: ['Smith'], year: '2003', title: 'Dockers and the Law', creators: [{ family: 'Smith', given: 'John A.' }], details: { type: 'book', publisher: 'Cornell UP' },
    }],
    ['MLA chapter', 'Adams, Ruth, and Tom Hill. "Docks and Courts." Labour in Britain, edited by Ann Green, Manchester UP, 2015, pp. 33–50.', {
      authors: ['Adams', 'Hill'], year: '2015', title: 'Docks and Courts',
      details: { type: 'chapter', containerTitle: 'Labour in Britain', editors: 'Ann Green', containerEditors: [{ family: 'Green', given: 'Ann' }], publisher: 'Manchester UP', page: '33–50' },
    }],
    ['MLA web article, the access date left out', 'Ruiz, Ana. "Strikes Online." Labour Notes, 3 May 2012, www.labornotes.org/strikes. Accessed 4 June 2020.', {
      authors: ['Ruiz'], year: '2012', title: 'Strikes Online', details: { type: 'document', containerTitle: 'Labour Notes', url: 'www.labornotes.org/strikes' },
    }],
  ])('%s', (_what, entry, expected) => {
    const r = entryOf(entry);
    expect({ authors: r.authors, year: r.year, title: r.title, details: r.details }).toEqual({ authors: expected.authors, year: expected.year, title: expected.title, details: expected.details });
    if (expected.creators) expect(r.creators).toEqual(expected.creators);
    expect(r.text).toBe(entry);
  });
});

describe('citations: CSL-JSON in the major styles', () => {
  const itemsOf = (entries: string[]) => toCslJson(docOf(withReferences('Workers organised early (Adams 2001; Baker 2002).', entries), 'citations'));

  it('gives a chapter the editors of its book, an edited volume editors instead of authors, a reprint its original date', () => {
    const items = itemsOf([
      'Hall, Stuart. 2012. “Culture.” In The Reader, edited by Pat J. Kim and Mary L. Roe, 1–20. London: Verso.',
      'Jones, M. (Ed.). (2010). Labour and law. Routledge.',
      'Marx, Karl. (1867) 1976. Capital. Vol. 1. London: Penguin.',
      'Okafor, C. (in press). Unions after independence. African Affairs.',
    ]);
    expect(items).toEqual([
      {
        id: 'hall2012', type: 'chapter', title: 'Culture', author: [{ family: 'Hall', given: 'Stuart' }], editor: [{ family: 'Kim', given: 'Pat J.' }, { family: 'Roe', given: 'Mary L.' }],
        issued: { 'date-parts': [[2012]] }, 'container-title': 'The Reader', page: '1–20', publisher: 'Verso', 'publisher-place': 'London',
      },
      { id: 'jones2010', type: 'book', title: 'Labour and law', editor: [{ family: 'Jones', given: 'M.' }], issued: { 'date-parts': [[2010]] }, publisher: 'Routledge' },
      {
        id: 'marx1976', type: 'book', title: 'Capital', author: [{ family: 'Marx', given: 'Karl' }], issued: { 'date-parts': [[1976]] }, 'original-date': { 'date-parts': [[1867]] },
        publisher: 'Penguin', 'publisher-place': 'London',
      },
      { id: 'okaforinpress', type: 'document', title: 'Unions after independence', author: [{ family: 'Okafor', given: 'C.' }], issued: { literal: 'in press' } },
    ]);
  });
});

describe('citations: a Harvard "Reference list" with short APA lines', () => {
  it('finds the section under "Reference list" and links citations to entries that end in a URL', () => {
    const text = 'Strikes in the Delta\n\nThe strikes spread quickly in the delta (Nguyen n.d.; World Bank 2019).\n\nReference list\n\nNguyen, T. (n.d.). Strike lists of the delta. Retrieved from https://example.org/strikes\nWorld Bank. (2019). Vietnam development report. World Bank.\n';
    const doc = docOf(text, 'citations');
    expect(doc.layers.sections!.map((s) => [s.heading, s.kind])).toEqual([[null, 'body'], ['Reference list', 'references']]);
    expect(doc.layers.citations!.map((c) => [c.text, c.referenceId])).toEqual([['Nguyen n.d.', 'r1'], ['World Bank 2019', 'r2']]);
  });
});

describe('citations: humanities and social-science forms', () => {
  it.each<[string, string, Row[]]>([
    ['a volume and a page after a comma, by number and with "vol."', 'The pattern was general (Marx [1867] 1976, 1: 873) and the sea wide (Braudel 1949, vol. 2: 45).', [
      [24, 50, ['Marx'], '1976', '1: 873', 'parenthetical'],
      [68, 94, ['Braudel'], '1949', 'vol. 2: 45', 'parenthetical'],
    ]],
    ['"esp." before pages, and "passim" for pages', 'Revolutions are structural (Skocpol 1979, esp. 3–5) and the theme recurs (Hobsbawm 1964: passim).', [
      [27, 51, ['Skocpol'], '1979', '3–5', 'parenthetical'],
      [73, 96, ['Hobsbawm'], '1964', 'passim', 'parenthetical'],
    ]],
    ['a lead-in clause before "see" or "cf."', 'States simplify (for a critique, see Scott 1998) and empires too (on the Ottoman case, cf. Barkey 2008).', [
      [16, 48, ['Scott'], '1998', null, 'parenthetical'],
      [65, 103, ['Barkey'], '2008', null, 'parenthetical'],
    ]],
    ['a locator label after a colon, and a name without a year read in a cited work', 'The table is clear (UNDP 2010: table 3) and so is the figure (Smith 2010: fig. 2); the view is common (Smith, cited in Lee 2012: 4).', [
      [19, 39, ['UNDP'], '2010', 'table 3', 'parenthetical'],
      [61, 81, ['Smith'], '2010', 'fig. 2', 'parenthetical'],
      [102, 131, ['Lee'], '2012', '4', 'parenthetical'],
    ]],
    ['spaced initials before a surname in brackets are no part of the author', 'The class made itself (E. P. Thompson 1963), as others saw (C. Wright 1959; Tilly 1978).', [
      [22, 43, ['Thompson'], '1963', null, 'parenthetical'],
      [60, 74, ['Wright'], '1959', null, 'parenthetical'],
      [76, 86, ['Tilly'], '1978', null, 'parenthetical'],
    ]],
  ])('%s', (_what, text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
    for (const c of citationsOf(text + STYLE)) expect((text + STYLE).slice(c.start, c.end)).toBe(c.text);
  });

  it('the prefix of a lead-in clause is stored', () => {
    expect(citationsOf('States simplify (for a critique, see Scott 1998).' + STYLE)[0].prefix).toBe('for a critique, see');
  });
});

describe('citations: an organisation and a year, what the body did or what its work says', () => {
  it.each<[string, string, string[]]>([
    ['a speech act in the past simple tells what the body did that year', 'The UN (1948) stated that rights are universal.', []],
    ['with an adverb before it, and another speech act', 'The ILO (1919) also recognised the right to organise.', []],
    ['the present cites the work', 'The UN (2016) states that rights are universal.', ['UN (2016)']],
    ['the perfect cites the work', 'The UN (2016) has stated that rights are universal.', ['UN (2016)']],
    ['a verb of what a work argues, in the present', 'The World Bank (2019) argues that growth is fragile.', ['World Bank (2019)']],
    ['a verb of what a work finds, in the past', 'The World Bank (2019) found that growth was fragile.', ['World Bank (2019)']],
  ])('%s', (_what, text, expected) => {
    const citations = docOf(text, 'citations').layers.citations!;
    expect(citations.map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });

  it('a person is an author whatever the tense, in a text that cites', () => {
    expect(rowsOf('Smith (2010) stated that rights are universal.')).toEqual([[0, 12, ['Smith'], '2010', null, 'narrative']]);
  });
});

describe('citations: with a reference list, a name and a year the list does not hold', () => {
  const body = 'Dupuy and Prakash (2018) examine the law, as do Heiss (2017) and Chaudhry (2016); Coppedge et al. (2018) count cases (Smith 2003), but Parliament (1832) abolished the boroughs and Gandhi (1930) led the march, and the UN (1948) stated that rights are universal.';

  it('is a citation only when the words around say a work is cited', () => {
    const text = withReferences(body, ['Smith, John. 2003. Dockers. London: Verso.']);
    const citations = docOf(text, 'citations').layers.citations!;
    expect(citations.map((c) => [text.slice(c.start, c.end), c.referenceId])).toEqual([
      ['Dupuy and Prakash (2018)', null],
      ['Heiss (2017)', null],
      ['Chaudhry (2016)', null],
      ['Coppedge et al. (2018)', null],
      ['(Smith 2003)', 'r1'],
    ]);
    for (const c of citations) expectSliceMatches(text, c, c.text, c.id);
  });

  it('the list decides when it holds the work: a body’s act in the past is then a citation', () => {
    const text = withReferences(body, ['Smith, John. 2003. Dockers. London: Verso.', 'United Nations. 1948. Universal Declaration of Human Rights. Paris: United Nations.']);
    const citations = docOf(text, 'citations').layers.citations!;
    expect(citations.map((c) => [text.slice(c.start, c.end), c.referenceId]).slice(4)).toEqual([['(Smith 2003)', 'r1'], ['UN (1948)', 'r2']]);
  });
});

describe('citations: the development essay of humanities forms', () => {
  const text = readFileSync(join(FIXTURES, 'citations', 'humanities-dev.txt'), 'utf8');
  it('finds its citations, and no body acting in a year', () => {
    const citations = docOf(text, 'citations').layers.citations!;
    for (const c of citations) expectSliceMatches(text, c, c.text, c.id);
    const texts = citations.map((c) => c.text);
    for (const wanted of ['(Hobsbawm 1964: passim)', '(Marx [1867] 1976, 1: 873)', '(for a comparison, see Cooper 1996)', '(Skocpol 1979, esp. 3–5)', 'World Bank (2019)', 'ILO (2016)', '(Nguyễn 2015)', '(Ó Gráda 1999)']) {
      expect(texts).toContain(wanted);
    }
    for (const unwanted of ['UN (1948)', 'ILO (1919)', 'Act (1832)', 'Parliament (1832)', 'Gandhi (1930)']) expect(texts).not.toContain(unwanted);
    expect(citations.filter((c) => c.referenceId === null).map((c) => c.text)).toEqual(['(E. P. Thompson 1963)']);
  });
});

describe('citations: double surnames of Spanish and Portuguese authors among other authors (round 5; each row failed before its rule)', () => {
  it.each<[string, string, string[], Linked[]]>([
    ['in brackets, the double surname first',
      'Confraternities lent money at interest (Ortiz Lara and Marlow 2011).',
      ['Marlow, Ben. 2012. Guilds. London: Verso.', 'Ortiz Lara, Joaquín, and Ben Marlow. 2011. Credit. Mexico: Colegio.'],
      [['(Ortiz Lara and Marlow 2011)', ['Ortiz Lara', 'Marlow'], '2011', null, 'parenthetical', 1]]],
    ['in brackets, the double surname second, with a page range after a comma',
      'The brotherhoods owned land (Marlow and García Peña 2014, 22–30).',
      ['Marlow, Ben, and Ana García Peña. 2014. Land. Madrid: Siglo.'],
      [['(Marlow and García Peña 2014, 22–30)', ['Marlow', 'García Peña'], '2014', '22–30', 'parenthetical', 0]]],
    ['narrative, the double surname after "and"',
      'Marlow and Ortiz Lara (2012) count the chantries.',
      ['Marlow, Ben, and Joaquín Ortiz Lara. 2012. Chantries. Mexico: Colegio.'],
      [['Marlow and Ortiz Lara (2012)', ['Marlow', 'Ortiz Lara'], '2012', null, 'narrative', 0]]],
    ['narrative, three authors with a serial comma, the double surname last',
      'As Pell, Marlow, and Ruiz Vega (2015) show, the loans were called in.',
      ['Pell, Carl, Ben Marlow, and Luis Ruiz Vega. 2015. Loans. Lima: IEP.'],
      [['Pell, Marlow, and Ruiz Vega (2015)', ['Pell', 'Marlow', 'Ruiz Vega'], '2015', null, 'narrative', 0]]],
  ])('%s', (_what, body, entries, expected) => {
    expectLinked(body, entries, expected);
  });

  it.each<[string, string, Row[]]>([
    ['without a reference list the double surname in brackets is split too', 'Credit was cheap (Ortiz Lara and Marlow 2011).', [[17, 45, ['Ortiz Lara', 'Marlow'], '2011', null, 'parenthetical']]],
  ])('%s', (_, text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });

  it.each<[string, string, Row[]]>([
    ['two organisations joined by "and" stay one author (an organisation word)', 'Aid fell (World Bank and Oxfam 2019).', [[9, 36, ['World Bank and Oxfam'], '2019', null, 'parenthetical']]],
    ['three capitalised words are no double surname', 'Aid fell (Human Rights Watch and Marlow 2019).', [[9, 45, ['Human Rights Watch and Marlow'], '2019', null, 'parenthetical']]],
  ])('guard: %s', (_, text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});
