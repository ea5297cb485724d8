import { sql } from 'kysely';
import sharp from 'sharp';
import type { Actor } from '../auth/actor';
import { writeAudit } from '../audit/audit.writer';
import type { AppContext } from '../context';
import { publishAttachment, publishPlan, publishUpdate } from '../modules/portal/publication.service';
import { decideChange, requestTargetChange } from '../modules/targets/change-requests.service';
import { storeUpload } from '../storage/stored-upload';
import { seedDemoPublicFeedback } from './demo-data.public-feedback';
import { at } from './demo-data.steering';

/** The audit action marking that the demo's public portal (published plan, updates, photos, a change) was written. */
export const DEMO_PORTAL_ACTION = 'demo_seed_portal';

/** How many of each project's latest accepted weeks the demo 督查室 published. */
const PUBLISHED_WEEKS = 3;

/** A plain site photo for the demo (a coloured frame with a lighter band: no people, no location). */
const demoSitePhoto = (colour: string) =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: colour } })
    .composite([{ input: { create: { width: 800, height: 160, channels: 3, background: '#dfe6ee' } }, top: 440, left: 0 }])
    .jpeg({ quality: 72 })
    .toBuffer();

/**
 * The demo's public face, by the 督查室's own acts through the services: the plan published; project 1's charger
 * target raised from 110 to 120 座 by an approved change (dated in July, with its reason); the latest accepted weeks
 * of every project published, and two site photos of project 1; then citizens' comments and ratings
 * (demo-data.public-feedback). Written once (marker audit row).
 */
export async function seedDemoPortal(ctx: AppContext, supervisor: string, planId: number, planYear: number): Promise<number> {
  if (await ctx.db.selectFrom('audit_log').select('id').where('action', '=', DEMO_PORTAL_ACTION).executeTakeFirst()) return 0;
  const user = await ctx.db.selectFrom('user').select(['id', 'display_name']).where('username', '=', supervisor).executeTakeFirst();
  if (!user) return 0;
  const actor: Actor = { id: user.id, username: supervisor, displayName: user.display_name, role: 'supervisor', unitId: null, ip: null };

  const plan = await ctx.db.selectFrom('plan').select(['version', 'published_at']).where('id', '=', planId).executeTakeFirstOrThrow();
  if (!plan.published_at) await publishPlan(ctx, actor, planId, { isPublished: true, version: plan.version });

  const first = await ctx.db.selectFrom('project').select('id').where('plan_id', '=', planId).where('seq', '=', 1).executeTakeFirst();
  const charger = first
    ? await ctx.db
        .selectFrom('target')
        .select(['id', 'value'])
        .where('project_id', '=', first.id)
        .where('value', '=', 110)
        .where('unit', '=', '座')
        .executeTakeFirst()
    : undefined;
  if (charger) {
    const request = await requestTargetChange(ctx, actor, charger.id, {
      changes: { value: 120 },
      reason: '群众充电需求旺盛，经区政府同意，在疃里镇、马集镇各增建5座，年度目标由110座调增为120座。',
    });
    await decideChange(ctx, actor, request.id, { approve: true, reason: '同意调增，纳入年度考核。' });
    await sql`update change_request set requested_at = ${at(`${planYear}-07-08`, '10:20')}, decided_at = ${at(`${planYear}-07-10`, '16:00')} where id = ${request.id}`.execute(
      ctx.db,
    );
  }

  let published = 0;
  const updates = await ctx.db
    .selectFrom('weekly_update')
    .innerJoin('project', 'project.id', 'weekly_update.project_id')
    .select(['weekly_update.id', 'weekly_update.week', 'project.id as project_id', 'project.seq'])
    .where('project.plan_id', '=', planId)
    .where('weekly_update.is_current', '=', 1)
    .where('weekly_update.status', '=', 'accepted')
    .orderBy('weekly_update.week', 'desc')
    .execute();
  const shown = new Map<number, number>();
  for (const u of updates) {
    const count = shown.get(u.project_id) ?? 0;
    if (count >= PUBLISHED_WEEKS) continue;
    shown.set(u.project_id, count + 1);
    await publishUpdate(ctx, actor, u.id, { isPublic: true });
    published += 1;
    if (u.seq === 1 && count === 0) {
      for (const [i, colour] of ['#5b8c5a', '#6c8ebf'].entries()) {
        const stored = await storeUpload(ctx, { data: await demoSitePhoto(colour), fileName: `充电桩建设现场${i + 1}.jpg` });
        const row = await ctx.db
          .insertInto('attachment')
          .values({
            update_id: u.id,
            project_id: u.project_id,
            storage_key: stored.storageKey,
            thumb_key: stored.thumbKey,
            file_name: stored.fileName,
            mime: stored.mime,
            size: stored.size,
            uploaded_by: 'demo-u01-staff',
            created_at: at(`${planYear}-10-11`, '16:30'),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await publishAttachment(ctx, actor, row.id, { isPublic: true });
      }
    }
  }
  await seedDemoPublicFeedback(ctx, actor, planId, planYear);
  await writeAudit(ctx.db, actor, {
    action: DEMO_PORTAL_ACTION,
    entity: 'plan',
    entityId: planId,
    summary: `生成演示公众门户：清单已公开，公开 ${published} 条周台账进展和 2 张现场照片`,
  });
  return published;
}
