import { describeRule } from '../../../support/rule-tester.js';

/** 560 addresses: a policy of some 8800 characters once written as JSON. */
const sourceIps = Array.from({ length: 560 }, (_, i) => `10.0.${i >> 8}.${i & 255}/32`).join(', ');

describeRule('root/policy-shape', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/x-amazon-apigateway-policy', 5, 1, 'x-amazon-apigateway-policy has no Version'],
    ],
  },
  {
    // x-amazon-apigateway-policy holds the IAM policy document as an object
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/openapi-extensions-policy.html
    name: 'reports a policy written as a JSON string instead of a mapping',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      x-amazon-apigateway-policy: '{"Version": "2012-10-17", "Statement": []}'
    `,
    expected: [
      ['notObject', '/x-amazon-apigateway-policy', 4, 29, 'x-amazon-apigateway-policy must be an IAM policy document (a mapping with Version and Statement)'],
    ],
  },
  {
    // Resource policies are limited to 8192 characters
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
    name: 'reports a policy longer than 8192 characters',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      x-amazon-apigateway-policy:
        Version: '2012-10-17'
        Statement:
        - Effect: Allow
          Principal: '*'
          Action: execute-api:Invoke
          Resource: '*'
          Condition:
            IpAddress:
              aws:SourceIp: [${sourceIps}]
    `,
    expected: [
      ['tooLarge', '/x-amazon-apigateway-policy', 4, 1, 'x-amazon-apigateway-policy is 8845 characters; resource policies may be at most 8192'],
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
      ['missing', '/Resources/PetsApi/Properties/Policy', 22, 7, 'x-amazon-apigateway-policy has no Version'],
    ],
  },
]);
