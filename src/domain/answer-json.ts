import { type AnswerOutline, answerName, type FilledItem, fillItem, fillParts } from './answer/outline.js';
import type { CompiledTemplate } from './answer/template.js';
import type { Missing, RecommendationWarning } from './answer/schema.js';
import type { Workload } from './workload/schema.js';

/**
 * An outline's answer as JSON text with holes: everything the outline alone
 * decides is serialized once, the workload's values go in between.
 */
interface OutlineJson {
  /** Per outline item: `{"service":…,"confidence":…,"rationale":`. */
  heads: string[];
  /** Per outline item: `,"rules":[…],"cards":[…],"configuration":`. */
  middles: string[];
  /** Per outline item, per alternative: `{"service":…,"whyNot":`. */
  alternatives: string[][];
  /** `,"pipeline":[…],"warnings":`. */
  pipeline: string;
  /** Per rejected service: `{"service":…,"reason":`, and `,"rules":[…]}` after the reason. */
  rejectedHeads: string[];
  rejectedTails: string[];
  /** The JSON of every sentence the outline's rules fix in advance, by sentence. */
  known: Map<string, string>;
  /** Per outline item: the whole item's JSON when it reads nothing of the workload. */
  fixed: Array<string | undefined>;
}

const serialized = new WeakMap<AnswerOutline, OutlineJson>();

function outlineJson(outline: AnswerOutline): OutlineJson {
  let json = serialized.get(outline);
  if (json) return json;
  const text = JSON.stringify;
  const known = new Map<string, string>();
  const learn = (sentence: string) => known.set(sentence, text(sentence));
  const learnTemplate = (template: CompiledTemplate) => template.constant !== undefined && learn(template.constant);
  for (const item of outline.items) {
    item.rationale.forEach(learnTemplate);
    for (const alternative of item.alternatives) learnTemplate(alternative.whyNot);
  }
  for (const warning of outline.warnings) learnTemplate(warning.message);
  for (const { note } of outline.lifecycle) learn(note);
  for (const item of outline.rejected) learnTemplate(item.reason);
  for (const ask of outline.asks) learn(ask.why);
  json = {
    heads: outline.items.map(
      (item) =>
        `{"service":${text(item.service)},"name":${text(item.name)},"role":${text(item.role)},"confidence":${text(item.confidence)},"rationale":`,
    ),
    middles: outline.items.map((item) => `,"rules":${text(item.rules)},"cards":${text(item.cards)},"configuration":`),
    alternatives: outline.items.map((item) => item.alternatives.map((alternative) => `{"service":${text(alternative.service)},"whyNot":`)),
    pipeline: `,"pipeline":${text(outline.stages.map((stage) => ({ stage: stage.stage, services: stage.services })))},"warnings":`,
    rejectedHeads: outline.rejected.map((item) => `{"service":${text(item.service)},"reason":`),
    rejectedTails: outline.rejected.map((item) => `,"rules":${text(item.rules)}}`),
    known,
    fixed: [],
  };
  const noWorkload = {};
  const noWarnings = () => {};
  for (const [index, item] of outline.items.entries()) {
    json.fixed.push(item.fixed ? itemJson(json, index, fillItem(item, noWorkload, outline.recommended, noWarnings)) : undefined);
  }
  serialized.set(outline, json);
  return json;
}

/** Characters `JSON.stringify` escapes in a string (and surrogates, which it escapes when unpaired). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * `JSON.stringify(value)` for a string: looked up when the rules fixed it in
 * advance, quoted as it is when nothing in it needs escaping.
 */
function quote(value: string, known: ReadonlyMap<string, string>): string {
  return known.get(value) ?? (NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`);
}

function quoteAll(values: readonly string[], known: ReadonlyMap<string, string>): string {
  let out = '[';
  for (let i = 0; i < values.length; i++) out += (i > 0 ? ',' : '') + quote(values[i], known);
  return `${out}]`;
}

function warningsJson(warnings: readonly RecommendationWarning[], known: ReadonlyMap<string, string>): string {
  let out = '[';
  for (let i = 0; i < warnings.length; i++) {
    const { code, message, rules } = warnings[i];
    out += `${i > 0 ? ',' : ''}{"code":${quote(code, known)},"message":${quote(message, known)},"rules":${quoteAll(rules, known)}}`;
  }
  return `${out}]`;
}

function missingJson(missing: readonly Missing[], known: ReadonlyMap<string, string>): string {
  let out = '[';
  for (let i = 0; i < missing.length; i++) {
    out += `${i > 0 ? ',' : ''}{"field":${quote(missing[i].field, known)},"why":${quote(missing[i].why, known)}}`;
  }
  return `${out}]`;
}

/** One recommended service's JSON, from the outline's fragments and its filled parts. */
function itemJson(json: OutlineJson, index: number, filled: FilledItem): string {
  const { known } = json;
  // Sizing's values are numbers, booleans and short words: JSON.stringify is quick on them.
  let out = `${json.heads[index]}${quoteAll(filled.rationale, known)}${json.middles[index]}${JSON.stringify(filled.configuration)},"alternatives":[`;
  const alternatives = json.alternatives[index];
  for (let n = 0; n < alternatives.length; n++) out += `${n > 0 ? ',' : ''}${alternatives[n]}${quote(filled.whyNot[n], known)}}`;
  return `${out}]}`;
}

/**
 * `JSON.stringify(fillOutline(outline, workload, rulesVersion))`, character
 * for character, without building the answer's objects first: the outline's
 * own parts, every sentence its rules fix in advance and every service that
 * reads nothing of the workload are serialized once per outline; per answer
 * only what the workload's values decide is. In the
 * server, serializing the whole answer cost more than evaluating the rules
 * and assembling the answer together.
 *
 * @example
 * fillOutlineJson(outlines(firedPlans), workload, ruleSet.version); // '{"workload":"…","rulesVersion":…}'
 */
export function fillOutlineJson(outline: AnswerOutline, workload: Workload, rulesVersion: string): string {
  const json = outlineJson(outline);
  const { known } = json;
  const parts = fillParts(outline, workload, true);
  // Pieces joined once: appending to one string builds a deep rope that
  // Node flattens again, slowly, to measure and send it.
  const out: string[] = ['{"workload":', quote(answerName(workload), known), ',"rulesVersion":', quote(rulesVersion, known), ',"recommendations":['];
  const { order } = outline;
  for (let position = 0; position < order.length; position++) {
    const index = order[position];
    if (position > 0) out.push(',');
    out.push(json.fixed[index] ?? itemJson(json, index, parts.items[index] as FilledItem));
  }
  out.push(']', json.pipeline, warningsJson(parts.warnings, known), ',"rejected":[');
  for (let n = 0; n < json.rejectedHeads.length; n++) {
    if (n > 0) out.push(',');
    out.push(json.rejectedHeads[n], quote(parts.reasons[n], known), json.rejectedTails[n]);
  }
  out.push('],"missing":', missingJson(parts.missing, known), '}');
  return out.join('');
}
