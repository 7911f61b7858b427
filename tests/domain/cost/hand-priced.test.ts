import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateCost } from '../../../src/domain/cost/estimate-cost.js';
import { PRICE_NOT_CONFIRMED } from '../../../src/domain/cost/cost-schema.js';
import { advisor } from '../../support/answer.js';
import { HAND_PRICED, type HandLine } from './hand-priced-scenarios.js';

const scenarioWorkload = (name: string) => JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8')).workload;
const cents = (usd: number) => Math.round(usd * 100 * (1 + 1e-12)) / 100;
/** A quantity as a line shows it: three decimals. */
const shown = (quantity: number) => Math.round(quantity * 1000 * (1 + 1e-12)) / 1000;

/** The line a hand-priced entry stands for: shown quantity, and the note where no price is given. */
const expected = ({ item, quantity, unitPriceUSD, monthlyUSD }: HandLine) =>
  unitPriceUSD === undefined ? { item, quantity: shown(quantity), note: PRICE_NOT_CONFIRMED } : { item, quantity: shown(quantity), unitPriceUSD, monthlyUSD };

describe('scenario workloads priced by hand match the estimate to the cent', () => {
  it('prices at least 12 scenarios by hand', () => {
    expect(HAND_PRICED.length).toBeGreaterThanOrEqual(12);
  });

  for (const entry of HAND_PRICED) {
    describe(entry.scenario, () => {
      const workload = scenarioWorkload(entry.scenario);
      const answer = advisor.recommend(workload);
      const { costs, costEstimate } = estimateCost(answer, workload);
      const indexOf = (service: string) => answer.recommendations.findIndex((item) => item.service === service);

      it('is sized as the arithmetic assumes', () => {
        for (const [service, keys] of Object.entries(entry.sized)) {
          const configuration = answer.recommendations[indexOf(service)]?.configuration ?? {};
          const seen = Object.fromEntries(Object.keys(keys).map((key) => [key, Array.isArray(configuration[key]) ? (configuration[key] as string[]).join(',') : configuration[key]]));
          expect(seen, `${service}'s sizing changed: rework its lines in hand-priced-scenarios.ts`).toEqual(keys);
        }
      });

      it('rests on the sizing premises the arithmetic assumes', () => {
        for (const [service, quantities] of Object.entries(entry.premises ?? {})) {
          const premises = answer.recommendations[indexOf(service)]?.premises ?? [];
          const seen = Object.fromEntries(Object.keys(quantities).map((quantity) => {
            const premise = premises.find((candidate) => candidate.quantity === quantity);
            return [quantity, premise ? `${premise.value} ${premise.unit} ${premise.from}` : 'none'];
          }));
          expect(seen, `${service}'s premises changed: rework its lines in hand-priced-scenarios.ts`).toEqual(quantities);
        }
      });

      it('worked each line by hand: shown quantity × unit price, to the cent', () => {
        for (const line of Object.values(entry.lines).flat()) {
          if (line.unitPriceUSD !== undefined) expect(cents(shown(line.quantity) * line.unitPriceUSD), line.item).toBe(line.monthlyUSD);
        }
      });

      it('gives the hand-priced lines, service by service', () => {
        for (const [service, lines] of Object.entries(entry.lines)) {
          const index = indexOf(service);
          expect(index, `${service} is recommended`).toBeGreaterThanOrEqual(0);
          const given = (costs[index]?.lines ?? []).map(({ unit, source, checked, ...line }) => line);
          expect(given, `${service}: the code now gives ${JSON.stringify(given, null, 1)}`).toEqual(lines.map(expected));
        }
      });

      it('totals the month, and its cheap and dear ends, to the cent', () => {
        const { monthlyUSD, lowUSD, highUSD } = entry.totals;
        expect({ monthlyUSD: costEstimate.monthlyUSD, lowUSD: costEstimate.lowUSD, highUSD: costEstimate.highUSD }).toEqual({
          monthlyUSD: cents(monthlyUSD),
          lowUSD: cents(lowUSD),
          highUSD: cents(highUSD),
        });
      });
    });
  }
});
