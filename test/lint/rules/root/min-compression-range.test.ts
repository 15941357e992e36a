import { describeRule } from '../../../support/rule-tester.js';

describeRule('root/min-compression-range', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/x-amazon-apigateway-minimum-compression-size', 5, 47, 'x-amazon-apigateway-minimum-compression-size is 20971520; expected a whole number from 0 to 10485760'],
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
      ['invalid', '/Resources/PetsApi/Properties/MinimumCompressionSize', 22, 31, 'x-amazon-apigateway-minimum-compression-size is 20971520; expected a whole number from 0 to 10485760'],
    ],
  },
]);
