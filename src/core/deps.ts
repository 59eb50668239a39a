import type { Analyzers } from '../analysis/analyzeConversation.ts';
import type { IntentCatalog } from '../assistant/intentCatalog.ts';
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
}
