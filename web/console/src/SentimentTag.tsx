/** A customer's mood as a labelled badge: the word, never the colour alone. */
export function SentimentTag(props: { tag: string | undefined; testId?: string }) {
  const tag = props.tag ?? 'neutral';
  const known = tag === 'neutral' || tag === 'frustrated' || tag === 'upset';
  return (
    <span className={`badge sentiment-${known ? tag : 'neutral'}`} data-testid={props.testId}>
      {tag.charAt(0).toUpperCase() + tag.slice(1)}
    </span>
  );
}
