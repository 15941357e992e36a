import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cors/shape',
  meta: {
    description: '`x-amazon-apigateway-cors` lists origins, methods and headers as arrays, `allowCredentials` as a boolean and `maxAge` as an integer.',
    category: 'struct', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.cors,
  },
  messages: {
    notObject: 'x-amazon-apigateway-cors must be a mapping',
    type: 'CORS field {{field}} is {{value}}; expected {{expected}}',
    unknown: 'CORS configuration has unknown field "{{field}}"',
  },
  create: byNodeTypes,
});
