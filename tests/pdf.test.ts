import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch.js';
import { discoverInputs } from '../src/input.js';
import { extractPdfText, isPdf } from '../src/pdf.js';
import { expectSliceMatches, FIXTURES, pipeline } from './helpers.js';
// @ts-expect-error a plain .mjs script without type declarations
import { makePdf } from './fixtures/batch/make-pdf.mjs';

const ESSAY_PDF = join(FIXTURES, 'batch', 'essay.pdf');

describe('pdf: text extraction', () => {
  it('gives one line per printed line, blank lines at wide gaps, and a form feed between pages', async () => {
    const pdf = await extractPdfText('essay.pdf', readFileSync(ESSAY_PDF));
    expect(pdf.pages).toBe(2);
    expect(pdf.extractor).toMatch(/^pdfjs-dist@\d+\.\d+\.\d+$/);
    expect(pdf.text).toBe(
      [
        'Journal of Port Histories',
        '',
        'Harbour Unions in a Port Town',
        '',
        'A. N. Author',
        '',
        'The dockers’ union was founded in 1905 in the port. It grew',
        'fast and struck in 1907, when the harbour board refused to',
        'negotiate with its leaders.',
        '',
        'Early Years (1905–1920)',
        '',
        'In the early years the union ran a small school and a',
        'mutual fund. Its organ-',
        'isation was loose, and the board tolerated it.',
        '',
        '1\fJournal of Port Histories',
        '',
        'Later Years (1921–1930)',
        'The union split in 1921 after a long dispute. By 1925 the',
        'police had closed its hall and detained two of its leaders.',
        '',
        '2',
      ].join('\n'),
    );
  });

  it('joins pieces of one line drawn separately, with a space where the gap shows one', async () => {
    const bytes: Buffer = makePdf([[[72, 500, 10, 'The strike'], [122, 500, 10, 'of 1907'], [72, 487, 10, 'ended.']]]);
    expect((await extractPdfText('pieces.pdf', bytes)).text).toBe('The strike of 1907\nended.');
  });

  it.each([
    ['not a PDF at all past its first bytes', () => Buffer.from('%PDF-1.4\nthis is not a PDF\n'), /^broken\.pdf: cannot extract text from PDF: not a readable PDF/],
    ['a PDF without a text layer', () => makePdf([[]]), /^broken\.pdf: cannot extract text from PDF: no text layer in 1 page\(s\) \(a scanned PDF\? run OCR on it first\)$/],
  ])('%s is an E_INPUT_PDF error', async (_what, make, message) => {
    await expect(extractPdfText('broken.pdf', make())).rejects.toMatchObject({ code: 'E_INPUT_PDF', message: expect.stringMatching(message) });
  });

  it('recognises PDFs by their first bytes', () => {
    expect(isPdf(readFileSync(ESSAY_PDF))).toBe(true);
    expect(isPdf(Buffer.from('%PDF'))).toBe(false);
    expect(isPdf(Buffer.from('The %PDF- marker later'))).toBe(false);
  });
});

describe('pdf: in a batch', () => {
  it('saves the extracted text beside the report; every offset slices it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pc-pdf-'));
    const result = await runBatch(discoverInputs([join(FIXTURES, 'batch')]), pipeline(), { outDir: out, format: 'json' });
    expect(result.rows.map((r) => [r.id, r.status, r.report, r.text])).toEqual([['essay', 'ok', 'essay.report.json', 'essay.source.txt']]);
    const report = JSON.parse(readFileSync(join(out, 'essay.report.json'), 'utf8'));
    const text = readFileSync(join(out, 'essay.source.txt'), 'utf8');
    expect(report.source.sha256).toBe(createHash('sha256').update(readFileSync(ESSAY_PDF)).digest('hex'));
    expect(report.source.characters).toBe(text.length);
    expect(report.source.meta.extractedText).toEqual({
      from: 'pdf',
      pages: 2,
      extractor: expect.stringMatching(/^pdfjs-dist@/),
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      file: 'essay.source.txt',
    });
    expect(report.sentences.length).toBeGreaterThan(3);
    for (const s of report.sentences) expectSliceMatches(text, s, s.text, s.id);
    const texts = report.sentences.map((s: { text: string }) => s.text);
    expect(texts).toContain('The dockers’ union was founded in 1905 in the port.');
    expect(texts).toContain('Its organisation was loose, and the board tolerated it.');
    expect(texts.some((t: string) => t.includes('Journal of Port Histories'))).toBe(false);
  });

  it('reads a PDF from stdin too; on a JSON Lines stream the extracted text travels in the report', async () => {
    const lines: string[] = [];
    const result = await runBatch(discoverInputs(['-']), pipeline(), {
      outDir: '-',
      format: 'jsonl',
      readStdin: async () => readFileSync(ESSAY_PDF),
      writeStdout: (chunk) => void lines.push(chunk),
    });
    expect(result.ok).toBe(1);
    const report = JSON.parse(lines.join(''));
    const text = report.source.meta.extractedText.text as string;
    expect(text.startsWith('Journal of Port Histories\n')).toBe(true);
    for (const s of report.sentences) expectSliceMatches(text, s, s.text, s.id);
  });

  it('a broken PDF is a failed row and the batch goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-pdf-'));
    writeFileSync(join(dir, 'a-broken.pdf'), '%PDF-1.7\n%%EOF\n');
    writeFileSync(join(dir, 'b-empty.pdf'), makePdf([[]]));
    writeFileSync(join(dir, 'c.pdf'), readFileSync(ESSAY_PDF));
    const result = await runBatch(discoverInputs([dir]), pipeline(), { outDir: join(dir, 'out'), format: 'json' });
    expect(result.rows.map((r) => `${r.id}:${r.status}:${r.error?.code ?? ''}`)).toEqual(['a-broken:failed:E_INPUT_PDF', 'b-empty:failed:E_INPUT_PDF', 'c:ok:']);
  });
});
