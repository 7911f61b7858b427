import { destination, framework, is, mlFramework, phrase, vision, type VocabularyEntry } from './vocabulary.js';

// 'No real-time needed' reads as batch.
const REAL_TIME = is('latency', 'real-time', { negated: 'batch' });
const METRICS = is('processing.realTimeMetrics');
const SCHEDULED = is('processing.etlTrigger', 'schedule', { when: 'etl' });
const BATCH_LATENCY = is('latency', 'batch');

/** How fresh answers must be. */
const LATENCY: readonly VocabularyEntry[] = [
  phrase(['real-time|realtime'], REAL_TIME),
  // 'Nobody needs sub-second' rules out the strictest tier only: what the text says next decides ('a minute or two of lag is fine').
  phrase(['sub-second|subsecond', 'sub-second|subsecond latency|response|responses', 'millisecond|milliseconds latency', 'single|double digit millisecond|milliseconds|ms', 'ultra? low latency', 'instant|instantly|instantaneous'], is('latency', 'real-time')),
  phrase(['near real-time|realtime', 'nrt', 'micro batch|batches|batching', 'microbatch|microbatches'], is('latency', 'near-real-time')),
  phrase(
    ['hourly|nightly|daily|overnight|weekly|monthly', 'every night|morning|evening|weekend', 'end of the? day', 'next day|morning', 'next working|business day', 'by the? morning', 't+1'],
    // A retraining's or a backup's cadence is no freshness of the data ('retrain monthly', 'backups are taken nightly').
    is('latency', 'batch', { unless: ['model', 'backup'] }),
    SCHEDULED,
  ),
  phrase(['batch processing|jobs|job|reports|reporting|analytics|latency', 'batch is fine|ok|okay|enough|acceptable'], BATCH_LATENCY),
  // Today's cadence the text wants gone ('replace the nightly warehouse export', 'we find out the next day') is no latency wanted.
  phrase(['replace|replaces|replacing|retire|retiring|ditch|ditching|kill|killing the|our|a? nightly|daily|weekly|hourly|overnight', 'instead of the|our|a? nightly|daily|weekly|hourly|overnight',
    'find|finds|found out the? next day|morning|week', 'find|finds|found out about it|this|that the? next day|morning|week'], ...[]),
  // Scoring run again from the raw data is a replay, not a model's scoring ('re-run the scoring from the raw answers').
  phrase(['re-run|rerun|redo|recompute|replay the? scoring|scores|points'], ...[]),
  // What something costs a month is no cadence of the data ('a rough monthly cost', 'the monthly bill').
  phrase(['hourly|daily|weekly|monthly|annual|yearly cost|costs|bill|bills|budget|budgets|fee|fees|spend|price|prices|invoice|run-rate'], ...[]),
  phrase(['real-time|realtime dashboard|dashboards'], REAL_TIME, is('analytics.dashboards'), METRICS),
  phrase(['real-time|realtime metrics|counters|counts|aggregations|aggregates|alerts|alerting|alarms|analytics', 'real-time|realtime anomaly detection'], REAL_TIME, METRICS),
  phrase(['real-time|realtime inference|predictions|scoring'], REAL_TIME, is('ml.inference')),
];

/** What must happen to the data. */
const PROCESSING: readonly VocabularyEntry[] = [
  // A live board or map is fresh within seconds to minutes.
  phrase(['live dashboard|dashboards', 'live view|views|map|maps|board|boards', 'live * board|boards|dashboard|dashboards|map|view', 'live * * board|boards|dashboard|dashboards',
    'right now * board|boards|dashboard|dashboards|screen', 'right now board|boards|dashboard|dashboards|screen'],
    is('analytics.dashboards'), METRICS, is('latency', 'near-real-time')),
  phrase(['see on a map live', 'on a live map'], is('analytics.dashboards'), METRICS, is('latency', 'near-real-time')),
  phrase(['sliding|tumbling|hopping|session window|windows', 'windowed counts|aggregations'], METRICS),
  // A model named for what it predicts is trained or served by other words.
  phrase(['prediction|predictions|forecast|forecasting|forecasts model|models'], ...[]),
  // Converting a schema or code (a migration's work) is no per-record transform.
  phrase(['schema|code conversion|converter', 'schema and code conversion', 'convert|converting|conversion of the? schema|schemas|code|procedures'], ...[]),
  phrase(
    ['live metrics|counters|counts', 'anomaly detection', 'detect|detecting anomalies', 'anomalies', 'anomaly scores|scoring|alerts|alerting|alarms', 'rolling|running counts|averages|totals',
      'moving averages', 'windowed aggregations|aggregates|counts', 'counters', 'leaderboards', 'top k', 'live stats|statistics|figures|scores|kpis|kpi'],
    METRICS,
  ),
  // A condition held over time ('vibration stays above a threshold for 10 seconds') is state kept on the stream.
  phrase(['stays|stay|remains|remain above|below|over|under', 'above|below|over|under a|the|its * threshold|limit for', 'above|below|over|under a|the|its threshold|limit for'], METRICS),
  // A cap on a transfer is no condition watched on a stream ('the transfer must stay under two Gbps').
  phrase(['transfer|transfers|bandwidth|traffic|upload|uploads|link|copy must|should|to? stay|stays|remain|remains under|below'], ...[]),
  phrase(['streaming sql', 'sql over|on the? stream|streams', 'continuous queries', 'kinesis data analytics'], is('processing.streamingSql')),
  phrase(['flink sql'], is('processing.streamingSql'), framework('flink')),
  // Rules written as SQL that run as the events flow ('safety analytics, rules written as SQL', 'wrote the logic as SQL … over 30 s windows').
  phrase(
    ['rules|logic|checks|detections|alerts written|expressed|defined|coded as|in sql', 'wrote|write|writes the|their|our? rules|logic|checks|detections as|in sql',
      // 'That's counting over time windows, and the team would rather write SQL than Java'.
      'rather write|use sql than|over java|scala|python|code', 'write|use sql rather than|instead of java|scala|python|code'],
    is('processing.streamingSql', true, { when: 'live' }),
  ),
  // Windowed work asked for in SQL: 'express the rollups and the sell-out projection in SQL'.
  phrase(['rollup|rollups|roll-up|roll-ups|projection|projections|windows|windowing|aggregations in sql'], is('processing.streamingSql')),
  phrase(
    ['kcl', 'kinesis client library', 'custom consumer|consumers|code', 'our own consumer|consumers|code', 'own code', 'custom stream processing', 'lambda consumers'],
    is('processing.customStreamProcessing'),
  ),
  phrase(
    ['mask|masks|masking|masked', 'redact|redacts|redacting|redaction|redacted', 'anonymize|anonymise|anonymizing|anonymising|anonymization|anonymisation|anonymized|anonymised',
      'pseudonymize|pseudonymise|pseudonymization', 'obfuscate|obfuscating', 'format conversion', 'enrich|enriches|enriching|enrichment', 'tokenize pii'],
    is('processing.transformBeforeDelivery'),
  ),
  // Converting a schema or code while migrating is schema conversion, not a per-record transform; converting recordings to HLS is transcoding.
  phrase(
    ['convert|converts|converting|converted|conversion', 'transform|transforms|transforming|transformed'],
    is('processing.transformBeforeDelivery', true, { unless: ['migration', 'media', 'scheduled'] }),
    is('processing.etl', true, { when: 'scheduled', unless: ['migration', 'media'] }),
  ),
  // Conversion as a business measures it: 'asking for a deposit kills conversion', 'the conversion rate'.
  phrase(['kill|kills|killing|hurt|hurts|hurting|drop|drops|dropped|lose|loses|losing|lift|lifts|boost|boosts|improve|improves|conversion rate|rates|funnel|funnels|drop|drops|uplift',
    'kill|kills|killing|hurt|hurts|hurting|lift|lifts|boost|boosts|improve|improves|protect|protects conversion', 'conversion drops|falls|fell|dips'], ...[]),
  // Code, procedures and schemas converted are a migration's conversion, never a per-record transform.
  phrase(
    ['stored procedures|procedure|code|schema|schemas need|needs converting|conversion', 'convert|converting the? stored procedures|code|schema|schemas',
      'packages|procedures|triggers|code|schema|schemas will|would need|needs converting|conversion|rewriting', 'schema|sql conversion|conversions', 'convert|converting|rewrite|rewriting the? pl / sql packages|procedures|code'],
    ...[],
  ),
  // Rows deleted when people withdraw or ask to be forgotten: row-level deletes.
  phrase(['rows|records|data must|must then|will|should? be deleted|erased|purged', 'delete|deleting|erase|erasing their|the|those rows|records', 'right to be forgotten', 'withdraw|withdraws|withdrawn consent', 'erasure request|requests'],
    is('data.rowLevelDeletes')),
  phrase(['ongoing changes|updates', 'keep it|them|the copy|the lake updated|current|in sync', 'replicate|replicating|stream|streaming the? changes'], is('migration.ongoingReplication', true, { when: 'database' })),
  // 'Updates and deletes in Oracle must show up in the lake': the source's changes carried on, rows changed in place.
  phrase(['updates and deletes', 'deletes and updates', 'inserts , updates and deletes', 'inserts updates and deletes'], is('data.rowLevelDeletes'), is('migration.ongoingReplication', true, { when: 'database' })),
  phrase(['etl|elt', 'etl|elt job|jobs|pipeline|pipelines|process|processes', 'extract transform and? load', 'extract , transform , and? load', 'glue job|jobs|etl'], is('processing.etl')),
  // A job that joins data with other tables, or aggregates it, on a schedule is ETL.
  phrase(['join|joins|joined|joining * with * dimension tables', 'join|joins|joined|joining with dimension|reference|lookup tables', 'dimension tables'], is('processing.etl')),
  // Querying stored data as it comes: analysts' SQL.
  phrase(['query|queries|querying the|our? * data|files|logs|json|parquet|csv|tables', 'occasionally|ad hoc|adhoc|interactive query|queries|querying', 'run queries|query on|over'], is('analytics.adhocSql')),
  // Cleaning data up before it is used is a batch transform between stores.
  phrase(['cleanup|clean-up|cleansing pass|step|job|jobs', 'clean up|cleanse the|our? data|documents|records|files', 'data cleansing|cleaning',
    'extracted|extract , cleaned|cleansed|clean|cleanse|transformed|transform', 'extracted|extract and cleaned|cleansed|transformed',
    // 'We need those files cleaned, matched to the season-pass table and written out as Parquet': files cleaned up in a batch.
    'files|exports cleaned|cleansed|normalised|normalized'], is('processing.etl')),
  phrase(
    ['nightly|hourly|daily etl|elt|job|jobs|transform|transforms|transformation|transformations|pipeline|pipelines', 'nightly|hourly|daily batch job|jobs',
      'transform|transforms|transformed nightly|daily|hourly|overnight'],
    is('processing.etl'),
    is('processing.etlTrigger', 'schedule'),
    BATCH_LATENCY,
    is('ingestion.mode', 'batch', { unless: 'output' }),
  ),
  // Data copied or refreshed on a schedule arrives in batches.
  phrase(
    ['nightly|hourly|daily|weekly refresh|refreshes|refreshed|sync|syncs|copy|copies|copied', 'refreshed|copied|synced|loaded nightly|daily|hourly|weekly'],
    BATCH_LATENCY,
    is('ingestion.mode', 'batch'),
    SCHEDULED,
  ),
  phrase(['scheduled etl|job|jobs|pipeline|pipelines'], is('processing.etl'), is('processing.etlTrigger', 'schedule')),
  phrase(['scheduled', 'on a schedule', 'cron', 'cron job|jobs', 'time based'], SCHEDULED),
  phrase(
    ['when|whenever|once new? data|file|files|object|objects arrive|arrives|land|lands', 'as soon as new? data|file|files arrive|arrives|land|lands', 'as files arrive|land',
      'on arrival', 'event driven', 'as soon as it|they|one|each arrive|arrives|land|lands', 'triggered by new? files|data|uploads|objects', 'new file arrivals', 'when a new? file arrives|lands',
      'each|every drop|file|upload|delivery should|must|will|to? kick|kicks off|trigger|triggers|start|starts', 'kick|kicks off * automatically', 'kick|kicks off processing|the job|the pipeline'],
    is('processing.etlTrigger', 'new-data', { when: 'etl' }),
  ),
  phrase(
    ['chained', 'chain of jobs', 'after|once the previous|upstream|prior job|step finishes|completes|succeeds', 'job dependencies', 'depends on another job', 'after another job'],
    is('processing.etlTrigger', 'chained', { when: 'etl' }),
  ),
  phrase(
    ['parse|parsed|parsing and|+? normalise|normalised|normalize|normalized|normalising|normalizing', 'normalise|normalize|normalised|normalized the? data|records|files|tables'],
    is('processing.etl'),
  ),
  phrase(['manually', 'on demand', 'by hand', 'manual runs|trigger|triggers'], is('processing.etlTrigger', 'manual', { when: 'etl' })),
  phrase(
    ['petabyte|petabytes', 'petabyte scale', 'multi petabyte', 'massively parallel', 'mpp', 'cluster computing|compute', 'hpc', 'cluster of * nodes', 'core|compute|hadoop|emr|spark|hdfs|cloudera cluster|clusters'],
    is('processing.massivelyParallel'),
  ),
  phrase(['spark|pyspark|databricks', 'apache spark', 'spark sql|streaming|jobs'], framework('spark')),
  phrase(['hadoop|mapreduce|hdfs', 'apache hadoop', 'map reduce'], framework('hadoop')),
  phrase(['hbase', 'apache hbase'], framework('hbase')),
  phrase(['flink', 'apache flink'], framework('flink')),
  phrase(['presto|trino|prestodb'], framework('presto')),
  phrase(['hive|hiveql', 'apache hive', 'hive metastore'], framework('hive')),
  // Beehives are no Hive: 'hive scales', 'a beehive'.
  phrase(['hive|hives scale|scales|weight|weights|sensor|sensors|monitor|monitors|entrance|entrances|inspection|inspections', 'beehive|beehives', 'bee hive|hives'], ...[]),
  phrase(['spark ml|mllib', 'sparkml', 'spark|pyspark mllib', 'pyspark ml', 'mllib pipelines', 'mllib'], is('ml.sparkPipeline'), framework('spark')),
  phrase(
    ['face|facial recognition|detection|matching|analysis', 'recognize|recognise|identify|detect|match|matching faces', 'faces against', 'reference photo|photos|image|images|faces',
      'known faces', 'specific person|persons|people|individual|individuals|politician|politicians|celebrity|celebrities|employee|employees appear|appears', 'by face|faces',
      // 'confirm that the face matches the pass holder': one face checked against the person enrolled.
      'face|faces match|matches|matched', 'matches|match the enrolled|registered|stored face|faces|photo|photos',
      // 'a guest uploads a selfie and gets every photo they appear in': a face searched for across pictures.
      'upload|uploads|uploading|submit|submits|take|takes a selfie', 'by|with|from a selfie', 'every|each|all photo|photos|picture|pictures they|he|she|you appear|appears|are in',
      'recognise|recognize|identify * presenters|people|employees|staff|players|celebrities',
      // 'checked against our banned-supporters photo list': people matched against pictures of them.
      'against our|the|a photo|photos|picture|pictures list|lists|database|set', 'against our|the|a * photo|photos|picture|pictures list|lists|database|set',
      'against our|the|a * * photo|photos|picture|pictures list|lists|database|set'],
    vision('face-recognition'),
  ),
  phrase(
    ['object detection|recognition', 'detect|detecting|identify|identifying objects', 'label|labelling|labeling images', 'image labeling|labelling', 'license plate|plates recognition',
      'person|people|intruder|intruders|vehicle|vehicles|package|packages|pet|pets is|are? detected|seen|spotted|sighted',
      // 'when a person or a vehicle is seen inside the fence'.
      'person|people|intruder|intruders or a|an? vehicle|vehicles|car|cars|van|vans is|are? detected|seen|spotted|sighted|visible', 'a|any person|intruder appears|enters', 'a|any person|intruder walks in', 'anyone|someone|people appear|appears|enter|enters',
      'person|people|vehicle|car counts|count|counting', 'detect|detects|detecting a? person|people|intruders|vehicles|packages|pets',
      'content moderation', 'moderation labels', 'unsafe|inappropriate|explicit content', 'moderate|moderating images|videos|content',
      'count|counting the? vehicles|cars|people|pedestrians|persons|trucks|animals', 'tags|tagging|labels for|of objects', 'automatic|auto tags|tagging|labels|labelling|labeling',
      'objects like|such', 'tag|tags|tagging|label|labels|labelling|labeling each? clip|clips|image|images|photo|photos|video|videos|frame|frames with the? objects|scenes',
      'objects and scenes', 'which * parts are visible', 'clip|clips|frame|frames|scene|scenes where people|persons|workers|vehicles|cars|trucks|machinery|machines', 'detected objects|labels|scenes', 'scene|shot detection', 'shot boundary|boundaries', 'on-screen|onscreen text',
      'detect|detects|detecting|identify|identifies|identifying|recognise|recognize what is|appears in the|each|every? photo|photos|image|images|picture|pictures|frame|frames',
      // 'each photo checked for rats, mice or birds', 'when a rodent is seen': animals or things spotted in pictures.
      'photo|photos|image|images|picture|pictures|still|stills|frame|frames|clip|clips * checked|scanned|screened|inspected for', 'photo|photos|image|images|picture|pictures|still|stills|frame|frames|clip|clips checked|scanned|screened|inspected for',
      'photo|photos|image|images|picture|pictures|still|stills|frame|frames|clip|clips checked|scanned|screened|inspected * for',
      'photo|photos|image|images|picture|pictures|still|stills|frame|frames|clip|clips is|are|be|gets|get checked|scanned|screened|inspected * for',
      'photo|photos|image|images|picture|pictures|still|stills|frame|frames|clip|clips is|are|be|gets|get checked|scanned|screened|inspected for',
      'rodent|rodents|rat|rats|mouse|mice|bird|birds|animal|animals|pest|pests|deer|wildlife|insect|insects is|are seen|spotted|sighted|detected|visible|caught',
      'clip|clips|image|images|photo|photos|picture|pictures|frame|frames|video|videos tagged|labelled|labeled|classified as',
      'clip|clips|image|images|photo|photos|picture|pictures|frame|frames|video|videos tagged|labelled|labeled with what appears|shows',
      'clip|clips|image|images|photo|photos|picture|pictures|frame|frames|video|videos tagged|labelled|labeled with what is shown',
      'photo|photos|image|images|picture|pictures auto tagged|auto-tagged|autotagged', 'auto tag|tags|tagging|tagged the? photo|photos|images',
      // 'the system see the smoke or the fire automatic in the video': smoke, fire or flames spotted in pictures.
      'see|sees|detect|detects|detecting|spot|spots|spotting|recognise|recognize the? smoke|fire|fires|flames|flame', 'smoke|fire|flame detection',
      // 'a second person in frame, a phone visible, the student absent from frame': what is in the picture, flagged.
      'person|people|phone|phones|someone|anyone|student|students|object|objects|vehicle|vehicles in|from the? frame',
      // 'flag the clips in which a car, van or truck moves past the bus'.
      'clip|clips|frame|frames|scene|scenes|video|videos|photo|photos|image|images in which a|an? car|cars|van|vans|truck|trucks|vehicle|vehicles|person|people|animal|animals', 'person|people|someone|anyone|student|students out of the? frame',
      'absent|missing|gone|away from the? frame',
      // 'a person or a road vehicle remaining inside the crossing zone after the barriers lower'.
      'person|people|vehicle|vehicles|car|cars|animal|animals remaining|remains|stopped|stuck|standing|left inside|in|within|on the? zone|area|crossing|track|tracks|platform|road',
      'phone|phones|person|people|weapon|weapons|knife|knives|helmet|helmets visible'],
    vision('object-detection'),
  ),
  // 'flag any photo where a technician isn't wearing a helmet': protective equipment checked in pictures, a need however it is negated.
  phrase(
    ['wearing|wear|wears a|their? helmet|helmets|hardhat|hardhats|vest|vests', 'wearing|wear|wears a|their? hard|safety hat|hats|vest|vests', 'missing helmet|helmets|hardhat|hardhats|ppe',
      'missing hard|safety hat|hats|vest|vests', 'protective equipment', 'ppe detection|check|checks'],
    { ...vision('object-detection'), negated: ['object-detection'] },
  ),
  phrase(
    ['activity detection|recognition', 'detect|detecting activity|activities', 'detect|detecting suspicious|unsafe activity|behaviour|behavior|activities',
      'person|people|someone|patient|worker falling|falls', 'detect|detecting|detects a? person|people|someone falling', 'fall|falls detection', 'detect|detecting falls|fights|accidents|crashes|collisions', 'when there is an? accident|crash|collision',
      'left unattended', 'unattended bag|bags|luggage|item|items|object|objects', 'abandoned bag|bags|luggage|item|items|object|objects'],
    vision('activity-detection'),
  ),
  phrase(
    ['duplicates|duplicate|records without a|any shared|common|unique key|id|identifier', 'without a|any shared|common|unique key|id|identifier',
      'no shared|common|unique key|keys|id|ids|identifier|identifiers', 'no shared|common|unique * key|keys|id|ids|identifier|identifiers|number|numbers',
      // 'plates get misread, so there is no reliable common key'.
      'no reliable|stable|single|consistent|usable|clean common|shared|unique? key|keys|id|ids|identifier|identifiers', 'fuzzy matching|match|dedup|deduplication', 'record linkage', 'entity resolution'],
    is('data.duplicatesWithoutCommonId'),
  ),
  phrase(
    ['messy', 'dirty|noisy|bad data', 'incomplete', 'incomplete records|data', 'inconsistent', 'inconsistent data|records|formats', 'low|poor quality',
      'data quality issues|problems', 'quality is poor|low|bad', 'poor|low|bad data quality', 'missing values|fields', 'malformed',
      'data? quality varies|differs', 'varying|mixed|uneven quality', 'typo|typos|misspellings in', 'full of typos|misspellings', 'riddled with typos|misspellings', 'lots|plenty of typos|misspellings', 'typos|misspellings and abbreviations|variants|duplicates', 'misspelled|mistyped', 'misspelled|mistyped names|addresses|records|entries|fields|values', 'names|addresses|records|entries|fields|values with typos|misspellings', 'written different|differently', 'some|many * missing', 'half broken|half-broken'],
    is('data.lowQuality'),
  ),
  // 'Online ordering: our own ordering app': ordering food or goods is no order of records.
  phrase(['online|mobile|food|web ordering', 'ordering app|apps|site|platform|system|kiosk|kiosks'], ...[]),
  phrase(
    ['in order', 'ordered', 'ordering', 'in sequence', 'preserve|preserving|keep|maintain|guarantee the? order|ordering|sequence',
      'in? order|ordering per|by device|key|customer|user|account|partition|sensor|session|vehicle', 'strict order|ordering', 'order|ordering|sequence matters', 'fifo'],
    is('ingestion.ordering'),
  ),
  phrase(
    ['order|ordering doesn\'t|dont matter', 'order|ordering does|do not matter', 'any order', 'out of order is fine|ok|okay|acceptable', 'unordered'],
    is('ingestion.ordering', false),
  ),
  phrase(['zero etl', 'no etl'], is('processing.etl', false)),
  // Phrases that look like others but mean nothing here.
  phrase(['in order to', 'load balanced', 'daily|weekly|monthly active? users|user|players|player|visitors|customers|subscribers|viewers'], ...[]),
];

/** Who reads the data and how, and who is alerted. */
const ANALYTICS: readonly VocabularyEntry[] = [
  phrase(['dashboard|dashboards|bi|quicksight|grafana', 'business intelligence', 'visualizations|visualisations|visualize|visualise'], is('analytics.dashboards')),
  // Charts people look at are a BI view ('five or six simple charts the members can look at'); charts of other kinds are not.
  phrase(['charts|graphs|charting|graphing'], is('analytics.dashboards')),
  // A BI tool kept as it is serves the dashboards ('Power BI remains the corporate BI standard; no new BI tool will be licensed').
  phrase(['power bi', 'powerbi'], is('analytics.dashboards'), is('analytics.biTool', 'power-bi', { when: 'kept' })),
  // 'no QuickSight licences please' turns a product down, never the dashboards.
  phrase(['quicksight licence|licences|license|licenses|seats|seat|subscriptions|subscription'], ...[]),
  phrase(['tableau'], is('analytics.dashboards'), is('analytics.biTool', 'tableau', { when: 'kept' })),
  phrase(['looker'], is('analytics.dashboards'), is('analytics.biTool', 'looker', { when: 'kept' })),
  phrase(['qlik|qlikview|qliksense', 'qlik sense'], is('analytics.dashboards'), is('analytics.biTool', 'qlik', { when: 'kept' })),
  phrase(['metabase'], is('analytics.dashboards'), is('analytics.biTool', 'metabase', { when: 'kept' })),
  // A graph of things linked, not a chart: 'the citation graph', 'a knowledge graph', 'graph algorithms'.
  phrase(
    ['citation|knowledge|social|dependency|property|relationship|identity|supply|friend|follower|lineage|entity|customer|link graph|graphs',
      'graph database|databases|db|store|traversal|traversals|query|queries|algorithm|algorithms|model|models|neural|network|networks|snapshot|snapshots|analytics|processing|engine'],
    ...[],
  ),
  // A team named after BI is who they are, not a dashboard wanted ('the Redshift cluster our BI team built').
  phrase(['bi team|teams|department|group|squad|developer|developers|engineer|engineers|lead|manager|folks|people|guys'], ...[]),
  phrase(['org|organisation|organization|gantt|flip|nautical|sea|navigation|navigational|patient|medical|size chart|charts', 'chart open|opens|opened|review|reviews|note|notes'], ...[]),
  phrase(
    ['ad hoc sql|queries|query|querying|analysis', 'adhoc sql|queries|query|querying|analysis', 'athena', 'sql queries', 'interactive queries|sql', 'analysts query', 'queries are interactive',
      'query|queried|querying|queryable with|in|using sql|athena', 'know|knows|use|uses|write|writes sql',
      // 'dumped to S3 every night so the BI folks can query them'.
      'can|could|will|to query them|it|this|those|these', 'can|could|will|to query the data'],
    is('analytics.adhocSql'),
  ),
  // SQL named while migrating is code to convert, not analysts' SQL.
  phrase(['sql'], is('analytics.adhocSql', true, { unless: 'migration' })),
  // Languages and products named after SQL: no analysts querying.
  phrase(['pl / sql', 'pl sql', 'plsql', 't sql', 'tsql', 'transact sql'], ...[]),
  // Email as an alert channel is no emailed report.
  phrase(['alert|alerts|alerting|notify|notified|notification|notifications by|via email|e-mail|mail', 'email|e-mail alert|alerts|notification|notifications'], ...[]),
  phrase(
    ['emailed|e-mailed', 'email|e-mail report|reports|digest|digests|summary|summaries', 'summary|report email|emails|e-mail|e-mails', 'reports by email|e-mail', 'by|via email|e-mail', 'mailed reports', 'send|sends reports',
      'monthly|weekly|daily|quarterly email|e-mail|mail', 'email|e-mail to the? board|management|managers|executives|leadership|directors', 'as a pdf', 'pdf report|reports'],
    is('analytics.emailReports'),
  ),
  phrase(['embedded report|reports|analytics|charts', 'embed the|our? report|reports|analytics|charts', 'embed some|a few|our * charts|reports', 'customer facing reports|analytics', 'in app analytics|reports', 'customer portal'], is('analytics.embeddedReports')),
  phrase(['embedded dashboard|dashboards', 'embed the|our? dashboard|dashboards', 'customer facing dashboard|dashboards',
    'dashboard|dashboards|charts|reports inside|in|within our|the own? * portal|app|application|product', 'dashboard|dashboards|charts inside|in|within our|the own? portal|app|application|product'],
    is('analytics.embeddedReports'), is('analytics.dashboards')),
  phrase(
    ['push notification|notifications|alert|alerts|notif|notifs', 'sms', 'text message|messages', 'alert|alerts|notification|notifications|notified|alerted on|to phone|phones', 'on|to his|her|their|our|my mobile|cell phone|phones', 'mobile|phone alert|alerts|notification|notifications', 'pagerduty',
      "technicians|engineers|managers|staff|operators|drivers|guards|controller|controllers|supervisor|supervisors|officer|officers|nurse|nurses|doctor|doctors '? phones|phone",
      "technician|engineer|manager|operator|driver|guard|controller|supervisor|officer|nurse|doctor 's phone|pager", 'on the phone|phones', 'on call phone|phones', 'page|text|alert|notify the|a|our? * phone|phones|pager',
      'page|text|alert|notify the|a|our? * * phone|phones|pager', 'alert|alerts|notification|notifications to the? * * mobile|phone|phones',
      'alert|alerts|notification|notifications to the? * mobile|phone|phones', 'phone|phones alerted|notified|paged|buzzed|pinged',
      // 'the on-call engineer's phone must go off', 'send a message to the phone of the officer'.
      'phone|phones|pager|pagers must|should|will|to go off', 'phone|phones|pager|pagers go|goes off', 'message|messages to the|a|our|his|her|their? phone|phones|mobile|mobiles'],
    is('alerts.mobileNotifications'),
  ),
  phrase(['on|to their|our|my phones|phone'], is('alerts.mobileNotifications', true, { unless: 'display' })),
  // 'an alert to the runners' phones', 'a push to the driver's phone'.
  phrase(['alert|alerts|notification|notifications|push|message|messages|text|texts|sms|page|pages to|on the|their|our|his|her * phones|phone',
    'alert|alerts|notification|notifications|push|message|messages|text|texts|sms|page|pages to|on the|their|our|his|her * * phones|phone'], is('alerts.mobileNotifications', true, { unless: 'display' })),
];

/** Machine learning. */
const ML: readonly VocabularyEntry[] = [
  phrase(['train|trains|training|trained|retrain|retrains|retraining|retrained', 'fine tune|tunes|tuning', 'model training', 'build models'], is('ml.training')),
  // Training people do, not models: 'GPS training load', 'staff training', 'training sessions', 'the training fleet'.
  phrase(
    ['training load|loads|session|sessions|course|courses|programme|programmes|program|camp|camps|ground|grounds|plan|plans|attendance|minutes|schedule|schedules|centre|center|matrix|certificates|fleet|fleets|aircraft|flight|flights|school|schools|academy|lesson|lessons|student|students|pilot|pilots|syllabus|curriculum',
      'staff|employee|employees|safety|compliance|security|fire|driver|drivers|athlete|athletes|player|players|squad|sports|fitness|gym|strength|onboarding|induction|flight|pilot|aviation|medical|clinical|nursing|sales|leadership|language training',
      'on the job training',
      // Trains that run on rails: 'train movement records', 'train operating companies', 'its own trains'.
      'train movement|movements|operator|operators|operating|company|companies|delay|delays|station|stations|driver|drivers|crew|crews|timetable|timetables|journey|journeys|passenger|passengers|path|paths|running',
      'own|their|our|its|freight|passenger|commuter|high-speed|night trains'],
    ...[],
  ),
  // 'Nobody needs predictions on demand' turns down online calls, never the nightly scoring beside it.
  phrase(['predictions|prediction|scores|scoring|inference on demand', 'on-demand predictions|scores|scoring|inference'], { field: 'ml.inference', value: true, negated: null }),
  phrase(
    ['inference|inferencing|predictions|prediction|predict|predicts|predicting|scoring', 'serve predictions|models', 'serve the model', 'model serving', 'models|model served',
      // 'score every active student each night'.
      'score|scores|scored every|each|all',
      'batch|online inference'],
    is('ml.inference'),
  ),
  // 'ML platform requirements' is ML; 'please don't sell me a managed ML platform' turns a product down, not the need for ML.
  phrase(['managed? ml|ai platform|platforms|service|services|product|products|notebook|notebooks|studio', 'managed? machine learning platform|platforms|service|services|product|products'], is('workloadType', 'ml')),
  // 'No deep learning' rules out a kind of model, never training or inference: 'No deep learning, no GPUs. Retrain weekly'.
  phrase(['deep learning'], is('workloadType', 'ml')),
  // A team's skills, not a need: 'We have no machine-learning people', 'no ML engineers'.
  phrase(['machine-learning|ml|data-science people|engineers|team|teams|staff|skills|expertise|experience|scientists|specialists', 'machine learning people|engineers|team|teams|staff|skills|expertise|experience|specialists',
    'data scientists'], ...[]),
  // 'No ML' rules out training and inference alike.
  phrase(
    ['machine learning', 'ml', 'ml workload|models|stuff', 'ai'],
    is('workloadType', 'ml'),
    { field: 'ml.training', value: undefined, negated: false },
    { field: 'ml.inference', value: undefined, negated: false },
  ),
  phrase(['gpu|gpus|nvidia', 'gpu instances'], is('ml.gpu')),
  phrase(['on cpu|cpus', 'cpu only'], is('ml.gpu', false)),
  phrase(['gpu training'], is('ml.gpu'), is('ml.training')),
  phrase(['cpu|cpus only', 'only cpu|cpus', 'cpu based'], is('ml.gpu', false)),
  // 'No custom CUDA' rules out low-level code, never the GPUs the model may still train on.
  phrase(['custom? cuda', 'custom? cuda kernels'], is('ml.lowLevelCustom'), { ...is('ml.gpu'), negated: null }),
  phrase(['low level', 'low level framework|frameworks|code', 'custom framework|frameworks', 'our? own framework', 'hand written kernels'], is('ml.lowLevelCustom')),
  phrase(['pytorch|torch'], mlFramework('pytorch')),
  phrase(['tensorflow', 'tensor flow'], mlFramework('tensorflow')),
  phrase(['keras'], mlFramework('keras')),
  phrase(['mxnet', 'apache mxnet'], mlFramework('mxnet')),
  phrase(['gluon'], mlFramework('gluon')),
  phrase(['xgboost'], mlFramework('xgboost')),
  phrase(['scikit learn', 'sklearn|scikit'], mlFramework('scikit-learn')),
];

/** Keys, auditors and accounts. */
const SECURITY: readonly VocabularyEntry[] = [
  phrase(
    ['our? own kms|encryption|aws? key|keys', 'customer managed keys|key|cmk|cmks', 'customer managed kms|aws key|keys', 'cmk|cmks', 'customer master key|keys', 'manage our own keys', 'control the|our keys',
      'control of the keys', 'kms keys we manage', 'keys we control|manage|own|create', 'keys that we create|control|manage|own', 'kms keys that? we control|manage|own|create',
      'keys that we create and control', 'keys we create and control',
      // 'keys the office itself controls and can revoke': keys an owner named in the text controls or revokes.
      'keys * controls|control|revokes|revoke', 'keys * * controls|control|revokes|revoke', 'keys * * * controls|control|revokes|revoke', 'revocable keys|key',
      'keys * can revoke', 'keys * * can revoke',
      // 'encrypted with a KMS key that our security team created and controls'.
      'kms key|keys that|which our|the * * created|controls|control|manages|manage|owns|own', 'kms key|keys that|which our|the * created|controls|control|manages|manage|owns|own',
      'kms key|keys that|which we created|create|control|manage|own'],
    is('security.encryptionAtRest', 'customer-managed-keys'),
  ),
  phrase(
    ['our? own key material', 'bring our|your own key|keys|key-material', 'byok', 'imported key|keys', 'import our? own? key|keys|key-material', 'imported|external key material',
      'key material imported|import', 'key material * imported into', 'our own? on-premises|on-prem|onprem? hsm|hsms', 'generated|created in our own? on-premises? hsm|hsms',
      'key material generated|created in', 'own hardware security module|modules'],
    is('security.encryptionAtRest', 'imported-keys'),
  ),
  phrase(['aws|amazon managed key|keys|encryption', 'default encryption', 'sse s3'], is('security.encryptionAtRest', 'aws-managed')),
  phrase(['hipaa|pci|sox|soc2|fedramp|hitrust|phi', 'pci dss', 'soc 2', 'iso 27001'], is('security.complianceRequired')),
  // An auditor or compliance team ticks encryption at rest only where keys or encryption are the subject.
  phrase(
    ['auditor|auditors|audit|audits|audited|compliance|compliant|regulated|regulatory|regulators|gdpr'],
    is('security.complianceRequired', true, { when: 'security' }),
  ),
  // 'The external auditor will verify compliance': an audit of compliance is a compliance need in itself.
  phrase(['auditor|auditors will|shall|must|to verify|check|confirm compliance', 'verify|verifies|check|checks compliance', 'compliance audit|audits'], is('security.complianceRequired')),
  phrase(
    ['other|partner|partners|external|different aws? account|accounts', 'another aws? account', 'cross account', 'third party accounts', 'multiple aws accounts', "partner's|partners' account|accounts",
      'their own aws? account|accounts', 'consumer|member aws? accounts', 'own aws accounts', 'share|shared|sharing with * aws? account|accounts',
      'share|shared|sharing with * * aws? account|accounts', 'business unit|units aws? account|accounts', 'business-unit aws? account|accounts', 'separate aws? account|accounts',
      'separate|own|another cloud account|accounts', 'own , separate cloud account|accounts'],
    is('security.crossAccountAccess'),
  ),
  phrase(
    ['brand? new aws? account', 'fresh aws? account', 'newly created aws? account', 'just created our|an|a? aws? account', 'first aws account', 'new to aws', 'greenfield aws? account',
      'opened|created our|an|a|the aws? account only? this|last month|week', 'account is|was brand new', "account * it's brand new", 'account * * it is brand new',
      // 'The AWS account was created last week specifically for this project'.
      'account was|is|got created|opened last|this week|month', 'account was|is|got created|opened only|just|recently', 'account was|is|got only|just|recently created|opened',
      'account has been created|opened last|this week|month', 'account has been created|opened only|just|recently', 'account has only|just|recently been created|opened'],
    is('account.isNew'),
  ),
  phrase(['existing|established|mature aws? account|customer|customers', 'long standing aws? account|customer'], is('account.isNew', false)),
];

/** Cost stance and workload type. */
const PRIORITIES: readonly VocabularyEntry[] = [
  phrase(
    ['cheapest|cheap|cheaply|frugal|shoestring', 'as cheap as possible', 'tight|limited budget', 'budget is tight', 'low|lowest|minimal cost', 'minimize|minimise|minimizing|minimising cost|costs',
      'cost sensitive|conscious|effective|optimized|optimised', 'keep costs low|down', 'cut costs|cost', 'on a budget', 'cost matters most', 'cost is key', 'lowest total cost', 'lowest tco',
      // 'Cost matters more than speed': cost weighed above speed.
      'cost|costs|price|money matters|matter|counts|count more than speed|performance|time|latency', 'cost|costs|price over speed|performance', 'cost before speed|performance',
      'cost|costs|price|money matters|matter|counts|count more than anything|everything', 'cost above all|everything',
      'budget|cost|costs|price|money is|are the whole|main|only|key point|thing|concern',
      // 'cost is the #1 concern', 'cost is our number one priority'.
      'budget|cost|costs|price|money is|are the|our #? 1|one concern|priority|worry', 'budget|cost|costs|price|money is|are the|our number one concern|priority|worry', 'budget|cost|costs|price|money is|are the|our first|top|biggest concern|priority|worry',
      'cost|costs|price|budget is|are the deciding|decisive|overriding|main|primary criterion|criteria|factor|driver'],
    is('costPriority', 'lowest'),
  ),
  // Spot capacity asked for where losing a node loses nothing: cheaper capacity beside On-Demand, a balanced stance.
  phrase(
    ['spot capacity|instances|instance|nodes|node|fleet|fleets|pricing|market', 'on spot', 'use|using|uses|run|running spot', 'ec2 spot',
      'interruptible|preemptible capacity|instances|instance|nodes|node|compute|vms|workers'],
    is('costPriority', 'balanced'),
  ),
  // 'We would rather not manage servers', 'no EMR clusters or EC2 instances we have to size, patch or shut down': serverless only.
  phrase(
    ['manage|run|patch|maintain|babysit|operate|administer servers|clusters|instances|machines|vms|infrastructure', 'manage|run|patch|maintain|babysit|operate any|our own? servers|clusters|instances|machines|vms|infrastructure',
      'look|looks|looking after a|any|the|our? server|servers|cluster|clusters|instances|machines', 'look|looks|looking after servers|clusters',
      'have to size|patch|manage', 'need to size|patch|manage'],
    { field: 'serverlessOnly', value: undefined, negated: true },
  ),
  phrase(
    ['serverless only|everything|first', 'fully|all|only serverless', 'go|be|stay|keep it serverless', 'no servers|clusters|instances|infrastructure to manage|patch|run|maintain',
      'nothing to patch|manage', 'without servers|clusters to manage'],
    is('serverlessOnly'),
  ),
  phrase(
    ['performance first', 'performance is key|critical|paramount', 'performance is the|our|a? priority|priorities', 'speed is the|our? priority', 'cost|money|budget is no object', "cost|budget is not|isn't a|an? concern|issue|object", 'whatever it costs',
      'maximum|best|highest|top performance', 'fastest', 'performance matters most', 'spare no expense',
      'speed|performance|latency matters|matter|counts|count more than cost|costs|price|money', 'speed|performance over cost|costs|price'],
    is('costPriority', 'performance'),
  ),
  phrase(
    ['balanced', 'balance cost and performance', 'balance between|of cost and performance', 'good value', 'reasonable cost', 'middle ground'],
    is('costPriority', 'balanced'),
  ),
  phrase(['oltp|transactional', 'transaction processing', 'online transaction processing', 'oltp system|workload|database'], is('workloadType', 'transactional')),
  // An application's own database: transactions with integrity, read and written by the app.
  phrase(
    ['acid', 'acid transactions|compliant|guarantees', 'foreign key|keys', 'referential integrity', 'relational app|application|backend', 'multi row|statement transactions',
      'must|should be relational', 'strong|strongly consistent|consistency', 'no double booking|bookings', 'double booking|bookings',
      // 'Has to be proper transactions, we double-booked a 9-hour back piece last month'.
      'proper|real|full transactions', 'double booked|double-booked', 'relational schema|schemas'],
    is('data.accessPattern', 'relational-transactions'),
    is('workloadType', 'transactional'),
  ),
  // One item changed atomically by its key: 'a coupon can never be redeemed twice', 'decrement the remaining visits'.
  phrase(['redeemed|used|spent|admitted|booked twice', 'double redemption|redemptions|spend|spending|admission|admissions',
    'decrement|decrements|decrementing|decremented the? remaining|balance|balances|counter|counters|visits|credits|stock|quota'], is('workloadType', 'transactional')),
  phrase(['analytics|analytical|olap', 'analytics|analytical workload', 'data|business analytics'], is('workloadType', 'analytical')),
  // 'Mixed' alone says nothing of the workload ('mixed timestamp formats').
  phrase(['htap', 'mixed workload|workloads', 'hybrid workload', 'both transactional and analytical', 'mixed transactional and analytical'], is('workloadType', 'mixed')),
];

/** How stored data is read and changed (contract v1.2 `data.accessPattern`, `data.rowLevelDeletes`). */
const DATA_ACCESS: readonly VocabularyEntry[] = [
  phrase(
    ['vector|vectors index|indexes|indices|search|store|stores|database|db|similarity', 'embedding|embeddings', 'embed them|the documents|the chunks', 'rag',
      'semantic|similarity search', 'retrieval augmented', 'nearest neighbour|neighbor|neighbours|neighbors', 'knn'],
    is('data.accessPattern', 'vector-search'),
  ),
  // 'searchable in Splunk': the search the team already runs, not a store to build.
  phrase(['searchable|search|searching in|within|through splunk'], destination('splunk')),
  // A search the team keeps elsewhere ('site search is Algolia, stays') is no store to build.
  phrase(['search|searchable|searching', 'full text search|index', 'full-text search|index', 'text search'], is('data.accessPattern', 'search', { unless: 'untouched' })),
  // An app's search page or box is a feature of the app, not how the data is read; search terms are what people typed, events like any other.
  phrase(['search page|pages|bar|box|screen|screens', 'search results page|pages', 'search term|terms|events|history', 'searches made|performed|typed'], ...[]),
  // Reading one item by its key: a key-value store the data must land in.
  phrase(
    ['key value|key-value lookup|lookups|store|access|reads|read|table|tables', 'lookup|lookups|look up|read|reads|fetch by id|key|its id|their id', 'by its|their|the id|key|primary key',
      'point lookup|lookups|reads', 'look up by * number', 'look up by * * number', 'lookup|lookups|fetch by user|customer|account|member|player|device|order id|key',
      // 'access is always by playerId (get/put the whole profile)': one item read and written whole by its key.
      'access|accessed|reads|lookups is|are always by', 'get put|puts the whole? profile|profiles|item|items|record|records|document|documents',
      // 'looked up by call-sign', 'the rider app looks up a scooter by its QR id'.
      'looked|look|looks|looking up by', 'looked|look|looks|looking up a|an|the|each|one * by',
      // 'read a customer's balance … always by phone number and nothing else'.
      'always|only by the|their|its? * number|id|key|msisdn', 'always|only by the|their|its? number|id|key|msisdn|msisdns',
      // 'the suppression check is a simple key lookup by email-address hash'.
      'key lookup|lookups', 'key lookup|lookups by email|e-mail|email-address|phone|hash|id|number', 'lookup|lookups|look up by email|e-mail|email-address|phone|hash',
      // 'answer "latest position of vehicle X" quickly for thousands of residents': one item read by its key.
      'latest|current position|location|status|state|balance of vehicle|device|truck|bus|car|plow|order|parcel|account|customer|driver|asset|vessel x|n|id'],
    is('data.accessPattern', 'key-value'),
    destination('dynamodb'),
  ),
  phrase(
    ['delete|deletes|deleting|purge|purges|purging|erase|erasing|update|updates|updating|correct|correcting rows|records|row|record',
      'delete|deletes|deleting|purge|purges|purging|erase|erasing|update|updates|updating|correct|correcting the|a|an|their|our|affected|individual * rows|records|row|record',
      'delete|deletes|deleting|purge|purges|purging|erase|erasing|update|updates|updating the|a|an|their|our rows|records|row|record',
      'erasure|erasures', 'erasure requests|request|reqs',
      'delete|deleting|erase|erasing|correct|correcting or? delete|correct|erase an|a|the individual|individuals|person|customer|user|citizen|patient \'s? records|rows|data', 'right to be forgotten', 'gdpr deletes|deletion|deletions', 'upsert|upserts', 'row level deletes|updates',
      'late corrections', 'corrections arrive|arriving late', 'in place updates|deletes', 'delete|deletes|update|updates in place',
      // 'plate data deleted in place after 90 days', 'the delete has to show up in Redshift too', 'members can ask to be forgotten'.
      'deleted|erased|purged|corrected|updated in place', 'delete|deletes|deletion|deletions has|have|must|should to? show up', 'delete|deletes|deletion|deletions has|have|must|should to? appear|propagate', 'ask|asks|asking to be forgotten'],
    is('data.rowLevelDeletes'),
  ),
  // 'nobody can delete a single row from those': deletes that today's files cannot do are the need.
  phrase(
    ['can delete|remove|erase|correct|update a|an|the? single|individual|one row|rows|record|records', 'can delete|remove|erase|correct|update individual|single rows|records'],
    { ...is('data.rowLevelDeletes'), negated: true },
  ),
];

/** Latency, processing, analytics, ML, security, priorities and data access: what the workload needs. */
export const NEEDS_VOCABULARY: readonly VocabularyEntry[] = [...LATENCY, ...PROCESSING, ...ANALYTICS, ...ML, ...SECURITY, ...PRIORITIES, ...DATA_ACCESS];
