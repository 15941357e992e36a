import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/deployment-dependency', [
  {
    name: 'accepts the corrected template',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports each violation at the template property',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/Resources/Deployment/DependsOn', 27, 16, 'Deployment Deployment does not depend on 1 of the methods of Api (Post); CloudFormation may deploy before they exist, and the stage then serves the API without them'],
      ['missing', '/Resources/Deployment2', 29, 3, 'Deployment Deployment2 does not depend on 2 of the methods of Api (Get, Post); CloudFormation may deploy before they exist, and the stage then serves the API without them'],
    ],
  },
  {
    name: 'names constructs by their CDK path in a synthesized template',
    spec: 'cdk.yaml',
    expected: [
      ['missing', '/Resources/PetsApiDeploymentB1B5E4A2', 18, 3, 'Deployment PetsApi/Deployment does not depend on 1 of the methods of PetsApi (PetsApi/Default/GET); CloudFormation may deploy before they exist, and the stage then serves the API without them'],
    ],
  },
]);
