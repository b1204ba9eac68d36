import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers.js';

/**
 * Temporal forms the full-gold set 42 showed missed or misread. Each row is a text of our own, the
 * expressions expected in one of its lines (text, kind, from, to), in order; each span is checked by
 * slicing the original text. Rows named 'guard' passed before the rules and must still pass.
 */
type Row = [text: string, kind: string, from: number | null, to: number | null];

/** The temporal expressions of `text` that start at or after `from` (one line or sentence of it). */
function expressionsOf(text: string, from = 0): Row[] {
  const doc = docOf(text, 'temporal');
  const out: Row[] = [];
  for (const t of doc.layers.temporal ?? []) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    if (t.start >= from) out.push([t.text, t.kind, t.from, t.to]);
  }
  return out;
}

const BODY = 'The union was banned in 1990.';

describe('temporal: a front line of parts set off by middle dots, its date ending a part', () => {
  it.each<[string, string, Row[]]>([
    ['a day range after a comma', 'One-day symposium, University of Wessex, 3–4 May 2027 · Organisers: Dr Miriam Okafor and Dr Tomas Lindqvist', [['3–4 May 2027', 'range', 2027, 2027]]],
    ['a day after a place', 'Adopted by a show of hands at Port Ellis, 9 March 2024 · Moved by the executive', [['9 March 2024', 'day', 2024, 2024]]],
    ['guard: a season as a part of its own', 'Eastgate University, Department of Politics · Autumn 2023 · Dr Ingrid Solberg-Vance', [['Autumn 2023', 'season-part', 2023, 2023]]],
  ])('%s', (_, front, expected) => {
    const text = `Unions and the State\n\n${front}\n\n${BODY}`;
    const line = text.indexOf(front);
    expect(expressionsOf(text, line).filter(([t]) => front.includes(t) && text.indexOf(t, line) < line + front.length)).toEqual(expected);
  });
});

describe('temporal: a day inside the name of a group is no date', () => {
  it.each<[string, string, Row[]]>([
    ['month first before a group noun', 'The strike began in May 1995. The March 9 Collective called it on 12 May.', [['May 1995', 'month', 1995, 1995], ['12 May', 'day', 1995, 1995]]],
    ['guard: month first before another noun stays a date', 'The strike began in May 1995. The March 9 decree ended it.', [['May 1995', 'month', 1995, 1995], ['March 9', 'day', 1995, 1995]]],
  ])('%s', (_, text, expected) => {
    expect(expressionsOf(text)).toEqual(expected);
  });
});

describe('temporal: anchored stretches and days', () => {
  it.each<[string, string, Row[]]>([
    ["'the N years before' is a stretch ending before the anchor", 'Courts heard 30 cases between 2010 and 2015, against four in the three years before.', [['between 2010 and 2015', 'range', 2010, 2015], ['the three years before', 'relative', 2007, 2009]]],
    ["guard: 'N years before' without 'the' stays one year", 'He was jailed in 1990, ten years before.', [['1990', 'year', 1990, 1990], ['ten years before', 'relative', 1980, 1980]]],
    ["'over the next N months' from a late month runs into the next year", 'The dockers struck on 20 November 1961. Over the next four months they held the port.', [['20 November 1961', 'day', 1961, 1961], ['Over the next four months', 'relative', 1961, 1962]]],
    ["guard: 'over the next N months' within the anchor's year", 'The dockers struck in March 1961. Over the next four months they held the port.', [['March 1961', 'month', 1961, 1961], ['Over the next four months', 'relative', 1961, 1961]]],
    [
      'a bare day after a decade takes the year of the same day written in full before',
      'On 3 June 2024 the mayor closed the hall. The union had used it in the 1980s. It will contest the closure of 3 June in court.',
      [['3 June 2024', 'day', 2024, 2024], ['the 1980s', 'decade', 1980, 1989], ['3 June', 'day', 2024, 2024]],
    ],
    ["guard: a bare day after a year keeps that year", 'On 3 June 2024 the hall closed. In 2011 the police had closed it on 3 June as well.', [['3 June 2024', 'day', 2024, 2024], ['2011', 'year', 2011, 2011], ['3 June', 'day', 2011, 2011]]],
  ])('%s', (_, text, expected) => {
    expect(expressionsOf(text)).toEqual(expected);
  });
});

describe("temporal: a leader's family name with its particle", () => {
  it.each<[string, string, Row[]]>([
    ['the particle inside the name', "Under Giscard d'Estaing the steel plan was kept.", [["Under Giscard d'Estaing", 'era', 1974, 1981]]],
    ['a name that opens with its particle', 'Under de Gaulle the miners struck twice.', [['Under de Gaulle', 'era', 1959, 1969]]],
    ["guard: the table's short form alone", 'Under Giscard the steel plan was kept.', [['Under Giscard', 'era', 1974, 1981]]],
    ["guard: an epithet names no one alone", 'Since the Great Depression the unions had grown.', [['the Great Depression', 'era', 1929, 1939]]],
  ])('%s', (_, text, expected) => {
    expect(expressionsOf(text)).toEqual(expected);
  });
});
