import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in CRM on 127.0.0.1: serves documents by id, or whatever `handler` decides. */
export interface CrmStandIn {
  url: string;
  /** Each request received: its path and Authorization header. */
  requests: { path: string; authorization?: string }[];
  /** Replace how requests are answered (the default serves `documents`). */
  handler: (request: IncomingMessage, response: ServerResponse) => void;
  close(): Promise<void>;
}

/** Start a stand-in CRM answering `GET /api/customers/:id` from `documents` (404 otherwise). */
export async function startCrmStandIn(documents: Map<string, unknown>): Promise<CrmStandIn> {
  const serveDocuments = (request: IncomingMessage, response: ServerResponse) => {
    const id = decodeURIComponent((request.url ?? '').replace(/^\/api\/customers\//, ''));
    const document = documents.get(id);
    response.writeHead(document ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(document ?? { error: 'not found' }));
  };
  const standIn: CrmStandIn = {
    url: '',
    requests: [],
    handler: serveDocuments,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server: Server = createServer((request, response) => {
    standIn.requests.push({ path: request.url ?? '', authorization: request.headers.authorization });
    standIn.handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}

/** A port on 127.0.0.1 where nothing listens (taken, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
