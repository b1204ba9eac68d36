/**
 * The stance rules: from the phrases found in a sentence to a label, a confidence and the cues
 * that decided it. Each rule is here because a kind of sentence needs it; the comments quote one.
 */
import { POS_TAGS, type Cue, type Stance } from '../../doc.js';
import { actorsFor, backgrounded, civilActs, claimOf, coordinated, endsItself, hasBreak, isComma, isPassive, isStateActor, isTopic, passiveReversalAfter, responseTo, restrictiveOnly, type SentenceView } from './clauses.js';
import type { CueRule, Entry, Pole, StanceLexicon } from './lexicon.js';
import type { Match, SentenceMatches } from './match.js';

/** A cue after negation, reversal and intensity have been applied. */
interface Scored {
  match: Match;
  pole: Pole;
  weight: number;
  operator: Match | null;
  intensity: Match | null;
  actors: Match[];
}

export interface Decision {
  label: Stance;
  confidence: number;
  cues: Cue[];
  /** Scores of the first and the second pole after every rule (for inspection). */
  scores: [number, number];
  /**
   * Cues of a pole set aside only because an actor of a kind they need is named nowhere in the
   * sentence (no state for an act that needs the state's agency, no civil society for one that
   * needs a civil target): the cases where the rules are unsure, not those where they read the
   * actors' roles and rejected the cue ('The governor … was shot dead'), nor a topic, a
   * recommendation or a verb of ending.
   */
  unnamed: Match[];
}

/**
 * True when the sentence names no actor of a kind the cue `m` needs (model.ts consults the model
 * only then). A cue told of its victim or of what civil society does must have a civil actor as
 * the nearest one before it: a state actor there was read as the victim or the doer ('The
 * governor, a former officer, was shot dead', 'The president fled the country'), which is no doubt.
 */
function neededUnnamed(rule: CueRule, m: Match, actors: Match[]): boolean {
  let state = false;
  let context = false;
  let civil = false;
  for (const a of actors) {
    if (a.entry.kind === 'civil') civil = true;
    else if (isStateActor(a)) {
      state = true;
      if (a.entry.kind === 'context') context = true;
    }
  }
  if (rule.civilVictim || rule.civilSubject) {
    if (actors.some((a) => isStateActor(a) && a.end <= m.first)) return false;
    return !civil || (rule.needs === 'both' && !state);
  }
  switch (rule.needs) {
    case 'state':
      return !state;
    case 'context':
      return !context;
    case 'civil':
      return !civil;
    case 'both':
      return !state || !civil;
    case 'either':
      return !state && !civil;
    default:
      return false;
  }
}

/** Confidence of a neutral label when no cue at all was found. */
const NO_CUE_CONFIDENCE = 0.85;
/** POS indices of nouns: a weight-0 cue before one modifies it. */
const NOUNS = new Set([POS_TAGS.indexOf('NOUN'), POS_TAGS.indexOf('PROPN')]);
const VERB = POS_TAGS.indexOf('VERB');
const CCONJ = POS_TAGS.indexOf('CCONJ');
const DET = POS_TAGS.indexOf('DET');
const ADJ = POS_TAGS.indexOf('ADJ');
/** The operator a restrictive 'Only' stands for in a decision's cues. */
const RESTRICTION: Entry = { kind: 'restriction', term: 'only', posMask: 0 };
const flip = (p: Pole): Pole => (p === 'a' ? 'b' : p === 'b' ? 'a' : p);

/**
 * The cues that decided a sentence, in text order: each counted cue with its operator, intensity
 * and actors; cues dropped by negation with their negation; the contrast marker of a mixed label;
 * the hypothetical marker that weakened the cues.
 */
function explain(lexicon: StanceLexicon, view: SentenceView, kept: Scored[], dropped: Cue[], contrast: Match | null, hypothetical: Match | null): Cue[] {
  const cues: Cue[] = [];
  // A sentence has a handful of cues: looking through them is cheaper than keying a set by strings.
  const add = (c: Cue): void => {
    for (const d of cues) if (d.kind === c.kind && d.start === c.start && d.end === c.end) return;
    cues.push(c);
  };
  const poleName = (p: Pole): string => (p === 'a' ? lexicon.labels.a : p === 'b' ? lexicon.labels.b : 'mixed-marker');
  for (const s of kept) {
    add(view.span(poleName(s.pole), s.match.first, s.match.end));
    if (s.operator) add(view.span(s.operator.entry.kind, s.operator.first, s.operator.end));
    if (s.intensity) add(view.span('intensity', s.intensity.first, s.intensity.end));
    for (const actor of s.actors) add(view.span(actor.entry.kind === 'civil' ? 'civil-actor' : 'state-actor', actor.first, actor.end));
  }
  for (const c of dropped) add(c);
  if (contrast) add(view.span('contrast', contrast.first, contrast.end));
  if (hypothetical) add(view.span('hypothetical', hypothetical.first, hypothetical.end));
  cues.sort((x, y) => (x.start ?? 0) - (y.start ?? 0) || (x.end ?? 0) - (y.end ?? 0));
  return cues;
}

/**
 * True when an infinitive 'to' stands in tokens `[from, to)`: what a power enables ('allowed the
 * police to detain'); not the preposition of 'swung from tolerance to repression' (a noun follows).
 */
function hasInfinitive(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.word(k) === 'to' && (k + 1 >= view.end || !NOUNS.has(view.pos[k + 1]))) return true;
  return false;
}

/** True when a negation stands right before the reversal `op` ('never stopped', 'did not lift'). */
function negatedOperator(op: Match, operators: Match[]): boolean {
  for (const n of operators) if (n.entry.kind === 'negation' && n.end <= op.first && op.first - n.end <= 1) return true;
  return false;
}

/** True when the words of `part` stand in `term` (both lemma phrases). */
function termHas(term: string, part: string): boolean {
  return ` ${term} `.includes(` ${part} `);
}

/** True when a preposition of means stands in tokens `[from, to)` ('by arresting its leaders'). */
function hasMeans(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.syntax.meansPrepositions.holds(view, k)) return true;
  return false;
}

/** Relative pronouns that open a clause describing the noun before them ('the act that had restricted strikes'). */
const RELATIVE_OPENERS = new Set(['that', 'which']);

/**
 * A reversal whose object is described by a relative clause reaches the cue of that clause: 'In
 * 1946 the government repealed the act of 1927 that had restricted sympathetic strikes' undoes the
 * restriction, as 'abolished the decree which outlawed the unions' undoes the ban. The relative
 * pronoun must follow the object within the reversal window, and only auxiliaries or adverbs
 * ('had', 'was', 'formally') may stand between it and the cue.
 */
function relativeReversal(view: SentenceView, cue: Match, operators: Match[], window: number): Match | null {
  let found: Match | null = null;
  for (const op of operators) {
    if (op.entry.kind !== 'reversal' || op.end > cue.first) continue;
    let rel = -1;
    for (let k = op.end; k < cue.first && k - op.end <= window; k++) {
      if (RELATIVE_OPENERS.has(view.word(k))) {
        rel = k;
        break;
      }
    }
    if (rel < 0 || rel === op.end || hasBreak(view, op.end, rel)) continue;
    let plain = true;
    for (let k = rel + 1; k < cue.first && plain; k++) {
      const w = view.word(k);
      plain = view.syntax.auxiliaries.has(w) || w.endsWith('ly');
    }
    if (plain) found = op;
  }
  return found;
}

/** True when the one-token cue `m` is a participle between a determiner and a noun ('the banned newspapers'). */
function prenominal(view: SentenceView, m: Match): boolean {
  return (
    m.end === m.first + 1 &&
    m.first > view.first &&
    m.end < view.end &&
    (view.pos[m.first] === VERB || view.pos[m.first] === ADJ) &&
    view.word(m.first).endsWith('ed') &&
    view.pos[m.first - 1] === DET &&
    NOUNS.has(view.pos[m.end])
  );
}

/**
 * True when the cue at `first` is a finite verb that opens a second predicate after 'and' or a
 * comma in tokens `[from, first)`: a new act, not the object of the cue before ('The regime jailed
 * the strike leaders and then legalised the union', 'banned the union and in 1950 legalised it
 * again', 'arrested the organisers, then recognised the union'). Not 'restricting foreign funding'
 * (no conjunction) nor 'barred from receiving and spending foreign money' (a gerund).
 */
function newPredicate(view: SentenceView, from: number, first: number): boolean {
  if (view.pos[first] !== VERB || view.word(first).endsWith('ing')) return false;
  for (let k = from; k < first; k++) if (view.pos[k] === CCONJ || isComma(view, k)) return true;
  // A perfect auxiliary before it makes it finite, the verb of the clause the first cue's relative
  // clause stood in: 'The same state that detained the activists had legalised the unions'; not
  // the verb of a relative clause opened after the first cue, which describes its object ('The
  // government closed the newspapers that it had licensed').
  if (first <= from || view.pos[first - 1] !== AUX || !PERFECT.has(view.word(first - 1))) return false;
  for (let k = from; k < first; k++) if (RELATIVE_OPENERS.has(view.word(k)) || view.syntax.relatives.holds(view, k)) return false;
  return true;
}

/** Auxiliaries of the perfect: a verb after one is finite ('had legalised'). */
const PERFECT = new Set(['had', 'has', 'have']);

const AUX = POS_TAGS.indexOf('AUX');

/** True when 'have' follows the modal `p`: 'should have acted' judges the past. */
function pastModal(view: SentenceView, p: Match): boolean {
  return p.end < view.end && view.word(p.end) === 'have';
}

/**
 * True when the prescription `p` makes its sentence a recommendation: its first verb ('We
 * recommend that …', 'The authorities should end …'), not a 'Should' opening the sentence ('Should
 * the ministry refuse, …' is a condition), and not before 'have'.
 */
function prescribes(view: SentenceView, p: Match): boolean {
  if ((p.first === view.first && view.word(p.first) === 'should') || pastModal(view, p)) return false;
  for (let k = view.first; k < p.first; k++) if (view.pos[k] === VERB || view.pos[k] === AUX) return false;
  return true;
}

// Parts of speech after an 'only' that restricts the recipients of a permission ('only to publishers it trusted', 'only loyal unions').
const RECIPIENT_PARTS = new Set([DET, ADJ, POS_TAGS.indexOf('NOUN'), POS_TAGS.indexOf('PROPN'), POS_TAGS.indexOf('NUM')]);

/**
 * The token 'only' right after a permission, restricting it to some of civil society, or -1: 'the
 * Ministry of Information issued licences only to publishers it trusted', 'tolerated only loyal
 * unions'; not a time ('allowed only in 1990', 'only after the war', 'only then').
 */
function onlyAfter(view: SentenceView, end: number): number {
  if (end + 1 >= view.end || view.word(end) !== 'only') return -1;
  return view.word(end + 1) === 'to' || RECIPIENT_PARTS.has(view.pos[end + 1]) ? end : -1;
}

/** Applies the rules to one sentence's matches. */
export function decide(lexicon: StanceLexicon, matches: SentenceMatches, view: SentenceView): Decision {
  const t = lexicon.thresholds;
  const { actors, functions } = matches;
  // Most sentences hold no cue at all: neutral, without building anything.
  if (matches.cues.length === 0 && !functions.some((f) => f.entry.fallback)) {
    return { label: lexicon.labels.none, confidence: NO_CUE_CONFIDENCE, cues: [], scores: [0, 0], unnamed: [] };
  }
  // A sentence that frames a concept asserts no act ('The closing of civic space is best understood
  // as a gradual process', 'I treat restrictions on foreign funding as …'): neutral, whatever its words.
  if (functions.some((f) => f.entry.kind === 'analytic')) {
    return { label: lexicon.labels.none, confidence: NO_CUE_CONFIDENCE - 0.15, cues: [], scores: [0, 0], unnamed: [] };
  }
  // A recommendation in the writer's voice asserts no relation: 'We recommend that the governments
  // protect NGO funding', 'The authorities should end the prosecution of journalists'.
  const prescription = functions.find((f) => f.entry.kind === 'prescription') ?? null;
  if (prescription !== null && prescribes(view, prescription)) {
    return { label: lexicon.labels.none, confidence: NO_CUE_CONFIDENCE - 0.15, cues: [view.span('prescription', prescription.first, prescription.end)], scores: [0, 0], unnamed: [] };
  }
  const operators = functions.filter((f) => f.entry.kind === 'negation' || f.entry.kind === 'reversal');
  const responses = functions.filter((f) => f.entry.kind === 'response');
  const claims = functions.filter((f) => f.entry.kind === 'claim');
  const consumed = new Set<Match>();
  const scored: Scored[] = [];
  const dropped: Cue[] = [];
  // Cues whose actors were not named, kept for a partner they are coordinated with (below).
  const unmet: Match[] = [];
  const unnamed: Match[] = [];
  // The last cue a reversal flipped: a cue of the same pole right after it is in the same noun
  // phrase and flips with it ('lifted the compulsory inspections', 'eased the strict controls').
  let reversed: { end: number; pole: Pole; op: Match } | null = null;

  for (const m of matches.cues) {
    if (m.entry.kind === 'block') {
      for (const op of operators) {
        if (op.entry.kind === 'reversal' && op.end <= m.first && m.first - op.end < t.reversalWindow && !hasBreak(view, op.end, m.first)) consumed.add(op);
      }
      continue;
    }
    const rule = m.entry.cue!;
    // A topic of study or measurement is no act: 'the archives of the censorship office'.
    if (rule.pole !== 'both' && isTopic(view, m.first, m.end)) continue;
    // A verb of ending with no object is what its subject did to itself: 'The Soviet Union
    // dissolved in December 1991', 'the crowd dispersed peacefully'.
    if (view.syntax.selfTerms.has(m.entry.term) && endsItself(view, m.first, m.end)) {
      dropped.push(view.span('ends-itself', m.first, m.end));
      continue;
    }
    // Civil society answering an act is its own act: 'Community networks formed to resist the
    // evictions', 'Human rights groups documented the disappearances'.
    const response = responses.length > 0 ? responseTo(view, m, responses, actors) : null;
    if (response !== null) {
      dropped.push(view.span('responded', m.first, m.end), view.span('response', response.first, response.end));
      continue;
    }
    // What civil society demands of the state, or charges it with, is its claim, not an act the
    // sentence asserts: 'The federation demanded that the government recognise the right to strike'.
    const claim = claims.length > 0 ? claimOf(view, m, claims, actors) : null;
    if (claim !== null) {
      dropped.push(view.span('claimed', m.first, m.end), view.span('claim', claim.first, claim.end));
      continue;
    }
    // A cue of weight 0 (a status only the state grants: 'registration') counts only when taken
    // away ('withdrew the registration of the network', 'denied registration'); before a noun it
    // modifies that noun, which the operator governs instead ('lifted registration requirements').
    if (rule.weight === 0 && m.end < view.end && NOUNS.has(view.pos[m.end])) continue;
    // The nearest negation or reversal before the cue, in the same clause: 'was not detained',
    // 'lifted the ban', 'refused to register'.
    let operator: Match | null = null;
    for (const op of operators) {
      if (consumed.has(op)) continue;
      // A negation in the gap of a cue negates it: 'The organisers were not tried' ('was ** tried');
      // not one the term itself holds ('did not close' is a cue of its own).
      if (op.entry.kind === 'negation' && op.first > m.first && op.end < m.end && !termHas(m.entry.term, op.entry.term)) {
        operator = op;
        break;
      }
      if (op.end > m.first) continue;
      const window = op.entry.kind === 'negation' ? (op.entry.window ?? t.negationWindow) : t.reversalWindow;
      // A reversal does not reach a cue behind a preposition of means: 'The police ended the
      // strike by arresting its leaders' ended no arrest.
      if (op.entry.kind === 'reversal' && hasMeans(view, op.end, m.first)) continue;
      if (m.first - op.end < window && !hasBreak(view, op.end, m.first)) operator = op;
    }
    // A negated reversal undoes nothing: 'it never stopped spying on their clergy', 'did not lift
    // the ban' (the cue keeps its pole).
    if (operator?.entry.kind === 'reversal' && negatedOperator(operator, operators)) {
      consumed.add(operator);
      operator = null;
    }
    // A cue that opens with an adjunct's preposition is no object of a reversal before it: 'dropped
    // the idea only under pressure from Brussels' did not end any pressure.
    if (operator?.entry.kind === 'reversal' && view.syntax.clauseBreaks.holds(view, m.first)) operator = null;
    // 'repression was not the only story' is no negated cue; 'the ban was lifted' is a reversal after it.
    operator = rule.pole === 'both' ? null : (operator ?? passiveReversalAfter(view, m, operators, consumed) ?? relativeReversal(view, m, operators, t.reversalWindow));
    if (!operator && reversed && reversed.pole === rule.pole && m.first - reversed.end <= 1 && !hasBreak(view, reversed.end, m.first)) operator = reversed.op;
    // A reversal before the cue is its verb, and the verb's subject is the cue's doer ('In 1996
    // Uganda cut the grants it had paid to human rights groups', 'Hungary withdrew its funding from …').
    const subjectEnd = operator?.entry.kind === 'reversal' && operator.end <= m.first ? operator.first : m.first;
    const used = actorsFor(rule, m.first, m.end, actors, view, subjectEnd, m.entry.term);
    // Civil society undoing repression is not the state opening up: 'NGOs … stop repressive
    // government actions' keeps its pole; 'political prisoners were freed' (a passive) flips. Only
    // a verb is an act: 'associations no longer needed the permission of the state' flips.
    // A reversal after its cue (a passive or a lapse: 'Press censorship ended in 1918') has no doer.
    if (operator?.entry.kind === 'reversal' && operator.end <= m.first && flip(rule.pole) !== lexicon.absorbingPole && view.pos[operator.first] === VERB && civilActs(operator, actors, view)) {
      consumed.add(operator);
      operator = null;
    }
    // Only a reversal that takes away ('withdraw', 'deny': their own meaning is the other pole)
    // flips a weight-0 status; 'eased registration' eases the procedure, and keeps its own meaning.
    if (rule.weight === 0 && operator?.entry.kind === 'reversal' && operator.entry.fallback?.pole !== flip(rule.pole)) continue;
    if (operator?.entry.kind === 'reversal') {
      consumed.add(operator);
      // 'lifted the ban on unions' (cue needs met) or 'relaxed controls on organising' (the
      // reversal's own meaning when the flipped cue lacks its actors).
      const fb = operator.entry.fallback;
      const fbActors = fb && fb.pole === flip(rule.pole) ? actorsFor(fb, Math.min(operator.first, m.first), Math.max(operator.end, m.end), actors, view) : null;
      // Undoing a restriction is an act of its own, whatever the weight of the restriction's word:
      // 'abolished the requirement', 'lifted the compulsory inspections'; and so is taking away
      // what the state gives, told by the reversal's own actors when the cue's are not named, if
      // they name civil society ('EWLA … lost most of its funding and much of its staff'; not
      // 'The government eased the controls on imports', where only the state is named).
      const fbWeight = fbActors && fb ? (fb.needs === 'civil' || fb.needs === 'both' ? Math.max(fb.weight, t.reversedMinWeight) : fb.weight) : 0;
      const weight = Math.max(used ? Math.max(rule.weight, t.reversedMinWeight) : 0, fbWeight);
      if (weight > 0) scored.push({ match: m, pole: flip(rule.pole), weight, operator, intensity: null, actors: used ?? fbActors ?? [] });
      reversed = { end: m.end, pole: rule.pole, op: operator };
      continue;
    }
    if (used === null && rule.weight > 0 && !operator && rule.pole !== 'both') unmet.push(m);
    if (used === null || rule.weight === 0) continue;
    if (operator?.entry.kind === 'negation') {
      // A negated repression cue asserts nothing ('no student was arrested'); negated
      // cooperation is cooperation withheld, a weak sign of the other pole ('did not recognise').
      if (rule.negated > 0) {
        scored.push({ match: m, pole: flip(rule.pole), weight: rule.weight * rule.negated, operator, intensity: null, actors: used });
      } else {
        dropped.push(view.span('negated', m.first, m.end), view.span('negation', operator.first, operator.end));
      }
      continue;
    }
    let only = rule.onlyRestricts ? restrictiveOnly(view, m.first) : -1;
    if (only < 0 && rule.onlyRestricts) only = onlyAfter(view, m.end);
    if (only >= 0) {
      // 'Only charities that praised the king were tolerated': withheld from every other group.
      scored.push({ match: m, pole: flip(rule.pole), weight: rule.weight, operator: { entry: RESTRICTION, first: only, end: only + 1 }, intensity: null, actors: used });
      continue;
    }
    // A cue that only describes a participant ('the families of those imprisoned', 'Leaders who
    // had escaped internment formed a commission') counts for little beside what the sentence asserts.
    const weight = rule.pole !== 'both' && backgrounded(view, m.first, m.end) ? rule.weight * t.backgroundFactor : rule.weight;
    scored.push({ match: m, pole: rule.pole, weight, operator: null, intensity: null, actors: used });
  }

  // Two treatments coordinated in one phrase have one agent and one target: a cue whose actors were
  // not named counts when it is joined by 'and'/'or' to a counted cue of the other pole ('The clubs
  // experienced a mixture of toleration and police surveillance', 'the churches knew both
  // recognition and harassment', 'newspapers were sometimes tolerated and sometimes seized').
  for (const m of unmet) {
    const rule = m.entry.cue!;
    const partner = scored.find((s) => s.operator === null && s.match.entry.kind === 'cue' && s.pole === flip(rule.pole) && (coordinated(view, m, s.match) || coordinated(view, s.match, m)));
    if (partner) scored.push({ match: m, pole: rule.pole, weight: rule.weight, operator: null, intensity: null, actors: partner.actors });
    else if (neededUnnamed(rule, m, actors)) unnamed.push(m);
  }

  // A reversal with nothing to reverse keeps its own meaning: 'cut off advertising', 'refused registration'.
  for (const op of operators) {
    const fb = op.entry.fallback;
    if (op.entry.kind !== 'reversal' || consumed.has(op) || !fb) continue;
    // Civil society refusing or rejecting is its own act, not the state's: 'The miners' federation
    // refused to join the government's wage council' (only a verb, with civil society its subject
    // before the sentence's first verb; 'The government refused to register the federation' stays).
    // A refusal in a relative clause describes who suffers the main clause ('Teachers who refused
    // to join the official union lost their posts') and keeps its meaning.
    if (fb.pole === lexicon.absorbingPole && view.pos[op.first] === VERB && !(op.first > view.first && view.syntax.relatives.holds(view, op.first - 1)) && civilActs(op, actors, view)) continue;
    const used = actorsFor(fb, op.first, op.end, actors, view);
    if (used) scored.push({ match: op, pole: fb.pole, weight: fb.weight, operator: null, intensity: null, actors: used });
  }
  scored.sort((x, y) => x.match.first - y.match.first);

  // Enabling: a cue that grants a power takes the infinitive after it as what it enables, so
  // permission to repress is repression, not a mixed relation ('these laws enable countries to bar
  // NGOs', 'allowed the police to detain activists without trial'; not 'combined toleration with
  // periodic repression').
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i];
    if (!s.match.entry.cue?.enabling || s.operator !== null || s.pole !== s.match.entry.cue.pole) continue;
    const next = scored.slice(i + 1).find((x) => x.pole === flip(s.pole) && x.match.first >= s.match.end);
    if (next && next.match.first - s.match.end < t.absorbWindow && !hasBreak(view, s.match.end, next.match.first, false) && hasInfinitive(view, s.match.end, next.match.first)) {
      scored.splice(i, 1);
      i--;
    }
  }

  // Absorption: a cooperation cue right after a repression cue, in its clause, is the thing
  // restricted, not a second assertion: 'restricting foreign funding', 'barriers to registration',
  // 'starved of funds'. (The other way round is a reversal: 'released jailed organisers'.) A cue
  // followed by a comma or 'and' is an item of a list, not a verb with its object: 'a mix of
  // ongoing repression, toleration, and occasional collaboration'. A passive after the cue is its
  // predicate, not its object: 'registration requirements for charities were simplified'.
  const kept: Scored[] = [];
  for (const s of scored) {
    const prev = kept[kept.length - 1];
    // A repressive participle between a determiner and a noun, after a cooperation cue in its
    // clause, describes the object that cue falls on ('The transitional government restored the
    // licences of the banned newspapers', 'legalised the dissolved unions'): no second assertion.
    if (
      prev &&
      prev.pole === flip(lexicon.absorbingPole) &&
      s.pole === lexicon.absorbingPole &&
      s.operator === null &&
      s.match.first - prev.match.end < t.absorbWindow &&
      prenominal(view, s.match) &&
      !hasBreak(view, prev.match.end, s.match.first, false)
    ) {
      continue;
    }
    if (
      prev &&
      prev.pole === lexicon.absorbingPole &&
      s.pole === flip(prev.pole) &&
      s.match.first - prev.match.end < t.absorbWindow &&
      !isPassive(view, s.match.first) &&
      !view.syntax.listJoiners.holds(view, prev.match.end) &&
      !hasBreak(view, prev.match.end, s.match.first, false) &&
      !newPredicate(view, prev.match.end, s.match.first)
    ) {
      continue;
    }
    kept.push(s);
  }

  // Intensity strengthens the nearest cue after it, else the one just before it: 'acute
  // repression', 'severely constrained', 'suppressed violently'.
  for (const f of functions) {
    if (f.entry.kind !== 'intensity') continue;
    let target = kept.find((s) => s.match.first >= f.end && s.match.first - f.end < t.intensityBefore && !s.intensity && !hasBreak(view, f.end, s.match.first));
    if (!target) {
      for (const s of kept) if (s.match.end <= f.first && f.first - s.match.end < t.intensityAfter && !s.intensity) target = s;
    }
    if (target) {
      target.intensity = f;
      target.weight *= t.intensityFactor;
    }
  }

  // A condition weakens what it governs: the whole sentence when it opens it ('If the authorities
  // loosen their grip, new groups may appear'), else the cues after it ('states impose restrictions
  // on civil society if they have abuses to hide' asserts the restrictions).
  const hypothetical = functions.find((f) => f.entry.kind === 'hypothetical' || (f.entry.kind === 'prescription' && !pastModal(view, f))) ?? null;
  const opening = hypothetical !== null && hypothetical.first - view.first <= t.hypotheticalOpening;
  let a = 0;
  let b = 0;
  let conditional = false;
  for (const s of kept) {
    const inCondition = hypothetical !== null && (opening || s.match.first >= hypothetical.end);
    const factor = inCondition ? t.hypotheticalFactor : 1;
    conditional ||= inCondition;
    if (s.pole === 'a' || s.pole === 'both') a += s.weight * factor;
    if (s.pole === 'b' || s.pole === 'both') b += s.weight * factor;
  }
  const contrast = functions.find((f) => f.entry.kind === 'contrast') ?? null;
  const minor = Math.min(a, b);
  const major = Math.max(a, b);
  let label: Stance;
  let confidence: number;
  if (major >= t.pole && (minor >= t.mixedMinor || (contrast !== null && minor >= t.mixedMinorWithContrast))) {
    label = lexicon.labels.both;
    confidence = 0.55 + 0.4 * (1 - Math.exp(-minor));
  } else if (major >= t.pole) {
    label = a >= b ? lexicon.labels.a : lexicon.labels.b;
    confidence = 0.5 + 0.45 * (1 - Math.exp(-(major - minor)));
  } else {
    label = lexicon.labels.none;
    confidence = NO_CUE_CONFIDENCE - 0.3 * Math.min(1, major / t.pole);
  }

  const cues = explain(lexicon, view, kept, dropped, label === lexicon.labels.both ? contrast : null, conditional ? hypothetical : null);
  return { label, confidence: Math.round(confidence * 100) / 100, cues, scores: [a, b], unnamed };
}
