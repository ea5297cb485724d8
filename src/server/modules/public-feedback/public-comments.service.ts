/** Citizens post comments on a published plan's projects and read the approved ones (issue 12, no login). */
import type { PublicCommentList } from '../../../contract/public-comments.contract';
import type { postPublicCommentBodySchema } from '../../../contract/public-comments.contract';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, notFound } from '../../errors';
import { checkPublicRate } from '../../http/public-rate-limit';
import { bodyHash, checkCommentBody, checkFormToken, checkHoneypot, checkName, checkPhone, issueFormToken, MIN_FILL_SECONDS } from './public-form-guard';
import { findPublicProject, hasCommentWithBody, insertComment, listApprovedComments } from './public-comments.repo';
import { publicCommentView } from './public-comment-views';

/** Comments from one client address: at most this many per window. */
export const COMMENT_RATE = { limit: 5, windowSeconds: 600 };
/** The newest approved comments a project's page shows. */
const PUBLIC_LIST_LIMIT = 100;

type PostCommentInput = z.infer<typeof postPublicCommentBodySchema>;

/** A project of a published plan; else 404 (an unpublished plan's projects do not exist for the public). */
export async function requirePublicProject(ctx: AppContext, projectId: number) {
  const project = await findPublicProject(ctx.db, projectId);
  if (!project) throw notFound('项目');
  return project;
}

export async function listPublicComments(ctx: AppContext, projectId: number): Promise<PublicCommentList> {
  await requirePublicProject(ctx, projectId);
  const items = (await listApprovedComments(ctx.db, projectId, PUBLIC_LIST_LIMIT)).map(publicCommentView);
  return { items, total: items.length };
}

export async function commentFormToken(ctx: AppContext, projectId: number) {
  await requirePublicProject(ctx, projectId);
  return { token: issueFormToken(ctx.config, projectId), minSeconds: MIN_FILL_SECONDS };
}

/** A citizen's comment: guarded (rate, honeypot, fill time, text), stored pending until the 督查室 approves it. */
export async function postPublicComment(ctx: AppContext, projectId: number, input: PostCommentInput, ip: string) {
  const project = await requirePublicProject(ctx, projectId);
  await checkPublicRate(ctx, `comment:${ip}`, COMMENT_RATE.limit, COMMENT_RATE.windowSeconds);
  checkHoneypot(input.website);
  checkFormToken(ctx.config, projectId, input.formToken);
  const body = checkCommentBody(input.body);
  const name = checkName(input.name);
  const phone = checkPhone(input.phone);
  const hash = bodyHash(body);
  if (await hasCommentWithBody(ctx.db, projectId, hash)) throw new AppError('CONFLICT', '相同内容的留言已经提交过了，请勿重复提交。');
  await insertComment(ctx.db, {
    plan_id: project.plan_id,
    project_id: project.id,
    kind: input.kind,
    body,
    body_hash: hash,
    name,
    phone,
    status: 'pending',
    moderated_by: null,
    moderated_at: null,
    reject_reason: null,
    reply: null,
    reply_unit_id: null,
    replied_by: null,
    replied_at: null,
    created_at: nowIso(),
  });
  return { ok: true as const, message: '提交成功！您的留言经审核后将在本页公开，牵头单位会在留言下方答复。' };
}
