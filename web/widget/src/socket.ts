import { reconnectDelay } from './backoff.ts';
import type { ServerFrame, Session } from './types.ts';

const pingEveryMs = 25_000;
/** No frame at all (not even a pong) for this long means the connection is dead. */
const silenceLimitMs = 60_000;

/** What the realtime link tells the widget. */
export interface LinkEvents {
  /** Every frame after `subscribed`: messages, waiting and status updates, errors. */
  frame(frame: ServerFrame): void;
  /** Subscribed (again): the stream now runs from `after()`. */
  up(): void;
  /** The socket dropped (or auth or subscribe failed); a reconnect is scheduled. */
  down(): void;
  /** The token no longer opens the conversation (auth refused it); the link has stopped. */
  refused(): void;
}

/**
 * The customer's WebSocket to one conversation (`/v1/ws?as=customer`, so an agent's session
 * cookie in the same browser never makes it an agent's socket): auth, subscribe from the
 * highest sequence number held, ping every 25 s, and reconnect with backoff (0.5 s doubling to
 * 10 s, jitter) whenever it drops or auth or subscribe fails, resubscribing from what is held
 * then. A token that auth refuses stops the link for good.
 *
 * @example
 *   const link = new RealtimeLink('https://baton.example', session, () => store.contiguousSeq(), events);
 *   link.start();
 */
export class RealtimeLink {
  #socket: WebSocket | undefined;
  #attempt = 0;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #ping: ReturnType<typeof setInterval> | undefined;
  #lastHeard = 0;
  #stopped = false;
  /** This socket's auth was accepted (a customer `ready`). */
  #authed = false;
  /** This socket is subscribed. */
  #up = false;

  constructor(
    private readonly origin: string,
    private readonly session: Session,
    private readonly after: () => number,
    private readonly events: LinkEvents,
  ) {}

  /** Connect (once); reconnects by itself until `stop()`. */
  start(): void {
    if (this.#socket || this.#stopped) return;
    const url = new URL('/v1/ws?as=customer', this.origin);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url.href);
    this.#socket = socket;
    socket.onopen = () => {
      this.#heard();
      this.#send({ type: 'auth', customerToken: this.session.customerToken, conversationId: this.session.conversationId });
      this.#ping = setInterval(() => {
        if (Date.now() - this.#lastHeard > silenceLimitMs) socket.close();
        else this.#send({ type: 'ping' });
      }, pingEveryMs);
    };
    socket.onmessage = (event) => this.#receive(event.data);
    socket.onclose = () => this.#closed(socket);
  }

  /** Reconnect now instead of waiting out the backoff (the browser came back online). */
  nudge(): void {
    if (this.#stopped || this.#socket) return;
    clearTimeout(this.#retry);
    this.#attempt = 0;
    this.start();
  }

  /** Close for good. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#retry);
    clearInterval(this.#ping);
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.close();
  }

  #receive(data: unknown): void {
    this.#heard();
    let frame: ServerFrame;
    try {
      frame = JSON.parse(String(data)) as ServerFrame;
    } catch {
      return;
    }
    if (frame.type === 'ready' && frame.role === 'customer') {
      this.#authed = true;
      this.#send({ type: 'subscribe', conversationId: this.session.conversationId, after: this.after() });
    } else if (frame.type === 'subscribed') {
      this.#attempt = 0;
      this.#up = true;
      this.events.up();
    } else if (frame.type === 'error' && !this.#up) {
      const { id } = frame.error;
      if (!this.#authed && (id === 'unauthenticated' || id === 'not_found')) {
        this.stop();
        this.events.refused();
      } else {
        // Not subscribed (a server fault, say): start over after the backoff.
        this.#socket?.close();
      }
    } else if (frame.type !== 'pong') {
      this.events.frame(frame);
    }
  }

  #closed(socket: WebSocket): void {
    clearInterval(this.#ping);
    if (this.#socket !== socket) return;
    this.#socket = undefined;
    this.#authed = this.#up = false;
    if (this.#stopped) return;
    this.events.down();
    this.#retry = setTimeout(() => this.start(), reconnectDelay(this.#attempt++, Math.random()));
  }

  #heard(): void {
    this.#lastHeard = Date.now();
  }

  #send(frame: unknown): void {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(frame));
  }
}
