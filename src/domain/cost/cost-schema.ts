import * as z from 'zod';
import { ServiceIdSchema } from '../catalog/service-ids.js';
import { PremiseSchema } from '../sizing/premise.js';

/** What a line says when its unit price could not be confirmed: it then carries no figure. */
export const PRICE_NOT_CONFIRMED = 'price not confirmed';

/** What no estimate includes, said once in the answer. */
export const COST_EXCLUDES = 'free tier, Savings Plans, Reserved capacity';

export const CostLineSchema = z
  .object({
    item: z.string().describe('What is bought, such as "shard-hours (provisioned)"'),
    quantity: z.number().describe('How many units a month'),
    unit: z.string().describe('One unit, such as "shard-hour" or "GB"'),
    unitPriceUSD: z.number().optional().describe('US dollars per unit in the Region; absent when the price is not confirmed'),
    monthlyUSD: z.number().optional().describe('quantity × unitPriceUSD, to the cent; absent when the price is not confirmed'),
    note: z.literal(PRICE_NOT_CONFIRMED).optional().describe('Said when the unit price could not be confirmed'),
    source: z.url().describe("The public AWS pricing page the unit price was checked against (or, not confirmed, looked for on)"),
    checked: z.iso.date().describe('The day the unit price was checked'),
  })
  .describe('One priced quantity of a month (a month is 730 hours)');

export const RecommendationCostSchema = z
  .object({
    monthlyUSD: z.number().describe('The priced lines summed'),
    lowUSD: z.number().optional().describe('The sum with every default premise at its cheap end'),
    highUSD: z.number().optional().describe('The sum with every default premise at its dear end'),
    lines: z.array(CostLineSchema),
    premises: z.array(PremiseSchema).describe('Every number the estimate rests on, with where it came from'),
  })
  .describe('What this recommendation costs a month, as sized');

export const CostEstimateSchema = z
  .object({
    region: z.string().describe('The Region priced: account.region, else us-east-1'),
    regionFrom: z.enum(['workload', 'default']).describe('workload when account.region gave it, default when us-east-1 stands in'),
    monthlyUSD: z.number(),
    lowUSD: z.number(),
    highUSD: z.number(),
    pricesChecked: z.iso.date().describe('The day the unit prices were checked against their sources'),
    excludes: z.literal(COST_EXCLUDES),
    notPriced: z.array(ServiceIdSchema).describe('Recommended services with nothing sized to price, or no price of their own'),
  })
  .describe('What the whole answer costs a month');

export type CostLine = z.infer<typeof CostLineSchema>;
export type RecommendationCost = z.infer<typeof RecommendationCostSchema>;
export type CostEstimate = z.infer<typeof CostEstimateSchema>;
