/**
 * Linking in-text citations to reference-list entries by first author and year: case, diacritics
 * and apostrophes do not matter ('Mikail' = 'Mikaïl', "O'Neill" = 'O’Neill'), "et al." matches a
 * many-author entry, an organisation may be cited by its acronym ('USAID 2014' for 'United
 * States Agency for International Development. 2014.') or the other name the entry gives it
 * ('ILO (International Labour Organization)'), and a person by full name in either order
 * ('Ching Kwan Lee 2007', Chinese 'Wang Hui 2003' for 'Wang, Hui. 2003.').
 */

/** What linking needs to know about an entry. */
export interface LinkableReference {
  id: string;
  authors: string[];
  year: string;
  /** The entry's first author is an organisation (a literal name). */
  organisation: boolean;
  /** Other names of the first author: an organisation's alias, a person's full name in either order. */
  aliases?: readonly string[];
}

/** ASCII letters, digits, full stops, hyphens and straight apostrophes, single-spaced: most names. */
const PLAIN_NAME = /^[A-Za-z0-9.'-]+(?: [A-Za-z0-9.'-]+)*$/;

/** Folds a name for comparison: no diacritics, one apostrophe, lower case, single spaces. */
export function foldName(name: string): string {
  // A plain name has nothing to fold but its case (the same as the steps below, which cost more).
  if (PLAIN_NAME.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/gu, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** 'United States Agency for International Development' → 'usaid' (capitalised words only). */
export function acronymOf(name: string): string | null {
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
  return initials.length >= 2 ? initials.join('').toLowerCase() : null;
}

/** An index of entries by folded first author and year. */
export class ReferenceIndex {
  private readonly byKey = new Map<string, LinkableReference[]>();
  private readonly byAuthor = new Map<string, LinkableReference[]>();

  constructor(readonly references: readonly LinkableReference[]) {
    for (const r of references) {
      if (r.authors.length === 0) continue;
      const first = foldName(r.authors[0]);
      const names = [first];
      const acronym = r.organisation ? acronymOf(r.authors[0]) : null;
      if (acronym && acronym !== first) names.push(acronym);
      for (const alias of r.aliases ?? []) {
        const folded = foldName(alias);
        if (!names.includes(folded)) names.push(folded);
      }
      for (const n of names) {
        push(this.byKey, `${n}|${r.year}`, r);
        push(this.byAuthor, n, r);
      }
    }
  }

  /**
   * True when `name` names the entry's first author only by another name (an alias, a full name),
   * not by the surname or organisation the entry is filed under.
   */
  static byOtherName(name: string, r: LinkableReference): boolean {
    return r.authors.length > 0 && foldName(name) !== foldName(r.authors[0]);
  }

  /** True when some entry has this first author (folded), whatever the year. */
  hasAuthor(name: string): boolean {
    return this.byAuthor.has(foldName(name));
  }

  /**
   * The entry a citation points to, or null.
   * @param authors the citation's surnames (or organisation)
   * @param etAl the citation ended with "et al."
   * @param year the citation's year with letter
   */
  find(authors: readonly string[], etAl: boolean, year: string): LinkableReference | null {
    if (authors.length === 0) return null;
    const first = foldName(authors[0]);
    let candidates = this.byKey.get(`${first}|${year}`) ?? [];
    if (candidates.length === 0) {
      // '(Smith 2003)' for 'Smith. 2003a.' when that is the only 2003 entry, and the reverse.
      const bare = year.replace(/[a-z]$/, '');
      const loose = (this.byAuthor.get(first) ?? []).filter((r) => r.year.replace(/[a-z]$/, '') === bare && (r.year === bare || bare === year));
      if (loose.length === 1) candidates = loose;
    }
    if (candidates.length <= 1) return candidates[0] ?? null;
    const wanted = authors.map(foldName).join('|');
    let best = candidates[0];
    let bestScore = -1;
    for (const r of candidates) {
      const names = r.authors.map(foldName);
      let score = 0;
      if (names.join('|') === wanted) score = 3;
      else if (etAl && names.length >= 3) score = 2;
      else if (etAl && names.length >= 2) score = 1.5;
      else if (names.length === authors.length) score = 1;
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
