import { textOf } from '../document/own.js';
import { type ApiType, detectApiType, detectVersion, isObject, type OasVersion } from './detect.js';
import type { SamAdditions } from './embedded.js';
import type { TemplateContext } from './resource-graph.js';
import type { WebSocketModel } from './websocket.js';
import { intrinsicObjects } from '../document/cfn-tags.js';
import { getAtPointer, joinPointer } from '../document/pointer.js';
import { type Deref, type Loc, SourceSet } from '../document/refs.js';
import type { Source } from '../document/source.js';

/**
 * The API as API Gateway sees it: resources, methods, integrations, authorizers, validators and
 * gateway responses, each with the place it was written. Built once, shared by every rule.
 */
export interface NodeBase {
  loc: Loc;
  /** The `$ref` site that led to this node, when it lives elsewhere. */
  via?: Loc;
}

export interface ParameterNode extends NodeBase {
  name: string;
  in: string;
  value: Record<string, unknown>;
}

export interface PathItemNode extends NodeBase {
  kind: 'PathItem';
  path: string;
  value: Record<string, unknown>;
  operations: OperationNode[];
  parameters: ParameterNode[];
}

export interface MethodResponseNode extends NodeBase {
  status: string;
  value: unknown;
  /** Declared header names, lower-cased. */
  headers: Set<string>;
}

export interface OperationNode extends NodeBase {
  kind: 'Operation';
  /** Upper-case HTTP verb; `ANY` for `x-amazon-apigateway-any-method`. */
  method: string;
  /** The key as written under the path item. */
  key: string;
  path: string;
  /** `GET /pets`, for messages. */
  label: string;
  value: Record<string, unknown>;
  pathItem: PathItemNode;
  /** Effective parameters: path-item ones overridden by the operation's own, `$ref`s followed. */
  parameters: ParameterNode[];
  responses: Map<string, MethodResponseNode>;
  integration?: IntegrationNode;
}

export interface IntegrationNode extends NodeBase {
  kind: 'Integration';
  operation: OperationNode;
  value: Record<string, unknown>;
  /** Lower-cased `type`, when it is a string. */
  type?: string;
  responses: IntegrationResponseNode[];
}

export interface IntegrationResponseNode extends NodeBase {
  kind: 'IntegrationResponse';
  pattern: string;
  value: unknown;
  integration: IntegrationNode;
}

export interface MappingTemplateNode extends NodeBase {
  kind: 'MappingTemplate';
  role: 'request' | 'response' | 'gateway';
  contentType: string;
  text: unknown;
  /** What the template belongs to, for messages: `GET /pets`, `gateway response DEFAULT_4XX`. */
  owner: string;
}

export interface SecuritySchemeNode extends NodeBase {
  kind: 'SecurityScheme';
  name: string;
  value: Record<string, unknown>;
  authorizer?: AuthorizerNode;
}

export interface AuthorizerNode extends NodeBase {
  kind: 'Authorizer';
  name: string;
  value: Record<string, unknown>;
  type?: string;
  scheme: SecuritySchemeNode;
}

export interface RequestValidatorNode extends NodeBase {
  kind: 'RequestValidator';
  name: string;
  value: unknown;
}

export interface GatewayResponseNode extends NodeBase {
  kind: 'GatewayResponse';
  responseType: string;
  value: unknown;
}

export interface SchemaNode extends NodeBase {
  kind: 'Schema';
  /** Model name for named schemas; undefined for inline ones. */
  name?: string;
  value: unknown;
  /** Where an inline schema is used, for messages. */
  owner: string;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export const ANY_METHOD = 'x-amazon-apigateway-any-method';

/** How an API is written: an OpenAPI document (alone or a template's `Body`), or CloudFormation resources. */
export type DefinitionForm = 'openapi' | 'resources';

export interface ApiModel {
  set: SourceSet;
  form: DefinitionForm;
  /** The template the definition was read from: its resources, for cross-resource checks. */
  template?: TemplateContext;
  root: Source;
  /** Where the definition sits in the root file: the whole file, or an embedded `Body`. */
  base: Loc;
  /** For a SAM `DefinitionBody`: the routes and security schemes the SAM transform adds. */
  sam?: SamAdditions;
  doc: Record<string, unknown>;
  version: OasVersion | null;
  apiType: ApiType;
  paths: PathItemNode[];
  operations: OperationNode[];
  integrations: IntegrationNode[];
  integrationResponses: IntegrationResponseNode[];
  templates: MappingTemplateNode[];
  securitySchemes: Map<string, SecuritySchemeNode>;
  authorizers: AuthorizerNode[];
  validators: Map<string, RequestValidatorNode>;
  gatewayResponses: GatewayResponseNode[];
  schemas: SchemaNode[];
  /** A WebSocket API (`apiType: 'websocket'`): its routes and integrations; the OpenAPI lists above are empty. */
  websocket?: WebSocketModel;
  /** Derived facts computed once per run and shared by rules (keyed by helper). */
  cache: Map<string, unknown>;
}

/** A location below another one; its pointer string is built only if something asks for it. */
class ChildLoc implements Loc {
  private cached?: string;

  constructor(
    readonly source: Loc['source'],
    private readonly parent: Loc,
    private readonly tokens: Array<string | number>,
  ) {}

  get pointer(): string {
    return (this.cached ??= joinPointer(this.parent.pointer, ...this.tokens));
  }
}

/** A location below `loc`; its pointer is built only when read. */
export function at(loc: Loc, ...tokens: Array<string | number>): Loc {
  return new ChildLoc(loc.source, loc, tokens);
}

export interface BuildOptions {
  apiType?: ApiType | 'auto';
  /** What SAM adds to an embedded `DefinitionBody`. */
  sam?: SamAdditions;
  /** The template the definition was read from, when it was (its resources, for cross-resource checks). */
  template?: TemplateContext;
  /** Resources: the document was assembled from a template's resources (`src/model/resource-graph.ts`). */
  form?: DefinitionForm;
  /** A WebSocket API read from a template's resources. */
  websocket?: WebSocketModel;
}

/** The model of the definition in `set`: its root file, or the `Body` embedded at `set.rootBase`. */
export function buildModel(set: SourceSet, options: BuildOptions = {}): ApiModel {
  const root = set.root;
  const base = set.rootBase;
  const embedded = base === '' ? root.root : getAtPointer(root.root, base);
  const doc = (isObject(embedded) ? embedded : {}) as Record<string, unknown>;
  const rootLoc: Loc = { source: root, pointer: base };
  const version = detectVersion(doc);
  const apiType = !options.apiType || options.apiType === 'auto' ? detectApiType(doc) : options.apiType;
  const model: ApiModel = {
    set, form: options.form ?? 'openapi', template: options.template, root, base: rootLoc, sam: options.sam, doc, version, apiType,
    paths: [], operations: [], integrations: [], integrationResponses: [], templates: [],
    securitySchemes: new Map(), authorizers: [], validators: new Map(), gatewayResponses: [],
    schemas: [], cache: new Map(),
  };
  if (options.websocket) model.websocket = options.websocket;
  const follow = (value: unknown, loc: Loc): Deref => set.deref(value, loc);

  const isOas3 = version === '3.0' || version === '3.1';
  const components = isOas3 && isObject(doc.components) ? doc.components : undefined;
  const componentsLoc = at(rootLoc, 'components');

  // Security schemes and their authorizers.
  const schemesValue = isOas3 ? components?.securitySchemes : doc.securityDefinitions;
  const schemesLoc = isOas3 ? at(componentsLoc, 'securitySchemes') : at(rootLoc, 'securityDefinitions');
  if (isObject(schemesValue)) {
    for (const [name, raw] of Object.entries(schemesValue)) {
      const d = follow(raw, at(schemesLoc, name));
      if (!isObject(d.value) || intrinsicObjects.has(d.value)) continue;
      const scheme: SecuritySchemeNode = { kind: 'SecurityScheme', name, value: d.value, loc: d.loc, via: d.via };
      const auth = d.value['x-amazon-apigateway-authorizer'];
      if (isObject(auth) && !intrinsicObjects.has(auth)) {
        scheme.authorizer = {
          kind: 'Authorizer', name, value: auth, scheme, loc: at(d.loc, 'x-amazon-apigateway-authorizer'), via: d.via,
          type: typeof auth.type === 'string' ? auth.type.toLowerCase() : undefined,
        };
        model.authorizers.push(scheme.authorizer);
      }
      model.securitySchemes.set(name, scheme);
    }
  }

  const validators = doc['x-amazon-apigateway-request-validators'];
  if (isObject(validators)) {
    for (const [name, value] of Object.entries(validators)) {
      model.validators.set(name, { kind: 'RequestValidator', name, value, loc: at(rootLoc, 'x-amazon-apigateway-request-validators', name) });
    }
  }

  const gatewayResponses = doc['x-amazon-apigateway-gateway-responses'];
  if (isObject(gatewayResponses)) {
    for (const [responseType, value] of Object.entries(gatewayResponses)) {
      const loc = at(rootLoc, 'x-amazon-apigateway-gateway-responses', responseType);
      model.gatewayResponses.push({ kind: 'GatewayResponse', responseType, value, loc });
      if (isObject(value) && isObject(value.responseTemplates)) {
        for (const [contentType, text] of Object.entries(value.responseTemplates)) {
          model.templates.push({
            kind: 'MappingTemplate', role: 'gateway', contentType, text, owner: `gateway response ${responseType}`,
            loc: at(loc, 'responseTemplates', contentType),
          });
        }
      }
    }
  }

  // Named models.
  // The whole map may live in another file (`definitions: {$ref: models.yaml}`): its keys are the model names.
  const definitions = follow(isOas3 ? components?.schemas : doc.definitions, isOas3 ? at(componentsLoc, 'schemas') : at(rootLoc, 'definitions'));
  if (isObject(definitions.value) && !definitions.problem) {
    for (const [name, value] of Object.entries(definitions.value)) {
      model.schemas.push({ kind: 'Schema', name, value, loc: at(definitions.loc, name), via: definitions.via, owner: `model ${name}` });
    }
  }

  const readParameters = (list: unknown, loc: Loc, via?: Loc): ParameterNode[] => {
    if (!Array.isArray(list)) return [];
    const out: ParameterNode[] = [];
    list.forEach((raw, i) => {
      const d = follow(raw, at(loc, i));
      if (!isObject(d.value)) return;
      out.push({ name: textOf(d.value.name ?? ''), in: textOf(d.value.in ?? ''), value: d.value, loc: d.loc, via: d.via ?? via });
    });
    return out;
  };

  const paths = doc.paths;
  const pathsLoc = at(rootLoc, 'paths');
  if (isObject(paths)) {
    for (const [path, rawItem] of Object.entries(paths)) {
      const itemDeref = follow(rawItem, at(pathsLoc, path));
      if (!isObject(itemDeref.value)) continue;
      const itemValue = itemDeref.value;
      const item: PathItemNode = {
        kind: 'PathItem', path, value: itemValue, loc: itemDeref.loc, via: itemDeref.via, operations: [],
        parameters: readParameters(itemValue.parameters, at(itemDeref.loc, 'parameters'), itemDeref.via),
      };
      model.paths.push(item);
      for (const [key, opValue] of Object.entries(itemValue)) {
        const lower = key.toLowerCase();
        const isMethod = (HTTP_METHODS as readonly string[]).includes(lower) || key === ANY_METHOD;
        if (!isMethod || !isObject(opValue)) continue;
        const method = key === ANY_METHOD ? 'ANY' : lower.toUpperCase();
        const opLoc = at(item.loc, key);
        const own = readParameters(opValue.parameters, at(opLoc, 'parameters'), item.via);
        const effective = item.parameters.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)).concat(own);
        const op: OperationNode = {
          kind: 'Operation', method, key, path, label: `${method} ${path}`, value: opValue, pathItem: item,
          loc: opLoc, via: item.via, parameters: effective, responses: new Map(),
        };
        const responses = opValue.responses;
        if (isObject(responses)) {
          for (const [status, rawResp] of Object.entries(responses)) {
            const d = follow(rawResp, at(opLoc, 'responses', status));
            const headers = new Set<string>();
            if (isObject(d.value) && isObject(d.value.headers)) {
              for (const h of Object.keys(d.value.headers)) headers.add(h.toLowerCase());
            }
            op.responses.set(status, { status, value: d.value, headers, loc: d.loc, via: d.via ?? op.via });
          }
        }
        addOperationSchemas(model, op, follow);
        const rawInteg = opValue['x-amazon-apigateway-integration'];
        if (rawInteg !== undefined) {
          const d = follow(rawInteg, at(opLoc, 'x-amazon-apigateway-integration'));
          // A whole integration given by an intrinsic (Fn::If, Ref) is not known until deployment.
          if (isObject(d.value) && !intrinsicObjects.has(d.value)) op.integration = addIntegration(model, op, d);
        }
        item.operations.push(op);
        model.operations.push(op);
      }
    }
  }
  return model;
}

function addIntegration(model: ApiModel, op: OperationNode, d: Deref): IntegrationNode {
  const value = d.value as Record<string, unknown>;
  const via = d.via ?? op.via;
  const integ: IntegrationNode = {
    kind: 'Integration', operation: op, value, loc: d.loc, via, responses: [],
    type: typeof value.type === 'string' ? value.type.toLowerCase() : undefined,
  };
  model.integrations.push(integ);
  if (isObject(value.requestTemplates)) {
    for (const [contentType, text] of Object.entries(value.requestTemplates)) {
      model.templates.push({
        kind: 'MappingTemplate', role: 'request', contentType, text, owner: op.label,
        loc: at(d.loc, 'requestTemplates', contentType), via,
      });
    }
  }
  if (isObject(value.responses)) {
    for (const [pattern, resp] of Object.entries(value.responses)) {
      const loc = at(d.loc, 'responses', pattern);
      const node: IntegrationResponseNode = { kind: 'IntegrationResponse', pattern, value: resp, integration: integ, loc, via };
      integ.responses.push(node);
      model.integrationResponses.push(node);
      if (isObject(resp) && isObject(resp.responseTemplates)) {
        for (const [contentType, text] of Object.entries(resp.responseTemplates)) {
          model.templates.push({
            kind: 'MappingTemplate', role: 'response', contentType, text, owner: op.label,
            loc: at(loc, 'responseTemplates', contentType), via,
          });
        }
      }
    }
  }
  return integ;
}

function addOperationSchemas(model: ApiModel, op: OperationNode, follow: (v: unknown, l: Loc) => Deref): void {
  const push = (value: unknown, loc: Loc, owner: string) => {
    if (value === undefined) return;
    const d = follow(value, loc);
    if (d.via) return; // a named model, checked once where it is defined
    model.schemas.push({ kind: 'Schema', value: d.value, loc: d.loc, owner });
  };
  for (const p of op.parameters) {
    if (p.value.schema !== undefined) push(p.value.schema, at(p.loc, 'schema'), `${op.label} parameter ${p.name}`);
  }
  const body = op.value.requestBody;
  if (body !== undefined) {
    const d = follow(body, at(op.loc, 'requestBody'));
    if (isObject(d.value) && isObject(d.value.content)) {
      for (const [mime, media] of Object.entries(d.value.content)) {
        if (isObject(media)) push(media.schema, at(d.loc, 'content', mime, 'schema'), `${op.label} request body`);
      }
    }
  }
  for (const r of op.responses.values()) {
    if (!isObject(r.value)) continue;
    if (r.value.schema !== undefined) push(r.value.schema, at(r.loc, 'schema'), `${op.label} response ${r.status}`);
    if (isObject(r.value.content)) {
      for (const [mime, media] of Object.entries(r.value.content)) {
        if (isObject(media)) push(media.schema, at(r.loc, 'content', mime, 'schema'), `${op.label} response ${r.status}`);
      }
    }
  }
}
