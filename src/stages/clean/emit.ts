/**
 * Emits the clean text from the layout: copies kept ranges, drops everything else, turns line
 * breaks inside a unit into single spaces and separates units by line breaks, recording each
 * inline drop, and writes typographic ligatures as their letters. Every clean character comes from
 * one original character, so the offset map stays exact (see offsets.ts).
 */
import { CleanTextBuilder, type OffsetMap } from '../../offsets.js';
import type { BlockKind } from '../../doc.js';
import { isRegExpSpace } from '../../chars.js';
import { isLineBreak } from './lines.js';
import { findInlineDrops, type CleanupRules, type Layout, type Piece, type Repair, type Unit } from './layout.js';
import { markdownDropsIn, withoutRulesAtReferences } from './markdown.js';
import type { InlineDrop } from './lines.js';

export interface EmittedBlock {
  kind: BlockKind;
  cleanStart: number;
  cleanEnd: number;
  markupLevel?: number;
}

/** Whitespace as clean-up sees it: the characters of the regular expression class `[\s\u200b]`. */
export function isWhitespaceCode(c: number): boolean {
  return isRegExpSpace(c) || c === 0x200b;
}

/** Writes one unit: collapses runs of whitespace to one space, never leading or trailing. */
class UnitWriter {
  private pendingSpace = -1;
  private started = false;
  constructor(private readonly builder: CleanTextBuilder, private readonly original: string) {}

  /** Marks the original character at `at` as a place where one space may be emitted. */
  space(at: number): void {
    if (this.started && this.pendingSpace < 0 && at >= this.builder.cursor) this.pendingSpace = at;
  }

  /**
   * Copies original `[from, to)`, collapsing whitespace inside it; `plainSpacing` when the range
   * lies in a line that holds no whitespace but single spaces.
   */
  copy(from: number, to: number, plainSpacing: boolean): void {
    // Single spaces between words are copied as they are; only other whitespace (runs, tabs,
    // no-break spaces, a space opening or closing the piece) needs a decision.
    const original = this.original;
    let i = from;
    if (from < to && original.charCodeAt(from) === 32 && !(from + 1 < to && isWhitespaceCode(original.charCodeAt(from + 1)))) {
      this.space(from);
      i = from + 1;
    }
    // Only a range in a line holding other whitespace than single spaces is looked at character by character.
    if (!plainSpacing) {
      for (let at = i; at < to; ) {
        const c = original.charCodeAt(at);
        if (!isWhitespaceCode(c)) {
          at++;
          continue;
        }
        const runs = at + 1 < to && isWhitespaceCode(original.charCodeAt(at + 1));
        if (c === 32 && !runs) {
          at++;
          continue;
        }
        // A run of two or more whitespace characters, or one that is not U+0020, becomes one space.
        let end = at + 1;
        if (runs) while (end < to && isWhitespaceCode(original.charCodeAt(end))) end++;
        this.text(i, at);
        this.space(at);
        i = end;
        at = end;
      }
    }
    if (i <= to - 1 && original.charCodeAt(to - 1) === 32) {
      this.text(i, to - 1);
      this.space(to - 1);
      i = to;
    }
    this.text(i, to);
  }

  /**
   * Writes `chars` in place of the original characters `[at, end)`, after any pending space: a
   * character reference ('&amp;' reads '&') or a ligature ('ﬁ' reads 'fi'); see
   * {@link CleanTextBuilder.replaceRange}.
   */
  replace(at: number, end: number, chars: string): void {
    this.flushSpace();
    this.builder.dropTo(at);
    this.builder.replaceRange(end, chars);
    this.started = true;
  }

  /** Emits the pending space, if any: its original character becomes a space. */
  private flushSpace(): void {
    if (this.pendingSpace < 0) return;
    this.builder.dropTo(this.pendingSpace);
    this.builder.replaceChar(' ');
    this.pendingSpace = -1;
  }

  /** Copies `[from, to)`, which starts with a non-space, after emitting any pending space. */
  private text(from: number, to: number): void {
    if (to <= from) return;
    this.flushSpace();
    this.builder.dropTo(from);
    this.builder.copyTo(to);
    this.started = true;
  }
}

/**
 * Ranges of `piece` that inline rules drop, sorted and disjoint; records each as a repair. `space`:
 * the range separates words, and its first character becomes a space when text follows.
 */
function inlineDrops(text: string, piece: Piece, rules: CleanupRules, repairs: Repair[]): Drop[] {
  // Layout analysis found the drops of each whole line; a piece cut shorter is searched again
  // (Markdown markup is looked up by offset: it comes from the parse of the whole document).
  const line = piece.line;
  const found =
    piece.start === line.contentStart && piece.end === line.contentEnd
      ? line.drops
      : line.markdown === null
        ? findInlineDrops(text.slice(piece.start, piece.end), piece.start, rules)
        : pieceDrops(text, piece, rules);
  const merged: Drop[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (f.space === true) last.space = true;
      continue;
    }
    const slice = text.slice(f.start, f.end);
    if (f.replace !== undefined) {
      merged.push({ start: f.start, end: f.end, space: false, replace: f.replace });
      repairs.push({ code: f.code, message: `character reference '${slice}' read as '${f.replace}'`, start: f.start, end: f.end });
      continue;
    }
    merged.push({ start: f.start, end: f.end, space: f.space === true });
    repairs.push({ code: f.code, message: `${f.code.replace('-', ' ')} removed: '${slice}'`, start: f.start, end: f.end });
  }
  return merged;
}

/** The drops of a piece of a Markdown line: the inline rules' on its text, and the line's markup inside it. */
function pieceDrops(text: string, piece: Piece, rules: CleanupRules): InlineDrop[] {
  const found = [...findInlineDrops(text.slice(piece.start, piece.end), piece.start, rules), ...markdownDropsIn(piece.line, piece.start, piece.end)];
  return withoutRulesAtReferences(found.sort((a, b) => a.start - b.start || b.end - a.end));
}

/**
 * Separates the unit starting at original `unitStart` from the one before by one line break, or
 * two when a blank line stood between them (`sameBlock` false). Only the gap between the units is
 * read (a search for the next line break ran on into the unit).
 */
function separateUnits(builder: CleanTextBuilder, text: string, unitStart: number, sameBlock: boolean): void {
  let breaks = 0;
  for (let at = builder.cursor; at < unitStart && breaks < 2; at++) {
    const c = text.charCodeAt(at);
    if (!isLineBreak(c)) continue;
    if (c === 0x0d && text.charCodeAt(at + 1) === 0x0a) continue; // use the \n of \r\n
    if (breaks === 1 && sameBlock) break;
    builder.dropTo(at);
    builder.replaceChar('\n');
    breaks++;
  }
}

type Drop = { start: number; end: number; space: boolean; replace?: string };

/**
 * Original offsets of the typographic ligatures of `text` ('ﬁ', 'ﬂ': some PDF extractors keep them,
 * and no lexicon matches 'ﬁrst'), ascending; none for most texts, which one search tells.
 */
function findLigatures(text: string, rules: CleanupRules): number[] {
  const at: number[] = [];
  if (rules.ligaturePattern === null) return at;
  rules.ligaturePattern.lastIndex = 0;
  for (let m = rules.ligaturePattern.exec(text); m !== null; m = rules.ligaturePattern.exec(text)) at.push(m.index);
  return at;
}

/** `drops` with the ligatures of `[from, to)` that no drop covers, each written as its letters, in order. */
function withLigatures(drops: Drop[], ligatures: number[], from: number, to: number, text: string, rules: CleanupRules): Drop[] {
  let lo = 0;
  let hi = ligatures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ligatures[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  if (lo === ligatures.length || ligatures[lo] >= to) return drops;
  const all: Drop[] = [];
  let d = 0;
  for (let k = lo; k < ligatures.length && ligatures[k] < to; k++) {
    const at = ligatures[k];
    while (d < drops.length && drops[d].end <= at) all.push(drops[d++]);
    if (d < drops.length && drops[d].start <= at) continue;
    all.push({ start: at, end: at + 1, space: false, replace: rules.ligatures.get(text[at]) });
  }
  while (d < drops.length) all.push(drops[d++]);
  return all;
}

/** Writes the pieces of one unit, without what inline rules drop. */
function writeUnit(builder: CleanTextBuilder, text: string, unit: Unit, rules: CleanupRules, repairs: Repair[], ligatures: number[]): void {
  const writer = new UnitWriter(builder, text);
  for (let index = 0; index < unit.pieces.length; index++) {
    const piece = unit.pieces[index];
    if (index > 0 && piece.join === 'space') writer.space(unit.pieces[index - 1].end);
    let cursor = piece.start;
    const found = inlineDrops(text, piece, rules, repairs);
    const drops = ligatures.length === 0 ? found : withLigatures(found, ligatures, piece.start, piece.end, text, rules);
    for (let d = 0; d < drops.length; d++) {
      const drop = drops[d];
      writer.copy(cursor, drop.start, piece.line.plainSpacing);
      if (drop.space) writer.space(drop.start);
      else if (drop.replace !== undefined) writer.replace(drop.start, drop.end, drop.replace);
      cursor = drop.end;
    }
    writer.copy(cursor, piece.end, piece.line.plainSpacing);
  }
}

/** Builds the clean text, its offset map and the blocks (in clean offsets). */
export function emitClean(text: string, layout: Layout, rules: CleanupRules, repairs: Repair[]): { text: string; map: OffsetMap; blocks: EmittedBlock[] } {
  const builder = new CleanTextBuilder(text);
  const blocks: EmittedBlock[] = [];
  const ligatures = findLigatures(text, rules);
  let previousBlock = -1;
  for (let u = 0; u < layout.units.length; u++) {
    const unit = layout.units[u];
    const first = unit.pieces[0];
    if (blocks.length > 0) separateUnits(builder, text, first.start, unit.block === previousBlock);
    builder.dropTo(first.start);
    const cleanStart = builder.length;
    writeUnit(builder, text, unit, rules, repairs, ligatures);
    const cleanEnd = builder.length;
    if (cleanEnd > cleanStart) blocks.push(unit.markupLevel !== undefined ? { kind: unit.kind, cleanStart, cleanEnd, markupLevel: unit.markupLevel } : { kind: unit.kind, cleanStart, cleanEnd });
    previousBlock = unit.block;
  }
  const { text: clean, map } = builder.finish(false);
  // One repair for all of them: a text that has ligatures has them in most lines.
  if (ligatures.length > 0) {
    const kinds = [...new Set(ligatures.map((at) => text[at]))].map((l) => `'${l}' → '${rules.ligatures.get(l)}'`).join(', ');
    repairs.push({ code: 'ligature-expanded', message: `${ligatures.length} typographic ligature${ligatures.length === 1 ? '' : 's'} read as ${ligatures.length === 1 ? 'its' : 'their'} letters: ${kinds}`, start: ligatures[0], end: ligatures[0] + 1 });
  }
  return { text: clean, map, blocks };
}
