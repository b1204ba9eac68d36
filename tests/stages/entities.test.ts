import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Citation, Doc, Entity, EntityType } from '../../src/doc.js';
import { CHAR_ALNUM, CHAR_LOWER, CHAR_UPPER, charClass } from '../../src/stages/entities/chars.js';
import { entities as entitiesStage } from '../../src/stages/entities/index.js';
import { corpusNames, corpusText, docOf, expectSliceMatches, FIXTURES, GOLD_DIR, pipeline } from '../helpers.js';

/** [canonical, type, [start, end, text] of every mention]. */
type Row = [canonical: string, type: EntityType, mentions: [number, number, string][]];

const rowsOf = (doc: Doc): Row[] =>
  (doc.layers.entities ?? []).map((e) => [e.canonical, e.type, e.mentions.map((m): [number, number, string] => [m.start, m.end, m.text])]);
const entitiesOf = (text: string): Row[] => rowsOf(docOf(text, 'entities'));

/** Asserts the entities of `text`, and that each mention is exactly its slice of the text. */
function expectEntities(text: string, expected: Row[]): void {
  const rows = entitiesOf(text);
  expect(rows).toEqual(expected);
  for (const [, , mentions] of rows) for (const [start, end, surface] of mentions) expect(text.slice(start, end)).toBe(surface);
}

/** Runs the entities stage on `doc` again, after its citations layer was replaced. */
function rerunWithCitations(doc: Doc, citations: Citation[]): Row[] {
  const built = pipeline().stages.find((s) => s.stage.name === 'entities')!;
  const layers = { ...doc.layers, citations };
  const out = entitiesStage.run({ ...doc, layers }, { options: built.options as { rules: string }, resources: built.resources as never });
  return rowsOf({ ...doc, layers: { ...layers, entities: out.layers.entities } });
}

describe('entities: names compromise misses or mangles', () => {
  it.each<[string, string, Row[]]>([
    // Nineteenth session, from the blind fullgold-30 (Grenada): a title word after a given name is a
    // family name; storms and gangs by their first and last words.
    ['a family name that is also a title', 'Rupert Bishop, the father of Maurice Bishop, was shot dead.', [
      ['Rupert Bishop', 'PERSON', [[0, 13, 'Rupert Bishop']]],
      ['Maurice Bishop', 'PERSON', [[29, 43, 'Maurice Bishop']]],
    ]],
    ['a storm named after its kind, and a gang', 'Hurricane Ivan struck in 2004, a year after the Mongoose Gang was disbanded.', [
      ['Hurricane Ivan', 'EVENT', [[0, 14, 'Hurricane Ivan']]],
      ['Mongoose Gang', 'ORG', [[48, 61, 'Mongoose Gang']]],
    ]],
    // Twentieth session, from the blind fullgold-35 (Manipur, Chiapas): a regiment's and a fort's or
    // jungle's last word.
    ['a regiment, a fort and a jungle by their last words', 'Soldiers of the Assam Rifles took her to Kangla Fort, near the Lacandon Jungle.', [
      ['Assam Rifles', 'ORG', [[16, 28, 'Assam Rifles']]],
      ['Kangla Fort', 'LOC', [[41, 52, 'Kangla Fort']]],
      ['Lacandon Jungle', 'LOC', [[63, 78, 'Lacandon Jungle']]],
    ]],
    ['Chinese names, family name first', 'The delegation met Li Keqiang and Wang Yang in Tianjin last week.', [
      ['Li Keqiang', 'PERSON', [[19, 29, 'Li Keqiang']]],
      ['Wang Yang', 'PERSON', [[34, 43, 'Wang Yang']]],
      ['Tianjin', 'GPE', [[47, 54, 'Tianjin']]],
    ]],
    ['Korean names, either order, one person', 'Rhee Syngman ruled until 1960; later Syngman Rhee went into exile in Hawaii.', [
      ['Rhee Syngman', 'PERSON', [[0, 12, 'Rhee Syngman'], [37, 49, 'Syngman Rhee']]],
      ['Hawaii', 'GPE', [[69, 75, 'Hawaii']]],
    ]],
    ['Japanese names, family name first, and the family name alone after it', 'Terauchi Masatake ruled until 1916; Terauchi closed the newspapers.', [
      ['Terauchi Masatake', 'PERSON', [[0, 17, 'Terauchi Masatake'], [36, 44, 'Terauchi']]],
    ]],
    ['Turkish given names', 'In 1867 Namık Kemal fled to Paris, and Hüseyin Cahit wrote for the opposition.', [
      ['Namık Kemal', 'PERSON', [[8, 19, 'Namık Kemal']]],
      ['Paris', 'GPE', [[28, 33, 'Paris']]],
      ['Hüseyin Cahit', 'PERSON', [[39, 52, 'Hüseyin Cahit']]],
    ]],
    ['a colonial Government-General is an organisation, not its place', 'Officials of the Government-General of Korea closed the schools.', [
      ['Government-General of Korea', 'ORG', [[17, 44, 'Government-General of Korea']]],
    ]],
    ['British and American spellings are one organisation, with its acronym', 'Delegates of the International Labour Organisation met. The International Labour Organization (ILO) wrote, and the ILO agreed.', [
      ['International Labour Organisation', 'ORG', [
        [17, 50, 'International Labour Organisation'],
        [60, 93, 'International Labour Organization'],
        [95, 98, 'ILO'],
        [115, 118, 'ILO'],
      ]],
    ]],
    ['"Ministry of …" with "and" inside the name', 'Officials at the Ministry of Human Resources and Social Security objected.', [
      ['Ministry of Human Resources and Social Security', 'ORG', [[17, 64, 'Ministry of Human Resources and Social Security']]],
    ]],
    ['a list is split into its places', 'Factories moved from Guangdong Province, Hong Kong and Macau to inland cities.', [
      ['Guangdong Province', 'GPE', [[21, 39, 'Guangdong Province']]],
      ['Hong Kong', 'GPE', [[41, 50, 'Hong Kong']]],
      ['Macau', 'GPE', [[55, 60, 'Macau']]],
    ]],
    ['a possessive is not part of the name, curly or straight', 'Exports from China’s ports and Japan\'s imports grew.', [
      ['China', 'GPE', [[13, 18, 'China']]],
      ['Japan', 'GPE', [[31, 36, 'Japan']]],
    ]],
    ['a possessive inside a name stays, and the canonical has a straight apostrophe', 'Women joined the All-China Women’s Federation and later the All-China Women\'s Federation again.', [
      ['All-China Women\'s Federation', 'ORG', [[17, 45, 'All-China Women’s Federation'], [60, 88, 'All-China Women\'s Federation']]],
    ]],
    ['an acronym defined in the text, then used alone', 'The Federation of Korean Trade Unions (FKTU) met employers. Later the FKTU walked out.', [
      ['Federation of Korean Trade Unions', 'ORG', [[4, 37, 'Federation of Korean Trade Unions'], [39, 43, 'FKTU'], [70, 74, 'FKTU']]],
    ]],
    ['a family name alone after the full name', 'Xi Jinping became leader in 2012. Under Xi, controls tightened.', [
      ['Xi Jinping', 'PERSON', [[0, 10, 'Xi Jinping'], [40, 42, 'Xi']]],
    ]],
    ['"Hu–Wen" is two persons named before', 'Hu Jintao and Wen Jiabao governed together; the Hu–Wen years saw growth.', [
      ['Hu Jintao', 'PERSON', [[0, 9, 'Hu Jintao'], [48, 50, 'Hu']]],
      ['Wen Jiabao', 'PERSON', [[14, 24, 'Wen Jiabao'], [51, 54, 'Wen']]],
    ]],
    ['"Hu–Wen" is two persons of the gazetteer when the text names neither', 'The Hu–Wen administration courted charities.', [
      ['Hu Jintao', 'PERSON', [[4, 6, 'Hu']]],
      ['Wen Jiabao', 'PERSON', [[7, 10, 'Wen']]],
    ]],
    ['a title is kept in the mention but not in the canonical name', 'President Moon Jae-in visited Pyongyang.', [
      ['Moon Jae-in', 'PERSON', [[0, 21, 'President Moon Jae-in']]],
      ['Pyongyang', 'GPE', [[30, 39, 'Pyongyang']]],
    ]],
    ['a nationality and titles before a name', 'They met Japanese Prime Minister Yasuhiro Nakasone in Seoul.', [
      ['Yasuhiro Nakasone', 'PERSON', [[9, 50, 'Japanese Prime Minister Yasuhiro Nakasone']]],
      ['Seoul', 'GPE', [[54, 59, 'Seoul']]],
    ]],
    ['a title alone is no one', 'Wen Jiabao served as Premier under the Party General Secretary.', [
      ['Wen Jiabao', 'PERSON', [[0, 10, 'Wen Jiabao']]],
    ]],
    ['a surname in capitals is written normally in the canonical', 'The report by Anna KOWALSKA was cited.', [
      ['Anna Kowalska', 'PERSON', [[14, 27, 'Anna KOWALSKA']]],
    ]],
    ['sentence-initial and common capitalised words are not names', 'This essay traces the movement. Several groups formed in Shanghai. However, Labour unions stayed weak.', [
      ['Shanghai', 'GPE', [[57, 65, 'Shanghai']]],
    ]],
    ['nationality adjectives alone are not entities', 'Chinese firms and Korean banks lent to Chilean mines.', []],
    ['a place inside a modifier is a mention; a titled person does not swallow "of …"', 'Guangzhou-based lawyers met Professor Pun Ngai of Hong Kong Polytechnic University.', [
      ['Guangzhou', 'GPE', [[0, 9, 'Guangzhou']]],
      ['Pun Ngai', 'PERSON', [[28, 46, 'Professor Pun Ngai']]],
      ['Hong Kong Polytechnic University', 'ORG', [[50, 82, 'Hong Kong Polytechnic University']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe('entities: shapes of events, laws and works', () => {
  it.each<[string, string, Row[]]>([
    ['"… earthquake" and "the … Revolution"', 'Relief after the Tangshan earthquake was slow, as during the Cultural Revolution.', [
      ['Tangshan earthquake', 'EVENT', [[17, 36, 'Tangshan earthquake']]],
      ['Cultural Revolution', 'EVENT', [[61, 80, 'Cultural Revolution']]],
    ]],
    ['events known by name without a head word', 'After the Great Leap Forward came famine.', [
      ['Great Leap Forward', 'EVENT', [[10, 28, 'Great Leap Forward']]],
    ]],
    ['"… strikes" after a company', 'Lawyers advised workers during the Toyota strikes in 2012.', [
      ['Toyota strikes', 'EVENT', [[35, 49, 'Toyota strikes']]],
    ]],
    ['"… Act of 1912"', 'Congress passed the Radio Act of 1912 quickly.', [
      ['Congress', 'ORG', [[0, 8, 'Congress']]],
      ['Radio Act of 1912', 'LAW', [[20, 37, 'Radio Act of 1912']]],
    ]],
    ['"Regulations on …" and "… Law"', 'The Regulations on Trade Union Work preceded the Charity Law by decades.', [
      ['Regulations on Trade Union Work', 'LAW', [[4, 35, 'Regulations on Trade Union Work']]],
      ['Charity Law', 'LAW', [[49, 60, 'Charity Law']]],
    ]],
    ['"… Summit on …", prefixed by the organisation, is one event', 'The UN World Summit on Social Development opened. Later the World Summit on Social Development closed.', [
      ['UN World Summit on Social Development', 'EVENT', [[4, 41, 'UN World Summit on Social Development'], [60, 94, 'World Summit on Social Development']]],
    ]],
    ['newspapers named by a head word', 'The Lagos Weekly Record and the Gold Coast Observer mocked the governor.', [
      ['Lagos Weekly Record', 'ORG', [[4, 23, 'Lagos Weekly Record']]],
      ['Gold Coast Observer', 'ORG', [[32, 51, 'Gold Coast Observer']]],
    ]],
    ['a person after "by" with the year between the participle and "by"', 'The weekly, founded in 1926 by Tamas Verebi, sold well.', [
      ['Tamas Verebi', 'PERSON', [[31, 43, 'Tamas Verebi']]],
    ]],
    ['a title with its subtitle after "the volume"', 'It appeared in the volume Workers of Asia: A History of Labour, edited by Ivan Petrov.', [
      ['Workers of Asia: A History of Labour', 'WORK', [[26, 62, 'Workers of Asia: A History of Labour']]],
      ['Ivan Petrov', 'PERSON', [[74, 85, 'Ivan Petrov']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe('entities: names of texts on Polish, American and European labour history (each row failed before its rule or data)', () => {
  it.each<[string, string, Row[]]>([
    ['churches by their head word', 'The Catholic Church sheltered dissidents, and the Lutheran Church hosted peace prayers.', [
      ['Catholic Church', 'ORG', [[4, 19, 'Catholic Church']]],
      ['Lutheran Church', 'ORG', [[50, 65, 'Lutheran Church']]],
    ]],
    ['a one-word union opening a sentence, in a text that never writes the common word', 'Solidarity supported the reforms that the government announced in 1989.', [
      ['Solidarity', 'ORG', [[0, 10, 'Solidarity']]],
    ]],
    ['the union at a sentence start joins the union named inside a sentence, though the text writes "solidarity"', 'Workers founded the Solidarity union in 1980. Solidarity soon claimed ten million members, and solidarity spread.', [
      ['Solidarity', 'ORG', [[20, 30, 'Solidarity'], [46, 56, 'Solidarity']]],
    ]],
    ['parties with one-word names', 'Fidesz won a two-thirds majority in 2010, while Likud governed Israel and Syriza came to power in Greece.', [
      ['Fidesz', 'ORG', [[0, 6, 'Fidesz']]],
      ['Likud', 'ORG', [[48, 53, 'Likud']]],
      ['Israel', 'GPE', [[63, 69, 'Israel']]],
      ['Syriza', 'ORG', [[74, 80, 'Syriza']]],
      ['Greece', 'GPE', [[98, 104, 'Greece']]],
    ]],
    ['parliaments by their own names', 'The Bundestag debated the bill before the Bundesrat approved it, and deputies in the Sejm and the Knesset followed.', [
      ['Bundestag', 'ORG', [[4, 13, 'Bundestag']]],
      ['Bundesrat', 'ORG', [[42, 51, 'Bundesrat']]],
      ['Sejm', 'ORG', [[85, 89, 'Sejm']]],
      ['Knesset', 'ORG', [[98, 105, 'Knesset']]],
    ]],
    ['a federation written with a hyphen, and "Knights of …"', 'The AFL-CIO lobbied against the treaty, and the Knights of Labor had collapsed long before.', [
      ['AFL-CIO', 'ORG', [[4, 11, 'AFL-CIO']]],
      ['Knights of Labor', 'ORG', [[48, 64, 'Knights of Labor']]],
    ]],
    ['"… talks" makes an event; a label word ("Table") inside a name', 'The Round Table talks of 1989 ended one-party rule in Poland.', [
      ['Round Table talks', 'EVENT', [[4, 21, 'Round Table talks']]],
      ['Poland', 'GPE', [[54, 60, 'Poland']]],
    ]],
    ['a lower-case noun between a name and its event head', 'The Sewol ferry disaster of 2014 shook public trust in the Park Geun-hye government.', [
      ['Sewol ferry disaster', 'EVENT', [[4, 24, 'Sewol ferry disaster']]],
      ['Park Geun-hye', 'PERSON', [[59, 72, 'Park Geun-hye']]],
    ]],
    ['"… coast" makes a place; "Strikes" opening the sentence is no name', 'Strikes spread along the Baltic coast in 1970.', [
      ['Baltic coast', 'LOC', [[25, 37, 'Baltic coast']]],
    ]],
    ['historical and economic regions are places, not states', 'Coal mining in Silesia declined, and plant closures hollowed out the Rust Belt.', [
      ['Silesia', 'LOC', [[15, 22, 'Silesia']]],
      ['Rust Belt', 'LOC', [[69, 78, 'Rust Belt']]],
    ]],
    ['a leader in an era expression, as the gold tags "under Xi Jinping"; "the air traffic controllers" is no name', 'Under Reagan, who fired the air traffic controllers, union density fell sharply.', [
      ['Ronald Reagan', 'PERSON', [[6, 12, 'Reagan']]],
    ]],
    ['leaders before "administration" and after "under"', 'The Obama administration negotiated the agreement, and under Trump it collapsed.', [
      ['Barack Obama', 'PERSON', [[4, 9, 'Obama']]],
      ['Donald Trump', 'PERSON', [[61, 66, 'Trump']]],
    ]],
    ['a family name known only as a surname, before "government"', 'The Wilson government devalued the pound.', [
      ['Wilson', 'PERSON', [[4, 10, 'Wilson']]],
    ]],
    ['a leader named by the family name alone, opening a sentence', 'Thatcher defeated the National Union of Mineworkers in 1985.', [
      ['Margaret Thatcher', 'PERSON', [[0, 8, 'Thatcher']]],
      ['National Union of Mineworkers', 'ORG', [[22, 51, 'National Union of Mineworkers']]],
    ]],
    ['a possessive leader and his party', 'Orbán’s Fidesz rewrote the constitution in 2011.', [
      ['Viktor Orbán', 'PERSON', [[0, 5, 'Orbán']]],
      ['Fidesz', 'ORG', [[8, 14, 'Fidesz']]],
    ]],
    ['"ł" folds to "l": the family name with a possessive and without diacritics is the same person; "… Shipyard"', 'Lech Wałęsa led the strike at the Lenin Shipyard. Wałęsa’s victory divided the movement, and Walesa later lost.', [
      ['Lech Wałęsa', 'PERSON', [[0, 11, 'Lech Wałęsa'], [50, 56, 'Wałęsa'], [93, 99, 'Walesa']]],
      ['Lenin Shipyard', 'ORG', [[34, 48, 'Lenin Shipyard']]],
    ]],
    ['a name particle opens the family name written alone', 'Charles de Gaulle resigned in 1969. De Gaulle had returned in 1958, and de Gaulle’s constitution survived.', [
      ['Charles de Gaulle', 'PERSON', [[0, 17, 'Charles de Gaulle'], [36, 45, 'De Gaulle'], [72, 81, 'de Gaulle']]],
    ]],
    ['"of" does not join a person with a particle to the name before (and a numbered republic is a regime, no entity)', 'The Fifth Republic of Charles de Gaulle was presidential.', [
      ['Charles de Gaulle', 'PERSON', [[22, 39, 'Charles de Gaulle']]],
    ]],
    ['a provision of a law', 'Article 35 of the Constitution guarantees freedom of association.', [
      ['Article 35 of the Constitution', 'LAW', [[0, 30, 'Article 35 of the Constitution']]],
    ]],
    ['initials before a family name; a capitalised "The" inside a sentence opens a title', 'E. P. Thompson published The Making of the English Working Class in 1963.', [
      ['E. P. Thompson', 'PERSON', [[0, 14, 'E. P. Thompson']]],
      ['The Making of the English Working Class', 'WORK', [[25, 64, 'The Making of the English Working Class']]],
    ]],
    ['a title of one word, and one running on over "to"', 'He read The Economist every week and The Road to Serfdom once.', [
      ['The Economist', 'WORK', [[8, 21, 'The Economist']]],
      ['The Road to Serfdom', 'WORK', [[37, 56, 'The Road to Serfdom']]],
    ]],
    ['a reform programme known by name', 'Nguyễn Văn Linh launched Đổi Mới in 1986.', [
      ['Nguyễn Văn Linh', 'PERSON', [[0, 15, 'Nguyễn Văn Linh']]],
      ['Đổi Mới', 'EVENT', [[25, 32, 'Đổi Mới']]],
    ]],
    ['"Mass strikes" opening a sentence is no event; "… Shipyard" is an organisation', 'Mass strikes at the Gdańsk Shipyard forced the government to negotiate.', [
      ['Gdańsk Shipyard', 'ORG', [[20, 35, 'Gdańsk Shipyard']]],
    ]],
    ['"General strikes", "Student protests" opening a sentence name no event', 'General strikes followed in 1926. Student protests spread in 1968.', []],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe('entities: what the new rules and data must not take (guards: these rows passed before)', () => {
  it.each<[string, string, Row[]]>([
    ['capitalised common words opening sentences', 'Strikes spread in 1970. Workers occupied the plant. Reform came slowly.', []],
    ['"Solidarity" opening a sentence where the text writes the common word', 'Solidarity among the strikers was fragile, and solidarity with the miners was rarer still.', []],
    ['a lower-case head taking what a verb takes is a verb', 'Beijing talks tough on trade.', [
      ['Beijing', 'GPE', [[0, 7, 'Beijing']]],
    ]],
    ['no place head after a demonym, nor after a known province', 'The Chinese coast was fortified, and firms on the Guangdong coast exported toys.', [
      ['Guangdong', 'GPE', [[50, 59, 'Guangdong']]],
    ]],
    ['a capitalised "The" before an organisation\'s head opens no title', 'They joined efforts to create The Coordinating Centre of Black Editorials in 2010.', [
      ['Coordinating Centre of Black Editorials', 'ORG', [[34, 73, 'Coordinating Centre of Black Editorials']]],
    ]],
    ['a quoted phrase with "The" is no title without a cue', 'Workers called it “The Great Betrayal” in their leaflets.', []],
    ['dynasties are no leaders', 'The Song dynasty and the Tang era saw guilds grow; under the Tang, guilds spread.', []],
    ['a family name before a noun, or a dynasty, is no leader in an era frame', 'Under Kim rule, unions were banned, and the Song government fell.', []],
    ['numbered labels', 'Table 3 shows the results, and Chapter 4 discusses the strikes.', []],
    ['a firm\'s suffix after initials', 'The strike at L. Bamberger and Co. failed.', [
      ['L. Bamberger and Co.', 'ORG', [[14, 34, 'L. Bamberger and Co.']]],
    ]],
    ['a gazetteer union inside an unknown name after a kept possessive', 'Among the groups of workers we can mention the “Worker’s Solidarity” of Concepción.', [
      ['Concepción', 'GPE', [[72, 82, 'Concepción']]],
    ]],
    ['names in the reference list belong to the citations ("MIT Press" there is no entity)', 'Union density fell after 1980 (Western 1997).\n\nReferences\n\nWestern, Bruce. 1997. Between Class and Market: Postwar Unionization in the Capitalist Democracies. Princeton, NJ: Princeton University Press.\nKochan, Thomas. 1986. The Transformation of American Industrial Relations. Cambridge, MA: MIT Press.', []],
    ['a provision with a Roman numeral (its run was a law by its head already)', 'Title VII of the Civil Rights Act of 1964 banned discrimination.', [
      ['Title VII of the Civil Rights Act of 1964', 'LAW', [[0, 41, 'Title VII of the Civil Rights Act of 1964']]],
    ]],
    ['international bodies, companies and courts', 'The Constitutional Tribunal and the Supreme Court ruled, and NATO and the United Nations objected; Foxconn, General Motors and Honda faced strikes.', [
      ['Constitutional Tribunal', 'ORG', [[4, 27, 'Constitutional Tribunal']]],
      ['Supreme Court', 'ORG', [[36, 49, 'Supreme Court']]],
      ['North Atlantic Treaty Organization', 'ORG', [[61, 65, 'NATO']]],
      ['United Nations', 'ORG', [[74, 88, 'United Nations']]],
      ['Foxconn', 'ORG', [[99, 106, 'Foxconn']]],
      ['General Motors', 'ORG', [[108, 122, 'General Motors']]],
      ['Honda', 'ORG', [[127, 132, 'Honda']]],
    ]],
    ['events and places already known', 'The Velvet Revolution, the Tiananmen Square protests and the Great Leap Forward are events; Tiananmen Square and the Pearl River Delta are places.', [
      ['Velvet Revolution', 'EVENT', [[4, 21, 'Velvet Revolution']]],
      ['Tiananmen Square protests', 'EVENT', [[27, 52, 'Tiananmen Square protests']]],
      ['Great Leap Forward', 'EVENT', [[61, 79, 'Great Leap Forward']]],
      ['Tiananmen Square', 'LOC', [[92, 108, 'Tiananmen Square']]],
      ['Pearl River Delta', 'LOC', [[117, 134, 'Pearl River Delta']]],
    ]],
    ['names with particles, in other scripts, hyphenated; a possessive is no part of a name', 'Lech Wałęsa, Nguyễn Văn Linh, Charles de Gaulle and Kim Dae-jung led; China’s reforms followed.', [
      ['Lech Wałęsa', 'PERSON', [[0, 11, 'Lech Wałęsa']]],
      ['Nguyễn Văn Linh', 'PERSON', [[13, 28, 'Nguyễn Văn Linh']]],
      ['Charles de Gaulle', 'PERSON', [[30, 47, 'Charles de Gaulle']]],
      ['Kim Dae-jung', 'PERSON', [[52, 64, 'Kim Dae-jung']]],
      ['China', 'GPE', [[70, 75, 'China']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

/** [canonical, type, aliases]: the entities of a text, with the names it writes for each. */
type AliasRow = [canonical: string, type: EntityType, aliases: string[]];

/** The entities of `text` as {@link AliasRow}s; every mention must be exactly its original slice (one-line sentences). */
function aliasRowsOf(text: string): AliasRow[] {
  const found = docOf(text, 'entities').layers.entities ?? [];
  for (const e of found) for (const m of e.mentions) expect(text.slice(m.start, m.end), e.canonical).toBe(m.text);
  return found.map((e) => [e.canonical, e.type, e.aliases]);
}

describe('entities: an acronym in brackets names the words whose initials spell it', () => {
  it.each<[string, string, AliasRow[]]>([
    ['across a comma: "Ministry of Labour, Invalids and Social Affairs (MOLISA)"', 'Wages were set by the Ministry of Labour, Invalids and Social Affairs (MOLISA) until that point.', [
      ['Ministry of Labour, Invalids and Social Affairs', 'ORG', ['Ministry of Labour, Invalids and Social Affairs', 'MOLISA']],
    ]],
    ['"of" may give a letter, "and" be skipped: MOHRSS', 'Officials at the Ministry of Human Resources and Social Security (MOHRSS) objected.', [
      ['Ministry of Human Resources and Social Security', 'ORG', ['Ministry of Human Resources and Social Security', 'MOHRSS']],
    ]],
    ['across a comma, "of" and "and" skipped: DLESS', 'Claims went to the Department of Labour, Employment and Social Security (DLESS) for review.', [
      ['Department of Labour, Employment and Social Security', 'ORG', ['Department of Labour, Employment and Social Security', 'DLESS']],
    ]],
    ['a list of places with no acronym stays a list', 'Factories moved from Guangdong Province, Hong Kong and Macau to inland cities.', [
      ['Guangdong Province', 'GPE', ['Guangdong Province']],
      ['Hong Kong', 'GPE', ['Hong Kong']],
      ['Macau', 'GPE', ['Macau']],
    ]],
    ['a list of places before a name its acronym spells stays a list', 'Factories moved from Guangdong Province, Hong Kong and the Macau Special Administrative Region (MSAR) inland.', [
      ['Guangdong Province', 'GPE', ['Guangdong Province']],
      ['Hong Kong', 'GPE', ['Hong Kong']],
      ['Macau Special Administrative Region', 'GPE', ['Macau Special Administrative Region', 'MSAR']],
    ]],
    ['a list of organisations stays a list', 'Loans came from the ILO, the World Bank and the IMF in turn.', [
      ['International Labour Organization', 'ORG', ['ILO']],
      ['World Bank', 'ORG', ['World Bank']],
      ['International Monetary Fund', 'ORG', ['IMF']],
    ]],
    ['a list of organisations before a name its acronym spells stays a list', 'Loans came from the ILO, the World Bank and the International Monetary Fund (IMF) in turn.', [
      ['International Labour Organization', 'ORG', ['ILO']],
      ['World Bank', 'ORG', ['World Bank']],
      ['International Monetary Fund', 'ORG', ['International Monetary Fund', 'IMF']],
    ]],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });
});

describe('entities: laws by their shape, dated in brackets', () => {
  it.each<[string, string, AliasRow[]]>([
    ['"Law on …" with a year in brackets, after "… Code of 2012"', 'The Labour Code of 2012 and the Law on Trade Unions (2012) set the terms.', [
      ['Labour Code of 2012', 'LAW', ['Labour Code of 2012']],
      ['Law on Trade Unions', 'LAW', ['Law on Trade Unions']],
    ]],
    ['"Law of the People\'s Republic of China on …"', 'The Law of the People\'s Republic of China on Trade Unions was revised.', [
      ['Law of the People\'s Republic of China on Trade Unions', 'LAW', ['Law of the People\'s Republic of China on Trade Unions']],
    ]],
    ['"Decree on …", and "… Law" with a year in brackets', 'The Decree on Labour Contracts replaced the Labour Contract Law (2008).', [
      ['Decree on Labour Contracts', 'LAW', ['Decree on Labour Contracts']],
      ['Labour Contract Law', 'LAW', ['Labour Contract Law']],
    ]],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
    // The year in brackets dates the law: no citation is made of it ("Unions (2012)").
    expect(docOf(text, 'citations').layers.citations).toEqual([]);
  });
});

describe('entities: laws with a bracketed word or a trailing year (each row failed before its rule)', () => {
  it.each<[string, string, AliasRow[]]>([
    ['"(Amendment)" inside a decree dated "of 1978"', 'In 1978 the Trade Unions (Amendment) Decree of 1978 restructured the unions.', [
      ['Trade Unions (Amendment) Decree of 1978', 'LAW', ['Trade Unions (Amendment) Decree of 1978']],
    ]],
    ['"(Amendment)" and a year right after the head, Commonwealth style', 'Then the Trade Union (Amendment) Act 2005 ended the monopoly.', [
      ['Trade Union (Amendment) Act 2005', 'LAW', ['Trade Union (Amendment) Act 2005']],
    ]],
    ['"(No. 2)" and "(Miscellaneous Amendments)"', 'Parliament passed the Finance (No. 2) Act 2019 and the Statute Law (Miscellaneous Amendments) Act 2018.', [
      ['Parliament', 'ORG', ['Parliament']],
      ['Finance (No. 2) Act 2019', 'LAW', ['Finance (No. 2) Act 2019']],
      ['Statute Law (Miscellaneous Amendments) Act 2018', 'LAW', ['Statute Law (Miscellaneous Amendments) Act 2018']],
    ]],
    ['a year after "Constitution of Kenya", after a paragraph number (no title of a work)', 'Civil society grew.\n\n3.1 The Constitution of Kenya 2010 guarantees freedom of association.', [
      ['Constitution of Kenya 2010', 'LAW', ['Constitution of Kenya 2010']],
    ]],
    ['"The Government of …" after a paragraph number is the body, not a title', 'Civil society grew.\n\n4.1 The Government of Kenya should publish regulations.', [
      ['Government of Kenya', 'ORG', ['Government of Kenya']],
    ]],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });
});

describe('entities: an unknown personal name in a frame that names a person (each row failed before its rule)', () => {
  it.each<[string, string, AliasRow[]]>([
    ['"the government of …"', 'In 1975 the government of Murtala Mohammed dissolved the four rival centres.', [
      ['Murtala Mohammed', 'PERSON', ['Murtala Mohammed']],
    ]],
    ['"under …" with no noun after it', 'The congress was dissolved again under Sani Abacha in 1994.', [
      ['Sani Abacha', 'PERSON', ['Sani Abacha']],
    ]],
    ['an apposition with a role noun', 'Frank Kokori, the general secretary of the oil workers, was detained.', [
      ['Frank Kokori', 'PERSON', ['Frank Kokori']],
    ]],
    ['"the election of …", "the government of …" with a particle', 'The election of Mwai Kibaki followed the government of Daniel arap Moi.', [
      ['Mwai Kibaki', 'PERSON', ['Mwai Kibaki']],
      ['Daniel arap Moi', 'PERSON', ['Daniel arap Moi']],
    ]],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });

  it.each<[string, string, AliasRow[]]>([
    ['no person before a noun ("under … rule")', 'Under Okoro Ede rule, wages fell.', []],
    ['no person of a name with a head', 'The government of Enugu Province resisted.', [
      ['Enugu Province', 'GPE', ['Enugu Province']],
    ]],
    ['no person of a coalition the gazetteer knows', 'They announced the incapacity of the government of Popular Unity to confront it.', [
      ['Popular Unity', 'ORG', ['Popular Unity']],
    ]],
    ['no person of a place the gazetteer knows', 'Under Hong Kong law, the government of Hong Kong acted.', [
      ['Hong Kong', 'GPE', ['Hong Kong']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });
});

describe('entities: a law named with and without its year is one law (each row failed before its rule)', () => {
  it.each<[string, string, AliasRow[]]>([
    ['the year first, then the name alone', 'The Public Benefit Organizations Act of 2013 stalled. Donors urged the Public Benefit Organizations Act on.', [
      ['Public Benefit Organizations Act of 2013', 'LAW', ['Public Benefit Organizations Act of 2013', 'Public Benefit Organizations Act']],
    ]],
    ['the name alone first, then with a year in the Commonwealth style', 'Parliament passed the Security Laws (Amendment) Act. The Security Laws (Amendment) Act 2014 widened police powers.', [
      ['Parliament', 'ORG', ['Parliament']],
      ['Security Laws (Amendment) Act 2014', 'LAW', ['Security Laws (Amendment) Act', 'Security Laws (Amendment) Act 2014']],
    ]],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });

  it('guard: "a revised Labour Code" is another law than the "Labour Code of 2012"', () => {
    expect(aliasRowsOf('The Labour Code of 2012 set the terms. In 2019 the assembly passed a revised Labour Code, which took effect in 2021.')).toEqual([
      ['Labour Code of 2012', 'LAW', ['Labour Code of 2012']],
      ['Labour Code', 'LAW', ['Labour Code']],
    ]);
  });

  it('guard: with two years the name alone joins neither', () => {
    expect(aliasRowsOf('The Labour Code of 1994 and the Labour Code of 2012 differ; the Labour Code is long.')).toEqual([
      ['Labour Code of 1994', 'LAW', ['Labour Code of 1994']],
      ['Labour Code of 2012', 'LAW', ['Labour Code of 2012']],
      ['Labour Code', 'LAW', ['Labour Code']],
    ]);
  });
});

describe('entities: an acronym the text never defines joins the one organisation it spells (each row failed before its rule)', () => {
  it.each<[string, string, AliasRow[]]>([
    ['the initials of the words before "of"', 'A second centre, the Trade Union Congress of Nigeria, registered. Later the TUC called a general strike.', [
      ['Trade Union Congress of Nigeria', 'ORG', ['Trade Union Congress of Nigeria', 'TUC']],
    ]],
    ['a list of abbreviations: the acronym, then the name it spells', 'The National Convention Executive Council (NCEC) met in Nairobi.\n\nAnnex A: Abbreviations\n\nNCEC National Convention Executive Council\nPBO Public benefit organisation\n', [
      ['National Convention Executive Council', 'ORG', ['National Convention Executive Council', 'NCEC']],
      ['Nairobi', 'GPE', ['Nairobi']],
    ]],
    ['guard: an abbreviation with full stops is no organisation\'s initials', 'Washington, D.C. housed the Department of Commerce.', [
      ['Washington', 'GPE', ['Washington']],
      ['Department of Commerce', 'ORG', ['Department of Commerce']],
    ]],
    ['guard: two organisations named before it spell it, so it joins neither (and "the TUC walked out" makes an organisation of its own)', 'The Trade Union Congress of Nigeria and the Trades Union Council met. The TUC walked out.', [
      ['Trade Union Congress of Nigeria', 'ORG', ['Trade Union Congress of Nigeria']],
      ['Trades Union Council', 'ORG', ['Trades Union Council']],
      ['TUC', 'ORG', ['TUC']],
    ]],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });
});

describe('entities: what is no entity or not a place (each row failed before its rule or data)', () => {
  it.each<[string, string, AliasRow[]]>([
    ['a numbered republic is a regime, not a place', 'Historians divide it into the First Republic and the Fourth Republic.', []],
    ['analysis software is no place', 'Interviews were transcribed and coded in NVivo by the team.', []],
    ['a section\'s name under the title is no author', 'Civic Space in Kenya: A Policy Review, 1990–2022\n\nExecutive Summary\n\nThis report reviews the framework for civil society organisations in Kenya since 1991.', [
      ['Kenya', 'GPE', ['Kenya']],
    ]],
    ['an article of no named law is no place', 'The charter guarantees freedom of association in Article 36.', []],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });
});

describe('entities: words far from any capital, and letters beyond ASCII', () => {
  it.each<[string, string, Row[]]>([
    ['a cue two words back counts after a long stretch with no capital', 'For many years the long and difficult essays were written by Varga in exile.', [
      ['Varga', 'PERSON', [[61, 66, 'Varga']]],
    ]],
    ['without the cue the same word is no one', 'For many years the long and difficult essays were sent by Varga in exile.', []],
    ['an acronym defined far from other capitals joins its name', 'After a long and quiet decade of very slow growth the Federation of Rural Teachers (FRT) was formed, and the FRT then grew.', [
      ['Federation of Rural Teachers', 'ORG', [[54, 82, 'Federation of Rural Teachers'], [84, 87, 'FRT'], [109, 112, 'FRT']]],
    ]],
    ['an acronym of lower-case words names no one', 'Over the following decade many small rural teachers associations (RTAs) grew quietly, and the RTAs later merged.', []],
    ['accented capitals begin names, typed by the place cue and the list', 'Workers in Évora and Ávila struck for a week.', [
      ['Évora', 'GPE', [[11, 16, 'Évora']]],
      ['Ávila', 'GPE', [[21, 26, 'Ávila']]],
    ]],
    ['an accented given name makes a person', 'Émile Zola wrote about miners.', [
      ['Émile Zola', 'PERSON', [[0, 10, 'Émile Zola']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, number]>([
    ['A', CHAR_ALNUM | CHAR_UPPER],
    ['z', CHAR_ALNUM | CHAR_LOWER],
    ['7', CHAR_ALNUM],
    ['Ł', CHAR_ALNUM | CHAR_UPPER],
    ['ñ', CHAR_ALNUM | CHAR_LOWER],
    ['中', CHAR_ALNUM],
    ['’', 0],
    ['\ud835', 0],
  ])('the character table classes %j as %i', (ch, expected) => {
    expect(charClass(ch.charCodeAt(0))).toBe(expected);
  });

  it('the character table agrees with the Unicode properties for every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const expected = (/\p{Lu}/u.test(ch) ? CHAR_UPPER : 0) | (/\p{Ll}/u.test(ch) ? CHAR_LOWER : 0) | (/[\p{L}\p{N}]/u.test(ch) ? CHAR_ALNUM : 0);
      if (charClass(c) !== expected) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

describe('entities: names in citations belong to the citation', () => {
  it.each<[string, string]>([
    ['parenthetical, several in one bracket', 'Some groups thrived (Gallagher 2005; Lee and Shen 2011) in the south.'],
    ['narrative', 'As Chan and Pun (2013) show, dormitories matter.'],
  ])('%s, by their shape when the citations layer has none', (_, text) => {
    expect(entitiesOf(text)).toEqual([]);
  });

  it('a name covered by the citations layer is left out', () => {
    const text = 'Mary Gallagher’s study of Guangdong is cited throughout.';
    const doc = docOf(text, 'citations');
    const citation: Citation = { id: 'c1', start: 0, end: 14, text: 'Mary Gallagher', sentenceId: 's1', authors: ['Gallagher'], year: '2005', pages: null, form: 'narrative', referenceId: null };
    expect(rerunWithCitations(doc, [])).toEqual([
      ['Mary Gallagher', 'PERSON', [[0, 14, 'Mary Gallagher']]],
      ['Guangdong', 'GPE', [[26, 35, 'Guangdong']]],
    ]);
    expect(rerunWithCitations(doc, [citation])).toEqual([['Guangdong', 'GPE', [[26, 35, 'Guangdong']]]]);
  });
});

describe('entities: the corpus', () => {
  it.each(corpusNames())('every mention of %s slices back to the original', (name) => {
    const text = corpusText(name);
    const doc = docOf(text, 'entities');
    const found = doc.layers.entities!;
    expect(found.length).toBeGreaterThan(10);
    for (const e of found) {
      expect(e.mentions.length, e.canonical).toBeGreaterThan(0);
      for (const m of e.mentions) expectSliceMatches(text, m, m.text, `${e.id} ${e.canonical}`);
      expect(e.aliases).toEqual([...new Set(e.mentions.map((m) => m.text))]);
    }
    const ids = found.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds the hand-annotated entities of the seed essay (typed, by canonical or alias)', () => {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, 'labour-ngos-in-china.gold.json'), 'utf8')) as {
      entities: { canonical: string; type: EntityType; aliases: string[] }[];
    };
    const norm = (s: string): string => s.replace(/[’‘]/g, "'").replace(/[–—-]/g, '-').toLowerCase();
    const found: Entity[] = docOf(corpusText('labour-ngos-in-china'), 'entities').layers.entities!;
    const matches = (e: Entity, g: (typeof gold.entities)[number]): boolean =>
      e.type === g.type && [e.canonical, ...e.aliases].map(norm).some((n) => [g.canonical, ...g.aliases].map(norm).includes(n));
    const missed = gold.entities.filter((g) => !found.some((e) => matches(e, g))).map((g) => g.canonical);
    expect(missed).toEqual([]);
    const spurious = found.filter((e) => !gold.entities.some((g) => matches(e, g))).map((e) => e.canonical);
    expect(spurious.length).toBeLessThanOrEqual(2);
  });

  it('mentions outside sentences: the byline author and only known names in headings', () => {
    const text = corpusText('labour-ngos-in-china');
    const found = docOf(text, 'entities').layers.entities!;
    const blockMentions = found.flatMap((e) => e.mentions.filter((m) => m.sentenceId === null).map((m) => [e.canonical, e.type, m.text, (m as { block?: string }).block]));
    // The title names the country; the byline its author; headings such as "Green Shoots" name no one.
    expect(blockMentions).toEqual([
      ['China', 'GPE', 'China', 'title'],
      ['Jude Howell', 'PERSON', 'Jude HOWELL', 'byline'],
    ]);
  });
});

describe('entities: an acronym the text never spells out is an organisation where the text uses it as one (each row failed before its rule)', () => {
  it.each<[string, string, AliasRow[]]>([
    ['"the …" heading its noun phrase', 'After the coup the junta dissolved the CUT and jailed its officers.', [
      ['CUT', 'ORG', ['CUT']],
    ]],
    ['a possessive', 'By then NUMSA’s shop stewards ran the plant.', [
      ['NUMSA', 'ORG', ['NUMSA']],
    ]],
    ['a follower noun after it', 'Two years later UGTT members marched in Sfax.', [
      ['UGTT', 'ORG', ['UGTT']],
      ['Sfax', 'GPE', ['Sfax']],
    ]],
    ['"of" after a follower noun', 'Frank Okon, the general secretary of NUPENG, was arrested.', [
      ['Frank Okon', 'PERSON', ['Frank Okon']],
      ['NUPENG', 'ORG', ['NUPENG']],
    ]],
    ['coordinated with an organisation it frames, longer than eight letters', 'Oil workers in NUPENG and PENGASSAN struck, and PENGASSAN officials were held.', [
      ['NUPENG', 'ORG', ['NUPENG']],
      ['PENGASSAN', 'ORG', ['PENGASSAN']],
    ]],
    ['coordinated with a known organisation', 'The youth wing split from the ANC and the TYL in 1991.', [
      ['African National Congress', 'ORG', ['ANC']],
      ['TYL', 'ORG', ['TYL']],
    ]],
    ['repeated, the subject of a verb', 'ZBCX was the first station in the city. Within a year ZBCX had rivals.', [
      ['ZBCX', 'ORG', ['ZBCX']],
    ]],
    ['before "union" or "party"', 'Labourers joined the FNTT union in 1936, and many later voted for the PSUC party.', [
      ['FNTT', 'ORG', ['FNTT']],
      ['PSUC', 'ORG', ['PSUC']],
    ]],
    ['coordinated across an acronym defined in brackets', 'The Asian Development Bank (ADB) and KWASU funded wells, as BRAC did.', [
      ['Asian Development Bank', 'ORG', ['Asian Development Bank', 'ADB']],
      ['KWASU', 'ORG', ['KWASU']],
      ['BRAC', 'ORG', ['BRAC']],
    ]],
    // (Was a guard until ent-13: an undefined word of three to six capitals that nothing blocks is an organisation.)
    ['three to six capitals used once, with no frame', 'Many unions were tied to MWAFU in those years.', [
      ['MWAFU', 'ORG', ['MWAFU']],
    ]],
    ['two letters after "the"', 'In the 2002 election the PT won the presidency.', [
      ['PT', 'ORG', ['PT']],
    ]],
    ['the one organisation named before it, when two spell it', 'In Chile the Central Única de Trabajadores grew, and the CUT struck. Later Brazil had a Central Única dos Trabalhadores too.', [
      ['Chile', 'GPE', ['Chile']],
      ['Central Única de Trabajadores', 'ORG', ['Central Única de Trabajadores', 'CUT']],
      ['Brazil', 'GPE', ['Brazil']],
      ['Central Única dos Trabalhadores', 'ORG', ['Central Única dos Trabalhadores']],
    ]],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });

  it.each<[string, string, AliasRow[]]>([
    ['generic acronyms', 'The GDP fell, the USD rose, the PDF was lost and the NGO grew, while AIDS spread.', []],
    ['Roman numerals (a regnal number after a known given name makes a person, since the regnal rule; no acronym either way)', 'Under Henry VIII and in section IV of the charter, rights grew.', [['Henry VIII', 'PERSON', ['Henry VIII']]]],
    ['after "a" or "an", or before a term\'s noun', 'They wrote an EIA for the dam; the EIA was ignored. The GEAR policy passed, and GEAR was praised.', []],
    ['a modifier of a lower-case noun after "the"', 'The IT sector grew fast. Then the HR department hired staff.', []],
    ['a sentence in capitals', 'THE NLC AND THE STATE WERE RIVALS FOR DECADES.', []],
    ['part of a longer token', 'Station 8XK broadcast first, and 8XK was licensed later.', []],
  ])('guard: %s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });
});

describe('entities: names of Latin American, African, South Asian and Soviet-bloc histories (each row failed before its rule or data)', () => {
  it.each<[string, string, AliasRow[]]>([
    ['Spanish names with the head first', 'The Partido Liberación Nacional won in 1953, and the Confederación General del Trabajo backed it; the CGT later split.', [
      ['Partido Liberación Nacional', 'ORG', ['Partido Liberación Nacional']],
      ['Confederación General del Trabajo', 'ORG', ['Confederación General del Trabajo', 'CGT']],
    ]],
    ['a French party and a Portuguese place opening with "São"', 'Strikes in São Bernardo do Campo inspired the Rassemblement Démocratique Africain abroad.', [
      ['São Bernardo do Campo', 'GPE', ['São Bernardo do Campo']],
      ['Rassemblement Démocratique Africain', 'ORG', ['Rassemblement Démocratique Africain']],
    ]],
    ['the father\'s family name of a Spanish name used alone', 'In 1948 José Figueres Ferrer took power. Figueres later founded a party.', [
      ['José Figueres Ferrer', 'PERSON', ['José Figueres Ferrer', 'Figueres']],
    ]],
    ['an ordinal and a title make one office before "of"', 'He became First Secretary of the Communist Party of Ukraine in 1938.', [
      ['Communist Party of Ukraine', 'ORG', ['Communist Party of Ukraine']],
    ]],
    ['"Party" ending a name may be carried on by "of"', 'Later the Communist Party of Chile joined the coalition.', [
      ['Communist Party of Chile', 'ORG', ['Communist Party of Chile']],
    ]],
    ['a numbered session of a congress is an event, the congress itself a body', 'At the Twentieth Party Congress and again at the 22nd Party Congress the Party Congress heard him.', [
      ['Twentieth Party Congress', 'EVENT', ['Twentieth Party Congress']],
      ['22nd Party Congress', 'EVENT', ['22nd Party Congress']],
      ['Party Congress', 'ORG', ['Party Congress']],
    ]],
    ['an alliance known by name; "… Pact" a treaty', 'Armies of the Warsaw Pact moved in, as the Molotov–Ribbentrop Pact had foreseen elsewhere.', [
      ['Warsaw Pact', 'ORG', ['Warsaw Pact']],
      ['Molotov–Ribbentrop Pact', 'LAW', ['Molotov–Ribbentrop Pact']],
    ]],
    ['an honorific that is part of a leader\'s name; "… Plaza" a place', 'After the Rana Plaza building fell, the government of Sheikh Hasina amended the law.', [
      ['Rana Plaza', 'LOC', ['Rana Plaza']],
      ['Sheikh Hasina', 'PERSON', ['Sheikh Hasina']],
    ]],
    ['Romance laws with the head first; a given name unknown before the family name of a well-known person', 'Getúlio Vargas decreed the Consolidação das Leis do Trabalho, and Cuauhtémoc Cárdenas later defended the Ley Federal del Trabajo.', [
      ['Getúlio Vargas', 'PERSON', ['Getúlio Vargas']],
      ['Consolidação das Leis do Trabalho', 'LAW', ['Consolidação das Leis do Trabalho']],
      ['Cuauhtémoc Cárdenas', 'PERSON', ['Cuauhtémoc Cárdenas']],
      ['Ley Federal del Trabajo', 'LAW', ['Ley Federal del Trabajo']],
    ]],
    ['general-knowledge leaders, parties, blocs and regions the name lists lack', 'Jomo Kenyatta made KANU the only party; Kenyatta died in 1978. Comecon tied the bloc, and Aung San Suu Kyi won in Burma while miners of the Copperbelt struck.', [
      ['Jomo Kenyatta', 'PERSON', ['Jomo Kenyatta', 'Kenyatta']],
      ['Kenya African National Union', 'ORG', ['KANU']],
      ['Comecon', 'ORG', ['Comecon']],
      ['Aung San Suu Kyi', 'PERSON', ['Aung San Suu Kyi']],
      ['Myanmar', 'GPE', ['Burma']],
      ['Copperbelt', 'LOC', ['Copperbelt']],
    ]],
    ['a gazetteer organisation known by its acronym keeps the name the text spells out', 'The Congress of South African Trade Unions grew fast; by 1990 COSATU had a million members.', [
      ['Congress of South African Trade Unions', 'ORG', ['Congress of South African Trade Unions', 'COSATU']],
    ]],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });

  it.each<[string, string, AliasRow[]]>([
    ['a known place opening a longer unknown name keeps it', 'The station called itself "San Jose Calling" in 1912.', [
      ['San Jose', 'GPE', ['San Jose']],
    ]],
    // (Since Luzon is in the gazetteer, 'Central' before it names a part of it, as 'Northern' would.)
    ['"Central" without a particle names no organisation', 'Floods hit Central Luzon in 1972.', [['Central Luzon', 'LOC', ['Central Luzon']]]],
    ['a place right before a well-known person stays a place', 'In Hungary János Kádár ruled until 1988.', [
      ['Hungary', 'GPE', ['Hungary']],
      ['János Kádár', 'PERSON', ['János Kádár']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });
});

describe('entities: names in headings (each row failed before its rule)', () => {
  /** [canonical, type, block or null, start, end, text] of every mention. */
  const mentionsOf = (text: string): [string, EntityType, string | null, number, number, string][] => {
    const found = docOf(text, 'entities').layers.entities ?? [];
    return found.flatMap((e) => e.mentions.map((m): [string, EntityType, string | null, number, number, string] => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return [e.canonical, e.type, (m as { block?: string }).block ?? null, m.start, m.end, m.text];
    }));
  };
  const intro = 'Labour law in Zedland\n\nThis essay traces unions in Zedland since 1980. It has three parts.\n\n';

  it.each<[string, string, [string, EntityType, string | null, number, number, string][]]>([
    ['a law named only in a heading, with a year', `${intro}The Labour Relations Act 1995\n\nUnions grew in the 1990s.`, [
      ['Zedland', 'GPE', 'title', 14, 21, 'Zedland'],
      ['Zedland', 'GPE', null, 51, 58, 'Zedland'],
      ['Labour Relations Act 1995', 'LAW', 'heading', 96, 121, 'Labour Relations Act 1995'],
    ]],
    ['a law named only in a heading, with a bracketed part or "of" and a year', `${intro}The Trade Union (Amendment) Act\n\nMore unions registered.\n\nThe Employment Ordinance of 1968\n\nIt was repealed.`, [
      ['Zedland', 'GPE', 'title', 14, 21, 'Zedland'],
      ['Zedland', 'GPE', null, 51, 58, 'Zedland'],
      ['Trade Union (Amendment) Act', 'LAW', 'heading', 96, 123, 'Trade Union (Amendment) Act'],
      ['Employment Ordinance of 1968', 'LAW', 'heading', 154, 182, 'Employment Ordinance of 1968'],
    ]],
    ['a heading repeating a bracketed law of the body', `${intro}The Trade Union (Amendment) Act 2005\n\nThe Trade Union (Amendment) Act 2005 ended the monopoly.`, [
      ['Zedland', 'GPE', 'title', 14, 21, 'Zedland'],
      ['Zedland', 'GPE', null, 51, 58, 'Zedland'],
      ['Trade Union (Amendment) Act 2005', 'LAW', 'heading', 96, 128, 'Trade Union (Amendment) Act 2005'],
      ['Trade Union (Amendment) Act 2005', 'LAW', null, 134, 166, 'Trade Union (Amendment) Act 2005'],
    ]],
    ['a heading naming part of a person named in full', `${intro}Ferdinand Braun\n\nIn 1909 Karl Ferdinand Braun shared the prize.`, [
      ['Zedland', 'GPE', 'title', 14, 21, 'Zedland'],
      ['Zedland', 'GPE', null, 51, 58, 'Zedland'],
      ['Karl Ferdinand Braun', 'PERSON', 'heading', 92, 107, 'Ferdinand Braun'],
      ['Karl Ferdinand Braun', 'PERSON', null, 117, 137, 'Karl Ferdinand Braun'],
    ]],
    ['guard: a law head in a title-case heading without year or bracket names no law', `${intro}Labour Law and Practice\n\nCourts grew busy.`, [
      ['Zedland', 'GPE', 'title', 14, 21, 'Zedland'],
      ['Zedland', 'GPE', null, 51, 58, 'Zedland'],
    ]],
  ])('%s', (_, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('entities: rulers, titles, people and places of world history (each row failed before its rule or data)', () => {
  it.each<[string, string, AliasRow[]]>([
    ['a known given name and a regnal number', 'Louis XIV revoked the edict, and Henry VIII broke with Rome.', [
      ['Louis XIV', 'PERSON', ['Louis XIV']],
      ['Henry VIII', 'PERSON', ['Henry VIII']],
      ['Rome', 'GPE', ['Rome']],
    ]],
    ['a ruler’s title before a name with a regnal number stays in the mention, not in the canonical name', 'King Louis XVI was executed, and Sultan Mehmed II took Constantinople.', [
      ['Louis XVI', 'PERSON', ['King Louis XVI']],
      ['Mehmed II', 'PERSON', ['Sultan Mehmed II']],
      ['Constantinople', 'GPE', ['Constantinople']],
    ]],
    ['a pope with a regnal number', 'Pope Pius XII was elected in 1939.', [['Pius XII', 'PERSON', ['Pope Pius XII']]]],
    ['a ruler known by his birth name and his title, one person', 'Temüjin was born near the Onon River, and as Chinggis Khan he ruled the steppe.', [
      ['Genghis Khan', 'PERSON', ['Temüjin', 'Chinggis Khan']],
      ['Onon River', 'LOC', ['Onon River']],
    ]],
    ['an unknown name before what only a person’s life has', 'Ranavalona was crowned in 1828, and Ranavalona ruled alone; Ahmad Shah Durrani died in 1772.', [
      ['Ranavalona', 'PERSON', ['Ranavalona']],
      ['Ahmad Shah Durrani', 'PERSON', ['Ahmad Shah Durrani']],
    ]],
    ['Vietnamese names, family name first, with and without tone marks', 'Đặng Thùy Trâm kept a diary, and Ngo Dinh Diem ruled in Saigon.', [
      ['Đặng Thùy Trâm', 'PERSON', ['Đặng Thùy Trâm']],
      ['Ngo Dinh Diem', 'PERSON', ['Ngo Dinh Diem']],
      ['Ho Chi Minh City', 'GPE', ['Saigon']],
    ]],
    ['Polish and Ukrainian given names with letters beyond Latin-1', 'Łukasz Górnicki wrote in Kraków, and Volodymyr Antonovych taught in Kyiv.', [
      ['Łukasz Górnicki', 'PERSON', ['Łukasz Górnicki']],
      ['Kraków', 'GPE', ['Kraków']],
      ['Volodymyr Antonovych', 'PERSON', ['Volodymyr Antonovych']],
      ['Kyiv', 'GPE', ['Kyiv']],
    ]],
    ['states, cities and regions of older history', 'Mesopotamia was home to Sumer and Akkad; Athens fought Sparta, and Carthage traded with Byzantium.', [
      ['Mesopotamia', 'LOC', ['Mesopotamia']],
      ['Sumer', 'GPE', ['Sumer']],
      ['Akkad', 'GPE', ['Akkad']],
      ['Athens', 'GPE', ['Athens']],
      ['Sparta', 'GPE', ['Sparta']],
      ['Carthage', 'GPE', ['Carthage']],
      ['Byzantium', 'GPE', ['Byzantium']],
    ]],
    ['"I" after a known given name, an epithet after "the", and an unknown name with a number from II', 'Charles I was beheaded, and Peter the Great built a city; Menelik II and Túpac Amaru II fought invaders.', [
      ['Charles I', 'PERSON', ['Charles I']],
      ['Peter the Great', 'PERSON', ['Peter the Great']],
      ['Menelik II', 'PERSON', ['Menelik II']],
      ['Túpac Amaru II', 'PERSON', ['Túpac Amaru II']],
    ]],
    ['states named by their form of rule, and a settlement named like a treaty', 'Franz Joseph I ruled the Habsburg Monarchy, the Abbasid Caliphate ruled from Baghdad, and the Edict of Nantes was revoked.', [
      ['Franz Joseph I', 'PERSON', ['Franz Joseph I']],
      ['Habsburg Monarchy', 'GPE', ['Habsburg Monarchy']],
      ['Abbasid Caliphate', 'GPE', ['Abbasid Caliphate']],
      ['Baghdad', 'GPE', ['Baghdad']],
      ['Edict of Nantes', 'LAW', ['Edict of Nantes']],
    ]],
    ['Arabic names with a joined article, and known given names', 'Hassan al-Banna founded the Muslim Brotherhood, Abdel Fattah el-Sisi took power, and Saddam Hussein invaded Kuwait.', [
      ['Hassan al-Banna', 'PERSON', ['Hassan al-Banna']],
      ['Muslim Brotherhood', 'ORG', ['Muslim Brotherhood']],
      ['Abdel Fattah el-Sisi', 'PERSON', ['Abdel Fattah el-Sisi']],
      ['Saddam Hussein', 'PERSON', ['Saddam Hussein']],
      ['Kuwait', 'GPE', ['Kuwait']],
    ]],
    ['named policies are laws, not persons, and armed movements known without introduction', 'The Truman Doctrine and the Marshall Plan answered the Khmer Rouge, the Viet Minh and the Gang of Four.', [
      ['Truman Doctrine', 'LAW', ['Truman Doctrine']],
      ['Marshall Plan', 'LAW', ['Marshall Plan']],
      ['Khmer Rouge', 'ORG', ['Khmer Rouge']],
      ['Viet Minh', 'ORG', ['Viet Minh']],
      ['Gang of Four', 'ORG', ['Gang of Four']],
    ]],
    ['events by their head or known alone', 'The Partition of India, the Meiji Restoration, the Fourth Crusade and the Reformation changed the world.', [
      ['Partition of India', 'EVENT', ['Partition of India']],
      ['Meiji Restoration', 'EVENT', ['Meiji Restoration']],
      ['Fourth Crusade', 'EVENT', ['Fourth Crusade']],
      ['Reformation', 'EVENT', ['Reformation']],
    ]],
    ['social theorists named by surname alone, possessive or not', 'Bourdieu’s habitus and Foucault’s discipline met Tocqueville in the seminar.', [
      ['Pierre Bourdieu', 'PERSON', ['Bourdieu']],
      ['Michel Foucault', 'PERSON', ['Foucault']],
      ['Alexis de Tocqueville', 'PERSON', ['Tocqueville']],
    ]],
    ['a full name before a bracketed year that is no citation is a person', 'Gandhi (1930) led the march, and Kristin Bakke (2020) spoke in Delhi.', [
      ['Kristin Bakke', 'PERSON', ['Kristin Bakke']],
      ['Delhi', 'GPE', ['Delhi']],
    ]],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });

  it('a regnal number with its sentence’s full stop ends the name, without the stop (the sentence split missed it)', () => {
    expect(entitiesOf('The revolt was crushed by Nicholas I. Alexander II freed the serfs, unlike Charles V. Smith.')).toEqual([
      ['Nicholas I', 'PERSON', [[26, 36, 'Nicholas I']]],
      ['Alexander II', 'PERSON', [[38, 50, 'Alexander II']]],
      ['Charles V. Smith', 'PERSON', [[75, 91, 'Charles V. Smith']]],
    ]);
  });

  it('mentions of a ruler with a regnal number and a title slice back exactly', () => {
    expect(entitiesOf('Sultan Mehmed II took the city; Mehmed II rebuilt it.')).toEqual([
      ['Mehmed II', 'PERSON', [[0, 16, 'Sultan Mehmed II'], [32, 41, 'Mehmed II']]],
    ]);
    expect(entitiesOf('Charles I was beheaded, and Peter the Great built a city; Menelik II and Túpac Amaru II fought invaders.')).toEqual([
      ['Charles I', 'PERSON', [[0, 9, 'Charles I']]],
      ['Peter the Great', 'PERSON', [[28, 43, 'Peter the Great']]],
      ['Menelik II', 'PERSON', [[58, 68, 'Menelik II']]],
      ['Túpac Amaru II', 'PERSON', [[73, 87, 'Túpac Amaru II']]],
    ]);
  });

  it.each<[string, string, AliasRow[]]>([
    ['dynasties and peoples are no entities (a dynasty is a period, a people a demonym)', 'The Xiongnu confederation raided the Han dynasty, and the Tang dynasty fought the Turks. Under the Qing, the frontier moved.', []],
    ['a dynasty before a verb of a life is no person', 'The Ming was born of rebellion, and the Xiongnu died out.', []],
    ['a surname written as an acronym or a Romance particle opens no Vietnamese name (the French title is a periodical; the monitor is an organisation by its head)', 'Le Petit Journal printed it, and the NGO Law Monitor listed it.', [
      ['Le Petit Journal', 'ORG', ['Le Petit Journal']],
      ['NGO Law Monitor', 'ORG', ['NGO Law Monitor']],
    ]],
    ['joined authors before a bracketed year are still cited by shape', 'As Chan and Pun (2013) show, dormitories matter.', []],
    ['the pronoun after a given name, a part of a law or a council with a number', 'When I met Maria I think she was tired; Title IX and Chapter XII passed.', []],
  ])('guard: %s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });
});

describe('entities: the development text of world history', () => {
  const text = readFileSync(join(FIXTURES, 'entities', 'world-dev.txt'), 'utf8');
  it('finds its rulers, people and places, and no dynasty or people', () => {
    const found = docOf(text, 'entities').layers.entities ?? [];
    for (const e of found) for (const m of e.mentions) expectSliceMatches(text, m, m.text, e.canonical);
    const pairs = found.map((e) => `${e.canonical}/${e.type}`);
    for (const wanted of ['Genghis Khan/PERSON', 'Louis XIV/PERSON', 'Henry VIII/PERSON', 'Louis XVI/PERSON', 'Mehmed II/PERSON', 'Pius XII/PERSON', 'Ahmad Shah Durrani/PERSON',
      'Đặng Thùy Trâm/PERSON', 'Łukasz Górnicki/PERSON', 'Nguyễn Văn Thiệu/PERSON', 'Ranavalona/PERSON', 'Mesopotamia/LOC', 'Sparta/GPE', 'Constantinople/GPE', 'Baltic/LOC',
      'Society of Jesus/ORG', 'League of Nations/ORG']) {
      expect(pairs).toContain(wanted);
    }
    for (const name of ['Xiongnu', 'Han', 'Tang', 'Qing', 'Turks', 'Mongols']) expect(found.map((e) => e.canonical)).not.toContain(name);
    expect(found.find((e) => e.canonical === 'Genghis Khan')!.mentions.map((m) => m.text)).toEqual(['Temüjin', 'Temüjin', 'Chinggis Khan']);
  });
});

describe('entities: periodicals, unknown personal names, names opening with a place, generic heads and dated laws (each row failed before its rule or data)', () => {
  it.each<[string, string, AliasRow[]]>([
    ['a periodical after its noun is an ORG (ANNOTATION.md lists journals under ORG)', 'The weekly Tribuna Livre closed in 1960.', [
      ['Tribuna Livre', 'ORG', ['Tribuna Livre']],
    ]],
    ['a periodical after its noun and a comma, opened by an article of another language', 'The union founded its own daily, A Voz, in 1921.', [
      ['A Voz', 'ORG', ['A Voz']],
    ]],
    ['a periodical named by an apposition after it', 'In 1950 Ponte Nova, a daily of the port, was closed.', [
      ['Ponte Nova', 'ORG', ['Ponte Nova']],
    ]],
    ['titles opened by a French or German article are periodicals, not places after "in"', 'The story ran in Le Matin and Die Welt the next day.', [
      ['Le Matin', 'ORG', ['Le Matin']],
      ['Die Welt', 'ORG', ['Die Welt']],
    ]],
    ['at a sentence start, an article of another language opens a periodical before its verb', 'La Prensa reported the arrests.', [
      ['La Prensa', 'ORG', ['La Prensa']],
    ]],
    ['after "author of", titles opened by an article are works, also the second of a pair', 'Rosa Vidal, author of La Casa Vacía and La Reina Roja, died in 1950.', [
      ['Rosa Vidal', 'PERSON', ['Rosa Vidal']],
      ['La Casa Vacía', 'WORK', ['La Casa Vacía']],
      ['La Reina Roja', 'WORK', ['La Reina Roja']],
    ]],
    ['a newspaper whose name opens with a known place is no place', 'The Lagos Tribune and the Manila Times reported the strike.', [
      ['Lagos Tribune', 'ORG', ['Lagos Tribune']],
      ['Manila Times', 'ORG', ['Manila Times']],
    ]],
    ['a newspaper with the place after "of" is one name', 'The Times of India reported it.', [
      ['Times of India', 'ORG', ['Times of India']],
    ]],
    ['agreements named after a city are a law, not the city', 'The Geneva Peace Agreements ended the war.', [
      ['Geneva Peace Agreements', 'LAW', ['Geneva Peace Agreements']],
    ]],
    ['an unknown two-word name before a verb of speech or action is a person', 'In 1993 Sok Chan said the vote was fair, and Bo Rith resigned.', [
      ['Sok Chan', 'PERSON', ['Sok Chan']],
      ['Bo Rith', 'PERSON', ['Bo Rith']],
    ]],
    ['an unknown two-word name before ", who" is a person', 'Keo Sarath, who led the strike, was arrested.', [
      ['Keo Sarath', 'PERSON', ['Keo Sarath']],
    ]],
    ['an unknown two-word name with a possessive before a rule noun is a person', "Keo Sarath's government fell in 1981.", [
      ['Keo Sarath', 'PERSON', ['Keo Sarath']],
    ]],
    ['unknown names listed after a plural role noun and a comma are persons', 'The cabinet was headed by two prime ministers, Chea Dara and Keo Sarath, until 1997.', [
      ['Chea Dara', 'PERSON', ['Chea Dara']],
      ['Keo Sarath', 'PERSON', ['Keo Sarath']],
    ]],
    ['a commentator is a role noun', 'The commentator Lay Vannak was shot.', [
      ['Lay Vannak', 'PERSON', ['Lay Vannak']],
    ]],
    ['a lake with a lower-case head and a boulevard are places', 'Protesters camped by Boeng Tras lake and marched along Phsar Thmei Boulevard.', [
      ['Boeng Tras lake', 'LOC', ['Boeng Tras lake']],
      ['Phsar Thmei Boulevard', 'LOC', ['Phsar Thmei Boulevard']],
    ]],
    ['a constitution dated before or after its head is a law', 'The 1961 Constitution replaced the Constitution of 1948.', [
      ['1961 Constitution', 'LAW', ['1961 Constitution']],
      ['Constitution of 1948', 'LAW', ['Constitution of 1948']],
    ]],
    ['an acronym given later in apposition joins the law it spells', 'The Law on Public Order, known by its acronym, LPO, was passed in 1969.', [
      ['Law on Public Order', 'LAW', ['Law on Public Order', 'LPO']],
    ]],
    ['a hyphenated word gives an initial per part', 'The Law on Non-Governmental Groups passed; critics called it the LNGG.', [
      ['Law on Non-Governmental Groups', 'LAW', ['Law on Non-Governmental Groups', 'LNGG']],
    ]],
  ])('%s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });

  it.each<[string, string, AliasRow[]]>([
    ['English vocative "O" opens no periodical', 'The choir sang O Holy Night in Lisbon.', [
      ['Lisbon', 'GPE', ['Lisbon']],
    ]],
    ['an indefinite act with a year names no law', 'Created by an Act of 1990, the board met.', []],
    ['a text set in capitals: a word after a periodical noun and a comma is no title', 'FOUNDER OF ANARCHIST NEWSPAPERS, AS WELL AS A PRINTER.', []],
    ['squats named in quotes are no periodicals', 'Squats like "El Ateneo" stayed open.', []],
  ])('guard: %s', (_, text, expected) => {
    expect(aliasRowsOf(text)).toEqual(expected);
  });

  it('the development text names its periodicals, persons, places and laws', () => {
    const text = readFileSync(join(FIXTURES, 'entities', 'names-dev-2.txt'), 'utf8');
    const found = docOf(text, 'entities').layers.entities ?? [];
    for (const e of found) for (const m of e.mentions) expectSliceMatches(text, m, m.text, e.canonical);
    const pairs = found.map((e) => `${e.canonical}/${e.type}`);
    for (const wanted of ['Jornal do Commercio/ORG', 'Le Monde/ORG', 'Die Zeit/ORG', 'La Nación/ORG', 'Nairobi Herald/ORG', 'Manila Times/ORG', 'Bangkok Post/ORG',
      'Sisowath Quay/LOC', 'Tonle Sap lake/LOC', 'Monivong Boulevard/LOC', '1961 Constitution/LAW', 'Constitution of 1948/LAW', 'Law on Public Order/LAW']) {
      expect(pairs).toContain(wanted);
    }
    for (const place of ['Nairobi', 'Manila', 'Bangkok']) expect(found.map((e) => e.canonical)).not.toContain(place);
    expect(found.find((e) => e.canonical === 'Law on Public Order')!.aliases).toEqual(['Law on Public Order', 'LPO']);
  });
});

describe('entities: law names with "and", quoted nicknames of laws, branches named by their country, persons in apposition, names given by "known as", one name opened by a place, two-word demonyms (round 4; each row failed before its rule or data)', () => {
  it.each<[string, string, Row[]]>([
    ['"and" joins two plural nouns before a law head into one law', 'The Churches and Religious Communities Law was passed in 1999.', [
      ['Churches and Religious Communities Law', 'LAW', [[4, 42, 'Churches and Religious Communities Law']]],
    ]],
    ['"and" before a law head, the left word an organisation head', 'Critics attacked the Assemblies and Processions Act of 1962.', [
      ['Assemblies and Processions Act of 1962', 'LAW', [[21, 59, 'Assemblies and Processions Act of 1962']]],
    ]],
    ['an organisation head followed by its country names the branch, not the country', 'Grants came from the Lindqvist Foundation Ghana and the Harbour Trust Kenya.', [
      ['Lindqvist Foundation Ghana', 'ORG', [[21, 47, 'Lindqvist Foundation Ghana']]],
      ['Harbour Trust Kenya', 'ORG', [[56, 75, 'Harbour Trust Kenya']]],
    ]],
    ['a person after a role noun and a comma: "his successor, …"', 'His successor, Emeka Okafor, released the prisoners in 1971.', [
      ['Emeka Okafor', 'PERSON', [[15, 27, 'Emeka Okafor']]],
    ]],
    ['a person after "the winner, …"', 'The crowds wanted the winner, Kwame Mensah, to take office.', [
      ['Kwame Mensah', 'PERSON', [[30, 42, 'Kwame Mensah']]],
    ]],
    ['a person before an apposition whose role noun comes after a possessive', "The union chose Tunde Bakare, a dock workers' leader, as its president in 1970.", [
      ['Tunde Bakare', 'PERSON', [[16, 28, 'Tunde Bakare']]],
    ]],
    ['a person before an apposition with a demonym and an occupation', 'In 1937 the governor tried to deport Tomasi Vunisa, a Fijian planter who had addressed the workers.', [
      ['Tomasi Vunisa', 'PERSON', [[37, 50, 'Tomasi Vunisa']]],
    ]],
    ['a one-word name after "known as" takes the type of the noun before it, and keeps it later', 'In 1920 the two leagues formed a joint committee, known as Volkshilfe, and the leaders of Volkshilfe later entered the cabinet.', [
      ['Volkshilfe', 'ORG', [[59, 69, 'Volkshilfe'], [90, 100, 'Volkshilfe']]],
    ]],
    ['a law nicknamed with "known as"', 'In 1950 parliament passed an emergency law known as Sedition Order.', [
      ['Sedition Order', 'LAW', [[52, 66, 'Sedition Order']]],
    ]],
    ['after "the", a known place and an unknown capitalised word are one name, not the place', 'Thousands joined the Caribbean Chain in 1991, and the Danube Vigil followed.', []],
    ['a two-word demonym is no person', 'Historians of Sierra Leonean labour disagree with Costa Rican scholars.', []],
    ['a quoted nickname in lower case after "called" is a law', "In 1880 the assembly passed a press law that its critics called the 'muzzle law'.", [
      ['muzzle law', 'LAW', [[69, 79, 'muzzle law']]],
    ]],
    ['after "dubbed it" and "so-called", with curly quotes', 'Critics dubbed it the “foreign money law” in 2012, and the so-called ‘anti-picket decree’ followed.', [
      ['foreign money law', 'LAW', [[23, 40, 'foreign money law']]],
      ['anti-picket decree', 'LAW', [[70, 88, 'anti-picket decree']]],
    ]],
    ['after "such as", a plural cue noun types the names listed: unions', 'Unions such as Vienybė and Darbas joined the protest in 1990.', [
      ['Vienybė', 'ORG', [[15, 22, 'Vienybė']]],
      ['Darbas', 'ORG', [[27, 33, 'Darbas']]],
    ]],
    ['after "such as", a plural cue noun types the names listed: periodicals are ORG', 'Newspapers such as Pravdin, Glasnik and Zora closed in 1960.', [
      ['Pravdin', 'ORG', [[19, 26, 'Pravdin']]],
      ['Glasnik', 'ORG', [[28, 35, 'Glasnik']]],
      ['Zora', 'ORG', [[40, 44, 'Zora']]],
    ]],
    ['after a preposition, "O" opens a periodical\'s title (English has no vocative there)', 'The strike was reported by O Diário in 1912.', [
      ['O Diário', 'ORG', [[27, 35, 'O Diário']]],
    ]],
    ['an unknown name whose possessive governs a relative or an event of a life is a person', "In 1970 Kwabena Mensah's arrest provoked a strike, and Kojo Asante's widow sued.", [
      ['Kwabena Mensah', 'PERSON', [[8, 22, 'Kwabena Mensah']]],
      ['Kojo Asante', 'PERSON', [[55, 66, 'Kojo Asante']]],
    ]],
    ["an unknown name whose possessive governs an organisation's name is a person", "Kojo Asante's Harbour Workers' Union struck in 1961.", [
      ['Kojo Asante', 'PERSON', [[0, 11, 'Kojo Asante']]],
      ["Harbour Workers' Union", 'ORG', [[14, 36, "Harbour Workers' Union"]]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ['two laws joined by "and" stay two laws', 'The Trade Union Act and the Employment Act were repealed.', [
      ['Trade Union Act', 'LAW', [[4, 19, 'Trade Union Act']]],
      ['Employment Act', 'LAW', [[28, 42, 'Employment Act']]],
    ]],
    ['"X Act and Y Act" without an article stays two laws', 'The Press Act and Police Act were repealed.', [
      ['Press Act', 'LAW', [[4, 13, 'Press Act']]],
      ['Police Act', 'LAW', [[18, 28, 'Police Act']]],
    ]],
    ['after "the", a known place before a head word is an organisation', 'The Ghana Government and the Kenya Police acted.', [
      ['Ghana Government', 'ORG', [[4, 20, 'Ghana Government']]],
      ['Kenya Police', 'ORG', [[29, 41, 'Kenya Police']]],
    ]],
    ['after "the", a known place before a demonym or an acronym is still the place', 'The Hong Kong Chinese and the Hong Kong NGOs protested.', [
      ['Hong Kong', 'GPE', [[4, 13, 'Hong Kong'], [30, 39, 'Hong Kong']]],
    ]],
    ['a country alone after a role noun and a comma is no person', 'Its leader, Ghana, voted first.', [
      ['Ghana', 'GPE', [[12, 17, 'Ghana']]],
    ]],
    ['"A" after a preposition is English', 'They went from A to Z.', []],
    ['a noun that is no cue before "such as" types nothing', 'Cities such as Tema grew.', []],
    ['quoted generic words after a naming cue are no law', "They called the 'new rules' unfair, and he recalled the 'old law' and called it the 'new law'.", []],
    ["a possessive inside an organisation's name makes no person", "Delegates of the Universal Craftsmen's Association met in 1872.", []],
    ['a known place with a possessive stays a place', "Accra Region's farmers and Tema Harbour's workers struck.", [
      ['Accra Region', 'GPE', [[0, 12, 'Accra Region']]],
      ['Tema Harbour', 'LOC', [[27, 39, 'Tema Harbour']]],
    ]],
    ['a two-word demonym that opens a longer name is kept in it', 'The Costa Rican Coffee Institute protested.', [
      ['Costa Rican Coffee Institute', 'ORG', [[4, 32, 'Costa Rican Coffee Institute']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe('entities: periodicals by plural, apposition and staff nouns, new places, noble and postposed titles, Romance institutions and laws, divisions, prisons, legislatures, "from" inside a law, organisations as bylines (round 5; each row failed before its rule or data)', () => {
  it.each<[string, string, Row[]]>([
    ["a plural periodical noun before 'such as' (monthlies) makes a periodical", "Monthlies such as Zorya printed long debates on religion.", [
      ["Zorya", 'ORG', [[18, 23, "Zorya"]]],
    ]],
    ["a plural periodical noun before 'such as' (dailies, a periodical's noun is a work's noun too)", "In 1900 dailies such as Kurjer sold fifty thousand copies.", [
      ["Kurjer", 'ORG', [[24, 30, "Kurjer"]]],
    ]],
    ["'paper' names a paper in an apposition closed by a comma", "The first private paper, Tribuna, was licensed in 1850.", [
      ["Tribuna", 'ORG', [[25, 32, "Tribuna"]]],
    ]],
    ["a two-word periodical noun in an apposition closed by a comma ('a news agency, Ravan,')", "In 1934 the government set up a news agency, Ravan, to supply the provincial papers.", [
      ["Ravan", 'ORG', [[45, 50, "Ravan"]]],
    ]],
    ["a two-word periodical noun right before the name ('the news site …')", "In 2018 a court fined the news site Ekspres for libel.", [
      ["Ekspres", 'ORG', [[36, 43, "Ekspres"]]],
    ]],
    ["an apposition after the name with modifiers before a two-word periodical noun", "In 2024 a court ordered the closure of Vestnik, the largest independent news site.", [
      ["Vestnik", 'ORG', [[39, 46, "Vestnik"]]],
    ]],
    ["an apposition after the name naming a broadcaster ('an investigative channel')", "The police arrested six reporters of Nova Live, an investigative channel.", [
      ["Nova Live", 'ORG', [[37, 46, "Nova Live"]]],
    ]],
    ["a paper's people before 'of' make a periodical, and the next of the coordination takes the cue", "In 1978 the journalists of Kurjer and Zorya went on strike.", [
      ["Kurjer", 'ORG', [[27, 33, "Kurjer"]]],
      ["Zorya", 'ORG', [[38, 43, "Zorya"]]],
    ]],
    ["'New' before a known place names a new place, not the old one", "The viceroy of New Granada ruled from Bogotá after 1740.", [
      ["New Granada", 'GPE', [[15, 26, "New Granada"]]],
      ["Bogotá", 'GPE', [[38, 44, "Bogotá"]]],
    ]],
    ["'New' before a known place at a sentence's start is part of the name", "New Galicia sent silver to the capital in 1580.", [
      ["New Galicia", 'GPE', [[0, 11, "New Galicia"]]],
    ]],
    ["a ruler's title written after the name ('Shah') makes a person", "Under Fath Ali Shah the court printed no newspaper.", [
      ["Fath Ali Shah", 'PERSON', [[6, 19, "Fath Ali Shah"]]],
    ]],
    ["a postposed title after a name with a joined particle ('al-Din')", "In 1848 Jalal al-Din Shah closed the press.", [
      ["Jalal al-Din Shah", 'PERSON', [[8, 25, "Jalal al-Din Shah"]]],
    ]],
    ["a title of nobility with 'of' names one person; the ordinal before it is no part of the name", "The Second Count of Floridablanca led the ministry from 1777.", [
      ["Count of Floridablanca", 'PERSON', [[11, 33, "Count of Floridablanca"]]],
    ]],
    ["a Spanish court named head first ('Juzgado de …')", "The records of the Juzgado de Bienes Difuntos were burnt in 1692.", [
      ["Juzgado de Bienes Difuntos", 'ORG', [[19, 45, "Juzgado de Bienes Difuntos"]]],
    ]],
    ["a Spanish archive named head first with a particle ('Archivo … de la …')", "The Archivo Histórico de la Ciudad holds the minutes of the council.", [
      ["Archivo Histórico de la Ciudad", 'ORG', [[4, 34, "Archivo Histórico de la Ciudad"]]],
    ]],
    ["a Spanish law named head first, with 'de la' inside ('Ordenanzas de …')", "The Ordenanzas de Minería de la Nueva España were issued in 1783.", [
      ["Ordenanzas de Minería de la Nueva España", 'LAW', [[4, 44, "Ordenanzas de Minería de la Nueva España"]]],
    ]],
    ["a lower-case noun of an administrative division makes the name before it a GPE, the noun left out", "Police shot five protesters in the Nookat district in 2008.", [
      ["Nookat", 'GPE', [[35, 41, "Nookat"]]],
    ]],
    ["a prison is a place (LOC), not a GPE", "He spent four years in Qasr Prison for his articles.", [
      ["Qasr Prison", 'LOC', [[23, 34, "Qasr Prison"]]],
    ]],
    ["a legislature named by its own word ('Majlis') is an organisation with the word before it", "In 2016 the Oliy Majlis rejected the bill.", [
      ["Oliy Majlis", 'ORG', [[12, 23, "Oliy Majlis"]]],
    ]],
    ["'from' joins inside a law's name after its head's preposition", "In 2019 the Law on Protection from Online Falsehoods was passed.", [
      ["Law on Protection from Online Falsehoods", 'LAW', [[12, 52, "Law on Protection from Online Falsehoods"]]],
    ]],
    ["'the Americas' is a place (gazetteer)", "Silver from the Americas paid for the wars of the crown.", [
      ["Americas", 'LOC', [[16, 24, "Americas"]]],
    ]],
    ["an organisation as byline is an ORG by its head word, not a person", "Rights in Transition: NGOs in Moldova\n\nDanube Civic Watch\n\nThis report reviews NGOs in Moldova since 1991.", [
      ["Moldova", 'GPE', [[30, 37, "Moldova"], [87, 94, "Moldova"]]],
      ["Danube Civic Watch", 'ORG', [[39, 57, "Danube Civic Watch"]]],
    ]],
    ["an organisation's acronym before a Romance particle names an offshoot of it", "In 1968 dissidents founded the CGT de los Argentinos.", [
      ["CGT de los Argentinos", 'ORG', [[31, 52, "CGT de los Argentinos"]]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ["'paper' right after a comma names no paper when no comma closes the apposition ('In his paper, Lee argues')", "In his paper, Lee argues that the guilds were weak.", []],
    ["'from' joins nothing outside a law's or an organisation's name", "Refugees from Syria found work in the port.", [
      ["Syria", 'GPE', [[14, 19, "Syria"]]],
    ]],
    ["an apposition with 'of the paper' names no paper", "Marlow, the author of the paper, disagreed.", []],
    ["a division noun before another noun makes no place", "The Labour district office closed in 1990.", []],
    ["'Cortés' and 'Rada' are family names, no legislature's head", "Carlos Mondaca Cortés and Juan Rada were arrested in 1976.", [
      ["Carlos Mondaca Cortés", 'PERSON', [[0, 21, "Carlos Mondaca Cortés"]]],
      ["Juan Rada", 'PERSON', [[26, 35, "Juan Rada"]]],
    ]],
    ["a slogan in quotes keeps the known place", "He promised to build a \"New Korea\" in 1993.", [
      ["Korea", 'GPE', [[28, 33, "Korea"]]],
    ]],
    ["a gazetteer name with 'New' stays whole", "The New York Times reported it.", [
      ["New York Times", 'ORG', [[4, 18, "New York Times"]]],
    ]],
    ["people of a paper before 'of the' and a name after 'the' type nothing new ('the editors of the Nation')", "Smith, a journalist, and the editors of the Nation met Ana Ruiz.", [
      ["Ana Ruiz", 'PERSON', [[55, 63, "Ana Ruiz"]]],
    ]],
    ["'paper' right before a name ('In this paper Lee …') names no paper", "In this paper Lee compares two unions.", []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe('entities: places after "at" and before "zone", laws named by their month, examples after "above all" and "including" (round 5, the open forms of round 4; each row failed before its rule)', () => {
  it.each<[string, string, Row[]]>([
    ["'at' after a noun of works or settlements is a place's preposition", "Factories at Tema were closed to unions in 1975.", [
      ["Tema", 'GPE', [[13, 17, "Tema"]]],
    ]],
    ["a zone named after its town: the town is a GPE, the noun left out", "Workers in the Tema zone protested in 1975.", [
      ["Tema", 'GPE', [[15, 19, "Tema"]]],
    ]],
    ["'at' after a massacre or battle names its place", "The massacre at Sharpeville shocked the world.", [
      ["Sharpeville", 'GPE', [[16, 27, "Sharpeville"]]],
    ]],
    ["an act of state named by its month after a determiner ('the April Manifesto')", "The April Manifesto promised free elections.", [
      ["April Manifesto", 'LAW', [[4, 19, "April Manifesto"]]],
    ]],
    ["a month before a dated law head joins the law ('the May Laws of 1882')", "The May Laws of 1882 restricted where Jews could live.", [
      ["May Laws of 1882", 'LAW', [[4, 20, "May Laws of 1882"]]],
    ]],
    ["'above all' after a plural periodical noun gives its example, as 'such as'", "A few opposition dailies, above all Tribuna, survived the cuts.", [
      ["Tribuna", 'ORG', [[36, 43, "Tribuna"]]],
    ]],
    ["'including' after a plural periodical noun gives its example", "In 1900 weeklies including Kurjer sold well.", [
      ["Kurjer", 'ORG', [[27, 33, "Kurjer"]]],
    ]],
    ["'above all' after a plural work noun gives a work", "He read many books, above all Ulysses.", [
      ["Ulysses", 'WORK', [[30, 37, "Ulysses"]]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ["'at' after a verb names no place", "She worked at Foxconn in 2010.", [
      ["Foxconn", 'ORG', [[14, 21, "Foxconn"]]],
    ]],
    ["'Manifesto' without a month is no law (a work)", "The Communist Manifesto appeared in 1848.", []],
    ["a month without a determiner before it names no law", "In October Manifesto sales rose.", []],
    ["'at' after a noun of people names no place", "Strikers at Harvard won in 1988.", []],
  ])('guard: %s', (_, text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("entities: events named by their date, places after 'the port of', people after 'secretary' and 'champion' (eighth session; each row but the guards failed before its rule)", () => {
  it.each<[string, string, Row[]]>([
    ["a month and a head ('the October Revolution')", "The October Revolution of 1917 changed everything.", [
      ["October Revolution", 'EVENT', [[4, 22, "October Revolution"]]],
    ]],
    ["a month, an ordinal word and a head ('the May Fourth Movement'), not an ORG 'Fourth Movement'", "Students joined the May Fourth Movement in 1919.", [
      ["May Fourth Movement", 'EVENT', [[20, 39, "May Fourth Movement"]]],
    ]],
    ["a month, a day in figures and a head ('the February 28 Incident')", "The February 28 Incident of 1947 ended the hopes of reformers.", [
      ["February 28 Incident", 'EVENT', [[4, 24, "February 28 Incident"]]],
    ]],
    ["a plural head ('the July Days')", "Workers struck during the July Days of 1917.", [
      ["July Days", 'EVENT', [[26, 35, "July Days"]]],
    ]],
    ["'the port of' makes a single unknown name a place, the noun left out", "In 1929 the dockers of the port of Wonsan struck.", [
      ["Wonsan", 'GPE', [[35, 41, "Wonsan"]]],
    ]],
    ["'the village of'", "The village of Lidice was destroyed in 1942.", [
      ["Lidice", 'GPE', [[15, 21, "Lidice"]]],
    ]],
    ["'secretary' before a name is a role noun", "Its general secretary Newstead Zimba spoke.", [
      ["Newstead Zimba", 'PERSON', [[22, 36, "Newstead Zimba"]]],
    ]],
    ["'champion' before a name is a role noun", "The marathon champion Son Kee-chung won in 1936.", [
      ["Son Kee-chung", 'PERSON', [[22, 35, "Son Kee-chung"]]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ["a month without a determiner before it names no event", "In October Revolution was in the air.", []],
    ["a month before a head of no event names none ('May Fourth Street')", "They met in the May Fourth Street of the old town.", [
      ["Fourth Street", 'LOC', [[20, 33, "Fourth Street"]]],
    ]],
    ["'a town of' names no place (people of a kind)", "A town of Germans grew there.", []],
    ["'of' after a noun of no settlement names no place", "The history of Wonsan is long.", []],
  ])('guard: %s', (_, text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe('entities: a nationality or language and a clause after a closed list name nothing (ninth session; each row but the guards failed before its rule)', () => {
  it.each<[string, string, Row[]]>([
    ["a language before a periodical's apposition names no paper; the paper after the noun does", 'The first weekly printed in Armenian, the official gazette Lraber, appeared in 1850.', [
      ['Lraber', 'ORG', [[59, 65, 'Lraber']]],
    ]],
    ["a nationality after a periodical's noun is no title ('a weekly French edition'), nor later where the text repeats it", 'The paper also printed a weekly French edition. Later the French edition closed.', []],
    ["', and' after a list closed by 'and' opens a clause: its first word is no member ('Venetian consuls')", 'Exiles printed papers in Geneva, Lyon and Cairo, and Venetian consuls watched them. Venetian money paid the spies.', [
      ['Geneva', 'GPE', [[25, 31, 'Geneva']]],
      ['Lyon', 'GPE', [[33, 37, 'Lyon']]],
      ['Cairo', 'GPE', [[42, 47, 'Cairo']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ['a list with a serial comma still types its last member', 'Exiles printed papers in Geneva, Lyon, and Mostar.', [
      ['Geneva', 'GPE', [[25, 31, 'Geneva']]],
      ['Lyon', 'GPE', [[33, 37, 'Lyon']]],
      ['Mostar', 'GPE', [[43, 49, 'Mostar']]],
    ]],
    ["a periodical's noun before a title still names the paper", 'The daily Novi List and the weekly Zora were banned.', [
      ['Novi List', 'ORG', [[10, 19, 'Novi List']]],
      ['Zora', 'ORG', [[35, 39, 'Zora']]],
    ]],
    ['an apposition after a title still names the paper', 'Novi List, a daily of the port, was banned.', [
      ['Novi List', 'ORG', [[0, 9, 'Novi List']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe('entities: a compass point before a known place names a part of it (ninth session; each row but the guards failed before its rule)', () => {
  it.each<[string, string, Row[]]>([
    ['two colonies named by compass points are two GPEs, not one place', 'Copper from Northern Rhodesia went by rail to the coast, and Southern Rhodesia took a share.', [
      ['Northern Rhodesia', 'GPE', [[12, 29, 'Northern Rhodesia']]],
      ['Southern Rhodesia', 'GPE', [[61, 78, 'Southern Rhodesia']]],
    ]],
    ["at a sentence's start too, where the text writes the word in lower case elsewhere", 'Northern Rhodesia became Zambia in 1964; the northern towns grew.', [
      ['Northern Rhodesia', 'GPE', [[0, 17, 'Northern Rhodesia']]],
      ['Zambia', 'GPE', [[25, 31, 'Zambia']]],
    ]],
    ["the part keeps the place's type: a LOC after a LOC, a GPE after a GPE; 'Upper' and 'West' too", 'Villages of Eastern Anatolia and Upper Egypt sent migrants to West Berlin.', [
      ['Eastern Anatolia', 'LOC', [[12, 28, 'Eastern Anatolia']]],
      ['Upper Egypt', 'GPE', [[33, 44, 'Upper Egypt']]],
      ['West Berlin', 'GPE', [[62, 73, 'West Berlin']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ['a compass word in lower case is no part of the name; gazetteer names win', 'Workers in northern Italy and South Korea struck, and Western Europe watched.', [
      ['Italy', 'GPE', [[20, 25, 'Italy']]],
      ['South Korea', 'GPE', [[30, 41, 'South Korea']]],
      ['Western Europe', 'LOC', [[54, 68, 'Western Europe']]],
    ]],
    ["an organisation's head still names the body", "The Northern Rhodesia Mineworkers' Union was founded in 1949.", [
      ["Northern Rhodesia Mineworkers' Union", 'ORG', [[4, 40, "Northern Rhodesia Mineworkers' Union"]]],
    ]],
    ['a compass word before no known place names none', 'He moved North to Chicago.', [
      ['Chicago', 'GPE', [[18, 25, 'Chicago']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a periodical's title in an apposition after its noun (ninth session; each row but the guards failed before its rule)", () => {
  it.each<[string, string, Row[]]>([
    ["the noun with its owner after 'of', then a list of titles closed by a comma", 'The leading weeklies of the Federation, Zora and Iskra, were banned in 1921.', [
      ['Zora', 'ORG', [[40, 44, 'Zora']]],
      ['Iskra', 'ORG', [[49, 54, 'Iskra']]],
    ]],
    ["an article after the comma, and the next title of the coordination after 'and the'", 'Two Serbian dailies, the Novi List and the Radnik, were licensed in 1920.', [
      ['Novi List', 'ORG', [[25, 34, 'Novi List']]],
      ['Radnik', 'ORG', [[43, 49, 'Radnik']]],
    ]],
    ["'paper' names a periodical in an apposition closed by the sentence's end", 'In 1878 she founded her own paper, Glas Naroda.', [
      ['Glas Naroda', 'ORG', [[35, 46, 'Glas Naroda']]],
    ]],
    ['a personal name after the comma is the person, no paper', 'The editor of the daily, Thomas Hughes, resigned.', [
      ['Thomas Hughes', 'PERSON', [[25, 38, 'Thomas Hughes']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ["names after the noun and its place, not closed by a comma, are places, no papers", 'The weeklies of Iquique, Tocopilla and Taltal were closed.', []],
    ["a known place after 'of' opens a list of places", 'After the war the dailies of Chile, Valdivia and Osorno, the censors said, closed.', [
      ['Chile', 'GPE', [[29, 34, 'Chile']]],
      ['Valdivia', 'GPE', [[36, 44, 'Valdivia']]],
      ['Osorno', 'GPE', [[49, 55, 'Osorno']]],
    ]],
    ["'paper' before a comma and a name that goes on names no paper", 'In his paper, Lee argues otherwise.', []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: examples after 'such as the', 'except' and 'other than' take the noun's cue (ninth session; each row but the guards failed before its rule)", () => {
  it.each<[string, string, Row[]]>([
    ["'except', an article and a modifier before the title", 'The censors closed all newspapers except the official Glasnik.', [
      ['Glasnik', 'ORG', [[54, 61, 'Glasnik']]],
    ]],
    ["'such as the', and the next title after 'and the'", 'He wrote for weeklies such as the Zora and the Radnik.', [
      ['Zora', 'ORG', [[34, 38, 'Zora']]],
      ['Radnik', 'ORG', [[47, 53, 'Radnik']]],
    ]],
    ["'other than' after an organisation's noun", 'All unions other than Vienybė were banned.', [
      ['Vienybė', 'ORG', [[22, 29, 'Vienybė']]],
    ]],
    ["'above all the'", 'Opposition dailies, above all the Tribuna, were closed.', [
      ['Tribuna', 'ORG', [[34, 41, 'Tribuna']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ["a preposition after 'except' keeps its place", 'The censors closed all newspapers except in Busan.', [
      ['Busan', 'GPE', [[44, 49, 'Busan']]],
    ]],
    ["a gazetteer place after 'such as the' stays a place", 'Countries such as the Netherlands lent money.', [
      ['Netherlands', 'GPE', [[22, 33, 'Netherlands']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a nationality before a person's name is no part of it (ninth session; each row but the guards failed before its rule or data)", () => {
  it.each<[string, string, Row[]]>([
    ['a nationality adjective before a name', 'The Italian Pietro Gori spoke in Buenos Aires.', [
      ['Pietro Gori', 'PERSON', [[12, 23, 'Pietro Gori']]],
      ['Buenos Aires', 'GPE', [[33, 45, 'Buenos Aires']]],
    ]],
    ["a nationality noun before a name ('Frenchman' joins the non-entity words)", 'In 1840 the Frenchman Jean Marchand started a paper.', [
      ['Jean Marchand', 'PERSON', [[22, 35, 'Jean Marchand']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ["a nationality opening an organisation's name stays in it", 'The Chinese Communist Party met the Korean Workers Party.', [
      ['Chinese Communist Party', 'ORG', [[4, 27, 'Chinese Communist Party']]],
      ['Korean Workers Party', 'ORG', [[36, 56, 'Korean Workers Party']]],
    ]],
    ['a nationality before a title stays in the mention', 'Soviet Marshal Georgy Zhukov and the Italian Riviera.', [
      ['Georgy Zhukov', 'PERSON', [[0, 28, 'Soviet Marshal Georgy Zhukov']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe('entities: occupations of letters, science and the professions introduce a person (ninth session; each row but the guards failed before its data)', () => {
  it.each<[string, string, Row[]]>([
    ["'the archivist' before an unknown name", 'In 1950 the archivist Dumisa Khanye catalogued the papers.', [
      ['Dumisa Khanye', 'PERSON', [[22, 35, 'Dumisa Khanye']]],
    ]],
    ["'the astronomer', 'the playwright' before a family name alone", 'Copies went to the astronomer Encke and the playwright Heiberg.', [
      ['Encke', 'PERSON', [[30, 35, 'Encke']]],
      ['Heiberg', 'PERSON', [[55, 62, 'Heiberg']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ["an occupation before 'of' and an organisation leaves the organisation", 'The librarian of Vienna University catalogued them.', [
      ['Vienna University', 'ORG', [[17, 34, 'Vienna University']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: 'to' after a verb of exile or flight names a place (ninth session; each row but the guards failed before its rule)", () => {
  it.each<[string, string, Row[]]>([
    ["'banished to' before an unknown name", 'In 1925 the editor was banished to Kastamonu for two years.', [
      ['Kastamonu', 'GPE', [[35, 44, 'Kastamonu']]],
    ]],
    ["'deported to' (and 'fled to' before a known city, as before)", 'Thousands were deported to Karaganda, and others fled to Tabriz.', [
      ['Karaganda', 'GPE', [[27, 36, 'Karaganda']]],
      ['Tabriz', 'GPE', [[57, 63, 'Tabriz']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ["'to' after verbs of going in general names no place ('went to Harvard')", 'After the war he went to Harvard and moved to Siemens.', [
      ['Siemens', 'ORG', [[46, 53, 'Siemens']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe('entities: known names in a keywords line are mentions, as in a heading (ninth session; the first row failed before its rule)', () => {
  const head = 'Unions and the State in Peru\n\nAna Quispe\n\nAbstract\n\nThis article follows the miners of Peru from 1950 to 1990.\n\n';
  const tail = '\n\nIntroduction\n\nThe miners of Peru organised early.';
  it.each<[string, string, Row[]]>([
    ["'Keywords: …' names the country", `${head}Keywords: trade unions; Peru; mining${tail}`, [
      ['Peru', 'GPE', [[24, 28, 'Peru'], [87, 91, 'Peru'], [136, 140, 'Peru'], [178, 182, 'Peru']]],
      ['Ana Quispe', 'PERSON', [[30, 40, 'Ana Quispe']]],
    ]],
    ['guard: other front matter is left alone', `${head}Received: 3 March 2019; Lima University Press${tail}`, [
      ['Peru', 'GPE', [[24, 28, 'Peru'], [87, 91, 'Peru'], [187, 191, 'Peru']]],
      ['Ana Quispe', 'PERSON', [[30, 40, 'Ana Quispe']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: an apposition headed by an organisation's noun makes an unknown name an ORG (ninth session; each row but the guards failed before its rule)", () => {
  it.each<[string, string, Row[]]>([
    ["', an underground party founded in …', and the name's later possessive joins it", "The Zemlya, an underground party founded in 1925, was banned. Police arrested the Zemlya's leaders.", [
      ['Zemlya', 'ORG', [[4, 10, 'Zemlya'], [82, 88, 'Zemlya']]],
    ]],
    ["', a federation of …'", 'Its rival was the Sloga, a federation of peasant unions.', [
      ['Sloga', 'ORG', [[18, 23, 'Sloga']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ["the noun before a further noun describes a person ('a union organiser')", 'He met Dumisa Khanye, a union organiser, in 1950.', [
      ['Dumisa Khanye', 'PERSON', [[7, 20, 'Dumisa Khanye']]],
    ]],
    ["'a party to' names a side, no party", 'Smith, a party to the dispute, objected.', []],
    ["'a group of' names no organisation", 'The Chagos, a group of islands, lie south.', []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: an organisation's head alone after 'the' is the one organisation named before with it first (ninth session; each row but the guards failed before its rule)", () => {
  it.each<[string, string, Row[]]>([
    ["'the Bank' after 'the Bank of Upper Canada'", 'The Bank of Upper Canada lent to farmers. In 1866 the Bank failed.', [
      ['Bank of Upper Canada', 'ORG', [[4, 24, 'Bank of Upper Canada'], [54, 58, 'Bank']]],
    ]],
    ["a hyphenated head, also at a sentence's start after 'The'", 'Officials of the Government-General of Korea closed the schools. Schools used books approved by the Government-General. The Government-General then created a league.', [
      ['Government-General of Korea', 'ORG', [[17, 44, 'Government-General of Korea'], [100, 118, 'Government-General'], [124, 142, 'Government-General']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ['two organisations with the head first: the head alone names neither', 'The Ministry of Labour and the Ministry of Justice disagreed; the Ministry said nothing.', [
      ['Ministry of Labour', 'ORG', [[4, 22, 'Ministry of Labour']]],
      ['Ministry of Justice', 'ORG', [[31, 50, 'Ministry of Justice']]],
    ]],
    ['the head alone before the full name names nothing', 'The Commission reported in 1931. Later the Commission of Inquiry into Wages met.', [
      ['Commission of Inquiry', 'ORG', [[43, 64, 'Commission of Inquiry']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a nationality before a common noun after a preposition is no part of a name (ninth session; each row but the guards failed before its rule)", () => {
  it.each<[string, string, Row[]]>([
    ["'… Association for Indian staff': the organisation ends before 'for'", "The company founded a Clerks' Association for Indian staff in 1950.", [
      ["Clerks' Association", 'ORG', [[22, 41, "Clerks' Association"]]],
    ]],
    ["'Associations of Chinese schoolteachers' at a sentence's start names nothing", 'Associations of Chinese schoolteachers campaigned for their language.', []],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ['a nationality before a capitalised word stays in the name', 'The Society for African Studies met.', [
      ['Society for African Studies', 'ORG', [[4, 31, 'Society for African Studies']]],
    ]],
    ['a nationality before a preposition stays in the name', 'The Federation of Chinese in Malaya protested.', [
      ['Federation of Chinese', 'ORG', [[4, 25, 'Federation of Chinese']]],
      ['Malaya', 'GPE', [[29, 35, 'Malaya']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: an adjective of a people in '-ish' names no event alone, listed or not (ninth session; each row but the guards failed before its rule)", () => {
  it.each<[string, string, Row[]]>([
    ["'the Flemish riots'", 'The Flemish riots spread to the towns.', []],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ['a name before the lower-case head still names the event', 'The Honda strikes ended in 2010.', [
      ['Honda strikes', 'EVENT', [[4, 17, 'Honda strikes']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a given name before 'and' and a person's full name shares the family name (ninth session; each row but the guards failed before its rule)", () => {
  it.each<[string, string, Row[]]>([
    ["'Julius and Ethel Rosenberg': Julius Rosenberg, the mention the given name", 'Julius and Ethel Rosenberg were executed.', [
      ['Julius Rosenberg', 'PERSON', [[0, 6, 'Julius']]],
      ['Ethel Rosenberg', 'PERSON', [[11, 26, 'Ethel Rosenberg']]],
    ]],
    ["after a cue that typed the given name a person already ('edited by')", 'The journal was edited by Clara and Hans Kramer until 1933.', [
      ['Clara Kramer', 'PERSON', [[26, 31, 'Clara']]],
      ['Hans Kramer', 'PERSON', [[36, 47, 'Hans Kramer']]],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Row[]]>([
    ['a known place before \'and\' keeps its place', 'Between Paris and Jean Monnet there was little love.', [
      ['Paris', 'GPE', [[8, 13, 'Paris']]],
      ['Jean Monnet', 'PERSON', [[18, 29, 'Jean Monnet']]],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe('entities: names capitalised only at their first word, defined by an acronym in brackets (seventeenth session)', () => {
  const named = (text: string): [string, EntityType][] => entitiesOf(text).map(([canonical, type]) => [canonical, type]);

  it.each<[string, string, [string, EntityType]]>([
    ['a French party', 'Every citizen belonged to the single party, the Mouvement révolutionnaire national pour le développement (MRND), until 1991.', ['Mouvement révolutionnaire national pour le développement', 'ORG']],
    ['elided words and connectors, read by initials', "In 1987 the NGOs formed an umbrella body, the Conseil de concertation des organisations d'appui aux initiatives de base (CCOAIB).", ["Conseil de concertation des organisations d'appui aux initiatives de base", 'ORG']],
    ['a Spanish party', 'The Partido de la revolución democrática (PRD) was founded in 1989.', ['Partido de la revolución democrática', 'ORG']],
    ['an English law with lower-case words', 'The Access to Information and Protection of Privacy Act (AIPPA) closed the Daily News.', ['Access to Information and Protection of Privacy Act', 'LAW']],
  ])('%s', (_, text, expected) => {
    expect(named(text)).toContainEqual(expected);
    const rows = entitiesOf(text);
    for (const [, , mentions] of rows) for (const [start, end, surface] of mentions) expect(text.slice(start, end)).toBe(surface);
  });

  it.each([
    ['a lower-case phrase', 'Most non-governmental organisations (NGOs) registered in 1995.', 'non-governmental organisations'],
    ['letters out of order', "The Ligue rwandaise pour la promotion et la défense des droits de l'homme (LIPRODHOR) was founded in 1991.", 'Ligue rwandaise pour la promotion et la défense des droits de l’homme'],
  ])('reads no long form for %s', (_, text, phrase) => {
    expect(named(text).map(([c]) => c)).not.toContain(phrase);
  });
});
