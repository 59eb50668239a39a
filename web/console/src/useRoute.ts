import { useCallback, useEffect, useState } from 'react';
import { calibrationHash, isReviewKind, uuidPattern, type ReviewKind } from './calibration/links.ts';

/**
 * Where the console is: the inbox (with a conversation open, or none), the supervisor view, the
 * dashboard, or the calibration review (with one item, a handoff and a reason, open or none).
 */
export type Route =
  | { view: 'inbox'; conversationId?: string }
  | { view: 'supervisor' }
  | { view: 'dashboard' }
  | { view: 'calibration'; open?: { handoffId: string; kind: ReviewKind } };

/**
 * Read a location hash: `#/conversations/<id>`, `#/supervisor`, `#/dashboard`,
 * `#/calibration`, `#/calibration/<handoffId>/<kind>`, anything else the inbox.
 *
 * @example
 *   parseRoute('#/supervisor') // { view: 'supervisor' }
 */
export function parseRoute(hash: string): Route {
  if (hash === '#/supervisor') return { view: 'supervisor' };
  if (hash === '#/dashboard') return { view: 'dashboard' };
  if (hash === '#/calibration') return { view: 'calibration' };
  const item = /^#\/calibration\/([^/]+)\/([^/]+)$/.exec(hash);
  if (item) {
    const [, handoffId = '', kind = ''] = item;
    return uuidPattern.test(handoffId) && isReviewKind(kind) ? { view: 'calibration', open: { handoffId, kind } } : { view: 'calibration' };
  }
  const id = /^#\/conversations\/(.+)$/.exec(hash)?.[1];
  return id && uuidPattern.test(id) ? { view: 'inbox', conversationId: id } : { view: 'inbox' };
}

function hashOf(route: Route): string {
  if (route.view === 'supervisor') return '#/supervisor';
  if (route.view === 'dashboard') return '#/dashboard';
  if (route.view === 'calibration') return (route.open && calibrationHash(route.open.handoffId, route.open.kind)) || '#/calibration';
  return route.conversationId ? `#/conversations/${route.conversationId}` : '#/';
}

/**
 * The route, kept in the location hash so a reload or the back button lands in the same place.
 *
 * @example
 *   const [route, go] = useRoute();
 *   go({ view: 'inbox', conversationId });
 */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    const hash = hashOf(next);
    if (location.hash !== hash) location.hash = hash;
    setRoute(next);
  }, []);
  return [route, go];
}
