import type { TestApp } from '../../test-support/test-app';

/** Publish a plan on the public portal as the 督查室 would (TEMP until the portal's publish service is merged). */
export async function publishPlan(t: TestApp, planId: number): Promise<void> {
  await t.ctx.db.updateTable('plan').set({ published_at: new Date().toISOString(), published_by: 'admin' }).where('id', '=', planId).execute();
}
