// A small history router: the server answers every non-API path with index.html, so plain
// paths work for links, reloads and bookmarks.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'today' }
  | { name: 'applications' }
  | { name: 'application'; id: string }
  | { name: 'rejected' }
  | { name: 'draft'; stepId: string }
  | { name: 'journal' }
  | { name: 'contacts' }
  | { name: 'settings' }
  | { name: 'insights' }
  | { name: 'practice' }
  | { name: 'not_found' };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/today') return { name: 'today' };
  if (path === '/applications') return { name: 'applications' };
  if (path === '/rejected') return { name: 'rejected' };
  if (path === '/journal') return { name: 'journal' };
  if (path === '/contacts') return { name: 'contacts' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/insights') return { name: 'insights' };
  if (path === '/practice') return { name: 'practice' };
  let m = /^\/applications\/([^/]+)$/.exec(path);
  if (m?.[1]) return { name: 'application', id: decodeURIComponent(m[1]) };
  m = /^\/steps\/([^/]+)\/draft$/.exec(path);
  if (m?.[1]) return { name: 'draft', stepId: decodeURIComponent(m[1]) };
  return { name: 'not_found' };
}

const listeners = new Set<() => void>();
const subscribe = (fn: () => void): (() => void) => {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
};
const snapshot = (): string =>
  window.location.pathname + window.location.search + window.location.hash;

/** Set by navigate(): the next page heading takes focus so screen readers hear the new page. */
let focusPending = false;
export function takeFocusRequest(): boolean {
  const f = focusPending;
  focusPending = false;
  return f;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  focusPending = true;
  const [, hash] = to.split('#');
  if (!hash) window.scrollTo(0, 0);
  for (const fn of listeners) fn();
}

window.addEventListener('popstate', () => {
  focusPending = true;
});

export interface Location {
  path: string;
  query: URLSearchParams;
  hash: string;
  route: Route;
}

let cached: { key: string; loc: Location } | null = null;
function read(): Location {
  const key = snapshot();
  if (cached?.key === key) return cached.loc;
  const loc: Location = {
    path: window.location.pathname,
    query: new URLSearchParams(window.location.search),
    hash: window.location.hash.replace(/^#/, ''),
    route: matchRoute(window.location.pathname),
  };
  cached = { key, loc };
  return loc;
}

export function useLocation(): Location {
  useSyncExternalStore(subscribe, snapshot);
  return read();
}
