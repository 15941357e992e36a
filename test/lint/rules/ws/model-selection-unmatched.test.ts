import { describeRule } from '../../../support/rule-tester.js';

// "If there is no matching model and $default isn't defined, the validation fails"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-request-validation.html);
// a custom route is chosen by exact match of the route selection expression
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html),
// so the same expression as model selection expression always gives the route key.
describeRule('ws/model-selection-unmatched', [
  { name: 'accepts a model keyed by the route key, and a $default model', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports expressions whose only value has no model, and an expression without models',
    spec: 'fail.yaml',
    expected: [
      ['unmatched', '/Resources/SendOrderRoute/Properties/ModelSelectionExpression', 30, 33, 'ModelSelectionExpression "$request.body.action" of route sendOrder always selects "sendOrder" (the route selection expression chose this route by that value), but RequestModels has neither that key nor $default; every message fails validation ("Bad request body")'],
      ['unmatched', '/Resources/CancelRoute/Properties/ModelSelectionExpression', 39, 33, 'ModelSelectionExpression "v2" of route cancelOrder always selects "v2", but RequestModels has neither that key nor $default; every message fails validation ("Bad request body")'],
      ['noModels', '/Resources/RefundRoute/Properties/ModelSelectionExpression', 61, 33, 'ModelSelectionExpression "${request.body.reason}" of route refund selects among no RequestModels; with no model to match and no $default, every message fails validation ("Bad request body")'],
    ],
  },
]);
