/**
 * Stage `citations`: author–year citations in the text ("(Howell 2003)", "(Chan 2013; Xu 2013)",
 * "Lee and Shen (2011)"), the entries of its reference list, and the links between them. Citations
 * in notes and captions count; reference-list paragraphs are parsed as entries, not searched.
 * A citation without an entry, and an entry never cited, are reported as warnings when the text
 * has a reference list.
 */
import type { Diagnostic, Doc, Paragraph, Sentence, TokenTable } from '../../doc.js';
import { POS_TAGS, layer } from '../../doc.js';
import type { OffsetMap } from '../../offsets.js';
import { defineStage, message } from '../../stage.js';
import { acronymOf, ReferenceIndex } from './link.js';
import { findCitations, type FoundCitation, type WordContext } from './parse.js';
import { entryStarts, parseEntry, type Creator } from './references.js';
import { compileRules, type CitationData, type CitationRules } from './rules.js';
import type { CitationRecord, ReferenceRecord } from './types.js';

export { toCslJson, type CslItem } from './csl.js';
export type { CitationRecord, ReferenceRecord } from './types.js';

export interface CitationsOptions {
  /** Data file with name particles, prefixes, locators and patterns (default: `citations.json`). */
  rules: string;
}

/**
 * What may stand between two citations of one list: 'Lee (2011), Chaudhry (2016)', '… and …', and
 * a topic for the next ('see Hamad-Lister (2011: 88–104), and on women teachers, Osman and Clarke (2019)').
 */
const LIST_GAP = /^[\s,;]*(?:(?:and|&)\s+)?(?:on\s+[^,;()]{1,60},\s*)?$/u;

/** Index of the last element of `starts` that is <= `at` (-1 when none). */
function lastAtOrBefore(starts: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** POS and neighbour lookups on the token table, for the narrative-citation checks. */
function wordContext(clean: string, tokens: TokenTable, sentences: Sentence[], organisations: string[], index: ReferenceIndex): WordContext {
  const tokenAt = (offset: number): number => {
    const i = lastAtOrBefore(tokens.cleanStart, offset);
    return i >= 0 && offset < tokens.cleanEnd[i] ? i : -1;
  };
  return {
    organisations,
    knownWork: (authors, etAl, year) => index.find(authors, etAl, year) !== null,
    posAt(offset) {
      const i = tokenAt(offset);
      return i >= 0 && tokens.cleanStart[i] === offset ? POS_TAGS[tokens.pos[i]] : null;
    },
    nextToken(offset) {
      const i = lastAtOrBefore(tokens.cleanStart, offset - 1) + 1;
      if (i >= tokens.count || (i > 0 && tokens.sentence[i - 1] !== tokens.sentence[i])) return null;
      return { text: clean.slice(tokens.cleanStart[i], tokens.cleanEnd[i]), pos: POS_TAGS[tokens.pos[i]], end: tokens.cleanEnd[i] };
    },
    previousToken(offset) {
      const i = tokenAt(offset);
      if (i <= 0 || tokens.sentence[i - 1] !== tokens.sentence[i]) return null;
      const p = i - 1;
      return {
        text: clean.slice(tokens.cleanStart[p], tokens.cleanEnd[p]),
        pos: POS_TAGS[tokens.pos[p]],
        start: tokens.cleanStart[p],
        sentenceInitial: p === sentences[tokens.sentence[p]].tokenStart,
      };
    },
  };
}

/** The reference-list entries of the document, split and parsed, in order. */
function readReferences(doc: Doc, paragraphs: Paragraph[], rules: CitationRules, messages: Diagnostic[]): ReferenceRecord[] {
  const { text: clean, map } = layer(doc, 'clean');
  const original = doc.source.text;
  const references: ReferenceRecord[] = [];
  let previous: Creator[] | null = null;
  for (const p of paragraphs) {
    if (p.kind !== 'reference') continue;
    const text = clean.slice(p.cleanStart, p.cleanEnd);
    // Entries wrapped over lines without blank lines between them: split at line starts.
    const lineStarts: number[] = [];
    for (let i = original.indexOf('\n', p.start); i >= 0 && i < p.end; i = original.indexOf('\n', i + 1)) {
      lineStarts.push(map.toClean(i + 1) - p.cleanStart);
    }
    const starts = entryStarts(text, lineStarts, rules);
    starts.forEach((from, k) => {
      const to = k + 1 < starts.length ? starts[k + 1] : text.length;
      const raw = text.slice(from, to);
      const entryText = raw.trim();
      if (!entryText) return;
      const cleanStart = p.cleanStart + from + (raw.length - raw.trimStart().length);
      const span = map.toOriginal(cleanStart, cleanStart + entryText.length);
      const parsed = parseEntry(entryText, previous, rules);
      if (!parsed) {
        messages.push(message('citations', 'info', 'citations/unparsed-reference', `reference-list entry without authors and a year: '${entryText.slice(0, 60)}'`, span));
        return;
      }
      previous = parsed.creators;
      references.push({
        id: `r${references.length + 1}`,
        ...span,
        text: entryText,
        authors: parsed.authors,
        year: parsed.year,
        title: parsed.title,
        citedBy: [],
        creators: parsed.creators,
        details: parsed.details,
        ...(parsed.aliases.length > 0 ? { aliases: parsed.aliases } : {}),
      });
    });
  }
  return references;
}

/** The sentence holding a clean offset (the nearest one before it when it falls between two). */
function sentenceOf(sentences: Sentence[], cleanStarts: Int32Array, offset: number): Sentence | null {
  const i = lastAtOrBefore(cleanStarts, offset);
  return sentences[Math.max(0, i)] ?? null;
}

/** An organisation's name without a closing word of `organisationSuffixes` ('World Bank Group' → 'World Bank'), or null. */
function withoutSuffix(name: string, rules: CitationRules): string | null {
  const space = name.lastIndexOf(' ');
  return space > 0 && name.indexOf(' ') < space && rules.organisationSuffixes.has(name.slice(space + 1)) ? name.slice(0, space) : null;
}

/**
 * Other names the index knows the entry's first author by: an organisation's alias ('ILO') and its
 * name without a closing word of `organisationSuffixes` ('World Bank' for 'World Bank Group'), a
 * person's full name in both orders ('Ching Kwan Lee', 'Lee Ching Kwan'; 'Wang Hui' for 'Wang, Hui').
 */
function aliasesOf(r: ReferenceRecord, rules: CitationRules): string[] {
  const first = r.creators[0];
  if (!first) return [];
  if ('literal' in first) {
    // 'World Bank Group. 2019.' is cited as 'World Bank 2019'.
    const short = withoutSuffix(first.literal, rules);
    return short ? [...(r.aliases ?? []), short] : (r.aliases ?? []);
  }
  return first.given && !/\./u.test(first.given) ? [`${first.given} ${first.family}`, `${first.family} ${first.given}`] : [];
}

/**
 * Links a found citation to its entry; a narrative chain may shrink to the names an entry holds. The
 * reference list decides what the first author is: a person cited by full name ('Wang Hui') is cited
 * by the surname the entry is filed under, and a name of two words that is a person there ('García
 * Márquez', 'Ó Gráda') is not an organisation.
 */
function link(found: FoundCitation, index: ReferenceIndex, rules: CitationRules): string | null {
  const direct = index.find(found.authors, found.etAl, found.year);
  if (direct) {
    if (!direct.organisation) {
      if (ReferenceIndex.byOtherName(found.authors[0], direct)) found.authors = [direct.authors[0], ...found.authors.slice(1)];
      found.organisation = false;
    }
    return direct.id;
  }
  // 'the International Labour Organization (2016)' for 'ILO. 2016.': an organisation's name for the
  // acronym the entry is filed under.
  if (found.organisation && found.authors.length === 1 && /\s/.test(found.authors[0])) {
    const acronym = acronymOf(found.authors[0]);
    const r = acronym ? index.find([acronym], found.etAl, found.year) : null;
    if (r) return r.id;
    // 'World Bank Group (2019)' for 'World Bank. 2019.'
    const short = withoutSuffix(found.authors[0], rules);
    const s = short ? index.find([short], found.etAl, found.year) : null;
    if (s) return s.id;
  }
  // '(Ching Kwan Lee 2007)' for 'Lee, Ching Kwan. 2007.': a full name read as one author.
  const full = found.authors.length === 1 ? found.authors[0].split(' ') : [];
  if (full.length > 1 && full.length <= 4) {
    const surname = full[full.length - 1];
    const r = index.find([surname], found.etAl, found.year);
    if (r && r.authors[0] === surname) {
      found.authors = [surname];
      found.organisation = false;
      return r.id;
    }
  }
  for (const alt of found.alternatives) {
    const r = index.find(alt.authors, alt.etAl, found.year);
    if (r) {
      found.cleanStart = alt.cleanStart;
      found.groupStart = alt.cleanStart;
      found.authors = alt.authors;
      return r.id;
    }
  }
  return null;
}

function record(found: FoundCitation, id: string, clean: string, map: OffsetMap, sentenceId: string, referenceId: string | null): CitationRecord {
  const span = map.toOriginal(found.cleanStart, found.cleanEnd);
  const text = clean.slice(found.cleanStart, found.cleanEnd);
  return {
    id,
    ...span,
    text,
    sentenceId,
    authors: found.authors,
    year: found.year,
    pages: found.pages,
    form: found.form,
    referenceId,
    group: clean.slice(found.groupStart, found.groupEnd),
    groupSpan: map.toOriginal(found.groupStart, found.groupEnd),
    prefix: found.prefix,
    etAl: found.etAl,
    organisation: found.organisation,
  };
}

export const citations = defineStage<CitationsOptions, CitationRules>({
  name: 'citations',
  version: 1,
  description: 'Author–year citations, reference-list entries, and the links between them.',
  requires: ['clean', 'sections', 'paragraphs', 'sentences', 'tokens'],
  provides: ['citations', 'references'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { rules: { type: 'string', default: 'citations.json' } },
  },
  prepare(options, env) {
    return compileRules(env.loadData<CitationData>(options.rules));
  },
  run(doc, { resources: rules }) {
    const { text: clean, map } = layer(doc, 'clean');
    const paragraphs = layer(doc, 'paragraphs');
    const sentences = layer(doc, 'sentences');
    const tokens = layer(doc, 'tokens');
    const messages: Diagnostic[] = [];

    const references = readReferences(doc, paragraphs, rules, messages);
    const index = new ReferenceIndex(references.map((r) => ({ id: r.id, authors: r.authors, year: r.year, organisation: 'literal' in (r.creators[0] ?? {}), aliases: aliasesOf(r, rules) })));
    // Longest first, so 'Ministry of Labour and Social Security' wins over 'Social Security'.
    const organisations = [...new Set(references.flatMap((r) => r.creators.flatMap((c) => ('literal' in c && /\s/.test(c.literal) ? [c.literal] : []))))].sort((a, b) => b.length - a.length);
    const words = wordContext(clean, tokens, sentences, organisations, index);
    // A loop: `Int32Array.from` with a mapping function goes through the iterator protocol, slowly.
    const sentenceStarts = new Int32Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) sentenceStarts[i] = sentences[i].cleanStart;
    const byId = new Map(references.map((r) => [r.id, r]));

    const candidates: FoundCitation[] = [];
    for (const p of paragraphs) {
      if (p.kind === 'reference') continue;
      candidates.push(...findCitations(clean.slice(p.cleanStart, p.cleanEnd), p.cleanStart, rules, words));
    }
    // 'WEAF (1922)', '(March 2018)': kept only when the reference list holds the work. In a text
    // with a reference list, a name before a bracketed year that the list does not hold is a
    // citation only when the words around say so ('Smith (2010) argues'): 'Parliament (1832)
    // abolished the boroughs', 'Gandhi (1930) led the march' name an actor and a date.
    let kept: FoundCitation[] = [];
    const keptLinks: (string | null)[] = [];
    // Per kept citation: its words say a work is cited, or it follows one that does in a list.
    const said: boolean[] = [];
    let lastEnd = -1;
    let lastSaid = false;
    for (const found of candidates) {
      const linked = references.length > 0 ? link(found, index, rules) : null;
      // 'see Christensen and Weinstein (2013) and Chaudhry (2016)': one list of works.
      const listed = lastEnd >= 0 && lastEnd <= found.cleanStart && LIST_GAP.test(clean.slice(lastEnd, found.cleanStart));
      const unsaid = references.length > 0 && found.form === 'narrative' && !found.evident && !found.saysCited && !listed;
      if ((found.weak || unsaid) && linked === null) continue;
      lastEnd = found.cleanEnd;
      lastSaid = found.evident || found.saysCited || (listed && lastSaid);
      kept.push(found);
      keptLinks.push(linked);
      said.push(lastSaid);
    }
    if (references.length === 0) {
      const bracketed = new Set(kept.filter((c) => c.form === 'parenthetical').map((c) => c.groupStart)).size;
      if (bracketed < rules.minParentheticalWithoutReferences && kept.length > 0) {
        // '(ILO 2016)', '(Smith et al. 2010)', '(Smith 2010: 12)', 'UNDP (2012) agreed' stay: their
        // form is a citation whatever the rest of the text does. So do names whose words say a
        // work is cited ('Dorsainvil-Kemp (2013) counts …', 'leans hard on Pierre-Gilles and Novak
        // (2016)'), and those listed after one ('…, and on women teachers, Osman and Clarke (2019)').
        // (No reference list: every kept link is null, so the links stay in step by filtering them alike.)
        const cited = kept.filter((c, k) => said[k]);
        const citedLinks = keptLinks.filter((l, k) => said[k]);
        if (cited.length < kept.length) {
          messages.push(message('citations', 'info', 'citations/style-not-established', `${kept.length - cited.length} name-and-year candidate(s) set aside: no reference list and author–year citations in only ${bracketed} bracket(s)`));
        }
        kept = cited;
        keptLinks.splice(0, keptLinks.length, ...citedLinks);
      }
    }

    const out: CitationRecord[] = [];
    kept.forEach((found, i) => {
      const referenceId = keptLinks[i];
      const sentence = sentenceOf(sentences, sentenceStarts, found.cleanStart);
      const citation = record(found, `c${out.length + 1}`, clean, map, sentence?.id ?? '', referenceId);
      out.push(citation);
      if (referenceId) byId.get(referenceId)?.citedBy.push(citation.id);
      else if (references.length > 0) {
        messages.push(message('citations', 'warning', 'citations/unmatched-citation', `no reference-list entry for '${citation.authors.join(', ')} ${citation.year}'`, citation));
      }
    });
    for (const r of references) {
      if (r.citedBy.length === 0) {
        messages.push(message('citations', 'warning', 'citations/uncited-reference', `reference-list entry '${r.authors.join(', ')} ${r.year}' is never cited in the text`, r));
      }
    }
    return { layers: { citations: out, references }, messages };
  },
});
