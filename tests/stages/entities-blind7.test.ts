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

describe("entities: a court's parties and paragraphs (nonEntityWords, 'Others', paragraph numbers)", () => {
  it.each<[string, string, Expected[]]>([
    ["the parties' roles are no titles", '4. The Petitioners say that the law is void. The Respondent denies it.', []],
    ["'and Seven Others v The People'", 'Counsel relied on Christine Mulundika and Seven Others v The People, where the Supreme Court ruled.', [
      ['Christine Mulundika', 'PERSON', ['Christine Mulundika']],
      ['Supreme Court', 'ORG', ['Supreme Court']],
    ]],
    ["a numbered paragraph opens the sentence ('22.' split by the tokenizer)", '21. Nothing turns on it.\n\n22. In Resident Doctors Association of Zambia and Others v Attorney General, the High Court held so.', [
      ['Resident Doctors Association of Zambia', 'ORG', ['Resident Doctors Association of Zambia']],
      ['High Court', 'ORG', ['High Court']],
    ]],
    ["an article after a speaker's label", 'MARTA: The European Commission complained.\nBENCE: The Venice Commission wrote too.', [
      ['European Commission', 'ORG', ['European Commission']],
      ['Venice Commission', 'ORG', ['Venice Commission']],
    ]],
    ["guard: a name after a speaker's label keeps a name's evidence", 'MARTA: Let us go on.\nBENCE: Kossuth Square was full.', [
      ['Kossuth Square', 'LOC', ['Kossuth Square']],
    ]],
    ["guard: 'People' inside a name", "The People's Party objected, and the Defendant appealed.", [
      ["People's Party", 'ORG', ["People's Party"]],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});
