import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/yaml-lenient-parse', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['lenient', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 14, 31, 'Quoted scalar continues on a line indented no deeper than its parent key; strict YAML 1.2 parsers reject this file'],
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
      ['lenient', '/Resources/PetsGet/Properties/Integration/RequestTemplates/application~1json', 26, 29, 'Quoted scalar continues on a line indented no deeper than its parent key; strict YAML 1.2 parsers reject this file'],
    ],
  },
]);
