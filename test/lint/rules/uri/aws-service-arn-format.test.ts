import { describeRule } from '../../../support/rule-tester.js';

describeRule('uri/aws-service-arn-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, 'AWS integration uri of GET /pets is not arn:aws:apigateway:<region>:<service>:path/<path> or :action/<action>'],
    ],
  },
]);
