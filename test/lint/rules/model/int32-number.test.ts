import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/int32-number', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['format', '/definitions/Pet/properties/age/format', 23, 17, 'Schema of model Pet is type number with format int32, which API Gateway does not support; use type integer'],
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
      ['format', '/Resources/PetModel/Properties/Schema/properties/age/format', 40, 40, 'Schema of model PetInput is type number with format int32, which API Gateway does not support; use type integer'],
    ],
  },
]);
