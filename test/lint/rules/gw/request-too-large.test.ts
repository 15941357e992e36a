import { describeRule } from '../../../support/rule-tester.js';

describeRule('gw/request-too-large', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notCustomisable', '/x-amazon-apigateway-gateway-responses/REQUEST_TOO_LARGE', 16, 3, 'Gateway response REQUEST_TOO_LARGE cannot be customised; this definition has no effect'],
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
      ['notCustomisable', '/Resources/TooLarge/Properties/ResponseType', 43, 21, 'Gateway response REQUEST_TOO_LARGE cannot be customised; this definition has no effect'],
    ],
  },
]);
