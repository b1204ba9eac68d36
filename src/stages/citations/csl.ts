/**
 * CSL-JSON for the works a document cites, for reference managers (Zotero, Pandoc citeproc): from
 * the parsed reference list when the text has one, else from the in-text citations themselves
 * (family names and year only).
 */
import type { Citation, Doc, Reference } from '../../doc.js';
import type { CitationRecord, ReferenceRecord } from './types.js';

type CslName = { family: string; given?: string } | { literal: string };
type CslDate = { 'date-parts': [[number]] } | { literal: string };

/** One CSL-JSON item (the fields periodcheck can fill). An edited volume has editors, not authors. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  /** The first edition's date of a reprint ('Marx [1867] 1976'). */
  'original-date'?: CslDate;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  URL?: string;
  publisher?: string;
  'publisher-place'?: string;
}

const keyPart = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

/** Citation keys 'bakke2020', unique within the document ('chaudhry2016', 'chaudhry2016-2'). */
function keyer(): (authors: readonly string[], year: string) => string {
  const used = new Map<string, number>();
  return (authors, year) => {
    const base = `${keyPart(authors[0] ?? 'anon').slice(0, 30) || 'anon'}${keyPart(year)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

function issued(year: string): CslItem['issued'] {
  const y = /^(\d{4})/.exec(year);
  // 'forthcoming' is kept as a literal date; 'n.d.' means there is none.
  return y ? { 'date-parts': [[Number(y[1])]] } : year && year !== 'n.d.' ? { literal: year } : undefined;
}

function fromReference(r: Reference & Partial<Pick<ReferenceRecord, 'creators' | 'details'>>, id: string): CslItem {
  const d = r.details;
  const creators = r.creators ?? r.authors.map((family) => ({ family }));
  const item: CslItem = { id, type: d?.type ?? 'document' };
  // A chapter's editors edit the book it is in; an edited volume's are its only creators.
  if (d?.edited && d.type !== 'chapter') item.editor = creators;
  else item.author = creators;
  if (d?.type === 'chapter' && d.containerEditors?.length) item.editor = d.containerEditors;
  if (r.title) item.title = r.title;
  const date = issued(r.year);
  if (date) item.issued = date;
  const original = d?.originalYear ? issued(d.originalYear) : undefined;
  if (original) item['original-date'] = original;
  if (d?.containerTitle) item['container-title'] = d.containerTitle;
  if (d?.volume) item.volume = d.volume;
  if (d?.issue) item.issue = d.issue;
  if (d?.page) item.page = d.page;
  if (d?.doi) item.DOI = d.doi;
  if (d?.url) item.URL = d.url;
  if (d?.publisher) item.publisher = d.publisher;
  if (d?.publisherPlace) item['publisher-place'] = d.publisherPlace;
  return item;
}

/** Items for works cited in the text when there is no reference list: one per author list and year. */
function fromCitations(citations: readonly (Citation & Partial<Pick<CitationRecord, 'organisation'>>)[], key: ReturnType<typeof keyer>): CslItem[] {
  const seen = new Set<string>();
  const items: CslItem[] = [];
  for (const c of citations) {
    const identity = `${c.authors.join('|').toLowerCase()}|${c.year}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const date = issued(c.year);
    // 'Front Line Defenders 2016': an organisation is a literal name, not a family name.
    const author = c.organisation ? c.authors.map((literal) => ({ literal })) : c.authors.map((family) => ({ family }));
    items.push({ id: key(c.authors, c.year), type: 'document', author, ...(date ? { issued: date } : {}) });
  }
  return items;
}

/**
 * CSL-JSON items for the works `doc` cites: every entry of its reference list, or, without one,
 * one item per distinct author list and year among its citations. Pure; reads the `references`
 * and `citations` layers.
 */
export function toCslJson(doc: Doc): CslItem[] {
  const key = keyer();
  const references: (Reference & Partial<ReferenceRecord>)[] = doc.layers.references ?? [];
  if (references.length > 0) return references.map((r) => fromReference(r, key(r.authors, r.year)));
  return fromCitations(doc.layers.citations ?? [], key);
}
