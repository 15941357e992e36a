import { describeRule } from '../../../support/rule-tester.js';

describeRule('vtl/unknown-variable', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['util', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 19, 29, 'Template "application/json" of GET /pets calls $util.escapeJavascript, which API Gateway does not define'],
      ['root', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 19, 29, 'Template "application/json" of GET /pets reads $inputs, which is not set by #set or #foreach nor an API Gateway variable (did you mean $input?)'],
    ],
  },
]);
