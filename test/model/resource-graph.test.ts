import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/document/load.js';
import { httpResources } from '../../src/export/cfn/resources.js';
import { graphApis, readGraphApi } from '../../src/model/resource-graph.js';

/**
 * An HTTP API integration's response mappings: CloudFormation writes each status's mappings as a
 * list of Destination/Source pairs and refuses OpenAPI's map ("Encountered unsupported properties
 * in {/ResponseParameters/403}: [overwrite:statuscode]", https://github.com/aws/aws-cdk/issues/20993).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigatewayv2-integration-responseparametermap.html
 */
describe('HTTP API integration ResponseParameters', () => {
  const TEMPLATE = `
Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: pets, ProtocolType: HTTP }
  Backend:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Api
      IntegrationType: HTTP_PROXY
      IntegrationMethod: GET
      IntegrationUri: https://pets.example.com/pets
      PayloadFormatVersion: '1.0'
      ResponseParameters:
        '404':
          ResponseParameters:
            - { Destination: overwrite:statuscode, Source: '410' }
            - { Destination: append:header.X-Cache, Source: miss }
  Route:
    Type: AWS::ApiGatewayV2::Route
    Properties: { ApiId: !Ref Api, RouteKey: GET /pets, Target: !Sub 'integrations/\${Backend}' }
`;
  const read = (text: string) => {
    const source = parseText(text, 'template.yaml', 'template.yaml');
    return readGraphApi(source, graphApis(source.root as Record<string, unknown>)[0]!).source;
  };
  const integrationOf = (doc: unknown) => (doc as { paths: Record<string, { get: Record<string, Record<string, unknown>> }> }).paths['/pets']!.get['x-amazon-apigateway-integration']!;

  it('reads the Destination/Source list as the map OpenAPI writes, each mapping placed at its pair', () => {
    const source = read(TEMPLATE);
    expect(integrationOf(source.root).responseParameters).toEqual({ '404': { 'overwrite:statuscode': '410', 'append:header.X-Cache': 'miss' } });
    const at = '/paths/~1pets/get/x-amazon-apigateway-integration/responseParameters/404';
    expect(source.publicPointer(at, 'key')).toBe('/Resources/Backend/Properties/ResponseParameters/404');
    expect(source.publicPointer(`${at}/append:header.X-Cache`)).toBe('/Resources/Backend/Properties/ResponseParameters/404/ResponseParameters/1/Source');
    expect(source.publicPointer(`${at}/append:header.X-Cache`, 'key')).toBe('/Resources/Backend/Properties/ResponseParameters/404/ResponseParameters/1/Destination');
    expect(source.locate(`${at}/append:header.X-Cache`, 'key').range.start).toEqual({ line: 18, column: 30 });
  });

  it('is written by export --form resources as that list, and read back unchanged', () => {
    const body = { openapi: '3.0.1', info: { title: 'pets', version: '1' }, paths: { '/pets': { get: { 'x-amazon-apigateway-integration': {
      type: 'http_proxy', httpMethod: 'GET', uri: 'https://pets.example.com/pets', payloadFormatVersion: '1.0',
      responseParameters: { '404': { 'overwrite:statuscode': '410', 'append:header.X-Cache': 'miss' } },
    } } } } };
    const { resources } = httpResources(body, 'api.yaml');
    const integration = Object.values(resources).find((r) => r.Type === 'AWS::ApiGatewayV2::Integration')!;
    expect((integration.Properties as Record<string, unknown>).ResponseParameters).toEqual({
      '404': { ResponseParameters: [{ Destination: 'overwrite:statuscode', Source: '410' }, { Destination: 'append:header.X-Cache', Source: 'miss' }] },
    });
    const back = read(JSON.stringify({ Resources: resources }));
    expect(integrationOf(back.root).responseParameters).toEqual(body.paths['/pets'].get['x-amazon-apigateway-integration'].responseParameters);
  });
});

describe('pointers of a document read from resources', () => {
  const source = parseText(`
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: pets }
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      RequestParameters: { method.request.querystring.q: true }
      Integration:
        Type: MOCK
        RequestTemplates: { application/json: '{"statusCode": 200}' }
`, 'template.yaml', 'template.yaml');
  const read = readGraphApi(source, graphApis(source.root as Record<string, unknown>)[0]!).source;

  it('name a node the reader made up by the template node it was read from, never a path the template lacks', () => {
    // `name` and `in` of the parameter come from the RequestParameters key.
    expect(read.publicPointer('/paths/~1/get/parameters/0/name')).toBe('/Resources/Get/Properties/RequestParameters/method.request.querystring.q');
    expect(read.publicPointer('/paths/~1/get/parameters/0/schema/type')).toBe('/Resources/Get/Properties/RequestParameters/method.request.querystring.q');
  });

  it('keep the keys of a subtree copied from the template, and a field the resource lacks at the property it would be', () => {
    expect(read.publicPointer('/paths/~1/get/x-amazon-apigateway-integration/requestTemplates/application~1json')).toBe('/Resources/Get/Properties/Integration/RequestTemplates/application~1json');
    expect(read.publicPointer('/paths/~1/get/x-amazon-apigateway-integration/uri')).toBe('/Resources/Get/Properties/Integration/Uri');
  });
});
