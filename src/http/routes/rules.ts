import type { Advisor } from '../../domain/advisor.js';
import type { LoadedRule } from '../../domain/rules/load.js';
import { jsonAnswer, operation } from '../operation.js';
import { HttpProblem } from '../problem.js';
import { respondJson } from '../respond.js';

/** A rule as the API shows it: metadata first, then the json-rules-engine parts. */
export function describeRule(rule: LoadedRule) {
  return {
    id: rule.id,
    description: rule.description,
    cards: rule.cards,
    source: rule.source,
    topic: rule.topic,
    priority: rule.priority,
    conditions: rule.conditions,
    event: rule.event,
  };
}

/** `GET /v1/rules` and `GET /v1/rules/{id}`: the loaded rule set, read-only. */
export function ruleOperations(advisor: Advisor) {
  const { ruleSet } = advisor;
  return [
    operation({
      method: 'get',
      path: '/v1/rules',
      doc: { tags: ['rules'], operationId: 'listRules', summary: 'The loaded rule set' },
      answers: jsonAnswer('RuleList', 'Every rule, built-in and organisation'),
      problems: [401, 405],
      handler: (c) => respondJson(c, { version: ruleSet.version, count: ruleSet.rules.length, conditions: ruleSet.conditions, rules: ruleSet.rules.map(describeRule) }),
    }),
    operation({
      method: 'get',
      path: '/v1/rules/{id}',
      doc: {
        tags: ['rules'],
        operationId: 'getRule',
        summary: 'One rule',
        parameters: [{ name: 'id', in: 'path', required: true, description: 'A rule id', schema: { type: 'string' } }],
      },
      answers: jsonAnswer('Rule', 'The rule'),
      problems: [401, 404, 405],
      handler: (c) => {
        const rule = ruleSet.byId.get(c.req.param('id') as string);
        if (!rule) throw new HttpProblem('not-found', `no rule "${c.req.param('id')}"; GET /v1/rules lists the ${ruleSet.rules.length} loaded rules`);
        return respondJson(c, describeRule(rule));
      },
    }),
  ] as const;
}
