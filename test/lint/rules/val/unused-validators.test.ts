import { describeRule } from '../../../support/rule-tester.js';

describeRule('val/unused-validators', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unused', '/x-amazon-apigateway-request-validators/all', 17, 3, 'Request validator "all" is not used by the API or any method'],
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
      ['unused', '/Resources/ParamsValidator/Properties/Name', 39, 13, 'Request validator "params" is not used by the API or any method'],
    ],
  },
]);
