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

/**
 * The agent's WebSocket to `/v1/ws`, kept open: reconnects with backoff (0.5 s doubling to
 * 10 s), pings every 25 s, and after each reconnect re-subscribes the followed conversation
 * from the last message held, so nothing is missed and nothing repeats.
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
    if (this.#followed && this.#followed.conversationId !== conversationId) this.#send({ type: 'unsubscribe', conversationId: this.#followed.conversationId });
    this.#followed = { conversationId, after };
    this.#send({ type: 'subscribe', conversationId, after: after() });
  }

  /** Stop streaming a conversation. */
  unfollow(conversationId: string): void {
    if (this.#followed?.conversationId !== conversationId) return;
    this.#followed = undefined;
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
    socket.onopen = () => {
      this.#lastHeard = Date.now();
      if (this.#followed) this.#send({ type: 'subscribe', conversationId: this.#followed.conversationId, after: this.#followed.after() });
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
      for (const listener of this.#frameListeners) listener(frame);
    };
    socket.onclose = (event) => {
      if (this.#socket !== socket) return;
      if (event.code === sessionEnded) {
        this.stop();
        for (const listener of this.#endedListeners) listener();
        return;
      }
      this.#drop(socket);
    };
  }

  /** Let go of a socket that closed or went silent, and try again later. */
  #drop(socket: WebSocket): void {
    if (this.#socket !== socket) return;
    clearInterval(this.#ping);
    this.#socket = undefined;
    socket.onclose = null;
    socket.onmessage = null;
    socket.close();
    this.#scheduleReconnect();
  }

  #onReady(): void {
    this.#delayMs = firstDelayMs;
    this.#setState('open');
    if (this.#readyOnce) for (const listener of this.#reconnectListeners) listener();
    this.#readyOnce = true;
  }

  #scheduleReconnect(): void {
    this.#setState('reconnecting');
    // Jitter spreads a whole team's consoles after a server restart.
    const delay = this.#delayMs * (0.75 + Math.random() * 0.5);
    this.#delayMs = Math.min(maxDelayMs, this.#delayMs * 2);
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => this.#connect('reconnecting'), delay);
  }

  readonly #reconnectNow = (): void => {
    if (this.#state !== 'reconnecting' || this.#socket) return;
    clearTimeout(this.#retry);
    this.#connect('reconnecting');
  };

  #send(frame: unknown): void {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(frame));
  }

  #setState(state: ConnectionState): void {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of this.#stateListeners) listener(state);
  }
}
