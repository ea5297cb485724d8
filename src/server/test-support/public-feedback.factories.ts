import crypto from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { issueFormToken } from '../modules/public-feedback/public-form-guard';
import { publishPlan } from '../modules/portal/publication.service';
import { buildPlan, type BuiltPlan, officeActor, type ProjectSpec } from './factories';
import type { Session, TestApp } from './test-app';

/**
 * Citizens for the public feedback tests (issue 12): a published plan, and an anonymous browser with an address of
 * its own (so one test's rate buckets never touch another's) that keeps the cookies the server sets.
 */

/** A plan the 督查室 has published (plan.published_at set): its projects are public. */
export async function buildPublishedPlan(t: TestApp, opts: { projects?: ProjectSpec[]; year?: number } = {}): Promise<BuiltPlan> {
  const plan = await buildPlan(t, opts);
  const { version } = await t.ctx.db.selectFrom('plan').select('version').where('id', '=', plan.planId).executeTakeFirstOrThrow();
  await publishPlan(t.ctx, await officeActor(t), plan.planId, { isPublished: true, version });
  return plan;
}

export interface Citizen {
  ip: string;
  /** a request without login from this citizen's address, with the cookies it was given */
  send(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  /** a comment with a form token issued a minute ago (the minimum fill time has passed) */
  comment(projectId: number, body: Record<string, unknown>): Promise<LightMyRequestResponse>;
  /** forget the cookies (a cleared browser) */
  clearCookies(): void;
}

/** A citizen at a random address (10.x.y.z). */
export function citizen(t: TestApp, ip = `10.${[0, 0, 0].map(() => crypto.randomInt(1, 250)).join('.')}`): Citizen {
  let cookies = new Map<string, string>();
  const send: Citizen['send'] = async (method, url, payload) => {
    const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.inject({
      method,
      url,
      remoteAddress: ip,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: cookie ? { cookie } : {},
    });
    for (const c of res.cookies) cookies.set(c.name, c.value);
    return res;
  };
  return {
    ip,
    send,
    comment: (projectId, body) =>
      send('POST', `/api/v1/public/projects/${projectId}/comments`, {
        formToken: issueFormToken(t.config, projectId, Date.now() - 60_000),
        ...body,
      }),
    clearCookies: () => {
      cookies = new Map();
    },
  };
}

/**
 * For the route matrix: publish the plan, then on the project a citizen's comment the 督查室 approved and a
 * 不满意 rating with a reason (its 回访整改 task for the lead unit).
 */
export async function buildPublicFeedbackRecords(t: TestApp, office: Session, planId: number, projectId: number) {
  // published without moving the plan's version on: other cases of the matrix send the version the world read
  await t.ctx.db.updateTable('plan').set({ published_at: new Date().toISOString(), published_by: 'admin' }).where('id', '=', planId).execute();
  const anon = citizen(t);
  const posted = await anon.comment(projectId, { kind: 'suggestion', body: '建议在小区门口增加充电桩', name: '王五', phone: '13700001234' });
  if (posted.statusCode !== 200) throw new Error(`world: comment → ${posted.statusCode} ${posted.body}`);
  const comment = await t.ctx.db.selectFrom('public_comment').select('id').where('project_id', '=', projectId).executeTakeFirstOrThrow();
  const approved = await t.as(office, 'POST', `/api/v1/public-comments/${comment.id}/approve`, {});
  if (approved.statusCode !== 200) throw new Error(`world: approve → ${approved.statusCode} ${approved.body}`);
  const rated = await anon.send('POST', `/api/v1/public/projects/${projectId}/ratings`, { rating: 'unsatisfied', reason: '进度太慢' });
  if (rated.statusCode !== 200) throw new Error(`world: rating → ${rated.statusCode} ${rated.body}`);
  const followUp = await t.ctx.db.selectFrom('rating_follow_up').select('id').where('project_id', '=', projectId).executeTakeFirstOrThrow();
  return { publicCommentId: comment.id, followUpId: followUp.id, commentFormToken: issueFormToken(t.config, projectId, Date.now() - 60_000) };
}
