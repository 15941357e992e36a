import { describeRule } from '../../../support/rule-tester.js';

describeRule('cors/max-age', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['range', '/x-amazon-apigateway-cors/maxAge', 8, 11, 'CORS maxAge is 172800; expected 0 to 86400 seconds'],
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
      ['range', '/Resources/PetsHttpApi/Properties/CorsConfiguration/MaxAge', 26, 17, 'CORS maxAge is 172800; expected 0 to 86400 seconds'],
    ],
  },
]);
