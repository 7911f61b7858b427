import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { LoadedRule, RuleSet } from '../domain/rules/load.js';

/** The index of the rule set, small enough for any context: where each file's rules and the named conditions are. */
export const RULES_INDEX_URI = 'advisor://rules';
export const CONDITIONS_URI = 'advisor://rules/conditions';

/** The rules of one file, as a resource. */
interface RuleFileResource {
  uri: string;
  /** `built-in`, or `organisation` for a file of ADVISOR_RULES_DIR. */
  origin: 'built-in' | 'organisation';
  file: string;
  topic: string;
  rules: LoadedRule[];
}

/**
 * The loaded rules grouped by the file that holds them, in rule-set order:
 * `advisor://rules/built-in/kinesis-streaming.json`,
 * `advisor://rules/organisation/platform-services.json`. Two organisation
 * folders with a file of the same name share one resource.
 *
 * @example
 * ruleFileResources(advisor.ruleSet).map((file) => file.uri);
 */
export function ruleFileResources(ruleSet: RuleSet): RuleFileResource[] {
  const files = new Map<string, RuleFileResource>();
  for (const rule of ruleSet.rules) {
    const origin = rule.source === 'built-in' ? 'built-in' : 'organisation';
    const file = origin === 'built-in' ? rule.file : rule.source;
    const uri = `${RULES_INDEX_URI}/${origin}/${encodeURIComponent(file)}`;
    const entry = files.get(uri) ?? { uri, origin, file, topic: rule.topic, rules: [] };
    entry.rules.push(rule);
    files.set(uri, entry);
  }
  return [...files.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

const jsonContents = (uri: string, value: unknown) => ({ contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(value) }] });

/**
 * The rule set as resources a model with a small context can read piece by
 * piece: `advisor://rules` is an index (version, each file's URI, topic and
 * rule ids, where the named conditions are), each rule file its own
 * resource, and the named conditions one more. JSON without indentation:
 * the largest file is a few dozen KB, never the whole set at once.
 */
export function registerRuleResources(server: McpServer, ruleSet: RuleSet): void {
  const files = ruleFileResources(ruleSet);
  server.registerResource(
    'rules',
    RULES_INDEX_URI,
    {
      title: 'Loaded rule set: index',
      description: 'The rule set version, each rule file (its URI, topic and rule ids) and where the named conditions are; read a file for its rules in full',
      mimeType: 'application/json',
    },
    async (uri) =>
      jsonContents(uri.href, {
        version: ruleSet.version,
        rules: ruleSet.rules.length,
        conditions: CONDITIONS_URI,
        files: files.map(({ uri: fileUri, origin, file, topic, rules }) => ({ uri: fileUri, origin, file, topic, rules: rules.map((rule) => rule.id) })),
      }),
  );
  for (const entry of files) {
    server.registerResource(
      `rules-${entry.origin}-${entry.file}`,
      entry.uri,
      {
        title: `Rules: ${entry.topic} (${entry.file})`,
        description: `The ${entry.rules.length} json-rules-engine rules of ${entry.origin === 'built-in' ? 'the built-in file' : "the organisation's file"} ${entry.file}, in evaluation order, with their cards, priority, conditions and advice`,
        mimeType: 'application/json',
      },
      async (uri) => jsonContents(uri.href, { version: ruleSet.version, origin: entry.origin, file: entry.file, topic: entry.topic, rules: entry.rules }),
    );
  }
  server.registerResource(
    'rule-conditions',
    CONDITIONS_URI,
    { title: 'Named conditions', description: 'The named conditions rules reference ({ "condition": "streaming-ingest" })', mimeType: 'application/json' },
    async (uri) => jsonContents(uri.href, { version: ruleSet.version, conditions: ruleSet.conditions }),
  );
}
