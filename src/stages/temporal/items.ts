/**
 * What the temporal grammar works on: items (tokens and the atoms built from them) and the
 * captures of a match.
 */
import type { Tokens } from './lexer.js';
import type { Value } from './values.js';

/** An atom: a recognised piece spanning tokens `[i0, i1)`. */
export interface Atom {
  cat: string;
  i0: number;
  i1: number;
  value: Value;
  rule: string;
}

/**
 * An item of the grammar: a token, as its index in the stretch's {@link Tokens}, or an atom built
 * from items, covering tokens `[i0, i1)`. (Tokens are plain numbers: no object per token.)
 */
export type Item = number | AtomItem;

export interface AtomItem {
  i0: number;
  i1: number;
  atom: Atom;
  /** The grammar's id of the atom's category (-1 when no rule reads it), for the later levels. */
  catId: number;
}

/** The first token of an item, and one past its last. */
export const startOf = (item: Item): number => (typeof item === 'number' ? item : item.i0);
export const endOf = (item: Item): number => (typeof item === 'number' ? item + 1 : item.i1);

/** The atom an item is, or undefined for a token. */
export function atomOf(item: Item | undefined): Atom | undefined {
  return typeof item === 'object' ? item.atom : undefined;
}

/** The token an item is, or -1 for an atom (or no item). */
export function tokenOf(item: Item | undefined): number {
  return typeof item === 'number' ? item : -1;
}

/** One captured element: its items, and what it matched. */
export interface Capture {
  /** First and one-past-last item. */
  from: number;
  to: number;
  /** First and one-past-last token. */
  i0: number;
  i1: number;
  /** The value of a captured atom. */
  value?: Value;
  /** Category of a captured atom. */
  cat?: string;
  /** The class value of a captured class phrase (a number, a string, an object from the data). */
  lex?: unknown;
  /** Normalised text of the captured tokens, space-joined. */
  norm: string;
}

/** The captures of a match by name (a `ReadonlyMap` is one). */
export interface Captures {
  get(name: string): Capture | undefined;
}
