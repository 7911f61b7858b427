import type { Premise } from './premise.js';
import { type Sizer } from './types.js';
import { formatNumber } from '../words/number-format.js';

const COLUMNAR: readonly string[] = ['parquet', 'orc'];
const PRICE_PER_TB_SCANNED = 5;

/**
 * Athena workgroup settings and what a full scan costs.
 *
 * @example
 * sizeAthena({ workload: { data: { volumeTB: 10 } }, recommended, flows: [], reading }).configuration.fullScanCostUSD; // 50
 */
export const sizeAthena: Sizer = ({ workload }) => {
  const formats = workload.data?.formats ?? [];
  const rationale: string[] = [];
  const configuration: Record<string, string | number | boolean | string[]> = {
    resultLocation: 's3://<results-bucket>/athena/ (workgroup setting) or managed query results',
    metastore: 'glue-data-catalog',
  };
  const rowFormats = formats.filter((f) => !COLUMNAR.includes(f));
  if (formats.length > 0 && rowFormats.length === 0) {
    rationale.push(`The data is already columnar (${formats.join(', ')}): partition it by the columns queries filter on.`);
  } else if (rowFormats.length > 0) {
    configuration.convertTo = 'parquet';
    rationale.push(
      `${rowFormats.join(', ')} data is scanned in full on every query: convert it to Parquet (CTAS or a Glue job) and partition it, which typically cuts the bytes scanned, and the bill, by a large factor.`,
    );
  }
  const volume = workload.data?.volumeTB;
  if (volume !== undefined && volume > 0) {
    configuration.fullScanCostUSD = Math.round(volume * PRICE_PER_TB_SCANNED * 100) / 100;
    rationale.push(
      `A query that scans all ${formatNumber(volume)} TB costs about $${formatNumber(volume * PRICE_PER_TB_SCANNED)} at $5 per TB scanned: set a per-query data limit on the workgroup.`,
    );
  }
  const premises: Premise[] =
    volume !== undefined && volume > 0
      ? [
          { quantity: 'data stored', value: volume, unit: 'TB', from: 'workload', field: 'data.volumeTB' },
          { quantity: 'price per TB scanned', value: PRICE_PER_TB_SCANNED, unit: 'USD', from: 'default' },
        ]
      : [];
  return { configuration, rationale, warnings: [], premises };
};
