import { describe, expect, it } from 'vitest';

describe('library entry point', () => {
  it('`import { lint } from "apigw"` returns the same diagnostics as the CLI computes', async () => {
    // The package resolves itself through its exports map, as users' code would.
    const api = await import('apigw');
    const { diagnostics, summary } = await api.lint('fixtures/lint/int/type-invalid/fail.yaml', { config: api.defaultConfig(process.cwd()) });
    expect(summary).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0 });
    expect(diagnostics[0]).toMatchObject({ ruleId: 'int/type-invalid', severity: 'error', range: { start: { line: 12, column: 15 } } });
    await expect(api.lint('nope.yaml')).rejects.toBeInstanceOf(api.UserError);
  });

  // A caller who prints only `err.message` learns which file failed.
  it.each<[string, (api: typeof import('apigw')) => Promise<unknown>, RegExp]>([
    ['lint, a missing file', (api) => api.lint('nope.yaml'), /^nope\.yaml: cannot read: no such file$/],
    ['lint, a directory', (api) => api.lint('fixtures'), /^fixtures: cannot read: is a directory, not a file$/],
    ['lintText, a syntax error', async (api) => api.lintText('a: [1,\n', 'inline.yaml'), /^inline\.yaml:2:1: /],
    ['checkHttpCompat, a missing file', (api) => api.checkHttpCompat('gone/api.yaml'), /^gone\/api\.yaml: cannot read: no such file$/],
    ['exportCloudFormation, lint errors', (api) => api.exportCloudFormation('fixtures/lint/int/type-invalid/fail.yaml'), /^fixtures\/lint\/int\/type-invalid\/fail\.yaml: the definition has 1 finding\(s\) that make the import or deployment fail/],
    ['convertToHttpApi, blocking features', (api) => api.convertToHttpApi('fixtures/convert/blocking/input.yaml'), /^fixtures\/convert\/blocking\/input\.yaml: \d+ use\(s\) of features HTTP APIs lack would be dropped/],
    ['renderFromDefinition, a missing file', (api) => api.renderFromDefinition('nope.yaml', { method: 'GET', path: '/' }), /^nope\.yaml: cannot read: no such file$/],
  ])('every error names its file: %s', async (_name, call, message) => {
    const api = await import('apigw');
    const err = await call(api).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(message);
  });
});
