/**
 * Text from PDF files, with pdfjs-dist (Mozilla's PDF.js). The result looks like `pdftotext`'s
 * output, which is what the clean stage was built for: one text line per line of the page, a blank
 * line where the vertical gap shows a new paragraph or heading, and a form feed between pages. Page
 * furniture (running headers, page numbers), hyphenation at line ends and lines broken mid-sentence
 * are left in: the same clean-up as for any other text removes them, with offsets that refer to
 * this extracted text (the batch saves it beside the report).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PeriodcheckError } from './errors.js';

/** The text of a PDF and how many pages it had. */
export interface ExtractedPdf {
  text: string;
  pages: number;
  /** `pdfjs-dist@<version>`: which extractor produced the text (offsets depend on it). */
  extractor: string;
}

/** PDF files start with these bytes (`%PDF-`). */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}

/** The fields of a pdfjs text item that line building reads. */
interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  width: number;
  height: number;
}

interface Line {
  text: string;
  /** Baseline (PDF units, growing upwards). */
  y: number;
  size: number;
  xEnd: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
const require = createRequire(import.meta.url);

/** Where pdfjs finds the metrics of the 14 standard fonts (needed to place text of fonts without embedded widths). */
function standardFontDir(): string {
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
}

function version(): string {
  return (require('pdfjs-dist/package.json') as { version: string }).version;
}

/** Groups a page's text items into lines, in the order the page draws them. */
function pageLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let breakNext = false;
  for (const item of items) {
    const [a, b, , , x, y] = item.transform;
    const size = Math.hypot(a, b) || item.height || 10;
    if (item.str === '') {
      if (item.hasEOL) breakNext = true;
      continue;
    }
    // Same line: same baseline (within half the font size) and no explicit line end before it.
    if (current && !breakNext && Math.abs(y - current.y) < size * 0.5) {
      const gap = x - current.xEnd;
      if (gap > size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.xEnd = x + item.width;
      current.size = Math.max(current.size, size);
    } else {
      current = { text: item.str, y, size, xEnd: x + item.width };
      lines.push(current);
    }
    breakNext = item.hasEOL;
  }
  return lines;
}

/** Joins lines, with a blank line where the gap between baselines is clearly wider than the page's usual line spacing. */
function joinLines(lines: Line[]): string {
  const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y).filter((g) => g > 0).sort((p, q) => p - q);
  // The usual spacing of body lines: the lower quartile, so that a short page with a few headings
  // and paragraph gaps among its lines does not take a paragraph gap for the norm.
  const usual = gaps.length > 0 ? gaps[gaps.length >> 2] : 0;
  let out = '';
  lines.forEach((l, i) => {
    const text = l.text.replace(/\s+$/, '');
    if (i > 0) {
      const gap = lines[i - 1].y - l.y;
      out += usual > 0 && gap > usual * 1.4 && gap > Math.min(l.size, lines[i - 1].size) * 1.2 ? '\n\n' : '\n';
    }
    out += text;
  });
  return out;
}

/**
 * Extracts the text of a PDF.
 * @param file name used in messages
 * @throws PeriodcheckError `E_INPUT_PDF` for a broken or encrypted PDF, or one without a text layer
 */
export async function extractPdfText(file: string, bytes: Uint8Array): Promise<ExtractedPdf> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const lib = await pdfjs;
  // pdfjs may take ownership of the buffer it is given: hand it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: standardFontDir(),
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy();
    const err = e as Error;
    const problem = err.name === 'PasswordException' ? 'the PDF is encrypted (password-protected)' : `not a readable PDF (${err.message})`;
    throw new PeriodcheckError('E_INPUT_PDF', { file, problem });
  }
  try {
    const pages: string[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      pages.push(joinLines(pageLines(content.items.filter((i) => 'str' in i) as TextItem[])));
      page.cleanup();
    }
    // A form feed between pages, as pdftotext writes it: clean-up treats it as a page break.
    const text = pages.join('\f');
    if (text.replace(/\f/g, '').trim() === '') {
      throw new PeriodcheckError('E_INPUT_PDF', { file, problem: `no text layer in ${pdf.numPages} page(s) (a scanned PDF? run OCR on it first)` });
    }
    return { text, pages: pdf.numPages, extractor: `pdfjs-dist@${version()}` };
  } catch (e) {
    if (e instanceof PeriodcheckError) throw e;
    throw new PeriodcheckError('E_INPUT_PDF', { file, problem: (e as Error).message });
  } finally {
    await pdf.destroy();
  }
}
