import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Recommendation } from '../domain/answer/schema.js';

export interface MetricsOptions {
  /** MCP sessions open right now, read at each scrape (0 when stateless). */
  mcpSessionsOpen?: () => number;
  /** Node's own process metrics (CPU, memory, event loop, GC); on by default. */
  processMetrics?: boolean;
}

/** Seconds: from a millisecond answer to a slow batch. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Counts by label set, kept in a plain Map: a request adds to it without hashing labels; a scrape copies it out. */
class Tally<Labels extends Record<string, string>> {
  readonly #counts = new Map<string, { labels: Labels; count: number }>();

  add(key: string, labels: () => Labels, by = 1): void {
    const entry = this.#counts.get(key);
    if (entry) entry.count += by;
    else this.#counts.set(key, { labels: labels(), count: by });
  }

  /** Copies the counts into a prom-client counter (at scrape time, from its `collect`). */
  publish(counter: Counter<Extract<keyof Labels, string>>): void {
    counter.reset();
    for (const { labels, count } of this.#counts.values()) counter.inc(labels as never, count);
  }
}

/**
 * The server's Prometheus metrics, in a registry of its own (two apps in one
 * process keep separate counts): requests and their latency by method, route
 * pattern (never the raw path, so the series stay bounded) and status;
 * recommended services and the rules behind them; problem answers by type;
 * MCP sessions open; and Node's process metrics.
 *
 * @example
 * const metrics = createMetrics({ mcpSessionsOpen: () => mcp.size });
 * metrics.observeRequest('GET', '/v1/services/:id', 200, 0.0012);
 * await metrics.render(); // '# HELP advisor_http_requests_total ...'
 */
export function createMetrics(options: MetricsOptions = {}) {
  const registry = new Registry();
  const registers = [registry];
  const requests = new Tally<{ method: string; route: string; status: string }>();
  const services = new Tally<{ service: string }>();
  const rules = new Tally<{ rule: string }>();
  const problems = new Tally<{ type: string }>();
  let answers = 0;

  tallyCounter(registers, 'advisor_http_requests_total', 'HTTP requests answered, by method, route pattern and status', ['method', 'route', 'status'], requests);
  const observeLatency = latencyHistogram(registers);
  new Counter({
    name: 'advisor_answers_total',
    help: 'Recommendation answers given by the REST API and the MCP tool recommend_architecture (a batch counts each workload)',
    registers,
    collect() {
      this.reset();
      this.inc(answers);
    },
  });
  tallyCounter(registers, 'advisor_recommendations_total', 'Services recommended in answers, by service', ['service'], services);
  tallyCounter(registers, 'advisor_recommendation_rules_total', 'Rules cited by recommended services in answers, by rule id', ['rule'], rules);
  tallyCounter(registers, 'advisor_problems_total', 'Problem (RFC 9457) answers, by problem type slug', ['type'], problems);
  sessionsGauge(registers, options.mcpSessionsOpen ?? (() => 0));
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });

  return {
    registry,
    /** The media type of {@link render}'s text (Prometheus text format 0.0.4). */
    contentType: registry.contentType,
    /** One answered request; `route` is the matched pattern (`/v1/services/:id`), or `unmatched`. */
    observeRequest(method: string, route: string, status: number, seconds: number): void {
      const key = `${method} ${route} ${status}`;
      const labels = () => ({ method, route, status: String(status) });
      requests.add(key, labels);
      observeLatency(key, labels, seconds);
    },
    /** One recommendation answer: each recommended service, and every rule cited for it. */
    countAnswer(answer: Pick<Recommendation, 'recommendations'>): void {
      answers++;
      for (const item of answer.recommendations) {
        services.add(item.service, () => ({ service: item.service }));
        for (const rule of item.rules) rules.add(rule, () => ({ rule }));
      }
    },
    /** One problem answer, by its type's slug. */
    countProblem(slug: string): void {
      problems.add(slug, () => ({ type: slug }));
    },
    /** Everything, in the Prometheus text format. */
    render(): Promise<string> {
      return registry.metrics();
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** The request latency histogram; each label set's child is looked up once, then kept by its key. */
function latencyHistogram(registers: Registry[]) {
  const latency = new Histogram({
    name: 'advisor_http_request_duration_seconds',
    help: 'Time to answer an HTTP request (until the answer is ready to send), by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const byKey = new Map<string, (seconds: number) => void>();
  return (key: string, labels: () => Record<'method' | 'route' | 'status', string>, seconds: number) => {
    let observe = byKey.get(key);
    if (!observe) {
      const child = latency.labels(labels());
      observe = (value) => child.observe(value);
      byKey.set(key, observe);
    }
    observe(seconds);
  };
}

/** MCP sessions open, read when scraped. */
function sessionsGauge(registers: Registry[], sessionsOpen: () => number): void {
  new Gauge({
    name: 'advisor_mcp_sessions_open',
    help: 'MCP sessions open in this process (always 0 with ADVISOR_MCP_SESSIONS=stateless)',
    registers,
    collect() {
      this.set(sessionsOpen());
    },
  });
}

/** A counter whose values are copied from a tally when scraped. */
function tallyCounter<Labels extends Record<string, string>>(
  registers: Registry[],
  name: string,
  help: string,
  labelNames: ReadonlyArray<keyof Labels & string>,
  tally: Tally<Labels>,
): void {
  new Counter({
    name,
    help,
    labelNames: [...labelNames],
    registers,
    collect() {
      tally.publish(this);
    },
  });
}
