import type { Source } from './source.js';

/**
 * Map an offset inside a mapping template to an offset in the file that holds it, following
 * the scalar's quoting: block scalars line by line, quoted scalars escape by escape.
 */
export function templateOffsetInFile(source: Source, valueStart: number, valueEnd: number, template: string, offset: number): number {
  const text = source.text;
  const first = text.charCodeAt(valueStart);
  if (first === 0x7c || first === 0x3e) {
    // `|` or `>`: content starts on the next line at the block's indentation.
    const lines = template.slice(0, offset).split('\n');
    const lineIndex = lines.length - 1;
    let pos = text.indexOf('\n', valueStart) + 1;
    let indent = 0;
    while (text.charCodeAt(pos + indent) === 0x20) indent++;
    for (let i = 0; i < lineIndex && pos > 0; i++) pos = text.indexOf('\n', pos) + 1;
    return pos <= 0 ? valueStart : Math.min(valueEnd, pos + indent + lines[lineIndex]!.length);
  }
  if (first === 0x22 || first === 0x27) {
    let i = valueStart + 1;
    let decoded = 0;
    while (i < valueEnd && decoded < offset) {
      const c = text.charCodeAt(i);
      if (first === 0x22 && c === 0x5c) {
        const next = text[i + 1];
        i += next === 'u' ? 6 : next === 'x' ? 4 : next === 'U' ? 10 : 2;
      } else if (first === 0x27 && c === 0x27 && text.charCodeAt(i + 1) === 0x27) i += 2;
      else i++;
      decoded++;
    }
    return i;
  }
  return Math.min(valueEnd, valueStart + offset);
}
