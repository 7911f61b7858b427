import type { Sizer } from './types.js';

/** DMS task type and target settings. */
export const sizeDms: Sizer = ({ workload }) => {
  const migration = workload.migration ?? {};
  const cdc = migration.ongoingReplication === true;
  const configuration: Record<string, string | number | boolean | string[]> = {
    taskType: cdc ? 'full-load-and-cdc' : 'full-load',
    capacity: 'DMS Serverless (capacity in DCUs scales with the load)',
  };
  const rationale = [
    cdc
      ? 'Full load, then change data capture keeps the copy current; CDC is not real-time and has no latency guarantee.'
      : 'A one-off full load; switch the task type to full-load-and-cdc to keep replicating changes until cut-over.',
  ];
  if (migration.target === 's3') {
    configuration.dataFormat = 'parquet';
    rationale.push('Write Parquet to S3 rather than the default CSV: it is smaller and Athena reads it faster.');
  }
  return { configuration, rationale, warnings: [] };
};
