/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { createAdvisor } from '../../src/domain/advisor.js';
import { type RunningServer, startServer } from '../../src/http-server.js';
import { memoryLogger } from '../support/log.js';

// Debian's Chromium, driven by playwright-core: nothing is downloaded at test time.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TOKEN = 'playground-test-token-0123456789';

let browser: Browser;
let server: RunningServer;
let guarded: RunningServer;
let page: Page;
const pageErrors: string[] = [];
const offOrigin: string[] = [];

async function launchChromium(): Promise<Browser> {
  // Fail, never skip: a missing browser must not turn the suite green.
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium\`, or point CHROMIUM_PATH at a Chromium binary.`);
  }
  try {
    return await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new Error(`Chromium at ${CHROMIUM} did not start; reinstall it with \`apt-get install -y chromium\`. ${(error as Error).message}`);
  }
}

async function openPlayground(url: string) {
  await page.goto(`${url}/`);
  await page.waitForSelector('body[data-ready="true"]');
}

/** Waits until the submit just made has been answered: the page marks the results busy meanwhile. */
async function answered() {
  await page.waitForSelector('#results:not([aria-busy])', { state: 'attached' });
}

/** What the page shows, for failure messages. */
async function shown() {
  return `status: ${await page.textContent('#status')}; problem: ${await page.textContent('#problem')}`;
}

/** The text of a select's chosen option, as the user reads it. */
async function selectedText(selector: string) {
  return page.$eval(selector, (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
}

const CLICKSTREAM = 'We ingest about 30 MB/s of clickstream from our website and want real-time dashboards, plus the raw events in S3 for analysts.';

/**
 * What is wrong with the page's layout as shown now, in words (runs in the page):
 * the header over the form, a header that spills or wraps a link, a control
 * outside the form or the screen, a select narrower than its longest choice,
 * a label cut off, the page scrolling sideways, a pipeline stage out of view.
 */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const box = (element: Element) => element.getBoundingClientRect();
  const name = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
  const header = document.querySelector('.site-header') as HTMLElement;
  const form = document.getElementById('workload-form') as HTMLElement;
  const headerBox = box(header);
  const formBox = box(form);
  const visibleFormTop = Math.max(formBox.top, 0);
  if (headerBox.bottom > 0 && headerBox.bottom > visibleFormTop + 0.5 && formBox.bottom > 0) problems.push(`the header (bottom ${headerBox.bottom}) covers the form (visible from ${visibleFormTop})`);
  for (const child of Array.from(header.querySelectorAll('h1, a'))) {
    const inner = box(child);
    if (inner.top < headerBox.top - 0.5 || inner.bottom > headerBox.bottom + 0.5) problems.push(`${name(child)} spills out of the header`);
  }
  for (const link of Array.from(header.querySelectorAll('a'))) if (link.getClientRects().length > 1) problems.push(`${name(link)} wraps onto two lines`);
  if (document.documentElement.scrollWidth > innerWidth + 0.5) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${innerWidth})`);
  const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  for (const control of Array.from(form.querySelectorAll('input, select, textarea, button, label, legend'))) {
    const controlBox = box(control);
    if (controlBox.width === 0) continue;
    if (controlBox.left < formBox.left - 0.5 || controlBox.right > formBox.right + 0.5) problems.push(`${name(control)} sticks out of the form (${controlBox.left}–${controlBox.right} vs ${formBox.left}–${formBox.right})`);
    if (controlBox.right > innerWidth + 0.5) problems.push(`${name(control)} runs off the screen`);
    if ((control as HTMLElement).scrollWidth > (control as HTMLElement).clientWidth + 1 && !(control instanceof HTMLTextAreaElement)) problems.push(`${name(control)} is cut off (${(control as HTMLElement).scrollWidth} > ${(control as HTMLElement).clientWidth})`);
    if (control instanceof HTMLSelectElement) {
      const style = getComputedStyle(control);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const longest = Math.max(...Array.from(control.options).filter((option) => !option.hidden).map((option) => canvas.measureText(option.text).width));
      // The text, the select's own padding, and about 20 px for its arrow.
      const needed = longest + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 20;
      if (control.id !== 'scenario' && needed > control.clientWidth) problems.push(`${name(control)} cuts its choices (needs ${Math.ceil(needed)} px, has ${control.clientWidth})`);
    }
  }
  const diagram = document.getElementById('diagram');
  if (diagram && !diagram.closest('[hidden]')) {
    const diagramBox = box(diagram);
    if (diagram.scrollWidth > diagram.clientWidth + 1) problems.push(`the pipeline diagram scrolls (${diagram.scrollWidth} > ${diagram.clientWidth})`);
    for (const lane of Array.from(diagram.querySelectorAll('.stage .lane'))) {
      const laneBox = box(lane);
      if (laneBox.left < diagramBox.left - 0.5 || laneBox.right > diagramBox.right + 0.5) problems.push(`stage "${lane.parentElement?.getAttribute('data-stage')}" is cut off by the diagram's box`);
    }
  }
  return problems;
}

async function submitWith(text: string) {
  await page.fill('#workload-json', text);
  await page.focus('#workload-json');
  await page.keyboard.press('Control+Enter');
  await answered();
}

beforeAll(async () => {
  browser = await launchChromium();
  const silent = memoryLogger().logger;
  server = await startServer({ config: readConfig({ PORT: '0', ADVISOR_LOG: 'silent' }), advisor: createAdvisor(), logger: silent });
  guarded = await startServer({ config: readConfig({ PORT: '0', ADVISOR_LOG: 'silent', ADVISOR_TOKEN: TOKEN }), advisor: createAdvisor(), logger: silent });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith(guarded.url) && !/^(data|blob):/.test(url)) offOrigin.push(url);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.shutdown(1000);
  await guarded?.shutdown(1000);
});

describe('the playground in Chromium', () => {
  it('answers the iot-telemetry scenario with a diagram, cards and an ADR', async () => {
    await openPlayground(server.url);
    await page.selectOption('#scenario', 'logs-to-splunk');
    expect(JSON.parse(await page.inputValue('#workload-json')).destinations).toEqual(['splunk']);
    await page.selectOption('#scenario', 'iot-telemetry');
    expect(JSON.parse(await page.inputValue('#workload-json')).name).toBe('iot-telemetry');
    // The quick fields show the scenario's values.
    expect(await page.inputValue('#ingestion-mode')).toBe('streaming');
    expect(await page.isChecked('input[name="sources"][value="iot-devices"]')).toBe(true);

    await page.click('#recommend');
    await answered();
    expect(await page.locator('#pipeline-diagram').count(), await shown()).toBe(1);

    const boxes = ['kinesis-data-streams', 'emr', 's3'].map((id) => page.locator(`#pipeline-diagram [data-service="${id}"]`));
    for (const box of boxes) expect(await box.count()).toBe(1);
    expect(await boxes[0].textContent()).toContain('Kinesis Data Streams');
    expect(await boxes[1].textContent()).toContain('EMR');
    expect(await boxes[2].textContent()).toContain('S3');
    // Stages run left to right in pipeline order.
    const [kinesis, emr, s3] = await Promise.all(boxes.map(async (box) => (await box.boundingBox())?.x ?? Number.NaN));
    expect(kinesis).toBeLessThan(emr);
    expect(emr).toBeLessThan(s3);

    expect(await page.locator('.recommendation').count()).toBeGreaterThanOrEqual(3);
    const card = page.locator('.recommendation[data-service="kinesis-data-streams"]');
    expect(await card.isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/confidence/);
    expect(await card.locator('.configuration').textContent()).toMatch(/shard/i);
    expect(await card.locator('.premises').textContent()).toContain('write rate: 20 MB/s (given)');
    expect(await page.locator('#findings').isVisible()).toBe(true);

    const adrHeading = page.locator('#adr h4').first();
    await adrHeading.waitFor();
    expect(await adrHeading.textContent()).toMatch(/^iot-telemetry: .*Kinesis Data Streams/);
    expect(await page.locator('#adr a[href^="https://"]').count()).toBeGreaterThan(0);
    expect(await page.textContent('#status')).toMatch(/services? in 3 stages for "iot-telemetry"/);

    if (process.env.PLAYGROUND_SCREENSHOT) {
      await page.evaluate('scrollTo(0, 0)');
      await page.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT });
    }
  });

  it('reads a description into the form and marks the words each field came from', async () => {
    await openPlayground(server.url);
    await page.fill('#workload-json', '{"name": "clicks", "latency": "batch"}');
    const description = 'We ingest about 30 MB/s of clickstream from our website and want real-time dashboards, plus the raw events in S3 for analysts.';
    await page.fill('#description', description);
    await page.click('#read-description');
    await page.waitForSelector('#description-highlights mark');
    const workload = JSON.parse(await page.inputValue('#workload-json'));
    expect(workload).toMatchObject({ name: 'clicks', latency: 'batch', description, ingestion: { throughputMBps: 30 }, data: { sources: ['clickstream'] } });
    expect(await page.inputValue('#throughput')).toBe('30');
    expect(await page.isChecked('input[name="sources"][value="clickstream"]')).toBe(true);
    const marks = await page.locator('#description-highlights mark').evaluateAll((nodes) => nodes.map((node) => [node.textContent, node.getAttribute('title')]));
    expect(marks.find(([text]) => text === '30 MB/s')?.[1]).toContain('ingestion.throughputMBps = 30');
    expect(await page.textContent('#description-highlights')).toBe(description);
    // The given latency wins over "real-time"; the page says so.
    expect(await page.textContent('#description-note')).toContain('conflicting');
    expect(await page.textContent('#inferred')).toContain('from "clickstream"');

    await page.click('#recommend');
    await answered();
    expect(await page.locator('.recommendation[data-service="s3"]').count(), await shown()).toBe(1);
  });

  it('writes the quick fields into the JSON', async () => {
    await openPlayground(server.url);
    await page.selectOption('#scenario', 'iot-telemetry');
    await page.selectOption('#latency', 'batch');
    await page.fill('#throughput', '75');
    await page.press('#throughput', 'Tab');
    await page.check('input[name="destinations"][value="redshift"]');
    const workload = JSON.parse(await page.inputValue('#workload-json'));
    expect(workload.latency).toBe('batch');
    expect(workload.ingestion.throughputMBps).toBe(75);
    expect(workload.ingestion.mode).toBe('streaming');
    expect(workload.destinations).toEqual(['s3', 'redshift']);
  });

  it('shows the problem for malformed JSON and for an invalid workload', async () => {
    await openPlayground(server.url);
    await submitWith('{"latency": ');
    const problem = page.locator('#problem .problem');
    expect(await problem.count(), await shown()).toBe(1);
    expect(await problem.getAttribute('role')).toBe('alert');
    expect(await problem.locator('.problem-title').textContent()).toContain('Malformed JSON');
    expect(await problem.locator('.problem-detail').textContent()).toMatch(/not valid JSON/);

    await submitWith(JSON.stringify({ latency: 'soon', ingestion: { throughputMBps: -1 } }));
    expect(await page.textContent('#problem .problem-title'), await shown()).toContain('Invalid request body');
    const errors = await page.locator('#problem .problem-errors li').allTextContents();
    expect(errors.some((line) => line.startsWith('/latency: '))).toBe(true);
    expect(errors.some((line) => line.startsWith('/ingestion/throughputMBps: '))).toBe(true);
    expect(await page.locator('#pipeline-section').isHidden()).toBe(true);
    expect(await page.locator('#adr-section').isHidden()).toBe(true);
  });

  it('never turns text from the workload into markup', async () => {
    await openPlayground(server.url);
    const name = '<img src=x onerror="window.__xss=1">**bold**';
    await submitWith(JSON.stringify({ name, ingestion: { mode: 'streaming' }, destinations: ['s3'] }));
    const heading = page.locator('#adr h4').first();
    expect(await heading.count(), await shown()).toBe(1);
    expect(await heading.textContent()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await page.locator('#adr img, #results img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('sends the bearer token typed in the token field', async () => {
    await openPlayground(guarded.url);
    await page.selectOption('#scenario', 'iot-telemetry');
    await page.click('#recommend');
    await answered();
    expect(await page.textContent('#problem .problem-title'), await shown()).toContain('Unauthorized');

    await page.fill('#token', TOKEN);
    await page.press('#token', 'Enter');
    await answered();
    expect(await page.locator('#problem .problem').count(), await shown()).toBe(0);
    expect(await page.locator('#pipeline-diagram [data-service="kinesis-data-streams"]').count()).toBe(1);
  });

  it('opens ready for words: a blank workload, the picker saying so, and Recommend answers the words typed', async () => {
    await openPlayground(server.url);
    expect(JSON.parse(await page.inputValue('#workload-json'))).toEqual({});
    expect(await page.inputValue('#scenario')).toBe('');
    expect(await selectedText('#scenario')).toBe('None: a blank workload');
    await page.fill('#description', CLICKSTREAM);
    // Recommend straight away: the words are read first, and they are what is answered.
    await page.click('#recommend');
    await answered();
    await page.waitForSelector('#pipeline-diagram');
    expect(await page.textContent('#description-note')).toMatch(/^Read \d+ fields into the workload below\./);
    expect(JSON.parse(await page.inputValue('#workload-json'))).toMatchObject({ description: CLICKSTREAM, data: { sources: ['clickstream'] }, ingestion: { throughputMBps: 30 } });
    const services = await page.locator('.recommendation').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-service')));
    expect(services, await shown()).toEqual(expect.arrayContaining(['kinesis-data-streams', 's3']));
    expect(services).not.toContain('iot-core');
    expect(await page.textContent('#status')).toContain('"unnamed-workload"');
    expect(await page.textContent('#warnings')).not.toContain('conflicting-inputs');
  });

  it('replaces a loaded scenario\'s fields with what the description says, saying so, and the picker shows it is no longer the scenario', async () => {
    await openPlayground(server.url);
    await page.selectOption('#scenario', 'iot-telemetry');
    expect(await page.inputValue('#scenario')).toBe('iot-telemetry');
    await page.fill('#description', CLICKSTREAM);
    await page.click('#read-description');
    await page.waitForSelector('#description-highlights mark');
    expect(await page.textContent('#description-note')).toMatch(/^Replaced the "iot-telemetry" scenario's fields with the \d+ fields read from the description\./);
    const workload = JSON.parse(await page.inputValue('#workload-json'));
    expect(workload.name).toBeUndefined();
    expect(workload.data.sources).toEqual(['clickstream']);
    expect(await page.isChecked('input[name="sources"][value="iot-devices"]')).toBe(false);
    expect(await selectedText('#scenario')).toBe('Your own workload (edited)');
    await page.click('#recommend');
    await answered();
    const services = await page.locator('.recommendation').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-service')));
    expect(services, await shown()).not.toContain('iot-core');
    expect(await page.textContent('#status')).not.toContain('iot-telemetry');
    expect(await page.textContent('#warnings')).not.toContain('conflicting-inputs');
  });

  it('keeps the picker on what is loaded: a scenario by name, "your own" once edited, a blank workload again on demand', async () => {
    await openPlayground(server.url);
    await page.selectOption('#scenario', 'logs-to-splunk');
    expect(await selectedText('#scenario')).toMatch(/^logs-to-splunk — /);
    await page.check('input[name="destinations"][value="s3"]');
    expect(await page.inputValue('#scenario')).toBe('own');
    expect(await selectedText('#scenario')).toBe('Your own workload (edited)');
    await page.selectOption('#scenario', '');
    expect(JSON.parse(await page.inputValue('#workload-json'))).toEqual({});
    expect(await page.isChecked('input[name="destinations"][value="s3"]')).toBe(false);
  });

  for (const width of [360, 390, 1280]) {
    it(`holds its layout at ${width} px: the header never over the form, no control cut off, the whole pipeline in view`, async () => {
      const narrow = await browser.newPage({ viewport: { width, height: 800 } });
      narrow.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        await narrow.goto(`${server.url}/`);
        await narrow.waitForSelector('body[data-ready="true"]');
        await narrow.selectOption('#scenario', 'clickstream-and-postgres-cdc');
        await narrow.click('#recommend');
        await narrow.waitForSelector('#results:not([aria-busy]) #pipeline-diagram');
        for (const scrollY of [0, 700]) {
          await narrow.evaluate((y) => scrollTo(0, y), scrollY);
          const problems = await narrow.evaluate(layoutProblems);
          expect(problems, `${width} px, scrolled ${scrollY} px`).toEqual([]);
        }
        const stages = await narrow.locator('#pipeline-diagram .stage .lane').evaluateAll((lanes) => lanes.map((lane) => lane.getBoundingClientRect()).map(({ left, top }) => ({ left, top })));
        expect(stages).toHaveLength(8);
        // Stages read in order, row by row: each next one to the right on its row, or on a row below.
        for (let i = 1; i < stages.length; i++) expect(stages[i].left > stages[i - 1].left || stages[i].top > stages[i - 1].top, `stage ${i + 1}`).toBe(true);
        if (width === 1280) expect(await narrow.getAttribute('#pipeline-diagram', 'data-rows')).not.toBe('1');
        if (process.env.PLAYGROUND_SCREENSHOT) await narrow.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT.replace(/(\.png)?$/, `-${width}.png`), fullPage: true });
      } finally {
        await narrow.close();
      }
    });
  }

  // A real-time log stream to S3; its costs are worked by hand in tests/http/comparisons.test.ts.
  const LOGS = { name: 'logs', data: { sources: ['application-logs'] }, ingestion: { mode: 'streaming', throughputMBps: 2 }, latency: 'real-time', destinations: ['s3'] };

  it('shows what the architecture costs a month in a table, and the record renders its cost table too', async () => {
    await openPlayground(server.url);
    await page.fill('#workload-json', JSON.stringify(LOGS));
    await page.click('#recommend');
    await answered();
    await page.waitForSelector('#cost-table');
    expect(await page.textContent('#cost-total'), await shown()).toBe('About $959.56 a month in us-east-1 (assumed: no account.region), $291.81 to $2,247.77 as the assumed figures range.');
    const rows = await page.locator('#cost-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows).toContainEqual(['Amazon Kinesis Data Streams', 'shard-hours (provisioned)', '1,460 shard-hour', '$0.015 per shard-hour', '$21.90']);
    expect(rows).toContainEqual(['Amazon S3', 'S3 Standard storage, first 50 TB a month', '5,132.813 GB-month', '$0.023 per GB-month', '$118.05']);
    expect(await page.textContent('#cost-section')).toContain('excludes free tier, Savings Plans, Reserved capacity');
    await page.waitForSelector('#adr table');
    expect(await page.locator('#adr table tbody tr').count()).toBe(rows.length);
  });

  it('applies a counterfactual from its button: the change goes into the workload, the answer follows, and the note gives both costs', async () => {
    await openPlayground(server.url);
    await page.fill('#workload-json', JSON.stringify(LOGS));
    await page.click('#recommend');
    await answered();
    const button = page.locator('#changes li[data-service="kinesis-data-streams"] button[data-change=\'{"latency":"near-real-time"}\']');
    expect(await button.count(), await shown()).toBe(1);
    expect(await button.textContent()).toBe('latency → near-real-time');
    await button.click();
    await page.waitForSelector('#change-note:has-text("Applied")');
    await answered();
    expect(JSON.parse(await page.inputValue('#workload-json'))).toEqual({ ...LOGS, latency: 'near-real-time' });
    expect(await page.inputValue('#latency')).toBe('near-real-time');
    expect(await page.textContent('#change-note')).toBe('Applied latency = "near-real-time": about $959.56 a month before, $862.31 now.');
    const services = await page.locator('.recommendation').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-service')));
    expect(services, await shown()).not.toContain('kinesis-data-streams');
    expect(services).toContain('kinesis-data-firehose');
    expect(await selectedText('#scenario')).toBe('Your own workload (edited)');
  });

  it('serves Swagger UI at /docs from local assets, listing the routes', async () => {
    await page.goto(`${server.url}/docs`);
    await page.getByText('/v1/recommendations', { exact: true }).first().waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(5);
    expect(await page.content()).toContain('/docs/assets/swagger-ui-dist/swagger-ui-bundle.js');
  });

  it('loaded nothing from another origin and threw no script errors', () => {
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
