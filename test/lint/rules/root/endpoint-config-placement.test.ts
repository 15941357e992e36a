import { describeRule } from '../harness.js';

describeRule('root/endpoint-config-placement', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['oas3Root', '/x-amazon-apigateway-endpoint-configuration', 5, 1],
    ],
  },
]);
