/**
 * Emits the clean text from the layout: copies kept ranges, drops everything else, turns line
 * breaks inside a unit into single spaces and separates units by line breaks, recording each
 * inline drop. Never inserts a character, so the offset map stays exact (see offsets.ts).
 */
import { CleanTextBuilder, type OffsetMap } from '../../offsets.js';
import type { BlockKind } from '../../doc.js';
import type { CleanupRules, Layout, Repair } from './layout.js';

export interface EmittedBlock {
  kind: BlockKind;
  cleanStart: number;
  cleanEnd: number;
}

/** Whitespace as clean-up sees it: \s (which holds no-break and typographic spaces, U+3000 and U+FEFF) and U+200B. */
const WHITESPACE_CHAR = /^[\s\u200b]$/u;
/** Whitespace other than one ordinary space: a run of two or more, or one character that is not U+0020. */
const SPECIAL_WHITESPACE = /[\s\u200b]{2,}|[^\S ]|\u200b/gu;
const LINE_BREAK_CHAR = /[\n\r\f\u2028\u2029]/g;

/** Writes one unit: collapses runs of whitespace to one space, never leading or trailing. */
class UnitWriter {
  private pendingSpace = -1;
  private started = false;
  constructor(private readonly builder: CleanTextBuilder, private readonly original: string) {}

  /** Marks the original character at `at` as a place where one space may be emitted. */
  space(at: number): void {
    if (this.started && this.pendingSpace < 0 && at >= this.builder.cursor) this.pendingSpace = at;
  }

  /** Copies original `[from, to)`, collapsing whitespace inside it. */
  copy(from: number, to: number): void {
    // Single spaces between words are copied as they are; only other whitespace (runs, tabs,
    // no-break spaces, a space opening or closing the piece) needs a decision. The scan looks for
    // those alone: matching every ordinary space made an object per word.
    const piece = this.original.slice(from, to);
    let i = from;
    if (piece.charCodeAt(0) === 32 && !WHITESPACE_CHAR.test(piece.charAt(1))) {
      this.space(from);
      i = from + 1;
    }
    SPECIAL_WHITESPACE.lastIndex = i - from;
    for (let m = SPECIAL_WHITESPACE.exec(piece); m !== null; m = SPECIAL_WHITESPACE.exec(piece)) {
      const at = from + m.index;
      this.text(i, at);
      this.space(at);
      i = at + m[0].length;
    }
    if (i <= to - 1 && piece.charCodeAt(piece.length - 1) === 32) {
      this.text(i, to - 1);
      this.space(to - 1);
      i = to;
    }
    this.text(i, to);
  }

  /** Copies `[from, to)`, which starts with a non-space, after emitting any pending space. */
  private text(from: number, to: number): void {
    if (to <= from) return;
    if (this.pendingSpace >= 0) {
      this.builder.dropTo(this.pendingSpace);
      this.builder.replaceChar(' ');
      this.pendingSpace = -1;
    }
    this.builder.dropTo(from);
    this.builder.copyTo(to);
    this.started = true;
  }
}

/** Ranges inside `[start, end)` that inline rules drop, sorted and disjoint. */
function inlineDrops(text: string, start: number, end: number, rules: CleanupRules, repairs: Repair[]): { start: number; end: number }[] {
  const slice = text.slice(start, end);
  if (!rules.anyInlineDrop.test(slice)) return [];
  const found: { start: number; end: number; code: string }[] = [];
  for (const d of rules.inlineDrops) {
    if (d.prefilter && !d.prefilter.test(slice)) continue;
    d.re.lastIndex = 0;
    for (let m = d.re.exec(slice); m !== null; m = d.re.exec(slice)) {
      if (m[0].length === 0) {
        d.re.lastIndex++;
        continue;
      }
      found.push({ start: start + m.index, end: start + m.index + m[0].length, code: d.code });
    }
  }
  rules.closingMarks.lastIndex = 0;
  if (rules.closingMarkPrefilter.test(slice)) for (let m = rules.closingMarks.exec(slice); m !== null; m = rules.closingMarks.exec(slice)) {
    found.push({ start: start + m.index, end: start + m.index + m[0].length, code: 'closing-mark' });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      continue;
    }
    merged.push({ start: f.start, end: f.end });
    repairs.push({ code: f.code, message: `${f.code.replace('-', ' ')} removed: '${text.slice(f.start, f.end)}'`, start: f.start, end: f.end });
  }
  return merged;
}

/** Builds the clean text, its offset map and the blocks (in clean offsets). */
export function emitClean(text: string, layout: Layout, rules: CleanupRules, repairs: Repair[]): { text: string; map: OffsetMap; blocks: EmittedBlock[] } {
  const builder = new CleanTextBuilder(text);
  const blocks: EmittedBlock[] = [];
  let previousBlock = -1;
  for (const unit of layout.units) {
    const first = unit.pieces[0];
    if (blocks.length > 0) {
      // Separate units by one line break, or two when a blank line stood between them.
      LINE_BREAK_CHAR.lastIndex = builder.cursor;
      const breaks: number[] = [];
      for (let m = LINE_BREAK_CHAR.exec(text); m !== null && m.index < first.start && breaks.length < 2; m = LINE_BREAK_CHAR.exec(text)) {
        if (m[0] === '\r' && text[m.index + 1] === '\n') continue; // use the \n of \r\n
        if (breaks.length === 1 && unit.block === previousBlock) break;
        breaks.push(m.index);
      }
      for (const at of breaks) {
        builder.dropTo(at);
        builder.replaceChar('\n');
      }
    }
    builder.dropTo(first.start);
    const cleanStart = builder.length;
    const writer = new UnitWriter(builder, text);
    unit.pieces.forEach((piece, index) => {
      if (index > 0 && piece.join === 'space') writer.space(unit.pieces[index - 1].end);
      let cursor = piece.start;
      for (const drop of inlineDrops(text, piece.start, piece.end, rules, repairs)) {
        writer.copy(cursor, drop.start);
        cursor = drop.end;
      }
      writer.copy(cursor, piece.end);
    });
    const cleanEnd = builder.length;
    if (cleanEnd > cleanStart) blocks.push({ kind: unit.kind, cleanStart, cleanEnd });
    previousBlock = unit.block;
  }
  const { text: clean, map } = builder.finish(false);
  return { text: clean, map, blocks };
}
