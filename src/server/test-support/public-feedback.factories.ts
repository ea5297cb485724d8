import crypto from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { issueFormToken } from '../modules/public-feedback/public-form-guard';
import { buildPlan, type BuiltPlan, type ProjectSpec } from './factories';
import type { TestApp } from './test-app';

/**
 * Citizens for the public feedback tests (issue 12): a published plan, and an anonymous browser with an address of
 * its own (so one test's rate buckets never touch another's) that keeps the cookies the server sets.
 */

/** A plan the 督查室 has published (plan.published_at set): its projects are public. */
export async function buildPublishedPlan(t: TestApp, opts: { projects?: ProjectSpec[]; year?: number } = {}): Promise<BuiltPlan> {
  const plan = await buildPlan(t, opts);
  await t.ctx.db.updateTable('plan').set({ published_at: new Date().toISOString(), published_by: 'admin' }).where('id', '=', plan.planId).execute();
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
