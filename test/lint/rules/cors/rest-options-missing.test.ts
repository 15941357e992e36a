import { describeRule } from '../../../support/rule-tester.js';

describeRule('cors/rest-options-missing', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get', 7, 5, 'GET /pets returns Access-Control-Allow-Origin but /pets has no OPTIONS method for CORS preflight'],
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
      ['missing', '/Resources/PetsGet/Properties/HttpMethod', 20, 19, 'GET /pets returns Access-Control-Allow-Origin but /pets has no OPTIONS method for CORS preflight'],
    ],
  },
]);
