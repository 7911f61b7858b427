import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8'));
const schema = read(new URL('../../rules/rule-file.schema.json', import.meta.url));
const ajv = new Ajv2020({ strict: false, allErrors: true });
(formats as unknown as (instance: Ajv2020) => void)(ajv);
const validate = ajv.compile(schema);
const ruleFiles = (folder: URL) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => [name, read(new URL(name, folder))] as const);

describe('the rule-file JSON Schema editors use (rules/rule-file.schema.json)', () => {
  it("describes services and the organisation's policies", () => {
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['topic', 'conditions', 'services', 'rules']));
    const text = JSON.stringify(schema);
    for (const key of ['"forbid"', '"prefer"', '"over"', 'namespace:name']) expect(text).toContain(key);
  });

  it('accepts every built-in rule file and every file of the example organisation', () => {
    for (const folder of [new URL('../../rules/', import.meta.url), new URL('../../examples/company-rules/', import.meta.url)]) {
      for (const [name, file] of ruleFiles(folder)) expect(validate(file), `${name}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
  });

  it('flags what an editor should: a mistyped key, a service id without a namespace', () => {
    const [, platform] = ruleFiles(new URL('../../examples/company-rules/', import.meta.url)).find(([name]) => name === 'platform-services.json') ?? [];
    expect(validate({ ...platform, servics: [] })).toBe(false);
    expect(validate({ ...platform, services: [{ ...platform.services[0], id: 'msk' }] })).toBe(false);
  });
});
