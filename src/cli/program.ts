import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { addExamples } from './examples.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

function integer(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/** An HTTP status code as a back end returns it: three digits, 100 to 599. */
function statusCode(value: string): string {
  if (!/^[1-5]\d\d$/.test(value)) throw new InvalidArgumentError('expected an HTTP status code from 100 to 599, such as 200');
  return value;
}

const collect = (value: string, previous: string[]) => previous.concat(value);
const REF_ROOT = ['--ref-root <dir>', 'let $ref read files under this directory too (repeatable)'] as const;

/** Declares commands and options; each action loads its command module on demand. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('apigw')
    .description('Lint, render, check and export Amazon API Gateway OpenAPI definitions')
    .version(VERSION, '-v, --version')
    .option('--debug', 'print stack traces for internal errors')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .showHelpAfterError('(run "apigw --help" for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('lint')
    .description('check OpenAPI definitions with x-amazon-apigateway-* extensions against what API Gateway accepts')
    .argument('<files...>', 'files, directories (every .yaml, .yml and .json inside), quoted globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'github', 'junit']).default('stylish'))
    .addOption(new Option('--api-type <type>', 'REST, HTTP or WebSocket APIs; auto decides from the document or template').choices(['rest', 'http', 'websocket', 'auto']).default('auto'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'info', 'never']).default('error'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer)
    .option('-q, --quiet', 'report errors only')
    .option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collect, [])
    .option('-c, --config <file>', 'config file (default: apigw.config.yaml|yml|json found upward from the working directory)')
    .option('--no-config', 'ignore config files')
    .option('--ignore <glob>', 'skip files and directories matching this glob when searching directories and globs (repeatable)', collect, [])
    .option(...REF_ROOT, collect, [])
    .action(async (files: string[], opts) => {
      const { runLint } = await import('./lint.js');
      setExit(await runLint(files, opts, io));
    });

  program
    .command('render-template')
    .description('render a VTL mapping template exactly as API Gateway would, from a file or picked out of a definition')
    .argument('[template]', 'template file (or use --spec, --method and --path)')
    .option('-e, --event <file>', 'API Gateway Lambda proxy event (REST, payload 1.0); - reads standard input')
    .option('--spec <file>', 'pick the template from this definition, or from a CloudFormation/SAM template (REST or WebSocket API)')
    .option('--api <logical-id>', 'with a template as --spec: the REST API to pick from when several have the method, or the WebSocket API')
    .option('-m, --method <verb>', 'HTTP method of the operation (with --spec)')
    .option('-p, --path <path>', 'resource path (/pets/{id}) or a concrete one (/pets/42) (with --spec)')
    .option('--route <key>', 'with a WebSocket API as --spec: the route ($connect, $default, sendmessage)')
    .option('--message <text>', 'with a WebSocket API: the message; without --route it chooses the route through the route selection expression')
    .option('--content-type <type>', 'request Content-Type that selects the template (default: the event\'s, else application/json)')
    .option('--response', 'render the integration response instead of the request')
    .option('--integration-response <file>', 'the back end\'s response body (with --response)')
    .option('--status <code>', 'the back end\'s HTTP status, matched against selection patterns (with --response)', statusCode)
    .option('--error-message <text>', 'a Lambda errorMessage, matched against selection patterns (with --response)')
    .option('--body <text>', 'request body (overrides the event\'s)')
    .option('-H, --header <name:value>', 'request header (repeatable)', collect, [])
    .option('--query <name=value>', 'query string parameter (repeatable)', collect, [])
    .option('--path-param <name=value>', 'path parameter (repeatable)', collect, [])
    .option('--stage-var <name=value>', 'stage variable (repeatable)', collect, [])
    .option('--context <key.path=value>', '$context value, e.g. authorizer.claims.sub=42 (repeatable)', collect, [])
    .option('--check-json', 'report a JSON syntax error in JSON output with its line and column')
    .option(...REF_ROOT, collect, [])
    .option('--timeout <ms>', 'time limit of each template\'s parse and render, regular expressions included (default: 5000)', integer)
    .addOption(new Option('-f, --format <format>', 'text: the rendered bytes; json: {statusCode, headers, body}').choices(['text', 'json']).default('text'))
    .action(async (template: string | undefined, opts) => {
      const { renderTemplateCommand } = await import('./render-template.js');
      setExit(await renderTemplateCommand(template, opts, io));
    });

  program
    .command('check-http-compat')
    .description('can this REST API become an HTTP API? every feature in use, where, and what it takes')
    .argument('<file>', 'OpenAPI REST definition or CloudFormation/SAM template (- for standard input)')
    .addOption(new Option('-f, --format <format>', 'output format: table, markdown and json report the features; stylish, sarif, github and junit print each use as a finding').choices(['table', 'json', 'markdown', 'stylish', 'sarif', 'github', 'junit']).default('table'))
    .addOption(new Option('--fail-on <level>', 'exit 1 when the verdict reaches this').choices(['blocking', 'convertible', 'never']).default('blocking'))
    .option(...REF_ROOT, collect, [])
    .action(async (file: string, opts) => {
      const { checkHttpCompatCommand } = await import('./check-http-compat.js');
      setExit(await checkHttpCompatCommand(file, opts, io));
    });

  const exportCommand = program.command('export').description('emit deployable infrastructure for a definition');
  exportCommand
    .command('cfn')
    .description('a CloudFormation stack: the API with its definition, a deployment that changes with it, a stage, Lambda permissions and outputs')
    .argument('<spec>', 'OpenAPI definition (- for standard input)')
    .addOption(new Option('--api-type <type>', 'REST or HTTP API; auto decides from the document').choices(['rest', 'http', 'auto']).default('auto'))
    .addOption(new Option('-f, --format <format>', 'template format (YAML uses long-form intrinsics)').choices(['yaml', 'json']).default('yaml'))
    .option('-o, --output <file>', 'write the template to a file (never replaces one without --force)')
    .option('--force', 'replace the --output file if it exists')
    .option('--stage <name>', 'stage name (default: prod for REST, $default for HTTP)')
    .addOption(new Option('--endpoint <type>', 'REST endpoint type').choices(['regional', 'edge', 'private']).default('regional'))
    .option('--lambda <name=arn-or-logical-id>', 'how to reference a Lambda function named in the definition (repeatable)', collect, [])
    .addOption(new Option('--permissions <mode>', 'Lambda permissions per route (collapsed per function past 20 routes), per API, or none').choices(['route', 'api', 'none']).default('route'))
    .addOption(new Option('--form <form>', 'the API as a Body, or as Resource/Method (REST) or Route/Integration (HTTP) resources').choices(['body', 'resources']).default('body'))
    .option('--stage-var <name=value>', 'stage variable (repeatable)', collect, [])
    .option('-r, --rule <id=severity>', 'set a lint rule to off, info, warning or error before the export checks the definition (repeatable)', collect, [])
    .option('-c, --config <file>', 'lint config file (default: apigw.config.yaml|yml|json found upward from the working directory)')
    .option('--no-config', 'ignore lint config files')
    .option(...REF_ROOT, collect, [])
    .action(async (spec: string, opts) => {
      const { exportCfnCommand } = await import('./export-cfn.js');
      setExit(await exportCfnCommand(spec, opts, io));
    });

  const convertCommand = program.command('convert').description('rewrite a definition for another kind of API');
  convertCommand
    .command('http')
    .description('turn a REST API definition (or the one in a CloudFormation template) into an HTTP API definition')
    .argument('<spec>', 'REST definition or template (- for standard input)')
    .option('-o, --output <file>', 'write the HTTP API definition here (YAML, or JSON for .json); the report then goes to standard output')
    .option('--force', 'replace the --output file if it exists')
    .addOption(new Option('--report <format>', 'report of every change and manual step (markdown, json), or the changes as findings (stylish, sarif, github, junit)').choices(['markdown', 'json', 'stylish', 'sarif', 'github', 'junit']).default('markdown'))
    .option('--api <logical-id>', 'with a template: the REST API to convert (required when it has several)')
    .addOption(new Option('-f, --format <format>', 'the HTTP API as an OpenAPI definition, or as AWS::ApiGatewayV2 resources of a CloudFormation template').choices(['openapi', 'cfn']).default('openapi'))
    .option('--drop-blocking', 'convert even when features block the move, and list what is lost')
    .option('--jwt-audience <id>', 'audience (app client id) for JWT authorizers made from Cognito authorizers (repeatable)', collect, [])
    .option(...REF_ROOT, collect, [])
    .action(async (spec: string, opts) => {
      const { convertHttpCommand } = await import('./convert-http.js');
      setExit(await convertHttpCommand(spec, opts, io));
    });

  program
    .command('serve')
    .description('run a REST, HTTP or WebSocket API locally and answer as API Gateway would (MOCK, Lambda proxy and HTTP proxy integrations)')
    .argument('<file>', 'OpenAPI definition, or a CloudFormation/SAM template with the API written inline or as resources')
    .option('--port <n>', 'port to listen on (0 picks a free one)', integer, 3000)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .addOption(new Option('--api-type <type>', 'REST, HTTP or WebSocket API; auto decides from the document or template').choices(['rest', 'http', 'websocket', 'auto']).default('auto'))
    .option('--api <logical-id>', 'in a CloudFormation template: the API to serve, when there are several')
    .option('--stage <name>', '$context.stage (default: local)')
    .option('--stage-variable <name=value>', 'stage variable (repeatable)', collect, [])
    .option('--lambda <name=module#export|url>', 'run this local Node.js handler, or call this Lambda Invoke endpoint (http://host:port), for the function a Lambda integration or authorizer names (repeatable)', collect, [])
    .option('--http-target <uri-prefix=url>', 'call HTTP_PROXY integration URIs that start with the prefix at this URL instead (repeatable)', collect, [])
    .option('--api-key <value>', 'an API key accepted in x-api-key by methods that require one (repeatable)', collect, [])
    .option('--jwks <file>', 'JSON Web Key Set that JWT and Cognito user pool authorizers verify tokens with (without it tokens are only decoded)')
    .option('--timeout <duration>', 'integration timeout (Lambda and HTTP_PROXY), e.g. 29s or 500ms', '29s')
    .addOption(new Option('-f, --format <format>', 'access log format').choices(['stylish', 'json']).default('stylish'))
    .option('--watch', 'reload when the definition, a file it $refs or a handler module changes, keeping the port')
    .action(async (file: string, opts) => {
      const { serveCommand } = await import('./serve.js');
      setExit(await serveCommand(file, opts, io));
    });

  program
    .command('rules')
    .description('list every lint rule, or print one rule\'s page: what it checks, why, examples, how to turn it off')
    .argument('[rule]', 'rule id, e.g. int/type-invalid')
    .action(async (id: string | undefined) => {
      const { rulesCommand } = await import('./rules.js');
      setExit(rulesCommand(id, io));
    });

  addExamples(program);
  return program;
}

export { CommanderError };
