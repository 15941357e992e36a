import { isObject } from '../../model/detect.js';
import { escapeForSub, isGatewayVariable, SUB_PSEUDO_NAME, vtlNames } from './values.js';

/** A placeholder that can become a stack Parameter: a name or a dotted path (`lambda_uri`, `var.region`). */
const BINDABLE = /^[A-Za-z_][\w.:-]*$/;

/**
 * Turn every plain string of the Body that holds a placeholder (`${lambda_uri}`, a Terraform or
 * CloudFormation template variable) into an Fn::Sub, so the stack's Parameters supply it; what
 * API Gateway reads itself is escaped. Strings already inside intrinsics are left to
 * `bindFreeReferences`. Returns the placeholders that cannot become Parameters (`${jsonencode(x)}`).
 */
export function placeholdersToSub(body: Record<string, unknown>): string[] {
  const refused = new Set<string>();
  const rewrite = (text: string, inTemplate: boolean): unknown => {
    if (!text.includes('${')) return text;
    const vtl = inTemplate ? vtlNames(text) : undefined;
    let free = false;
    for (const m of text.matchAll(/\$\{(?!!)([^}]*)\}/g)) {
      const name = m[1]!.trim();
      if (isGatewayVariable(name, vtl)) continue;
      if (SUB_PSEUDO_NAME.test(name)) {
        free = true;
        continue;
      }
      if (!BINDABLE.test(name)) refused.add(m[0]);
      else free = true;
    }
    return free ? { 'Fn::Sub': escapeForSub(text, vtl) } : text;
  };
  const visit = (node: unknown, inTemplate: boolean, depth: number): unknown => {
    if (depth > 400) return node;
    if (typeof node === 'string') return rewrite(node, inTemplate);
    if (Array.isArray(node)) return node.map((x) => visit(x, inTemplate, depth + 1));
    if (!isObject(node)) return node;
    const keys = Object.keys(node);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'))) return node;
    for (const k of keys) {
      node[k] = visit(node[k], inTemplate || k === 'requestTemplates' || k === 'responseTemplates', depth + 1);
    }
    return node;
  };
  visit(body, false, 0);
  return [...refused].sort();
}
