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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['conflict', '/Resources/OwnerResource/Properties/PathPart', 57, 17, 'Path /pets/{name}/owner uses {name} where {id} (from /pets/{id}) already is; only one variable path part is allowed under /pets'],
    ],
  },
]);
