/** How a customer chose to continue when no person could answer in chat. */
export type ContactKind = 'email' | 'callback';

/** A customer's consented request to continue by email or to be called back. */
export interface ContactRequest {
  id: string;
  conversationId: string;
  kind: ContactKind;
  email: string | null;
  phone: string | null;
  /** As the customer put it: "tomorrow morning", "after 5pm". */
  preferredTime: string | null;
  /** When the customer said yes. A request never exists without it. */
  consentedAt: Date;
  /** `open` until an email is sent (`sent`/`failed`) or an agent completes the callback (`done`). */
  status: 'open' | 'sent' | 'failed' | 'done';
  detail: string | null;
  createdAt: Date;
}
