import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/**
 * 下一年度民生实事 (issue 12, point 6): 征集 (solicitations and the public's proposals with moderation), 候选项目,
 * and the deputies' 票决 (sessions, their frozen candidates, one ballot per deputy enforced by a unique key).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('solicitation'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await withIdColumn(db, db.schema.createTable('proposal'))
    .addColumn('solicitation_id', 'integer', (c) => c.notNull().references('solicitation.id').onDelete('cascade'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('background', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('suggested_unit', 'varchar(200)')
    .addColumn('name', 'varchar(50)')
    .addColumn('phone', 'varchar(20)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('pending'))
    .addColumn('reject_reason', 'text')
    .addColumn('moderated_by', 'varchar(64)')
    .addColumn('moderated_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_solicitation_idx').on('proposal').columns(['solicitation_id', 'status']).execute();

  await withIdColumn(db, db.schema.createTable('vote_candidate'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('lead_unit', 'varchar(200)')
    .addColumn('investment', 'double precision')
    .addColumn('expected_effect', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('proposal_id', 'integer', (c) => c.references('proposal.id').onDelete('set null'))
    .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vote_candidate_year_idx').on('vote_candidate').columns(['year', 'seq']).execute();

  await withIdColumn(db, db.schema.createTable('vote_session'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('choose_count', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('draft'))
    .addColumn('opened_at', 'varchar(32)')
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('published_at', 'varchar(32)')
    .addColumn('tie_break_json', 'text')
    .addColumn('tie_break_note', 'text')
    .addColumn('plan_id', 'integer', (c) => c.references('plan.id').onDelete('set null'))
    .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('vote_session_candidate')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('vote_session.id').onDelete('cascade'))
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('vote_candidate.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('vote_session_candidate_pk', ['session_id', 'candidate_id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('ballot'))
    .addColumn('session_id', 'integer', (c) => c.notNull().references('vote_session.id').onDelete('cascade'))
    .addColumn('deputy_id', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('submitted_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('ballot_session_deputy_uq', ['session_id', 'deputy_id'])
    .execute();

  await db.schema
    .createTable('ballot_choice')
    .addColumn('ballot_id', 'integer', (c) => c.notNull().references('ballot.id').onDelete('cascade'))
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('vote_candidate.id'))
    .addPrimaryKeyConstraint('ballot_choice_pk', ['ballot_id', 'candidate_id'])
    .execute();
  await db.schema.createIndex('ballot_choice_candidate_idx').on('ballot_choice').column('candidate_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['ballot_choice', 'ballot', 'vote_session_candidate', 'vote_session', 'vote_candidate', 'proposal', 'solicitation'])
    await db.schema.dropTable(table).ifExists().execute();
}
