/**
 * Stage `temporal`: every expression that places something in historical time — years, ranges,
 * decades and their parts, centuries, days, months, seasons, relative expressions and eras — with an
 * inclusive year interval and its EDTF form (ANNOTATION.md, "Temporal expressions").
 *
 * Each sentence and each section heading is cut into tokens (aligned to wink's, for POS) and read by
 * a cascaded grammar whose lexicon and rules live in `pipeline/temporal.json`; eras come from
 * `pipeline/eras.json`. A document pass then resolves relative expressions against the nearest
 * date before them and eras against the text's own statements. Years inside citations belong to
 * the citations layer and are skipped.
 */
import { layer, type Diagnostic, type TemporalExpression } from '../../doc.js';
import { PeriodcheckError } from '../../errors.js';
import { defineStage, message } from '../../stage.js';
import { makeBuilders, makeBuiltins, type BuilderSettings } from './builders.js';
import { compileEras, type EraEntry, type EraTable } from './eras.js';
import { Grammar, type RuleSpec } from './grammar.js';
import { scan, Tokens } from './lexer.js';
import { guardVocabulary, pairStartsOf, type QuantityGuard } from './quantities.js';
import { resolveAll, type Candidate } from './resolve.js';
import { readUnits } from './units.js';
import { escapeRegExp } from '../../chars.js';

export interface TemporalOptions {
  /** Grammar data file, relative to the pipeline file (default: `temporal.json`). */
  rules: string;
  /** Era table, relative to the pipeline file (default: `eras.json`). */
  eras: string;
}

/** The shape of `temporal.json`. */
export interface TemporalData {
  years: BuilderSettings['years'];
  /** Years of three digits without an era marker: the contexts that make them dates. */
  earlyYears: { min: number; pointWords: string[]; clauseWords: string[]; verbWords: string[]; eventNouns: string[]; changeVerbs: string[]; circaWords: string[]; followers: string[]; lifeMarks: string[]; bracketRangeSpan: number; rangeSpan: number };
  parts: BuilderSettings['parts'];
  vagueCount: number;
  presentSpan: { minUnit: number };
  /** A line of the front matter that is a byline with its date ('Sava Policy Lab, Belgrade, February 2025'). */
  /** What stands right before the date at which a ruler the table does not know came to power ('who took office in 2013'). */
  accessionBefore: string;
  /** What stands between a ruler the table does not know and the open range of their tenure ('Under X, prime minister of Y from 1963'). */
  tenureBefore: string;
  /** English auxiliaries, lower case: a capitalised word the tagger calls an auxiliary and that is none of these is a name. */
  auxiliaries: string[];
  bylineLine: string;
  /** A labelled line of the front matter ('Periods: Independence (1964–1971) · …'), read for its dates. */
  infoboxLine: string;
  agePossessives: string[];
  pastAuxiliaries: string[];
  /** Absent from an older data file: then only regular past forms ('-ed') count. */
  irregularPast?: string[];
  sharedForms?: string[];
  negations: string[];
  /** Absent from an older data file: then only regnal numbers mark another ruler of a name. */
  rulerEpithets?: string[];
  /** Words too common to mark a sentence as worth reading (the grammar derives its trigger words). */
  triggerStopwords: string[];
  quantityGuard: Record<Exclude<keyof QuantityGuard, 'months' | 'maxRangeSpan' | 'pairStarts'>, string[]>;
  classes: Record<string, { caseSensitive?: boolean; phrases: Record<string, unknown> }>;
  catGroups: Record<string, string[] | string>;
  rules: RuleSpec[];
}

/** What `prepare` builds once per pipeline. */
export interface TemporalResources {
  grammar: Grammar;
  guard: QuantityGuard;
  eras: EraTable;
  vagueCount: number;
  presentSpanMinUnit: number;
  accessionBefore: RegExp;
  tenureBefore: RegExp;
  auxiliaries: ReadonlySet<string>;
  bylineLine: RegExp;
  infoboxLine: RegExp;
}

// One token buffer for all the data's phrases: a fresh one per phrase zero-filled ~10 kB of typed
// arrays each time, a third of the stage's preparation (thousands of phrases, in every worker).
const phraseTokens = new Tokens();

/** Cuts a phrase of the data as the text is cut (for the lexicon tries). */
const tokenisePhrase = (phrase: string): { norm: string; cap: boolean }[] => {
  const toks = phraseTokens;
  scan(phrase, 0, phrase.length, 0, undefined, toks);
  return Array.from({ length: toks.count }, (_, k) => ({ norm: toks.norm(k), cap: toks.cap(k) }));
};

/** Compiles the grammar and era data; throws a plain Error naming the bad rule or row. */
export function compileTemporal(data: TemporalData, erasData: { eras: EraEntry[] }): TemporalResources {
  const eras = compileEras(erasData);
  const settings: BuilderSettings = {
    years: data.years,
    parts: data.parts,
    vagueCount: data.vagueCount,
    agePossessives: new Set(data.agePossessives),
    pastAuxiliaries: new Set(data.pastAuxiliaries),
    irregularPast: new Set(data.irregularPast ?? []),
    sharedForms: new Set(data.sharedForms ?? []),
    negations: new Set(data.negations),
    rulerEpithets: new Set(data.rulerEpithets ?? []),
    countNouns: new Set(data.quantityGuard.after.map((w) => w.toLowerCase())),
    earlyYears: {
      min: data.earlyYears.min,
      pointWords: new Set(data.earlyYears.pointWords),
      clauseWords: new Set(data.earlyYears.clauseWords),
      verbWords: new Set(data.earlyYears.verbWords),
      eventNouns: new Set(data.earlyYears.eventNouns),
      circaWords: new Set(data.earlyYears.circaWords),
      changeVerbs: new Set(data.earlyYears.changeVerbs),
      clauseOpeners: new Set(data.quantityGuard.clauseOpeners.map((w) => w.toLowerCase())),
      followers: new Set(data.earlyYears.followers),
      lifeMarks: new Set(data.earlyYears.lifeMarks),
      bracketRangeSpan: data.earlyYears.bracketRangeSpan,
      rangeSpan: data.earlyYears.rangeSpan,
    },
  };
  const catGroups: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(data.catGroups)) if (Array.isArray(v)) catGroups[k] = v;
  const words = (list: string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
  const q = data.quantityGuard;
  const guardSets = {
    before: words(q.before),
    countBefore: words(q.countBefore),
    valueAt: words(q.valueAt),
    units: words(q.units),
    after: words(q.after),
    rates: words(q.rates),
    subjectVerbs: words(q.subjectVerbs),
    pointWords: words(q.pointWords),
    // Month names are the lexicon's own ("In March 1980 workers…"), read with a capital only.
    months: words(Object.keys(data.classes.month?.phrases ?? {})),
    clausePointWords: words(q.clausePointWords),
    timeWords: words(q.timeWords),
    clauseOpeners: words(q.clauseOpeners),
    connectors: words(q.connectors),
  };
  const guard: QuantityGuard = { ...guardSets, maxRangeSpan: data.years.maxRangeSpan, pairStarts: pairStartsOf(Object.values(guardSets)) };
  const grammar = new Grammar({
    classes: { ...data.classes, eraName: { caseSensitive: true, phrases: eras.phrases } },
    builtins: makeBuiltins(settings),
    catGroups,
    rules: data.rules,
    builders: makeBuilders(settings),
    tokenise: tokenisePhrase,
    stopwords: new Set(data.triggerStopwords.map((w) => w.toLowerCase())),
    vocabulary: guardVocabulary(guard),
  });
  return {
    grammar,
    guard,
    eras,
    vagueCount: data.vagueCount,
    presentSpanMinUnit: data.presentSpan.minUnit,
    accessionBefore: new RegExp(data.accessionBefore, 'iu'),
    tenureBefore: new RegExp(data.tenureBefore, 'iu'),
    auxiliaries: new Set(data.auxiliaries),
    bylineLine: new RegExp(data.bylineLine, 'u'),
    infoboxLine: new RegExp(data.infoboxLine, 'u'),
  };
}

export const temporal = defineStage<TemporalOptions, TemporalResources>({
  name: 'temporal',
  version: 1,
  description: 'Temporal expressions (years, ranges, decades, days, relative expressions, eras) with year intervals and EDTF.',
  requires: ['clean', 'blocks', 'metadata', 'sections', 'sentences', 'tokens', 'citations'],
  provides: ['temporal'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { rules: { type: 'string', default: 'temporal.json' }, eras: { type: 'string', default: 'eras.json' } },
  },
  prepare(options, env) {
    const data = env.loadData<TemporalData>(options.rules);
    const eras = env.loadData<{ eras: EraEntry[] }>(options.eras);
    try {
      return compileTemporal(data, eras);
    } catch (e) {
      throw new PeriodcheckError('E_STAGE_DATA', { stage: 'temporal', file: `${options.rules} / ${options.eras}`, problem: (e as Error).message });
    }
  },
  run(doc, { resources }) {
    const { text: clean, map } = layer(doc, 'clean');
    const messages: Diagnostic[] = [];
    const { candidates, mentions } = readUnits(doc, resources, messages);
    // Each word is counted in the text once: an era's words are asked about at each of its mentions.
    const counted = new Map<string, number>();
    const timesWritten = (w: string): number => {
      let n = counted.get(w);
      if (n === undefined) counted.set(w, (n = clean.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0));
      return n;
    };
    const { resolved, unresolved } = resolveAll(candidates, mentions, {
      present: layer(doc, 'metadata').year,
      eras: resources.eras,
      vagueCount: resources.vagueCount,
      presentSpanMinUnit: resources.presentSpanMinUnit,
      timesWritten: (words) => words.reduce((n, w) => n + timesWritten(w), 0),
    });
    for (const { candidate, reason } of unresolved) {
      const { cleanStart, cleanEnd } = candidate;
      messages.push(message('temporal', 'info', 'temporal/unresolved', `'${clean.slice(cleanStart, cleanEnd)}' left out: ${reason}`, map.toOriginal(cleanStart, cleanEnd)));
    }
    // Units are sentences or headings; a heading's unit id is its section's id (unless, in some
    // other segmentation, it is also a sentence's: looked up only then, among the sentences, the
    // last of an id). The sections of the sentences of those ids are found the first time a
    // heading's expression asks, in one pass: a search of every sentence for each dated heading
    // cost more, and so did a map of every sentence.
    const sentences = layer(doc, 'sentences');
    let sentenceSections: Map<string, string> | null = null;
    const sectionOf = (candidate: Candidate): string | undefined => {
      if (candidate.sentenceSection !== null) return candidate.sentenceSection;
      if (sentenceSections === null) {
        const headingIds = new Set<string>();
        for (const r of resolved) if (r.candidate.sentenceSection === null) headingIds.add(r.candidate.unitId);
        sentenceSections = new Map();
        for (const s of sentences) if (headingIds.has(s.id)) sentenceSections.set(s.id, s.sectionId);
      }
      return sentenceSections.get(candidate.unitId);
    };
    const temporal: TemporalExpression[] = resolved.map(({ candidate, value, cues }, i) => {
      const inSentence = sectionOf(candidate);
      const { cleanStart, cleanEnd } = candidate;
      const expression: TemporalExpression = {
        id: `t${i + 1}`,
        ...map.toOriginal(cleanStart, cleanEnd),
        text: clean.slice(cleanStart, cleanEnd),
        sentenceId: inSentence === undefined ? null : candidate.unitId,
        sectionId: inSentence ?? candidate.unitId,
        kind: value.kind,
        from: value.from,
        to: value.to,
        edtf: value.edtf,
        cues,
      };
      return expression;
    });
    return { layers: { temporal }, messages };
  },
});
