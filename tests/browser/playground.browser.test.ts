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
    expect(marks).toContainEqual(['30 MB/s', 'ingestion.throughputMBps = 30']);
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
    await page.click('#recommend');
    await answered();
    expect(await page.textContent('#problem .problem-title'), await shown()).toContain('Unauthorized');

    await page.fill('#token', TOKEN);
    await page.press('#token', 'Enter');
    await answered();
    expect(await page.locator('#problem .problem').count(), await shown()).toBe(0);
    expect(await page.locator('#pipeline-diagram [data-service="kinesis-data-streams"]').count()).toBe(1);
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
