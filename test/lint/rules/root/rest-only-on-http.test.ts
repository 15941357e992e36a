import { describeRule } from '../../../support/rule-tester.js';

describeRule('root/rest-only-on-http', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/x-amazon-apigateway-binary-media-types', 5, 1, 'x-amazon-apigateway-binary-media-types is a REST API setting; HTTP APIs ignore it'],
    ],
  },
]);
