// Forms of periodisation revised, quoted or nested that the thirty-first session read (p31b), each
// on texts written here (not the blind sets'): a correction that says what a text should read, a
// count a speaker says again ('let me say four chapters, not three'), an example quoted and
// disowned, stages named in turn by the writer ('I call the first the …'), and a listed stage that
// runs from an event pointing back at the end of the stage before.
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, periodisationOf } from '../helpers.js';

describe('periodisation: a correction that says what a text should read', () => {
  const printed = '"The history of the yard\'s unions can be told in two phases: the phase of the guilds (1900–1945) and the phase of the plant committees (since 1945)."';
  const corrected = '"The history of the yard\'s unions can be told in three phases: the phase of the guilds (1900–1945), the phase of the plant committees (1945–1980) and the phase of the free unions (since 1980)."';
  const notice = (correction: string[]) =>
    [
      'Bulletin of Maritime Labour History 9 (2025)',
      '',
      'ERRATUM',
      '',
      'In the article on the shipyard unions in the last issue, the summary was printed from an early draft. The editors regret the error.',
      '',
      'In the summary, the printed text reads:',
      '',
      printed,
      '',
      ...correction,
      '',
      'The online version has been corrected.',
    ].join('\n');
  const three = [
    ['the guilds', 1900, 1945],
    ['the plant committees', 1945, 1980],
    ['the free unions', 1980, null],
  ];

  it.each<[string, string[]]>([
    ['"It should read:" before the corrected passage', ['It should read:', '', corrected]],
    ['"The summary should now read:"', ['The summary should now read:', '', corrected]],
    ['"should read" and the passage in one sentence', [`The summary should read ${corrected}`]],
    ['"The corrected passage reads:"', ['The corrected passage reads:', '', corrected]],
  ])('takes the corrected scheme, not the printed one: %s', (_, correction) => {
    expect(claimedStagesOf(notice(correction))).toEqual({ count: 3, stages: three });
  });

  // Guard: an erratum about something else leaves the writer's own scheme as it is.
  it("keeps the writer's scheme when an erratum corrects something else ('The caption … should read: …')", () => {
    const essay = [
      'The Shipyard Unions',
      '',
      'The history of the yard\'s unions can be told in two phases: the phase of the guilds (1900–1945) and the phase of the plant committees (since 1945). The guilds kept the old trades apart.',
      '',
      'Erratum. The caption of the photograph on p. 4 should read:',
      '',
      '"The slipway in the winter of 1952."',
    ].join('\n');
    expect(claimedStagesOf(essay)).toEqual({ count: 2, stages: [['the guilds', 1900, 1945], ['the plant committees', 1945, null]] });
  });
});

describe("periodisation: a count said again aloud ('So let me say four chapters, not three')", () => {
  const speech = (recount: string, before = 'The history of this harbour has had three chapters.') =>
    [
      'PROCEEDINGS OF THE HARBOUR BOARD',
      '',
      'THE CHAIR: Councillor Byrne.',
      '',
      `COUNCILLOR BYRNE: Thank you, Chair. ${before} The first chapter was the sail years. It began in 1850, when the first pier was built, and it ran until 1900. In those years the fishermen owned their boats.`,
      '',
      'The second chapter was the steam years. In 1900 the company built the coal wharf and hired its own crews. The steam years ran from 1900 until the wharf closed in 1960.',
      '',
      'A MEMBER: You have left out the war!',
      '',
      `COUNCILLOR BYRNE: I stand corrected, and I thank the member. The requisition of 1939 changed the harbour as much as the company had. ${recount} The steam years ran from 1900 to 1939, and the war years from 1939 until the wharf closed in 1960.`,
      '',
      'Chair, the fourth chapter is the container years. They began in 1960, when the new terminal opened downstream, and we are still in them.',
      '',
      'Now to the motion before us.',
    ].join('\n');
  const four = [
    ['the sail years', 1850, 1900],
    ['the steam years', 1900, 1939],
    ['the war years', 1939, 1960],
    ['the container years', 1960, null],
  ];

  it.each<[string]>([['So let me say four chapters, not three.'], ['So make that four chapters, not three.'], ['I should have said four chapters, not three.']])(
    'reads the stages named in turn, one told anew split in two: %s',
    (recount) => {
      expect(claimedStagesOf(speech(recount))).toEqual({ count: 4, stages: four });
    },
  );

  // Guards: no count said before, or a 'not three but four' that is the writer's first statement.
  it('adds nothing when no count of the same noun was said before', () => {
    expect(claimedStagesOf(speech('So let me say four chapters, not three.', 'The history of this harbour is a long one.')).count).not.toBe(4);
  });

  it("keeps a first statement 'four chapters, not three' with its own list", () => {
    const text = [
      'The Harbour',
      '',
      'The history of this harbour has four chapters, not three as the guidebooks say: the sail years (1850–1900), the steam years (1900–1939), the war years (1939–1960) and the container years (since 1960). Each left its mark on the quays.',
    ].join('\n');
    expect(claimedStagesOf(text)).toEqual({ count: 4, stages: four });
  });
});

describe("periodisation: a review that reports an author's revision of her own scheme", () => {
  // Guard: the reviewed author's revised scheme stays read as before (no correction, no recount aloud).
  it('keeps the revised scheme the review reports', () => {
    const review = [
      'Review of Harbour History 4 (2026)',
      '',
      'Marta Novak. The Harbour and Its Workers. Second edition. Gdynia: Pier Press, 2025.',
      '',
      'In the first edition Novak divided the harbour\'s history into two periods. In this edition she revises her own scheme and now sees three periods: the age of sail (1850–1900), the age of steam (1900–1960) and the age of containers (since 1960). The new chapter on the war years is the best in the book.',
    ].join('\n');
    expect(claimedStagesOf(review)).toEqual({
      count: 3,
      stages: [
        ['the age of sail', 1850, 1900],
        ['the age of steam', 1900, 1960],
        ['the age of containers', 1960, null],
      ],
    });
  });
});

describe('periodisation: an example quoted and disowned is no claim', () => {
  const guide = (example: string, after: string) =>
    [
      'Notes for Contributors',
      '',
      'Write years in full and use an en dash between them: 1914–1918.',
      '',
      `If a contributor proposes a division of his own, he should name the stages once and give their years; ${example} ${after}`,
      '',
      'Queries should be sent to the editor.',
    ].join('\n');
  const example = 'for example: "two stages: growth (1950–1973) and stagnation (since 1973)".';

  it.each<[string, string]>([
    ['"Such an example is only an illustration"', 'Such an example is only an illustration, and the editors take no view on it.'],
    ['"the editors take no view on any periodisation"', 'The editors take no view on any periodisation.'],
    ['"e.g." and "merely an example"', 'This is merely an example.'],
  ])('claims nothing: %s', (_, after) => {
    const text = guide(after.startsWith('This') ? example.replace('for example:', 'e.g.') : example, after);
    expect(periodisationOf(text).claimedCount).toBeNull();
    expect(periodisationOf(text).stages).toEqual([]);
  });

  // Guard: an example the writer then adopts is the writer's claim.
  it("keeps a scheme introduced by 'for example' that the writer then adopts", () => {
    const text = [
      'The Port',
      '',
      'The port\'s history can be divided in several ways, for example into three periods: the age of sail (1850–1900), the age of steam (1900–1960) and the age of containers (since 1960). This is the division I follow in this book.',
    ].join('\n');
    expect(claimedStagesOf(text).count).toBe(3);
  });
});

describe("periodisation: stages named in turn by the writer ('I call the first the …, and the second the …')", () => {
  const report = (naming: string) =>
    [
      'EXPERT REPORT',
      '',
      '1. Background',
      '',
      `1.1 In my opinion the history of the mill workers' union since its first rule book of 1920 falls into two halves, divided by the general strike of 1 May 1968. ${naming}`,
      '',
      '1.2 Each half can itself be divided in two, but the division on which I rely is the division into two halves.',
    ].join('\n');

  it('takes each name and its years from the naming', () => {
    expect(claimedStagesOf(report('I call the first the craft half, 1920–1968, and the second the industrial half, which runs from 1968 to the present.'))).toEqual({
      count: 2,
      stages: [
        ['the craft half', 1920, 1968],
        ['the industrial half', 1968, null],
      ],
    });
  });

  it('takes the names when the naming gives no years', () => {
    expect(claimedStagesOf(report('We shall call the first the craft half and the second the industrial half.')).stages.map((s) => s[0])).toEqual(['the craft half', 'the industrial half']);
  });

  // Guard: fewer ordinals than stages name nothing.
  it('names nothing when the ordinals are not the stages', () => {
    expect(claimedStagesOf(report('I call the first the craft half.')).stages.map((s) => s[0])).toEqual([null, null]);
  });
});

describe('periodisation: a listed stage from an event pointing back at the end of the stage before', () => {
  const essay = (list: string) =>
    [
      'Prices and Wages in the Valley',
      '',
      'The valley\'s mills were rebuilt after the war with loans from the state.',
      '',
      `I divide the years since the war into three periods: ${list}`,
      '',
      'The oil shock came in October 1973, when the price of crude oil quadrupled in a few weeks.',
      '',
      'The trials of the strike leaders began in 1974 and lasted two years.',
    ].join('\n');

  it('starts such a stage where the one before ends and ends it at its event, dated here or elsewhere', () => {
    const list = 'the years of rebuilding, from the armistice of November 1945 to the currency reform of June 1950; the years of growth, from that reform to the oil shock; and the years of doubt, from the crisis that followed the shock to the election of May 1983.';
    expect(claimedStagesOf(essay(list))).toEqual({
      count: 3,
      stages: [
        ['the years of rebuilding', 1945, 1950],
        ['the years of growth', 1950, 1973],
        ['the years of doubt', 1973, 1983],
      ],
    });
  });

  // Guard: a start event with a date of its own keeps its reading.
  it('keeps a stage whose start event has a date of its own', () => {
    const list = 'the years of rebuilding, from the armistice of November 1945 to the currency reform of June 1950; the years of growth, from the reform of 1952 to the oil shock; and the years of doubt, from the crisis of 1975 to the election of May 1983.';
    expect(claimedStagesOf(essay(list)).stages[2]).toEqual(['the years of doubt', 1975, 1983]);
  });
});
