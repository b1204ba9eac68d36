// Stages bounded by events whose years the text gives elsewhere (src/stages/periodisation/events.ts),
// each on texts written here (not the blind sets'): ordinal stages 'from the fire until the closure
// of the inner basin', and times told in turn after a count ('There was the time of the vans, which
// came after the bypass opened.').
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, docOf, periodLabelsOf } from '../helpers.js';

describe('periodisation: ordinal stages bounded by events dated in other paragraphs', () => {
  const leaflet = (stages: string, fire: string, basin: string) =>
    [
      'Harbour Walk: the Saltmarsh Docks',
      'Visitor leaflet, second printing',
      '',
      `This walk follows the docks through three stages, one on each quay. ${stages}`,
      '',
      'Quay One',
      '',
      `The sail lofts stood along this wall. ${fire}`,
      '',
      'Quay Two',
      '',
      `The coal tips were here. ${basin}`,
      '',
      'Please keep to the marked path near the water.',
    ].join('\n');
  const stages = 'The first stage is the sail port, from the opening of the basin in 1823 until the great fire. The second is the steam port, from the fire until the closure of the inner basin. The third is the marina, and it is still with us.';
  const fireToldAfterDate = 'In the night of 4 March 1861 a warehouse of pitch caught light and the flames crossed the quay. The fire burned for two days and left the lofts in ashes.';
  const fireWithYearFirst = 'In 1861 the fire took the whole of the west quay in two days.';
  const closureWithYearFirst = 'In 1968, after years of losses, the harbour trust ordered the closure of the inner basin.';
  const decisionStages = 'The first stage is the sail port, from the opening of the basin in 1823 until the great fire. The second is the steam port, from the fire until the decision to drain the inner basin. The third is the marina, and it is still with us.';
  const votedToDrain = 'In 1968 the harbour trust voted to drain the inner basin, and yachts came within ten years.';
  const read = [['the sail port', 1823, 1861], ['the steam port', 1861, 1968], ['the marina', 1968, null]];

  it.each<[string, string, string, string, (string | number | null)[][]]>([
    ['an event told without a date after the one year of its paragraph, and one with the year before its name', stages, fireToldAfterDate, closureWithYearFirst, read],
    ['both events with the year before their names', stages, fireWithYearFirst, closureWithYearFirst, read],
    ['an event named by its complement ("the decision to drain the inner basin" ↔ "voted to drain the inner basin")', decisionStages, fireWithYearFirst, votedToDrain, read],
  ])('reads %s', (_, s, fire, basin, expected) => {
    expect(claimedStagesOf(leaflet(s, fire, basin))).toEqual({ count: 3, stages: expected });
  });

  // Guards: an event the text never dates leaves its bound unread; one it dates in two years
  // leaves the stages unread.
  it('leaves unread the bound of a closure the text never dates', () => {
    expect(claimedStagesOf(leaflet(stages, fireWithYearFirst, 'After years of losses the harbour trust ordered the closure of the inner basin.'))).toEqual({
      count: 3,
      stages: [['the sail port', 1823, 1861], ['the steam port', 1861, null], ['the marina', null, null]],
    });
  });

  it.each<[string, string, string, string]>([
    ['a fire dated twice, in two years', stages, 'In 1861 the fire took the west quay. In 1902 a second fire took the east quay.', closureWithYearFirst],
    ['stages whose events the text never dates', stages, 'The fire took the whole of the west quay.', 'After years of losses the harbour trust ordered the closure of the inner basin.'],
  ])('does not read %s', (_, s, fire, basin) => {
    expect(claimedStagesOf(leaflet(s, fire, basin))).toEqual({ count: null, stages: [] });
  });
});

describe('periodisation: times told in turn after a count, each bounded by an event', () => {
  const memoir = (times: string, later: string[]) =>
    [
      'Mill Lane',
      '',
      'My grandmother kept the bakery on Mill Lane for most of her life, and she told it like this.',
      '',
      `We have known three times in the bakery. ${times} The first two I remember well.`,
      '',
      ...later.flatMap((x) => [x, '']),
      'She closed the shop door for the last time at the age of eighty.',
    ].join('\n');
  const times = 'There was the time of the ovens, when we fed the whole street. There was the time of the vans, which came after the bypass opened. And there is the time of the shops, which began when the supermarket bought the corner plot.';
  const bypass = 'The bypass opened in 1971, and the street emptied overnight.';
  const plot = 'In the spring of 1994 the supermarket bought the corner plot, and the vans stopped soon after.';

  it.each<[string, string, string[], (string | number | null)[][]]>([
    ['times started by clauses dated later ("the bypass opened" ↔ "The bypass opened in 1971")', times, [bypass, plot], [['the ovens', null, 1971], ['the vans', 1971, 1994], ['the shops', 1994, null]]],
    ['times whose first event ("when we fed the whole street") has no date of its own', times, [plot], [['the ovens', null, null], ['the vans', null, 1994], ['the shops', 1994, null]]],
  ])('reads %s', (_, t, later, expected) => {
    expect(claimedStagesOf(memoir(t, later))).toEqual({ count: 3, stages: expected });
  });

  // A year before the first dated time falls in one of the undated times before it, which one the
  // text does not say: it is not 'before' the stages.
  it.each<[string, string[], string]>([
    ['a year before the first dated time, after undated ones', [plot, 'In 1965 we bought a second oven.'], 'none'],
    ['a year in the first time, when every time is dated', [bypass, plot, 'In 1965 we bought a second oven.'], 'stage1'],
  ])('labels %s', (_, later, label) => {
    expect(periodLabelsOf(docOf(memoir(times, later)))('In 1965 we bought')).toBe(label);
  });

  it('dates no time by a sentence that names the subject of its event with another verb', () => {
    const t = times.replace('after the bypass opened', 'after the mayor resigned');
    expect(claimedStagesOf(memoir(t, ['The mayor was elected in 1960 and kept the post for years.', plot])).stages[1]).toEqual(['the vans', null, 1994]);
  });

  // Guards: no event dated, or no count of the times told, or dates and events but no times.
  it.each<[string, string, string[]]>([
    ['times whose events the text never dates', times, ['The bypass changed everything.']],
    ['times told after a count of something else', 'There was the time of the ovens, when we fed the whole street. There was the time of the vans, which came after the bypass opened.', [bypass, plot]],
    ['a text with events and their years but no periodisation', 'The ovens fed the whole street. The vans came after the bypass opened. Now we sell from the shops.', [bypass, plot]],
  ])('does not read %s', (_, t, later) => {
    expect(claimedStagesOf(memoir(t, later))).toEqual({ count: null, stages: [] });
  });
});
