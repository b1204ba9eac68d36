/**
 * The record of earlier rules (`pipeline/stance-history.json`), from which the stance model's
 * combiner learns how far the rules are to be trusted on text they were not written from.
 *
 * The rules score 0.95 on the seed essay and 0.85–0.98 on the development sentences, because they
 * were tuned on them; on new text they score 0.6–0.8. A model trained on their output on the
 * development material would trust them as on the seed. So each set of development material is
 * read by the rules as they stood when the set was written, before anyone tuned them on it (the
 * commit that added a full-gold set, committed before any run; the parent of the commit that
 * added a labelled file with its rules), and what they said is kept here: label, confidence, the
 * kinds of their cues, and what that commit's lexicon finds in the sentence (read by today's
 * matcher), beside each set's date.
 *
 * Usage (slow: extracts and compiles ten commits; needs git and the repository's history):
 *   npx tsc -p tsconfig.build.json && node dist/tools/stance-history.js [--work DIR] [--out FILE]
 * DIR (default: a folder in the OS temp dir) keeps the extracted commits between runs.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMain } from '../is-main.js';
import { compileLexicon, type StanceLexicon, type StanceRulesFile } from '../stages/stance/lexicon.js';
import { matchSentence, viewTokens } from '../stages/stance/match.js';
import { lexiconFlags, type LexiconFlags } from '../stages/stance/model.js';
import { fnv1a } from '../stages/stance/split.js';
import { foundationPipeline, fullGoldTexts, labelledRecords, ROOT, run, type DevRecord } from './stance-data.js';

/** Each commit and the material it had not seen. */
export const SNAPSHOTS: { commit: string; sets: string[] }[] = [
  { commit: 'e1683b0', sets: ['fullgold'] },
  { commit: '3ac3a0d', sets: ['fullgold-2'] },
  { commit: 'a9b3074', sets: ['fullgold-3'] },
  { commit: '4dc2263', sets: ['fullgold-4'] },
  { commit: '8cca044', sets: ['fullgold-5'] },
  { commit: '7b661e0', sets: ['dev-2.jsonl'] },
  { commit: '2a66935', sets: ['dev-3.jsonl'] },
  { commit: '443c831', sets: ['dev-5.jsonl'] },
  { commit: 'dc6e525', sets: ['dev-6.jsonl'] },
  { commit: '8059498', sets: ['countries.jsonl'] },
];

/** One record as an earlier version of the rules read it. */
export interface HistoryRecord {
  key: string;
  /** FNV-1a hash of the record's text (hex): a row edited since is left out of training. */
  hash: string;
  label: string;
  confidence: number;
  kinds: string[];
  /** What that version's lexicon found: any of 'state', 'civil', 'context', 'a', 'b'. */
  found: string[];
}

export interface HistoryFile {
  $comment: string;
  /** First-commit date (ISO) of each development group: a record's words model learns only from groups older than its snapshot. */
  groups: Record<string, string>;
  snapshots: { commit: string; date: string; sets: string[]; records: HistoryRecord[] }[];
}

const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/** Extracts and compiles `commit` under `work`; returns its folder. */
function checkout(commit: string, work: string): string {
  const dir = join(work, commit);
  if (existsSync(join(dir, 'dist', 'analyze.js'))) return dir;
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${commit} | tar -x -C ${JSON.stringify(dir)}`, { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));
  execSync('npx tsc -p tsconfig.build.json', { cwd: dir, stdio: 'inherit' });
  if (existsSync(join(dir, 'dist', 'tools', 'build-validators.js'))) execSync('node dist/tools/build-validators.js', { cwd: dir, stdio: 'ignore' });
  return dir;
}

/** What an old version says of each item: label, confidence, cue kinds and the texts of the sentences read. */
interface OldReading {
  key: string;
  label: string;
  confidence: number;
  kinds: string[];
  texts: string[];
}

/**
 * The script run in an old commit's folder: reads tasks on stdin, prints readings. A labelled row
 * is labelled as the tests label it (mixed if any sentence is, else its first pole); a gold unit
 * gets the sentence that overlaps it most, aligned by today's `alignUnits`.
 */
const READER = `
import { readFileSync } from 'node:fs';
const [oldRoot, evalUrl] = process.argv.slice(1);
const { analyzeDocument } = await import(oldRoot + '/dist/analyze.js');
const { alignUnits } = await import(evalUrl);
const tasks = JSON.parse(readFileSync(0, 'utf8'));
const out = [];
const stanceOf = (doc, s) => (doc.layers.stances ?? []).find((x) => x.sentenceId === s.id) ?? { label: 'neutral', confidence: 0.85, cues: [] };
for (const t of tasks) {
  if (t.rows) {
    for (const r of t.rows) {
      const doc = analyzeDocument(r.text);
      const st = doc.layers.sentences.map((s) => stanceOf(doc, s));
      const labels = st.map((s) => s.label);
      const label = labels.includes('mixed') ? 'mixed' : (labels.find((l) => l !== 'neutral') ?? 'neutral');
      out.push({ key: r.key, label, confidence: Math.max(...st.map((s) => s.confidence)), kinds: [...new Set(st.flatMap((s) => s.cues.map((c) => c.kind)))], texts: doc.layers.sentences.map((s) => s.text) });
    }
  } else {
    const doc = analyzeDocument(t.text, { id: t.name });
    const spans = alignUnits(doc, t.units);
    for (const g of t.gold) {
      const span = spans.get(g.id);
      if (!span) continue;
      let best = null, overlap = 0;
      for (const s of doc.layers.sentences) { const o = Math.min(s.end, span.end) - Math.max(s.start, span.start); if (o > overlap) { best = s; overlap = o; } }
      if (!best) continue;
      const st = stanceOf(doc, best);
      out.push({ key: 'fg:' + t.name + '#' + g.id, label: st.label, confidence: st.confidence, kinds: [...new Set(st.cues.map((c) => c.kind))], texts: [best.text] });
    }
  }
}
process.stdout.write(JSON.stringify(out));
`;

/** Today's rules file with the sections and keys an old one lacks (so that today's compiler takes it). */
function oldLexicon(dir: string): StanceLexicon {
  const today = JSON.parse(readFileSync(join(ROOT, 'pipeline', 'stance.json'), 'utf8')) as StanceRulesFile;
  const old = JSON.parse(readFileSync(join(dir, 'pipeline', 'stance.json'), 'utf8')) as StanceRulesFile;
  return compileLexicon({ ...old, syntax: { ...today.syntax, ...old.syntax }, thresholds: { ...today.thresholds, ...old.thresholds } });
}

const FLAG_NAMES: (keyof LexiconFlags)[] = ['state', 'civil', 'context', 'a', 'b'];

/** Builds the history file. */
export function buildHistory(work: string): HistoryFile {
  const rows = labelledRecords();
  const texts = fullGoldTexts();
  const foundation = foundationPipeline();
  const records = new Map<string, DevRecord>(rows.map((r) => [r.key, r]));
  const evalUrl = pathToFileURL(join(ROOT, 'dist', 'tools', 'eval.js')).href;
  const snapshots: HistoryFile['snapshots'] = [];
  for (const { commit, sets } of SNAPSHOTS) {
    const dir = checkout(commit, work);
    const tasks: unknown[] = sets.flatMap((set): unknown[] =>
      set.endsWith('.jsonl')
        ? [{ rows: rows.filter((r) => r.group === set).map((r) => ({ key: r.key, text: r.text })) }]
        : texts.filter((t) => t.dir === `tests/fixtures/${set}`).map((t) => ({ name: t.name, text: t.text, units: t.units, gold: t.gold })),
    );
    const readings = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', READER, dir, evalUrl], { cwd: dir, input: JSON.stringify(tasks), encoding: 'utf8', maxBuffer: 1 << 28 })) as OldReading[];
    const lexicon = oldLexicon(dir);
    const out: HistoryRecord[] = [];
    for (const r of readings) {
      // What the old lexicon finds in each sentence read, by today's matcher.
      const found = new Set<string>();
      for (const text of r.texts) {
        const doc = run(foundation, text);
        const tokens = doc.layers.tokens!;
        const view = viewTokens(doc.layers.clean!.text, tokens.cleanStart, tokens.cleanEnd, tokens.pos);
        for (const s of doc.layers.sentences ?? []) {
          const flags = lexiconFlags(matchSentence(lexicon, view, s.tokenStart, s.tokenEnd));
          for (const f of FLAG_NAMES) if (flags[f]) found.add(f);
        }
      }
      const text = records.get(r.key)?.text ?? r.texts.join(' ');
      out.push({ key: r.key, hash: fnv1a(text).toString(16), label: r.label, confidence: r.confidence, kinds: r.kinds.sort(), found: FLAG_NAMES.filter((f) => found.has(f)) });
    }
    snapshots.push({ commit: git('rev-parse', commit), date: git('log', '-1', '--format=%aI', commit), sets, records: out });
    process.stderr.write(`${commit}: ${out.length} records\n`);
  }
  const groups: Record<string, string> = {};
  for (const r of rows) groups[r.group] ??= git('log', '--diff-filter=A', '--format=%aI', '--', r.file).split('\n').pop()!;
  for (const t of texts) groups[`fg:${t.name}`] ??= git('log', '--diff-filter=A', '--format=%aI', '--', `${t.dir}/${t.name}.gold.json`).split('\n').pop()!;
  return {
    $comment:
      'What earlier versions of the stance rules said of development material they had not seen (src/tools/stance-history.ts): per snapshot, the commit, its date and its records (key as in src/tools/stance-data.ts, hash of the text, label, confidence, cue kinds, and what that commit\'s lexicon finds: state/civil/context actors, cues of pole a/b). `groups`: the date each development group was first committed. Read by src/tools/train-stance.ts.',
    groups,
    snapshots,
  };
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const arg = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const work = arg('--work', join(tmpdir(), 'stance-history'));
  const out = arg('--out', join(ROOT, 'pipeline', 'stance-history.json'));
  const history = buildHistory(work);
  // One record a line: a diff shows which records changed.
  const body = history.snapshots
    .map((s) => `  {"commit": ${JSON.stringify(s.commit)}, "date": ${JSON.stringify(s.date)}, "sets": ${JSON.stringify(s.sets)}, "records": [\n${s.records.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]}`)
    .join(',\n');
  writeFileSync(out, `{\n "$comment": ${JSON.stringify(history.$comment)},\n "groups": ${JSON.stringify(history.groups, null, 1).replace(/\n/g, '\n ')},\n "snapshots": [\n${body}\n ]\n}\n`);
  process.stderr.write(`wrote ${out}\n`);
}
