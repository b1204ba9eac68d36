/**
 * Reading inputs: finding the texts named on the command line and decoding each file into the
 * ORIGINAL text that every offset refers to. Bad input becomes a {@link PeriodcheckError} naming the
 * file and the problem; the batch records it and goes on.
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
import { PeriodcheckError } from './errors.js';

/** File extensions read as plain text when a directory is given. */
export const TEXT_EXTENSIONS = ['.txt', '.md'];

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

/** Reads and decodes one text file. */
export function readTextFile(file: string, options: ReadOptions = {}): DecodedText {
  let bytes: Buffer;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new PeriodcheckError('E_INPUT_UNREADABLE', { file, problem: 'is a directory' });
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (stats.size > maxBytes) throw new PeriodcheckError('E_INPUT_TOO_LARGE', { file, bytes: stats.size, limit: maxBytes });
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof PeriodcheckError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new PeriodcheckError('E_INPUT_MISSING', { file });
    throw new PeriodcheckError('E_INPUT_UNREADABLE', { file, problem: err.code ?? err.message });
  }
  return decodeText(file, bytes, options);
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

/**
 * Expands command-line arguments into inputs, in order: files as given, directories recursively
 * (texts sorted by path), `-` for stdin. A missing path or a directory without texts becomes an
 * entry with an error, so the batch reports it and goes on.
 */
export function discoverInputs(args: string[], extensions: string[] = TEXT_EXTENSIONS): InputEntry[] {
  const entries: InputEntry[] = [];
  for (const arg of args) {
    if (arg === '-') {
      entries.push({ id: 'stdin', path: '-' });
      continue;
    }
    const stats = statOrNull(arg);
    if (!stats) {
      entries.push({ id: stripExtension(arg), path: arg, error: new PeriodcheckError('E_INPUT_MISSING', { file: arg }) });
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
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    return n === 1 ? e : { ...e, id: `${e.id}-${n}` };
  });
}
