import { describeRule } from '../../../support/rule-tester.js';

describeRule('cors/credentials-wildcard', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['wildcard', '/x-amazon-apigateway-cors/allowOrigins/0', 7, 5, 'CORS allows credentials with origin "*"; browsers reject credentialed responses for a wildcard origin — list the origins'],
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
      ['wildcard', '/Resources/PetsHttpApi/Properties/CorsConfiguration/AllowOrigins/0', 25, 24, 'CORS allows credentials with origin "*"; browsers reject credentialed responses for a wildcard origin — list the origins'],
    ],
  },
]);
