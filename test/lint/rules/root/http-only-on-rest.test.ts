import { describeRule } from '../../../support/rule-tester.js';

describeRule('root/http-only-on-rest', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/x-amazon-apigateway-cors', 5, 1, 'x-amazon-apigateway-cors is an HTTP API feature; REST APIs ignore it (REST APIs answer CORS preflight with an OPTIONS method)'],
    ],
  },
  {
    // Reusable integrations only under components, isDefaultRoute only on an operation, tag
    // values wherever they are written; the path-level copies are other rules' business.
    name: 'reports each HTTP API placement, and only those',
    spec: 'fail-placements.yaml',
    expected: [
      ['ignored', '/tags/0/x-amazon-apigateway-tag-value', 9, 5, 'x-amazon-apigateway-tag-value is an HTTP API feature; REST APIs ignore it'],
      ['ignored', '/paths/~1pets/get/isDefaultRoute', 13, 7, 'isDefaultRoute is an HTTP API feature; REST APIs ignore it'],
      ['ignored', '/components/x-amazon-apigateway-integrations', 29, 3, 'x-amazon-apigateway-integrations is an HTTP API feature; REST APIs ignore it'],
    ],
  },
]);
