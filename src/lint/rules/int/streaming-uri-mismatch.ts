import { DOCS } from '../../helpers/docs.js';
import { uriShape } from '../../../aws/arn.js';
import { LAMBDA_PATH_PREFIX } from '../../../aws/lambda.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/streaming-uri-mismatch',
  meta: {
    description: 'A streaming Lambda integration calls `…/2021-11-15/functions/…/response-streaming-invocations`; a buffered one calls `…/invocations`.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.responseStreaming,
  },
  messages: {
    streamWithoutStreamingUri: 'Integration for {{method}} has responseTransferMode STREAM but calls the buffered Lambda invocations path; use .../2021-11-15/functions/<arn>/response-streaming-invocations',
    streamingUriWithoutStream: 'Integration for {{method}} calls response-streaming-invocations without responseTransferMode: STREAM',
  },
  create(ctx) {
    return {
      Integration(node) {
        const uri = uriShape(node.value.uri)?.masked;
        if (!uri || !LAMBDA_PATH_PREFIX.test(uri)) return;
        const streamingUri = uri.endsWith('/response-streaming-invocations');
        const stream = node.value.responseTransferMode === 'STREAM';
        const data = { method: node.operation.label };
        if (stream && !streamingUri) ctx.report({ messageId: 'streamWithoutStreamingUri', data, node, at: ['uri'] });
        if (!stream && streamingUri) ctx.report({ messageId: 'streamingUriWithoutStream', data, node, at: ['uri'] });
      },
    };
  },
});
