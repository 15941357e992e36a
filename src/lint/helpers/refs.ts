import type { ApiModel } from '../../model/model.js';
import { type Deref, isRefObject, type Loc } from '../../document/refs.js';
import { parsePointer } from '../../document/pointer.js';
import type { Severity } from '../../report/diagnostic.js';
import { type AppliesTo, defineRule, type Rule, type RuleMeta } from '../rule.js';

/** `https://apigateway.amazonaws.com/restapis/{restapi_id}/models/{model_name}` (API_GetModel.html, `flatten`). */
const API_GATEWAY_MODEL_URL = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/[^/]+\/models\/[^/#]+$/;
const SCHEMA_KEYS = new Set(['schema', 'schemas', 'definitions', 'properties', 'items', 'allOf', 'anyOf', 'oneOf', 'not', 'additionalProperties', 'patternProperties']);

export type RefRuleId = 'ref/unresolved' | 'ref/remote' | 'ref/cycle' | 'doc/parse-error' | 'model/unresolved-ref' | 'http/integration-ref-unresolved';

export interface RefFinding {
  ruleId: RefRuleId;
  problem: NonNullable<Deref['problem']>;
}

/**
 * The one rule that owns a `$ref` that cannot be followed: a model reference is an import
 * warning, an HTTP API integration reference its own error, anything else an error.
 */
export function refFinding(model: ApiModel, value: unknown, loc: Loc): RefFinding | undefined {
  if (!isRefObject(value)) return undefined;
  // The rules that share this run one after another on the same node of the same walk (a
  // container's location object is its own), so the last answer is the one asked for again.
  let last = model.cache.get('refs') as { value: unknown; loc: Loc; finding: RefFinding | undefined } | undefined;
  if (last && last.value === value && last.loc === loc) return last.finding;
  const d = model.set.deref(value, loc);
  let finding: RefFinding | undefined;
  const p = d.problem;
  const tokens = p ? parsePointer(loc.pointer) : [];
  const isSchema = p !== undefined && (tokens.some((t) => SCHEMA_KEYS.has(t)) || /\/(definitions|schemas)\//.test(p.ref));
  // Report a chain's broken link once, where it is written. A model may name another model of
  // the API by its URL, the one remote form API Gateway reads (GetModel's "external model references").
  if (p && p.at.source === loc.source && p.at.pointer === loc.pointer && !(p.kind === 'remote' && isSchema && API_GATEWAY_MODEL_URL.test(p.ref))) {
    let ruleId: RefRuleId;
    if (p.kind === 'remote') ruleId = 'ref/remote';
    else if (p.kind === 'cycle') ruleId = 'ref/cycle';
    else if (p.kind === 'unparseable') ruleId = 'doc/parse-error';
    else if (tokens[tokens.length - 1] === 'x-amazon-apigateway-integration' && model.apiType === 'http') ruleId = 'http/integration-ref-unresolved';
    else if (isSchema && p.kind === 'missing') ruleId = 'model/unresolved-ref';
    else ruleId = 'ref/unresolved';
    finding = { ruleId, problem: p };
  }
  if (!last) model.cache.set('refs', { value, loc, finding });
  else {
    last.value = value;
    last.loc = loc;
    last.finding = finding;
  }
  return finding;
}

/** The rules that report `$ref` problems differ only in which findings they own. */
export function defineRefRule(
  id: RefRuleId,
  meta: { description: string; appliesTo: AppliesTo; defaultSeverity: Severity; docsUrl: string; forms?: RuleMeta['forms'] },
  message: string,
): Rule<'problem'> {
  return defineRule({
    id,
    meta: { ...meta, category: 'refs' },
    messages: { problem: message },
    create(ctx) {
      return {
        Container(value, loc) {
          const f = refFinding(ctx.model, value, loc);
          if (f?.ruleId === id) ctx.report({ messageId: 'problem', data: { detail: f.problem.message }, node: loc, at: ['$ref'] });
        },
      };
    },
  });
}
