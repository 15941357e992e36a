import { describeRule } from '../../../support/rule-tester.js';

describeRule('resp/unknown-field', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default/application~1json', 18, 13, 'Integration response "default" of GET /pets has field "application/json", which API Gateway ignores (templates go under responseTemplates)'],
    ],
  },
]);
