import { describeRule } from '../../../support/rule-tester.js';

// "This default case is represented by setting an integration response key of $default. In all
// other cases, the integration response key functions as a regular expression. It should follow a
// format of "/expression/""
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html);
// the patterns are java.util.regex, as REST selection patterns (src/aws/java-regex.ts).
describeRule('ws/integration-response-key', [
  { name: 'accepts $default and /regex/ keys', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports a bare status code, a broken pattern and a repeated key',
    spec: 'fail.yaml',
    expected: [
      ['form', '/Resources/LookupNotFound/Properties/IntegrationResponseKey', 38, 31, 'IntegrationResponseKey "404" of integration LookupIntegration (route lookup) is neither $default nor a /regex/ between slashes'],
      ['regex', '/Resources/LookupServerError/Properties/IntegrationResponseKey', 44, 31, 'IntegrationResponseKey "/5\\d{2/" of integration LookupIntegration (route lookup) is not a valid Java regex: Illegal repetition at index 3'],
      ['duplicate', '/Resources/LookupDefaultAgain/Properties/IntegrationResponseKey', 50, 31, 'IntegrationResponseKey "$default" of integration LookupIntegration (route lookup) is also declared by LookupDefault; CloudFormation fails to create the second one (ConflictException)'],
    ],
  },
]);
