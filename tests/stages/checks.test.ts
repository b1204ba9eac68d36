import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Check, Doc, Stance, StanceAssignment } from '../../src/doc.js';
import { checks as checksStage } from '../../src/stages/checks/index.js';
import { buildPipeline } from '../../src/pipeline.js';
import { toMarkdown } from '../../src/markdown.js';
import { docOf, FIXTURES, pipeline } from '../helpers.js';

const fixture = (name: string): string => readFileSync(join(FIXTURES, 'periodisation', `${name}.txt`), 'utf8');

/**
 * Runs the checks on `text` with stance labels given by hand (sentence-start → stance; the rest
 * neutral), so these tests exercise the checks and not the stance classifier.
 */
function checked(text: string, stances: Record<string, Stance> = {}, cues: StanceAssignment['cues'] = []): Doc {
  const doc = docOf(text, 'periods');
  doc.layers.stances = doc.layers.sentences!.map((s) => {
    const hit = Object.entries(stances).find(([start]) => s.text.startsWith(start));
    return { sentenceId: s.id, label: hit ? hit[1] : 'neutral', confidence: 0.8, cues: cues.filter((c) => c.start! >= s.start && c.end! <= s.end) };
  });
  const built = pipeline().stages.find((b) => b.stage.name === 'checks') ?? { options: { rules: 'checks.json' }, resources: buildChecksResources() };
  const out = checksStage.run(doc, { options: built.options as { rules: string }, resources: built.resources as never });
  Object.assign(doc.layers, out.layers);
  return doc;
}

function buildChecksResources(): unknown {
  return checksStage.prepare!({ rules: 'checks.json' }, { pipelineDir: '', loadData: (f: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'pipeline', f), 'utf8')) });
}

const byId = (doc: Doc, id: string): Check => {
  const c = doc.layers.checks!.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}: ${doc.layers.checks!.map((x) => x.id).join(', ')}`);
  return c;
};

describe('checks: a stage the thesis characterises, with no sentence that takes a stance', () => {
  it('warns that the text gives no evidence, instead of saying the stance dominates with 0 of 0', () => {
    const text = fixture('dockers');
    const at = text.indexOf('restricted strikes');
    // The thesis's word 'restricted' characterises stage 3 by repression; every sentence is neutral.
    const doc = checked(text, {}, [{ kind: 'repression', text: 'restricted', start: at, end: at + 'restricted'.length }]);
    const trajectories = doc.layers.checks!.filter((c) => c.id.startsWith('stance-trajectory-') && /The thesis characterises it by/.test(c.message));
    expect(trajectories.length).toBeGreaterThan(0);
    for (const c of trajectories) {
      expect(c.status).toBe('warn');
      expect(c.message).toMatch(/No sentence of the stage takes a stance: the text gives no evidence for it\./);
      expect(c.message).not.toMatch(/dominates \(0 of 0/);
    }
  });
});

describe('checks: the claim against the text', () => {
  const text = fixture('dockers');
  const repressionWord = text.indexOf('restricted strikes');
  const doc = checked(
    text,
    { 'The police detained': 'repression', 'The government banned': 'repression', 'Yet the labour ministry': 'cooperation', 'The police arrested': 'repression', 'In 1976 the government': 'cooperation' },
    [{ kind: 'repression', text: 'restricted', start: repressionWord, end: repressionWord + 'restricted'.length }],
  );

  it.each([
    ['thesis-vs-headings', 'warn', /Stage 3 \('Discipline'\) has no years in the text: its start \(1990\) is taken from the end of stage 2/],
    ['stage-names', 'warn', /appear only in headings; the thesis names none of them/],
    ['boundaries', 'warn', /1974 ends stage 1 and starts stage 2\. The text puts '1974' \(s7\) in stage 2\./],
    ['marker-events', 'fail', /marks stage 3 \('Discipline', 1990–\) by 'European Union', but the text dates it to 1986 \(s11\), outside the stage/],
    ['section-coverage-3', 'pass', /Flashbacks to earlier stages: '1986' \(s11\)\. Of its 5 sentences, 4 are about the stage itself and 1 is about stage 2\.$/],
    ['section-coverage-1', 'pass', /Of its 4 sentences, 3 are about the stage itself and 1 is about the time before the first stage\.$/],
    ['stance-trajectory-3', 'warn', /characterises it by repression \('restricted'\).*Repression dominates.*qualifies its own characterisation: 1 sentence is cooperation or mixed, e\.g\. s15/],
    ['stage-criteria', 'warn', /characterises stage 3 by state–society relations, but describes stage 1 as 'the years from 1960 to 1974, when the unions were controlled by the corporatist regime'/],
    ['conclusion', 'pass', /'What Next\?' comes after the last stage.*2 speculate about the future \(s16 and s17\)/],
  ])('%s → %s', (id, status, message) => {
    const c = byId(doc, id);
    expect(c.status).toBe(status);
    expect(c.message).toMatch(message);
  });

  it('points every piece of evidence at a span of the original text', () => {
    for (const c of doc.layers.checks!) {
      for (const e of c.evidence) {
        if (e.start === undefined) continue;
        expect(e.end!).toBeGreaterThanOrEqual(e.start);
        expect(e.end!).toBeLessThanOrEqual(text.length);
        if (e.text) expect(text.slice(e.start, e.end)).toBe(e.text);
        if (e.sentenceId) expect(doc.layers.sentences!.some((s) => s.id === e.sentenceId)).toBe(true);
      }
    }
  });

  it('summarises each stage with its timeline, stance and representative sentences, and gives a verdict', () => {
    const summary = doc.layers.summary!;
    expect(summary.stages.map((s) => [s.ordinal, s.from, s.to])).toEqual([[1, 1960, 1974], [2, 1974, 1990], [3, 1990, null]]);
    const s3 = summary.stages[2];
    expect(s3.stance.counts).toEqual({ repression: 2, cooperation: 1, mixed: 0, neutral: 1 });
    expect(s3.timeline.map((e) => e.date)).toEqual(['1993', '2012', '2013', '2015']);
    expect(s3.representative.map((r) => r.stance)).toEqual(['repression', 'cooperation']);
    expect(summary.stages[1].timeline.find((e) => e.date === '1986')?.placement).toBe('flashback');
    expect(summary.verdict).toMatch(/^The text claims 3 stages: Under Control \(1960–1974\); Freedom \(1974–1990\); Discipline \(1990–\)\./);
    expect(summary.verdictLevel).toBe('partly supported');
    expect(summary.outside).toEqual({ before: 1, after: 2, span: 2, none: 0 });
  });
});

describe('checks: a text without a periodisation', () => {
  const doc = checked(fixture('plain'));
  it('has one check saying so, and a verdict saying so', () => {
    expect(doc.layers.checks!.map((c) => [c.id, c.status])).toEqual([['periodisation-claimed', 'warn']]);
    expect(doc.layers.checks![0].message).toMatch(/^No periodisation claimed/);
    expect(doc.layers.summary!.verdictLevel).toBe('no periodisation');
    expect(doc.layers.summary!.stages).toEqual([]);
  });
});

describe('markdown summary', () => {
  it('renders stages, verdict, checks and per-stage timelines', async () => {
    const doc = checked(fixture('dockers'));
    const { toReport } = await import('../../src/report.js');
    const md = toMarkdown(toReport(doc, buildPipeline()));
    expect(md).toMatch(/^# Dockers and the State in Lisbon\n/);
    expect(md).toContain('| 3 | Discipline | 1990– | s2 | Discipline |');
    expect(md).toContain('## Verdict');
    expect(md).toMatch(/- \*\*fail\*\* `marker-events` — /);
    expect(md).toContain('## Stage 2: Freedom (1974–1990)');
    expect(md).toMatch(/- \*\*1986\*\* — .*\(s11, flashback\)/);
  });
});

describe('checks: four stages named after presidents, dated only by the text\'s statements of their tenures', () => {
  const doc = checked(fixture('leaders'), { 'In 1953 his government': 'repression', 'The police arrested': 'repression', 'In 1964 the ministry': 'cooperation', 'In 1979 the government': 'repression', 'Yet in 1985': 'cooperation' });

  it.each([
    ['thesis-vs-headings', 'warn', /announces 4 stages\. No section heading follows the scheme.*Stage 1 starts in 1950, but neither the thesis nor its heading says so: the year comes only from s2/],
    ['stage-names', 'pass', /'the Halvorsen years', 'the Okafor era', 'the Lind period' and 'the Moreau presidency'/],
    ['boundaries', 'warn', /1962 ends stage 1 and starts stage 2\. The text puts '1962' \(s5\) and '1962' \(s13\) in stage 2\..*'Since 1991' \(s11\) opens stage 4 in 1991/],
    ['label-echoes', 'pass', /No stage name is echoed/],
    ['stance-trajectory-1', 'pass', /stage 1 \('the Halvorsen years', 1950–1962\): 3 sentences — repression 2, cooperation 0/],
    ['stance-trajectory-3', 'pass', /stage 3 \('the Lind period', 1975–1991\): 3 sentences — repression 1, cooperation 1/],
  ])('%s → %s', (id, status, message) => {
    const c = byId(doc, id);
    expect(c.status).toBe(status);
    expect(c.message).toMatch(message);
  });

  it('keeps the last stage open, and says so in the verdict', () => {
    expect(doc.layers.summary!.stages.map((s) => [s.ordinal, s.from, s.to])).toEqual([[1, 1950, 1962], [2, 1962, 1975], [3, 1975, 1991], [4, 1991, null]]);
    expect(doc.layers.summary!.verdict).toMatch(/^The text claims 4 stages: the Halvorsen years \(1950–1962\); the Okafor era \(1962–1975\); the Lind period \(1975–1991\); the Moreau presidency \(1991–\)\./);
  });
});

describe('checks: stages claimed only by headings', () => {
  const doc = checked(fixture('headings'));

  it.each([
    ['thesis-vs-headings', 'pass', /^The 3 stages are claimed by section headings only; no sentence announces them\.$/],
    ['stage-names', 'pass', /named by their headings: 'The founding years', 'War and occupation' and 'Reconstruction'/],
    ['section-coverage-2', 'pass', /2 of 2 dated references \(100%\) fall inside the stage's years/],
    ['stage-coverage', 'warn', /Nothing is dated 1935–1939: the first dated event of stage 2 is in 1940/],
  ])('%s → %s', (id, status, message) => {
    const c = byId(doc, id);
    expect(c.status).toBe(status);
    expect(c.message).toMatch(message);
  });

  it('does not take the mayors\' dated sub-headings for stages', () => {
    expect(doc.layers.periodisation!.stages.map((s) => [s.label, s.from, s.to])).toEqual([['The founding years', 1920, 1935], ['War and occupation', 1935, 1950], ['Reconstruction', 1950, 1975]]);
  });
});


describe('checks: boundaries between stages', () => {
  const thesis = (items: string): string => `Dock Labour in Harbourtown\n\nThis essay argues that dock labour passed through three phases: ${items}.\n\nThe guilds hired at the gate in 1910. The union was recognised in 1925. Containers arrived in 1968.`;
  it.each([
    ['an overlap inside an approximate end is compatible', 'the guild period (1890–1920), the settlement from 1920 to the mid-1960s, and the container age since 1965', 'warn', /share 1965–1967, but the end of 'from 1920 to the mid-1960s' is approximate/],
    ['an overlap of exact years fails', 'the guild period (1890–1920), the settlement from 1920 to 1967, and the container age since 1965', 'fail', /Overlap: stage 2 \(1920–1967\) and stage 3 \(1965–\) share 1965–1967\./],
    ['a long overlap fails even with an approximate end', 'the guild period (1890–1920), the settlement from 1920 to the late 1960s, and the container age since 1960', 'fail', /Overlap: stage 2 \(1920–1969\) and stage 3 \(1960–\) share 1960–1969\./],
  ])('%s', (_what, items, status, message) => {
    const check = byId(checked(thesis(items)), 'boundaries');
    expect(check.status).toBe(status);
    expect(check.message).toMatch(message);
  });
});

describe('checks: names in the clause that ends a stage', () => {
  const markers = (text: string): Check => byId(checked(text), 'marker-events');

  it("a newspaper after 'until' is no marker event ('until the Norhaven Courier became a weekly in 1983')", () => {
    const check = markers(
      [
        'The Press of Norhaven',
        'The town press passed through three stages: a founding period of small papers in the 1880s and 1890s, a period of mass circulation from 1900 to 1924, and a long decline that lasted until the Norhaven Courier became a weekly in 1983.',
        'The Norhaven Courier was founded in 1897 by two printers. It sold 40,000 copies a day in 1910. Readers drifted to radio after 1924. The last daily edition appeared in 1983.',
      ].join('\n\n'),
    );
    expect(check.status).toBe('pass');
    expect(check.message).not.toMatch(/Norhaven Courier|does not date/);
  });

  it("an event after 'until' or after a date and 'to' is checked as itself, with no word before it for a head", () => {
    const check = markers(
      [
        'The Unions of Kestrel Bay',
        'The unions of the bay passed through two stages: a period of defiance from 1948 to the Harbour Strike of 1960, and a silence that lasted until the Great Dock Strike of 1973.',
        'The Harbour Strike broke out in March 1960. After it the unions were banned. The Great Dock Strike began in January 1973 and ended the silence.',
      ].join('\n\n'),
    );
    expect(check.message).toMatch(/marks stage 1 \('a period of defiance', 1948–1960\) by 'Harbour Strike', which the text dates inside it \(1960\)/);
    expect(check.message).toMatch(/marks stage 2 \('a silence', 1960–1973\) by 'Great Dock Strike', which the text dates inside it \(1973\)/);
  });
});

describe('checks: what echoes a stage name', () => {
  const doc = checked(fixture('label-echo-names'));
  const echoes = byId(doc, 'label-echoes');

  it("a name the label holds echoes ('The Solidarity years' in 'found Solidarity' in 1978)", () => {
    expect(echoes.status).toBe('warn');
    expect(echoes.message).toMatch(/'The Solidarity years' \(stage 3\) is echoed by 'solidarity' in s\d+, which the text dates to stage 2: 'In 1978 activists who would later found Solidarity/);
    const evidence = echoes.evidence.find((e) => e.note?.startsWith('echoes the name of stage 3'));
    expect(evidence?.note).toBe("echoes the name of stage 3 ('solidarity')");
  });

  it.each([
    ["a word inside the name of a body ('Civil Service Union' is no echo of 'Civil war')", /'Civil war'/],
    ["a function word ('after' in 'arrested after the strikes' is no echo of 'Rebuilding after the war')", /'Rebuilding after the war'/],
  ])('not %s', (_what, stage) => {
    expect(echoes.message).not.toMatch(stage);
  });

  it("not the words that count or date a stage ('the next century' is no echo of 'The 20th century')", () => {
    const text = [
      'Guilds of Vellmar', 'The 18th century (1700–1799)',
      'The guilds were chartered in 1720. Journeymen marched in 1790.',
      'The 19th century (1800–1899)',
      'The guilds grew in 1820. By 1880 the masters feared that the next century would end them. Journeymen marched in 1890.',
      'The 20th century (1900–1999)',
      'The guilds were dissolved in 1905. A museum opened in 1960. Its archive was catalogued in 1985.',
    ].join('\n\n');
    const doc = checked(text);
    expect(doc.layers.periodisation!.stages.map((st) => st.label)).toEqual(['The 18th century', 'The 19th century', 'The 20th century']);
    const check = doc.layers.checks!.find((x) => x.id === 'label-echoes');
    expect(check?.message ?? '').not.toMatch(/echoed by 'century'/);
  });
});
