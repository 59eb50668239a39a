import { readFrame, type ServerFrame } from './socketFrames.ts';

/** The console's link to the server: `connecting` at first, `reconnecting` after a drop. */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

const firstDelayMs = 500;
const maxDelayMs = 10_000;
const pingEveryMs = 25_000;
/** Silence this long (no pong, no frame) means the link is dead even if the browser has not noticed. */
const silentLimitMs = 2 * pingEveryMs + 5_000;
/** Close code the server uses when the session ended; reconnecting would not help. */
const sessionEnded = 4001;
/** A subscribe refused for one of these will be refused again: a new socket would not help. */
const refusedForGood = new Set(['not_found', 'forbidden', 'invalid_request']);

/**
 * The agent's WebSocket to `/v1/ws`, kept open: reconnects with backoff (0.5 s doubling to
 * 10 s), pings every 25 s, and after each reconnect re-subscribes the followed conversation
 * from the last message held, so nothing is missed and nothing repeats. A subscribe the server
 * answers with an `error` frame (say `internal`) gets a new socket and a new subscribe: quietly
 * the first time, showing `reconnecting` if it fails again. An `unauthenticated` error ends
 * the session, like a 401.
 *
 * @example
 *   const socket = new ConsoleSocket(location);
 *   socket.onFrame((frame) => …);
 *   socket.start();
 *   socket.follow(conversationId, () => highestSeqHeld);
 */
export class ConsoleSocket {
  #socket: WebSocket | undefined;
  #state: ConnectionState = 'closed';
  #delayMs = firstDelayMs;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #ping: ReturnType<typeof setInterval> | undefined;
  #readyOnce = false;
  #lastHeard = 0;
  #followed: { conversationId: string; after: () => number } | undefined;
  /** Subscribes sent on this socket and not yet answered, oldest first (answers come in order). */
  #unanswered: string[] = [];
  /** Subscribes of the followed conversation refused in a row; backoff is not reset meanwhile. */
  #refusals = 0;
  readonly #frameListeners = new Set<(frame: ServerFrame) => void>();
  readonly #stateListeners = new Set<(state: ConnectionState) => void>();
  readonly #reconnectListeners = new Set<() => void>();
  readonly #endedListeners = new Set<() => void>();
  readonly #url: string;

  constructor(location: { protocol: string; host: string }) {
    this.#url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/v1/ws`;
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /** Open the socket (again after `stop`). */
  start(): void {
    if (this.#state !== 'closed') return;
    this.#readyOnce = false;
    this.#delayMs = firstDelayMs;
    addEventListener('online', this.#reconnectNow);
    this.#connect('connecting');
  }

  /** Close for good (sign-out); no reconnect. */
  stop(): void {
    removeEventListener('online', this.#reconnectNow);
    clearTimeout(this.#retry);
    clearInterval(this.#ping);
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.close(1000, 'bye');
    this.#setState('closed');
  }

  /** Stream one conversation's messages after `after()`; replaces the one followed before. */
  follow(conversationId: string, after: () => number): void {
    if (this.#followed && this.#followed.conversationId !== conversationId) {
      this.#send({ type: 'unsubscribe', conversationId: this.#followed.conversationId });
      this.#refusals = 0;
    }
    this.#followed = { conversationId, after };
    this.#subscribe();
  }

  /** Stop streaming a conversation. */
  unfollow(conversationId: string): void {
    if (this.#followed?.conversationId !== conversationId) return;
    this.#followed = undefined;
    this.#refusals = 0;
    this.#send({ type: 'unsubscribe', conversationId });
  }

  /** Every frame from the server. Returns the function that stops listening. */
  onFrame(listener: (frame: ServerFrame) => void): () => void {
    return this.#listen(this.#frameListeners, listener);
  }

  /** Connection state changes. */
  onState(listener: (state: ConnectionState) => void): () => void {
    return this.#listen(this.#stateListeners, listener);
  }

  /** Ready again after a drop: whatever was missed meanwhile should be fetched again. */
  onReconnect(listener: () => void): () => void {
    return this.#listen(this.#reconnectListeners, listener);
  }

  /** The server closed the socket because the session ended (signed out, expired). */
  onSessionEnded(listener: () => void): () => void {
    return this.#listen(this.#endedListeners, listener);
  }

  #listen<T>(set: Set<T>, listener: T): () => void {
    set.add(listener);
    return () => void set.delete(listener);
  }

  #connect(state: ConnectionState): void {
    this.#setState(state);
    const socket = new WebSocket(this.#url);
    this.#socket = socket;
    this.#unanswered = [];
    socket.onopen = () => {
      this.#lastHeard = Date.now();
      this.#subscribe();
      this.#ping = setInterval(() => {
        if (Date.now() - this.#lastHeard > silentLimitMs) return this.#drop(socket);
        this.#send({ type: 'ping' });
      }, pingEveryMs);
    };
    socket.onmessage = (event) => {
      this.#lastHeard = Date.now();
      const frame = readFrame(event.data);
      if (!frame) return;
      if (frame.type === 'ready') this.#onReady();
      if (frame.type === 'subscribed') this.#onSubscribed(frame.conversationId);
      if (frame.type === 'error') return this.#onError(socket, frame.error.id);
      for (const listener of this.#frameListeners) listener(frame);
    };
    socket.onclose = (event) => {
      if (this.#socket !== socket) return;
      if (event.code === sessionEnded) return this.#endSession();
      this.#drop(socket);
    };
  }

  /** Subscribe the followed conversation (if any) from the last message held. */
  #subscribe(): void {
    if (!this.#followed) return;
    const { conversationId, after } = this.#followed;
    if (this.#send({ type: 'subscribe', conversationId, after: after() })) this.#unanswered.push(conversationId);
  }

  #onSubscribed(conversationId: string): void {
    const at = this.#unanswered.indexOf(conversationId);
    if (at >= 0) this.#unanswered.splice(at, 1);
    if (conversationId !== this.#followed?.conversationId) return;
    this.#refusals = 0;
    this.#delayMs = firstDelayMs;
  }

  /**
   * An `error` frame. The server answers frames in order, so one that comes while a subscribe
   * is unanswered is that subscribe's. If it was for the followed conversation, try again on a
   * new socket (which subscribes again): quietly the first time, visibly if it repeats.
   */
  #onError(socket: WebSocket, id: string): void {
    if (id === 'unauthenticated') return this.#endSession();
    const refused = this.#unanswered.shift();
    if (refused === undefined || refused !== this.#followed?.conversationId || refusedForGood.has(id)) return;
    this.#refusals += 1;
    this.#drop(socket, this.#refusals === 1);
  }

  /** The session ended (signed out, expired): stop for good and say so. */
  #endSession(): void {
    this.stop();
    for (const listener of this.#endedListeners) listener();
  }

  /** Let go of a socket that closed or went silent (or refused a subscribe), and try again later. */
  #drop(socket: WebSocket, quietly = false): void {
    if (this.#socket !== socket) return;
    clearInterval(this.#ping);
    this.#socket = undefined;
    socket.onclose = null;
    socket.onmessage = null;
    socket.close();
    this.#scheduleReconnect(quietly);
  }

  #onReady(): void {
    // While subscribes keep being refused, the backoff keeps growing: `subscribed` resets it.
    if (this.#refusals === 0) this.#delayMs = firstDelayMs;
    this.#setState('open');
    if (this.#readyOnce) for (const listener of this.#reconnectListeners) listener();
    this.#readyOnce = true;
  }

  /** `quietly`: keep showing the state as it is (a first refused subscribe is no news to the agent). */
  #scheduleReconnect(quietly = false): void {
    if (!quietly) this.#setState('reconnecting');
    // Jitter spreads a whole team's consoles after a server restart.
    const delay = this.#delayMs * (0.75 + Math.random() * 0.5);
    this.#delayMs = Math.min(maxDelayMs, this.#delayMs * 2);
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => this.#connect(quietly ? this.#state : 'reconnecting'), delay);
  }

  readonly #reconnectNow = (): void => {
    if (this.#state !== 'reconnecting' || this.#socket) return;
    clearTimeout(this.#retry);
    this.#connect('reconnecting');
  };

  /** Send if the socket is open; whether it was. */
  #send(frame: unknown): boolean {
    if (this.#socket?.readyState !== WebSocket.OPEN) return false;
    this.#socket.send(JSON.stringify(frame));
    return true;
  }

  #setState(state: ConnectionState): void {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of this.#stateListeners) listener(state);
  }
}
