/**
 * The grammar's quick filter: which rules can match in a stretch at all. A rule needs certain
 * elements ("the year" + @year needs the word 'year' and a year atom); if no key that could match
 * one of them is present in the stretch, the rule is never tried, and a level with no such rule is
 * not run. Kept up to date as keys turn up (tokens first, then the categories of atoms as levels
 * build them), in flat arrays stamped per stretch so that nothing is cleared between stretches.
 */

/** A rule as the filter sees it: its order, and for each element it needs, the key slots that can match it. */
export interface NeedingRule {
  order: number;
  requiredSlots: readonly Int32Array[];
}

export class Presence {
  /**
   * For each slot, the rules needing it and which of their elements it meets (a bit per element):
   * `slotRules[slotFrom[s] .. slotFrom[s + 1]]`, with the bits in `slotMasks` at the same place.
   */
  private readonly slotFrom: Int32Array;
  private readonly slotRules: Int32Array;
  private readonly slotMasks: Int32Array;
  /** Per rule: the bits of all its elements; the index of its level. */
  private readonly ruleNeeds: Int32Array;
  private readonly ruleLevel: Int32Array;
  /** Rules that need no key at all (every element optional): possible everywhere. */
  private readonly freeRules: number[] = [];
  /**
   * Per stretch: the stamp of the stretch where each slot and rule was last present or possible;
   * which elements of each rule are met (valid when `ruleCounted` holds the stamp); how many
   * possible rules each level has (valid when `levelCounted` does).
   */
  private readonly slot: Int32Array;
  private readonly ruleCounted: Int32Array;
  private readonly ruleMet: Int32Array;
  private readonly rulePossible: Int32Array;
  private readonly levelCounted: Int32Array;
  private readonly levelPossible: Int32Array;
  private stamp = 0;

  /**
   * @param keySpace number of key slots
   * @param levels the rules of each level, in level order
   * @param ruleCount one more than the highest rule order
   */
  constructor(keySpace: number, levels: readonly (readonly NeedingRule[])[], ruleCount: number) {
    // Slot → rule → bits of the rule's elements the slot meets.
    const bySlot: Map<number, number>[] = Array.from({ length: keySpace }, () => new Map());
    this.ruleNeeds = new Int32Array(ruleCount);
    this.ruleLevel = new Int32Array(ruleCount);
    levels.forEach((rules, li) => {
      for (const r of rules) {
        if (r.requiredSlots.length > 31) throw new Error(`a rule needs at most 31 elements, not ${r.requiredSlots.length}`);
        this.ruleLevel[r.order] = li;
        this.ruleNeeds[r.order] = (1 << r.requiredSlots.length) - 1;
        if (r.requiredSlots.length === 0) this.freeRules.push(r.order);
        r.requiredSlots.forEach((slots, e) => {
          for (const slot of slots) bySlot[slot].set(r.order, (bySlot[slot].get(r.order) ?? 0) | (1 << e));
        });
      }
    });
    this.slotFrom = new Int32Array(keySpace + 1);
    const rulesOf: number[] = [];
    const masksOf: number[] = [];
    bySlot.forEach((rules, slot) => {
      this.slotFrom[slot] = rulesOf.length;
      for (const [r, mask] of rules) {
        rulesOf.push(r);
        masksOf.push(mask);
      }
    });
    this.slotFrom[keySpace] = rulesOf.length;
    this.slotRules = Int32Array.from(rulesOf);
    this.slotMasks = Int32Array.from(masksOf);
    this.slot = new Int32Array(keySpace);
    this.ruleCounted = new Int32Array(ruleCount);
    this.ruleMet = new Int32Array(ruleCount);
    this.rulePossible = new Int32Array(ruleCount);
    this.levelCounted = new Int32Array(levels.length);
    this.levelPossible = new Int32Array(levels.length);
  }

  /** A new stretch: nothing present yet. */
  begin(): void {
    this.stamp++;
    for (const r of this.freeRules) this.markPossible(r);
  }

  /** Key `slot` is present in the stretch: the elements it meets are met, and a rule whose elements all are becomes possible. */
  mark(slot: number): void {
    const stamp = this.stamp;
    if (this.slot[slot] === stamp) return;
    this.slot[slot] = stamp;
    for (let k = this.slotFrom[slot], end = this.slotFrom[slot + 1]; k < end; k++) {
      const r = this.slotRules[k];
      let met = this.ruleCounted[r] === stamp ? this.ruleMet[r] : 0;
      if (met === this.ruleNeeds[r]) continue;
      met |= this.slotMasks[k];
      this.ruleCounted[r] = stamp;
      this.ruleMet[r] = met;
      if (met === this.ruleNeeds[r]) this.markPossible(r);
    }
  }

  /** Can the rule of order `r` match in this stretch? */
  possible(r: number): boolean {
    return this.rulePossible[r] === this.stamp;
  }

  /** Can some rule of the `li`-th level match in this stretch? */
  levelOpen(li: number): boolean {
    return this.levelCounted[li] === this.stamp && this.levelPossible[li] > 0;
  }

  private markPossible(r: number): void {
    const stamp = this.stamp;
    this.rulePossible[r] = stamp;
    const li = this.ruleLevel[r];
    if (this.levelCounted[li] !== stamp) {
      this.levelCounted[li] = stamp;
      this.levelPossible[li] = 0;
    }
    this.levelPossible[li]++;
  }
}
