import { describeRule } from '../../../support/rule-tester.js';

describeRule('root/security-policy', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['accessMode', '/x-amazon-apigateway-security-policy', 5, 38, 'Security policy SecurityPolicy_TLS13_1_3_2025_09 requires x-amazon-apigateway-endpoint-access-mode (BASIC or STRICT)'],
    ],
  },
  {
    // securityPolicy: TLS_1_0, TLS_1_2 or one of the SecurityPolicy_* enhanced policies
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/openapi-extensions-security-policy.html
    name: 'reports a security policy name API Gateway does not have',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      x-amazon-apigateway-security-policy: TLS_1_3
    `,
    expected: [
      ['invalid', '/x-amazon-apigateway-security-policy', 4, 38, 'x-amazon-apigateway-security-policy is "TLS_1_3"; expected TLS_1_0, TLS_1_2 or a SecurityPolicy_* name'],
    ],
  },
]);
