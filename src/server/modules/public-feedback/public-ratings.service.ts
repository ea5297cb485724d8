/** Citizens rate a published plan's project once per person, project and period (issue 12, no login). */
import type { z } from 'zod';
import type { postRatingBodySchema } from '../../../contract/satisfaction.contract';
import { writeAudit } from '../../audit/audit.writer';
import { systemActor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest } from '../../errors';
import { checkPublicRate } from '../../http/public-rate-limit';
import { planAsOfOf } from '../plans/plan-as-of.service';
import { requirePublicProject } from './public-comments.service';
import { enqueueNotification } from '../notifications/enqueue';
import { addressHash, voterHash } from './public-form-guard';
import { countAddressRatings, hasVoterRated, insertFollowUp, insertRating } from './satisfaction.repo';

/** Ratings from one client address across projects, per window. */
export const RATING_RATE = { limit: 30, windowSeconds: 3600 };
/** Ratings of one project in one period from one client address (a family or an office shares one). */
export const RATING_ADDRESS_CAP = 10;

/** The period a day falls in: the quarter of the plan year (2024-10-08 → 2024-Q4). */
export const periodOfDay = (day: string) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;

/** 2024-Q4 → 2024年第4季度 */
export const periodLabel = (period: string) => `${period.slice(0, 4)}年第${period.slice(6)}季度`;

/** The period a plan rates in now: the quarter of its as-of date (a finished year rates in its last quarter). */
export async function currentPeriodOf(ctx: AppContext, planId: number): Promise<string> {
  return periodOfDay((await planAsOfOf(ctx, planId)).asOf);
}

const alreadyRated = (period: string) => new AppError('CONFLICT', `您在${periodLabel(period)}已经评价过这个项目了，每人每季度只能评价一次，感谢您的参与。`);

type RatingInput = z.infer<typeof postRatingBodySchema>;

/**
 * One rating: the voter (signed cookie id) once per project and period, at most RATING_ADDRESS_CAP from one address.
 * A 不满意 with a reason becomes a 回访整改 follow-up for the project's lead unit.
 */
export async function postRating(ctx: AppContext, projectId: number, input: RatingInput, client: { ip: string; voterId: string }) {
  const project = await requirePublicProject(ctx, projectId);
  await checkPublicRate(ctx, `rating:${client.ip}`, RATING_RATE.limit, RATING_RATE.windowSeconds);
  const reason = (input.reason ?? '').trim() || null;
  if (reason && [...reason].length > 300) throw badRequest('评价理由不能超过 300 字，请精简后再提交。', { field: 'reason' });
  const period = await currentPeriodOf(ctx, project.plan_id);
  const voter = voterHash(ctx.config, client.voterId);
  const address = addressHash(ctx.config, client.ip);
  if (await hasVoterRated(ctx.db, project.id, period, voter)) throw alreadyRated(period);
  if ((await countAddressRatings(ctx.db, project.id, period, address)) >= RATING_ADDRESS_CAP)
    throw new AppError('RATE_LIMITED', `同一网络在${periodLabel(period)}对这个项目的评价已达上限，请下个季度再来评价。`);

  // the follow-up goes to the first lead unit (主办, in the notice's order)
  const leadUnit = project.lead_units[0];
  const followUp = input.rating === 'unsatisfied' && reason !== null && leadUnit !== undefined;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const now = nowIso();
      const ratingId = await insertRating(trx, {
        plan_id: project.plan_id,
        project_id: project.id,
        period,
        rating: input.rating,
        reason,
        voter_hash: voter,
        ip_hash: address,
        created_at: now,
      });
      if (!followUp) return;
      const id = await insertFollowUp(trx, {
        plan_id: project.plan_id,
        project_id: project.id,
        rating_id: ratingId,
        unit_id: leadUnit!.id,
        period,
        reason: reason!,
        status: 'open',
        response: null,
        closed_by: null,
        closed_at: null,
        created_at: now,
      });
      await writeAudit(trx, systemActor('群众评价'), {
        action: 'create',
        entity: 'rating_follow_up',
        entityId: id,
        summary: `群众不满意评价转回访整改（项目 ${project.seq}，${periodLabel(period)}）`,
        after: { projectId: project.id, unitId: leadUnit!.id, period, reason },
      });
      await enqueueNotification(trx, {
        kind: 'satisfaction_follow_up',
        entityId: project.id,
        projectId: project.id,
        title: `项目 ${project.seq} 收到群众不满意评价，请回访整改`,
        body: `“${project.name}”${periodLabel(period)}收到不满意评价：${reason}。请回访并填写处理情况。`,
        link: `/plans/${project.plan_id}/satisfaction`,
        recipients: { unitIds: [leadUnit!.id], roles: ['supervisor'] },
        createdBy: 'system:群众评价',
      });
    });
  } catch (error) {
    // the unique (project, period, voter) index settles two clicks at once
    if (await hasVoterRated(ctx.db, project.id, period, voter)) throw alreadyRated(period);
    throw error;
  }
  const message = followUp ? '感谢您的评价！您反映的问题已转牵头单位回访整改。' : '感谢您的评价！';
  return { ok: true as const, period, message };
}
