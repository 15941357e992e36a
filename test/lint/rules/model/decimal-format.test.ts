import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/decimal-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['decimal', '/definitions/Pet/properties/price/format', 23, 17, 'Schema of model Pet uses format decimal, which API Gateway does not support'],
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
      ['decimal', '/Resources/PetModel/Properties/Schema/properties/price/format', 41, 42, 'Schema of model PetInput uses format decimal, which API Gateway does not support'],
      ['decimal', '/Resources/OrderModel/Properties/Schema', 48, 7, 'Schema of model Order uses format decimal, which API Gateway does not support'],
    ],
  },
]);
