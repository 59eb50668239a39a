import { useState } from 'react';
import { conversationHref, conversationName, count, flipDirection, flipWhere } from './format.ts';
import type { BacktestReport, Flip } from './types.ts';

/** How many flips are shown before "Show all". */
const firstShown = 50;

/**
 * The conversations the candidate would decide otherwise: new handoffs first, highest
 * priority first (the server's order), each linked to its conversation with where and why the
 * policy that escalates does.
 *
 * @example
 *   <BacktestFlips flips={report.flips} />
 */
export function BacktestFlips({ flips }: { flips: BacktestReport['flips'] }) {
  const [all, setAll] = useState(false);
  const total = flips.newHandoffs + flips.noLongerHandedOff;
  const shown = all ? flips.listed : flips.listed.slice(0, firstShown);
  return (
    <>
      <h5>Conversations decided otherwise</h5>
      <p data-testid="backtest-flips-count">
        {total === 0
          ? 'None: these settings hand off the same conversations as the current policy.'
          : `${count(flips.newHandoffs)} would now be handed off; ${count(flips.noLongerHandedOff)} would no longer be handed off.`}
        {flips.listed.length < total && ` The first ${count(flips.listed.length)} are listed.`}
      </p>
      {shown.length > 0 && (
        <ol className="bt-flips" data-testid="backtest-flips">
          {shown.map((flip) => (
            <FlipItem key={`${flip.conversationId}-${flip.direction}`} flip={flip} />
          ))}
        </ol>
      )}
      {!all && flips.listed.length > firstShown && (
        <button type="button" className="sv-secondary" onClick={() => setAll(true)}>
          Show all {count(flips.listed.length)} listed
        </button>
      )}
    </>
  );
}

function FlipItem({ flip }: { flip: Flip }) {
  const href = conversationHref(flip.conversationId);
  const name = conversationName(flip.conversationId);
  return (
    <li data-testid="backtest-flip" data-conversation-id={flip.conversationId} data-direction={flip.direction}>
      <p>
        {href ? <a href={href}>{name}</a> : name}{' '}
        <strong>{flipDirection(flip.direction)}</strong>
      </p>
      <p className="sv-hint">{flipWhere(flip)}</p>
      {flip.intent && <p className="bt-line">Intent: {flip.intent}</p>}
      {flip.evidence && <p className="bt-line">Evidence: {flip.evidence}</p>}
    </li>
  );
}
