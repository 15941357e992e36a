// The rule registry, sorted by id. Regenerate with `node scripts/generate-rule-index.mjs`.
import type { Rule } from '../rule.js';
import { rule as cfnAwsVariableUnknown } from './cfn/aws-variable-unknown.js';
import { rule as cfnShortFormIntrinsic } from './cfn/short-form-intrinsic.js';
import { rule as cfnUnresolvedPlaceholder } from './cfn/unresolved-placeholder.js';
import { rule as docExtensionMisplaced } from './doc/extension-misplaced.js';
import { rule as docMixedOasVersions } from './doc/mixed-oas-versions.js';
import { rule as docOas31 } from './doc/oas31.js';
import { rule as docParseError } from './doc/parse-error.js';
import { rule as docSizeLimit } from './doc/size-limit.js';
import { rule as docSwaggerForHttpApi } from './doc/swagger-for-http-api.js';
import { rule as docUnknownIntegrationField } from './doc/unknown-integration-field.js';
import { rule as docUnknownXAmazonExtension } from './doc/unknown-x-amazon-extension.js';
import { rule as docVersionFormat } from './doc/version-format.js';
import { rule as docVersionMissing } from './doc/version-missing.js';
import { rule as docYamlLenientParse } from './doc/yaml-lenient-parse.js';
import { rule as httpIntegrationRefUnresolved } from './http/integration-ref-unresolved.js';
import { rule as modelUnresolvedRef } from './model/unresolved-ref.js';
import { rule as pathConflictingSiblingParams } from './path/conflicting-sibling-params.js';
import { rule as pathDeclaredParamNotInTemplate } from './path/declared-param-not-in-template.js';
import { rule as pathDuplicateOperationId } from './path/duplicate-operation-id.js';
import { rule as pathDuplicateTemplates } from './path/duplicate-templates.js';
import { rule as pathGreedyNotLast } from './path/greedy-not-last.js';
import { rule as pathHeadWithBody } from './path/head-with-body.js';
import { rule as pathInvalidCharacters } from './path/invalid-characters.js';
import { rule as pathMethodWithoutIntegration } from './path/method-without-integration.js';
import { rule as pathParamNotWholeSegment } from './path/param-not-whole-segment.js';
import { rule as pathReservedRoot } from './path/reserved-root.js';
import { rule as pathTemplateParamUndeclared } from './path/template-param-undeclared.js';
import { rule as pathUnknownMethodKey } from './path/unknown-method-key.js';
import { rule as refCycle } from './ref/cycle.js';
import { rule as refRemote } from './ref/remote.js';
import { rule as refUnresolved } from './ref/unresolved.js';

export const rules: readonly Rule[] = [
  cfnAwsVariableUnknown as Rule,
  cfnShortFormIntrinsic as Rule,
  cfnUnresolvedPlaceholder as Rule,
  docExtensionMisplaced as Rule,
  docMixedOasVersions as Rule,
  docOas31 as Rule,
  docParseError as Rule,
  docSizeLimit as Rule,
  docSwaggerForHttpApi as Rule,
  docUnknownIntegrationField as Rule,
  docUnknownXAmazonExtension as Rule,
  docVersionFormat as Rule,
  docVersionMissing as Rule,
  docYamlLenientParse as Rule,
  httpIntegrationRefUnresolved as Rule,
  modelUnresolvedRef as Rule,
  pathConflictingSiblingParams as Rule,
  pathDeclaredParamNotInTemplate as Rule,
  pathDuplicateOperationId as Rule,
  pathDuplicateTemplates as Rule,
  pathGreedyNotLast as Rule,
  pathHeadWithBody as Rule,
  pathInvalidCharacters as Rule,
  pathMethodWithoutIntegration as Rule,
  pathParamNotWholeSegment as Rule,
  pathReservedRoot as Rule,
  pathTemplateParamUndeclared as Rule,
  pathUnknownMethodKey as Rule,
  refCycle as Rule,
  refRemote as Rule,
  refUnresolved as Rule,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
