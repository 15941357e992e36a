import { describeRule } from '../../../support/rule-tester.js';

describeRule('gw/status-code-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/x-amazon-apigateway-gateway-responses/UNAUTHORIZED/statusCode', 17, 17, 'Gateway response UNAUTHORIZED has statusCode "4O1"; expected a three-digit status code'],
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
      ['invalid', '/Resources/Unauthorized/Properties/StatusCode', 44, 19, 'Gateway response UNAUTHORIZED has statusCode "4O1"; expected a three-digit status code'],
    ],
  },
]);
