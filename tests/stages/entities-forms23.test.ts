import { describe, it } from 'vitest';
import { expectEntities, type Expected } from '../entity-rows.js';

/**
 * Entity rules for forms of names seen in texts on Japanese pollution litigation, Queensland's
 * protest laws and civic space in Kashmir (invented examples): legislatures named by their own word,
 * courts after 'in the', companies named without their 'Corporation', places before a lower-case
 * noun of their kind, persons by cues and name lists, works after a publishing verb or a programme's
 * noun, and parties named in political context. Each row is a sentence of our own, the canonical
 * name and type of every entity, and the text of its mentions in order. Rows named 'guard' passed
 * before the rules and must still pass.
 */

describe("entities: a legislature's own word alone is an ORG (legislatures), and 'in the' joins no court or legislature (venueHeads)", () => {
  it.each<[string, string, Expected[]]>([
    ["'Parliament' without an article", 'In 1998 Parliament amended the press law.', [
      ['Parliament', 'ORG', ['Parliament']],
    ]],
    ["'the Diet' after its article", 'The cabinet sent the bill to the Diet in May 1970.', [
      ['Diet', 'ORG', ['Diet']],
    ]],
    ["'the Congress' coordinated with a party", 'A coalition of the Awami Front and the Congress took office in 2004.', [
      ['Awami Front', 'ORG', ['Awami Front']],
      ['Congress', 'ORG', ['Congress']],
    ]],
    ["'Diet' heads a longer name", 'The Imperial Diet first met in 1890.', [
      ['Imperial Diet', 'ORG', ['Imperial Diet']],
    ]],
    ["a company sued 'in the' district court: two names, not one", 'In 1971 the fishermen sued Okada in the Niigata District Court.', [
      ['Niigata District Court', 'ORG', ['Niigata District Court']],
    ]],
    ["'in the' before a legislature", 'The Reform Alliance in the National Assembly blocked the bill.', [
      ['Reform Alliance', 'ORG', ['Reform Alliance']],
      ['National Assembly', 'ORG', ['National Assembly']],
    ]],
    ["guard: 'in the' inside a law's name", 'The Financial Emergency Measures in the Public Interest Act was passed in 2009.', [
      ['Financial Emergency Measures in the Public Interest Act', 'LAW', ['Financial Emergency Measures in the Public Interest Act']],
    ]],
    ["guard: a lower-case congress names nothing", 'The union held a congress in 1988.', []],
    ["guard: a numbered session of a body is an event", 'The Twentieth Party Congress met in 1956.', [
      ['Twentieth Party Congress', 'EVENT', ['Twentieth Party Congress']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: a company named without its 'Corporation' is the same company (companySuffixes), and 'the … company' names one", () => {
  it.each<[string, string, Expected[]]>([
    ['the short name later, alone and as a modifier', 'The Nagase Corporation built the smelter in 1921. A Nagase engineer warned the town, and in 1974 a court fined Nagase.', [
      ['Nagase Corporation', 'ORG', ['Nagase Corporation', 'Nagase', 'Nagase']],
    ]],
    ["'Ltd' after the name", 'Dockers at Harbury Ltd struck in 1951, and Harbury gave way within a week.', [
      ['Harbury Ltd', 'ORG', ['Harbury Ltd', 'Harbury']],
    ]],
    ["a lower-case 'company' after an unknown name (the noun stays out)", 'The villagers sued the Kanto Denki company in 1968.', [
      ['Kanto Denki', 'ORG', ['Kanto Denki']],
    ]],
    ["guard: a place that opens a company's name stays the place", 'Osaka protested when the Osaka Gas Company raised prices.', [
      ['Osaka', 'GPE', ['Osaka']],
      ['Osaka Gas Company', 'ORG', ['Osaka Gas Company']],
    ]],
    ["guard: 'Group' is no company suffix", 'The International Crisis Group published a report in 2019.', [
      ['International Crisis Group', 'ORG', ['International Crisis Group']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: places before a lower-case noun of their kind (placeNounsLower), after a role noun and \'from\', by a copula apposition, and great rivers', () => {
  it.each<[string, string, Expected[]]>([
    ["'region' after an unknown name (the noun stays out)", 'Farmers in the Tohoku region rejected the plan.', [
      ['Tohoku', 'LOC', ['Tohoku']],
    ]],
    ["'bridge' after 'the'", 'Troops fired on marchers at the Zaina Kadal bridge in 1990.', [
      ['Zaina Kadal', 'LOC', ['Zaina Kadal']],
    ]],
    ["'shrine' with a noun after it", 'The dispute over the Sharika shrine land lasted a summer.', [
      ['Sharika', 'LOC', ['Sharika']],
    ]],
    ["'from' after a role noun", 'Maria Santos, a cattle farmer from Biloela, led the march.', [
      ['Maria Santos', 'PERSON', ['Maria Santos']],
      ['Biloela', 'GPE', ['Biloela']],
    ]],
    ["'X is a small town'", 'Yokkaichi is a small port on the bay.', [
      ['Yokkaichi', 'GPE', ['Yokkaichi']],
    ]],
    ['a great river named without "River"', 'Bodies were found in the Chenab in 1992.', [
      ['Chenab', 'LOC', ['Chenab']],
    ]],
    ['a region divided between states is a LOC, the state named with it a GPE', 'The parts of Kashmir held by China lie outside Jammu and Kashmir.', [
      ['Kashmir', 'LOC', ['Kashmir']],
      ['China', 'GPE', ['China']],
      ['Jammu and Kashmir', 'GPE', ['Jammu and Kashmir']],
    ]],
    ["guard: a known place before 'region' keeps its type", 'Drought hit the Sahel region in 1984.', [
      ['Sahel', 'LOC', ['Sahel']],
    ]],
    ["guard: 'from' after a verb is no place cue", 'The money came from Oxbridge Holdings in 2001.', []],
    ["guard: a sentence's first word before 'region' is positional", 'Region after region voted no.', []],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: romanised Japanese names family name first (japaneseGivenNames), given names the lists lacked, and a person before an organisation its acronym spells', () => {
  it.each<[string, string, Expected[]]>([
    ['a family name no list holds before a known Japanese given name, then the family name alone', 'In 1972 Tsuchimoto Noriko filmed the trial, and Tsuchimoto later wrote about it.', [
      ['Tsuchimoto Noriko', 'PERSON', ['Tsuchimoto Noriko', 'Tsuchimoto']],
    ]],
    ['the same given name first, in Western order', 'Noriko Tsuchimoto filmed the trial.', [
      ['Noriko Tsuchimoto', 'PERSON', ['Noriko Tsuchimoto']],
    ]],
    ["'Bill' opens a name in a role apposition", 'The deputy premier, Bill Haddon, opened the inquiry.', [
      ['Bill Haddon', 'PERSON', ['Bill Haddon']],
    ]],
    ['a Kashmiri given name', 'Farooq Mir was detained in 2019.', [
      ['Farooq Mir', 'PERSON', ['Farooq Mir']],
    ]],
    ["a person 'of the' organisation its acronym names: two names, not one", 'In 2018 Tariq Wani of the Valley Press Guild (VPG) was summoned.', [
      ['Tariq Wani', 'PERSON', ['Tariq Wani']],
      ['Valley Press Guild', 'ORG', ['Valley Press Guild', 'VPG']],
    ]],
    ["an unknown name before 'of the' and an acronym's name is no part of it", 'In 2016 Zarvan Qadeeri of the National Union of Teachers (NUT) spoke.', [
      ['National Union of Teachers', 'ORG', ['National Union of Teachers', 'NUT']],
    ]],
    ["guard: 'Bill' heading a law's name", 'The Finance Bill passed in 2019.', [
      ['Finance Bill', 'LAW', ['Finance Bill']],
    ]],
    ['guard: an acronym that spells the whole name', 'The Congress of South African Trade Unions (COSATU) met in 1985.', [
      ['Congress of South African Trade Unions', 'ORG', ['Congress of South African Trade Unions', 'COSATU']],
    ]],
    ['guard: two Japanese places stay places', 'Trains from Osaka to Kobe stopped.', [
      ['Osaka', 'GPE', ['Osaka']],
      ['Kobe', 'GPE', ['Kobe']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: a party's one-word name in political context is an ORG (partyNames)", () => {
  it.each<[string, string, Expected[]]>([
    ["before 'government'", 'The first Labor government of the state fell in 1957.', [
      ['Labor', 'ORG', ['Labor']],
    ]],
    ['in the possessive before a person', "Labour's Norman Kirk won the election of 1972.", [
      ['Labour', 'ORG', ['Labour']],
      ['Norman Kirk', 'PERSON', ['Norman Kirk']],
    ]],
    ['the party named in full, then by its word before a noun of party life', 'The Labour Party split in 1931, and a Labour minister resigned.', [
      ['Labour Party', 'ORG', ['Labour Party', 'Labour']],
    ]],
    ['guard: labour as a thing', 'Forced Labour camps closed in 1953, and Labour costs rose.', []],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});
