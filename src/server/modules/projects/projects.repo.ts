import type { Kysely } from 'kysely';
import { likePattern, sql } from '../../db/dialect';
import type { DB } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

export interface UnitRef {
  id: number;
  name: string;
  role: 'lead' | 'co';
}

export interface ProjectFilter {
  q?: string;
  unitId?: number;
  role?: 'lead' | 'co';
}

const projectColumns = [
  'project.id',
  'project.plan_id as planId',
  'project.seq',
  'project.name',
  'project.content',
  'project.deadline',
  'project.liaison_name as liaisonName',
  'project.liaison_phone as liaisonPhone',
  'project.version',
] as const;

export type ProjectRecord = Awaited<ReturnType<typeof listProjectRows>>[number];

/** Active projects of a plan in notice order, optionally by text and by unit (lead/co). */
export function listProjectRows(db: Kysely<DB>, planId: number, filter: ProjectFilter = {}) {
  let q = db.selectFrom('project').select(projectColumns).where('project.plan_id', '=', planId).where('project.status', '=', 'active');
  if (filter.q) {
    const pattern = likePattern(filter.q);
    q = q.where((eb) => eb.or([eb(sql`project.name`, 'like', sql`${pattern} escape '\\'`), eb(sql`project.content`, 'like', sql`${pattern} escape '\\'`)]));
  }
  if (filter.unitId !== undefined) {
    const unitId = filter.unitId;
    q = q.where('project.id', 'in', (eb) => {
      let sub = eb.selectFrom('project_unit').select('project_unit.project_id').where('project_unit.unit_id', '=', unitId);
      if (filter.role) sub = sub.where('project_unit.role', '=', filter.role);
      return sub;
    });
  }
  return q.orderBy('project.seq').execute();
}

export function findProjectRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('project').select(projectColumns).where('project.id', '=', id).where('project.status', '=', 'active').executeTakeFirst();
}

/** Units of the given projects, lead units first, each in the order of the notice. */
export async function loadProjectUnits(db: Kysely<DB>, projectIds: number[]): Promise<Map<number, UnitRef[]>> {
  const byProject = new Map<number, UnitRef[]>();
  if (projectIds.length === 0) return byProject;
  const rows = await db
    .selectFrom('project_unit')
    .innerJoin('unit', 'unit.id', 'project_unit.unit_id')
    .select(['project_unit.project_id as projectId', 'unit.id', 'unit.name', 'project_unit.role'])
    .where('project_unit.project_id', 'in', projectIds)
    .orderBy('project_unit.project_id')
    .orderBy('project_unit.role', 'desc')
    .orderBy('project_unit.sort_order')
    .execute();
  for (const row of rows) {
    const list = byProject.get(row.projectId) ?? [];
    list.push({ id: row.id, name: row.name, role: row.role });
    byProject.set(row.projectId, list);
  }
  return byProject;
}

export async function updateLiaison(
  db: Kysely<DB>,
  id: number,
  values: { liaisonName: string | null; liaisonPhone: string | null },
  expectedVersion: number,
): Promise<boolean> {
  return updateVersioned(db, 'project', id, expectedVersion, { liaison_name: values.liaisonName, liaison_phone: values.liaisonPhone });
}
