import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/request-key-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.headers.x-trace', 23, 11, 'requestParameters key "integration.request.headers.x-trace" of GET /pets is not integration.request.(path|querystring|multivaluequerystring|header|multivalueheader).<name>'],
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
      ['invalid', '/Resources/PetGet/Properties/Integration/RequestParameters/integration.request.headers.x-trace', 35, 11, 'requestParameters key "integration.request.headers.x-trace" of GET /pets/{id} is not integration.request.(path|querystring|multivaluequerystring|header|multivalueheader).<name>'],
    ],
  },
]);
