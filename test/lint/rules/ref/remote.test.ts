import { describeRule } from '../../../support/rule-tester.js';

describeRule('ref/remote', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['problem', '/paths/~1pets/get/parameters/0/$ref', 9, 15, 'remote $ref "https://example.com/params.yaml#/Limit" is not fetched, and API Gateway does not fetch it either, so the import fails; bundle what it points to into the definition'],
    ],
  },
  {
    // Models name other models as https://apigateway.amazonaws.com/restapis/{restapi_id}/models/{model_name}
    // (GetModel "flatten: resolve all external model references"); any other URL fails with "Invalid model specified:
    // Model reference must be in canonical form" (re:Post QUCnB2n-HuShO601jjdBBlkQ)
    // https://docs.aws.amazon.com/apigateway/latest/api/API_GetModel.html
    name: 'accepts a model reference in API Gateway\'s own URL form, reports any other remote model',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      definitions:
        Pet:
          type: object
          properties:
            owner:
              $ref: https://apigateway.amazonaws.com/restapis/a1b2c3d4e5/models/Owner
            tag:
              $ref: https://example.com/schemas/tag.json
    `,
    expected: [
      ['problem', '/definitions/Pet/properties/tag/$ref', 11, 15, 'remote $ref "https://example.com/schemas/tag.json" is not fetched, and API Gateway does not fetch it either, so the import fails; bundle what it points to into the definition'],
    ],
  },
]);
