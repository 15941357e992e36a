import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export type RequestHandler = (incoming: IncomingMessage, res: ServerResponse) => void;

/** What answers an HTTP upgrade request (a WebSocket API's handshake). */
export type UpgradeHandler = (incoming: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** An HTTP server listening for one handler, which knows its open connections. */
export interface Listening {
  url: string;
  server: Server;
  /** Stops accepting, ends every open connection (idle, busy or half-sent) and resolves when closed. */
  close(): Promise<void>;
}

/**
 * Limits on a slow or silent client, so that one cannot hold a connection open for ever
 * (node's checks run every `connectionsCheckingInterval`): the headers must arrive within 60 s,
 * the whole request within 5 min, and an idle keep-alive connection closes after 5 s. Node's
 * own defaults, set here so that they stay what this server promises whatever node changes.
 */
export const CONNECTION_LIMITS = { headersTimeout: 60_000, requestTimeout: 300_000, keepAliveTimeout: 5_000 } as const;

/** Listens on host:port (0: a free port) and resolves once listening; upgrade requests go to `onUpgrade`, or are refused. */
export function listenHttp(handler: RequestHandler, port: number, host: string, onUpgrade?: UpgradeHandler): Promise<Listening> {
  const server = createServer(handler);
  if (onUpgrade) server.on('upgrade', onUpgrade);
  server.headersTimeout = CONNECTION_LIMITS.headersTimeout;
  server.requestTimeout = CONNECTION_LIMITS.requestTimeout;
  server.keepAliveTimeout = CONNECTION_LIMITS.keepAliveTimeout;
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
      resolveListening({
        url,
        server,
        close: () => {
          const closed = new Promise<void>((r) => server.close(() => r()));
          for (const socket of sockets) socket.destroy();
          return closed;
        },
      });
    });
  });
}
