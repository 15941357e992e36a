import { lookupTable } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { statedRootValue } from '../../helpers/root.js';
import { describeValue, isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

const KEY = 'x-amazon-apigateway-cors';
const FIELDS = lookupTable<'list' | 'boolean' | 'integer'>({
  allowOrigins: 'list', allowMethods: 'list', allowHeaders: 'list', exposeHeaders: 'list', allowCredentials: 'boolean', maxAge: 'integer',
});

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
  create(ctx) {
    const expected = { list: 'a list of strings', boolean: 'true or false', integer: 'a whole number of seconds' };
    return {
      Root(model) {
        const stated = statedRootValue(model, KEY);
        if (!stated) return;
        const { value: v, loc } = stated;
        if (!isObject(v)) return void ctx.report({ messageId: 'notObject', node: loc });
        for (const [field, value] of Object.entries(v)) {
          const kind = FIELDS[field];
          if (!kind) {
            ctx.report({ messageId: 'unknown', data: { field }, node: loc, at: [field], on: 'key' });
            continue;
          }
          if (isUnknownValue(value)) continue;
          const ok = kind === 'list' ? Array.isArray(value) && value.every((x) => typeof x === 'string') : kind === 'boolean' ? typeof value === 'boolean' : Number.isInteger(value);
          if (!ok) ctx.report({ messageId: 'type', data: { field, value: describeValue(value), expected: expected[kind] }, node: loc, at: [field] });
        }
      },
    };
  },
});
