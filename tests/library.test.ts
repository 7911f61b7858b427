import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const root = new URL('../', import.meta.url);

describe('the package as a library', () => {
  it('points its entry, types and bin at built files', () => {
    for (const file of [pkg.exports['.'].import, pkg.exports['.'].types, pkg.main, pkg.types, pkg.bin['aws-data-advisor']]) {
      expect(existsSync(new URL(file, root)), file).toBe(true);
    }
  });

  it('answers from the built entry as the REST API does', async () => {
    const library = await import(new URL(pkg.exports['.'].import, root).href);
    const answer = await library.recommend({ ingestion: { mode: 'streaming', throughputMBps: 50, recordsPerSecond: 50_000 }, processing: { customStreamProcessing: true } });
    expect(answer.recommendations[0].configuration.shards).toBe(50);
    await expect(library.recommend({ latency: 'soon' })).rejects.toBeInstanceOf(library.WorkloadValidationError);
  });

  it("embeds an organisation's rules: its services in the catalog, its scenarios checked", async () => {
    const library = await import(new URL(pkg.exports['.'].import, root).href);
    const dir = new URL('examples/company-rules/', root).pathname;
    const advisor = library.createAdvisor({ dirs: [dir] });
    expect(advisor.ruleSet.catalog.get('acme:msk').origin).toBe('organisation');
    expect(library.checkRuleDirs([dir])).toEqual([]);
    const results = library.readScenarios(`${dir}scenarios`).map((entry: unknown) => library.runScenario(advisor, entry));
    expect(results.flatMap((result: { failures: unknown[] }) => result.failures)).toEqual([]);
  });

  it('declares the public API', () => {
    const declarations = readFileSync(new URL(pkg.types, root), 'utf8');
    for (const name of ['recommend', 'createAdvisor', 'loadRules', 'getService', 'WorkloadValidationError', 'AppType', 'checkRuleDirs', 'runScenario', 'OrganisationRuleFileSchema', 'Catalog']) {
      expect(declarations).toContain(name);
    }
  });
});
