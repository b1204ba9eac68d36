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
