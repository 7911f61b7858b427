import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { WorkloadSchema } from '../../src/domain/workload/schema.js';
import { parseWorkload } from '../../src/domain/advisor.js';
import { WorkloadValidationError } from '../../src/domain/errors.js';

function errorsOf(input: unknown) {
  try {
    parseWorkload(input);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkloadValidationError);
    return (error as WorkloadValidationError).errors;
  }
  throw new Error('expected the workload to be refused');
}

describe('the workload schema', () => {
  it('accepts an empty workload', () => {
    expect(parseWorkload({})).toEqual({});
  });

  it('names an unknown key and lists the keys allowed at its level', () => {
    const [error] = errorsOf({ ingestion: { throughputMbps: 5 } });
    expect(error.path).toBe('/ingestion/throughputMbps');
    expect(error.message).toContain('unknown key "throughputMbps"');
    expect(error.message).toContain('allowed keys: mode, producers, throughputMBps');
  });

  it('rejects __proto__ and constructor as unknown keys', () => {
    expect(errorsOf(JSON.parse('{"__proto__": {"polluted": true}}'))[0].path).toBe('/__proto__');
    expect(errorsOf({ data: { constructor: 1 } })[0].path).toBe('/data/constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('points at a wrong type with a JSON pointer', () => {
    const [error] = errorsOf({ ingestion: { throughputMBps: 'fast' } });
    expect(error.path).toBe('/ingestion/throughputMBps');
    expect(error.message).toContain('expected number');
  });

  it('lists the allowed values of an enum', () => {
    const [error] = errorsOf({ latency: 'soon' });
    expect(error.path).toBe('/latency');
    expect(error.message).toContain('"real-time"');
  });

  it('points into arrays by index', () => {
    expect(errorsOf({ data: { sources: ['s3', 'ftp'] } })[0].path).toBe('/data/sources/1');
  });

  it('bounds numbers and strings', () => {
    expect(errorsOf({ ingestion: { consumers: 0 } })[0].path).toBe('/ingestion/consumers');
    expect(errorsOf({ ingestion: { producers: 1.5 } })[0].path).toBe('/ingestion/producers');
    expect(errorsOf({ ingestion: { throughputMBps: -1 } })[0].path).toBe('/ingestion/throughputMBps');
    expect(errorsOf({ data: { volumeTB: 1e12 } })[0].path).toBe('/data/volumeTB');
    expect(errorsOf({ name: '' })[0].path).toBe('/name');
    expect(errorsOf({ description: 'x'.repeat(4001) })[0].path).toBe('/description');
    expect(errorsOf({ account: { region: 'mars' } })[0].message).toContain('AWS Region code');
  });

  it('refuses repeated list values', () => {
    expect(errorsOf({ destinations: ['s3', 's3'] })[0].message).toContain('must not repeat');
  });

  it('refuses what is not an object', () => {
    for (const input of [null, [], 'x', 3]) expect(errorsOf(input)[0].path).toBe('');
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ latency: 'x', costPriority: 'y', extra: 1 }).map((e) => e.path)).toEqual(['/latency', '/costPriority', '/extra']);
  });
});

describe('the published workload schema', () => {
  it('says that list fields repeat no value (uniqueItems), as the server enforces', () => {
    const schema = z.toJSONSchema(WorkloadSchema, { io: 'input' }) as { properties: Record<string, { properties?: Record<string, { uniqueItems?: boolean }>; uniqueItems?: boolean }> };
    expect(schema.properties.data.properties?.sources.uniqueItems).toBe(true);
    expect(schema.properties.destinations.uniqueItems).toBe(true);
    expect(WorkloadSchema.safeParse({ data: { sources: ['s3', 's3'] } }).success).toBe(false);
  });
});
