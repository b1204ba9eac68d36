/**
 * The grammar's quick filter: which rules can match in a stretch at all. A rule needs certain
 * elements ("the year" + @year needs the word 'year' and a year atom); if no key that could match
 * one of them is present in the stretch, the rule is never tried, and a level with no such rule is
 * not run. Kept up to date as keys turn up (tokens first, then the categories of atoms as levels
 * build them), as bits: marking a key sets the bits of the elements it meets, and a rule is
 * possible when all its bits are set.
 */

/** A rule as the filter sees it: its order, and for each element it needs, the key slots that can match it. */
export interface NeedingRule {
  order: number;
  requiredSlots: readonly Int32Array[];
}

export class Presence {
  /**
   * Each element a rule needs is one bit of the stretch's `met` bits; a rule's bits lie in one word
   * of them (`ruleWord`, `ruleMask`). For each slot, the bits it sets:
   * `slotWord[slotFrom[s] .. slotFrom[s + 1]]` with `slotMask` at the same place, one entry per
   * word (a common word such as 'the', which two dozen rules need, is a handful of ORs).
   */
  private readonly slotFrom: Int32Array;
  private readonly slotWord: Int32Array;
  private readonly slotMask: Int32Array;
  private readonly ruleWord: Int32Array;
  private readonly ruleMask: Int32Array;
  /** The orders of each level's rules. */
  private readonly levelRules: Int32Array[];
  /** Per stretch: the elements met so far; and the stamp of the stretch where each slot was last present. */
  private readonly met: Int32Array;
  private readonly slot: Int32Array;
  private stamp = 0;

  /**
   * @param keySpace number of key slots
   * @param levels the rules of each level, in level order
   * @param ruleCount one more than the highest rule order
   */
  constructor(keySpace: number, levels: readonly (readonly NeedingRule[])[], ruleCount: number) {
    this.ruleWord = new Int32Array(ruleCount);
    this.ruleMask = new Int32Array(ruleCount);
    // Slot → word → bits it sets there.
    const bySlot: Map<number, number>[] = Array.from({ length: keySpace }, () => new Map());
    // Bits 0 … 30 of each word: masks stay small non-negative integers.
    let word = 0;
    let bit = 0;
    for (const rules of levels) {
      for (const r of rules) {
        const k = r.requiredSlots.length;
        if (k > 31) throw new Error(`a rule needs at most 31 elements, not ${k}`);
        if (bit + k > 31) {
          word++;
          bit = 0;
        }
        this.ruleWord[r.order] = word;
        this.ruleMask[r.order] = ((1 << k) - 1) << bit;
        r.requiredSlots.forEach((slots, e) => {
          for (const slot of slots) bySlot[slot].set(word, (bySlot[slot].get(word) ?? 0) | (1 << (bit + e)));
        });
        bit += k;
      }
    }
    this.levelRules = levels.map((rules) => Int32Array.from(rules, (r) => r.order));
    this.slotFrom = new Int32Array(keySpace + 1);
    const words: number[] = [];
    const masks: number[] = [];
    bySlot.forEach((bits, slot) => {
      this.slotFrom[slot] = words.length;
      for (const [w, mask] of bits) {
        words.push(w);
        masks.push(mask);
      }
    });
    this.slotFrom[keySpace] = words.length;
    this.slotWord = Int32Array.from(words);
    this.slotMask = Int32Array.from(masks);
    this.met = new Int32Array(word + 1);
    this.slot = new Int32Array(keySpace);
  }

  /** A new stretch: nothing present yet. */
  begin(): void {
    this.stamp++;
    this.met.fill(0);
  }

  /** Key `slot` is present in the stretch: the elements it meets are met. */
  mark(slot: number): void {
    if (this.slot[slot] === this.stamp) return;
    this.slot[slot] = this.stamp;
    for (let k = this.slotFrom[slot], end = this.slotFrom[slot + 1]; k < end; k++) this.met[this.slotWord[k]] |= this.slotMask[k];
  }

  /** Can the rule of order `r` match in this stretch (is every element it needs met)? */
  possible(r: number): boolean {
    const mask = this.ruleMask[r];
    return (this.met[this.ruleWord[r]] & mask) === mask;
  }

  /** Can some rule of the `li`-th level match in this stretch? */
  levelOpen(li: number): boolean {
    const rules = this.levelRules[li];
    for (let k = 0; k < rules.length; k++) if (this.possible(rules[k])) return true;
    return false;
  }
}
