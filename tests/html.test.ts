/**
 * HTML reports: the pure parts (alignment of spans into clean text, placement, escaping, size) in
 * Node, then the pages themselves in a real browser (Debian's chromium driven by playwright-core):
 * no console errors, no network, stage bands and timeline marks as the report says, evidence and
 * marks that scroll to their sentence, the no-periodisation and missing-layer states, injection
 * safety, and no sideways scrolling at phone width. Screenshots and the pages go to
 * output/screenshots/ for a person to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { alignClean, toCleanSpan } from '../src/html/align.js';
import { escapeAttr, escapeHtml, idPart } from '../src/html/escape.js';
import { buildModel, datedReferences, placementOf } from '../src/html/model.js';
import { indexPageEnd, indexPageRow, indexPageStart, renderIndexHtml, renderReportHtml, writeReportHtml, type IndexRowForHtml } from '../src/html/render.js';
import { indexRowOf } from '../src/tables.js';
import type { PeriodStage } from '../src/doc.js';
import type { Report } from '../src/report.js';
import { corpusText, expectSliceMatches, FIXTURES } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
const OUT = resolve(__dirname, '..', 'output', 'screenshots');
const SEED = 'labour-ngos-in-china';
const FIXTURE_NAMES = ['three-stages', 'no-periodisation', 'bare', 'hostile'] as const;

interface Page_ {
  name: string;
  report: Report;
  text: string;
}

function fixture(name: string): Page_ {
  const dir = join(FIXTURES, 'html');
  return { name, report: JSON.parse(readFileSync(join(dir, `${name}.report.json`), 'utf8')) as Report, text: readFileSync(join(dir, `${name}.txt`), 'utf8') };
}

const fixtures = Object.fromEntries(FIXTURE_NAMES.map((n) => [n, fixture(n)])) as Record<(typeof FIXTURE_NAMES)[number], Page_>;
const seedText = corpusText(SEED);
const seed: Page_ = { name: SEED, text: seedText, report: analyze(seedText, { id: SEED, path: `${SEED}.txt` }) };
const reportPages: Page_[] = [seed, ...Object.values(fixtures)];

/** The overview row of a report: the batch's index row (src/tables.ts) plus the page's name. */
const rowOf = (name: string, report: Report): IndexRowForHtml => ({ ...indexRowOf(report, { id: name, path: `${name}.txt`, report: `${name}.report.json` }), html: `${name}.report.html` });

/** Temporal expressions the timeline can place: those with at least one year. */
const datedCount = (r: Report): number => (r.temporalExpressions ?? []).filter((t) => t.from !== null || t.to !== null).length;

describe('html fixtures', () => {
  const schema = JSON.parse(readFileSync(resolve(__dirname, '..', 'schema', 'report.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it.each(FIXTURE_NAMES)('%s follows the report schema and its spans slice back to its text', (name) => {
    const { report, text } = fixtures[name];
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    for (const s of report.sentences) expectSliceMatches(text, s, s.text, s.id);
    for (const t of report.temporalExpressions ?? []) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const e of report.entities ?? []) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const c of report.citations ?? []) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('html: spans placed in the clean text of their sentence', () => {
  it.each([
    { why: 'a word hyphenated over a line end', original: 'detained two of its organ-\nisers.', clean: 'detained two of its organisers.', span: 'organ-\nisers', want: 'organisers' },
    {
      why: 'a running header inside the sentence',
      original: 'from 1988 to 1995\nREVIEW OF HOUSING 12\nand consulted them.',
      clean: 'from 1988 to 1995 and consulted them.',
      span: 'consulted',
      want: 'consulted',
    },
    { why: 'a drop capital split from its word', original: 'W\n\nhen the city voted in 1990.', clean: 'When the city voted in 1990.', span: '1990', want: '1990' },
    { why: 'a quote normalised by clean-up', original: 'the union’s hall in 1990', clean: "the union's hall in 1990", span: 'hall', want: 'hall' },
    { why: 'a span over a line break', original: 'the Harbour\nForum met', clean: 'the Harbour Forum met', span: 'Harbour\nForum', want: 'Harbour Forum' },
  ])('$why', ({ original, clean, span, want }) => {
    const start = original.indexOf(span);
    const placed = toCleanSpan(clean, alignClean(clean, original), start, start + span.length, want);
    expect(placed && clean.slice(placed.start, placed.end)).toBe(want);
  });

  it('returns null for a span outside the sentence', () => {
    expect(toCleanSpan('abc', alignClean('abc', 'abc'), 5, 8)).toBeNull();
  });
});

describe("html: placement of a dated reference against its section's stage", () => {
  const stage = (ordinal: number, from: number | null, to: number | null): PeriodStage => ({ ordinal, label: null, from, to, announcedIn: [], headingSectionId: null });
  const first = stage(1, 1978, 1986);
  const second = stage(2, 1986, 1999);
  const open = stage(3, 1999, null);
  it.each([
    { what: '1990 in stage 2 (1986–1999)', from: 1990, to: 1990, in: second, want: 'inside' },
    { what: 'the shared boundary year 1986 in stage 1', from: 1986, to: 1986, in: first, want: 'inside' },
    { what: '1979 in stage 2: an earlier stage', from: 1979, to: 1979, in: second, want: 'flashback' },
    { what: 'the 1960s in stage 1: before the first stage', from: 1960, to: 1969, in: first, want: 'background' },
    { what: '2005 onwards in stage 2', from: 2005, to: null, in: second, want: 'look-ahead' },
    { what: '2030 in the open stage 3', from: 2030, to: 2030, in: open, want: 'inside' },
    { what: 'until 1995 in stage 2', from: null, to: 1995, in: second, want: 'inside' },
    { what: 'a section with no stage', from: 1990, to: 1990, in: undefined, want: 'unstaged' },
  ])('$what → $want', ({ from, to, in: where, want }) => {
    expect(placementOf(from, to, where, first)).toBe(want);
  });

  it('a date in a heading is placed by the stage of its section and links to the heading', () => {
    const model = buildModel(fixtures['three-stages'].report);
    const heading = datedReferences(model).find((r) => r.expression.text === '1986–99')!;
    expect(heading).toMatchObject({ sentence: null, placement: 'inside', target: 'sec-sec2' });
  });

  it("the summary's placement wins over the computed one", () => {
    const report = structuredClone(fixtures['three-stages'].report);
    report.summary!.stages[1].timeline.push({ date: '1979', from: 1979, to: 1979, what: 'x', sentenceId: 's10', placement: 'background' });
    const ref = datedReferences(buildModel(report)).find((r) => r.sentence?.id === 's10')!;
    expect(ref.placement).toBe('background');
  });
});

describe('html: rendering without a browser', () => {
  it('escapes text and attributes', () => {
    expect(escapeHtml('<script>a & b</script>')).toBe('&lt;script&gt;a &amp; b&lt;/script&gt;');
    expect(escapeAttr(`"x" 'y' <z>\nw`)).toBe('&quot;x&quot; &#39;y&#39; &lt;z&gt;&#10;w');
  });

  it('a hostile text leaves no markup of its own in the page', () => {
    const html = renderReportHtml(fixtures.hostile.report, fixtures.hostile.text);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<svg onload|<b onmouseover|<a href="https|<\/mark><script/);
    expect(html).toContain('&lt;script&gt;alert("pwned")&lt;/script&gt;');
  });

  it.each([
    { name: 'bare', says: ['Periodisation not analysed', 'no temporal expressions layer', 'Entities: not analysed', 'Stance: not analysed'] },
    { name: 'no-periodisation', says: ['No periodisation claimed', 'periodisation-claimed'] },
  ] as const)('the $name report states what it lacks', ({ name, says }) => {
    const html = renderReportHtml(fixtures[name].report, fixtures[name].text);
    for (const s of says) expect(html).toContain(s);
  });

  it('holds the text once and streams a large page in chunks', () => {
    const sentence = (i: number): string => `In ${1900 + (i % 100)} the committee met the ministry and agreed on a long list of measures for harbour district number ${i}.`;
    let text = '';
    const sentences: Report['sentences'] = [];
    const temporal: NonNullable<Report['temporalExpressions']> = [];
    for (let i = 0; i < 20000; i++) {
      const start = text.length;
      text += `${sentence(i)} `;
      sentences.push({ id: `s${i}`, start, end: start + sentence(i).length, text: sentence(i), sectionId: 'sec0', paragraphId: `p${i >> 3}`, stance: { label: 'neutral', confidence: 1, cues: [] } });
      const y = String(1900 + (i % 100));
      temporal.push({ id: `t${i}`, start: start + 3, end: start + 7, text: y, sentenceId: `s${i}`, kind: 'year', from: Number(y), to: Number(y), edtf: y, cues: [] });
    }
    const report: Report = { ...structuredClone(fixtures.bare.report), sections: [{ id: 'sec0', heading: null, level: 1, kind: 'body', start: 0, end: text.length, headingStart: null, headingEnd: null }], sentences, temporalExpressions: temporal };
    const chunks: string[] = [];
    writeReportHtml(report, text, (c) => chunks.push(c));
    const html = chunks.join('');
    expect(chunks.length).toBeGreaterThan(1);
    // The sentence's text is on the page once (a timeline mark's tooltip quotes only its first words).
    expect(html.split('harbour district number 12345.').length - 1).toBe(1);
    expect(html.length).toBeLessThan(text.length * 2 + sentences.length * 400);
  });

  it.each([
    { name: 'three-stages', says: ['Stage 3 · Retrenchment', 'class="sbar sbar-small"', 'stance-fit', 'partly supported', 'repression 67%'] },
    { name: 'no-periodisation', says: ['data-state="none"', 'periodisation-claimed'] },
    { name: 'bare', says: ['not analysed'] },
  ] as const)("the overview row of $name comes from the batch's index row", ({ name, says }) => {
    const html = indexPageRow(rowOf(name, fixtures[name].report));
    for (const s of says) expect(html).toContain(s);
    expect(html).toContain(`href="${name}.report.html"`);
  });

  it('the overview written row by row is the overview written at once', () => {
    const rows = FIXTURE_NAMES.map((n) => rowOf(n, fixtures[n].report));
    expect(indexPageStart({ title: 'T' }) + rows.map(indexPageRow).join('') + indexPageEnd({ ok: 4, failed: 0 })).toBe(renderIndexHtml(rows, { title: 'T' }));
  });
});

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`html.test.ts: ${CHROMIUM} not found; browser tests skipped (.ci/run installs it with apt-get).`);

describe.skipIf(!hasChromium)(`html pages in a real browser (${CHROMIUM})`, () => {
  let context: BrowserContext;
  let profile: string;
  const files = new Map<string, string>();
  const indexRows: IndexRowForHtml[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    for (const p of reportPages) {
      const file = join(OUT, `${p.name}.report.html`);
      writeFileSync(file, renderReportHtml(p.report, p.text));
      files.set(p.name, file);
      indexRows.push(rowOf(p.name, p.report));
    }
    indexRows.push({ id: 'unreadable', path: 'unreadable.txt', status: 'failed', error: { code: 'E_INPUT_DECODE', message: 'unreadable.txt is not valid UTF-8' } });
    const index = join(OUT, 'index.html');
    writeFileSync(index, renderIndexHtml(indexRows, { generatedAt: 'test run' }));
    files.set('index', index);
    profile = mkdtempSync(join(tmpdir(), 'periodcheck-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Opens page `name` at `width`, recording console errors, page errors, requests and dialogs. */
  async function open(name: string, width = 1280): Promise<{ page: Page; url: string; errors: string[]; requests: string[]; dialogs: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    page.on('request', (r) => void requests.push(r.url()));
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
    const url = pathToFileURL(files.get(name)!).href;
    await page.goto(url, { waitUntil: 'load' });
    return { page, url, errors, requests, dialogs };
  }

  async function inViewport(page: Page, id: string): Promise<boolean> {
    return page.evaluate((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    }, id);
  }

  const pages = [...reportPages.map((p) => p.name), 'index'];
  const SCREENSHOT_TIMEOUT_MS = 150_000;
  const widths = [
    { width: 1280, tag: 'desktop' },
    { width: 390, tag: 'phone' },
  ];

  describe.each(widths)('at $width px', ({ width, tag }) => {
    it.each(pages)('%s: no console errors, no request but the page, no sideways scrolling', async (name) => {
      const { page, url, errors, requests, dialogs } = await open(name, width);
      // (A full-page screenshot of the seed essay at phone width takes 20–30 s on two busy cores: the
      // browser's own 30 s limit made the test flaky.)
      await page.screenshot({ path: join(OUT, `${name}-${tag}.png`), fullPage: true, timeout: SCREENSHOT_TIMEOUT_MS });
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([url]);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      await page.close();
    }, SCREENSHOT_TIMEOUT_MS + 60_000);

    it.each(reportPages.map((p) => p.name))("%s: one band per stage, one mark per dated reference, one element per sentence", async (name) => {
      const { report } = reportPages.find((p) => p.name === name)!;
      const { page } = await open(name, width);
      expect(await page.locator('#timeline .tl-band').count()).toBe(report.periodisation?.stages.length ?? 0);
      expect(await page.locator('#timeline .tl-mark').count()).toBe(datedCount(report));
      expect(await page.locator('article.text .s').count()).toBe(report.sentences.length);
      await page.close();
    });

    it("three-stages: a check's evidence scrolls to its sentence and highlights it", async () => {
      const { page } = await open('three-stages', width);
      const evidence = page.locator('#check-out-of-section a.ev');
      expect(await inViewport(page, 'sent-s10')).toBe(false);
      await evidence.nth(0).click();
      expect(await inViewport(page, 'sent-s10')).toBe(true);
      expect(await page.locator('#sent-s10').getAttribute('class')).toContain('is-target');
      // Evidence given only as an original span is resolved to the sentence holding it.
      await evidence.nth(1).click();
      expect(await inViewport(page, 'sent-s12')).toBe(true);
      expect(await page.locator('.is-target').evaluateAll((els) => els.map((e) => e.id))).toEqual(['sent-s12']);
      await page.close();
    });

    it('three-stages: a timeline mark scrolls to its sentence and highlights it', async () => {
      const { page } = await open('three-stages', width);
      expect(await inViewport(page, 'sent-s11')).toBe(false);
      await page.locator('#timeline .tl-mark[href="#sent-s11"]').click();
      expect(await inViewport(page, 'sent-s11')).toBe(true);
      expect(await page.locator('#sent-s11').getAttribute('class')).toContain('is-target');
      await page.close();
    });
  });

  it.runIf(seed.report.periodisation?.checks.some((c) => c.evidence.some((e) => e.sentenceId)))("seed essay: a check's evidence scrolls to and highlights the right sentence", async () => {
    const check = seed.report.periodisation!.checks.find((c) => c.evidence.some((e) => e.sentenceId))!;
    const i = check.evidence.findIndex((e) => e.sentenceId);
    const id = `sent-${check.evidence[i].sentenceId}`;
    const { page } = await open(SEED);
    await page.locator(`[id="check-${idPart(check.id)}"] .evidence > li`).nth(i).locator('a.ev').click();
    expect(await inViewport(page, id)).toBe(true);
    expect(await page.locator(`[id="${id}"]`).getAttribute('class')).toContain('is-target');
    await page.close();
  });

  it('three-stages: highlights carry their normalised values, outside references are set apart', async () => {
    const { page } = await open('three-stages');
    expect(await page.locator('#sent-s9 mark.m-date').getAttribute('title')).toContain('1988–1995');
    expect(await page.locator('#sent-s9 mark.m-date').getAttribute('title')).toContain('EDTF 1988/1995');
    expect(await page.locator('#sent-s9').textContent()).toBe('The city funded tenant advice centres from 1988 to 1995 and consulted the associations on every renewal plan.');
    expect(await page.locator('#sent-s6 mark.m-date').textContent()).toBe('1979');
    expect(await page.locator('#sent-s5 mark.m-ent').first().getAttribute('title')).toContain("Westhaven Tenants' Union (ORG)");
    expect(await page.locator('#sent-s3 mark.m-cit').first().getAttribute('title')).toContain('Renters and the City');
    expect(await page.locator('#sec-sec2 mark.m-date').textContent()).toBe('1986–99');
    expect(await page.locator('.tl-strip-flashback .tl-mark').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toEqual(['#sent-s10']);
    expect(await page.locator('.tl-strip-background .tl-mark').count()).toBe(1);
    expect(await page.locator('.tl-strip-look-ahead .tl-mark').count()).toBe(1);
    expect(await page.locator('.tl-band[data-ordinal="3"] title').textContent()).toContain('(open)');
    // In the text, a sentence about another stage than its section's (background, flashback,
    // look-ahead) has its tag set apart.
    expect(await page.locator('article.text .s.off').evaluateAll((els) => els.map((e) => e.id))).toEqual(['sent-s4', 'sent-s10', 'sent-s12']);
    expect(await page.locator('#sent-s10').getAttribute('data-tag')).toBe('1 · mix');
    await page.close();
  });

  it('phone: tapping a highlight shows its normalised value (no hover on touch screens)', async () => {
    const { page } = await open('three-stages', 390);
    expect(await page.locator('#tip').isVisible()).toBe(false);
    await page.locator('#sent-s9 mark.m-date').click();
    expect(await page.locator('#tip').isVisible()).toBe(true);
    expect(await page.locator('#tip').textContent()).toContain('EDTF 1988/1995');
    await page.locator('#h-text').click();
    expect(await page.locator('#tip').isVisible()).toBe(false);
    await page.close();
  });

  it('no-periodisation: the page says no periodisation is claimed and still draws the dates', async () => {
    const { page } = await open('no-periodisation');
    await expect(page.locator('#timeline [data-state="none"]').textContent()).resolves.toContain('No periodisation claimed');
    expect(await page.locator('#timeline [data-state="none"]').isVisible()).toBe(true);
    expect(await page.locator('#stages [data-state="none"]').isVisible()).toBe(true);
    expect(await page.locator('.tl-band').count()).toBe(0);
    expect(await page.locator('.tl-mark').count()).toBe(2);
    expect(await page.locator('#checks .check').count()).toBe(1);
    await page.close();
  });

  it('bare: every missing layer is stated, and the text still shows', async () => {
    const { page } = await open('bare');
    expect(await page.locator('#timeline [data-state="absent"]').isVisible()).toBe(true);
    expect(await page.locator('#checks [data-state="absent"]').isVisible()).toBe(true);
    expect(await page.locator('svg.timeline').count()).toBe(0);
    expect(await page.locator('article.text .s').allTextContents()).toEqual(['We counted forty-two boats in the harbour in 1998.', 'Nobody asked why.']);
    await page.close();
  });

  it('hostile: markup in the text, labels and messages renders as text', async () => {
    const { page, dialogs } = await open('hostile');
    await page.locator('#checks a.ev').first().click();
    await page.locator('#text mark').first().hover();
    await page.locator('.check-msg').hover();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.scripts.length)).toBe(1);
    expect(await page.locator('img, a[href^="http"], [onerror], [onload], [onmouseover]').count()).toBe(0);
    for (const where of ['h1', '.check-msg', '.ev-note', '#sent-s1', '#sent-s2', '.stage-list li']) {
      // Only the page's own <mark class title> and <b> may appear inside text from the report.
      const foreign = await page
        .locator(where)
        .first()
        .evaluate((e) => [...e.querySelectorAll('*')].filter((c) => !['MARK', 'B'].includes(c.tagName) || [...c.attributes].some((a) => a.name !== 'class' && a.name !== 'title')).length);
      expect(foreign, where).toBe(0);
    }
    expect(await page.locator('h1').textContent()).toBe('"><script>alert("title")</script>');
    expect(await page.locator('#sent-s1').textContent()).toContain('<script>alert("pwned")</script>');
    expect(await page.locator('#sent-s2').textContent()).toContain('<img src="https://example.invalid/y.png">');
    await page.close();
  });

  it('index: one row per text linking to its report, stance bars per stage, failures shown', async () => {
    const { page } = await open('index');
    expect(await page.locator('tbody tr').count()).toBe(indexRows.length);
    expect(await page.locator('a.report-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toEqual(reportPages.map((p) => `${p.name}.report.html`));
    expect(await page.locator('tr[data-id="three-stages"] .sbar-small').count()).toBe(3);
    expect(await page.locator('tr[data-id="three-stages"] .chip').count()).toBe(4);
    expect(await page.locator('tr[data-id="no-periodisation"] [data-state="none"]').textContent()).toContain('no periodisation claimed');
    expect(await page.locator('tr[data-id="unreadable"]').textContent()).toContain('E_INPUT_DECODE');
    await page.locator('tr[data-id="three-stages"] a.report-link').click();
    await page.waitForLoadState('load');
    expect(page.url()).toBe(pathToFileURL(files.get('three-stages')!).href);
    await page.close();
  });
});
