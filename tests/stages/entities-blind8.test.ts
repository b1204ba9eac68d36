import { describe, it } from 'vitest';
import { expectEntities, type Expected } from '../entity-rows.js';

/**
 * Entity rules of the eighth blind-text session (tests/fixtures/entities/blind8: a Sri Lankan
 * e-mail thread with header lines, a Chilean exam answer with the marker's bracketed comments, a
 * Nigerian miners' union newsletter with a chronology of rows). Each row is a text of our own, the
 * canonical name and type of every entity, and the text of its mentions in order. Rows named
 * 'guard' must keep their reading.
 */

describe("entities: an e-mail's header lines (emailHeaderLabels) and its signature", () => {
  it.each<[string, string, Expected[]]>([
    ['a header over the message, names between semicolons, an address left out',
      'From: Nirmala Perera <n.perera@example.org>\nTo: Dinesh Fernando; Aruni Jayasekara\nCc: Thomas Weller\nSubject: Comments due Friday\n\nThanks for the draft. Thomas, could you read it?', [
        ['Nirmala Perera', 'PERSON', ['Nirmala Perera']],
        ['Dinesh Fernando', 'PERSON', ['Dinesh Fernando']],
        ['Aruni Jayasekara', 'PERSON', ['Aruni Jayasekara']],
        ['Thomas Weller', 'PERSON', ['Thomas Weller', 'Thomas']],
      ]],
    ["a quoted message's header; the signature of one word is the sender",
      '-----Original Message-----\nFrom: Dinesh Fernando\nSent: Monday, 11 March 2024\nTo: Nirmala Perera\nSubject: Re: draft\n\nNirmala,\n\nAttached is the draft on the Online Safety Act.\n\nBest,\n\nDinesh', [
        ['Dinesh Fernando', 'PERSON', ['Dinesh Fernando', 'Dinesh']],
        ['Nirmala Perera', 'PERSON', ['Nirmala Perera']],
        ['Online Safety Act', 'LAW', ['Online Safety Act']],
      ]],
    ["the labels join no name across a line ('Dinesh Fernando' / 'Cc:')",
      'Re: the bill\n\nFrom: Aruni Jayasekara\nTo: Dinesh Fernando\nCc: Nirmala Perera\nSubject: NGO bill\n\nThe Ministry of Foreign Affairs has set Friday as the last day.', [
        ['Aruni Jayasekara', 'PERSON', ['Aruni Jayasekara']],
        ['Dinesh Fernando', 'PERSON', ['Dinesh Fernando']],
        ['Nirmala Perera', 'PERSON', ['Nirmala Perera']],
        ['Ministry of Foreign Affairs', 'ORG', ['Ministry of Foreign Affairs']],
      ]],
    ['guard: one label line is no header', 'To: Dinesh Fernando\n\nThe letter went to Colombo.', [
      ['Colombo', 'GPE', ['Colombo']],
    ]],
    ['guard: lower-case values name nothing', 'From: the archives of the union\nTo: whom it may concern\n\nThe letter went to Colombo.', [
      ['Colombo', 'GPE', ['Colombo']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: capitals by position in chronologies, after bracketed comments, in headings set in capitals', () => {
  it.each<[string, string, Expected[]]>([
    ["a chronology's row opens after its year and dash", 'OUR STRUGGLE IN DATES\n1945 — General strike led by Michael Imoudu\n1949 — Police kill miners at Enugu', [
      ['Michael Imoudu', 'PERSON', ['Michael Imoudu']],
      ['Enugu', 'GPE', ['Enugu']],
    ]],
    ['guard: a name opening a row stays a name', 'Our history in dates:\n1945 — Michael Imoudu leads the general strike\n1949 — Iva Valley shooting at Enugu', [
      ['Michael Imoudu', 'PERSON', ['Michael Imoudu']],
      ['Iva Valley shooting', 'EVENT', ['Iva Valley shooting']],
      ['Enugu', 'GPE', ['Enugu']],
    ]],
    ["a sentence after a marker's bracketed comment", 'Civil society grew. [Good start, but say which parties. — M.R.] The Christian Democrats built the councils.', [
      ['Christian Democrats', 'ORG', ['Christian Democrats']],
    ]],
    ["guard: 'The' after a bracket with no full stop still opens a title", 'Thompson wrote (in 1963) The Making of the English Working Class, a classic.', [
      ['The Making of the English Working Class', 'WORK', ['The Making of the English Working Class']],
    ]],
    ["guard: a word capitalised inside opening a row is a name ('EndSARS')", 'Our history in dates:\n2020 — EndSARS protests; the branch donates food\n1945 — General strike led by the union', [
      ['EndSARS protests', 'EVENT', ['EndSARS protests']],
    ]],
    ['a one-word heading in capitals the body does not name', 'SOLIDARITY\n\nWe thank the union for its letter.', []],
    ["'US' in a heading in capitals", 'WHAT THE NEW LAW MEANS FOR US\n\nThe union met in March.', []],
    ['guard: a heading in capitals the body names', 'KENYA\n\nThe unions of Kenya met in March.', [
      ['Kenya', 'GPE', ['KENYA', 'Kenya']],
    ]],
    ['an organisation in a heading defined by its acronym', 'THE MINEWORKER\nNewsletter of the Jos branch, Nigerian Union of Mine Workers (NUMW)\n\nThe union met in Lagos.', [
      ['Jos', 'GPE', ['Jos']],
      ['Nigerian Union of Mine Workers', 'ORG', ['Nigerian Union of Mine Workers', 'NUMW']],
      ['Lagos', 'GPE', ['Lagos']],
    ]],
    ["guard: initials that do not spell the acronym", 'Newsletter of the Trade Union Congress (NLC)\n\nThe union met in Lagos.', [
      ['Lagos', 'GPE', ['Lagos']],
    ]],
    ['a known place taken for a byline is that place', 'SRI LANKA\n\nThe unions met in March.', [
      ['Sri Lanka', 'GPE', ['SRI LANKA']],
    ]],
    ['a line of capitals with an article is no byline', 'THE MINEWORKER\nNewsletter of the miners\n\nFROM THE BRANCH SECRETARY\n\nComrades, we met in Lagos.', [
      ['Lagos', 'GPE', ['Lagos']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: titles of unions ('Brother'), events in -ing, heads, national chapters", () => {
  it.each<[string, string, Expected[]]>([
    ["'Brother' as a title", "Brother Yakubu Dalyop wrote the chronology. Brother Dalyop sold it.", [
      ['Yakubu Dalyop', 'PERSON', ['Brother Yakubu Dalyop', 'Brother Dalyop']],
    ]],
    ["a head in -ing the tagger takes for a verb, before a preposition", 'They remember the Sharpeville shooting of 1960.', [
      ['Sharpeville shooting', 'EVENT', ['Sharpeville shooting']],
    ]],
    ['guard: a verb in -ing after a name', 'The Kenya Police were shooting at them.', [
      ['Kenya Police', 'ORG', ['Kenya Police']],
    ]],
    ["'Vicariate' and 'Democrats' heads; 'Concertación'", 'The Vicariate of Solidarity sheltered lawyers. The Concertación kept the market, as the Social Democrats wished.', [
      ['Vicariate of Solidarity', 'ORG', ['Vicariate of Solidarity']],
      ['Concertación de Partidos por la Democracia', 'ORG', ['Concertación']],
      ['Social Democrats', 'ORG', ['Social Democrats']],
    ]],
    ["a work's title runs on over its small words, subtitle and all", 'He wrote the pamphlet Tin and Blood: A History of the Jos Miners in 1990.', [
      ['Tin and Blood: A History of the Jos Miners', 'WORK', ['Tin and Blood: A History of the Jos Miners']],
      // (A place in a subtitle keeps its own mention, as before: 'The Patient Censor: Theatre and the State in Valdavia'.)
      ['Jos', 'GPE', ['Jos']],
    ]],
    ["a book's title in an apposition, known by its subtitle", "Brother Dalyop's booklet, Tin and Blood: A History of the Jos Miners, is on sale.", [
      ['Dalyop', 'PERSON', ['Brother Dalyop']],
      ['Tin and Blood: A History of the Jos Miners', 'WORK', ['Tin and Blood: A History of the Jos Miners']],
      ['Jos', 'GPE', ['Jos']],
    ]],
    ['guard: no subtitle, no title', 'In his book, Lee argues that Kenya changed: the state grew.', [
      ['Kenya', 'GPE', ['Kenya']],
    ]],
    ["guard: a periodical's name stops at 'and'", 'She wrote for the newspaper Daily Nation and the radio.', [
      ['Daily Nation', 'ORG', ['Daily Nation']],
    ]],
    ["a known organisation's national chapter", 'Later, Transparency International Sri Lanka sent a letter.', [
      ['Transparency International Sri Lanka', 'ORG', ['Transparency International Sri Lanka']],
    ]],
    ["'and' joins no organisation to a chapter", 'In 2018, the Centre for Policy Alternatives and Transparency International Sri Lanka wrote.', [
      ['Centre for Policy Alternatives', 'ORG', ['Centre for Policy Alternatives']],
      ['Transparency International Sri Lanka', 'ORG', ['Transparency International Sri Lanka']],
    ]],
    ['guard: an organisation and a country as a modifier', 'The European Union Sri Lanka deal failed.', [
      ['European Union', 'ORG', ['European Union']],
      ['Sri Lanka', 'GPE', ['Sri Lanka']],
    ]],
    ['guard: two organisations with heads still split', 'The Crisis Coalition and Heal Zimbabwe Trust met.', [
      ['Crisis Coalition', 'ORG', ['Crisis Coalition']],
      ['Heal Zimbabwe Trust', 'ORG', ['Heal Zimbabwe Trust']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});
