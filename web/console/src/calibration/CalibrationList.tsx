import { kindLabels, markLabels, when } from './format.ts';
import { calibrationHash } from './links.ts';
import type { CalibrationItem } from './types.ts';

/** The mark an item carries in the list: a word, the colour only supports it. */
export function MarkBadge(props: { item: CalibrationItem; testId?: string }) {
  const mark = props.item.review?.mark;
  return (
    <span className={`badge cb-mark cb-mark-${mark ?? 'none'}`} data-testid={props.testId} data-mark={mark ?? 'none'}>
      <span className="sr-only">Review: </span>
      {mark ? markLabels[mark] : 'Not reviewed'}
    </span>
  );
}

function Item(props: { item: CalibrationItem; selected: boolean }) {
  const { item, selected } = props;
  const href = calibrationHash(item.handoffId, item.kind);
  const title = (
    <>
      <span className={`cb-kind cb-kind-${item.kind}`}>{kindLabels[item.kind]}</span>
      <span className="cb-item-meta">
        {item.team} · <time dateTime={item.at}>{when(item.at)}</time>
      </span>
    </>
  );
  return (
    <li className={`cb-item${selected ? ' is-open' : ''}`} data-testid="calibration-item" data-handoff-id={item.handoffId} data-kind={item.kind}>
      <div className="cb-item-head">
        {/* A handoff id that is not a UUID never reaches an href: it is listed, not linked. */}
        {href ? (
          <a className="cb-item-link" href={href} aria-current={selected ? 'true' : undefined}>
            {title}
          </a>
        ) : (
          <span className="cb-item-link">{title}</span>
        )}
        <MarkBadge item={item} testId="review-mark" />
      </div>
      <p className="cb-reason">{item.reason}</p>
      {item.evidence.length > 0 && (
        <ul className="cb-evidence" aria-label="Evidence">
          {item.evidence.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The items that pass the filters, newest first as the server lists them; each opens at its
 * own address (`#/calibration/<handoffId>/<kind>`). The open one is marked current.
 *
 * @example
 *   <CalibrationList items={shown} open={route.open} />
 */
export function CalibrationList(props: { items: CalibrationItem[]; open?: { handoffId: string; kind: string }; empty: string }) {
  const { items, open } = props;
  if (items.length === 0) return <p className="cb-empty">{props.empty}</p>;
  return (
    <ol className="cb-list">
      {items.map((item) => (
        <Item key={`${item.handoffId}/${item.kind}`} item={item} selected={open?.handoffId === item.handoffId && open.kind === item.kind} />
      ))}
    </ol>
  );
}
