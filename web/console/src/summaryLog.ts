import type { SummaryAction } from './agentApi.ts';

/** How the summary card of a handoff is shown. */
export type SummaryView = 'expanded' | 'collapsed' | 'dismissed';

/**
 * What the agent did with each handoff's summary card in this console session, and which of
 * it the server hears: `opened` the first time a card is shown and again each time it is
 * expanded after a collapse or a dismissal, `collapsed`, `dismissed`. Repeats of the same state
 * record nothing, so a re-render or switching conversations never spams the metric.
 *
 * @example
 *   const log = new SummaryLog((handoffId, action) => void agentApi.recordSummary(handoffId, action));
 *   log.shown(handoffId);    // records 'opened' once
 *   log.collapse(handoffId); // 'collapsed'
 *   log.expand(handoffId);   // 'opened' again
 */
export class SummaryLog {
  readonly #views = new Map<string, SummaryView>();
  readonly #opened = new Set<string>();

  readonly #record: (handoffId: string, action: SummaryAction) => void;

  constructor(record: (handoffId: string, action: SummaryAction) => void) {
    this.#record = record;
  }

  /** How the card is shown now: expanded until the agent says otherwise. */
  view(handoffId: string): SummaryView {
    return this.#views.get(handoffId) ?? 'expanded';
  }

  /** The card is on screen, expanded: the first time, record `opened`. */
  shown(handoffId: string): void {
    if (this.view(handoffId) !== 'expanded' || this.#opened.has(handoffId)) return;
    this.#opened.add(handoffId);
    this.#record(handoffId, 'opened');
  }

  /** Fold the card to its header. */
  collapse(handoffId: string): void {
    this.#change(handoffId, 'collapsed');
  }

  /** Unfold a collapsed or dismissed card. */
  expand(handoffId: string): void {
    if (this.view(handoffId) === 'expanded') return;
    this.#views.set(handoffId, 'expanded');
    this.#opened.add(handoffId);
    this.#record(handoffId, 'opened');
  }

  /** Put the card away. */
  dismiss(handoffId: string): void {
    this.#change(handoffId, 'dismissed');
  }

  #change(handoffId: string, view: 'collapsed' | 'dismissed'): void {
    if (this.view(handoffId) === view) return;
    this.#views.set(handoffId, view);
    this.#record(handoffId, view);
  }
}
