import { describeRule } from '../../../support/rule-tester.js';

describeRule('gw/param-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['value', '/x-amazon-apigateway-gateway-responses/DEFAULT_4XX/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin', 18, 59, 'Gateway response DEFAULT_4XX maps "gatewayresponse.header.Access-Control-Allow-Origin" from "*"; expected a single-quoted static value or method.request.(header|path|querystring).<name>'],
    ],
  },
  {
    // Gateway response parameter keys are gatewayresponse.{header|path|querystring}.<name>
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.html
    name: 'reports a parameter key outside gatewayresponse.header|path|querystring, accepts names with dots',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      x-amazon-apigateway-gateway-responses:
        DEFAULT_4XX:
          responseParameters:
            method.response.header.Access-Control-Allow-Origin: "'*'"
            gatewayresponse.header.X-Trace: method.request.header.X-Trace
            gatewayresponse.header.method.response.header.X-Id: "'1'"
    `,
    expected: [
      ['key', '/x-amazon-apigateway-gateway-responses/DEFAULT_4XX/responseParameters/method.response.header.Access-Control-Allow-Origin', 7, 7, 'Gateway response DEFAULT_4XX has parameter key "method.response.header.Access-Control-Allow-Origin"; expected gatewayresponse.header.<name> (or .path / .querystring)'],
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
      ['value', '/Resources/Default4xx/Properties/ResponseParameters/gatewayresponse.header.Access-Control-Allow-Origin', 47, 61, 'Gateway response DEFAULT_4XX maps "gatewayresponse.header.Access-Control-Allow-Origin" from "*"; expected a single-quoted static value or method.request.(header|path|querystring).<name>'],
      ['key', '/Resources/Default4xx/Properties/ResponseParameters/method.response.header.Access-Control-Allow-Headers', 48, 9, 'Gateway response DEFAULT_4XX has parameter key "method.response.header.Access-Control-Allow-Headers"; expected gatewayresponse.header.<name> (or .path / .querystring)'],
    ],
  },
]);
