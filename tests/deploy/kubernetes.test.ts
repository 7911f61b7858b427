import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { readConfig } from '../../src/config.js';
import { createAdvisor } from '../../src/domain/advisor.js';
import { startServer } from '../../src/http-server.js';
import { memoryLogger } from '../support/log.js';

const BASE = fileURLToPath(new URL('../../deploy/kubernetes', import.meta.url));
const EXAMPLE_OVERLAY = fileURLToPath(new URL('../../deploy/overlays/example', import.meta.url));

type Manifest = Record<string, any>;

/** `kubectl kustomize <dir>`, as its documents; fails with what to install when kubectl is missing. */
function kustomize(dir: string): Manifest[] {
  const run = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 60_000 });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error('kubectl is not installed: these manifests are checked with `kubectl kustomize` (apt-get install -y kubernetes-client, or your distribution\'s kubectl); .ci/run installs it when missing');
  }
  if (run.status !== 0) throw new Error(`kubectl kustomize ${dir} failed (${run.status}):\n${run.stderr}${run.stdout}`);
  return parseAllDocuments(run.stdout).map((document) => document.toJSON() as Manifest);
}

/** A throwaway overlay over the base (kustomize refuses one inside it): its kustomization.yaml's body. */
function overlay(kustomization: string): Manifest[] {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-overlay-'));
  writeFileSync(join(dir, 'kustomization.yaml'), `resources:\n  - ${relative(dir, BASE)}\n${kustomization}`);
  return kustomize(dir);
}

/** The base with its opt-in lines (`# - network-policy.yaml`) switched on. */
function baseWith(...optIns: string[]): Manifest[] {
  const copy = mkdtempSync(join(tmpdir(), 'advisor-kustomize-'));
  cpSync(BASE, copy, { recursive: true });
  let kustomization = readFileSync(join(copy, 'kustomization.yaml'), 'utf8');
  for (const file of optIns) {
    expect(kustomization).toContain(`\n  # - ${file}\n`);
    kustomization = kustomization.replace(`\n  # - ${file}\n`, `\n  - ${file}\n`);
  }
  writeFileSync(join(copy, 'kustomization.yaml'), kustomization);
  return kustomize(copy);
}

/** The offline schema check: each kind against the Kubernetes API's (or the Prometheus Operator's) own JSON schema. */
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor,
};

function validateAll(documents: Manifest[]) {
  for (const document of documents) {
    const Model = MODELS[`${document.apiVersion}/${document.kind}`];
    expect(Model, `no schema known for ${document.apiVersion} ${document.kind}`).toBeDefined();
    expect(() => new Model(document).validate(), `${document.kind} ${document.metadata?.name}`).not.toThrow();
  }
}

const ofKind = (documents: Manifest[], kind: string) => documents.filter((document) => document.kind === kind);
const deploymentOf = (documents: Manifest[]) => ofKind(documents, 'Deployment')[0];
const containerOf = (documents: Manifest[]) => deploymentOf(documents).spec.template.spec.containers[0];

/**
 * The environment the container starts with, as the kubelet builds it: the
 * namespace from the downward API, the token from its Secret, `$(VAR)`
 * expanded from entries above it only (a reference to a later one stays as
 * written), and ADVISOR_RULES_DIR pointing at the rules ConfigMap's files,
 * written where this test can read them (the volume mount, in short).
 */
function podEnvironment(documents: Manifest[], { namespace, token }: { namespace: string; token: string }): Record<string, string> {
  const container = containerOf(documents);
  const env: Record<string, string> = {};
  for (const entry of container.env) {
    let value: string;
    if (entry.valueFrom?.fieldRef) {
      expect(entry.valueFrom.fieldRef.fieldPath).toBe('metadata.namespace');
      value = namespace;
    } else if (entry.valueFrom?.secretKeyRef) value = token;
    else value = String(entry.value).replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name: string) => env[name] ?? whole);
    env[entry.name] = value;
  }
  const mount = container.volumeMounts.find((entry: Manifest) => entry.mountPath === env.ADVISOR_RULES_DIR);
  const volume = deploymentOf(documents).spec.template.spec.volumes.find((entry: Manifest) => entry.name === mount.name);
  const configMap = ofKind(documents, 'ConfigMap').find((entry) => entry.metadata.name === volume.configMap.name);
  expect(configMap, 'the ConfigMap the rules volume mounts').toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), 'configmap-rules-'));
  for (const [name, content] of Object.entries(configMap?.data ?? {})) writeFileSync(join(dir, name), content as string);
  return { ...env, ADVISOR_RULES_DIR: dir };
}

/** One request to a local server, with the Host header a client inside the cluster sends. */
function ask(url: string, path: string, { host, token, body }: { host: string; token?: string; body?: string }): Promise<number> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const accept = path === '/metrics' ? 'text/plain' : 'application/json, text/event-stream';
    const headers: Record<string, string> = { host, accept, 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const call = request({ host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    call.on('error', reject);
    call.end(body);
  });
}

const TOKEN = 'cluster-token-0123456789abcdef';
const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'in-cluster', version: '1.0.0' } },
});

const base = kustomize(BASE);
const example = kustomize(EXAMPLE_OVERLAY);
const deployment = deploymentOf(base);
const pod = deployment.spec.template.spec;
const container = containerOf(base);

describe('deploy/kubernetes (kustomize base)', () => {
  it('builds with kubectl kustomize, alone, with its opt-ins and under the example overlay, each object passing its schema', () => {
    expect(base.map((document) => document.kind).sort()).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service']);
    validateAll(base);
    validateAll(baseWith('network-policy.yaml', 'service-monitor.yaml'));
    validateAll(example);
  });

  it('would catch an object that breaks the schema', () => {
    const broken = structuredClone(deployment);
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(() => new Deployment(broken).validate()).toThrow(/containerPort/);
  });

  it('leaves the replica count to the autoscaler, so `kubectl apply -k` never resets it', () => {
    expect(deployment.spec.replicas).toBeUndefined();
    const [hpa] = ofKind(base, 'HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(deploymentOf(example).spec.replicas).toBeUndefined();
  });

  it('runs the image\'s CMD, stateless, with a configuration the server accepts', () => {
    expect(container.command).toBeUndefined();
    expect(container.args).toBeUndefined();
    const env = podEnvironment(base, { namespace: 'default', token: TOKEN });
    expect(env.ADVISOR_MCP_SESSIONS).toBe('stateless');
    expect(env.HOST).toBe('0.0.0.0');
    expect(readConfig(env).PORT).toBe(container.ports[0].containerPort);
  });

  it('accepts in-cluster callers by the Service\'s names in whatever namespace it runs, and no other namespace\'s', async () => {
    for (const [documents, namespace] of [
      [base, 'default'],
      [overlay('namespace: team-a\n'), 'team-a'],
      [example, 'data-platform'],
    ] as const) {
      if (documents !== base) expect(deploymentOf(documents).metadata.namespace).toBe(namespace);
      const env = podEnvironment(documents, { namespace, token: TOKEN });
      const hosts = readConfig(env).ADVISOR_ALLOWED_HOSTS;
      expect(hosts, namespace).toEqual(
        expect.arrayContaining(['aws-data-advisor', `aws-data-advisor.${namespace}`, `aws-data-advisor.${namespace}.svc`, `aws-data-advisor.${namespace}.svc.cluster.local`]),
      );
      // Every $(VAR) was defined above its use, or Kubernetes would pass it on as written.
      expect(hosts.join(','), namespace).not.toContain('$(');
    }
    const raw = container.env.find((entry: Manifest) => entry.name === 'ADVISOR_ALLOWED_HOSTS').value;
    expect(raw).not.toMatch(/\.default\b/);
    expect(readConfig(podEnvironment(example, { namespace: 'data-platform', token: TOKEN })).ADVISOR_ALLOWED_HOSTS).toContain('advisor.example.com');

    // The server built from the pod's environment, asked as clients in the cluster ask it.
    const env = podEnvironment(overlay('namespace: team-a\n'), { namespace: 'team-a', token: TOKEN });
    const server = await startServer({ config: readConfig({ ...env, HOST: '127.0.0.1', PORT: '0', ADVISOR_LOG: 'silent' }), advisor: createAdvisor(), logger: memoryLogger().logger });
    try {
      expect(await ask(server.url, '/mcp', { host: 'aws-data-advisor.team-a.svc.cluster.local', token: TOKEN, body: INITIALIZE })).toBe(200);
      expect(await ask(server.url, '/mcp', { host: 'aws-data-advisor.team-a', token: TOKEN, body: INITIALIZE })).toBe(200);
      expect(await ask(server.url, '/mcp', { host: 'aws-data-advisor.default.svc', token: TOKEN, body: INITIALIZE })).toBe(403);
    } finally {
      await server.shutdown(1000);
    }
  });

  it('runs with a token, always: the Secret is required, so no pod serves /v1, /mcp or /metrics unguarded', async () => {
    const reference = container.env.find((entry: Manifest) => entry.name === 'ADVISOR_TOKEN').valueFrom.secretKeyRef;
    expect(reference).toMatchObject({ name: 'aws-data-advisor-token', key: 'token' });
    expect(reference.optional).not.toBe(true);
    const env = podEnvironment(base, { namespace: 'default', token: TOKEN });
    const server = await startServer({ config: readConfig({ ...env, HOST: '127.0.0.1', PORT: '0', ADVISOR_LOG: 'silent' }), advisor: createAdvisor(), logger: memoryLogger().logger });
    try {
      expect(await ask(server.url, '/v1/services', { host: 'aws-data-advisor' })).toBe(401);
      expect(await ask(server.url, '/v1/services', { host: 'aws-data-advisor', token: TOKEN })).toBe(200);
    } finally {
      await server.shutdown(1000);
    }
  });

  it('scrapes /metrics with that token: no prometheus.io annotations, and the opt-in ServiceMonitor sends the Secret to the Service\'s port', async () => {
    const annotations = Object.keys(deployment.spec.template.metadata.annotations ?? {});
    expect(annotations.filter((key) => key.startsWith('prometheus.io/'))).toEqual([]);
    const withMonitor = baseWith('service-monitor.yaml');
    const [monitor] = ofKind(withMonitor, 'ServiceMonitor');
    const [service] = ofKind(withMonitor, 'Service');
    expect(Object.entries(monitor.spec.selector.matchLabels).every(([key, value]) => service.metadata.labels[key] === value)).toBe(true);
    const [endpoint] = monitor.spec.endpoints;
    expect(service.spec.ports.map((port: Manifest) => port.name)).toContain(endpoint.port);
    expect(endpoint.path).toBe('/metrics');
    const secret = container.env.find((entry: Manifest) => entry.name === 'ADVISOR_TOKEN').valueFrom.secretKeyRef;
    expect(endpoint.authorization).toEqual({ type: 'Bearer', credentials: { name: secret.name, key: secret.key } });

    // What the scrape gets: the metrics with the Secret's token, 401 without it (what annotation scraping would get).
    const env = podEnvironment(base, { namespace: 'default', token: TOKEN });
    const server = await startServer({ config: readConfig({ ...env, HOST: '127.0.0.1', PORT: '0', ADVISOR_LOG: 'silent' }), advisor: createAdvisor(), logger: memoryLogger().logger });
    try {
      expect(await ask(server.url, '/metrics', { host: 'localhost', token: TOKEN })).toBe(200);
      expect(await ask(server.url, '/metrics', { host: 'localhost' })).toBe(401);
    } finally {
      await server.shutdown(1000);
    }
  });

  it('lets in-cluster callers through the opt-in NetworkPolicy: labelled client pods in any namespace, besides the ingress controller and Prometheus', () => {
    const [policy] = ofKind(baseWith('network-policy.yaml'), 'NetworkPolicy');
    expect(policy.spec.podSelector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    const [rule] = policy.spec.ingress;
    expect(rule.ports[0].port).toBe(container.ports[0].containerPort);
    expect(rule.from).toContainEqual({ namespaceSelector: {}, podSelector: { matchLabels: { 'aws-data-advisor/client': 'true' } } });
    const namespaces = rule.from.map((peer: Manifest) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']).filter(Boolean);
    expect(namespaces).toEqual(['ingress-nginx', 'monitoring']);
    expect(policy.spec.egress).toEqual([]);
  });

  it('ships no organisation rule switched on: the base loads the built-in rules only, and an overlay\'s files merge in and load', () => {
    const [rules] = ofKind(base, 'ConfigMap');
    expect(rules.data ?? {}).toEqual({});
    const builtIn = createAdvisor().ruleSet.rules.length;
    const baseDirs = readConfig(podEnvironment(base, { namespace: 'default', token: TOKEN })).ADVISOR_RULES_DIR;
    expect(createAdvisor({ dirs: baseDirs }).ruleSet.rules).toHaveLength(builtIn);

    const [merged] = ofKind(example, 'ConfigMap');
    expect(Object.keys(merged.data)).toEqual(['company-policy.json']);
    const dirs = readConfig(podEnvironment(example, { namespace: 'data-platform', token: TOKEN })).ADVISOR_RULES_DIR;
    const withCustom = createAdvisor({ dirs });
    expect(withCustom.ruleSet.rules.length).toBeGreaterThan(builtIn);
    expect(withCustom.recommend({ data: { sources: ['application-logs'] } }).warnings.map((warning) => warning.code)).toContain('acme:log-retention');
  });

  it('pins the image by digest in the overlay, as the base asks of one', () => {
    expect(container.image).toBe('aws-data-advisor:1.0.0');
    expect(readFileSync(join(BASE, 'kustomization.yaml'), 'utf8')).toMatch(/Pin it by digest in your overlay/);
    expect(containerOf(example).image).toMatch(/^registry\.example\.com\/platform\/aws-data-advisor@sha256:[0-9a-f]{64}$/);
  });

  it('keeps a pod ready through one stalled probe: readiness fails only after three misses, liveness likewise', () => {
    for (const probe of [container.readinessProbe, container.livenessProbe]) {
      expect(probe.failureThreshold).toBeGreaterThanOrEqual(3);
      expect(probe.timeoutSeconds).toBeGreaterThanOrEqual(2);
    }
    expect(container.readinessProbe.httpGet.path).toBe('/readyz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
  });

  it('pauses before SIGTERM with the kubelet\'s own sleep (no second process in the container), and drains before the grace period ends', () => {
    const { preStop } = container.lifecycle;
    expect(preStop.exec).toBeUndefined();
    expect(preStop.sleep.seconds).toBeGreaterThan(0);
    const drainMs = readConfig(podEnvironment(base, { namespace: 'default', token: TOKEN })).ADVISOR_SHUTDOWN_TIMEOUT_MS;
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(preStop.sleep.seconds * 1000 + drainMs);
  });

  it('limits resources and runs locked down: non-root, read-only root, no capabilities, RuntimeDefault seccomp', () => {
    for (const kind of ['requests', 'limits']) {
      expect(container.resources[kind].cpu, kind).toBeTruthy();
      expect(container.resources[kind].memory, kind).toBeTruthy();
    }
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    // The one writable place is /tmp.
    const writable = container.volumeMounts.filter((mount: Manifest) => !mount.readOnly).map((mount: Manifest) => mount.mountPath);
    expect(writable).toEqual(['/tmp']);
  });

  it('caps the V8 heap well under the memory limit, so the heap is collected before the container is killed', () => {
    const env = podEnvironment(base, { namespace: 'default', token: TOKEN });
    const cap = /--max-old-space-size=(\d+)/.exec(env.NODE_OPTIONS ?? '');
    expect(cap, 'NODE_OPTIONS sets --max-old-space-size').not.toBeNull();
    const limit = /^(\d+)Mi$/.exec(container.resources.limits.memory);
    expect(limit, 'the memory limit is given in Mi').not.toBeNull();
    // What is not old space (new space, code, the process itself) needs about 100 MiB beside it.
    expect(Number(cap![1])).toBeLessThanOrEqual(Number(limit![1]) - 96);
    expect(Number(cap![1])).toBeGreaterThanOrEqual(128);
  });

  it('points the Service, the autoscaler and the disruption budget at the Deployment\'s pods', () => {
    const labels = deployment.spec.template.metadata.labels;
    const selects = (selector: Record<string, string>) => Object.entries(selector).every(([key, value]) => labels[key] === value);
    const [service] = ofKind(base, 'Service');
    expect(selects(service.spec.selector)).toBe(true);
    expect(service.spec.ports[0].targetPort).toBe(container.ports[0].name);
    const [pdb] = ofKind(base, 'PodDisruptionBudget');
    expect(selects(pdb.spec.selector.matchLabels)).toBe(true);
  });
});
