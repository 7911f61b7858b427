import type { SOURCE_ENGINES } from '../workload/schema.js';
import type { Role } from './roles.js';
import { byRole, destination, engine, format, framework, is, location, noun, phrase, source, target, type Meaning, type VocabularyEntry } from './vocabulary.js';

type Engine = (typeof SOURCE_ENGINES)[number];

/** A database engine: a relational source and the migration's source engine, unless named as a target. */
function relational(name: Engine) {
  return (role: Role | undefined): readonly Meaning[] => (role === 'destination' ? [] : [source('relational-database'), engine(name)]);
}

/** S3 or a data lake: where data already sits ('from', 'already in') or where it lands. */
function s3(role: Role | undefined): readonly Meaning[] {
  if (role === 'source') return [{ ...source('s3'), unless: 'fallback' }, is('data.atRest', true, { unless: ['fallback', 'flowing'] })];
  return [target('s3'), destination('s3')];
}

/**
 * Aurora or RDS: after 'to', a migration target in any database sentence (they
 * are no delivery destination); otherwise where the source database runs.
 */
function managedDatabase(where: 'aurora' | 'rds', name?: Engine) {
  return (role: Role | undefined): readonly Meaning[] => {
    if (role === 'destination') return [{ ...target(where), when: 'database' }];
    return [source('relational-database'), location(where), ...(name ? [engine(name)] : [])];
  };
}

/** Aurora or RDS after 'on' or 'in': the target after a destination cue, else where the source runs. */
function placedDatabase(where: 'aurora' | 'rds', name?: Engine) {
  return (role: Role | undefined) => managedDatabase(where, name)(role === 'destination' ? 'destination' : 'source');
}

/** Engines by the words that name them (one pattern slot each may hold alternatives). */
const ENGINE_NAMES: readonly (readonly [Engine, readonly string[]])[] = [
  ['oracle', ['oracle|exadata']],
  ['sqlserver', ['sql server', 'microsoft sql server', 'mssql', 'ms sql']],
  ['mysql', ['mysql']],
  ['postgresql', ['postgresql|postgres']],
  ['mariadb', ['mariadb']],
];

/** The engine a database's name states ('Amazon RDS for PostgreSQL' is postgresql), if any. */
export function engineNamed(name: string): Engine | undefined {
  const words = name.toLowerCase();
  return ENGINE_NAMES.find(([, patterns]) => patterns.some((pattern) => pattern.split('|').some((word) => words.includes(word))))?.[0];
}

/** 'Aurora PostgreSQL', 'RDS for Oracle', 'on RDS', 'in Aurora MySQL'… */
function managedDatabaseEntries(): VocabularyEntry[] {
  const entries: VocabularyEntry[] = [];
  for (const where of ['aurora', 'rds'] as const) {
    const names = where === 'aurora' ? 'amazon? aurora' : 'amazon? rds';
    entries.push(byRole([names], managedDatabase(where)));
    // 'runs on Aurora' is where the source runs; 'end up on Aurora', 'land in Aurora' is the target.
    entries.push(byRole([`on|in ${names}`], placedDatabase(where)));
    for (const [name, words] of ENGINE_NAMES) {
      if (where === 'aurora' && name !== 'mysql' && name !== 'postgresql') continue;
      const patterns = words.flatMap((word) => [`${names} ${word}`, ...(where === 'rds' ? [`${names} for ${word}`] : [])]);
      entries.push(byRole(patterns, managedDatabase(where, name)));
      entries.push(byRole(patterns.map((pattern) => `on|in ${pattern}`), placedDatabase(where, name)));
    }
  }
  return entries;
}

/** Where data comes from, what it looks like, where it goes, and how a database moves. */
export const DATA_VOCABULARY: readonly VocabularyEntry[] = [
  // Sources.
  phrase(['clickstream|clickstreams', 'click stream|streams|data|events', 'clicks', 'page views', 'pageviews'], source('clickstream')),
  phrase(
    ['iot', 'iot devices|sensors|data|telemetry', 'weather|monitoring|gauging stations|station', 'automatic weather stations|station', 'fare|ticket gates|validators', 'turnstile|turnstiles', 'on-board validators', 'validators', 'sensor|sensors', 'device|devices', 'smart meters', 'telematics', 'connected cars|vehicles|devices', 'thermostats', 'wearables', 'wind turbines', 'turbine|turbines',
      'mqtt', 'plc|plcs', 'scada', 'gps tracker|trackers', 'vans|trucks|lorries|vehicles|vessels|locomotives|machines send|sends|report|reports|produce|produces|emit|emits',
      'each|every van|truck|vehicle|vessel|machine', 'machines in the? * factory|plant|werk', 'factory|plant machines|machine',
      'bedside|patient|heart|glucose monitors|monitor', 'air quality monitors|monitor|sensors', 'soil|moisture|water|temperature probes|probe', 'ble|bluetooth beacons|beacon', 'rfid tags|readers',
      // 'vessels have the satellite box (VMS) on board which send the position every hour'.
      'satellite|gps|vms|ais|telematics|tracking box|boxes|unit|units|transponder|transponders', 'on board box|boxes|unit|units|device|devices|tracker|trackers|computer|computers', 'onboard box|boxes|unit|units|device|devices|tracker|trackers|computer|computers',
      // Devices that count what passes them ('the trail counters send a total every 15 minutes') are no live metrics.
      'trail|people|traffic|pedestrian|bike|bicycle|visitor|footfall|vehicle|axle|passenger|door counter|counters'],
    source('iot-devices'),
  ),
  // A vehicle that carries a camera sends its pictures, not telemetry ('Every van has a forward-facing dashcam').
  phrase(['every|each van|truck|lorry|vehicle|bus|car|tram|train|drone has|carries a|an|one|two * dashcam|dashcams|camera|cameras', 'every|each van|truck|lorry|vehicle|bus|car|tram|train|drone has|carries a|an|one|two dashcam|dashcams|camera|cameras'], { ...source('video-cameras'), unless: ['still', 'recorded'] }),
  // Film words: 'camera originals' are footage files, not cameras streaming.
  phrase(['camera original|originals|raw|raws|negative|negatives|roll|rolls|card|cards|files'], ...[]),
  // A Hive metastore kept in MySQL is the catalog's home, not a database to move ('a MySQL-backed metastore').
  phrase(['mysql|postgres|postgresql|oracle|derby|rds -? backed|based hive? metastore|metastores', 'metastore|metastores on|in mysql|postgres|postgresql|rds'], ...[]),
  // Telemetry from an app or a game comes from the app.
  phrase(['telemetry'], { field: 'data.sources', value: ['iot-devices'], unless: 'mobile' }),
  // Telemetry of a network or its servers is logs, and a device's model or type is a field of a record: no devices sending.
  phrase(['dns|network|server|servers|firewall|proxy|resolver|resolvers|application|app|service|web telemetry', 'device model|models|type|types|os|name|names|brand'], ...[]),
  // Cameras that take stills ('every camera makes one photo each 3 seconds') send images, not video.
  phrase(['camera|cameras', 'cctv', 'security|ip cameras', 'webcams', 'dashcams', 'doorbell|doorbells', 'video doorbell|doorbells'], { ...source('video-cameras'), unless: ['still', 'recorded'] }),
  // A streaming site or service is the product people watch, not how data arrives.
  phrase(['streaming site|sites|service|services|platform|platforms|website|app|apps|catalog|catalogue|startup|startups|company|companies|business|provider|providers'], ...[]),
  phrase(['video cameras', 'video feed|feeds'], source('video-cameras'), format('video')),
  phrase(
    ['video stream|streams', 'live feed|feeds|video|footage', 'feed|feeds is|are live', 'live camera|cameras|cctv', 'watch|view|see any|every|each|the|all camera|cameras live',
      'watch|view|see camera|cameras live'],
    source('video-cameras'), format('video'), is('ingestion.mode', 'streaming'),
  ),
  phrase(
    ['application|app|server|service|system|access|apache|nginx logs', 'web server logs', 'syslog', 'application log files', 'apache|nginx|iis * logs', 'container|kubernetes|k8s|eks|pod|docker logs',
      'fluent bit', 'fluentbit|fluentd|logstash|filebeat', 'log lines'],
    source('application-logs'),
    format('logs'),
  ),
  phrase(
    ['mobile app|apps|application|applications|game|games', 'ios|android app|apps', 'ios and android', 'mobile devices', 'smartphone|phone app|apps', 'mobile * app|apps',
      'application|app mobile', 'phone|phones|smartphones send|sends|stream|streams', "players' phones", 'phone gps'],
    source('mobile-apps'),
  ),
  // 'We are a B2B SaaS company' says what the business is, not where data comes from.
  phrase(['saas company|companies|business|startup|startups', 'b2b saas', 'saas for', 'we are a|an saas product|platform|tool|app|application|service', "we're a|an saas product|platform|tool|app|application|service"], ...[]),
  // 'Our booking software is a SaaS product': the software data comes out of, not what the business is.
  phrase(['is|are a saas product|platform|tool|app|application|service', 'saas product|platform|tool|vendor|provider'], source('saas')),
  phrase(
    ['saas', 'saas apps|applications|tools', 'salesforce', 'zendesk', 'servicenow', 'marketo', 'hubspot', 'workday', 'shopify', 'stripe', 'google analytics', 'netsuite'],
    // A SaaS tool left as it is holds no data this workload takes.
    { ...source('saas'), unless: 'untouched' },
  ),
  // Data pulled from someone else's service: 'we pull the mentions … through their REST API', 'a third-party API'.
  phrase(['through|via|from their|its rest|web|public? api|apis', 'third-party|vendor|partner|provider|reseller rest? api|apis'], source('saas')),
  phrase(
    ['file share|shares|server|servers', 'network share|shares|drive|drives', 'shared drive|drives', 'nas', 'nfs', 'nfs|smb|windows share|shares', 'smb', 'sftp', 'ftp server',
      'on premises|premise|prem file|files share|shares|server|servers|system|systems'],
    source('on-premises-files'),
  ),
  // '1.2 PB on HDFS': files in the team's own Hadoop cluster.
  phrase(['on|in hdfs', 'on|in our|the hdfs'], source('on-premises-files'), framework('hadoop')),
  // 'Our on-premises Hadoop cluster (sixty data nodes, HDP 3) holds 450 TB': files in the team's own cluster, computed on in parallel.
  phrase(
    ['on premises|premise|prem hadoop|hdfs|cloudera|hortonworks|hdp|cdh|mapr cluster|clusters', 'our|the own? hadoop|hdfs|cloudera|hortonworks|hdp|cdh|mapr cluster|clusters',
      'onprem|onpremise|onpremises hadoop|hdfs|cloudera|hortonworks|hdp|cdh|mapr cluster|clusters'],
    { ...source('on-premises-files'), when: 'holds' }, is('processing.massivelyParallel'),
  ),
  ...ENGINE_NAMES.map(([name, words]) => byRole(words.flatMap((word) => [word, `${word} database|databases|db`]), relational(name))),
  byRole(['db2', 'ibm db2'], relational('db2')),
  byRole(['sybase', 'sap ase'], relational('sybase')),
  byRole(['relational database|databases|db', 'rdbms'], (role) => (role === 'destination' ? [] : [source('relational-database')])),
  byRole(['teradata'], (role) => (role === 'destination' ? [] : [source('data-warehouse'), engine('teradata')])),
  byRole(
    ['data warehouse|warehouses', 'enterprise data warehouse', 'edw', 'netezza', 'vertica', 'greenplum'],
    (role) => (role === 'destination' ? [] : [source('data-warehouse')]),
  ),
  // 'I'd like a copy in a warehouse', 'BI wants a warehouse with the listing tables': a warehouse wanted, on AWS, is Redshift.
  byRole(
    ['a|an|new data? warehouse', 'a|an|new columnar|cloud|central|modern|analytical|analytics|separate|proper data? warehouse',
      // 'We want a managed, SQL-compatible warehouse'.
      'a|an managed|cloud|modern|scalable|serverless ,? sql-compatible|columnar|managed|cloud|scalable data? warehouse'],
    (role) => (role === 'source' ? [source('data-warehouse')] : [target('redshift'), destination('redshift')]),
  ),
  byRole(['mongodb|mongo'], (role) => (role === 'destination' ? [] : [source('nosql-database'), engine('mongodb')])),
  byRole(
    ['cassandra', 'couchbase', 'couchdb', 'nosql', 'nosql database|databases|store', 'document database|store', 'key value store'],
    (role) => (role === 'destination' ? [] : [source('nosql-database')]),
  ),
  // Stores that are a source or a destination depending on the cue before them.
  byRole(['amazon? s3', 's3 bucket|buckets', 'aws s3', 'data lake', 'our bucket|buckets', 'a|the|an|our? analytics|landing|raw|curated|target|staging|upload|uploads bucket|buckets'], s3),
  // A warehouse or store a database moves to is also where its data lands.
  // A warehouse already on Redshift is where its readers query it: a source for what moves, and the store that serves them.
  byRole(['amazon? redshift', 'redshift serverless'], (role) => (role === 'source' ? [source('data-warehouse'), destination('redshift')] : [target('redshift'), destination('redshift')])),
  // A table store a database moves to is its new home, not a delivery destination.
  byRole(['amazon? dynamodb', 'dynamo db'], (role) =>
    role === 'destination' ? [target('dynamodb'), destination('dynamodb', { unless: 'migration' })] : [source('nosql-database')],
  ),
  byRole(['amazon? opensearch', 'opensearch service', 'elasticsearch', 'elastic search', 'elk', 'kibana', 'search cluster|domain|engine', 'managed search'], (role) =>
    role === 'source' ? [] : [destination('opensearch')],
  ),
  byRole(['splunk'], (role) => (role === 'source' ? [] : [destination('splunk')])),
  phrase(['http|https|rest * endpoint|endpoints|url', 'http|https|rest endpoint|endpoints|url', 'third party endpoint|endpoints'], destination('http-endpoint')),
  // A webhook is where data goes only when the text sends it there ('post alerts to our webhook'); 'events through its webhook' come in.
  byRole(['webhook|webhooks'], (role) => (role === 'destination' ? [destination('http-endpoint')] : [])),
  // 'Partner webhooks send us JSON' is data coming in, not an endpoint to deliver to.
  phrase(['webhook|webhooks send|sends|post|posts|push|pushes|call|calls us|our', 'incoming webhook|webhooks', 'webhooks from'], ...[]),
  ...managedDatabaseEntries(),
  // What a team knows is a skill, not where data comes from: 'team knows PostgreSQL'.
  phrase(ENGINE_NAMES.flatMap(([, words]) => words.flatMap((word) => [`knows ${word}`, `developers|engineers|devs|staff know ${word}`, `${word} compatible|compatibility`, `familiar|experienced|comfortable with ${word}`, `experienced|skilled|experience in ${word}`])), ...[]),
  byRole(['amazon? ec2', 'ec2 instance|instances', 'on amazon? ec2', 'on ec2 instances'], (role) => (role === 'destination' ? [] : [location('ec2')])),
  phrase(
    ['on premises|premise|prem', 'onprem|onpremise|onpremises', 'in? our own? data-center|data-centre|datacenter', 'in? our own? data center|centre', 'in our colo|colocation', 'colo|colocation facility|site|rack',
      'server|servers in our office|offices|building|basement', 'in the|our * data-center|data-centre|datacenter', 'in the|our * data center|centre', 'in the|our * * data center|centre|datacenter', 'server|servers in our head|main|own office|offices', 'in our own? server room|rooms', 'in the server room|rooms'],
    location('on-premises'),
  ),
  // Moving a database elsewhere: a migration where the sentence is about a database.
  phrase(['move|moving|moved it|them|everything|this to'], is('ingestion.mode', 'one-time-migration', { when: 'database' })),
  // Leaving a database or warehouse: 'the Vertica licence comes up for renewal and we want off', 'move off Netezza'.
  phrase(['want|wants|get|getting|move|moving|migrate|migrating off', 'move|moving|migrate|migrating|get|getting away from'], is('ingestion.mode', 'one-time-migration', { when: 'database' })),
  // Formats.
  phrase(['csv|csvs', 'comma separated'], format('csv')),
  phrase(['json|jsonl|ndjson', 'json lines'], format('json')),
  phrase(['parquet'], format('parquet')),
  phrase(['avro'], format('avro')),
  // 'kept in S3 as an Apache Iceberg table' (never 'the tip of the iceberg').
  phrase(['apache iceberg', 'iceberg table|tables|format', 'as|in|into iceberg'], is('data.tableFormat', 'iceberg')),
  phrase(['orc'], format('orc')),
  phrase(['text files', 'plain|free|unstructured text', 'txt', 'text documents'], format('text')),
  // Scans are pictures when of documents or bodies ('scanned invoices', 'MRI scans'); scans of badges, tags or barcodes are events.
  phrase(['image|images|photo|photos|pictures|jpeg|jpegs|jpg|png', 'scanned documents|forms|pages|images|pdfs|invoices|receipts|letters',
    'document|documents|paper|mri|ct|x-ray|xray|medical|brain|retina|retinal|dental|passport|id|body scan|scans'], format('images')),
  phrase(['status|barcode|parcel|package|tracking|ticket|entry|ride-entry|gate|qr|badge|rfid scan|scans', 'ride entry scan|scans'], ...[]),
  phrase(['video|videos|footage|mp4', 'video clips'], format('video')),
  // Events named for what users do with a video ('logins, video plays, quiz submissions') carry no video.
  phrase(['video play|plays|views|starts|completions|pauses|events|clicks'], ...[]),
  phrase(['audio|mp3|wav|speech', 'voice|call recordings', 'audio files'], format('audio')),
  phrase(['logs', 'log files|lines|data|events'], format('logs')),
  // How data arrives. A business or a system named for streaming media ('a music streaming service', 'the streaming backend') sends nothing by it.
  phrase(['music|video|media|audio? streaming service|services|platform|platforms|backend|backends|company|business|provider|site|app|apps'], ...[]),
  phrase(
    ['stream|streams|streaming|streamed', 'event|data stream|streams', 'continuously', 'continuous stream', 'pub sub', 'pubsub', 'event hubs',
      // 'continuous' of the data, never of a model or a task ('a continuous sign-language recognition model').
      'continuous feed|feeds|flow|flows|ingestion|data|updates|events|writes|readings|telemetry|replication|delivery|load|loading|monitoring|measurements|metrics', 'continuous * monitor|monitors|sensor|sensors|reading|readings'],
    is('ingestion.mode', 'streaming'),
  ),
  phrase(['continuous footage|video|recording|recordings'], is('ingestion.mode', 'streaming'), format('video')),
  // A bus the team already runs is the answer's starting point (ingestion.existingStream).
  phrase(['amazon? msk', 'managed streaming for apache? kafka'], is('ingestion.mode', 'streaming'), is('ingestion.existingStream', 'msk', { when: 'owned' })),
  phrase(['apache? kafka', 'confluent'], is('ingestion.mode', 'streaming'), is('ingestion.existingStream', 'kafka', { when: 'owned' })),
  // 'we are keeping that Kafka exactly as it is', 'our own Kafka (NOT msk)': the team's cluster stays where it runs.
  phrase(
    ['keep|keeping|keeps that|our|the|this|its own? apache? kafka', 'kafka stays|remains', 'kafka exactly? as it is', 'kafka as is', 'not|no msk', 'not moving|migrating to msk',
      'stay|stays|staying on our|its own? kafka'],
    is('ingestion.keepExistingStream'),
  ),
  phrase(['amazon? kinesis', 'amazon? kinesis data streams', 'kds'], is('ingestion.mode', 'streaming'), is('ingestion.existingStream', 'kinesis-data-streams', { when: 'owned' })),
  phrase(['real-time|realtime stream|streams|streaming|ingestion'], is('latency', 'real-time'), is('ingestion.mode', 'streaming')),
  // 'Batch' about what comes out (reports, predictions, jobs) is no batch ingestion.
  noun(['batch|batches|batched'], is('ingestion.mode', 'batch', { unless: 'output' })),
  // A lot of product made together ('the same production batch twice', 'batch numbers typed by hand', 'while a batch roasts') is no batch ingestion.
  phrase(['production|manufacturing|product|brew|brewing|roast|roasting|baking|bake|mixing|dye|cook batch|batches', 'batch number|numbers|id|ids|code|codes|record|records',
    'a|each|every|one batch roasts|cooks|bakes|brews|ferments|cures', 'a|each|every|one batch runs through',
    // 'forty-one batch plants': where concrete is batched.
    'batch|batching plant|plants|site|sites|facility|facilities'], ...[]),
  phrase(['batch load|loads|upload|uploads|ingestion|import|imports', 'bulk load|loads|upload|uploads|import', 'file drops', 'files only', 'only files'], is('ingestion.mode', 'batch')),
  phrase(['daily|nightly|hourly|weekly batch|batches'], is('latency', 'batch'), is('ingestion.mode', 'batch', { unless: 'output' })),
  phrase(
    ['daily|nightly|hourly|weekly load|loads|import|imports|upload|uploads|export|exports|file|files|dump|dumps|extract|extracts|snapshot|snapshots|delta|deltas',
      'daily|nightly|hourly|weekly|monthly csv|json|parquet|xml|excel|images|batch|batches|pull|pulls', 'pull|pulls|pulled daily|nightly|hourly|weekly'],
    // 'nightly snapshots copied to a separate backup account' are backups, no batch arriving.
    is('latency', 'batch', { unless: 'backup' }),
    is('ingestion.mode', 'batch', { unless: 'backup' }),
  ),
  phrase(
    ['one|once|single off|time|shot? migration|migrations|move|transfer|load|copy|import|dump|export', 'one|once off|time :', 'lift and shift', 'migrate|migrating|migration|migrated|migrations',
      'migrate once', 'copied|copy|moved|move|transferred|transfer to * once', 'copied|copy|moved|move|transferred|transfer once',
      'copy|move|transfer|migrate everything|all|it|them to * once', 'copy|move|transfer|migrate everything|all|it|them to aws|s3 once', 'copy|move|transfer|migrate it|them all to * once',
      'weekend cutover', 'cut-over weekend', 'cutover weekend', 'copy|move|transfer|migrate both|everything|all|it|them once', 'copy|move|transfer|migrate both|all|the|our * once', 'cut|cuts over on|at|over a|the weekend'],
    is('ingestion.mode', 'one-time-migration'),
  ),
  // 'need to go to S3, one time', 'One-shot, weekend cutover': a one-off move said on its own; a one-off backfill or reprocessing moves nothing.
  phrase(['one time|one-time|oneshot|one-shot|one-off', 'one shot|off'], is('ingestion.mode', 'one-time-migration', { unless: 'fallback' })),
  phrase(
    ['ongoing|continuous replication|sync|syncing', 'keep replicating', 'keep replicating until the? cutover',
      'continue|keep synchronizing|synchronising|syncing|synchronize|synchronise', 'synchronizing|synchronising|syncing until', 'until the? cutover', 'until we cut over', 'cdc', 'change data capture',
      'replicate|replicating ongoing? changes', 'keep|keeping them|it|the|both in sync', 'keep|keeping the old|both ones? in sync', 'kept|keeps in sync|step', 'in step with', 'keep the databases in sync', 'stay in sync', 'minimal|minimum downtime', 'near zero downtime',
      'zero downtime', 'without downtime', 'continuously|constantly in sync', 'changes? replicated|replicating|synced|syncing continuously|constantly', 'copy|copies|copying|stream|streams|streaming its|the changes out? continuously|constantly', 'kept|keep|keeping * continuously|constantly? in sync', 'keep|keeping changes flowing',
      'changes keep flowing', 'changes must|should|will keep flowing|coming', 'until we switch', 'until we switch over', 'keeps taking changes',
      // 'with changes kept flowing to the new database until the switch-over weekend'.
      'changes|updates kept flowing|syncing|replicating', 'until the switch-over|switchover|cut-over|go-live', 'until the switch over',
      'every insert|inserts', 'inserts updates and|/? deletes', 'insert / update / delete'],
    is('migration.ongoingReplication'),
  ),
  phrase(['full load only', 'just|only a full load', 'one time copy'], is('migration.ongoingReplication', false)),
  // 'No CDC tooling to operate': tools turned down, never the replication they would run.
  phrase(['cdc|replication tooling|tool|tools|software|stack|infrastructure|connector|connectors|pipeline|pipelines|jobs'], { field: 'migration.ongoingReplication', value: true, negated: null }),
  // 'move the database to a managed service, same engine': the managed database service for that engine.
  phrase(['same engine', 'same database engine'], target('rds')),
  // 'go to managed MySQL on AWS': the managed database service for that engine is the target; 'self-managed MySQL' is the source.
  phrase(['managed mysql|postgresql|postgres|mariadb|oracle', 'managed sql server'], { ...target('rds'), when: 'database' }),
  // 'a managed PostgreSQL-compatible database': compatible with the engine, not the engine itself, is Aurora's.
  phrase(['managed? mysql|postgresql|postgres compatible', 'managed? mysql-compatible|postgresql-compatible|postgres-compatible'], { ...target('aurora'), when: 'database' }),
  ...ENGINE_NAMES.map(([name, words]) => phrase(words.map((word) => `self managed|hosted ${word}`), source('relational-database'), engine(name))),
];
