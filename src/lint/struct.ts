import { textOf } from '../document/own.js';
import type { Loc } from '../document/refs.js';
import { type ApiModel, at, type NodeBase } from '../model/model.js';
import { didYouMean } from './helpers/did-you-mean.js';
import { endpointConfigurations } from './helpers/endpoint.js';
import { rootKey } from './helpers/root.js';
import { asInteger, describeValue, isObject, isUnknownValue, versionText } from './helpers/values.js';
import { type ClosedRow, type FieldRow, NODE_TYPES, type NodeType, type Reading } from './node-types.js';
import type { ReportDescriptor, Visitors } from './rule.js';

/** Reports under one active rule's id, at its severity (the engine makes one per rule). */
export type Reporter = (descriptor: ReportDescriptor<string>) => void;

type Data = Record<string, string | number>;

/** The number a value reads as, or undefined. */
function numberOf(value: unknown, read: Reading | undefined): number | undefined {
  if (read === 'integer') return Number.isInteger(value) ? (value as number) : undefined;
  return asInteger(value);
}

function readAs(value: unknown, read: Reading | undefined): unknown {
  if (read === 'version') return versionText(value);
  if (read === 'text') return textOf(value);
  return value;
}

/** Whether a present, stated value breaks the row (a missing or unknown field is judged elsewhere). */
function breaks(row: FieldRow, value: unknown): boolean {
  switch (row.type) {
    case undefined: break;
    case 'string': if (typeof value !== 'string') return true; break;
    case 'boolean': if (typeof value !== 'boolean') return true; break;
    case 'list': if (!Array.isArray(value)) return true; break;
    case 'string-list':
      if (!Array.isArray(value) || !value.every((x) => typeof x === 'string' || (!row.judgeUnknownItems && isUnknownValue(x)))) return true;
      break;
    default: if (row.type === 'integer' || row.type === 'whole-number' ? numberOf(value, row.type) === undefined : false) return true;
  }
  if (row.minItems !== undefined && Array.isArray(value) && value.length < row.minItems) return true;
  if (row.enum) {
    const v = readAs(value, row.read);
    if (row.caseInsensitive) {
      if (typeof v !== 'string' || !row.enum.some((e) => typeof e === 'string' && e.toLowerCase() === v.toLowerCase())) return true;
    } else if (!row.enum.includes(v as string | number)) return true;
  }
  if (row.pattern) {
    const v = readAs(value, row.read);
    if (typeof v !== 'string' || !row.pattern.test(v)) return true;
  }
  if (row.min !== undefined || row.max !== undefined) {
    const n = numberOf(value, row.read);
    if (n !== undefined && ((row.min !== undefined && n < row.min) || (row.max !== undefined && n > row.max))) return true;
  }
  return false;
}

function hintFor(hint: FieldRow['hint'] | ClosedRow['hint'], value: unknown, candidates: Iterable<string>): string {
  if (hint === undefined) return '';
  if (hint !== 'did-you-mean') return (hint as (v: unknown) => string)(value);
  const guess = typeof value === 'string' ? didYouMean(value, candidates) : undefined;
  return guess ? ` (did you mean "${guess}"?)` : '';
}

const noData = (): Data => ({});
/** A row's message data: its fixed data, the field it judges and what the finding adds. */
const rowData = (row: FieldRow, more: Data): Data => ({ ...row.data, ...(row.field !== undefined && { field: row.field }), ...more });
const show = (row: Pick<FieldRow, 'show'>, value: unknown) => (row.show === 'json' ? JSON.stringify(value) : describeValue(value));

/** A node type with only the rows of the rules that run. */
interface ActiveType {
  type: NodeType;
  notObject: NonNullable<NodeType['notObject']>;
  closed?: ClosedRow;
  fields: FieldRow[];
}

/**
 * The declarative structural check: every object of `NODE_TYPES` the model holds, judged by the
 * rows whose rule is active, each finding reported under that rule. Values the document does not
 * state (intrinsics, `${…}` placeholders) are left out here, once, unless a row asks for them.
 */
export function structVisitors(model: ApiModel, reporters: ReadonlyMap<string, Reporter>): Visitors {
  const active: ActiveType[] = [];
  for (const type of NODE_TYPES) {
    const on = <R extends { rule: string; apiType?: string }>(rows: R[]) => rows.filter((r) => reporters.has(r.rule) && (!r.apiType || r.apiType === model.apiType));
    const entry: ActiveType = {
      type, notObject: on(type.notObject ?? []), fields: on(type.fields),
      closed: type.closed && reporters.has(type.closed.rule) ? type.closed : undefined,
    };
    if (entry.notObject.length || entry.fields.length || entry.closed) active.push(entry);
  }
  if (active.length === 0) return {};

  /** Judge one object; `base` gives the message data that names it, built only for a finding. */
  const check = (t: ActiveType, value: unknown, node: NodeBase | Loc, base: () => Data) => {
    const nodeUnknown = isUnknownValue(value);
    const report = (rule: string, messageId: string, data: Data, tokens: Array<string | number>, on?: 'key' | 'value') => {
      reporters.get(rule)!({ messageId, data: { ...base(), ...data }, node, at: tokens, on });
    };
    if (!isObject(value) && t.notObject.length) {
      for (const r of t.notObject) if (!nodeUnknown || r.judgeUnknown) report(r.rule, r.messageId, { value: describeValue(value) }, [], r.on);
      return;
    }
    const obj = isObject(value) ? value : undefined;
    if (obj && t.closed && (!nodeUnknown || t.closed.judgeUnknown)) {
      const c = t.closed;
      for (const key in obj) {
        if (!Object.hasOwn(obj, key) || c.fields.has(key) || (c.allowExtensions && key.startsWith('x-'))) continue;
        if (!c.judgeUnknownFields && isUnknownValue(obj[key])) continue;
        report(c.rule, c.messageId, { key, field: key, hint: hintFor(c.hint, key, c.fields) }, [key], 'key');
      }
    }
    for (const row of t.fields) {
      if (nodeUnknown && !row.judgeUnknown) continue;
      const field = row.field;
      if (field !== undefined && !obj) continue;
      if (row.when && !(obj && row.when(obj))) continue;
      const v = field !== undefined ? obj![field] : value;
      if (v === undefined) {
        if (row.required) report(row.rule, row.messageId, rowData(row, { value: describeValue(v) }), [], row.on ?? 'key');
        continue;
      }
      if (row.required || (!row.judgeUnknown && isUnknownValue(v))) continue;
      const tokens = field !== undefined ? [field] : [];
      if (row.forbidden) report(row.rule, row.messageId, rowData(row, {}), tokens, 'key');
      else if (row.items) {
        if (!Array.isArray(v)) continue;
        v.forEach((item, i) => {
          if (isUnknownValue(item) || (typeof item === 'string' && row.items!.pattern.test(item))) return;
          report(row.rule, row.messageId, rowData(row, { value: show(row, item), hint: hintFor(row.hint, item, []) }), [...tokens, i], row.on);
        });
      } else if (row.maxSize !== undefined) {
        const size = JSON.stringify(v).length;
        if (size > row.maxSize) report(row.rule, row.messageId, rowData(row, { size }), tokens, row.on);
      } else if (breaks(row, v)) {
        const more: Data = { value: show(row, v) };
        if (row.hint) more.hint = hintFor(row.hint, v, row.enum?.map(String) ?? []);
        report(row.rule, row.messageId, rowData(row, more), tokens, row.on);
      }
    }
  };

  const visitors: Visitors = {};
  const place = (name: string) => active.filter((t) => t.type.place === name);
  const integrations = place('Integration');
  if (integrations.length) visitors.Integration = (n) => {
      const base = () => ({ method: n.operation.label });
      for (const t of integrations) check(t, n.value, n, base);
    };
  const responses = place('IntegrationResponse');
  if (responses.length) {
    visitors.IntegrationResponse = (n) => {
      const base = () => ({ pattern: n.pattern, method: n.integration.operation.label, where: `Integration response "${n.pattern}"` });
      for (const t of responses) check(t, n.value, n, base);
    };
  }
  const authorizers = place('Authorizer');
  if (authorizers.length) visitors.Authorizer = (n) => { for (const t of authorizers) check(t, n.value, n, () => ({ name: n.name })); };
  const validators = place('RequestValidator');
  if (validators.length) visitors.RequestValidator = (n) => { for (const t of validators) check(t, n.value, n, () => ({ name: n.name })); };
  const gateway = place('GatewayResponse');
  if (gateway.length) {
    visitors.GatewayResponse = (n) => {
      if (!isObject(n.value)) return;
      for (const t of gateway) check(t, n.value, n, () => ({ type: n.responseType }));
    };
  }
  const inOperation = active.filter((t) => typeof t.type.place === 'object' && 'operationKey' in t.type.place);
  if (inOperation.length) {
    visitors.Operation = (op) => {
      for (const t of inOperation) {
        const key = (t.type.place as { operationKey: string }).operationKey;
        const value = op.value[key];
        if (value !== undefined) check(t, value, { loc: at(op.loc, key), via: op.via }, () => ({ method: op.label }));
      }
    };
  }
  const atRoot = active.filter((t) => typeof t.type.place === 'object' && 'rootKey' in t.type.place);
  const endpoints = place('EndpointConfiguration');
  if (atRoot.length || endpoints.length) {
    visitors.Root = (m) => {
      for (const t of atRoot) {
        const key = (t.type.place as { rootKey: string }).rootKey;
        const value = m.doc[key];
        if (value !== undefined) check(t, value, rootKey(m, key), noData);
      }
      if (endpoints.length) for (const e of endpointConfigurations(m)) for (const t of endpoints) check(t, e.value, e.loc, noData);
    };
  }
  return visitors;
}
