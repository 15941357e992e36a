import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** Import variables API Gateway substitutes itself (import-api-aws-variables.html). */
const KNOWN = new Set(['AccountId', 'Partition', 'Region', 'ApiId']);

export const rule = defineRule({
  id: 'cfn/aws-variable-unknown',
  meta: {
    description: 'Outside a CloudFormation `Fn::Sub`, only `${AWS::AccountId}`, `${AWS::Partition}`, `${AWS::Region}` and `${AWS::ApiId}` are substituted on import.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.importVariables,
  },
  messages: { unknown: '${AWS::{{name}}} is not an API Gateway import variable (AccountId, Partition, Region, ApiId); it only works inside a CloudFormation Fn::Sub' },
  create(ctx) {
    return {
      Value(value, loc) {
        if (typeof value !== 'string' || !value.includes('${AWS::')) return;
        const unknown = [...value.matchAll(/\$\{AWS::([A-Za-z]+)\}/g)].map((m) => m[1]!).filter((name) => !KNOWN.has(name));
        if (unknown.length === 0 || loc.tokens().includes('Fn::Sub')) return;
        for (const name of unknown) ctx.report({ messageId: 'unknown', data: { name }, node: loc });
      },
    };
  },
});
