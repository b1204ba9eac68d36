/**
 * Stage `stance`: for every sentence, whether it asserts repression of civil society by the state,
 * cooperation between them, both (mixed), or neither (neutral), with the cues that decided it
 * (ANNOTATION.md, 'Stance of a sentence'). A lexicon of cues, actors, negation, reversal,
 * contrast and intensity markers (`pipeline/stance.json`) decides; one linear pass over each
 * sentence's tokens with a precompiled phrase trie, no second reading of the text. Where the rules
 * are unsure (neutral, though they set aside a cue whose actors the sentence does not name), a
 * statistical model (`pipeline/stance-model.json`, model.ts) may give the label instead, and says
 * so in the cues; then a words model (`pipeline/stance-words.json`, words.ts) that also reads the
 * stage's label may replace it when it is sure enough, and says so too.
 */
import { layer, POS_TAGS, type Cue, type Entity, type Stance, type StanceAssignment, type TokenTable } from '../../doc.js';
import { defineStage } from '../../stage.js';
import { stateSubject, type SentenceView } from './clauses.js';
import { decide } from './decide.js';
import { compileLexicon, type StanceLexicon, type StanceRulesFile } from './lexicon.js';
import { matchSentence, viewTokens, type TokenView } from './match.js';
import { compileModel, secondOpinion, type StanceModel, type StanceModelFile } from './model.js';
import { WordsModel, type WordsModelFile } from './words.js';
import { NamedActors, tokenAt } from './names.js';
// Names are folded as the entities stage folds them (case, accents, apostrophes), so that its
// entities' names meet the era table's.
import { fold } from '../entities/lexicon.js';

export interface StanceOptions {
  /** Data file with the lexicon and rules (default: `stance.json`). */
  rules: string;
  /** The era table (default: `eras.json`), whose leaders, named as the subject of a cue, act for the state. */
  leaders: string;
  /**
   * The statistical second opinion (default: `stance-model.json`; model.ts), consulted where the
   * rules are unsure; null or absent: the rules alone.
   */
  model?: string | null;
  /**
   * The third opinion (default: `stance-words.json`; words.ts), asked of every sentence after the
   * rules and the second opinion; null: none.
   */
  words?: string | null;
}

/** What the stage reads from its data: the lexicon, and the names of leaders (folded). */
interface StanceResources {
  lexicon: StanceLexicon;
  leaders: Set<string>;
  model: StanceModel | null;
  words: WordsModel | null;
}

/** Checks that a model's labels are the lexicon's none, first pole, second pole and both, in that order. */
function withLexiconLabels<M extends { labels: Stance[] }>(model: M, lexicon: StanceLexicon): M {
  const wanted = [lexicon.labels.none, lexicon.labels.a, lexicon.labels.b, lexicon.labels.both];
  if (model.labels.join() !== wanted.join()) throw new Error(`stance model: labels must be ${wanted.join(', ')}, in that order`);
  return model;
}

/** The names (full and short) of the leaders in an era table. */
function leaderNames(file: { eras: { type?: string; names?: string[]; short?: string[] }[] }): Set<string> {
  const out = new Set<string>();
  for (const e of file.eras) {
    if (e.type !== 'leader') continue;
    for (const n of [...(e.names ?? []), ...(e.short ?? [])]) out.add(fold(n));
  }
  return out;
}

const ADP = POS_TAGS.indexOf('ADP');
const CCONJ = POS_TAGS.indexOf('CCONJ');

/**
 * For each token that ends a mention which is no object of a preposition ('In 1996 Uganda cut …',
 * not 'NGOs in Kenya'; not 'Under Kaunda'), the mention's first token + 1 (0 elsewhere): in
 * `places`, of a country or other polity (GPE); in `leaders`, of a leader of the era table (a
 * PERSON: 'Perón', 'Kenneth Kaunda'). Such a name right before a cue is the state acting ('Uganda
 * cut the grants it paid to human rights groups', 'Perón courted the unions').
 */
function subjectNames(entities: Entity[], tokens: TokenTable, leaderNames: Set<string>): { places: Int32Array; leaders: Int32Array; anyPlaces: Int32Array; persons: Int32Array } {
  const places = new Int32Array(tokens.count);
  const leaders = new Int32Array(tokens.count);
  // Every mention of a person who is no leader, wherever it stands: a victim of a passive cue
  // ('Mustafa Amin was arrested').
  const persons = new Int32Array(tokens.count);
  // Every mention of a polity or another place (GPE, LOC), wherever it stands: an object of
  // coercion that is a territory ('the army seized Manchuria').
  const anyPlaces = new Int32Array(tokens.count);
  // Polity and leader mentions as (first, last) pairs, each with its table, read twice: once to
  // mark the objects of a preposition, once to fill the tables.
  const firsts: number[] = [];
  const lasts: number[] = [];
  const outs: Int32Array[] = [];
  // Token ends of names that are objects of a preposition: a name joined to one by 'and' is an
  // object too ('migration to Britain and Ireland has weakened unions').
  const objects = new Uint8Array(tokens.count);
  for (const e of entities) {
    const place = e.type === 'GPE' || e.type === 'LOC';
    let out: Int32Array | null = null;
    if (e.type === 'GPE') out = places;
    else if (e.type === 'PERSON' && (leaderNames.has(fold(e.canonical)) || e.aliases.some((a) => leaderNames.has(fold(a))))) out = leaders;
    const person = e.type === 'PERSON' && out === null;
    if (!place && out === null && !person) continue;
    for (const m of e.mentions) {
      if (m.sentenceId === null) continue;
      const first = tokenAt(tokens.start, tokens.count, m.start);
      const last = tokenAt(tokens.end, tokens.count, m.end);
      if (first < 0 || last < first) continue;
      if (place) anyPlaces[last] = first + 1;
      if (person) persons[last] = first + 1;
      if (out === null) continue;
      if (first > 0 && tokens.pos[first - 1] === ADP) objects[last] = 1;
      firsts.push(first);
      lasts.push(last);
      outs.push(out);
    }
  }
  for (let i = 0; i < firsts.length; i++) {
    const first = firsts[i];
    if (objects[lasts[i]] === 1 || (first > 1 && tokens.pos[first - 1] === CCONJ && objects[first - 2] === 1)) continue;
    outs[i][lasts[i]] = first + 1;
  }
  return { places, leaders, anyPlaces, persons };
}

/** Fills `kinds` with the kind of each of `cues`, in order (repeats kept: the words model counts a kind once). */
function cueKinds(cues: readonly Cue[], kinds: string[]): string[] {
  kinds.length = 0;
  for (const c of cues) kinds.push(c.kind);
  return kinds;
}

export const stance = defineStage<StanceOptions, StanceResources>({
  name: 'stance',
  version: 1,
  description: 'Stance of each sentence towards state–civil society relations (repression, cooperation, mixed, neutral), from a lexicon with negation, reversal, contrast and intensity rules.',
  requires: ['clean', 'sentences', 'tokens', 'entities'],
  provides: ['stances'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: { type: 'string', default: 'stance.json' },
      leaders: { type: 'string', default: 'eras.json' },
      model: { type: ['string', 'null'], default: 'stance-model.json' },
      words: { type: ['string', 'null'], default: 'stance-words.json' },
    },
  },
  prepare(options, env) {
    const lexicon = compileLexicon(env.loadData<StanceRulesFile>(options.rules));
    const model = options.model ? withLexiconLabels(compileModel(env.loadData<StanceModelFile>(options.model)), lexicon) : null;
    const words = options.words ? withLexiconLabels(new WordsModel(env.loadData<WordsModelFile>(options.words)), lexicon) : null;
    return { lexicon, leaders: leaderNames(env.loadData(options.leaders)), model, words };
  },
  run(doc, { resources: { lexicon, leaders, model, words: wordsModel } }) {
    const clean = layer(doc, 'clean').text;
    const tokens = layer(doc, 'tokens');
    const tokenView = viewTokens(clean, tokens.cleanStart, tokens.cleanEnd, tokens.pos);
    // Lower-cased words, sliced only for the few tokens the rules look at, once each.
    const words: (string | undefined)[] = new Array(tokens.count);
    const word = (i: number): string => {
      let w = words[i];
      if (w === undefined) {
        w = clean.slice(tokens.cleanStart[i], tokens.cleanEnd[i]).toLowerCase();
        if (w.includes('’')) w = w.replace(/’/g, "'");
        words[i] = w;
      }
      return w;
    };
    const span = (kind: string, first: number, end: number): Cue => ({
      kind,
      text: clean.slice(tokens.cleanStart[first], tokens.cleanEnd[end - 1]),
      start: tokens.start[first],
      end: tokens.end[end - 1],
    });
    const stances: StanceAssignment[] = [];
    // Whether the sentence before, in the same paragraph, had the state as its subject: a pronoun
    // subject here may stand for it ('The new governor arrived in 1905. He closed the nationalist
    // newspapers').
    let paragraph = '';
    // One view, moved from sentence to sentence (the rules keep no reference to it).
    const names = subjectNames(layer(doc, 'entities'), tokens, leaders);
    const view: SentenceView = { word, hash: tokenView.hash, pos: tokens.pos, first: 0, end: 0, syntax: lexicon.syntax, span, stateBefore: false, placeStart: names.places, leaderStart: names.leaders, anyPlaceStart: names.anyPlaces, personStart: names.persons };
    const named = new NamedActors(layer(doc, 'entities'), tokens);
    // The kinds of a sentence's cues, for the words model: one list, refilled for each sentence.
    const kinds: string[] = [];
    for (const sentence of layer(doc, 'sentences')) {
      if (sentence.paragraphId !== paragraph) view.stateBefore = false;
      paragraph = sentence.paragraphId;
      view.first = sentence.tokenStart;
      view.end = sentence.tokenEnd;
      const matches = matchSentence(lexicon, tokenView, sentence.tokenStart, sentence.tokenEnd);
      // What the lexicon itself found (before named actors are added) is what the model reads.
      const lexiconActors = matches.actors;
      matches.actors = named.actorsOf(matches.actors, matches.cues, view);
      const d = decide(lexicon, matches, view);
      view.stateBefore = stateSubject(matches.actors, view);
      const second = model !== null && d.unnamed.length > 0 ? secondOpinion(model, d, { ...matches, actors: lexiconActors }, tokenView, sentence.tokenStart, sentence.tokenEnd, span) : null;
      let assignment: StanceAssignment;
      if (second) {
        // The model's label, its probability, and the cues that explain it before the rules' own.
        const cues = [...second.cues, ...d.cues].sort((x, y) => (x.start ?? -1) - (y.start ?? -1) || (x.end ?? -1) - (y.end ?? -1));
        assignment = { sentenceId: sentence.id, label: second.opinion.label, confidence: Math.round(second.opinion.probability * 100) / 100, cues };
      } else assignment = { sentenceId: sentence.id, label: d.label, confidence: d.confidence, cues: d.cues };
      const third = wordsModel?.opinion(tokenView, sentence.tokenStart, sentence.tokenEnd, assignment.label, cueKinds(assignment.cues, kinds)) ?? null;
      if (third) {
        assignment.label = third.label;
        assignment.confidence = Math.round(third.probability * 100) / 100;
        assignment.cues = [...assignment.cues, { kind: 'words-model', text: `${third.label} ${third.probability.toFixed(2)}` }];
      }
      stances.push(assignment);
    }
    return { layers: { stances } };
  },
});
