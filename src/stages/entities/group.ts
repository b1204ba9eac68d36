/**
 * Grouping the names found in a document into entities: one entity per gazetteer entry or folded
 * name, acronyms joined to the name they abbreviate ('All-China Federation of Trade Unions (ACFTU)'
 * then 'ACFTU'), family names to the person named in full ('Xi' after 'Xi Jinping'), dash compounds
 * split into persons ('Hu–Wen'), untyped names typed by the list they stand in, and the canonical
 * name chosen from the forms the text itself writes.
 */
import type { EntityType } from '../../doc.js';
import { ACRONYM_USE, type RawMention, type ScanContext } from './candidates.js';
import type { Typing } from './classify.js';
import { isRegExpSpace } from '../../chars.js';
import { StringMemo } from '../../memo.js';
import { isDash } from './chars.js';
import { fold, type GazetteerEntry, type Lexicon } from './lexicon.js';
import { startsUpper } from './words.js';

/** A mention of a grouped entity, in clean offsets. */
export interface GroupMention {
  sentence: number;
  cleanStart: number;
  cleanEnd: number;
  name: string;
  /** For mentions outside sentences: the kind of block (title, byline, heading); null in sentences. */
  block: string | null;
}

/**
 * A {@link GroupMention}. Every mention is made here, so all have one shape (with `block` null in
 * sentences): the code reading a group's mentions then meets one kind of object, where mentions
 * made with and without `block` threw it away when the first heading's mention joined a group.
 */
export function groupMention(sentence: number, cleanStart: number, cleanEnd: number, name: string, block: string | null): GroupMention {
  return { sentence, cleanStart, cleanEnd, name, block };
}

/** An entity under construction. */
export interface Group {
  /** Position in {@link Grouper.groups}. */
  index: number;
  type: EntityType;
  strength: number;
  entry: GazetteerEntry | null;
  keys: Set<string>;
  mentions: GroupMention[];
  /** Display names in the order met (titles stripped). */
  names: string[];
  merged: Group | null;
  /** Clean start offsets of the mentions, against duplicates. */
  starts: Set<number>;
}

const NO_GROUPS: readonly Group[] = [];

/** How many times the text writes the words, in all (whole words, case as given). */
export type TimesWritten = (words: readonly string[]) => number;

/** Optional typing of leftover multi-word names (compromise), given the name. */
export type Fallback = (name: string) => EntityType | null;

/** Groups of one document and the indexes to find them by key or family name. */
export class Grouper {
  readonly groups: Group[] = [];
  private readonly byKey = new Map<string, Group>();
  private readonly byEntry = new Map<string, Group>();
  private shortIndex = new Map<string, Group[]>();
  /** Persons named in full by their known given name ('Grace Mwansa' → grace); see {@link personByGivenName}. */
  private givenIndex = new Map<string, Group[]>();
  /** Keys of laws the text names with two years ('Labour Code of 1994', '… of 2012'): the name alone joins neither. */
  private readonly undatedTwice = new Set<string>();

  constructor(
    private readonly lex: Lexicon,
    private readonly genericAcronyms: Set<string>,
    private readonly written: TimesWritten = () => 0,
    private readonly docLower: { has(word: string): boolean } | null = null,
  ) {}

  /** The name {@link key} was last asked about (null before the first), and its key. */
  private lastName: string | null = null;
  private lastKey = '';

  key(name: string): string {
    // A mention's name is asked about several times in a row (to find its group, then to make or
    // join it): the last answer is kept, a comparison instead of a look-up in the lexicon's memo.
    if (name !== this.lastName) {
      this.lastKey = this.lex.keyOf(name);
      this.lastName = name;
    }
    return this.lastKey;
  }

  /** First words of every key, so headings try only windows that may match. */
  firstWords(): Set<string> {
    const out = new Set<string>();
    for (const key of this.byKey.keys()) {
      const space = key.indexOf(' ');
      out.add(space < 0 ? key : key.slice(0, space));
    }
    // A family name alone may stand for a person named in full ('Braun').
    for (const key of this.shortIndex.keys()) out.add(key);
    return out;
  }

  /** The live group (after merges) holding `key`, if any. */
  find(key: string): Group | undefined {
    let g = this.byKey.get(key);
    while (g?.merged) g = g.merged;
    return g;
  }

  /** The group of `key` unless it is a law the text dates ('Labour Code' registered by 'Labour Code of 2012'). */
  private findUndatedFree(key: string): Group | undefined {
    const g = this.find(key);
    if (!g) return g;
    for (const k of g.keys) if (lawUndated(k) === key) return undefined;
    return g;
  }

  private register(g: Group, key: string): void {
    if (!this.byKey.has(key)) this.byKey.set(key, g);
    g.keys.add(key);
  }

  /** The group for a typed name, created if new. */
  groupFor(name: string, typing: Typing, indefinite = false): Group {
    const key = this.key(name);
    // 'a revised Labour Code': not the 'Labour Code of 2012' the text names, nor one named later.
    if (indefinite && typing.type === 'LAW' && !lawUndated(key)) this.undatedTwice.add(key);
    let g = typing.entry ? (this.byEntry.get(typing.entry.id) ?? this.find(key)) : indefinite && typing.type === 'LAW' ? this.findUndatedFree(key) : this.find(key);
    // Met before with as good evidence: nothing to register again.
    if (g && g.keys.has(key) && typing.strength <= g.strength && (!typing.entry || g.entry === typing.entry)) return g;
    if (!g && typing.type === 'PERSON') g = this.find(personKey(key));
    // 'Industrial Relations Act, 1973' in the notes after 'the Industrial Relations Act of 1973': one law
    // written with its year in another of the ways laws are dated.
    if (!g && typing.type === 'LAW' && !typing.entry) for (const k of lawYearSpellings(key)) g ??= this.find(k);
    // 'Public Benefit Organizations Act of 2013' and, later, 'the … Act': one law, unless the group
    // found holds the name with another year ('Labour Code of 1994', 'Labour Code of 2012').
    const undated = typing.type === 'LAW' && !typing.entry && !indefinite ? lawUndated(key) : null;
    if (!g && undated && !this.undatedTwice.has(undated)) {
      const h = this.find(undated);
      if (h && h.type === 'LAW' && !datedOtherwise(h, undated, key)) g = h;
      // Two years: the name alone then names neither.
      else if (h && h.type === 'LAW') {
        this.undatedTwice.add(undated);
        this.byKey.delete(undated);
      }
    }
    if (!g) {
      g = { index: this.groups.length, type: typing.type, strength: typing.strength, entry: typing.entry, keys: new Set(), mentions: [], names: [], merged: null, starts: new Set() };
      this.groups.push(g);
    } else if (typing.strength > g.strength) {
      this.setType(g, typing.type);
      g.strength = typing.strength;
    }
    if (typing.entry) {
      g.entry ??= typing.entry;
      this.byEntry.set(typing.entry.id, g);
      for (const k of typing.entry.keys) this.register(g, k);
    }
    this.register(g, key);
    if (g.type === 'ORG' && !typing.entry) this.registerCompanyShortName(g, key);
    if (undated && g.type === 'LAW' && !this.byKey.has(undated) && !this.undatedTwice.has(undated)) this.register(g, undated);
    if (g.type === 'PERSON' && key.includes(' ')) {
      this.register(g, personKey(key));
      // 'Edwin Howard Armstrong' is also 'Edwin Armstrong'; 'Charles de Gaulle' also 'de Gaulle'.
      const words = key.split(' ');
      if (words.length > 2) this.register(g, personKey(`${words[0]} ${words[words.length - 1]}`));
      if (words.length > 2 && this.lex.leftParticles.has(words[words.length - 2])) this.register(g, `${words[words.length - 2]} ${words[words.length - 1]}`);
    }
    return g;
  }

  /**
   * 'the Chisso Corporation', later 'Chisso': a company's name without its last word (a
   * `companySuffixes` word) names it too, unless the shorter name is a gazetteer name or the key of
   * another group ('Tokyo' in 'Tokyo Electric Company' is no company). So does a party's word
   * (`partyNames`) without 'Party' ('the Labour Party', later 'a Labour minister').
   */
  private registerCompanyShortName(g: Group, key: string): void {
    const space = key.lastIndexOf(' ');
    if (space <= 0) return;
    const last = key.slice(space + 1);
    const short = key.slice(0, space);
    if (!this.lex.companySuffixes.has(last) && !(last === 'party' && this.lex.partyKeys.has(short))) return;
    if (this.byKey.has(short) || this.lex.entryByKey.has(short)) return;
    this.register(g, short);
  }

  /**
   * The one organisation named before clean offset `at` with `head` first and 'of' after it ('the
   * Bank' for the 'Bank of Upper Canada', 'the Ministry' for the 'Ministry of Labour'), or null when
   * none or several are ('the Ministry' after two ministries names neither).
   */
  headFirst(head: string, at: number): Group | null {
    const prefix = `${this.key(head)} of `;
    let found: Group | null = null;
    for (const g of this.groups) {
      if (g.merged || g.type !== 'ORG' || !g.mentions.some((m) => m.cleanStart < at)) continue;
      let has = false;
      for (const k of g.keys) if (k.startsWith(prefix)) has = true;
      if (!has) continue;
      if (found !== null) return null;
      found = g;
    }
    return found;
  }

  /** Makes `key` find `g` (an acronym the text defines for it). */
  alias(g: Group, key: string): void {
    this.byKey.set(key, g);
    g.keys.add(key);
  }

  add(g: Group, m: GroupMention): void {
    if (g.starts.has(m.cleanStart)) return;
    g.starts.add(m.cleanStart);
    g.mentions.push(m);
    if (!g.names.includes(m.name)) {
      g.names.push(m.name);
      if (this.spelling !== null && this.spelling.groups.has(g)) this.indexInitials(g, m.name);
    }
  }

  /** Changes the type of `g` (an organisation or law from now on joins the index of {@link spelledBy}). */
  setType(g: Group, type: EntityType): void {
    g.type = type;
    if (this.spelling !== null && (type === 'ORG' || type === 'LAW')) this.indexGroup(g);
  }

  /** Indexes persons named in full by their family name ('Xi Jinping' → Xi, 'Thomas Edison' → Edison). */
  indexFamilyNames(): void {
    this.shortIndex = new Map();
    this.givenIndex = new Map();
    for (const g of this.groups) {
      if (g.merged || g.type !== 'PERSON') continue;
      for (const name of g.names) {
        const words: string[] = [];
        for (const w of name.split(' ')) if (startsUpper(w)) words.push(w);
        if (words.length < 2) continue;
        const first = fold(words[0]);
        // ('Ishimure Michiko': a Japanese given name last, after no given name, puts the family name first.)
        const japaneseOrder = words.length === 2 && this.lex.japaneseGivenNames.has(fold(words[1])) && !this.lex.givenNames.has(first);
        const eastAsian = this.lex.chineseSurnames.has(first) || this.lex.koreanSurnames.has(first) || this.lex.japaneseSurnames.has(first) || japaneseOrder;
        const shorts = eastAsian ? [words[0]] : [words[words.length - 1]];
        // 'José Figueres Ferrer' → also Figueres: in Spanish and Portuguese names the father's family
        // name, before the mother's, is the one used alone ('Figueres later founded…').
        if (!eastAsian && words.length >= 3 && CAPITAL_LOWER.test(words[words.length - 2])) shorts.push(words[words.length - 2]);
        if (eastAsian && this.lex.koreanSurnames.has(fold(words[words.length - 1]))) shorts.push(words[words.length - 1]);
        for (const s of shorts) {
          const k = fold(s);
          const list = this.shortIndex.get(k) ?? [];
          if (!list.includes(g)) list.push(g);
          this.shortIndex.set(k, list);
        }
        // A known given name, or a first word the text never writes in lower case ('Grace Mwansa', not 'Will Hutton').
        if (!eastAsian && (this.lex.givenNames.has(first) || !(this.docLower?.has(first) ?? true)) && !this.lex.titles.has(first) && !this.lex.nonEntityWords.has(first)) {
          const list = this.givenIndex.get(first) ?? [];
          if (!list.includes(g)) list.push(g);
          this.givenIndex.set(first, list);
        }
      }
    }
  }

  /**
   * The person a lone family name refers to: the one named in this text (the nearest before the
   * mention when several share it), else a gazetteer person when no other shares the name.
   * With `sectionEnd` (a heading's name, its section ending there: 'Kenyatta era (1963–1978)' over
   * the section that names Jomo Kenyatta, in a text that later names Uhuru Kenyatta too), when
   * several share it and none is named before, the one person of them the section names; none when
   * it names several ('The Bandaranaike years' over S. W. R. D. and Sirimavo Bandaranaike: the
   * family's years). Default: `-1`, no section.
   */
  personByFamilyName(word: string, at: number, gazetteer = true, sectionEnd = -1): Group | null {
    const k = fold(word);
    const local: Group[] = [];
    for (const g of this.shortIndex.get(k) ?? []) if (!g.merged) local.push(g);
    if (local.length === 1) return local[0];
    if (local.length > 1) {
      let best: Group | null = null;
      let bestAt = -1;
      for (const g of local) {
        for (const m of g.mentions) {
          if (m.cleanStart <= at && m.cleanStart > bestAt) {
            best = g;
            bestAt = m.cleanStart;
          }
        }
      }
      if (best === null && sectionEnd > at) {
        let named = 0;
        for (const g of local) {
          if (!g.mentions.some((m) => m.cleanStart > at && m.cleanStart < sectionEnd)) continue;
          best = g;
          named++;
        }
        if (named > 1) best = null;
      }
      return best;
    }
    if (!gazetteer) return null;
    const known = this.knownByShortName(k);
    return known ? this.groupFor(known.name, { type: 'PERSON', strength: 3, entry: known, via: 'gazetteer' }) : null;
  }

  /**
   * The person a lone given name refers to after the text has named them in full ('Grace Mwansa …
   * Grace said'; 'Thanks, Marta' after 'I'm Marta Szabó'): the one person of the text whose name opens
   * with that word (a known given name, or a word the text never writes in lower case), named before `at`; null when the word is also a family name of the
   * text's persons, or two of them share it.
   */
  personByGivenName(word: string, at: number): Group | null {
    const k = fold(word);
    if (this.shortIndex.has(k)) return null;
    const list = this.givenIndex.get(k);
    if (list === undefined || list.length !== 1 || list[0].merged) return null;
    return list[0].mentions.some((m) => m.cleanStart < at) ? list[0] : null;
  }

  /**
   * The one gazetteer person or ruler of the era table known by the short name `k` (folded): a
   * ruler only where the text writes one of the table's `requires` words ('Ayub' in a text that
   * names Pakistan); of two, the one whose words the text writes more often ('Zia' in a text on
   * Bangladesh), as the temporal stage decides; none when that does not decide.
   */
  private knownByShortName(k: string): GazetteerEntry | null {
    const people = this.lex.personsByShortForm.get(k);
    // ('Begin', 'Heath': a short name the text also writes in lower case is that word.)
    const leaders = this.docLower?.has(k) ? undefined : this.lex.leadersByShort.get(k);
    if (!leaders) return people?.length === 1 ? people[0] : null;
    const found: { entry: GazetteerEntry; times: number }[] = [];
    for (const p of people ?? []) found.push({ entry: p, times: 0 });
    for (const l of leaders) {
      const times = l.requires ? this.written(l.requires) : 0;
      if (l.requires && times === 0) continue;
      const had = found.find((f) => f.entry === l.entry);
      if (had) had.times = times;
      else found.push({ entry: l.entry, times });
    }
    if (found.length <= 1) return found[0]?.entry ?? null;
    found.sort((a, b) => b.times - a.times);
    return found[0].times > found[1].times ? found[0].entry : null;
  }

  /**
   * The one organisation or law of the text whose name has `acronym` for initials, all its capitalised
   * words or those before its first preposition ('Trade Union Congress of Nigeria' for 'TUC'; 'Law
   * on Public Order' for 'LPO', as a text gives it later: 'known by its acronym, LPO'), a hyphenated
   * word giving one initial or one per part ('Law on Non-Governmental Groups' for 'LNGG'), or null
   * when none or several have.
   */
  spelledBy(acronym: string, at = Number.MAX_SAFE_INTEGER): Group | null {
    // ('D.C.', 'U.S.': abbreviations with full stops are no organisation's initials.)
    if (this.isGeneric(acronym) || !CAPS_ACRONYM.test(acronym)) return null;
    const letters = fold(acronym.replace(TRAILING_S, '')).replace(NOT_LETTERS, '');
    if (letters.length < 2) return null;
    // The live organisations and laws with a name of these initials, in the order of the groups
    // (found through the index rather than by testing every name of every such group).
    if (this.spelling === null) {
      this.spelling = { groups: new Set(), byInitials: new Map(), checked: 0 };
    }
    // (A group created since the last call is indexed now; its names join as they are added.)
    for (let i = this.spelling.checked; i < this.groups.length; i++) {
      const g = this.groups[i];
      if (g.type === 'ORG' || g.type === 'LAW') this.indexGroup(g);
    }
    this.spelling.checked = this.groups.length;
    const found: Group[] = [];
    for (const g of this.spelling.byInitials.get(letters) ?? NO_GROUPS) if (!g.merged && (g.type === 'ORG' || g.type === 'LAW')) found.push(g);
    if (found.length > 1) found.sort((a, b) => a.index - b.index);
    if (found.length <= 1) return found[0] ?? null;
    // Several: the one the text has named before the acronym, when only one has been ('the Central
    // Única de Trabajadores … the CUT', then later the Brazilian 'Central Única dos Trabalhadores').
    const before = found.filter((g) => g.mentions.some((m) => m.cleanStart < at));
    return before.length === 1 ? before[0] : null;
  }

  /**
   * The initials a name can be written with: of all its capitalised words, of those before its first
   * preposition (null when it has none), and with a hyphenated word giving one per part. Computed
   * once per name: every acronym of a text is checked against every organisation's names.
   */
  private initialsOf(name: string): { all: string; beforePrep: string | null; parts: string } {
    let known = this.initials.get(name);
    if (known) return known;
    let all = '';
    let parts = '';
    let beforePrep: string | null = null;
    for (const w of name.split(' ')) {
      if (!startsUpper(w)) {
        if (beforePrep === null && this.lex.prepositions.has(w)) beforePrep = all;
        continue;
      }
      const initial = fold(w.charAt(0));
      all += initial;
      // (A word without a hyphen is its one part, and it begins with a capital: the split is skipped.)
      if (!hasHyphen(w)) parts += initial;
      else for (const part of w.split(HYPHEN)) if (startsUpper(part)) parts += fold(part.charAt(0));
    }
    known = { all, beforePrep, parts };
    this.initials.set(name, known);
    return known;
  }
  private readonly initials = new Map<string, { all: string; beforePrep: string | null; parts: string }>();

  /**
   * The index {@link spelledBy} reads, made at its first call: the groups that have been an
   * organisation or a law since (`groups`), by the initials of each of their names (every form
   * {@link initialsOf} gives, a group once per form), and how many groups have been looked at.
   */
  private spelling: { groups: Set<Group>; byInitials: Map<string, Group[]>; checked: number } | null = null;

  /** Adds `g` and its names to {@link spelling}, once. */
  private indexGroup(g: Group): void {
    const spelling = this.spelling!;
    if (spelling.groups.has(g)) return;
    spelling.groups.add(g);
    for (const name of g.names) this.indexInitials(g, name);
  }

  /** Adds `g` to {@link spelling} under the initials of its name `name`. */
  private indexInitials(g: Group, name: string): void {
    const { all, beforePrep, parts } = this.initialsOf(name);
    this.indexUnder(all, g);
    if (beforePrep !== null) this.indexUnder(beforePrep, g);
    this.indexUnder(parts, g);
  }

  private indexUnder(initials: string, g: Group): void {
    const byInitials = this.spelling!.byInitials;
    const groups = byInitials.get(initials);
    if (groups === undefined) byInitials.set(initials, [g]);
    else if (!groups.includes(g)) groups.push(g);
  }

  /** Whether `name` is an acronym that names no one here ('NGOs', or defined after lower-case words). */
  /** Whether the text writes the word in lower case somewhere ('BEFORE' where it writes 'before'); false without the text's words. */
  writtenLower(word: string): boolean {
    return this.docLower !== null && this.docLower.has(fold(word));
  }

  isGeneric(name: string): boolean {
    return this.lex.genericAcronyms.has(name) || this.genericAcronyms.has(name) || this.genericAcronyms.has(name.replace(TRAILING_S, ''));
  }

  /** The first longer name of `g`'s type whose extra words before it name a known organisation or place. */
  private suffixTarget(g: Group, candidates: { group: Group; prefix: string }[] | undefined): Group | null {
    for (const { group: h, prefix } of candidates ?? []) {
      if (h === g || h.merged || h.type !== g.type) continue;
      const known = this.find(prefix) ?? this.lex.entryByKey.get(prefix)?.entry;
      if (known && (known.type === 'ORG' || known.type === 'GPE')) return h;
    }
    return null;
  }

  /**
   * Merges a name into a longer one of the same type that only adds a known organisation or place
   * before it ('Fourth World Summit on Women' into 'United Nations Fourth World Summit on Women').
   */
  mergeSuffixes(): void {
    // Only keys of three words or more are looked up below, and only among these groups' keys (a
    // merge adds to a group the keys of another of them): suffixes equal to none of them are never
    // asked for, so they are not kept (most documents have no such key, and nothing to do here).
    const asked = new Set<string>();
    for (const g of this.groups) {
      if (g.merged || !(g.type === 'ORG' || g.type === 'EVENT' || g.type === 'LAW')) continue;
      for (const key of g.keys) if (key.indexOf(' ', key.indexOf(' ') + 1) >= 0) asked.add(key);
    }
    if (asked.size === 0) return;
    // Every proper word-suffix of every key of a longer name, to the groups holding it.
    const bySuffix = new Map<string, { group: Group; prefix: string }[]>();
    for (const h of this.groups) {
      if (h.merged || !(h.type === 'ORG' || h.type === 'EVENT' || h.type === 'LAW')) continue;
      for (const key of h.keys) {
        // Only a suffix of three words or more can be asked: one after a space before the last two.
        const lastTwo = key.lastIndexOf(' ', key.lastIndexOf(' ') - 1);
        let at = key.indexOf(' ');
        while (at > 0 && at < lastTwo) {
          const suffix = key.slice(at + 1);
          if (asked.has(suffix)) {
            const list = bySuffix.get(suffix) ?? [];
            list.push({ group: h, prefix: key.slice(0, at) });
            bySuffix.set(suffix, list);
          }
          at = key.indexOf(' ', at + 1);
        }
      }
    }
    for (const g of this.groups) {
      if (g.merged || !(g.type === 'ORG' || g.type === 'EVENT' || g.type === 'LAW')) continue;
      for (const key of g.keys) {
        // Fewer than three words.
        if (key.indexOf(' ', key.indexOf(' ') + 1) < 0) continue;
        const h = this.suffixTarget(g, bySuffix.get(key));
        if (!h) continue;
        g.merged = h;
        for (const m of g.mentions) this.add(h, m);
        for (const k of g.keys) h.keys.add(k);
        break;
      }
    }
  }
}

const personKeys = new StringMemo((key) => `person:${key.split(' ').sort().join(' ')}`);
/** Order-free key of a personal name, so 'Syngman Rhee' and 'Rhee Syngman' meet (memoised). */
function personKey(key: string): string {
  return personKeys.get(key);
}

function toMention(m: RawMention, name = m.name): GroupMention {
  return groupMention(m.sentence, m.cleanStart, m.cleanEnd, name, null);
}

/**
 * Groups the raw mentions of one document. Order: names typed with some evidence first, then
 * acronyms they define, then family names, compounds, lone acronyms and names typed by their list.
 * Each step is a function of its own: V8 optimises the busy ones separately and quickly, where one
 * long function was compiled (and recompiled) whole.
 */
export function groupMentions(
  raw: RawMention[],
  found: Pick<ScanContext, 'lex' | 'genericAcronyms' | 'definitions' | 'listMembers'> & Partial<Pick<ScanContext, 'docLower'>>,
  fallback: Fallback | null,
  written?: TimesWritten,
): Grouper {
  const lex = found.lex;
  const grouper = new Grouper(lex, found.genericAcronyms, written, found.docLower ?? null);
  const resolved = new Map<RawMention, EntityType>();
  const later = groupTyped(raw, grouper, resolved);
  joinDefinitions(found.definitions, grouper, resolved);
  grouper.indexFamilyNames();
  const undefinedAcronyms = new Map<string, RawMention[]>();
  for (const m of later) groupLater(m, grouper, lex, resolved, found.listMembers, fallback, undefinedAcronyms);
  typeFirstListMembers(later, grouper, lex, resolved, found.listMembers);
  typeEarlierPlaceMentions(later, grouper, lex, resolved);
  if (undefinedAcronyms.size > 0) groupUndefinedAcronyms(undefinedAcronyms, grouper, resolved, found.listMembers);
  grouper.mergeSuffixes();
  return grouper;
}

/**
 * 'strikes at Nkana, Mufulira and Luanshya': a list member left untyped because the members after it
 * were typed after it (by their own later mentions) takes the type they agree on, as in
 * {@link groupLater}. Run once all the later mentions are grouped.
 */
function typeFirstListMembers(later: RawMention[], grouper: Grouper, lex: Lexicon, resolved: Map<RawMention, EntityType>, lists: Map<number, RawMention[]>): void {
  // The members named again after the list ('… in Mufulira'): their group is known now.
  for (const m of later) {
    // (The mention's own fields first: they rule out most mentions without a look-up.)
    if (m.list < 0 || m.typing !== null || m.acronym || resolved.has(m)) continue;
    const g = grouper.find(grouper.key(m.name));
    if (g && (g.type === 'GPE' || g.type === 'LOC')) {
      grouper.add(g, toMention(m));
      resolved.set(m, g.type);
    }
  }
  let found: Set<Group> | null = null;
  for (const m of later) {
    if (m.list < 0 || m.initial || m.typing !== null || m.acronym || resolved.has(m)) continue;
    const type = placeOfList(m, lex, resolved, lists);
    if (type === null) continue;
    const g = grouper.groupFor(m.name, { type, strength: 1, entry: null, via: 'list' });
    grouper.add(g, toMention(m));
    resolved.set(m, type);
    (found ??= new Set()).add(g);
  }
  if (found === null) return;
  // ('… were shot dead at Nkana': the place's other untyped mentions, grouped before it was known.)
  for (const m of later) {
    if (m.typing !== null || m.acronym || resolved.has(m)) continue;
    const g = grouper.find(grouper.key(m.name));
    if (g && found.has(g)) {
      grouper.add(g, toMention(m));
      resolved.set(m, g.type);
    }
  }
}

/**
 * 'When the riders reached Jackson …' before '… his home in Jackson': a lone untyped word inside a
 * sentence is the place that a later mention of the same word names (by a place cue or otherwise),
 * as a later mention joins a place named before it. Run once all the later mentions are grouped.
 */
function typeEarlierPlaceMentions(later: RawMention[], grouper: Grouper, lex: Lexicon, resolved: Map<RawMention, EntityType>): void {
  for (const m of later) {
    // (Not a head or title alone: 'Congress' after 'in Congress' is the body, whatever the cue made of it.)
    if (m.typing !== null || m.acronym || !m.single || m.initial || resolved.has(m) || lex.heads.has(fold(m.name)) || lex.titles.has(fold(m.name))) continue;
    const g = grouper.find(grouper.key(m.name));
    if (g && (g.type === 'GPE' || g.type === 'LOC')) {
      grouper.add(g, toMention(m));
      resolved.set(m, g.type);
    }
  }
}

/** The place type (GPE or LOC) the other resolved members of `m`'s list agree on, or null. */
function placeOfList(m: RawMention, lex: Lexicon, resolved: Map<RawMention, EntityType>, lists: Map<number, RawMention[]>): EntityType | null {
  if (CAPITAL_DOT.test(m.name) || lex.nonEntityWords.has(fold(m.name))) return null;
  const types = new Set<EntityType>();
  for (const x of lists.get(m.list)!) if (x !== m && resolved.has(x)) types.add(resolved.get(x)!);
  const [only] = types;
  return types.size === 1 && (only === 'GPE' || only === 'LOC') ? only : null;
}

/** Groups the mentions typed with some evidence; returns the others, for later. */
function groupTyped(raw: RawMention[], grouper: Grouper, resolved: Map<RawMention, EntityType>): RawMention[] {
  const later: RawMention[] = [];
  for (const m of raw) {
    const t = m.typing;
    // A lone word typed only by a title or a place cue may still be a family name met before.
    const weakSingle = m.single && t !== null && t.strength < 3 && (t.type === 'PERSON' || t.via === 'place-cue' || t.via === 'head-alone');
    if (!t || weakSingle || (m.acronym && grouper.isGeneric(m.name))) {
      later.push(m);
      continue;
    }
    const g = grouper.groupFor(m.name, t, m.indefinite);
    grouper.add(g, toMention(m));
    resolved.set(m, g.type);
  }
  return later;
}

/** "All-China Federation of Trade Unions (ACFTU)": the acronym joins the name, wherever it is used. */
function joinDefinitions(definitions: RawMention[], grouper: Grouper, resolved: Map<RawMention, EntityType>): void {
  for (const m of definitions) {
    if (!m.defines || grouper.isGeneric(m.defines.text)) continue;
    let g = grouper.find(grouper.key(m.name));
    if (!g) {
      if (m.single) continue;
      g = grouper.groupFor(m.name, { type: 'ORG', strength: 1.5, entry: null, via: 'acronym-definition' });
      grouper.add(g, toMention(m));
      resolved.set(m, g.type);
    }
    const key = grouper.key(m.defines.text);
    const other = grouper.find(key);
    if (other && other !== g) {
      // The acronym is also in the gazetteer: one entity, under the text's own name.
      other.merged = g;
      for (const x of other.mentions) grouper.add(g, x);
      for (const k of other.keys) g.keys.add(k);
      if (other.entry && other.strength >= g.strength) {
        g.entry ??= other.entry;
        grouper.setType(g, other.type);
      }
    }
    grouper.alias(g, key);
    grouper.add(g, groupMention(m.sentence, m.defines.cleanStart, m.defines.cleanEnd, m.defines.text, null));
  }
}

/**
 * "Hu–Wen": each part a person named in the text or well known; a conventional pair ('Hu–Wen')
 * names its two leaders unless the text names others so. True when every part found its person.
 */
function groupCompound(m: RawMention, parts: NonNullable<RawMention['parts']>, key: string, grouper: Grouper, lex: Lexicon): boolean {
  const pair = lex.compounds.get(key);
  const persons: Group[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    let person: Group | null = null;
    if (startsUpper(p.text)) {
      person = grouper.personByFamilyName(p.text, p.cleanStart, false);
      if (!person && pair && pair.length === parts.length) person = grouper.groupFor(pair[i].name, { type: 'PERSON', strength: 3, entry: pair[i], via: 'gazetteer' });
      else if (!person) person = grouper.personByFamilyName(p.text, p.cleanStart);
    }
    // Every part is looked up (a gazetteer person may be registered) before the answer is known.
    if (person) persons.push(person);
  }
  if (persons.length !== parts.length) return false;
  parts.forEach((p, i) => grouper.add(persons[i], groupMention(m.sentence, p.cleanStart, p.cleanEnd, p.text, null)));
  return true;
}

/** Groups a mention left for later: compounds, known keys, family names, typed names, lists, then the fallback. */
function groupLater(
  m: RawMention,
  grouper: Grouper,
  lex: Lexicon,
  resolved: Map<RawMention, EntityType>,
  lists: Map<number, RawMention[]>,
  fallback: Fallback | null,
  undefinedAcronyms: Map<string, RawMention[]>,
): void {
  // 'the Bank': the organisation named with that head first, or nothing.
  if (m.typing !== null && m.typing.via === 'head-alone') {
    const g = grouper.headFirst(m.name, m.cleanStart);
    if (g) {
      grouper.add(g, toMention(m));
      resolved.set(m, g.type);
    }
    return;
  }
  const key = grouper.key(m.name);
  if (m.parts && !grouper.find(key) && groupCompound(m, m.parts, key, grouper, lex)) {
    resolved.set(m, 'PERSON');
    return;
  }
  const known = grouper.find(key);
  if (known && !(m.acronym && grouper.isGeneric(m.name))) {
    grouper.add(known, toMention(m));
    resolved.set(m, known.type);
    return;
  }
  if (m.acronym) {
    // 'the TUC' where the text names the 'Trade Union Congress of Nigeria' but never defines the acronym.
    const g = grouper.spelledBy(m.name, m.cleanStart);
    if (g) {
      grouper.alias(g, key);
      grouper.add(g, toMention(m));
      resolved.set(m, g.type);
    } else if (m.acronymUse !== 0 || CAPS_ONLY.test(m.name)) {
      // Decided once every mention of it is known (groupUndefinedAcronyms).
      const list = undefinedAcronyms.get(m.name);
      if (list) list.push(m);
      else undefinedAcronyms.set(m.name, [m]);
    }
    return;
  }
  if (m.single) {
    const word = m.name.slice(m.name.lastIndexOf(' ') + 1);
    const person = CAPITAL_LOWER.test(word) && m.typing?.via !== 'place-cue' ? grouper.personByFamilyName(word, m.cleanStart) ?? grouper.personByGivenName(word, m.cleanStart) : null;
    if (person) {
      grouper.add(person, toMention(m));
      resolved.set(m, 'PERSON');
      return;
    }
  }
  if (m.typing) {
    const g = grouper.groupFor(m.name, m.typing, m.indefinite);
    grouper.add(g, toMention(m));
    resolved.set(m, g.type);
    return;
  }
  // "sailors of Valparaíso, Iquique and Antofagasta": the type its list agrees on.
  if (m.list >= 0 && !m.initial) {
    const only = placeOfList(m, lex, resolved, lists);
    if (only !== null) {
      const g = grouper.groupFor(m.name, { type: only, strength: 1, entry: null, via: 'list' });
      grouper.add(g, toMention(m));
      resolved.set(m, only);
      return;
    }
  }
  if (fallback && !m.single && !m.initial) {
    const type = fallback(m.name);
    if (type) {
      const g = grouper.groupFor(m.name, { type, strength: 0.5, entry: null, via: 'compromise' });
      grouper.add(g, toMention(m));
      resolved.set(m, type);
    }
  }
}

/**
 * Undefined words in capitals that name no known or spelled-out organisation ('NUPENG', 'KCTU',
 * 'UGTT'): an organisation when no mention uses it as no name could be used (ACRONYM_USE.BLOCK:
 * 'an EIA', 'the GEAR policy', Roman numerals, headings in capitals), it is no generic acronym
 * ('GDP', 'AIDS', 'USD': genericAcronyms), and the text uses it as an organisation: once in an
 * organisation's frame ('the CUT called', 'COSATU's leaders', 'PENGASSAN officials', 'general
 * secretary of NUPENG'), or at least twice with one mention the subject of a verb ('KDKA was …
 * KDKA did'), or coordinated with an organisation ('the ANC and NUMSA', 'NUPENG and PENGASSAN
 * officials'). Two-letter words only by a frame ('the PT'): most are abbreviations ('HR', 'IT').
 */
function groupUndefinedAcronyms(acronyms: Map<string, RawMention[]>, grouper: Grouper, resolved: Map<RawMention, EntityType>, lists: Map<number, RawMention[]>): void {
  const waiting: [string, RawMention[]][] = [];
  for (const [name, all] of acronyms) {
    if (grouper.isGeneric(name)) continue;
    // Labels ('HOST: …') name nothing; the word's other mentions decide.
    const mentions = all.some((m) => m.acronymUse & ACRONYM_USE.LABEL) ? all.filter((m) => !(m.acronymUse & ACRONYM_USE.LABEL)) : all;
    if (mentions.length === 0) continue;
    let use = 0;
    for (const m of mentions) use |= m.acronymUse;
    if (use & ACRONYM_USE.BLOCK) continue;
    const framed = (use & ACRONYM_USE.FRAME) !== 0;
    const repeated = name.length > 2 && mentions.length >= 2 && (use & ACRONYM_USE.SUBJECT) !== 0;
    if (framed || repeated) groupAcronym(name, mentions, grouper, resolved);
    else if (name.length > 2) waiting.push([name, mentions]);
  }
  // Then those coordinated with an organisation (decided above or typed before).
  for (const [name, mentions] of waiting) {
    const inList = mentions.some((m) => m.list >= 0 && lists.get(m.list)!.some((x) => x !== m && resolved.get(x) === 'ORG'));
    // 'fined by RTÜK', 'relaunched OMN', 'NTV and CNN Türk': an undefined word of three to six capitals
    // used as no name could be nowhere (BLOCK above) and in no generic list is an organisation's
    // acronym, the commonest kind of name written so (places and persons rarely are, and the gazetteers
    // hold those that are: 'USSR', 'DRC', 'JFK').
    // (Not a word the text also writes in lower case, set in capitals for emphasis or as a label:
    // 'BEFORE', 'NAME'; nor a generic acronym's plural in capitals: 'NGOS'.)
    if (inList || (UNDEFINED_ACRONYM.test(name) && !grouper.writtenLower(name) && !grouper.isGeneric(name.replace(TRAILING_CAPITAL_S, '')))) groupAcronym(name, mentions, grouper, resolved);
  }
}

function groupAcronym(name: string, mentions: RawMention[], grouper: Grouper, resolved: Map<RawMention, EntityType>): void {
  const g = grouper.groupFor(name, { type: 'ORG', strength: 1, entry: null, via: 'acronym-use' });
  for (const m of mentions) {
    grouper.add(g, toMention(m));
    resolved.set(m, 'ORG');
  }
}

const CAPS_ONLY = /^\p{Lu}{2,10}$/u;
const UNDEFINED_ACRONYM = /^\p{Lu}{3,6}$/u;
const TRAILING_CAPITAL_S = /S$/;
const TRAILING_S = /s$/;
const CAPITAL_LOWER = /^\p{Lu}\p{Ll}/u;
const CAPITAL_DOT = /\p{Lu}\./u;

/**
 * The canonical name of a group: the gazetteer's name, in the text's own spelling when the text
 * spells it out ('World Trade Organisation'), else the longest full form the text writes.
 */
/** A law's key without its year ('… act of 2013', '… act 2014', '… act, 1860' → '… act'), or null when it has none. */
function lawUndated(key: string): string | null {
  const m = LAW_YEAR.exec(key);
  return m ? m[1] : null;
}

const LAW_YEAR = /^(.+?)(?: of|,)? (?:1[5-9]\d\d|20\d\d)$/;
const LAW_YEAR_PARTS = /^(.+?)(?: of|,)? (1[5-9]\d\d|20\d\d)$/;

/** The other spellings of a dated law's key ('… act, 1973' → '… act of 1973', '… act 1973'), or none. */
function lawYearSpellings(key: string): string[] {
  const m = LAW_YEAR_PARTS.exec(key);
  if (!m) return [];
  return [`${m[1]} of ${m[2]}`, `${m[1]}, ${m[2]}`, `${m[1]} ${m[2]}`].filter((k) => k !== key);
}

/** Whether the group holds, besides `key`, the undated name `undated` with a year. */
function datedOtherwise(g: Group, undated: string, key: string): boolean {
  for (const k of g.keys) if (k !== key && k !== undated && lawUndated(k) === undated) return true;
  return false;
}

export function canonicalOf(g: Group, lex: Lexicon): string {
  if (g.entry?.fromEras) {
    // A ruler of the era table: the text's own full name as for a name no gazetteer knows ('Rhee
    // Syngman', 'Franz Joseph I'; titles off: 'Queen Victoria' → Victoria), else the table's first
    // ('under Ayub' → Ayub Khan).
    const own = withoutTitles(longestName(g), lex);
    return wordCount(own) >= 2 || wordCount(g.entry.name) < 2 ? own : g.entry.name;
  }
  if (g.entry) {
    const entryKey = lex.keyOf(g.entry.name);
    // An entry known by its acronym ('COSATU') that the text spells out: the text's full name
    // ('Congress of South African Trade Unions'), as for an acronym the text defines.
    if (ACRONYM_NAME.test(g.entry.name)) {
      let full: string | undefined;
      for (const n of g.names) if (!ACRONYM_NAME.test(n) && g.entry.keys.includes(lex.keyOf(n)) && (full === undefined || wordCount(n) > wordCount(full))) full = n;
      if (full !== undefined) return full;
    }
    let first: string | undefined;
    for (const n of g.names) {
      if (lex.keyOf(n) !== entryKey) continue;
      if (HAS_LOWER.test(n)) return n;
      first ??= n;
    }
    return first ?? g.entry.name;
  }
  return longestName(g);
}

/** 'Queen Victoria' → 'Victoria', 'Kaiser Wilhelm II' → 'Wilhelm II': titles before a name (one word is always kept). */
function withoutTitles(name: string, lex: Lexicon): string {
  const words = name.split(' ');
  let t = 0;
  while (t < words.length - 1 && lex.titles.has(fold(words[t]))) t++;
  return t === 0 ? name : words.slice(t).join(' ');
}

/** The longest of a group's names, in words (hyphenated parts counted), the most frequent among equals; short acronyms only when there is nothing else. */
function longestName(g: Group): string {
  let best: string | undefined;
  let bestSize = 0;
  let count: Map<string, number> | null = null;
  for (const n of g.names) {
    if (n.length <= 6 && ACRONYM_NAME.test(n)) continue;
    const size = wordCount(n);
    if (best === undefined || size > bestSize) {
      best = n;
      bestSize = size;
    } else if (size === bestSize) {
      count ??= nameCounts(g);
      if ((count.get(n) ?? 0) > (count.get(best) ?? 0)) best = n;
    }
  }
  return best ?? g.names[0];
}

const NOT_LETTERS = /[^\p{L}]/gu;
/** A hyphen inside a word ('Non-Governmental'). */
const HYPHEN = /[-‐‑]/;

/** Whether `word` holds a character {@link HYPHEN} matches ('-', '‐', '‑'). */
function hasHyphen(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

const CAPS_ACRONYM = /^\p{Lu}{2,10}s?$/u;
const ACRONYM_NAME = /^[\p{Lu}\d.&-]+s?$/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * Number of words of a name, hyphenated parts counted: the number of pieces `/[\s‐‑–-]+/` splits it
 * into, counted without making them (this runs for every name of every entity).
 */
function wordCount(name: string): number {
  let count = 1;
  let inBreak = false;
  for (let i = 0; i < name.length; i++) {
    const isBreak = isWordBreak(name.charCodeAt(i));
    if (isBreak && !inBreak) count++;
    inBreak = isBreak;
  }
  return count;
}

/** A hyphen, '‐', '‑', '–', or white space. */
function isWordBreak(c: number): boolean {
  return isDash(c) || isRegExpSpace(c);
}

/** How many mentions write each name. */
function nameCounts(g: Group): Map<string, number> {
  const count = new Map<string, number>();
  for (const m of g.mentions) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  return count;
}
