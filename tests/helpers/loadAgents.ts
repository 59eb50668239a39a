import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import WebSocket from 'ws';
import { hashPassword } from '../../src/agent/passwords.ts';
import type { Database } from '../../src/store/schema.ts';

/** One Baton process as the simulated clients see it: its URL, and whether it still runs. */
export interface Node {
  index: number;
  url: string;
  alive: boolean;
}

/** A request that never got an HTTP answer: the process is gone (refused, reset, timed out). */
export class NetworkError extends Error {
  constructor(
    readonly node: Node,
    cause: unknown,
  ) {
    super(`no answer from process ${node.index} (${node.url}): ${(cause as Error)?.message ?? cause}`);
    this.name = 'NetworkError';
  }
}

export interface Reply {
  status: number;
  body: any;
  setCookie: string | null;
}

/** What the simulated clients saw that they should never see. */
export interface Anomalies {
  serverErrors: string[];
  unexpected: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);

/** One JSON request to one process; throws `NetworkError` when the process does not answer. */
export async function send(node: Node, method: string, path: string, body?: unknown, auth: { cookie?: string; bearer?: string } = {}, timeoutMs = 30_000): Promise<Reply> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(node.url + path, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(auth.cookie && { cookie: auth.cookie }),
        ...(auth.bearer && { authorization: `Bearer ${auth.bearer}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    throw new NetworkError(node, error);
  }
  return { status: response.status, body: text ? JSON.parse(text) : undefined, setCookie: response.headers.get('set-cookie') };
}

/** The processes, some of which may have been killed. */
export class Cluster {
  constructor(readonly nodes: Node[]) {}

  live(): Node[] {
    return this.nodes.filter((n) => n.alive);
  }

  /** A random live process other than `not` when there is one. */
  pick(not?: Node): Node {
    const live = this.live();
    const others = live.filter((n) => n !== not);
    const from = others.length ? others : live;
    if (from.length === 0) throw new Error('no Baton process is alive');
    return from[Math.floor(Math.random() * from.length)]!;
  }
}

/** A row of the load test's agents. */
export interface LoadAgentRow {
  id: string;
  email: string;
  capacity: number;
}

export const loadAgentPassword = 'load-test-password';

/**
 * Insert `count` agents who can take any handoff the test's policy routes (no team, so any
 * queue; no skills; English), with capacities 2 and 3 alternating. One scrypt hash serves them
 * all (it is salted once; hashing 50 would cost seconds).
 */
export async function insertLoadAgents(db: Kysely<Database>, workspaceId: string, count: number): Promise<LoadAgentRow[]> {
  const hash = await hashPassword(loadAgentPassword);
  const rows: LoadAgentRow[] = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    email: `load.agent.${String(i + 1).padStart(2, '0')}@demo.baton.test`,
    capacity: i % 2 === 0 ? 2 : 3,
  }));
  await db
    .insertInto('agents')
    .values(
      rows.map((r, i) => ({
        workspace_id: workspaceId,
        id: r.id,
        email: r.email,
        display_name: `Load Agent ${i + 1}`,
        role: 'agent',
        team_id: null,
        skills: JSON.stringify({}),
        languages: ['en'],
        capacity: r.capacity,
        presence: 'offline' as const,
        password_hash: hash,
      })),
    )
    .execute();
  return rows;
}

/** How a simulated agent behaves. */
export interface AgentBehaviour {
  /** Chance that a new offer is deliberately left to time out. */
  ignoreRate: number;
  /** Chance that a new offer is declined. */
  declineRate: number;
  /** When its process dies: wait this long before using another one (0: at once). */
  reconnectDelayMs: number;
  holdMs: [number, number];
  /** Keep a WebSocket open and answer `offer` frames at once; otherwise only poll. */
  socket: boolean;
  /** How often the offers are read when no `offer` frame woke the agent first. */
  pollMs: [number, number];
}

/** What one agent did, as it saw it. */
export interface AgentStats {
  accepted: number;
  acceptedHandoffs: string[];
  resolved: number;
  ignored: number;
  declined: number;
  notPending: number;
  overCapacity: number;
  backOnline: number;
  failovers: number;
  offerFrames: number;
  frames: number;
  skippedExpired: number;
  polls: number;
}

/**
 * A simulated agent: signs in, keeps a WebSocket open for `offer` frames (if its behaviour says
 * so) and reads its offers every poll interval as well, accepts (or ignores or declines some), holds the conversation
 * for a short random time and resolves it so capacity frees; comes back `online` after a
 * timed-out offer set it `away`; moves to another process when its own stops answering.
 */
export class SimAgent {
  cookie = '';
  node: Node;
  /** When this agent first learnt of each offer, by this machine's clock, and how. */
  readonly firstSeen = new Map<string, { at: number; by: 'frame' | 'poll' }>();
  /** When this agent lost its process and when it came back on another (reconnect delay only). */
  disconnectedAt: number | undefined;
  reconnectedAt: number | undefined;
  /** Conversations I hold, with when I resolve them. */
  readonly held = new Map<string, number>();
  readonly stats: AgentStats = { accepted: 0, acceptedHandoffs: [], resolved: 0, ignored: 0, declined: 0, notPending: 0, overCapacity: 0, backOnline: 0, failovers: 0, offerFrames: 0, frames: 0, skippedExpired: 0, polls: 0 };
  readonly #ignoring = new Set<string>();
  readonly #seen = new Set<string>();
  readonly #expired = new Set<string>();
  #reconcile = false;
  #checkPresenceAt = 0;
  #stopped = false;
  #delayed = false;
  #loop: Promise<void> | undefined;
  #socket: WebSocket | undefined;
  #socketLost = false;
  #woken = false;
  #wake: (() => void) | undefined;

  constructor(
    readonly row: LoadAgentRow,
    readonly cluster: Cluster,
    home: Node,
    readonly behaviour: AgentBehaviour,
    readonly anomalies: Anomalies,
  ) {
    this.node = home;
  }

  /** Sign in over HTTP (scrypt: slow on purpose, and slower on a busy machine). */
  async signIn(): Promise<void> {
    const reply = await send(this.node, 'POST', '/v1/agent/session', { workspace: 'demo', email: this.row.email, password: loadAgentPassword }, {}, 90_000);
    if (reply.status !== 200 || !reply.setCookie) throw new Error(`sign-in of ${this.row.email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    this.cookie = reply.setCookie.split(';')[0]!;
  }

  start(): void {
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wakeUp();
    await this.#loop;
    this.#closeSocket();
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      try {
        await this.#ensureSocket();
        await this.#tick();
      } catch (error) {
        if (error instanceof NetworkError) await this.#failover(error.node);
        else this.anomalies.unexpected.push(`${this.row.email}: ${(error as Error).stack ?? error}`);
      }
      await this.#pause();
    }
  }

  /** Until the next poll, the next conversation to resolve, or an `offer` frame, whichever is first. */
  async #pause(): Promise<void> {
    if (this.#woken || this.#stopped) {
      this.#woken = false;
      return;
    }
    const nextRelease = Math.min(...this.held.values()) - Date.now();
    const wait = Math.max(20, Math.min(between(...this.behaviour.pollMs), nextRelease));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait);
      this.#wake = () => (clearTimeout(timer), resolve());
    });
    this.#wake = undefined;
    this.#woken = false;
  }

  #wakeUp(): void {
    this.#woken = true;
    this.#wake?.();
  }

  async #ensureSocket(): Promise<void> {
    if (!this.behaviour.socket || (this.#socket && !this.#socketLost)) return;
    const lost = this.#socketLost;
    this.#closeSocket();
    const node = this.node;
    const socket = new WebSocket(`${node.url.replace(/^http/, 'ws')}/v1/ws`, { headers: { cookie: this.cookie } });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no ready frame in 30 s')), 30_000);
        socket.on('message', (data) => {
          const frame = JSON.parse(String(data));
          if (frame.type === 'ready') (clearTimeout(timer), resolve());
          else this.#onFrame(frame);
        });
        socket.once('unexpected-response', (_request, response) => (clearTimeout(timer), reject(new Error(`upgrade refused: ${response.statusCode}`))));
        socket.once('error', (error) => (clearTimeout(timer), reject(error)));
        socket.once('close', () => (clearTimeout(timer), reject(new Error('closed before ready'))));
      });
    } catch (error) {
      socket.removeAllListeners();
      socket.on('error', () => {});
      socket.terminate();
      throw new NetworkError(node, error);
    }
    socket.removeAllListeners('error');
    socket.on('error', () => {});
    socket.on('close', (code) => {
      if (this.#socket !== socket || this.#stopped) return;
      this.#socketLost = true;
      this.#lastClose = code;
      this.#wakeUp();
    });
    // Reconnected to the same live process: a socket should not have closed there.
    if (lost && node.alive) this.anomalies.unexpected.push(`${this.row.email}: socket on live process ${node.index} closed (${this.#lastClose})`);
    this.#socket = socket;
    this.#socketLost = false;
    this.#reconcile = true;
  }

  #lastClose = 0;

  #closeSocket(): void {
    const socket = this.#socket;
    this.#socket = undefined;
    this.#socketLost = false;
    if (!socket) return;
    socket.removeAllListeners('close');
    socket.terminate();
  }

  #onFrame(frame: any): void {
    this.stats.frames += 1;
    if (frame.type === 'offer') {
      this.stats.offerFrames += 1;
      if (!this.firstSeen.has(frame.offerId)) this.firstSeen.set(frame.offerId, { at: Date.now(), by: 'frame' });
      this.#wakeUp();
    } else if (frame.type === 'offer_ended' && (frame.status === 'timed_out' || frame.status === 'rescinded')) {
      // An offer of mine ended without my answer: that may have set me away.
      this.#checkPresenceAt = 0;
      this.#wakeUp();
    }
  }

  /** My process did not answer: after the reconnect delay, carry on with another one. */
  async #failover(dead: Node): Promise<void> {
    this.stats.failovers += 1;
    this.#closeSocket();
    if (this.node === dead && !dead.alive && this.behaviour.reconnectDelayMs > 0 && !this.#delayed) {
      this.#delayed = true;
      this.disconnectedAt = Date.now();
      await sleep(this.behaviour.reconnectDelayMs);
      this.reconnectedAt = Date.now();
    }
    if (this.node === dead || !this.node.alive) this.node = this.cluster.pick(dead);
    // A request that got no answer may still have committed: read back what I hold, and my presence.
    this.#reconcile = true;
    this.#checkPresenceAt = 0;
  }

  async #tick(): Promise<void> {
    const now = Date.now();
    if (this.#reconcile) {
      const mine = await this.#call('GET', '/v1/agent/conversations');
      this.#expect(mine, [200], 'list my conversations');
      const open = new Set<string>((mine.body?.conversations ?? []).filter((c: any) => c.status === 'with_agent').map((c: any) => c.id));
      for (const id of open) if (!this.held.has(id)) this.held.set(id, now + between(...this.behaviour.holdMs));
      for (const id of [...this.held.keys()]) if (!open.has(id)) this.held.delete(id);
      this.#reconcile = false;
    }
    for (const [conversationId, at] of [...this.held]) {
      if (at > now) continue;
      const reply = await this.#call('POST', `/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'answered' });
      if (reply.status === 200) {
        this.stats.resolved += 1;
        this.held.delete(conversationId);
      } else {
        // Not mine any more, or already resolved by a request whose answer was lost: read back.
        this.#expect(reply, [404, 409], `resolve ${conversationId}`);
        this.#reconcile = true;
      }
    }
    this.stats.polls += 1;
    const listed = await this.#call('GET', '/v1/agent/offers');
    this.#expect(listed, [200], 'list offers');
    const offers: any[] = listed.body?.offers ?? [];
    for (const offer of offers) if (!this.firstSeen.has(offer.id)) this.firstSeen.set(offer.id, { at: Date.now(), by: 'poll' });
    const pendingIds = new Set(offers.map((o) => o.id));
    for (const id of [...this.#ignoring]) {
      if (!pendingIds.has(id)) {
        // An offer I let lapse is gone: it timed out, and that set me away.
        this.#ignoring.delete(id);
        this.#checkPresenceAt = 0;
      }
    }
    for (const offer of offers) {
      if (this.#ignoring.has(offer.id)) continue;
      if (this.reconnectedAt !== undefined && Date.parse(offer.expiresAt) <= this.reconnectedAt) {
        // Back after an outage, the console drops the offers whose time ran out meanwhile (the
        // server is otherwise the judge: an offer it still lists as pending is answered).
        if (!this.#expired.has(offer.id)) this.stats.skippedExpired += 1;
        this.#expired.add(offer.id);
        continue;
      }
      if (!this.#seen.has(offer.id)) {
        this.#seen.add(offer.id);
        const roll = Math.random();
        if (roll < this.behaviour.ignoreRate) {
          this.#ignoring.add(offer.id);
          this.stats.ignored += 1;
          continue;
        }
        if (roll < this.behaviour.ignoreRate + this.behaviour.declineRate) {
          const declined = await this.#call('POST', `/v1/agent/offers/${offer.id}/decline`, { reason: 'load test: not now' });
          this.#expect(declined, [204, 409], 'decline');
          if (declined.status === 204) this.stats.declined += 1;
          continue;
        }
      }
      if (this.held.size >= this.row.capacity) continue; // answer it once something is resolved
      const accepted = await this.#call('POST', `/v1/agent/offers/${offer.id}/accept`);
      if (accepted.status === 200) {
        this.stats.accepted += 1;
        this.stats.acceptedHandoffs.push(accepted.body.handoff.id);
        this.held.set(accepted.body.conversation.id, Date.now() + between(...this.behaviour.holdMs));
      } else if (accepted.status === 409 && ['offer_not_pending', 'join_failed'].includes(accepted.body?.error?.id)) {
        this.stats.notPending += 1;
      } else if (accepted.status === 409 && accepted.body?.error?.id === 'over_capacity') {
        // My count and the server's differ: read back what I hold.
        this.stats.overCapacity += 1;
        this.#reconcile = true;
      } else {
        this.#expect(accepted, [], `accept ${offer.id}`);
      }
    }
    if (Date.now() >= this.#checkPresenceAt) {
      this.#checkPresenceAt = Date.now() + 5000;
      const me = await this.#call('GET', '/v1/agent/me');
      this.#expect(me, [200], 'me');
      if (me.body?.agent?.presence !== 'online') {
        const back = await this.#call('PUT', '/v1/agent/presence', { presence: 'online' });
        this.#expect(back, [200], 'presence online');
        this.stats.backOnline += 1;
      }
    }
  }

  #call(method: string, path: string, body?: unknown): Promise<Reply> {
    return send(this.node, method, path, body ?? (method === 'POST' ? {} : undefined), { cookie: this.cookie });
  }

  #expect(reply: Reply, statuses: number[], what: string): void {
    if (statuses.includes(reply.status)) return;
    const line = `${this.row.email} ${what} on process ${this.node.index}: ${reply.status} ${JSON.stringify(reply.body)}`;
    (reply.status >= 500 ? this.anomalies.serverErrors : this.anomalies.unexpected).push(line);
  }
}
