import { describeRule } from '../../../support/rule-tester.js';

describeRule('gw/response-type-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/x-amazon-apigateway-gateway-responses/DEFAULT_4xx', 16, 3, 'Gateway response type "DEFAULT_4xx" does not exist (did you mean "DEFAULT_4XX"?)'],
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
      ['invalid', '/Resources/Default4xx/Properties/ResponseType', 44, 21, 'Gateway response type "DEFAULT_4xx" does not exist (did you mean "DEFAULT_4XX"?)'],
      ['invalid', '/Resources/NotFound/Properties/ResponseType', 51, 21, 'Gateway response type "NOT_FOUND" does not exist'],
    ],
  },
]);
