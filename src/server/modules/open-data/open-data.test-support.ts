import { adminSession } from '../../test-support/factories';
import type { TestApp } from '../../test-support/test-app';

/** Publish a plan on the public portal the way the 督查室 does (PUT /plans/:id/publication). */
export async function publishPlan(t: TestApp, planId: number): Promise<void> {
  const { version } = await t.ctx.db.selectFrom('plan').select('version').where('id', '=', planId).executeTakeFirstOrThrow();
  const res = await t.as(await adminSession(t), 'PUT', `/api/v1/plans/${planId}/publication`, { isPublished: true, version });
  if (res.statusCode !== 200) throw new Error(`publish plan ${planId}: ${res.statusCode} ${res.body}`);
}
