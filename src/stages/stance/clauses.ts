/**
 * Reading a sentence's structure from its tokens, as far as the stance rules need it: clause
 * boundaries, passives, who acts (the agent of a cue) and whether civil society is the subject.
 * Heuristics over words and POS tags, no parser: each says which sentence it is for.
 */
import { POS_TAGS } from '../../doc.js';
import type { CueRule, Entry, Needs, WordSet } from './lexicon.js';
import type { Match } from './match.js';
import type { Cue } from '../../doc.js';

/** Function words the heuristics look for (`syntax` in `pipeline/stance.json`). */
export interface Syntax {
  /** Punctuation and words that end a clause: operators and objects do not reach across them. */
  clauseBreaks: WordSet;
  /** Forms of 'be' (and 'get') that make a following participle passive. */
  passiveBe: WordSet;
  /** Words that may stand between 'be' and the participle ('could', 'also', 'had'). */
  auxiliaries: WordSet;
  /** Words after a cue that make it an item of a list ('repression, toleration'). */
  listJoiners: WordSet;
  /** Prepositions that introduce the agent after a verb ('tolerated by officials'). */
  agentPrepositions: WordSet;
  /** Relative pronouns: a clause they open has its own subject ('branch leaders who had supported the strike'). */
  relatives: WordSet;
  /** Pronouns that stand for the state as the subject of a cue when the sentence before had the state as its subject ('The new governor arrived in 1905. He closed the nationalist newspapers'). */
  anaphors: WordSet;
  /** Pronouns that, as the subject of a `stateImplied` cue with civil society as its object, stand for the state ('They closed the union's offices'). */
  pronounSubjects: WordSet;
  /** Forms of reversals that undo a cue before them with no passive and no object: 'the ban lapsed', 'censorship ended with the revolution'. */
  lapseForms: WordSet;
  /** Words after a lapse form that make it another verb ('restrictions may end up silencing groups'). */
  lapseParticles: WordSet;
  /** Adverbs the tagger may read as nouns, which after a lapse form are no object ('censorship ended overnight'). */
  lapseAdverbs: WordSet;
  /** Links of two coordinated treatments ('toleration and harassment', 'tolerance punctuated by crackdowns'). */
  pairLinks: WordSet;
  /** Prepositions of means: a reversal does not reach a cue behind one ('ended the strike by arresting its leaders'). */
  meansPrepositions: WordSet;
  /** Nouns of study, record or measurement: a cue after one and 'of'/'on' is a topic, not an act ('the archives of the censorship office'). */
  topicNouns: WordSet;
  /** Prepositions that link a topic noun to its topic ('scholars of repression', 'the literature on state repression'). */
  topicLinks: WordSet;
  /** Nouns right after a cue that make it the modifier of a topic ('press freedom indexes'). */
  topicHeads: WordSet;
  /** Cue terms (lemmas) whose use with no object tells what the subject did to itself ('The Soviet Union dissolved in 1991', 'the crowd dispersed'). */
  selfTerms: Set<string>;
  /** Verbs of choosing: 'to' after one makes the next verb the subject's own act ('the members voted to dissolve the association'). */
  choiceVerbs: WordSet;
  /** Actor terms (lemmas) of the state's forces of coercion: what they do by force is repression whoever the victim ('soldiers shot dead six people'). */
  forces: Set<string>;
  /** Armed opponents of the state: the forces' violence against them is war ('attacked the rebel positions'). */
  combatants: WordSet;
  /** Agent cues (lemmas) that are violence when the state's forces do them ('kill', 'shoot', 'beat'); not 'take control of' ('the army took control of the capital'). */
  forceActs: Set<string>;
}

/** What the rules need to know about the tokens of the sentence. */
export interface SentenceView {
  /** Lower-cased text of token `i` (document index). */
  word: (i: number) => string;
  /** Hash of each token's folded text (document index), to test it against a {@link WordSet} unsliced. */
  hash: Int32Array;
  pos: Uint8Array;
  first: number;
  end: number;
  syntax: Syntax;
  /** Cue for tokens `[first, end)`: cleaned text and original offsets. */
  span: (kind: string, first: number, end: number) => Cue;
  /** The sentence before, in the same paragraph, had the state as its subject ({@link stateSubject}). */
  stateBefore: boolean;
  /** Per token: the first token + 1 of a polity's name (GPE, no object of a preposition) that ends there, else 0. */
  placeStart: Int32Array;
  /** The same for mentions of leaders of the era table ('Perón', 'Kenneth Kaunda'). */
  leaderStart: Int32Array;
  /** The same for every mention of a polity or another place (GPE, LOC), also the object of a preposition. */
  anyPlaceStart: Int32Array;
  /** The same for every mention of a person (PERSON) who is no leader of the era table. */
  personStart: Int32Array;
}
// POS indices (see POS_TAGS): a conjunction followed by one of these opens a new clause
// ('arrested activists and funded charities'), not a list of nouns ('restrictions on advocacy and funding').
const VERB = POS_TAGS.indexOf('VERB');
const AUX = POS_TAGS.indexOf('AUX');
const PRON = POS_TAGS.indexOf('PRON');
const CCONJ = POS_TAGS.indexOf('CCONJ');
const PUNCT = POS_TAGS.indexOf('PUNCT');
const NUM = POS_TAGS.indexOf('NUM');
const PROPN = POS_TAGS.indexOf('PROPN');

/**
 * True when tokens `[from, to)` hold a clause boundary. With `listCommas` false a comma does not
 * count, so that 'barriers to entry, funding and advocacy' keeps its list together.
 */
export function hasBreak(view: SentenceView, from: number, to: number, listCommas = true): boolean {
  for (let k = Math.max(from, view.first); k < to; k++) {
    if (view.syntax.clauseBreaks.holds(view, k) && (listCommas || view.word(k) !== ',')) return true;
    if (view.pos[k] === CCONJ && k + 1 < view.end) {
      const next = view.pos[k + 1];
      if (next === VERB || next === AUX || next === PRON) return true;
    }
  }
  return false;
}



/**
 * True when the cue at `first` is a passive participle ('were tolerated', 'was invited'), also the
 * second of two participles that share one 'be' ('Independent newspapers were licensed in 1990 and
 * closed again in 1994').
 */
export function isPassive(view: SentenceView, first: number, shared = true): boolean {
  for (let k = first - 1; k >= Math.max(view.first, first - 3); k--) {
    const w = view.word(k);
    if (view.syntax.passiveBe.has(w)) return true;
    if (shared && view.pos[k] === CCONJ) return sharedPassive(view, k);
    if (!view.syntax.auxiliaries.has(w) && !w.endsWith('ly')) return false;
  }
  return false;
}

/** Tokens a first participle may stand before the 'and' that joins a second to it ('were licensed in 1990 and closed'). */
const SHARED_PASSIVE_WINDOW = 5;

/** True when a passive participle stands a few tokens before the conjunction at `and`, in its clause. */
function sharedPassive(view: SentenceView, and: number): boolean {
  for (let k = and - 1; k >= Math.max(view.first, and - SHARED_PASSIVE_WINDOW); k--) {
    if (view.syntax.clauseBreaks.holds(view, k) || view.pos[k] === CCONJ) return false;
    if (view.pos[k] === VERB) return isPassive(view, k, false);
  }
  return false;
}

/**
 * The actors that satisfy `rule` for a cue at `[first, end)`, or null when its needs are not met.
 * An agent rule wants the state before the cue ('local governments … provided funding'), immediately
 * after it ('contracting government services'), after it behind 'by'/'from' ('tolerated by
 * officials', 'grants from the state youth council'), or anywhere after a passive ('were invited to
 * mediate between the government and…'), so that 'institutions that provided support … for
 * government officials' is not state support. `near` bounds how far the state may stand.
 * A state before the cue is not its agent when the cue is in a relative clause of a civil actor
 * named after the state ('the official federation expelled branch leaders who had supported the
 * strike': the leaders supported it). A `stateImplied` cue needs no state when civil society is
 * its passive subject ('the writers' association was rectified') or its object after a pronoun
 * subject ('They closed the offices of the student union': a text that names no agent for such an
 * act has named it before). `subjectEnd` is where the cue's subject would end: the cue's first token,
 * or the first token of a reversal that governs it ('In 1996 Uganda cut the grants it had paid …':
 * the country is the subject of 'cut', not of 'grants'). `term` is the cue's lemma phrase (default:
 * `''`), read only for the violence of the state's forces ({@link Syntax.forceActs}).
 */
export function actorsFor(rule: CueRule, first: number, end: number, actors: Match[], view: SentenceView, subjectEnd = first, term = ''): Match[] | null {
  if (rule.needs === 'none') return [];
  if (rule.civilVictim) {
    const victim = civilVictim(end, actors, view, first);
    // With needs 'both', the state must be the doer or the 'by' agent, not only named elsewhere:
    // 'the chairmen of all farmers' cooperatives were chosen by the provincial party committee',
    // not 'The bishops were chosen by the pope, not by the king'.
    if (rule.needs === 'both') return victim !== null && victim.some(isStateActor) ? victim : null;
    if (victim !== null || actors.some((a) => a.entry.kind === 'civil')) return victim;
    const force = forceDoer(view, first, end, actors);
    return force !== null ? [force] : null;
  }
  if (rule.civilSubject) {
    // With needs 'both', the state must be named too: 'NGOs again sat on public councils attached
    // to the ministries', not 'The activists sat on the board of the foundation'.
    const subject = civilSubjectOf(first, actors, view);
    if (subject === null || rule.needs !== 'both') return subject;
    const state = actors.find(isStateActor);
    return state ? [state, ...subject] : null;
  }
  // Coercion whose object is a polity falls on a territory, not on civil society: 'shortly before
  // the Japanese army seized Manchuria', 'troops occupied the Rhineland'.
  if (rule.civilTarget && placeObject(view, end)) return null;
  const passive = rule.agent && isPassive(view, first);
  // A passive or participle whose 'by' agent is civil society is civil society's act, whatever state the
  // sentence names elsewhere: 'a crowd of students, encouraged by pro-government papers, wrecked
  // the printing house …, while the police looked on'.
  if (rule.agent && civilByAgent(view, end, actors)) return null;
  let state: Match | null = null;
  let civil: Match | null = null;
  const distance = (a: Match): number => (a.end <= first ? first - a.end : a.first >= end ? a.first - end : 0);
  for (const a of actors) {
    if (a.entry.kind === 'civil') {
      if (civil === null || distance(a) < distance(civil)) civil = a;
      continue;
    }
    if (a.entry.kind === 'private') continue;
    if (rule.needs === 'context' && a.entry.kind !== 'context') continue;
    if (rule.near > 0 && distance(a) >= rule.near && !(a.first > end && adjunctOf(view, first, end, a))) continue;
    if (rule.agent && a.end <= first && inCivilRelative(a, first, actors, view)) continue;
    if (rule.agent && a.first > end && !passive) {
      let by = false;
      for (let k = end; k < a.first && k < end + 4; k++) {
        if (view.syntax.agentPrepositions.holds(view, k)) by = true;
      }
      if (!by && !adjunctOf(view, first, end, a)) continue;
    }
    if (state === null || distance(a) < distance(state)) state = a;
  }
  // The state named as the subject of the sentence before, taken up by a pronoun subject of the
  // cue: 'The new governor arrived in 1905. He closed the nationalist newspapers within a month.'
  if (state === null && view.stateBefore && rule.needs !== 'context') state = anaphor(view, subjectEnd);
  // A country named as the doer: 'In 2003 Peru signed an agreement with the federation', and of a
  // reversal of the cue: 'In 1996 Uganda cut the grants it paid to human rights groups'.
  if (state === null && rule.needs !== 'context') state = placeSubject(view, subjectEnd) ?? leaderSubject(view, subjectEnd, end, civil);
  // A private doer (employer, owner, hired gunmen), or civil society acting on others, makes the
  // act theirs: it is the state's only when the state stands before the doer, as who made them do
  // it ('The mine owners evicted the striking families' and 'Activists seized the town hall' are
  // none; 'Officials pressured landlords to evict the worker centres' is repression).
  const weakNeeds = rule.needs === 'civil' || rule.needs === 'either';
  const doer = weakNeeds ? (privateAgent(first, end, actors, view) ?? (rule.civilTarget ? civilDoer(first, end, actors, view) : null)) : null;
  if (doer !== null && !actors.some((a) => isStateActor(a) && a.end <= doer.first)) return null;
  // Civil society as the active subject of an agent cue, with an object after it, does the act
  // itself ('when a nationwide uprising forced the governor to resign', 'NGOs depended on foreign
  // donors'): a state named before it in another clause is not its doer ('Until the states joined
  // the union, NGOs depended on foreign donors'); one in its own subject still is ('the party and
  // its youth league attacked the students').
  if (rule.agent && doer === null && rule.needs === 'both') {
    const subject = civilDoer(first, end, actors, view);
    if (subject !== null && !actors.some((a) => isStateActor(a) && a.end <= subject.first && !hasBreakWord(view, a.end, subject.first))) return null;
  }
  const need: Needs = doer !== null ? 'both' : rule.needs;
  const ok =
    (need === 'state' && state !== null) ||
    (need === 'context' && state !== null && state.entry.kind === 'context') ||
    (need === 'civil' && civil !== null) ||
    (need === 'both' && state !== null && civil !== null) ||
    (need === 'either' && (state !== null || civil !== null));
  if (!ok) {
    // A person taken into the state's hands, told in the passive ('Mustafa Amin was arrested and
    // accused of spying', 'He was sentenced to life imprisonment', 'Arrested three times under the
    // dictatorship, she …'): who arrests, sentences or deports is the state, whoever the person.
    if (rule.civilTarget && civil === null && (need === 'civil' || need === 'both')) {
      const victim = personVictim(view, first, end, actors);
      if (victim !== null) return state !== null ? [state, victim] : [victim];
    }
    // The state's forces doing a coercive act, whoever it falls on: 'soldiers shot dead six people
    // in Harare who were protesting', 'the army … killed several hundred of them'.
    if (civil === null && rule.pole !== 'both' && rule.agent && need === 'both' && view.syntax.forceActs.has(term)) {
      const force = forceDoer(view, first, end, actors);
      if (force !== null) return [force];
    }
    if (rule.stateImplied && civil !== null) {
      if (civil.end <= first && isPassive(view, first) && !byAgent(view, end)) return [civil];
      if (civil.first >= end && !isPassive(view, first) && pronounSubject(view, first)) return [civil];
    }
    return null;
  }
  return [state, civil].filter((a): a is Match => a !== null);
}

/** Tokens the subject of the main clause may stand after the comma that closes an opening participle clause ('…, the local authorities'). */
const ADJUNCT_SUBJECT_WINDOW = 3;

/** Possessives that, in a clause opening the sentence, stand for the main clause's subject ('Despite its support for the cooperatives, the government …'). */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);

/**
 * True when the cue `[first, end)` is in a clause that opens the sentence, told of the subject of
 * the main clause, and the actor `a` is that subject, right after the clause's comma: a participle
 * ('Having recognised the peasant leagues in 1958, the government outlawed them'), or a pronoun or
 * possessive just before the cue in a clause opened by a conjunction or a preposition ('Even while
 * it negotiated with the dock workers' union, the government had its leaders followed', 'Despite
 * its support for the cooperatives, the government banned …'; not 'They provide evidence that in
 * the aftermath of elections, governments …'). No comma may stand before the cue.
 */
function adjunctOf(view: SentenceView, first: number, end: number, a: Match): boolean {
  // The commas first (part of speech, then the word), the words of the cue last: most actors
  // after a cue stand in no such place, and slicing every word between them was most of the cost.
  let comma = -1;
  for (let k = end; k < a.first; k++) {
    if (isComma(view, k)) {
      comma = k;
      break;
    }
  }
  if (comma < 0 || a.first - comma > ADJUNCT_SUBJECT_WINDOW) return false;
  for (let k = view.first; k < first; k++) if (isComma(view, k)) return false;
  return view.word(first).endsWith('ing') || (first > view.first && view.word(first - 1) === 'having') || (subordinate(view) && referredBefore(view, first));
}

/** True when token `k` is a comma (its part of speech is read before its word). */
export function isComma(view: SentenceView, k: number): boolean {
  return view.pos[k] === PUNCT && view.word(k) === ',';
}

const SCONJ = POS_TAGS.indexOf('SCONJ');
const ADP = POS_TAGS.indexOf('ADP');

/** True when the sentence opens with a subordinate clause or an adjunct: a conjunction or preposition among its first two tokens ('Even while it negotiated', 'Despite its support'; not 'They provide evidence that …'). */
function subordinate(view: SentenceView): boolean {
  for (let k = view.first; k < Math.min(view.end, view.first + 2); k++) if (view.pos[k] === SCONJ || view.pos[k] === ADP) return true;
  return false;
}

/** True when a pronoun subject or a possessive stands just before the cue at `first` (auxiliaries and adverbs between). */
function referredBefore(view: SentenceView, first: number): boolean {
  for (let k = first - 1; k >= Math.max(view.first, first - 3); k--) {
    const w = view.word(k);
    if (view.syntax.anaphors.has(w) || POSSESSIVES.has(w)) return true;
    if (!view.syntax.auxiliaries.has(w) && !w.endsWith('ly')) return false;
  }
  return false;
}

/** The last actor that ends at or before token `at` (actors are in token order), or null. */
function lastActorBefore(actors: Match[], at: number): Match | null {
  let last: Match | null = null;
  for (const a of actors) if (a.end <= at) last = a;
  return last;
}

/** Most tokens between the state's forces and the active cue they do ('soldiers, war veterans and party militias waged'). */
const FORCE_WINDOW = 6;

/**
 * The state's forces ({@link Syntax.forces}) as the doer of the cue at `[first, end)`: the nearest
 * actor before an active cue, in its clause ('soldiers shot dead six people in Harare', 'the
 * army, called in to restore order, killed several hundred of them' is read across the inserted
 * phrase only when it opens with a participle), or the 'by' agent of a passive ('were taken away
 * by the security forces'). Not when the object is the state's own ('soldiers killed the
 * governor') or a territory ('troops seized the border towns'), nor forces told as the passive's
 * subject ('Troops were deployed'), nor armed opponents ('The army attacked the rebel positions').
 */
function forceDoer(view: SentenceView, first: number, end: number, actors: Match[]): Match | null {
  if (placeObject(view, end)) return null;
  for (let k = end; k < Math.min(view.end, end + 4); k++) if (view.syntax.combatants.holds(view, k)) return null;
  for (const a of actors) if (a.first >= end && a.first <= end + 3 && isStateActor(a) && !byAgent(view, end)) return null;
  if (isPassive(view, first)) {
    if (!byAgent(view, end)) return null;
    const agent = agentAfter(actors, end, isStateActor);
    return agent !== null && view.syntax.forces.has(agent.entry.term) ? agent : null;
  }
  const before = lastActorBefore(actors, first);
  if (before === null || !isStateActor(before) || !view.syntax.forces.has(before.entry.term)) return null;
  if (first - before.end > FORCE_WINDOW + 6) return null;
  if (first - before.end > FORCE_WINDOW || hasBreak(view, before.end, first)) return insertedParticiple(view, before.end, first) ? before : null;
  return before;
}

/** True when tokens `[from, to)` are one participle phrase set off by commas: ', called in to restore order,'. */
function insertedParticiple(view: SentenceView, from: number, to: number): boolean {
  if (to - from < 3 || !isComma(view, from) || !isComma(view, to - 1) || view.pos[from + 1] !== VERB || !view.word(from + 1).endsWith('ed')) return false;
  for (let k = from + 1; k < to - 1; k++) if (view.syntax.clauseBreaks.holds(view, k)) return false;
  return true;
}

/** What a person named as the victim of a passive cue is as an actor. */
const PERSON_VICTIM: Entry = { kind: 'civil', term: 'person', posMask: 0 };
/** Personal pronouns that may be the victim of a passive cue ('He was sentenced to life imprisonment'). */
const PERSONAL = new Set(['he', 'she']);
/** Most tokens between a sentence-opening participle's comma and the person it describes ('Arrested three times under the dictatorship, she'). */
const OPENING_PARTICIPLE_WINDOW = 12;

/**
 * The person who is the victim of the passive cue at `[first, end)`, as a civil actor: a person
 * (PERSON, no leader) or 'he'/'she' right before the cue, only forms of 'be', auxiliaries and
 * adverbs between ('Mustafa Amin was arrested', 'He was later deported'), or after the comma of a
 * participle that opens the sentence ('Arrested three times under the Banzer dictatorship, she
 * spent four years in prison'). Not with a title of the state before the name ('the interior
 * minister Ali Mahdi was arrested' is a purge or a coup), a leader ('Ben Bella was arrested'), nor
 * a 'by' agent that is not the state ('was shot by a student').
 */
function personVictim(view: SentenceView, first: number, end: number, actors: Match[]): Match | null {
  if (byAgent(view, end) && agentAfter(actors, end, isStateActor) === null) return null;
  let k = -1;
  if (first === view.first && view.word(first).endsWith('ed')) {
    for (let j = end; j < Math.min(view.end - 1, end + OPENING_PARTICIPLE_WINDOW); j++) {
      if (isComma(view, j)) {
        k = j + 1;
        // The subject's last token: a pronoun, or the end of a name.
        if (!PERSONAL.has(view.word(k))) while (k + 1 < view.end && view.personStart[k] === 0 && view.pos[k + 1] === PROPN) k++;
        break;
      }
    }
    if (k < 0) return null;
  } else {
    if (!isPassive(view, first, false)) return null;
    k = first - 1;
    while (k > view.first && (view.syntax.passiveBe.holds(view, k) || view.syntax.auxiliaries.has(view.word(k)) || view.word(k).endsWith('ly'))) k--;
    if (k === first - 1) return null;
  }
  if (PERSONAL.has(view.word(k))) return { entry: PERSON_VICTIM, first: k, end: k + 1 };
  const start = view.personStart[k] - 1;
  if (start < 0 || view.leaderStart[k] > 0) return null;
  for (const a of actors) if (isStateActor(a) && a.end >= start - 1 && a.first <= k) return null;
  return { entry: PERSON_VICTIM, first: start, end: k + 1 };
}

/** Tokens that may stand between a civil victim and its passive cue ('leaders of the dock strike were tried'). */
const VICTIM_WINDOW = 4;

/**
 * The civil victim of a cue told in the passive ('Two leaders of the tenants' league were tried
 * for sedition'): the nearest actor before the cue, if civil and within a few tokens in the same
 * clause, unless a 'by' agent that is not the
 * state follows ('The governor was murdered by a student' has a state victim; 'organisers were
 * killed by gunmen' a private doer).
 */
function civilVictim(end: number, actors: Match[], view: SentenceView, first: number): Match[] | null {
  const nearest = lastActorBefore(actors, first);
  // The state named as the doer, before an active cue or after 'by', with civil society in the
  // sentence: 'In 1921 soldiers shot dead a docker during the strike', 'A young teacher, active in
  // the union, was shot dead by the police'.
  // Not when the state is the victim: 'The governor was murdered by a student', 'the governor was
  // assassinated by a soldier'.
  const civil = actors.find((a) => a.entry.kind === 'civil');
  const passive = isPassive(view, first) || view.syntax.passiveBe.holds(view, first);
  if (civil !== undefined && (nearest === null || nearest.entry.kind !== 'state' || !passive)) {
    if (nearest !== null && nearest.entry.kind === 'state' && first - nearest.end <= VICTIM_WINDOW && !hasBreak(view, nearest.end, first)) return [nearest, civil];
    const agent = passive && byAgent(view, end) ? agentAfter(actors, end, isState) : null;
    if (agent !== null) return [agent, civil];
  }
  // Anyone killed or tried by the state's forces, named after 'by', is the state's victim, unless
  // the victim is the state's own ('at least fifteen people were killed by the police and the army'
  // in riots; not 'The governor was murdered by a soldier').
  if (civil === undefined && passive && byAgent(view, end) && (nearest === null || nearest.entry.kind !== 'state')) {
    const agent = agentAfter(actors, end, isState);
    if (agent !== null) return [agent];
  }
  // The victim is the cue's subject: close before it, in its clause ('the union leader Chico …
  // was shot dead'; not 'demonstrations occurred nationwide, …, the president was assassinated'),
  // or the civil actor a relative clause before the cue describes ('Journalists who criticised the
  // governor were beaten').
  const closeCivil = nearest !== null && nearest.entry.kind === 'civil' && first - nearest.end <= VICTIM_WINDOW && !hasBreak(view, nearest.end, first);
  const victim = closeCivil ? nearest : (relativeHead(view, actors, first) ?? insertedVictim(view, actors, first));
  if (victim === null) return null;
  if (byAgent(view, end) && agentAfter(actors, end, (a) => !isState(a)) !== null) return null;
  return [victim];
}

/** Most tokens of a phrase set off by commas between a subject and its verb ('Hasan Fehmi, the editor of the opposition paper Serbesti, was shot dead'). */
const INSERTED_WINDOW = 16;
// Parts of speech before the head noun of an apposition ('a young union organiser').
const HEAD_MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN', 'ADV'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));
/** Words that open an apposition ('Hasan Fehmi, the editor of …,'). */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an']);

/**
 * The civil actor a phrase set off by commas, right before the cue (auxiliaries between), tells
 * the subject to be: an apposition that names it ('Hasan Fehmi, the editor of the opposition paper
 * Serbesti, was shot dead on the bridge'), or the head of a relative clause opened after its name
 * ('The poet and journalist Mirzadeh Eshghi, who had mocked the campaign for a republic, was shot
 * dead'). Null when no comma closes such a phrase right before the cue ('demonstrations occurred
 * nationwide, and the president was assassinated').
 */
function insertedVictim(view: SentenceView, actors: Match[], first: number): Match | null {
  let close = first - 1;
  while (close > view.first && (view.syntax.auxiliaries.holds(view, close) || view.syntax.passiveBe.holds(view, close))) close--;
  if (close <= view.first || !isComma(view, close)) return null;
  let open = close - 1;
  while (open > view.first && close - open <= INSERTED_WINDOW && !isComma(view, open)) open--;
  if (!isComma(view, open) || close - open > INSERTED_WINDOW) return null;
  const opener = view.word(open + 1);
  if (APPOSITION_OPENERS.has(opener)) {
    // The apposition's head noun is the civil actor ('the editor of …', 'a young union organiser'),
    // not a noun after a preposition ('the patron of a literary society'); the subject before the
    // comma is no state actor ('The minister, the editor of …').
    const before = lastActorBefore(actors, open + 1);
    if (before !== null && isStateActor(before)) return null;
    for (const a of actors) {
      if (a.entry.kind !== 'civil' || a.first <= open + 1 || a.end > close) continue;
      for (let k = open + 2; k < a.first; k++) if (!HEAD_MODIFIERS.has(view.pos[k])) return null;
      return a;
    }
    return null;
  }
  if (!view.syntax.relatives.has(opener)) return null;
  // The head: a civil actor before the comma, with at most a name between ('journalist Mirzadeh Eshghi').
  const head = lastActorBefore(actors, open + 1);
  if (head === null || head.entry.kind !== 'civil') return null;
  for (let k = head.end; k < open; k++) if (view.pos[k] !== PROPN) return null;
  return head;
}

/**
 * The civil actor that is the subject of the cue at `first`: the nearest actor before it, close and
 * in its clause, or described by a relative clause that runs on to the cue ('Union leaders fled the
 * country', 'Editors who had criticised the junta went into hiding'). Null when the nearest actor
 * is not civil ('The president fled the country after mass protests').
 */
function civilSubjectOf(first: number, actors: Match[], view: SentenceView): Match[] | null {
  const nearest = lastActorBefore(actors, first);
  // A subject shared by coordinated verbs counts: 'their editors were arrested or went into exile'.
  if (nearest !== null && nearest.entry.kind === 'civil' && first - nearest.end <= SHARED_SUBJECT_WINDOW && !hasBreakWord(view, nearest.end, first)) return [nearest];
  const head = relativeHead(view, actors, first);
  return head !== null ? [head] : null;
}

// Parts of speech that may follow a restrictive 'Only' opening a sentence: a noun phrase ('Only charities that …', 'Only two newspapers …').
const RESTRICTED_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));

/**
 * The token 'Only' when it opens the sentence before a noun phrase and the cue at `first` is in
 * its clause ('Only charities that praised the king were tolerated'); -1 otherwise ('Only in
 * 1990 were unions allowed to register', 'Only then …': a date or a time, not a restriction).
 */
export function restrictiveOnly(view: SentenceView, first: number): number {
  if (first <= view.first + 1 || view.word(view.first) !== 'only' || !RESTRICTED_PARTS.has(view.pos[view.first + 1])) return -1;
  for (let k = view.first + 1; k < first; k++) if (view.pos[k] === PUNCT) return -1;
  return view.first;
}

/** Most tokens between a subject and a verb it shares with a verb before ('editors were arrested or went into exile'). */
const SHARED_SUBJECT_WINDOW = 6;

/** True when tokens `[from, to)` hold a word or mark that breaks a clause (a comma, 'but', 'which'…); a conjunction alone does not. */
function hasBreakWord(view: SentenceView, from: number, to: number): boolean {
  for (let k = Math.max(from, view.first); k < to; k++) if (view.syntax.clauseBreaks.holds(view, k)) return true;
  return false;
}

/** Most tokens of a relative clause between the actor it describes and that actor's verb ('who investigated corruption in the ministry'). */
const RELATIVE_CLAUSE_WINDOW = 12;

/**
 * The civil actor right before a relative pronoun whose clause runs on to the cue at `first`, with
 * no clause break between ('Reporters who criticised the governor were beaten'): the subject of
 * the cue's clause, however many actors the relative clause names.
 */
function relativeHead(view: SentenceView, actors: Match[], first: number): Match | null {
  let head: Match | null = null;
  for (const a of actors) {
    if (a.end >= first) break;
    // (The pronoun itself is a clause break: the clause is checked from the word after it.)
    if (a.entry.kind === 'civil' && first - a.end <= RELATIVE_CLAUSE_WINDOW && view.syntax.relatives.holds(view, a.end) && !hasBreak(view, a.end + 1, first)) head = a;
  }
  return head;
}

/**
 * The private actor that does the cue at `[first, end)`: the nearest actor before an active cue,
 * in its clause ('the mine owners evicted'), or the actor right after 'by' behind a passive one
 * ('were evicted by the landlord').
 */
function privateAgent(first: number, end: number, actors: Match[], view: SentenceView): Match | null {
  if (isPassive(view, first)) {
    for (const a of actors) {
      if (a.first < end || a.first > end + 4) continue;
      for (let k = end; k < a.first; k++) if (view.syntax.agentPrepositions.holds(view, k)) return a.entry.kind === 'private' ? a : null;
    }
    return null;
  }
  const nearest = lastActorBefore(actors, first);
  return nearest !== null && nearest.entry.kind === 'private' && !hasBreak(view, nearest.end, first) ? nearest : null;
}

/** True when the actor right after the 'by' that follows a passive cue ending at `end` is civil ('encouraged by pro-government papers'). */
function civilByAgent(view: SentenceView, end: number, actors: Match[]): boolean {
  // 'by' right after the cue, or after an adverb: in 'co-financed projects run by indigenous
  // organisations' the 'by' is the agent of 'run', not of the cue.
  const k = end < view.end && view.word(end).endsWith('ly') ? end + 1 : end;
  if (k >= view.end || view.word(k) !== 'by') return false;
  for (const a of actors) if (a.first > k && a.first <= k + 3) return a.entry.kind === 'civil';
  return false;
}

/** Most tokens between a passive cue's end and the agent 'by' names ('were taken away by the security forces'). */
const AGENT_REACH = 4;

/** The first actor that `keep` accepts within {@link AGENT_REACH} tokens after a cue ending at `end`, or null. */
function agentAfter(actors: Match[], end: number, keep: (a: Match) => boolean): Match | null {
  for (const a of actors) if (a.first >= end && a.first <= end + AGENT_REACH && keep(a)) return a;
  return null;
}

/** An actor of the kind 'state' only ({@link isStateActor} takes any actor that is not civil or private). */
const isState = (a: Match): boolean => a.entry.kind === 'state';

/** True when 'by' follows a passive cue ending at `end` within a few tokens: the passive names its own agent ('were invited by the employers'). */
function byAgent(view: SentenceView, end: number): boolean {
  for (let k = end; k < Math.min(view.end, end + 3); k++) if (view.word(k) === 'by') return true;
  return false;
}

// POS indices of the words that open an object after a verb ('fined journeymen', 'expelled the members').
const SUBJECT_PARTS = new Set(['NOUN', 'PROPN', 'PART'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));

/**
 * The civil actor that is the subject of the active cue at `[first, end)` and the cue has an
 * object: the actor stands right before the cue (auxiliaries and adverbs between), no comma, and a
 * determiner, noun, adjective or pronoun follows ('Guild masters fined journeymen', 'The union
 * expelled the members'; not 'Students arrested in 1989 were released', a participle, nor
 * 'activists fled abroad', nor 'Students were arrested').
 */
function civilDoer(first: number, end: number, actors: Match[], view: SentenceView): Match | null {
  if (end >= view.end || !OBJECT_OPENERS.has(view.pos[end]) || isPassive(view, first)) return null;
  const nearest = lastActorBefore(actors, first);
  if (nearest === null || nearest.entry.kind !== 'civil') return null;
  // Between them, only the rest of the subject's noun phrase ('Guild masters', 'the union
  // leadership', "the union's officers") and auxiliaries or adverbs.
  // A verb of choosing and 'to' may stand before the cue: 'The members voted to dissolve the association'.
  const chosen = chosenBy(view, first);
  for (let k = nearest.end; k < first - (chosen ? 2 : 0); k++) {
    const w = view.word(k);
    if (!view.syntax.auxiliaries.has(w) && !w.endsWith('ly') && !SUBJECT_PARTS.has(view.pos[k])) return null;
  }
  return nearest;
}

/** True when a verb of choosing and 'to' stand right before token `first` ('voted to dissolve', 'decided to disband'). */
function chosenBy(view: SentenceView, first: number): boolean {
  return first - 2 >= view.first && view.word(first - 1) === 'to' && view.syntax.choiceVerbs.holds(view, first - 2);
}

/**
 * True when the cue `[first, end)` is a verb of ending ({@link Syntax.selfTerms}) told of its
 * subject alone: active, with no object, no 'by' agent and no other verb after it in its clause
 * ('The Soviet Union dissolved in December 1991', 'When Yugoslavia dissolved in 1991, …', 'The
 * crowd dispersed peacefully after the speeches', 'the federation broke up in 1968'): a state
 * ending itself, or a group breaking up, is no act of the state on civil society. Not 'the junta
 * dissolved the unions' (an object), 'were dissolved' (a passive), 'the unions dissolved by the
 * decree of 1933 were never refounded' (a participle: a verb follows in its clause), nor 'were
 * forced to dissolve' ('to' after anything but a verb of choosing: 'voted to dissolve'), nor the
 * noun ('ordered the dissolution of the association').
 */
export function endsItself(view: SentenceView, first: number, end: number): boolean {
  // Only a verb: 'the court ordered the dissolution of the association' names the act.
  if (view.pos[first] !== VERB || isPassive(view, first)) return false;
  // An object relative before its subject is the verb's object: 'newspapers, many of which the
  // judiciary then closed'.
  for (let k = first - 2; k >= Math.max(view.first, first - 6); k--) {
    if (view.syntax.relatives.holds(view, k)) return false;
    if (isComma(view, k)) break;
  }
  if (first > view.first && view.word(first - 1) === 'to' && !chosenBy(view, first)) return false;
  if (end < view.end) {
    // 'by 1850' after the verb is a date, not an agent: 'the brotherhoods had disappeared by 1850'.
    if (OBJECT_OPENERS.has(view.pos[end]) || (view.syntax.agentPrepositions.holds(view, end) && !(end + 1 < view.end && view.pos[end + 1] === NUM))) return false;
    // 'dissolved and banned the unions': two verbs sharing one object.
    if (view.pos[end] === CCONJ && end + 1 < view.end && view.pos[end + 1] === VERB) return false;
  }
  for (let k = end; k < view.end; k++) {
    if (view.syntax.clauseBreaks.holds(view, k) || view.pos[k] === CCONJ) break;
    if (view.pos[k] === VERB || view.pos[k] === AUX) return false;
  }
  return true;
}

/** True when a place's name is the object right after a cue ending at `end` ('seized Manchuria', 'occupied the Ruhr'; not 'raided Tokyo's student clubs'). */
function placeObject(view: SentenceView, end: number): boolean {
  const start = end < view.end && view.word(end) === 'the' ? end + 1 : end;
  for (let k = start; k < Math.min(view.end, start + 4); k++) {
    // A possessive place names whose the object is: 'raided Tokyo's student clubs'.
    if (view.anyPlaceStart[k] === start + 1) return k + 1 >= view.end || (view.word(k + 1) !== "'s" && view.word(k + 1) !== "'");
  }
  return false;
}

/** True when actor `a` acts for the state: neither civil society nor a private party. */
export function isStateActor(a: Match): boolean {
  return a.entry.kind !== 'civil' && a.entry.kind !== 'private';
}

/** What a polity's name acting as the state is as an actor. */
const PLACE: Entry = { kind: 'state', term: 'polity', posMask: 0 };

/** The polity named right before the cue at `first` (auxiliaries and adverbs between), as a state actor. */
function placeSubject(view: SentenceView, first: number): Match | null {
  return nameBefore(view, first, view.placeStart, PLACE);
}

/**
 * The name whose mention ends right before token `first` (auxiliaries and adverbs between), from a
 * table of mention starts by end token (`starts`: first token + 1, else 0), as the actor `entry`.
 */
function nameBefore(view: SentenceView, first: number, starts: Int32Array, entry: Entry): Match | null {
  const from = Math.max(view.first, first - 3);
  // Most cues have no such name before them: ruled out without reading a word.
  let any = false;
  for (let k = first - 1; k >= from && !any; k--) any = starts[k] > 0;
  if (!any) return null;
  for (let k = first - 1; k >= from; k--) {
    const start = starts[k];
    if (start > 0 && start - 1 >= view.first) return { entry, first: start - 1, end: k + 1 };
    const w = view.word(k);
    if (!view.syntax.auxiliaries.has(w) && !w.endsWith('ly')) return null;
  }
  return null;
}

/** What a leader named as the doer is as an actor. */
const LEADER: Entry = { kind: 'state', term: 'leader', posMask: 0 };

/**
 * The leader of the era table named right before the cue at `first`, as a state actor, when civil
 * society is the cue's object after it in the same clause ('Perón courted the unions', 'In 1946
 * İnönü allowed the Democrat Party to be founded'); not a leader's own doings ('Roh denied the
 * charges', with his family members named before).
 */
function leaderSubject(view: SentenceView, first: number, end: number, civil: Match | null): Match | null {
  if (civil === null || civil.first < end || hasBreak(view, end, civil.first)) return null;
  return nameBefore(view, first, view.leaderStart, LEADER);
}

/** What a pronoun standing for the state is as an actor. */
const ANAPHOR: Entry = { kind: 'state', term: 'anaphor', posMask: 0 };

/**
 * The pronoun subject of the cue at `first` ('It recognised the unions', 'He then closed', 'It
 * began to consult'), as a state actor: only auxiliaries, adverbs, 'to' and verbs between.
 */
function anaphor(view: SentenceView, first: number): Match | null {
  for (let k = first - 1; k >= Math.max(view.first, first - 4); k--) {
    if (view.syntax.anaphors.holds(view, k)) return { entry: ANAPHOR, first: k, end: k + 1 };
    const w = view.word(k);
    if (!view.syntax.auxiliaries.has(w) && !w.endsWith('ly') && w !== 'to' && view.pos[k] !== VERB) return null;
  }
  return null;
}

/**
 * True when the state is the subject of the sentence: the last actor before the first verb is a
 * state actor ('The new governor arrived in 1905', 'In 1936 the Popular Front government took
 * office', 'After the general strike of 1945 the government changed course': the strike opens the
 * sentence, the government acts; not 'The union grew quickly').
 */
export function stateSubject(actors: Match[], view: SentenceView): boolean {
  if (actors.length === 0) return false;
  let firstVerb = view.end;
  for (let k = view.first; k < view.end; k++) {
    if (view.pos[k] === VERB || view.pos[k] === AUX) {
      firstVerb = k;
      break;
    }
  }
  let subject: Match | null = null;
  for (let i = 0; i < actors.length && actors[i].first < firstVerb; i++) subject = actors[i];
  return subject !== null && subject.entry.kind === 'state';
}

/** True when the cue at `first` has a pronoun subject ('they closed', 'they had quietly closed'). */
function pronounSubject(view: SentenceView, first: number): boolean {
  for (let k = first - 1; k >= Math.max(view.first, first - 3); k--) {
    const w = view.word(k);
    if (view.syntax.pronounSubjects.has(w)) return true;
    if (!view.syntax.auxiliaries.has(w) && !w.endsWith('ly')) return false;
  }
  return false;
}

/**
 * True when a relative pronoun stands between the state actor `state` and the cue at `first`, with
 * a civil actor between the state and the pronoun: the cue belongs to that actor's relative clause.
 */
function inCivilRelative(state: Match, first: number, actors: Match[], view: SentenceView): boolean {
  for (let k = state.end; k < first; k++) {
    // 'that' right after the civil actor opens its relative clause too ('papers loyal to the
    // government and papers that supported the nationalists'); elsewhere it may be a conjunction.
    if (view.word(k) === 'that') {
      for (const c of actors) if (c.entry.kind === 'civil' && c.first >= state.end && c.end === k) return true;
      continue;
    }
    if (!view.syntax.relatives.holds(view, k)) continue;
    for (const c of actors) if (c.entry.kind === 'civil' && c.first >= state.end && c.end <= k) return true;
  }
  return false;
}

/**
 * True when civil society is the subject of the reversal `op`: a civil actor stands before it, in
 * subject position (before the sentence's first verb), with no state actor in between, and `op`
 * is not a passive ('domestic NGOs have been able to … stop repressive government actions'; but
 * 'the reforms lifted the ban on unions and released…' and 'prisoners were freed' are the state's).
 */
export function civilActs(op: Match, actors: Match[], view: SentenceView): boolean {
  if (isPassive(view, op.first)) return false;
  let firstVerb = view.end;
  for (let k = view.first; k < view.end; k++) {
    if (view.pos[k] === VERB) {
      firstVerb = k;
      break;
    }
  }
  let subject: Match | null = null;
  for (const a of actors) {
    if (a.end > op.first) break;
    if (a.entry.kind !== 'civil') subject = null;
    else if (a.first < firstVerb && subject === null) subject = a;
  }
  return subject !== null;
}

/**
 * A reversal standing after its cue in a passive ('censorship was relaxed', 'the ban on opposition
 * parties was lifted', 'a licence that could be withdrawn'): the reversal is a passive participle
 * a few tokens after the cue, in the same clause.
 */
export function passiveReversalAfter(view: SentenceView, cue: Match, operators: Match[], consumed: Set<Match>): Match | null {
  for (const op of operators) {
    if (op.entry.kind !== 'reversal' || consumed.has(op) || op.first < cue.end || op.first - cue.end > PASSIVE_REVERSAL_WINDOW) continue;
    // 'the ban was lifted'; an intransitive end needs no passive: 'the ban on the union lapsed in 1911'.
    if ((isPassive(view, op.first) || lapses(view, op.first)) && !hasBreak(view, cue.end, op.first)) return op;
  }
  // A lapse the lexicon hides inside a longer phrase ('Censorship ended with the revolution of
  // 1974', where 'end with' is no reversal of what follows it) or does not list as a reversal
  // ('the ban on the associations ceased to apply'; 'the state of siege came to an end in 1885').
  for (let k = cue.end; k < view.end && k - cue.end <= PASSIVE_REVERSAL_WINDOW; k++) {
    if (lapses(view, k)) return hasBreak(view, cue.end, k) ? null : { entry: LAPSE, first: k, end: k + 1 };
  }
  return null;
}

/** Tokens between a cue and the passive or lapse that undoes it ('the ban on opposition parties was lifted'). */
const PASSIVE_REVERSAL_WINDOW = 8;

/** The reversal a lapse word stands for when the lexicon did not match it as one. */
const LAPSE: Entry = { kind: 'reversal', term: 'lapse', posMask: 0 };

/**
 * True when token `k` is a lapse form with no object: 'the ban lapsed', 'censorship ended in 1918',
 * 'came to an end'; not 'the crackdown ended the protests' (an object follows), 'at the end of the
 * war' (a noun after 'the'), nor 'may end up silencing' (another verb).
 */
function lapses(view: SentenceView, k: number): boolean {
  if (!view.syntax.lapseForms.holds(view, k)) return false;
  if (k > view.first && view.word(k - 1) === 'the') return false;
  return k + 1 >= view.end || ((!OBJECT_OPENERS.has(view.pos[k + 1]) || view.syntax.lapseAdverbs.holds(view, k + 1)) && !view.syntax.lapseParticles.holds(view, k + 1));
}

// Parts of speech of an object noun phrase: 'resisted the forced evictions', 'documented the disappearances of students'.
const OBJECT_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));
/** Tokens a response may stand before the cue it answers. */
const RESPONSE_WINDOW = 4;

/**
 * The response of civil society whose object is the cue: a response word ('resist', 'document',
 * 'campaign against') right before the cue with only its object's noun phrase between, and civil
 * society as the nearest actor before the response ('Community networks formed to resist the
 * evictions', 'Human rights groups documented the disappearances'): the act answered is told as
 * what civil society did, not asserted as the state's. Not 'Activists who protested against the
 * law were arrested' (a verb stands between), nor 'the ministry defended the arrests' (the state answers).
 */
export function responseTo(view: SentenceView, cue: Match, responses: Match[], actors: Match[]): Match | null {
  for (const r of responses) {
    if (r.end > cue.first || cue.first - r.end > RESPONSE_WINDOW) continue;
    let plain = true;
    for (let k = r.end; k < cue.first && plain; k++) plain = OBJECT_PARTS.has(view.pos[k]) || view.word(k) === 'of';
    if (!plain) continue;
    const nearest = lastActorBefore(actors, r.first);
    if (nearest !== null && nearest.entry.kind === 'civil') return r;
  }
  return null;
}

/** Most tokens between a claim and a cue of its clause ('demanded that the provincial government recognise'). */
const CLAIM_WINDOW = 12;
// Parts of speech after 'and'/'or' that open a new clause with its own subject, which a claim does
// not reach ('The unions demanded that the ministry recognise them, and the police arrested …'); a
// verb after it shares the claim ('demanded that the state recognise and fund the unions').
const NEW_SUBJECT = new Set(['DET', 'PRON', 'PROPN', 'NOUN'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));

/** True when a relative pronoun stands just before token `first` (auxiliaries and adverbs between): 'who had urged'. */
function inRelative(view: SentenceView, first: number): boolean {
  for (let k = first - 1; k >= Math.max(view.first, first - 3); k--) {
    const w = view.word(k);
    if (view.syntax.relatives.has(w) || w === 'that') return true;
    if (!view.syntax.auxiliaries.has(w) && !w.endsWith('ly')) return false;
  }
  return false;
}

/**
 * The claim of civil society whose clause holds the cue: a claim word ('demand that', 'call on',
 * 'urge', 'ask ** to') before the cue, within a few tokens, with no clause break and no new
 * subject between, and civil society as the nearest actor before the claim ('The federation
 * demanded that the government recognise the right to strike', 'The bar association urged the
 * ministry to release the detained lawyers'): what civil society asks of the state is a wish, not
 * an act the sentence asserts. Not 'The ministry demanded that the unions register' (the state
 * demands), nor 'Activists who urged a boycott were arrested' (the cue stands after the clause).
 */
export function claimOf(view: SentenceView, cue: Match, claims: Match[], actors: Match[]): Match | null {
  for (const c of claims) {
    if (c.end > cue.first || cue.first - c.end > CLAIM_WINDOW) continue;
    let open = true;
    for (let k = c.end; k < cue.first && open; k++) {
      if (view.syntax.clauseBreaks.holds(view, k)) open = false;
      else if (view.pos[k] === CCONJ && k + 1 < view.end && NEW_SUBJECT.has(view.pos[k + 1])) open = false;
    }
    if (!open) continue;
    // A claim in a relative clause ends where the main clause's verb begins: 'Activists who urged a
    // boycott were arrested' asserts the arrest.
    if (inRelative(view, c.first)) {
      for (let k = c.end; k < cue.first && open; k++) if (view.pos[k] === AUX) open = false;
      if (!open) continue;
    }
    const nearest = lastActorBefore(actors, c.first);
    if (nearest !== null && nearest.entry.kind === 'civil') return c;
  }
  return null;
}

/**
 * True when the cues `[x.first, x.end)` and `[y.first, y.end)` (x first) are coordinated nouns or
 * participles: a link of `pairLinks` right after x ('and', 'or', 'punctuated by', 'combined with'),
 * then at most two modifiers ('a mixture of toleration and police surveillance', 'legal toleration
 * and violent suppression', 'sometimes tolerated and sometimes seized', 'wary tolerance punctuated
 * by crackdowns'), or 'from' x 'to' y ('swung from tolerance to repression'); an 'of' phrase may
 * follow x and a determiner open y ('the sponsorship of loyal unions with the repression of
 * independent ones').
 */
export function coordinated(view: SentenceView, x: Match, y: Match): boolean {
  // Of one part of speech: 'draining groups of external funding and clamping down on activists'
  // joins two acts, not the funding and the clampdown.
  if (y.first <= x.end || view.pos[x.first] !== view.pos[y.first]) return false;
  let k = x.end;
  // An 'of' phrase naming what x falls on may stand before the link, and a comma after it: 'the
  // sponsorship of loyal unions with the repression of independent ones', 'Tolerance of the press,
  // tempered by occasional seizures of whole editions'.
  if (k < y.first && view.word(k) === 'of') {
    k++;
    if (k < y.first && view.pos[k] === DET) k++;
    const from = k;
    while (k < y.first && k - from < 3 && OF_OBJECT.has(view.pos[k])) k++;
    if (k === from) return false;
    if (k < y.first && view.word(k) === ',') k++;
  }
  if (y.first - k > 4) return false;
  let link = '';
  for (; k < y.first && !MODIFIERS.has(view.pos[k]) && view.pos[k] !== DET; k++) link = link === '' ? view.word(k) : `${link} ${view.word(k)}`;
  // A determiner may open the second noun phrase: 'with the repression of independent ones'.
  for (; k < y.first; k++) if (!MODIFIERS.has(view.pos[k]) && view.pos[k] !== DET) return false;
  if (link === 'to') return x.first > view.first && view.word(x.first - 1) === 'from';
  return view.syntax.pairLinks.has(link);
}

// Parts of speech of a modifier between coordinated cues ('and violent suppression', 'and police surveillance', 'and sometimes seized').
const MODIFIERS = new Set(['ADJ', 'ADV', 'NOUN'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));
// Parts of speech of the object in an 'of' phrase after the first of two coordinated cues ('of loyal unions', 'of the press').
const OF_OBJECT = new Set(['ADJ', 'NOUN', 'PROPN'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));
const DET = POS_TAGS.indexOf('DET');

/**
 * True when the cue names the topic of a study, a record or a measurement rather than an act: a
 * topic noun and a link stand before it, with at most two words between link and cue ('Historians
 * have relied on the archives of the censorship office', 'the literature on state repression of
 * labour', 'scholars of repression'), or a topic head follows it ('press freedom indexes rank the
 * country among the freest').
 */
export function isTopic(view: SentenceView, first: number, end: number): boolean {
  if (end < view.end && view.syntax.topicHeads.holds(view, end)) return true;
  for (let k = first - 1; k >= Math.max(view.first + 1, first - 3); k--) {
    if (view.syntax.topicLinks.holds(view, k)) return view.syntax.topicNouns.holds(view, k - 1);
  }
  return false;
}

// Parts of speech that may stand before a participle qualifying the noun after it: 'the banned
// movements', 'many restricted bodies', 'of banned parties', 'invited exiled opposition groups';
// not a subject ('The regime banned opposition parties'), an auxiliary ('had banned unions'), a
// conjunction ('arrested the leaders and jailed organisers') or a comma ('The junta, fearing
// unrest, banned opposition newspapers'), where the participle is a finite verb.
const QUALIFIER_BEFORE = new Set(['DET', 'ADJ', 'ADP', 'VERB'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));
const NOUN = POS_TAGS.indexOf('NOUN');
const ADJ = POS_TAGS.indexOf('ADJ');
/** Most tokens between a relative pronoun and a cue of its clause ('who had been dismissed from'). */
const BACKGROUND_RELATIVE_WINDOW = 5;

/**
 * True when the cue `[first, end)` only describes a participant of the sentence, as the background
 * of what it asserts, not an act it asserts: a participle before the noun it qualifies ('The same
 * decade saw the churches move into the space that the banned movements had left'), one after
 * 'those' ('to raise money for the families of those imprisoned'), or a cue in a relative clause
 * told in the pluperfect, before the time of the main clause ('an electrician who had been
 * dismissed from the shipyard, founded the Free Trade Unions', 'Leaders who had escaped internment
 * formed a commission'). A main clause that asserts an act of its own still counts in full.
 */
export function backgrounded(view: SentenceView, first: number, end: number): boolean {
  if (end === first + 1 && end < view.end && (view.pos[first] === VERB || view.pos[first] === ADJ) && view.word(first).endsWith('ed')) {
    // 'of those imprisoned', not the subject 'Those arrested in 1989 were union organisers'.
    if (first > view.first + 1 && view.word(first - 1) === 'those' && view.pos[first - 2] === ADP) return true;
    const before = first === view.first || QUALIFIER_BEFORE.has(view.pos[first - 1]);
    if (before && (view.pos[end] === NOUN || view.pos[end] === PROPN)) return true;
  }
  // Only the relative clause's verb group may stand between its pronoun and the cue: 'had', 'been',
  // adverbs, and the verb whose object the cue is ('who had escaped internment'); not 'Editors who
  // had criticised the junta went into hiding', where the cue is the main clause's.
  let had = false;
  for (let k = first - 1; k >= Math.max(view.first, first - BACKGROUND_RELATIVE_WINDOW); k--) {
    const w = view.word(k);
    if (view.syntax.relatives.has(w)) return had && k > view.first;
    if (w === 'had') had = true;
    else if (!view.syntax.passiveBe.has(w) && !view.syntax.auxiliaries.has(w) && !w.endsWith('ly') && !(k === first - 1 && view.pos[k] === VERB)) return false;
  }
  return false;
}
