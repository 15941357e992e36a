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
});
