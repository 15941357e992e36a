import { DOCS } from '../../helpers/docs.js';
import { hasUnknown, uriShape } from '../../../aws/arn.js';
import { LAMBDA_URI_REGIONS } from '../../../aws/lambda.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'uri/region-mismatch',
  meta: {
    description: 'The integration region differs from the region of the Lambda function it invokes; cross-region calls work but add latency.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.apiIntegration,
  },
  messages: { mismatch: 'Integration for {{method}} calls Lambda through {{integrationRegion}} but the function is in {{functionRegion}}' },
  create(ctx) {
    return {
      Integration(node) {
        const uri = uriShape(node.value.uri)?.masked;
        const m = uri ? LAMBDA_URI_REGIONS.exec(uri) : null;
        if (m && !hasUnknown(m[1]!) && !hasUnknown(m[2]!) && m[1] !== m[2]) ctx.report({ messageId: 'mismatch', data: { method: node.operation.label, integrationRegion: m[1]!, functionRegion: m[2]! }, node, at: ['uri'] });
      },
    };
  },
});
