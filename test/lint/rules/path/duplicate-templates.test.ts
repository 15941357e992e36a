import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/duplicate-templates', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['duplicate', '/paths/~1pets~1{petId}', 20, 3, 'Path /pets/{petId} is the same resource as /pets/{id}; API Gateway has one resource per path'],
    ],
  },
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    apiType: 'http',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    apiType: 'http',
    expected: [
      ['duplicate', '/Resources/PetDelete/Properties/RouteKey', 41, 17, 'Path /pets/{petId} is the same resource as /pets/{id}; API Gateway has one resource per path'],
    ],
  },
]);
