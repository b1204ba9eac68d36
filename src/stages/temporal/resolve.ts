/**
 * The document pass: gives values to what one sentence cannot settle alone. Relative expressions
 * take the nearest explicit expression before them as anchor ("Until that point" after "in 1995" →
 * ../1995); "the last two decades" counts back from the writer's present; eras take the years the
 * text gives them ("under … Xi Jinping from 2012"), else the era table's; "their period in office"
 * takes the leaders just named. One linear pass in document order, after one pass that collects
 * the text's own statements.
 */
import type { Atom } from './grammar.js';
import type { EraEntry, EraTable } from './eras.js';
import { applyWrap, dayValue, edtfYear, intervalValue, monthValue, openValue, partValue, untilValue, yearValue, type Pending, type Value } from './values.js';

/** An expression found in one unit (sentence or heading), before the document pass. */
export interface Candidate {
  unitId: string;
  unitIndex: number;
  /** The section of the sentence the candidate is in; null when in a heading. */
  sentenceSection: string | null;
  atom: Atom;
  /** Found in a heading: headings sum up a section, so they anchor no relative expression. */
  heading: boolean;
  /** A bracketed date right after an era ("the Mao era (1949–76)"): the text's own years for it. */
  bracketed: Value | null;
  /** Clean offsets of the expression. */
  cleanStart: number;
  cleanEnd: number;
}

/** A leader named in full somewhere in the text, for "their period in office". */
export interface Mention {
  unitIndex: number;
  unitId: string;
  token: number;
  id: string;
}

export interface ResolveSettings {
  /** Year the text was written, from its metadata; null when unknown. */
  present: number | null;
  eras: EraTable;
  vagueCount: number;
  /** Unit size from which an uncounted "the past decades" covers the text's own span. */
  presentSpanMinUnit: number;
  /**
   * How many times the text writes any of `words` (for an era's `requires`, and to choose between
   * entries that share a name); absent: every era applies.
   */
  timesWritten?: (words: readonly string[]) => number;
}

export interface Resolved {
  candidate: Candidate;
  value: Value;
  cues: string[];
}

interface Anchor {
  value: Value;
  unitId: string;
}

/** Kinds that can anchor a relative expression ("By now" after "in 2001"). */
const ANCHOR_KINDS = new Set(['year', 'range', 'decade', 'day', 'month', 'season-part', 'relative']);

/**
 * Can this resolved expression anchor the relative expressions after it? Dates and spans can;
 * eras, headings and what counts back from the writer's present cannot; a relative expression can
 * once it is a single year ("A year later" after "in 1990" anchors "The following year"); centuries
 * and open decades are too coarse to anchor "a year later".
 */
function anchors(value: Value, pending: Pending | undefined, heading: boolean): boolean {
  if (heading || !ANCHOR_KINDS.has(value.kind) || value.from === null) return false;
  if (value.kind === 'decade' && (value.to === null || value.to - value.from > 10)) return false;
  if (!pending) return true;
  if (pending.type === 'present' || pending.type === 'era' || pending.type === 'pronoun-era') return false;
  return pending.type !== 'anchor' || value.from === value.to;
}

function eraValue(from: number | null, to: number | null): Value | null {
  if (from === null) return null;
  if (to === null) return { kind: 'era', from, to: null, edtf: `${edtfYear(from)}/..`, startEdtf: edtfYear(from), endEdtf: '..' };
  return { ...intervalValue('era', from, to) };
}

/**
 * Resolves every candidate, in document order. Returns the resolved ones, and the ones that could
 * not be resolved (a relative expression before any date) with the reason.
 */
export function resolveAll(
  candidates: readonly Candidate[],
  mentions: readonly Mention[],
  settings: ResolveSettings,
): { resolved: Resolved[]; unresolved: { candidate: Candidate; reason: string }[] } {
  const r = new Resolver(mentions, settings);
  for (const c of candidates) r.learn(c);
  r.settle();
  for (const c of candidates) r.resolve(c);
  return { resolved: r.resolved, unresolved: r.unresolved };
}

/**
 * The document pass, one candidate at a time (a class rather than one long function, so that the
 * work per candidate is compiled early and small).
 */
class Resolver {
  // The text's own statements: explicit years, its span, eras it dates itself.
  private latest: { year: number; unitId: string } | null = null;
  private first: { year: number; unitId: string } | null = null;
  private readonly learned = new Map<string, { from: number | null; to: number | null; unitId: string }>();
  private readonly present: number | null;
  private presentCue = '';
  private anchor: Anchor | null = null;
  /**
   * An end with no start ('until 9 November 2001', 'before 1991'), which anchors what follows in its
   * own sentence only ('…; and the fourth, neglect, since then'; '… after the return of multi-party
   * politics in that year'): the next sentence's story may go back to the start of the range
   * ('began with the elections of 15 May 2005 and lasted until April 2018. … in June …').
   */
  private endAnchor: Anchor | null = null;
  /** Eras named so far, by id: the unit of their latest mention (for `latestOf`). */
  private readonly named = new Map<string, { order: number; unitId: string }>();
  private eraCount = 0;
  /** Rulers the era table does not know, by name, with the years the text first gives them (learnt before any is resolved). */
  private readonly rulersDated = new Map<string, { from: number; to: number | null; unitId: string }>();
  /** Days written in full so far ('14 October 2025'), by month and day ('10-14'): the year of the latest. */
  private readonly fullDays = new Map<string, number>();
  readonly resolved: Resolved[] = [];
  readonly unresolved: { candidate: Candidate; reason: string }[] = [];

  constructor(
    private readonly mentions: readonly Mention[],
    private readonly settings: ResolveSettings,
  ) {
    this.present = settings.present;
  }

  /** Takes note of what candidate `c` says about the text itself. */
  learn(c: Candidate): void {
    const v = c.atom.value;
    if (!v.pending && v.kind !== 'era') {
      // The latest year the text names, from dates only: the end of "the first decades of the 21st
      // century" (2030) says nothing about when the text was written.
      const y = v.to ?? v.from;
      if (y !== null && v.kind !== 'decade' && (this.latest === null || y > this.latest.year)) this.latest = { year: y, unitId: c.unitId };
      if (this.first === null && v.from !== null) this.first = { year: v.from, unitId: c.unitId };
    }
    if (v.pending?.type === 'era') {
      const own = v.pending.own ?? c.bracketed;
      if (own && own.from !== null && !this.learned.has(v.pending.ids[0])) this.learned.set(v.pending.ids[0], { from: own.from, to: own.to, unitId: c.unitId });
    }
    // A ruler the table does not know, dated where the text names them: the first such statement
    // dates every mention, before it too ('under Minami Jirō after 1937' … 'Under Minami Jirō,
    // governor-general from 1936 to 1942').
    if (v.pending?.type === 'ruler-text') {
      const own = v.pending.own ?? c.bracketed;
      if (own && own.from !== null && !this.rulersDated.has(v.pending.name)) this.rulersDated.set(v.pending.name, { from: own.from, to: own.to, unitId: c.unitId });
    }
  }

  /** Once every candidate is learnt from: what the writer's present is. */
  settle(): void {
    const { present, latest } = this;
    this.presentCue = present !== null ? `present: ${present} (metadata)` : latest ? `present unknown; latest year ${latest.year} (${latest.unitId})` : 'present unknown';
  }

  /** Resolves candidate `c` (in document order: it may anchor the ones after it). */
  resolve(c: Candidate): void {
    const cues = [c.atom.rule, ...(c.atom.value.notes ?? [])];
    const pending = c.atom.value.pending;
    let value: Value | null = c.atom.value;
    if (pending) {
      const r = this.resolvePending(pending, c, this.endAnchor?.unitId === c.unitId ? this.endAnchor : this.anchor);
      if (typeof r === 'string') {
        if (pending.type !== 'ruler-text' || !pending.needsDating) this.unresolved.push({ candidate: c, reason: r });
        return;
      }
      value = r.value;
      cues.push(...r.cues);
      for (const w of c.atom.value.wraps ?? []) value = value && applyWrap(value, w);
      if (!value) {
        this.unresolved.push({ candidate: c, reason: 'no interval after resolution' });
        return;
      }
      // A wrapped or anchored value keeps the kind its rule gave it ("By the end of the decade": relative).
      value = { ...value, kind: c.atom.value.kind, pending: undefined, wraps: undefined, notes: undefined };
    }
    this.resolved.push({ candidate: c, value: value!, cues });
    if (!pending && value!.kind === 'day' && value!.from !== null) {
      const md = FULL_DAY.exec(value!.edtf);
      if (md) this.fullDays.set(md[1], value!.from);
    }
    if (anchors(value!, pending, c.heading)) {
      this.anchor = { value: value!, unitId: c.unitId };
      this.endAnchor = null;
    } else if (value!.from === null && value!.to !== null && !c.heading && ANCHOR_KINDS.has(value!.kind)) this.endAnchor = { value: value!, unitId: c.unitId };
    if (pending?.type === 'era') this.named.set(pending.ids[0], { order: this.eraCount++, unitId: c.unitId });
  }

  private eraYears(entry: EraEntry): { from: number | null; to: number | null; cue: string } {
    const own = this.learned.get(entry.id);
    if (own) return { from: own.from, to: own.to, cue: `era: ${entry.id} (text ${own.unitId})` };
    return { from: entry.from, to: entry.to, cue: `era: ${entry.id} (table)` };
  }

  private resolvePending(p: Pending, c: Candidate, a: Anchor | null): { value: Value; cues: string[] } | string {
    const { present, latest, first, presentCue, settings } = this;
    const forward = (v: Value): number => (v.to ?? v.from)!;
    const backward = (v: Value): number => (v.from ?? v.to)!;
    switch (p.type) {
      case 'anchor': {
        if (!a) return 'no date before it to anchor it';
        const span = p.count * p.unit;
        const backwardRel = p.relation === 'until' || p.relation === 'before' || p.relation === 'earlier';
        const y = backwardRel ? backward(a.value) : forward(a.value);
        const cue = `anchor: ${y} (${a.unitId})`;
        const rel = (from: number, to: number): Value => intervalValue('relative', from, to);
        switch (p.relation) {
          case 'at':
            return { value: rel(y, y), cues: [cue] };
          case 'since':
            return { value: openValue(rel(y, y))!, cues: [cue] };
          case 'until':
            return { value: untilValue(rel(y, y))!, cues: [cue] };
          case 'after':
            return { value: rel(y + 1, y + Math.max(span, 1)), cues: [cue] };
          case 'within':
            return { value: rel(y, y + Math.max(span, 1)), cues: [cue] };
          case 'through': {
            // 'over the next three months' after December 1978: 1978–1979; after a year alone, or a
            // span that stays in the anchor's year, that year.
            const end = p.days === undefined ? y : Math.max(y, yearAfterDays(a.value.endEdtf, y, p.days));
            return { value: rel(y, end), cues: [cue] };
          }
          case 'before':
            return { value: rel(y - Math.max(span, 1), y - 1), cues: [cue] };
          case 'later': {
            if (p.days === undefined) return { value: rel(y + span, y + span), cues: [cue] };
            // 'three months later' after July 1981: October 1981; after a year alone, that year
            // (unless the span is a year or more).
            const later = yearAfterDays(a.value.endEdtf, y, p.days);
            return { value: rel(later, later), cues: [cue] };
          }
          case 'earlier': {
            if (p.days === undefined) return { value: rel(y - span, y - span), cues: [cue] };
            // 'three days earlier' than 2 January 1990: 1989; than a year alone, that year.
            const earlier = yearAfterDays(a.value.startEdtf, y, -p.days);
            return { value: rel(earlier, earlier), cues: [cue] };
          }
        }
        return 'unknown relation';
      }
      case 'anchor-date': {
        if (!a) return 'no date before it to give its year';
        // 'the following August': the first August after the anchor (the next year's when the
        // anchor's own month is August or later, or unknown); 'the previous December': the last
        // December before it (the year before's when the anchor's month is December or earlier, or unknown).
        const anchorMonth = p.following ? monthOf(a.value.endEdtf) : p.previous ? monthOf(a.value.startEdtf) : null;
        const offset = p.following ? (anchorMonth !== null && anchorMonth < p.month ? 0 : 1) : p.previous ? (anchorMonth !== null && anchorMonth > p.month ? 0 : -1) : p.offset;
        let base = p.previous ? backward(a.value) : forward(a.value);
        // 'the ban of 14 October' after '14 October 2025', when the nearest date is an earlier
        // stretch of years ('as it did in the 1990s'), which gives a day no year: the day written in
        // full before. (A year keeps its day: 'In 2013 … on 25 July' after '25 July 2021' is 2013.)
        const coarse = a.value.from === null || a.value.to === null || a.value.to > a.value.from;
        const mm = String(p.month).padStart(2, '0');
        const dd = p.day === null ? null : String(p.day).padStart(2, '0');
        const written = coarse && dd !== null && !p.following && !p.previous && offset === 0 ? this.fullDays.get(`${mm}-${dd}`) : undefined;
        if (written !== undefined && written > base) base = written;
        const y = base + offset;
        const e = dd === null ? `${edtfYear(y)}-${mm}` : `${edtfYear(y)}-${mm}-${dd}`;
        return { value: { kind: p.day === null ? 'month' : 'day', from: y, to: y, edtf: e, startEdtf: e, endEdtf: e }, cues: [`year from anchor: ${base}${offset ? ` ${offset > 0 ? '+' : ''}${offset}` : ''} (${a.unitId})`] };
      }
      case 'anchor-part': {
        if (!a) return 'no date before it to anchor it';
        const y = forward(a.value);
        const base = p.scale === 'decade' ? y - (((y % 10) + 10) % 10) : p.scale === 'century' ? y - (((y % 100) + 100) % 100) : y;
        const v = partValue({ ...intervalValue('relative', base, base), scale: p.scale, base }, p.part);
        return v ? { value: v, cues: [`anchor: ${y} (${a.unitId})`] } : 'part does not apply';
      }
      case 'boundary': {
        const ref = a ? forward(a.value) : (present ?? latest?.year ?? null);
        if (ref === null) return 'no date to place the boundary';
        const b = Math.round(ref / p.size) * p.size;
        const [s, e] = p.part;
        let from: number;
        let to: number;
        if (s < 0) [from, to] = [b + s, b + e];
        else if (s === 0) [from, to] = [b + s, b + e];
        else if (e === 9) [from, to] = [b - 10 + s, b - 10 + e];
        else return 'only early, late or turn apply to a boundary';
        return { value: intervalValue('decade', from, to), cues: [`boundary ${b} from ${a ? `anchor: ${ref} (${a.unitId})` : presentCue}`] };
      }
      case 'present': {
        const n = p.count ?? settings.vagueCount;
        if (p.ago) {
          const ref = present ?? latest?.year;
          if (ref === undefined) return 'no present to count back from';
          const y = ref - n * p.unit;
          return { value: intervalValue('relative', y, y), cues: [presentCue] };
        }
        let from: number;
        if (p.count === null && p.unit >= settings.presentSpanMinUnit && first) {
          // "the past decades": the span the text covers, as far as the present allows.
          from = present !== null ? Math.max(first.year, present - n * p.unit) : first.year;
          const to = present;
          const v = to === null ? openValue(intervalValue('relative', from, from))! : intervalValue('relative', from, to);
          return { value: v, cues: [presentCue, `text starts ${first.year} (${first.unitId})`] };
        }
        if (present !== null) return { value: intervalValue('relative', present - n * p.unit, present), cues: [presentCue] };
        if (!latest) return 'no present to count back from';
        from = latest.year - n * p.unit;
        return { value: openValue(intervalValue('relative', from, from))!, cues: [presentCue] };
      }
      case 'short-decade': {
        const ref = present ?? latest?.year ?? null;
        const start = ref !== null && 2000 + p.decade <= ref ? 2000 + p.decade : 1900 + p.decade;
        const decade: Value = { ...intervalValue('decade', start, start + 9, `${String(start).slice(0, 3)}X`), scale: 'decade', base: start };
        const v = p.part ? partValue(decade, p.part) : decade;
        return v ? { value: v, cues: [`century from ${ref !== null ? `${ref}` : 'default 1900s'}`] } : 'part does not apply';
      }
      case 'short-year': {
        // As for "the '90s": the latest century that does not put the year after the present.
        const ref = present ?? latest?.year ?? null;
        const y = ref !== null && 2000 + p.year <= ref ? 2000 + p.year : 1900 + p.year;
        const v = p.month === null ? yearValue(y) : p.day ? dayValue(y, p.month, p.day) : monthValue(y, p.month);
        return { value: v, cues: [`century from ${ref !== null ? `${ref}` : 'default 1900s'}`] };
      }
      case 'era': {
        let entry = this.entryMeant(p.ids);
        if (!entry) return `unknown era '${p.ids[0]}'`;
        const meant = this.latestNamed(entry);
        const cues: string[] = [];
        if (meant) {
          cues.push(`${entry.id} → ${meant.entry.id} (${meant.unitId})`);
          entry = meant.entry;
        }
        const own = p.own;
        let years = own ? { from: own.from, to: own.to, cue: `era: ${entry.id} (own years)` } : this.eraYears(entry);
        const unnamed = (e: EraEntry, y: { cue: string }): boolean => y.cue.endsWith('(table)') && !!e.requires && !!settings.timesWritten && settings.timesWritten(e.requires) === 0;
        if (!own && unnamed(entry, years)) return `the table's '${entry.id}' is ${entry.requires![0]}'s, which the text never names`;
        if (p.with && !own) {
          // Two rulers named together ("under Benazir and Nawaz"): from the earlier start to the later end (open if either is).
          const other = this.entryMeant(p.with);
          if (!other) return `unknown era '${p.with[0]}'`;
          const more = this.eraYears(other);
          if (unnamed(other, more)) return `the table's '${other.id}' is ${other.requires![0]}'s, which the text never names`;
          if (years.from === null || more.from === null) return 'era has no usable years';
          years = { from: Math.min(years.from, more.from), to: years.to === null || more.to === null ? null : Math.max(years.to, more.to), cue: `${years.cue} + ${more.cue}` };
        }
        let v: Value | null;
        if (p.edge === 'post') v = years.to === null ? null : eraValue(years.to, null);
        else if (p.edge === 'since') v = years.from === null ? null : eraValue(years.from, null);
        else if (p.edge === 'pre') v = years.from === null ? null : { kind: 'era', from: null, to: years.from, edtf: `../${edtfYear(years.from)}`, startEdtf: '..', endEdtf: edtfYear(years.from) };
        else if (p.part && years.from !== null && years.to !== null) {
          const length = years.to - years.from;
          v = eraValue(years.from + Math.round(length * p.part[0]), years.from + Math.round(length * p.part[1]));
          return v ? { value: v, cues: [...cues, years.cue, `part ${p.part[0]}–${p.part[1]} of ${years.from}–${years.to}`] } : 'era has no usable years';
        } else v = eraValue(years.from, years.to);
        return v ? { value: v, cues: [...cues, years.cue] } : 'era has no usable years';
      }
      case 'ruler-text': {
        const own = p.own ?? c.bracketed;
        const learned = this.rulersDated.get(p.name);
        if (own && own.from !== null) {
          const v = eraValue(own.from, own.to);
          return v ? { value: v, cues: [`ruler: ${p.name} (own years)`] } : 'era has no usable years';
        }
        if (learned) {
          const v = eraValue(learned.from, learned.to);
          return v ? { value: v, cues: [`ruler: ${p.name} (text ${learned.unitId})`] } : 'era has no usable years';
        }
        return `no years for '${p.name}' in the text or the era table`;
      }
      case 'pronoun-era': {
        const entry = this.leaderFor(c, p.plural);
        if (!entry) return 'no leader named just before';
        const years = this.eraYears(entry.entry);
        const v = eraValue(years.from, years.to);
        return v ? { value: v, cues: [`${p.plural ? 'their' : 'his/her'} → ${entry.entry.id} (${entry.unitId})`, years.cue] } : 'era has no usable years';
      }
    }
  }

  /** For a generic era ("post-war"): which of its `latestOf` eras the text named last before, if any. */
  /**
   * The entry a name shared by several means ('Zia': Zia-ul-Haq in Pakistan, Ziaur Rahman in
   * Bangladesh): the one whose `requires` words the text writes most often (a text on Bangladesh
   * names Pakistan too, but less); on a tie, or without them, the first in the table.
   */
  private entryMeant(ids: readonly string[]): EraEntry | undefined {
    const entries = this.settings.eras.entries;
    const count = this.settings.timesWritten;
    if (ids.length === 1 || !count) return entries.get(ids[0]);
    let best: EraEntry | undefined;
    let bestTimes = -1;
    for (const id of ids) {
      const e = entries.get(id);
      const times = e?.requires ? count(e.requires) : 0;
      if (e && times > bestTimes) {
        best = e;
        bestTimes = times;
      }
    }
    return best;
  }

  private latestNamed(entry: EraEntry): { entry: EraEntry; unitId: string } | null {
    let best: { entry: EraEntry; unitId: string; order: number } | null = null;
    for (const id of entry.latestOf ?? []) {
      const seen = this.named.get(id);
      const e = this.settings.eras.entries.get(id);
      if (seen && e && (!best || seen.order > best.order)) best = { entry: e, unitId: seen.unitId, order: seen.order };
    }
    return best;
  }

  /**
   * The leader(s) a possessive pronoun points to: named earlier in the same sentence, else in the
   * sentence before, else later in the same sentence ("Throughout his rule, Rhee…"). "their" wants
   * a team whose members were all named ("Hu Jintao … and Wen Jiabao" → Hu–Wen).
   */
  private leaderFor(c: Candidate, plural: boolean): { entry: EraEntry; unitId: string } | null {
    const { mentions, settings } = this;
    const here = mentions.filter((m) => m.unitIndex === c.unitIndex);
    const groups = [
      here.filter((m) => m.token < c.atom.i0).reverse(),
      mentions.filter((m) => m.unitIndex === c.unitIndex - 1),
      here.filter((m) => m.token >= c.atom.i1),
    ];
    for (const group of groups) {
      if (group.length === 0) continue;
      if (!plural) {
        const e = settings.eras.entries.get(group[0].id);
        if (e) return { entry: e, unitId: group[0].unitId };
        continue;
      }
      const named = new Map<string, number>();
      group.forEach((m, i) => {
        if (!named.has(m.id)) named.set(m.id, i);
      });
      let best: { entry: EraEntry; at: number } | null = null;
      for (const e of settings.eras.entries.values()) {
        if (!e.members?.length || !e.members.every((m) => named.has(m))) continue;
        const at = Math.min(...e.members.map((m) => named.get(m)!));
        if (!best || at < best.at) best = { entry: e, at };
      }
      if (best) return { entry: best.entry, unitId: group[0].unitId };
    }
    return null;
  }
}

/** A day's EDTF ('2025-10-14'): group 1 its month and day. */
const FULL_DAY = /^-?\d{4}-(\d\d-\d\d)$/;

/** Days in a month, on average: 'three months later' counts 91 days. */
const DAYS_PER_MONTH = 30.44;

/**
 * The year `days` days (negative: before) after the date `edtf` of year `y`: counted from its
 * month, and its day when it has one ('three days earlier' than 20 January 1990 is 1990, than
 * 2 January 1990 is 1989); from a year alone, whole years only.
 */
function yearAfterDays(edtf: string, y: number, days: number): number {
  const month = monthOf(edtf);
  if (month === null) return y + Math.trunc(days / 365);
  const day = /^-?\d{4}-\d\d-(\d\d)$/.exec(edtf);
  const monthsIn = month - 1 + (day ? (Number(day[1]) - 1) / DAYS_PER_MONTH : 0);
  return y + Math.floor((monthsIn + days / DAYS_PER_MONTH) / 12);
}

/** The month of an EDTF date ('1981-07', '1981-07-13'), or null for a year or an interval. */
function monthOf(edtf: string): number | null {
  const m = /^-?\d{4}-(\d\d)(?:-\d\d)?$/.exec(edtf);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 12 ? n : null;
}
