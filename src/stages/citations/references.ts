/**
 * Parsing reference-list entries (author–date styles: Chicago, APA, Harvard; MLA works-cited
 * entries, whose year comes last): authors with given names, year, title, and what CSL-JSON needs
 * (container, editors, volume, issue, pages, DOI, URL, publisher). "———." repeats the previous
 * entry's authors.
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
  /** The editors of the book a chapter is in, as written ('Pat Kim', 'M. Jones', 'Green, A.'). */
  editors?: string;
  /** The same, read as names. */
  containerEditors?: Creator[];
  /** The entry's creators are its editors ('Kim, Pat, ed.', 'Jones, M. (Ed.).'): an edited volume. */
  edited?: boolean;
  /** The first edition's year of a reprint ('(1867) 1976', '(Original work published 1867)'). */
  originalYear?: string;
}

export interface ParsedEntry {
  creators: Creator[];
  /** Surnames, or the organisation's name. */
  authors: string[];
  /** Other names of an organisation author: 'ILO' in 'ILO (International Labour Organization)'. */
  aliases: string[];
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
  if (!s.includes(',')) return s ? [{ literal: organisationName(s).name }] : [];
  // APA's twenty-first author after an ellipsis: 'Dey, H., . . . Lal, Z.'
  const bare = s.replace(rules.etAl, '').replace(/,?\s*(?:\.\s*){3}|,?\s*…\s*/gu, ', ').trim();
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

/**
 * An organisation written with its other name in brackets, 'ILO (International Labour Organization)'
 * or 'International Labour Organization [ILO]': the longer is the name, the shorter an alias.
 */
function organisationName(raw: string): { name: string; aliases: string[] } {
  const s = raw.replace(/\s+/g, ' ').trim();
  const m = /^(?<a>[^([]+?)\s*[([](?<b>[^)\]]+)[)\]]$/u.exec(s);
  if (!m?.groups) return { name: s, aliases: [] };
  const [name, alias] = m.groups.a.length >= m.groups.b.length ? [m.groups.a, m.groups.b] : [m.groups.b, m.groups.a];
  return { name: name.trim(), aliases: [alias.trim()] };
}

/**
 * Editors of a book as written after 'edited by', 'ed.' or before '(Eds.)': given names first
 * ('Pat J. Kim and Mary L. Roe', 'T. Sato & M. Mori') or surnames first ('Green, A.').
 */
function parseEditors(raw: string, rules: CitationRules): Creator[] {
  const s = raw.replace(/\s+/g, ' ').replace(/[.,\s]+$/u, '').trim();
  if (!s) return [];
  // 'Green, A.' or 'Green, A. and Black, B.': a surname, a comma, then initials.
  if (/^[^,]+,\s*(?:\p{Lu}\.?[\s-]*)+(?:$|,|\s+(?:and|&)\s)/u.test(s)) return parseCreators(s, rules);
  return s
    .split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/u)
    .filter((p) => p.length > 0)
    .map((p) => {
      const name = p.replace(/(?:^|\s)\p{Lu}$/u, (x) => `${x}.`);
      return /\s/.test(name) ? splitFullName(name, rules.ref.particles) : { family: name };
    });
}

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

const QUOTES: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', '‘': '’', "'": "'" };

/** Where a quoted title closes. A single quote is also an apostrophe ('‘Workers’ rights’'): its
 * close is the first one followed by punctuation, else the first followed by a space. */
function closingQuote(rest: string, close: string): number {
  if (close !== '’' && close !== "'") return rest.indexOf(close, 1);
  let spaced = -1;
  for (let i = rest.indexOf(close, 1); i > 0; i = rest.indexOf(close, i + 1)) {
    const next = rest[i + 1];
    if (next === undefined || /[,.;:]/u.test(next)) return i;
    if (spaced < 0 && /\s/u.test(next)) spaced = i;
  }
  return spaced;
}

/** Title and the text after it (APA's description after an unquoted title, '[Doctoral dissertation, Yale
 * University]', '[Data set]', moved to the text after it). */
function titleOf(rest: string): { title: string | null; after: string } {
  const open = rest[0];
  const close = QUOTES[open];
  if (close) {
    const end = closingQuote(rest, close);
    if (end > 0) return { title: rest.slice(1, end).replace(/[.,;:\s]+$/u, '').trim() || null, after: rest.slice(end + 1).replace(/^[\s.,;:]+/u, '') };
  }
  const { end, next } = unquotedTitleEnd(rest);
  // 'Capital (B. Fowkes, Trans.; Vol. 1)', 'Labour and law (2nd ed.)': APA's notes after a title are not part of it.
  let title = rest.slice(0, end).replace(/\s*\([^()]*\b(?:Trans|Eds?|ed|Vols?|Rev)\.[^()]*\)$/u, '').trim();
  let after = rest.slice(next).trim();
  const description = /\s*\[(?<what>\p{Lu}[^\]]*)\]$/u.exec(title);
  if (description?.groups) {
    title = title.slice(0, description.index).trim();
    after = `${description.groups.what}. ${after}`.trim();
  }
  return { title: title || null, after };
}

const DOI = /(?:https?:\/\/(?:dx\.)?doi\.org\/|\bdoi:\s*)(10\.\d{4,9}\/\S+?)(?=[.,;]?(?:\s|$))/iu;
/** 'doi' in any case (ASCII case folding, as the `iu` patterns fold these letters): needed by {@link DOI}. */
const DOI_HINT = /doi/i;
const URL = /https?:\/\/\S+?(?=[.,;]?(?:\s|$))/u;
const URLS = new RegExp(URL.source, 'gu');
const MLA_URL = /\bwww\.\S+?(?=[.,;]?(?:\s|$))/u;
const JOURNAL = /^(?<container>[^.]+?)[,.]?\s+(?<volume>\d+)\s*(?:\((?<issue>[^)]+)\))?\s*[:,]\s*(?:pp?\.\s*)?(?<page>\d+(?:\s*[–-]\s*\d+)?)/u;
const CONTAINER_PAGES = /^(?<container>[^.]+?),\s+(?<page>\d+\s*[–-]\s*\d+)\s*\./u;
/** Pages at the end of an entry, after the publisher (Harvard chapters: '…: Manchester University Press, pp. 33–50.'). */
const TRAILING_PAGES = /,?\s*pp?\.\s*(?<page>\d+\s*[–-]\s*\d+)\.?$/u;
const PUBLISHER = /(?:^|\.\s+|,\s+)(?<place>\p{Lu}[^:]{0,60}?):\s*(?<publisher>[^.]+?)(?:\.\s|\.?$)/u;

/** Container, volume, pages, DOI, URL, publisher, and the type they imply. */
function detailsOf(after: string, rules: CitationRules, authorName: string | null, dated = false): ReferenceDetails {
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
  for (const marker of rules.ref.chapterMarkers) {
    const chapter = marker.exec(rest);
    if (!chapter?.groups) continue;
    details.type = 'chapter';
    details.containerTitle = chapter.groups.container.trim();
    details.editors = chapter.groups.editors.trim();
    details.containerEditors = parseEditors(details.editors, rules);
    if (chapter.groups.page) details.page = chapter.groups.page.replace(/\s+/g, '');
    rest = rest.slice(chapter[0].length);
    break;
  }
  const trailing = details.type === 'chapter' && !details.page ? TRAILING_PAGES.exec(rest) : null;
  if (trailing?.groups) {
    details.page = trailing.groups.page.replace(/\s+/g, '');
    rest = rest.slice(0, trailing.index).trim();
  }
  const thesis = rules.ref.thesisMarkers.exec(rest);
  if (thesis && details.type === 'document') {
    details.type = 'thesis';
    rest = rest.slice(0, thesis.index) + rest.slice(thesis.index + thesis[0].length).replace(/^[\s,.]+/u, '');
  }
  const datedSource = details.type === 'document' ? rules.ref.datedContainer.exec(rest) : null;
  if (datedSource?.groups) {
    details.containerTitle = datedSource.groups.container.trim();
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
    return details;
  }
  // APA 7 names the publisher without a place ('Oxford University Press.'), or not at all when it is
  // the author ('World Bank. (2019). World development report 2019. World Bank.').
  const bare = rules.ref.publisher.exec(rest) ?? (authorName && rest.replace(/\.$/u, '') === authorName ? { groups: { publisher: authorName } } : null);
  if (bare?.groups) {
    details.publisher = bare.groups.publisher.trim();
    if (details.type === 'document') details.type = 'book';
    return details;
  }
  // '[Doctoral dissertation, University of Oxford]. Oxford Research Archive.': the university.
  const first = /^(?<name>\p{Lu}[^.]{1,80})(?:\.|$)/u.exec(rest);
  if (details.type === 'thesis' && first?.groups) details.publisher = first.groups.name.trim();
  // APA 'Brown, A. (2020, March 3). Title. The Guardian. https://…': a dated item's container.
  else if (details.type === 'document' && dated && first?.groups) details.containerTitle = first.groups.name.trim();
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
  const g = head.groups;
  // 'Smith, John A. Dockers and the Law. Cornell UP, 2003.': the year ends an MLA entry, not after a full stop.
  if (g.year && g.separator !== '.' && !plausibleAuthors(g.authors)) return parseMla(entry, rules);
  const same = rules.ref.sameAuthors.exec(g.authors);
  const repeated = same !== null && same[0].length >= g.authors.trim().length;
  const creators = repeated ? previous ?? [] : parseCreators(g.authors, rules);
  if (creators.length === 0) return null;
  const organisation = !repeated && creators.length === 1 && 'literal' in creators[0] ? organisationName(g.authors.replace(rules.ref.editorMarkers, '').replace(/[.,\s]+$/u, '')) : null;
  const { title, after: rest } = titleOf(entry.slice(head[0].length).trim());
  const originalYear = rules.ref.originalYear.exec(rest);
  const after = originalYear ? `${rest.slice(0, originalYear.index)} ${rest.slice(originalYear.index + originalYear[0].length)}`.trim() : rest;
  const details = detailsOf(after, rules, organisation?.name ?? null, g.pdate !== undefined);
  if (!repeated && rules.ref.editorMarkers.test(g.authors.replace(/[.,\s]+$/u, '')) && /\bed(?:itor)?s?\b/iu.test(g.authors)) details.edited = true;
  const original = g.original ?? originalYear?.groups?.year;
  if (original) details.originalYear = original;
  const year = g.ryear ?? g.year ?? g.pyear;
  return {
    creators,
    authors: creators.map(familyOf),
    aliases: organisation?.aliases ?? [],
    // 'Forthcoming', 'N.d.' → 'forthcoming', 'n.d.'
    year: rules.undated.test(year) ? year.toLowerCase().replace(/^n\.\s?d\.?$/, 'n.d.') : year,
    title,
    details,
  };
}

/** Abbreviations that end in a full stop inside an author list ('Jr.', 'eds.', 'et al.', 'Inc.'). */
const AUTHOR_ABBREVIATIONS = new Set(['jr', 'sr', 'ed', 'eds', 'al', 'trans', 'comp', 'comps', 'inc', 'ltd', 'co', 'corp', 'dept', 'st', 'bros', 'univ', 'assn', 'intl', 'natl', 'dr', 'prof', 'rev', 'mr', 'mrs', 'ms']);

/** An author list holds no quoted title and no full stop after a word that is not an abbreviation. */
function plausibleAuthors(authors: string): boolean {
  if (/[“”"«»]/u.test(authors)) return false;
  for (const m of authors.matchAll(/([\p{L}\p{M}]{2,})\.\s/gu)) if (!AUTHOR_ABBREVIATIONS.has(m[1].toLowerCase())) return false;
  return true;
}

/**
 * An MLA works-cited entry: 'Lee, Kim. “Workers in the Delta.” Journal of Asian Studies, vol. 69,
 * no. 2, 2010, pp. 401–25.' or 'Smith, John A. Dockers and the Law. Cornell UP, 2003.' The year is
 * the last one of the publication details (not one after 'Accessed').
 */
function parseMla(entry: string, rules: CitationRules): ParsedEntry | null {
  const head = rules.ref.mlaHead.exec(entry);
  if (!head?.groups) return null;
  const creators = parseCreators(head.groups.authors, rules);
  if (creators.length === 0) return null;
  const { title, after } = titleOf(entry.slice(head[0].length).trim());
  const publication = after.replace(/\bAccessed\b[^]*$/u, '');
  let year: RegExpExecArray | null = null;
  const years = rules.ref.anyYear;
  years.lastIndex = 0;
  for (let m = years.exec(publication); m !== null; m = years.exec(publication)) year = m;
  if (!year) return null;
  const details: ReferenceDetails = { type: 'document' };
  const doi = DOI_HINT.test(after) ? DOI.exec(after) : null;
  if (doi) details.doi = doi[1];
  // MLA drops 'https://' ('www.labornotes.org/strikes').
  const url = doi ? null : after.includes('http') ? URL.exec(after) : MLA_URL.exec(after);
  if (url) details.url = url[0];
  // Publication details as comma-separated fields, the day and month of the date and any link left out.
  let dated = false;
  const fields = publication
    .slice(0, year.index)
    .replace(URLS, '')
    .split(/,\s+/u)
    .map((f) => {
      const day = /^\d{1,2}\s+\p{L}+\.?\s*$|^\p{L}+\.?\s+\d{1,2}$/u.test(f.trim());
      dated ||= day;
      return day ? '' : f.trim();
    })
    .filter((f) => f.length > 0);
  const tail = publication.slice(year.index + year[0].length);
  const volume = /\bvol\.\s*(\w+)/u.exec(publication);
  const issue = /\bno\.\s*(\w+)/u.exec(publication);
  const page = /\bpp?\.\s*(\d+(?:\s*[–-]\s*\d+)?)/u.exec(tail) ?? /\bpp?\.\s*(\d+(?:\s*[–-]\s*\d+)?)/u.exec(publication);
  const editedBy = fields.findIndex((f) => /^edited by\s/iu.test(f));
  if (volume || issue) {
    details.type = 'article-journal';
    if (fields[0] && !/^(?:vol|no)\./u.test(fields[0])) details.containerTitle = fields[0];
    if (volume) details.volume = volume[1];
    if (issue) details.issue = issue[1];
  } else if (editedBy > 0) {
    details.type = 'chapter';
    details.containerTitle = fields[0];
    details.editors = fields[editedBy].replace(/^edited by\s+/iu, '');
    details.containerEditors = parseEditors(details.editors, rules);
    const publisher = fields.slice(editedBy + 1).find((f) => !/^(?:pp?|vol|no)\./u.test(f));
    if (publisher) details.publisher = publisher;
  } else if (dated && fields.length > 0) {
    // 'Labour Notes, 3 May 2012': an article of a dated periodical or site.
    details.containerTitle = fields[0];
  } else if (fields.length > 0 && !/^(?:pp?|vol|no)\./u.test(fields[0])) {
    details.type = 'book';
    details.publisher = fields[fields.length - 1];
  }
  if (page) details.page = page[1].replace(/\s+/g, '');
  return { creators, authors: creators.map(familyOf), aliases: [], year: year[0], title, details };
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
    // An MLA entry ('Lee, Kim. “Workers in the Delta.” Journal …, 2010.'): a surname, a comma and
    // a few given names before the first full stop, the year after a comma further on.
    const mla = head.groups.separator !== '.' && !plausibleAuthors(authors) && rules.ref.mlaStart.test(line);
    // A wrapped title line ('Washington, D. C.: Carnegie Endowment 2005.') is not an author list.
    if (!mla && (/[:“"\d]/u.test(authors) || authors.split(/\s+/).length > 40)) continue;
    starts.push(at);
  }
  return starts;
}
