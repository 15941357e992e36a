import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/circular-ref', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['circular', '/definitions/Node', 7, 3, 'Model Node refers back to itself (Node → Node); API Gateway accepts this'],
    ],
  },
]);
