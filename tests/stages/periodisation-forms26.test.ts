// Forms of periodisation the twenty-sixth session read, each on texts written here (not the blind
// sets'): ordinal clauses between semicolons after a count qualified by what it divides, an end
// given as an event dated in another sentence, a last stage that 'has not yet run its course'.
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, periodisationOf } from '../helpers.js';

describe('periodisation: a qualified count, then ordinal clauses between semicolons in the next sentence', () => {
  const text = (count: string, clauses: string, after = 'The royal commission published its report in June 1998.') =>
    `Housing co-operatives and the ministry\n\n${count} ${clauses} ${after}\n\nThe co-operatives grew fast in the 1960s, and most of them built flats for their own members.`;
  const clauses =
    'The first, a period of quiet tolerance, began with the Housing Act of 1952 and lasted until the Tenancy Act of 1979; the second, which we call managed autonomy, ran from the 1979 Act until the royal commission delivered its report; the third, market discipline, has not yet run its course.';

  it.each<[string, string]>([
    ['the count qualified by "in the relation between …"', 'In this paper we distinguish three periods in the relation between the ministry and the housing co-operatives.'],
    ['the count qualified by "of …"', 'We distinguish three periods of the co-operatives\u2019 dealings with the ministry.'],
    ['the count closing its sentence', 'The relation between the ministry and the co-operatives has passed through three periods.'],
  ])('reads the stages with %s, the second ended by an event the next sentence dates', (_, count) => {
    expect(claimedStagesOf(text(count, clauses))).toEqual({
      count: 3,
      stages: [['quiet tolerance', 1952, 1979], ['managed autonomy', 1979, 1998], ['market discipline', 1998, null]],
    });
  });

  it('leaves the second open to the third when no sentence dates the event', () => {
    const p = periodisationOf(text('In this paper we distinguish three periods in the relation between the ministry and the housing co-operatives.', clauses, 'The commission sat for many years.'));
    expect(p.stages.map((s) => [s.label, s.from])).toEqual([['quiet tolerance', 1952], ['managed autonomy', 1979], ['market discipline', null]]);
  });

  it.each<[string, string]>([
    ['clauses that do not open with ordinals', 'In this paper we distinguish three periods in the relation between the ministry and the housing co-operatives.'],
  ])('claims no stages from %s', (_, count) => {
    const plain = 'Tolerance began with the Housing Act of 1952 and lasted until the Tenancy Act of 1979; autonomy ran from the 1979 Act until the royal commission delivered its report; discipline has not yet run its course.';
    expect(periodisationOf(text(count, plain)).stages.map((s) => s.label)).not.toContain('market discipline');
  });

  it('takes no event after "until" as the end when the date the text gives it comes before the start', () => {
    const p = periodisationOf(text('In this paper we distinguish three periods in the relation between the ministry and the housing co-operatives.', clauses, 'The royal commission published its report in June 1975.'));
    expect(p.stages[1].to).not.toBe(1975);
  });
});

describe('periodisation: the stages counted as passed, then the writer\'s present in the next one', () => {
  const text = (now: string, third = 'The third phase began when the coalition won the election of May 2015, and it has brought new rules for tenders.') =>
    `The tenants' unions and the town hall\n\nSeen from the housing office, the story is a long contest between the town and its tenants, a contest that has already passed through two phases. ${now}\n\nThe first phase, from the strike of 1968 to the rent law of March 1984, was the phase of protest. Meetings were held in kitchens and church halls.\n\nThe second phase, from 1985 to 2015, was the phase of contracts. The unions signed agreements with the housing office every three years.\n\n${third} Nobody knows how long it will last.`;

  it.each<[string, string]>([
    ['"We are now in the third phase"', 'We are now in the third phase, and it is the hardest of them.'],
    ['"we are now entering a third"', 'Many of us think we are now entering a third, and the unions are not ready.'],
  ])('adds the stage of the present after %s, from its own sentence\'s date', (_, now) => {
    expect(claimedStagesOf(text(now))).toEqual({
      count: 3,
      stages: [['protest', 1968, 1984], ['contracts', 1985, 2015], [null, 2015, null]],
    });
  });

  it('starts the stage of the present where the one before ends when no sentence dates it', () => {
    expect(claimedStagesOf(text('We are now in the third phase.', 'Since then the rules for tenders have changed.'))).toEqual({
      count: 3,
      stages: [['protest', 1968, 1984], ['contracts', 1985, 2015], [null, 2015, null]],
    });
  });

  it.each<[string, string]>([
    ['an ordinal that is not the next one', 'We are now in the fourth year of the new lease.'],
    ['another thing counted', 'We are now in the third phase of the renovation programme, which began in 2019.'.replace('the third phase of the renovation programme', 'the third round of talks')],
    ['the present told without "now"', 'The third phase is a matter for another article.'],
  ])('adds nothing after %s', (_, now) => {
    expect(claimedStagesOf(text(now)).count).toBe(2);
  });
});

describe('periodisation: a story counted in movements or parts, its stages taken in turn', () => {
  const chapter = (count: string, third = 'The third and by far the longest, the guild, lasted until the death of the marshal; in those years the union governed itself.') =>
    `Chapter 2. Painters and ministers\n\n${count} The first, which I call the tutelage, runs from the end of the war in May 1945 to the party congress of June 1949, when the union was run from the ministry. The second, the quarrel, runs from the split with the ministry to the writers' congress in October 1953, at which the realists lost. ${third} The fourth, which I call the unravelling, began in the months after the marshal was buried and ended with the union's split in 1990, when its members divided.\n\nThe marshal died on 4 May 1979, and the funeral was remembered by many.`;
  const stages = [['the tutelage', 1945, 1949], ['the quarrel', 1949, 1953], ['the guild', 1953, 1979], ['the unravelling', 1979, 1990]];

  it.each<[string, string]>([
    ['a story as subject that "has four movements"', 'The story I tell in the chapters that follow has four movements.'],
    ['a story as subject that "has four parts"', 'The story I tell in the pages that follow has four parts.'],
  ])('reads %s: a superlative after an ordinal, an end as an event dated in a later sentence, a start from an undated event', (_, count) => {
    expect(claimedStagesOf(chapter(count))).toEqual({ count: 4, stages });
  });

  it('reads the plain ordinal the same way', () => {
    expect(claimedStagesOf(chapter('The story I tell in the chapters that follow has four movements.', 'The third, the guild, lasted until the death of the marshal; in those years the union governed itself.'))).toEqual({ count: 4, stages });
  });

  it.each<[string, string]>([
    ['movements of people', 'The workers of the city formed four movements in the years after the war.'],
    ['a story that is not the subject', 'Four movements of painters, each with a story of its own, met in the city after the war.'],
  ])('claims nothing for %s', (_, count) => {
    expect(periodisationOf(chapter(count)).claimedCount).not.toBe(4);
  });

  const guide = (count: string) =>
    `The harbour museum\n\n${count} The first part is the fishing harbour, from 1890 until 1958. The second is the ferry harbour, from 1958 until 2001. The third is the marina, and we are still living in it.\n\nIn the first room you will see the nets.`;

  it('reads a story told "in three parts" when the word of telling stands before the story', () => {
    expect(claimedStagesOf(guide('This exhibition tells the story of the harbour in three parts, and the rooms follow them.'))).toEqual({
      count: 3,
      stages: [['the fishing harbour', 1890, 1958], ['the ferry harbour', 1958, 2001], ['the marina', 2001, null]],
    });
  });

  it('claims nothing when parts are counted without a story told', () => {
    expect(periodisationOf(guide('This exhibition is housed in three parts of the old customs house, and the rooms follow them.')).claimedCount).toBeNull();
  });
});

describe('periodisation: an event dated where the text tells it in the same clause', () => {
  it('prefers "the marshal died on …" to a later year after the name in another clause', () => {
    const text = `The union and the marshal\n\nThe union's history has three periods. The first, the tutelage, ran from 1945 to 1953. The second, the guild, lasted until the death of the marshal. The third, the unravelling, began in the months after the marshal was buried and has not ended.\n\nAfter the marshal was buried, the union's split came in 1990. The marshal died on 4 May 1979.`;
    expect(claimedStagesOf(text).stages.slice(0, 2)).toEqual([['the tutelage', 1945, 1953], ['the guild', 1953, 1979]]);
  });
});

describe('periodisation: names others give a stage taken in turn', () => {
  const text = (second: string, third: string) =>
    `The market square\n\nThe square has lived through three distinct periods since the war. The first, the years of the barricades, began when the council fenced off the square in 1961 and lasted until the truce of 1979. ${second} ${third}\n\nThe market traders still argue about it.`;

  it.each<[string, string]>([
    ['"which people at the time called …"', 'The second, which people at the time called the quiet years, ran from 1979 to the crash of 1998.'],
    ['"which journalists called …"', 'The second, which journalists called the quiet years, ran from 1979 to the crash of 1998.'],
  ])('names the second by %s', (_, second) => {
    expect(claimedStagesOf(text(second, 'The third began in the wreckage of 1998, and nobody knows what to call it.')).stages.map((s) => s[0])).toEqual(['the years of the barricades', 'the quiet years', null]);
  });

  it('names a stage by "what people here call …" after a colon', () => {
    const third = 'The third is short but hard: what people here call the Troubles, from May 1998 to the accord of June 2001.';
    expect(claimedStagesOf(text('The second is the market, from 1979 to 1998.', third)).stages).toEqual([
      ['the years of the barricades', 1961, 1979],
      ['the market', 1979, 1998],
      ['the Troubles', 1998, 2001],
    ]);
  });

  it('takes no name from "which the council called off"', () => {
    const p = claimedStagesOf(text('The second, which the council called off in 1998, ran from 1979 to the crash of 1998.', 'The third began in the wreckage of 1998, and nobody knows what to call it.'));
    expect(p.stages[1]?.[0] ?? null).toBeNull();
  });
});

describe('periodisation: forms of a research article\'s thesis', () => {
  const text = (thesis: string) => `Unions and the state\n\n${thesis}\n\nThe unions grew in the countryside, and many members joined them.`;

  it.each<[string, string]>([
    ['a count announced by a passive verb and qualified by what it divides', 'Three periods can be distinguished in the relationship between the state and the unions.'],
    ['a count announced by a passive verb closing its sentence', 'Three periods can be distinguished.'],
  ])('reads %s, then clauses "the first, from …, was one of …" between semicolons', (_, count) => {
    expect(claimedStagesOf(text(`${count} The first, from 1950 to 1970, was one of incorporation; the second, from 1970 to 1989, one of confrontation; the third, since 1989, one of negotiation.`))).toEqual({
      count: 3,
      stages: [['incorporation', 1950, 1970], ['confrontation', 1970, 1989], ['negotiation', 1989, null]],
    });
  });

  it('does not name a stage by its ordinal and noun after "In"', () => {
    expect(claimedStagesOf(text('Relations between the state and the unions have passed through three distinct phases since 1950. In the first phase, which lasted until 1970, the state incorporated the unions. In the second phase, from 1970 to 1989, the two were in open confrontation. The third phase, which began with the transition of 1989, has been one of negotiation.')).stages.map((s) => s[0])).toEqual([null, null, null]);
  });

  it('keeps a name after "In" that holds more than the ordinal and the noun', () => {
    const p = claimedStagesOf(text('Relations between the state and the unions have passed through three distinct phases since 1950. In the corporatist phase, from 1950 to 1970, the state incorporated the unions. In the second phase, from 1970 to 1989, the two were in open confrontation. The third phase, which began with the transition of 1989, has been one of negotiation.'));
    expect(p.stages[0]).toEqual(['the corporatist phase', 1950, 1970]);
  });

  it('leaves a listed name\'s time after its comma out of the name', () => {
    expect(claimedStagesOf(text('The unions\u2019 relations with the state have gone through three phases: incorporation, from the Labour Code of 1950 to the coup of 1970; confrontation, from the coup to the transition of 1989; and negotiation, since the transition.'))).toEqual({
      count: 3,
      stages: [['incorporation', 1950, 1970], ['confrontation', 1970, 1989], ['negotiation', 1989, null]],
    });
  });

  it('claims nothing from "one of" clauses that are not taken in turn', () => {
    expect(periodisationOf(text('Three periods can be distinguished in the relationship between the state and the unions. Incorporation, from 1950 to 1970, was one of them; confrontation was another; negotiation, since 1989, the last.')).stages.map((s) => s.label)).not.toContain('incorporation');
  });
});

describe('periodisation: stages told in turn by number, by sequence, or after a count of the writer\'s own', () => {
  const text = (body: string) => `Unions and the state\n\n${body}\n\nThe unions grew in the countryside, and many members joined them.`;

  it('names "Act one, incorporation, ran …" and starts "Act two, …, lasted until 1989" where act one ended', () => {
    expect(claimedStagesOf(text("The unions' history can be told in three acts. Act one, incorporation, ran from 1950 to 1970. Act two, confrontation, lasted until 1989. Act three, negotiation, began in 1989."))).toEqual({
      count: 3,
      stages: [['incorporation', 1950, 1970], ['confrontation', 1970, 1989], ['negotiation', 1989, null]],
    });
  });

  it('reads "This was followed by a period of …" between sentences that open with their dates', () => {
    expect(claimedStagesOf(text('Broadly speaking, the relationship evolved in three stages. Initially, between 1950 and 1970, the state incorporated the unions. This was followed by a period of confrontation (1970–1989). Finally, after 1989, the two sides learned to negotiate.'))).toEqual({
      count: 3,
      stages: [[null, 1950, 1970], ['confrontation', 1970, 1989], [null, 1989, null]],
    });
  });

  it('does not take "followed by a wave of strikes" for a stage', () => {
    expect(claimedStagesOf(text('Broadly speaking, the relationship evolved in three stages. Initially, between 1950 and 1970, the state incorporated the unions. This was followed by a wave of strikes in 1971. Finally, after 1989, the two sides learned to negotiate.'))).not.toEqual(expect.objectContaining({ count: 3, stages: expect.arrayContaining([['strikes', 1971, null]]) }));
  });

  it.each<[string, string]>([
    ['"I see three."', 'I see three.'],
    ['"But we would count three."', 'But we would count three.'],
  ])('takes the writer\'s own count %s after another count reported', (_, own) => {
    expect(claimedStagesOf(text(`Most accounts divide this history into two periods, before and after 1989. ${own} From 1950 until 1970 the unions were incorporated. From 1970 until 1989 they were in confrontation with the state. And since 1989 they have negotiated.`))).toEqual({
      count: 3,
      stages: [[null, 1950, 1970], [null, 1970, 1989], [null, 1989, null]],
    });
  });

  it('keeps the reported count when the next sentence counts something else', () => {
    expect(claimedStagesOf(text('Most accounts divide this history into two periods, before and after 1989. I see three reasons for that. The unions were weak, the state was strong, and the parties were divided.')).count).not.toBe(3);
  });
});

describe('periodisation: the new forms claim nothing for a programme, a study\'s data or a list of a report\'s parts', () => {
  const text = (body: string) => `Programme review\n\n${body}\n\nThe review team visited twelve districts.`;

  it('adds no stage of the present to a programme\'s phases', () => {
    expect(periodisationOf(text('The water programme has already passed through two phases. We are now in the third phase, which runs until 2027. The first phase, from 2015 to 2018, built wells. The second phase, from 2019 to 2022, trained committees. The third phase began in 2023.')).claimedCount).not.toBe(3);
  });

  it('reads no periods of a study\'s data from ordinal clauses', () => {
    expect(periodisationOf(text('Three periods can be distinguished in the data. The first, from 2001 to 2005, was one of low response; the second, from 2005 to 2010, one of attrition; the third, since 2010, one of recovery.')).claimedCount).toBeNull();
  });

  it.each<[string, string]>([
    ['a story as subject', 'The story I tell in this report has three parts: the setting, the survey and the findings.'],
    ['a word of telling before the story', 'This exhibition tells the story of the survey in three parts: the setting, the survey and the findings.'],
  ])('claims no stages from %s that lists a report\'s parts after a colon', (_, body) => {
    expect(periodisationOf(text(body)).claimedCount).toBeNull();
  });
});

describe('periodisation: a stage told in sequence after "Then came"', () => {
  const text = (then: string) => `Interview with a union organiser\n\nQ: How would you divide the history?\n\nA: Into three periods, I think. The first, from 1950 to 1970, was the time of incorporation. ${then} And since 1989 we have had negotiation.\n\nQ: And now?`;

  it('names it by what came', () => {
    expect(claimedStagesOf(text('Then came confrontation, from 1970 until 1989.')).stages).toEqual([['the time of incorporation', 1950, 1970], ['confrontation', 1970, 1989], [null, 1989, null]]);
  });

  it('takes no name from what came in a year', () => {
    expect(claimedStagesOf(text('Then came the strike of 1971, and from 1970 until 1989 there was confrontation.')).stages[1]?.[0] ?? null).toBeNull();
  });
});

describe('periodisation labels: "proper" after a name', () => {
  const text = (second: string) =>
    `The prince and the assembly\n\nAs I read the history, there have been three distinct settlements between the throne and the assembly. The first I would call the concession, from 1911 to 1959. ${second} The third, the partnership, began in 2002 and is the one we live in now.\n\nThe assembly meets twice a year.`;

  it('leaves out "proper" that stresses a name of two words', () => {
    expect(claimedStagesOf(text('The second, the settlement proper, ran from 1962 to 2002.')).stages[1]).toEqual(['the settlement', 1962, 2002]);
  });

  it('keeps a name of one word before "proper"', () => {
    expect(claimedStagesOf(text('The second, Prussia proper, ran from 1962 to 2002.')).stages[1]?.[0]).toBe('Prussia proper');
  });
});

describe('periodisation: a metaphor\'s parts told after a possessive', () => {
  const text = (parts: string) => `The unions\n\nThe unions have lived three lives. ${parts}\n\nThe unions grew in the countryside, and many members joined them.`;

  it.each<[string, string]>([
    ['"Their first life …"', 'Their first life began in 1950 and ended with the coup of 1970. Their second life lasted from the coup until 1989. Their third life began in 1989.'],
    ['"The first life …"', 'The first life began in 1950 and ended with the coup of 1970. The second life lasted from the coup until 1989. The third life began in 1989.'],
  ])('reads %s', (_, parts) => {
    expect(claimedStagesOf(text(parts))).toEqual({ count: 3, stages: [[null, 1950, 1970], [null, 1970, 1989], [null, 1989, null]] });
  });

  it('reads no parts of another noun after a possessive', () => {
    expect(periodisationOf(text('Their first leader was elected in 1950. Their second leader took over in 1970. Their third leader came in 1989.')).claimedCount).toBeNull();
  });
});
