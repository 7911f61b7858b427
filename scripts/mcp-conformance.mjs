// Runs the official MCP conformance suite (@modelcontextprotocol/conformance)
// against /mcp of a freshly started server: the general server scenarios.
// The suite needs Node 22, which `npx -p node@22` fetches from the npm registry.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';

const SCENARIOS = ['server-initialize', 'ping', 'tools-list', 'resources-list', 'prompts-list', 'logging-set-level', 'dns-rebinding-protection'];
const suite = new URL('../node_modules/@modelcontextprotocol/conformance/dist/index.js', import.meta.url).pathname;

const server = spawn(process.execPath, ['dist/cli.js', 'serve'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ADVISOR_LOG: 'silent' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let banner = '';
server.stdout.setEncoding('utf8');
const url = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    banner += chunk;
    const match = /listening on http:\/\/[^:]+:(\d+)/.exec(banner);
    if (match) resolve(`http://localhost:${match[1]}/mcp`);
  });
  server.once('exit', (code) => reject(new Error(`server exited ${code}: ${banner}`)));
});

let failed = 0;
for (const scenario of SCENARIOS) {
  const run = spawnSync('npx', ['-y', '-p', 'node@22', 'node', suite, 'server', '--url', url, '--scenario', scenario], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout}${run.stderr}`;
  const summary = /Passed: (\d+)\/(\d+), (\d+) failed/.exec(output);
  const ok = run.status === 0 && summary !== null && summary[3] === '0' && summary[1] === summary[2];
  console.log(`${ok ? 'PASS' : 'FAIL'} ${scenario}${summary ? ` (${summary[1]}/${summary[2]} checks)` : ''}`);
  if (!ok) {
    failed++;
    console.log(output);
  }
}
server.kill('SIGTERM');
await once(server, 'exit');
console.log(failed === 0 ? `conformance: all ${SCENARIOS.length} scenarios passed` : `conformance: ${failed} of ${SCENARIOS.length} scenarios failed`);
process.exit(failed === 0 ? 0 : 1);
