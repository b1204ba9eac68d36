/**
 * `npm run eval`: scores every text that has gold in ../shared/gold against the pipeline's output
 * and prints one table (also written as JSON to output/eval.json).
 *
 * Alignment: each gold unit's text is found, in order, in the document's clean text (ignoring
 * whitespace, dash and quote variants), which gives the unit a span of the original text. Every
 * span of the report (sentence, temporal expression, citation, entity mention) then belongs to the
 * unit that contains it, whatever the sentence boundaries.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../analyze.js';
import type { Doc, PeriodStage } from '../doc.js';
import { isMain } from '../is-main.js';

interface GoldUnit {
  id: string;
  kind: string;
  text: string;
}
interface GoldFile {
  units?: { id: string; period: string; stance: string }[];
  dates?: { unit: string | null; text: string; kind: string; from: number | null; to: number | null; edtf: string }[];
  citations?: { unit?: string | null; text: string; authors: string[]; year: string; pages: string | null; form: string }[];
  entities?: { canonical: string; type: string; aliases: string[]; units: string[] }[];
  periodisation?: { claimed_count: number | null; stages: { ordinal: number; label: string | null; from: number | null; to: number | null }[] };
  references?: { authors: string[]; year: string; title: string }[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

/**
 * Normalises text for comparison: quotes, dashes, case, whitespace, and a symbol bullet at the
 * start ('• Two ruptures divide …'): gold may keep it in a unit's text, while the clean stage
 * leaves it out of the sentence as layout.
 */
export function normalise(text: string): string {
  return text
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[•▪◦‣] /u, '')
    .toLowerCase();
}

function score(tp: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, predicted, gold };
}

/** Multiset intersection size of two lists of keys. */
function matchCount(predicted: string[], gold: string[]): number {
  const pool = new Map<string, number>();
  for (const g of gold) pool.set(g, (pool.get(g) ?? 0) + 1);
  let tp = 0;
  for (const p of predicted) {
    const n = pool.get(p) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(p, n - 1);
    }
  }
  return tp;
}

/** Finds each unit's span in the original text; units not found get null. */
/** Characters of a gold unit's start (and end) that anchor it when the whole unit is not found. */
const ANCHOR = 40;
const MIN_ANCHOR = 8;
/** How much longer than the gold unit its clean text may run before its end is taken from the gold length. */
const TAIL_SLACK = 400;

export function alignUnits(doc: Doc, units: GoldUnit[]): Map<string, { start: number; end: number } | null> {
  const clean = doc.layers.clean!;
  const compactChars: string[] = [];
  const compactToClean: number[] = [];
  const key = (c: string): string => normalise(c);
  for (let i = 0; i < clean.text.length; i++) {
    const c = clean.text[i];
    if (/\s/.test(c)) continue;
    compactChars.push(key(c));
    compactToClean.push(i);
  }
  const compact = compactChars.join('');
  const spans = new Map<string, { start: number; end: number } | null>();
  let from = 0;
  const compactOf = (u: GoldUnit): string => normalise(u.text).replace(/\s+/g, '');
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const wanted = compactOf(u);
    let at = compact.indexOf(wanted, from);
    let length = wanted.length;
    if (at < 0) {
      // Gold and clean text may differ in detail (a marker, a joined word): anchor on the start,
      // and end where the unit's last characters are found; never past the next unit's start (a
      // gold unit longer than its clean text would otherwise swallow the next one).
      // (A short unit anchors on its first three fifths: 'The press was free in 1820.[4]'.)
      at = compact.indexOf(wanted.slice(0, Math.min(ANCHOR, Math.max(MIN_ANCHOR, Math.floor(wanted.length * 0.6)))), from);
      if (at >= 0) {
        const tail = wanted.slice(-ANCHOR);
        const tailAt = compact.indexOf(tail, at);
        let end = tailAt >= 0 && tailAt + tail.length <= at + wanted.length + TAIL_SLACK ? tailAt + tail.length : at + wanted.length;
        const next = i + 1 < units.length ? compact.indexOf(compactOf(units[i + 1]).slice(0, ANCHOR), at + 1) : -1;
        if (next > at && next < end) end = next;
        length = Math.min(end, compact.length) - at;
      }
    }
    if (at < 0 || length <= 0) {
      spans.set(u.id, null);
      continue;
    }
    const cleanStart = compactToClean[at];
    const cleanEnd = compactToClean[at + length - 1] + 1;
    spans.set(u.id, clean.map.toOriginal(cleanStart, cleanEnd));
    from = at + length;
  }
  return spans;
}

/** The unit whose span holds most of `span`. */
function unitOf(span: { start: number; end: number }, unitSpans: [string, { start: number; end: number }][]): string | null {
  let best: string | null = null;
  let bestOverlap = 0;
  for (const [id, u] of unitSpans) {
    const overlap = Math.min(u.end, span.end) - Math.max(u.start, span.start);
    if (overlap > bestOverlap) {
      best = id;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Mean F1 over the labels present in gold or prediction; `pairs` are [gold, predicted]. */
export function macroF1(pairs: (readonly [string, string])[]): number {
  const labels = new Set(pairs.flatMap(([g, p]) => [g, p]));
  let sum = 0;
  for (const l of labels) {
    const tp = pairs.filter(([g, p]) => g === l && p === l).length;
    const predicted = pairs.filter(([, p]) => p === l).length;
    const gold = pairs.filter(([g]) => g === l).length;
    sum += score(tp, predicted, gold).f1;
  }
  return labels.size === 0 ? 0 : sum / labels.size;
}

export interface TextEvaluation {
  name: string;
  metrics: Record<string, number | string | null>;
  notes: string[];
}

/** Scores one text against its gold. */
export function evaluateText(name: string, text: string, gold: GoldFile, units: GoldUnit[] | null): TextEvaluation {
  const doc = analyzeDocument(text, { id: name });
  const metrics: TextEvaluation['metrics'] = {};
  const notes: string[] = [];
  const unitSpans = units ? alignUnits(doc, units) : new Map();
  const located = [...unitSpans].filter((e): e is [string, { start: number; end: number }] => e[1] !== null);
  const unitFor = (span: { start: number; end: number }): string | null => (units ? unitOf(span, located) : null);
  if (units) {
    const missing = [...unitSpans].filter(([, s]) => s === null).map(([id]) => id);
    if (missing.length) notes.push(`gold units not found in the clean text: ${missing.join(', ')}`);
    const sentenceUnits = units.filter((u) => u.kind === 'sentence');
    const ours = new Set((doc.layers.sentences ?? []).map((s) => normalise(s.text)));
    metrics['sentences exact'] = sentenceUnits.filter((u) => ours.has(normalise(u.text))).length / sentenceUnits.length;
  }

  if (gold.dates && doc.layers.temporal) {
    const key = (unit: string | null, t: string): string => `${unit ?? ''}|${normalise(t)}`;
    const predicted = doc.layers.temporal.map((t) => ({ k: key(gold.dates![0]?.unit === null ? null : unitFor(t), t.text), t }));
    const goldKeys = gold.dates.map((d) => ({ k: key(d.unit, d.text), d }));
    const tp = matchCount(predicted.map((p) => p.k), goldKeys.map((g) => g.k));
    const s = score(tp, predicted.length, goldKeys.length);
    metrics['temporal P'] = s.precision;
    metrics['temporal R'] = s.recall;
    metrics['temporal F1'] = s.f1;
    let valueOk = 0;
    let matched = 0;
    const used = new Set<number>();
    for (const g of goldKeys) {
      const i = predicted.findIndex((p, j) => !used.has(j) && p.k === g.k);
      if (i < 0) continue;
      used.add(i);
      matched++;
      if (predicted[i].t.from === g.d.from && predicted[i].t.to === g.d.to) valueOk++;
      else notes.push(`temporal value: '${g.d.text}' gold ${g.d.from}..${g.d.to}, ours ${predicted[i].t.from}..${predicted[i].t.to}`);
    }
    metrics['temporal value acc'] = matched ? valueOk / matched : null;
    for (const g of goldKeys) if (!predicted.some((p) => p.k === g.k)) notes.push(`temporal missed: ${g.d.unit ?? ''} '${g.d.text}'`);
    for (const p of predicted) if (!goldKeys.some((g) => g.k === p.k)) notes.push(`temporal extra: ${unitFor(p.t) ?? ''} '${p.t.text}'`);
  }

  if (gold.citations && doc.layers.citations) {
    const key = (unit: string | null | undefined, authors: string[], year: string, form: string): string =>
      `${unit ?? ''}|${authors.map(normalise).join(';')}|${year}|${form}`;
    const useUnits = gold.citations.some((c) => c.unit);
    const predicted = doc.layers.citations.map((c) => key(useUnits ? unitFor(c) : null, c.authors, c.year, c.form));
    const goldKeys = gold.citations.map((c) => key(useUnits ? c.unit : null, c.authors, c.year, c.form));
    const s = score(matchCount(predicted, goldKeys), predicted.length, goldKeys.length);
    metrics['citations P'] = s.precision;
    metrics['citations R'] = s.recall;
    metrics['citations F1'] = s.f1;
    for (const g of goldKeys) if (!predicted.includes(g)) notes.push(`citation missed: ${g}`);
    for (const p of predicted) if (!goldKeys.includes(p)) notes.push(`citation extra: ${p}`);
  }

  if (gold.entities && doc.layers.entities && units) {
    // An entity mention is (unit, type, canonical); a predicted canonical matches a gold entity
    // when it or one of its aliases equals the gold canonical or one of the gold aliases.
    const goldPairs = new Set<string>();
    for (const e of gold.entities) for (const u of e.units) goldPairs.add(`${u}|${e.type}|${normalise(e.canonical)}`);
    const predictedPairs = new Set<string>();
    for (const e of doc.layers.entities) {
      const names = new Set([e.canonical, ...e.aliases].map(normalise));
      const g = gold.entities.find((ge) => ge.type === e.type && [ge.canonical, ...ge.aliases].some((a) => names.has(normalise(a))));
      const canonical = normalise(g ? g.canonical : e.canonical);
      for (const m of e.mentions) {
        const u = unitFor(m);
        if (u) predictedPairs.add(`${u}|${e.type}|${canonical}`);
      }
    }
    const tp = [...predictedPairs].filter((p) => goldPairs.has(p)).length;
    const s = score(tp, predictedPairs.size, goldPairs.size);
    metrics['entities P'] = s.precision;
    metrics['entities R'] = s.recall;
    metrics['entities F1'] = s.f1;
    for (const g of goldPairs) if (!predictedPairs.has(g)) notes.push(`entity missed: ${g}`);
    for (const p of predictedPairs) if (!goldPairs.has(p)) notes.push(`entity extra: ${p}`);
  }

  if (gold.units?.length && units) {
    const sentences = doc.layers.sentences ?? [];
    const periods = new Map((doc.layers.periods ?? []).map((p) => [p.sentenceId, p.label as string]));
    const stances = new Map((doc.layers.stances ?? []).map((p) => [p.sentenceId, p.label as string]));
    const periodPairs: [string, string][] = [];
    const stancePairs: [string, string][] = [];
    for (const g of gold.units) {
      const span = unitSpans.get(g.id);
      if (!span) continue;
      let best: (typeof sentences)[number] | null = null;
      let bestOverlap = 0;
      for (const s of sentences) {
        const overlap = Math.min(s.end, span.end) - Math.max(s.start, span.start);
        if (overlap > bestOverlap) [best, bestOverlap] = [s, overlap];
      }
      if (!best) continue;
      if (periods.size) periodPairs.push([g.period, periods.get(best.id) ?? 'none']);
      if (stances.size) stancePairs.push([g.stance, stances.get(best.id) ?? 'neutral']);
    }
    if (periodPairs.length) {
      metrics['period acc'] = periodPairs.filter(([g, p]) => g === p).length / gold.units.length;
      metrics['period macro-F1'] = macroF1(periodPairs);
    }
    if (stancePairs.length) {
      metrics['stance acc'] = stancePairs.filter(([g, p]) => g === p).length / gold.units.length;
      metrics['stance macro-F1'] = macroF1(stancePairs);
    }
  }

  if (gold.periodisation && doc.layers.periodisation) {
    const ours = doc.layers.periodisation;
    const g = gold.periodisation;
    metrics['claimed count'] = `${ours.claimedCount ?? 'null'} / ${g.claimed_count ?? 'null'}`;
    const years = (s: { from: number | null; to: number | null }): string => `${s.from ?? '?'}–${s.to ?? ''}`;
    const stageYears = g.stages.filter((gs, i) => {
      const o: PeriodStage | undefined = ours.stages[i];
      return o && o.from === gs.from && o.to === gs.to;
    }).length;
    metrics['stage years'] = g.stages.length ? stageYears / g.stages.length : ours.stages.length === 0 ? 1 : 0;
    const labels = g.stages.filter((gs, i) => {
      const o = ours.stages[i];
      // (A stage the text does not name is right unnamed: 'Chapter 2 covers 1980–1992' gives no name.)
      if (o && !gs.label) return !o.label;
      return o && gs.label && o.label && (normalise(o.label).includes(normalise(gs.label)) || normalise(gs.label).includes(normalise(o.label)));
    }).length;
    metrics['stage labels'] = g.stages.length ? labels / g.stages.length : ours.stages.length === 0 ? 1 : 0;
    notes.push(`stages: ours [${ours.stages.map((s) => `${s.label ?? '—'} ${years(s)}`).join('; ')}] gold [${g.stages.map((s) => `${s.label ?? '—'} ${years(s)}`).join('; ')}]`);
  }
  return { name, metrics, notes };
}

const TARGETS: Record<string, string> = {
  'sentences exact': '≥ 0.99',
  'temporal F1': '≥ 0.95',
  'temporal value acc': '≥ 0.95',
  'citations F1': '= 1.00 (seed)',
  'entities F1': '≥ 0.90',
  'period acc': '≥ 0.90',
  'stance acc': '≥ 0.85',
  'stance macro-F1': '≥ 0.75',
};

function format(v: number | string | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return typeof v === 'number' ? v.toFixed(3) : v;
}

/** Runs the evaluation over every gold file; prints the table; returns the results. */
export function main(argv: string[]): TextEvaluation[] {
  const arg = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const goldDir = resolve(arg('--gold', join('..', 'shared', 'gold')));
  const corpusDir = resolve(arg('--corpus', join('..', 'shared', 'corpus')));
  const out = arg('--out', join('output', 'eval.json'));
  const verbose = argv.includes('--verbose');
  // The default paths hold when the command runs in a checkout beside ../shared (as the project is laid out).
  if (!existsSync(goldDir)) {
    process.stderr.write(`periodcheck eval: no gold directory at ${goldDir}; run it in a checkout beside ../shared, or pass --gold DIR --corpus DIR\n`);
    process.exitCode = 1;
    return [];
  }
  const names = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/, '')).sort();
  const results: TextEvaluation[] = [];
  for (const name of names) {
    const textFile = join(corpusDir, `${name}.txt`);
    if (!existsSync(textFile)) continue;
    const gold = JSON.parse(readFileSync(join(goldDir, `${name}.gold.json`), 'utf8')) as GoldFile;
    const unitsFile = join(goldDir, `${name}.units.json`);
    const units = existsSync(unitsFile) ? (JSON.parse(readFileSync(unitsFile, 'utf8')) as GoldUnit[]) : null;
    results.push(evaluateText(name, readFileSync(textFile, 'utf8'), gold, units));
  }
  const metricNames = [...new Set(results.flatMap((r) => Object.keys(r.metrics)))];
  const header = ['metric', ...results.map((r) => r.name), 'target'];
  const rows = metricNames.map((m) => [m, ...results.map((r) => format(r.metrics[m])), TARGETS[m] ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  if (verbose) for (const r of results) for (const n of r.notes) console.log(`${r.name}: ${n}`);
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 1)}\n`);
  console.log(`\n(details: ${out}; notes with --verbose)`);
  return results;
}

if (isMain(import.meta.url)) main(process.argv.slice(2));
