import { describeRule } from '../../../support/rule-tester.js';

// The forms the routes page lists (unwrapped $request.body.x, wrapped ${request.body.x}, several
// wrapped variables with static text, a static value, \$default) and its rule that for WebSocket
// APIs "the expression should be of the form $request.body.{path_to_body_element}":
// https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html
describeRule('ws/route-selection-expression-form', [
  { name: 'accepts every form the routes page shows, and a parameter', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports variables other than the body, an unescaped $default, an unclosed brace and a missing $',
    spec: 'fail.yaml',
    expected: [
      ['variable', '/Resources/HeaderApi/Properties/RouteSelectionExpression', 9, 33, 'RouteSelectionExpression of WebSocket API HeaderApi reads $request.header.action, but a message carries only its body: use $request.body.<path> (or ${request.body.<path>} with static text)'],
      ['variable', '/Resources/HttpStyleApi/Properties/RouteSelectionExpression', 15, 33, 'RouteSelectionExpression of WebSocket API HttpStyleApi reads ${request.method}, but a message carries only its body: use $request.body.<path> (or ${request.body.<path>} with static text)'],
      ['variable', '/Resources/HttpStyleApi/Properties/RouteSelectionExpression', 15, 33, 'RouteSelectionExpression of WebSocket API HttpStyleApi reads ${request.path}, but a message carries only its body: use $request.body.<path> (or ${request.body.<path>} with static text)'],
      ['unescapedDefault', '/Resources/DefaultApi/Properties/RouteSelectionExpression', 21, 33, 'RouteSelectionExpression of WebSocket API DefaultApi is $default, a variable; to send every message to the $default route write the static value \\$default'],
      ['unclosed', '/Resources/UnclosedApi/Properties/RouteSelectionExpression', 27, 33, 'RouteSelectionExpression of WebSocket API UnclosedApi opens ${ without a closing }'],
      ['noDollar', '/Resources/NoDollarApi/Properties/RouteSelectionExpression', 33, 33, 'RouteSelectionExpression of WebSocket API NoDollarApi is the static value request.body.action, so every message selects the route of that key; a variable starts with $ ($request.body.<path>)'],
    ],
  },
]);
