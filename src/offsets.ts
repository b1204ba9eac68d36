/**
 * The offset map between the clean text and the ORIGINAL input.
 *
 * Clean-up deletes characters of the original, replaces one character by one other (a line break
 * by a space; the '&' of a Markdown character reference by the character it stands for, the rest of
 * the reference deleted), and expands a typographic ligature into its letters ('ﬁ' → 'fi'). So
 * every clean character comes from exactly one original character (both letters of 'fi' from the
 * one 'ﬁ'), and the map is a list of segments inside which `original = clean + delta`: `delta`
 * grows at each deletion and falls by one at each letter a ligature adds. This is compact (one
 * entry per change, not per character) and exact, which matters for 50 MB inputs.
 */
export class OffsetMap {
  /** Clean offset at which each segment starts (ascending, first is 0). */
  private readonly segmentCleanStart: Int32Array;
  /** `original - clean` inside each segment (non-decreasing). */
  private readonly segmentDelta: Int32Array;

  /**
   * @param segmentCleanStart clean offset where each segment starts, ascending, beginning with 0
   * @param segmentDelta original minus clean offset inside each segment
   * @param cleanLength length of the clean text
   * @param originalLength length of the original text
   */
  constructor(
    segmentCleanStart: Int32Array,
    segmentDelta: Int32Array,
    readonly cleanLength: number,
    readonly originalLength: number,
  ) {
    this.segmentCleanStart = segmentCleanStart;
    this.segmentDelta = segmentDelta;
  }

  /** The identity map for a text that clean-up left untouched. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(Int32Array.of(0), Int32Array.of(0), length, length);
  }

  /** Index of the segment holding `cleanOffset` (binary search). */
  segmentOf(cleanOffset: number): number {
    const starts = this.segmentCleanStart;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= cleanOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original offset of the clean character at `cleanOffset` (use for a span's start). */
  toOriginalStart(cleanOffset: number): number {
    if (cleanOffset >= this.cleanLength) return this.originalLength;
    return cleanOffset + this.segmentDelta[this.segmentOf(cleanOffset)];
  }

  /**
   * Original offset just after the clean character before `cleanOffset` (use for a span's
   * exclusive end), so that characters deleted between two spans belong to neither.
   */
  toOriginalEnd(cleanOffset: number): number {
    if (cleanOffset <= 0) return this.toOriginalStart(0);
    return this.toOriginalStart(cleanOffset - 1) + 1;
  }

  /** Maps a clean `[start, end)` span to the original text. */
  toOriginal(cleanStart: number, cleanEnd: number): { start: number; end: number } {
    if (cleanEnd <= cleanStart) {
      const at = this.toOriginalStart(cleanStart);
      return { start: at, end: at };
    }
    return { start: this.toOriginalStart(cleanStart), end: this.toOriginalEnd(cleanEnd) };
  }

  /**
   * Clean offset of an original offset. An original offset inside deleted text maps to the clean
   * offset where the deletion happened.
   */
  toClean(originalOffset: number): number {
    const starts = this.segmentCleanStart;
    const deltas = this.segmentDelta;
    let lo = 0;
    let hi = starts.length - 1;
    // last segment whose original start <= originalOffset
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] + deltas[mid] <= originalOffset) lo = mid;
      else hi = mid - 1;
    }
    // Segments that start at the same original character (the added letters of a ligature): the
    // first of them, so that the ligature's offset maps to its first letter.
    while (lo > 0 && originalOffset - deltas[lo - 1] < starts[lo]) lo--;
    const clean = originalOffset - deltas[lo];
    const segmentEnd = lo + 1 < starts.length ? starts[lo + 1] : this.cleanLength;
    return Math.min(clean, segmentEnd);
  }

  /**
   * A mapper for queries in non-decreasing clean order (token after token): amortised O(1) per
   * query instead of a binary search. `start` and `end` have the meaning of
   * {@link toOriginalStart} and {@link toOriginalEnd}.
   */
  forward(): ForwardMapper {
    return new ForwardMapper(this, this.segmentCleanStart, this.segmentDelta);
  }

  /** Number of segments (one more than the number of deletions and added ligature letters recorded). */
  get segmentCount(): number {
    return this.segmentCleanStart.length;
  }
}

/**
 * The mapper {@link OffsetMap.forward} returns: it remembers the segment of the last query. A class
 * with methods rather than two closures made per map, so that code calling it for document after
 * document always calls the same functions (new closures made optimised callers bail out).
 */
export class ForwardMapper {
  private segment = 0;

  constructor(
    private readonly map: OffsetMap,
    private readonly starts: Int32Array,
    private readonly deltas: Int32Array,
  ) {}

  /** Original offset of the clean character at `c` (see {@link OffsetMap.toOriginalStart}). */
  start(c: number): number {
    if (c >= this.map.cleanLength) return this.map.originalLength;
    const starts = this.starts;
    let segment = this.segment;
    if (c < starts[segment]) segment = this.map.segmentOf(c);
    while (segment + 1 < starts.length && starts[segment + 1] <= c) segment++;
    this.segment = segment;
    return c + this.deltas[segment];
  }

  /** Original offset just after the clean character before `c` (see {@link OffsetMap.toOriginalEnd}). */
  end(c: number): number {
    return c <= 0 ? this.start(0) : this.start(c - 1) + 1;
  }
}

/**
 * Builds a clean text and its {@link OffsetMap} by walking the original once. Callers append
 * original ranges to copy, single characters to replace, and ranges to drop, in order.
 */
export class CleanTextBuilder {
  private readonly parts: string[] = [];
  private cleanLength = 0;
  private originalCursor = 0;
  private readonly starts: number[] = [0];
  private readonly deltas: number[] = [0];

  constructor(private readonly original: string) {}

  /** Current position in the original text (everything before it has been consumed). */
  get cursor(): number {
    return this.originalCursor;
  }

  /** Current length of the clean text built so far. */
  get length(): number {
    return this.cleanLength;
  }

  /** The last clean character emitted, or '' at the start. */
  get lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p.length > 0) return p[p.length - 1];
    }
    return '';
  }

  /** Copies the original up to `end` unchanged. */
  copyTo(end: number): void {
    if (end <= this.originalCursor) return;
    this.parts.push(this.original.slice(this.originalCursor, end));
    this.cleanLength += end - this.originalCursor;
    this.originalCursor = end;
  }

  /** Replaces the single original character at the cursor by `replacement` (one character). */
  replaceChar(replacement: string): void {
    if (replacement.length !== 1) throw new Error('replaceChar takes exactly one character');
    this.parts.push(replacement);
    this.cleanLength += 1;
    this.originalCursor += 1;
  }

  /**
   * Writes `replacement` in place of the original from the cursor up to `end`: its k-th character
   * stands for the k-th original one; an original longer than it loses the rest ('&amp;' reads
   * '&'), and the characters it has beyond the original's length stand for the original's last one
   * (the ligature 'ﬁ' reads 'fi').
   */
  replaceRange(end: number, replacement: string): void {
    // Every clean character comes from an original one: nothing is written where nothing stood.
    if (end <= this.originalCursor || replacement.length === 0) throw new Error('replaceRange replaces at least one original character by at least one');
    const common = Math.min(end - this.originalCursor, replacement.length);
    for (let k = 0; k < common; k++) this.replaceChar(replacement[k]);
    if (common === replacement.length) {
      this.dropTo(end);
      return;
    }
    const source = this.originalCursor - 1;
    for (let k = common; k < replacement.length; k++) {
      this.starts.push(this.cleanLength);
      this.deltas.push(source - this.cleanLength);
      this.parts.push(replacement[k]);
      this.cleanLength += 1;
    }
  }

  /** Drops the original up to `end`: those characters have no clean counterpart. */
  dropTo(end: number): void {
    if (end <= this.originalCursor) return;
    this.originalCursor = end;
    const delta = this.originalCursor - this.cleanLength;
    const last = this.starts.length - 1;
    if (this.starts[last] === this.cleanLength) this.deltas[last] = delta;
    else {
      this.starts.push(this.cleanLength);
      this.deltas.push(delta);
    }
  }

  /** Finishes: drops nothing more, copies the rest if `copyRest`, returns text and map. */
  finish(copyRest = false): { text: string; map: OffsetMap } {
    if (copyRest) this.copyTo(this.original.length);
    else this.dropTo(this.original.length);
    const text = this.parts.join('');
    return {
      text,
      map: new OffsetMap(
        Int32Array.from(this.starts),
        Int32Array.from(this.deltas),
        text.length,
        this.original.length,
      ),
    };
  }
}
