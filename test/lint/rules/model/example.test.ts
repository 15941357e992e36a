import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/example', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/properties/name/example', 23, 9, 'Schema of model Pet has an example, which API Gateway ignores'],
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
      ['keyword', '/Resources/PetModel/Properties/Schema/properties/name/example', 38, 33, 'Schema of model Pet has an example, which API Gateway ignores'],
    ],
  },
]);
