import type { SteeringContext } from './demo-data.steering';
import { at } from './demo-data.steering';
import { DEMO_MEETINGS } from './demo-data.steering-meetings-data';

/**
 * Write the demo's 例会 (hosted by the lead unit of every listed project) and 专题会议 (called by a leader or the
 * 督查室) with their 交办事项: done with evidence, open, or overdue (deadline before the demo date, still open).
 * Returns how many meetings were written.
 */
export async function writeDemoMeetings(sc: SteeringContext, supervisor: string): Promise<number> {
  let count = 0;
  for (const m of DEMO_MEETINGS) {
    if (!sc.isInScenario(m.date)) continue;
    const hostUnitId = m.kind === 'weekly' ? sc.unitId(m.hostUnit ?? '') : undefined;
    if (m.kind === 'weekly' && hostUnitId === undefined) continue;
    // a weekly meeting lists only projects its unit leads, as the meetings service requires
    const projects = m.projects
      .map((k) => sc.projectBy(k))
      .filter((p): p is NonNullable<typeof p> => p !== undefined && (hostUnitId === undefined || p.leadUnitIds.includes(hostUnitId)));
    if (projects.length === 0) continue;
    const createdBy = hostUnitId !== undefined ? sc.userOf(hostUnitId) : m.by === 'supervisor' || m.by === undefined ? supervisor : m.by;
    const created = at(m.date, m.kind === 'weekly' ? '17:30' : '18:10');
    const row = await sc.trx
      .insertInto('meeting')
      .values({
        plan_id: sc.planId,
        kind: m.kind,
        date: m.date,
        host: m.host,
        host_unit_id: hostUnitId ?? null,
        attendees: m.attendees,
        minutes: m.minutes,
        created_by: createdBy,
        created_at: created,
        updated_at: created,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sc.trx
      .insertInto('meeting_project')
      .values(projects.map((p) => ({ meeting_id: row.id, project_id: p.id })))
      .execute();
    const items = m.items.flatMap((item) => {
      const project = item.project ? projects.find((p) => p.name.includes(item.project ?? '')) : undefined;
      const ownerId = item.owner === 'lead' ? project?.leadUnitIds[0] : sc.unitId(item.owner);
      if (ownerId === undefined || (item.project && !project)) return [];
      const done = item.done && item.done.on < sc.demoDate ? item.done : null;
      return [
        {
          meeting_id: row.id,
          project_id: project?.id ?? null,
          owner_unit_id: ownerId,
          title: item.title,
          deadline: item.deadline,
          status: done ? ('done' as const) : ('open' as const),
          closing_evidence: done?.evidence ?? null,
          closed_at: done ? at(done.on, '16:50') : null,
          closed_by: done ? (done.bySupervisor ? supervisor : sc.userOf(ownerId)) : null,
          version: done ? 2 : 1,
          created_at: created,
        },
      ];
    });
    if (items.length) await sc.trx.insertInto('action_item').values(items).execute();
    count += 1;
  }
  return count;
}
