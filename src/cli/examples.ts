import type { Command } from 'commander';

/** Command lines shown at the end of each command's --help, by command path. Every flag is one the command has. */
export const EXAMPLES: Record<string, string[]> = {
  '': [
    'apigw lint api.yaml',
    'apigw render-template --spec api.yaml -m POST -p /pets/42 --body \'{"name": "Rex"}\'',
    'apigw check-http-compat template.yaml',
    'apigw export cfn api.yaml -o stack.yaml',
    'apigw convert http rest.yaml -o http.yaml',
    'apigw rules int/type-invalid',
  ],
  lint: [
    'apigw lint api.yaml',
    'apigw lint specs/ --ignore \'specs/legacy/**\'',
    'apigw lint template.yaml --format sarif > apigw.sarif',
    'apigw lint \'apis/*.yaml\' --rule int/timeout-above-default=off --max-warnings 0',
    'cat api.yaml | apigw lint - --format json',
  ],
  'render-template': [
    'apigw render-template template.vtl --event event.json',
    'apigw render-template --spec api.yaml -m POST -p /pets/42 --body \'{"name": "Rex"}\'',
    'apigw render-template --spec api.yaml -m GET -p /pets --query limit=10 --header \'Accept: application/json\'',
    'apigw render-template --spec api.yaml -m POST -p /pets --response --error-message \'Not found\' --format json',
    'apigw render-template --spec template.yaml --api PetsApi -m GET -p /pets',
    'apigw render-template --spec chat.yaml --message \'{"action": "sendmessage", "data": "hi"}\'',
    'apigw render-template --spec chat.yaml --route \'$connect\' --context connectionId=abc --context stage=prod',
  ],
  'check-http-compat': [
    'apigw check-http-compat api.yaml',
    'apigw check-http-compat template.yaml --format markdown > compat.md',
    'apigw check-http-compat api.yaml --fail-on convertible',
    'apigw check-http-compat api.yaml --format sarif > compat.sarif',
  ],
  export: ['apigw export cfn api.yaml -o stack.yaml'],
  'export cfn': [
    'apigw export cfn api.yaml > stack.yaml',
    'apigw export cfn api.yaml --lambda pets=arn:aws:lambda:us-east-1:123456789012:function:pets -o stack.yaml',
    'apigw export cfn http-api.yaml --api-type http --format json',
  ],
  convert: ['apigw convert http rest.yaml -o http.yaml'],
  'convert http': [
    'apigw convert http rest.yaml -o http.yaml',
    'apigw convert http template.yaml --drop-blocking --report json',
    'apigw convert http rest.yaml -o http.yaml --report sarif > convert.sarif',
  ],
  rules: ['apigw rules', 'apigw rules int/type-invalid'],
  serve: [
    'apigw serve api.yaml --port 0',
    'apigw serve api.yaml --lambda orders=./src/orders.mjs#handler --stage-variable env=dev',
    'apigw serve template.yaml --api OrdersApi --http-target https://backend.example.com=http://127.0.0.1:9000 --format json',
    'apigw serve template.yaml --lambda Authorizer=http://127.0.0.1:3001 --jwks jwks.json',
  ],
};

export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** End every command's --help with its examples. */
export function addExamples(program: Command): void {
  const visit = (command: Command) => {
    const examples = EXAMPLES[commandPath(command)];
    if (examples) command.addHelpText('after', `\nExamples:\n${examples.map((e) => `  ${e}`).join('\n')}`);
    command.commands.forEach(visit);
  };
  visit(program);
}
