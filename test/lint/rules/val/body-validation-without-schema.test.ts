import { describeRule } from '../../../support/rule-tester.js';

describeRule('val/body-validation-without-schema', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['noSchema', '/paths/~1pets/post', 7, 5, 'POST /pets validates the request body (validator "all") but declares no body schema, so nothing is checked'],
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
      ['noSchema', '/Resources/PetsPost/Properties/HttpMethod', 41, 19, 'POST /pets validates the request body (validator "all") but declares no body schema, so nothing is checked'],
    ],
  },
]);
