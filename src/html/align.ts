/**
 * Placing original-text spans inside a sentence's CLEAN text. The text view shows `sentence.text`
 * (clean: lines joined, hyphenation repaired, running headers dropped), but entities, dates and
 * citations carry offsets into the original. The clean text is, character for character, a
 * subsequence of the original apart from whitespace, so a greedy alignment of the two recovers the
 * position of each clean character; each span's own surface text then fixes small drifts.
 */

/** How far ahead (in original characters) a clean character is searched for: a running header fits. */
const WINDOW = 400;

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;

/**
 * For each position `i` of `clean` (and `clean.length`), the offset in `original` it comes from,
 * relative to the start of `original` (the sentence's original slice). Monotone non-decreasing.
 * A clean character missing from the original (a normalised quote, say) takes the current position.
 */
export function alignClean(clean: string, original: string): Int32Array {
  const at = new Int32Array(clean.length + 1);
  let p = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    if (isSpace(c)) {
      at[i] = p;
      while (p < original.length && isSpace(original.charCodeAt(p))) p++;
      continue;
    }
    const limit = Math.min(original.length, p + WINDOW);
    let q = p;
    while (q < limit && original.charCodeAt(q) !== c) q++;
    if (q < limit) {
      at[i] = q;
      p = q + 1;
    } else at[i] = p;
  }
  at[clean.length] = original.length;
  return at;
}

/** A span to highlight, in clean-text positions of its sentence. */
export interface CleanSpan {
  start: number;
  end: number;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Position in `clean` of the original span `[start, end)` (relative to the sentence's original
 * start), using `map` from {@link alignClean}. When the span's surface `text` is known and the
 * aligned slice differs from it, the occurrence of `text` nearest the aligned position wins.
 * Returns null when the span falls outside the sentence.
 */
export function toCleanSpan(clean: string, map: Int32Array, start: number, end: number, text?: string): CleanSpan | null {
  const n = clean.length;
  if (end <= 0 || start >= map[n] || end <= start) return null;
  // First clean position whose origin is at or after start; one past the last before end.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  const cs = lo;
  lo = cs;
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  let ce = lo;
  while (ce > cs && clean.charCodeAt(ce - 1) === 32) ce--;
  const wanted = text === undefined ? '' : norm(text);
  if (wanted && clean.slice(cs, ce) !== wanted) {
    let best = -1;
    for (let k = clean.indexOf(wanted); k >= 0; k = clean.indexOf(wanted, k + 1)) {
      if (best < 0 || Math.abs(k - cs) < Math.abs(best - cs)) best = k;
      if (k > cs) break;
    }
    if (best >= 0) return { start: best, end: best + wanted.length };
  }
  return ce > cs ? { start: cs, end: ce } : null;
}
