import { arnOf, routeResource } from '../../aws/arn.js';
import { createHash } from 'node:crypto';
import { isObject } from '../../model/detect.js';
import type { ApiModel } from '../../model/model.js';
import { functionOfValue, type LambdaTarget, type LambdaTargets } from './functions.js';

export type PermissionMode = 'route' | 'api' | 'none';

/** Routes a function serves before its permissions collapse to one API-wide statement (20 KB policy limit). */
export const COLLAPSE_AFTER = 20;

interface Grant {
  target: LambdaTarget;
  /** The placeholder is a whole REST invocation URI, not a function ARN. */
  wholeUri: boolean;
  sourceArn: string;
  kind: 'route' | 'api' | 'authorizer';
}

/**
 * The function ARN inside a REST invocation URI known only at deployment
 * (`arn:…:apigateway:…:lambda:path/2015-03-31/functions/<function ARN>/invocations`).
 */
function functionOfInvocationUri(ref: string): unknown {
  const uri = { 'Fn::Sub': ref };
  return { 'Fn::Select': [0, { 'Fn::Split': ['/invocations', { 'Fn::Select': [1, { 'Fn::Split': ['/functions/', uri] }] }] }] };
}

/** Every Lambda permission the API needs, for integrations and authorizers. */
export function permissionResources(model: ApiModel, targets: LambdaTargets, apiRef: string, mode: PermissionMode, http: boolean): Record<string, unknown> {
  if (mode === 'none') return {};
  const routes = new Map<LambdaTarget, Set<string>>();
  const wholeUris = new Set<LambdaTarget>();
  const whole = (v: unknown, fn: string) => !http && /^\$\{[^}]+\}$/.test(fn) && fn === (typeof v === 'string' ? v : isObject(v) ? v['Fn::Sub'] : undefined);
  for (const op of model.operations) {
    const integ = op.integration;
    if (!integ || (integ.type !== 'aws' && integ.type !== 'aws_proxy') || integ.value.integrationSubtype !== undefined) continue;
    const fn = functionOfValue(integ.value.uri);
    if (fn === undefined) continue;
    const t = targets.target(fn);
    if (whole(integ.value.uri, fn)) wholeUris.add(t);
    if (t.stageVariable) continue;
    if (!routes.has(t)) routes.set(t, new Set());
    routes.get(t)!.add(routeResource(apiRef, op.method, op.path, http));
  }
  const grants: Grant[] = [];
  for (const [target, resources] of routes) {
    const wholeUri = wholeUris.has(target);
    if (mode === 'api' || resources.size > COLLAPSE_AFTER) grants.push({ target, wholeUri, sourceArn: arnOf(`\${${apiRef}}/*`), kind: 'api' });
    else for (const r of [...resources].sort()) grants.push({ target, wholeUri, sourceArn: arnOf(r), kind: 'route' });
  }
  const authorizerTargets = new Set<LambdaTarget>();
  for (const a of model.authorizers) {
    const fn = functionOfValue(a.value.authorizerUri);
    if (fn === undefined) continue;
    const t = targets.target(fn);
    if (whole(a.value.authorizerUri, fn)) wholeUris.add(t);
    if (!t.stageVariable) authorizerTargets.add(t);
  }
  for (const target of authorizerTargets) grants.push({ target, wholeUri: wholeUris.has(target), sourceArn: arnOf(`\${${apiRef}}/authorizers/*`), kind: 'authorizer' });

  const out: Record<string, unknown> = {};
  for (const g of grants) {
    const suffix = g.kind === 'authorizer' ? 'AuthorizerPermission' : g.kind === 'api' ? 'Permission' : `Permission${createHash('sha256').update(g.sourceArn).digest('hex').slice(0, 8)}`;
    out[`${g.target.name}${suffix}`] = {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: g.wholeUri ? functionOfInvocationUri(g.target.ref) : { 'Fn::Sub': g.target.ref },
        Principal: 'apigateway.amazonaws.com',
        SourceArn: { 'Fn::Sub': g.sourceArn },
      },
    };
  }
  return out;
}
