/**
 * The citations stage's objects: the layer types of `src/doc.ts` plus the fields this stage adds
 * (extra fields on a layer's objects are allowed and kept in the report).
 */
import type { Citation, Reference, Span } from '../../doc.js';
import type { Creator, ReferenceDetails } from './references.js';

/** A citation with its bracket and how its authors were read. */
export interface CitationRecord extends Citation {
  /** Cleaned text of the whole bracket ('(Chan 2013; Xu 2013)'); for narrative citations, `text`. */
  group: string;
  /** Original span of the whole bracket (narrative: the citation's span). */
  groupSpan: Span;
  /** 'see', 'cf.', 'e.g.,' before the citation inside its bracket, or null. */
  prefix: string | null;
  /** The author list ended with "et al." */
  etAl: boolean;
  /** The single author is an organisation ('Front Line Defenders'), not a surname. */
  organisation: boolean;
}

/** A reference-list entry with given names and bibliographic details (for CSL-JSON). */
export interface ReferenceRecord extends Reference {
  creators: Creator[];
  details: ReferenceDetails;
  /** Other names of an organisation author ('ILO' in 'ILO (International Labour Organization)'). */
  aliases?: string[];
}
