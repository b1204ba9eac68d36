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
