import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/read-only', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/properties/id/readOnly', 23, 9, 'Schema of model Pet uses readOnly, which API Gateway ignores'],
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
      ['keyword', '/Resources/PetModel/Properties/Schema/properties/id/readOnly', 40, 31, 'Schema of model PetInput uses readOnly, which API Gateway ignores'],
    ],
  },
]);
