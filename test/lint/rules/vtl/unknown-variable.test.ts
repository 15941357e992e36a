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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['util', '/Resources/SearchGet/Properties/Integration/RequestTemplates/application~1json', 37, 29, 'Template "application/json" of GET /search calls $util.escapeJavascript, which API Gateway does not define'],
      ['root', '/Resources/SearchGet/Properties/Integration/RequestTemplates/application~1json', 37, 29, 'Template "application/json" of GET /search reads $inputs, which is not set by #set or #foreach nor an API Gateway variable (did you mean $input?)'],
    ],
  },
]);
