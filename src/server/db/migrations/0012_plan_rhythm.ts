import type { Kysely } from 'kysely';

/** Per-plan reporting deadlines (filled by the plan-rhythm work). */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
