import { DOCS } from '../../helpers/docs.js';
import { parseRestSource } from '../../helpers/mapping.js';
import { describeValue, isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/request-value-syntax',
  meta: {
    description: 'A REST request mapping value is `method.request.*`, `stageVariables.*`, `context.*` or a single-quoted static value.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.dataMappings,
  },
  messages: {
    invalid: 'requestParameters "{{key}}" of {{method}} maps from {{value}}, which is not a mapping expression{{hint}}',
  },
  create(ctx) {
    return {
      Integration(node) {
        const params = node.value.requestParameters;
        if (!isObject(params)) return;
        for (const [key, value] of Object.entries(params)) {
          // Non-string values (booleans) import without complaint (AWS-validated corpus: localstack__openapi-basepath-url.yaml).
          if (typeof value !== 'string' || isUnknownValue(value) || parseRestSource(value, 'request').kind !== 'invalid') continue;
          let hint = '';
          if (/^method\.request\.(headers|query|queryString|params|path)\b/.test(value)) hint = '; locations are path, querystring, multivaluequerystring, header, multivalueheader';
          else if (!value.includes('.')) hint = `; a static value must be single-quoted: "'${value}'"`;
          ctx.report({ messageId: 'invalid', data: { key, method: node.operation.label, value: describeValue(value), hint }, node, at: ['requestParameters', key] });
        }
      },
    };
  },
});
