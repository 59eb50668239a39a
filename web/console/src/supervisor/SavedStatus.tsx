/**
 * Beside a form's save button: the `role="status"` line that says it was saved. Always in the
 * page, so screen readers announce the change.
 *
 * @example
 *   <SavedStatus prefix="policy" saved="Saved." />
 */
export function SavedStatus(props: { prefix: string; saved: string | null }) {
  return (
    <p className="sv-saved" role="status" data-testid={`${props.prefix}-status`}>
      {props.saved}
    </p>
  );
}
