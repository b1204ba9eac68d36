/**
 * JSON Lines input: one document per line, `{"id": …, "text": …, …}`; other fields are carried into
 * the report's `source.meta`. Lines are read from a byte stream as they are needed (the consumer
 * pulls, so a million-line file never sits in memory), and a bad line is a value naming its line
 * number, never an exception that would stop the batch.
 */
import { PeriodcheckError } from './errors.js';

/** One line of a JSONL stream: its text, or why it cannot be read. Blank lines are skipped. */
export interface JsonlLine {
  /** 1-based line number. */
  line: number;
  text?: string;
  error?: PeriodcheckError;
  /** Bytes of the stream consumed so far (for progress). */
  bytesRead: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Splits a byte stream into lines (`\n` or `\r\n`), decoding each as UTF-8. A line longer than
 * `maxBytes` is skipped without being held in memory and reported; so is a line that is not UTF-8.
 * @param file name used in messages ('<stdin>' for standard input)
 */
export async function* readJsonlLines(stream: AsyncIterable<Uint8Array>, file: string, maxBytes: number): AsyncGenerator<JsonlLine> {
  let pieces: Uint8Array[] = [];
  let pending = 0;
  // A line longer than maxBytes is skipped as it streams by: only its length is kept.
  let skipping = false;
  let skipped = 0;
  let line = 0;
  let bytesRead = 0;

  const drop = (): void => {
    skipping = true;
    skipped += pending;
    pieces = [];
    pending = 0;
  };

  const finish = (last: Uint8Array): JsonlLine | null => {
    line++;
    if (skipping) {
      const bytes = skipped + last.length;
      skipping = false;
      skipped = 0;
      return { line, bytesRead, error: new PeriodcheckError('E_INPUT_TOO_LARGE', { file: `${file}:${line}`, bytes, limit: maxBytes }) };
    }
    let bytes = pieces.length === 0 ? last : Buffer.concat([...pieces, last]);
    pieces = [];
    pending = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { line, bytesRead, error: new PeriodcheckError('E_INPUT_JSONL', { file, line, problem: 'line is not valid UTF-8' }) };
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return null;
    return { line, bytesRead, text };
  };

  for await (const chunk of stream) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const segment = chunk.subarray(start, nl < 0 ? chunk.length : nl);
      bytesRead += segment.length + (nl < 0 ? 0 : 1);
      if (!skipping && pending + segment.length > maxBytes) drop();
      if (nl < 0) {
        if (skipping) skipped += segment.length;
        else if (segment.length > 0) {
          pieces.push(segment);
          pending += segment.length;
        }
        break;
      }
      const out = finish(segment);
      if (out) yield out;
      start = nl + 1;
    }
  }
  if (pending > 0 || skipping) {
    const out = finish(new Uint8Array(0));
    if (out) yield out;
  }
}

/** A JSONL row that parsed: its id, text and the other fields. */
export interface JsonlRow {
  id: string;
  text: string;
  meta?: Record<string, unknown>;
}

/**
 * Parses one line into a row, or a {@link PeriodcheckError} naming file and line. `id` must be a
 * non-empty string or a number; `text` a string; every other field goes into `meta`, in order.
 * @returns the row, or `{ error, id }` (`id` when the line had a usable one)
 */
export function parseJsonlRow(text: string, file: string, line: number): JsonlRow | { error: PeriodcheckError; id: string | null } {
  const fail = (problem: string, id: string | null = null) => ({ error: new PeriodcheckError('E_INPUT_JSONL', { file, line, problem }), id });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(`line is not valid JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`expected a JSON object {"id": …, "text": …}, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  let id: string;
  if (typeof rawId === 'string' && rawId.trim() !== '') id = rawId;
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else return fail(rawId === undefined ? 'no "id" field' : '"id" must be a non-empty string or a number');
  if (typeof record.text !== 'string') return fail(record.text === undefined ? `no "text" field (id '${id}')` : `"text" must be a string (id '${id}')`, id);
  const meta: Record<string, unknown> = {};
  let hasMeta = false;
  for (const [k, v] of Object.entries(record)) {
    if (k === 'id' || k === 'text') continue;
    meta[k] = v;
    hasMeta = true;
  }
  return hasMeta ? { id, text: record.text, meta } : { id, text: record.text };
}
