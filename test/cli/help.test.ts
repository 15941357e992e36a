import { describe, expect, it } from 'vitest';
import type { Command, Option } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { commandPath, EXAMPLES } from '../../src/cli/examples.js';
import { apigw } from '../support/cli.js';

const program = buildProgram({ stdout: () => {}, stderr: () => {}, color: false, debug: false, cwd: '/' }, () => {});
const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
const commands = all(program);

describe('help', () => {
  it.each([[[]], [['export']], [['convert']]])('apigw %j without a command prints help on stderr and exits 2', (args) => {
    const r = apigw(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^Usage: apigw${args.length ? ` ${args[0]}` : ''} \\[options\\] \\[command\\]\\n`));
    expect(r.stderr).toMatch(/\nExamples:\n {2}apigw /);
  });

  it('asked for, help goes to stdout with exit 0', () => {
    for (const args of [['--help'], ['help'], ['help', 'lint'], ['export', '--help']]) {
      const r = apigw(args);
      expect([args, r.status, r.stderr]).toEqual([args, 0, '']);
      expect(r.stdout).toMatch(/^Usage: apigw/);
    }
  });

  it.each(commands.map((c) => [commandPath(c) || '(apigw)', c] as const))('%s --help ends with examples of that command', (path) => {
    const examples = EXAMPLES[path === '(apigw)' ? '' : path];
    expect(examples?.length).toBeGreaterThan(0);
    const r = apigw([...(path === '(apigw)' ? [] : path.split(' ')), '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith(`\nExamples:\n${examples!.map((e) => `  ${e}`).join('\n')}\n`)).toBe(true);
    // Each example runs this command (or one of its subcommands) with flags that command has.
    const sub = path === '(apigw)' ? [] : path.split(' ');
    for (const example of examples!) {
      const words = example.replace(/^cat \S+ \| /, '').replace(/'[^']*'/g, "''").split(/\s+/);
      expect(words.slice(0, sub.length + 1)).toEqual(['apigw', ...sub]);
      let target = program;
      for (const w of words.slice(1)) target = target.commands.find((c) => c.name() === w) ?? target;
      if (target === program) continue;
      const known = new Set(target.options.flatMap((o: Option) => [o.short, o.long]));
      for (const flag of words.filter((w) => /^--?[a-z]/i.test(w))) expect([example, flag, known.has(flag)]).toEqual([example, flag, true]);
    }
  });

  it('gives each short flag one meaning across commands', () => {
    const meaning = new Map<string, Set<string>>();
    for (const c of commands) {
      for (const o of c.options as Option[]) if (o.short) meaning.set(o.short, (meaning.get(o.short) ?? new Set()).add(o.long ?? ''));
    }
    const clashes = [...meaning].filter(([, longs]) => longs.size > 1).map(([s, longs]) => `${s}: ${[...longs].join(', ')}`);
    expect(clashes).toEqual([]);
    expect(meaning.get('-q')).toEqual(new Set(['--quiet']));
  });

  it('render-template takes --query by its long name only', () => {
    const r = apigw(['render-template', '-q', 'a=1', 'x.vtl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown option '-q'/);
  });
});
