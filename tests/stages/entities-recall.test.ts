import { describe, it } from 'vitest';
import { expectEntities, type Expected } from '../entity-rows.js';

/**
 * Entity rules of the recall session (numbered laws, and the forms after it). Each row is a sentence
 * of our own, the canonical name and type of every entity, and the text of its mentions in order;
 * the spans are found in the sentence from left to right, so each row asserts exact offsets too.
 * Rows named 'guard' passed before the rules and must still pass.
 */

describe("entities: a law's head with its number names one law, read whole (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["'Law No. N of YEAR on …', the topic in the name", 'The turning point was Law No. 8 of 1985 on Social Organisations, which required every group to register.', [
      ['Law No. 8 of 1985 on Social Organisations', 'LAW', ['Law No. 8 of 1985 on Social Organisations']],
    ]],
    ['at the start of a sentence, the topic an organisation head word', 'Law No. 16 of 2001 on Foundations brought the foundations under supervision.', [
      ['Law No. 16 of 2001 on Foundations', 'LAW', ['Law No. 16 of 2001 on Foundations']],
    ]],
    ["'Law No. N' alone", 'In May 1995 parliament passed Law No. 93, which raised the penalties.', [
      ['Law No. 93', 'LAW', ['Law No. 93']],
    ]],
    ["a head that names a law only with its number, its subject joined by 'and', a slash in the number", 'The Charities and Societies Proclamation No. 621/2009 capped foreign funding.', [
      ['Charities and Societies Proclamation No. 621/2009', 'LAW', ['Charities and Societies Proclamation No. 621/2009']],
    ]],
    ['a decree with a modifier and a year', 'Presidential Decree No. 5 of 1959 restored the old constitution.', [
      ['Presidential Decree No. 5 of 1959', 'LAW', ['Presidential Decree No. 5 of 1959']],
    ]],
    ["a title word before the head is the order's ('General Order'), no person", 'General Order No. 1 for the surrender of Japan was issued in August.', [
      ['General Order No. 1', 'LAW', ['General Order No. 1']],
      ['Japan', 'GPE', ['Japan']],
    ]],
    ["a number and 'of' a year without 'No.'", 'Resolution 10 of 1988 returned the use of land to households.', [
      ['Resolution 10 of 1988', 'LAW', ['Resolution 10 of 1988']],
    ]],
    ["a number with its year after a slash, and 'on the' before the topic", 'The council issued Decree No. 2/1999 on the Registration of Associations.', [
      ['Decree No. 2/1999 on the Registration of Associations', 'LAW', ['Decree No. 2/1999 on the Registration of Associations']],
    ]],
    ["'Order No. N', 'Instruction No. N'", 'Order No. 227 forbade any retreat, and the Ministry of Labour issued Instruction No. 4 to all factories.', [
      ['Order No. 227', 'LAW', ['Order No. 227']],
      ['Ministry of Labour', 'ORG', ['Ministry of Labour']],
      ['Instruction No. 4', 'LAW', ['Instruction No. 4']],
    ]],
    ["a known place after 'on' is no topic of the law: the law ends before it", 'Decree No. 7 on Indonesia was never published.', [
      ['Decree No. 7', 'LAW', ['Decree No. 7']],
      ['Indonesia', 'GPE', ['Indonesia']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ["a lower-case noun before 'No.' names no law", 'The inventor held patent No. 20084 for a decade.', []],
    ["a head and a bare number without 'No.' or a year", 'Parliament amended the Act 12 times in a decade.', [
      ['Parliament', 'ORG', ['Parliament']],
    ]],
    ["'No.' before a house number", 'He lived at No. 10 Downing Street for ten years.', [
      ['Downing Street', 'LOC', ['Downing Street']],
    ]],
    ["a law's head in lower case", 'The law of 1985 on associations was harsh.', []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a plural noun of people before an example marker makes a person of two to four capitalised words (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["'intellectuals, among them', the next name of the list too", 'In 1976 a group of intellectuals, among them Jacek Kuroń and Jan Józef Lipski, founded the committee.', [
      ['Jacek Kuroń', 'PERSON', ['Jacek Kuroń']],
      ['Jan Józef Lipski', 'PERSON', ['Jan Józef Lipski']],
    ]],
    ["'officials such as' at the start of a sentence", 'Officials such as Daoed Joesoef banned campus politics.', [
      ['Daoed Joesoef', 'PERSON', ['Daoed Joesoef']],
    ]],
    ["'women such as', a name written family name first", 'Socialist women such as Yamakawa Kikue formed the Red Wave Society in 1921.', [
      ['Yamakawa Kikue', 'PERSON', ['Yamakawa Kikue']],
      ['Red Wave Society', 'ORG', ['Red Wave Society']],
    ]],
    ["'officials, including', two names", 'The trial of ten officials, including Witold Brzeski and Marek Lis, opened in May.', [
      ['Witold Brzeski', 'PERSON', ['Witold Brzeski']],
      ['Marek Lis', 'PERSON', ['Marek Lis']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['a single unknown word takes no cue from such a noun', 'Many people such as Nowak stayed away.', []],
    ["a known name other than a person's in the name", 'Delegates, including Kenya Tea Growers, walked out.', [
      ['Kenya', 'GPE', ['Kenya']],
    ]],
    ["'members' are organisations as often", 'The union had many members, including Ursus Tractors.', []],
    ["an organisation's head keeps its type", 'Officials, including Interior Ministry staff, objected.', [
      ['Interior Ministry', 'ORG', ['Interior Ministry']],
    ]],
    ['a noun of organisations is no noun of people', 'Delegates came from several unions, among them Solidarity.', [
      ['Solidarity', 'ORG', ['Solidarity']],
    ]],
    ['a word the text writes in lower case is no part of such a name', 'Officials, including Home Affairs staff, objected to the home affairs budget.', []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: lower-case connectors of Swahili, Turkish, German, Slavic and Arabic names join the name (recall session; each row failed before its data)", () => {
  it.each<[string, string, Expected[]]>([
    ["Swahili 'ya', the name typed by its apposition", "Women's groups were organised through Maendeleo ya Wanawake, an organisation created by the colonial government in 1952.", [
      ['Maendeleo ya Wanawake', 'ORG', ['Maendeleo ya Wanawake']],
    ]],
    ["Swahili 'cha' after an organisation's noun", 'The party Chama cha Mapinduzi ruled Tanzania.', [
      ['Chama cha Mapinduzi', 'ORG', ['Chama cha Mapinduzi']],
      ['Tanzania', 'GPE', ['Tanzania']],
    ]],
    ["'wa' inside a Kikuyu personal name", "The novelist Ngũgĩ wa Thiong'o was detained in 1977.", [
      ["Ngũgĩ wa Thiong'o", 'PERSON', ["Ngũgĩ wa Thiong'o"]],
    ]],
    ["German 'und' inside a periodical's title", 'The weekly Die Zeit und Welt closed.', [
      ['Die Zeit und Welt', 'ORG', ['Die Zeit und Welt']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ["'al' of 'et al.' joins no name", 'As Chan et al. argue, Beijing tightened control.', [
      ['Beijing', 'GPE', ['Beijing']],
    ]],
    ['English words between names join none', 'In Nairobi the unions met Tom Mboya.', [
      ['Nairobi', 'GPE', ['Nairobi']],
      ['Tom Mboya', 'PERSON', ['Tom Mboya']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: an office named with its domain after 'of' or 'for' is an organisation (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["'the Registrar of Societies'", 'Every group had to register with the Registrar of Societies, which could refuse it.', [
      ['Registrar of Societies', 'ORG', ['Registrar of Societies']],
    ]],
    ['at the start of a sentence', 'Registrar of Societies officials refused it.', [
      ['Registrar of Societies', 'ORG', ['Registrar of Societies']],
    ]],
    ['a known place as the domain is part of the name', 'The Ombudsman of Peru criticised the decree.', [
      ['Ombudsman of Peru', 'ORG', ['Ombudsman of Peru']],
    ]],
    ["'General' after the office", 'The Auditor General of Kenya found waste.', [
      ['Auditor General of Kenya', 'ORG', ['Auditor General of Kenya']],
    ]],
    ["a title that is also an office's head, before 'for'", 'The Commissioner for Human Rights visited Kyiv.', [
      ['Commissioner for Human Rights', 'ORG', ['Commissioner for Human Rights']],
      ['Kyiv', 'GPE', ['Kyiv']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ["an office's title before a personal name stays the person's", 'Commissioner Lin Zexu destroyed the opium.', [
      ['Lin Zexu', 'PERSON', ['Commissioner Lin Zexu']],
    ]],
    ["a ruler's style is no office", 'Henry VIII was Defender of the Faith.', [
      ['Henry VIII', 'PERSON', ['Henry VIII']],
    ]],
    ["the head of an organisation is no office of its own", 'Director-General of the ILO Juan Somavía spoke.', [
      ['International Labour Organization', 'ORG', ['ILO']],
    ]],
    ['an office word in lower case', 'The registrar of societies refused.', []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a heading's family name that several persons of the text share names the one its section names (recall session; the first row failed before its rule)", () => {
  const kenya = "Unions in Kenya\n\nKenyan unions are older than the state.\n\nKenyatta era (1963–1978)\n\nIn 1963 Jomo Kenyatta became prime minister. Kenyatta's government banned the opposition.\n\nLater years\n\nIn 2015 the government of Uhuru Kenyatta proposed a new law.\n";
  const ceylon = "Unions in Ceylon\n\nUnions in Ceylon are old.\n\nThe Bandaranaike years\n\nThe victory of S. W. R. D. Bandaranaike in 1956 helped the unions. The government of Sirimavo Bandaranaike, elected in 1970, brought the left into the cabinet. Bandaranaike's party won.\n\nLater years\n\nThe unions grew.\n";
  it("'Kenyatta era (1963–1978)' over a section that names Jomo Kenyatta, in a text that names Uhuru Kenyatta later", () => {
    expectEntities(kenya, [
      ['Kenya', 'GPE', ['Kenya']],
      ['Jomo Kenyatta', 'PERSON', ['Kenyatta', 'Jomo Kenyatta', 'Kenyatta']],
      ['Uhuru Kenyatta', 'PERSON', ['Uhuru Kenyatta']],
    ]);
  });
  it("guard: 'The Bandaranaike years' over a section that names two Bandaranaikes names the family, no one", () => {
    expectEntities(ceylon, [
      ['Sri Lanka', 'GPE', ['Ceylon', 'Ceylon']],
      ['S. W. R. D. Bandaranaike', 'PERSON', ['S. W. R. D. Bandaranaike']],
      ['Sirimavo Bandaranaike', 'PERSON', ['Sirimavo Bandaranaike', 'Bandaranaike']],
    ]);
  });
});

describe("entities: a name founded or launched in a year is an organisation (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["', founded in YEAR,' after two unknown words", "Bina Swadaya, founded in 1967, trained farmers' cooperatives.", [
      ['Bina Swadaya', 'ORG', ['Bina Swadaya']],
    ]],
    ["a paper after its owner's possessive", "Ahmed Cevdet's İkdam, founded in 1894, became the most widely read daily.", [
      ['Ahmed Cevdet', 'PERSON', ['Ahmed Cevdet']],
      ['İkdam', 'ORG', ['İkdam']],
    ]],
    ["', launched in YEAR,'", 'New titles such as Público, launched in 1990, competed for readers.', [
      ['Público', 'ORG', ['Público']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ["after 'of' the noun before was founded, not the place", 'The guild of Marin, founded in 1965, joined the council in 1984.', []],
    ['after a noun of policies', "The government's programme Mkukuta, launched in 2005, promised growth.", []],
    ['a known place keeps its type', 'Jakarta, founded in 1527, grew quickly.', [
      ['Jakarta', 'GPE', ['Jakarta']],
    ]],
    ['a person is born', 'Tomasz Nowak, born in 1950, led the strike.', [
      ['Tomasz Nowak', 'PERSON', ['Tomasz Nowak']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: an unknown name before a lower-case noun of works names the works, an organisation (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ['a modifier between the name and the noun', 'The next day workers struck at the Ursus tractor factory near Warsaw.', [
      ['Ursus', 'ORG', ['Ursus']],
      ['Warsaw', 'GPE', ['Warsaw']],
    ]],
    ["'colliery'", 'At the Wujek colliery in Katowice police fired on the strikers.', [
      ['Wujek', 'ORG', ['Wujek']],
      ['Katowice', 'GPE', ['Katowice']],
    ]],
    ["'plant'", 'Workers occupied the Zanon ceramics plant.', [
      ['Zanon', 'ORG', ['Zanon']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['a known place keeps its type', 'Strikes spread from the Gdynia shipyard.', [
      ['Gdynia', 'GPE', ['Gdynia']],
    ]],
    ['a name with its own head keeps it', 'Police fired at the Iva Valley colliery.', [
      ['Iva Valley', 'LOC', ['Iva Valley']],
    ]],
    ['a noun of works before an event head is the event', 'Thirty died in the Marikana mine disaster.', [
      ['Marikana mine disaster', 'EVENT', ['Marikana mine disaster']],
    ]],
    ["'plant' as a verb", 'Farmers in Kenya began to plant tea.', [
      ['Kenya', 'GPE', ['Kenya']],
    ]],
    ["a person's family name before the noun is left to the person, whose later mentions must not join the works", 'Vladimir Lenin died in 1924. In 1970 workers at the Lenin shipyard in Gdańsk struck. Lenin was revered.', [
      ['Vladimir Lenin', 'PERSON', ['Vladimir Lenin', 'Lenin', 'Lenin']],
      ['Gdańsk', 'GPE', ['Gdańsk']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a role noun before 'of' and its complement introduces the person in the apposition after it (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["'the minister of education, Daoed Joesoef, banned …'", 'In 1978 the minister of education, Daoed Joesoef, banned political activity on campuses.', [
      ['Daoed Joesoef', 'PERSON', ['Daoed Joesoef']],
    ]],
    ["'the secretary of the union, …'", 'The secretary of the union, Otieno Kajwang, resigned.', [
      ['Otieno Kajwang', 'PERSON', ['Otieno Kajwang']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['a noun that is no role noun before \'of\'', 'The history of the movement, Green Belt Movement, is long.', [
      ['Green Belt Movement', 'ORG', ['Green Belt Movement']],
    ]],
    ['a single word after such a frame', 'The rise of the unions, Solidarity above all, alarmed Moscow.', [
      ['Solidarity', 'ORG', ['Solidarity']],
      ['Moscow', 'GPE', ['Moscow']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: one unknown word before a role apposition closed by 'who' is a person (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["', a young worker who …'", 'In May 1993 Marsinah, a young worker who had led a strike at a watch factory in East Java, was abducted.', [
      ['Marsinah', 'PERSON', ['Marsinah']],
      ['East Java', 'GPE', ['East Java']],
    ]],
    ["at the start of a sentence, 'a miner who'", 'Kowalski, a miner who had led the strike, was arrested.', [
      ['Kowalski', 'PERSON', ['Kowalski']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ["a role apposition without 'who'", 'Ursus, a tractor maker, struck.', []],
    ['a noun of organisations is no role noun', 'Solidarity, a union whose leaders were jailed, survived.', [
      ['Solidarity', 'ORG', ['Solidarity']],
    ]],
    ['a known place keeps its type', 'Gdańsk, a city whose workers struck, was quiet.', [
      ['Gdańsk', 'GPE', ['Gdańsk']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a person founds, and is arrested, sentenced or murdered (recall session; each row failed before its data)", () => {
  it.each<[string, string, Expected[]]>([
    ["two unknown words before 'founded'", 'In 1992 Muchtar Pakpahan founded an independent union.', [
      ['Muchtar Pakpahan', 'PERSON', ['Muchtar Pakpahan']],
    ]],
    ["one unknown word before 'was arrested'", 'Wanjiku was arrested in 1982.', [
      ['Wanjiku', 'PERSON', ['Wanjiku']],
    ]],
    ["'was murdered'", 'Odhiambo Mbai was murdered in 2003.', [
      ['Odhiambo Mbai', 'PERSON', ['Odhiambo Mbai']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['an organisation is banned, not arrested', 'Bina Swadaya was banned in 1985.', []],
    ["an organisation's head wins over 'founded'", 'The Catholic Church founded schools.', [
      ['Catholic Church', 'ORG', ['Catholic Church']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a plural noun of organisations right before a list of names makes them organisations (recall session; each row failed before its data)", () => {
  it.each<[string, string, Expected[]]>([
    ["'the Muslim organisations …', the next name of the list too", 'The Muslim organisations Nahdlatul Ulama and Muhammadiyah accepted the sole foundation.', [
      ['Nahdlatul Ulama', 'ORG', ['Nahdlatul Ulama']],
      ['Muhammadiyah', 'ORG', ['Muhammadiyah']],
    ]],
    ["'the banks …'", 'In the 1990s the banks Danamon and Lippo grew.', [
      ['Danamon', 'ORG', ['Danamon']],
      ['Lippo', 'ORG', ['Lippo']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['a known place keeps its type', 'Among the parties Kenya had, KANU ruled.', [
      ['Kenya', 'GPE', ['Kenya']],
      ['Kenya African National Union', 'ORG', ['KANU']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a name right before a periodical's noun is the periodical, an organisation (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["a capitalised 'The' took it for a work's title", 'In March 2006 police raided the offices of The Standard newspaper in Nairobi.', [
      ['The Standard', 'ORG', ['The Standard']],
      ['Nairobi', 'GPE', ['Nairobi']],
    ]],
    ['at the start of a sentence', 'The Daily Nation newspaper reported it.', [
      ['Daily Nation', 'ORG', ['Daily Nation']],
    ]],
    ['one unknown word', 'Reporters of the Taifa newspaper were arrested.', [
      ['Taifa', 'ORG', ['Taifa']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['a language before the noun used as a modifier', 'For decades the Yiddish daily press thrived.', []],
    ['a creed before the noun, the title after it', 'Since 2010 the Anarco-Communist newspaper Solidaridad has appeared.', [
      ['Solidaridad', 'ORG', ['Solidaridad']],
    ]],
    ["'daily' as an adverb", 'Kenyatta daily met the press.', []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a television or radio station in an apposition before its name is a broadcaster, an organisation (recall session; each row failed before its data)", () => {
  it.each<[string, string, Expected[]]>([
    ["', its television station, KTN,'", 'Police raided the offices of the paper and its television station, KTN, and burned copies.', [
      ['KTN', 'ORG', ['KTN']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['a police station names no broadcaster', 'The police station at Kilimani was attacked.', []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a list's first members take the place type its later members get (recall session; the first row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["the other members named again as places after the list, the first one named again alone", 'In 1935 strikes at Nkana, Mufulira and Luanshya were put down, and seventeen miners were shot dead at Nkana. Later the company built a hospital in Mufulira and a school in Luanshya.', [
      ['Nkana', 'GPE', ['Nkana', 'Nkana']],
      ['Mufulira', 'GPE', ['Mufulira', 'Mufulira']],
      ['Luanshya', 'GPE', ['Luanshya', 'Luanshya']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['a list whose members are never typed names nothing', 'In 1935 strikes at Nkana, Mufulira and Luanshya were put down.', []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: an apposition headed by a noun of settlements makes an unknown name a place (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["', the port of …,'", 'At Tanjung Priok, the port of Jakarta, troops fired on protesters in 1984.', [
      ['Tanjung Priok', 'GPE', ['Tanjung Priok']],
      ['Jakarta', 'GPE', ['Jakarta']],
    ]],
    ["', a mining town in …'", 'Workers from Kabwe, a mining town in the central province, struck.', [
      ['Kabwe', 'GPE', ['Kabwe']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ["a possessive of the noun ('the town's …')", "Solidarność, the town's largest union, struck.", [
      ['Solidarity', 'ORG', ['Solidarność']],
    ]],
    ['a person with an office of the town', 'Tom Mboya, the town clerk, resigned.', [
      ['Tom Mboya', 'PERSON', ['Tom Mboya']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a proclamation is a law, numbered or not (recall session; each row failed before its data)", () => {
  it.each<[string, string, Expected[]]>([
    ['with its acronym defined and used', 'In 2009 parliament passed the Charities and Societies Proclamation (CSP), and the CSP was used against many groups.', [
      ['Charities and Societies Proclamation', 'LAW', ['Charities and Societies Proclamation', 'CSP', 'CSP']],
    ]],
    ['a name before the head', 'Lincoln issued the Emancipation Proclamation in 1863.', [
      ['Abraham Lincoln', 'PERSON', ['Lincoln']],
      ['Emancipation Proclamation', 'LAW', ['Emancipation Proclamation']],
    ]],
    ["dated with 'of'", 'The Royal Proclamation of 1763 closed the west.', [
      ['Royal Proclamation of 1763', 'LAW', ['Royal Proclamation of 1763']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['in lower case', 'The proclamation of martial law in 1981 ended the strikes.', []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: 'paper' right before a name names a periodical when a modifier stands between it and the article (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["'the opposition paper …'", 'Hasan Fehmi, the editor of the opposition paper Serbesti, was shot dead in 1909.', [
      ['Hasan Fehmi', 'PERSON', ['Hasan Fehmi']],
      ['Serbesti', 'ORG', ['Serbesti']],
    ]],
    ["'the official paper …'", 'The official paper Ulus praised the reforms.', [
      ['Ulus', 'ORG', ['Ulus']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ["'this paper' is the essay", 'In this paper Lee argues that unions matter.', []],
    ["'a white paper' names the place after it no paper", 'A white paper Kenya published in 1965 set out the policy.', [
      ['Kenya', 'GPE', ['Kenya']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: a title before a comma introduces the person in the apposition, and an Arabic article joined to a name is a name word there (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ["'the new shah, Mozaffar ad-Din,'", 'The paper was licensed in 1896 by the new shah, Mozaffar ad-Din, and its editor took care.', [
      ['Mozaffar ad-Din', 'PERSON', ['Mozaffar ad-Din']],
    ]],
    ["a role noun before the comma, 'ad-Din' inside the name", 'In 1896 the new king, Mozaffar ad-Din, licensed it.', [
      ['Mozaffar ad-Din', 'PERSON', ['Mozaffar ad-Din']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ["'In general,' before an organisation", 'In general, Human Rights Watch objected.', [
      ['Human Rights Watch', 'ORG', ['Human Rights Watch']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: 'known as' and 'remembered as' after an event noun and its prepositional phrases name an event (recall session; each row failed before its rule or data)", () => {
  it.each<[string, string, Expected[]]>([
    ["'rioting in Jakarta, known as …'", 'The visit set off two days of rioting in Jakarta, known as Malari.', [
      ['Jakarta', 'GPE', ['Jakarta']],
      ['Malari', 'EVENT', ['Malari']],
    ]],
    ["two phrases between the noun and 'remembered as'", 'On 7 July 1990 the police broke up a banned rally for multi-party democracy in Nairobi, remembered as Saba Saba, and twenty people were killed.', [
      ['Nairobi', 'GPE', ['Nairobi']],
      ['Saba Saba', 'EVENT', ['Saba Saba']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ["an organisation's cue noun before a phrase names no organisation", 'He lived in a house in Nairobi, known as Kiambu.', [
      ['Nairobi', 'GPE', ['Nairobi']],
    ]],
    ['a noun of people before the phrase names nothing', 'Opponents of the regime, known in Europe as the Young Turks, published papers in Geneva.', [
      ['Europe', 'LOC', ['Europe']],
      ['Geneva', 'GPE', ['Geneva']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: two or three unknown words before a country name its branch, an organisation (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ['two unknown words', 'In July 2017 the government used an emergency regulation to dissolve Hizbut Tahrir Indonesia without a court ruling.', [
      ['Hizbut Tahrir Indonesia', 'ORG', ['Hizbut Tahrir Indonesia']],
    ]],
    ['three, at the start of a sentence', 'Lembaga Bantuan Hukum Indonesia sued the ministry.', [
      ['Lembaga Bantuan Hukum Indonesia', 'ORG', ['Lembaga Bantuan Hukum Indonesia']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['one word before the country', 'Greater Indonesia was a dream.', [
      ['Indonesia', 'GPE', ['Indonesia']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: an unknown name before 'dam' or 'reservoir' names a place (recall session; the first row failed before its data)", () => {
  it.each<[string, string, Expected[]]>([
    ["'the Kedung Ombo dam'", 'In 1989 a campaign against the Kedung Ombo dam in Central Java reached the World Bank.', [
      ['Kedung Ombo', 'LOC', ['Kedung Ombo']],
      ['Central Java', 'GPE', ['Central Java']],
      ['World Bank', 'ORG', ['World Bank']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['a known place keeps its type', 'The Kenya dam programme stalled.', [
      ['Kenya', 'GPE', ['Kenya']],
    ]],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});

describe("entities: only a person becomes an officer ('X became prime minister') (recall session; each row failed before its rule)", () => {
  it.each<[string, string, Expected[]]>([
    ['two unknown words', 'In 2018 Abiy Ahmed became prime minister.', [
      ['Abiy Ahmed', 'PERSON', ['Abiy Ahmed']],
    ]],
    ["one unknown word, 'president' after the verb", 'In 1957 Mboyi became president of the union.', [
      ['Mboyi', 'PERSON', ['Mboyi']],
    ]],
  ])('%s', (_, text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, string, Expected[]]>([
    ['a place becomes a republic', 'Kenya became a republic in 1964.', [
      ['Kenya', 'GPE', ['Kenya']],
    ]],
    ['an organisation becomes the largest union', 'Solidarity became the largest union.', [
      ['Solidarity', 'ORG', ['Solidarity']],
    ]],
    ['a noun of things after the verb', 'In 1980 Walentynowicz became a symbol of the strike.', []],
  ])('guard: %s', (_, text, expected) => {
    expectEntities(text, expected);
  });
});
