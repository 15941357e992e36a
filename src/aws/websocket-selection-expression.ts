/*
 * The syntax of a WebSocket API's selection expressions (route, API key, model, template and
 * route response selection): `$` starts a variable, curly braces mark its bounds so static text
 * can follow (`${request.body.version}-beta`), several variables are allowed, and `\$` is a
 * literal dollar sign (`\$default`); everything else is static text.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html
 * lint judges expressions by these parts; render-template and serve evaluate them.
 */

/**
 * One part of a selection expression: static text, or a variable (`$x.y`, `wrapped: false`, or
 * `${x.y}`, `wrapped: true`). `unclosed` marks the text from a `${` that is never closed to the
 * end of the expression, which is read as static text.
 */
export type SelectionPart =
  | { kind: 'text'; text: string; unclosed?: true }
  | { kind: 'variable'; name: string; wrapped: boolean };

/** Characters of an unwrapped variable (`$request.body.action`): a name, dots, brackets and what goes inside them. */
const UNWRAPPED = /^[A-Za-z_][A-Za-z0-9_\-.[\]'"*@]*/;

/** The parts of a selection expression, static text merged; a `$` that starts no variable is text. */
export function selectionParts(expression: string): SelectionPart[] {
  const parts: SelectionPart[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < expression.length) {
    const c = expression[i]!;
    if (c === '\\' && expression[i + 1] === '$') {
      text += '$';
      i += 2;
    } else if (c === '$' && expression[i + 1] === '{') {
      const end = expression.indexOf('}', i + 2);
      if (end < 0) {
        flush();
        parts.push({ kind: 'text', text: expression.slice(i), unclosed: true });
        return parts;
      }
      flush();
      parts.push({ kind: 'variable', name: expression.slice(i + 2, end), wrapped: true });
      i = end + 1;
    } else if (c === '$' && UNWRAPPED.test(expression.slice(i + 1))) {
      const name = UNWRAPPED.exec(expression.slice(i + 1))![0];
      flush();
      parts.push({ kind: 'variable', name, wrapped: false });
      i += 1 + name.length;
    } else {
      text += c;
      i += 1;
    }
  }
  flush();
  return parts;
}

/** The names of the variables an expression reads (`request.body.action`). */
export const selectionVariables = (expression: string): string[] => selectionParts(expression).flatMap((p) => (p.kind === 'variable' ? [p.name] : []));

/** The one value an expression without variables evaluates to (`\$default` → `$default`); undefined when it reads one. */
export function staticSelectionValue(expression: string): string | undefined {
  const parts = selectionParts(expression);
  return parts.some((p) => p.kind === 'variable') ? undefined : parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}

/** Two expressions that evaluate alike: `$request.body.action` and `${request.body.action}`. */
export function sameSelectionExpression(a: string, b: string): boolean {
  const norm = (e: string) => selectionParts(e).map((p) => (p.kind === 'variable' ? `\${${p.name}}` : p.text.replace(/\$/g, '\\$'))).join('');
  return norm(a) === norm(b);
}
