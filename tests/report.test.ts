import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { buildPipeline, DEFAULT_PIPELINE_DIR } from '../src/pipeline.js';
import type { Report } from '../src/report.js';
import { corpusNames, corpusText, expectSliceMatches } from './helpers.js';

const schema = JSON.parse(readFileSync(resolve(__dirname, '..', 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Every span of a report with the text it claims to cover (null when it carries none). */
function spansOf(report: Report): { what: string; start: number; end: number; text: string | null }[] {
  const spans: { what: string; start: number; end: number; text: string | null }[] = [];
  for (const s of report.sections) {
    spans.push({ what: `section ${s.id}`, start: s.start, end: s.end, text: null });
    if (s.headingStart !== null && s.heading) spans.push({ what: `heading ${s.id}`, start: s.headingStart, end: s.headingEnd!, text: s.heading });
  }
  for (const s of report.sentences) spans.push({ what: `sentence ${s.id}`, start: s.start, end: s.end, text: s.text });
  for (const e of report.entities ?? []) for (const m of e.mentions) spans.push({ what: `entity ${e.id}`, start: m.start, end: m.end, text: m.text });
  for (const t of report.temporalExpressions ?? []) spans.push({ what: `temporal ${t.id}`, start: t.start, end: t.end, text: t.text });
  for (const c of report.citations ?? []) spans.push({ what: `citation ${c.id}`, start: c.start, end: c.end, text: c.text });
  for (const r of report.references ?? []) spans.push({ what: `reference ${r.id}`, start: r.start, end: r.end, text: null });
  for (const c of report.periodisation?.checks ?? []) {
    for (const e of c.evidence) if (e.start !== undefined && e.end !== undefined) spans.push({ what: `check ${c.id}`, start: e.start, end: e.end, text: e.text ?? null });
  }
  for (const d of report.diagnostics) if (d.start !== undefined && d.end !== undefined) spans.push({ what: `diagnostic ${d.code}`, start: d.start, end: d.end, text: null });
  return spans;
}

describe.each(corpusNames())('report of %s', (name) => {
  const text = corpusText(name);
  const report = analyze(text, { id: name });

  it('validates against the report schema', () => {
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('every span slices back exactly to the original text', () => {
    const spans = spansOf(report);
    expect(spans.length).toBeGreaterThan(report.sentences.length);
    for (const span of spans) {
      expect(span.start, span.what).toBeGreaterThanOrEqual(0);
      expect(span.end, span.what).toBeLessThanOrEqual(text.length);
      expect(span.end, span.what).toBeGreaterThanOrEqual(span.start);
      if (span.text !== null) expectSliceMatches(text, span, span.text, span.what);
    }
  });

  it('sentences are in order, do not overlap and sit inside their section', () => {
    const sections = new Map(report.sections.map((s) => [s.id, s]));
    let previousEnd = 0;
    for (const s of report.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = s.end;
      const section = sections.get(s.sectionId)!;
      expect(s.start).toBeGreaterThanOrEqual(section.start);
      expect(s.end).toBeLessThanOrEqual(section.end);
    }
  });
});

describe('report contract', () => {
  it('records tool, pipeline stages with versions and config hash, and the source', () => {
    const report = analyze('The union was founded in 1905. It grew fast.', { id: 'tiny' });
    expect(report.schemaVersion).toBe('1.0');
    expect(report.tool.name).toBe('periodcheck');
    expect(report.pipeline.stages[0]).toBe('clean@1');
    expect(report.pipeline.configHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.source).toMatchObject({ id: 'tiny', path: null, characters: 44, words: 9, title: null, authors: [] });
  });

  it('leaves out layers the pipeline does not produce', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-report-'));
    cpSync(DEFAULT_PIPELINE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'short.json'), JSON.stringify({ stages: [{ stage: 'clean' }, { stage: 'segment' }, { stage: 'sentences' }] }));
    const report = analyze('The union was founded in 1905. It grew fast.', { pipeline: buildPipeline(join(dir, 'short.json')) });
    for (const field of ['summary', 'periodisation', 'entities', 'temporalExpressions', 'citations']) expect(field in report, field).toBe(false);
    expect(report.sentences).toHaveLength(2);
    expect('period' in report.sentences[0]).toBe(false);
  });
});
