import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers.js';

/**
 * Temporal forms the full-gold set 43 showed missed: an era under a ruler the table does not know,
 * dated by the apposition of their office (a closed range, or an open start: 'prime minister of …
 * from 1963') or named by a word the tagger takes for an auxiliary ('Das'); a bare 'months later';
 * 'the next quarter of a century'. Each row is a text of our own and the expressions expected in
 * it (text, kind, from, to), in order; each span is checked by slicing the original text. Rows
 * named 'guard' passed before the rules and must still pass.
 */
type Row = [text: string, kind: string, from: number | null, to: number | null];

function expressionsOf(text: string): Row[] {
  const doc = docOf(text, 'temporal');
  const out: Row[] = [];
  for (const t of doc.layers.temporal ?? []) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    out.push([t.text, t.kind, t.from, t.to]);
  }
  return out;
}

describe('temporal: an era under a ruler dated by the apposition of their office', () => {
  it.each<[string, string, Row[]]>([
    ['an open start after the office and its place', 'Under Declan Farrow, prime minister of the province from 1957, the cabinet spoke of reform.', [['Under Declan Farrow', 'era', 1957, null], ['from 1957', 'range', 1957, null]]],
    ['an open start after a mayor', 'Under Ana Ruiz, mayor of the city from 2015, the squatters were left alone.', [['Under Ana Ruiz', 'era', 2015, null], ['from 2015', 'range', 2015, null]]],
    ["a family name the tagger takes for an auxiliary ('Das')", 'Under Anil Das, chief minister from 2004 to 2009, the state government courted the unions.', [['Under Anil Das', 'era', 2004, 2009], ['from 2004 to 2009', 'range', 2004, 2009]]],
    ['guard: a start that dates another subject is no tenure', 'Under Ana Ruiz, whose party had ruled from 1990, the city grew.', [['from 1990', 'range', 1990, null]]],
    ['guard: a capitalised auxiliary stays one', 'The union was founded in 1990. Will it survive the new law?', [['1990', 'year', 1990, 1990]]],
  ])('%s', (_, text, expected) => {
    expect(expressionsOf(text)).toEqual(expected);
  });
});

describe("temporal: a bare 'months later' and 'the next quarter of a century'", () => {
  it.each<[string, string, Row[]]>([
    ['months later, early in the year: the same year', 'Police fired on the march on 2 February 1981, and a second marcher died months later.', [['2 February 1981', 'day', 1981, 1981], ['months later', 'relative', 1981, 1981]]],
    ['months later, late in the year: the next year', 'Police fired on the march on 20 November 1981, and a second marcher died months later.', [['20 November 1981', 'day', 1981, 1981], ['months later', 'relative', 1982, 1982]]],
    ['the next quarter of a century', 'The barracks were built in 1950. For the next quarter of a century soldiers manned the gate.', [['1950', 'year', 1950, 1950], ['the next quarter of a century', 'relative', 1951, 1975]]],
    ['guard: a count before the unit is read whole', 'Police fired on the march on 2 February 1981, and a second marcher died three months later.', [['2 February 1981', 'day', 1981, 1981], ['three months later', 'relative', 1981, 1981]]],
    ['guard: in the future no step of a story', 'The census began on 2 February 1981. The results will come months later.', [['2 February 1981', 'day', 1981, 1981]]],
  ])('%s', (_, text, expected) => {
    expect(expressionsOf(text)).toEqual(expected);
  });
});

describe('citations: a numbered paragraph of a report as the locator', () => {
  it.each<[string, string, string[], Row[]]>([
    ['a corporate author and a dotted paragraph', 'The ministry draws the same line (Interior Ministry 2021: para. 3.2.1).', ['(Interior Ministry 2021: para. 3.2.1)'], []],
    ['a person and a dotted section', 'Others agree (Okafor 2019: sec. 4.1).', ['(Okafor 2019: sec. 4.1)'], []],
    ['guard: a plain page', 'Others agree (Okafor 2019: 12).', ['(Okafor 2019: 12)'], []],
  ])('%s', (_, text, citations, expected) => {
    const doc = docOf(text, 'temporal');
    expect((doc.layers.citations ?? []).map((c) => text.slice(c.start, c.end))).toEqual(citations);
    expect(expressionsOf(text)).toEqual(expected);
  });
});
