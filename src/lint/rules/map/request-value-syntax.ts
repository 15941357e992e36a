import { DOCS } from '../../helpers/docs.js';
import { describeValue } from '../../helpers/values.js';
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
      RequestParameterMapping(m) {
        // Non-string values (booleans) import without complaint (AWS-validated corpus: localstack__openapi-basepath-url.yaml).
        if (typeof m.value !== 'string' || m.restSource?.kind !== 'invalid') return;
        let hint = '';
        if (/^method\.request\.(headers|query|queryString|params|path)\b/.test(m.value)) hint = '; locations are path, querystring, multivaluequerystring, header, multivalueheader';
        else if (!m.value.includes('.')) hint = `; a static value must be single-quoted: "'${m.value}'"`;
        ctx.report({ messageId: 'invalid', data: { key: m.key, method: m.integration.operation.label, value: describeValue(m.value), hint }, node: m });
      },
    };
  },
});
