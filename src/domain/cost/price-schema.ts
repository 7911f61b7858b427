import * as z from 'zod';
import { strictObject } from '../workload/strict-object.js';

/** The day every price in prices/ was last checked against its source. */
export const PRICES_CHECKED = '2026-12-07';

const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d{1,2}$/;

/**
 * One unit price: what it buys, its figure by Region, where AWS publishes it,
 * when it was checked and what the check found. A Region left out of `usd` is
 * not confirmed there; a price confirmed nowhere says why in `notConfirmed`.
 */
export const UnitPriceSchema = strictObject({
  id: z.string().regex(/^[a-z0-9.]+(?:-[a-z0-9.]+)*$/, 'must be kebab-case, such as shard-hour'),
  item: z.string().min(3).max(120).describe('What a cost line calls it, such as "shard-hours (provisioned)"'),
  unit: z.string().min(1).max(40).describe('What one unit is, such as "shard-hour" or "1M PUT payload units"'),
  usd: z
    .record(z.string().regex(REGION, 'must be an AWS Region code such as us-east-1'), z.number().positive())
    .describe('US dollars per unit, by Region; a Region left out is not confirmed there'),
  source: z
    .url({ protocol: /^https$/, hostname: /^aws\.amazon\.com$/ })
    .describe("The service's public AWS pricing page"),
  checked: z.iso.date().describe('The day the price was checked against its source'),
  evidence: z.array(z.string().min(10).max(400)).min(1).describe('What the check found, and where'),
  notConfirmed: z.string().min(10).max(200).optional().describe('Why no figure could be confirmed'),
}).refine((price) => Object.keys(price.usd).length > 0 || price.notConfirmed !== undefined, {
  message: 'a price with no confirmed figure must say why in notConfirmed',
  path: ['notConfirmed'],
});

/** The prices of one service, in one file of prices/. */
export const PriceFileSchema = strictObject({
  service: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  page: z.url({ protocol: /^https$/, hostname: /^aws\.amazon\.com$/ }),
  prices: z.array(UnitPriceSchema).min(1),
}).refine((file) => new Set(file.prices.map((price) => price.id)).size === file.prices.length, {
  message: 'price ids must be unique within a file',
  path: ['prices'],
});

export type UnitPrice = z.infer<typeof UnitPriceSchema>;
export type PriceFile = z.infer<typeof PriceFileSchema>;
