import { Writable } from 'node:stream';
import WebSocket from 'ws';
import { loadConfig } from '../../src/core/config.ts';
import { signExternalId } from '../../src/core/secrets.ts';
import { loggerOptions, startBaton, type Baton } from '../../src/main.ts';
import { defaultPolicy, type EscalationPolicy } from '../../src/policy/escalationPolicy.ts';
import { defaultRoutingPolicy, type RoutingPolicy } from '../../src/routing/policy/routingPolicy.ts';
import type { OpenDatabase } from '../../src/store/openDatabase.ts';
import type { TestEngine } from './engines.ts';
import { testAnalyzers } from './fixtures.ts';

/** A Baton on an ephemeral port over a private database, with its log lines captured. */
export interface TestBaton extends Baton {
  logs: string[];
}

/**
 * Start Baton for a test file. `policy` overrides the demo workspace's escalation policy,
 * e.g. `{ confidenceThreshold: 0 }` where a test is about something other than the
 * assistant's confidence.
 */
export async function startTestBaton(
  engine: TestEngine,
  options: {
    policy?: Partial<EscalationPolicy>;
    routing?: Partial<RoutingPolicy>;
    env?: Record<string, string>;
    routingIntervalMs?: number;
    presenceGraceMs?: number;
    /** Another instance on this already-open database (its owner closes it). */
    database?: OpenDatabase;
    runRouting?: boolean;
  } = {},
): Promise<TestBaton> {
  const database = options.database ? { ...options.database, close: async () => {} } : await engine.open();
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({ BATON_PORT: '0', BATON_HOST: '127.0.0.1', BATON_SEED_DEMO: 'false', ...options.env });
  const logging = loggerOptions('info');
  const baton = await startBaton(config, { database, analyzers: await testAnalyzers(), logger: { ...(logging as object), stream }, routingIntervalMs: options.routingIntervalMs ?? 200, presenceGraceMs: options.presenceGraceMs, runRouting: options.runRouting });
  if (options.routing) {
    const workspace = await baton.deps.store.workspaces.bySlug('demo');
    await baton.deps.store.routing.setPolicy(workspace!.id, { ...defaultRoutingPolicy, ...options.routing });
  }
  if (options.policy) {
    const workspace = await baton.deps.store.workspaces.bySlug('demo');
    await baton.deps.store.workspaces.setEscalationPolicy(workspace!.id, { ...defaultPolicy, ...options.policy });
  }
  return Object.assign(baton, { logs });
}

/** A JSON HTTP client that keeps cookies, like a browser tab. */
export class Client {
  cookie = '';
  constructor(
    readonly base: string,
    public bearer?: string,
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
    const response = await fetch(this.base + path, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(this.cookie && { cookie: this.cookie }),
        ...(this.bearer && { authorization: `Bearer ${this.bearer}` }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  }
  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown = {}) => this.request('POST', path, body);
}

/** A WebSocket client that records every frame and can wait for one. */
export class SocketClient {
  readonly frames: any[] = [];
  #waiters: { match: (f: any) => boolean; resolve: (f: any) => void }[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data));
      this.frames.push(frame);
      this.#waiters = this.#waiters.filter((w) => (w.match(frame) ? (w.resolve(frame), false) : true));
    });
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  /** Open a socket to `/v1/ws`. */
  static open(base: string, headers: Record<string, string> = {}): Promise<SocketClient> {
    const [origin, query] = base.split('?');
    const socket = new WebSocket(`${origin!.replace(/^http/, 'ws')}/v1/ws${query ? `?${query}` : ''}`, { headers });
    const client = new SocketClient(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(client));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
      socket.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The first frame (already received or still to come) that matches. */
  next(match: (frame: any) => boolean, timeoutMs = 5000): Promise<any> {
    const seen = this.frames.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame in ${timeoutMs} ms; got ${JSON.stringify(this.frames)}`)), timeoutMs);
      this.#waiters.push({ match, resolve: (f) => (clearTimeout(timer), resolve(f)) });
    });
  }

  /** Messages received for a conversation, in arrival order. */
  messages(conversationId: string): any[] {
    return this.frames.filter((f) => f.type === 'message' && f.conversationId === conversationId).map((f) => f.message);
  }

  close(): void {
    this.socket.close();
  }
}

/** Sign in a demo agent and return the client holding the session cookie. */
export async function signedInAgent(base: string, email = 'billing.one@demo.baton.test'): Promise<Client> {
  const agent = new Client(base);
  const response = await agent.post('/v1/agent/session', { workspace: 'demo', email, password: 'baton-demo' });
  if (response.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(response.body)}`);
  return agent;
}

/** Start an anonymous customer conversation; the client carries its bearer token. */
export async function newCustomer(base: string): Promise<{ customer: Client; conversationId: string }> {
  const customer = new Client(base);
  const started = await customer.post('/v1/conversations', { workspace: 'demo' });
  if (started.status !== 201) throw new Error(`start failed: ${JSON.stringify(started.body)}`);
  customer.bearer = started.body.customerToken;
  return { customer, conversationId: started.body.conversation.id };
}

/** Start a conversation as a CRM customer signed in on the host site (identity verified). */
export async function verifiedCustomer(baton: Baton, externalId: string): Promise<{ customer: Client; conversationId: string }> {
  const secret = (await baton.database.db.selectFrom('workspaces').select('identity_secret').where('slug', '=', 'demo').executeTakeFirstOrThrow()).identity_secret;
  const customer = new Client(baton.url);
  const started = await customer.post('/v1/conversations', { workspace: 'demo', customer: { externalId, signature: signExternalId(secret, externalId) } });
  if (started.status !== 201) throw new Error(`start failed: ${JSON.stringify(started.body)}`);
  customer.bearer = started.body.customerToken;
  return { customer, conversationId: started.body.conversation.id };
}

/** Wait until `check` is true (polling), for effects that arrive over a socket. */
export async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Read until the value passes `ok` (polling every 50 ms); the last value is in the error. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`not reached in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The offers waiting for this agent's answer. */
export async function offersOf(agent: Client): Promise<any[]> {
  return (await agent.get('/v1/agent/offers')).body.offers;
}

/** A customer who disputes a charge and asks for a person: a billing handoff. */
export async function billingHandoff(baton: Baton): Promise<{ customer: Client; conversationId: string }> {
  const { customer, conversationId } = await newCustomer(baton.url);
  await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'I was charged twice for my order, I want to talk to a person' });
  return { customer, conversationId };
}

/**
 * Agents a test signs in, all signed out again by `signOutAll` (in `afterEach`), so the next
 * test starts with nobody online and no offer held.
 */
export function agentRoster(base: () => string): { signIn(email: string): Promise<Client>; signOutAll(): Promise<void> } {
  const signedIn: Client[] = [];
  return {
    async signIn(email) {
      const client = await signedInAgent(base(), email);
      signedIn.push(client);
      return client;
    },
    async signOutAll() {
      for (const client of signedIn.splice(0)) await client.request('DELETE', '/v1/agent/session');
    },
  };
}
