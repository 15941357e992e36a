import { lookupTable } from '../../../document/own.js';
import { EXTENSIONS } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { parentPointer, placeOfTokens } from '../../helpers/placement.js';
import { defineRule } from '../../rule.js';

const PLACE_NAMES = lookupTable<string>({
  root: 'the top level', operation: 'an operation', pathItem: 'a path item', securityScheme: 'a security scheme',
  components: 'components', server: 'a server object', tag: 'a tag', integration: 'an integration',
});

export const rule = defineRule({
  id: 'doc/extension-misplaced',
  meta: {
    description: 'A known API Gateway extension written where API Gateway does not read it is silently ignored.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.extensions,
  },
  messages: { misplaced: '"{{key}}" is ignored in {{place}}; API Gateway reads it in {{expected}}' },
  create(ctx) {
    return {
      Value(_value, loc, key) {
        if (key === null || loc.source !== ctx.model.root || !(key in EXTENSIONS)) return;
        const where = loc.tokens();
        where.pop();
        const place = placeOfTokens(where);
        const allowed = EXTENSIONS[key]!;
        if (allowed.includes(place as never)) return;
        // The endpoint configuration sits in a server object of an OpenAPI 3 document (root in Swagger 2).
        ctx.report({
          messageId: 'misplaced', node: loc, on: 'key',
          data: { key, place: PLACE_NAMES[place] ?? `"${parentPointer(loc.pointer) || '/'}"`, expected: allowed.map((p) => PLACE_NAMES[p]).join(' or ') },
        });
      },
    };
  },
});
