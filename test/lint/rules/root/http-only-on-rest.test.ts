import { describeRule } from '../harness.js';

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
      ['ignored', '/x-amazon-apigateway-cors', 5, 1],
    ],
  },
  {
    // Reusable integrations only under components, isDefaultRoute only on an operation, tag
    // values wherever they are written; the path-level copies are other rules' business.
    name: 'reports each HTTP API placement, and only those',
    spec: 'fail-placements.yaml',
    expected: [
      ['ignored', '/tags/0/x-amazon-apigateway-tag-value', 9, 5],
      ['ignored', '/paths/~1pets/get/isDefaultRoute', 13, 7],
      ['ignored', '/components/x-amazon-apigateway-integrations', 29, 3],
    ],
  },
]);
