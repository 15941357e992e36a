import { describeRule } from '../../../support/rule-tester.js';

describeRule('resp/duplicate-default', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['duplicate', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/.*', 18, 11, 'Integration response ".*" of GET /pets matches everything, like "default" already does'],
    ],
  },
]);
