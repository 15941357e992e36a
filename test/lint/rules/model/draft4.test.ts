import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/draft4', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['later', '/components/schemas/Pet/properties/kind/const', 25, 11, 'Schema of model Pet uses const, which is not JSON Schema draft 4; API Gateway request validation ignores it'],
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
      ['later', '/Resources/PetModel/Properties/Schema/if', 39, 9, 'Schema of model PetInput uses if, which is not JSON Schema draft 4; API Gateway request validation ignores it'],
      ['later', '/Resources/PetModel/Properties/Schema/then', 40, 9, 'Schema of model PetInput uses then, which is not JSON Schema draft 4; API Gateway request validation ignores it'],
      ['later', '/Resources/PetModel/Properties/Schema/properties/kind/const', 43, 33, 'Schema of model PetInput uses const, which is not JSON Schema draft 4; API Gateway request validation ignores it'],
    ],
  },
]);
