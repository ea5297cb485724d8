import type { Insertable, Kysely, Updateable } from 'kysely';
import type { BulletinTable, DB } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

/** The bulletin columns the service reads (its view, the .docx, the edit checks); not the timestamps. */
const bulletinColumns = ['id', 'plan_id', 'month', 'status', 'doc_number', 'title', 'body_json', 'issued_at', 'issued_by', 'created_by', 'version'] as const;

export type BulletinRecord = NonNullable<Awaited<ReturnType<typeof findBulletin>>>;

/** One bulletin by id, draft or issued; undefined when there is none. */
export function findBulletin(db: Kysely<DB>, id: number) {
  return db.selectFrom('bulletin').select(bulletinColumns).where('id', '=', id).executeTakeFirst();
}

/** A plan's bulletins, newest month first; with `issuedOnly`, drafts are left out. */
export function listBulletinRows(db: Kysely<DB>, planId: number, issuedOnly: boolean) {
  let query = db.selectFrom('bulletin').select(['id', 'month', 'status']).where('plan_id', '=', planId).orderBy('month', 'desc');
  if (issuedOnly) query = query.where('status', '=', 'issued');
  return query.execute();
}

/** The plan's bulletin of a month (at most one: draft or issued), if any. */
export function findBulletinOfMonth(db: Kysely<DB>, planId: number, month: string) {
  return db.selectFrom('bulletin').select(['id', 'status']).where('plan_id', '=', planId).where('month', '=', month).executeTakeFirst();
}

/** Inserts a bulletin and returns its id. */
export async function insertBulletin(db: Kysely<DB>, values: Insertable<BulletinTable>): Promise<number> {
  const created = await db.insertInto('bulletin').values(values).returning('id').executeTakeFirstOrThrow();
  return created.id;
}

/** Changes a bulletin while it is still a draft at the expected version; false on a conflict or once issued. */
export function updateDraftBulletin(db: Kysely<DB>, id: number, changes: Updateable<BulletinTable>, expectedVersion: number): Promise<boolean> {
  return updateVersioned(db, 'bulletin', id, expectedVersion, changes, { where: (eb) => eb('status', '=', 'draft') });
}

/** The month's reports of a plan's projects, with what the bulletin draft reads of them (lateness, first lines). */
export function listMonthReportsForBulletin(db: Kysely<DB>, planId: number, month: string) {
  return db
    .selectFrom('monthly_report')
    .innerJoin('project', 'project.id', 'monthly_report.project_id')
    .select([
      'monthly_report.project_id',
      'monthly_report.submitted_at',
      'monthly_report.is_late',
      'monthly_report.status',
      'monthly_report.progress_text',
      'monthly_report.problems_text',
    ])
    .where('project.plan_id', '=', planId)
    .where('monthly_report.month', '=', month)
    .execute();
}
