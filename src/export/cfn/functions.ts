import { uriShape } from '../../aws/arn.js';
import { BARE_FUNCTION_ARN, parseFunctionArn, parseLambdaInvocation } from '../../aws/lambda.js';
import { isObject } from '../../model/detect.js';
import { escapeForSub, logicalName } from './values.js';

/**
 * How a Lambda function appears in the exported Body and in its permissions. `ref` is text to
 * use inside an Fn::Sub string (`${PetsFunction.Arn}`, `${PetsFunctionArn}`, or a literal ARN).
 */
export interface LambdaTarget {
  key: string;
  ref: string;
  /** A logical-id-friendly name for permissions. */
  name: string;
  /** A template parameter to declare (a literal ARN found in the spec with no --lambda mapping). */
  parameter?: { name: string; defaultArn: string };
  /** Named through a stage variable: its permission cannot be generated. */
  stageVariable?: boolean;
}

/** The function reference inside a Lambda URI string (REST invocation URI or an HTTP API function ARN). */
export function functionInUri(uri: string): string | undefined {
  const invocation = parseLambdaInvocation(uri);
  if (invocation) return invocation.functionArn;
  if (BARE_FUNCTION_ARN.test(uriShape(uri)!.masked) || /^\$\{[^}]+\}$/.test(uri)) return uri;
  return undefined;
}

export class LambdaTargets {
  private readonly byKey = new Map<string, LambdaTarget>();
  private readonly usedNames = new Set<string>();
  private readonly used = new Set<string>();

  /** `--lambda NAME=ARN` or `--lambda NAME=LogicalId`. */
  constructor(private readonly mappings: Map<string, string>) {}

  private unique(base: string): string {
    let name = base;
    for (let i = 2; this.usedNames.has(name); i++) name = `${base}${i}`;
    this.usedNames.add(name);
    return name;
  }

  /** Resolve the function text found in a URI to a target (memoised). */
  target(fn: string): LambdaTarget {
    let t = this.byKey.get(fn);
    if (t) return t;
    const literal = parseFunctionArn(fn);
    const stageVariable = /\$\{stageVariables\./.test(fn);
    if (literal) {
      const fnName = literal.name + (literal.qualifier ? `:${literal.qualifier}` : '');
      const key = [literal.name, fnName, fn].find((k) => this.mappings.has(k));
      if (key !== undefined) this.used.add(key);
      const mapped = key === undefined ? undefined : this.mappings.get(key);
      const name = this.unique(logicalName(fnName));
      if (mapped) t = { key: fn, ref: mapped.startsWith('arn:') ? escapeForSub(mapped) : `\${${mapped}.Arn}`, name };
      else t = { key: fn, ref: `\${${name}FunctionArn}`, name, parameter: { name: `${name}FunctionArn`, defaultArn: fn } };
    } else if (stageVariable) {
      t = { key: fn, ref: escapeForSub(fn), name: this.unique(logicalName(fn.replace(/\$\{stageVariables\.([^}]+)\}/g, '$1'))), stageVariable: true };
    } else {
      // Already a reference to something in the stack (${Fn.Arn}, ${Param}) or a value we keep as written.
      const inner = /^\$\{([A-Za-z0-9]+)(?:\.Arn)?\}$/.exec(fn)?.[1];
      t = { key: fn, ref: fn, name: this.unique(logicalName(inner ?? fn)) };
    }
    this.byKey.set(fn, t);
    return t;
  }

  /** `--lambda` names that matched no function of the definition. */
  unusedMappings(): string[] {
    return [...this.mappings.keys()].filter((k) => !this.used.has(k)).sort();
  }

  get all(): LambdaTarget[] {
    return [...this.byKey.values()];
  }
}

/** The function a Body `uri`/`authorizerUri` value names, whether a string or an Fn::Sub. */
export function functionOfValue(v: unknown): string | undefined {
  if (typeof v === 'string') return functionInUri(v);
  if (isObject(v) && typeof v['Fn::Sub'] === 'string') return functionInUri(v['Fn::Sub']);
  if (isObject(v) && Array.isArray(v['Fn::Sub']) && typeof v['Fn::Sub'][0] === 'string') return functionInUri(v['Fn::Sub'][0]);
  return undefined;
}
