import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/duplicate-path-part', [
  {
    name: 'accepts the corrected template',
    spec: 'pass.yaml',
    apiType: 'auto',
    expected: [],
  },
  {
    name: 'reports each violation at the template property',
    spec: 'fail.yaml',
    apiType: 'auto', // a REST API and an HTTP API side by side
    expected: [
      ['pathPart', '/Resources/PetsAgain/Properties/PathPart', 12, 88, 'Resources Pets and PetsAgain both add "pets" under the same parent; the deployment fails ("Another resource with the same parent already has this name")'],
      ['method', '/Resources/GetAgain/Properties/HttpMethod', 27, 19, 'Methods Get and GetAgain are both GET on the same resource; the deployment fails ("Method already exists for this resource")'],
      ['route', '/Resources/RouteAgain/Properties/RouteKey', 42, 50, 'Routes Route and RouteAgain both have the key "GET /pets"; the deployment fails'],
    ],
  },
]);
