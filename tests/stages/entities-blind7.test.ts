import { describe, it } from 'vitest';
import { expectEntities, type Expected } from '../entity-rows.js';

/**
 * Entity rules of the seventh blind-text session (tests/fixtures/entities/blind7: a Zambian court
 * judgment, a Hungarian two-host radio transcript, a Honduran encyclopedia entry). Each row is a
 * sentence of our own, the canonical name and type of every entity, and the text of its mentions in
 * order. Rows named 'guard' must keep their reading.
 */

describe("entities: a lone given name after the person's full name (personByGivenName)", () => {
  it.each<[string, string, Expected[]]>([
    ["a known given name, sentence-initial", 'The chair was Tamás Bodoky. Tamás said the office wrote twice.', [
      ['Tamás Bodoky', 'PERSON', ['Tamás Bodoky', 'Tamás']],
    ]],
    ["a vocative after the full name", "I'm Marta Szabó, and this is the programme. Thanks, Marta, for the welcome.", [
      ['Marta Szabó', 'PERSON', ['Marta Szabó', 'Marta']],
    ]],
    ["an English word the text never writes in lower case", 'Counsel called Ms Grace Mwansa. Under cross-examination Grace said that nobody was convicted.', [
      ['Grace Mwansa', 'PERSON', ['Ms Grace Mwansa', 'Grace']],
    ]],
    ['guard: two persons share the given name', 'Tamás Bodoky and Tamás Szilágyi spoke. Tamás left early.', [
      ['Tamás Bodoky', 'PERSON', ['Tamás Bodoky']],
      ['Tamás Szilágyi', 'PERSON', ['Tamás Szilágyi']],
    ]],
    ['guard: the given name before the full name', 'Tamás was late. Then Tamás Bodoky spoke for an hour.', [
      ['Tamás Bodoky', 'PERSON', ['Tamás Bodoky']],
    ]],
    ['guard: a family name still wins', 'Bence Horváth met Ádám Bence in Szeged. Bence said no.', [
      ['Bence Horváth', 'PERSON', ['Bence Horváth']],
      ['Ádám Bence', 'PERSON', ['Ádám Bence', 'Bence']],
      ['Szeged', 'GPE', ['Szeged']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});
