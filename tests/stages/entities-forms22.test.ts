import { describe, it } from 'vitest';
import { expectEntities, type Expected } from '../entity-rows.js';

/**
 * Entity rules for forms of names seen in a text on the American civil rights movement (invented
 * examples): court cases named by their parties, heads of organisations, places and events of that
 * history, adjectives of people that are no places, towns cued by 'downtown', 'the jail at' and 'the
 * … town of', a place named before its cue, a role apposition with an owner in the possessive, given
 * names the lists lacked, and two colleges joined by 'and'. Each row is a sentence of our own, the
 * canonical name and type of every entity, and the text of its mentions in order. Rows named 'guard'
 * passed before the rules and must still pass.
 */

describe("entities: a court case named by its parties is one LAW (courtCaseMarkers: 'v.', 'vs.')", () => {
  it.each<[string, string, Expected[]]>([
    ["'v.' between a name and an organisation's name", 'The justices overturned that ruling in Harlow v. School Board of Kent County in 1961.', [
      ['Harlow v. School Board of Kent County', 'LAW', ['Harlow v. School Board of Kent County']],
    ]],
    ["'vs.' after a sentence's positional capital", 'In Mercer vs. Dalton the court refused to hear the appeal.', [
      ['Mercer vs. Dalton', 'LAW', ['Mercer vs. Dalton']],
    ]],
    ["'v' without its stop", 'Lawyers still cite R v Hollis on the point.', [
      ['R v Hollis', 'LAW', ['R v Hollis']],
    ]],
    ["guard: a lower-case 'v' names no case", 'The vitamin v was unknown then.', []],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: heads Councils and Klan (ORG), Farm (LOC), Summer and Rides (EVENT)', () => {
  it.each<[string, string, Expected[]]>([
    ["a plural 'Councils' after a possessive", "Planters passed the names to the Farmers' Councils, which ran the boycott.", [
      ["Farmers' Councils", 'ORG', ["Farmers' Councils"]],
    ]],
    ["'Klan' heads an organisation whose first word is also a surname", 'Night riders of the Ku Klux Klan burned the church in 1965.', [
      ['Ku Klux Klan', 'ORG', ['Ku Klux Klan']],
    ]],
    ['a prison farm is a place', 'The strikers served their terms at Cummins Farm, the state prison.', [
      ['Cummins Farm', 'LOC', ['Cummins Farm']],
    ]],
    ['a season and a campaign of journeys name events', 'The Voter Summer of 1966 followed the Liberty Rides of 1961.', [
      ['Voter Summer', 'EVENT', ['Voter Summer']],
      ['Liberty Rides', 'EVENT', ['Liberty Rides']],
    ]],
    ["guard: 'Spring' was a head already", 'The Prague Spring ended in 1968.', [
      ['Prague Spring', 'EVENT', ['Prague Spring']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: adjectives of people and a lone possessive owner are no place after a place preposition', () => {
  it.each<[string, string, Expected[]]>([
    ["'Black' before a noun after 'in'", 'Meetings were held in Black churches across the county.', []],
    ["'White' before a noun after 'within'", 'Dissent grew within White congregations after 1960.', []],
    ["a person's name in the possessive after 'in'", "The plan was drafted in Okonkwo's office in 1961.", []],
    ["guard: a family name keeps its shape", 'Conrad Black bought the paper in 1985.', [
      ['Conrad Black', 'PERSON', ['Conrad Black']],
    ]],
    ["guard: 'black' in lower case", 'The black ballot boxes were sealed in Belzoni.', [
      ['Belzoni', 'GPE', ['Belzoni']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: towns cued by 'downtown', 'the jail at', 'the … town of', and named before their cue", () => {
  it.each<[string, string, Expected[]]>([
    ["'downtown' before a town", 'The office in downtown Greenwood was firebombed.', [
      ['Greenwood', 'GPE', ['Greenwood']],
    ]],
    ["'the jail at' before a town", 'She was held in the jail at Itta Bena for a week.', [
      ['Itta Bena', 'GPE', ['Itta Bena']],
    ]],
    ["a modifier between 'the' and 'town of'", 'They settled in the all-Black town of Eatonville in 1887.', [
      ['Eatonville', 'GPE', ['Eatonville']],
    ]],
    ['a lone word named before the cue that makes it a place', 'When the marchers reached Greenwood, the sheriff waited. The office in Greenwood was closed.', [
      ['Greenwood', 'GPE', ['Greenwood', 'Greenwood']],
    ]],
    ["guard: 'Jackson' in a person's name stays the person", 'Andrew Jackson signed the act in 1830.', [
      ['Andrew Jackson', 'PERSON', ['Andrew Jackson']],
    ]],
    ["guard: a state's capital after 'in'", 'The trial was held in Jackson in 1964.', [
      ['Jackson', 'GPE', ['Jackson']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: unknown persons by a role apposition with an owner in the possessive, and given names the lists lacked', () => {
  it.each<[string, string, Expected[]]>([
    ["'the NAACP’s field secretary' after an unknown name", "Vernell Ambrose, the NAACP's field secretary in the county, was shot.", [
      ['Vernell Ambrose', 'PERSON', ['Vernell Ambrose']],
      ['NAACP', 'ORG', ['NAACP']],
    ]],
    ["'Earl' inside a name after a given name", 'The dead were Thomas Earl Whitley and Ruth Ann Cole.', [
      ['Thomas Earl Whitley', 'PERSON', ['Thomas Earl Whitley']],
      ['Ruth Ann Cole', 'PERSON', ['Ruth Ann Cole']],
    ]],
    ['French, Dutch and Indonesian given names', 'Yves Kalonji, Marit Dekkers and Irwan Saputra signed the appeal.', [
      ['Yves Kalonji', 'PERSON', ['Yves Kalonji']],
      ['Marit Dekkers', 'PERSON', ['Marit Dekkers']],
      ['Irwan Saputra', 'PERSON', ['Irwan Saputra']],
    ]],
    ["guard: 'the Earl of …' stays a title of nobility", 'The Earl of Derby opposed the bill.', [
      ['Earl of Derby', 'PERSON', ['Earl of Derby']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: two colleges joined by 'and' when the text named the left one alone before", () => {
  it.each<[string, string, Expected[]]>([
    ['the left college met before, a common word on the right', 'A student at Rust College was watched. The state police followed students at Rust College and Delta State College.', [
      ['Rust College', 'ORG', ['Rust College', 'Rust College']],
      ['Delta State College', 'ORG', ['Delta State College']],
    ]],
    ["guard: one name with 'and' before its head", 'The Carpenters and Joiners Union struck in 1950.', [
      ['Carpenters and Joiners Union', 'ORG', ['Carpenters and Joiners Union']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});
