import type { Workload } from '../workload/schema.js';

/**
 * Where the source database runs; `migration.sourceLocation` arrives from another change, so it is read defensively.
 *
 * @example
 * sourceLocation({ migration: { sourceEngine: 'mysql' } }); // undefined
 */
export function sourceLocation(workload: Workload): string | undefined {
  return (workload.migration as { sourceLocation?: string } | undefined)?.sourceLocation;
}

interface Prerequisite {
  /** What CDC reads on this engine. */
  reads: string;
  /** On Amazon RDS or Aurora: parameter groups and RDS procedures. */
  managed: string;
  /** On premises or on EC2: the engine's own settings. */
  selfManaged: string;
  /** What holds wherever it runs. */
  common?: string;
  settings: { managed: string[]; selfManaged: string[] };
}

const MYSQL: Prerequisite = {
  reads: 'binary log',
  managed: "set binlog_format = ROW and binlog_row_image = FULL in the parameter group (on RDS, binary logging also needs automated backups on) and keep binary logs with call mysql.rds_set_configuration('binlog retention hours', 24)",
  selfManaged: 'set binlog_format = ROW and binlog_row_image = FULL, and keep binary logs (binlog_expire_logs_seconds) longer than any pause in the task',
  settings: { managed: ['binlog_format=ROW', 'binlog_row_image=FULL', 'binlog retention hours=24'], selfManaged: ['binlog_format=ROW', 'binlog_row_image=FULL', 'binlog_expire_logs_seconds'] },
};

/**
 * CDC prerequisites by engine. AWS DMS User Guide: PostgreSQL source (rds.logical_replication, wal_level),
 * MySQL premigration assessments (binlog ROW, FULL image, retention), SQL Server CDC (MS-Replication with
 * primary keys, MS-CDC without), Oracle source (ARCHIVELOG, supplemental logging).
 */
export const CDC_PREREQUISITES: Readonly<Record<string, Prerequisite>> = {
  postgresql: {
    reads: 'write-ahead log through logical replication',
    managed: 'set rds.logical_replication = 1 in the parameter group (it sets wal_level = logical)',
    selfManaged: 'set wal_level = logical in postgresql.conf',
    common: 'size max_replication_slots and max_wal_senders for the tasks',
    settings: { managed: ['rds.logical_replication=1'], selfManaged: ['wal_level=logical'] },
  },
  mysql: MYSQL,
  mariadb: MYSQL,
  sqlserver: {
    reads: 'transaction log',
    managed: 'turn on MS-CDC with exec msdb.dbo.rds_cdc_enable_db and sys.sp_cdc_enable_table for each table',
    selfManaged: 'use the full recovery model with a full backup taken; DMS captures tables with primary keys through MS-Replication and tables without them through MS-CDC (Enterprise, Standard 2016 or later, or Developer edition)',
    settings: { managed: ['MS-CDC (rds_cdc_enable_db)'], selfManaged: ['recovery model FULL', 'MS-Replication (tables with primary keys)', 'MS-CDC (tables without)'] },
  },
  oracle: {
    reads: 'redo logs through LogMiner or Binary Reader',
    managed: "turn on supplemental logging with rdsadmin.rdsadmin_util.alter_supplemental_logging (database-wide and for primary keys) and keep archived logs with rdsadmin.rdsadmin_util.set_configuration('archivelog retention hours', 24)",
    selfManaged: 'run in ARCHIVELOG mode and add supplemental logging (ALTER DATABASE ADD SUPPLEMENTAL LOG DATA, plus primary-key logging on the replicated tables)',
    settings: { managed: ['supplemental logging', 'archivelog retention hours=24'], selfManaged: ['ARCHIVELOG mode', 'supplemental logging'] },
  },
};

export const ENGINE_NAMES: Readonly<Record<string, string>> = {
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  sqlserver: 'SQL Server',
  oracle: 'Oracle',
  db2: 'Db2',
  sybase: 'SAP ASE (Sybase)',
  mongodb: 'MongoDB',
  other: 'the source database',
};

/**
 * The CDC prerequisites for the source: RDS or Aurora settings, self-managed
 * settings, or both when the location is not known.
 *
 * @example
 * cdcPrerequisites('postgresql', 'rds')?.settings; // ['rds.logical_replication=1']
 */
export function cdcPrerequisites(engine: string | undefined, location: string | undefined): { sentence: string; settings: string[] } | undefined {
  if (engine === undefined) return undefined;
  const name = ENGINE_NAMES[engine] ?? engine;
  const prerequisite = CDC_PREREQUISITES[engine];
  if (!prerequisite) {
    return { sentence: `Check the CDC prerequisites AWS DMS lists for ${name} before the task starts: change capture needs the source's change log kept and readable.`, settings: [] };
  }
  const managed = location === 'rds' || location === 'aurora';
  const selfManaged = location === 'on-premises' || location === 'ec2';
  const where = location === 'aurora' ? 'Aurora' : 'Amazon RDS';
  const host = location === 'ec2' ? 'on EC2' : 'on premises';
  const reads = `CDC reads ${name}'s ${prerequisite.reads}`;
  const common = prerequisite.common ? `; ${managed || selfManaged ? 'also' : 'either way,'} ${prerequisite.common}` : '';
  if (managed) return { sentence: `${reads}: on ${where}, ${prerequisite.managed}${common}.`, settings: prerequisite.settings.managed };
  if (selfManaged) return { sentence: `${reads}: on a server you run ${host}, ${prerequisite.selfManaged}${common}.`, settings: prerequisite.settings.selfManaged };
  return {
    sentence: `${reads}: on Amazon RDS or Aurora, ${prerequisite.managed}; on a server you run yourself, ${prerequisite.selfManaged}${common}.`,
    settings: [...prerequisite.settings.managed.map((s) => `RDS or Aurora: ${s}`), ...prerequisite.settings.selfManaged.map((s) => `self-managed: ${s}`)],
  };
}
