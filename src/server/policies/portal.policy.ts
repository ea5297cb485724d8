import type { Actor } from './policy-actor';
import { isOffice } from './policy-actor';

/**
 * 公开: publishing on the public portal is the 督查室's deliberate act (and admin's): a plan, each accepted weekly
 * update, each of its photos. Units never publish; what they wrote stays internal until the office decides.
 */
export const canPublishOnPortal = (actor: Actor) => isOffice(actor);
