/**
 * Marker events: an event the thesis uses to characterise a stage ("the decade from 2002 to 2012,
 * which was marked by China's entry into the WTO") that the text itself dates elsewhere ("China's
 * entry into the WTO in 2001").
 */
import type { Check, CheckEvidence, Entity, EntityMention, PeriodStage, Sentence } from '../../doc.js';
import { stem } from '../../adapters/natural.js';
import { list, stageName, temporalEvidence, type CheckContext } from './context.js';

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'into', 'of', 'to', 'in', 'on', 'with', 'by', 'for', 'and', 'its', 'their', 'his', 'her', 's', 'under', 'from', 'at']);
// Words that frame an event rather than name it ("marked by", "the current era under").
const FRAME_WORDS = new Set(['marked', 'characterised', 'characterized', 'defined', 'shaped', 'dominated', 'era', 'period', 'stage', 'phase', 'decade', 'years', 'time', 'current', 'present', 'new', 'finally', 'first', 'second', 'third', 'which', 'was', 'were', 'is', 'when', 'during', 'after', 'before']);

// A lower-cased text with no unit outside ASCII and General Punctuation (dashes, curly quotes:
// U+2000–U+206F holds no letter) has only the letters a–z, where /[a-z]+/ finds what /\p{L}+/u
// finds, about three times faster.
const BEYOND_ASCII_AND_PUNCTUATION = /[^\x00-\x7f\u2000-\u206f]/;

/** The lower-cased words (runs of letters) of `text`. */
function lettersOf(text: string): string[] {
  const lower = text.toLowerCase();
  return (BEYOND_ASCII_AND_PUNCTUATION.test(lower) ? lower.match(/\p{L}+/gu) : lower.match(/[a-z]+/g)) ?? [];
}

/** The content word before a mention inside the item ("entry" in "China's entry into the WTO"). */
function headWordBefore(text: string): string | null {
  const words = lettersOf(text);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i--) {
    if (FRAME_WORDS.has(words[i])) return null;
    if (!FUNCTION_WORDS.has(words[i])) return words[i];
  }
  return null;
}

interface Marker {
  stage: PeriodStage;
  entity: Entity;
  mention: EntityMention;
  head: string | null;
}

function markersOf(ctx: CheckContext): Marker[] {
  const types = new Set(ctx.rules.markerEvents.entityTypes);
  const boundary = new RegExp(ctx.rules.markerEvents.boundaryBefore, 'iu');
  const clean = ctx.doc.layers.clean!;
  const markers: Marker[] = [];
  for (const stage of ctx.stages) {
    const item = stage.announcedIn.length ? stage.evidence?.[0] : undefined;
    if (!item) continue;
    for (const entity of ctx.entities) {
      if (!types.has(entity.type)) continue;
      const mention = entity.mentions.find((m) => m.start >= item.start && m.end <= item.end);
      if (!mention) continue;
      const before = clean.text.slice(clean.map.toClean(item.start), clean.map.toClean(mention.start));
      // ('lasted until the Forverts became a weekly in 1983': the name is in the clause that ends the
      // stage; 'until the Durban strikes': an event named there is itself the end, however the text dates it.)
      const ends = boundary.test(before);
      if (ends && entity.type !== 'EVENT') continue;
      const head = entity.type === 'PERSON' || ends ? null : headWordBefore(before);
      if (!markers.some((m) => m.stage === stage && m.entity === entity)) markers.push({ stage, entity, mention, head });
    }
  }
  return markers;
}

/** Checks that each marker event the thesis names is dated, by the text, inside its stage. */
export function markerEvents(ctx: CheckContext): Check | null {
  if (!ctx.stages.some((s) => s.announcedIn.length > 0 && s.from !== null)) return null;
  const kinds = new Set(ctx.rules.markerEvents.dateKinds);
  const thesis = new Set(ctx.stages.flatMap((s) => s.announcedIn));
  const notes: string[] = [];
  const evidence: CheckEvidence[] = [];
  let worst = 0;
  for (const m of markersOf(ctx)) {
    const stem = m.head ? m.head.slice(0, Math.max(4, m.head.length - 3)) : null;
    const dated = m.entity.mentions
      .filter((x) => x.sentenceId !== null && !thesis.has(x.sentenceId))
      .map((x) => ctx.sentenceById.get(x.sentenceId!))
      .filter((s, i, all) => s && all.indexOf(s) === i)
      .filter((s) => !stem || s!.text.toLowerCase().includes(stem))
      .flatMap((s) => (ctx.temporalBySentence.get(s!.id) ?? []).filter((t) => kinds.has(t.kind)));
    const name = `${m.head ? `${m.head} … ` : ''}${m.mention.text}`;
    if (dated.length === 0) {
      notes.push(`The thesis marks ${stageName(m.stage)} by '${name}', which the text does not date.`);
      continue;
    }
    const outside = dated.filter((t) => (t.to ?? t.from!) < (m.stage.from ?? -Infinity) || t.from! > (m.stage.to ?? Infinity));
    const yearsSeen = [...new Set(dated.map((t) => t.from))].join(', ');
    for (const t of dated) evidence.push(temporalEvidence(t, `${name} dated ${outside.includes(t) ? 'outside' : 'inside'} stage ${m.stage.ordinal}`));
    if (outside.length === dated.length) {
      worst = 2;
      notes.push(`The thesis marks ${stageName(m.stage)} by '${name}', but the text dates it to ${yearsSeen} (${list([...new Set(outside.map((t) => t.sentenceId))])}), outside the stage.`);
    } else if (outside.length > 0) {
      worst = Math.max(worst, 1);
      notes.push(`The thesis marks ${stageName(m.stage)} by '${name}'; the text dates it both inside and outside the stage (${yearsSeen}).`);
    } else {
      notes.push(`The thesis marks ${stageName(m.stage)} by '${name}', which the text dates inside it (${yearsSeen}).`);
    }
  }
  return {
    id: 'marker-events',
    status: (['pass', 'warn', 'fail'] as const)[worst],
    message: notes.length ? notes.join(' ') : 'The thesis characterises its stages without naming datable events.',
    evidence,
  };
}

const LETTER = /\p{L}/u;

/** Whether `text` holds `name` as whole words. */
function holdsName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if ((at === 0 || !LETTER.test(text[at - 1])) && (at + name.length === text.length || !LETTER.test(text[at + name.length]))) return true;
  }
  return false;
}

function pushAll(map: Map<string, string[]>, key: string, values: string[]): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, values.slice());
  else for (const v of values) list.push(v);
}

/** `words` without one occurrence of each of `remove` (a name's words, each taken out once). */
function withoutOnce(words: string[], remove: string[]): string[] {
  const out = words.slice();
  for (const r of remove) {
    const at = out.indexOf(r);
    if (at >= 0) out.splice(at, 1);
  }
  return out;
}

/**
 * A stage's name echoed in sentences the text dates to another stage: "Blossoming (2002–12)" and
 * "labour NGOs began to proliferate and blossom" with WTO entry in 2001.
 */
export function labelEchoes(ctx: CheckContext): Check | null {
  const { minWordLength, stopWords } = ctx.rules.labelEcho;
  const stop = new Set(stopWords);
  const notes: string[] = [];
  const evidence: CheckEvidence[] = [];
  let status: Check['status'] = 'pass';
  let anyWords = false;
  // Stemming every word of every sentence is costly: stem only words that share their first
  // three letters with a stage name's stem (`stem` remembers the words it has seen).
  const stemOf = stem;
  const { maxSentences } = ctx.rules.labelEcho;
  // The lower-cased words of a sentence outside the names of bodies, laws, works and people ('Civil
  // Service Union' does not echo a stage 'Civil war'), read once however many stems and stages look.
  let inNames: Map<string, string[]> | null = null;
  const wordsInNames = (sentenceId: string): string[] | undefined => {
    if (inNames === null) {
      inNames = new Map();
      const types = new Set(ctx.rules.labelEcho.namesOf);
      // A name a stage's label holds ('The Solidarity years') echoes wherever it is mentioned.
      const labels = ctx.stages.map((st) => st.label ?? '').join('\n');
      const inLabel = (e: Entity): boolean => holdsName(labels, e.canonical) || e.aliases.some((n) => holdsName(labels, n));
      for (const e of ctx.entities) {
        if (!types.has(e.type) || inLabel(e)) continue;
        for (const m of e.mentions) if (m.sentenceId !== null) pushAll(inNames, m.sentenceId, lettersOf(m.text));
      }
    }
    return inNames.get(sentenceId);
  };
  const wordsRead = new Map<Sentence, string[]>();
  const wordsOf = (s: Sentence): string[] => {
    let words = wordsRead.get(s);
    if (words === undefined) {
      words = lettersOf(s.text);
      const named = wordsInNames(s.id);
      if (named !== undefined) words = withoutOnce(words, named);
      wordsRead.set(s, words);
    }
    return words;
  };
  // Whether more than `maxSentences` sentences hold a word with stem `st`: counting stops there.
  const common = new Map<string, boolean>();
  const isCommon = (st: string): boolean => {
    let answer = common.get(st);
    if (answer === undefined) {
      const prefix = new RegExp(`(?<![\\p{L}])${st.slice(0, 3)}`, 'iu');
      let n = 0;
      for (const s of ctx.sentences) {
        if (!prefix.test(s.text) || !wordsOf(s).some((w) => stemOf(w) === st)) continue;
        n++;
        if (n > maxSentences) break;
      }
      answer = n > maxSentences;
      common.set(st, answer);
    }
    return answer;
  };
  for (const stage of ctx.stages) {
    if (!stage.label || stage.from === null) continue;
    const labelStems = new Set(lettersOf(stage.label).filter((w) => w.length >= minWordLength && !stop.has(w)).map(stemOf));
    // Only distinctive words echo: a name's word the text uses everywhere ("military") says nothing.
    for (const st of labelStems) if (isCommon(st)) labelStems.delete(st);
    if (labelStems.size === 0) continue;
    anyWords = true;
    // A sentence can echo a stem only if it holds the stem's first three letters at a word start.
    const prefixes = new RegExp(`(?<![\\p{L}])(?:${[...new Set([...labelStems].map((x) => x.slice(0, 3)))].join('|')})`, 'iu');
    // Each echo with the words that echo the name, so a reader sees at once why it counts.
    const echoes: { sentence: Sentence; words: string[] }[] = [];
    for (const s of ctx.sentences) {
      const p = ctx.period.get(s.id);
      if (!p || p.stage === null || p.stage === stage.ordinal) continue;
      if (!ctx.temporalBySentence.has(s.id) || !prefixes.test(s.text)) continue;
      const words = [...new Set(wordsOf(s).filter((w) => w.length >= minWordLength && labelStems.has(stemOf(w))))];
      if (words.length) echoes.push({ sentence: s, words });
    }
    const quoted = (words: string[]): string => words.map((w) => `'${w}'`).join(', ');
    for (const { sentence: s, words } of echoes.slice(0, 3)) {
      const p = ctx.period.get(s.id)!;
      notes.push(`'${stage.label}' (stage ${stage.ordinal}) is echoed by ${quoted(words)} in ${s.id}, which the text dates to stage ${p.stage}: '${s.text.slice(0, 100)}${s.text.length > 100 ? '…' : ''}'.`);
    }
    if (echoes.length > 3) notes.push(`It is echoed in ${echoes.length - 3} more sentences dated to other stages.`);
    if (echoes.length) status = 'warn';
    for (const { sentence: s, words } of echoes) evidence.push({ sentenceId: s.id, start: s.start, end: s.end, note: `echoes the name of stage ${stage.ordinal} (${quoted(words)})` });
  }
  if (!anyWords) return null;
  return {
    id: 'label-echoes',
    status,
    message: notes.length ? `${notes.join(' ')} The process the name describes may begin or end outside the stage's years.` : 'No stage name is echoed in sentences dated to another stage.',
    evidence,
  };
}
