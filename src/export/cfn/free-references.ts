import { UserError } from '../../errors.js';
import { setOwn } from '../../document/own.js';
import { isObject } from '../../model/detect.js';
import { MAX_BUNDLE_DEPTH } from './body.js';
import { escapeForSub, logicalName } from './values.js';

const CFN_PSEUDO = /^AWS::(AccountId|NotificationARNs|NoValue|Partition|Region|StackId|StackName|URLSuffix)$/;
const SUB_PSEUDO = /\$\{AWS::(?:Region|AccountId|Partition|URLSuffix)\}/;

/**
 * A definition written for a bigger template names that template's resources (`${PetTable}`,
 * `Fn::GetAtt: [ApiRole, Arn]`) and placeholders of other tools (`${lambda_arn}`). In a stack of
 * its own those are free: each becomes a Parameter, so the template validates and deploys.
 * Plain strings that use `${AWS::Region}`-style variables become Fn::Sub, since CloudFormation
 * only substitutes inside Fn::Sub.
 */
export function bindFreeReferences(template: Record<string, unknown>): string[] {
  const resources = isObject(template.Resources) ? template.Resources : {};
  const parameters: Record<string, unknown> = isObject(template.Parameters) ? { ...template.Parameters } : {};
  const added: string[] = [];
  const known = (name: string) => Object.hasOwn(resources, name) || Object.hasOwn(parameters, name) || CFN_PSEUDO.test(name);
  const bind = (name: string): string => {
    const param = logicalName(name, 'Value');
    if (!Object.hasOwn(parameters, param)) {
      parameters[param] = { Type: 'String', Description: `${name}, which the definition takes from the stack it was written for` };
      added.push(param);
    }
    return param;
  };
  const subText = (text: string, locals: Set<string>): string =>
    text.replace(/\$\{(?!!)([^}]+)\}/g, (all, inner: string) => {
      const name = inner.trim();
      if (locals.has(name) || CFN_PSEUDO.test(name)) return all;
      const [head, ...attr] = name.split('.');
      if (known(head!) && (attr.length === 0 || Object.hasOwn(resources, head!))) return all;
      return `\${${bind(attr.length ? `${head}${attr.join('')}` : name)}}`;
    });
  const visit = (node: unknown, depth: number): unknown => {
    // The Body sits four levels down in the template (Resources, the API, Properties, Body).
    if (depth > MAX_BUNDLE_DEPTH + 4) return node;
    if (Array.isArray(node)) return node.map((x) => visit(x, depth + 1));
    if (typeof node === 'string') return SUB_PSEUDO.test(node) && depth > 2 ? { 'Fn::Sub': escapeForSub(node) } : node;
    if (!isObject(node)) return node;
    const keys = Object.keys(node);
    if (keys.length === 1) {
      const [k] = keys as [string];
      const v = node[k];
      if (k === 'Ref' && typeof v === 'string') return known(v) ? node : { Ref: bind(v) };
      if (k === 'Fn::GetAtt') {
        // "Resource.Attribute" or [Resource, Attribute] (intrinsic-function-reference-getatt.html).
        if (!(typeof v === 'string' || (Array.isArray(v) && typeof v[0] === 'string'))) {
          throw new UserError(`Fn::GetAtt takes "Resource.Attribute" or [Resource, Attribute], not ${JSON.stringify(v)?.slice(0, 80) ?? String(v)}`);
        }
        const [res, ...attr] = Array.isArray(v) ? v.filter((x) => typeof x === 'string') : v.split('.');
        return res !== undefined && !Object.hasOwn(resources, res) ? { Ref: bind(`${res}${attr.join('')}`) } : node;
      }
      if (k === 'Fn::Sub') {
        if (typeof v === 'string') return { 'Fn::Sub': subText(v, new Set()) };
        if (Array.isArray(v) && typeof v[0] === 'string') {
          const locals = new Set(isObject(v[1]) ? Object.keys(v[1]) : []);
          return { 'Fn::Sub': [subText(v[0], locals), visit(v[1], depth + 1)] };
        }
      }
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) setOwn(out, k, visit(v, depth + 1));
    return out;
  };
  template.Resources = visit(resources, 0);
  if (isObject(template.Outputs)) template.Outputs = visit(template.Outputs, 0);
  if (added.length) {
    const sorted = Object.fromEntries(Object.entries(parameters).sort(([a], [b]) => (a < b ? -1 : 1)));
    const ordered: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(template)) {
      if (k === 'Parameters') continue;
      if (k === 'Resources') ordered.Parameters = sorted;
      ordered[k] = v;
    }
    for (const k of Object.keys(template)) delete template[k];
    Object.assign(template, ordered);
  }
  return added;
}
