import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/integration-ref-unresolved', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['problem', '/paths/~1pets/get/x-amazon-apigateway-integration/$ref', 12, 15, 'Integration reference cannot be resolved: $ref "#/components/x-amazon-apigateway-integrations/missing" points to nothing'],
    ],
  },
]);
