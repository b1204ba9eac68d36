/**
 * The era table's leaders of Africa, Latin America and the Caribbean, the Middle East, Central,
 * South and Southeast Asia, Central and Eastern Europe and small states (pipeline/eras.json): a
 * leader named in a frame ('under …', 'the … years', 'the … era') without years in the text takes
 * the table's tenure; a short name stays a name, never an ordinary word.
 */
import { describe, expect, it } from 'vitest';
import type { Doc, TemporalExpression } from '../../src/doc.js';
import { docOf } from '../helpers.js';

type Row = [text: string, kind: TemporalExpression['kind'], from: number | null, to: number | null, edtf: string];

const eras = (text: string): Row[] =>
  (docOf(text, 'temporal') as Doc).layers.temporal!.filter((t) => t.kind === 'era').map((t) => [t.text, t.kind, t.from, t.to, t.edtf]);
const persons = (text: string): string[] =>
  (docOf(text, 'entities') as Doc).layers.entities!.filter((e) => e.type === 'PERSON').map((e) => e.canonical);

describe('era table: leaders of the world since 1945', () => {
  it.each<[string, string, Row]>([
    ['Malawi, a full name', 'Under Hastings Banda the churches kept quiet.', ['Under Hastings Banda', 'era', 1964, 1994, '1964/1994']],
    ['Madagascar, "the … years"', 'In the Tsiranana years the churches grew.', ['the Tsiranana years', 'era', 1959, 1972, '1959/1972']],
    ['Malta, "during the … era"', 'During the Mintoff era the unions were fused with Labour.', ['the Mintoff era', 'era', 1971, 1984, '1971/1984']],
    ['Botswana', 'Under Quett Masire the unions were weak.', ['Under Quett Masire', 'era', 1980, 1998, '1980/1998']],
    ['Benin, a short name with its accent (the first tenure)', 'Under Kérékou the dockers struck.', ['Under Kérékou', 'era', 1972, 1991, '1972/1991']],
    ['Burundi', 'Associations multiplied in the Nkurunziza years.', ['the Nkurunziza years', 'era', 2005, 2020, '2005/2020']],
    ['Guinea', 'Under Lansana Conté the press was licensed.', ['Under Lansana Conté', 'era', 1984, 2008, '1984/2008']],
    ['Mali, a ruler in office: open', 'Under Goïta the parties were suspended.', ['Under Goïta', 'era', 2021, null, '2021/..']],
    ['the Gambia', 'Under Yahya Jammeh journalists fled.', ['Under Yahya Jammeh', 'era', 1994, 2017, '1994/2017']],
    ['Mauritania, a two-word short name', 'The Ould Taya years were hard on the unions.', ['The Ould Taya years', 'era', 1984, 2005, '1984/2005']],
    ['Oman', 'Under Qaboos no union was allowed.', ['Under Qaboos', 'era', 1970, 2020, '1970/2020']],
    ['Iraq', 'Under Nouri al-Maliki the unions were harassed.', ['Under Nouri al-Maliki', 'era', 2006, 2014, '2006/2014']],
    ['Tajikistan, in office', 'Under Emomali Rahmon the opposition was banned.', ['Under Emomali Rahmon', 'era', 1992, null, '1992/..']],
    ['Georgia', 'The Shevardnadze years were years of decay.', ['The Shevardnadze years', 'era', 1992, 2003, '1992/2003']],
    ['Romania', 'The Iliescu years began in the square.', ['The Iliescu years', 'era', 1989, 1996, '1989/1996']],
    ['Cyprus', 'Under Makarios the unions were courted.', ['Under Makarios', 'era', 1960, 1977, '1960/1977']],
    ['the Maldives', 'During the Gayoom era the press was silent.', ['the Gayoom era', 'era', 1978, 2008, '1978/2008']],
    ['Fiji', 'Under Bainimarama the unions lost their rights.', ['Under Bainimarama', 'era', 2006, 2022, '2006/2022']],
    ['the Dominican Republic', 'The Balaguer years were years of repression.', ['The Balaguer years', 'era', 1966, 1978, '1966/1978']],
    ['Uruguay', 'Under Sanguinetti the amnesty was passed.', ['Under Sanguinetti', 'era', 1985, 1990, '1985/1990']],
    ['Colombia', 'Under Belisario Betancur the talks began.', ['Under Belisario Betancur', 'era', 1982, 1986, '1982/1986']],
    ['Cambodia', 'The Sihanouk years were years of neutrality.', ['The Sihanouk years', 'era', 1953, 1970, '1953/1970']],
    ['Tanzania, a first name the table gives as short', 'Under Samia the press law was eased.', ['Under Samia', 'era', 2021, null, '2021/..']],
    ['Saudi Arabia, a king whose name needs the country', 'In Saudi Arabia, under King Faisal, the schools spread.', ['under King Faisal', 'era', 1964, 1975, '1964/1975']],
  ])('%s', (_, text, expected) => {
    expect(eras(text)).toEqual([expected]);
  });

  it.each<[string, string]>([
    ['a surname that is a common word is no short name (Leszek Miller)', 'Under Miller the unions were consulted.'],
    ['a surname that is a common word is no short name (Patrice Talon)', 'Under Talon the port was privatised.'],
    ['a surname two leaders share is no short name (the Arévalos)', 'In Guatemala, reform came under Arévalo.'],
    ["a king's name that needs its country's words (King Faisal, not Iraq's)", 'Under King Faisal the Iraqi monarchy looked west.'],
    ['an ordinary word is no era', 'The talon of the law fell on the dockers.'],
  ])('guard: %s', (_, text) => {
    expect(eras(text)).toEqual([]);
  });

  it("guard: a surname the table keeps out of 'short' is no person alone (Daniel Chapo; 'El Chapo')", () => {
    expect(persons('Chapo and his men fled.')).toEqual([]);
  });

  it('a short name names its leader as a person', () => {
    expect(persons('The Shevardnadze years were years of decay.')).toEqual(['Eduard Shevardnadze']);
    expect(persons('Under Goïta the parties were suspended.')).toEqual(['Assimi Goïta']);
  });
});

describe('era table: two leaders after a title in the plural (twenty-first session)', () => {
  it.each<[string, string, Row[]]>([
    ["'the presidents' and two full names", 'Under the presidents Hastings Banda and Bakili Muluzi, the churches spoke.', [['Under the presidents Hastings Banda and Bakili Muluzi', 'era', 1964, 2004, '1964/2004']]],
    ["'presidents' without 'the'", 'Under presidents Kenneth Kaunda and Frederick Chiluba the unions grew.', [['Under presidents Kenneth Kaunda and Frederick Chiluba', 'era', 1964, 2002, '1964/2002']]],
    ['guard: two people the table does not know are no era', 'Under the prime ministers Jan Novák and Petr Svoboda, the government courted the movement.', []],
  ])('%s', (_name, text, expected) => {
    expect(eras(text)).toEqual(expected);
  });
});
