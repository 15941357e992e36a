import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/request-templates-on-proxy', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates', 15, 9, 'Integration for GET /pets is aws_proxy; its requestTemplates are ignored (use a non-proxy integration to transform the request)'],
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
      ['ignored', '/Resources/PetsGet/Properties/Integration/RequestTemplates', 40, 9, 'Integration for GET /pets is aws_proxy; its requestTemplates are ignored (use a non-proxy integration to transform the request)'],
    ],
  },
]);
