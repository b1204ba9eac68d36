import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch.js';
import { discoverInputs } from '../src/input.js';
import { FIXTURES, pipeline } from './helpers.js';

// Two author–year citations: the citations stage needs at least two to trust the style without a reference list.
const ESSAY = readFileSync(join(FIXTURES, 'periodisation', 'dockers.txt'), 'utf8')
  .replace('The police arrested strike leaders in 1969 and banned the union newspaper.', 'The police arrested strike leaders in 1969 and banned the union newspaper (Silva 2004).')
  .replace('The union negotiated its first free contract in 1979.', 'The union negotiated its first free contract in 1979 (Costa and Reis 2011).');

async function batch(format: 'json' | 'html' | 'md'): Promise<{ out: string; rows: Awaited<ReturnType<typeof runBatch>>['rows'] }> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-out-'));
  writeFileSync(join(dir, 'dockers.txt'), ESSAY);
  const out = join(dir, 'out');
  const { rows } = await runBatch(discoverInputs([join(dir, 'dockers.txt')]), pipeline(), { outDir: out, format });
  return { out, rows };
}

describe('outputs beside each report', () => {
  it('--format html writes the JSON report, a self-contained page and index.html linking to it', async () => {
    const { out, rows } = await batch('html');
    expect(rows[0]).toMatchObject({ status: 'ok', report: 'dockers.report.json', html: 'dockers.report.html' });
    const page = readFileSync(join(out, 'dockers.report.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="dockers.report.html"');
    expect(existsSync(join(out, 'dockers.report.json'))).toBe(true);
  });

  it('--format md writes the summary as Markdown beside the JSON report', async () => {
    const { out, rows } = await batch('md');
    expect(rows[0].markdown).toBe('dockers.report.md');
    const md = readFileSync(join(out, 'dockers.report.md'), 'utf8');
    expect(md).toMatch(/^# Dockers and the State in Lisbon\n/);
    expect(md).toContain('## Claimed periodisation');
  });

  it('writes the cited works as CSL-JSON when the text cites any', async () => {
    const { out, rows } = await batch('json');
    expect(rows[0].csl).toBe('dockers.csl.json');
    const items = JSON.parse(readFileSync(join(out, 'dockers.csl.json'), 'utf8'));
    expect(items.map((i: { author: { family: string }[]; issued: unknown }) => [i.author.map((a) => a.family), i.issued])).toEqual([
      [['Silva'], { 'date-parts': [[2004]] }],
      [['Costa', 'Reis'], { 'date-parts': [[2011]] }],
    ]);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
