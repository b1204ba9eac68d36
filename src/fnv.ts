/**
 * 32-bit FNV-1a: the hash stages compute while they scan a word (one multiply per character, no
 * string made for the word). Each stage folds case its own way before a step
 * (`h = Math.imul(h ^ unit, FNV_PRIME)`). A hash kept in a typed array or used as a Map key is cut to
 * {@link SMALL_HASH_MASK}, so that it stays a small integer in V8 (larger numbers are boxed).
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
export const SMALL_HASH_MASK = 0x3fffffff;

/**
 * A bit per value of the low 16 bits of a set of hashes: a hash whose bit is clear is not in the
 * set, so most words are ruled out with one array read instead of a Map lookup.
 */
export class HashFilter {
  private readonly bits = new Uint32Array(65536 / 32);

  add(h: number): void {
    this.bits[(h & 0xffff) >>> 5] |= 1 << (h & 31);
  }

  mayHold(h: number): boolean {
    return (this.bits[(h & 0xffff) >>> 5] & (1 << (h & 31))) !== 0;
  }
}
