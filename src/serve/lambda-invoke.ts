import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { FunctionPool, type Invocation, parseHandler } from './lambda-pool.js';

/** What runs a function named by an integration or an authorizer: a local handler or a Lambda Invoke endpoint. */
export interface LambdaInvoker {
  invoke(event: unknown, context: Record<string, unknown>): Promise<Invocation>;
  close(): Promise<void>;
}

/** `--lambda NAME=http://host:port`: a spec that names an endpoint speaking Lambda's Invoke API. */
export function isInvokeEndpoint(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/** The invoker for `--lambda NAME=spec`: worker threads for `./handler.mjs#export`, the Invoke API for a URL. */
export function createInvoker(name: string, spec: string, cwd: string, timeoutMs: number): LambdaInvoker {
  if (isInvokeEndpoint(spec)) return new RemoteFunction(spec, name, timeoutMs);
  return new FunctionPool(parseHandler(spec, cwd), timeoutMs);
}

/**
 * A function behind an endpoint that speaks Lambda's Invoke API (`sam local start-lambda`,
 * LocalStack, Lambda itself behind a signing proxy): POST /2015-03-31/functions/NAME/invocations
 * with the event as the body. A function error comes back as 200 with `X-Amz-Function-Error` and
 * `{errorMessage, errorType}` (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html).
 */
export class RemoteFunction implements LambdaInvoker {
  private readonly url: URL;
  private readonly inFlight = new Set<() => void>();
  /** Its own connections, kept alive between invocations and ended by close(). */
  private readonly agent: HttpAgent;

  constructor(base: string, readonly functionName: string, private readonly timeoutMs: number) {
    this.url = new URL(`${base.replace(/\/+$/, '')}/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`);
    this.agent = this.url.protocol === 'https:' ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  }

  invoke(event: unknown): Promise<Invocation> {
    const body = Buffer.from(JSON.stringify(event ?? null));
    const send = this.url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Invocation>((resolveInvocation) => {
      let settled = false;
      const done = (outcome: Invocation) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.inFlight.delete(abort);
        resolveInvocation(outcome);
      };
      const req = send(this.url, {
        method: 'POST', agent: this.agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, 'X-Amz-Invocation-Type': 'RequestResponse' },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => done({ kind: 'unreachable', message: `${this.url.origin}: ${err.message}` }));
        res.on('end', () => done(readInvokeResponse(res.statusCode ?? 0, res.headers['x-amz-function-error'], Buffer.concat(chunks).toString('utf8'), this.url.origin)));
      });
      const abort = () => {
        req.destroy();
        done({ kind: 'unreachable', message: 'the server is closing' });
      };
      const timer = setTimeout(() => {
        req.destroy();
        done({ kind: 'timeout' });
      }, this.timeoutMs);
      this.inFlight.add(abort);
      req.on('error', (err: NodeJS.ErrnoException) => done({ kind: 'unreachable', message: `${this.url.origin}: ${err.code === 'ECONNREFUSED' ? 'connection refused' : err.message}` }));
      req.end(body);
    });
  }

  async close(): Promise<void> {
    for (const abort of [...this.inFlight]) abort();
    this.agent.destroy();
  }
}

function readInvokeResponse(status: number, functionError: string | string[] | undefined, text: string, origin: string): Invocation {
  let value: unknown = null;
  let isJson = true;
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      isJson = false;
    }
  }
  if (status < 200 || status >= 300) {
    const message = isJson && value && typeof value === 'object' ? String((value as Record<string, unknown>).message ?? (value as Record<string, unknown>).Message ?? text) : text;
    return { kind: 'unreachable', message: `${origin} answered ${status}${message ? `: ${message.slice(0, 200)}` : ''}` };
  }
  if (functionError !== undefined) {
    const e = isJson && value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    return { kind: 'error', errorMessage: String(e.errorMessage ?? text), errorType: String(e.errorType ?? (Array.isArray(functionError) ? functionError[0] : functionError)) };
  }
  if (!isJson) return { kind: 'unreachable', message: `${origin} answered with a body that is not JSON` };
  return { kind: 'result', value };
}
