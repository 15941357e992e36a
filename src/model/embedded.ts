import { lookupTable } from '../document/own.js';
import { type ApiType, isObject } from './detect.js';
import { isIntrinsicKey } from '../document/cfn-tags.js';
import { joinPointer } from '../document/pointer.js';

/** An API definition written inline in a CloudFormation or SAM template. */
export interface EmbeddedDefinition {
  /** The resource's logical id. */
  resource: string;
  /** Its CloudFormation type. */
  type: string;
  /** Pointer of the definition (`/Resources/<id>/Properties/Body`). */
  pointer: string;
  apiType: ApiType;
  /** For SAM's resources: what the SAM transform adds to the definition before API Gateway sees it. */
  sam?: SamAdditions;
}

/** An API of a template whose definition is not written in it (S3, `AWS::Include`, an intrinsic). */
export interface DefinitionElsewhere {
  resource: string;
  type: string;
  apiType: ApiType;
  /** Pointer of the property that names where the definition is. */
  pointer: string;
  /** `Api (BodyS3Location)`, `Api (DefinitionBody is brought in with AWS::Include)`: for a message. */
  what: string;
}

/**
 * SAM completes a `DefinitionBody`: a function's `Api` or `HttpApi` event adds the Lambda
 * integration (and security) to its path and method, and the resource's `Auth.Authorizers`
 * become security schemes of those names (sam-property-function-api.html,
 * sam-property-function-httpapi.html, sam-property-api-apiauth.html).
 */
export interface SamAdditions {
  /** `METHOD /path` of every route a function event integrates (ANY for `any`). */
  routes: ReadonlySet<string>;
  /** Security scheme names SAM defines. */
  schemes: ReadonlySet<string>;
  /**
   * The `Auth.DefaultAuthorizer` SAM also puts on the CORS preflight OPTIONS methods: with `Cors`
   * set, `AddDefaultAuthorizerToCorsPreflight` defaults to true (sam-property-api-apiauth.html).
   */
  preflightAuthorizer?: { name: string; pointer: string };
}

/** Resource types that carry a definition, the property that holds it inline, and the API type. */
const CARRIERS = lookupTable<{ inline: string; elsewhere: string; apiType: ApiType }>({
  'AWS::ApiGateway::RestApi': { inline: 'Body', elsewhere: 'BodyS3Location', apiType: 'rest' },
  'AWS::Serverless::Api': { inline: 'DefinitionBody', elsewhere: 'DefinitionUri', apiType: 'rest' },
  'AWS::ApiGatewayV2::Api': { inline: 'Body', elsewhere: 'BodyS3Location', apiType: 'http' },
  'AWS::Serverless::HttpApi': { inline: 'DefinitionBody', elsewhere: 'DefinitionUri', apiType: 'http' },
});

/** A CloudFormation or SAM template rather than an OpenAPI document. */
export function isCloudFormationTemplate(doc: unknown): doc is Record<string, unknown> {
  return isObject(doc) && (doc.AWSTemplateFormatVersion !== undefined || isObject(doc.Resources)) && doc.swagger === undefined && doc.openapi === undefined;
}

/**
 * The definitions a template writes inline, in resource order, and the resources whose definition
 * lives elsewhere (S3, `Fn::Transform: AWS::Include`), described for a message.
 */
export function embeddedDefinitions(template: Record<string, unknown>): { inline: EmbeddedDefinition[]; elsewhere: DefinitionElsewhere[] } {
  const inline: EmbeddedDefinition[] = [];
  const elsewhere: DefinitionElsewhere[] = [];
  const resources = isObject(template.Resources) ? template.Resources : {};
  for (const [resource, value] of Object.entries(resources)) {
    if (!isObject(value) || typeof value.Type !== 'string') continue;
    const carrier = CARRIERS[value.Type];
    if (!carrier) continue;
    const props = isObject(value.Properties) ? value.Properties : {};
    const body = props[carrier.inline];
    if (isInlineDefinition(body)) {
      const definition: EmbeddedDefinition = { resource, type: value.Type, pointer: joinPointer('/Resources', resource, 'Properties', carrier.inline), apiType: carrier.apiType };
      if (value.Type.startsWith('AWS::Serverless::')) definition.sam = samAdditions(resources, resource, props, carrier.apiType);
      inline.push(definition);
    } else if (body !== undefined) {
      const how = !isObject(body) ? 'is not written inline' : isObject(body['Fn::Transform']) ? 'is brought in with AWS::Include' : `is given by ${Object.keys(body)[0]}`;
      const pointer = joinPointer('/Resources', resource, 'Properties', carrier.inline);
      elsewhere.push({ resource, type: value.Type, apiType: carrier.apiType, pointer, what: `${resource} (${carrier.inline} ${how})` });
    } else if (props[carrier.elsewhere] !== undefined) {
      const pointer = joinPointer('/Resources', resource, 'Properties', carrier.elsewhere);
      elsewhere.push({ resource, type: value.Type, apiType: carrier.apiType, pointer, what: `${resource} (${carrier.elsewhere})` });
    }
  }
  return { inline, elsewhere };
}

/**
 * A `Body` or `DefinitionBody` that is the definition itself, not a value CloudFormation computes
 * (`{ "Fn::Transform": … }` for AWS::Include, `{ "Ref": … }`, `{ "Fn::If": … }`).
 */
export function isInlineDefinition(body: unknown): body is Record<string, unknown> {
  if (!isObject(body)) return false;
  const keys = Object.keys(body);
  return !(keys.length === 1 && isIntrinsicKey(keys[0]!));
}

/** Whether `ref` (a `RestApiId` or `ApiId`) names the resource `id`: `!Ref id` or the bare id. */
function refersTo(ref: unknown, id: string): boolean {
  return ref === id || (isObject(ref) && ref.Ref === id);
}

function samAdditions(resources: Record<string, unknown>, id: string, props: Record<string, unknown>, apiType: ApiType): SamAdditions {
  const routes = new Set<string>();
  const eventType = apiType === 'rest' ? 'Api' : 'HttpApi';
  const idKey = apiType === 'rest' ? 'RestApiId' : 'ApiId';
  for (const value of Object.values(resources)) {
    if (!isObject(value) || (value.Type !== 'AWS::Serverless::Function' && value.Type !== 'AWS::Serverless::StateMachine')) continue;
    const events = isObject(value.Properties) && isObject(value.Properties.Events) ? value.Properties.Events : {};
    for (const event of Object.values(events)) {
      if (!isObject(event) || event.Type !== eventType || !isObject(event.Properties)) continue;
      const { Method: method, Path: path } = event.Properties;
      if (refersTo(event.Properties[idKey], id) && typeof method === 'string' && typeof path === 'string') {
        routes.add(`${method.toUpperCase()} ${path}`);
      }
    }
  }
  const auth = isObject(props.Auth) ? props.Auth : {};
  const schemes = new Set(isObject(auth.Authorizers) ? Object.keys(auth.Authorizers) : []);
  // SAM's own names for IAM authorization and API keys (REST).
  if (apiType === 'rest') schemes.add('AWS_IAM').add('api_key');
  const additions: SamAdditions = { routes, schemes };
  const name = auth.DefaultAuthorizer;
  if (apiType === 'rest' && props.Cors !== undefined && typeof name === 'string' && name !== 'NONE' && auth.AddDefaultAuthorizerToCorsPreflight !== false) {
    additions.preflightAuthorizer = { name, pointer: joinPointer('/Resources', id, 'Properties', 'Auth', 'DefaultAuthorizer') };
  }
  return additions;
}
