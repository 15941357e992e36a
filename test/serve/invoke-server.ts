import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a function of the test Invoke API server answers: a result, a function error, or nothing at all. */
export type RemoteAnswer = { result: unknown } | { functionError: 'Unhandled' | 'Handled'; errorMessage: string; errorType?: string } | 'hang';

export interface InvokeServer {
  url: string;
  /** Invocations per function name. */
  calls: Map<string, number>;
  /** The events received, per function name. */
  events: Map<string, unknown[]>;
  close(): Promise<void>;
}

/**
 * A tiny server speaking Lambda's Invoke API (POST /2015-03-31/functions/NAME/invocations, a function
 * error as 200 with X-Amz-Function-Error; https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html),
 * on 127.0.0.1 and a free port. An unknown function answers 404 ResourceNotFoundException as Lambda does.
 */
export async function startInvokeServer(functions: Record<string, (event: any) => RemoteAnswer>): Promise<InvokeServer> {
  const calls = new Map<string, number>();
  const events = new Map<string, unknown[]>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(req.url ?? '');
      const fn = m ? functions[decodeURIComponent(m[1]!)] : undefined;
      if (req.method !== 'POST' || !m || !fn) {
        res.writeHead(404, { 'Content-Type': 'application/json', 'X-Amzn-ErrorType': 'ResourceNotFoundException' });
        res.end(JSON.stringify({ Type: 'User', message: `Function not found: ${req.url}` }));
        return;
      }
      const name = decodeURIComponent(m[1]!);
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      calls.set(name, (calls.get(name) ?? 0) + 1);
      events.set(name, [...(events.get(name) ?? []), event]);
      const answer = fn(event);
      if (answer === 'hang') return;
      if ('functionError' in answer) {
        res.writeHead(200, { 'Content-Type': 'application/json', 'X-Amz-Function-Error': answer.functionError });
        res.end(JSON.stringify({ errorMessage: answer.errorMessage, errorType: answer.errorType ?? 'Error', stackTrace: [] }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.result));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`, calls, events,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

/** A URL on which nothing listens: a port that was free a moment ago. */
export async function refusingUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}
