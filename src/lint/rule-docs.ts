import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleDocsUri } from '../report/rule-docs-uri.js';
import { defaultConfig } from './config.js';
import { lint } from './index.js';
import type { Rule } from './rule.js';

/** One example of a rule: a fixture file, and for a failing one what lint reports on it. */
export interface RuleExample {
  /** Path from the repository root, POSIX. */
  file: string;
  text: string;
  /** `line:col  severity  message`, one per finding (failing examples only). */
  findings?: string[];
}

export interface RuleExamples {
  fail?: RuleExample;
  pass?: RuleExample;
  /** The same fault in a CloudFormation template that writes the API as resources (`resources-fail.yaml`, `resources-pass.yaml`). */
  resourcesFail?: RuleExample;
  resourcesPass?: RuleExample;
}

/** Examples of every rule by id; built from `fixtures/lint/<family>/<name>/{fail,pass}.yaml`. */
export type RuleExampleSet = Record<string, RuleExamples>;

const KINDS = { rest: 'REST APIs', http: 'HTTP APIs', both: 'REST and HTTP APIs', websocket: 'WebSocket APIs' } as const;
const KIND_LIST = { rest: 'rest', http: 'http', both: 'rest,http', websocket: 'websocket' } as const;

/**
 * Why a finding has its severity: the one principle every rule's default follows (README,
 * "Severities").
 */
const WHY = {
  error: 'It is an error because API Gateway refuses to import or deploy such a definition, or every call to the method fails.',
  warning: 'It is a warning because a call can fail, or API Gateway behaves unlike what the definition says.',
  info: 'It is information because API Gateway ignores what it reports, or the matter is cosmetic.',
  off: 'It is off by default: turn it on where the convention it checks is yours (`extends: all` turns every such rule on as info).',
} as const;

/** The level a rule runs at when the examples are linted: its default, or info (as `extends: all`) when it is off. */
export const exampleLevel = (rule: Rule) => (rule.meta.defaultSeverity === 'off' ? 'info' : rule.meta.defaultSeverity);

/** Read each rule's fixtures under `root` and lint its failing example with that rule alone. */
export async function collectRuleExamples(root: string, rules: readonly Rule[]): Promise<RuleExampleSet> {
  const out: RuleExampleSet = {};
  const config = defaultConfig(root);
  for (const rule of rules) {
    const examples: RuleExamples = {};
    for (const [kind, name] of [['fail', 'fail'], ['pass', 'pass'], ['resourcesFail', 'resources-fail'], ['resourcesPass', 'resources-pass']] as const) {
      const file = `fixtures/lint/${rule.id}/${name}.yaml`;
      if (!existsSync(join(root, file))) continue;
      const example: RuleExample = { file, text: readFileSync(join(root, file), 'utf8') };
      if (kind === 'fail' || kind === 'resourcesFail') {
        // As the rule tests run it: alone, on the kind of API it applies to (in a template, on every API it holds).
        const apiType = kind === 'resourcesFail' ? 'auto' : rule.meta.appliesTo === 'http' || rule.meta.appliesTo === 'websocket' ? rule.meta.appliesTo : 'rest';
        const { diagnostics } = await lint(join(root, file), { apiType, only: [rule.id], rules: { [rule.id]: exampleLevel(rule) }, config, cwd: root });
        example.findings = diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column}  ${d.severity}  ${d.message}`);
      }
      examples[kind] = example;
    }
    out[rule.id] = examples;
  }
  return out;
}

/** `apigw rules`: one line per rule, aligned: id, default severity, API kinds, description. */
export function ruleListing(rules: readonly Rule[]): string {
  const rows = rules.map((r) => [r.id, r.meta.defaultSeverity, KIND_LIST[r.meta.appliesTo], r.meta.description.replace(/\s+/g, ' ')]);
  const header = ['RULE', 'SEVERITY', 'APIS', 'CHECKS'];
  const widths = [0, 1, 2].map((i) => Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

type Block = { text: string } | { code: string; lang?: string };
interface Section {
  title: string;
  blocks: Block[];
}

function sections(rule: Rule, examples: RuleExamples): { title: string; lead: string; sections: Section[] } {
  const { id, meta } = rule;
  const off = meta.defaultSeverity === 'off';
  const list: Section[] = [];
  list.push({
    title: 'What it checks',
    blocks: [{ text: meta.description }, { text: 'Its messages:' }, { code: Object.values(rule.messages).join('\n') }],
  });
  list.push({ title: 'Why', blocks: [{ text: WHY[meta.defaultSeverity] }, { text: `Source: ${meta.docsUrl}` }] });
  if (examples.fail) {
    const findings = examples.fail.findings ?? [];
    list.push({
      title: 'Failing example',
      blocks: [
        { text: `${examples.fail.file}:` },
        { code: examples.fail.text, lang: 'yaml' },
        { text: findings.length ? 'With only this rule on, apigw lint reports:' : 'With its default options the rule reports nothing here; the rule\'s tests set smaller limits.' },
        ...(findings.length ? [{ code: findings.join('\n') }] : []),
      ],
    });
  }
  if (examples.pass) {
    list.push({ title: 'Passing example', blocks: [{ text: `${examples.pass.file}:` }, { code: examples.pass.text, lang: 'yaml' }] });
  }
  if (examples.resourcesFail) {
    list.push({
      title: 'Failing example written as CloudFormation resources',
      blocks: [
        { text: `${examples.resourcesFail.file}:` },
        { code: examples.resourcesFail.text, lang: 'yaml' },
        { text: 'With only this rule on, apigw lint reports:' },
        { code: (examples.resourcesFail.findings ?? []).join('\n') },
      ],
    });
  }
  if (examples.resourcesPass) {
    list.push({ title: 'Passing example written as CloudFormation resources', blocks: [{ text: `${examples.resourcesPass.file}:` }, { code: examples.resourcesPass.text, lang: 'yaml' }] });
  }
  if (rule.defaultOptions && Object.keys(rule.defaultOptions).length) {
    const opts = Object.entries(rule.defaultOptions);
    list.push({
      title: 'Options',
      blocks: [
        { text: opts.map(([k, v]) => `\`${k}\` (default ${JSON.stringify(v)})`).join(', ') + ', set in the config file:' },
        { code: `rules:\n  ${id}: [${exampleLevel(rule)}, { ${opts.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }]`, lang: 'yaml' },
      ],
    });
  }
  list.push(off
    ? {
      title: 'Turning it on',
      blocks: [
        { text: 'In apigw.config.yaml:' },
        { code: `rules:\n  ${id}: warning`, lang: 'yaml' },
        { text: `On the command line: \`--rule ${id}=warning\`.` },
      ],
    }
    : {
      title: 'Turning it off',
      blocks: [
        { text: 'In apigw.config.yaml (or for some files only, under `overrides`):' },
        { code: `rules:\n  ${id}: off`, lang: 'yaml' },
        { text: `On the command line: \`--rule ${id}=off\`. For one finding, a comment in the YAML on the line before it:` },
        { code: `# apigw-disable-next-line ${id} -- the reason`, lang: 'yaml' },
      ],
    });
  const forms = meta.forms?.length === 1 ? (meta.forms[0] === 'resources' ? ' written as CloudFormation resources' : ' written as OpenAPI (not to APIs written as CloudFormation resources)') : '';
  const lead = `Default severity: ${meta.defaultSeverity}. Applies to: ${KINDS[meta.appliesTo]}${forms}. Category: ${meta.category}.`;
  return { title: id, lead, sections: list };
}

/** `apigw rules <id>`: the rule's page as plain text for a terminal. */
export function rulePageText(rule: Rule, examples: RuleExamples): string {
  const page = sections(rule, examples);
  const out = [page.title, page.lead, `Page: ${ruleDocsUri(rule.id)}`];
  for (const s of page.sections) {
    out.push('', s.title.toUpperCase());
    for (const b of s.blocks) {
      if ('text' in b) out.push(`  ${b.text.replace(/`/g, '')}`);
      else out.push(b.code.replace(/\n$/, '').split('\n').map((l) => (l ? `    ${l}` : '')).join('\n'));
    }
  }
  return out.join('\n') + '\n';
}

/** The rule's page as Markdown, as kept in docs/rules/<family>/<name>.md. */
export function rulePageMarkdown(rule: Rule, examples: RuleExamples): string {
  const page = sections(rule, examples);
  const out = ['<!-- Generated from the rule and its fixtures by `npm run docs:rules`; do not edit. -->', '', `# ${page.title}`, '', page.lead];
  for (const s of page.sections) {
    out.push('', `## ${s.title}`);
    for (const b of s.blocks) {
      if ('text' in b) out.push('', b.text.replace(/^Source: (.*)$/, 'Source: <$1>'));
      else {
        const fence = b.code.includes('```') ? '````' : '```';
        out.push('', `${fence}${b.lang ?? 'text'}`, b.code.replace(/\n$/, ''), fence);
      }
    }
  }
  return out.join('\n') + '\n';
}

/** docs/rules/README.md: every rule with its severity, API kinds and a link to its page. */
export function ruleIndexMarkdown(rules: readonly Rule[]): string {
  const rows = rules.map((r) => `| [${r.id}](${r.id}.md) | ${r.meta.defaultSeverity} | ${KIND_LIST[r.meta.appliesTo]} | ${r.meta.description.replace(/\|/g, '\\|')} |`);
  return [
    '<!-- Generated from the rules by `npm run docs:rules`; do not edit. -->',
    '',
    '# Rules',
    '',
    'Each page says what the rule checks, why (the API Gateway behaviour, with its source), a failing and a passing example (for most rules also written as CloudFormation resources), and how to turn the rule off. `apigw rules <id>` prints the same page.',
    '',
    '| rule | severity | APIs | checks |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n') + '\n';
}
