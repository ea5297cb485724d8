import sharp from 'sharp';
import { expect, it } from 'vitest';
import { shanghaiDate, addDays } from '../../../domain/calendar';
import { describeEachDialect, multipartFile } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';
import { adminSession, buildProject, buildUnitUser, uniqueSuffix } from '../../test-support/factories';
import { buildLeader, buildMeeting, closeActionItem } from '../../test-support/steering.factories';

describeEachDialect('meetings and action items', (t) => {
  const today = shanghaiDate(new Date());

  /**
   * A project of its own shaped like the sample's project 1: led by an 经发局, co-run by two towns (疃里镇, 马集镇);
   * a user of the lead unit and of the first town, and a leader.
   */
  async function setup() {
    const admin = await adminSession(t());
    const s = uniqueSuffix();
    // a plan of the running year: its action items are judged overdue by today (a past year's by its last day)
    const project = await buildProject(t(), { year: Number(today.slice(0, 4)), lead: `区经济发展局${s}`, co: [`疃里镇${s}`, `马集镇${s}`] });
    const econId = project.leadUnitId;
    const townId = project.coUnits[0]!.id;
    const econ = await buildUnitUser(t(), econId);
    const town = await buildUnitUser(t(), townId);
    const leader = await buildLeader(t());
    return { admin, project, p1: project.id, planId: project.planId, econId, townId, majieId: project.coUnits[1]!.id, econ, town, leader };
  }

  /** The lead unit's weekly meeting on its project: an overdue action item for itself, an open one for the town. */
  const weeklyMeeting = (p1: number, econId: number, townId: number) => ({
    kind: 'weekly' as const,
    date: '2024-06-03',
    host: '张局长',
    attendees: '经发局全体',
    minutes: '研究充电桩建设进度',
    projectIds: [p1],
    actionItems: [
      { title: '协调电力接入', ownerUnitId: econId, deadline: addDays(today, -3), projectId: p1 },
      { title: '上报选址方案', ownerUnitId: townId, deadline: addDays(today, 10) },
    ],
  });

  /** The same, with that weekly meeting recorded by the lead unit. */
  async function withMeeting() {
    const s = await setup();
    const meeting = await buildMeeting(t(), s.econ, s.planId, weeklyMeeting(s.p1, s.econId, s.townId));
    const [overdueId, openId] = meeting.actionItems.map((i) => i.id) as [number, number];
    return { ...s, meetingId: meeting.id, overdueId, openId };
  }

  it('a lead unit records its weekly meeting with two action items; the list keeps the contract shape', async () => {
    const { admin, econ, town, p1, planId, econId, townId } = await setup();
    const res = await t().as(econ, 'POST', `/api/v1/plans/${planId}/meetings`, weeklyMeeting(p1, econId, townId));
    expect(res.statusCode).toBe(200);
    const meetingId = res.json().id;
    expect(res.json()).toMatchObject({ kind: 'weekly', date: '2024-06-03', host: '张局长', hostUnitId: econId, projectIds: [p1] });
    const [overdueId, openId] = res.json().actionItems.map((i: { id: number }) => i.id);

    const list = await t().as(admin, 'GET', `/api/v1/plans/${planId}/meetings`);
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items).toHaveLength(1);
    const m = body.items[0];
    expect(m).toMatchObject({ id: meetingId, date: '2024-06-03', kind: 'weekly' });
    expect(m.actionItems).toEqual([
      expect.objectContaining({ id: overdueId, status: 'overdue', deadline: addDays(today, -3) }),
      expect.objectContaining({ id: openId, status: 'open', deadline: addDays(today, 10) }),
    ]);
    for (const item of m.actionItems) expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'status', 'deadline']));
    expect((await t().as(town, 'GET', `/api/v1/meetings/${meetingId}`)).statusCode).toBe(200);
  });

  it("refuses a weekly meeting on another unit's project, a topic meeting by a unit, and incomplete action items", async () => {
    const { econ, town, leader, p1, planId, econId } = await setup();
    const base = { date: '2024-06-05', host: '王镇长', attendees: '', minutes: '', projectIds: [p1], actionItems: [] };
    const other = await t().as(town, 'POST', `/api/v1/plans/${planId}/meetings`, { ...base, kind: 'weekly' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toContain('不是本单位主办的项目');
    expect((await t().as(econ, 'POST', `/api/v1/plans/${planId}/meetings`, { ...base, kind: 'topic' })).statusCode).toBe(403);
    const noOwner = await t().as(leader, 'POST', `/api/v1/plans/${planId}/meetings`, {
      ...base,
      kind: 'topic',
      actionItems: [{ title: '研究用地', deadline: '2024-07-01' }],
    });
    expect(noOwner.statusCode).toBe(400);
    expect(noOwner.json().error.message).toContain('缺少责任单位');
    const noDeadline = await t().as(leader, 'POST', `/api/v1/plans/${planId}/meetings`, {
      ...base,
      kind: 'topic',
      actionItems: [{ title: '研究用地', ownerUnitId: econId }],
    });
    expect(noDeadline.statusCode).toBe(400);
    expect(noDeadline.json().error.message).toContain('缺少办结时限');
    const topic = await t().as(leader, 'POST', `/api/v1/plans/${planId}/meetings`, {
      ...base,
      kind: 'topic',
      actionItems: [{ title: '研究用地', ownerUnitId: econId, deadline: '2099-01-01' }],
    });
    expect(topic.statusCode).toBe(200);
    expect(topic.json()).toMatchObject({ kind: 'topic', hostUnitId: null });
  });

  it('closes an action item only with evidence and only by the owner unit or the 督查室', async () => {
    const { econ, town, overdueId } = await withMeeting();
    const otherUnit = await t().as(town, 'POST', `/api/v1/action-items/${overdueId}/close`, { evidence: '已完成' });
    expect(otherUnit.statusCode).toBe(403);
    const noEvidence = await t().as(econ, 'POST', `/api/v1/action-items/${overdueId}/close`, { evidence: '  ' });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().error.message).toContain('佐证');
    const closed = await t().as(econ, 'POST', `/api/v1/action-items/${overdueId}/close`, { evidence: '电力接入已完成，附供电公司回函' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'done', closedBy: econ.username, closingEvidence: '电力接入已完成，附供电公司回函' });
    expect((await t().as(econ, 'POST', `/api/v1/action-items/${overdueId}/close`, { evidence: '再次' })).statusCode).toBe(409);
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'action_item')
      .where('entity_id', '=', String(overdueId))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['close']);
  });

  it("lists my unit's action items with the overdue ones first", async () => {
    const { admin, econ, town, leader, p1, planId, econId, townId, overdueId } = await withMeeting();
    // the lead unit has closed its overdue item, and a leader's topic meeting gave it another, open one
    await closeActionItem(t(), econ, overdueId, '电力接入已完成，附供电公司回函');
    await buildMeeting(t(), leader, planId, {
      kind: 'topic',
      date: '2024-06-05',
      host: '王镇长',
      attendees: '',
      minutes: '',
      projectIds: [p1],
      actionItems: [{ title: '研究用地', ownerUnitId: econId, deadline: '2099-01-01' }],
    });
    // a second, overdue item for the town so the order is visible
    await t().as(admin, 'POST', `/api/v1/plans/${planId}/meetings`, {
      kind: 'topic',
      date: '2024-06-06',
      host: '督查室',
      attendees: '',
      minutes: '',
      projectIds: [],
      actionItems: [{ title: '补报材料', ownerUnitId: townId, deadline: addDays(today, -1) }],
    });
    const mine = (await t().as(town, 'GET', '/api/v1/me/action-items')).json();
    expect(mine.items.map((i: { status: string; title: string }) => [i.status, i.title])).toEqual([
      ['overdue', '补报材料'],
      ['open', '上报选址方案'],
    ]);
    const econItems = (await t().as(econ, 'GET', '/api/v1/me/action-items')).json();
    expect(econItems.items.map((i: { status: string }) => i.status)).toEqual(['open', 'done']);
    expect((await t().as(admin, 'GET', '/api/v1/me/action-items')).json().items).toEqual([]);
  });

  it('shows an overdue item to its owner, the host unit and the 督查室 only, with canClose for owner and 督查室', async () => {
    const { admin, econ, town, leader, p1, planId, townId, majieId } = await setup();
    const majie = await buildUnitUser(t(), majieId);
    const created = await t().as(econ, 'POST', `/api/v1/plans/${planId}/meetings`, {
      kind: 'weekly',
      date: '2024-06-10',
      host: '张局长',
      attendees: '',
      minutes: '',
      projectIds: [p1],
      actionItems: [{ title: '清理占道', ownerUnitId: townId, deadline: addDays(today, -2), projectId: p1 }],
    });
    expect(created.statusCode).toBe(200);
    const id = created.json().id;
    const itemsSeenBy = async (s: Session) => {
      const list = (await t().as(s, 'GET', `/api/v1/plans/${planId}/meetings`)).json();
      return list.items.find((m: { id: number }) => m.id === id)?.actionItems as { status: string; permissions: { canClose: boolean } }[] | undefined;
    };
    expect(await itemsSeenBy(town)).toEqual([expect.objectContaining({ status: 'overdue', permissions: { canClose: true } })]);
    expect(await itemsSeenBy(econ)).toEqual([expect.objectContaining({ status: 'overdue', permissions: { canClose: false } })]);
    expect(await itemsSeenBy(admin)).toEqual([expect.objectContaining({ status: 'overdue', permissions: { canClose: true } })]);
    expect(await itemsSeenBy(leader)).toEqual([expect.objectContaining({ status: 'overdue', permissions: { canClose: false } })]);
    // 马集镇 co-runs the project, so it reads the meeting, but not another unit's action item
    expect(await itemsSeenBy(majie)).toEqual([]);
    const detail = (await t().as(majie, 'GET', `/api/v1/meetings/${id}`)).json();
    expect(detail.actionItems).toEqual([]);
    expect(detail.permissions.canEdit).toBe(false);
    expect((await t().as(majie, 'GET', '/api/v1/me/action-items')).json().items).toEqual([]);
    const done = (await t().as(town, 'GET', '/api/v1/me/action-items')).json().items.find((i: { title: string }) => i.title === '清理占道');
    expect(done).toMatchObject({ status: 'overdue', permissions: { canClose: true }, meeting: { id, kind: 'weekly' } });
  });

  it('keeps minutes scans and photos on a meeting: type by content, 10 MB, only the recorder/host/督查室 add or remove', async () => {
    const { econ, town, p1, meetingId } = await withMeeting();
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#48c' } })
      .jpeg()
      .toBuffer();
    const up = (s: Session, name: string, data: Buffer) => {
      const { payload, headers } = multipartFile(name, data);
      return t().as(s, 'POST', `/api/v1/meetings/${meetingId}/attachments`, payload, headers);
    };
    const ok = await up(econ, '会议纪要.jpg', photo);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ fileName: '会议纪要.jpg', isImage: true, url: `/api/v1/meeting-attachments/${ok.json().id}` });
    expect((await t().as(econ, 'GET', ok.json().thumbUrl)).statusCode).toBe(200);
    const file = await t().as(town, 'GET', ok.json().url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    const exe = await up(econ, 'scan.jpg', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 1)]));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.message).toContain('不是支持的格式');
    expect((await up(econ, 'big.jpg', Buffer.concat([photo.subarray(0, 3), Buffer.alloc(11 * 1024 * 1024)]))).statusCode).toBe(413);
    expect((await up(town, 'x.jpg', photo)).statusCode).toBe(403);
    const detail = (await t().as(econ, 'GET', `/api/v1/meetings/${meetingId}`)).json();
    expect(detail).toMatchObject({ permissions: { canEdit: true }, attachments: [expect.objectContaining({ fileName: '会议纪要.jpg' })] });
    // a unit with no part in the meeting reads neither the meeting nor its files
    const p1Units = (await t().ctx.db.selectFrom('project_unit').select('unit_id').where('project_id', '=', p1).execute()).map((r) => r.unit_id);
    const outsider = await t().ctx.db.selectFrom('unit').select('id').where('id', 'not in', p1Units).orderBy('id').executeTakeFirstOrThrow();
    const stranger = await buildUnitUser(t(), outsider.id);
    expect((await t().as(stranger, 'GET', `/api/v1/meetings/${meetingId}`)).statusCode).toBe(404);
    expect((await t().as(stranger, 'GET', ok.json().url)).statusCode).toBe(404);
    expect((await t().as(town, 'DELETE', ok.json().url)).statusCode).toBe(403);
    expect((await t().as(econ, 'DELETE', ok.json().url)).statusCode).toBe(200);
    expect((await t().as(econ, 'GET', `/api/v1/meetings/${meetingId}`)).json().attachments).toEqual([]);
  });
});
