import { textOf } from '../document/own.js';
import { type Diagnostic, type Severity, type SuppressedDiagnostic, compareDiagnostics, diagnosticKey } from '../report/diagnostic.js';
import type { ApiModel, NodeBase } from '../model/model.js';
import type { Loc } from '../document/refs.js';
import type { Source } from '../document/source.js';
import { escapeToken, joinPointer } from '../document/pointer.js';
import type { NodeKind, ParameterMappingNode, ReportDescriptor, Rule, ValueVisitor, Visitor, Visitors, WalkLocation } from './rule.js';
import { at, type IntegrationNode, type IntegrationResponseNode } from '../model/model.js';
import { isObject, isUnknownValue } from './helpers/values.js';
import { parseHttpMappingKey, parseRequestTarget, parseRestSource } from './helpers/mapping.js';
import { type Reporter, structVisitors } from './struct.js';
import { tooManyNodes, walkBudget } from '../document/budget.js';
import { type DisableDirective, findDirectives, Suppressions } from './directives.js';

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

function isLoc(node: NodeBase | Loc): node is Loc {
  return 'source' in node;
}

function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => (Object.hasOwn(data, k) ? textOf(data[k]) : `{{${k}}}`));
}

/**
 * The directives that speak for this run: every one of a file, but of a template that embeds the
 * definition only those within it (a template may hold several APIs, each linted on its own).
 */
function directivesFor(model: ApiModel, source: Source, knownRuleIds: ReadonlySet<string>): DisableDirective[] {
  const all = findDirectives(source, knownRuleIds);
  if (source !== model.root || model.base.pointer === '' || all.length === 0) return all;
  const first = source.locate(model.base.pointer, 'key').range.start.line;
  const last = source.locate(model.base.pointer, 'value').range.end.line;
  return all.filter((d) => d.line >= first && d.line <= last);
}


/**
 * Run the rules over a model. `knownRuleIds` (every rule that exists, active or not) turns on
 * `# apigw-disable-…` comments: findings on the lines they name are left out (and pushed to
 * `suppressed`, when given), and each directive is then handed to rules that visit `Directive`.
 */
export function runRules(
  model: ApiModel,
  rules: ActiveRule[],
  cwd: string,
  knownRuleIds?: ReadonlySet<string>,
  suppressed?: SuppressedDiagnostic[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const suppressions = new Map<Source, Suppressions>();
  let directivePhase = false;
  const suppressionsOf = (source: Source): Suppressions => {
    let s = suppressions.get(source);
    if (!s) {
      s = new Suppressions(knownRuleIds ? directivesFor(model, source, knownRuleIds) : []);
      suppressions.set(source, s);
    }
    return s;
  };
  const visitorSets: Visitors[] = [];
  const reporters = new Map<string, Reporter>();
  for (const active of rules) {
    const { rule, severity } = active;
    const report = (d: ReportDescriptor<string>) => {
      const template = rule.messages[d.messageId];
      if (template === undefined) throw new Error(`rule ${rule.id} has no message "${d.messageId}"`);
      const base: Loc = isLoc(d.node) ? d.node : d.node.loc;
      // A node of a referenced file reached by the walk rather than through the model: the
      // `$ref` that first brought its file in.
      const via = (isLoc(d.node) ? undefined : d.node.via) ?? model.set.referencedFrom(base.source);
      const source = base.source;
      let pointer = d.at ? joinPointer(base.pointer, ...d.at) : base.pointer;
      let range;
      if (d.offsets) {
        range = source.rangeOfOffsets(d.offsets[0], d.offsets[1]);
        pointer = source.pointerAt(d.offsets[0]);
      } else {
        const located = source.locate(pointer, d.on ?? 'value');
        range = located.range;
        pointer = source.publicPointer(pointer, d.on ?? 'value');
      }
      // What is reported about the directives themselves cannot be suppressed by them.
      const directive = directivePhase ? undefined : suppressionsOf(source).suppressedBy(rule.id, range.start.line);
      const diag: Diagnostic = {
        ruleId: rule.id, severity, message: format(template, d.data), file: source.displayPath(cwd), pointer, range,
        docsUrl: rule.meta.docsUrl, messageId: d.messageId,
      };
      if (via && via.source !== source) {
        diag.via = { file: via.source.displayPath(cwd), pointer: via.pointer, range: via.source.locate(via.pointer).range };
      }
      if (d.suggest) diag.suggest = d.suggest;
      const key = diagnosticKey(diag);
      if (seen.has(key)) return;
      seen.add(key);
      if (!directive) diagnostics.push(diag);
      else suppressed?.push({ ...diag, suppression: { kind: 'inSource', ...(directive.reason ? { justification: directive.reason } : {}) } });
    };
    reporters.set(rule.id, report);
    visitorSets.push(rule.create({ model, options: active.options, report }));
  }
  // The node-type table's rows report under the rules that own them (src/lint/node-types.ts).
  visitorSets.push(structVisitors(model, reporters));

  const { enter, leave } = groupVisitors(visitorSets);
  const call = (kind: NodeKind | 'Root:exit' | 'Directive', arg: unknown) => {
    const list = enter.get(kind);
    if (list) for (const fn of list) fn(arg);
  };
  const exit = (kind: NodeKind, arg: unknown) => {
    const list = leave.get(kind);
    if (list) for (const fn of list) fn(arg);
  };
  const visit = (kind: NodeKind, arg: unknown) => {
    call(kind, arg);
    exit(kind, arg);
  };
  const wantsMappings = MAPPING_KINDS.some((k) => enter.has(k) || leave.has(k));

  call('Root', model);
  for (const item of model.paths) {
    call('PathItem', item);
    for (const op of item.operations) {
      call('Operation', op);
      const integ = op.integration;
      if (integ) {
        call('Integration', integ);
        if (wantsMappings) for (const m of requestMappings(model.apiType as 'rest' | 'http', integ)) visit('RequestParameterMapping', m);
        for (const r of integ.responses) {
          call('IntegrationResponse', r);
          if (wantsMappings && model.apiType === 'rest') for (const m of restResponseMappings(r)) visit('ResponseParameterMapping', m);
          exit('IntegrationResponse', r);
        }
        if (wantsMappings && model.apiType === 'http') for (const m of httpResponseMappings(integ)) visit('ResponseParameterMapping', m);
        exit('Integration', integ);
      }
      exit('Operation', op);
    }
    exit('PathItem', item);
  }
  for (const t of model.templates) visit('MappingTemplate', t);
  for (const s of model.securitySchemes.values()) {
    call('SecurityScheme', s);
    if (s.authorizer) visit('Authorizer', s.authorizer);
    exit('SecurityScheme', s);
  }
  for (const v of model.validators.values()) visit('RequestValidator', v);
  for (const g of model.gatewayResponses) visit('GatewayResponse', g);
  for (const s of model.schemas) visit('Schema', s);
  if (model.websocket) visit('WebSocketApi', model.websocket);

  const valueVisitors = visitorSets.map((v) => v.Value).filter((v): v is ValueVisitor => !!v);
  const containerVisitors = visitorSets.flatMap((v) => [v.Value, v.Container].filter((f): f is ValueVisitor => !!f));
  if (containerVisitors.length > 0) walkValues(model, valueVisitors, containerVisitors);

  exit('Root', model);
  call('Root:exit', model);
  if (knownRuleIds && enter.has('Directive')) {
    const activeIds = new Set(rules.map((r) => r.rule.id));
    directivePhase = true;
    for (const source of model.set.sources) {
      for (const d of suppressionsOf(source).directives) call('Directive', { directive: d, activeRuleIds: activeIds });
    }
  }
  suppressed?.sort(compareDiagnostics);
  return diagnostics.sort(compareDiagnostics);
}

type Fn = (arg: unknown) => void;
const MAPPING_KINDS = ['RequestParameterMapping', 'ResponseParameterMapping'];

/**
 * Each node kind's `enter` and `leave` functions, in rule order, grouped once so that dispatch
 * touches only rules that listen. A parameter-mapping visitor that did not ask for `unknown`
 * mappings is not called for one whose value the document does not state: the walker skips it.
 */
export function groupVisitors(visitorSets: readonly Visitors[]): { enter: Map<string, Fn[]>; leave: Map<string, Fn[]> } {
  const enter = new Map<string, Fn[]>();
  const leave = new Map<string, Fn[]>();
  const add = (map: Map<string, Fn[]>, kind: string, fn: Fn) => {
    if (!map.has(kind)) map.set(kind, []);
    map.get(kind)!.push(fn);
  };
  for (const v of visitorSets) {
    for (const [kind, visitor] of Object.entries(v) as Array<[string, Visitor<unknown> | undefined]>) {
      if (kind === 'Value' || kind === 'Container' || !visitor) continue;
      const statedOnly = MAPPING_KINDS.includes(kind) && !(typeof visitor === 'object' && visitor.unknown);
      const wrap = (fn: Fn): Fn => (statedOnly ? (n) => { if (!(n as ParameterMappingNode).isUnknown) fn(n); } : fn);
      if (typeof visitor === 'function') add(enter, kind, wrap(visitor as Fn));
      else {
        if (visitor.enter) add(enter, kind, wrap(visitor.enter.bind(visitor) as Fn));
        if (visitor.leave) add(leave, kind, wrap(visitor.leave.bind(visitor) as Fn));
      }
    }
  }
  return { enter, leave };
}

function mapping(
  kind: ParameterMappingNode['kind'], integration: IntegrationNode, loc: Loc, key: string, value: unknown,
): ParameterMappingNode {
  return { kind, key, value, isUnknown: isUnknownValue(value), integration, loc, via: integration.via };
}

/** The entries of an integration's `requestParameters`, parsed as the API's kind writes them. */
function requestMappings(apiType: 'rest' | 'http', integ: IntegrationNode): ParameterMappingNode[] {
  const params = integ.value.requestParameters;
  if (!isObject(params)) return [];
  return Object.entries(params).map(([key, value]) => {
    const node = mapping('RequestParameterMapping', integ, at(integ.loc, 'requestParameters', key), key, value);
    if (apiType === 'http') node.httpTarget = parseHttpMappingKey(key);
    else {
      node.restTarget = parseRequestTarget(key);
      if (typeof value === 'string') node.restSource = parseRestSource(value, 'request');
    }
    return node;
  });
}

/** A REST integration response's `responseParameters`: `method.response.header.X: integration.response.header.Y`. */
function restResponseMappings(r: IntegrationResponseNode): ParameterMappingNode[] {
  if (!isObject(r.value) || !isObject(r.value.responseParameters)) return [];
  return Object.entries(r.value.responseParameters).map(([key, value]) => {
    const node = mapping('ResponseParameterMapping', r.integration, at(r.loc, 'responseParameters', key), key, value);
    node.response = r;
    node.via = r.via;
    const target = /^method\.response\.header\.([^.\s]+)$/.exec(key);
    if (target) node.restTarget = { location: 'header', name: target[1]! };
    if (typeof value === 'string') node.restSource = parseRestSource(value, 'response');
    return node;
  });
}

/** An HTTP API integration's `responseParameters`, keyed by back-end status code. */
function httpResponseMappings(integ: IntegrationNode): ParameterMappingNode[] {
  if (!isObject(integ.value.responseParameters)) return [];
  const out: ParameterMappingNode[] = [];
  for (const [status, inner] of Object.entries(integ.value.responseParameters)) {
    if (!isObject(inner)) continue;
    for (const [key, value] of Object.entries(inner)) {
      const node = mapping('ResponseParameterMapping', integ, at(integ.loc, 'responseParameters', status, key), key, value);
      node.status = status;
      node.httpTarget = parseHttpMappingKey(key);
      out.push(node);
    }
  }
  return out;
}

/**
 * The location of a walked node. The pointer is built only when asked for: most visitors look
 * at the key or the value and return, so a million nodes need not cost a million strings.
 */
class WalkLoc implements WalkLocation {
  private cached?: string;
  depth: number;

  constructor(
    readonly source: Source,
    public parent: WalkLoc | undefined,
    public token: string,
  ) {
    this.depth = parent ? parent.depth + 1 : 0;
  }

  /** Point the same object at another scalar (no allocation per leaf). */
  reset(parent: WalkLoc, token: string): this {
    this.parent = parent;
    this.token = token;
    this.depth = parent.depth + 1;
    this.cached = undefined;
    return this;
  }

  /** The location a walk starts from: a whole file, or the definition embedded at `pointer`. */
  static start(source: Source, pointer: string): WalkLoc {
    const loc = new WalkLoc(source, undefined, '');
    loc.cached = pointer;
    return loc;
  }

  get pointer(): string {
    if (this.cached === undefined) this.cached = this.parent ? this.parent.pointer + '/' + escapeToken(this.token) : '';
    return this.cached;
  }

  tokens(): string[] {
    const out: string[] = new Array(this.depth);
    let at: WalkLoc | undefined = this;
    for (let i = this.depth - 1; i >= 0; i--, at = at!.parent) out[i] = at!.token;
    return out;
  }
}

/** Visit every node of every loaded file (files loaded while walking are walked too). */
function walkValues(model: ApiModel, visitors: ValueVisitor[], containerVisitors: ValueVisitor[]): void {
  const done = new Set<string>();
  for (;;) {
    const next = model.set.sources.find((s) => !done.has(s.path));
    if (!next) return;
    done.add(next.path);
    // In the root file only the definition is walked: all of it, or its embedded `Body`.
    const base = next === model.root ? model.base.pointer : '';
    walkSource(next, base === '' ? next.root : model.doc, base, visitors, containerVisitors);
  }
}

/**
 * One file's walk. Containers are walked from a stack; the scalars of a container are visited
 * in place, before its containers, with one reused location. Plain indexed loops and no closures:
 * this loop runs once per node, and a small function is compiled sooner and more cheaply.
 */
function walkSource(source: Source, start: unknown, pointer: string, visitors: ValueVisitor[], containerVisitors: ValueVisitor[]): void {
  let budget = walkBudget(source);
  const nv = visitors.length;
  const nc = containerVisitors.length;
  const leaf = new WalkLoc(source, undefined, '');
  const values: unknown[] = [start];
  const locs: WalkLoc[] = [WalkLoc.start(source, pointer)];
  const keys: Array<string | null> = [null];
  const parents: unknown[] = [undefined];
  while (values.length > 0) {
    const value = values.pop();
    const loc = locs.pop()!;
    const key = keys.pop()!;
    const parent = parents.pop();
    if (--budget < 0) throw tooManyNodes(source);
    if (value === null || typeof value !== 'object') {
      // Only a document that is a scalar gets here.
      for (let i = 0; i < nv; i++) visitors[i]!(value, loc, key, parent);
      continue;
    }
    for (let i = 0; i < nc; i++) containerVisitors[i]!(value, loc, key, parent);
    const mark = values.length;
    const isArray = Array.isArray(value);
    const names = isArray ? undefined : Object.keys(value);
    const n = isArray ? value.length : names!.length;
    for (let j = 0; j < n; j++) {
      const k = isArray ? String(j) : names![j]!;
      const child = isArray ? value[j] : (value as Record<string, unknown>)[k];
      if (child !== null && typeof child === 'object') {
        values.push(child);
        keys.push(k);
        continue;
      }
      if (--budget < 0) throw tooManyNodes(source);
      leaf.reset(loc, k);
      for (let i = 0; i < nv; i++) visitors[i]!(child, leaf, k, value);
    }
    // The containers just pushed go on the stack last-first, so they are walked in document order.
    for (let lo = mark, hi = values.length - 1; lo < hi; lo++, hi--) {
      const v = values[lo];
      values[lo] = values[hi];
      values[hi] = v;
      const k = keys[lo]!;
      keys[lo] = keys[hi]!;
      keys[hi] = k;
    }
    for (let i = mark; i < values.length; i++) {
      locs.push(new WalkLoc(source, loc, keys[i]!));
      parents.push(value);
    }
  }
}
