import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { UserError } from '../errors.js';
import { isObject } from '../model/detect.js';
import { loadSource } from '../document/load.js';
import { joinPointer, parsePointer } from '../document/pointer.js';
import { PRESETS, type PresetName, presetLevels, type RuleLevel } from './presets.js';
import type { Rule } from './rule.js';
import { didYouMean } from './helpers/did-you-mean.js';

export const CONFIG_FILES = ['apigw.config.yaml', 'apigw.config.yml', 'apigw.config.json'];
const LEVELS: readonly string[] = ['off', 'info', 'warning', 'error'];

export interface RuleSetting {
  level: RuleLevel;
  options?: Record<string, unknown>;
}

export interface Override {
  files: string[];
  rules: Map<string, RuleSetting>;
}

export interface ResolvedConfig {
  /** The config file, when one was used. */
  file?: string;
  baseDir: string;
  preset: PresetName;
  rules: Map<string, RuleSetting>;
  overrides: Override[];
}

export class ConfigError extends UserError {
  constructor(readonly problems: string[], file: string) {
    super(`invalid config (${problems.length} problem${problems.length === 1 ? '' : 's'})`, { file, hint: problems.join('\n') });
  }
}

/** Find a config file in `dir` or its ancestors. */
export function findConfig(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Parse a rule setting written as `level` or `[level, options]`; problems go to `problems`. */
export function parseRuleSetting(
  id: string,
  raw: unknown,
  rules: ReadonlyMap<string, Rule>,
  problem: (message: string, on?: 'key' | 'value') => void,
): RuleSetting | undefined {
  const rule = rules.get(id);
  if (!rule) {
    const guess = didYouMean(id, rules.keys());
    problem(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`, 'key');
    return undefined;
  }
  let level: unknown = raw;
  let options: unknown;
  if (Array.isArray(raw)) {
    level = raw[0];
    options = raw[1];
    if (raw.length > 2) problem('expected [severity] or [severity, options]');
  }
  if (typeof level !== 'string' || !LEVELS.includes(level)) {
    problem(`severity must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
    return undefined;
  }
  if (options !== undefined) {
    if (!isObject(options)) {
      problem('options must be an object');
      return undefined;
    }
    if (!rule.validateOptions && !rule.defaultOptions) {
      problem(`rule "${id}" takes no options`);
      return undefined;
    }
    const merged = { ...rule.defaultOptions, ...options };
    for (const key of Object.keys(options)) {
      if (rule.defaultOptions && !Object.hasOwn(rule.defaultOptions, key)) problem(`unknown option "${key}" for rule "${id}"`);
    }
    for (const p of rule.validateOptions?.(merged) ?? []) problem(p);
    return { level: level as RuleLevel, options: merged };
  }
  return { level: level as RuleLevel };
}

/** Load and validate a config file; every problem is reported at once. */
export function loadConfig(file: string, rules: ReadonlyMap<string, Rule>, cwd: string, seen: string[] = []): ResolvedConfig {
  const display = relative(cwd, file).split(sep).join('/') || file;
  if (seen.includes(file)) throw new UserError(`config "extends" cycle: ${[...seen, file].join(' -> ')}`, { file: display });
  const source = loadSource(file, display);
  const problems: string[] = [];
  const problemAt = (pointer: string, message: string, on: 'key' | 'value' = 'value') => {
    const { range } = source.locate(pointer, on);
    const path = pointer === '' ? '(root)' : parsePointer(pointer).join('.');
    problems.push(`${display}:${range.start.line}:${range.start.column} ${path}: ${message}`);
  };
  const doc = source.root;
  const config: ResolvedConfig = { file, baseDir: dirname(file), preset: 'recommended', rules: new Map(), overrides: [] };
  if (!isObject(doc)) {
    problemAt('', 'config must be a mapping');
    throw new ConfigError(problems, display);
  }
  for (const key of Object.keys(doc)) {
    if (!['extends', 'rules', 'overrides'].includes(key)) {
      const guess = didYouMean(key, ['extends', 'rules', 'overrides']);
      problemAt(joinPointer('', key), `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`, 'key');
    }
  }
  let parent: ResolvedConfig | undefined;
  if (doc.extends !== undefined) {
    const ext = doc.extends;
    if (typeof ext !== 'string') problemAt('/extends', 'extends must be a preset name or a path to a config file');
    else if ((PRESETS as readonly string[]).includes(ext)) config.preset = ext as PresetName;
    else if (ext.startsWith('.') || ext.startsWith('/') || /\.(ya?ml|json)$/.test(ext)) {
      const target = resolve(dirname(file), ext);
      if (!existsSync(target)) problemAt('/extends', `cannot read extended config "${ext}": no such file`);
      else parent = loadConfig(target, rules, cwd, [...seen, file]);
    } else {
      const guess = didYouMean(ext, PRESETS);
      problemAt('/extends', `unknown preset "${ext}"${guess ? ` (did you mean "${guess}"?)` : ''}; presets: ${PRESETS.join(', ')}`);
    }
  }
  const readRules = (value: unknown, pointer: string, into: Map<string, RuleSetting>) => {
    if (!isObject(value)) {
      problemAt(pointer, 'rules must be a mapping of rule id to severity');
      return;
    }
    for (const [id, raw] of Object.entries(value)) {
      const p = joinPointer(pointer, id);
      const setting = parseRuleSetting(id, raw, rules, (m, on) => problemAt(p, m, on));
      if (setting) into.set(id, setting);
    }
  };
  if (doc.rules !== undefined) readRules(doc.rules, '/rules', config.rules);
  if (doc.overrides !== undefined) {
    if (!Array.isArray(doc.overrides)) problemAt('/overrides', 'overrides must be a list');
    else {
      doc.overrides.forEach((o, i) => {
        const p = joinPointer('/overrides', i);
        if (!isObject(o)) {
          problemAt(p, 'each override must be a mapping with "files" and "rules"');
          return;
        }
        const files = typeof o.files === 'string' ? [o.files] : o.files;
        if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string')) {
          problemAt(joinPointer(p, 'files'), 'files must be a glob or a list of globs');
        }
        for (const key of Object.keys(o)) if (key !== 'files' && key !== 'rules') problemAt(joinPointer(p, key), `unknown key "${key}"`, 'key');
        const ruleMap = new Map<string, RuleSetting>();
        readRules(o.rules ?? {}, joinPointer(p, 'rules'), ruleMap);
        if (Array.isArray(files)) config.overrides.push({ files: files.map(String), rules: ruleMap });
      });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems, display);
  if (parent) {
    config.preset = parent.preset;
    config.rules = new Map([...parent.rules, ...config.rules]);
    config.overrides = [...parent.overrides.map((o) => ({ ...o, files: o.files.map((f) => relative(config.baseDir, resolve(parent.baseDir, f)).split(sep).join('/')) })), ...config.overrides];
  }
  return config;
}

export function defaultConfig(cwd: string): ResolvedConfig {
  return { baseDir: cwd, preset: 'recommended', rules: new Map(), overrides: [] };
}

/** The glob matcher loads when a config has `overrides`: most runs never need it. */
let matcher: typeof import('picomatch') | undefined;
const picomatch = () => (matcher ??= createRequire(import.meta.url)('picomatch') as typeof import('picomatch'));

/** Levels and options for one file: preset, then config rules, then matching overrides, then CLI rules. */
export function levelsFor(
  config: ResolvedConfig,
  file: string,
  rules: readonly Rule[],
  cliRules: ReadonlyMap<string, RuleSetting> = new Map(),
): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  for (const [id, level] of presetLevels(config.preset, rules)) out.set(id, { level });
  for (const [id, s] of config.rules) out.set(id, s);
  const rel = relative(config.baseDir, resolve(file)).split(sep).join('/');
  for (const o of config.overrides) {
    if (picomatch().isMatch(rel, o.files, { dot: true })) for (const [id, s] of o.rules) out.set(id, s);
  }
  for (const [id, s] of cliRules) out.set(id, s);
  return out;
}
