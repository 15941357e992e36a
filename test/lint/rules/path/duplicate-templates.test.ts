import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/duplicate-templates', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['duplicate', '/paths/~1pets~1{petId}', 20, 3, 'Path /pets/{petId} is the same resource as /pets/{id}; API Gateway has one resource per path'],
    ],
  },
]);
