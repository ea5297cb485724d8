import type { Actor } from '../auth/actor';
import { isOffice } from '../auth/actor';

/**
 * For every /api/v1 route: a request on project A's records and the row rule that decides who may make it, in
 * the words of the policies. The route's own `access` roles are applied on top by the test (a role outside them
 * is always refused), so `may` states only what the rows add. A route missing here fails the test.
 */
export interface RouteCase {
  url: string;
  body?: unknown;
  /** send `body` as a one-file multipart upload */
  upload?: boolean;
  may: (actor: Actor) => boolean;
  /** a read that answers 200 to everyone but must not show what `may` refuses (e.g. a draft's id) */
  hides?: (json: unknown) => boolean;
  /** the request ends the record (delete): run it after every other allowed request */
  last?: boolean;
  /** not walked: why (login and logout act on the session itself) */
  skip?: string;
}

/** Row rules every group of cases uses. */
export const anyone = () => true;
export const office = (a: Actor) => isOffice(a);
