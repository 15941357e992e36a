import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/reserved-root', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['reserved', '/paths/~1ping', 6, 3, 'Path /ping is reserved by API Gateway for health checks on custom domain names'],
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
      ['reserved', '/Resources/PingResource/Properties/PathPart', 34, 17, 'Path /ping is reserved by API Gateway for health checks on custom domain names'],
    ],
  },
]);
