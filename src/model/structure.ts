import { UserError } from '../errors.js';
import { intrinsicObjects } from '../document/cfn-tags.js';
import { isObject, type OasVersion } from './detect.js';
import { ANY_METHOD, at, HTTP_METHODS } from './model.js';
import type { Loc, SourceSet } from '../document/refs.js';

/**
 * A node whose type API Gateway cannot import: `paths: null`, a path item or an operation that is a
 * list, `x-amazon-apigateway-integration: "x"`, `responses: []`. Import rejects the whole document
 * ("Invalid OpenAPI input", a BadRequestException: api-gateway-import-api-errors-warnings.html).
 */
export interface StructureProblem {
  loc: Loc;
  /** What the node is, for messages: `paths`, `path item "/pets"`, `integration of GET /pets`. */
  what: string;
  expected: 'a mapping' | 'a list';
  /** `null`, `a list`, `a string`, … */
  actual: string;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return isObject(value) ? 'a mapping' : typeof value;
}

/** Every node of the definition at `base` (in `set`) whose type API Gateway cannot import. */
export function structureProblems(set: SourceSet, doc: Record<string, unknown>, base: Loc, version: OasVersion | null): StructureProblem[] {
  const problems: StructureProblem[] = [];
  /** Check that the value (its `$ref` followed) is a mapping; the mapping, when it is one. */
  const mapping = (value: unknown, loc: Loc, what: string, optional = true): { value: Record<string, unknown>; loc: Loc } | undefined => {
    if (value === undefined && optional) return undefined;
    const d = set.deref(value, loc);
    if (d.problem) return undefined;
    // An intrinsic (`Fn::If`, `Ref`) is a value only known at deployment.
    if (isObject(d.value)) return intrinsicObjects.has(d.value) ? undefined : { value: d.value, loc: d.loc };
    problems.push({ loc, what, expected: 'a mapping', actual: describeType(d.value) });
    return undefined;
  };
  const list = (value: unknown, loc: Loc, what: string) => {
    if (value === undefined || Array.isArray(value) || (isObject(value) && intrinsicObjects.has(value))) return;
    problems.push({ loc, what, expected: 'a list', actual: describeType(value) });
  };
  const entries = (value: unknown, loc: Loc, what: string, each: (name: string) => string) => {
    const m = mapping(value, loc, what);
    if (!m) return [];
    return Object.keys(m.value).map((name) => ({ name, ...mapping(m.value[name], at(m.loc, name), each(name), false) }));
  };

  const isOas3 = version === '3.0' || version === '3.1';
  mapping(doc.info, at(base, 'info'), 'info');
  const components = isOas3 ? mapping(doc.components, at(base, 'components'), 'components') : undefined;
  const schemes = isOas3
    ? entries(components?.value.securitySchemes, at(components?.loc ?? at(base, 'components'), 'securitySchemes'), 'components.securitySchemes', (n) => `security scheme "${n}"`)
    : entries(doc.securityDefinitions, at(base, 'securityDefinitions'), 'securityDefinitions', (n) => `security scheme "${n}"`);
  for (const s of schemes) if (s.value && s.loc) mapping(s.value['x-amazon-apigateway-authorizer'], at(s.loc, 'x-amazon-apigateway-authorizer'), `authorizer "${s.name}"`);
  // Request validators that are not mappings are val/validator-fields' to report.
  entries(doc['x-amazon-apigateway-gateway-responses'], at(base, 'x-amazon-apigateway-gateway-responses'), 'x-amazon-apigateway-gateway-responses', (n) => `gateway response ${n}`);
  if (!isOas3) mapping(doc.definitions, at(base, 'definitions'), 'definitions');

  for (const item of entries(doc.paths, at(base, 'paths'), 'paths', (p) => `path item "${p}"`)) {
    if (!item.value || !item.loc) continue;
    list(item.value.parameters, at(item.loc, 'parameters'), `parameters of "${item.name}"`);
    for (const key of Object.keys(item.value)) {
      const lower = key.toLowerCase();
      if (!(HTTP_METHODS as readonly string[]).includes(lower) && key !== ANY_METHOD) continue;
      const label = `${key === ANY_METHOD ? 'ANY' : lower.toUpperCase()} ${item.name}`;
      const op = mapping(item.value[key], at(item.loc, key), `operation ${label}`, false);
      if (!op) continue;
      list(op.value.parameters, at(op.loc, 'parameters'), `parameters of ${label}`);
      entries(op.value.responses, at(op.loc, 'responses'), `responses of ${label}`, (s) => `response ${s} of ${label}`);
      const integ = mapping(op.value['x-amazon-apigateway-integration'], at(op.loc, 'x-amazon-apigateway-integration'), `integration of ${label}`);
      if (!integ) continue;
      mapping(integ.value.requestParameters, at(integ.loc, 'requestParameters'), `requestParameters of ${label}`);
      mapping(integ.value.requestTemplates, at(integ.loc, 'requestTemplates'), `requestTemplates of ${label}`);
      const responses = entries(integ.value.responses, at(integ.loc, 'responses'), `integration responses of ${label}`, (p) => `integration response "${p}" of ${label}`);
      for (const r of responses) {
        if (!r.value || !r.loc) continue;
        mapping(r.value.responseParameters, at(r.loc, 'responseParameters'), `responseParameters of integration response "${r.name}" of ${label}`);
        mapping(r.value.responseTemplates, at(r.loc, 'responseTemplates'), `responseTemplates of integration response "${r.name}" of ${label}`);
      }
    }
  }
  return problems;
}

/**
 * Refuse a definition that API Gateway cannot import (export and convert would write something
 * that fails to deploy): exit 1, the first problem with its line and column, the rest as a hint.
 */
export function assertImportable(set: SourceSet, doc: Record<string, unknown>, base: Loc, version: OasVersion | null, cwd: string): void {
  const problems = structureProblems(set, doc, base, version);
  if (problems.length === 0) return;
  const where = (p: StructureProblem) => {
    const { range } = p.loc.source.locate(p.loc.pointer, p.actual === 'null' ? 'key' : 'value');
    return { file: p.loc.source.displayPath(cwd), line: range.start.line, column: range.start.column };
  };
  const say = (p: StructureProblem) => `${p.what} must be ${p.expected}, not ${p.actual} (#${p.loc.pointer})`;
  const found = problems.map((p) => ({ ...where(p), text: say(p) }));
  found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  const [first, ...rest] = found;
  throw new UserError(`API Gateway cannot import this definition: ${first!.text}`, {
    file: first!.file, line: first!.line, column: first!.column, exitCode: 1,
    hint: rest.length ? rest.map((w) => `${w.file}:${w.line}:${w.column}: ${w.text}`).join('\n') : undefined,
  });
}
