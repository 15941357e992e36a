import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/root-response-ref', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ref', '/paths/~1pets/get/responses/200/$ref', 10, 17, 'Response 200 of GET /pets is $ref "#/responses/Ok"; API Gateway does not support responses defined at the root — write it inline'],
    ],
  },
]);
