import { builtInRuleTexts, loadRules } from '../domain/rules/load.js';

/**
 * Validates the built-in rule files in full (zod schema, fields, services,
 * json-rules-engine) and returns the manifest the build writes: the text of
 * each file it validated, and the rule set's version. At start-up, files that
 * still match are not validated again. Throws the first RuleLoadError.
 */
export function validatedRulesManifest() {
  const ruleSet = loadRules({ trustBuiltIn: false });
  return { version: ruleSet.version, rules: ruleSet.rules.length, files: builtInRuleTexts() };
}
