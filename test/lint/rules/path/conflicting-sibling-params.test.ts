import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/conflicting-sibling-params', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['conflict', '/paths/~1pets~1{name}~1owner', 20, 3, 'Path /pets/{name}/owner uses {name} where {id} (from /pets/{id}/toys) already is; only one variable path part is allowed under /pets'],
    ],
  },
]);
