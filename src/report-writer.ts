/**
 * Writing reports without building one giant string: top-level arrays (sentences, temporal
 * expressions…) are written element by element, one element per line, through a buffer. The file
 * is written beside its final path and renamed when complete, so a reader never sees half a report.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const FLUSH_AT = 1 << 20;

/** Serialises `value` as JSON into `sink` in chunks: arrays of the top-level object one element per line. */
export function writeJsonChunks(value: Record<string, unknown>, sink: (chunk: string) => void): void {
  let buffer = '';
  const emit = (s: string): void => {
    buffer += s;
    if (buffer.length >= FLUSH_AT) {
      sink(buffer);
      buffer = '';
    }
  };
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  emit('{\n');
  keys.forEach((key, i) => {
    const v = value[key];
    emit(` ${JSON.stringify(key)}: `);
    if (Array.isArray(v) && v.length > 0) {
      emit('[\n');
      v.forEach((item, j) => emit(`  ${JSON.stringify(item)}${j + 1 < v.length ? ',' : ''}\n`));
      emit(' ]');
    } else {
      emit(JSON.stringify(v));
    }
    emit(i + 1 < keys.length ? ',\n' : '\n');
  });
  emit('}\n');
  if (buffer) sink(buffer);
}

/** Writes through `write` into a temporary file beside `path`, then renames it into place. */
export function writeFileAtomicWith(path: string, write: (sink: (chunk: string) => void) => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      write((chunk) => void writeSync(fd, chunk));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Writes `content` to `path` atomically. */
export function writeFileAtomic(path: string, content: string): void {
  writeFileAtomicWith(path, (sink) => sink(content));
}
