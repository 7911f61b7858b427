import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { readConfig } from '../../src/config.js';
import { createAdvisor } from '../../src/domain/advisor.js';

const BASE = fileURLToPath(new URL('../../deploy/kubernetes', import.meta.url));

/** `kubectl kustomize <dir>`, as its documents; fails with what to install when kubectl is missing. */
function kustomize(dir: string): Array<Record<string, any>> {
  const run = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 60_000 });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error('kubectl is not installed: these manifests are checked with `kubectl kustomize` (apt-get install -y kubernetes-client, or your distribution\'s kubectl); .ci/run installs it when missing');
  }
  if (run.status !== 0) throw new Error(`kubectl kustomize ${dir} failed (${run.status}):\n${run.stderr}${run.stdout}`);
  return parseAllDocuments(run.stdout).map((document) => document.toJSON() as Record<string, any>);
}

/** The offline schema check: each kind against the Kubernetes API's own JSON schema (kubernetes-models). */
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};

function validateAll(documents: Array<Record<string, any>>) {
  for (const document of documents) {
    const Model = MODELS[`${document.apiVersion}/${document.kind}`];
    expect(Model, `no schema known for ${document.apiVersion} ${document.kind}`).toBeDefined();
    expect(() => new Model(document).validate(), `${document.kind} ${document.metadata?.name}`).not.toThrow();
  }
}

const documents = kustomize(BASE);
const byKind = (kind: string) => documents.filter((document) => document.kind === kind);
const deployment = byKind('Deployment')[0];
const pod = deployment?.spec.template.spec;
const container = pod?.containers[0];
const env = Object.fromEntries((container?.env ?? []).filter((entry: any) => 'value' in entry).map((entry: any) => [entry.name, entry.value]));

describe('deploy/kubernetes (kustomize base)', () => {
  it('builds with kubectl kustomize, and each object passes the Kubernetes schema', () => {
    expect(documents.map((document) => document.kind).sort()).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service']);
    validateAll(documents);
  });

  it('would catch an object that breaks the schema', () => {
    const broken = structuredClone(deployment);
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(() => new Deployment(broken).validate()).toThrow(/containerPort/);
  });

  it('runs the image\'s CMD, stateless, with a configuration the server accepts', () => {
    expect(container.command).toBeUndefined();
    expect(container.args).toBeUndefined();
    expect(env.ADVISOR_MCP_SESSIONS).toBe('stateless');
    expect(env.HOST).toBe('0.0.0.0');
    const config = readConfig(env);
    expect(config.PORT).toBe(container.ports[0].containerPort);
  });

  it('probes readiness on /readyz and liveness on /healthz, and drains before the grace period ends', () => {
    expect(container.readinessProbe.httpGet.path).toBe('/readyz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
    const preStop = container.lifecycle.preStop.exec.command as string[];
    const pauseMs = Number(/setTimeout\(\(\) => \{\}, (\d+)\)/.exec(preStop.join(' '))?.[1]);
    expect(pauseMs).toBeGreaterThan(0);
    const drainMs = readConfig(env).ADVISOR_SHUTDOWN_TIMEOUT_MS;
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(pauseMs + drainMs);
  });

  it('limits resources and runs locked down: non-root, read-only root, no capabilities, RuntimeDefault seccomp', () => {
    for (const kind of ['requests', 'limits']) {
      expect(container.resources[kind].cpu, kind).toBeTruthy();
      expect(container.resources[kind].memory, kind).toBeTruthy();
    }
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    // The one writable place is /tmp.
    const writable = container.volumeMounts.filter((mount: any) => !mount.readOnly).map((mount: any) => mount.mountPath);
    expect(writable).toEqual(['/tmp']);
  });

  it('mounts the rules ConfigMap where ADVISOR_RULES_DIR points, and the advisor loads its rules', () => {
    const mount = container.volumeMounts.find((entry: any) => entry.mountPath === env.ADVISOR_RULES_DIR);
    expect(mount).toBeDefined();
    const volume = pod.volumes.find((entry: any) => entry.name === mount.name);
    const configMap = byKind('ConfigMap').find((entry) => entry.metadata.name === volume.configMap.name);
    expect(configMap).toBeDefined();
    // The files as the pod sees them, loaded the way the server loads ADVISOR_RULES_DIR.
    const dir = mkdtempSync(join(tmpdir(), 'configmap-rules-'));
    for (const [name, content] of Object.entries(configMap?.data ?? {})) writeFileSync(join(dir, name), content as string);
    const builtIn = createAdvisor().ruleSet.rules.length;
    const withCustom = createAdvisor({ dirs: [dir] });
    expect(withCustom.ruleSet.rules.length).toBeGreaterThan(builtIn);
    expect(withCustom.recommend({ data: { sources: ['application-logs'] } }).warnings.map((warning) => warning.code)).toContain('acme:log-retention');
  });

  it('points the Service, the autoscaler and the disruption budget at the Deployment\'s pods', () => {
    const labels = deployment.spec.template.metadata.labels;
    const selects = (selector: Record<string, string>) => Object.entries(selector).every(([key, value]) => labels[key] === value);
    const [service] = byKind('Service');
    expect(selects(service.spec.selector)).toBe(true);
    expect(service.spec.ports[0].targetPort).toBe(container.ports[0].name);
    const [pdb] = byKind('PodDisruptionBudget');
    expect(selects(pdb.spec.selector.matchLabels)).toBe(true);
    const [hpa] = byKind('HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it('adds a valid NetworkPolicy for the same pods when its line in kustomization.yaml is uncommented', () => {
    const copy = mkdtempSync(join(tmpdir(), 'advisor-kustomize-'));
    cpSync(BASE, copy, { recursive: true });
    const kustomization = readFileSync(join(copy, 'kustomization.yaml'), 'utf8');
    expect(kustomization).toContain('\n  # - network-policy.yaml\n');
    writeFileSync(join(copy, 'kustomization.yaml'), kustomization.replace('\n  # - network-policy.yaml\n', '\n  - network-policy.yaml\n'));
    const withPolicy = kustomize(copy);
    validateAll(withPolicy);
    const [policy] = withPolicy.filter((document) => document.kind === 'NetworkPolicy');
    expect(policy).toBeDefined();
    expect(policy.spec.podSelector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    expect(policy.spec.ingress[0].ports[0].port).toBe(container.ports[0].containerPort);
  });
});
