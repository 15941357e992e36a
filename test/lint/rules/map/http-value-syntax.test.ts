import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/http-value-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['restSyntax', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/append:header.x-trace', 17, 34, 'requestParameters "append:header.x-trace" of GET /pets uses REST syntax "method.request.header.x-trace"; HTTP APIs write $request.header.<name>, $request.querystring.<name>, $request.path.<name>'],
    ],
  },
  {
    // $request.body.<path> supports simple JSONPath: no recursive descent (..) and no filter expressions
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
    name: 'reports JSONPath recursive descent and filters on $request.body, accepts a simple path',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths:
        /pets:
          post:
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: POST
              uri: https://example.com/pets
              payloadFormatVersion: '1.0'
              requestParameters:
                append:header.X-Ids: $request.body..id
                append:header.X-Cheap: $request.body.items[?(@.price < 10)]
                append:header.X-Name: $request.body.name
    `,
    expected: [
      ['jsonPath', '/paths/~1pets/post/x-amazon-apigateway-integration/requestParameters/append:header.X-Ids', 12, 32, 'requestParameters "append:header.X-Ids" of POST /pets uses "$request.body..id"; $request.body supports simple JSONPath only (no .. or filters)'],
      ['jsonPath', '/paths/~1pets/post/x-amazon-apigateway-integration/requestParameters/append:header.X-Cheap', 13, 34, 'requestParameters "append:header.X-Cheap" of POST /pets uses "$request.body.items[?(@.price < 10)]"; $request.body supports simple JSONPath only (no .. or filters)'],
    ],
  },
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['restSyntax', '/Resources/PetsIntegration/Properties/RequestParameters/append:header.x-pet-id', 19, 33, 'requestParameters "append:header.x-pet-id" of GET /pets/{id} uses REST syntax "method.request.path.id"; HTTP APIs write $request.header.<name>, $request.querystring.<name>, $request.path.<name>'],
    ],
  },
]);
