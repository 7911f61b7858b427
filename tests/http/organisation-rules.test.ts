import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createApp } from '../../src/http/app.js';
import { json, problemOf } from '../support/http.js';
import { acmePolicies, advisorWith, customStream, logsToSplunk, mskService } from '../support/org-rules.js';

const app = createApp({ advisor: advisorWith(acmePolicies), today: () => '2026-11-30' });
/** A JSON body, loosely typed as read-routes.test.ts reads them: the document validation below checks its shape. */
const bodyOf = async (path: string, init?: RequestInit): Promise<any> => (await app.request(path, init)).json();

// Answers that name the organisation's services still match the published document.
const document = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
(formats as unknown as (instance: Ajv2020) => void)(ajv);
ajv.addSchema({ ...document, $id: 'https://advisor.local/openapi.json' });
const documented = (schema: string, body: unknown) => {
  const validate = ajv.compile({ $ref: `https://advisor.local/openapi.json#/components/schemas/${schema}` });
  expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
};

describe("REST with an organisation's rules", () => {
  it("lists the organisation's service after the built-in ones, marked as its own", async () => {
    const body = await bodyOf('/v1/services');
    documented('ServiceList', body);
    expect(body.services.at(-1)).toEqual({ id: 'acme:msk', name: mskService.name, roles: ['ingest'], summary: mskService.summary, lifecycle: 'current', origin: 'organisation' });
    expect(body.services[0].origin).toBe('built-in');
  });

  it("answers the organisation's service by id, and an unknown namespaced id with a 404 problem listing it", async () => {
    const response = await app.request('/v1/services/acme:msk');
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    documented('Service', body);
    expect(body).toMatchObject({ id: 'acme:msk', origin: 'organisation', facts: mskService.facts });
    const missing = await problemOf(await app.request('/v1/services/acme:kafka'));
    expect(missing.status).toBe(404);
    expect(missing.detail).toContain('acme:msk');
  });

  it("compares the organisation's service with a built-in one", async () => {
    const body = await bodyOf('/v1/compare?services=acme:msk,kinesis-data-streams');
    documented('Comparison', body);
    expect(body.services.map((service: { id: string; origin: string }) => [service.id, service.origin])).toEqual([['acme:msk', 'organisation'], ['kinesis-data-streams', 'built-in']]);
  });

  it('recommends the preferred service in place of the forbidden one, which is rejected with the organisation\'s reason', async () => {
    const body = await bodyOf('/v1/recommendations', json(customStream));
    documented('Recommendation', body);
    const services = body.recommendations.map((item: { service: string }) => item.service);
    expect(services).toContain('acme:msk');
    expect(services).not.toContain('kinesis-data-streams');
    expect(body.rejected).toContainEqual({ service: 'kinesis-data-streams', role: 'ingest', reason: 'Acme runs Amazon MSK for every record stream.', rules: ['acme:msk-not-kinesis'] });
  });

  it('honours a preference: OpenSearch stores what a rule sent to Splunk', async () => {
    const body = await bodyOf('/v1/recommendations', json(logsToSplunk));
    expect(body.recommendations.map((item: { service: string }) => item.service)).toContain('opensearch');
    expect(body.rejected).toContainEqual({ service: 'splunk', role: 'store', reason: 'Acme searches its logs in OpenSearch.', rules: ['acme:opensearch-not-splunk'] });
  });

  it("names the organisation's service in the ADR and the Mermaid diagram", async () => {
    const adr = await (await app.request('/v1/recommendations?format=markdown', json(customStream))).text();
    expect(adr).toContain(`### ${mskService.name} (chosen)`);
    expect(adr).toContain('### Amazon Kinesis Data Streams (turned down as ingest)');
    const diagram = await (await app.request('/v1/recommendations?format=mermaid', json(customStream))).text();
    expect(diagram).toContain(`acme__msk["${mskService.name}"]`);
  });

  it("lists the organisation's rules with their source and answers one by its namespaced id", async () => {
    const list = await bodyOf('/v1/rules');
    expect(list.rules.filter((rule: { source: string }) => rule.source !== 'built-in').map((rule: { id: string }) => rule.id)).toEqual(['acme:msk-not-kinesis', 'acme:opensearch-not-splunk']);
    const rule = await bodyOf('/v1/rules/acme:msk-not-kinesis');
    expect(rule).toMatchObject({ id: 'acme:msk-not-kinesis', source: 'org.json', cards: [] });
    expect(rule.event.params.forbid[0].service).toBe('kinesis-data-streams');
  });

  it('gives the playground the name of every service it may show', async () => {
    const options = await bodyOf('/playground/form-options.json');
    expect(options.serviceNames['acme:msk']).toBe(mskService.name);
  });
});
