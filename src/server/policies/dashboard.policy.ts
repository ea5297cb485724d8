import type { Actor } from './policy-actor';
import { isOffice, readsAll } from './policy-actor';

/**
 * 督查大屏 (issue 11): the 督查室, admin and leaders read a plan's dashboard; units do not (it ranks them and lists
 * every unit's lagging projects).
 */
export const canReadDashboard = (actor: Actor) => readsAll(actor);

/** What the dashboard's reader may do from it; returned as `permissions` in the view. */
export function dashboardPermissions(actor: Actor) {
  return { canOpenReviewQueue: isOffice(actor), canOpenLedger: readsAll(actor) };
}
