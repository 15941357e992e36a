// Renders per second of a typical request template, compiled once: a 20-item #foreach,
// $input.json, $input.path and $util.escapeJavaScript. Part of `npm run bench`.
import { compileTemplate } from '../dist/index.js';

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

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`${Math.round(rendersPerSecond()).toLocaleString('en')} renders/s`);
  console.log(`${Math.round(rendersPerSecond(2, REGEX_TEMPLATE)).toLocaleString('en')} renders/s with a replaceAll per item`);
}
