import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/param-not-whole-segment', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['partial', '/paths/~1pets~1id-{id}', 6, 3, 'Path /pets/id-{id} has segment "id-{id}"; a path parameter must be the whole segment'],
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
      ['partial', '/Resources/PetResource/Properties/PathPart', 34, 17, 'Path /pets/pet-{id} has segment "pet-{id}"; a path parameter must be the whole segment'],
    ],
  },
]);
