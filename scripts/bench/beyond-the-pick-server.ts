// For `npm run bench` (figure h), bundled by esbuild when the bench runs: the
// advisor's server exactly as `serve` runs it, with BEYOND_THE_PICK=on adding
// each recommendation's cost and counterfactuals and the answer's cost estimate
// to every JSON answer, as the answer will carry them once they are wired in;
// BEYOND_THE_PICK=off is the same bundle answering as today. One A/B measures
// what the two additions cost end to end.
import { runServer } from '../../src/commands/serve.js';
import { readConfig } from '../../src/config.js';
import { type Advisor, createAdvisor } from '../../src/domain/advisor.js';
import { whatWouldChange } from '../../src/domain/counterfactuals/what-would-change.js';
import { estimateCost } from '../../src/domain/cost/estimate-cost.js';

const advisor = createAdvisor();
const withBoth: Advisor = {
  ...advisor,
  recommendValidated(workload) {
    const answer = advisor.recommendValidated(workload);
    const { costs, costEstimate } = estimateCost(answer, workload);
    const changes = whatWouldChange(advisor, workload, answer);
    // Built as the answer's own items are built (one literal each), not by spreading them.
    const recommendations = answer.recommendations.map((item, index) => ({
      service: item.service,
      name: item.name,
      role: item.role,
      confidence: item.confidence,
      rationale: item.rationale,
      rules: item.rules,
      cards: item.cards,
      configuration: item.configuration,
      alternatives: item.alternatives,
      premises: item.premises,
      cost: costs[index],
      whatWouldChange: changes[index],
    }));
    return {
      workload: answer.workload,
      rulesVersion: answer.rulesVersion,
      recommendations,
      pipeline: answer.pipeline,
      flows: answer.flows,
      warnings: answer.warnings,
      rejected: answer.rejected,
      missing: answer.missing,
      inferred: answer.inferred,
      costEstimate,
    };
  },
};
await runServer(readConfig(process.env), process.env.BEYOND_THE_PICK === 'on' ? withBoth : advisor);
