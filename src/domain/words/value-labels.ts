/**
 * How a sentence names each value the workload's enums allow: words, not
 * ids ("a relational database", not "relational-database"). A value absent
 * here reads as itself.
 */
const VALUE_LABELS: Readonly<Record<string, string>> = {
  'iot-devices': 'IoT devices',
  'video-cameras': 'video cameras',
  'application-logs': 'application logs',
  clickstream: 'clickstream',
  'relational-database': 'a relational database',
  'nosql-database': 'a NoSQL database',
  'data-warehouse': 'a data warehouse',
  s3: 'S3',
  'on-premises-files': 'on-premises files',
  saas: 'SaaS applications',
  'mobile-apps': 'mobile apps',
  csv: 'CSV',
  json: 'JSON',
  parquet: 'Parquet',
  avro: 'Avro',
  orc: 'ORC',
  logs: 'logs',
  redshift: 'Redshift',
  opensearch: 'OpenSearch',
  splunk: 'Splunk',
  'http-endpoint': 'an HTTP endpoint',
  dynamodb: 'DynamoDB',
  aurora: 'Aurora',
  rds: 'RDS',
  'on-premises': 'on premises',
  ec2: 'EC2',
  oracle: 'Oracle',
  sqlserver: 'SQL Server',
  mysql: 'MySQL',
  postgresql: 'PostgreSQL',
  mariadb: 'MariaDB',
  mongodb: 'MongoDB',
  db2: 'Db2',
  sybase: 'SAP ASE (Sybase)',
  teradata: 'Teradata',
  spark: 'Spark',
  hadoop: 'Hadoop',
  hbase: 'HBase',
  flink: 'Flink',
  presto: 'Presto',
  hive: 'Hive',
  tensorflow: 'TensorFlow',
  keras: 'Keras',
  pytorch: 'PyTorch',
  mxnet: 'MXNet',
  gluon: 'Gluon',
  xgboost: 'XGBoost',
  'scikit-learn': 'scikit-learn',
  'face-recognition': 'face recognition',
  'object-detection': 'object detection',
  'activity-detection': 'activity detection',
  'new-data': 'new data',
  'one-time-migration': 'one-time migration',
  'customer-managed-keys': 'customer managed keys',
  'imported-keys': 'imported key material',
  'aws-managed': 'the AWS managed key',
};

/**
 * A workload value as a sentence names it.
 *
 * @example
 * valueLabel('relational-database'); // 'a relational database'
 * valueLabel('real-time'); // 'real-time'
 */
export function valueLabel(value: string): string {
  return Object.hasOwn(VALUE_LABELS, value) ? VALUE_LABELS[value] : value;
}
