import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { Agent } from '../agent/types.ts';
import { WaitingPush } from '../realtime/waitingPush.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError, type ErrorId } from '../core/errors.ts';
import { authenticateCustomer } from '../message/authenticateCustomer.ts';
import type { Message } from '../message/types.ts';
import type { ConversationFeed } from '../realtime/conversationFeed.ts';
import type { EventBus } from '../realtime/eventBus.ts';
import { authenticateAgentSession } from '../agent/authenticateAgent.ts';
import { bearerToken, sessionCookie } from './auth.ts';
import { errorBody } from './errorHandler.ts';
import { uncountedSockets, type SocketCounter } from './prometheus/socketConnections.ts';
import { parseFrame } from './socketFrames.ts';

/** Events that change a workspace's waiting list, sent to all its agents as `queue` frames. */
const queueChanges = new Set<string>(['handoff.created', 'handoff.assigned', 'handoff.closed', 'handoff.fallback']);

/** Frames a client may send per second before the socket is closed (1008). */
const maxFramesPerSecond = 30;

/** Who is on the other end of a socket. */
type Peer = { kind: 'agent'; agent: Agent; expiresAt: Date } | { kind: 'customer'; workspaceId: string; conversationId: string } | { kind: 'anonymous' };

/**
 * `GET /v1/ws`: one WebSocket per client. Agents are known from their session cookie at the
 * upgrade (and only from Baton's own or allowed origins); customers send an `auth` frame with
 * their conversation token. Then `subscribe` with the last sequence number held streams every
 * later message once, in order; agents also receive queue changes of their workspace.
 */
export function socketRoute(app: FastifyInstance, deps: Deps, feed: ConversationFeed, bus: EventBus, allowedOrigins: string[], presenceGraceMs = 30_000, sockets: SocketCounter = uncountedSockets): void {
  const agentSockets = new Map<string, Set<{ socket: WebSocket; agent: Agent }>>();
  // While an agent has a socket here, this instance renews their connection lease; once their
  // last socket is gone the lease runs out after the grace period and any instance's sweep
  // takes them offline (R7), also when this instance dies.
  const connected = new Map<string, { workspaceId: string; id: string; sockets: number }>();
  const renew = (agents: { workspaceId: string; id: string }[]) =>
    deps.store.agents.renewConnections(agents, presenceGraceMs).catch((error: unknown) => app.log.error({ err: error }, 'renewing agent connections failed'));
  const renewal = setInterval(() => void renew([...connected.values()]), Math.max(50, Math.floor(presenceGraceMs / 3)));
  renewal.unref();
  // Waiting customers get their place in the queue and a fresh estimate as the queue moves.
  const waiting = new WaitingPush(deps, (error) => app.log.error({ err: error }, 'pushing the queue position failed'));
  bus.subscribe(waiting.listener);
  app.addHook('onClose', async () => {
    waiting.stop();
    clearInterval(renewal);
    connected.clear();
  });

  // Sockets following a conversation hear its status changes (joined, resolved, handed back).
  const statusWatchers = new Map<string, Set<(status: string) => void>>();
  const watchStatus = (conversationId: string, tell: (status: string) => void) => {
    let set = statusWatchers.get(conversationId);
    if (!set) statusWatchers.set(conversationId, (set = new Set()));
    set.add(tell);
    return () => {
      set.delete(tell);
      if (set.size === 0) statusWatchers.delete(conversationId);
    };
  };
  bus.subscribe((_workspaceId, event) => {
    if (event.type !== 'conversation.status_changed') return;
    for (const tell of statusWatchers.get(event.conversationId) ?? []) tell(event.payload.to);
  });

  bus.subscribe((workspaceId, event) => {
    const sockets = agentSockets.get(workspaceId);
    if (!sockets) return;
    if (event.type === 'agent.signed_out') {
      for (const entry of sockets) if (entry.agent.id === event.agentId) entry.socket.close(4001, 'signed out');
      return;
    }
    if (event.type === 'offer.created') {
      const frame = JSON.stringify({ type: 'offer', offerId: event.payload.offerId, handoffId: event.handoffId, conversationId: event.conversationId, expiresAt: event.payload.expiresAt });
      for (const entry of sockets) if (entry.agent.id === event.agentId) entry.socket.send(frame);
      return;
    }
    if (event.type === 'offer.accepted' || event.type === 'offer.declined' || event.type === 'offer.timed_out' || event.type === 'offer.rescinded') {
      const frame = JSON.stringify({ type: 'offer_ended', offerId: event.payload.offerId, handoffId: event.handoffId, status: event.type.slice('offer.'.length) });
      for (const entry of sockets) if (entry.agent.id === event.agentId) entry.socket.send(frame);
      return;
    }
    // Only changes to the waiting list go to every agent: each of these frames is sent to
    // every console of the workspace, so the rest (packets built, status changes of a
    // conversation) reach only those who follow the conversation.
    if (queueChanges.has(event.type) && 'conversationId' in event) {
      const frame = JSON.stringify({ type: 'queue', event: event.type, conversationId: event.conversationId, handoffId: 'handoffId' in event ? event.handoffId : undefined });
      for (const { socket } of sockets) socket.send(frame);
    }
  });

  app.get('/v1/ws', {
    websocket: true,
    schema: { tags: ['realtime'], summary: 'WebSocket: subscribe to conversations; agents also get queue changes', hide: false },
    // A socket that would carry an agent's session cookie must come from Baton's own origin or
    // an allowed one (no cross-site socket hijacking). Customers authenticate with a token,
    // not an ambient cookie, so a widget on the company's own site may connect from there.
    preValidation: async (request, reply) => {
      if (request.cookies[sessionCookie] && !customerOnly(request) && !originAllowed(request, allowedOrigins)) {
        return reply.code(403).send(errorBody('origin_refused'));
      }
    },
  }, async (socket, request) => {
    let peer: Peer = { kind: 'anonymous' };
    const counted = sockets.open();
    const follows = new Map<string, () => void>();
    const send = (frame: unknown) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(frame));
    const fail = (id: ErrorId, message?: string) => send({ type: 'error', ...errorBody(id, message) });
    let windowStart = Date.now();
    let framesInWindow = 0;

    // An agent socket that becomes a customer's (`auth`) stops being the agent's.
    let leaveAgent: (() => void) | undefined;
    // Listen before any await, so no early frame is dropped.
    const ready = identify(deps, request).then(async (found) => {
      peer = found;
      counted.as(peer.kind);
      if (peer.kind === 'agent') {
        const entry = { socket, agent: peer.agent };
        let set = agentSockets.get(peer.agent.workspaceId);
        if (!set) agentSockets.set(peer.agent.workspaceId, (set = new Set()));
        set.add(entry);
        const { agent } = peer;
        const key = `${agent.workspaceId}:${agent.id}`;
        const lease = connected.get(key) ?? { workspaceId: agent.workspaceId, id: agent.id, sockets: 0 };
        lease.sockets += 1;
        connected.set(key, lease);
        // The socket lives no longer than the session that opened it.
        const expiry = setTimeout(() => socket.close(4001, 'session expired'), Math.max(0, peer.expiresAt.getTime() - Date.now()));
        leaveAgent = () => {
          leaveAgent = undefined;
          set.delete(entry);
          clearTimeout(expiry);
          // The last socket gone: stop renewing, and the lease lapses after the grace period.
          if (--lease.sockets === 0) connected.delete(key);
        };
        socket.once('close', () => leaveAgent?.());
        await renew([lease]);
        send({ type: 'ready', role: 'agent', agentId: peer.agent.id });
      }
      if (peer.kind === 'customer') send({ type: 'ready', role: 'customer', conversationId: peer.conversationId });
    });

    // Frames are handled one after another, in the order sent: `subscribe` never overtakes `auth`.
    let handled: Promise<unknown> = ready;
    socket.on('message', (data) => {
      const now = Date.now();
      if (now - windowStart >= 1000) [windowStart, framesInWindow] = [now, 0];
      if (++framesInWindow > maxFramesPerSecond) return socket.close(1008, 'rate_limited');
      handled = handled.then(() => handle(data.toString()));
    });
    const handle = async (raw: string) => {
      const frame = parseFrame(raw);
      if (!frame) return fail('invalid_request', 'Not a valid frame.');
      try {
        if (frame.type === 'ping') return send({ type: 'pong' });
        if (frame.type === 'auth') {
          const conversation = await authenticateCustomer(deps, frame.customerToken, frame.conversationId);
          leaveAgent?.();
          peer = { kind: 'customer', workspaceId: conversation.workspaceId, conversationId: conversation.id };
          counted.as('customer');
          const conversationId = conversation.id;
          follows.set(`waiting:${conversationId}`, waiting.register(conversation.workspaceId, conversationId, (state) => send({ type: 'waiting', conversationId, waiting: state })));
          return send({ type: 'ready', role: 'customer', conversationId: conversation.id });
        }
        if (frame.type === 'unsubscribe') {
          follows.get(frame.conversationId)?.();
          follows.delete(frame.conversationId);
          return;
        }
        const { conversationId } = frame;
        const workspaceId = await mayRead(deps, peer, conversationId);
        follows.get(conversationId)?.();
        const stopMessages = feed.follow(workspaceId, conversationId, frame.after ?? 0, (message: Message) => send({ type: 'message', conversationId, message }));
        let heardLive = false;
        const stopStatus = watchStatus(conversationId, (status) => {
          heardLive = true;
          send({ type: 'status', conversationId, status });
        });
        follows.set(conversationId, () => (stopMessages(), stopStatus()));
        send({ type: 'subscribed', conversationId, after: frame.after ?? 0 });
        // The status now, read after watching began: a change missed while disconnected shows.
        // A change heard live while reading is newer than what was read, so it has the last word.
        const current = await deps.store.conversations.get(workspaceId, conversationId);
        if (current && !heardLive) send({ type: 'status', conversationId, status: current.status });
      } catch (error) {
        if (error instanceof DomainError) return fail(error.id, error.message);
        request.log.error({ err: error }, 'socket frame failed');
        fail('internal');
      }
    };
    socket.on('close', () => {
      counted.close();
      for (const stop of follows.values()) stop();
      follows.clear();
    });
  });
}

/**
 * `?as=customer`: a widget's socket. It ignores any agent session cookie the browser sends
 * along (a staff member trying the widget, or a widget on a sibling subdomain), so it never
 * becomes an agent's socket and is not refused for the cookie's sake.
 */
function customerOnly(request: FastifyRequest): boolean {
  return new URL(request.url, 'http://x').searchParams.get('as') === 'customer';
}

async function identify(deps: Deps, request: FastifyRequest): Promise<Peer> {
  try {
    if (customerOnly(request)) throw new Error('a customer socket');
    return { kind: 'agent', ...(await authenticateAgentSession(deps, request.cookies[sessionCookie])) };
  } catch {
    const token = bearerToken(request);
    if (!token) return { kind: 'anonymous' };
    const params = new URL(request.url, 'http://x').searchParams;
    const conversationId = params.get('conversationId') ?? '';
    try {
      const conversation = await authenticateCustomer(deps, token, conversationId);
      return { kind: 'customer', workspaceId: conversation.workspaceId, conversationId: conversation.id };
    } catch {
      return { kind: 'anonymous' };
    }
  }
}

/** The workspace of a conversation the peer may read; anything else is `not_found`. */
async function mayRead(deps: Deps, peer: Peer, conversationId: string): Promise<string> {
  if (peer.kind === 'anonymous') throw new DomainError('unauthenticated');
  if (peer.kind === 'customer') {
    if (peer.conversationId !== conversationId) throw new DomainError('not_found');
    return peer.workspaceId;
  }
  const conversation = await deps.store.conversations.get(peer.agent.workspaceId, conversationId);
  if (!conversation) throw new DomainError('not_found');
  return peer.agent.workspaceId;
}

/** Same origin as the request's host, one of the allowed origins, or no Origin (not a browser). */
function originAllowed(request: FastifyRequest, allowedOrigins: string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
