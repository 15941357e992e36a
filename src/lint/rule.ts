import type { Severity } from '../report/diagnostic.js';
import type {
  ApiModel, AuthorizerNode, GatewayResponseNode, IntegrationNode, IntegrationResponseNode, MappingTemplateNode,
  NodeBase, OperationNode, PathItemNode, RequestValidatorNode, SchemaNode, SecuritySchemeNode,
} from '../model/model.js';
import type { Loc } from '../document/refs.js';
import type { DisableDirective } from './directives.js';

export interface DirectiveVisit {
  directive: DisableDirective;
  /** Rules running on this document: only these can have made a directive useful. */
  activeRuleIds: ReadonlySet<string>;
}

export type Category = 'resources' | 'methods' | 'integrations' | 'authorizers' | 'validators' | 'templates' | 'refs' | 'struct';
export type AppliesTo = 'rest' | 'http' | 'both';
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

export interface Visitors {
  Root?(model: ApiModel): void;
  PathItem?(node: PathItemNode): void;
  Operation?(node: OperationNode): void;
  Integration?(node: IntegrationNode): void;
  IntegrationResponse?(node: IntegrationResponseNode): void;
  MappingTemplate?(node: MappingTemplateNode): void;
  SecurityScheme?(node: SecuritySchemeNode): void;
  Authorizer?(node: AuthorizerNode): void;
  RequestValidator?(node: RequestValidatorNode): void;
  GatewayResponse?(node: GatewayResponseNode): void;
  Schema?(node: SchemaNode): void;
  Value?: ValueVisitor;
  /** Like `Value`, for mappings and sequences only: the walk skips calling it on scalars. */
  Container?: ValueVisitor;
  'Root:exit'?(model: ApiModel): void;
  /** Each `# apigw-disable-…` comment, after every other visitor has run. */
  Directive?(node: DirectiveVisit): void;
}

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
