import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/exclusive-minimum', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/properties/age/exclusiveMinimum', 24, 9, 'Schema of model Pet uses exclusiveMinimum, which API Gateway models do not support'],
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
      ['keyword', '/Resources/PetModel/Properties/Schema/properties/age/exclusiveMinimum', 40, 45, 'Schema of model PetInput uses exclusiveMinimum, which API Gateway models do not support'],
    ],
  },
]);
