import { textOf } from '../document/own.js';
export type OasVersion = '2.0' | '3.0' | '3.1';
/** `websocket`: only ever written as CloudFormation resources (`src/model/websocket.ts`). */
export type ApiType = 'rest' | 'http' | 'websocket';

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `swagger: 2.0` (a number) and `openapi: '3.0'` are accepted by AWS, so read them loosely. */
export function detectVersion(doc: Record<string, unknown>): OasVersion | null {
  if (doc.swagger !== undefined) return textOf(doc.swagger).startsWith('2') ? '2.0' : null;
  if (doc.openapi !== undefined) {
    const v = textOf(doc.openapi);
    if (v.startsWith('3.1')) return '3.1';
    if (v.startsWith('3')) return '3.0';
  }
  return null;
}

/**
 * `auto`: HTTP API when the document carries a construct only HTTP APIs have (catalogue
 * conventions in reference lint-rules.md); otherwise REST.
 */
export function detectApiType(doc: Record<string, unknown>): ApiType {
  if (doc['x-amazon-apigateway-cors'] !== undefined) return 'http';
  if (doc['x-amazon-apigateway-importexport-version'] !== undefined) return 'http';
  const components = doc.components;
  if (isObject(components) && components['x-amazon-apigateway-integrations'] !== undefined) return 'http';
  const schemes = isObject(components) ? components.securitySchemes : undefined;
  if (isObject(schemes)) {
    for (const s of Object.values(schemes)) {
      const auth = isObject(s) ? s['x-amazon-apigateway-authorizer'] : undefined;
      if (isObject(auth) && textOf(auth.type).toLowerCase() === 'jwt') return 'http';
    }
  }
  const paths = doc.paths;
  if (isObject(paths)) {
    for (const item of Object.values(paths)) {
      if (!isObject(item)) continue;
      for (const op of Object.values(item)) {
        if (!isObject(op)) continue;
        if (op.isDefaultRoute !== undefined) return 'http';
        const integ = op['x-amazon-apigateway-integration'];
        if (isObject(integ) && integ.integrationSubtype !== undefined) return 'http';
      }
    }
  }
  return 'rest';
}
