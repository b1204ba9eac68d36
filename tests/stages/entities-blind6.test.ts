import { describe, it } from 'vitest';
import { expectEntities, type Expected } from '../entity-rows.js';

/**
 * Entity rules of the sixth blind-text session (tests/fixtures/entities/blind6: a Nepali radio
 * podcast transcript, Irish committee minutes, a Mongolian grant proposal). Each row is a sentence of
 * our own, the canonical name and type of every entity, and the text of its mentions in order. Rows
 * named 'guard' must keep their reading.
 */

describe("entities: a label in capitals before a colon names nothing (ACRONYM_USE.LABEL)", () => {
  it.each<[string, string, Expected[]]>([
    ["a transcript's speakers", 'HOST: Welcome back to the show.\nGUEST: Thank you for having me.\nHOST: Let us begin.', []],
    ["a form's fields after a sentence on the same line", 'RISK: Reporters may be sued. MITIGATION: The project pays lawyers.\nRISK: Donors may leave.', []],
    ["guard: the word's other mentions still decide", 'NUPENG called a strike in 1994, and NUPENG won.\nNUPENG: a short history follows.', [
      ['NUPENG', 'ORG', ['NUPENG', 'NUPENG']],
    ]],
    ["guard: an acronym in its frame after a colon mid-sentence", 'One body acted first: ZANUTA members marched.', [
      ['ZANUTA', 'ORG', ['ZANUTA']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: 'to' and 'in (the)' inside a law's or an organisation's name (linkedNameEnd)", () => {
  it.each<[string, string, Expected[]]>([
    ["'to' before a law's head", 'The Access to Information Law was passed in 2016.', [
      ['Access to Information Law', 'LAW', ['Access to Information Law']],
    ]],
    ["'to', with the year after 'of'", 'Activists used the Right to Information Act of 2005 against the ministry.', [
      ['Right to Information Act of 2005', 'LAW', ['Right to Information Act of 2005']],
    ]],
    ["'in' before an organisation's head", 'The Standards in Public Office Commission wrote to the charity.', [
      ['Standards in Public Office Commission', 'ORG', ['Standards in Public Office Commission']],
    ]],
    ["'in the' between two parts of one law", 'The Financial Emergency Measures in the Public Interest Act cut pay.', [
      ['Financial Emergency Measures in the Public Interest Act', 'LAW', ['Financial Emergency Measures in the Public Interest Act']],
    ]],
    ["'to' inside a law's name that has a preposition after its head", 'Requests go under the Law on Transparency and Right to Information.', [
      ['Law on Transparency and Right to Information', 'LAW', ['Law on Transparency and Right to Information']],
    ]],
    ['guard: a complete law before an organisation', 'The NGO Act in Parliament was debated for a week.', [
      ['NGO Act', 'LAW', ['NGO Act']],
      ['Parliament', 'ORG', ['Parliament']],
    ]],
    ['guard: a complete organisation before another', 'The Ministry of Gender in the Office of the President replied.', [
      ['Ministry of Gender', 'ORG', ['Ministry of Gender']],
      ['Office of the President', 'ORG', ['Office of the President']],
    ]],
    ["guard: a law sent to a body or a person", 'They sent the Law on Associations to Parliament and then to President Putin.', [
      ['Law on Associations', 'LAW', ['Law on Associations']],
      ['Parliament', 'ORG', ['Parliament']],
      ['Vladimir Putin', 'PERSON', ['President Putin']],
    ]],
    ["guard: a place before an organisation", 'Delegates from Kenya in the Commonwealth Secretariat objected.', [
      ['Kenya', 'GPE', ['Kenya']],
      ['Commonwealth Secretariat', 'ORG', ['Commonwealth Secretariat']],
    ]],
    ["guard: a sentence's first word the text writes in lower case", 'Workers in Garment Union branches struck, and other workers joined them.', [
      ['Garment Union', 'ORG', ['Garment Union']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});
