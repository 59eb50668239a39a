import type { AttemptedResolution } from './types.ts';

/**
 * The suggested opening line, a chip with a Use button that puts it in the draft. Shown until
 * the agent's first reply in the conversation.
 */
export function OpeningSuggestion(props: { text: string; onUse: () => void }) {
  return (
    <div className="suggestion" data-testid="opening-suggestion">
      <span className="suggestion-label">Suggested opening</span>
      <span className="suggestion-text">{props.text}</span>
      <button type="button" data-testid="use-suggestion" onClick={props.onUse}>
        Use
      </button>
    </div>
  );
}

/**
 * The don't-repeat warning: what the draft proposes that the assistant already tried, with
 * how it went. The region is always there (empty when nothing repeats), so screen readers
 * announce it when it fills.
 */
export function RepeatWarning(props: { repeats: AttemptedResolution[] }) {
  return (
    <div className="repeat-warning" role="alert" data-testid="repeat-warning">
      {props.repeats.length > 0 && (
        <>
          <strong>The assistant already tried: </strong>
          {props.repeats.map((attempt) => `${attempt.label} (${attempt.outcome})`).join('; ')}
        </>
      )}
    </div>
  );
}
