import { describe, expect, it } from 'vitest';
import { answer } from '../support/answer.js';

describe('S3 card', () => {
  it('stores unstructured images and text that must stay accessible in S3', () => {
    const a = answer({ data: { sources: ['on-premises-files'], formats: ['images', 'text'] } });
    expect(a.services).toContain('s3');
    expect(a.item('s3')?.cards).toContain('S3');
  });
});

describe('Advantages and disadvantages of data lakes card', () => {
  it('builds a lake on S3 for many low-quality sources and asks for cataloguing first', () => {
    const a = answer({
      workloadType: 'analytical',
      data: { sources: ['saas', 'relational-database', 'on-premises-files'], lowQuality: true, atRest: true },
    });
    expect(a.services).toEqual(expect.arrayContaining(['s3', 'glue-crawler', 'glue-data-catalog']));
    expect(a.warnings).toContain('catalog-before-analysis');
    expect(a.item('s3')?.alternatives.map((x) => x.service)).toContain('redshift');
  });

  it('warns that a transactional system does not belong on a lake and turns S3 down', () => {
    const a = answer({ workloadType: 'transactional', data: { sources: ['relational-database'] } });
    expect(a.warnings).toContain('data-lake-not-transactional');
    expect(a.rejected).toContain('s3');
    expect(a.services).not.toContain('s3');
  });

  it('keeps the lake for the analytical half of a mixed workload but warns', () => {
    const a = answer({ workloadType: 'mixed', data: { sources: ['s3'] }, analytics: { adhocSql: true } });
    expect(a.warnings).toContain('data-lake-not-transactional');
    expect(a.services).toContain('athena');
  });
});

describe('Simple ML workflow card', () => {
  it('lays out Firehose, S3, crawler, catalogue, Athena and SageMaker in that order', () => {
    const a = answer({ data: { sources: ['mobile-apps'] }, ingestion: { mode: 'streaming' }, latency: 'near-real-time', ml: { training: true } });
    const order = ['kinesis-data-firehose', 's3', 'glue-crawler', 'glue-data-catalog', 'athena', 'sagemaker'];
    const positions = order.map(a.stageOf);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });

  it('brings in EMR/Spark for a large training data set', () => {
    const a = answer({ data: { sources: ['s3'], volumeTB: 400 }, ml: { training: true } });
    expect(a.services).toEqual(expect.arrayContaining(['emr', 'apache-spark', 'sagemaker']));
    expect(a.item('emr')?.rationale.join(' ')).toContain('400 TB');
  });
});

describe('Security in S3 card', () => {
  it('grants other accounts through a bucket policy plus IAM', () => {
    const a = answer({ data: { sources: ['s3'] }, security: { crossAccountAccess: true } });
    expect(a.services).toEqual(expect.arrayContaining(['s3-bucket-policy', 'iam']));
  });

  it('reminds that KMS-encrypted objects need the key policy too', () => {
    const a = answer({ security: { crossAccountAccess: true, encryptionAtRest: 'imported-keys' } });
    expect(a.warnings).toContain('kms-key-policy');
  });
});

describe('Encryption card', () => {
  it('answers a compliance tick with SSE-S3, on by default today', () => {
    const a = answer({ data: { sources: ['s3'] }, security: { complianceRequired: true } });
    expect(a.services).toContain('s3-sse-s3');
    expect(a.services).not.toContain('s3-sse-kms');
    expect(a.item('s3-sse-s3')?.rationale.join(' ')).toContain('5 January 2023');
  });

  it('uses SSE-KMS with an EXTERNAL key for imported key material', () => {
    const a = answer({ security: { encryptionAtRest: 'imported-keys', complianceRequired: true } });
    expect(a.item('s3-sse-kms')?.configuration.keyOrigin).toBe('EXTERNAL');
    expect(a.rejected).toContain('s3-sse-s3');
  });
});

describe('AWS Glue card', () => {
  it('catalogues DynamoDB data that analysts query', () => {
    const a = answer({ data: { sources: ['nosql-database', 's3'] }, analytics: { adhocSql: true } });
    expect(a.item('glue-crawler')?.rules).toContain('crawl-nosql-sources');
  });
});

describe('Glue ETL capability card', () => {
  it('moves a warehouse into Redshift through Glue ETL with a generated script', () => {
    const a = answer({ data: { sources: ['data-warehouse'], atRest: true }, processing: { etl: true }, destinations: ['redshift'] });
    expect(a.services).toEqual(expect.arrayContaining(['glue-etl', 'glue-data-catalog', 'redshift']));
    expect(a.stageOf('glue-etl')).toBeLessThan(a.stageOf('redshift'));
  });

  it('runs a small data set as a Python shell job', () => {
    const a = answer({ data: { sources: ['s3'], volumeTB: 0.002 }, processing: { etl: true } });
    expect(a.item('glue-etl')?.configuration.jobType).toBe('python-shell');
  });
});

describe('Glue jobs system card', () => {
  it.each([
    ['schedule', 'SCHEDULED'],
    ['new-data', 'EVENT'],
    ['chained', 'CONDITIONAL'],
    ['manual', 'ON_DEMAND'],
  ])('starts ETL on a %s trigger with a %s Glue trigger', (etlTrigger, triggerType) => {
    const a = answer({ data: { sources: ['s3'] }, processing: { etl: true, etlTrigger } });
    expect(a.item('glue-jobs')?.configuration.triggerType).toBe(triggerType);
  });
});

describe('Glue FindMatches card', () => {
  it('matches customer records with no shared id without code', () => {
    const a = answer({ data: { sources: ['saas'], duplicatesWithoutCommonId: true } });
    expect(a.services).toContain('glue-findmatches');
    expect(a.item('glue-findmatches')?.rationale.join(' ')).toContain('no common unique id');
  });

  it('asks about duplicates when the data is known to be messy', () => {
    expect(answer({ data: { sources: ['saas'], lowQuality: true } }).missing).toContain('data.duplicatesWithoutCommonId');
  });
});

describe('Database Migration Service card', () => {
  it('replicates SQL Server into Redshift with full load and CDC, after schema conversion', () => {
    const a = answer({ migration: { sourceEngine: 'sqlserver', target: 'redshift', ongoingReplication: true } });
    expect(a.services).toEqual(expect.arrayContaining(['dms', 'redshift']));
    expect(a.item('dms')?.configuration.taskType).toBe('full-load-and-cdc');
    expect(a.warnings).toContain('schema-conversion');
    expect(a.rejected).toEqual(expect.arrayContaining(['kinesis-data-streams', 'kinesis-data-firehose']));
  });

  it('turns DMS down for Teradata, which it cannot read', () => {
    const a = answer({ migration: { sourceEngine: 'teradata', target: 's3' } });
    expect(a.services).not.toContain('dms');
    expect(a.rejected).toContain('dms');
    expect(a.warnings).toContain('unsupported-source');
  });

  it('says CDC has no latency guarantee when real-time is asked for', () => {
    const a = answer({ latency: 'real-time', migration: { sourceEngine: 'mysql', target: 's3', ongoingReplication: true } });
    expect(a.warnings).toContain('cdc-latency');
  });
});

describe('Athena card', () => {
  it('queries the lake with SQL and prices a full scan from the volume', () => {
    const a = answer({ data: { sources: ['s3'], formats: ['csv'], volumeTB: 10 }, analytics: { adhocSql: true } });
    expect(a.item('athena')?.configuration.fullScanCostUSD).toBe(50);
    expect(a.item('athena')?.configuration.convertTo).toBe('parquet');
    expect(a.stageOf('glue-data-catalog')).toBeLessThan(a.stageOf('athena'));
  });
});

describe('Quicksight card', () => {
  it('puts embedded reports for end users on QuickSight behind Athena', () => {
    const a = answer({ data: { sources: ['s3'] }, analytics: { embeddedReports: true } });
    expect(a.services).toEqual(expect.arrayContaining(['quicksight', 'athena']));
    expect(a.item('quicksight')?.configuration.embedding).toBeDefined();
    expect(a.stageOf('athena')).toBeLessThan(a.stageOf('quicksight'));
  });
});

describe('Kinesis card', () => {
  it('ingests small records from many devices with Kinesis and partitions by device', () => {
    const a = answer({ data: { sources: ['iot-devices'] }, ingestion: { producers: 20_000, throughputMBps: 4 }, latency: 'real-time' });
    expect(a.services).toContain('kinesis-data-streams');
    expect(a.item('kinesis-data-streams')?.rationale.join(' ')).toContain('20,000 producers');
  });
});

describe('Kinesis video streams card', () => {
  it('streams camera video through Kinesis Video Streams, one stream per camera', () => {
    const a = answer({ data: { sources: ['video-cameras'] }, ingestion: { mode: 'streaming', producers: 12 } });
    expect(a.item('kinesis-video-streams')?.configuration.streams).toBe(12);
    expect(a.missing).toContain('processing.computerVision');
  });
});

describe('Kinesis data streams card', () => {
  it('feeds several consumers with enhanced fan-out and replay', () => {
    const a = answer({ data: { sources: ['clickstream'] }, ingestion: { mode: 'streaming', throughputMBps: 8, consumers: 4, retentionHours: 72 } });
    const kds = a.item('kinesis-data-streams');
    expect(kds?.configuration).toMatchObject({ shards: 8, enhancedFanOut: true, retentionHours: 72 });
    expect(a.rejected).toContain('kinesis-data-firehose');
  });

  it('consumes with Lambda when no framework is named', () => {
    const a = answer({ data: { sources: ['application-logs'] }, ingestion: { mode: 'streaming' }, processing: { customStreamProcessing: true }, destinations: ['dynamodb'] });
    expect(a.services).toEqual(expect.arrayContaining(['kinesis-data-streams', 'lambda', 'dynamodb']));
    expect(a.stageOf('kinesis-data-streams')).toBeLessThan(a.stageOf('lambda'));
    expect(a.stageOf('lambda')).toBeLessThan(a.stageOf('dynamodb'));
  });
});

describe('Kinesis Data Firehose card', () => {
  it('delivers to OpenSearch with no code and sizes the buffer for near-real-time', () => {
    const a = answer({ data: { sources: ['application-logs'] }, ingestion: { mode: 'streaming', throughputMBps: 1 }, latency: 'near-real-time', destinations: ['opensearch'] });
    expect(a.services).toEqual(expect.arrayContaining(['kinesis-data-firehose', 'opensearch']));
    expect(a.item('kinesis-data-firehose')?.configuration.bufferIntervalSeconds).toBe(60);
    expect(a.rejected).toContain('kinesis-data-streams');
  });

  it('is turned down as the ingest for custom stream processing, and delivers the stream to S3 instead', () => {
    const a = answer({ ingestion: { mode: 'streaming' }, processing: { customStreamProcessing: true }, destinations: ['s3'] });
    const rejection = a.result.rejected.find((r) => r.service === 'kinesis-data-firehose');
    expect(rejection?.role).toBe('ingest');
    expect(rejection?.reason).toContain('not designed for custom stream processing');
    const firehose = a.result.recommendations.find((r) => r.service === 'kinesis-data-firehose');
    expect(firehose?.role).toBe('deliver');
    expect(firehose?.configuration.source).toBe('kinesis-data-stream');
    expect(a.result.flows[0].services.indexOf('kinesis-data-streams')).toBeLessThan(a.result.flows[0].services.indexOf('kinesis-data-firehose'));
  });

  it('is turned down as the ingest for real-time metrics', () => {
    const a = answer({ ingestion: { mode: 'streaming' }, processing: { realTimeMetrics: true }, destinations: ['s3'] });
    expect(a.result.rejected.find((r) => r.service === 'kinesis-data-firehose')?.role).toBe('ingest');
    expect(a.result.recommendations.find((r) => r.service === 'kinesis-data-firehose')?.role ?? 'deliver').toBe('deliver');
  });

  it('warns when the rate exceeds the default Direct PUT quota of the Region', () => {
    const a = answer({ ingestion: { mode: 'streaming', throughputMBps: 3 }, latency: 'batch', destinations: ['s3'], account: { region: 'ap-south-1' } });
    expect(a.warnings).toContain('stream-limit');
  });
});

describe('Kinesis Data Analytics card', () => {
  it('runs streaming SQL on Managed Service for Apache Flink and says the old service is gone', () => {
    const a = answer({ ingestion: { mode: 'streaming' }, processing: { streamingSql: true } });
    expect(a.services).toContain('managed-service-for-apache-flink');
    expect(a.warnings).toContain('retired-service');
    expect(a.services).not.toContain('quicksight');
  });
});

describe('Glue vs Kinesis card', () => {
  it('turns Kinesis down for data already at rest', () => {
    const a = answer({ data: { sources: ['relational-database'], atRest: true }, processing: { etl: true }, destinations: ['s3'] });
    expect(a.rejected).toEqual(expect.arrayContaining(['kinesis-data-streams', 'kinesis-data-firehose']));
    expect(a.services).toContain('glue-etl');
  });

  it('infers ETL for data at rest moving between stores and asks to confirm', () => {
    const a = answer({ data: { sources: ['data-warehouse'] }, ingestion: { mode: 'batch' }, destinations: ['s3'] });
    expect(a.services).toContain('glue-etl');
    expect(a.missing).toContain('processing.etl');
  });
});

describe('Sample architecture from IoT device card', () => {
  it('flows IoT data through Data Streams, EMR/Spark, then S3 even without a named destination', () => {
    const a = answer({ data: { sources: ['iot-devices'] }, ingestion: { mode: 'streaming', throughputMBps: 3 }, processing: { frameworks: ['spark'] } });
    expect(a.stageOf('kinesis-data-streams')).toBeLessThan(a.stageOf('emr'));
    expect(a.stageOf('emr')).toBeLessThan(a.stageOf('s3'));
    expect(a.rejected).toContain('kinesis-data-firehose');
  });
});

describe('Sample architecture from video camera card', () => {
  it('alerts a phone on recognised faces through Data Streams, Lambda and SNS', () => {
    const a = answer({ data: { sources: ['video-cameras'] }, ingestion: { mode: 'streaming' }, processing: { computerVision: ['face-recognition'] }, alerts: { mobileNotifications: true } });
    const order = ['kinesis-video-streams', 'rekognition-video', 'kinesis-data-streams', 'lambda', 'sns'].map(a.stageOf);
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });

  it('alerts on people, pets and packages straight from label detection to SNS, with no results stream', () => {
    const a = answer({ data: { sources: ['video-cameras'] }, ingestion: { mode: 'streaming' }, processing: { computerVision: ['object-detection'] }, alerts: { mobileNotifications: true } });
    expect(a.services).toEqual(expect.arrayContaining(['kinesis-video-streams', 'rekognition-video', 'sns']));
    expect(a.services).not.toContain('kinesis-data-streams');
    expect(a.item('rekognition-video')?.rationale.join(' ')).toContain('PERSON, PET, PACKAGE');
  });

  it('takes a new account through sampled frames and Rekognition Image, never a stream processor', () => {
    const a = answer({ data: { sources: ['video-cameras'] }, ingestion: { mode: 'streaming' }, processing: { computerVision: ['face-recognition'] }, alerts: { mobileNotifications: true }, account: { isNew: true } });
    expect(a.services).toEqual(expect.arrayContaining(['kinesis-video-streams', 'rekognition-image', 'lambda', 'sns']));
    expect(a.services).not.toContain('rekognition-video');
    expect(a.stageOf('kinesis-video-streams')).toBeLessThan(a.stageOf('rekognition-image'));
    expect(a.stageOf('rekognition-image')).toBeLessThan(a.stageOf('sns'));
  });

  it('analyses stored video from S3 without a video stream', () => {
    const a = answer({ data: { sources: ['s3'], formats: ['video'], atRest: true }, processing: { computerVision: ['face-recognition'] } });
    expect(a.services).toContain('rekognition-video');
    expect(a.rejected).toContain('kinesis-video-streams');
  });
});

describe('EMR card', () => {
  it('runs HBase and Hadoop on EMR with Spot task nodes when cost matters a little', () => {
    const a = answer({ data: { sources: ['s3'], volumeTB: 300 }, processing: { frameworks: ['hbase', 'hadoop'] }, costPriority: 'balanced' });
    expect(a.services).toEqual(expect.arrayContaining(['emr', 'emr-task-nodes']));
    expect(a.item('emr-task-nodes')?.confidence).toBe('medium');
    expect(a.item('emr')?.configuration.applications).toEqual(['Hadoop', 'HBase']);
  });

  it('keeps task nodes out when performance comes first', () => {
    const a = answer({ processing: { massivelyParallel: true }, costPriority: 'performance' });
    expect(a.services).toContain('emr');
    expect(a.services).not.toContain('emr-task-nodes');
  });
});

describe('Apache Spark card', () => {
  it('builds Spark ML pipelines with SageMaker stages on EMR', () => {
    const a = answer({ ml: { sparkPipeline: true, training: true } });
    expect(a.services).toEqual(expect.arrayContaining(['sagemaker-spark', 'emr', 'apache-spark']));
    expect(a.item('emr')?.configuration.sagemakerSparkSdk).toBe(true);
  });
});

describe('EC2 for Machine Learning card', () => {
  it('puts scikit-learn on compute optimized instances', () => {
    const a = answer({ ml: { training: true, frameworks: ['scikit-learn'] } });
    expect(a.services).toContain('ec2-compute-optimized');
    expect(a.services).not.toContain('ec2-accelerated-computing');
    expect(a.missing).toContain('ml.gpu');
  });

  it('uses the base DLAMI on GPUs for custom low-level work and drops SageMaker', () => {
    const a = answer({ ml: { training: true, lowLevelCustom: true, frameworks: ['pytorch'] }, account: { isNew: true } });
    expect(a.services).toEqual(expect.arrayContaining(['dlami-base', 'ec2-accelerated-computing']));
    expect(a.rejected).toEqual(expect.arrayContaining(['dlami-conda', 'sagemaker']));
    expect(a.warnings).toContain('new-account-quota');
  });

  it('rejects GPUs when they are ruled out', () => {
    const a = answer({ ml: { inference: true, gpu: false, frameworks: ['tensorflow'] } });
    expect(a.services).toContain('ec2-compute-optimized');
    expect(a.rejected).toEqual(expect.arrayContaining(['ec2-accelerated-computing', 'dlami-conda']));
  });

  it('warns that MXNet is retired', () => {
    expect(answer({ ml: { training: true, frameworks: ['mxnet'] } }).warnings).toContain('retired-framework');
  });

  it('warns a new account before a large EMR cluster', () => {
    expect(answer({ processing: { massivelyParallel: true }, account: { isNew: true } }).warnings).toContain('new-account-quota');
  });
});
