/**
 * Where a rule's page is published: docs/rules/<family>/<name>.md in the repository, on its main
 * branch. SARIF's helpUri must be an absolute URI; this is the one form the README documents.
 */
export const RULE_DOCS_BASE = 'https://github.com/apigw/apigw/blob/main/docs/rules/';

export function ruleDocsUri(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
