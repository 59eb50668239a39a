import { ApiError, type CustomerApi } from './api.ts';
import { reconnectDelay } from './backoff.ts';
import type { WidgetConfig } from './config.ts';
import { forgetSession, loadSession, loadUnsent, saveSession, saveUnsent } from './session.ts';
import { RealtimeLink } from './socket.ts';
import { MessageStore, type PendingMessage } from './store.ts';
import type { ConversationStatus, ServerFrame, Session, WaitingState } from './types.ts';
import { newClientMessageId } from './uuid.ts';
import type { CsatStage } from './view/csatView.ts';

/** What the chat tells its view after every change. */
export interface ChatView {
  render(state: ChatState): void;
  connectionDown(down: boolean): void;
}

/** Everything the view shows, read from the chat after each change. */
export interface ChatState {
  store: MessageStore;
  status: ConversationStatus | null;
  waiting: WaitingState | null;
  csat: CsatStage;
}

/**
 * One customer's chat: starts the conversation lazily at the first message, resumes the
 * stored one, sends through an ordered outbox that keeps each message's client id across
 * retries (and, in sessionStorage, across a reload of the tab), and merges the history, POST
 * replies and socket frames into one ordered store.
 *
 * @example
 *   const chat = new Chat(config, customerApi(config.origin), view);
 *   chat.resume(); chat.send('Where is my parcel?');
 */
export class Chat {
  readonly store = new MessageStore();
  #session: Session | undefined;
  #starting: Promise<Session> | undefined;
  #refusedToken = '';
  #link: RealtimeLink | undefined;
  #status: ConversationStatus | null = null;
  #waiting: WaitingState | null = null;
  #csat: CsatStage = 'none';
  #flushing = false;
  #retries = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly config: WidgetConfig,
    private readonly api: CustomerApi,
    private readonly view: ChatView,
  ) {
    addEventListener('online', () => {
      this.#link?.nudge();
      void this.#flush();
    });
  }

  /**
   * Pick up this browser's conversation and this tab's unsent messages. The browser may be
   * shared: a page with a signed-in customer asks the server for that customer's conversation
   * instead of reopening the saved one, and a page without one never reopens a saved
   * conversation a signed-in customer started.
   */
  resume(): void {
    const { workspace } = this.config;
    const saved = loadSession(workspace);
    if (saved && this.#signedIn) void this.#ensureSession().catch(() => {});
    else if (saved?.verified) forgetSession(workspace);
    else if (saved) this.#attach(saved);
    for (const { clientMessageId, body } of loadUnsent(workspace)) {
      this.store.addPending(clientMessageId, body);
      this.store.mark(clientMessageId, 'queued');
    }
    this.#render();
    void this.#flush();
  }

  /**
   * The customer opened the panel. A signed-in customer's conversation is fetched now (the
   * server resumes their open one), so they see it before writing; an anonymous customer's
   * conversation still starts with their first message.
   */
  opened(): void {
    if (this.#signedIn && !this.#session) void this.#ensureSession().catch(() => {});
  }

  /** Send a message: shown at once as sending, delivered in order, retried with the same id. */
  send(body: string): void {
    this.store.addPending(newClientMessageId(), body);
    this.#render();
    void this.#flush();
  }

  /** Answer "How did we do?"; an answer already given counts as done. */
  async rate(score: number, comment: string): Promise<void> {
    const session = this.#session;
    if (!session) return;
    try {
      await this.api.rate(session, score, comment || undefined);
    } catch (error) {
      if (!(error instanceof ApiError && error.id === 'csat_already_given')) throw error;
    }
    this.#csat = 'thanks';
  }

  /**
   * End the chat: the conversation is resolved at once, so "How did we do?" follows without
   * waiting for the status frame. While a person is with the customer the server refuses
   * (the error is thrown for the view to show) and the status is read again.
   */
  async end(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    try {
      const { conversation } = await this.api.end(session);
      if (this.#session === session) this.#applyStatus(conversation.status);
    } catch (error) {
      this.#refreshSoon(0);
      throw error;
    }
  }

  /** Ask the team to continue by email or callback. */
  async continueBy(request: Parameters<CustomerApi['continueBy']>[1]): Promise<void> {
    const session = await this.#ensureSession();
    await this.api.continueBy(session, request);
    this.#refreshSoon();
  }

  /** Forget this conversation; the next message starts a new one. */
  restart(): void {
    forgetSession(this.config.workspace);
    this.#detach();
    this.store.clear();
    this.#render();
  }

  #attach(session: Session, status?: ConversationStatus): void {
    this.#session = session;
    this.#link = new RealtimeLink(this.config.origin, session, () => this.store.contiguousSeq(), {
      frame: (frame) => this.#onFrame(session, frame),
      up: () => {
        this.view.connectionDown(false);
        this.#refreshSoon();
        void this.#flush();
      },
      down: () => this.view.connectionDown(true),
      refused: () => this.#refused(session),
    });
    this.#link.start();
    void this.#loadHistory(session);
    if (status) this.#applyStatus(status);
    else this.#refreshSoon(0);
  }

  #detach(): void {
    this.#link?.stop();
    this.#link = undefined;
    this.#session = undefined;
    this.#status = null;
    this.#waiting = null;
    this.#csat = 'none';
    this.view.connectionDown(false);
  }

  /** The token no longer opens the conversation: forget it; the next message starts afresh. */
  #refused(session: Session): void {
    if (this.#session !== session) return;
    this.#refusedToken = session.customerToken;
    if (loadSession(this.config.workspace)?.customerToken === session.customerToken) forgetSession(this.config.workspace);
    this.#detach();
    this.store.clear(false);
    this.#render();
  }

  #ensureSession(): Promise<Session> {
    if (this.#session) return Promise.resolve(this.#session);
    this.#starting ??= this.#start().finally(() => (this.#starting = undefined));
    return this.#starting;
  }

  /** A signed-in customer's page: the server knows their conversation, the saved one may be another's. */
  get #signedIn(): boolean {
    return !!this.config.customer?.externalId;
  }

  async #start(): Promise<Session> {
    const { workspace, customer } = this.config;
    const verified = this.#signedIn;
    // Another tab of this site may have started (or re-opened) an anonymous conversation meanwhile.
    const stored = loadSession(workspace);
    if (!verified && stored && !stored.verified && stored.customerToken !== this.#refusedToken) {
      this.#attach(stored);
      return stored;
    }
    // A signed-in customer's open conversation is resumed by the server itself.
    const started = await this.api.start(workspace, customer);
    const session = { conversationId: started.conversation.id, customerToken: started.customerToken, verified };
    saveSession(workspace, session);
    this.#attach(session, started.conversation.status);
    return session;
  }

  async #loadHistory(session: Session): Promise<void> {
    try {
      for (;;) {
        const { messages } = await this.api.messages(session, this.store.contiguousSeq());
        if (this.#session !== session) return;
        for (const message of messages) this.store.accept(message);
        this.#render();
        if (messages.length < 100) return;
      }
    } catch (error) {
      this.#onCallFailed(session, error);
    }
  }

  /** Deliver pending messages one at a time, in the order written. */
  async #flush(): Promise<void> {
    if (this.#flushing) return;
    this.#flushing = true;
    clearTimeout(this.#retryTimer);
    try {
      for (let next = this.store.unsent()[0]; next; next = this.store.unsent()[0]) {
        if (!(await this.#deliver(next))) return this.#retryLater();
      }
      this.#retries = 0;
    } finally {
      this.#flushing = false;
    }
  }

  /** True when the message is settled (stored or refused for good); false to retry later. */
  async #deliver(pending: PendingMessage): Promise<boolean> {
    const { clientMessageId, body } = pending;
    this.store.mark(clientMessageId, 'sending');
    this.#render();
    for (let attempt = 0; ; attempt++) {
      try {
        const session = await this.#ensureSession();
        try {
          const sent = await this.api.send(session, body, clientMessageId);
          for (const message of [sent.message, ...sent.replies]) this.store.accept(message);
          this.store.drop(clientMessageId);
          this.#render();
          this.#refreshSoon();
          return true;
        } catch (error) {
          // The stored token stopped working: start (or re-open) a conversation, once.
          if (attempt === 0 && error instanceof ApiError && (error.status === 401 || error.status === 404)) {
            this.#refused(session);
            continue;
          }
          throw error;
        }
      } catch (error) {
        const retry = !(error instanceof ApiError) || error.retryable;
        this.store.mark(clientMessageId, retry ? 'queued' : 'failed', retry ? undefined : error.message);
        this.#render();
        return !retry;
      }
    }
  }

  #retryLater(): void {
    for (const { clientMessageId } of this.store.unsent()) this.store.mark(clientMessageId, 'queued');
    this.#render();
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => void this.#flush(), reconnectDelay(this.#retries++ + 3, Math.random()));
  }

  #onFrame(session: Session, frame: ServerFrame): void {
    if (this.#session !== session || !('conversationId' in frame) || frame.conversationId !== session.conversationId) return;
    if (frame.type === 'message') {
      if (!this.store.accept(frame.message)) return;
      // A notice marks a change of hands (joined, resolved, fallback): read the status again,
      // for servers that do not send status frames.
      if (frame.message.authorKind === 'system') this.#refreshSoon();
    } else if (frame.type === 'waiting') {
      // Only the queue line: the status comes from status frames and reads, so a late frame
      // cannot put the customer back in the queue.
      if (this.#status === 'waiting_for_agent') this.#waiting = frame.waiting;
    } else if (frame.type === 'status') {
      this.#applyStatus(frame.status);
    }
    this.#render();
  }

  #applyStatus(status: ConversationStatus): void {
    const changed = status !== this.#status;
    this.#status = status;
    if (status !== 'waiting_for_agent') this.#waiting = null;
    else if (changed && !this.#waiting) this.#refreshSoon();
    if (status !== 'resolved') this.#csat = 'none';
    else if (changed && this.#csat === 'none') void this.#checkCsat();
    this.#render();
  }

  async #checkCsat(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    let stage: CsatStage = 'ask';
    try {
      if ((await this.api.csat(session)).csat) stage = 'thanks';
    } catch {
      // Not known: asking is harmless, the server refuses a second answer.
    }
    if (this.#session === session && this.#status === 'resolved') this.#csat = stage;
    this.#render();
  }

  /** Read the conversation's status (and waiting state) again, soon; calls close together run once. */
  #refreshSoon(delayMs = 250): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => void this.#refresh(), delayMs);
  }

  async #refresh(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    try {
      const conversation = await this.api.conversation(session);
      if (this.#session !== session) return;
      if (conversation.status === 'waiting_for_agent') {
        const { waiting } = await this.api.waiting(session);
        if (this.#session !== session) return;
        this.#waiting = waiting;
      }
      this.#applyStatus(conversation.status);
    } catch (error) {
      this.#onCallFailed(session, error);
    }
  }

  #onCallFailed(session: Session, error: unknown): void {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) this.#refused(session);
  }

  /** Show the change, and keep this tab's copy of the unsent messages in step with it. */
  #render(): void {
    saveUnsent(this.config.workspace, this.store.unsent());
    this.view.render({ store: this.store, status: this.#status, waiting: this.#waiting, csat: this.#csat });
  }
}
