import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/subtype-required-params', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters', 16, 9, 'Integration for GET /pets (SQS-SendMessage) does not map required parameter MessageBody'],
      ['unknown', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/Body', 18, 11, 'Integration for GET /pets (SQS-SendMessage) maps parameter Body, which SQS-SendMessage does not take'],
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
      ['missing', '/Resources/PetsIntegration/Properties/RequestParameters', 29, 7, 'Integration for GET /pets (SQS-SendMessage) does not map required parameter MessageBody'],
      ['unknown', '/Resources/PetsIntegration/Properties/RequestParameters/Body', 31, 9, 'Integration for GET /pets (SQS-SendMessage) maps parameter Body, which SQS-SendMessage does not take'],
    ],
  },
]);
