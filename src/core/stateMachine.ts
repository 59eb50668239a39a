import { DomainError } from './errors.ts';

/**
 * A transition table: for each state, the actions allowed and the state each leads to.
 * `transition()` is the only way a status changes in Baton; the database then applies the
 * change with a compare-and-set on the old status.
 *
 * @example
 *   const next = transition(handoffTable, 'pending', 'claim'); // 'assigned'
 */
export type TransitionTable<S extends string, A extends string> = Readonly<
  Record<S, Readonly<Partial<Record<A, S>>>>
>;

/** The next state, or `invalid_transition` when the table has no such edge. */
export function transition<S extends string, A extends string>(
  table: TransitionTable<S, A>,
  from: S,
  action: A,
): S {
  const to = table[from]?.[action];
  if (to === undefined) {
    throw new DomainError('invalid_transition', `Cannot ${action} from ${from}.`, { from, action });
  }
  return to;
}

/** Whether the table allows `action` from `from`. */
export function can<S extends string, A extends string>(table: TransitionTable<S, A>, from: S, action: A): boolean {
  return table[from]?.[action] !== undefined;
}
