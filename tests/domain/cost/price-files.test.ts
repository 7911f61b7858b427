import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRICE_FILES, PriceFileError, readPriceBook } from '../../../src/domain/cost/price-book.js';
import { PRICES_CHECKED, PriceFileSchema } from '../../../src/domain/cost/price-schema.js';

const dir = new URL('../../../prices/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
const onDisk = Object.fromEntries(files.map((name) => [name, JSON.parse(readFileSync(new URL(name, dir), 'utf8'))]));

const shardHour = {
  id: 'shard-hour',
  item: 'shard-hours (provisioned)',
  unit: 'shard-hour',
  usd: { 'us-east-1': 0.015 },
  source: 'https://aws.amazon.com/kinesis/data-streams/pricing/',
  checked: '2026-12-07',
  evidence: ['where the figure was seen when checked'],
};
const fileWith = (price: Record<string, unknown>) => ({ service: 'kinesis-data-streams', page: 'https://aws.amazon.com/kinesis/data-streams/pricing/', prices: [price] });
const without = (key: string) => Object.fromEntries(Object.entries(shardHour).filter(([name]) => name !== key));

describe('prices are data: one file per service, every unit price with its source and the day it was checked', () => {
  it('bundles every file of prices/, and nothing else', () => {
    expect(Object.keys(PRICE_FILES).sort()).toEqual(files);
    expect(PRICE_FILES).toEqual(onDisk);
  });

  for (const name of files) {
    it(`${name} passes the price file schema`, () => {
      const parsed = PriceFileSchema.safeParse(onDisk[name]);
      expect(parsed.error?.issues ?? []).toEqual([]);
    });
  }

  it('checked every price on the same day, against the service\'s AWS pricing page', () => {
    for (const file of Object.values(onDisk) as Array<{ page: string; prices: Array<{ checked: string; source: string }> }>) {
      for (const price of file.prices) {
        expect(price.checked).toBe(PRICES_CHECKED);
        expect(price.source).toBe(file.page);
      }
    }
  });

  it('refuses a price without its source', () => {
    const parsed = PriceFileSchema.safeParse(fileWith(without('source')));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(['prices', 0, 'source']);
  });

  it('refuses a price without the day it was checked, or with a day that is not a date', () => {
    expect(PriceFileSchema.safeParse(fileWith(without('checked'))).error?.issues[0].path).toEqual(['prices', 0, 'checked']);
    expect(PriceFileSchema.safeParse(fileWith({ ...shardHour, checked: 'last week' })).success).toBe(false);
  });

  it('refuses a source that is not an AWS pricing page', () => {
    expect(PriceFileSchema.safeParse(fileWith({ ...shardHour, source: 'https://example.com/kinesis-prices' })).success).toBe(false);
    expect(PriceFileSchema.safeParse(fileWith({ ...shardHour, source: 'http://aws.amazon.com/kinesis/data-streams/pricing/' })).success).toBe(false);
  });

  it('refuses a price with no figure that does not say why', () => {
    const parsed = PriceFileSchema.safeParse(fileWith({ ...shardHour, usd: {} }));
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['prices', 0, 'notConfirmed'], message: 'a price with no confirmed figure must say why in notConfirmed' });
    expect(PriceFileSchema.safeParse(fileWith({ ...shardHour, usd: {}, notConfirmed: 'no source could be found' })).success).toBe(true);
  });

  it('names the file and the path when a bundled file breaks the schema', () => {
    expect(() => readPriceBook({ 'kinesis-data-streams.json': fileWith(without('evidence')) })).toThrow(PriceFileError);
    expect(() => readPriceBook({ 'kinesis-data-streams.json': fileWith(without('evidence')) })).toThrow('prices/kinesis-data-streams.json: /prices/0/evidence:');
  });
});
