import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/discriminator', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/discriminator', 23, 5, 'Schema of model Pet uses discriminator, which API Gateway models do not support'],
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
      ['keyword', '/Resources/PetModel/Properties/Schema/discriminator', 37, 9, 'Schema of model Pet uses discriminator, which API Gateway models do not support'],
    ],
  },
]);
