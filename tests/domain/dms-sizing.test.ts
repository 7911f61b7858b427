import { describe, expect, it } from 'vitest';
import { sizeDms } from '../../src/domain/sizing/dms.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { expectCleanProse, prose, sizeWith } from './sizing-input.js';

const size = (migration: Record<string, unknown>, recommended: string[] = []) =>
  sizeWith(sizeDms, { migration } as Workload, recommended);

describe('DMS task type', () => {
  it('runs a full load, then CDC, when replication goes on', () => {
    expect(size({ sourceEngine: 'mysql', target: 'aurora', ongoingReplication: true }).configuration.taskType).toBe('full-load-and-cdc');
    const once = size({ sourceEngine: 'mysql', target: 's3' });
    expect(once.configuration).toMatchObject({ taskType: 'full-load', dataFormat: 'parquet' });
    expect(once.configuration.sourceSettings).toBeUndefined();
    expect(prose(once)).not.toContain('operation column');
  });
});

describe('source prerequisites for CDC by engine', () => {
  it('turns on logical replication for PostgreSQL on RDS through the parameter group', () => {
    const sized = size({ sourceEngine: 'postgresql', target: 'redshift', ongoingReplication: true, sourceLocation: 'rds' });
    expect(sized.configuration.sourceSettings).toEqual(['rds.logical_replication=1']);
    expect(prose(sized)).toContain('on Amazon RDS, set rds.logical_replication = 1 in the parameter group (it sets wal_level = logical)');
  });

  it('sets wal_level directly on a self-managed PostgreSQL, and names both when the location is unknown', () => {
    expect(size({ sourceEngine: 'postgresql', target: 's3', ongoingReplication: true, sourceLocation: 'ec2' }).configuration.sourceSettings).toEqual(['wal_level=logical']);
    const unknown = prose(size({ sourceEngine: 'postgresql', target: 's3', ongoingReplication: true }));
    expect(unknown).toContain('on Amazon RDS or Aurora, set rds.logical_replication = 1');
    expect(unknown).toContain('on a server you run yourself, set wal_level = logical');
  });

  it('needs row-based binary logs kept long enough for MySQL', () => {
    const sized = size({ sourceEngine: 'mysql', target: 's3', ongoingReplication: true, sourceLocation: 'on-premises' });
    expect(sized.configuration.sourceSettings).toEqual(expect.arrayContaining(['binlog_format=ROW']));
    expect(prose(sized)).toContain('binlog_expire_logs_seconds');
    expect(prose(size({ sourceEngine: 'mysql', target: 's3', ongoingReplication: true, sourceLocation: 'rds' }))).toContain("mysql.rds_set_configuration('binlog retention hours', 24)");
  });

  it('captures SQL Server tables with primary keys through MS-Replication and the others through MS-CDC', () => {
    const text = prose(size({ sourceEngine: 'sqlserver', target: 'redshift', ongoingReplication: true, sourceLocation: 'on-premises' }));
    expect(text).toContain('tables with primary keys through MS-Replication and tables without them through MS-CDC');
    expect(text).toContain('full recovery model');
  });

  it('needs supplemental logging on Oracle', () => {
    expect(prose(size({ sourceEngine: 'oracle', target: 's3', ongoingReplication: true }))).toContain('supplemental logging');
  });
});

describe('CDC into an S3 lake', () => {
  it('says the files carry an I/U/D operation column and need a merge into Iceberg tables by a Glue job', () => {
    const sized = size({ sourceEngine: 'postgresql', target: 's3', ongoingReplication: true });
    expect(sized.configuration).toMatchObject({ includeOpForFullLoad: true, timestampColumnName: 'dms_commit_ts', cdcMergeInto: 'Apache Iceberg', mergeJob: 'glue' });
    const text = prose(sized);
    expect(text).toContain('operation column (I, U or D');
    expect(text).toContain('merges each batch of changes into Apache Iceberg tables (Apache Hudi works alike)');
    expect(text).toContain('before analysts query current state');
    expectCleanProse(sized);
  });

  it('merges with EMR when EMR is in the answer', () => {
    expect(size({ sourceEngine: 'mysql', target: 's3', ongoingReplication: true }, ['emr']).configuration.mergeJob).toBe('emr');
  });
});
