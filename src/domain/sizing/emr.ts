import { figure, type Sizer } from './types.js';

const APPLICATION_NAMES: Readonly<Record<string, string>> = {
  spark: 'Spark',
  hadoop: 'Hadoop',
  hbase: 'HBase',
  flink: 'Flink',
  presto: 'Trino (PrestoSQL)',
  hive: 'Hive',
};

/** EMR cluster shape: applications, node purchase options, storage. */
export const sizeEmr: Sizer = ({ workload, recommended }) => {
  const frameworks = workload.processing?.frameworks ?? [];
  const applications = Object.keys(APPLICATION_NAMES)
    .filter((f) => (frameworks as string[]).includes(f))
    .map((f) => APPLICATION_NAMES[f]);
  if (applications.length === 0 || workload.ml?.sparkPipeline) {
    if (!applications.includes('Spark')) applications.unshift('Spark');
  }
  const rationale: string[] = [];
  const volume = workload.data?.volumeTB;
  if (volume !== undefined) {
    rationale.push(
      volume >= 1000
        ? `${figure(volume)} TB (${figure(volume / 1000)} PB) is petabyte scale: read and write S3 directly through EMRFS rather than copying into HDFS.`
        : `${figure(volume)} TB stays in S3 and is read through EMRFS, so the cluster can be resized or shut down without losing data.`,
    );
  }
  if (frameworks.includes('hbase')) {
    rationale.push('HBase keeps its data on core nodes (or on S3 with HBase on S3), so core nodes stay On-Demand.');
  }
  const configuration: Record<string, string | number | boolean | string[]> = {
    applications,
    primaryAndCoreNodes: 'on-demand',
    storage: 's3-via-emrfs',
  };
  if (recommended.has('emr-task-nodes')) configuration.taskNodes = 'spot';
  if (recommended.has('sagemaker-spark')) configuration.sagemakerSparkSdk = true;
  return { configuration, rationale, warnings: [] };
};

/** Task nodes on Spot: the cards' way to cut EMR compute cost. */
export const sizeEmrTaskNodes: Sizer = ({ workload }) => {
  const lowest = workload.costPriority === 'lowest';
  return {
    configuration: {
      purchaseOption: 'spot',
      allocation: 'instance fleet, several instance types (up to 5, or 30 through the API with an allocation strategy)',
      maxTaskInstanceGroups: 48,
    },
    rationale: [
      `Task nodes hold no HDFS data, so a Spot interruption (two minutes' notice) costs only the work in flight, never data${lowest ? '; with cost the top priority, put most compute on them' : ''}.`,
    ],
    warnings: [],
  };
};
