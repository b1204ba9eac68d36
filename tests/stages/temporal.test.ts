import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPORAL_KINDS, type Citation, type Doc, type TemporalExpression } from '../../src/doc.js';
import { compileTemporal, type TemporalData, type TemporalResources } from '../../src/stages/temporal/index.js';
import { atomOf } from '../../src/stages/temporal/grammar.js';
import { cut, lex, PIECE, scan, Tokens } from '../../src/stages/temporal/lexer.js';
import { markQuantities } from '../../src/stages/temporal/quantities.js';
import { TriggerTest } from '../../src/stages/temporal/trigger.js';
import type { EraEntry } from '../../src/stages/temporal/eras.js';
import { corpusNames, corpusText, docOf, expectSliceMatches, GOLD_DIR, pipeline } from '../helpers.js';

type Row = [text: string, kind: TemporalExpression['kind'], from: number | null, to: number | null, edtf: string];

const temporalStage = () => pipeline().stages.find((s) => s.stage.name === 'temporal')!;
const rowsOf = (doc: Doc): Row[] => doc.layers.temporal!.map((t) => [t.text, t.kind, t.from, t.to, t.edtf]);
const rows = (text: string): Row[] => rowsOf(docOf(text, 'temporal'));

/** Runs the temporal stage on a document whose earlier layers a test has changed by hand. */
function rerun(doc: Doc): Doc {
  const { stage, options, resources } = temporalStage();
  const out = stage.run(doc, { options, resources });
  return { ...doc, layers: { ...doc.layers, ...out.layers }, messages: out.messages ?? [] };
}

const PIPELINE_DIR = resolve(__dirname, '..', '..', 'pipeline');
const loadData = (): { data: TemporalData; eras: { eras: EraEntry[] } } => ({
  data: JSON.parse(readFileSync(join(PIPELINE_DIR, 'temporal.json'), 'utf8')),
  eras: JSON.parse(readFileSync(join(PIPELINE_DIR, 'eras.json'), 'utf8')),
});

describe('temporal: explicit dates, ranges and spans', () => {
  it.each<[string, string, Row[]]>([
    ['a bare year', 'The union was founded in 1987 by dockworkers.', [['1987', 'year', 1987, 1987, '1987']]],
    ['"the year" + a year', 'The year 1968 changed the movement.', [['The year 1968', 'year', 1968, 1968, '1968']]],
    ['a range with an en dash', 'Strikes peaked in 1971–1974 across the ports.', [['1971–1974', 'range', 1971, 1974, '1971/1974']]],
    ['a range with a hyphen', 'Strikes peaked in 1971-1974 across the ports.', [['1971-1974', 'range', 1971, 1974, '1971/1974']]],
    ['"from … to …"', 'The council met from 1983 to 1991 in secret.', [['from 1983 to 1991', 'range', 1983, 1991, '1983/1991']]],
    ['"between … and …"', 'Output doubled between 1960 and 1970 in the north.', [['between 1960 and 1970', 'range', 1960, 1970, '1960/1970']]],
    ['"the decade from … to …" is one range', 'Wages rose in the decade from 1950 to 1960 everywhere.', [['the decade from 1950 to 1960', 'range', 1950, 1960, '1950/1960']]],
    ['an abbreviated end of two digits', 'The boom of 1983–91 ended abruptly.', [['1983–91', 'range', 1983, 1991, '1983/1991']]],
    ['an abbreviated end of one digit', 'The war of 1998–9 emptied the villages.', [['1998–9', 'range', 1998, 1999, '1998/1999']]],
    ['"from" + a dash range', 'The data cover all provinces from 1990–2010 without gaps.', [['from 1990–2010', 'range', 1990, 2010, '1990/2010']]],
    ['"from … onwards" is open', 'Membership grew from 1976 onwards.', [['from 1976 onwards', 'range', 1976, null, '1976/..']]],
    ['"in force from" + year is open', 'The Press Law, in force from 2004, removed the licence.', [['from 2004', 'range', 2004, null, '2004/..']]],
    ['a year before the verb "won" is a year, not an amount of won', 'Protests in 1931 won wage increases.', [['1931', 'year', 1931, 1931, '1931']]],
    ['a bare "from" + year is open', 'Pilot schemes were extended from 2005 in three cities.', [['from 2005', 'range', 2005, null, '2005/..']]],
    ['"since" + year is open', 'The law has applied since 2012 in every province.', [['since 2012', 'range', 2012, null, '2012/..']]],
    ['"since" + year before the clause\'s subject is open', 'The third period continues: since 2017 violence against rural movements has risen again.', [['since 2017', 'range', 2017, null, '2017/..']]],
    ['"Since" + decade before the subject is open', 'Since the 1990s print circulations have fallen steeply.', [['Since the 1990s', 'decade', 1990, null, '1990/..']]],
    ['"–present" is open', 'The federation, active 1987–present, still meets.', [['1987–present', 'range', 1987, null, '1987/..']]],
    ['a trailing dash is open', 'The current board (2017-) meets monthly.', [['2017-', 'range', 2017, null, '2017/..']]],
    ['a decade', 'Radio spread quickly in the 1920s among farmers.', [['the 1920s', 'decade', 1920, 1929, '192X']]],
    ['two decades joined by "and"', 'Exports fell in the 1980s and 1990s alike.', [['the 1980s', 'decade', 1980, 1989, '198X'], ['1990s', 'decade', 1990, 1999, '199X']]],
    ['"mid-" a decade: its middle third', 'Unrest grew in the mid-1980s in the mines.', [['the mid-1980s', 'decade', 1983, 1987, '1983/1987']]],
    ['"late" a decade: its last third', 'Few groups existed in the late 1990s.', [['the late 1990s', 'decade', 1997, 1999, '1997/1999']]],
    ['"early" a decade: its first third', 'Rents doubled in the early 2000s.', [['the early 2000s', 'decade', 2000, 2003, '2000/2003']]],
    ['"the end of" a decade', 'At the end of the 1970s the mills closed.', [['the end of the 1970s', 'decade', 1977, 1979, '1977/1979']]],
    ['"from the mid-…s onwards" stays a decade', 'Clubs formed from the mid-1990s onwards.', [['from the mid-1990s onwards', 'decade', 1993, null, '1993/..']]],
    ['a decade range', 'Prices rose through the 1980s–1990s.', [['the 1980s–1990s', 'range', 1980, 1999, '1980/1999']]],
    ['a century in words', 'Cities grew fast in the twentieth century.', [['the twentieth century', 'decade', 1900, 1999, '19XX']]],
    ['a late century in figures', 'Unions formed in the late 19th century.', [['the late 19th century', 'decade', 1870, 1899, '1870/1899']]],
    ['a mid century in words', 'Guilds declined in the mid-nineteenth century.', [['the mid-nineteenth century', 'decade', 1830, 1870, '1830/1870']]],
    ['the last quarter of a century', 'Unions grew in the last quarter of the nineteenth century.', [['the last quarter of the nineteenth century', 'decade', 1875, 1899, '1875/1899']]],
    ['the first quarter of a century in figures', 'Guilds withered in the first quarter of the 20th century.', [['the first quarter of the 20th century', 'decade', 1900, 1924, '1900/1924']]],
    ['"the closing decades of" a century', 'Dairies pooled milk in the closing decades of the eighteenth century.', [['the closing decades of the eighteenth century', 'decade', 1770, 1799, '1770/1799']]],
    ['"the opening decades of" a century', 'Clubs were rare in the opening decades of the 20th century.', [['the opening decades of the 20th century', 'decade', 1900, 1930, '1900/1930']]],
    ['a quarter of a year: its months', 'Donations fell in the first quarter of 2019 sharply.', [['the first quarter of 2019', 'season-part', 2019, 2019, '2019-01/2019-03']]],
    ['a day, day first', 'Troops cleared the square on 4 June 1989 at dawn.', [['4 June 1989', 'day', 1989, 1989, '1989-06-04']]],
    ['a day, month first', 'Troops cleared the square on June 4, 1989 at dawn.', [['June 4, 1989', 'day', 1989, 1989, '1989-06-04']]],
    ['a month', 'The congress met in December 1919 in the capital.', [['December 1919', 'month', 1919, 1919, '1919-12']]],
    ['a season', 'The paper closed in spring 2003 for lack of funds.', [['spring 2003', 'season-part', 2003, 2003, '2003-21']]],
    ['"the summer of" a year', 'Riots broke out in the summer of 1976 downtown.', [['the summer of 1976', 'season-part', 1976, 1976, '1976-22']]],
    ['"late" a year: its last months', 'This was followed in late 2016 by a new law.', [['late 2016', 'season-part', 2016, 2016, '2016-09/2016-12']]],
    ['"mid-" a year', 'Talks resumed in mid-2011 after the vote.', [['mid-2011', 'season-part', 2011, 2011, '2011-05/2011-08']]],
    ['"late" a month: still the month, the part in the span', 'The riots that began in late December 1983 were put down.', [['late December 1983', 'month', 1983, 1983, '1983-12']]],
    ['"early" a month', 'The police beat them in early February 1997 on the bridges.', [['early February 1997', 'month', 1997, 1997, '1997-02']]],
    ['"mid-" a month', 'The strikes of mid-May 1968 spread to the provinces.', [['mid-May 1968', 'month', 1968, 1968, '1968-05']]],
    ['"the end of" a year', 'The office shut at the end of 2011 for good.', [['the end of 2011', 'season-part', 2011, 2011, '2011-09/2011-12']]],
    ['a month range in one year', 'The envoy visited in May–June 1899 twice.', [['May–June 1899', 'range', 1899, 1899, '1899-05/1899-06']]],
    ['two months of one year joined by "and": a part of that year', 'The coup came in November 1970. The strikes of July and August 1987 spread.', [['November 1970', 'month', 1970, 1970, '1970-11'], ['July and August 1987', 'season-part', 1987, 1987, '1987-07/1987-08']]],
    ['a year before the common era', 'The town was founded in 753 BC by settlers.', [['753 BC', 'year', -752, -752, '-0752']]],
    ['"by" + a date is relative with the date itself', 'By 2012, estimates varied widely.', [['By 2012', 'relative', 2012, 2012, '2012']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('reads a range broken over a line (clean-up joins it) and slices back to the original', () => {
    const text = [
      'Workers in the ports organised quickly, and the unions that',
      'emerged in those years were larger than any before them. The',
      'strike wave of 1919–',
      '1921 spread along the coast and reached the inland mills by',
      'the end of the season, when the owners finally gave way.',
    ].join('\n');
    const doc = docOf(text, 'temporal');
    const [t] = doc.layers.temporal!;
    expect([t.text, t.kind, t.from, t.to]).toEqual(['1919–1921', 'range', 1919, 1921]);
    expectSliceMatches(text, t, t.text, 'broken range');
  });

  it('reads dates in section headings: no sentence, the heading\'s section', () => {
    const doc = docOf('Workers organised in the ports long before the unions came.\n\nEarly Growth (1995–2002)\n\nThe movement spread in 1996 along the coast. It grew.', 'temporal');
    const heading = doc.layers.sections!.find((s) => s.heading)!;
    expect(doc.layers.temporal!.map((t) => [t.text, t.sentenceId, t.sectionId])).toEqual([['1995–2002', null, heading.id], ['1996', 's2', heading.id]]);
  });

  it("reads dates in the title: no sentence, the opening section's", () => {
    const text = 'Clubs and the Crown in Ruritania, 1855–1917\n\nMaria Petrova\n\nThe clubs grew after 1860 in every town of the realm. They were closed in 1917.';
    const doc = docOf(text, 'temporal');
    expect(doc.layers.blocks![0].kind).toBe('title');
    const opening = doc.layers.sections![0];
    const [t] = doc.layers.temporal!;
    expect([t.text, t.kind, t.from, t.to, t.sentenceId, t.sectionId]).toEqual(['1855–1917', 'range', 1855, 1917, null, opening.id]);
    expectSliceMatches(text, t, t.text, 'title range');
  });
});

/** Rows of every expression in `text`, after checking that each slices back to the original exactly. */
function exactRows(text: string): Row[] {
  const doc = docOf(text, 'temporal');
  for (const t of doc.layers.temporal!) expect(text.slice(t.start, t.end), t.id).toBe(t.text);
  return rowsOf(doc);
}

describe('temporal: forms beyond the texts the grammar was developed on', () => {
  it.each<[string, string, Row[]]>([
    // Decade spans: a short decade after a decade takes its century; "by", "since", "onwards" wrap the whole span.
    ['a decade and a short decade', 'Public-sector unions grew in the 1960s–70s across Europe.', [['the 1960s–70s', 'range', 1960, 1979, '1960/1979']]],
    ['"By" a decade span is the by-date relative', 'By the 1960s–70s public-sector unions grew.', [['By the 1960s–70s', 'relative', 1960, 1979, '1960/1979']]],
    ['a decade span with a hyphen, no "the"', 'Unions grew in 1940s-50s Britain under new laws.', [['1940s-50s', 'range', 1940, 1959, '1940/1959']]],
    ['a decade span across a century', 'Prices fell through the 1990s–00s in the north.', [['the 1990s–00s', 'range', 1990, 2009, '1990/2009']]],
    ['a decade span with a slash', 'Inflation surged in the 1970s/80s in Latin America.', [['the 1970s/80s', 'range', 1970, 1989, '1970/1989']]],
    ['a decade span with parts', 'Inflation was high in the late 1960s–early 70s.', [['the late 1960s–early 70s', 'range', 1967, 1973, '1967/1973']]],
    ['"since" a decade span', 'Since the 1960s–70s, unions have declined.', [['Since the 1960s–70s', 'range', 1960, null, '1960/..']]],
    ['"from" a decade span "onwards"', 'From the 1950s–60s onwards, unions declined.', [['From the 1950s–60s onwards', 'range', 1950, null, '1950/..']]],
    ['"onwards" without "from": a decade stays a decade', 'The 1990s onwards saw rapid growth.', [['The 1990s onwards', 'decade', 1990, null, '1990/..']]],
    ['"onward" without "from" after a year', 'Output rose 2001 onward in every region.', [['2001 onward', 'range', 2001, null, '2001/..']]],
    ['a decade word after "and"', 'Mass politics arrived in the sixties and seventies.', [['the sixties', 'decade', 1960, 1969, '196X'], ['seventies', 'decade', 1970, 1979, '197X']]],
    ['a part of a decade word', 'Rock music arrived in the mid-sixties in Britain.', [['the mid-sixties', 'decade', 1963, 1967, '1963/1967']]],
    ['"the decade of" a decade', 'The decade of the 1930s was marked by depression.', [['The decade of the 1930s', 'decade', 1930, 1939, '193X']]],
    // Two parts of one decade, century or year: from the first's start to the second's end.
    ['"the early to mid-…s"', 'In the early to mid-1990s, township enterprises absorbed rural labour.', [['the early to mid-1990s', 'decade', 1990, 1997, '1990/1997']]],
    ['"the mid-to-late …s"', 'The reforms of the mid-to-late 1980s liberalised prices.', [['the mid-to-late 1980s', 'decade', 1983, 1989, '1983/1989']]],
    ['"from the mid- to late …s" is the span, not open', 'From the mid- to late 1990s, unemployment rose sharply.', [['From the mid- to late 1990s', 'decade', 1993, 1999, '1993/1999']]],
    // Centuries.
    ['two centuries with parts', 'Industrialisation in the late nineteenth and early twentieth centuries transformed the cities.', [['the late nineteenth and early twentieth centuries', 'range', 1870, 1930, '1870/1930']]],
    ['two centuries in words', 'The nineteenth and twentieth centuries saw the rise of the nation-state.', [['The nineteenth and twentieth centuries', 'range', 1800, 1999, '1800/1999']]],
    ['two centuries in figures with a dash', 'The 18th–19th centuries were an age of revolutions.', [['The 18th–19th centuries', 'range', 1700, 1899, '1700/1899']]],
    ['"the 1600s" is a century', 'Guilds dominated urban life in the 1600s.', [['the 1600s', 'decade', 1600, 1699, '16XX']]],
    ['"the early 1800s": the early part of a century', 'Trade expanded in the early 1800s along the coast.', [['the early 1800s', 'decade', 1800, 1830, '1800/1830']]],
    ['a century before the common era', 'The fifth century BCE was the age of Pericles.', [['The fifth century BCE', 'decade', -499, -400, '-0499/-0400']]],
    ['a part of a century before the common era', 'Athens declined in the late fifth century BCE.', [['the late fifth century BCE', 'decade', -429, -400, '-0429/-0400']]],
    ['a century with "AD"', 'The empire reached its height in the 2nd century AD.', [['the 2nd century AD', 'decade', 100, 199, '01XX']]],
    // Years before 1000, and era markers without the sentence's full stop.
    ['"BCE" at the end of a sentence: the full stop is not the marker\'s', 'The Qin unified China in 221 BCE.', [['221 BCE', 'year', -220, -220, '-0220']]],
    ['"AD" after the year at the end of a sentence', 'Pompeii was buried in 79 AD.', [['79 AD', 'year', 79, 79, '0079']]],
    ['"A.D." before the year keeps its stops', 'Charlemagne was crowned in A.D. 800 in Rome.', [['A.D. 800', 'year', 800, 800, '0800']]],
    ['"the year" + a year before 1000', 'The monastery was founded in the year 910 by Duke William.', [['the year 910', 'year', 910, 910, '0910']]],
    // Approximate years.
    ['"c." a year', 'The town was founded c. 1900 by miners.', [['c. 1900', 'year', 1900, 1900, '1900~']]],
    ['"circa" a year', 'The town was founded circa 1900 by miners.', [['circa 1900', 'year', 1900, 1900, '1900~']]],
    ['"ca." a year', 'The town was founded ca. 1900 by miners.', [['ca. 1900', 'year', 1900, 1900, '1900~']]],
    ['"c." glued to a year', 'The photograph dates from c.1900 and shows the mill.', [['c.1900', 'year', 1900, 1900, '1900~']]],
    ['"circa" a range', 'The estate was built circa 1880–1900 by tenants.', [['circa 1880–1900', 'range', 1880, 1900, '1880~/1900~']]],
    ['an initial is not "c."', 'North, Douglass C. 1990 argued otherwise in the seminar.', [['1990', 'year', 1990, 1990, '1990']]],
    // Seasons, months and days as spans.
    ['a winter across two years', 'The strikes of the winter of 1978–79 brought down the government.', [['the winter of 1978–79', 'season-part', 1978, 1979, '1978-24']]],
    ['a winter across two years with a slash', 'The harsh winter 1946/47 closed the mines.', [['winter 1946/47', 'season-part', 1946, 1947, '1946-24']]],
    ['"from" a month "to" a month and year', 'Workers struck from March to May 1989.', [['from March to May 1989', 'range', 1989, 1989, '1989-03/1989-05']]],
    ['"between" a month "and" a month and year', 'Workers struck between March and June 1989.', [['between March and June 1989', 'range', 1989, 1989, '1989-03/1989-06']]],
    ['a span of days with a dash', 'The congress met on 12–15 June 1989 in Paris.', [['12–15 June 1989', 'range', 1989, 1989, '1989-06-12/1989-06-15']]],
    ['"from" a day "to" a day, month and year', 'The congress met from 12 to 15 June 1989.', [['from 12 to 15 June 1989', 'range', 1989, 1989, '1989-06-12/1989-06-15']]],
    ['"from" a day and month "to" a day, month and year', 'The talks ran from 6 February to 5 April 1989 in Warsaw.', [['from 6 February to 5 April 1989', 'range', 1989, 1989, '1989-02-06/1989-04-05']]],
    ['"between" a day and month "and" a day, month and year', 'The census was taken between 28 June and 3 July 1956.', [['between 28 June and 3 July 1956', 'range', 1956, 1956, '1956-06-28/1956-07-03']]],
    ['a day and month with a dash to a day, month and year', 'The congress sat 28 June – 3 July 1956 in Brno.', [['28 June – 3 July 1956', 'range', 1956, 1956, '1956-06-28/1956-07-03']]],
    ['"from" a month and day "to" a month, day and year', 'The hearings ran from March 2 to May 5, 1990 in Lagos.', [['from March 2 to May 5, 1990', 'range', 1990, 1990, '1990-03-02/1990-05-05']]],
    ['a later day of an earlier month is no range: two dates', 'They met on 5 April and again on 6 February 1989.', [['6 February 1989', 'day', 1989, 1989, '1989-02-06']]],
    ['two seasons of one year joined by "and": a part of that year', 'Strikes in the spring and summer of 1988 spread to the ports.', [['the spring and summer of 1988', 'season-part', 1988, 1988, '1988-21/1988-22']]],
    ['a winter before a spring is no pair: the winter runs into the next year', 'Protests in the winter and spring of 1987 were small.', [['spring of 1987', 'season-part', 1987, 1987, '1987-21']]],
    ['an ISO date is a day, not a range', 'The towers fell on 2001-09-11 in the morning.', [['2001-09-11', 'day', 2001, 2001, '2001-09-11']]],
    ['a fiscal year glued', 'Budgets were cut in FY2015 by a third.', [['FY2015', 'year', 2015, 2015, '2015']]],
    ['a fiscal year in words', 'Budgets were cut in fiscal year 2015 by a third.', [['fiscal year 2015', 'year', 2015, 2015, '2015']]],
    ['a fiscal year across two calendar years, glued', 'Budgets were cut in FY2019/20 by a third.', [['FY2019/20', 'range', 2019, 2020, '2019/2020']]],
    ['a fiscal year across two calendar years in words', 'Budgets were cut in fiscal year 2019-20 by a third.', [['fiscal year 2019-20', 'range', 2019, 2020, '2019/2020']]],
    // Units counted from a date inside the phrase.
    ['"the decade after" a year', 'In the decade after 1989, privatisation accelerated.', [['the decade after 1989', 'relative', 1990, 1999, '1990/1999']]],
    ['"the decade before" a year', 'The decade before 1914 was calm.', [['The decade before 1914', 'relative', 1904, 1913, '1904/1913']]],
    ['"the years following" a year: vagueCount years', 'In the years following 1945, wages rose.', [['the years following 1945', 'relative', 1946, 1948, '1946/1948']]],
    // Numeric dates: day or month first as one part is above 12; else one of the two days.
    ['a numeric date, day first', 'The accord was signed on 24/04/2014 in Dhaka.', [['24/04/2014', 'day', 2014, 2014, '2014-04-24']]],
    ['a numeric date, month first', 'The accord was signed on 4/24/2014 in Dhaka.', [['4/24/2014', 'day', 2014, 2014, '2014-04-24']]],
    ['a numeric date, year first', 'The accord was signed on 2014/04/24 in Dhaka.', [['2014/04/24', 'day', 2014, 2014, '2014-04-24']]],
    ['a numeric date with full stops', 'The decree of 17.03.1991 was annulled.', [['17.03.1991', 'day', 1991, 1991, '1991-03-17']]],
    ['a numeric date with hyphens', 'Troops entered the city on 19-08-1991 at dawn.', [['19-08-1991', 'day', 1991, 1991, '1991-08-19']]],
    ['a numeric date of unknown order: one of two days', 'The strike began on 5.6.2015 at the port.', [['5.6.2015', 'day', 2015, 2015, '[2015-05-06,2015-06-05]']]],
    ['a numeric date whose day and month are the same', 'The strike began on 7/7/2005 at the port.', [['7/7/2005', 'day', 2005, 2005, '2005-07-07']]],
    ['two days of a night', 'The wall was breached on the night of 9/10 November 1989.', [['9/10 November 1989', 'range', 1989, 1989, '1989-11-09/1989-11-10']]],
    ['"from" a numeric date "to" another', 'Talks ran from 24/04/2014 to 30/04/2014 in Geneva.', [['from 24/04/2014 to 30/04/2014', 'range', 2014, 2014, '2014-04-24/2014-04-30']]],
    // Years named by two digits after an apostrophe: the century from the document, as for "the '90s".
    ['a month and a two-digit year', 'The students of May \'68 changed French politics.', [["May '68", 'month', 1968, 1968, '1968-05']]],
    ['a two-digit year after "of"', 'The events of \'68 still divide the left.', [["'68", 'year', 1968, 1968, '1968']]],
    ['"since" a two-digit year with a curly apostrophe', 'Since ’89 the party has ruled alone.', [['Since ’89', 'range', 1989, null, '1989/..']]],
    ['a two-digit year in the century of the text\'s latest year', 'The reform of 2021 undid the law passed in \'19.', [['2021', 'year', 2021, 2021, '2021'], ["'19", 'year', 2019, 2019, '2019']]],
    // A decade or year as a modifier keeps its '-era', as 'Cold War-era' does.
    ['a decade with "-era"', 'The law has 1980s-era roots.', [['1980s-era', 'decade', 1980, 1989, '198X']]],
    // A hyphen of a compound is no open end.
    ['a year in a hyphenated compound is no open range', 'They passed a 1990-style law in 1994.', [['1990', 'year', 1990, 1990, '1990'], ['1994', 'year', 1994, 1994, '1994']]],
    // Numbers that are not dates, and one that stays a single year.
    // (Its first part was read as the year 2003 until 'Case' joined the words after which a number is a number: see numberHead.)
    ['a slash range of more than ten years is a file number', 'The court decided Case 2003/45 quickly.', []],
  ])('%s', (_, text, expected) => {
    expect(exactRows(text)).toEqual(expected);
  });
});

describe('temporal: numbers around years that are no dates of their own (guards: these passed before)', () => {
  it.each<[string, string, Row[]]>([
    ['a day past the end of its month', 'The form was dated 31/02/2014 by mistake.', [['2014', 'year', 2014, 2014, '2014']]],
    ['no month above 12 either way', 'The form was dated 13/13/2014 by mistake.', [['2014', 'year', 2014, 2014, '2014']]],
    ['dotted numbers whose "year" is out of range', 'Parts 1.2.3000 and 4.5.0999 were shipped in 1990.', [['1990', 'year', 1990, 1990, '1990']]],
    ['an apostrophe and two digits glued to a word', 'The \'68ers grew old by 1990.', [['by 1990', 'relative', 1990, 1990, '1990']]],
    ['an apostrophe opening a quotation with a count', 'He spoke of \'12 cases\' in 1990.', [['1990', 'year', 1990, 1990, '1990']]],
    ['a longer code', 'Case 1/24/04/2014 was heard in June 2015.', [['2014', 'year', 2014, 2014, '2014'], ['June 2015', 'month', 2015, 2015, '2015-06']]],
    ['spaces around the slashes', 'The ratio fell from 3 / 4 in 2014.', [['2014', 'year', 2014, 2014, '2014']]],
    ['a fraction before a year', 'About 1/2 of the members voted in 2014.', [['2014', 'year', 2014, 2014, '2014']]],
  ])('%s', (_, text, expected) => {
    expect(exactRows(text)).toEqual(expected);
  });
});

describe('temporal: numbers that are not dates', () => {
  it.each([
    ['a count range', 'Estimates varied from 40 to 100 groups.'],
    ['a number with a space as thousands separator', 'The federation had 20 000 members at its height.'],
    ['money', 'The budget was $4.3 billion that season.'],
    ['a sample size', 'The survey (N = 531) was small.'],
    ['a figure number', 'See Figure 2 for the regional totals.'],
    ['page numbers that look like years', 'The argument is made on pp. 1995–2002 of the volume.'],
    ['station call signs', 'Stations 8MK, 2XG and 9XM went on the air.'],
    ['a road number', 'Drive along Route 66 to the coast.'],
    ['a count with its noun', 'The press printed 2000 copies of each issue.'],
    ['a frequency', 'The station broadcast on 1110 kHz every night.'],
    ['"more than" a count', 'More than 1500 were injured in the clashes.'],
    ['a vote', 'The bill fell by a margin of 83–73 in the chamber.'],
    ['ages', 'Most of the activists were in their 20s and 30s.'],
    ['the writer\'s present', 'Today the union is weak; it is now small, currently divided and at the moment silent; nowadays few join.'],
    ['a leader named outside any frame', 'Xi Jinping visited the port with Hu Jintao.'],
    ['a possessive pronoun with no leader named', 'They left their mark on their period in office.'],
    ['a count with a thousands separator before its noun', 'The firm employed 1,500 workers at the mill.'],
    ['a count with a thousands separator after "in"', 'Courts ruled in 2,000 cases against the union.'],
    ['a page in a reference', 'See Smith, Labour History, page 1995.'],
    ['a law\'s number', 'The rule was set by Law No. 1998 of the republic.'],
    ['an article\'s number', 'Article 1998 of the code was repealed.'],
    ['an EU directive\'s number', 'The EU adopted Directive 2006/123/EC on services.'],
    ['a regulation\'s number, the chain passing along a slash', 'Regulation (EC) No 1049/2001 governs access to documents.'],
    ['ages in words joined by "and"', 'Most of the activists were in their twenties and thirties.'],
    ['an age as a part of a decade word', 'She was in her mid-sixties when she retired.'],
    ['"mid-century" with no date before it to anchor it', 'Mid-century politics were turbulent everywhere.'],
    ['"a year before" a noun', 'Two years before war broke out, wages fell.'],

  ])('%s', (_, text) => {
    expect(rows(text)).toEqual([]);
  });

  it('skips years inside citations, as the citations layer gives them', () => {
    const text = 'Groups spread quickly after the ban (Howell 2003) and again in 1995.';
    const doc = docOf(text, 'citations');
    const start = text.indexOf('(Howell');
    const citation: Citation = {
      id: 'c1', start, end: text.indexOf(')') + 1, text: '(Howell 2003)', sentenceId: 's1', authors: ['Howell'], year: '2003', pages: null, form: 'parenthetical', referenceId: null,
    };
    const without = rowsOf(rerun({ ...doc, layers: { ...doc.layers, citations: [] } }));
    const withCitation = rowsOf(rerun({ ...doc, layers: { ...doc.layers, citations: [citation] } }));
    expect(without.map((r) => r[0])).toEqual(['2003', '1995']);
    expect(withCitation.map((r) => r[0])).toEqual(['1995']);
  });
});

describe('temporal: a year before a count noun, when a word of time introduces it', () => {
  it.each<[string, string, Row[]]>([
    ['"In" at the start of the sentence: the noun is the subject', 'In 1976 workers at the port walked out.', [['1976', 'year', 1976, 1976, '1976']]],
    ['"By" at the start', 'By 1997 members of the guild had resigned.', [['By 1997', 'relative', 1997, 1997, '1997']]],
    ['"After" at the start (in the span, open from the year, as "since")', 'After 2011 students joined the occupation.', [['After 2011', 'range', 2011, null, '2011/..']]],
    ['"Before" at the start (in the span, up to the year, as "until")', 'Before 1911 soldiers served for three years.', [['Before 1911', 'range', null, 1911, '../1911']]],
    ['"In" + "people"', 'In 2004 people queued for hours to vote.', [['2004', 'year', 2004, 2004, '2004']]],
    ['"since" anywhere, open before the subject', 'The cooperative says that since 1952 women have run it.', [['since 1952', 'range', 1952, null, '1952/..']]],
    ['"From" at the start, open before the subject', 'From 1976 members paid their dues monthly.', [['From 1976', 'range', 1976, null, '1976/..']]],
    ['"since" a decade, open before the subject', 'Since the 1990s people have moved to the cities.', [['Since the 1990s', 'decade', 1990, null, '1990/..']]],
    ['"during"', 'During 1971 soldiers patrolled the border towns.', [['1971', 'year', 1971, 1971, '1971']]],
    ['"until"', 'Until 1986 workers could not form unions.', [['Until 1986', 'range', null, 1986, '../1986']]],
    ['a part of a year', 'In early 1983 workers occupied the mill.', [['early 1983', 'season-part', 1983, 1983, '1983-01/1983-04']]],
    ['a month', 'In March 1983 workers occupied the mill.', [['March 1983', 'month', 1983, 1983, '1983-03']]],
    ['"the winter of"', 'In the winter of 1983 workers occupied the mill.', [['the winter of 1983', 'season-part', 1983, 1983, '1983-24']]],
    ['"in" after a fronted phrase that opens the sentence', 'In Chile in 1983 workers occupied the copper mines.', [['1983', 'year', 1983, 1983, '1983']]],
    ['"in" after "and" opens a clause', 'The mill closed in 1982, and in 1983 workers occupied it.', [['1982', 'year', 1982, 1982, '1982'], ['1983', 'year', 1983, 1983, '1983']]],
    ['"in" after an adverb that opens a clause', 'Later in 1983 workers occupied the mill again.', [['1983', 'year', 1983, 1983, '1983']]],
    ['"in" after a fronted phrase that wink reads as an adverb', 'In the south in 1983 workers occupied the mills.', [['1983', 'year', 1983, 1983, '1983']]],
    ['a range of years whose first one "From" introduces', 'From 1993 to 2001 members paid no dues.', [['From 1993 to 2001', 'range', 1993, 2001, '1993/2001']]],
    ['"per" after "In" at the start', 'In 1990 per capita income rose again.', [['1990', 'year', 1990, 1990, '1990']]],
    ['the short end of a protected range', 'In 1989–90 students occupied the squares.', [['1989–90', 'range', 1989, 1990, '1989/1990']]],
    ['the short end of a protected range with a slash', 'In 2014/15 students marched against fees.', [['2014/15', 'range', 2014, 2015, '2014/2015']]],
  ])('%s', (_, text, expected) => {
    expect(exactRows(text)).toEqual(expected);
  });

  it.each<[string, string, Row[]]>([
    ['a count after a passive "by"', 'The appeal was signed by 1700 students.', []],
    ['round hundreds after "From" are an estimate', 'From 1200 to 1500 members joined each year.', []],
    ['one century, from its first year to the next\'s, stays a range of years', 'From 1800 to 1900 farmers moved to the cities.', [['From 1800 to 1900', 'range', 1800, 1900, '1800/1900']]],
    ['a count after "around"', 'Around 1800 people attended the rally.', []],
    ['a count after "of"', 'It became a union of 1600 workers.', []],
    ['the year of "the riots of 1992" before a plural verb', 'The riots of 1992 were decisive.', [['1992', 'year', 1992, 1992, '1992']]],
    ['a year before a verb a year may take', '1968 ended with the party in disarray.', [['1968', 'year', 1968, 1968, '1968']]],
    ['an adjective and a count noun after "In" at the start', 'In 1989 new members flooded the party.', [['1989', 'year', 1989, 1989, '1989']]],
    ['two years joined before a plural verb', 'The years 1968 and 1969 were turbulent.', [['1968', 'year', 1968, 1968, '1968'], ['1969', 'year', 1969, 1969, '1969']]],
    ['a currency, newly a count noun, after "In" at the start', 'In 1947 lire bought almost nothing.', [['1947', 'year', 1947, 1947, '1947']]],
    ['a year before a noun after a count verb', 'Production fell to 1913 levels in 1921.', [['1913', 'year', 1913, 1913, '1913'], ['1921', 'year', 1921, 1921, '1921']]],
    ['"the" and a round hundred before a count noun is a count', 'The 2000 delegates voted for the strike.', []],
    ['round hundreds after "From" stay an estimate whatever the noun', 'From 1500 to 1700 farmers cleared the forests.', []],
    ['round hundreds after "From" and a comma are years', 'From 1500 to 1700, farmers cleared the forests.', [['From 1500 to 1700', 'range', 1500, 1700, '1500/1700']]],
  ])('guard (these passed before): %s', (_, text, expected) => {
    expect(exactRows(text)).toEqual(expected);
  });
});

describe('temporal: counts and labels that look like years', () => {
  it.each<[string, string, Row[]]>([
    ['a number before a plural verb', 'Over 1700 were detained after the march.', []],
    ['a number before a plural verb at the start', '1300 are still missing.', []],
    ['the object of "had"', 'The federation had 1900 in 1961.', [['1961', 'year', 1961, 1961, '1961']]],
    ['the object of "employed"', 'The railway employed 1800 in 1923.', [['1923', 'year', 1923, 1923, '1923']]],
    ['the object of "numbered"', 'The party numbered 1700 by 1931.', [['by 1931', 'relative', 1931, 1931, '1931']]],
    ['the object of "killed"', 'The police killed 1100 in the crackdown.', []],
    ['"rose to" a number', 'Membership rose to 2000 in 1998.', [['1998', 'year', 1998, 1998, '1998']]],
    ['"There were" a number', 'There were 1300 in the hall.', []],
    ['"a crowd of" a number', 'A crowd of 2000 gathered outside the court.', []],
    ['"out of" a number', 'The motion won 1500 out of 2000.', []],
    ['a currency beyond the dollar', 'The mill paid them 1500 taka a month.', []],
    ['rupees', 'Teachers earned 1900 rupees a month in 1988.', [['1988', 'year', 1988, 1988, '1988']]],
    ['a rate without a currency', 'He was paid 1200 a year.', []],
    ['"-strong"', 'A 1500-strong crowd marched.', []],
    ['"-odd"', 'The congress drew 2000-odd delegates.', []],
    ['a law numbered within its year', 'Law 1650 of 2013 regulates strikes.', [['2013', 'year', 2013, 2013, '2013']]],
    ['a code with a leading zero', 'Call 0800/1234/5678 for details.', []],
    ['a count noun after "in" inside the clause', 'Strikes broke out in 1400 factories across the south.', []],
    ['a count noun after "in" after an adverb inside the clause', 'Strikes spread rapidly in 1400 factories.', []],
    ['a number before a verb whose subject lives', '1600 died in the floods.', []],
    ['a number before a verb after "and" that joins clauses', 'Troops fired on the crowd in 1956, and 1500 fled abroad.', [['1956', 'year', 1956, 1956, '1956']]],
    ['"well over" a number', 'Police estimated well over 1500 at the rally.', []],
    ['"About" a number before a plural verb', 'About 1500 were killed in the riots.', []],
    ['a number with a plus', 'The congress drew 2000+ delegates.', []],
    ['an adjective between the number and its count noun', 'The decade saw 1500 new factories open by 1970.', [['by 1970', 'relative', 1970, 1970, '1970']]],
    ['"hrs" after a time of day', 'The curfew began at 2100 hrs each night.', []],
    ['round hundreds that no range of years joins', 'Estimates of the crowd range from 1200 to 2000.', []],
    ['values at dates', 'Membership rose from 1300 in 1991 to 1700 in 1996.', [['1991', 'year', 1991, 1991, '1991'], ['1996', 'year', 1996, 1996, '1996']]],
    ['a value at a date ends a chain of counts', 'Membership rose from 1300 to 1700 in 1996.', [['1996', 'year', 1996, 1996, '1996']]],
  ])('%s', (_, text, expected) => {
    expect(exactRows(text)).toEqual(expected);
  });
});

/** The expression `expected[0]` of `text` has the kind, years and EDTF of `expected`, the cue `cue`, and slices back. */
function expectAnchored(text: string, expected: Row, cue: string): void {
  const doc = docOf(text, 'temporal');
  const t = doc.layers.temporal!.find((x) => x.text === expected[0])!;
  expect(t, `no '${expected[0]}' in ${JSON.stringify(rowsOf(doc))}`).toBeDefined();
  expect([t.text, t.kind, t.from, t.to, t.edtf]).toEqual(expected);
  expect(t.cues).toContain(cue);
  expectSliceMatches(doc.source.text, t, t.text);
}

describe('temporal: relative expressions take the nearest date before them', () => {
  it.each<[string, string, Row, string]>([
    ['"Until that point" → up to the anchor', 'The summit opened in 1995. Until that point, few groups existed.', ['Until that point', 'relative', null, 1995, '../1995'], 'anchor: 1995 (s1)'],
    ['"Over the next few years" → the three years after', 'Arrests began in 2015. Over the next few years, the leaders were detained.', ['Over the next few years', 'relative', 2016, 2018, '2016/2018'], 'anchor: 2015 (s1)'],
    ['"A decade later"', 'The first club opened in 1990. A decade later, there were hundreds.', ['A decade later', 'relative', 2000, 2000, '2000'], 'anchor: 1990 (s1)'],
    ['"the following year"', 'The republic was declared in 1948. Elections came the following year.', ['the following year', 'relative', 1949, 1949, '1949'], 'anchor: 1948 (s1)'],
    ['"A year prior"', 'The march was held on 1 May 1889. A year prior, a strike had failed.', ['A year prior', 'relative', 1888, 1888, '1888'], 'anchor: 1889 (s1)'],
    ['"Since then" → open from the anchor', 'Parliament rejected the bill in December 2013. Since then, the coalition has held.', ['Since then', 'relative', 2013, null, '2013/..'], 'anchor: 2013 (s1)'],
    ['"By now" in a past-tense narrative → the anchor', 'The country joined the trade body in 2001. By now the costs of reform were becoming evident.', ['By now', 'relative', 2001, 2001, '2001'], 'anchor: 2001 (s1)'],
    ['"the decades since" an event → open from it', 'The conference met in 1995. In the decades since this remarkable meeting, the groups multiplied.', ['the decades since this remarkable meeting', 'relative', 1995, null, '1995/..'], 'anchor: 1995 (s1)'],
    ['"the end of the decade" → the late part of the anchor\'s decade', 'Sideband radio appeared in the early 1930s. By the end of the decade, it was common.', ['By the end of the decade', 'relative', 1937, 1939, '1937/1939'], 'anchor: 1933 (s1)'],
    ['"the beginning of the millennium" → around the nearest boundary', 'Trade grew in 1996. At the beginning of the millennium it slowed.', ['the beginning of the millennium', 'decade', 2000, 2003, '2000/2003'], 'boundary 2000 from anchor: 1996 (s1)'],
    ['"the second quarter of the century"', 'The guild was chartered in 1820. The second quarter of the century brought riots.', ['The second quarter of the century', 'relative', 1825, 1849, '1825/1849'], 'anchor: 1820 (s1)'],
    ['"the last third of the century"', 'The guild was chartered in 1820. In the last third of the century it faded.', ['the last third of the century', 'relative', 1866, 1899, '1866/1899'], 'anchor: 1820 (s1)'],
    ['"the turn of the century"', 'Exports rose in 1897. At the turn of the century they collapsed.', ['the turn of the century', 'decade', 1897, 1903, '1897/1903'], 'boundary 1900 from anchor: 1897 (s1)'],
    ['a day without a year takes the anchor\'s year', 'Troops landed in October 1945. On 12 December the council was banned.', ['12 December', 'day', 1945, 1945, '1945-12-12'], 'year from anchor: 1945 (s1)'],
    ['"May of the following year"', 'The coup came in 1979. In May of the following year, students marched.', ['May of the following year', 'month', 1980, 1980, '1980-05'], 'year from anchor: 1979 +1 (s1)'],
    ['a relative after a relative chains', 'The club opened in 1990. A year later it split. The following year it closed.', ['The following year', 'relative', 1992, 1992, '1992'], 'anchor: 1991 (s2)'],
    ['"By mid-century" → the middle of the anchor\'s century', 'The party was founded in 1948. By mid-century it dominated the unions.', ['By mid-century', 'relative', 1930, 1970, '1930/1970'], 'anchor: 1948 (s1)'],
    ['"Mid-century" alone', 'In 1955 the union split. Mid-century politics were turbulent.', ['Mid-century', 'relative', 1930, 1970, '1930/1970'], 'anchor: 1955 (s1)'],
    ['"by the mid century"', 'The Act was passed in 1906. By the mid century, it was obsolete.', ['By the mid century', 'relative', 1930, 1970, '1930/1970'], 'anchor: 1906 (s1)'],
    ['"Later that decade" → the anchor\'s decade, "Later" in the span', 'The party grew after 1945. Later that decade, it split.', ['Later that decade', 'relative', 1940, 1949, '1940/1949'], 'anchor: 1945 (s1)'],
    ['"the same decade"', 'The party split in 1958. In the same decade, it merged again.', ['the same decade', 'relative', 1950, 1959, '1950/1959'], 'anchor: 1958 (s1)'],
    ['"In the years that followed" → the years after the anchor', 'The regime collapsed in 1989. In the years that followed, the economy recovered.', ['the years that followed', 'relative', 1990, 1992, '1990/1992'], 'anchor: 1989 (s1)'],
    ['"Within weeks" (no number) → the anchor\'s year', 'War broke out in July 1914. Within weeks the towns had formed relief committees.', ['Within weeks', 'relative', 1914, 1914, '1914'], 'anchor: 1914 (s1)'],
    ['"within days"', 'The strike began in 2011. Within days the police had arrested its leaders.', ['Within days', 'relative', 2011, 2011, '2011'], 'anchor: 2011 (s1)'],
    ['"that autumn" → the anchor\'s year', 'The campaign began in 1904. The banquets of that autumn were organised by lawyers.', ['that autumn', 'relative', 1904, 1904, '1904'], 'anchor: 1904 (s1)'],
    ['"that November" → the anchor\'s year', 'The editor was arrested in 1932 and sentenced that November.', ['that November', 'relative', 1932, 1932, '1932'], 'anchor: 1932 (s1)'],
    ['"the same month" → the anchor\'s year', 'The strike began in May 1921, and the same month the police raided the union offices.', ['the same month', 'relative', 1921, 1921, '1921'], 'anchor: 1921 (s1)'],
    ['"Within three years" → from the anchor to three years on', 'In 1936, the war began. Within three years, the republic had fallen.', ['Within three years', 'relative', 1936, 1939, '1936/1939'], 'anchor: 1936 (s1)'],
    ['"the dozen years that followed"', 'The new governor arrived in 1919. His rule lasted for the dozen years that followed.', ['the dozen years that followed', 'relative', 1920, 1931, '1920/1931'], 'anchor: 1919 (s1)'],
    ['"half a dozen years later"', 'The union split in 1919. Half a dozen years later it merged again.', ['Half a dozen years later', 'relative', 1925, 1925, '1925'], 'anchor: 1919 (s1)'],
    ['"From then on" → from the anchor, open', 'The mines were nationalised in 1969. From then on every wage claim was a claim on the treasury.', ['From then on', 'relative', 1969, null, '1969/..'], 'anchor: 1969 (s1)'],
    ['"from that point onwards"', 'The act passed in 1924, and from that point onwards the papers declined.', ['from that point onwards', 'relative', 1924, null, '1924/..'], 'anchor: 1924 (s1)'],
  ])('%s', (_, text, expected, cue) => {
    const doc = docOf(text, 'temporal');
    const t = doc.layers.temporal!.find((x) => x.text === expected[0])!;
    expect(t, `no '${expected[0]}' in ${JSON.stringify(rowsOf(doc))}`).toBeDefined();
    expect([t.text, t.kind, t.from, t.to, t.edtf]).toEqual(expected);
    expect(t.cues).toContain(cue);
  });

  it('"that March" opening a clause after a verb is no date', () => {
    expect(rows('In 1950 they agreed that March was too early.')).toEqual([['1950', 'year', 1950, 1950, '1950']]);
  });

  it('"By now" in the present tense is the writer\'s present, not an expression', () => {
    expect(rows('The party was founded in 1921. By now everyone knows the story.')).toEqual([['1921', 'year', 1921, 1921, '1921']]);
  });

  it('reads the table\'s years of an era one country names generically only in a text that names that country', () => {
    expect(rows('In China the reform era brought NGOs.')).toEqual([['the reform era', 'era', 1978, null, '1978/..']]);
    const doc = docOf('Ruritania had three periods: the quiet years, a time of conflict, and the reform era after them.', 'temporal');
    expect(rowsOf(doc)).toEqual([]);
    expect(doc.messages.map((m) => m.message)).toContain("'the reform era' left out: the table's 'reform-era' is China's, which the text never names");
  });

  it('reads a leader\'s surname the table gives one country only in a text that names that country (or the full name)', () => {
    expect(rows('In Uganda the press died under Amin.')).toEqual([['under Amin', 'era', 1971, 1979, '1971/1979']]);
    expect(rows('Idi Amin seized power. The press died under Amin.')).toEqual([['under Amin', 'era', 1971, 1979, '1971/1979']]);
    const amin = docOf('Unions were banned under Amin in Afghanistan.', 'temporal');
    expect(rowsOf(amin)).toEqual([]);
    expect(amin.messages.map((m) => m.message)).toContain("'under Amin' left out: the table's 'idi-amin' is Uganda's, which the text never names");
    const diaz = docOf('In Spain, railways spread under Díaz quickly.', 'temporal');
    expect(rowsOf(diaz)).toEqual([]);
    expect(diaz.messages.map((m) => m.message)).toContain("'under Díaz' left out: the table's 'porfirio-diaz' is Mexico's, which the text never names");
  });

  it.each([
    ['Pakistan named, Bangladesh not', 'In Pakistan the press was muzzled under Zia.', ['under Zia', 'era', 1977, 1988, '1977/1988']],
    ['Bangladesh named more often than Pakistan', 'Bangladesh had left Pakistan in 1971. In Bangladesh the army ruled under Zia, and Bangladesh’s parties waited.', ['under Zia', 'era', 1975, 1981, '1975/1981']],
    ['Pakistan named more often than Bangladesh', 'Pakistan lost Bangladesh in 1971. Pakistan’s unions were banned under Zia, and Pakistan’s students too.', ['under Zia', 'era', 1977, 1988, '1977/1988']],
  ])('a short name two leaders share is the one whose country the text names more (%s)', (_, text, expected) => {
    expect(rows(text)).toContainEqual(expected);
  });

  it.each([
    ['the one range of its sentence', 'Between 1990 and 1996, under President Levon Ter-Petrosyan, NGOs sat on councils.', ['under President Levon Ter-Petrosyan', 'era', 1990, 1996, '1990/1996']],
    ['a relative clause that gives the reign', 'Under King Fahd, who reigned from 1982 to 2005, no union was allowed.', ['Under King Fahd', 'era', 1982, 2005, '1982/2005']],
    ['its bracket', 'Under Governor Halvorsen (1911–1919) the harbour was rebuilt.', ['Under Governor Halvorsen', 'era', 1911, 1919, '1911/1919']],
    ['its own start', 'Under President Atambayev from 2011 the law changed.', ['Under President Atambayev from 2011', 'era', 2011, null, '2011/..']],
  ])('a titled ruler the era table does not know takes %s', (_, text, expected) => {
    expect(rows(text)).toContainEqual(expected);
  });

  it('a titled ruler the era table does not know takes the years another mention gives, before or after it, else is left out', () => {
    const fahd = [
      ['Under King Fahd', 'era', 1982, 2005, '1982/2005'],
      ['Under King Fahd', 'era', 1982, 2005, '1982/2005'],
    ];
    expect(rows('Under King Fahd (1982–2005) unions were banned. Under King Fahd the press was licensed.').filter((r) => r[1] === 'era')).toEqual(fahd);
    expect(rows('Under King Fahd the press was licensed. Under King Fahd (1982–2005) unions were banned.').filter((r) => r[1] === 'era')).toEqual(fahd);
    const doc = docOf('Under General Motors, output rose.', 'temporal');
    expect(rowsOf(doc)).toEqual([]);
    expect(doc.messages.map((m) => m.message)).toContain("'Under General Motors' left out: no years for 'motors' in the text or the era table");
  });

  it.each([
    ['an apposed title (not part of the expression) and the range of its sentence', 'Under Tomas Vell, governor from 1921 to 1930, the port grew.', [['Under Tomas Vell', 'era', 1921, 1930, '1921/1930'], ['from 1921 to 1930', 'range', 1921, 1930, '1921/1930']]],
    ['an apposed compound title', 'Under Arvo Lind, governor-general between 1905 and 1912, schools closed.', [['Under Arvo Lind', 'era', 1905, 1912, '1905/1912'], ['between 1905 and 1912', 'range', 1905, 1912, '1905/1912']]],
    ['a bracket', 'Under Tomas Vell (1921–1930) the port grew.', [['Under Tomas Vell', 'era', 1921, 1930, '1921/1930'], ['1921–1930', 'range', 1921, 1930, '1921/1930']]],
    [
      'the years the text gives that name later',
      'The port grew under Tomas Vell after 1925. Under Tomas Vell, governor from 1921 to 1930, it was rebuilt.',
      [['under Tomas Vell', 'era', 1921, 1930, '1921/1930'], ['after 1925', 'range', 1925, null, '1925/..'], ['Under Tomas Vell', 'era', 1921, 1930, '1921/1930'], ['from 1921 to 1930', 'range', 1921, 1930, '1921/1930']],
    ],
  ])('an untitled ruler the era table does not know is an era by %s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    ['a name the text never dates', 'Under Marx the theory grew in 1850.', [['1850', 'year', 1850, 1850, '1850']]],
    ['a name whose sentence has a range but no title', 'Under Section Four, between 1990 and 1995, the act applied.', [['between 1990 and 1995', 'range', 1990, 1995, '1990/1995']]],
    ['a possessive', "Under Tomas Vell's pressure the port grew. Under Tomas Vell (1921–1930) it was rebuilt.", [['Under Tomas Vell', 'era', 1921, 1930, '1921/1930'], ['1921–1930', 'range', 1921, 1930, '1921/1930']]],
  ])('an untitled name after "under" is no era, and no message, when it is %s', (_, text, expected) => {
    const doc = docOf(text, 'temporal');
    expect(rowsOf(doc)).toEqual(expected);
    expect(doc.messages.filter((m) => m.code === 'temporal/unresolved')).toEqual([]);
  });

  it('leaves out a relative expression with no date before it, with an info message', () => {
    const doc = docOf('Since then, nothing has changed in the valley.', 'temporal');
    expect(doc.layers.temporal).toEqual([]);
    expect(doc.messages.find((m) => m.code === 'temporal/unresolved')).toMatchObject({ severity: 'info', stage: 'temporal' });
  });

  it('does not anchor on a heading: headings sum up a section', () => {
    const doc = docOf('Workers organised in the ports long before the unions came.\n\nThe Long Decade (1960–1970)\n\nA year later the party split into three factions. It never recovered.', 'temporal');
    expect(rowsOf(doc)).toEqual([['1960–1970', 'range', 1960, 1970, '1960/1970']]);
  });
});

describe('temporal: counted months, weeks and days later, and "the following <month>", count from the anchor\'s month', () => {
  it.each<[string, string, Row, string]>([
    ['"three months later" after July', 'The strike began in July 1981. The court ordered their release three months later.', ['three months later', 'relative', 1981, 1981, '1981'], 'anchor: 1981 (s1)'],
    ['"six months later" after November crosses into the next year', 'The union was banned in November 1981. The police arrested its leaders six months later.', ['six months later', 'relative', 1982, 1982, '1982'], 'anchor: 1981 (s1)'],
    ['"four days later" after a day', 'The city rose on 5 May 1945, and the army entered it four days later.', ['four days later', 'relative', 1945, 1945, '1945'], 'anchor: 1945 (s1)'],
    ['"6 days later" in digits, after a passive', 'The president was shot on 26 October 1979, and his successor was usurped 6 days later.', ['6 days later', 'relative', 1979, 1979, '1979'], 'anchor: 1979 (s1)'],
    ['"eighteen months later" after a year alone', 'The party was founded in 1920. It organised its first congress eighteen months later.', ['eighteen months later', 'relative', 1921, 1921, '1921'], 'anchor: 1920 (s1)'],
    ['"the following August" after December', 'The state became a one-party state in December 1972, and the constitution was adopted the following August.', ['the following August', 'month', 1973, 1973, '1973-08'], 'year from anchor: 1972 +1 (s1)'],
    ['"the following August" after March', 'The strike began in March 1972, and the union was recognised the following August.', ['the following August', 'month', 1972, 1972, '1972-08'], 'year from anchor: 1972 (s1)'],
    ['"the previous December" before March', 'The board met in March 2005. It had been warned the previous December.', ['the previous December', 'month', 2004, 2004, '2004-12'], 'year from anchor: 2005 -1 (s1)'],
    ['"the previous March" before December', 'The board met in December 2005. It had been warned the previous March.', ['the previous March', 'month', 2005, 2005, '2005-03'], 'year from anchor: 2005 (s1)'],
    ['"the preceding December" before a year alone', 'The board met in 2005. It had been warned the preceding December.', ['the preceding December', 'month', 2004, 2004, '2004-12'], 'year from anchor: 2005 -1 (s1)'],
    ['"the next March" after a year alone', 'The assembly met in 1848. The next March, the clubs were closed.', ['The next March', 'month', 1849, 1849, '1849-03'], 'year from anchor: 1848 +1 (s1)'],
    ['"Two days later" opening its sentence, before a verb in the past tense', 'The strike began on 14 December 1970. Two days later the dockers downed tools.', ['Two days later', 'relative', 1970, 1970, '1970'], 'anchor: 1970 (s1)'],
    ['after an irregular past form', 'Riots broke out on 14 December 1970. Gomułka fell six days later, and Gierek took his place.', ['six days later', 'relative', 1970, 1970, '1970'], 'anchor: 1970 (s1)'],
    ['after an irregular past participle and its particle', 'Magufuli died on 17 March 2021, and Samia Suluhu Hassan, sworn in two days later, promised reform.', ['two days later', 'relative', 2021, 2021, '2021'], 'anchor: 2021 (s1)'],
    ['"three days earlier" than 2 January: the year before', 'The march took place on 2 January 1990. Its leaders had been detained three days earlier.', ['three days earlier', 'relative', 1989, 1989, '1989'], 'anchor: 1990 (s1)'],
    ['"three days earlier" than 20 January: the same year', 'The march took place on 20 January 1990. Its leaders had been detained three days earlier.', ['three days earlier', 'relative', 1990, 1990, '1990'], 'anchor: 1990 (s1)'],
    ['"two months earlier" than a year alone: that year', 'The congress met in 1921. The party had split two months earlier.', ['two months earlier', 'relative', 1921, 1921, '1921'], 'anchor: 1921 (s1)'],
    ['"Three months earlier" before the subject: "earlier" is no preposition', 'The law was passed in August 2013. Three months earlier the police had raided an office.', ['Three months earlier', 'relative', 2013, 2013, '2013'], 'anchor: 2013 (s1)'],
  ])('%s', (_, text, expected, cue) => {
    expectAnchored(text, expected, cue);
  });

  it.each([
    ['a present-tense verb before it: what keeps happening', 'The shelters opened in 2010. Families leave, only to face eviction again a few months later.'],
    ['no verb before it', 'The law passed in 1990. Three months later, elections.'],
    ['a present-tense verb after it, opening its sentence', 'The fair opens in June 2010. Two days later the stalls close.'],
    ['a present-tense verb before "earlier"', 'The rules took effect in 2010. Members register three days earlier than guests.'],
    ['"before" a noun phrase (an event, not the anchor)', 'The vote came in May 1990. The leaders had met two days before the vote.'],
  ])('is not read with %s', (_, text) => {
    expect(docOf(text, 'temporal').layers.temporal!.map((t) => t.text)).not.toContainEqual(expect.stringMatching(/later|earlier|before/));
  });
});

describe('temporal: anchored relatives without a number, in months, weeks and days, take the anchor\'s year', () => {
  it.each<[string, string, Row, string]>([
    ['"later that month" after a day', 'The regime fell on 9 March 1931, and a decree issued later that month freed the prisoners.', ['later that month', 'relative', 1931, 1931, '1931'], 'anchor: 1931 (s1)'],
    ['"Earlier that week" in the next sentence', 'Troops entered the capital in August 1968. Earlier that week, the council had resigned.', ['Earlier that week', 'relative', 1968, 1968, '1968'], 'anchor: 1968 (s1)'],
    ['"that same month"', 'The mills closed in June 1877. That same month, riots broke out in the port.', ['That same month', 'relative', 1877, 1877, '1877'], 'anchor: 1877 (s1)'],
    ['"Later that year" keeps "Later" as "Later that decade" does', 'The assembly met in 1789. Later that year, the clubs multiplied.', ['Later that year', 'relative', 1789, 1789, '1789'], 'anchor: 1789 (s1)'],
    ['"the following months"', 'The dictator died in 1956, and dozens of journals appeared in the following months.', ['the following months', 'relative', 1956, 1956, '1956'], 'anchor: 1956 (s1)'],
    ['"over the next few weeks"', 'The strike began in May 1902. Over the next few weeks, it spread to the mines.', ['Over the next few weeks', 'relative', 1902, 1902, '1902'], 'anchor: 1902 (s1)'],
    ['"the next day"', 'The congress opened on 2 July 1921. The next day, the delegates walked out.', ['The next day', 'relative', 1921, 1921, '1921'], 'anchor: 1921 (s1)'],
    ['"the weeks that followed"', 'The general seized power in July 1936, and many mayors were shot in the weeks that followed.', ['the weeks that followed', 'relative', 1936, 1936, '1936'], 'anchor: 1936 (s1)'],
    ['"the months which followed"', 'The treaty was signed in 1648. In the months which followed, the armies went home.', ['the months which followed', 'relative', 1648, 1648, '1648'], 'anchor: 1648 (s1)'],
    ['"the following half-century" → the fifty years after', 'The guilds were abolished in 1791, and for most of the following half-century no union was legal.', ['the following half-century', 'relative', 1792, 1841, '1792/1841'], 'anchor: 1791 (s1)'],
    ['"the next half century"', 'The colony was founded in 1788. The next half century saw the wool trade grow.', ['The next half century', 'relative', 1789, 1838, '1789/1838'], 'anchor: 1788 (s1)'],
    // Twelfth session: steps of a story in days and weeks, and parts of a day.
    ['"Days later" opening a sentence before a past verb', 'The police seized the editor on 9 March 2015. Days later his lawyers filed a petition.', ['Days later', 'relative', 2015, 2015, '2015'], 'anchor: 2015 (s1)'],
    ['"Weeks later" after a past verb', 'The army took the capital in May 1926, and the old parties dissolved themselves weeks later.', ['weeks later', 'relative', 1926, 1926, '1926'], 'anchor: 1926 (s1)'],
    ['"Within two weeks" as a step of the story', 'The junta took power in September 1988. Within two weeks the junta issued a decree on associations.', ['Within two weeks', 'relative', 1988, 1988, '1988'], 'anchor: 1988 (s1)'],
    ['"Within days of the referendum": the event in the span', 'The referendum was held in February 2000. Within days of the referendum, the police raided the offices of the union.', ['Within days of the referendum', 'relative', 2000, 2000, '2000'], 'anchor: 2000 (s1)'],
    ['"A week after the storm" counts from the anchor\'s day', 'The cyclone struck on 2 May 2008. A week after the storm, volunteers reached the delta.', ['A week after the storm', 'relative', 2008, 2008, '2008'], 'anchor: 2008 (s1)'],
    ['"two years after the coup"', 'The generals seized power in 1973. Two years after the coup, the unions were dissolved.', ['Two years after the coup', 'relative', 1975, 1975, '1975'], 'anchor: 1973 (s1)'],
    ['"that morning"', 'The soldiers took the radio station on the morning of 1 February 2021. The strikes began that morning.', ['that morning', 'relative', 2021, 2021, '2021'], 'anchor: 2021 (s1)'],
    ['"that day"', 'The president fled on 14 January 2011. A new period began that day.', ['that day', 'relative', 2011, 2011, '2011'], 'anchor: 2011 (s1)'],
    ['"the next morning" after "and"', 'On 7 July 1962 soldiers fired on the students, and the next morning the army blew up their union building.', ['the next morning', 'relative', 1962, 1962, '1962'], 'anchor: 1962 (s1)'],
    // Twenty-second session, from the blind fullgold-38.
    ['a participle after "was" is a past step ("was found weeks later")', 'The lawyer vanished in August 2000, and his body was found weeks later.', ['weeks later', 'relative', 2000, 2000, '2000'], 'anchor: 2000 (s1)'],
    ['"weeks before" at the end of a past clause', 'The three men were arrested in June 1964. The police had passed their names to the sheriff weeks before.', ['weeks before', 'relative', 1964, 1964, '1964'], 'anchor: 1964 (s1)'],
    ['"for nine more years" goes on from its anchor ("shut" tells no tense; "kept" does)', 'In 1989 a judge ordered the files opened, but appeals kept the boxes shut for nine more years.', ['for nine more years', 'relative', 1989, 1998, '1989/1998'], 'anchor: 1989 (s1)'],
    ['"for another decade"', 'Only in 2002 did a jury convict the two officers, and both stayed free on appeal for another decade.', ['for another decade', 'relative', 2002, 2012, '2002/2012'], 'anchor: 2002 (s1)'],
  ])('%s', (_, text, expected, cue) => {
    expectAnchored(text, expected, cue);
  });

  it.each<[string, string]>([
    ['a counted span in days of a rule, not a story ("within two weeks of applying")', 'The law was passed in 2009. Anyone can register within two weeks of applying.'],
    ['"within a few months": months may cross into the next year, so not read', 'The union was founded in August 1980. Within a few months it had ten million members.'],
    ['"a year after the revolution of 1917": the year is read itself, not counted', 'The party was founded in 1903. A year after the revolution of 1917 the factories closed.'],
    ['"that night\'s meeting": a possessive day part names a thing', 'The strike began in June 1956. That night\'s meeting was long.'],
    ['"weeks before the election": the event is what it is before', 'The union was banned in June 1964. The police had warned its leaders weeks before the election.'],
    ['"for nine more years" in the future', 'The archive opened in 2016. It will keep some boxes shut for nine more years.'],
  ])('guard: %s', (_, text) => {
    expect(rows(text).filter((r) => r[1] === 'relative')).toEqual([]);
  });

  it('a counted short span in a habitual or procedural sentence is not read ("a few months later", "within a week")', () => {
    const text = 'The clinic opened in 2006. Patients were often discharged, only to return a few months later. Today anyone can enrol online within a week.';
    expect(rows(text)).toEqual([['2006', 'year', 2006, 2006, '2006']]);
  });

  it('"the following months" with no date before it is left out', () => {
    expect(rows('In the following months, the clubs were closed.')).toEqual([]);
    // A season word before a noun is no time: 'that spring water'.
    expect(rows('In 1920 they drank that spring water.').map((r) => r[0])).toEqual(['1920']);
  });
});

describe('temporal: "from" after a word of office opens the tenure', () => {
  it.each<[string, string, Row[]]>([
    ['an appositive "prime minister from"', 'Dorn, prime minister from 1932, closed the opposition papers.', [['from 1932', 'range', 1932, null, '1932/..']]],
    ['"governor from"', 'As governor from 1867 he built the harbour.', [['from 1867', 'range', 1867, null, '1867/..']]],
    ['"in office from"', 'The mayor, in office from 1954, opposed the plan.', [['from 1954', 'range', 1954, null, '1954/..']]],
    ['a source after another noun stays a year', 'A report from 1924 describes the camps.', [['1924', 'year', 1924, 1924, '1924']]],
    ['"from" after a noun that is no source opens a span', 'War with France from 1793 emptied the treasury.', [['from 1793', 'range', 1793, null, '1793/..']]],
    ['"from" after a place opens a span', 'The paper was printed in Vienna from 1848 and banned in 1850.', [['from 1848', 'range', 1848, null, '1848/..'], ['1850', 'year', 1850, 1850, '1850']]],
    ['"from" after the body that ran it opens a span', 'The port was run by the Harbour Commission from 1978.', [['from 1978', 'range', 1978, null, '1978/..']]],
    ['a document after "from" stays a year', 'Photographs from 1930 show the hall.', [['1930', 'year', 1930, 1930, '1930']]],
    ['a verb of origin before "from" keeps a year', 'The oldest letter that survives dates from 1830.', [['1830', 'year', 1830, 1830, '1830']]],
    ['"from … to …" after an office word stays one range', 'Vela, president from 1911 to 1915, ruled by decree.', [['from 1911 to 1915', 'range', 1911, 1915, '1911/1915']]],
  ])('%s', (_, text, expected) => {
    expect(exactRows(text)).toEqual(expected);
  });
});

describe('temporal: the writer\'s present', () => {
  const withPresent = (text: string, year: number | null): Doc => {
    const doc = docOf(text, 'citations');
    return rerun({ ...doc, layers: { ...doc.layers, metadata: { title: null, authors: [], year } } });
  };

  it.each<[string, string, Row]>([
    ['"The last two decades"', 'The last two decades have seen many new laws.', ['The last two decades', 'relative', 2000, 2020, '2000/2020']],
    ['"over the past few decades"', 'Advocacy changed over the past few decades in the south.', ['over the past few decades', 'relative', 1990, 2020, '1990/2020']],
    ['"over the last 20 years"', 'Given events over the last 20 years, the model fails.', ['over the last 20 years', 'relative', 2000, 2020, '2000/2020']],
    ['"two decades ago"', 'The survey began two decades ago in the capital.', ['two decades ago', 'relative', 2000, 2000, '2000']],
  ])('%s counts back from the year of writing in the metadata', (_, text, expected) => {
    const doc = withPresent(text, 2020);
    expect(rowsOf(doc)).toEqual([expected]);
    expect(doc.layers.temporal![0].cues).toContain('present: 2020 (metadata)');
  });

  it('without a year of writing, counts back from the latest year in the text and leaves the end open', () => {
    const doc = withPresent('The law passed in 2018. The last two decades saw many such laws.', null);
    expect(rowsOf(doc)[1]).toEqual(['The last two decades', 'relative', 1998, null, '1998/..']);
    expect(doc.layers.temporal![1].cues).toContain('present unknown; latest year 2018 (s1)');
  });

  it('"the past decades" without a number covers the text\'s own span', () => {
    const doc = withPresent('Groups formed in 1995 and many grew by 2010. Few survive of those that operated in the past decades.', null);
    expect(rowsOf(doc).at(-1)).toEqual(['the past decades', 'relative', 1995, null, '1995/..']);
  });
});

describe('temporal: eras', () => {
  it.each<[string, string, Row]>([
    ['a world era', 'Trade stalled during the Cold War in the region.', ['the Cold War', 'era', 1947, 1991, '1947/1991']],
    ['an era as a hyphenated modifier', 'The label has Cold War-era overtones.', ['Cold War-era', 'era', 1947, 1991, '1947/1991']],
    ['a war', 'Broadcasting was banned during World War II in most countries.', ['World War II', 'era', 1939, 1945, '1939/1945']],
    ['the Great Depression', 'Record sales fell in the Great Depression sharply.', ['the Great Depression', 'era', 1929, 1939, '1929/1939']],
    ['the interwar period', 'Unions were legal in the interwar period only.', ['the interwar period', 'era', 1918, 1939, '1918/1939']],
    ['a revolution', 'Many volunteers fought in the Spanish Revolution abroad.', ['the Spanish Revolution', 'era', 1936, 1939, '1936/1939']],
    ['an open era', 'Labour law in China changed in the reform era repeatedly.', ['the reform era', 'era', 1978, null, '1978/..']],
    ['a leader\'s era', 'Independent unions vanished in the Mao era entirely.', ['the Mao era', 'era', 1949, 1976, '1949/1976']],
    ['a Kenyan president\'s years, by surname in a frame', 'Editors were jailed under Moi repeatedly.', ['under Moi', 'era', 1978, 2002, '1978/2002']],
    ['an Egyptian president\'s era', 'Labour law hardened in the Mubarak era slowly.', ['the Mubarak era', 'era', 1981, 2011, '1981/2011']],
    ['a Latin American president\'s years', 'Unions lost members during the Menem years quickly.', ['the Menem years', 'era', 1989, 1999, '1989/1999']],
    ['an Eastern European leader by full name', 'Censorship eased under János Kádár gradually.', ['under János Kádár', 'era', 1956, 1988, '1956/1988']],
    ['"post-" an event: open from its end', 'Post-Tiananmen politics were cautious.', ['Post-Tiananmen', 'era', 1989, null, '1989/..']],
    ['a leadership team', 'Relations were mixed during the Hu–Wen period overall.', ['the Hu–Wen period', 'era', 2002, 2012, '2002/2012']],
    ['"under" a leader', 'Funding was cut under Xi Jinping in many provinces.', ['under Xi Jinping', 'era', 2012, null, '2012/..']],
    ['a surname in a frame', 'The Xi period brought new controls.', ['The Xi period', 'era', 2012, null, '2012/..']],
    ['"the current period under" a leader', 'The essay ends with the current period under President Xi Jinping as its subject.', ['the current period under President Xi Jinping', 'era', 2012, null, '2012/..']],
    ['a leader\'s possessive', 'Dissent was crushed during Stalin\'s rule harshly.', ['Stalin\'s rule', 'era', 1924, 1953, '1924/1953']],
    // Beyond China and the world wars: the table's other leaders and periods.
    ['an administration', 'The Clinton administration did little for unions.', ['The Clinton administration', 'era', 1993, 2001, '1993/2001']],
    ['an American period', 'Troops broke strikes in the Gilded Age often.', ['the Gilded Age', 'era', 1870, 1900, '1870/1900']],
    ['a German period', 'Works councils date from the Weimar Republic itself.', ['the Weimar Republic', 'era', 1918, 1933, '1918/1933']],
    ['a Spanish dictator with an accent-free short name', 'Unions were banned under Franco for decades.', ['under Franco', 'era', 1939, 1975, '1939/1975']],
    ['a name with letters beyond Latin-1', 'Unions lost ground under Recep Tayyip Erdoğan in those years.', ['under Recep Tayyip Erdoğan', 'era', 2003, null, '2003/..']],
    ['"between the wars"', 'Unions were weak between the wars in most of Europe.', ['between the wars', 'era', 1918, 1939, '1918/1939']],
    ['"post-war" with no war named: after the Second World War', 'The post-war decades saw rapid growth.', ['The post-war decades', 'era', 1945, null, '1945/..']],
    ['"postwar" in one word', 'Postwar reconstruction was rapid in the west.', ['Postwar', 'era', 1945, null, '1945/..']],
    ['"the war years" with no war named', 'Rationing continued through the war years everywhere.', ['the war years', 'era', 1939, 1945, '1939/1945']],
    ['an event known by a date', 'Civil liberties narrowed after 9/11 in many countries.', ['9/11', 'era', 2001, 2001, '2001']],
    ['"post-" an event known by a date', 'Post-9/11 security laws curtailed civil liberties.', ['Post-9/11', 'era', 2001, null, '2001/..']],
    ['"the fin de siècle"', 'Vienna at the fin de siècle was a city of contrasts.', ['the fin de siècle', 'era', 1880, 1900, '1880/1900']],
    ['"fin-de-siècle" as a modifier', 'Fin-de-siècle Vienna was a centre of modernism.', ['Fin-de-siècle', 'era', 1880, 1900, '1880/1900']],
    // A part word before an era keeps it in the span and takes that share of the era's years.
    ['"the late" + a dynasty\'s short name: its last 30%', 'Merchant guilds ran the ports in the late Qing as before.', ['the late Qing', 'era', 1832, 1912, '1832/1912']],
    ['"the early" + a named period', 'Newspapers multiplied in the early Meiji era quickly.', ['the early Meiji era', 'era', 1868, 1881, '1868/1881']],
    ['"the late" + a world era', 'Pen clubs thrived in the late Cold War across the bloc.', ['the late Cold War', 'era', 1978, 1991, '1978/1991']],
    ['"the late" + a leader\'s era', 'Clubs reopened in the late Mao era in a few cities.', ['the late Mao era', 'era', 1968, 1976, '1968/1976']],
    ['an open era keeps its whole span', 'Funding was cut in the early Xi era widely.', ['the early Xi era', 'era', 2012, null, '2012/..']],
    // Leaders and named eras beyond the first regions (eras.json, general knowledge).
    ['a Zambian president by surname in a frame', 'Mine unions were co-opted under Kaunda in Zambia.', ['under Kaunda', 'era', 1964, 1991, '1964/1991']],
    ['a colonial governor-general\'s years, both terms', 'The Saitō years brought a cultural policy to Korea.', ['The Saitō years', 'era', 1919, 1931, '1919/1931']],
    ['a named Ottoman era', 'Censorship tightened in the Hamidian era across the empire.', ['the Hamidian era', 'era', 1876, 1909, '1876/1909']],
    ['a sultan with his regnal number', 'Under Abdul Hamid II the press was censored.', ['Under Abdul Hamid II', 'era', 1876, 1909, '1876/1909']],
    ['a sultan with his title', 'Strikes spread under Sultan Mahmud II.', ['under Sultan Mahmud II', 'era', 1808, 1839, '1808/1839']],
    ['a shared surname in a text that names the country', 'In Mexico railways spread under Díaz quickly.', ['under Díaz', 'era', 1876, 1911, '1876/1911']],
    ['a full name that starts with another leader\'s short name', 'Protest grew under Díaz Ordaz in Mexico.', ['under Díaz Ordaz', 'era', 1964, 1970, '1964/1970']],
    ['a Portuguese dictator', 'Censorship in Portugal was strict under Salazar for decades.', ['under Salazar', 'era', 1932, 1968, '1932/1968']],
    ['India\'s Emergency in a text that names Indira Gandhi', 'Indira Gandhi declared it; during the Emergency the press was censored.', ['the Emergency', 'era', 1975, 1977, '1975/1977']],
    ['a Latin American regime\'s name', 'Unions were repressed during the Stronato in Paraguay.', ['the Stronato', 'era', 1954, 1989, '1954/1989']],
    ['a regime by its short name after "under the"', 'Unions were controlled under the New Order in Indonesia.', ['under the New Order', 'era', 1966, 1998, '1966/1998']],
    ['an adjective of a ruler\'s name', 'The Wilhelmine era saw naval expansion.', ['The Wilhelmine era', 'era', 1888, 1918, '1888/1918']],
    ['a Japanese prime minister across two terms', 'During the Yoshida years Japan rearmed slowly.', ['the Yoshida years', 'era', 1946, 1954, '1946/1954']],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual([expected]);
  });

  it('takes the years the text gives an era before the table\'s, and remembers them', () => {
    const doc = docOf('Controls tightened under the new leadership of Xi Jinping from 2013. The Xi period saw more arrests.', 'temporal');
    expect(rowsOf(doc)).toEqual([
      ['under the new leadership of Xi Jinping from 2013', 'era', 2013, null, '2013/..'],
      ['The Xi period', 'era', 2013, null, '2013/..'],
    ]);
    expect(doc.layers.temporal![1].cues).toContain('era: xi-jinping (text s1)');
  });

  it.each<[string, string, Row, string]>([
    ['"post-war" after the Korean War', 'The Korean War ended in 1953. The post-war decades brought rapid growth.', ['The post-war decades', 'era', 1953, null, '1953/..'], 'war → korean-war (s1)'],
    ['"pre-war" before the First World War', 'The First World War broke out in 1914. In the pre-war years, unions had grown.', ['the pre-war years', 'era', null, 1914, '../1914'], 'war → world-war-1 (s1)'],
    ['"the war years" after the Spanish Civil War', 'The Spanish Civil War divided the unions. In the war years, the CNT ran the factories.', ['the war years', 'era', 1936, 1939, '1936/1939'], 'war → spanish-civil-war (s1)'],
  ])('a war without a name is the war named last before it: %s', (_, text, expected, cue) => {
    const doc = docOf(text, 'temporal');
    const t = doc.layers.temporal!.find((x) => x.text === expected[0])!;
    expect(t, `no '${expected[0]}' in ${JSON.stringify(rowsOf(doc))}`).toBeDefined();
    expect([t.text, t.kind, t.from, t.to, t.edtf]).toEqual(expected);
    expect(t.cues).toContain(cue);
  });

  it('takes bracketed years after an era as the text\'s own', () => {
    const doc = docOf('Collectives spread in the Mao era (1950–75) and later shrank.', 'temporal');
    expect(rowsOf(doc)[0]).toEqual(['the Mao era', 'era', 1950, 1975, '1950/1975']);
  });

  it('"their period in office" takes the team named just before', () => {
    const doc = docOf('In 2002 Hu Jintao became General Secretary and Wen Jiabao became Premier. Like all leaders, they left their mark on their period in office.', 'temporal');
    const t = doc.layers.temporal!.find((x) => x.text === 'their period in office')!;
    expect([t.kind, t.from, t.to, t.edtf]).toEqual(['era', 2002, 2012, '2002/2012']);
    expect(t.cues).toContain('their → hu-wen (s1)');
  });
});

describe('temporal: offsets on the corpus texts', () => {
  it.each(corpusNames())('%s: every expression slices back to the original, in order, with a valid value', (name) => {
    const original = corpusText(name);
    const doc = docOf(original, 'temporal', name);
    const found = doc.layers.temporal!;
    expect(found.length).toBeGreaterThan(0);
    const sentences = new Map(doc.layers.sentences!.map((s) => [s.id, s]));
    const sections = new Set(doc.layers.sections!.map((s) => s.id));
    found.forEach((t, i) => {
      expectSliceMatches(original, t, t.text, `${name} ${t.id}`);
      const slice = original.slice(t.start, t.end);
      if (!slice.includes('\n')) expect(slice, `${name} ${t.id}`).toBe(t.text);
      expect(t.id).toBe(`t${i + 1}`);
      if (i > 0) expect(t.start).toBeGreaterThanOrEqual(found[i - 1].start);
      expect(TEMPORAL_KINDS).toContain(t.kind);
      expect(sections.has(t.sectionId), t.sectionId).toBe(true);
      if (t.sentenceId !== null) expect(sentences.get(t.sentenceId)?.sectionId, t.sentenceId).toBe(t.sectionId);
      expect(t.edtf.length).toBeGreaterThan(0);
      if (t.from !== null && t.to !== null) expect(t.from).toBeLessThanOrEqual(t.to);
      expect(t.cues.length).toBeGreaterThan(0);
    });
  });

  it('finds the seed essay\'s gold dates (F1 and value accuracy at least 0.95)', () => {
    const name = 'labour-ngos-in-china';
    const gold: { text: string; from: number | null; to: number | null }[] = JSON.parse(readFileSync(join(GOLD_DIR, `${name}.gold.json`), 'utf8')).dates;
    const norm = (s: string): string => s.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
    const found = docOf(corpusText(name), 'temporal', name).layers.temporal!.map((t) => ({ ...t, used: false }));
    let matched = 0;
    let exact = 0;
    for (const g of gold) {
      const t = found.find((x) => !x.used && norm(x.text) === norm(g.text));
      if (!t) continue;
      t.used = true;
      matched++;
      if (t.from === g.from && t.to === g.to) exact++;
    }
    const precision = matched / found.length;
    const recall = matched / gold.length;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95);
    expect(exact / matched).toBeGreaterThanOrEqual(0.95);
  });
});

describe('temporal: the grammar and its data', () => {
  it('cuts text exactly as its reference regular expression does', () => {
    for (const name of corpusNames()) {
      const text = `${corpusText(name)} '90s 1,473,000.5 12,3456 x’s U.S. 8MK ‘1995’ 𝔸bc`;
      const expected = [...text.matchAll(PIECE)].map((m) => [m.index, m.index + m[0].length]);
      const got: number[][] = [];
      cut(text, (s, e) => got.push([s, e]));
      expect(got, name).toEqual(expected);
    }
  });

  it.each<[string, string, string, string]>([
    ['words glued to the stretch', 'ab', 'Xi’s rule from 1995–2002', 'cd'],
    ['a grouped number cut short by the stretch', '', 'paid 1,473', ',000.5 in all'],
    ['a decade cut short by the stretch', 'in the ', "'90", 's it grew'],
    ['an astral letter split by the stretch', 'x', 'ab\u{1D538}'.slice(0, 3), '\u{1D538}'.slice(1) + 'c'],
    ['non-ASCII spaces and dashes', '—', 'A\u00a0B\u2009C – D', '—'],
  ])('cuts a stretch of a longer text exactly as that stretch on its own: %s', (_, before, stretch, after) => {
    const text = before + stretch + after;
    const words = (temporalStage().resources as TemporalResources).grammar.words;
    const inPlace = new Tokens();
    scan(text, before.length, before.length + stretch.length, 100 - before.length, words, inPlace);
    const alone = lex(stretch, 100, words);
    const view = (t: Tokens): unknown[] => Array.from({ length: t.count }, (_, k) => [t.cleanStart(k), t.cleanEnd(k), t.norm(k), t.flags[k], t.wid[k]]);
    expect(view(inPlace)).toEqual(view(alone));
  });

  it.each<[string, string, string[]]>([
    ['a count before its noun', 'They printed 2000 copies in 1995.', ['2000']],
    ['a label after its noun', 'See Figure 2 and table 3 for 1995.', ['2', '3']],
    ['a two-word guard', 'More than 1500 were hurt in 1995.', ['1500']],
    ['a glued sign', 'It cost $4 in 1995.', ['4']],
    ['a chain of counts', 'From 1200 to 1500 members joined in 1995.', ['1200', '1500']],
    ['no quantity at all', 'Founded in 1995 and closed in 2002.', []],
    ['a year that opens the sentence before a count noun', 'In 1980 workers struck.', []],
    ['a count after "in" inside the clause', 'Strikes spread in 1500 factories.', ['1500']],
    ['a number before a plural verb', 'Over 1500 were hurt.', ['1500']],
  ])('marks the numbers that count or label things, not years: %s', (_, text, expected) => {
    const { grammar, guard } = temporalStage().resources as TemporalResources;
    // With the grammar's words (as the stage cuts) and without (every token's form worked out): the same marks.
    for (const toks of [lex(text, 0, grammar.words), lex(text, 0)]) {
      markQuantities(toks, guard);
      const marked = Array.from({ length: toks.count }, (_, k) => k).filter((k) => toks.quantity(k)).map((k) => toks.norm(k));
      expect(marked).toEqual(expected);
    }
  });

  // The trigger test reads a stretch by hand; it must answer as the expression of the same words
  // (ASCII words between word boundaries of the non-Unicode kind, case-insensitive, an apostrophe
  // matching ' or ’; others anywhere) that it replaced.
  it.each<[string, string, boolean]>([
    ['a word between boundaries', 'after the war ended', true],
    ['a word inside a longer word', 'the warring states', false],
    ['a word glued to an underscore (one run of word characters)', 'the war_time economy', false],
    ['a word in capitals', 'AFTER THE WAR', true],
    ['a letter beyond ASCII ends an ASCII word', 'the waré', true],
    ['a word of two segments, with a curly apostrophe', 'the Ch’ing court', true],
    ['a word of two segments, with a left quote (no apostrophe to the expression)', 'the Ch‘ing court', false],
    ['a word of two segments, the second one longer', "the ch'ings", false],
    ['a word with a space, left to the expression', 'in the long run', true],
    ['a word beyond ASCII, in any case', 'PERÓN returned', true],
    ['a word beyond ASCII, inside a longer word', 'the peronist party', false],
    ['the Kelvin sign (a k only to a Unicode expression)', '\u212Aing Lear', false],
    ['a digit', 'chapter 5', true],
    ['none of them', 'a quiet day', false],
  ])('tests a stretch for its trigger words as a regular expression would: %s', (_, text, expected) => {
    const words = ['war', "ch'ing", 'long run', 'perón', 'king', '1911'];
    const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/'/g, "['’]");
    const ascii = words.filter((w) => /^[a-z0-9' -]+$/.test(w)).map(escape);
    const other = words.filter((w) => !/^[a-z0-9' -]+$/.test(w)).map(escape);
    const expression = new RegExp([`\\b(?:${ascii.join('|')})\\b`, ...other].join('|'), 'i');
    expect(/\d/.test(text) || expression.test(text)).toBe(expected);
    expect(TriggerTest.ofWords(words).test(text)).toBe(expected);
  });

  it('never skips a sentence that holds a match (the derived trigger words are sound)', () => {
    const { resources } = temporalStage() as { resources: TemporalResources };
    for (const name of corpusNames()) {
      const doc = docOf(corpusText(name), 'sentences', name);
      for (const s of doc.layers.sentences!) {
        if (resources.grammar.mayMatch(s.text)) continue;
        const items = resources.grammar.parse(lex(s.text, s.cleanStart)) ?? [];
        expect(items.map(atomOf).filter((a) => a !== undefined).map((a) => a.rule), `${name} ${s.id}: ${s.text}`).toEqual([]);
      }
    }
  });

  it.each<[string, (d: TemporalData) => void, RegExp]>([
    ['an unknown builder', (d) => d.rules.push({ id: 'bad', level: 1, pattern: 'y=<year>', build: 'nope' }), /rule 'bad': unknown builder 'nope'/],
    ['an unknown class', (d) => d.rules.push({ id: 'bad', level: 1, pattern: 'y=<yaer>', build: 'year' }), /rule 'bad': unknown class <yaer>/],
    ['a class written as a literal', (d) => d.rules.push({ id: 'bad', level: 3, pattern: 'x=@year <dash>|to <openEnd>', build: 'open' }), /rule 'bad': '<dash>\|to' is neither/],
    ['a look-behind of two elements', (d) => d.rules.push({ id: 'bad', level: 1, pattern: 'y=<year>', build: 'year', after: 'in the' }), /rule 'bad': a look-behind is one element/],
  ])('refuses data with %s, naming the rule', (_, spoil, message) => {
    const { data, eras } = loadData();
    spoil(data);
    expect(() => compileTemporal(data, eras)).toThrow(message);
  });

  it('refuses an era table with an unknown team member', () => {
    const { data, eras } = loadData();
    eras.eras.push({ id: 'x-y', type: 'leader', names: ['X–Y'], short: [], members: ['x', 'y'], from: 2000, to: 2001 });
    expect(() => compileTemporal(data, eras)).toThrow(/era 'x-y' names unknown member 'x'/);
  });

  it('refuses an era table whose generic era points to an unknown era', () => {
    const { data, eras } = loadData();
    eras.eras.find((e) => e.id === 'war')!.latestOf!.push('war-of-the-worlds');
    expect(() => compileTemporal(data, eras)).toThrow(/era 'war' names unknown era 'war-of-the-worlds' in latestOf/);
  });
});

describe('temporal: world eras a historian names without their years (eras.json)', () => {
  it.each<[string, string, Row[]]>([
    ['a Chinese dynasty', 'Printing spread under the Tang dynasty across the empire.', [['the Tang dynasty', 'era', 618, 907, '0618/0907']]],
    ['a dynasty before the common era', 'Bureaucracy took shape in the Han dynasty itself.', [['the Han dynasty', 'era', -205, 220, '-0205/0220']]],
    ['a dynasty by its short name in a frame', 'Paper money circulated in the Song period widely.', [['the Song period', 'era', 960, 1279, '0960/1279']]],
    ['"under the" a dynasty\'s short name', 'Under the Qing, the frontier moved west.', [['Under the Qing', 'era', 1644, 1912, '1644/1912']]],
    ['no dynasty before a noun: "under the Soviet system" is none', 'Under the Soviet system, unions were arms of the state.', []],
    ['no dynasty before a noun after a part word either', 'The late Victorian novel was long.', []],
    ['a ruler of the same name with an epithet is another ruler', 'Under Augustus the Strong, Dresden grew.', []],
    ['a ruler of the same name with a regnal number is another ruler', 'Under Augustus II, Dresden grew.', []],
    ['a body named after the ruler is no epithet', 'Under Mao the Red Guards rampaged.', [['Under Mao', 'era', 1949, 1976, '1949/1976']]],
    ['a Japanese period', 'Court poetry flourished in the Heian period at Kyoto.', [['the Heian period', 'era', 794, 1185, '0794/1185']]],
    ['a Japanese era with a macron', 'Wages rose in the Shōwa era after the war.', [['the Shōwa era', 'era', 1926, 1989, '1926/1989']]],
    ['an Indian empire, "empire" in lower case', 'Revenue reform began in the Mughal empire under its third ruler.', [['the Mughal empire', 'era', 1526, 1857, '1526/1857']]],
    ['"the Raj" with its article', 'Railways were built under the Raj in every province.', [['the Raj', 'era', 1858, 1947, '1858/1947']]],
    ['an Islamic caliphate', 'Baghdad grew under the Abbasid Caliphate into a great city.', [['the Abbasid Caliphate', 'era', 750, 1258, '0750/1258']]],
    ['a European age', 'Guilds ruled the towns in the Middle Ages everywhere.', [['the Middle Ages', 'era', 500, 1500, '0500/1500']]],
    ['"the Renaissance" right after its article', 'Banking grew in the Renaissance in Florence.', [['the Renaissance', 'era', 1400, 1600, '1400/1600']]],
    ['a qualified Renaissance is not the Renaissance', 'The Bengal Renaissance changed Calcutta.', []],
    ['"the Enlightenment"', 'Ideas of rights spread during the Enlightenment in Europe.', [['the Enlightenment', 'era', 1685, 1815, '1685/1815']]],
    ['a Mexican regime', 'Railways were built during the Porfiriato by foreign firms.', [['the Porfiriato', 'era', 1876, 1911, '1876/1911']]],
    ['a period of African history', 'Borders were drawn during the Scramble for Africa in Berlin.', [['the Scramble for Africa', 'era', 1881, 1914, '1881/1914']]],
    ['a monarch\'s reign', 'Versailles grew during the reign of Louis XIV at great cost.', [['the reign of Louis XIV', 'era', 1643, 1715, '1643/1715']]],
    ['"under" an emperor before the common era', 'Roads were built under Augustus across Gaul.', [['under Augustus', 'era', -26, 14, '-0026/0014']]],
    ['"under" a Mughal emperor', 'Under Akbar, the empire doubled in size.', [['Under Akbar', 'era', 1556, 1605, '1556/1605']]],
    ['the early modern period', 'The early modern period saw printing spread.', [['The early modern period', 'era', 1500, 1800, '1500/1800']]],
    ['Late Antiquity', 'Late Antiquity saw new monasteries in the desert.', [['Late Antiquity', 'era', 250, 750, '0250/0750']]],
    ['"the Depression" for the Great Depression', 'Many banks failed during the Depression in the farm states.', [['the Depression', 'era', 1929, 1939, '1929/1939']]],
    ['"the Restoration" alone is left out (England, France, Japan, Spain)', 'Theatres reopened after the Restoration in the capital.', []],
    ['an English restoration by name', 'Theatres reopened after the English Restoration in London.', [['the English Restoration', 'era', 1660, 1688, '1660/1688']]],
  ])('%s', (_, text, expected) => {
    expect(exactRows(text)).toEqual(expected);
  });
});

describe('temporal: a number after a law\'s or a case\'s name is no year', () => {
  it.each<[string, string, Row[]]>([
    ['a decree-law numbered like a range', 'Decree-Law 2011-88 replaced the old law in September 2011.', [['September 2011', 'month', 2011, 2011, '2011-09']]],
    ['a law numbered like a year', 'Law 1040 on foreign agents was passed in October 2020.', [['October 2020', 'month', 2020, 2020, '2020-10']]],
    ['a resolution numbered like a year', 'The Security Council passed Resolution 1973 in March 2011.', [['March 2011', 'month', 2011, 2011, '2011-03']]],
    ['guard: "the law of 1985" and "the 1985 law" keep their years', 'The law of 1985 and the 1990 decree were repealed.', [['1985', 'year', 1985, 1985, '1985'], ['1990', 'year', 1990, 1990, '1990']]],
    ['a decree numbered with its year after a dash', 'In 2019 the assembly passed Decree 7-2019, which taxed foreign grants.', [['2019', 'year', 2019, 2019, '2019']]],
    ['a brief numbered by its series', 'This is Policy Brief 2024/3 of the institute, on the unions since 1990.', [['since 1990', 'range', 1990, null, '1990/..']]],
    ['a working paper numbered by its series', 'Working Paper 2018/07 reviews the strikes of 2016.', [['2016', 'year', 2016, 2016, '2016']]],
    ['guard: a fiscal year', 'The budget of 1998/99 cut the grants.', [['1998/99', 'range', 1998, 1999, '1998/1999']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: a month named alone after a cohort and \'of\' names the cohort', () => {
  it.each<[string, string, Row[]]>([
    ['"the generation of May"', 'Students rose in 1990. The generation of May was formed in the streets of May 1992.', [['1990', 'year', 1990, 1990, '1990'], ['May 1992', 'month', 1992, 1992, '1992-05']]],
    ['"the men of October"', 'The fleet mutinied in 1905. The men of October held the port for a week.', [['1905', 'year', 1905, 1905, '1905']]],
    ['guard: a month with its year after a cohort is a date', 'The generation of May 1968 grew old in office.', [['May 1968', 'month', 1968, 1968, '1968-05']]],
    ['guard: "the events of May" in a dated story', 'The union split in 1990. The events of May shook the country.', [['1990', 'year', 1990, 1990, '1990'], ['May', 'month', 1990, 1990, '1990-05']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: compound numbers count ("thirty-five", "ninety")', () => {
  it.each<[string, string, Row[]]>([
    ['"Thirty-five years ago today"', 'In 2025 we remembered. Thirty-five years ago today, miners arrived in the capital.', [['2025', 'year', 2025, 2025, '2025'], ['Thirty-five years ago today', 'relative', 1990, 1990, '1990']]],
    ['"within ninety days"', 'In 1977 the general promised elections within ninety days.', [['1977', 'year', 1977, 1977, '1977'], ['within ninety days', 'relative', 1977, 1977, '1977']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("temporal: a ruler's time as an edge", () => {
  it.each<[string, string, Row[]]>([
    ['"since" a ruler: from the start of the tenure, open', 'The union has bargained with every ruler since Bourguiba in Tunisia.', [['since Bourguiba', 'era', 1957, null, '1957/..']]],
    ['"the years after" a ruler: from the end, open', 'Pakistan changed in the years after Musharraf.', [['the years after Musharraf', 'era', 2008, null, '2008/..']]],
    ['guard: "since" a ruler\'s event', 'China changed since Mao\'s death in 1976.', [['1976', 'year', 1976, 1976, '1976']]],
    // Twenty-second session, from the blind fullgold-38: 'since' opening a clause whose verb follows the ruler.
    ['guard: "since" a ruler who did something: the clause\'s own date is read', 'Unions have grown since Bourguiba lifted the ban in April 1970.', [['April 1970', 'month', 1970, 1970, '1970-04']]],
    ['"since" a ruler before an auxiliary of the main clause stays an era', 'Every ruler since Bourguiba has courted the union.', [['since Bourguiba', 'era', 1957, null, '1957/..']]],
    // A capitalised season after a capitalised word names an event: the year alone is read.
    ['"the Freedom Summer of 1964": the year', 'Students came south for the Freedom Summer of 1964.', [['1964', 'year', 1964, 1964, '1964']]],
    ['guard: "the summer of 1964" is a season', 'Students came south in the summer of 1964.', [['the summer of 1964', 'season-part', 1964, 1964, '1964-22']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: an end with no start anchors what follows in its own sentence only', () => {
  it.each<[string, string, Row[]]>([
    ['"since then" after "until"', 'The third ran from that law until 9 November 2001, and the fourth since then.', [['until 9 November 2001', 'range', null, 2001, '../2001-11-09'], ['since then', 'relative', 2001, null, '2001/..']]],
    ['"that year" after "before"', 'Churches led the sector in 2010 and before 1991, and rights groups after the return of multi-party politics in that year.', [['2010', 'year', 2010, 2010, '2010'], ['before 1991', 'range', null, 1991, '../1991'], ['that year', 'relative', 1991, 1991, '1991']]],
    ['guard: the next sentence goes back to the start', 'The phase began with the elections of 15 May 2005 and lasted until April 2018. Its supporters took to the streets in June.', [['15 May 2005', 'day', 2005, 2005, '2005-05-15'], ['until April 2018', 'range', null, 2018, '../2018-04'], ['June', 'month', 2005, 2005, '2005-06']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: a regime named after its ruler is no expression (the gold convention), an era is', () => {
  it.each<[string, string, Row[]]>([
    ['"the Milošević regime"', 'The West backed the overthrow of the Milošević regime.', []],
    ['guard: "the Milošević era"', 'The press suffered in the Milošević era.', [['the Milošević era', 'era', 1989, 2000, '1989/2000']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: a byline with its date is read as the title is', () => {
  it.each<[string, string, Row[]]>([
    ['an organisation, a place and a month', 'Unions and the State\n\nCivic Futures Institute, Nairobi, May 2021\n\nThe unions were banned in 1982.\n', [['May 2021', 'month', 2021, 2021, '2021-05'], ['1982', 'year', 1982, 1982, '1982']]],
    ['a name and a day', 'Unions and the State\n\nIoana Popescu, 14 June 2025\n\nThe unions were banned in 1982.\n', [['14 June 2025', 'day', 2025, 2025, '2025-06-14'], ['1982', 'year', 1982, 1982, '1982']]],
    ['guard: a bare date line', 'November 5, 2020\n\nUnions and the State\n\nThe unions were banned in 1982.\n', [['1982', 'year', 1982, 1982, '1982']]],
    ['a talk, a meeting, a place and a day', 'Unions and the State\n\nText of a talk by Ana Mendes, Labour History Forum, Porto, 3 March 2024\n\nThe unions were banned in 1982.\n', [['3 March 2024', 'day', 2024, 2024, '2024-03-03'], ['1982', 'year', 1982, 1982, '1982']]],
    ['two bodies that submit, a place and a day', 'A Strike Archive\n\nSubmitted by the Dock Workers Trust (DWT), Mombasa, and Coastal University, 2 May 2025\n\nThe unions were banned in 1982.\n', [['2 May 2025', 'day', 2025, 2025, '2025-05-02'], ['1982', 'year', 1982, 1982, '1982']]],
    ['who wrote it, then "on" and a day, twice', 'Ohrid Forum\n\nRapporteur\'s summary by Ana Trajkovska-Holm of a panel held on 22 September 2023, circulated on 6 October 2023\n\nThe unions were banned in 1982.\n', [['22 September 2023', 'day', 2023, 2023, '2023-09-22'], ['6 October 2023', 'day', 2023, 2023, '2023-10-06'], ['1982', 'year', 1982, 1982, '1982']]],
    ['who wrote it, a semicolon, "completed on" and a day', 'Record 14\n\nInterview and summary by Salma Idris-Whitfield; summary completed on 20 June 2022\n\nThe unions were banned in 1982.\n', [['20 June 2022', 'day', 2022, 2022, '2022-06-20'], ['1982', 'year', 1982, 1982, '1982']]],
    ['parts set off by middle dots, one a season and year', 'HIST 210: Workers\n\nNorthgate University, Department of History · Spring 2025 · Dr Helmi Rautio-Banks\n\nThe unions were banned in 1982.\n', [['Spring 2025', 'season-part', 2025, 2025, '2025-21'], ['1982', 'year', 1982, 1982, '1982']]],
    ['guard: parts set off by middle dots without a date', 'HIST 210: Workers\n\nNorthgate University · Department of History · Dr Helmi Rautio-Banks\n\nThe unions were banned in 1982.\n', [['1982', 'year', 1982, 1982, '1982']]],
    ['a labelled front line whose label holds a number', 'Ohrid Forum on Civic Space\n\nPanel 3: Associations and the State since 1991\n\nThe unions were banned in 1982.\n', [['since 1991', 'range', 1991, null, '1991/..'], ['1982', 'year', 1982, 1982, '1982']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: a day and month without a year before a group noun name the group', () => {
  it.each<[string, string, Row[]]>([
    ['"the 20 February Movement"', 'The protests of 2011 gave rise to the 20 February Movement, which marched in Rabat.', [['2011', 'year', 2011, 2011, '2011']]],
    ['"the 18 October Collective"', 'In 2005 the 18 October Collective took its name from the day the strike began.', [['2005', 'year', 2005, 2005, '2005']]],
    ['"the Fourteenth of June Movement": a month after "of" before a group noun', 'In 1959 exiles landed at Constanza, and the Fourteenth of June Movement was founded in their memory.', [['1959', 'year', 1959, 1959, '1959']]],
    ['guard: a day before a person\'s name', 'In 1974 the junta fell. On 24 July Konstantinos Karamanlis returned.', [['1974', 'year', 1974, 1974, '1974'], ['24 July', 'day', 1974, 1974, '1974-07-24']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: a government, an administration, a regime or a leadership of someone is an era only after a preposition of time', () => {
  // No held-out gold set counts 'the government of Robert Mugabe invited the churches' or 'Sani
  // Abacha's government dissolved the unions' as a time: they name who acted (ten such were false
  // positives in fullgold-2 to -7). 'The Clinton administration' (a known era's name before the
  // noun) stays an era, as a stage may be named so.
  it.each<[string, string, Row[]]>([
    ['"the government of X" acting', 'The government of Robert Mugabe invited the churches to help.', []],
    ['"X\'s government" acting', 'Sani Abacha\'s government dissolved the unions in 1994.', [['1994', 'year', 1994, 1994, '1994']]],
    ['"the regime of X" in apposition', 'The paper reviews the New Order, the regime of President Suharto, and its critics.', []],
    ['"his government" acting', 'Alfonsín took office in 1983. His government tried the generals.', [['1983', 'year', 1983, 1983, '1983']]],
    ['"during the administration of X"', 'During the administration of Xi Jinping, the groups shrank.', [['the administration of Xi Jinping', 'era', 2012, null, '2012/..']]],
    ['"under the government of X"', 'The unions were banned under the government of Ibrahim Babangida.', [['under the government of Ibrahim Babangida', 'era', 1985, 1993, '1985/1993']]],
    ['"throughout X\'s regime"', 'Throughout Suharto\'s regime the unions were controlled.', [['Suharto\'s regime', 'era', 1967, 1998, '1967/1998']]],
    ['"the presidency of X" is a time wherever it stands', 'The presidency of Carlos Menem brought privatisation.', [['The presidency of Carlos Menem', 'era', 1989, 1999, '1989/1999']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: dates before 1000 and world-history forms', () => {
  it.each<[string, string, Row[]]>([
    // A year as a modifier after "the": the year its noun belongs to.
    ['a year modifying a count noun after "the"', 'The 1989 protesters were mostly students.', [['1989', 'year', 1989, 1989, '1989']]],
    ['a year modifying a count noun after "the", mid-sentence', 'Many of the 1968 students later became ministers.', [['1968', 'year', 1968, 1968, '1968']]],
    // One era marker for both years of a range.
    ['a range before the common era, marker once', 'The colony flourished 500–300 BCE on the coast.', [['500–300 BCE', 'range', -499, -299, '-0499/-0299']]],
    ['"from … to …" before the common era', 'The colony flourished from 500 to 300 BC on the coast.', [['from 500 to 300 BC', 'range', -499, -299, '-0499/-0299']]],
    ['"AD" before a range', 'The abbey was rebuilt AD 800–900 in stone.', [['AD 800–900', 'range', 800, 900, '0800/0900']]],
    ['"between … and …" with one marker', 'The port grew between 500 and 300 BC under Greek rule.', [['between 500 and 300 BC', 'range', -499, -299, '-0499/-0299']]],
    ['two centuries with one marker after the common era', 'In the 5th and 6th centuries AD the Huns came west.', [['the 5th and 6th centuries AD', 'range', 400, 599, '0400/0599']]],
    ['two centuries before the common era count down', 'The 4th and 3rd centuries BC were turbulent.', [['The 4th and 3rd centuries BC', 'range', -399, -200, '-0399/-0200']]],
    ['parts of two centuries before the common era', 'Trade grew in the late 4th and early 3rd centuries BC along the coast.', [['the late 4th and early 3rd centuries BC', 'range', -329, -269, '-0329/-0269']]],
    ['a range across the eras', 'The dynasty ruled from 206 BC to AD 220 with one break.', [['from 206 BC to AD 220', 'range', -205, 220, '-0205/0220']]],
    // Millennia and the first century.
    ['a millennium before the common era', 'Bronze tools spread in the 3rd millennium BC across the plain.', [['the 3rd millennium BC', 'decade', -2999, -2000, '-2999/-2000']]],
    ['the first century AD has no year 0', 'The first century AD saw new roads.', [['The first century AD', 'decade', 1, 99, '0001/0099']]],
    // Months, days and seasons of years with an era marker.
    ['a month of a year BC', 'In March 44 BC the dictator was killed.', [['March 44 BC', 'month', -43, -43, '-0043-03']]],
    ['a day of a year BC', 'The dictator was killed on 15 March 44 BC in the senate.', [['15 March 44 BC', 'day', -43, -43, '-0043-03-15']]],
    ['a season of a year BC', 'In the summer of 44 BC the senate met.', [['the summer of 44 BC', 'season-part', -43, -43, '-0043-22']]],
    // Approximate dates after a word of time.
    ['"until about" a year with an era marker', 'The nomads held the steppe until about 48 AD.', [['until about 48 AD', 'range', null, 48, '../0048~']]],
    ['"in about" a year: "about" is part of it, "in" is not', 'The town was walled in about 1450 by its lord.', [['about 1450', 'year', 1450, 1450, '1450~']]],
    ['"around" a year is approximate wherever the year is one', 'The first signals were sent by a physicist around 1880, in a lecture hall.', [['around 1880', 'year', 1880, 1880, '1880~']]],
    ['"Around" a year opening the sentence', 'Around 1900 the town grew quickly.', [['Around 1900', 'year', 1900, 1900, '1900~']]],
    ['"about" a year as a topic is no approximation', 'She made a film about 1968 in Paris.', [['1968', 'year', 1968, 1968, '1968']]],
    // Years of three digits where the context makes them dates.
    ['a three-digit year after a verb and "in", at the end', 'The western empire fell in 476.', [['476', 'year', 476, 476, '0476']]],
    ['two three-digit years after verbs', 'Charlemagne was crowned in 800 and died in 814.', [['800', 'year', 800, 800, '0800'], ['814', 'year', 814, 814, '0814']]],
    ['a three-digit year opening the clause', 'In 476, Odoacer deposed the last emperor.', [['476', 'year', 476, 476, '0476']]],
    ['a three-digit year after a noun and "in", ending the clause', 'The Song took the capital in 960, and peace followed.', [['960', 'year', 960, 960, '0960']]],
    ['a three-digit year after an adjective and "in", ending the clause', 'The Avars were already strong in 568, when they took the plain.', [['568', 'year', 568, 568, '0568']]],
    ['"from about" a three-digit year "to" a year, after a verb of being', 'The kingdom flourished from about 650 to 1100 on the lake.', [['from about 650 to 1100', 'range', 650, 1100, '0650~/1100']]],
    ['a three-digit year after an event noun and "of"', 'The rebellion of 755 broke the dynasty.', [['755', 'year', 755, 755, '0755']]],
    ['a decade of three digits', 'Tang armies reached Central Asia in the 660s.', [['the 660s', 'decade', 660, 669, '066X']]],
    ['a part of a decade of three digits', 'Viking raids grew in the late 830s along the coast.', [['the late 830s', 'decade', 837, 839, '0837/0839']]],
    ['a century as a hyphenated modifier after "the": the article is the noun\'s', 'The 17th-century treaty held for decades.', [['17th-century', 'decade', 1600, 1699, '16XX']]],
    ['"post-" a year: open from it, the article is the noun\'s', 'The post-1989 order was liberal.', [['post-1989', 'range', 1989, null, '1989/..']]],
    ['"pre-" a year: up to it', 'The pre-1945 parties were banned.', [['pre-1945', 'range', null, 1945, '../1945']]],
    ['"the 1st half of" a century', 'In the 1st half of the 17th century the port grew.', [['the 1st half of the 17th century', 'decade', 1600, 1649, '1600/1649']]],
    ['a century as a noun keeps its article', 'The 17th century was an age of crisis.', [['The 17th century', 'decade', 1600, 1699, '16XX']]],
    ['"from the 8th to the 10th century"', 'From the 8th to the 10th century, raiders crossed the sea.', [['From the 8th to the 10th century', 'range', 700, 999, '0700/0999']]],
    ['the first century before the common era', 'In the 1st century BCE Rome expanded east.', [['the 1st century BCE', 'decade', -99, 0, '-0099/0000']]],
    ['a millennium further back', 'Horses were ridden in the 4th millennium BC on the steppe.', [['the 4th millennium BC', 'decade', -3999, -3000, '-3999/-3000']]],
    ['"c." a three-digit year', 'The church was built c. 750 by monks.', [['c. 750', 'year', 750, 750, '0750~']]],
    ['"since" a three-digit year', 'Since 476 the west had had no emperor.', [['Since 476', 'range', 476, null, '0476/..']]],
    ['"from … until …" with a three-digit start', 'The dynasty ruled from 960 until 1279 with one capital.', [['from 960 until 1279', 'range', 960, 1279, '0960/1279']]],
    ['"From … to …" opening the clause', 'From 618 to 907, the Tang ruled from Chang\'an.', [['From 618 to 907', 'range', 618, 907, '0618/0907']]],
    ['a bracket range of three-digit years after a name', 'The Tang dynasty (618–907) ruled from Chang\'an.', [['The Tang dynasty', 'era', 618, 907, '0618/0907'], ['618–907', 'range', 618, 907, '0618/0907']]],
    ['a bracket range longer than three centuries after a name', 'The Ottoman Empire (1299–1922) ruled Anatolia.', [['The Ottoman Empire', 'era', 1299, 1922, '1299/1922'], ['1299–1922', 'range', 1299, 1922, '1299/1922']]],
    ['a labelled death year in brackets after a name', 'Alcuin (d. 804) taught at Aachen.', [['804', 'year', 804, 804, '0804']]],
    ['a labelled reign in brackets after a name', 'Harun al-Rashid (r. 786–809) ruled from Baghdad.', [['786–809', 'range', 786, 809, '0786/0809']]],
    ['an approximate year in brackets after a name', 'The poet Caedmon (c. 670) sang at Whitby; Ceolfrith (d. 716) ruled Jarrow.', [['c. 670', 'year', 670, 670, '0670~'], ['716', 'year', 716, 716, '0716']]],
    // Two-digit years in numeric dates: after "on" or "dated", day and month in a clear order.
    ['a numeric date with a two-digit year after "on"', 'The factory collapsed on 24/4/13 in the morning.', [['24/4/13', 'day', 1913, 1913, '1913-04-24']]],
  ])('%s', (_, text, expected) => {
    expect(exactRows(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a number opening its clause before a count noun', 'In 300 villages the harvest failed.'],
    ['a range of counts after "from"', 'From 100 to 400 members joined each year.'],
    ['a difference after "by"', 'The army grew by 800.'],
    ['a proportion', 'The ratio was one in 300.'],
    ['"c." a three-digit count', 'There were c. 750 people in the village.'],
    ['"of" a number after a noun that is no event', 'The army of 755 marched north.'],
    ['"from … to …" after a verb of change', 'Prices rose from 612 to 745 in a year.'],
    ['"from … to …" after a verb of extent', 'The chapter runs from 212 to 245.'],
    ['a lone number in brackets without a label', 'The Votes (742) were counted twice.'],
    ['a numeric date with a two-digit year of unknown order', 'The factory collapsed on 4/5/13 in the morning.'],
    ['a numeric date with a two-digit year and no "on"', 'See table 24/4/13 for the figures.'],
  ])('no date: %s', (_, text) => {
    expect(exactRows(text)).toEqual([]);
  });

  it('takes the century of a two-digit numeric date from the text', () => {
    const doc = docOf('The garment industry grew fast until 2018. The factory collapsed on 24/4/13 in the morning.', 'temporal');
    expect(rowsOf(doc)[1]).toEqual(['24/4/13', 'day', 2013, 2013, '2013-04-24']);
  });
});

describe('temporal: a development essay of world history (tests/fixtures/temporal/world-history-dev.txt)', () => {
  it('reads every date of the essay with its exact span and value', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'temporal', 'world-history-dev.txt'), 'utf8');
    const doc = docOf(text, 'temporal');
    for (const t of doc.layers.temporal!) expect(text.slice(t.start, t.end), t.id).toBe(t.text);
    expect(rowsOf(doc)).toEqual([
      ['the late third century BCE', 'decade', -229, -200, '-0229/-0200'],
      ['until about 48 AD', 'range', null, 48, '../0048~'],
      ['The Han dynasty', 'era', -205, 220, '-0205/0220'],
      ['under Emperor Wu', 'era', -140, -86, '-0140/-0086'],
      ['141–87 BC', 'range', -140, -86, '-0140/-0086'],
      ['220', 'year', 220, 220, '0220'],
      ['Between 581 and 618', 'range', 581, 618, '0581/0618'],
      ['the Tang dynasty', 'era', 618, 907, '0618/0907'],
      ['618–907', 'range', 618, 907, '0618/0907'],
      ['the 660s', 'decade', 660, 669, '066X'],
      ['755', 'year', 755, 755, '0755'],
      ['After 907', 'range', 907, null, '0907/..'],
      ['the Song dynasty', 'era', 960, 1279, '0960/1279'],
      ['960', 'year', 960, 960, '0960'],
      ['c. 1162–1227', 'range', 1162, 1227, '1162~/1227~'],
      ['1206', 'year', 1206, 1206, '1206'],
      ['the Yuan dynasty', 'era', 1271, 1368, '1271/1368'],
      ['1271', 'year', 1271, 1271, '1271'],
      ['1368', 'year', 1368, 1368, '1368'],
      ['the 1500s', 'decade', 1500, 1599, '15XX'],
      ['1600s', 'decade', 1600, 1699, '16XX'],
      ['the Roman Republic', 'era', -508, -26, '-0508/-0026'],
      ['509–27 BC', 'range', -508, -26, '-0508/-0026'],
      ['the Roman Empire', 'era', -26, 476, '-0026/0476'],
      ['453', 'year', 453, 453, '0453'],
      ['451', 'year', 451, 451, '0451'],
      ['476', 'year', 476, 476, '0476'],
      ['the Byzantine Empire', 'era', 330, 1453, '0330/1453'],
      ['until 1453', 'range', null, 1453, '../1453'],
      ['the first millennium AD', 'decade', 1, 999, '0001/0999'],
      ['The Abbasid Caliphate', 'era', 750, 1258, '0750/1258'],
      ['1258', 'year', 1258, 1258, '1258'],
      ['1332–1406', 'range', 1332, 1406, '1332/1406'],
      ['the 14th century', 'decade', 1300, 1399, '13XX'],
      ['the Black Death', 'era', 1346, 1353, '1346/1353'],
      ['by the early 15th century', 'relative', 1400, 1430, '1400/1430'],
      ['from the early 17th century onwards', 'decade', 1600, null, '1600/..'],
      ['By the late 18th century', 'relative', 1770, 1799, '1770/1799'],
      ['the first half of the nineteenth century', 'decade', 1800, 1849, '1800/1849'],
      ['1916', 'year', 1916, 1916, '1916'],
      ['1917', 'year', 1917, 1917, '1917'],
      ['the \'30s', 'decade', 1930, 1939, '193X'],
      ['the 4th millennium BC', 'decade', -3999, -3000, '-3999/-3000'],
      ['c. 2000 BCE', 'year', -1999, -1999, '-1999~'],
      ['the spring of 1218', 'season-part', 1218, 1218, '1218-21'],
      ['From 1500 to 1700', 'range', 1500, 1700, '1500/1700'],
    ]);
  });
});

describe('temporal: the held-out world-history text (tests/fixtures/temporal/heldout)', () => {
  // Written with its labels in one sitting and committed before the pipeline read it (F1 0.846
  // before this work, 0.945 at first measure after it); two forms were then fixed from development
  // sentences ('in 750,' after an adjective, 'from about 700 to 1380'), so it is no longer clean
  // for those two.
  it('reads the held-out text as its hand labels say', () => {
    const dir = join(__dirname, '..', 'fixtures', 'temporal', 'heldout');
    const text = readFileSync(join(dir, 'sahel-kingdoms.txt'), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, 'sahel-kingdoms.gold.json'), 'utf8')).dates as Row[];
    const doc = docOf(text, 'temporal');
    for (const t of doc.layers.temporal!) expect(text.slice(t.start, t.end), t.id).toBe(t.text);
    expect(rowsOf(doc)).toEqual(gold);
  });
});

describe('temporal: a labelled line of the front matter is read for its dates', () => {
  it.each<[string, string, Row[]]>([
    ['a box line of laws', 'Unions in Iceland\n\nPrincipal laws: Trade Union Act (1938); Fisheries Management Act (1990)\n\nThe unions were founded in 1894.\n', [['1938', 'year', 1938, 1938, '1938'], ['1990', 'year', 1990, 1990, '1990'], ['1894', 'year', 1894, 1894, '1894']]],
    ['guard: a citation line', 'Unions in Iceland\n\nSuggested citation: Jónsson, A. (2019), Unions in Iceland\n\nThe unions were founded in 1894.\n', [['1894', 'year', 1894, 1894, '1894']]],
    ['guard: a line of sources', 'Unions in Iceland\n\nSources: Jónsson (2019), Unions in Iceland\n\nThe unions were founded in 1894.\n', [['1894', 'year', 1894, 1894, '1894']]],
    ['guard: a date of publication', 'Unions in Iceland\n\nPublished: 3 May 2021\n\nThe unions were founded in 1894.\n', [['1894', 'year', 1894, 1894, '1894']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: a ruler the era table does not know, dated by a relative clause', () => {
  it.each<[string, string, Row[]]>([
    ['a range in the clause', 'Under Hugo Lindqvist, who governed from 2011 to 2019, the unions lost their seats.', [['Under Hugo Lindqvist', 'era', 2011, 2019, '2011/2019'], ['from 2011 to 2019', 'range', 2011, 2019, '2011/2019']]],
    ['a start after a phrase of accession, the era open', 'Under Hugo Lindqvist, who led the Greens to power in March 2011, ministers courted the unions.', [['Under Hugo Lindqvist', 'era', 2011, null, '2011/..'], ['March 2011', 'month', 2011, 2011, '2011-03']]],
    ['guard: a date in the clause that is no accession', 'Under Hugo Lindqvist, who wrote a memoir in 2011, ministers courted the unions.', [['2011', 'year', 2011, 2011, '2011']]],
    ['guard: the main clause has its own date', 'Under Hugo Lindqvist, who took office in 2011, the unions struck on 4 May 2014.', [['2011', 'year', 2011, 2011, '2011'], ['4 May 2014', 'day', 2014, 2014, '2014-05-04']]],
    ['guard: no relative clause', 'Under Article 9, passed in 2011, the unions registered.', [['2011', 'year', 2011, 2011, '2011']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: a time code is no day', () => {
  it.each<[string, string, Row[]]>([
    ['the seconds of a time code before a month', '00:21:40–00:58:15 October 1964 and the union years', [['October 1964', 'month', 1964, 1964, '1964-10']]],
    ['guard: a day after a label and a space', 'Recorded: 9 March 2022', [['9 March 2022', 'day', 2022, 2022, '2022-03-09']]],
    ['guard: a day after a time of day and a word', 'At 10:15 on 4 June 1989 the tanks came.', [['4 June 1989', 'day', 1989, 1989, '1989-06-04']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('temporal: "since" and "until" before a relative expression bound it', () => {
  it.each<[string, string, Row[]]>([
    ['"since that day"', 'Guzmán took office on 16 August 1978. Since that day we have lived in peace.', [['16 August 1978', 'day', 1978, 1978, '1978-08-16'], ['Since that day', 'relative', 1978, null, '1978/..']]],
    ['"until the following year"', 'The council of 1965 governed until the following year.', [['1965', 'year', 1965, 1965, '1965'], ['until the following year', 'relative', null, 1966, '../1966']]],
    ['guard: "since then" keeps its own rule', 'The strike began in 1990. Since then the unions have grown.', [['1990', 'year', 1990, 1990, '1990'], ['Since then', 'relative', 1990, null, '1990/..']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
