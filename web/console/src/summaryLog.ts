import type { SummaryAction } from './agentApi.ts';

/** How the summary card of a handoff is shown. */
export type SummaryView = 'expanded' | 'collapsed' | 'dismissed';

/**
 * What the agent did with each handoff's summary card in this console session, and which of
 * it the server hears: `shown` once, when the card is first on screen expanded on its own (the
 * default), `opened` each time the agent expands it after a collapse or a dismissal,
 * `collapsed`, `dismissed`. Repeats of the same state record nothing, so a re-render or
 * switching conversations never spams the metric. Every call says whether to `record`: only
 * the cards of conversations assigned to me are reported (not those a supervisor browses);
 * the others still fold and unfold.
 *
 * @example
 *   const log = new SummaryLog((handoffId, action) => void agentApi.recordSummary(handoffId, action));
 *   log.shown(handoffId, true);    // records 'shown' once
 *   log.collapse(handoffId, true); // 'collapsed'
 *   log.expand(handoffId, true);   // 'opened'
 */
export class SummaryLog {
  readonly #views = new Map<string, SummaryView>();
  readonly #shown = new Set<string>();

  readonly #record: (handoffId: string, action: SummaryAction) => void;

  constructor(record: (handoffId: string, action: SummaryAction) => void) {
    this.#record = record;
  }

  /** How the card is shown now: expanded until the agent says otherwise. */
  view(handoffId: string): SummaryView {
    return this.#views.get(handoffId) ?? 'expanded';
  }

  /**
   * The card is on screen, expanded on its own (the agent never folded or unfolded it): the
   * first time this is recorded, record `shown`.
   */
  shown(handoffId: string, record: boolean): void {
    if (!record || this.#views.has(handoffId) || this.#shown.has(handoffId)) return;
    this.#shown.add(handoffId);
    this.#record(handoffId, 'shown');
  }

  /** Fold the card to its header. */
  collapse(handoffId: string, record: boolean): void {
    this.#change(handoffId, 'collapsed', record);
  }

  /** Unfold a collapsed or dismissed card: the agent asked for it, so `opened`. */
  expand(handoffId: string, record: boolean): void {
    this.#change(handoffId, 'expanded', record);
  }

  /** Put the card away. */
  dismiss(handoffId: string, record: boolean): void {
    this.#change(handoffId, 'dismissed', record);
  }

  #change(handoffId: string, view: SummaryView, record: boolean): void {
    if (this.view(handoffId) === view) return;
    this.#views.set(handoffId, view);
    if (record) this.#record(handoffId, view === 'expanded' ? 'opened' : view);
  }
}
