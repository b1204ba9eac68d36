/**
 * The era table (`pipeline/eras.json`): eras, events and leaders' tenures, and the names the
 * grammar recognises for them.
 */
import type { EraNameLex } from './builders.js';

/** One row of the era table. */
export interface EraEntry {
  id: string;
  /** `period` may stand alone ("the Cold War"); `leader` needs a frame ("under Xi Jinping"). */
  type: 'period' | 'leader';
  names: string[];
  /** Names that count only inside a frame ("the Xi period", "post-Tiananmen"). */
  short: string[];
  /** For a team ("Hu–Wen"): the ids of its members. */
  members?: string[];
  /**
   * For a generic name ("post-war", "the war years"): the entries it may stand for; the one the
   * text named last before it is meant, else this entry's own years.
   */
  latestOf?: string[];
  /**
   * Words one of which the text must write for the table's years to apply: an era whose name is
   * generic where the table's is one country's ('the reform era' is China's from 1978 in a text that
   * names China; a text on another country's reform era dates its own).
   */
  requires?: string[];
  from: number | null;
  to: number | null;
  note?: string;
}

export interface EraTable {
  entries: ReadonlyMap<string, EraEntry>;
  /** Phrases of the grammar's `eraName` class: name → the entries it may name. */
  phrases: Record<string, EraNameLex[]>;
}

/** A word in lower case (a particle) after the first of a family name: 'Giscard d'Estaing', 'de Gaulle', 'van der Bellen'. */
// (Not an epithet: 'the Great' of 'Peter the Great' names no one alone.)
const PARTICLE_INSIDE = /^(?!.*(?:^|\s)the\s)(?=.*(?:^|\s)\p{Ll})\S+(?:\s\S+)+$/u;

/** Checks and indexes the era table; throws with the bad row on a malformed entry. */
export function compileEras(data: { eras: EraEntry[] }): EraTable {
  const entries = new Map<string, EraEntry>();
  const phrases: Record<string, EraNameLex[]> = {};
  for (const e of data.eras) {
    if (!e.id || (e.type !== 'period' && e.type !== 'leader') || !Array.isArray(e.names)) {
      throw new Error(`malformed era entry ${JSON.stringify(e).slice(0, 120)}`);
    }
    if (entries.has(e.id)) throw new Error(`era id '${e.id}' appears twice`);
    entries.set(e.id, e);
    const add = (name: string, short: boolean): void => {
      (phrases[name] ??= []).push({ id: e.id, type: e.type, short });
    };
    for (const n of e.names) add(n, false);
    for (const n of e.short ?? []) add(n, true);
    // A leader's family name with its particle, the given name left out, is a short form too
    // ('under de Gaulle', 'Under Giscard d'Estaing' of Valéry Giscard d'Estaing): the table's short
    // form may stop before the particle ('Giscard'), and a text that writes the particle means the whole.
    if (e.type === 'leader') {
      for (const n of e.names) {
        const rest = n.slice(n.indexOf(' ') + 1);
        if (rest !== n && PARTICLE_INSIDE.test(rest) && !e.names.includes(rest) && !(e.short ?? []).includes(rest)) add(rest, true);
      }
    }
  }
  for (const e of entries.values()) {
    for (const m of e.members ?? []) if (!entries.has(m)) throw new Error(`era '${e.id}' names unknown member '${m}'`);
    for (const m of e.latestOf ?? []) if (!entries.has(m)) throw new Error(`era '${e.id}' names unknown era '${m}' in latestOf`);
  }
  return { entries, phrases };
}
