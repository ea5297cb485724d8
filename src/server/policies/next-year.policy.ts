import type { Actor } from './policy-actor';
import { isOffice } from './policy-actor';

/**
 * 下一年度民生实事 (issue 12): the 督查室 (and admin) run the 征集, moderate proposals, prepare the candidates and
 * the 票决; only 人大代表 cast ballots, and a deputy sees nothing else of the platform.
 */
export const canManageNextYear = (actor: Actor) => isOffice(actor);

export const canCastBallot = (actor: Actor) => actor.role === 'deputy';
