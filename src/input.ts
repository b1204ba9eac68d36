/**
 * Reading inputs: finding the texts named on the command line (files, directories, glob patterns,
 * `-` for stdin) and decoding each into the ORIGINAL text that every offset refers to. Bad input
 * becomes a {@link PeriodcheckError} naming the file and the problem; the batch records it and goes on.
 *
 * PDFs (recognised by their first bytes, whatever their name) are read with a PDF text extractor
 * (`src/pdf.ts`); their offsets refer to the extracted text, which the batch saves beside the report.
 *
 * Decoding policy: UTF-8 is required. A UTF-8 byte-order mark is KEPT as the first character of
 * the original text, so offsets index exactly the string `fs.readFileSync(path, 'utf8')` returns
 * (clean-up ignores the mark). UTF-16 with a byte-order mark is decoded. Invalid UTF-8 is rejected
 * with the offset of the first bad byte, unless the caller asks for `windows-1252`, which decodes
 * any byte sequence (and the report then carries a warning).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { PeriodcheckError } from './errors.js';
import { extractPdfText, isPdf } from './pdf.js';

/** File extensions read when a directory is given (plain text, Markdown, PDF). */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.pdf'];

/** File extensions read when a directory is given with `--input-format jsonl`. */
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];

/** How inputs are read: one document per file (text, Markdown, PDF), or one per JSON Lines row. */
export const INPUT_FORMATS = ['text', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export const ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface ReadOptions {
  /** How to decode bytes that are not valid UTF-8 (default: `'utf-8'`, which rejects them). */
  encoding?: Encoding;
  /** Largest file accepted, in bytes (default: 256 MiB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export interface DecodedText {
  text: string;
  sha256: string;
  /** Encoding actually used. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Warnings to attach to the report (e.g. decoded as Windows-1252). */
  warnings: string[];
}

/** Magic numbers of common binary formats, for a clear "binary file" error. */
const MAGIC: { kind: string; bytes: number[] }[] = [
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'ZIP archive or Office document', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
];

function binaryKind(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b)) return m.kind;
  }
  // Text never holds NUL bytes (UTF-16 is recognised by its byte-order mark before this check).
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return 'contains NUL bytes';
  return null;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes the bytes of `file` into text, or throws a {@link PeriodcheckError} naming the problem.
 * @param file name used in messages
 */
export function decodeText(file: string, bytes: Uint8Array, options: ReadOptions = {}): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new PeriodcheckError('E_INPUT_EMPTY', { file });
  if (bytes.length > maxBytes) throw new PeriodcheckError('E_INPUT_TOO_LARGE', { file, bytes: bytes.length, limit: maxBytes });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const warnings: string[] = [];
  let text: string;
  let encoding: DecodedText['encoding'];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
    encoding = 'utf-16le';
    warnings.push('decoded as UTF-16LE (byte-order mark); offsets count UTF-16 code units of the decoded text, whose first character is the mark');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes);
    encoding = 'utf-16be';
    warnings.push('decoded as UTF-16BE (byte-order mark); offsets count UTF-16 code units of the decoded text, whose first character is the mark');
  } else {
    const kind = binaryKind(bytes);
    if (kind) throw new PeriodcheckError('E_INPUT_BINARY', { file, kind });
    const bad = firstInvalidUtf8(bytes);
    if (bad < 0) {
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      encoding = 'utf-8';
    } else if (options.encoding === 'windows-1252') {
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
      warnings.push(`not valid UTF-8 (first bad byte at offset ${bad}): decoded as Windows-1252 as asked`);
    } else {
      throw new PeriodcheckError('E_INPUT_ENCODING', { file, offset: bad });
    }
  }
  if (text.replace(/^\ufeff/, '').trim() === '') throw new PeriodcheckError('E_INPUT_WHITESPACE', { file });
  return { text, sha256, encoding, warnings };
}

/** Reads the bytes of one input file, or throws a {@link PeriodcheckError} (missing, unreadable, too large). */
export function readInputBytes(file: string, options: ReadOptions = {}): Buffer {
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new PeriodcheckError('E_INPUT_UNREADABLE', { file, problem: 'is a directory' });
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (stats.size > maxBytes) throw new PeriodcheckError('E_INPUT_TOO_LARGE', { file, bytes: stats.size, limit: maxBytes });
    return readFileSync(file);
  } catch (e) {
    if (e instanceof PeriodcheckError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new PeriodcheckError('E_INPUT_MISSING', { file });
    throw new PeriodcheckError('E_INPUT_UNREADABLE', { file, problem: err.code ?? err.message });
  }
}

/** Reads and decodes one text file. */
export function readTextFile(file: string, options: ReadOptions = {}): DecodedText {
  return decodeText(file, readInputBytes(file, options), options);
}

/** The text of an input of any kind: decoded text, or the text extracted from a PDF. */
export interface LoadedText extends DecodedText {
  /** Set when the text was extracted from a PDF. */
  pdf?: { pages: number; extractor: string };
}

/**
 * Turns the bytes of an input into its text: a PDF (by its first bytes) goes through the PDF text
 * extractor, anything else through {@link decodeText}. `sha256` is always that of the input's bytes.
 * @param file name used in messages
 */
export async function loadText(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<LoadedText> {
  if (!isPdf(bytes)) return decodeText(file, bytes, options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new PeriodcheckError('E_INPUT_TOO_LARGE', { file, bytes: bytes.length, limit: maxBytes });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const pdf = await extractPdfText(file, bytes);
  return { text: pdf.text, sha256, encoding: 'utf-8', warnings: [], pdf: { pages: pdf.pages, extractor: pdf.extractor } };
}

/** One input of a batch: a file, stdin, or an entry that failed before it could be read. */
export interface InputEntry {
  /** Stable id: the path relative to the argument it came from, without extension ('stdin' for -). */
  id: string;
  /** Path as given or found, '-' for stdin. */
  path: string;
  /** Set when the input is already known to be bad (missing path, empty directory). */
  error?: PeriodcheckError;
}

export interface DiscoverOptions {
  /** `text` (default): one document per file; `jsonl`: each input is a JSON Lines file of documents. */
  format?: InputFormat;
  /** Extensions looked for in directories (default: {@link TEXT_EXTENSIONS}, or {@link JSONL_EXTENSIONS} for `jsonl`). */
  extensions?: string[];
}

/** Stats of `path`; null when nothing is there; 'unreadable' when something is but cannot be followed (a symlink loop). */
function statOrNull(path: string): Stats | null | 'unreadable' {
  try {
    return statSync(path);
  } catch {
    try {
      lstatSync(path);
      return 'unreadable';
    } catch {
      return null;
    }
  }
}

function walk(dir: string, extensions: string[], out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path, extensions, out);
    else if (extensions.includes(extname(e.name).toLowerCase())) out.push(path);
  }
}

/** The leading part of a glob pattern that holds no wildcard ('corpus/2019' of 'corpus/2019/**\/*.pdf'). */
function globBase(pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

/**
 * Expands command-line arguments into inputs, in order: files as given, directories recursively
 * (texts sorted by path), glob patterns (`'corpus/**\/*.pdf'`, matches sorted by path; quote them so
 * the shell leaves them alone), `-` for stdin. A missing path, a directory without texts or a pattern
 * that matches nothing becomes an entry with an error, so the batch reports it and goes on.
 * @param options the input format, or (for compatibility) the extensions looked for in directories
 */
export function discoverInputs(args: string[], options: DiscoverOptions | string[] = {}): InputEntry[] {
  const opts: DiscoverOptions = Array.isArray(options) ? { extensions: options } : options;
  const extensions = opts.extensions ?? (opts.format === 'jsonl' ? JSONL_EXTENSIONS : TEXT_EXTENSIONS);
  const entries: InputEntry[] = [];
  for (const arg of args) {
    if (arg === '-') {
      entries.push({ id: 'stdin', path: '-' });
      continue;
    }
    const stats = statOrNull(arg);
    if (!stats && isDynamicPattern(arg)) {
      const base = globBase(arg);
      const files = globSync(arg, { onlyFiles: true, expandDirectories: false }).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (files.length === 0) entries.push({ id: stripExtension(arg), path: arg, error: new PeriodcheckError('E_INPUT_MISSING', { file: `${arg} (no file matches the pattern)` }) });
      for (const f of files) {
        // A pattern that climbs out of its base ('a/*/../b.txt') must not name a report outside the output directory.
        const rel = relative(resolve(base), resolve(f));
        entries.push({ id: stripExtension(rel.startsWith('..') ? (f.split(/[\\/]/).pop() ?? f) : rel), path: f });
      }
    } else if (!stats) {
      entries.push({ id: stripExtension(arg.split(/[\\/]/).pop() ?? arg), path: arg, error: new PeriodcheckError('E_INPUT_MISSING', { file: arg }) });
    } else if (stats !== 'unreadable' && stats.isDirectory()) {
      const files: string[] = [];
      walk(arg, extensions, files);
      if (files.length === 0) entries.push({ id: stripExtension(arg), path: arg, error: new PeriodcheckError('E_INPUT_NO_TEXTS', { file: arg, extensions }) });
      for (const f of files) entries.push({ id: stripExtension(relative(resolve(arg), resolve(f))), path: f });
    } else {
      entries.push({ id: stripExtension(arg.split(/[\\/]/).pop() ?? arg), path: arg });
    }
  }
  return dedupeIds(entries);
}

function stripExtension(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\.[^./]+$/, '');
}

/** Two inputs must never write the same report: suffix repeated ids with -2, -3… */
function dedupeIds(entries: InputEntry[]): InputEntry[] {
  const ids = new UniqueIds();
  return entries.map((e) => {
    const id = ids.take(e.id);
    return id === e.id ? e : { ...e, id };
  });
}

/** Hands out ids, suffixing a repeated one with -2, -3… (the only state a batch keeps per input). */
export class UniqueIds {
  private readonly seen = new Map<string, number>();

  /** `id`, or `id-N` when `id` was taken before. */
  take(id: string): string {
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    if (n === 1) return id;
    const suffixed = `${id}-${n}`;
    // 'a-2' may itself be an id given later: take the suffixed name too, so it stays unique.
    return this.seen.has(suffixed) ? this.take(id) : (this.seen.set(suffixed, 1), suffixed);
  }
}

/**
 * A file name for an id that came from data (a JSONL row): letters, digits, '.', '_' and '-' are
 * kept, anything else (a slash, a space, '%') is percent-encoded, so the name is safe, stays inside
 * the output directory, and two ids never share it. Very long ids are cut and given a hash suffix.
 */
export function fileStemOf(id: string): string {
  let stem = '';
  for (const ch of id) {
    if (/[\p{L}\p{N}_-]/u.test(ch) || (ch === '.' && stem !== '')) stem += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) stem += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (Buffer.byteLength(stem) > 180) stem = `${stem.slice(0, 120)}~${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
  return stem;
}
