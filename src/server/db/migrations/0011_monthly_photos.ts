import type { Kysely } from 'kysely';

/** Photos chosen for a monthly report (filled by the monthly-photos work). */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
