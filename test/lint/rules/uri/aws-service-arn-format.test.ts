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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['invalid', '/Resources/PetsPost/Properties/Integration/Uri', 29, 14, 'AWS integration uri of POST /pets is not arn:aws:apigateway:<region>:<service>:path/<path> or :action/<action>'],
    ],
  },
]);
