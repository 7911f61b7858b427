import { Hono } from 'hono';
import type { Advisor } from '../../domain/advisor.js';
import type { LoadedRule } from '../../domain/rules/load.js';
import type { AppEnv } from '../env.js';
import { jsonContent, type Operations, problems, ref } from '../openapi-parts.js';
import { HttpProblem } from '../problem.js';

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
export function ruleRoutes(advisor: Advisor) {
  const { ruleSet } = advisor;
  return new Hono<AppEnv>()
    .get('/v1/rules', (c) =>
      c.json({ version: ruleSet.version, count: ruleSet.rules.length, conditions: ruleSet.conditions, rules: ruleSet.rules.map(describeRule) }),
    )
    .get('/v1/rules/:id', (c) => {
      const rule = ruleSet.byId.get(c.req.param('id'));
      if (!rule) throw new HttpProblem('not-found', `no rule "${c.req.param('id')}"; GET /v1/rules lists the ${ruleSet.rules.length} loaded rules`);
      return c.json(describeRule(rule));
    });
}

/** The OpenAPI operations of {@link ruleRoutes}. */
export const ruleOperations: Operations = {
  '/v1/rules': {
    get: {
      tags: ['rules'],
      operationId: 'listRules',
      summary: 'The loaded rule set',
      responses: { '200': { description: 'Every rule, built-in and organisation', content: jsonContent(ref('RuleList')) }, ...problems(401, 405) },
    },
  },
  '/v1/rules/{id}': {
    get: {
      tags: ['rules'],
      operationId: 'getRule',
      summary: 'One rule',
      parameters: [{ name: 'id', in: 'path', required: true, description: 'A rule id', schema: { type: 'string' } }],
      responses: { '200': { description: 'The rule', content: jsonContent(ref('Rule')) }, ...problems(401, 404, 405) },
    },
  },
};
