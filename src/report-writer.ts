/**
 * Writing reports without building one giant string: top-level arrays (sentences, temporal
 * expressions…) are written element by element, one element per line, through a buffer. The file
 * is written beside its final path and renamed when complete, so a reader never sees half a report.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Bytes of this thread's encoding buffer. `writeSync(fd, string)` makes a new Buffer for each
 * string; for a report's 100–300 kB of JSON that was 2.6 ms a file here (against 0.3 ms encoding
 * into a buffer made once), most of a document's writing time.
 */
const ENCODE_BUFFER_BYTES = 1 << 20;
/** The encoding buffer when no writer holds it (a writer opened while another is open makes its own). */
let spareBuffer: Buffer | null = null;

/**
 * Writes strings to a file descriptor as UTF-8 through this thread's one encoding buffer: nothing
 * is allocated per string, and the file sees writes of up to {@link ENCODE_BUFFER_BYTES}. Call
 * `close()` (which writes what is buffered) before closing the descriptor. The bytes are those of
 * `Buffer.from(s, 'utf8')`.
 */
export class Utf8Writer {
  private readonly buffer: Buffer;
  private used = 0;

  constructor(private readonly fd: number) {
    this.buffer = spareBuffer ?? Buffer.allocUnsafe(ENCODE_BUFFER_BYTES);
    spareBuffer = null;
  }

  write(s: string): void {
    const room = this.buffer.length;
    let from = 0;
    while (from < s.length) {
      // A UTF-16 unit takes at most 3 bytes (a surrogate pair, two units, takes 4).
      if (this.used + 3 * Math.min(s.length - from, 64) > room) this.flush();
      let to = Math.min(s.length, from + Math.floor((room - this.used) / 3));
      // Never split a surrogate pair between two writes: each half would become U+FFFD.
      if (to < s.length && isHighSurrogate(s.charCodeAt(to - 1))) to--;
      this.used += this.buffer.write(from === 0 && to === s.length ? s : s.slice(from, to), this.used, 'utf8');
      from = to;
    }
  }

  /** Writes what is buffered. */
  flush(): void {
    let at = 0;
    while (at < this.used) at += writeSync(this.fd, this.buffer, at, this.used - at);
    this.used = 0;
  }

  /** Writes what is buffered and gives the buffer back for the thread's next writer. */
  close(): void {
    this.flush();
    spareBuffer = this.buffer;
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Writes `s` to `fd` as UTF-8 through this thread's encoding buffer (see {@link Utf8Writer}). */
export function writeStringSync(fd: number, s: string): void {
  const out = new Utf8Writer(fd);
  out.write(s);
  out.close();
}

/**
 * Serialises `value` as JSON into `sink`, piece by piece (give it a buffered sink, such as a
 * {@link Utf8Writer}'s `write`): arrays of the top-level object one element per line.
 */
export function writeJsonChunks(value: Record<string, unknown>, sink: (chunk: string) => void): void {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  sink('{\n');
  keys.forEach((key, i) => {
    const v = value[key];
    sink(` ${JSON.stringify(key)}: `);
    if (Array.isArray(v) && v.length > 0) {
      sink('[\n');
      v.forEach((item, j) => sink(`  ${JSON.stringify(item)}${j + 1 < v.length ? ',' : ''}\n`));
      sink(' ]');
    } else {
      sink(JSON.stringify(v));
    }
    sink(i + 1 < keys.length ? ',\n' : '\n');
  });
  sink('}\n');
}

/** Temporary names are unique per process and thread, so two workers never share one. */
let tmpCounter = 0;

/**
 * Writes through `write` into a temporary file beside `path`, then renames it into place: a reader
 * sees the whole file or none of it.
 * @param durable flush the file to disk before the rename (default: `true`). A batch writes its
 *   reports without it (3 ms a file here, 15% of a short text's time): after a crash a report may be
 *   empty, and `--resume` analyses again any report it cannot read.
 */
export function writeFileAtomicWith(path: string, write: (sink: (chunk: string) => void) => void, durable = true): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${threadId}.${(tmpCounter++).toString(36)}.tmp`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      const out = new Utf8Writer(fd);
      write((chunk) => out.write(chunk));
      out.close();
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Writes `content` to `path` atomically (see {@link writeFileAtomicWith}). */
export function writeFileAtomic(path: string, content: string, durable = true): void {
  writeFileAtomicWith(path, (sink) => sink(content), durable);
}
