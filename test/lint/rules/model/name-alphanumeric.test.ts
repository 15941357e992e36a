import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/name-alphanumeric', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/definitions/Pet_Response', 16, 3, 'Model name "Pet_Response" is not alphanumeric; import fails with "Model name must be alphanumeric"'],
    ],
  },
  {
    // Model names must be alphanumeric wherever the definitions are written
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html
    name: 'reads the model names of definitions kept in another file',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      definitions:
        $ref: models.yaml
    `,
    expected: [
      ['invalid', '/Pet_Response', 4, 1, 'Model name "Pet_Response" is not alphanumeric; import fails with "Model name must be alphanumeric"'],
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
      ['invalid', '/Resources/PetModel/Properties/Name', 32, 13, 'Model name "Pet_Input" is not alphanumeric; import fails with "Model name must be alphanumeric"'],
    ],
  },
]);
