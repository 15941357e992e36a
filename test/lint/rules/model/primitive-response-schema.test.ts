import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/primitive-response-schema', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['primitive', '/paths/~1pets/get/responses/200/schema/type', 12, 19, 'Response schema of GET /pets response 200 is an inline string; API Gateway needs an object schema or a $ref to a model'],
    ],
  },
]);
