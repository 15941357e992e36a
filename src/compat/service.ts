import { SUBTYPE_BY_ACTION, SUBTYPES } from '../aws/subtypes.js';
import { isObject } from '../model/detect.js';
import type { IntegrationNode } from '../model/model.js';
import { joinPointer } from '../document/pointer.js';
import { classifyUri, valueText } from './uri.js';

/**
 * How a REST AWS service integration becomes an HTTP API integration subtype (http-compat.md §3):
 * the subtype, and its parameters read from the request template. A template whose effect
 * HTTP API parameter mapping cannot express is a problem, named with its pointer.
 */
export interface ServicePlan {
  service?: string;
  action?: string;
  subtype?: string;
  /** HTTP API `requestParameters` of the subtype, values as written (placeholders and intrinsics kept). */
  parameters: Record<string, unknown>;
  /** Required parameters that nothing in the REST integration gives. */
  missing: string[];
  problems: Array<{ pointer: string; reason: string }>;
}

/** `{service, action}` of an AWS service integration; SQS path style reads `Action=` from the template. */
export function serviceAction(integ: IntegrationNode): { service: string; action?: string } | undefined {
  const uri = classifyUri(integ.value.uri);
  if (uri.kind !== 'service') return undefined;
  const service = uri.service!;
  if (uri.style === 'action') return { service, action: uri.rest!.split(/[/?&]/)[0] };
  const actionInPath = /[?&]Action=(\w+)/.exec(uri.rest!)?.[1];
  if (actionInPath) return { service, action: actionInPath };
  for (const t of templateTexts(integ)) {
    const a = /Action=(\w+)/.exec(t.text)?.[1];
    if (a) return { service, action: a };
  }
  const params = isObject(integ.value.requestParameters) ? integ.value.requestParameters : {};
  const fromParam = typeof params['integration.request.querystring.Action'] === 'string' ? (params['integration.request.querystring.Action'] as string).replace(/^'|'$/g, '') : undefined;
  return { service, action: fromParam };
}

function templateTexts(integ: IntegrationNode): Array<{ contentType: string; text: string; pointer: string }> {
  const templates = isObject(integ.value.requestTemplates) ? integ.value.requestTemplates : {};
  return Object.entries(templates).flatMap(([contentType, t]) => {
    const text = valueText(t);
    return text === undefined ? [] : [{ contentType, text, pointer: joinPointer(integ.loc.pointer, 'requestTemplates', contentType) }];
  });
}

type Parsed = { kind: 'string'; raw: string } | { kind: 'object'; fields: Array<[string, Parsed]> } | { kind: 'array'; items: Parsed[] } | { kind: 'raw'; raw: string };

/** JSON in which values may be bare VTL references (`$input.json('$')`); undefined when it is not that. */
function parseJsonish(text: string): Parsed | undefined {
  let i = 0;
  const ws = () => { while (i < text.length && /\s/.test(text[i]!)) i++; };
  const str = (): string | undefined => {
    if (text[i] !== '"') return undefined;
    let out = '';
    for (i++; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\\') { out += c + (text[i + 1] ?? ''); i++; continue; }
      if (c === '"') { i++; return out; }
      out += c;
    }
    return undefined;
  };
  const value = (depth: number): Parsed | undefined => {
    if (depth > 20) return undefined;
    ws();
    const c = text[i];
    if (c === '"') {
      const raw = str();
      return raw === undefined ? undefined : { kind: 'string', raw };
    }
    if (c === '{') {
      i++;
      const fields: Array<[string, Parsed]> = [];
      for (;;) {
        ws();
        if (text[i] === '}') { i++; return { kind: 'object', fields }; }
        const key = str();
        ws();
        if (key === undefined || text[i] !== ':') return undefined;
        i++;
        const v = value(depth + 1);
        if (!v) return undefined;
        fields.push([key, v]);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') return undefined;
      }
    }
    if (c === '[') {
      i++;
      const items: Parsed[] = [];
      for (;;) {
        ws();
        if (text[i] === ']') { i++; return { kind: 'array', items }; }
        const v = value(depth + 1);
        if (!v) return undefined;
        items.push(v);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') return undefined;
      }
    }
    // A bare token: a VTL reference or a JSON number/literal, up to the next top-level separator.
    const start = i;
    let parens = 0;
    for (; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '(') parens++;
      else if (ch === ')') parens--;
      else if (ch === "'" ) { const end = text.indexOf("'", i + 1); if (end < 0) return undefined; i = end; }
      else if (parens === 0 && (ch === ',' || ch === '}' || ch === ']')) break;
    }
    const raw = text.slice(start, i).trim();
    return raw ? { kind: 'raw', raw } : undefined;
  };
  const v = value(0);
  ws();
  return v && i === text.length ? v : undefined;
}

const BODY = [/^\$input\.body$/, /^\$input\.json\(\s*'\$'\s*\)$/, /^\$util\.escapeJavaScript\(\s*\$input\.json\(\s*'\$'\s*\)\s*\)$/, /^\$util\.escapeJavaScript\(\s*\$input\.body\s*\)$/, /^\$util\.urlEncode\(\s*\$input\.body\s*\)$/];

/** A REST template expression as an HTTP API mapping value, or undefined. */
function mappingValue(expr: string, integ: IntegrationNode, aliases?: ReadonlyMap<string, string>): string | undefined {
  const e = expr.trim().replace(/^\$!?\{(.*)\}$/s, '$$$1');
  const alias = /^\$!?(\w+)$/.exec(e)?.[1];
  if (alias !== undefined && aliases?.has(alias)) return aliases.get(alias);
  if (BODY.some((re) => re.test(e))) return '$request.body';
  let m = /^\$context\.([\w.]+)$/.exec(e);
  if (m) return `$context.${m[1]}`;
  m = /^\$stageVariables\.(\w+)$/.exec(e);
  if (m) return `$stageVariables.${m[1]}`;
  m = /^\$input\.path\(\s*'\$\.([A-Za-z_]\w*)'\s*\)$/.exec(e);
  if (m) return `$request.body.${m[1]}`;
  m = /^\$input\.params\(\s*'([^']+)'\s*\)$/.exec(e) ?? /^\$input\.params\(\)\.path\.get\(\s*'([^']+)'\s*\)$/.exec(e);
  if (m) {
    const name = m[1]!;
    const op = integ.operation;
    if (op.path.includes(`{${name}}`) || op.path.includes(`{${name}+}`)) return `$request.path.${name}`;
    const declared = op.parameters.find((p) => isObject(p.value) && p.value.name === name);
    const where = declared && isObject(declared.value) ? declared.value.in : undefined;
    if (where === 'query') return `$request.querystring.${name}`;
    if (where === 'header') return `$request.header.${name}`;
  }
  return undefined;
}

/** A template string value: literal text (placeholders kept), or one whole VTL expression. */
function stringValue(raw: string, integ: IntegrationNode, aliases: ReadonlyMap<string, string>): string | undefined {
  if (!/\$(?!\{)/.test(raw.replace(/\$\{[^}]*\}/g, ''))) return raw.replace(/\\(["\\/])/g, '$1');
  return mappingValue(raw, integ, aliases);
}

/**
 * `#set($data = $util.escapeJavaScript($input.json('$')))` that only names an expression
 * parameter mapping can express: removed from the text, the name remembered.
 */
function takeAliases(text: string, integ: IntegrationNode, aliases: Map<string, string>): string {
  let out = text;
  for (;;) {
    const m = /#set\s*\(\s*\$(\w+)\s*=\s*/.exec(out);
    if (!m) return out;
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < out.length && depth > 0; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')') depth--;
      else if (out[i] === "'") i = Math.max(i, out.indexOf("'", i + 1));
    }
    const value = depth === 0 ? mappingValue(out.slice(start, i - 1), integ, aliases) : undefined;
    if (value === undefined) return out;
    aliases.set(m[1]!, value);
    out = out.slice(0, m.index) + out.slice(i);
  }
}

export function planServiceIntegration(integ: IntegrationNode): ServicePlan {
  const sa = serviceAction(integ);
  const subtype = sa?.action ? SUBTYPE_BY_ACTION[`${sa.service}:${sa.action}`] : undefined;
  const plan: ServicePlan = { service: sa?.service, action: sa?.action, subtype, parameters: {}, missing: [], problems: [] };
  if (!subtype) return plan;
  // `Region` is the subtype's own parameter, not a field a REST template sends to the service.
  const names = [...SUBTYPES[subtype]!.required, ...SUBTYPES[subtype]!.optional.filter((n) => n !== 'Region')];
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const set = (field: string, value: string | undefined, pointer: string, what: string) => {
    const name = byLower.get(field.toLowerCase());
    if (field.toLowerCase() === 'action') return;
    if (!name) plan.problems.push({ pointer, reason: `${what} sets "${field}", which the ${subtype} integration subtype does not take` });
    else if (value === undefined) plan.problems.push({ pointer, reason: `${what} builds "${field}" in a way HTTP API parameter mapping cannot express` });
    else plan.parameters[name] = value;
  };
  const texts = templateTexts(integ);
  if (new Set(texts.map((t) => t.text)).size > 1) {
    plan.problems.push({ pointer: joinPointer(integ.loc.pointer, 'requestTemplates'), reason: 'request templates differ by content type; an integration subtype has one parameter mapping' });
  }
  const t = texts[0];
  if (t) {
    const what = `the request template for ${t.contentType}`;
    const aliases = new Map<string, string>();
    const text = takeAliases(t.text, integ, aliases).trim();
    if (/(^|[^\\])#(set|if|foreach|macro|define|parse|include|evaluate)\b/.test(text)) {
      plan.problems.push({ pointer: t.pointer, reason: `${what} uses VTL directives (#set, #if, #foreach…) to shape the ${sa!.service} input; HTTP API parameter mapping cannot express that` });
    } else if (/^\{/.test(text)) {
      let parsed = parseJsonish(text);
      // EventBridge: {"Entries": [ { … one entry … } ]}
      if (parsed?.kind === 'object' && parsed.fields.length === 1 && /^entries$/i.test(parsed.fields[0]![0])) {
        const entries = parsed.fields[0]![1];
        parsed = entries.kind === 'array' && entries.items.length === 1 ? entries.items[0] : undefined;
      }
      if (parsed?.kind !== 'object') plan.problems.push({ pointer: t.pointer, reason: `${what} is not one flat JSON object of fields` });
      else {
        for (const [field, v] of parsed.fields) {
          const value = v.kind === 'string' ? stringValue(v.raw, integ, aliases) : v.kind === 'raw' ? (/^[\d.]+$|^(true|false)$/.test(v.raw) ? v.raw : mappingValue(v.raw, integ, aliases)) : undefined;
          set(field, value, t.pointer, what);
        }
      }
    } else {
      // Form-encoded, as the SQS query API reads it: Action=SendMessage&MessageBody=$input.body
      for (const pair of text.split('&')) {
        const eq = pair.indexOf('=');
        if (eq <= 0) {
          plan.problems.push({ pointer: t.pointer, reason: `${what} is neither JSON nor form-encoded fields` });
          break;
        }
        const raw = pair.slice(eq + 1).trim();
        const value = /\$(?!\{)/.test(raw.replace(/\$\{[^}]*\}/g, '')) ? mappingValue(raw.replace(/^\$util\.urlEncode\((.*)\)$/s, '$1'), integ, aliases) : decodeURIComponent(raw);
        set(decodeURIComponent(pair.slice(0, eq).trim()), value, t.pointer, what);
      }
    }
  }
  if (subtype.startsWith('SQS-') && plan.parameters.QueueUrl === undefined) {
    const text = valueText(integ.value.uri) ?? '';
    const queue = /:sqs:path\/([^/?]+\/[^/?]+)/.exec(text)?.[1];
    const region = /^arn:[^:]+:apigateway:([a-z0-9-]+):/.exec(text)?.[1] ?? '${AWS::Region}';
    if (queue) plan.parameters.QueueUrl = `https://sqs.${region}.amazonaws.com/${queue}`;
  }
  if (subtype === 'Kinesis-PutRecord' && plan.parameters.PartitionKey === undefined && plan.parameters.Data !== undefined) plan.parameters.PartitionKey = '$context.requestId';
  if (!t && (subtype === 'SQS-SendMessage' || subtype === 'EventBridge-PutEvents')) {
    plan.problems.push({ pointer: integ.loc.pointer, reason: `no request template: the client's body is sent to ${sa!.service} ${sa!.action} as the whole request, which an integration subtype cannot pass on` });
  }
  plan.parameters = Object.fromEntries(names.filter((n) => plan.parameters[n] !== undefined).map((n) => [n, plan.parameters[n]]));
  plan.missing = SUBTYPES[subtype]!.required.filter((n) => plan.parameters[n] === undefined);
  if (!plan.problems.length) for (const name of plan.missing) plan.problems.push({ pointer: t?.pointer ?? integ.loc.pointer, reason: `nothing in the integration gives ${name}, which the ${subtype} integration subtype requires` });
  return plan;
}
