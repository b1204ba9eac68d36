/**
 * The fixed split of the labelled stance sentences (tests/fixtures/stance) into a training part
 * and a held-out part: by a hash of the text, so that adding sentences never moves old ones.
 */
import { FNV_OFFSET, FNV_PRIME } from '../../fnv.js';

/** FNV-1a hash of a string (32 bits). */
export function fnv1a(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h >>> 0;
}

/** True for the ~30% of labelled sentences kept out of training and tuning. */
export function isHeldOut(text: string): boolean {
  return fnv1a(text) % 10 < 3;
}
