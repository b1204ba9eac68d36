/**
 * Parsing reference-list entries (author–date styles: Chicago, APA, Harvard): authors with given
 * names, year, title, and what CSL-JSON needs (container, volume, issue, pages, DOI, URL,
 * publisher). "———." repeats the previous entry's authors.
 */
import type { CitationRules } from './rules.js';

/** One author of an entry: a person, or an organisation as a literal name. */
export type Creator = { family: string; given?: string } | { literal: string };

export const REFERENCE_TYPES = ['article-journal', 'book', 'chapter', 'thesis', 'document'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

/** Bibliographic details beyond authors, year and title, as far as the entry shows them. */
export interface ReferenceDetails {
  type: ReferenceType;
  containerTitle?: string;
  volume?: string;
  issue?: string;
  page?: string;
  doi?: string;
  url?: string;
  publisher?: string;
  publisherPlace?: string;
  editors?: string;
}

export interface ParsedEntry {
  creators: Creator[];
  /** Surnames, or the organisation's name. */
  authors: string[];
  year: string;
  title: string | null;
  details: ReferenceDetails;
}

const INITIALS = /^(?:\p{Lu}\.?[\s-]*)+$/u;
const SUFFIX = /^(?:Jr|Sr|I{2,3}|IV)\.?$/u;

/** The surname of 'Given Surname' ('Meta De Lange' → 'De Lange'), with the given names. */
function splitFullName(full: string, particles: Set<string>): Creator {
  const words = full.split(/\s+/);
  let j = words.length - 1;
  while (j > 1 && particles.has(words[j - 1].toLowerCase())) j--;
  const given = words.slice(0, j).join(' ');
  return given ? { family: words.slice(j).join(' '), given } : { family: words.slice(j).join(' ') };
}

/**
 * Authors of an entry: 'Bakke, Kristin M., Neil J. Mitchell, and Hannah M. Smidt' (Chicago),
 * 'Bakke, K. M., Mitchell, N. J., & Smidt, H. M.' (APA), or an organisation without a comma
 * ('Front Line Defenders').
 */
export function parseCreators(raw: string, rules: CitationRules): Creator[] {
  let s = raw.replace(rules.ref.editorMarkers, '').replace(/[.,\s]+$/u, '').trim();
  // 'Eklund, S. (2019)': the full stop after a final initial belongs to it.
  if (/(?:^|[\s.,-])\p{Lu}$/u.test(s)) s += '.';
  if (!s.includes(',')) return s ? [{ literal: s.replace(/\s+/g, ' ') }] : [];
  const bare = s.replace(rules.etAl, '').trim();
  const pieces = bare.split(rules.authorSplit).map((p) => p.trim()).filter((p) => p.length > 0 && !SUFFIX.test(p));
  const creators: Creator[] = [];
  if (pieces.length === 0) return creators;
  creators.push(pieces.length > 1 ? { family: pieces[0], given: pieces[1] } : { family: pieces[0] });
  for (let i = 2; i < pieces.length; i++) {
    const p = pieces[i];
    const next = pieces[i + 1];
    if (rules.singleName.test(p) && next !== undefined && INITIALS.test(next)) {
      // APA: 'Mitchell, N. J.', 'van der Linden, M.'
      creators.push({ family: p, given: next });
      i++;
    } else if (/\s/.test(p) && !INITIALS.test(p)) {
      // Chicago: 'Neil J. Mitchell'
      creators.push(splitFullName(p, rules.ref.particles));
    } else creators.push({ family: p });
  }
  return creators;
}

const familyOf = (c: Creator): string => ('literal' in c ? c.literal : c.family);

/** Where an unquoted title ends: at a full stop that is not an initial ('D. C.', 'U.S.'), or at a
 * question mark when publication details follow ('… Responding? Washington, D. C.: …'). */
function unquotedTitleEnd(rest: string): { end: number; next: number } {
  const stops = /([.?!])(?=\s|$)/gu;
  for (const m of rest.matchAll(stops)) {
    const at = m.index;
    const before = rest.slice(0, at);
    const after = rest.slice(at + 1).trimStart();
    if (m[1] === '.') {
      if (/(?:^|[\s.(])\p{Lu}$/u.test(before) || /\b(?:Vol|No|Nos|ed|eds|St|Dr|Mr|Mrs|Ms|Jr|Sr|vs|etc|pp|p)$/u.test(before)) continue;
      return { end: at, next: at + 1 };
    }
    if (after === '' || /^(?:\p{Lu}[\p{L}\p{M} ,.]{1,60}?:\s|In\s|https?:|doi:)/u.test(after)) return { end: at + 1, next: at + 1 };
  }
  return { end: rest.length, next: rest.length };
}

const QUOTES: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/** Title and the text after it. */
function titleOf(rest: string): { title: string | null; after: string } {
  const open = rest[0];
  const close = QUOTES[open];
  if (close) {
    const end = rest.indexOf(close, 1);
    if (end > 0) return { title: rest.slice(1, end).replace(/[.,;:\s]+$/u, '').trim() || null, after: rest.slice(end + 1).replace(/^[\s.,;:]+/u, '') };
  }
  const { end, next } = unquotedTitleEnd(rest);
  const title = rest.slice(0, end).trim();
  return { title: title || null, after: rest.slice(next).trim() };
}

const DOI = /(?:https?:\/\/(?:dx\.)?doi\.org\/|\bdoi:\s*)(10\.\d{4,9}\/\S+?)(?=[.,;]?(?:\s|$))/iu;
/** 'doi' in any case (ASCII case folding, as the `iu` patterns fold these letters): needed by {@link DOI}. */
const DOI_HINT = /doi/i;
const URL = /https?:\/\/\S+?(?=[.,;]?(?:\s|$))/u;
const URLS = new RegExp(URL.source, 'gu');
const JOURNAL = /^(?<container>[^.]+?)[,.]?\s+(?<volume>\d+)\s*(?:\((?<issue>[^)]+)\))?\s*[:,]\s*(?<page>\d+(?:\s*[–-]\s*\d+)?)/u;
const CONTAINER_PAGES = /^(?<container>[^.]+?),\s+(?<page>\d+\s*[–-]\s*\d+)\s*\./u;
const PUBLISHER = /(?:^|\.\s+|,\s+)(?<place>\p{Lu}[^:]{0,60}?):\s*(?<publisher>[^.]+?)(?:\.\s|\.?$)/u;

/** Container, volume, pages, DOI, URL, publisher, and the type they imply. */
function detailsOf(after: string, rules: CitationRules): ReferenceDetails {
  const details: ReferenceDetails = { type: 'document' };
  // Each pattern runs only where its literal part is ('doi', 'http'): most entries have neither.
  const hasDoi = DOI_HINT.test(after);
  const hasUrl = after.includes('http');
  const doi = hasDoi ? DOI.exec(after) : null;
  if (doi) details.doi = doi[1];
  const url = hasUrl ? URL.exec(after) : null;
  if (url && !doi) details.url = url[0];
  let rest = hasUrl ? after.replace(URLS, '') : after;
  if (hasDoi) rest = rest.replace(/\bdoi:\s*\S+/giu, '');
  rest = rest.replace(/\s+/g, ' ').trim();
  const chapter = rules.ref.chapterMarkers.exec(rest);
  if (chapter?.groups) {
    details.type = 'chapter';
    details.containerTitle = chapter.groups.container.trim();
    details.editors = chapter.groups.editors.trim();
    rest = rest.slice(chapter[0].length);
  }
  const thesis = rules.ref.thesisMarkers.exec(rest);
  if (thesis && details.type === 'document') {
    details.type = 'thesis';
    rest = rest.slice(0, thesis.index) + rest.slice(thesis.index + thesis[0].length).replace(/^[\s,.]+/u, '');
  }
  const dated = details.type === 'document' ? rules.ref.datedContainer.exec(rest) : null;
  if (dated?.groups) {
    details.containerTitle = dated.groups.container.trim();
    return details;
  }
  if (details.type === 'document') {
    const journal = JOURNAL.exec(rest) ?? CONTAINER_PAGES.exec(rest);
    if (journal?.groups) {
      details.type = 'article-journal';
      details.containerTitle = journal.groups.container.trim();
      if (journal.groups.volume) details.volume = journal.groups.volume;
      if (journal.groups.issue && /^\d/.test(journal.groups.issue)) details.issue = journal.groups.issue;
      details.page = journal.groups.page.replace(/\s+/g, '');
      return details;
    }
  }
  const publisher = PUBLISHER.exec(rest);
  if (publisher?.groups) {
    // 'R44458. Washington, D. C.: …': the place is what follows the last full stop that is not an initial.
    details.publisherPlace = publisher.groups.place.split(/(?<!(?:^|[\s.])\p{Lu})\.\s+/u).pop()!.trim();
    details.publisher = publisher.groups.publisher.trim();
    if (details.type === 'document') details.type = 'book';
  }
  return details;
}

/**
 * Parses one entry. Returns null when it has no recognisable authors-then-year head.
 * @param text the entry's clean text
 * @param previous creators of the previous entry (for '———.')
 * @param rules compiled matchers
 */
export function parseEntry(text: string, previous: Creator[] | null, rules: CitationRules): ParsedEntry | null {
  const entry = text.replace(rules.ref.enumerator, '');
  const head = rules.ref.head.exec(entry);
  if (!head?.groups) return null;
  const same = rules.ref.sameAuthors.exec(head.groups.authors);
  const creators = same && same[0].length >= head.groups.authors.trim().length ? previous ?? [] : parseCreators(head.groups.authors, rules);
  if (creators.length === 0) return null;
  const { title, after } = titleOf(entry.slice(head[0].length).trim());
  return {
    creators,
    authors: creators.map(familyOf),
    year: (head.groups.year ?? head.groups.pyear).replace(/^n\.\s?d\.?$/i, 'n.d.'),
    title,
    details: detailsOf(after, rules),
  };
}

/**
 * Where new entries begin inside one reference paragraph whose entries are not separated by blank
 * lines: at a line start (clean offset, relative to the paragraph) after a line that ends an entry,
 * where an authors-then-year head follows.
 */
export function entryStarts(text: string, lineStarts: number[], rules: CitationRules): number[] {
  const starts = [0];
  for (const at of lineStarts) {
    if (at <= 0 || at >= text.length) continue;
    if (!/[.)\]/]\s*$/u.test(text.slice(Math.max(0, at - 3), at))) continue;
    const line = text.slice(at, at + 400);
    // 'van der Linden, Marcel. 2008.' begins an entry as a capitalised line does; a wrapped line that
    // merely starts in lower case ('labour studies 3: 1–20.', 'de Gruyter.') has no particles, surname and comma.
    if (!/^(?:\p{Lu}|[—―_-]{2,}|\[\d|\d+\.\s)/u.test(line) && !rules.ref.particleHead.test(line)) continue;
    const head = rules.ref.head.exec(line.replace(rules.ref.enumerator, ''));
    if (!head?.groups) continue;
    const authors = head.groups.authors;
    // A wrapped title line ('Washington, D. C.: Carnegie Endowment 2005.') is not an author list.
    if (/[:“"\d]/u.test(authors) || authors.split(/\s+/).length > 40) continue;
    starts.push(at);
  }
  return starts;
}
