import { describe, it } from 'vitest';
import { expectEntities, type Expected } from '../entity-rows.js';

/**
 * Entity rules of the fifth blind-text session (tests/fixtures/entities/blind5: a Sri Lankan
 * newspaper column, a Turkish press timeline, an Ethiopian policy brief): names missed for want of a
 * cue. Each row is a sentence of our own, the canonical name and type of every entity, and the text of
 * its mentions in order. Rows named 'guard' passed before the rules and must still pass.
 */

describe('entities: where a person works, writes or joins is an organisation (orgVerbCues)', () => {
  it.each<[string, string, Expected[]]>([
    ["'worked for' two names joined by 'and', 'wrote in'", 'She later worked for Sirasa and Derana before she wrote in Groundviews.', [
      ['Sirasa', 'ORG', ['Sirasa']],
      ['Derana', 'ORG', ['Derana']],
      ['Groundviews', 'ORG', ['Groundviews']],
    ]],
    ["'joined'", 'In 2001 he joined Tenaganita, which campaigns for migrant workers.', [
      ['Tenaganita', 'ORG', ['Tenaganita']],
    ]],
    ["'owner of' (orgOfNouns)", 'The group, owner of Hürriyet and Milliyet, was fined.', [
      ['Hürriyet', 'ORG', ['Hürriyet']],
      ['Milliyet', 'ORG', ['Milliyet']],
    ]],
    ['guard: a modifier before its noun is no name', 'Journalists working for Persian-language broadcasters abroad reported threats.', []],
    ["guard: 'published in' keeps a place", 'The pamphlet was published in Valparaíso in 1901.', [
      ['Valparaíso', 'GPE', ['Valparaíso']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: a person's verb after auxiliaries and adverbs, and in the present tense (personVerbAdverbs)", () => {
  it.each<[string, string, Expected[]]>([
    ["'had already resigned'", 'The Gedo Herald reported that Lasantha Perera had already resigned as editor.', [
      ['Gedo Herald', 'ORG', ['Gedo Herald']],
      ['Lasantha Perera', 'PERSON', ['Lasantha Perera']],
    ]],
    ["'had been arrested' reads as 'was arrested'", 'In the end Kamala Wijesinghe had been arrested in 2009.', [
      ['Kamala Wijesinghe', 'PERSON', ['Kamala Wijesinghe']],
    ]],
    ["'is detained' (a timeline's present)", 'Osman Kavala is detained in October.', [
      ['Osman Kavala', 'PERSON', ['Osman Kavala']],
    ]],
    ["guard: after 'of' a name is no subject", 'The writer Ahmed Samim of Sada-yı Millet was killed in June 1910.', [
      ['Ahmed Samim', 'PERSON', ['Ahmed Samim']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: parties and coalitions named in their own language (heads, firstHeads), 'the opposition …'", () => {
  it.each<[string, string, Expected[]]>([
    ["Sinhala heads last, 'opposition' before", 'The opposition Samagi Jana Balawegaya and the Janatha Vimukthi Peramuna competed for votes.', [
      ['Samagi Jana Balawegaya', 'ORG', ['Samagi Jana Balawegaya']],
      ['Janatha Vimukthi Peramuna', 'ORG', ['Janatha Vimukthi Peramuna']],
    ]],
    ["Turkish 'İttifakı'", "Erdoğan's Cumhur İttifakı won, and the Millet İttifakı lost.", [
      ['Recep Tayyip Erdoğan', 'PERSON', ['Erdoğan']],
      ['Cumhur İttifakı', 'ORG', ['Cumhur İttifakı']],
      ['Millet İttifakı', 'ORG', ['Millet İttifakı']],
    ]],
    ['Malay heads first', 'The Barisan Nasional coalition lost to Pakatan Harapan in 2018.', [
      ['Barisan Nasional', 'ORG', ['Barisan Nasional']],
      ['Pakatan Harapan', 'ORG', ['Pakatan Harapan']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: 'Crisis in …', 'War in …' (eventInHeads)", () => {
  it.each<[string, string, Expected[]]>([
    ['an event head and its place', 'The Crisis in Tigray, as donors called it, ended in 2022. Many remember the War in Afghanistan.', [
      ['Crisis in Tigray', 'EVENT', ['Crisis in Tigray']],
      ['War in Afghanistan', 'EVENT', ['War in Afghanistan']],
    ]],
    ['a head of its own at the end names an organisation', 'Members of the Crisis in Zimbabwe Coalition met in Harare.', [
      ['Crisis in Zimbabwe Coalition', 'ORG', ['Crisis in Zimbabwe Coalition']],
      ['Harare', 'GPE', ['Harare']],
    ]],
    ["guard: at a sentence's start 'in' joins nothing", 'Crisis in the region deepened after 2020.', []],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: undefined words in capitals and platforms of world knowledge', () => {
  it.each<[string, string, Expected[]]>([
    ['three to six capitals with no frame', 'The channel was fined by RTÜK in 2023.', [
      ['RTÜK', 'ORG', ['RTÜK']],
    ]],
    ['platforms and operators of the gazetteer', 'Twitter and YouTube were blocked, and Safaricom entered the market.', [
      ['Twitter', 'ORG', ['Twitter']],
      ['YouTube', 'ORG', ['YouTube']],
      ['Safaricom', 'ORG', ['Safaricom']],
    ]],
    ['guard: a word the text writes in lower case, set in capitals for emphasis', 'Read this BEFORE you vote, not after: before is what counts.', []],
    ['guard: a generic acronym, also in capitals with a plural S, and a technical term', 'NGOS broadcast on VHF in 1950.', []],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});
