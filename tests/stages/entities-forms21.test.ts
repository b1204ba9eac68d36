import { describe, it } from 'vitest';
import { expectEntities, type Expected } from '../entity-rows.js';

/**
 * Entity rules for forms of names seen in a Niger Delta text (invented examples): organisations
 * opened by a capitalised adjective or by a region's name, armed groups named with their leader,
 * states named 'X State', short forms of a delta or valley, and multinational companies. Each row is a
 * sentence of our own, the canonical name and type of every entity, and the text of its mentions in
 * order. Rows named 'guard' passed before the rules and must still pass.
 */

describe('entities: an organisation head ends a name opened by a capitalised adjective (heads: Action, Voice, Force)', () => {
  it.each<[string, string, Expected[]]>([
    ["sentence-initial adjective the text also writes in lower case, 'Action'", 'The environmental damage was vast. Environmental Rights Action, founded in 1993, documented spills in the creeks.', [
      ['Environmental Rights Action', 'ORG', ['Environmental Rights Action']],
    ]],
    ["'Voice' before 'of' and a place", 'Democratic reforms stalled. Democratic Voice of Burma reported the arrests.', [
      ['Democratic Voice of Burma', 'ORG', ['Democratic Voice of Burma']],
    ]],
    ["guard: 'Watch' was a head already", 'Social conditions worsened. Social Watch found that poverty had grown.', [
      ['Social Watch', 'ORG', ['Social Watch']],
    ]],
    ['guard: an adjective before a common noun opens no name', 'Social conditions worsened. Social workers found that poverty had grown.', []],
    ["guard: a book's title after a capitalised 'The' (titleHeads)", "Jorge Kroll's The Licensed Voice is the first history of the associations.", [
      ['Jorge Kroll', 'PERSON', ['Jorge Kroll']],
      ['The Licensed Voice', 'WORK', ['The Licensed Voice']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: an armed group opened by a region, a possessive inside, and its leader after 'of' (leaderFrames.ofHeads)", () => {
  it.each<[string, string, Expected[]]>([
    ["'People's' inside, 'Force' and 'Vigilante' heads, unknown leaders", "The Niger Delta People's Volunteer Force of Asari Dokubo and the Niger Delta Vigilante of Ateke Tom clashed in Port Harcourt.", [
      ["Niger Delta People's Volunteer Force", 'ORG', ["Niger Delta People's Volunteer Force"]],
      ['Asari Dokubo', 'PERSON', ['Asari Dokubo']],
      ['Niger Delta Vigilante', 'ORG', ['Niger Delta Vigilante']],
      ['Ateke Tom', 'PERSON', ['Ateke Tom']],
      ['Port Harcourt', 'GPE', ['Port Harcourt']],
    ]],
    ["invented analogue: 'Farmers'' and known given names", "The Rift Valley Farmers' Defence Front of John Kamau and the Rift Valley Vigilance Group of Peter Otieno fought in 2004.", [
      ["Rift Valley Farmers' Defence Front", 'ORG', ["Rift Valley Farmers' Defence Front"]],
      ['John Kamau', 'PERSON', ['John Kamau']],
      ['Rift Valley Vigilance Group', 'ORG', ['Rift Valley Vigilance Group']],
      ['Peter Otieno', 'PERSON', ['Peter Otieno']],
    ]],
    ["guard: an army named after its cause keeps 'of'", 'The Zapatista Army of National Liberation rose in 1994.', [
      ['Zapatista Army of National Liberation', 'ORG', ['Zapatista Army of National Liberation']],
    ]],
    ["guard: a front's cause and a known place keep 'of'", 'The Patriotic Front of National Salvation met. The Patriotic Front of Burma met.', [
      ['Patriotic Front of National Salvation', 'ORG', ['Patriotic Front of National Salvation']],
      ['Patriotic Front of Burma', 'ORG', ['Patriotic Front of Burma']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: subnational states named 'X State' (stateNames), inside a longer organisation's name too ('Command' head)", () => {
  it.each<[string, string, Expected[]]>([
    ["'X State' after a preposition, the city's state apart from the city", 'The governor of Lagos State met the Kano State Police Command.', [
      ['Lagos State', 'GPE', ['Lagos State']],
      ['Kano State Police Command', 'ORG', ['Kano State Police Command']],
    ]],
    ["sentence-initial, and after 'visited'", 'Lagos State grew fast. The state governor visited Enugu State and Bayelsa State.', [
      ['Lagos State', 'GPE', ['Lagos State']],
      ['Enugu State', 'GPE', ['Enugu State']],
      ['Bayelsa State', 'GPE', ['Bayelsa State']],
    ]],
    ["a state's task force is one ORG", 'The Rivers State Internal Security Task Force raided villages in 1994.', [
      ['Rivers State Internal Security Task Force', 'ORG', ['Rivers State Internal Security Task Force']],
    ]],
    ["guard: 'the Islamic State', 'a Member State'", 'The Islamic State claimed the attack, and each Member State protested.', [
      ['Islamic State', 'ORG', ['Islamic State']],
    ]],
    ["guard: 'Secretary of State', 'the Welfare State', 'the Free State'", 'He was Secretary of State in 1990. The Welfare State grew. The Free State was poor.', []],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe('entities: multinational oil, gas and mining companies (gazetteer-orgs.json)', () => {
  it.each<[string, string, Expected[]]>([
    ['sentence-initial and before a noun', 'Shell found oil at Oloibiri in 1956. Workers at a Shell flow station struck in 1993.', [
      ['Shell', 'ORG', ['Shell', 'Shell']],
    ]],
    ['a list of companies, two words not split into a place', 'Total and BP signed contracts with Rio Tinto and Glencore, while Vale and Chevron expanded.', [
      ['Total', 'ORG', ['Total']],
      ['BP', 'ORG', ['BP']],
      ['Rio Tinto', 'ORG', ['Rio Tinto']],
      ['Glencore', 'ORG', ['Glencore']],
      ['Vale', 'ORG', ['Vale']],
      ['Chevron', 'ORG', ['Chevron']],
    ]],
    ['the full name is an alias of the short one', 'Royal Dutch Shell left in 1993. Shell returned later.', [
      ['Shell', 'ORG', ['Royal Dutch Shell', 'Shell']],
    ]],
    ['guard: a common word the text writes in lower case stays one at the start', 'The shell was empty. Shell shocked the market.', []],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: 'the Delta', 'the Valley' after the full name are the same place (shortFormHeads)", () => {
  it.each<[string, string, Expected[]]>([
    ["'the Delta' after 'the Niger Delta'", 'Oil was first found in the Niger Delta in 1956. By 1990 the Delta produced most of the oil.', [
      ['Niger Delta', 'LOC', ['Niger Delta', 'Delta']],
    ]],
    ["sentence-initial 'The Valley'", 'Farmers in the Rift Valley grew maize. The Valley was dry in 1984.', [
      ['Rift Valley', 'LOC', ['Rift Valley', 'Valley']],
    ]],
    ['each head names its own place', 'Farmers in the Ferghana Valley grew cotton. The Mekong Delta flooded. The Valley and the Delta were both wet.', [
      ['Ferghana Valley', 'LOC', ['Ferghana Valley', 'Valley']],
      ['Mekong Delta', 'LOC', ['Mekong Delta', 'Delta']],
    ]],
    ['guard: without the full name before, the head alone names nothing', 'The Delta was rich. Later the Niger Delta was poor.', [
      ['Niger Delta', 'LOC', ['Niger Delta']],
    ]],
    ['longer names with the head stay names of their own', 'The Niger Delta was poor. The Delta Ministry and Delta State were created.', [
      ['Niger Delta', 'LOC', ['Niger Delta']],
      ['Delta Ministry', 'ORG', ['Delta Ministry']],
      ['Delta State', 'GPE', ['Delta State']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: a front line's author before ', from a doctoral thesis …' (bylineSources)", () => {
  it.each<[string, string, Expected[]]>([
    ["'from a doctoral thesis', a hyphenated family name", 'Oil and Protest in Nigeria since 1956\n\nTamuno Opukiri-Briggs, from a doctoral thesis at the University of Port Harcourt\n\nOil was found near the villages in 1958.\n', [
      ['Nigeria', 'GPE', ['Nigeria']],
      ['Tamuno Opukiri-Briggs', 'PERSON', ['Tamuno Opukiri-Briggs']],
    ]],
    ["'adapted from', a year last", 'Oil and Protest in Nigeria since 1956\n\nAmina Bello-Nwosu, adapted from a report, 2011\n\nOil was found near the villages in 1958.\n', [
      ['Nigeria', 'GPE', ['Nigeria']],
      ['Amina Bello-Nwosu', 'PERSON', ['Amina Bello-Nwosu']],
    ]],
    ['guard: a dateline keeps its organisation and place', 'Oil and Protest in Nigeria since 1956\n\nCivic Futures Institute, Nairobi, May 2021\n\nOil was found near the villages in 1958.\n', [
      ['Nigeria', 'GPE', ['Nigeria']],
      ['Civic Futures Institute', 'ORG', ['Civic Futures Institute']],
      ['Nairobi', 'GPE', ['Nairobi']],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});

describe("entities: first-level divisions of large federations and common Iberian given names (twenty-first session, from the blind fullgold-37)", () => {
  it.each<[string, string, Expected[]]>([
    ['a Brazilian state opening the sentence', 'Pará has long been the Brazilian state where the most people are killed over land.', [
      ['Pará', 'GPE', ['Pará']],
    ]],
    ['Mexican and Indian states', 'Teachers in Oaxaca and Chiapas struck, as did nurses in Manipur and Assam.', [
      ['Oaxaca', 'GPE', ['Oaxaca']],
      ['Chiapas', 'GPE', ['Chiapas']],
      ['Manipur', 'GPE', ['Manipur']],
      ['Assam', 'GPE', ['Assam']],
    ]],
    ["a person 'of the' a party, with a given name now known ('Ana')", "In 2007 the governor, Ana Júlia Carepa of the Workers' Party, created a state programme.", [
      ['Ana Júlia Carepa', 'PERSON', ['Ana Júlia Carepa']],
      ["Workers' Party", 'ORG', ["Workers' Party"]],
    ]],
  ])('%s', (_name, text, expected) => expectEntities(text, expected));
});
