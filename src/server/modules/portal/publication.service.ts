import type { ItemPublicationBody, PlanPublicationBody, PublicationResult } from '../../../contract/portal-publication.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, forbidden, notFound, versionConflict } from '../../errors';
import { canPublishOnPortal } from '../../policies/portal.policy';
import {
  findAttachmentPublication,
  findPlanPublication,
  findUpdatePublication,
  setAttachmentPublication,
  setPlanPublication,
  setUpdatePublication,
} from './publication.repo';

const requirePublisher = (actor: Actor) => {
  if (!canPublishOnPortal(actor)) throw forbidden('只有督查室可以决定向公众公开的内容。');
};

/** 向公众公开 a plan (or withdraw it): version-checked and audited. */
export async function publishPlan(ctx: AppContext, actor: Actor, planId: number, input: PlanPublicationBody): Promise<PublicationResult> {
  requirePublisher(actor);
  const plan = await findPlanPublication(ctx.db, planId);
  if (!plan) throw notFound('清单');
  const at = input.isPublished ? (plan.published_at ?? nowIso()) : null;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await setPlanPublication(trx, planId, input.version, at, at ? actor.username : null))) throw versionConflict('清单');
    await writeAudit(trx, actor, {
      action: input.isPublished ? 'publish' : 'unpublish',
      entity: 'plan',
      entityId: planId,
      summary: `${input.isPublished ? '向公众公开' : '取消公开'}清单“${plan.title}”`,
      before: { publishedAt: plan.published_at },
      after: { publishedAt: at },
    });
  });
  return { id: planId, publicAt: at, publicUrl: `/public/plans/${planId}` };
}

/** 公开 an accepted current weekly update's 进展情况 (or withdraw it). A draft, a submitted or returned week cannot be. */
export async function publishUpdate(ctx: AppContext, actor: Actor, updateId: number, input: ItemPublicationBody): Promise<PublicationResult> {
  requirePublisher(actor);
  const u = await findUpdatePublication(ctx.db, updateId);
  if (!u) throw notFound('周报');
  if (input.isPublic && (u.status !== 'accepted' || !u.is_current))
    throw new AppError('CONFLICT', '只有督查室审核通过的周台账（当前版本）才能向公众公开；请先审核通过。');
  const at = input.isPublic ? (u.public_at ?? nowIso()) : null;
  await ctx.db.transaction().execute(async (trx) => {
    await setUpdatePublication(trx, updateId, at, at ? actor.username : null);
    await writeAudit(trx, actor, {
      action: input.isPublic ? 'publish' : 'unpublish',
      entity: 'weekly_update',
      entityId: updateId,
      summary: `${input.isPublic ? '公开' : '取消公开'}项目 ${u.seq} ${u.week} 周台账的进展情况`,
      before: { publicAt: u.public_at },
      after: { publicAt: at },
    });
  });
  return { id: updateId, publicAt: at, publicUrl: `/public/projects/${u.project_id}` };
}

/** 公开 a photo of a weekly update (or withdraw it). Only images; it shows once its update is public too. */
export async function publishAttachment(ctx: AppContext, actor: Actor, attachmentId: number, input: ItemPublicationBody): Promise<PublicationResult> {
  requirePublisher(actor);
  const a = await findAttachmentPublication(ctx.db, attachmentId);
  if (!a || a.update_id === null) throw notFound('附件');
  if (input.isPublic && !a.mime.startsWith('image/')) throw new AppError('BAD_REQUEST', `“${a.file_name}”不是照片，只有照片可以向公众公开。`);
  const at = input.isPublic ? (a.public_at ?? nowIso()) : null;
  await ctx.db.transaction().execute(async (trx) => {
    await setAttachmentPublication(trx, attachmentId, at, at ? actor.username : null);
    await writeAudit(trx, actor, {
      action: input.isPublic ? 'publish' : 'unpublish',
      entity: 'attachment',
      entityId: attachmentId,
      summary: `${input.isPublic ? '公开' : '取消公开'}${a.week ?? ''}周台账照片“${a.file_name}”`,
      before: { publicAt: a.public_at },
      after: { publicAt: at },
    });
  });
  return { id: attachmentId, publicAt: at, publicUrl: `/public/photos/${attachmentId}` };
}
