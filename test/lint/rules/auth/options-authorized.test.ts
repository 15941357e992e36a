import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/options-authorized', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['authorized', '/paths/~1pets/options/security/0/petAuth', 9, 9, 'OPTIONS /pets requires authorizer "petAuth"; CORS preflight requests carry no credentials and will be rejected'],
    ],
  },
  {
    // sam-property-api-apiauth.html: AddDefaultAuthorizerToCorsPreflight defaults to true.
    name: 'reports the default authorizer SAM puts on the preflight of a Cors-enabled Api',
    spec: 'fail-sam.yaml',
    expected: [
      ['samPreflight', '/Resources/Api/Properties/Auth/DefaultAuthorizer', 11, 28, 'SAM also puts DefaultAuthorizer "TokenAuth" on the CORS preflight OPTIONS methods (AddDefaultAuthorizerToCorsPreflight defaults to true); preflight requests carry no credentials and will be rejected: set AddDefaultAuthorizerToCorsPreflight: false'],
    ],
  },
  {
    name: 'accepts a SAM Api that keeps the default authorizer off the preflight',
    spec: 'pass-sam.yaml',
    expected: [],
  },
  {
    // x-amazon-apigateway-auth type is NONE or AWS_IAM, case-insensitive; NONE leaves the method open
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-auth.html
    name: 'reports AWS_IAM in any case on a preflight method, not type NONE',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          options:
            x-amazon-apigateway-auth: {type: NONE}
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: '200'}}
        /owners:
          options:
            x-amazon-apigateway-auth: {type: aws_iam}
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: '200'}}
    `,
    expected: [
      ['authorized', '/paths/~1owners/options/x-amazon-apigateway-auth', 14, 33, 'OPTIONS /owners requires AWS_IAM; CORS preflight requests carry no credentials and will be rejected'],
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
      ['authorized', '/Resources/PetsOptions/Properties/AuthorizerId', 56, 7, 'OPTIONS /pets requires authorizer "token"; CORS preflight requests carry no credentials and will be rejected'],
    ],
  },
]);
