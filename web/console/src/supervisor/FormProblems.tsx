/**
 * At the top of a settings form: the problems that stopped a save (the first as the headline,
 * the rest listed), or nothing.
 *
 * @example
 *   <FormProblems prefix="policy" problems={problems.general} />
 */
export function FormProblems(props: { prefix: string; problems: readonly string[] }) {
  const [first, ...rest] = props.problems;
  if (first === undefined) return null;
  return (
    <div className="sv-form-error" role="alert" data-testid={`${props.prefix}-error`} id={`${props.prefix}-error`}>
      <p>{first}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
