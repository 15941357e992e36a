import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/method-foreign-reference', [
  {
    name: 'accepts the corrected template',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports each violation at the template property',
    spec: 'fail.yaml',
    expected: [
      ['foreignRoot', '/Resources/Pets/Properties/ParentId', 29, 17, 'Pets: ParentId names the root resource of OrdersApi, not of PetsApi; the deployment fails'],
      ['foreign', '/Resources/PetsGet/Properties/ResourceId', 35, 19, 'PetsGet: ResourceId names Orders, which belongs to OrdersApi, not to PetsApi; the deployment fails'],
      ['foreign', '/Resources/PetsGet/Properties/AuthorizerId', 38, 21, 'PetsGet: AuthorizerId names OrdersAuthorizer, which belongs to OrdersApi, not to PetsApi; the deployment fails'],
      ['wrongType', '/Resources/PetsPost/Properties/RequestValidatorId', 48, 27, 'PetsPost: RequestValidatorId names Pets, an AWS::ApiGateway::Resource where an AWS::ApiGateway::RequestValidator is needed; the deployment fails'],
      ['undeclared', '/Resources/PetsPut/Properties/ResourceId', 55, 19, 'PetsPut: ResourceId names Missing, which the template does not declare; CloudFormation rejects the template'],
    ],
  },
]);
