import type { Analyzers } from '../analysis/analyzeConversation.ts';
import type { IntentCatalog } from '../assistant/intentCatalog.ts';
import type { Phraser } from '../assistant/llm/types.ts';
import type { CrmConnector } from '../crm/types.ts';
import type { EmailSender } from '../notify/emailSender.ts';
import type { EventPublisher } from './events.ts';
import type { Clock, Ids } from './ports.ts';
import type { Store } from './store.ts';

/** What every command receives: the ports, wired once in `src/main.ts`. */
export interface Deps {
  store: Store;
  ids: Ids;
  clock: Clock;
  events: EventPublisher;
  /** The analysis models (language, sentiment), loaded once at start-up. */
  analyzers: Analyzers;
  /** Each workspace's trained intent classifier. */
  intentCatalog: IntentCatalog;
  /** Where customer accounts are read: the built-in tables or an HTTP CRM. Never throws. */
  crm: CrmConnector;
  /** Phrases answers and intent lines with an LLM when one is configured; else Baton's own text. */
  phraser: Phraser;
  /** Outgoing email with its sender address, when SMTP is configured; else email continuation is not offered. */
  mail?: { sender: EmailSender; from: string };
  /** Where failures of background work (packet building, email) are reported. */
  onBackgroundError?: (error: unknown, what: string) => void;
}
