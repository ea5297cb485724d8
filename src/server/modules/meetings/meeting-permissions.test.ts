import { expect, it } from 'vitest';
import { adminSession, buildProject, buildUnitUser, uniqueSuffix } from '../../test-support/factories';
import { buildLeader } from '../../test-support/steering.factories';
import { describeEachDialect } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';

describeEachDialect('meetings: what the list says the user may record', (t) => {
  const listOf = async (s: Session, planId: number) => (await t().as(s, 'GET', `/api/v1/plans/${planId}/meetings`)).json();

  it('gives a lead unit 周例会 on its projects, a co-unit that leads nothing no 记录会议, leaders and the 督查室 专题会议', async () => {
    const s = uniqueSuffix();
    const project = await buildProject(t(), { lead: `区经济发展局${s}`, co: [`疃里镇${s}`] });
    const econ = await buildUnitUser(t(), project.leadUnitId);
    const town = await buildUnitUser(t(), project.coUnits[0]!.id);
    const leader = await buildLeader(t());
    const admin = await adminSession(t());

    const byLead = await listOf(econ, project.planId);
    expect(byLead.permissions).toEqual({ canRecord: true, canRecordWeekly: true, canRecordTopic: false });
    expect(byLead.recordableProjectIds).toEqual([project.id]);

    // the town co-runs the project but leads none: it may record no meeting (the server would refuse one)
    const byTown = await listOf(town, project.planId);
    expect(byTown.permissions).toEqual({ canRecord: false, canRecordWeekly: false, canRecordTopic: false });
    expect(byTown.recordableProjectIds).toEqual([]);
    const refused = await t().as(town, 'POST', `/api/v1/plans/${project.planId}/meetings`, {
      kind: 'weekly',
      date: '2024-06-03',
      host: '镇长',
      projectIds: [project.id],
    });
    expect(refused.statusCode).toBe(403);

    for (const who of [leader, admin]) {
      const list = await listOf(who, project.planId);
      expect(list.permissions).toEqual({ canRecord: true, canRecordWeekly: false, canRecordTopic: true });
      expect(list.recordableProjectIds).toContain(project.id);
    }
  });
});
