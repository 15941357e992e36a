import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/subtype-unknown', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/get/x-amazon-apigateway-integration/integrationSubtype', 13, 29, 'Integration for GET /pets has integrationSubtype "SQS-Send", which is not a supported subtype (did you mean "SQS-SendMessage"?)'],
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
      ['unknown', '/Resources/PetsIntegration/Properties/IntegrationSubtype', 25, 27, 'Integration for GET /pets has integrationSubtype "SQS-Send", which is not a supported subtype (did you mean "SQS-SendMessage"?)'],
    ],
  },
]);
