import { useCallback, useEffect, useState } from 'react';

/** Where the console is: the inbox (with a conversation open, or none), the supervisor view or the dashboard. */
export type Route = { view: 'inbox'; conversationId?: string } | { view: 'supervisor' } | { view: 'dashboard' };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Read a location hash: `#/conversations/<id>`, `#/supervisor`, `#/dashboard`, anything else the inbox.
 *
 * @example
 *   parseRoute('#/supervisor') // { view: 'supervisor' }
 */
export function parseRoute(hash: string): Route {
  if (hash === '#/supervisor') return { view: 'supervisor' };
  if (hash === '#/dashboard') return { view: 'dashboard' };
  const id = /^#\/conversations\/(.+)$/.exec(hash)?.[1];
  return id && uuidPattern.test(id) ? { view: 'inbox', conversationId: id } : { view: 'inbox' };
}

function hashOf(route: Route): string {
  if (route.view === 'supervisor') return '#/supervisor';
  if (route.view === 'dashboard') return '#/dashboard';
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
