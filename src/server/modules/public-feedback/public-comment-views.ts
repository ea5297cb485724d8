import type { ManagedPublicComment, PublicComment } from '../../../contract/public-comments.contract';
import { shanghaiDate } from '../../../domain/calendar';
import { maskName, maskPhone } from '../../../domain/privacy/mask';
import type { Actor } from '../../auth/actor';
import { publicCommentPermissions, seesFullContact } from '../../policies/public-comment.policy';
import { leadUnitNames } from './lead-units.repo';
import type { CommentRecord } from './public-comments.repo';

/** A stored ISO moment as the Beijing day it fell on. */
export const beijingDay = (iso: string) => shanghaiDate(new Date(iso));

/** As the public sees a comment: name and phone masked, the lead unit's reply with its name and date. */
export function publicCommentView(c: CommentRecord): PublicComment {
  return {
    id: c.id,
    kind: c.kind,
    body: c.body,
    name: maskName(c.name),
    phone: maskPhone(c.phone),
    createdAt: beijingDay(c.created_at),
    reply:
      c.reply && c.replied_at
        ? { text: c.reply, unitName: c.reply_unit_name ?? leadUnitNames(c.lead_units) ?? '牵头单位', date: beijingDay(c.replied_at) }
        : null,
  };
}

/** As the back office sees a comment: the full contact for the 督查室 only, masked for everyone else. */
export function managedCommentView(c: CommentRecord, actor: Actor): ManagedPublicComment {
  const full = seesFullContact(actor);
  return {
    id: c.id,
    planId: c.plan_id,
    project: { id: c.project_id, seq: c.project_seq, name: c.project_name },
    leadUnitName: leadUnitNames(c.lead_units),
    kind: c.kind,
    body: c.body,
    name: full ? c.name : maskName(c.name),
    phone: full ? c.phone : maskPhone(c.phone),
    status: c.status,
    createdAt: c.created_at,
    moderatedBy: c.moderated_by,
    moderatedAt: c.moderated_at,
    rejectReason: c.reject_reason,
    reply: c.reply,
    replyUnitName: c.reply_unit_name,
    repliedBy: c.replied_by,
    repliedAt: c.replied_at,
    version: c.version,
    permissions: publicCommentPermissions(actor, c),
  };
}
