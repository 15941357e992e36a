import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/duplicate-operation-id', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['duplicate', '/paths/~1pets/post/operationId', 17, 20, 'operationId "listPets" of POST /pets is already used by GET /pets'],
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
      ['duplicate', '/Resources/PetsPost/Properties/OperationName', 47, 22, 'operationId "listPets" of POST /pets is already used by GET /pets'],
    ],
  },
]);
