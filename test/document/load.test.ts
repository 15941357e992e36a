import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadSource, parseText } from '../../src/document/load.js';

const dir = mkdtempSync(join(tmpdir(), 'apigw-load-'));
const write = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const failure = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('expected a UserError');
};

describe('positions', () => {
  const yaml = "swagger: '2.0'\npaths:\n  /pets:\n    get:\n      x-amazon-apigateway-integration: {type: mock, uri: 'x'}\n";
  const source = parseText(yaml, join(dir, 'a.yaml'), 'a.yaml');

  it('finds keys and values of block mappings', () => {
    expect(source.locate('/paths/~1pets', 'key').range.start).toEqual({ line: 3, column: 3 });
    expect(source.locate('/paths/~1pets/get', 'key').range).toEqual({ start: { line: 4, column: 5 }, end: { line: 4, column: 8 } });
  });

  it('finds keys and values inside flow mappings', () => {
    const p = '/paths/~1pets/get/x-amazon-apigateway-integration';
    expect(source.locate(`${p}/type`, 'value').range).toEqual({ start: { line: 5, column: 47 }, end: { line: 5, column: 51 } });
    expect(source.locate(`${p}/uri`, 'key').range.start).toEqual({ line: 5, column: 53 });
  });

  it('falls back to the nearest existing ancestor, never to 1:1', () => {
    const located = source.locate('/paths/~1pets/get/x-amazon-apigateway-integration/httpMethod');
    expect(located.exact).toBe(false);
    expect(located.pointer).toBe('/paths/~1pets/get/x-amazon-apigateway-integration');
    expect(located.range.start).toEqual({ line: 5, column: 7 });
  });

  it('counts CRLF line ends once', () => {
    const crlf = parseText("a: 1\r\nb:\r\n  c: 2\r\n", join(dir, 'c.yaml'), 'c.yaml');
    expect(crlf.locate('/b/c', 'key').range.start).toEqual({ line: 3, column: 3 });
  });

  it('does not count a byte order mark as a column', () => {
    const p = write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a": {"b": 1}}')]));
    expect(loadSource(p, 'bom.json').locate('/a/b', 'key').range.start).toEqual({ line: 1, column: 8 });
  });

  it('reads JSON with tab indentation and long lines', () => {
    const long = 'x'.repeat(2_000_000);
    const s = parseText(`{\n\t"a": {\n\t\t"b": "${long}",\n\t\t"c": 1\n\t}\n}\n`, join(dir, 't.json'), 't.json');
    expect(s.locate('/a/c', 'key').range.start).toEqual({ line: 4, column: 3 });
  });

  it('maps an offset back to a pointer', () => {
    const offset = yaml.indexOf('mock');
    expect(source.pointerAt(offset)).toBe('/paths/~1pets/get/x-amazon-apigateway-integration/type');
  });
});

describe('bad input', () => {
  it.each([
    ['missing file', () => loadSource(join(dir, 'nope.yaml'), 'nope.yaml'), /cannot read: no such file/],
    ['directory', () => loadSource(dir, 'dir'), /is a directory/],
    ['empty file', () => loadSource(write('empty.yaml', ''), 'empty.yaml'), /file is empty/],
    ['blank file', () => loadSource(write('blank.yaml', '\n  \n'), 'blank.yaml'), /file is empty/],
    ['binary file', () => loadSource(write('bin.yaml', Buffer.from([0, 1, 2, 3])), 'bin.yaml'), /binary file/],
    ['invalid UTF-8', () => loadSource(write('latin1.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a])), 'latin1.yaml'), /not valid UTF-8/],
    ['duplicate keys', () => parseText('a: 1\na: 2\n', 'd.yaml', 'd.yaml'), /duplicate key/],
    ['10,000-deep nesting', () => parseText('['.repeat(10_000) + ']'.repeat(10_000), 'deep.json', 'deep.json'), /nesting deeper than/],
  ])('%s is one clear error naming the file', (_name, fn, message) => {
    const err = failure(fn);
    expect(err.message).toMatch(message);
    expect(err.format()).toMatch(/^(nope|dir|empty|blank|bin|latin1|d|deep)\.(yaml|json)?|^dir/);
  });

  it('gives the line and column of a syntax error', () => {
    const err = failure(() => parseText('a:\n  b: [1, 2\nc: 3\n', 's.yaml', 's.yaml'));
    expect(err.file).toBe('s.yaml');
    expect(err.line).toBeGreaterThanOrEqual(2);
    expect(err.format()).toMatch(/^s\.yaml:\d+:\d+: /);
  });

  it('keeps unquoted dates as strings and applies merge keys (JSON-compatible core schema)', () => {
    const s = parseText("version: 2024-06-01\nbase: &b {type: mock}\nuse:\n  <<: *b\n  uri: x\n", 'd.yaml', 'd.yaml');
    expect(s.root).toEqual({ version: '2024-06-01', base: { type: 'mock' }, use: { type: 'mock', uri: 'x' } });
  });

  it('reads CloudFormation short-form tags instead of failing on them', () => {
    const s = parseText('uri: !Sub "arn:${AWS::Region}"\nref: !Ref Fn\natt: !GetAtt Fn.Arn\n', 'cfn.yaml', 'cfn.yaml');
    expect(s.root).toEqual({ uri: { 'Fn::Sub': 'arn:${AWS::Region}' }, ref: { Ref: 'Fn' }, att: { 'Fn::GetAtt': ['Fn', 'Arn'] } });
  });
});
