import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { didYouMean } from '../lint/helpers/did-you-mean.js';
import { type RuleExampleSet, ruleListing, rulePageText } from '../lint/rule-docs.js';
import { rules } from '../lint/rules/index.js';
import type { Io } from './io.js';

/** The examples the build took from the fixtures: dist/rule-examples.json, beside dist/cli/ and dist/bin/. */
function readExamples(): RuleExampleSet {
  const url = new URL('../rule-examples.json', import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as RuleExampleSet;
  } catch (err) {
    throw new UserError(`cannot read the rule examples (${url.pathname}): ${(err as Error).message}`, { hint: 'run npm run build' });
  }
}

/** `apigw rules`: every rule, one line each; `apigw rules <id>`: that rule's page. */
export function rulesCommand(id: string | undefined, io: Io): number {
  if (id === undefined) {
    io.stdout(ruleListing(rules));
    return 0;
  }
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const guess = didYouMean(id, rules.map((r) => r.id));
    throw new UserError(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`, { hint: 'apigw rules lists every rule' });
  }
  io.stdout(rulePageText(rule, readExamples()[rule.id] ?? {}));
  return 0;
}
