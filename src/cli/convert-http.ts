import { extname } from 'node:path';
import yaml from 'js-yaml';
import { ConvertBlockedError, convertToHttpApi } from '../convert/http.js';
import { CONVERT_RULES } from '../convert/diagnostics.js';
import { COMPAT_RULES } from '../compat/diagnostics.js';
import { httpApiTemplate } from '../convert/cfn.js';
import { formatReportJson, formatReportMarkdown } from '../convert/report.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { formatFindings } from './findings.js';
import { type Io, outputFile, writeAtomically } from './io.js';

export interface ConvertHttpOptions {
  output?: string;
  force?: boolean;
  /** markdown and json are the report; stylish, sarif, github and junit print the changes (or the blockers) as findings. */
  report: 'markdown' | 'json' | 'stylish' | 'sarif' | 'github' | 'junit';
  dropBlocking?: boolean;
  jwtAudience: string[];
  api?: string;
  refRoot: string[];
  /** openapi: the HTTP API definition; cfn: the HTTP API as AWS::ApiGatewayV2 resources. */
  format?: 'openapi' | 'cfn';
}

const findings = (format: string, file: string, diagnostics: readonly Diagnostic[], io: Io) =>
  formatFindings(format, diagnostics, { command: 'apigw convert http', rules: [...COMPAT_RULES, ...CONVERT_RULES], files: [file] }, io);

export async function convertHttpCommand(spec: string, opts: ConvertHttpOptions, io: Io): Promise<number> {
  const out = outputFile(opts.output, [spec], opts.force, io.cwd);
  // The report goes to standard output when the definition goes to a file, else to standard error (without colour).
  const reportIo: Io = out ? io : { ...io, color: false };
  let result;
  try {
    result = await convertToHttpApi(spec, { dropBlocking: opts.dropBlocking, jwtAudience: opts.jwtAudience, api: opts.api, cwd: io.cwd, refRoots: opts.refRoot });
  } catch (err) {
    if (!(err instanceof ConvertBlockedError)) throw err;
    // The findings go where the report would have gone; markdown and json keep one line per blocker.
    if (opts.report !== 'markdown' && opts.report !== 'json') {
      const text = findings(opts.report, err.file, err.diagnostics, reportIo);
      if (out) io.stdout(text);
      else io.stderr(text);
    }
    else for (const b of err.blockers) io.stderr(`apigw: blocking: ${b.where}  ${b.route ?? 'the API'}: ${b.id} (${b.title})${b.reason ? `: ${b.reason}` : ''}\n`);
    io.stderr(`apigw: error: ${err.message}\n`);
    return 1;
  }
  const json = out ? extname(out.display).toLowerCase() === '.json' : /\.json$/i.test(spec);
  let definition: unknown = opts.format === 'cfn' ? httpApiTemplate(result.definition as Record<string, unknown>, result.report.source) : result.definition;
  const converted = result.report;
  const diagnostics = result.diagnostics;
  result = undefined;
  const text = json ? JSON.stringify(definition, null, 2) + '\n' : yaml.dump(definition, { noRefs: true, lineWidth: -1, sortKeys: false });
  // From here the definition (which shares the parsed tree) is garbage: the report and the
  // writing need only the text.
  definition = undefined;
  const report = opts.report === 'json' ? formatReportJson(converted) : opts.report === 'markdown' ? formatReportMarkdown(converted) : findings(opts.report, converted.source, diagnostics, reportIo);
  if (out) {
    writeAtomically(out.path, text);
    if (out.note) io.stderr(`apigw: note: ${out.note}\n`);
    io.stdout(report);
  } else {
    io.stdout(text);
    io.stderr(report);
  }
  return 0;
}
