import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/min-max-items', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['items', '/definitions/Pet/properties/tags/maxItems', 25, 9, 'Schema of model Pet uses maxItems, which API Gateway request validation does not enforce'],
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
      ['items', '/Resources/PetModel/Properties/Schema/properties/tags/maxItems', 40, 57, 'Schema of model PetInput uses maxItems, which API Gateway request validation does not enforce'],
    ],
  },
]);
