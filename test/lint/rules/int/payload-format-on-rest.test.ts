import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/payload-format-on-rest', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/payloadFormatVersion', 15, 9, 'Integration for GET /pets sets payloadFormatVersion, which REST APIs ignore'],
    ],
  },
]);
