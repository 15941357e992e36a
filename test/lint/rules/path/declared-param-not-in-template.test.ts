import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/declared-param-not-in-template', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notInTemplate', '/paths/~1pets/get/parameters/0/name', 9, 15, 'Path parameter "id" of GET /pets does not appear in path /pets'],
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
      ['notInTemplate', '/Resources/PetGet/Properties/RequestParameters/method.request.path.petId', 43, 9, 'Path parameter "petId" of GET /pets/{id} does not appear in path /pets/{id}'],
    ],
  },
]);
