/**
 * The corpus overview: one index row per text and one CSV row per sentence, projected from reports
 * so that a researcher can open a whole batch in a spreadsheet, pandas or R.
 *
 * - `index.json` holds {@link IndexRow}s (nested: stages and checks as objects);
 * - `index.csv` flattens them: `stage1_label, stage1_from, …` up to the largest number of stages in
 *   the batch, and one `check_<id>` column per check id met in the batch (first-seen order);
 * - `sentences.csv` has one row per sentence of every text ({@link SENTENCE_COLUMNS}).
 *
 * Quoting is Papa Parse's (RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled), never string joins. Absent values are empty cells. Periodisation fields are optional in
 * reports (a pipeline may not run those stages): rows simply leave their cells empty then.
 */
import Papa from 'papaparse';
import { STANCES, type CheckStatus, type Stance } from './doc.js';
import type { Report } from './report.js';

/** Stance shares (0–1, four decimals) by label. */
export type StanceShares = Record<Stance, number>;

/** A claimed stage as the index shows it. */
export interface IndexStage {
  ordinal: number;
  label: string | null;
  from: number | null;
  to: number | null;
  /** Sentences whose period is this stage (null when the report has no period labels). */
  sentences: number | null;
  /** Stance shares among this stage's sentences (null when no sentence of it has a stance). */
  stance: StanceShares | null;
}

/** One row of `index.json`: an input, `ok` or `failed`, with what a corpus overview needs. */
export interface IndexRow {
  /** The input's id; null for a JSONL line too broken to have one. */
  id: string | null;
  /** Where the input came from: its path, `-` for stdin, `file:line` for a JSONL row. */
  path: string;
  status: 'ok' | 'failed';
  /** Report file, relative to the output directory (absent for stdout and failures). */
  report?: string;
  /** For a PDF: the extracted text file the report's offsets refer to, relative to the output directory. */
  text?: string;
  /** The HTML page (`--format html`), relative to the output directory. */
  html?: string;
  /** The Markdown summary (`--format md`), relative to the output directory. */
  markdown?: string;
  /** The cited works as CSL-JSON, relative to the output directory (when the text cites any). */
  csl?: string;
  /** True when `--resume` found this input's report up to date and did not analyse it again. */
  resumed?: boolean;
  error?: { code: string; message: string };
  words?: number;
  sentences?: number;
  warnings?: number;
  sha256?: string;
  title?: string | null;
  /** Number of stages the text announces ("three stages"), when it says. */
  claimedCount?: number | null;
  /** The summary's verdict level ('supported', 'partly supported'…), when there is a summary. */
  verdict?: string | null;
  stages?: IndexStage[];
  /** Each check's status, by check id. */
  checks?: Record<string, CheckStatus>;
  /** Stance shares over all sentences that have a stance. */
  stance?: StanceShares | null;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

function sharesOf(counts: Record<Stance, number>): StanceShares | null {
  const total = STANCES.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return null;
  return Object.fromEntries(STANCES.map((s) => [s, round4(counts[s] / total)])) as StanceShares;
}

const zeroCounts = (): Record<Stance, number> => Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;

/**
 * The index row of a report. Stage sentence counts and stance shares come from the report's
 * summary when it has one, otherwise from the sentences' period and stance labels.
 * @param base id, path and file names decided by the batch
 */
export function indexRowOf(report: Report, base: Pick<IndexRow, 'id' | 'path' | 'report' | 'text' | 'resumed'>): IndexRow {
  const row: IndexRow = { ...base, status: 'ok' };
  for (const k of ['report', 'text', 'resumed'] as const) if (row[k] === undefined) delete row[k];
  row.words = report.source.words;
  row.sentences = report.sentences.length;
  row.warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
  row.sha256 = report.source.sha256;
  row.title = report.source.title;

  const overall = zeroCounts();
  const byStage = new Map<number, Record<Stance, number>>();
  const sentencesByStage = new Map<number, number>();
  let labelled = false;
  for (const s of report.sentences) {
    if (s.period) labelled = true;
    const stage = s.period?.stage ?? null;
    if (stage !== null) sentencesByStage.set(stage, (sentencesByStage.get(stage) ?? 0) + 1);
    if (!s.stance) continue;
    overall[s.stance.label]++;
    if (stage !== null) {
      const counts = byStage.get(stage) ?? zeroCounts();
      counts[s.stance.label]++;
      byStage.set(stage, counts);
    }
  }
  row.stance = sharesOf(overall);

  const p = report.periodisation;
  if (p) {
    const summaries = new Map((report.summary?.stages ?? []).map((s) => [s.ordinal, s]));
    row.claimedCount = p.claimedCount;
    row.stages = p.stages.map((st) => {
      const summary = summaries.get(st.ordinal);
      const stance = summary ? sharesOf(summary.stance.counts) : sharesOf(byStage.get(st.ordinal) ?? zeroCounts());
      const sentences = summary ? summary.sentenceCount : labelled ? (sentencesByStage.get(st.ordinal) ?? 0) : null;
      return { ordinal: st.ordinal, label: st.label, from: st.from, to: st.to, sentences, stance };
    });
    row.checks = Object.fromEntries(p.checks.map((c) => [c.id, c.status]));
  }
  if (report.summary) row.verdict = report.summary.verdictLevel;
  return row;
}

/** The index row of an input that failed. */
export function failedRow(id: string | null, path: string, error: { code: string; message: string }, extra: Partial<IndexRow> = {}): IndexRow {
  return { id, path, status: 'failed', ...extra, error };
}

/** Columns of `sentences.csv`, in order. */
export const SENTENCE_COLUMNS = [
  'text_id',
  'sentence_id',
  'start',
  'end',
  'section_id',
  'period',
  'stage',
  'period_confidence',
  'stance',
  'stance_confidence',
  'text',
] as const;

/** A cell as CSV text: numbers in JavaScript's shortest form, booleans as true/false, absent as empty. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * CSV text of `records` (no header unless `header` is given), each record ending in a newline.
 * Papa Parse rather than csv-stringify: on a batch, csv-stringify made `sentences.csv` cost almost
 * as much as wink's reading of the texts (0.86×); Papa Parse is 3.4× faster with the same output.
 */
export function toCsv(records: unknown[][], header?: readonly string[]): string {
  const rows = (header ? [[...header], ...records] : records).map((r) => r.map(cellText));
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows, { newline: '\n', header: false })}\n`;
}

/** Header line of `sentences.csv`. */
export function sentencesCsvHeader(): string {
  return toCsv([], SENTENCE_COLUMNS);
}

/** Rows of `sentences.csv` turned into CSV text at a time: bounds the garbage a long text makes. */
const CSV_ROWS_PER_CHUNK = 2000;

/**
 * The `sentences.csv` rows of a report (CSV text without header), a few thousand rows at a time, so
 * that a book-length text never needs its whole table as one string.
 */
export function* sentencesCsvChunks(report: Report): Generator<string> {
  const id = report.source.id ?? '';
  const sentences = report.sentences;
  for (let from = 0; from < sentences.length; from += CSV_ROWS_PER_CHUNK) {
    yield toCsv(
      sentences.slice(from, from + CSV_ROWS_PER_CHUNK).map((s) => [
        id,
        s.id,
        s.start,
        s.end,
        s.sectionId,
        s.period?.label ?? '',
        s.period?.stage ?? '',
        s.period ? round4(s.period.confidence) : '',
        s.stance?.label ?? '',
        s.stance ? round4(s.stance.confidence) : '',
        s.text,
      ]),
    );
  }
}

/** The `sentences.csv` rows of a report (CSV text without header; '' for a text without sentences). */
export function sentencesCsvOf(report: Report): string {
  let csv = '';
  for (const chunk of sentencesCsvChunks(report)) csv += chunk;
  return csv;
}

/**
 * Most stage column groups in `index.csv`. A text that claims more stages (a degenerate one: a
 * whole corpus pasted into one file repeats its headings) would otherwise widen every row by eight
 * columns per stage; its further stages are in `index.json`, and `stage_count` says how many there are.
 */
export const MAX_STAGE_COLUMNS = 20;

/**
 * The shape of `index.csv` for a batch: how many stage column groups and which check columns.
 * Grows as rows arrive ({@link observe}); the CSV is written once the batch is done.
 */
export class IndexCsvShape {
  maxStages = 0;
  readonly checkIds: string[] = [];
  private readonly seen = new Set<string>();

  /** Takes note of a row's stages and checks. */
  observe(row: IndexRow): void {
    this.maxStages = Math.min(MAX_STAGE_COLUMNS, Math.max(this.maxStages, row.stages?.length ?? 0));
    for (const id of Object.keys(row.checks ?? {})) {
      if (!this.seen.has(id)) {
        this.seen.add(id);
        this.checkIds.push(id);
      }
    }
  }

  /** Column names, in order. */
  columns(): string[] {
    const cols = ['id', 'path', 'status', 'error_code', 'error_message', 'report', 'text_file', 'resumed', 'words', 'sentences', 'warnings', 'title', 'claimed_count', 'stage_count', 'verdict'];
    cols.push(...STANCES.map((s) => `stance_${s}`));
    for (let k = 1; k <= this.maxStages; k++) {
      cols.push(`stage${k}_label`, `stage${k}_from`, `stage${k}_to`, `stage${k}_sentences`, ...STANCES.map((s) => `stage${k}_${s}`));
    }
    cols.push(...this.checkIds.map((id) => `check_${id}`));
    return cols;
  }

  /** The cells of `row`, matching {@link columns}. */
  record(row: IndexRow): unknown[] {
    const cells: unknown[] = [
      row.id ?? '',
      row.path,
      row.status,
      row.error?.code ?? '',
      row.error?.message ?? '',
      row.report ?? '',
      row.text ?? '',
      row.resumed ? true : '',
      row.words ?? '',
      row.sentences ?? '',
      row.warnings ?? '',
      row.title ?? '',
      row.claimedCount ?? '',
      row.stages?.length ?? '',
      row.verdict ?? '',
    ];
    cells.push(...STANCES.map((s) => row.stance?.[s] ?? ''));
    const stages = [...(row.stages ?? [])].sort((a, b) => a.ordinal - b.ordinal);
    for (let k = 0; k < this.maxStages; k++) {
      const st = stages[k];
      cells.push(st?.label ?? '', st?.from ?? '', st?.to ?? '', st?.sentences ?? '', ...STANCES.map((s) => st?.stance?.[s] ?? ''));
    }
    cells.push(...this.checkIds.map((id) => row.checks?.[id] ?? ''));
    return cells;
  }
}
