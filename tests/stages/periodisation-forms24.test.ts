// Forms of periodisation the twenty-fourth session's reading of heldout-23 and blind sets showed
// unread, each on texts written here (not the sets'): a range of a book's chapters that counts the
// stages, its chapters told in the outline, ends given as events the text dates elsewhere.
import { describe, expect, it } from 'vitest';
import { claimedStagesOf, docOf, periodisationOf } from '../helpers.js';

describe('periodisation: a range of chapters that counts the stages, then the outline', () => {
  const outline = (range: string, chapters: string[]) =>
    `Chapter 1 Introduction\n\n1.4 Outline\n\nChapter 2 sets out the background, from the charter of 1880 onwards.\n\n${range}\n\n${chapters.join('\n\n')}\n\nChapter 7 compares the towns of the region since the 1960s.\n\n1.5 Dates\n\nThe harbour board was dissolved by the Supreme Court, after a suit by the dockers, in 1961. The reform law was passed in March 1999; the High Court struck down its first article on 4 June 1999.`;
  const chapters = [
    'Chapter 3, "Guild rule", covers the years from the founding of the board in 1905 to the strike of 1934 that broke it.',
    'Chapter 4, "Open water", runs from the 1934 strike to the ruling of the Supreme Court that dissolved the harbour board.',
    'Chapter 5, "The long quarrel", begins with that ruling and ends with the decision of the High Court on the reform law of the ports.',
  ];
  it.each<[string, string, string[]]>([
    ['chapters numbered from 3, a noun that is no stage noun', 'Chapters 3 to 5 follow the three settlements.', chapters],
    ['a stage noun', 'Chapters 3 to 5 trace the three periods.', chapters],
    ['Roman numbers', 'Chapters III to V follow the three settlements.', chapters.map((c) => c.replace(/Chapter (\d)/, (_, n: string) => `Chapter ${['', '', '', 'III', 'IV', 'V'][Number(n)]}`))],
  ])('%s', (_, range, told) => {
    expect(claimedStagesOf(outline(range, told))).toEqual({
      count: 3,
      stages: [['Guild rule', 1905, 1934], ['Open water', 1934, 1961], ['The long quarrel', 1961, 1999]],
    });
  });

  it('claims nothing when the range does not hold as many chapters as the count', () => {
    expect(periodisationOf(outline('Chapters 3 to 6 follow the three settlements.', chapters)).claimedCount).toBeNull();
  });

  it('leaves an end undated when no sentence dates its event', () => {
    const text = outline('Chapters 3 to 5 follow the three settlements.', chapters).replace(/1\.5 Dates[\s\S]*$/, '');
    expect(periodisationOf(text).stages.map((s) => [s.from, s.to])).not.toContainEqual([1934, 1961]);
  });
});

describe('periodisation: the present told as the nth stage, then the stages before it, paragraph by paragraph', () => {
  const present = 'We are now in the third era of the dock unions, which I think of as the contract years. Since the Ports Act took effect at the start of 2010, the unions have bargained port by port.';
  const famine = 'Before the contract years came the drought. It began on the day the old scheme was abolished, and it lasted seven years. Membership halved.';
  const closedShop = 'And before the drought came the long era of the closed shop. From the founding of the federation in 1920, every docker had to join.';
  const text = (...paragraphs: string[]) => `OPINION\n\nThe docks\n\nLet me tell the story backwards.\n\n${paragraphs.join('\n\n')}\n\nThe rest is politics.`;

  it('dates each from its paragraph, or by the years it lasted before the later one, and names it', () => {
    expect(claimedStagesOf(text(present, famine, closedShop))).toEqual({
      count: 3,
      stages: [['the closed shop', 1920, 2003], ['the drought', 2003, 2010], ['the contract years', 2010, null]],
    });
  });

  it.each<[string, string]>([
    ['a programme\'s phase with nothing before it', text('We are now in the second phase of the harbour programme. It began in 2021.', 'The quays were rebuilt in 2022.')],
    ['a stage before that the text does not date', text(present, famine.replace(', and it lasted seven years', ''), closedShop)],
    ['fewer paragraphs before than the ordinal counts', text(present, famine)],
  ])('claims nothing for %s', (_, t) => {
    expect(periodisationOf(t).claimedCount).toBeNull();
  });
});

describe('periodisation: texts that claim none', () => {
  it.each<[string, string]>([
    ['a chronology whose decade headings the text says are no stages', 'Appendix 2\n\nChronology of the Guild, 1960–2020\n\nA note\n\nFor ease of reference the entries are grouped by decade. This book does not divide the Guild\'s history into periods, and the decade headings should not be read as stages.\n\n1960s\n\n1961 — The Guild is registered. 1965 — A strike in the port.\n\n1970s\n\n1972 — The Guild\'s leaders are detained. 1978 — A new law on societies.\n\n1980s\n\n1984 — The Guild joins a coalition.'],
    ['one account among others, reported', 'Call for papers\n\nThe literature has often told the story in stages, and the stages do not agree. One influential account distinguishes a period of self-help from the 1950s to 1968, a period of corporatist mobilisation (1971–1978), and a period of autonomous organisation opened by the elections of 1980. Others see a single break in 1992.'],
    ["a selection's stages", 'Call for papers\n\nSelection will proceed in two stages. The editors will invite full papers by 28 February 2026; full papers are due on 30 June 2026.'],
  ])('%s', (_, text) => {
    expect(periodisationOf(text).claimedCount).toBeNull();
  });

  it("guard: the literature's consensus, which a review takes up, is read", () => {
    const p = claimedStagesOf('Review\n\nThe literature usually periodises the history of the guilds since 1950 into three phases: the boom (1950–1970), the crisis (1970–1990) and consolidation (since 1990). The scheme has served the field well.');
    expect(p).toEqual({ count: 3, stages: [['the boom', 1950, 1970], ['the crisis', 1970, 1990], ['consolidation', 1990, null]] });
  });
});

describe('periodisation: a lecture that gives its phases by number, far apart, named as the speaker calls them', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `The miners of camp ${i + 1} worked long shifts underground.`).join(' ');
  const lecture = (third: string) => `Lecture 9\n\nOkay, let's start. I'm going to give you three phases, and yes, they'll be on the exam.\n\nPhase one — I call it the dock wars — runs from 1910 to 1931. ${filler(18)} In the Roosevelt years organisers came to the docks.\n\nSo — where does phase two begin? I'd say 1931. Phase two — call it the truce — runs from 1931 to 1968. ${filler(3)}\n\nSo where does phase two end and phase three begin? ${third} Whether a fourth phase is coming, I don't know.`;
  it('reads each phase by its number, in a question-free sentence, and the names it is called', () => {
    expect(claimedStagesOf(lecture("I'd say 1968, and I call phase three the long retreat, which we're still in."))).toEqual({
      count: 3,
      stages: [['the dock wars', 1910, 1931], ['the truce', 1931, 1968], ['the long retreat', 1968, null]],
    });
  });
  it('claims nothing when a phase is only asked about', () => {
    expect(periodisationOf(lecture('Nobody agrees.')).claimedCount).not.toBe(3);
  });
});

describe('periodisation: counted periods set out as a text table or as bullets', () => {
  it('reads the rows of a table in plain text, numbered, a name and years, after "the periods into which we divide"', () => {
    const text = 'Report\n\nSection 2 sets out the four periods into which we divide that history (Table 2); section 3 explains the breaks.\n\n2. Four periods\n\nTable 2. Periods in the history of the guilds, 1900–2024\n\nPeriod                 Years        Character\n1. Guild compact       1900–1930    Wages fixed by the crown;\n                                    no strikes\n2. Open conflict       1930–1951    Strikes every year\n3. Silence             1951–1990    Guilds banned; from 1960 a\n                                    tolerated council\n4. The new guilds      1990–        Registered unions\n\nNote: the years give the first and last year of each period.\n';
    expect(claimedStagesOf(text)).toEqual({ count: 4, stages: [['Guild compact', 1900, 1930], ['Open conflict', 1930, 1951], ['Silence', 1951, 1990], ['The new guilds', 1990, null]] });
  });

  it('reads one bullet to a period, its first sentence, the explanation after it left out', () => {
    const text = 'Press release\n\nThe exhibition divides those twelve years into three periods, each with a room of its own:\n\n- "The Affair", from the attack on the deputy in May 1963 to the coup of April 1967. Reporters were harassed and sued.\n\n- "Under the Colonels", from April 1967 to the fall of the dictatorship in July 1974. Two dailies were closed in 1967.\n\n- "The First Free Year", from July 1974 to the adoption of the new Constitution in June 1975. Journalists dismissed in 1967 were reinstated.\n\nThe exhibition will travel in two phases: to Athens in January 2026 and to Ioannina in the spring of 2026.';
    expect(claimedStagesOf(text)).toEqual({ count: 3, stages: [['The Affair', 1963, 1967], ['Under the Colonels', 1967, 1974], ['The First Free Year', 1974, 1975]] });
  });
});

describe('periodisation: slides exported to text, a count and numbered slide titles', () => {
  const slides = (fourth: string) => `HIST 210 Lecture 4\n\nSlide 1\nGuilds and the crown\n\nSlide 2: The argument\n• Since 1820 the guilds and the crown have gone through THREE periods\n• Each is defined by what the crown did\n  1. Patronage\n  2. Competition\n  3. Control\n\nSlide 3: 1. Patronage\n• Opens with the charter of 12 May 1820\n• Masters named by the court\n\nSlide 4: 2. Competition\n• 1867 to 1902\n• Councils and masters as equals\n\nSlide 5: 3. Control\n• Since 1902 the city sets wages\n\n${fourth}Slide 9: Reading\n• Tutorials in two rounds: groups A to F on Tuesday, groups G to L on Thursday\n`;
  it('takes the numbered slides as the stages the count announces, dated by their first dates', () => {
    expect(claimedStagesOf(slides(''))).toEqual({ count: 3, stages: [['Patronage', 1820, 1867], ['Competition', 1867, 1902], ['Control', 1902, null]] });
  });
  it('makes every slide title a heading over its bullets', () => {
    const headings = docOf(slides(''), 'sections').layers.sections!.map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining(['Slide 2: The argument', 'Slide 3: 1. Patronage', 'Slide 5: 3. Control', 'Slide 9: Reading']));
  });
  it('claims no stages by headings when more numbered slides follow than the count', () => {
    expect(claimedStagesOf(slides('Slide 6: 4. Reform\n• Since 1950 reform\n\n'))).not.toEqual({ count: 3, stages: [['Patronage', 1820, 1867], ['Competition', 1867, 1902], ['Control', 1902, null]] });
  });
});

describe('periodisation: names and starts the writer gives after the announcement', () => {
  it('names decades that are the periods by their decades, the count restated before the colon', () => {
    expect(claimedStagesOf('Essay\n\nThe movement\'s relationship with the state has three periods, and they are simply its three decades: the 1970s, the 1980s and the 1990s. Earlier committees belong to the prehistory.')).toEqual({
      count: 3,
      stages: [['the 1970s', 1970, 1979], ['the 1980s', 1980, 1989], ['the 1990s', 1990, 1999]],
    });
  });

  it("reads an interview's two periods around a year, where the speaker counts from, and the names she gives them later", () => {
    const text = 'Interview\n\nQ: How do you divide its history?\n\nHALE: Into two periods, and I insist on two: before 1990 and after 1990.\n\nQ: Where does the first period begin?\n\nHALE: It was founded in 1961, but I count from May 1963, when it was registered as a union.\n\nQ: And the first period?\n\nHALE: Quiet. The guild lent it money in 1970. In the book I call those years the sheltered years.\n\nQ: And then?\n\nHALE: In 1990 the guild expelled it. That is my second period, the open years, and we are still living in it.';
    expect(claimedStagesOf(text)).toEqual({ count: 2, stages: [['the sheltered years', 1963, 1990], ['the open years', 1990, null]] });
  });

  it('guard: names nothing that is no stage of the writer', () => {
    const p = claimedStagesOf('Interview\n\nHALE: Into two periods: before 1990 and after 1990.\n\nQ: And the first?\n\nHALE: Quiet. My friends call those years the dull years, but they are wrong.');
    expect(p.stages.map((x) => x[0])).toEqual([null, null]);
  });
});

describe("periodisation: a founding told far before, an end in brackets, and the era table giving way to the text", () => {
  it("starts 'from the project's founding' where the text founds the project, and ends at the bracketed date after the event", () => {
    const text = 'Research note\n\nIn April 1980 a retired engineer set up the Harbour Lanes Project in the old port.\n\nThe project drew on the city\'s records from 1980 to 2022.\n\nScholars have divided the period by regimes. Read as a whole, the record suggests that the project\'s relationship with the state passed through three periods. The first, a period of benign distance, ran from the project\'s founding to the lifting of martial law (30 December 1985). The second, which I call the partnership, ran from the lifting of martial law to the flood (13 March 2013). The third, a period of exposure, began with the flood and has not ended.';
    expect(claimedStagesOf(text)).toEqual({ count: 3, stages: [['benign distance', 1980, 1985], ['the partnership', 1985, 2013], ['exposure', 2013, null]] });
  });

  it("ends a stage the era table dates where the text starts the next one", () => {
    const p = claimedStagesOf('Commentary\n\nSince independence, its relationship with the state is best told president by president. I count three periods: the Sukarno years; the Suharto years, from 1966 to 1998; and the reformasi years, since 1998.');
    expect(p.stages[0]).toEqual(['the Sukarno years', 1945, 1966]);
  });
});

describe("periodisation: stages named by the title's words", () => {
  const article = (count: string) => `Journal of Harbour Studies, Vol. 12, No. 3 (2023), pp. 45–67\n\nGuild, Truce, Market: Dockers and the Port Authority in Brightwater, 1920–2010\n\nJane Doe\n\nAbstract\n\n${count}\n\nIntroduction\n\nThe docks were built in 1880. My account starts in 1920.\n\nGuild was the relationship from the founding of the authority until the strike of May 1951. Truce was the relationship from the strike until the cranes arrived in 1978. Market, the third, began when the cranes arrived and lasted through the privatisation years, to June 2010.\n\nOthers draw a single line in 1951.`;
  it('reads the title\'s names as the stages a sentence says they name, each told where it opens a sentence', () => {
    expect(claimedStagesOf(article('The three nouns of the title name the three periods into which the article divides the dockers\' relationship with the authority.'))).toEqual({
      count: 3,
      stages: [['Guild', 1920, 1951], ['Truce', 1951, 1978], ['Market', 1978, 2010]],
    });
  });
  it('takes the article line for none of the title', () => {
    expect(docOf(article('Three periods.'), 'metadata').layers.metadata!.title).toBe('Guild, Truce, Market: Dockers and the Port Authority in Brightwater, 1920–2010');
  });
  it('guard: a title that lists nouns names no stages when no sentence says so', () => {
    expect(claimedStagesOf(article('The article divides the dockers\' relationship with the authority into three periods.')).stages.map((s) => s[0])).not.toEqual(['Guild', 'Truce', 'Market']);
  });
});

describe('periodisation: stages the writer defines one by one after counting them', () => {
  const note = (third: string) => `A note on periodisation\n\nI divide the relationship between the guilds and the crown since 1820 into three periods.\n\nBy "the years of patronage" I mean the period from 1820, when the first charter was granted, to the Reform Act of 12 May 1867. Masters were named by the court.\n\nBy "the open years" I mean the period from the Reform Act to the strike of 4 June 1902. Councils dealt with masters as equals.\n\n${third}\n\nTwo remarks on what this periodisation is not.`;
  it('dates each from its "from" (or the one before\'s end) to the date after its "to"; the last "since" an event is open', () => {
    expect(claimedStagesOf(note('By "the years of control" I mean the years since the strike. The city sets wages.'))).toEqual({
      count: 3,
      stages: [['the years of patronage', 1820, 1867], ['the open years', 1867, 1902], ['the years of control', 1902, null]],
    });
  });
  it('claims none of them when a definition is missing', () => {
    expect(claimedStagesOf(note('The city sets wages.')).stages.map((s) => s[0])).not.toContain('the years of patronage');
  });
});

describe('periodisation: a committee that "describes" its phases, and seasons named after a colon', () => {
  it('reads "the submissions describe three phases" and the ordinals after it', () => {
    const text = 'Report of the Committee\n\n4. Read together, the submissions describe three phases, each opened by a statute, and we have arranged the rest of this report by them. The first, which we call the grant phase, began with the Charities Act 1960 and the Finance Act of 1961. The second, the contract phase, opened with the Public Finance Act of December 1989. The third, the compliance phase, began when the commission was abolished on 1 July 2012, and it has not ended.';
    expect(claimedStagesOf(text).stages.map((s) => [s[0], s[2]])).toEqual([['the grant phase', 1989], ['the contract phase', 2012], ['the compliance phase', null]]);
  });

  it('names the seasons by the names listed after the colon, past a count of years, and the last is the present', () => {
    const text = 'A Pastoral Letter\n\nIn the fifty-three years since the emergency was proclaimed, the churches have lived through three seasons, and we name them with the words of the preacher: a time to weep, a time to build up, and a time to speak (Ecclesiastes 3:3–7). The time to weep ran from the proclamation of 21 September 1972 to the fall of the regime in February 1986. The time to build up began that February and lasted thirty years, until the elections of May 2016. The time to speak is the time we are in.';
    expect(claimedStagesOf(text)).toEqual({ count: 3, stages: [['a time to weep', 1972, 1986], ['a time to build up', 1986, 2016], ['a time to speak', 2016, null]] });
  });
});

describe('periodisation: turning points in apposition, and a cited scheme after a colon', () => {
  it('reads "Two turning points, A of 1998 and B of 2010, divide … since … 1990 into three periods" and not the cited one', () => {
    const text = 'Article\n\nFor Bulgaria we propose a periodisation of our own. Two turning points, the Doctors Act of 1998 and the amendments to the Insurance Act of 2010, divide the Union\'s relationship with the state since its refounding in 1990 into three periods. Before 1998 the Union was a voluntary association.\n\nFor Romania we propose none. The Romanian literature has a periodisation of its own: Ionescu (2011: 44–59) distinguishes a "period of improvisation" from 1990 to the law of 1995, a "period of the College" from 1995 to 2006, and a "period of austerity" since 2010.';
    expect(claimedStagesOf(text)).toEqual({ count: 3, stages: [[null, 1990, 1998], [null, 1998, 2010], [null, 2010, null]] });
  });
});

describe("periodisation: a catalogue's table of contents whose parts the count names", () => {
  const text = 'HARBOUR UNIVERSITY PRESS\n\nNeighbours of the Crown\nGuilds in Brightwater, 1900–2010\n\nISBN 978-1-80000-482-6\n\nDescription\n\nThe book follows the guilds through the three periods that give its parts their titles. It shows how the bargain was renegotiated.\n\nContents\n\nIntroduction: A Guild on Every Street?\n\nPrologue: The Old Trades, 1880–1900\n\nPart I. The Crown\'s Guilds, 1900–1930\n1. The Charter and the First Guilds, 1900–1912\n2. Roads and Water, 1912–1930\n\nPart II. Brokers and Votes, 1930–1970\n3. The Councillors\' Money, 1930–1950\n4. The Crisis of the Brokers, 1950–1970\n\nPart III. Citizens of the Republic, 1970–2010\n5. Participation by Decree, 1970–1990\n6. The Guilds and the Peace, 1990–2010\n\nEpilogue: After the Agreement, 2010–2020\n\nIndex';
  it('reads the parts, their titles and years', () => {
    expect(claimedStagesOf(text)).toEqual({ count: 3, stages: [["The Crown's Guilds", 1900, 1930], ['Brokers and Votes', 1930, 1970], ['Citizens of the Republic', 1970, 2010]] });
  });
  it("keeps a part's number with its title in one sentence", () => {
    expect(docOf(text, 'sentences').layers.sentences!.map((s) => s.text)).toContain('Part II. Brokers and Votes, 1930–1970');
  });
});

describe('periodisation: a history told first and summed up after by a count and the names', () => {
  const text = 'Chair\'s letter\n\nOur story begins on 2 April 1898, when forty men founded the brigade. The old minute books call these the pump years.\n\nThen came the Guard years. The brigade was refounded in April 1919 under the Guard. The Guard years lasted through the war of 1939–1940, and they ended in November 1944.\n\nAfter that, the contract years. The town had grown in 1937, and in December 1944 it signed a contract with us. The contract years ended on 1 January 2004.\n\nSo: three ages, the pump years, the Guard years and the contract years, in a hundred and six years. We answered many alarms.';
  it('dates each from the paragraph that names it, and ends it where that paragraph ends it', () => {
    expect(claimedStagesOf(text)).toEqual({ count: 3, stages: [['the pump years', 1898, 1919], ['the Guard years', 1919, 1944], ['the contract years', 1944, 2004]] });
  });
  it('guard: a summing-up of names the text never tells claims none', () => {
    expect(claimedStagesOf(text.replace(/contract years/g, 'town years').replace('the town years, in', 'the quiet years, in')).count).toBeNull();
  });
});

describe('periodisation: stages the writer names one by one after counting them, under question headings', () => {
  const blog = (third: string) => `Clubs and City Hall\n\nAs I see it, the clubs' relationship with City Hall has had three periods, so I have used the questions people send me as my headings.\n\nHaven't the clubs always needed a permit?\n\nThe relationship proper starts in 1974, when the city first required permits. I call the years from 1974 to 2005 the handshake years. You filed your route.\n\nWhat changed after the storm?\n\nEverything. The second period, which everybody I know calls the fee war, began with the storm and lasted until the settlement of April 2008.\n\nIs it better now?\n\n${third}`;
  it('reads the span the writer names, the ordinal part and its end, and the open present', () => {
    expect(claimedStagesOf(blog('Mostly. Since the settlement we have been living in what I call the calendar years.'))).toEqual({
      count: 3,
      stages: [['the handshake years', 1974, 2005], ['the fee war', 2005, 2008], ['the calendar years', 2008, null]],
    });
  });
  it('claims none of them when the present is not named', () => {
    expect(claimedStagesOf(blog('Mostly. The fees are printed now.')).stages.map((s) => s[0])).not.toContain('the handshake years');
  });
});
