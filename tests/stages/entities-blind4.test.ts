import { describe, it } from 'vitest';
import { expectEntities, type Expected } from '../entity-rows.js';

/**
 * Entity rules of the fourth blind-text session: causes of misses found on our own texts
 * (tests/fixtures/entities/blind4: a Malaysian interview, a Zimbabwean consultation report, an
 * Iberian book review, Hong Kong and Singapore lecture notes). Each row is a sentence of our own,
 * the canonical name and type of every entity, and the text of its mentions in order. Rows named
 * 'guard' passed before the rules and must still pass.
 */

describe("entities: rulers of the era table are people, by their full or short name (eras.json, the entities stage's 'leaders')", () => {
  it.each<[string, string, Expected[]]>([
    ['a short name after a frame, the canonical the table\'s full name', 'Under Najib, the Sedition Act was used against critics in Malaysia.', [
      ['Najib Razak', 'PERSON', ['Najib']],
      ['Sedition Act', 'LAW', ['Sedition Act']],
      ['Malaysia', 'GPE', ['Malaysia']],
    ]],
    ['a short name opening a sentence', 'Mnangagwa promised reform. Few believed him.', [
      ['Emmerson Mnangagwa', 'PERSON', ['Mnangagwa']],
    ]],
    ["a short name whose 'requires' words the text writes", 'Under Caetano, Portugal relaxed censorship a little.', [
      ['Marcelo Caetano', 'PERSON', ['Caetano']],
      ['Portugal', 'GPE', ['Portugal']],
    ]],
    ['the full name, then the short one: one person', 'Ayub Khan seized power in 1958; Ayub banned all parties.', [
      ['Ayub Khan', 'PERSON', ['Ayub Khan', 'Ayub']],
    ]],
    ["a shared short name: the ruler whose country the text names more often ('Zia')", 'In Bangladesh, Zia lifted the ban on parties; Bangladesh changed more than Pakistan did.', [
      ['Bangladesh', 'GPE', ['Bangladesh', 'Bangladesh']],
      ['Ziaur Rahman', 'PERSON', ['Zia']],
      ['Pakistan', 'GPE', ['Pakistan']],
    ]],
    ["the same short name in a text on the other country", 'In Pakistan, Zia banned the unions; Pakistan had no elections until 1985.', [
      ['Pakistan', 'GPE', ['Pakistan', 'Pakistan']],
      ['Zia-ul-Haq', 'PERSON', ['Zia']],
    ]],
    ["the text's own full form is the canonical ('Franz Joseph I')", 'Franz Joseph I ruled from Vienna.', [
      ['Franz Joseph I', 'PERSON', ['Franz Joseph I']],
      ['Vienna', 'GPE', ['Vienna']],
    ]],
    ["guard: a short name whose 'requires' words the text never writes is no ruler", 'Under Sata, the debts grew.', []],
    ["guard: a team of the table ('Hu–Wen') is its members, no person of its own", 'The Hu–Wen period saw NGOs grow.', [
      ['Hu Jintao', 'PERSON', ['Hu']],
      ['Wen Jiabao', 'PERSON', ['Wen']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: guards on rulers by short name', () => {
  it.each<[string, string, Expected[]]>([
    ["guard: a short name the text also writes in lower case is the word ('Begin')", 'Begin with the law. We begin in 1948.', []],
    ["guard: an adjective of a ruler's name names no one ('Bismarckian')", 'The Bismarckian welfare state spread.', []],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: credit lines and datelines in the front matter (creditLabels)', () => {
  it.each<[string, string, Expected[]]>([
    ["a credit before 'by'", 'Voices of the Delta\n\nInterview by Amara Okafor-Lind\n\nThe union was founded in 1990 and grew quickly.', [
      ['Amara Okafor-Lind', 'PERSON', ['Amara Okafor-Lind']],
    ]],
    ['a credit with an institution after the person', 'Review of a New History\n\nReviewed by Olga Petrenko, University of Tartu\n\nThe book covers the years 1940 to 1991 in detail.', [
      ['Olga Petrenko', 'PERSON', ['Olga Petrenko']],
      ['University of Tartu', 'ORG', ['University of Tartu']],
    ]],
    ['a credit after a colon', 'Notes from a Meeting\n\nRapporteur: Kofi Mensah-Boateng\n\nThe meeting opened in 2019 with a review of the law.', [
      ['Kofi Mensah-Boateng', 'PERSON', ['Kofi Mensah-Boateng']],
    ]],
    ['a dateline: organisation by its head, a known city, the date', 'Shrinking Civic Space: A Report on the Years since 2015\n\nCivic Futures Institute, Nairobi, May 2021\n\nThe report was written in 2021 by many hands.', [
      ['Civic Futures Institute', 'ORG', ['Civic Futures Institute']],
      ['Nairobi', 'GPE', ['Nairobi']],
    ]],
    ["guard: a dateline part without a head or an entry names nothing", 'Shrinking Civic Space: A Report on the Years since 2015\n\nDraft for Comment, May 2021\n\nThe report was written in 2021 by many hands.', []],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: laws with connectors in their bracket, 'Law and Order (…) Act', plural 'Ordinances', Romance 'e'", () => {
  it.each<[string, string, Expected[]]>([
    ["'and' inside the bracket", 'The Societies (Registration and Control) Ordinance of 1961 was used against the unions.', [
      ['Societies (Registration and Control) Ordinance of 1961', 'LAW', ['Societies (Registration and Control) Ordinance of 1961']],
    ]],
    ["a head before the bracket ('Criminal Law (…) Act')", 'The Criminal Law (Codification and Reform) Act was used against journalists.', [
      ['Criminal Law (Codification and Reform) Act', 'LAW', ['Criminal Law (Codification and Reform) Act']],
    ]],
    ["'of' inside the bracket", 'The government repealed the Emergency (Prevention of Violence) Ordinance in 1964.', [
      ['Emergency (Prevention of Violence) Ordinance', 'LAW', ['Emergency (Prevention of Violence) Ordinance']],
    ]],
    ["'Law and Order' before a bracket", 'In 1960 the Law and Order (Maintenance) Act was passed.', [
      ['Law and Order (Maintenance) Act', 'LAW', ['Law and Order (Maintenance) Act']],
    ]],
    ["a plural 'Ordinances' after a topic of two nouns", 'The Press and Publications Ordinances were amended in 1963.', [
      ['Press and Publications Ordinances', 'LAW', ['Press and Publications Ordinances']],
    ]],
    ["Spanish and Portuguese 'e' inside a name", 'It was replaced by the Ley de Prensa e Imprenta of 1966.', [
      ['Ley de Prensa e Imprenta of 1966', 'LAW', ['Ley de Prensa e Imprenta of 1966']],
    ]],
    ["guard: two laws joined by 'and', the second bracketed", 'The Press Act and the Police (Amendment) Act were both passed in 1962.', [
      ['Press Act', 'LAW', ['Press Act']],
      ['Police (Amendment) Act', 'LAW', ['Police (Amendment) Act']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: two organisations joined by 'and'", () => {
  it.each<[string, string, Expected[]]>([
    ['a plural of members opening the second name', 'She worked with the Alliance for Civic Action and Mothers of the Square in 1999.', [
      ['Alliance for Civic Action', 'ORG', ['Alliance for Civic Action']],
      ['Mothers of the Square', 'ORG', ['Mothers of the Square']],
    ]],
    ['a head on each side', 'The Crisis Coalition and Heal Zimbabwe Trust ran voter education.', [
      ['Crisis Coalition', 'ORG', ['Crisis Coalition']],
      ['Heal Zimbabwe Trust', 'ORG', ['Heal Zimbabwe Trust']],
    ]],
    ["guard: members on both sides of 'and' in one name", 'The Association of Mothers and Fathers of the Disappeared protested.', [
      ['Association of Mothers and Fathers of the Disappeared', 'ORG', ['Association of Mothers and Fathers of the Disappeared']],
    ]],
    ["guard: a common word before the right head ('telephone')", 'The Wireless Telegraph and Telephone Corporation ran the telephone network.', [
      ['Wireless Telegraph and Telephone Corporation', 'ORG', ['Wireless Telegraph and Telephone Corporation']],
    ]],
    ["guard: a subject of two nouns after the head", 'He joined the Ministry of Science and Technology in 2001.', [
      ['Ministry of Science and Technology', 'ORG', ['Ministry of Science and Technology']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: rulers of the era table, canonical names and one-word names', () => {
  it.each<[string, string, Expected[]]>([
    ["a title in the table's name stays off the canonical ('Queen Victoria')", 'Queen Victoria opened the exhibition.', [
      ['Victoria', 'PERSON', ['Queen Victoria']],
    ]],
    ["a one-word name of the table yields to a person of the text who bears it", 'Under Frederick Augustus III the works declined; Augustus ordered an inquiry.', [
      ['Frederick Augustus III', 'PERSON', ['Frederick Augustus III', 'Augustus']],
    ]],
    ['a dashed full name, then the short one', 'Zia-ul-Haq seized power in Pakistan; Zia banned the unions.', [
      ['Zia-ul-Haq', 'PERSON', ['Zia-ul-Haq', 'Zia']],
      ['Pakistan', 'GPE', ['Pakistan']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: broadcasters named by their apposition (periodicalCues 'broadcaster')", () => {
  it.each<[string, string, Expected[]]>([
    ['an acronym before the apposition', 'RTHK, the public broadcaster, lost its programmes.', [
      ['RTHK', 'ORG', ['RTHK']],
    ]],
    ['acronyms after the plural cue', 'The broadcasters TVB and ATV complied.', [
      ['TVB', 'ORG', ['TVB']],
      ['ATV', 'ORG', ['ATV']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});
