import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { DATA_SOURCES, DESTINATIONS, INGESTION_MODES, LATENCIES } from '../../src/domain/workload/schema.js';
import { createApp } from '../../src/http/app.js';
import { PLAYGROUND_ASSETS } from '../../src/http/routes/playground.js';

const app = createApp({ advisor: createAdvisor() });

const EXPECTED_TYPE: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
};

/** Same-origin URLs a page or script loads: src/href attributes, module imports and fetched paths. */
function referencedUrls(text: string, base: string): string[] {
  const found = [
    ...[...text.matchAll(/\b(?:src|href)="(\/playground\/[^"#?]+)"/g)].map((m) => m[1]),
    ...[...text.matchAll(/\bfrom\s+'(\.\/[^']+)'/g)].map((m) => new URL(m[1], `http://page${base}`).pathname),
    ...[...text.matchAll(/'(\/playground\/[\w.-]+)'/g)].map((m) => m[1]),
  ];
  return [...new Set(found)];
}

/** Follows every asset the page references, transitively, and returns each response. */
async function crawl() {
  const seen = new Map<string, Response>();
  const queue = referencedUrls(await (await app.request('/')).text(), '/');
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    const response = await app.request(url);
    seen.set(url, response.clone());
    if (/\.(js|css)$/.test(url)) queue.push(...referencedUrls(await response.text(), url));
  }
  return seen;
}

describe('GET / serves the playground', () => {
  it('answers HTML with the form, the scenario selector and a link to /docs', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<main');
    expect(html).toMatch(/<form id="workload-form"/);
    expect(html).toMatch(/<select id="scenario"/);
    expect(html).toMatch(/<textarea id="workload-json"/);
    expect(html).toMatch(/<button type="submit" id="recommend"/);
    expect(html).toContain('href="/docs"');
  });

  it('loads nothing from another origin and keeps scripts out of the markup (CSP-ready)', async () => {
    const html = await (await app.request('/')).text();
    expect(html).not.toMatch(/<script[^>]*\bsrc=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]*\bhref=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    for (const [url, response] of await crawl()) {
      if (!/\.(js|css)$/.test(url)) continue;
      const text = await response.text();
      expect(text, url).not.toMatch(/(?:import|from|url\()\s*['"(]?\s*(?:https?:)?\/\//i);
      expect(text, url).not.toMatch(/fetch\(\s*['"`](?:https?:)?\/\//i);
    }
  });

  it('answers every asset the page references with 200 and the right content type', async () => {
    const responses = await crawl();
    expect([...responses.keys()]).toEqual(
      expect.arrayContaining(['/playground/playground.css', '/playground/playground.js', '/playground/scenarios.json', '/playground/form-options.json']),
    );
    for (const [url, response] of responses) {
      expect(response.status, url).toBe(200);
      const extension = url.split('.').pop() as string;
      expect((response.headers.get('content-type') ?? '').split(';')[0], url).toBe(EXPECTED_TYPE[extension]);
    }
  });

  it('serves every file it lists, and nothing else, under /playground/', async () => {
    for (const file of Object.keys(PLAYGROUND_ASSETS)) expect((await app.request(`/playground/${file}`)).status, file).toBe(200);
    const missing = await app.request('/playground/secrets.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await app.request('/playground/..%2Fpackage.json')).status).toBe(404);
  });

  it('answers other methods on / with 405', async () => {
    const response = await app.request('/', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('GET');
  });

  it('offers the quick fields the workload schema allows', async () => {
    const options = (await (await app.request('/playground/form-options.json')).json()) as Record<string, unknown> & { serviceNames: Record<string, string> };
    expect(options.sources).toEqual([...DATA_SOURCES]);
    expect(options.ingestionModes).toEqual([...INGESTION_MODES]);
    expect(options.latencies).toEqual([...LATENCIES]);
    expect(options.destinations).toEqual([...DESTINATIONS]);
    expect(options.serviceNames['kinesis-data-streams']).toMatch(/Kinesis Data Streams/);
  });

  it('serves the workloads of tests/scenarios, which the build copies, as its examples', async () => {
    const dir = new URL('../scenarios/', import.meta.url);
    const expected = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => {
        const { name, card, workload } = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
        return { name, card, workload };
      });
    const shipped = (await (await app.request('/playground/scenarios.json')).json()) as unknown[];
    expect(shipped).toEqual(expected);
    expect(shipped.length).toBe(expected.length);
  });

  it('is shipped in the npm package (package.json files)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.files).toContain('src/http/playground');
  });
});

describe('the playground Markdown renderer', async () => {
  // A browser module without type declarations: imported by URL, so typed any.
  const { renderMarkdown, escapeHtml } = await import(new URL('../../src/http/playground/markdown.js', import.meta.url).href);

  it('renders headings, lists, bold, code and links', () => {
    const html = renderMarkdown('# Title\n\n* **bold** and `code`\n* [AWS](https://aws.amazon.com/)', { headingOffset: 2 });
    expect(html).toContain('<h3>Title</h3>');
    expect(html).toContain('<li><strong>bold</strong> and <code>code</code></li>');
    expect(html).toContain('<a href="https://aws.amazon.com/" target="_blank" rel="noopener noreferrer">AWS</a>');
  });

  it('escapes HTML everywhere and keeps unsafe links as text', () => {
    const html = renderMarkdown('# <img src=x onerror=alert(1)>\n\n* `<script>` **<b>x</b>**\n* [click](javascript:alert(1)) [x](//evil.example)\n\n"quoted" & \'single\'');
    expect(html).not.toMatch(/<(img|script|b)\b/);
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('href="//');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
    expect(escapeHtml('<a href="x">')).toBe('&lt;a href=&quot;x&quot;&gt;');
  });

  it('shows ADR front matter as a definition list', () => {
    const html = renderMarkdown('---\nstatus: proposed\ndate: 2026-11-26\n---\n\n# ADR');
    expect(html).toContain('<dl class="front-matter"><div><dt>status</dt><dd>proposed</dd></div><div><dt>date</dt><dd>2026-11-26</dd></div></dl>');
    expect(html).toContain('<h1>ADR</h1>');
  });
});
