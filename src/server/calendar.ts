// The calendar feed: GET /calendar/TOKEN.ics, a read-only ICS of pending steps and touch-bases
// for calendar apps to subscribe to. Calendar apps cannot send the API's access token, so the
// feed carries its own secret in its address (`rebound calendar feed` prints it, `--rotate`
// replaces it); any other address under /calendar/ is a plain 404, whatever it holds.
import type { Context } from 'hono';
import { HttpProblem } from './errors.js';
import { requestHeader } from './security.js';
import type { ServerDeps } from './app.js';

export const CALENDAR_PREFIX = '/calendar/';

const FEED_FILE = /^([A-Za-z0-9_-]{16,200})\.ics$/;

const nothingHere = (): HttpProblem =>
  new HttpProblem('route_not_found', 'There is no calendar at this address. `rebound calendar feed` prints the current one.');

export function calendarFeedHandler(deps: Pick<ServerDeps, 'useCases' | 'actor'>) {
  return async (c: Context): Promise<Response> => {
    const m = FEED_FILE.exec(c.req.param('file') ?? '');
    if (!m?.[1]) throw nothingHere();
    // Links in the events point back at this server, at the address the calendar app used.
    const url = new URL(c.req.url);
    const base = `${url.protocol}//${requestHeader(c, 'host') ?? url.host}`;
    const ics = await deps.useCases.calendarFeed(deps.actor, m[1], { baseUrl: base });
    if (ics === null) throw nothingHere();
    return c.body(ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, no-cache',
      'Content-Disposition': 'inline; filename="rebound.ics"',
    });
  };
}
