import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/report.js';
import { failedRow, IndexCsvShape, indexRowOf, MAX_STAGE_COLUMNS, sentencesCsvHeader, sentencesCsvOf, toCsv } from '../src/tables.js';
import { FIXTURES } from './helpers.js';

/** A hand-made report with claimed stages, checks and stance labels (schema/report.schema.json). */
function fixture(): Report {
  return JSON.parse(readFileSync(join(FIXTURES, 'batch', 'report-periodised.json'), 'utf8')) as Report;
}

/** RFC 4180 parsing, written independently of the writer, to read the CSV back as a consumer would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

describe('tables: index rows', () => {
  it('projects words, claimed stages with years, check statuses and stance shares from sentence labels', () => {
    const row = indexRowOf(fixture(), { id: 'harbour', path: 'harbour.txt', report: 'harbour.report.json' });
    expect(row).toEqual({
      id: 'harbour',
      path: 'harbour.txt',
      status: 'ok',
      report: 'harbour.report.json',
      words: 61,
      sentences: 5,
      warnings: 1,
      sha256: '1'.repeat(64),
      title: 'Harbour Unions, 1905–1930',
      claimedCount: 3,
      stance: { repression: 0.5, cooperation: 0.25, mixed: 0, neutral: 0.25 },
      stages: [
        { ordinal: 1, label: 'Early Years', from: 1905, to: 1920, sentences: 2, stance: { repression: 0.5, cooperation: 0.5, mixed: 0, neutral: 0 } },
        { ordinal: 2, label: 'Later Years, the "hard" ones', from: 1921, to: 1930, sentences: 1, stance: { repression: 1, cooperation: 0, mixed: 0, neutral: 0 } },
        { ordinal: 3, label: null, from: 1931, to: null, sentences: 0, stance: null },
      ],
      checks: { 'stage-count': 'pass', 'stage-evidence': 'warn' },
    });
  });

  it("prefers the summary's stage counts and verdict when the report has a summary", () => {
    const report = fixture();
    const stance = (counts: Record<string, number>) => ({ counts, shares: {} });
    report.summary = {
      stages: [
        { ordinal: 1, label: 'Early Years', from: 1905, to: 1920, sentenceCount: 4, timeline: [], topEntities: [], stance: stance({ repression: 1, cooperation: 3, mixed: 0, neutral: 0 }) as never, representative: [] },
      ],
      outside: { before: 0, after: 0, span: 1, none: 1 },
      verdict: 'Stage 1 is well supported.',
      verdictLevel: 'partly supported',
    };
    const row = indexRowOf(report, { id: 'harbour', path: 'harbour.txt' });
    expect(row.verdict).toBe('partly supported');
    expect(row.stages![0]).toEqual({ ordinal: 1, label: 'Early Years', from: 1905, to: 1920, sentences: 4, stance: { repression: 0.25, cooperation: 0.75, mixed: 0, neutral: 0 } });
    // Stages the summary does not cover fall back to the sentence labels.
    expect(row.stages![1].sentences).toBe(1);
  });

  it('leaves periodisation fields out for a report without them', () => {
    const report = fixture();
    delete report.periodisation;
    for (const s of report.sentences) {
      delete s.period;
      delete s.stance;
    }
    const row = indexRowOf(report, { id: 'plain', path: 'plain.txt' });
    expect(row).toEqual({ id: 'plain', path: 'plain.txt', status: 'ok', words: 61, sentences: 5, warnings: 1, sha256: '1'.repeat(64), title: 'Harbour Unions, 1905–1930', stance: null });
  });
});

describe('tables: CSV', () => {
  it('index.csv has one column group per stage of the longest periodisation and one column per check', () => {
    const shape = new IndexCsvShape();
    const ok = indexRowOf(fixture(), { id: 'harbour', path: 'harbour.txt', report: 'harbour.report.json' });
    const failed = failedRow('broken, "really"', 'broken.txt', { code: 'E_INPUT_ENCODING', message: 'broken.txt: not valid UTF-8 (first bad byte at offset 3)' });
    shape.observe(failed);
    shape.observe(ok);
    const csv = toCsv([shape.record(ok), shape.record(failed)], shape.columns());
    const [header, first, second, ...rest] = csv.split('\n');
    expect(rest).toEqual(['']);
    expect(header).toBe(
      'id,path,status,error_code,error_message,report,text_file,resumed,words,sentences,warnings,title,claimed_count,stage_count,verdict,' +
        'stance_repression,stance_cooperation,stance_mixed,stance_neutral,' +
        [1, 2, 3].map((k) => `stage${k}_label,stage${k}_from,stage${k}_to,stage${k}_sentences,stage${k}_repression,stage${k}_cooperation,stage${k}_mixed,stage${k}_neutral`).join(',') +
        ',check_stage-count,check_stage-evidence',
    );
    expect(first).toBe(
      'harbour,harbour.txt,ok,,,harbour.report.json,,,61,5,1,"Harbour Unions, 1905–1930",3,3,,0.5,0.25,0,0.25,' +
        'Early Years,1905,1920,2,0.5,0.5,0,0,"Later Years, the ""hard"" ones",1921,1930,1,1,0,0,0,,1931,,0,,,,,pass,warn',
    );
    expect(second).toBe('"broken, ""really""",broken.txt,failed,E_INPUT_ENCODING,broken.txt: not valid UTF-8 (first bad byte at offset 3)' + ','.repeat(40));
    const parsed = parseCsv(csv);
    expect(parsed.every((r) => r.length === parsed[0].length)).toBe(true);
    expect(parsed[1][parsed[0].indexOf('stage2_label')]).toBe('Later Years, the "hard" ones');
    expect(parsed[2][0]).toBe('broken, "really"');
  });

  it(`keeps at most ${MAX_STAGE_COLUMNS} stage column groups; stage_count tells how many stages a text claims`, () => {
    const report = fixture();
    const stage = report.periodisation!.stages[0];
    report.periodisation!.stages = Array.from({ length: MAX_STAGE_COLUMNS + 5 }, (_, i) => ({ ...stage, ordinal: i + 1 }));
    const shape = new IndexCsvShape();
    const row = indexRowOf(report, { id: 'many', path: 'many.txt' });
    shape.observe(row);
    const columns = shape.columns();
    expect(columns.filter((c) => /^stage\d+_label$/.test(c))).toHaveLength(MAX_STAGE_COLUMNS);
    expect(shape.record(row)[columns.indexOf('stage_count')]).toBe(MAX_STAGE_COLUMNS + 5);
    expect(row.stages).toHaveLength(MAX_STAGE_COLUMNS + 5);
  });

  it('sentences.csv quotes commas, quotes and line breaks, and leaves absent labels empty', () => {
    const csv = sentencesCsvHeader() + sentencesCsvOf(fixture());
    expect(csv.split('\n')[0]).toBe('text_id,sentence_id,start,end,section_id,period,stage,period_confidence,stance,stance_confidence,text');
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(6);
    expect(rows[2]).toEqual(['harbour', 's2', '53', '110', 'sec0', 'stage1', '1', '0.85', 'cooperation', '0.7', 'In 1907 the board "tolerated" it, and even funded its school.']);
    expect(rows[4]).toEqual(['harbour', 's4', '161', '220', 'sec0', 'stage2', '2', '0.95', 'repression', '0.9', 'In 1925 the hall was closed;\nits leaders were detained.']);
    expect(rows[5]).toEqual(['harbour', 's5', '221', '260', 'sec0', 'none', '', '0.6', '', '', 'The town is on a river.']);
    expect(csv).toContain('"In 1907 the board ""tolerated"" it, and even funded its school."');
  });

  it('a text without sentences adds no rows', () => {
    const report = fixture();
    report.sentences = [];
    expect(sentencesCsvOf(report)).toBe('');
  });
});
