import { ANY_METHOD, HTTP_METHODS } from '../../model/model.js';
import type { ExtensionPlace } from './aws.js';

/** What kind of OpenAPI object sits at a pointer of a definition, given its unescaped tokens. */
export function placeOfTokens(t: readonly string[]): ExtensionPlace | 'other' {
  if (t.length === 0) return 'root';
  if (t[0] === 'paths') {
    if (t.length === 2) return 'pathItem';
    const isMethod = t.length >= 3 && ((HTTP_METHODS as readonly string[]).includes(t[2]!.toLowerCase()) || t[2] === ANY_METHOD);
    if (t.length === 3 && isMethod) return 'operation';
    if (t.length === 4 && isMethod && t[3] === 'x-amazon-apigateway-integration') return 'integration';
    return 'other';
  }
  if (t[0] === 'securityDefinitions' && t.length === 2) return 'securityScheme';
  if (t[0] === 'components') {
    if (t.length === 1) return 'components';
    if (t[1] === 'securitySchemes' && t.length === 3) return 'securityScheme';
    if (t[1] === 'x-amazon-apigateway-integrations' && t.length === 3) return 'integration';
  }
  if (t[0] === 'servers' && t.length === 2) return 'server';
  if (t[0] === 'tags' && t.length === 2) return 'tag';
  return 'other';
}

export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}
