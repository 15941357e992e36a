import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/subtype-type', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['wrongType', '/paths/~1pets/get/x-amazon-apigateway-integration/type', 12, 15, 'Integration for GET /pets has integrationSubtype but type aws; subtype integrations are aws_proxy'],
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
      ['wrongType', '/Resources/PetsIntegration/Properties/IntegrationType', 24, 24, 'Integration for GET /pets has integrationSubtype but type aws; subtype integrations are aws_proxy'],
    ],
  },
]);
