// For `npm run bench` (figure a), bundled by esbuild when the bench runs: the
// advisor's server exactly as `serve` runs it (same config, middleware, request
// log and metrics), except that each scenario's answer is worked out once and
// then reused. Its throughput is the most any speed-up of the answer can reach.
import { runServer } from '../../src/commands/serve.js';
import { readConfig } from '../../src/config.js';
import { type Advisor, createAdvisor } from '../../src/domain/advisor.js';
import type { Recommendation } from '../../src/domain/answer/schema.js';

const advisor = createAdvisor();
const answers = new Map<string, Recommendation>();
// The bench names each workload `${scenario}-${n}`: one answer per scenario.
const precomputed: Advisor = {
  ...advisor,
  recommendValidated(workload) {
    const scenario = (workload.name ?? '').replace(/-\d+$/, '');
    let answer = answers.get(scenario);
    if (!answer) {
      answer = advisor.recommendValidated(workload);
      answers.set(scenario, answer);
    }
    return answer;
  },
};
await runServer(readConfig(process.env), precomputed);
