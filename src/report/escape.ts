/**
 * Characters that a terminal acts on instead of printing: C0 and C1 controls (ESC starts colour,
 * title and hyperlink sequences, BEL rings) and the bidirectional overrides that reorder text.
 * Tab stays a tab; a line feed breaks a one-line message and is escaped too.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a definition made safe to print to a terminal: `\x1b`, `\n`, `\u202e`. */
export function escapeControl(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(CONTROL, (c) => {
    if (options.keepLineBreaks && c === '\n') return c;
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
