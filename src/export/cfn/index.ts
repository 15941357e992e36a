import { textOf } from '../../document/own.js';
import { createHash } from 'node:crypto';
import yaml from 'js-yaml';
import { UserError } from '../../errors.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import { detectVersion, isObject } from '../../model/detect.js';
import { type Definition, onlyDefinition, openDefinitions, openSource } from '../../model/open.js';
import { assertImportable } from '../../model/structure.js';
import type { Source } from '../../document/source.js';
import { bundleBody, mainAccount, rewriteValues } from './body.js';
import { bindFreeReferences } from './free-references.js';
import { LambdaTargets } from './functions.js';
import { placeholdersToSub } from './placeholders.js';
import { permissionResources, type PermissionMode } from './permissions.js';
import { httpResources, restResources } from './resources.js';
import { canonicalJson } from './values.js';

export interface ExportOptions {
  apiType?: 'rest' | 'http' | 'auto';
  stage?: string;
  endpoint?: 'regional' | 'edge' | 'private';
  /** Function name (as in its ARN) → ARN or the logical id of a function in the same stack. */
  lambda?: Record<string, string>;
  permissions?: PermissionMode;
  /** `body` (default): the definition as the API's `Body`; `resources`: as Resource/Method (REST) or Route/Integration (HTTP) resources. */
  form?: 'body' | 'resources';
  stageVariables?: Record<string, string>;
  /**
   * Lint's verdict on the definition, which the caller runs (export does not import lint) on the
   * definition export opened, so that both read one model: every finding, and those that say
   * deploying fails, whatever their severity.
   */
  lint: (definition: Definition) => LintVerdict;
  cwd?: string;
  /** More directories whose files `$ref`s may read (`--ref-root`); see `referenceRoots`. */
  refRoots?: readonly string[];
}

export interface LintVerdict {
  diagnostics: Diagnostic[];
  /** Findings that say the import or the deployment fails. */
  deployFails: Diagnostic[];
}

export interface ExportResult {
  template: Record<string, unknown>;
  apiType: 'rest' | 'http';
  notes: string[];
  /** Lint findings that do not stop the export, for the caller to show. */
  diagnostics: Diagnostic[];
}

/** Lint says deploying the definition fails: nothing is exported. */
export class ExportLintError extends Error {
  constructor(readonly diagnostics: Diagnostic[], readonly file: string) {
    super(`${file}: the definition has ${diagnostics.length} finding(s) that make the import or deployment fail; fix them before exporting (or turn a rule off with --rule if it is wrong)`);
  }
}

/** Stage names: letters, digits, hyphens and underscores, up to 128; HTTP APIs also have `$default` (CreateStage). */
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

function deploymentHash(parts: unknown): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('hex');
}

/** A deployable stack for a definition: REST (RestApi, hashed Deployment, Stage) or HTTP (Api, $default auto-deploy stage). */
export function exportSource(source: Source, options: ExportOptions): ExportResult {
  const cwd = options.cwd ?? process.cwd();
  const opened = openDefinitions(source, { apiType: options.apiType ?? 'auto', cwd, refRoots: options.refRoots });
  if (opened.kind === 'cloudformation') {
    throw new UserError('this is a CloudFormation template already; export cfn builds one from an OpenAPI definition', {
      file: opened.file, hint: 'apigw lint checks the definitions written inline in a template',
    });
  }
  return exportDefinition(onlyDefinition(opened), { ...options, cwd });
}

/** `exportSource` for a definition already opened (`openDefinitions`). */
export function exportDefinition(definition: Definition, options: ExportOptions): ExportResult {
  const cwd = options.cwd ?? process.cwd();
  const source = definition.source;
  const doc = definition.doc;
  const apiType = definition.apiType;
  if (apiType === 'websocket') throw new UserError('a WebSocket API has no OpenAPI form to export; it is written as resources already', { file: definition.file });
  const http = apiType === 'http';
  if (options.stage !== undefined && !STAGE_NAME.test(options.stage) && !(http && options.stage === '$default')) {
    throw new UserError(`--stage "${options.stage}": a stage name has only letters, digits, hyphens and underscores (at most 128)${http ? ', or is $default' : ''}`);
  }
  const { diagnostics, deployFails } = options.lint(definition);
  if (deployFails.length) throw new ExportLintError(deployFails, definition.file);
  const set = definition.set;
  const model = definition.model;
  // Also when a configuration turns doc/structure-type off: such a stack would not deploy.
  assertImportable(set, model.doc, model.base, model.version, cwd);
  if (http && model.version !== '3.0') {
    throw new UserError(`HTTP APIs import OpenAPI 3.0 only; this definition is ${model.version === '2.0' ? 'Swagger 2.0' : `OpenAPI ${textOf(doc.openapi)}`}`, { file: definition.file });
  }
  const notes: string[] = [];
  const targets = new LambdaTargets(new Map(Object.entries(options.lambda ?? {})));
  const body = bundleBody(set, source);
  // `swagger: 2.0` unquoted is a number; the Body says '2.0'.
  if (detectVersion(body) === '2.0' && typeof body.swagger !== 'string') body.swagger = '2.0';
  rewriteValues(body, targets, { account: mainAccount(body) }, notes);
  const refused = placeholdersToSub(body);
  if (refused.length) {
    throw new UserError(`placeholders that cannot become stack Parameters: ${refused.join(', ')}`, {
      file: source.displayPath(cwd), hint: 'resolve them (terraform templatefile, envsubst) before exporting, or write them as ${name}',
    });
  }
  const apiRef = http ? 'HttpApi' : 'Api';
  const stageName = options.stage ?? (http ? '$default' : 'prod');

  const parameters: Record<string, unknown> = {};
  const resources: Record<string, unknown> = {};
  let outputs: Record<string, unknown>;
  if (!http) {
    const endpoint = (options.endpoint ?? 'regional').toUpperCase();
    const endpointConfiguration: Record<string, unknown> = { Types: [endpoint] };
    const vpce = endpointIds(doc);
    if (endpoint === 'PRIVATE' && vpce) endpointConfiguration.VpcEndpointIds = vpce;
    if (endpoint === 'PRIVATE' && doc['x-amazon-apigateway-policy'] === undefined) notes.push('a private API needs a resource policy (x-amazon-apigateway-policy) before it can be invoked');
    if (endpoint === 'EDGE') notes.push('edge-optimized endpoints cannot use integration timeouts above 29 seconds');
    // A new logical id whenever the API changes, so that CloudFormation deploys it again.
    const graph = options.form === 'resources' ? restResources(body, source.displayPath(cwd)) : undefined;
    const hash = deploymentHash(graph ? { resources: graph.resources, endpointConfiguration } : { body, endpointConfiguration });
    const deployment = `ApiDeployment${hash.slice(0, 10)}`;
    if (graph) {
      Object.assign(resources, graph.resources);
      (resources.Api as { Properties: Record<string, unknown> }).Properties.EndpointConfiguration = endpointConfiguration;
    } else {
      resources.Api = {
        Type: 'AWS::ApiGateway::RestApi',
        Properties: { Body: body, Mode: 'overwrite', FailOnWarnings: true, EndpointConfiguration: endpointConfiguration },
      };
    }
    resources[deployment] = {
      Type: 'AWS::ApiGateway::Deployment',
      // The deployment snapshots the methods: they must exist first.
      ...(graph && graph.parts.length ? { DependsOn: graph.parts } : {}),
      Properties: { RestApiId: { Ref: 'Api' }, Description: `apigw sha256:${hash}` },
    };
    const stageProps: Record<string, unknown> = { RestApiId: { Ref: 'Api' }, DeploymentId: { Ref: deployment }, StageName: stageName };
    if (options.stageVariables && Object.keys(options.stageVariables).length) stageProps.Variables = options.stageVariables;
    resources.ApiStage = { Type: 'AWS::ApiGateway::Stage', Properties: stageProps };
    outputs = {
      ApiId: { Description: 'REST API id', Value: { Ref: 'Api' } },
      ApiUrl: { Description: 'Invoke URL of the stage', Value: { 'Fn::Sub': 'https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${ApiStage}' } },
      StageName: { Description: 'Stage name', Value: { Ref: 'ApiStage' } },
      ExecuteApiArn: { Description: 'execute-api ARN of the stage, for IAM policies', Value: { 'Fn::Sub': 'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/${ApiStage}' } },
      RootResourceId: { Description: 'Id of the root resource', Value: { 'Fn::GetAtt': ['Api', 'RootResourceId'] } },
    };
  } else {
    const graph = options.form === 'resources' ? httpResources(body, source.displayPath(cwd)) : undefined;
    if (graph) Object.assign(resources, graph.resources);
    else resources.HttpApi = { Type: 'AWS::ApiGatewayV2::Api', Properties: { Body: body, FailOnWarnings: true } };
    const stageProps: Record<string, unknown> = { ApiId: { Ref: 'HttpApi' }, StageName: stageName, AutoDeploy: true };
    if (options.stageVariables && Object.keys(options.stageVariables).length) stageProps.StageVariables = options.stageVariables;
    resources.HttpApiStage = { Type: 'AWS::ApiGatewayV2::Stage', ...(graph && graph.parts.length ? { DependsOn: graph.parts } : {}), Properties: stageProps };
    const url = stageName === '$default' ? { 'Fn::GetAtt': ['HttpApi', 'ApiEndpoint'] } : { 'Fn::Sub': '${HttpApi.ApiEndpoint}/${HttpApiStage}' };
    outputs = {
      ApiId: { Description: 'HTTP API id', Value: { Ref: 'HttpApi' } },
      ApiUrl: { Description: 'Invoke URL of the stage', Value: url },
      StageName: { Description: 'Stage name', Value: { Ref: 'HttpApiStage' } },
      ExecuteApiArn: { Description: 'execute-api ARN of the API, for IAM policies', Value: { 'Fn::Sub': 'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${HttpApi}/*' } },
    };
  }
  Object.assign(resources, permissionResources(model, targets, apiRef, options.permissions ?? 'route', http));
  const unused = targets.unusedMappings();
  if (unused.length) {
    const known = targets.all.filter((t) => t.parameter).map((t) => t.name);
    throw new UserError(`--lambda ${unused.join(', ')}: no Lambda function of that name in the definition${known.length ? ` (functions: ${known.join(', ')})` : ''}`);
  }
  for (const t of targets.all) {
    if (t.parameter) {
      parameters[t.parameter.name] = {
        Type: 'String',
        Default: t.parameter.defaultArn,
        Description: `ARN of the Lambda function written as ${t.parameter.defaultArn} in the definition (map it with --lambda)`,
      };
    }
  }
  const template: Record<string, unknown> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `${http ? 'HTTP' : 'REST'} API ${typeof (doc.info as Record<string, unknown> | undefined)?.title === 'string' ? (doc.info as Record<string, unknown>).title : ''} exported by apigw`.replace(/\s+/g, ' '),
  };
  if (Object.keys(parameters).length) template.Parameters = Object.fromEntries(Object.entries(parameters).sort(([a], [b]) => (a < b ? -1 : 1)));
  template.Resources = resources;
  template.Outputs = outputs;
  let bound: string[];
  try {
    bound = bindFreeReferences(template);
  } catch (err) {
    if (err instanceof UserError && !err.file) throw new UserError(err.message, { file: source.displayPath(cwd), cause: err });
    throw err;
  }
  if (bound.length) notes.push(`the definition refers to values outside it; they became Parameters: ${bound.join(', ')}`);
  return { template, apiType, notes: [...new Set(notes)], diagnostics };
}

function endpointIds(doc: Record<string, unknown>): unknown {
  const candidates = [doc['x-amazon-apigateway-endpoint-configuration'], ...(Array.isArray(doc.servers) ? doc.servers.map((s) => (isObject(s) ? s['x-amazon-apigateway-endpoint-configuration'] : undefined)) : [])];
  for (const c of candidates) if (isObject(c) && c.vpcEndpointIds !== undefined) return c.vpcEndpointIds;
  return undefined;
}

/** YAML with long-form intrinsics (usable in AWS::Include), or JSON. Same input, same bytes. */
export function serializeTemplate(template: Record<string, unknown>, format: 'yaml' | 'json'): string {
  if (format === 'json') return JSON.stringify(template, null, 2) + '\n';
  return yaml.dump(template, { noRefs: true, lineWidth: -1, sortKeys: false, quotingType: "'", noCompatMode: true });
}

/** `import { exportCloudFormation } from 'apigw'`. Lint errors throw `ExportLintError`; bad input `UserError`. */
export async function exportCloudFormation(file: string, options: ExportOptions): Promise<ExportResult> {
  const cwd = options.cwd ?? process.cwd();
  return exportSource(openSource(file, cwd), { ...options, cwd });
}
