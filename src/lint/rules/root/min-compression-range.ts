import { MAX_MINIMUM_COMPRESSION_SIZE } from '../../../aws/limits.js';
import { DOCS } from '../../helpers/docs.js';
import { statedRootValue } from '../../helpers/root.js';
import { asInteger, describeValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

const KEY = 'x-amazon-apigateway-minimum-compression-size';

export const rule = defineRule({
  id: 'root/min-compression-range',
  meta: {
    description: '`x-amazon-apigateway-minimum-compression-size` is a whole number of bytes from 0 to 10485760.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.minimumCompression,
  },
  messages: { invalid: 'x-amazon-apigateway-minimum-compression-size is {{value}}; expected a whole number from 0 to 10485760' },
  create(ctx) {
    return {
      Root(model) {
        const stated = statedRootValue(model, KEY);
        if (!stated) return;
        const n = asInteger(stated.value);
        if (n === undefined || n < 0 || n > MAX_MINIMUM_COMPRESSION_SIZE) ctx.report({ messageId: 'invalid', data: { value: describeValue(stated.value) }, node: stated.loc });
      },
    };
  },
});
