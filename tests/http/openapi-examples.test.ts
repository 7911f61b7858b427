import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const document = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));

/** Every integer schema in the document, with where it is. */
function integers(node: unknown, at: string, found: Array<[string, Record<string, unknown>]> = []) {
  if (Array.isArray(node)) node.forEach((item, index) => integers(item, `${at}/${index}`, found));
  else if (node && typeof node === 'object') {
    const schema = node as Record<string, unknown>;
    if (schema.type === 'integer') found.push([at, schema]);
    for (const [key, value] of Object.entries(schema)) integers(value, `${at}/${key}`, found);
  }
  return found;
}

describe('the OpenAPI document as Swagger UI shows it', () => {
  it("gives no integer zod's bare lower bound, which Swagger UI would show as the example value", () => {
    const all = integers(document, '#');
    expect(all.length).toBeGreaterThan(5);
    // Swagger UI's example for an integer is its minimum: zod's bare .int() makes that -9007199254740991.
    const unbounded = all.filter(([, schema]) => schema.minimum === Number.MIN_SAFE_INTEGER).map(([at]) => at);
    expect(unbounded).toEqual([]);
    expect(JSON.stringify(document)).not.toContain('-9007199254740991');
  });
});
