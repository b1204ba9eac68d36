import { describe, it } from 'vitest';
import { expectEntities, type Expected } from '../entity-rows.js';

/**
 * Names the full-gold set 42 showed missed: front-matter lines whose parts are set off by middle
 * dots with the date inside a part, not at the line's end ('…, 3–4 May 2026 · Convenors: …'), and
 * unknown towns after the streets, suburbs or trades of a place ('in the streets of Tarbes').
 * Each row is a text of our own, the canonical name and type of every entity, and the text of its
 * mentions in order (offsets checked by slicing). Rows named 'guard' passed before the rules and
 * must still pass.
 */
const BODY = 'The union was banned in 1990.';
const text = (front: string, title = 'Unions and the State in Kenya') => `${title}\n\n${front}\n\n${BODY}`;
const TITLE: Expected = ['Kenya', 'GPE', ['Kenya']];

describe('entities: a front line of parts set off by middle dots, its date inside a part', () => {
  it.each<[string, string, Expected[]]>([
    [
      'a university, a day range, then convenors with titles',
      'One-day symposium, University of Wessex, 3–4 May 2027 · Organisers: Dr Miriam Okafor and Dr Tomas Lindqvist',
      [TITLE, ['University of Wessex', 'ORG', ['University of Wessex']], ['Miriam Okafor', 'PERSON', ['Miriam Okafor']], ['Tomas Lindqvist', 'PERSON', ['Tomas Lindqvist']]],
    ],
    [
      'a place after "at" ends the dated part',
      'Adopted by a show of hands at Port Ellis, 9 March 2024 · Moved by the executive',
      [TITLE, ['Port Ellis', 'GPE', ['Port Ellis']]],
    ],
    [
      'a titled name after the date is a person, not where the text was written',
      'Eastgate University, Department of Politics · Autumn 2023 · Dr Ingrid Solberg-Vance',
      [TITLE, ['Eastgate University', 'ORG', ['Eastgate University']], ['Ingrid Solberg-Vance', 'PERSON', ['Ingrid Solberg-Vance']]],
    ],
    ['guard: a dateline ending in its date keeps its place', 'Sahel Governance Forum, Niamey, May 2024', [TITLE, ['Sahel Governance Forum', 'ORG', ['Sahel Governance Forum']], ['Niamey', 'GPE', ['Niamey']]]],
    ['guard: a topic after "in" is no place of writing', 'Draft for the seminar on labour in Western Kenya, Kisumu, 14 June 2024', [['Kenya', 'GPE', ['Kenya', 'Kenya']]]],
  ])('%s', (_, front, expected) => {
    expectEntities(text(front), expected);
  });
});

describe("entities: an unknown town after a place's streets or trades", () => {
  it.each<[string, string, Expected[]]>([
    ["'the streets of'", 'Strikers marched through the streets of Tarbes in 1936.', [['Tarbes', 'GPE', ['Tarbes']]]],
    ["'the textile industry of'", 'The textile industry of Roubaix employed half the town.', [['Roubaix', 'GPE', ['Roubaix']]]],
    ["'the outskirts of', later alone", 'Miners camped on the outskirts of Decazeville, and Decazeville struck for weeks.', [['Decazeville', 'GPE', ['Decazeville', 'Decazeville']]]],
    ["guard: 'the mines of' a company", 'Unions at the diamond mines of Kalgara were recognised in 1970.', []],
  ])('%s', (_, sentence, expected) => {
    expectEntities(sentence, expected);
  });
});

describe('entities: official names by their head word, and groups named by a day', () => {
  it.each<[string, string, Expected[]]>([
    ["'… Archives of …'", 'The minutes are kept at the Regional Archives of Haute-Vienne in Limoges.', [['Regional Archives of Haute-Vienne', 'ORG', ['Regional Archives of Haute-Vienne']], ['Limoges', 'GPE', ['Limoges']]]],
    ["a union's '… Section'", 'Two officers of the Transport Section resigned in protest.', [['Transport Section', 'ORG', ['Transport Section']]]],
    ["a known national office, 'Defender of Rights'", 'The federation complained to the Defender of Rights about the searches.', [['Defender of Rights', 'ORG', ['Defender of Rights']]]],
    ['the European Community, a known body', 'Portugal entered the European Community with Spain.', [['Portugal', 'GPE', ['Portugal']], ['European Community', 'ORG', ['European Community']], ['Spain', 'GPE', ['Spain']]]],
    ['a group named by its day, month first', 'The strike was called by the March 9 Collective, a network of tenants.', [['March 9 Collective', 'ORG', ['March 9 Collective']]]],
    ['a group named by its day, day first, its name going on', 'Lawyers founded the 12 April Coalition for Free Assembly that winter.', [['12 April Coalition for Free Assembly', 'ORG', ['12 April Coalition for Free Assembly']]]],
    ['guard: a provision of a law is no section of a union', 'Section 4 of the Public Order Act was repealed.', [['Section 4 of the Public Order Act', 'LAW', ['Section 4 of the Public Order Act']]]],
    ['guard: a day before a lower-case word stays out of the name', 'On 9 March committee members were arrested in Limoges.', [['Limoges', 'GPE', ['Limoges']]]],
  ])('%s', (_, sentence, expected) => {
    expectEntities(sentence, expected);
  });
});

describe("entities: a leader's family name with its particle", () => {
  it.each<[string, string, Expected[]]>([
    ['the family name with its particle names the leader', 'Under de Gaulle the miners struck twice.', [['Charles de Gaulle', 'PERSON', ['de Gaulle']]]],
    ['guard: the whole name', 'Charles de Gaulle returned in 1958.', [['Charles de Gaulle', 'PERSON', ['Charles de Gaulle']]]],
  ])('%s', (_, sentence, expected) => {
    expectEntities(sentence, expected);
  });
});
