import { describeRule } from '../../../support/rule-tester.js';

describeRule('root/binary-media-types-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notMime', '/x-amazon-apigateway-binary-media-types/0', 6, 3, 'Binary media type "image~1png" is not a MIME type (type/subtype); "~1" escaping belongs to CloudFormation BinaryMediaTypes, not OpenAPI'],
    ],
  },
  {
    // x-amazon-apigateway-binary-media-types: an array of MIME types
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html
    name: 'reports a single MIME type written without a list',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      x-amazon-apigateway-binary-media-types: image/png
    `,
    expected: [
      ['notList', '/x-amazon-apigateway-binary-media-types', 4, 41, 'x-amazon-apigateway-binary-media-types must be a list of MIME types, not "image/png"'],
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
      ['notMime', '/Resources/PetsApi/Properties/BinaryMediaTypes/0', 24, 11, 'Binary media type "png" is not a MIME type (type/subtype)'],
      ['notMime', '/Resources/PetsApi/Properties/BinaryMediaTypes/1', 25, 11, 'Binary media type "image/png; charset=binary" is not a MIME type (type/subtype)'],
    ],
  },
]);
