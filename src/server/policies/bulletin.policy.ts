import type { Actor } from './policy-actor';
import { isOffice } from './policy-actor';

/**
 * 通报 (issue 5): the 督查室's monthly bulletin of a plan. Drafts are its work in progress: only it reads, edits
 * and issues them; an issued bulletin is read (and downloaded) by every signed-in user and never changes again.
 */

/** The parts of a bulletin the rules read. */
export interface BulletinRef {
  status: 'draft' | 'issued';
}

/** Reading a bulletin (its view and its .docx): an issued one by anyone signed in, a draft by the 督查室. */
export const canReadBulletin = (actor: Actor, b: BulletinRef) => b.status === 'issued' || isOffice(actor);

/** Whether the actor reads the plan's drafts too (else the list holds issued bulletins only). */
export const readsBulletinDrafts = (actor: Actor) => isOffice(actor);

/** 编制通报 (a month's draft from the ledger): the 督查室. */
export const canCompileBulletin = (actor: Actor) => isOffice(actor);

/** Editing a bulletin's texts: the 督查室 (an issued bulletin is refused on its state, with its own message). */
export const canEditBulletin = (actor: Actor) => isOffice(actor);

/** 印发: the 督查室 (issuing twice is refused on the state). */
export const canIssueBulletin = (actor: Actor) => isOffice(actor);

/** A bulletin is edited and issued only while it is a draft. */
export const isBulletinDraft = (b: BulletinRef) => b.status === 'draft';

/** What the actor may do on one bulletin; returned by its view as `permissions`. */
export function bulletinPermissions(actor: Actor, b: BulletinRef) {
  return {
    canEdit: canEditBulletin(actor) && isBulletinDraft(b),
    canIssue: canIssueBulletin(actor) && isBulletinDraft(b),
  };
}

export type BulletinPermissions = ReturnType<typeof bulletinPermissions>;
