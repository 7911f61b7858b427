import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_TITLES } from '../../src/domain/catalog/cards.js';
import { ComparisonSchema, compareServices } from '../../src/domain/catalog/compare.js';
import { FACTS_CORRECTED, FACTS_RECHECKED, LATEST_FACT_REVIEW } from '../../src/domain/catalog/entries.js';
import { SERVICE_IDS, type ServiceId } from '../../src/domain/catalog/service-ids.js';
import { CATALOG_ENTRIES, getService } from '../../src/domain/catalog/services.js';
import { findTradeOff, TRADE_OFFS } from '../../src/domain/catalog/trade-offs.js';

/** What a catalog entry says in its own words: everything but the card notes, which quote the study cards. */
const prose = (id: ServiceId): string[] => {
  const entry = getService(id);
  return [
    entry.name,
    entry.summary,
    ...entry.facts.map((fact) => fact.statement),
    ...entry.limits.flatMap((limit) => [limit.name, limit.value]),
    entry.lifecycle.note ?? '',
  ];
};
const text = (id: ServiceId) => prose(id).join('\n');
const facts = (id: ServiceId) => getService(id).facts.map((fact) => fact.statement).join('\n');
const limits = (id: ServiceId) => getService(id).limits.map((limit) => `${limit.name}: ${limit.value}`).join('\n');
/** A limit's leading number, as sizing code would read it ("500,000 (adjustable)" is 500000). */
const limitNumber = (id: ServiceId, name: string): number => {
  const limit = getService(id).limits.find((candidate) => candidate.name === name);
  if (!limit) throw new Error(`${id} has no limit named "${name}"`);
  return Number.parseFloat(limit.value.replace(/,/g, ''));
};
const tradeOffProse = TRADE_OFFS.flatMap((t) => [t.summary, ...Object.values(t.choose)]);

/** Service ids with a hyphen and workload enum values: words of the code, not of an answer. */
const CODE_WORDS = [
  ...SERVICE_IDS.filter((id) => id.includes('-')),
  'relational-database',
  'aws-managed',
  'customer-managed-keys',
  'imported-keys',
];

describe('catalog facts', () => {
  it('each carry an https source and a real ISO date no later than the review', () => {
    for (const entry of CATALOG_ENTRIES) {
      for (const fact of entry.facts) {
        expect(fact.source, `${entry.id}: ${fact.statement}`).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
        expect(fact.checked, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${fact.checked}T00:00:00Z`).toISOString().slice(0, 10), entry.id).toBe(fact.checked);
        expect(fact.checked <= LATEST_FACT_REVIEW, `${entry.id}: checked ${fact.checked}`).toBe(true);
      }
      for (const limit of entry.limits) expect(limit.source, `${entry.id}: ${limit.name}`).toMatch(/^https:\/\//);
    }
  });

  it('cite AWS documentation for everything checked in the 2026-11-30 review', () => {
    const reviewed = CATALOG_ENTRIES.flatMap((entry) => entry.facts.filter((fact) => fact.checked === FACTS_RECHECKED).map((fact) => ({ id: entry.id, ...fact })));
    expect(reviewed.length).toBeGreaterThan(80);
    for (const fact of reviewed) expect(fact.source, `${fact.id}: ${fact.statement}`).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  it('cite AWS documentation for everything checked in the 2026-12-07 corrections', () => {
    const corrected = CATALOG_ENTRIES.flatMap((entry) => entry.facts.filter((fact) => fact.checked === FACTS_CORRECTED).map((fact) => ({ id: entry.id, ...fact })));
    expect(corrected.length).toBeGreaterThan(40);
    for (const fact of corrected) expect(fact.source, `${fact.id}: ${fact.statement}`).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    for (const entry of CATALOG_ENTRIES) for (const limit of entry.limits) expect(limit.value.trim(), `${entry.id}: ${limit.name}`).not.toBe('');
  });

  it('never say "the cards\'" outside the card notes, which quote the cards', () => {
    for (const id of SERVICE_IDS) for (const line of prose(id)) expect(line, id).not.toMatch(/the cards['’]/i);
    for (const line of tradeOffProse) expect(line).not.toMatch(/the cards['’]/i);
  });

  it('name no service or workload ids in prose', () => {
    const words = new RegExp(`(?<![\\w/.-])(${CODE_WORDS.join('|')})(?![\\w-])`);
    for (const id of SERVICE_IDS) for (const line of prose(id)) expect(line, id).not.toMatch(words);
    for (const line of tradeOffProse) expect(line).not.toMatch(words);
  });
});

describe('catalog corrections of 2026-11-30', () => {
  it('no longer claims SSE-S3 stays on beneath SSE-KMS, and says what an AWS managed key is', () => {
    for (const id of ['s3', 's3-sse-s3', 's3-sse-kms', 's3-bucket-policy', 'iam'] as const) {
      expect(text(id), id).not.toMatch(/underneath|stays on/i);
    }
    expect(facts('s3-sse-kms')).toMatch(/SSE-KMS replaces SSE-S3/);
    expect(facts('s3-sse-kms')).toMatch(/aws\/s3 KMS key/);
    expect(facts('s3-sse-kms')).toMatch(/aws\/s3 AWS managed key cannot be shared with other accounts/);
    expect(facts('s3-sse-kms')).toMatch(/customer managed key whose key policy grants the other account, plus IAM permissions/);
    expect(facts('s3-sse-s3')).toMatch(/not what AWS calls an "AWS managed key"/);
    expect(getService('s3-sse-kms').summary).toMatch(/aws\/s3, which cannot be shared/);
  });

  it('makes bucket owner enforced the default Object Ownership of new buckets', () => {
    expect(facts('s3')).toMatch(/Object Ownership "bucket owner enforced": ACLs are disabled/);
    expect(facts('s3-bucket-policy')).toMatch(/bucket owner enforced/);
    expect(facts('s3-bucket-policy')).toMatch(/Lake Formation grants or a Glue Data Catalog resource policy/);
  });

  it('reaches DynamoDB from Quick Sight through Athena, under the name Quick Sight', () => {
    const quicksight = getService('quicksight');
    expect(quicksight.id).toBe('quicksight');
    expect(quicksight.name).toContain('Amazon Quick Sight');
    expect(quicksight.lifecycle).toMatchObject({ status: 'renamed', formerNames: ['Amazon QuickSight'] });
    expect(quicksight.summary).toMatch(/DynamoDB is reached through Athena/);
    expect(facts('quicksight')).toMatch(/no native DynamoDB data source: reach DynamoDB through Athena's DynamoDB connector/);
    expect(facts('dynamodb')).toMatch(/through Athena's DynamoDB connector/);
  });

  it('names the ML service Amazon SageMaker AI, renamed on 3 December 2024, with its inference options', () => {
    const sagemaker = getService('sagemaker');
    expect(sagemaker.id).toBe('sagemaker');
    expect(sagemaker.name).toBe('Amazon SageMaker AI');
    expect(sagemaker.lifecycle).toMatchObject({ status: 'renamed', formerNames: ['Amazon SageMaker'], since: '2024-12-03' });
    expect(sagemaker.lifecycle.note).toMatch(/unified data, analytics and AI platform/);
    expect(facts('sagemaker')).toMatch(/Application Auto Scaling/);
    expect(facts('sagemaker')).toMatch(/6 GB at most\), no GPUs, and at most 200 concurrent invocations/);
    expect(facts('sagemaker')).toMatch(/payloads up to 1 GB .* up to one hour each \(15 minutes unless set per request\)/);
    expect(facts('sagemaker')).toMatch(/Batch transform/);
    expect(facts('sagemaker')).toMatch(/Training plans reserve GPU capacity/);
    expect(facts('sagemaker')).toMatch(/separately from EC2's On-Demand vCPU quotas/);
  });

  it('gives Firehose its buffering limits per destination and its format-conversion and source rules', () => {
    const firehose = limits('kinesis-data-firehose');
    expect(firehose).toContain('buffering to S3: 1 to 128 MiB, 0 to 900 s');
    expect(firehose).toContain('buffering to Splunk: 1 to 5 MB, 0 to 60 s');
    expect(firehose).toContain('buffering to OpenSearch: 1 to 100 MB, 0 to 900 s');
    expect(firehose).toContain('buffering to an HTTP endpoint: 1 to 64 MB, 0 to 900 s');
    expect(firehose).toContain('buffering to Redshift: the S3 hints, through the intermediate S3 bucket');
    expect(firehose).toContain('record size: 1,000 KiB');
    expect(firehose).toContain('PutRecordBatch: 500 records or 4 MiB per call');
    expect(facts('kinesis-data-firehose')).toMatch(/Buffering hints depend on the destination/);
    expect(facts('kinesis-data-firehose')).toMatch(/works only with the S3 destination, not with Redshift, OpenSearch or Splunk/);
    expect(facts('kinesis-data-firehose')).toMatch(/With a Kinesis data stream as its source, the stream's shard limits govern throughput, not the Direct PUT quotas/);
    expect(facts('kinesis-data-firehose')).toMatch(/Snowflake, Apache Iceberg tables/);
    expect(facts('kinesis-data-firehose')).not.toMatch(/^Buffering: interval 0 to 900 s/m);
  });

  it('reads Kinesis Data Streams by the real consumer limits', () => {
    const kds = `${facts('kinesis-data-streams')}\n${limits('kinesis-data-streams')}`;
    expect(kds).toMatch(/5 GetRecords calls\/s shared by all standard consumers/);
    expect(kds).toMatch(/about 200 ms on average with one consumer/);
    expect(kds).toMatch(/about 70 ms/);
    expect(kds).toMatch(/20 \(50 with On-demand Advantage\)/);
    expect(kds).toMatch(/warm throughput/);
    expect(kds).toMatch(/10 GB\/s write, 20 GB\/s read in us-east-1, us-west-2 and eu-west-1; 200 MB\/s write/);
    expect(kds).toMatch(/configurable to 10 MiB/);
    expect(kds).toMatch(/Lambda polls each shard at a base rate of once per second/);
    expect(facts('lambda')).toMatch(/once per second/);
  });

  it('says precisely what closed in Rekognition and where label and face results go', () => {
    const video = getService('rekognition-video');
    expect(video.lifecycle).toMatchObject({ status: 'restricted', since: '2026-04-30' });
    expect(video.lifecycle.note).toMatch(/bulk image analysis/);
    expect(video.lifecycle.note).toMatch(/previous 12 months/);
    expect(facts('rekognition-video')).toMatch(/PERSON, PET and PACKAGE/);
    expect(facts('rekognition-video')).toMatch(/sends its results as SNS notifications and S3 output; only face search, against a face collection, writes results to a Kinesis data stream/);
    expect(facts('kinesis-video-streams')).toMatch(/GetImages/);
    expect(facts('kinesis-video-streams')).toMatch(/Rekognition Image/);
  });

  it('does vCPU arithmetic and quota naming for accelerated instances', () => {
    const ec2 = `${facts('ec2-accelerated-computing')}\n${limits('ec2-accelerated-computing')}`;
    expect(ec2).toMatch(/p5\.48xlarge, p5e\.48xlarge, p5en\.48xlarge and p6-b200\.48xlarge 192 vCPUs each; p4d\.24xlarge 96; p5\.4xlarge \(one H100\) 16; g5\.xlarge and g6\.xlarge 4/);
    expect(ec2).toMatch(/"Running On-Demand P instances", "Running On-Demand G and VT instances"/);
    expect(ec2).toMatch(/often at 0 for P and G/);
    expect(ec2).toMatch(/Capacity Blocks for ML/);
    for (const family of ['P5e', 'P5en', 'P6-B200', 'G6', 'G6e', 'Trn1', 'Trn2', 'Inf2']) expect(ec2).toContain(family);
  });

  it('sizes Glue, EMR and Flink by their current units', () => {
    const glue = facts('glue-etl');
    for (const worker of ['G.12X', 'G.16X', 'R.1X to R.8X', 'G.025X']) expect(glue).toContain(worker);
    expect(glue).toMatch(/Flex execution class runs time-insensitive Spark ETL jobs \(Glue 3\.0 or later/);
    expect(glue).toMatch(/Job bookmarks/);
    expect(facts('glue-jobs')).toMatch(/job-bookmark-enable/);
    const emr = facts('emr');
    expect(emr).toMatch(/primary and core nodes On-Demand/);
    expect(emr).toMatch(/two-minute interruption notice/);
    expect(emr).toMatch(/streaming job that runs around the clock .* do not make it depend on Spot capacity/);
    expect(emr).toMatch(/instance fleets or uniform instance groups/);
    const flink = `${facts('managed-service-for-apache-flink')}\n${limits('managed-service-for-apache-flink')}`;
    expect(flink).toMatch(/one KPU is 1 vCPU, 4 GB of memory .* and 50 GB/);
    expect(flink).toMatch(/one more KPU for orchestration/);
    expect(flink).toMatch(/KPUs per application \(default quota\): 64/);
    expect(flink).toMatch(/15 October 2025/);
  });

  it('gives DMS its CDC realities, source prerequisites and the Teradata route', () => {
    const dms = facts('dms');
    expect(dms).toMatch(/not real-time replication and has no latency SLA/);
    expect(dms).toMatch(/I, U or D for insert, update or delete/);
    expect(dms).toMatch(/merges them into Apache Iceberg \(or Hudi\) tables/);
    expect(dms).toMatch(/rds\.logical_replication=1/);
    expect(dms).toMatch(/binlog_format=ROW/);
    expect(dms).toMatch(/MS-Replication for tables with primary keys and MS-CDC for tables without/);
    expect(dms).toMatch(/Enterprise, Standard \(2016 and later\) or Developer edition/);
    expect(dms).toMatch(/Teradata is a source of neither DMS nor DMS Schema Conversion: AWS SCT/);
    expect(dms).toMatch(/Fleet Advisor reached end of support on 20 May 2026/);
  });

  it('keeps Athena\'s results location, billing and query-string limit current', () => {
    expect(facts('athena')).toMatch(/managed query results: then no S3 results location is needed/);
    expect(facts('athena')).toMatch(/billed per data scanned/);
    expect(limits('athena')).toContain('query string length: 262,144 bytes');
  });
});

describe('catalog corrections of 2026-12-07', () => {
  it('gives Firehose Direct PUT quotas by Region as numbers code can read', () => {
    expect(limitNumber('kinesis-data-firehose', 'Direct PUT records/s per stream, larger Regions (default quota)')).toBe(500_000);
    expect(limitNumber('kinesis-data-firehose', 'Direct PUT records/s per stream, other Regions (default quota)')).toBe(100_000);
    expect(limitNumber('kinesis-data-firehose', 'Direct PUT requests/s per stream, larger Regions (default quota)')).toBe(2_000);
    expect(limitNumber('kinesis-data-firehose', 'Direct PUT requests/s per stream, other Regions (default quota)')).toBe(1_000);
    expect(limitNumber('kinesis-data-firehose', 'Direct PUT MiB/s per stream, larger Regions (default quota)')).toBe(5);
    expect(limitNumber('kinesis-data-firehose', 'Direct PUT MiB/s per stream, other Regions (default quota)')).toBe(1);
    expect(limits('kinesis-data-firehose')).toContain('Direct PUT Regions with the larger default quota: us-east-1, us-west-2, eu-west-1');
    expect(facts('kinesis-data-firehose')).toMatch(/scale together when raised/);
  });

  it('reads MSK through Firehose at its per-partition quota and never delivers to DynamoDB', () => {
    expect(limits('kinesis-data-firehose')).toContain('read throughput per partition with Amazon MSK as the source (default quota): 10 MB/s');
    expect(limits('msk')).toContain('Firehose read throughput per partition (default quota): 10 MB/s');
    expect(facts('kinesis-data-firehose')).toMatch(/DynamoDB is not a Firehose destination/);
    expect(limits('kinesis-data-firehose')).toMatch(/destinations: .*not DynamoDB/);
    expect(limits('kinesis-data-firehose')).toContain('buffering for objects Athena queries: 64 to 128 MiB, up to 900 s');
  });

  it('gives Amazon MSK its readers, Express brokers and Serverless quotas', () => {
    const msk = `${facts('msk')}\n${limits('msk')}`;
    expect(msk).toMatch(/Lambda reads MSK topics through an event source mapping/);
    expect(msk).toMatch(/Apache Kafka connector/);
    expect(msk).toMatch(/Express brokers/);
    expect(msk).toMatch(/500 MB\/s/);
    expect(limits('msk')).toContain('MSK Serverless throughput per partition: 5 MB/s in, 10 MB/s out');
    expect(limits('msk')).toContain('MSK Serverless throughput per cluster: 200 MB/s in, 400 MB/s out');
  });

  it('lists what S3 Replication needs for disaster recovery of a lake', () => {
    const replication = `${facts('s3-replication')}\n${limits('s3-replication')}`;
    expect(replication).toMatch(/99\.99 percent of them within 15 minutes/);
    expect(replication).toMatch(/Both the source and the destination bucket must have S3 Versioning enabled/);
    expect(replication).toMatch(/S3 Batch Replication/);
    expect(replication).toMatch(/SSE-KMS are not replicated unless the rule says so/);
    expect(replication).toMatch(/multi-Region key/);
    expect(limits('s3-replication')).toContain('Glue Data Catalog: not replicated: one catalog per account per Region');
  });

  it('keeps relational sources relational, with their recovery objectives', () => {
    expect(limits('aurora')).toContain('cross-Region replication lag (typical): under 1 second');
    expect(limits('aurora')).toContain('promotion of a secondary cluster (typical): under 1 minute');
    expect(facts('aurora')).toMatch(/zero-ETL|Zero-ETL/);
    expect(facts('rds')).toMatch(/read replica in another Region/);
    expect(limits('rds')).toContain('cross-Region recovery point: the replica lag at failure (asynchronous replication)');
    expect(facts('dynamodb')).toMatch(/stays relational, on Aurora or RDS/);
  });

  it('moves files with DataSync and names the physical route that replaced Snowball Edge', () => {
    expect(facts('datasync')).toMatch(/HDFS location/);
    expect(facts('datasync')).toMatch(/Snowball Edge is no longer available to new customers/);
    expect(limits('datasync')).toContain('Data Transfer Terminal connection per facility: two 100 Gbps fiber connections');
    expect(facts('schema-conversion-tool')).toMatch(/no longer available to new customers/);
    expect(getService('schema-conversion-tool').summary).toMatch(/only for customers who already have them/);
  });

  it('says what erasure in Iceberg tables takes before rows leave S3', () => {
    const iceberg = `${facts('iceberg-tables')}\n${limits('iceberg-tables')}`;
    expect(iceberg).toMatch(/DELETE, UPDATE and MERGE INTO/);
    expect(iceberg).toMatch(/merge-on-read/);
    expect(iceberg).toMatch(/snapshot retention/);
    expect(iceberg).toMatch(/orphan file deletion/);
    expect(iceberg).toMatch(/NoncurrentVersionExpiration/);
    expect(limits('iceberg-tables')).toContain('VACUUM default snapshot age: 5 days');
  });

  it('sizes IoT Core fleets by the connection quota and one record per message', () => {
    expect(limitNumber('iot-core', 'concurrent client connections per account and Region (default quota)')).toBe(500_000);
    expect(facts('iot-core')).toMatch(/no KPL-style aggregation/);
    expect(limits('iot-core')).toContain('records per message through the Kinesis Data Streams rule action: 1');
  });

  it('names SageMaker AI quotas per use and keeps DLAMIs to self-managed EC2', () => {
    expect(facts('sagemaker')).toMatch(/"ml\.m5\.xlarge for transform job usage"/);
    expect(facts('sagemaker')).toMatch(/A batch transform needs the transform-job quota/);
    expect(limits('sagemaker')).toContain('instances per transform job: 1 to 100 (default 1)');
    expect(facts('sagemaker')).toMatch(/no DLAMI is chosen for SageMaker AI/);
    for (const id of ['dlami-conda', 'dlami-base'] as const) expect(facts(id), id).toMatch(/EC2 instances you launch and manage yourself/);
  });

  it('sizes Flink from the work, not the shard count, within the KPU quota', () => {
    const flink = `${facts('managed-service-for-apache-flink')}\n${limits('managed-service-for-apache-flink')}`;
    expect(flink).toMatch(/Parallelism is not the shard count/);
    expect(flink).toMatch(/maximum parallelism: ParallelismPerKPU × the KPU quota \(64 at the defaults\)/);
    expect(flink).toMatch(/Parallelism setting: 1 by default, at most 256/);
    expect(flink).toMatch(/aws-msk-iam-auth/);
  });

  it('keeps no data of an S3-backed EMR cluster in HDFS', () => {
    expect(facts('emr')).toMatch(/not held in HDFS/);
    expect(limits('emr')).toMatch(/HDFS data of a cluster whose data lives in S3: none/);
  });

  it('lets OpenSearch Ingestion read Aurora and RDS change logs directly', () => {
    expect(facts('opensearch-ingestion')).toMatch(/Aurora MySQL, Aurora PostgreSQL, RDS for MySQL and RDS for PostgreSQL directly/);
    expect(facts('opensearch-ingestion')).toMatch(/binlog_format=ROW/);
    expect(facts('opensearch-ingestion')).toMatch(/logical replication/);
  });
});

describe('trade-offs', () => {
  const NEW_PAIRS: [ServiceId, ServiceId][] = [
    ['entity-resolution', 'glue-findmatches'],
    ['emr', 'emr-serverless'],
    ['kinesis-data-firehose', 'opensearch-ingestion'],
    ['rekognition-video', 'rekognition-image'],
    ['dms', 'redshift-zero-etl'],
    ['iot-core', 'kinesis-data-streams'],
    ['lake-formation', 's3-bucket-policy'],
    ['msk', 'kinesis-data-streams'],
    ['datasync', 'dms'],
    ['datasync', 'schema-conversion-tool'],
    ['iceberg-tables', 's3'],
    ['aurora', 'dynamodb'],
    ['rds', 'dynamodb'],
    ['aurora', 'rds'],
    ['s3-replication', 's3'],
  ];

  it.each(NEW_PAIRS)('weigh %s against %s, saying when to choose each', (a, b) => {
    const tradeOff = findTradeOff(b, a);
    expect(tradeOff).toBeDefined();
    const comparison = compareServices([a, b]);
    expect(ComparisonSchema.safeParse(comparison).error?.issues).toBeUndefined();
    expect(comparison.unrelated).toEqual([]);
    expect(comparison.tradeOffs).toHaveLength(1);
    for (const id of [a, b]) expect(comparison.tradeOffs[0].choose[id]?.length ?? 0, id).toBeGreaterThan(30);
  });

  it('each cite only real card titles, with both services chosen in a sentence of their own', () => {
    const pairs = new Set<string>();
    for (const tradeOff of TRADE_OFFS) {
      const [a, b] = tradeOff.services;
      const key = [a, b].sort().join(' ');
      expect(pairs.has(key), `${key} twice`).toBe(false);
      pairs.add(key);
      for (const card of tradeOff.cards) expect(CARD_TITLES.has(card), `${key}: ${card}`).toBe(true);
      expect(Object.keys(tradeOff.choose).sort()).toEqual([a, b].sort());
      expect(tradeOff.choose[a]).not.toBe(tradeOff.choose[b]);
    }
  });

  it('may rest on AWS documentation alone: the comparison schema takes an empty card list', () => {
    const comparison = compareServices(['dms', 'redshift-zero-etl']);
    const withoutCards = { ...comparison, tradeOffs: comparison.tradeOffs.map((t) => ({ ...t, cards: [] })) };
    expect(ComparisonSchema.safeParse(withoutCards).success).toBe(true);
  });
});

describe('docs/aws-changes.md', () => {
  const page = readFileSync(new URL('../../docs/aws-changes.md', import.meta.url), 'utf8');
  const bullets = page.split('\n').reduce<string[]>((items, line) => {
    if (line.startsWith('- ')) items.push(line);
    else if (items.length && line.startsWith('  ')) items[items.length - 1] += ` ${line.trim()}`;
    return items;
  }, []);

  it('is dated and gives every change an AWS source link', () => {
    expect(page.split('\n')[0]).toBe('# What AWS changed since the cards (checked 2026-12-07)');
    expect(bullets.length).toBeGreaterThan(25);
    for (const bullet of bullets) expect(bullet, bullet).toMatch(/\[Source\]\(https:\/\/docs\.aws\.amazon\.com\/[^)\s]+\)$/);
  });

  it('lists the corrections of 2026-12-07 in a dated section', () => {
    const section = page.slice(page.indexOf('## Corrections of 2026-12-07'));
    expect(section.length).toBeGreaterThan(100);
    for (const fact of ['Snowball Edge', 'Data Transfer Terminal', 'Replication Time Control', 'multi-Region', 'MERGE INTO', 'NoncurrentVersionExpiration', '100,000 records/s', '10 MB/s per partition', 'transform job usage', '500,000 concurrent', 'EMRFS', 'ParallelismPerKPU', 'DynamoDB is not a Firehose destination']) {
      expect(section, fact).toContain(fact);
    }
  });

  it('lists the renames, retirements and closures the catalog records', () => {
    for (const change of ['Amazon SageMaker AI', 'Amazon Quick Sight', 'Amazon Data Firehose', 'Kinesis Data Analytics for SQL', 'Fleet Advisor', '30 April 2026', 'aws/s3']) {
      expect(page).toContain(change);
    }
    expect(page).not.toMatch(/the cards['’]/i);
  });
});
