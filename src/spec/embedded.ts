import { type ApiType, isObject } from './detect.js';
import { joinPointer } from './pointer.js';

/** An API definition written inline in a CloudFormation or SAM template. */
export interface EmbeddedDefinition {
  /** The resource's logical id. */
  resource: string;
  /** Its CloudFormation type. */
  type: string;
  /** Pointer of the definition (`/Resources/<id>/Properties/Body`). */
  pointer: string;
  apiType: ApiType;
}

/** Resource types that carry a definition, the property that holds it inline, and the API type. */
const CARRIERS: Record<string, { inline: string; elsewhere: string; apiType: ApiType }> = {
  'AWS::ApiGateway::RestApi': { inline: 'Body', elsewhere: 'BodyS3Location', apiType: 'rest' },
  'AWS::Serverless::Api': { inline: 'DefinitionBody', elsewhere: 'DefinitionUri', apiType: 'rest' },
  'AWS::ApiGatewayV2::Api': { inline: 'Body', elsewhere: 'BodyS3Location', apiType: 'http' },
  'AWS::Serverless::HttpApi': { inline: 'DefinitionBody', elsewhere: 'DefinitionUri', apiType: 'http' },
};

/** A CloudFormation or SAM template rather than an OpenAPI document. */
export function isCloudFormationTemplate(doc: unknown): doc is Record<string, unknown> {
  return isObject(doc) && (doc.AWSTemplateFormatVersion !== undefined || isObject(doc.Resources)) && doc.swagger === undefined && doc.openapi === undefined;
}

/**
 * The definitions a template writes inline, in resource order, and the resources whose definition
 * lives elsewhere (S3, `Fn::Transform: AWS::Include`), described for a message.
 */
export function embeddedDefinitions(template: Record<string, unknown>): { inline: EmbeddedDefinition[]; elsewhere: string[] } {
  const inline: EmbeddedDefinition[] = [];
  const elsewhere: string[] = [];
  const resources = isObject(template.Resources) ? template.Resources : {};
  for (const [resource, value] of Object.entries(resources)) {
    if (!isObject(value) || typeof value.Type !== 'string') continue;
    const carrier = CARRIERS[value.Type];
    if (!carrier) continue;
    const props = isObject(value.Properties) ? value.Properties : {};
    const body = props[carrier.inline];
    if (isObject(body) && !isObject(body['Fn::Transform'])) {
      inline.push({ resource, type: value.Type, pointer: joinPointer('/Resources', resource, 'Properties', carrier.inline), apiType: carrier.apiType });
    } else if (body !== undefined) {
      elsewhere.push(`${resource} (${carrier.inline} is not written inline)`);
    } else if (props[carrier.elsewhere] !== undefined) {
      elsewhere.push(`${resource} (${carrier.elsewhere})`);
    }
  }
  return { inline, elsewhere };
}
