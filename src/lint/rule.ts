import type { Severity } from '../report/diagnostic.js';
import type {
  ApiModel, AuthorizerNode, GatewayResponseNode, IntegrationNode, IntegrationResponseNode, MappingTemplateNode,
  NodeBase, OperationNode, PathItemNode, RequestValidatorNode, SchemaNode, SecuritySchemeNode,
} from '../model/model.js';
import type { Loc } from '../document/refs.js';
import type { WebSocketModel } from '../model/websocket.js';
import type { DisableDirective } from './directives.js';
import type { RestSource } from './helpers/mapping.js';

export interface DirectiveVisit {
  directive: DisableDirective;
  /** Rules running on this document: only these can have made a directive useful. */
  activeRuleIds: ReadonlySet<string>;
}

export type Category = 'resources' | 'methods' | 'integrations' | 'authorizers' | 'validators' | 'templates' | 'refs' | 'struct';
/** `both`: REST and HTTP APIs (their OpenAPI model); `websocket`: WebSocket APIs only (`model.websocket`). */
export type AppliesTo = 'rest' | 'http' | 'both' | 'websocket';

/** Whether a rule of `appliesTo` runs on an API of `apiType`. */
export function ruleApplies(appliesTo: AppliesTo, apiType: import('../model/detect.js').ApiType): boolean {
  return appliesTo === apiType || (appliesTo === 'both' && apiType !== 'websocket');
}
/** How the API is written: an OpenAPI document (alone or as a template's `Body`) or CloudFormation resources. */
export type { DefinitionForm } from '../model/model.js';

export interface RuleMeta {
  /** One sentence. */
  description: string;
  category: Category;
  appliesTo: AppliesTo;
  defaultSeverity: Severity | 'off';
  /**
   * The forms of definition the rule has a meaning in, when not both: a rule about OpenAPI
   * syntax says nothing about an API written as resources, a cross-resource check nothing about a body.
   */
  forms?: ReadonlyArray<import('../model/model.js').DefinitionForm>;
  /** The finding means the import or deployment fails even below error (export refuses it at any severity). */
  failsDeploy?: true;
  /** The AWS page stating the fact the rule enforces. */
  docsUrl: string;
}

export interface ReportDescriptor<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** The node, or a location. */
  node: NodeBase | Loc;
  /** Tokens below the node's pointer. */
  at?: Array<string | number>;
  on?: 'key' | 'value';
  /** A raw offset range in the node's file, for findings that have no pointer of their own. */
  offsets?: [number, number];
  suggest?: string;
}

export interface RuleContext<M extends string> {
  readonly model: ApiModel;
  readonly options: Record<string, unknown>;
  report(descriptor: ReportDescriptor<M>): void;
}

/**
 * Every node in every loaded file: `key` is the property name or index that led to it. For
 * scalars `loc` is reused for the next node: read it during the call, copy it to keep it.
 */
/**
 * Where the walk is: a location whose pointer is built only when read, with the depth and the
 * unescaped tokens of the path at hand, so a visitor can tell where it is without strings.
 */
export interface WalkLocation extends Loc {
  /** Number of tokens in the pointer: 0 for the document itself. */
  readonly depth: number;
  /** The pointer's tokens, unescaped, outermost first. */
  tokens(): string[];
}

export type ValueVisitor = (value: unknown, loc: WalkLocation, key: string | null, parent: unknown) => void;

/**
 * One entry of a parameter mapping, with its target (the key) and its source (the value) parsed.
 * REST request mappings: `integration.request.header.X: method.request.querystring.q`; REST
 * response mappings: `method.response.header.X: integration.response.header.Y`; HTTP API ones:
 * `append:header.X: $request.header.Y`, and per status code `overwrite:statuscode: '204'`.
 */
export interface ParameterMappingNode extends NodeBase {
  kind: 'RequestParameterMapping' | 'ResponseParameterMapping';
  key: string;
  value: unknown;
  /** The value is an intrinsic or holds a `${…}` placeholder: the document does not state it. */
  isUnknown: boolean;
  integration: IntegrationNode;
  /** The REST integration response whose `responseParameters` hold this entry. */
  response?: IntegrationResponseNode;
  /** The back-end status code an HTTP API `responseParameters` entry is keyed by. */
  status?: string;
  /** REST: `integration.request.<location>.<name>` or `method.response.header.<name>`, parsed. */
  restTarget?: { location: string; name: string };
  /** HTTP API: `<action>:<location>.<name>`, parsed. */
  httpTarget?: { action: string; location: string; name?: string };
  /** REST: the value as a mapping expression, when it is a string. */
  restSource?: RestSource;
}

/**
 * A visitor is a function (called on entering the node) or `{ enter, leave }`: `leave` runs once
 * everything below the node has been visited (an operation's integration, an integration's
 * responses and mappings). `unknown: true` asks for parameter mappings whose value the document
 * does not state too; without it the walker leaves them out.
 */
export type Visitor<T> = ((node: T) => void) | { enter?(node: T): void; leave?(node: T): void; unknown?: boolean };

export interface Visitors {
  Root?: Visitor<ApiModel>;
  PathItem?: Visitor<PathItemNode>;
  Operation?: Visitor<OperationNode>;
  Integration?: Visitor<IntegrationNode>;
  IntegrationResponse?: Visitor<IntegrationResponseNode>;
  RequestParameterMapping?: Visitor<ParameterMappingNode>;
  ResponseParameterMapping?: Visitor<ParameterMappingNode>;
  MappingTemplate?: Visitor<MappingTemplateNode>;
  SecurityScheme?: Visitor<SecuritySchemeNode>;
  Authorizer?: Visitor<AuthorizerNode>;
  RequestValidator?: Visitor<RequestValidatorNode>;
  GatewayResponse?: Visitor<GatewayResponseNode>;
  Schema?: Visitor<SchemaNode>;
  /** A WebSocket API's routes and integrations (`model.websocket`), once, after `Root`. */
  WebSocketApi?: Visitor<WebSocketModel>;
  /** Every node of every loaded file, intrinsics and placeholders included (cfn/* rules read them). */
  Value?: ValueVisitor;
  /** Like `Value`, for mappings and sequences only: the walk skips calling it on scalars. */
  Container?: ValueVisitor;
  /** After the whole walk, `Value` included (the same as `Root`'s `leave`). */
  'Root:exit'?(model: ApiModel): void;
  /** Each `# apigw-disable-…` comment, after every other visitor has run. */
  Directive?(node: DirectiveVisit): void;
}

/** The node kinds a rule may visit with `enter`/`leave`, in the order the walker reaches them. */
export type NodeKind = Exclude<keyof Visitors, 'Value' | 'Container' | 'Root:exit' | 'Directive'>;

export interface Rule<M extends string = string> {
  id: string;
  meta: RuleMeta;
  messages: Record<M, string>;
  /** Defaults for options, when the rule takes any. */
  defaultOptions?: Record<string, unknown>;
  /** Returns problems with `options`, one string each. */
  validateOptions?(options: Record<string, unknown>): string[];
  create(ctx: RuleContext<M>): Visitors;
}

/** Identity helper that keeps message ids typed. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/**
 * `create` of a rule whose checks are rows of the node-type table (src/lint/node-types.ts):
 * the structural check reports under the rule's id, so the rule adds no visitor of its own.
 */
export function byNodeTypes(): Visitors {
  return {};
}
