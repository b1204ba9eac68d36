/**
 * Actors the lexicon cannot list because the text names them: laws the entities stage found
 * ('the Citizenship Act'), and newspapers, unions and societies the text introduces as such by a
 * civil head noun ('the opposition paper Serbesti', 'dailies such as Jameah', 'Kloop, the best known
 * independent news site'), which then count as civil society wherever the text names them again
 * ('The judiciary answered by closing Jameah'); so is a body whose own name ends with a civil noun,
 * under its acronym too ('the Nigeria Labour Congress (NLC)', then 'dissolved the executive of the
 * NLC'). A name is known from the sentence that introduces it on, as a reader learns it.
 */
import { POS_TAGS, type Entity, type TokenTable } from '../../doc.js';
import { isStateActor as isState, type SentenceView } from './clauses.js';
import type { Entry } from './lexicon.js';
import type { Match } from './match.js';

/** What a law the text names is as an actor: the state's rules ('The Citizenship Act weakened their unions'). */
const NAMED_LAW: Entry = { kind: 'context', term: 'named law', posMask: 0 };
/** What a body the text introduces as civil society is as an actor. */
const NAMED_CIVIL: Entry = { kind: 'civil', term: 'named civil body', posMask: 0 };

/** One mention of a law or of an organisation or work that may be introduced as civil society. */
interface Candidate {
  match: Match;
  /** Index of its entity in the entities layer. */
  entity: number;
  law: boolean;
}

const PUNCT = POS_TAGS.indexOf('PUNCT');
const CCONJ = POS_TAGS.indexOf('CCONJ');
// Parts of speech of the words between a name's comma and the head noun of its apposition ('Kloop, the best known independent news site').
const APPOSITION_PARTS = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));
/** Words that open an apposition ('Kloop, the best known independent news site', 'Ayandegan, a liberal daily'). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Most tokens between a name's comma and the head noun of its apposition. */
const APPOSITION_WINDOW = 5;

/** The first token equal to `offset` in a sorted column, or -1 (binary search); the stage's one copy. */
export function tokenAt(column: Int32Array, count: number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (column[mid] < offset) lo = mid + 1;
    else if (column[mid] > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

const overlaps = (a: Match, b: Match): boolean => a.first < b.end && b.first < a.end;

/** True when a match of `list` overlaps `m`. */
function overlapsAny(list: Match[], m: Match): boolean {
  for (const a of list) if (overlaps(a, m)) return true;
  return false;
}

/**
 * The named actors of one document, handed out sentence by sentence in text order
 * ({@link NamedActors.actorsOf}): one pass, with a cursor, over the mentions sorted by token.
 */
export class NamedActors {
  private readonly candidates: Candidate[] = [];
  private readonly civil = new Set<number>();
  private next = 0;

  constructor(entities: Entity[], tokens: TokenTable) {
    for (let entity = 0; entity < entities.length; entity++) {
      const e = entities[entity];
      const law = e.type === 'LAW';
      if (!law && e.type !== 'ORG' && e.type !== 'WORK') continue;
      for (const m of e.mentions) {
        if (m.sentenceId === null) continue;
        const first = tokenAt(tokens.start, tokens.count, m.start);
        const last = tokenAt(tokens.end, tokens.count, m.end);
        if (first >= 0 && last >= first) this.candidates.push({ match: { entry: law ? NAMED_LAW : NAMED_CIVIL, first, end: last + 1 }, entity, law });
      }
    }
    this.candidates.sort((a, b) => a.match.first - b.match.first);
  }

  /**
   * `actors` of the sentence `[view.first, view.end)` (sentences must come in text order) with its
   * named laws and civil bodies added, in token order, where they overlap no actor and no cue: a
   * name that holds a cue is no actor ('the Accord on Fire and Building Safety' that brands and
   * unions signed, 'the Protection of Women from Domestic Violence Act').
   */
  actorsOf(actors: Match[], cues: Match[], view: SentenceView): Match[] {
    const { first, end } = view;
    while (this.next < this.candidates.length && this.candidates[this.next].match.first < first) this.next++;
    let k = this.next;
    if (k >= this.candidates.length || this.candidates[k].match.first >= end) return actors;
    // Introductions first: the sentence that introduces a name may already act on it. Each needs
    // a civil actor of the lexicon in the sentence: most sentences with a name have none.
    let listEnd = -1;
    let civilActor = false;
    for (const a of actors) if (a.entry.kind === 'civil') civilActor = true;
    for (let i = k; civilActor && i < this.candidates.length && this.candidates[i].match.first < end; i++) {
      const c = this.candidates[i];
      if (c.law || c.match.end > end) continue;
      if (this.civil.has(c.entity) && !listContinues(view, c.match, listEnd)) continue;
      if (introduced(view, c.match, actors) || listContinues(view, c.match, listEnd) || namesItself(c.match, actors)) {
        this.civil.add(c.entity);
        listEnd = c.match.end;
      }
    }
    let added: Match[] | null = null;
    for (; k < this.candidates.length && this.candidates[k].match.first < end; k++) {
      const c = this.candidates[k];
      if (c.match.end > end || (!c.law && !this.civil.has(c.entity)) || overlapsAny(actors, c.match) || overlapsAny(cues, c.match)) continue;
      (added ??= [...actors]).push(c.match);
    }
    return added === null ? actors : added.sort((a, b) => a.first - b.first);
  }
}

/** True when the name `m` ends with a civil actor of the lexicon and holds no state actor ('the Nigeria Labour Congress', then 'the NLC'). */
function namesItself(m: Match, actors: Match[]): boolean {
  let civil = false;
  for (const a of actors) {
    if (a.first < m.first || a.end > m.end) continue;
    if (isState(a)) return false;
    if (a.entry.kind === 'civil' && a.end === m.end) civil = true;
  }
  return civil;
}

/** True when the name `m` is the next item of a list whose item before it (ending at `listEnd`) was introduced as civil ('dailies such as Kayhan and Ettela'at'). */
function listContinues(view: SentenceView, m: Match, listEnd: number): boolean {
  if (listEnd < 0 || m.first - listEnd !== 1) return false;
  return view.pos[listEnd] === CCONJ || view.word(listEnd) === ',';
}

/**
 * True when the sentence introduces the name `m` as civil society: a civil head noun right before
 * it ('the opposition paper Serbesti', 'the leftist daily Tan'), or before 'such as' or 'like' and
 * it ('dailies such as Jameah'), or after it in an apposition ('Kloop, the best known independent
 * news site'); not when the head is the state's ('the official daily Ulus', 'the state newspaper
 * Pravda', 'pro-government papers such as …').
 */
function introduced(view: SentenceView, m: Match, actors: Match[]): boolean {
  for (const a of actors) {
    if (a.entry.kind !== 'civil' || overlaps(a, m)) continue;
    let before = a.end === m.first;
    if (!before && a.end === m.first - 2) before = view.word(a.end) === 'such' && view.word(a.end + 1) === 'as';
    if (!before && a.end === m.first - 1) before = view.word(a.end) === 'like';
    if (before) return !actors.some((s) => isState(s) && s.end === a.first);
    // The apposition opens with an article: 'Compared with the ACFTU, labour NGOs were …' is no
    // apposition, nor '…, whose members …'.
    if (a.first > m.end && a.first - m.end <= APPOSITION_WINDOW && view.pos[m.end] === PUNCT && view.word(m.end) === ',' && ARTICLES.has(view.word(m.end + 1))) {
      let plain = true;
      for (let t = m.end + 1; t < a.first && plain; t++) plain = APPOSITION_PARTS.has(view.pos[t]);
      if (plain && !actors.some((s) => isState(s) && s.first > m.end && s.end <= a.end)) return true;
    }
  }
  return false;
}
