// Renders per second of a typical request template, compiled once: a 20-item #foreach,
// $input.json, $input.path and $util.escapeJavaScript. Part of `npm run bench`.
import { compileTemplate } from '../dist/index.js';
import { Renderer } from '../dist/vtl/template.js';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const TEMPLATE = `#set($body = $input.path('$'))
{
  "customer": "$util.escapeJavaScript($body.customer.name)",
  "requestId": "$context.requestId",
  "items": [
#foreach($item in $body.items)
    {"sku": "$item.sku", "qty": $item.qty, "note": "$util.escapeJavaScript($item.note)"}#if($foreach.hasNext),#end
#end
  ],
  "raw": $input.json('$.meta')
}`;

export function event() {
  const items = Array.from({ length: 20 }, (_, i) => ({ sku: `SKU-${i}`, qty: i + 1, note: `line "${i}" / it's` }));
  return {
    body: JSON.stringify({ customer: { name: 'Zoë O\'Neil' }, items, meta: { source: 'web', tags: ['a', 'b'] } }),
    headers: { 'Content-Type': 'application/json' },
    requestContext: { requestId: 'bench-1', stage: 'prod' },
  };
}

// The same template with one Java regular expression per item, to show what the bounded regex
// engine costs; templates without a regex never enter it (their only guard is the render's
// deadline check every 1,024 steps, which every render has).
export const REGEX_TEMPLATE = TEMPLATE.replace('"sku": "$item.sku"', '"sku": "$item.sku.replaceAll(\'[^A-Z0-9]+\', \'_\')"');

export function rendersPerSecond(seconds = 2, text = TEMPLATE) {
  const template = compileTemplate(text);
  const e = event();
  for (let i = 0; i < 2000; i++) template.render(e); // warm-up
  let count = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < budget) {
    for (let i = 0; i < 100; i++) template.render(e);
    count += 100;
  }
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

/**
 * What the time limit costs a template without a regular expression: renders/s with the
 * deadline check (`Renderer.tick`, the only guard such a template meets) against the same with
 * that check replaced by nothing before the first render. Each side runs in its own process (a
 * method swapped in a running process throws away its compiled code), in turns so that machine
 * load hits both alike, counting renders per second of CPU time; the fastest run of each side
 * counts (on a shared machine the others are slowed by what else runs).
 * Returns the fraction of speed the check takes (0.03 = 3 %).
 */
export function guardOverhead(seconds = 1, rounds = 5) {
  const rate = (bare) => {
    const args = [fileURLToPath(import.meta.url), '--rate', String(seconds), ...(bare ? ['--bare'] : [])];
    return Number(execFileSync(process.execPath, args, { encoding: 'utf8' }));
  };
  const guarded = [];
  const bare = [];
  for (let i = 0; i < rounds; i++) {
    guarded.push(rate(false));
    bare.push(rate(true));
  }
  return 1 - Math.max(...guarded) / Math.max(...bare);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--rate') {
  if (process.argv.includes('--bare')) Renderer.prototype.tick = function () {};
  // Renders per second of this process's CPU time: time spent waiting for a core does not count.
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  const rate = rendersPerSecond(Number(process.argv[3]));
  const used = process.cpuUsage(cpu);
  const walled = Number(process.hrtime.bigint() - wall) / 1e9;
  process.stdout.write(String((rate * walled) / ((used.user + used.system) / 1e6))); // the warm-up counts on both sides alike
} else if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`${Math.round(rendersPerSecond()).toLocaleString('en')} renders/s`);
  console.log(`${Math.round(rendersPerSecond(2, REGEX_TEMPLATE)).toLocaleString('en')} renders/s with a replaceAll per item`);
  console.log(`time-limit guard: ${(guardOverhead() * 100).toFixed(1)} % of the speed of a template without regex`);
}
