import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/subtype-on-rest', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/integrationSubtype', 13, 9, 'Integration for GET /pets sets integrationSubtype "SQS-SendMessage", which REST APIs ignore; use type aws with an AWS service uri'],
    ],
  },
]);
