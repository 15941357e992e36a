import { describeRule } from '../harness.js';

describeRule('root/endpoint-config-fields', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['type', '/x-amazon-apigateway-endpoint-configuration/disableExecuteApiEndpoint', 6, 30],
      ['unknown', '/x-amazon-apigateway-endpoint-configuration/types', 7, 3],
    ],
  },
]);
