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
  /**
   * Each level's rules in groups that share a word of bits: per group, the word, the bit of the
   * last element each of its rules needs (`groupLastBits`) and its rules' orders (`groupRules[groupFrom[g] ..
   * groupFrom[g + 1]]`); a level's groups are `levelGroups[li] .. levelGroups[li + 1]`. A rule
   * is possible only when its last element is met (most often an atom or a date, rarer than the
   * words before it: 'the' + 'year' + @year), so one read rules out a whole group none of whose
   * last elements is met. Testing every rule of a level that cannot run (most levels of most
   * stretches) one by one took some four reads per token of every stretch; this takes one.
   */
  private readonly levelGroups: Int32Array;
  private readonly groupWord: Int32Array;
  private readonly groupLastBits: Int32Array;
  private readonly groupFrom: Int32Array;
  private readonly groupRules: Int32Array;
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
    const levelGroups: number[] = [];
    const groupWord: number[] = [];
    const groupLastBits: number[] = [];
    const groupFrom: number[] = [];
    const groupRules: number[] = [];
    for (const rules of levels) {
      levelGroups.push(groupWord.length);
      for (const r of rules) {
        const w = this.ruleWord[r.order];
        const mask = this.ruleMask[r.order];
        if (groupWord.length === levelGroups[levelGroups.length - 1] || groupWord[groupWord.length - 1] !== w) {
          groupWord.push(w);
          groupLastBits.push(0);
          groupFrom.push(groupRules.length);
        }
        // (A rule that needs nothing has no bits: its group is always looked into.)
        groupLastBits[groupLastBits.length - 1] |= mask === 0 ? -1 : 1 << (31 - Math.clz32(mask));
        groupRules.push(r.order);
      }
    }
    levelGroups.push(groupWord.length);
    groupFrom.push(groupRules.length);
    this.levelGroups = Int32Array.from(levelGroups);
    this.groupWord = Int32Array.from(groupWord);
    this.groupLastBits = Int32Array.from(groupLastBits);
    this.groupFrom = Int32Array.from(groupFrom);
    this.groupRules = Int32Array.from(groupRules);
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
    for (let g = this.levelGroups[li], end = this.levelGroups[li + 1]; g < end; g++) {
      if ((this.met[this.groupWord[g]] & this.groupLastBits[g]) === 0) continue;
      for (let k = this.groupFrom[g], last = this.groupFrom[g + 1]; k < last; k++) if (this.possible(this.groupRules[k])) return true;
    }
    return false;
  }
}
