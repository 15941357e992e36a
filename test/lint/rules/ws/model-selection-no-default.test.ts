import { describeRule } from '../../../support/rule-tester.js';

// "You might need to define the $default model as a fallback when no matching model is found. If
// there is no matching model and $default isn't defined, the validation fails"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-request-validation.html).
describeRule('ws/model-selection-no-default', [
  { name: 'accepts a $default model beside the selected ones', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports model maps a message can miss',
    spec: 'fail.yaml',
    expected: [
      ['noDefault', '/Resources/DefaultRoute/Properties/RequestModels', 33, 7, 'RequestModels of route $default have no $default model; a message whose ModelSelectionExpression "$request.body.type" evaluates to none of join, leave fails validation ("Bad request body")'],
      ['noDefault', '/Resources/VersionedRoute/Properties/RequestModels', 49, 7, 'RequestModels of route post have no $default model; a message whose ModelSelectionExpression "${request.body.version}" evaluates to none of 1 fails validation ("Bad request body")'],
    ],
  },
]);
