import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/default-keyword', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/properties/size/default', 23, 9, 'Schema of model Pet has a default, which API Gateway ignores'],
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
      ['keyword', '/Resources/PetModel/Properties/Schema/properties/size/default', 40, 55, 'Schema of model PetInput has a default, which API Gateway ignores'],
    ],
  },
]);
