import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/invalid-characters', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets list', 6, 3, 'Path /pets list has segment "pets list" with characters API Gateway does not allow (" ")'],
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
      ['invalid', '/Resources/PetList/Properties/PathPart', 34, 17, 'Path /pets/pet list has segment "pet list" with characters API Gateway does not allow (" ")'],
      ['invalid', '/Resources/AllPets/Properties/PathPart', 51, 17, 'Path /pets/all* has segment "all*" with characters API Gateway does not allow ("*")'],
    ],
  },
]);
