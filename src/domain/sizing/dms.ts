import type { Workload } from '../workload/schema.js';
import { cdcPrerequisites, sourceLocation } from './dms-cdc-prerequisites.js';
import type { Configuration, Sizer, SizingInput, SizingResult } from './types.js';

/**
 * S3 target settings for change data. AWS DMS User Guide, "Using Amazon S3 as a target": each CDC record
 * starts with an operation field (I, U or D); IncludeOpForFullLoad adds it to full-load files;
 * TimestampColumnName adds the commit time.
 */
const S3_CDC_SETTINGS: Configuration = {
  dataFormat: 'parquet',
  includeOpForFullLoad: true,
  timestampColumnName: 'dms_commit_ts',
  cdcMergeInto: 'Apache Iceberg',
};

/** The task type: a full load, then changes until cut-over when replication goes on. */
function taskSentence(cdc: boolean): string {
  return cdc
    ? 'Full load, then change data capture keeps the copy current (task type full-load-and-cdc; a CDC-only task fits when the target was already loaded from a native backup); CDC is not real-time and has no latency guarantee.'
    : 'A one-off full load; switch the task type to full-load-and-cdc to keep replicating changes until cut-over.';
}

/** CDC files in S3 are a change log: say how current-state tables are built from them. */
function s3ChangeLog(recommended: SizingInput['recommended']): string[] {
  const job = recommended.has('emr') ? 'An EMR (or Glue) Spark job' : 'A Glue (or EMR) Spark job';
  return [
    'In S3, each CDC file is a change log, not current state: every record starts with an operation column (I, U or D for insert, update, delete); include it in the full-load files too, and add the commit timestamp to order the changes.',
    `${job} merges each batch of changes into Apache Iceberg tables (Apache Hudi works alike) with MERGE INTO by primary key, deleting D rows and upserting I and U rows, before analysts query current state.`,
  ];
}

/** The S3 target: Parquet, and for CDC the settings and merge that give current state. */
function sizeS3Target(result: SizingResult, cdc: boolean, recommended: SizingInput['recommended']): void {
  if (!cdc) {
    result.configuration.dataFormat = 'parquet';
    result.rationale.push('Write Parquet to S3 rather than the default CSV: it is smaller and Athena reads it faster.');
    return;
  }
  Object.assign(result.configuration, S3_CDC_SETTINGS, { mergeJob: recommended.has('emr') ? 'emr' : 'glue' });
  result.rationale.push(...s3ChangeLog(recommended));
}

/** The source settings CDC needs, by engine and (when known) where the source runs. */
function sizeSource(result: SizingResult, workload: Workload): void {
  const prerequisites = cdcPrerequisites(workload.migration?.sourceEngine, sourceLocation(workload));
  if (!prerequisites) return;
  if (prerequisites.settings.length > 0) result.configuration.sourceSettings = prerequisites.settings;
  result.rationale.push(prerequisites.sentence);
}

/**
 * DMS task type, the source prerequisites for change data capture by
 * engine, and for an S3 target with ongoing replication the change-log
 * settings and the merge into Apache Iceberg tables.
 *
 * @example
 * sizeDms({ workload: { migration: { sourceEngine: 'postgresql', target: 's3', ongoingReplication: true } }, recommended, flows: [], reading })
 *   .configuration; // { taskType: 'full-load-and-cdc', sourceSettings: [...], includeOpForFullLoad: true, cdcMergeInto: 'Apache Iceberg', … }
 */
export const sizeDms: Sizer = ({ workload, recommended }) => {
  const migration = workload.migration ?? {};
  const cdc = migration.ongoingReplication === true;
  const result: SizingResult = {
    configuration: { taskType: cdc ? 'full-load-and-cdc' : 'full-load', capacity: 'DMS Serverless (capacity in DCUs scales with the load)' },
    rationale: [taskSentence(cdc)],
    warnings: [],
  };
  if (cdc) sizeSource(result, workload);
  if (migration.target === 's3') sizeS3Target(result, cdc, recommended);
  return result;
};
