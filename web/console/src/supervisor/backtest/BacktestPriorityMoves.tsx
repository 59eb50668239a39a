import { conversationHref, conversationName, count, signed, triggersText } from './format.ts';
import type { BacktestReport } from './types.ts';

/**
 * The conversations handed off under both policies whose priority moves by 10 points or more,
 * or nothing when there are none.
 *
 * @example
 *   <BacktestPriorityMoves moves={report.priorityMoves} />
 */
export function BacktestPriorityMoves({ moves }: { moves: BacktestReport['priorityMoves'] }) {
  if (moves.total === 0) return null;
  return (
    <>
      <h5>Priority moves</h5>
      <p>
        {count(moves.total)} conversation{moves.total === 1 ? '' : 's'} handed off under both would be routed with a priority 10 or more points apart.
        {moves.listed.length < moves.total && ` The first ${count(moves.listed.length)} are listed.`}
      </p>
      <div className="sv-scroll">
        <table className="sv-table" data-testid="backtest-priority-moves">
          <caption>Priority under each policy</caption>
          <thead>
            <tr>
              <th scope="col">Conversation</th>
              <th scope="col" className="sv-num">Current</th>
              <th scope="col" className="sv-num">These settings</th>
              <th scope="col" className="sv-num">Change</th>
              <th scope="col">Triggers (current → these settings)</th>
              <th scope="col">Intent</th>
            </tr>
          </thead>
          <tbody>
            {moves.listed.map((move) => {
              const href = conversationHref(move.conversationId);
              const name = conversationName(move.conversationId);
              return (
                <tr key={move.conversationId} data-testid="backtest-priority-move" data-conversation-id={move.conversationId}>
                  <th scope="row">{href ? <a href={href}>{name}</a> : name}</th>
                  <td className="sv-num">{move.current}</td>
                  <td className="sv-num">{move.candidate}</td>
                  <td className="sv-num">{signed(move.change, 0)}</td>
                  <td>{triggersText(move.triggers.current)} → {triggersText(move.triggers.candidate)}</td>
                  <td className="sv-intent">{move.intent}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
