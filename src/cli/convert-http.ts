import { extname } from 'node:path';
import yaml from 'js-yaml';
import { ConvertBlockedError, convertToHttpApi } from '../convert/http.js';
import { formatReportJson, formatReportMarkdown } from '../convert/report.js';
import { type Io, outputFile, writeAtomically } from './io.js';

export interface ConvertHttpOptions {
  output?: string;
  force?: boolean;
  report: 'markdown' | 'json';
  dropBlocking?: boolean;
  jwtAudience: string[];
  api?: string;
  refRoot: string[];
}


export async function convertHttpCommand(spec: string, opts: ConvertHttpOptions, io: Io): Promise<number> {
  const out = outputFile(opts.output, [spec], opts.force, io.cwd);
  let result;
  try {
    result = await convertToHttpApi(spec, { dropBlocking: opts.dropBlocking, jwtAudience: opts.jwtAudience, api: opts.api, cwd: io.cwd, refRoots: opts.refRoot });
  } catch (err) {
    if (!(err instanceof ConvertBlockedError)) throw err;
    for (const b of err.blockers) io.stderr(`apigw: blocking: ${b.where}  ${b.route ?? 'the API'}: ${b.id} (${b.title})${b.reason ? `: ${b.reason}` : ''}\n`);
    io.stderr(`apigw: error: ${err.message}\n`);
    return 1;
  }
  const json = out ? extname(out.display).toLowerCase() === '.json' : /\.json$/i.test(spec);
  let definition: unknown = result.definition;
  const converted = result.report;
  result = undefined;
  const text = json ? JSON.stringify(definition, null, 2) + '\n' : yaml.dump(definition, { noRefs: true, lineWidth: -1, sortKeys: false });
  // From here the definition (which shares the parsed tree) is garbage: the report and the
  // writing need only the text.
  definition = undefined;
  const report = opts.report === 'json' ? formatReportJson(converted) : formatReportMarkdown(converted);
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
