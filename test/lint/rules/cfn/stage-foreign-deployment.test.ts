import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/stage-foreign-deployment', [
  {
    name: 'accepts the corrected template',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports each violation at the template property',
    spec: 'fail.yaml',
    expected: [
      ['foreign', '/Resources/Prod/Properties/DeploymentId', 37, 21, 'Stage Prod of Api names deployment OtherDeployment of OtherApi; the deployment fails'],
    ],
  },
]);
