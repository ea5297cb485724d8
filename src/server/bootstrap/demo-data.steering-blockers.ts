import { addWorkingDays, buildCalendar, CHINA_HOLIDAY_SCHEDULES } from '../../domain/workdays';
import type { BlockerStatus, GreenChannelStatus } from '../db/schema';
import type { SteeringContext } from './demo-data.steering';
import { at } from './demo-data.steering';
import type { DemoRequest } from './demo-data.steering-blockers-data';
import { DEMO_BLOCKERS } from './demo-data.steering-blockers-data';

/** The calendar the blockers service counts green-channel deadlines with. */
const calendar = buildCalendar(CHINA_HOLIDAY_SCHEDULES);

function requestStatus(r: DemoRequest, demoDate: string): GreenChannelStatus {
  if (r.closedOn && r.closedOn < demoDate) return 'closed';
  if (r.answer && r.answer.on < demoDate) return 'answered';
  if (r.acceptedOn && r.acceptedOn < demoDate) return 'accepted';
  return 'requested';
}

/** Write the demo's blockers with their green-channel requests; returns scenario key → blocker id. */
export async function writeDemoBlockers(sc: SteeringContext, supervisor: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const b of DEMO_BLOCKERS) {
    const project = sc.projectBy(b.project);
    const lead = project?.leadUnitIds[0];
    if (!project || lead === undefined || !sc.isInScenario(b.raisedOn)) continue;
    const staff = sc.userOf(lead);
    // a green channel goes only to a co-unit actually on the project, and only once it was due to be asked
    const requests = b.requests.flatMap((r) => {
      const unitId = sc.unitId(r.coUnit);
      return unitId !== undefined && project.coUnitIds.includes(unitId) && r.on < sc.demoDate && r.on >= b.raisedOn ? [{ ...r, unitId }] : [];
    });
    const updateId = b.week ? await sc.updateOf(project.id, b.week) : undefined;
    const escalatedOn = b.escalatedOn && b.escalatedOn < sc.demoDate ? b.escalatedOn : null;
    const finish = b.finish && b.finish.on < sc.demoDate ? b.finish : null;
    const status: BlockerStatus = finish ? finish.outcome : requests.length || escalatedOn ? 'in_progress' : 'open';
    const firstRequest = requests[0]?.on;
    // each change bumps the version as the service does: the first request only while the blocker is still open
    const version = 1 + (escalatedOn ? 1 : 0) + (finish ? 1 : 0) + (firstRequest && (!escalatedOn || firstRequest <= escalatedOn) ? 1 : 0);
    const row = await sc.trx
      .insertInto('blocker')
      .values({
        project_id: project.id,
        update_id: updateId ?? null,
        kind: b.kind,
        description: b.description,
        needed_from: b.neededFrom,
        raised_by: staff,
        raised_at: at(b.raisedOn, b.time ?? '10:15'),
        status,
        resolution: finish?.text ?? null,
        resolved_at: finish ? at(finish.on, '17:10') : null,
        resolved_by: finish ? (finish.bySupervisor ? supervisor : staff) : null,
        escalated_to_leader: escalatedOn ? 1 : 0,
        escalated_at: escalatedOn ? at(escalatedOn, '09:40') : null,
        version,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(b.key, row.id);
    for (const r of requests) {
      const requestState = requestStatus(r, sc.demoDate);
      const isAnswered = requestState === 'answered' || requestState === 'closed';
      await sc.trx
        .insertInto('green_channel_request')
        .values({
          blocker_id: row.id,
          co_unit_id: r.unitId,
          request_text: r.text,
          requested_by: staff,
          requested_at: at(r.on, '14:20'),
          due_date: addWorkingDays(calendar, r.on, r.dueDays ?? 3),
          status: requestState,
          answer: isAnswered ? (r.answer?.text ?? null) : null,
          answered_at: isAnswered && r.answer ? at(r.answer.on, '15:30') : null,
          answered_by: isAnswered ? sc.userOf(r.unitId) : null,
          version: { requested: 1, accepted: 2, answered: r.acceptedOn ? 3 : 2, closed: r.acceptedOn ? 4 : 3 }[requestState],
        })
        .execute();
    }
  }
  return ids;
}
