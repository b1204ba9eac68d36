/**
 * Stage `periods`: labels every sentence with the stage its main assertion is about — `stage1` …
 * `stageN`, `before`, `after`, `span` or `none` — following ANNOTATION.md: an explicit date of the
 * main assertion decides, even in another stage's section (a flashback); undated sentences take
 * the stage of the section they stand in (or, outside stage sections, the dated sentence before
 * them in the paragraph); remarks about the text are `none`; speculation in a concluding section
 * is `after`.
 */
import {
  layer,
  temporalBySentence,
  POS_TAGS,
  type Cue,
  type PeriodAssignment,
  type PeriodLabel,
  type PeriodStage,
  type Sentence,
  type TemporalExpression,
} from '../../doc.js';
import { defineStage } from '../../stage.js';
import { mapInterval, regions, type Mapping, type Region } from './mapping.js';
import { PhraseMatcher, Words } from './phrases.js';
import { sectionRoles, type SectionRole } from './sections.js';

export interface PeriodsOptions {
  /** Data file (default: `periods.json`). */
  rules: string;
}

interface PeriodsData {
  beforeWords: string[];
  backgroundClauseWords: string[];
  endMarkers: string[];
  metaDiscourse: string[];
  futureCues: string[];
  durativeCues: string[];
  shortIntervalYears: number;
  confidence: Record<'dated' | 'datedSubordinate' | 'midpoint' | 'section' | 'inherited' | 'meta' | 'future' | 'durative' | 'undated', number>;
}

interface PeriodsRules {
  /** Matches a bounding word at the end of the text before a date ('Before 1960'). */
  beforeDate: RegExp;
  endBeforeDate: RegExp;
  background: RegExp;
  /** Cheap test that a sentence may open a background clause at all. */
  mayHaveBackground: RegExp;
  /** The clause words among a sentence's words: a cheaper test still, where it is exact. */
  backgroundWords: PhraseMatcher;
  endMarker: RegExp;
  meta: PhraseMatcher;
  future: PhraseMatcher;
  durative: PhraseMatcher;
  shortIntervalYears: number;
  confidence: PeriodsData['confidence'];
}

const phrase = (words: string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

function compile(d: PeriodsData): PeriodsRules {
  return {
    beforeDate: new RegExp(`\\b(?:${phrase(d.beforeWords)})\\s*$`, 'iu'),
    endBeforeDate: new RegExp(`\\b(?:${phrase(d.endMarkers)})\\s*$`, 'iu'),
    background: new RegExp(`(?:^|[,;:(—–]\\s*)(${phrase(d.backgroundClauseWords)})\\b`, 'giu'),
    endMarker: new RegExp(`^(?:${phrase(d.endMarkers)})\\b`, 'iu'),
    mayHaveBackground: new RegExp(`\\b(?:${phrase(d.backgroundClauseWords)})\\b`, 'iu'),
    backgroundWords: new PhraseMatcher(d.backgroundClauseWords),
    meta: new PhraseMatcher(d.metaDiscourse),
    future: new PhraseMatcher(d.futureCues),
    durative: new PhraseMatcher(d.durativeCues),
    shortIntervalYears: d.shortIntervalYears,
    confidence: d.confidence,
  };
}

const VERB = POS_TAGS.indexOf('VERB');
const AUX = POS_TAGS.indexOf('AUX');

// Units that make the sentence's words disagree with the clause regex: an apostrophe joins words
// the regex separates ("while's"), /iu folds 'ſ' and the Kelvin sign into ASCII letters, and 'İ'
// lower-cases to an ASCII 'i' the regex does not see.
const WORDS_DISAGREE = /['’\u0130\u017f\u212a]/;

/**
 * True when the sentence may open a background clause. Without the units above, the regex can
 * only match where the sentence's words hold a clause word, so the words rule most sentences out.
 */
function mayHaveBackground(s: Sentence, words: Words, rules: PeriodsRules): boolean {
  if (!WORDS_DISAGREE.test(s.text) && rules.backgroundWords.find(words) === null) return false;
  return rules.mayHaveBackground.test(s.text);
}

/**
 * Clean-offset ranges of the sentence covered by contrastive, conditional and relative clauses:
 * from the clause word to the first comma, semicolon, colon or dash after a verb. `words` are the
 * sentence's words.
 */
function backgroundRanges(s: Sentence, words: Words, tokens: { cleanStart: Int32Array; pos: Uint8Array }, rules: PeriodsRules): [number, number][] {
  const ranges: [number, number][] = [];
  if (!mayHaveBackground(s, words, rules)) return ranges;
  rules.background.lastIndex = 0;
  for (let m = rules.background.exec(s.text); m !== null; m = rules.background.exec(s.text)) {
    const start = s.cleanStart + m.index + m[0].length - m[1].length;
    let sawVerb = false;
    let end = s.cleanEnd;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      if (tokens.cleanStart[t] <= start) continue;
      if (tokens.pos[t] === VERB || tokens.pos[t] === AUX) sawVerb = true;
      const c = s.text[tokens.cleanStart[t] - s.cleanStart];
      if (sawVerb && (c === ',' || c === ';' || c === ':' || c === '—' || c === '–')) {
        end = tokens.cleanStart[t];
        break;
      }
    }
    ranges.push([start, end]);
  }
  return ranges;
}

/** The role of a section no stage claims. */
const OTHER_ROLE: SectionRole = { stage: null, role: 'other' };
const STAGE_LABEL = /^stage(\d+)$/;

function assignment(s: Sentence, cues: Cue[], label: PeriodLabel, confidence: number): PeriodAssignment {
  const m = STAGE_LABEL.exec(label);
  return { sentenceId: s.id, label, stage: m ? Number(m[1]) : null, confidence, cues };
}

/** True when clean offset `at` lies in one of `ranges`. */
function inRanges(at: number, ranges: [number, number][]): boolean {
  for (const [a, b] of ranges) if (at >= a && at < b) return true;
  return false;
}

/** Maps a date of the main assertion, `offset` units into sentence `s`, to a stage. */
function mapDate(t: TemporalExpression, offset: number, s: Sentence, rs: Region[], rules: PeriodsRules): Mapping {
  // "Before 1960": the bound lies outside the expression the temporal stage found.
  const preceding = s.text.slice(Math.max(0, offset - 14), offset);
  const before = rules.beforeDate.test(preceding) && t.from !== null;
  const interval = before ? { from: null, to: t.from! - 1 } : { from: t.from, to: t.to };
  const ends = before || rules.endMarker.test(t.text) || rules.endBeforeDate.test(preceding);
  return mapInterval(interval, rs, ends, rules.shortIntervalYears);
}

function cue(kind: string, text: string, span?: { start: number; end: number }): Cue {
  return span ? { kind, text, start: span.start, end: span.end } : { kind, text };
}

export const periods = defineStage<PeriodsOptions, PeriodsRules>({
  name: 'periods',
  version: 1,
  description: 'Labels each sentence by the stage its main assertion is about (stageN, before, after, span, none), with cues.',
  requires: ['clean', 'sections', 'sentences', 'tokens', 'temporal', 'periodisation'],
  provides: ['periods'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { rules: { type: 'string', default: 'periods.json' } },
  },
  prepare: (options, env) => compile(env.loadData<PeriodsData>(options.rules)),
  run(doc, { resources: rules }) {
    const sentences = layer(doc, 'sentences');
    const sections = layer(doc, 'sections');
    const tokens = layer(doc, 'tokens');
    const temporal = layer(doc, 'temporal');
    const { stages } = layer(doc, 'periodisation');
    const conf = rules.confidence;
    if (stages.length === 0) {
      // Pushed like the assignments below, so that the layer's array has one shape whatever the text.
      const none: PeriodAssignment[] = [];
      for (const s of sentences) none.push({ sentenceId: s.id, label: 'none', stage: null, confidence: 1, cues: [cue('periodisation', 'the text claims no periodisation')] });
      return { layers: { periods: none } };
    }
    const rs = regions(stages);
    const roles = sectionRoles(sections, stages, temporal);
    const thesisSentences = new Set(stages.flatMap((s) => s.announcedIn));
    const lastStage = stages[stages.length - 1];
    const bySentence = temporalBySentence(temporal);
    const { text: clean, map } = layer(doc, 'clean');
    const sectionById = new Map(sections.map((x) => [x.id, x]));
    const out: PeriodAssignment[] = [];
    let previousDated: { paragraphId: string; label: PeriodLabel; id: string } | null = null;
    // Read again for every sentence: its buffers are reused.
    const words = new Words();

    for (const s of sentences) {
      const role = roles.get(s.sectionId) ?? OTHER_ROLE;
      const expressions = bySentence.get(s.id);
      words.read(clean, s.cleanStart, s.cleanEnd);
      const cues: Cue[] = [];
      // The dates of the main assertion, mapped to stages; those of background clauses only give cues.
      const mapped: { t: TemporalExpression; m: Mapping }[] = [];
      if (expressions) {
        const background = backgroundRanges(s, words, tokens, rules);
        for (const t of expressions) {
          const at = map.toClean(t.start);
          if (inRanges(at, background)) cues.push(cue('background-date', t.text, t));
          else if (rs) mapped.push({ t, m: mapDate(t, at - s.cleanStart, s, rs, rules) });
        }
      }
      const meta = rules.meta.find(words);
      const inConclusion = role.role === 'conclusion';
      const future = inConclusion ? rules.future.find(words) ?? (/\?\s*$/.test(s.text) ? '?' : null) : null;
      const durative = rules.durative.find(words);

      if (thesisSentences.has(s.id)) {
        cues.push(cue('thesis', 'the sentence announces the stages'));
        out.push(assignment(s, cues, 'span', conf.dated));
      } else if (meta) {
        cues.push(cue('meta', meta));
        const spans = mapped.find((x) => x.m.label === 'span');
        if (spans) cues.push(cue('temporal', spans.t.text, spans.t));
        out.push(assignment(s, cues, spans ? 'span' : 'none', conf.meta));
      } else if (mapped.length > 0 && !(future && mapped.every((x) => x.m.label === 'span'))) {
        const first = mapped[0];
        cues.push(cue('temporal', first.t.text, first.t));
        if (first.m.how !== 'inside') cues.push(cue('rule', first.m.how));
        out.push(assignment(s, cues, first.m.label, first.m.how === 'midpoint' ? conf.midpoint : conf.dated));
        previousDated = { paragraphId: s.paragraphId, label: first.m.label, id: s.id };
        continue;
      } else if (durative) {
        cues.push(cue('durative', durative));
        out.push(assignment(s, cues, 'span', conf.durative));
      } else if (future) {
        cues.push(cue('future', future));
        out.push(assignment(s, cues, 'after', conf.future));
      } else if (role.role === 'stage' && role.stage) {
        const sec = sectionById.get(s.sectionId);
        cues.push(cue('section', sec?.heading ?? s.sectionId, sec?.headingSpan ?? undefined));
        out.push(assignment(s, cues, `stage${role.stage.ordinal}`, conf.section));
      } else if (inConclusion) {
        // After the last stage: the present of an open last stage, else after it.
        cues.push(cue('section', 'concluding section'));
        out.push(assignment(s, cues, lastStage.to === null ? `stage${lastStage.ordinal}` : 'after', conf.section));
      } else if (previousDated && previousDated.paragraphId === s.paragraphId) {
        cues.push(cue('inherited', previousDated.id));
        out.push(assignment(s, cues, previousDated.label, conf.inherited));
      } else {
        cues.push(cue('undated', 'no date, outside the stages’ sections'));
        out.push(assignment(s, cues, 'none', conf.undated));
      }
    }
    return { layers: { periods: out } };
  },
});
