import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/body-with-resources', [
  {
    name: 'accepts the corrected template',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports each violation at the template property',
    spec: 'fail.yaml',
    expected: [
      ['mixed', '/Resources/PetsApi/Properties/Body', 9, 7, 'RestApi PetsApi has a Body and also 1 Resource/Method resources (ExtraGet); each update imports the body over them, so they can disappear or be replaced'],
    ],
  },
]);
