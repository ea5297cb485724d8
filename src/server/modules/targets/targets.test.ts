import { expect, it } from 'vitest';
import { describeEachDialect, fixture } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';
import { adminSession, buildUnitUser, officeActor, uniqueSuffix, unitIdByName } from '../../test-support/factories';
import { readNoticeFile } from '../../notice-files/read-notice-file';
import { commitNoticeImport } from '../imports/notice-import.service';
import { listProjectRows } from '../projects/projects.repo';

interface TargetView {
  id: number;
  label: string;
  value: number;
  unit: string;
  kind: string;
  status: string;
  sourceText: string | null;
  trajectory: { month: string; value: number }[];
  baseline: { value: number; unit: string } | null;
  pendingChange: { id: number } | null;
  parentId: number | null;
  dueDate: string;
  version: number;
}

describeEachDialect('targets: proposals, review, baseline lock and change requests', (t) => {
  const targetsOf = async (session: Session, projectId: number) =>
    (await t().as(session, 'GET', `/api/v1/projects/${projectId}/targets`)).json<{
      targets: TargetView[];
      milestones: { id: number; title: string; status: string; version: number }[];
      canEdit: boolean;
      canReview: boolean;
      permissions: Record<string, boolean>;
      baseline: { lockedAt: string | null };
    }>();

  /**
   * A plan of its own with the 27 projects of the 2024 sample notice (imported again under a document number of its
   * own, so its targets are fresh proposals whatever other tests did), a 联络员 of 区经济发展局 (lead unit of
   * project 1) and one of 疃里镇 (a co-unit of it).
   */
  async function setup() {
    const s = uniqueSuffix();
    const admin = await adminSession(t());
    const sample = await readNoticeFile(fixture('notice-2024-jingkai.txt'), 'notice-2024-jingkai.txt');
    const notice = { ...sample, plan: { ...sample.plan, docNumber: `济开管发〔2024〕${s}号` } };
    const { planId } = await commitNoticeImport(t().ctx, await officeActor(t()), notice, `notice-2024-${s}.txt`);
    const ids = new Map((await listProjectRows(t().ctx.db, planId)).map((p) => [p.seq, p.id]));
    const projectIdBySeq = (seq: number) => ids.get(seq)!;
    const econ = await buildUnitUser(t(), await unitIdByName(t(), '区经济发展局'), 'unit_staff', `jingfa${s}`);
    const town = await buildUnitUser(t(), await unitIdByName(t(), '疃里镇'), 'unit_staff', `tuanli${s}`);
    return { admin, econ, town, planId, p1: projectIdBySeq(1), projectIdBySeq };
  }

  const succeed = async (res: Promise<{ statusCode: number; body: string }>) => {
    const r = await res;
    if (r.statusCode !== 200) throw new Error(`${r.statusCode} ${r.body}`);
    return r;
  };

  /** The setup, with the lead unit's edit of project 1's target to 112座 (what the edit test does). */
  async function withValueEdited() {
    const s = await setup();
    const [target] = (await targetsOf(s.econ, s.p1)).targets;
    await succeed(t().as(s.econ, 'PATCH', `/api/v1/targets/${target!.id}`, { version: target!.version, value: 112 }));
    return s;
  }

  /** The same, with a hand-typed trajectory saved and then the back-loaded shape (what the trajectory test does). */
  async function withTrajectoryEdited() {
    const s = await withValueEdited();
    const [target] = (await targetsOf(s.econ, s.p1)).targets;
    const months = target!.trajectory.map((p, i) => ({ month: p.month, value: i < 6 ? 0 : i === 11 ? 112 : (i - 5) * 18 }));
    const saved = await succeed(t().as(s.econ, 'PUT', `/api/v1/targets/${target!.id}/trajectory`, { shape: 'custom', months, version: target!.version }));
    await succeed(t().as(s.econ, 'PUT', `/api/v1/targets/${target!.id}/trajectory`, { shape: 'back_loaded', version: JSON.parse(saved.body).version }));
    return s;
  }

  /** The same, with every project confirmed by the 督查室 and the baseline locked (what the lock test does). */
  async function withBaselineLocked() {
    const s = await withTrajectoryEdited();
    const review = (await t().as(s.admin, 'GET', `/api/v1/plans/${s.planId}/target-review`)).json<{ items: { projectId: number }[] }>();
    for (const item of review.items) await succeed(t().as(s.admin, 'POST', `/api/v1/projects/${item.projectId}/confirm-all`));
    await succeed(t().as(s.admin, 'POST', `/api/v1/plans/${s.planId}/baseline/lock`));
    return s;
  }

  it('proposes targets read from the notice at import', async () => {
    const { admin, econ, town, p1, projectIdBySeq } = await setup();
    const p1Targets = await targetsOf(econ, p1);
    expect(p1Targets.canEdit).toBe(true);
    expect(p1Targets.canReview).toBe(false);
    expect(p1Targets.permissions).toEqual({ canEditItems: true, canConfirmItems: false, canRequestChange: false, canDecideChanges: false });
    expect(p1Targets.targets).toHaveLength(1);
    expect(p1Targets.targets[0]).toMatchObject({ value: 110, unit: '座', kind: 'quantity', status: 'proposed', sourceText: '全区新改建充电桩110座' });
    expect(p1Targets.targets[0]!.trajectory.at(-1)).toEqual({ month: '2024-12', value: 110 });
    const p3 = await targetsOf(admin, projectIdBySeq(3));
    const child = p3.targets.find((x) => x.value === 32)!;
    expect(p3.targets.find((x) => x.id === child.parentId)?.value).toBe(113);
    const p19 = await targetsOf(admin, projectIdBySeq(19));
    expect(p19.targets).toEqual([]);
    expect(p19.milestones).toHaveLength(4);
    expect((await targetsOf(town, p1)).canEdit).toBe(false);
    expect((await targetsOf(town, p1)).permissions).toMatchObject({ canEditItems: false, canRequestChange: false });
    expect((await targetsOf(admin, p1)).permissions).toEqual({ canEditItems: true, canConfirmItems: true, canRequestChange: false, canDecideChanges: true });
  });

  it('lets the lead unit edit, and refuses bad edits with a clear message', async () => {
    const { econ, town, p1 } = await setup();
    const [target] = (await targetsOf(econ, p1)).targets;
    const patch = (session: Session, body: object) => t().as(session, 'PATCH', `/api/v1/targets/${target!.id}`, { version: target!.version, ...body });
    const negative = await patch(econ, { value: -5 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.message).toContain('目标值不能为负数');
    const noUnit = await patch(econ, { unit: '' });
    expect(noUnit.json().error.message).toContain('请填写单位');
    const rate = await patch(econ, { kind: 'rate', unit: '%', value: 120 });
    expect(rate.json().error.message).toContain('比率不能超过 100%');
    expect((await patch(town, { value: 111 })).statusCode).toBe(403);
    const ok = await patch(econ, { value: 112 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ value: 112, status: 'proposed' });
    expect(ok.json().trajectory.at(-1).value).toBe(112);
    const stale = await patch(econ, { value: 113 });
    expect(stale.statusCode).toBe(409);
  });

  it('checks a hand-typed trajectory month by month', async () => {
    const { econ, p1 } = await withValueEdited();
    const [target] = (await targetsOf(econ, p1)).targets;
    const months = target!.trajectory.map((p) => p.month);
    const above = months.map((month, i) => ({ month, value: i === 3 ? 150 : Math.min(112, (i + 1) * 10) }));
    const res = await t().as(econ, 'PUT', `/api/v1/targets/${target!.id}/trajectory`, { shape: 'custom', months: above, version: target!.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('2024年4月的计划值 150 超过了目标值 112，计划进度不能高于目标。');
    const good = months.map((month, i) => ({ month, value: i < 6 ? 0 : i === 11 ? 112 : (i - 5) * 18 }));
    const saved = await t().as(econ, 'PUT', `/api/v1/targets/${target!.id}/trajectory`, { shape: 'custom', months: good, version: target!.version });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().trajectoryShape).toBe('custom');
    const back = await t().as(econ, 'PUT', `/api/v1/targets/${target!.id}/trajectory`, { shape: 'back_loaded', version: saved.json().version });
    expect(back.json().trajectory[5].value).toBeLessThan(56);
  });

  it('locks the baseline only when every project is confirmed', async () => {
    const { admin, econ, p1, planId } = await setup();
    expect((await t().as(econ, 'POST', `/api/v1/projects/${p1}/confirm-all`)).statusCode).toBe(403);
    const early = await t().as(admin, 'POST', `/api/v1/plans/${planId}/baseline/lock`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('BASELINE_INCOMPLETE');
    expect(early.json().error.message).toContain('序号 1、');
    const review = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/target-review`)).json<{ items: { projectId: number; proposedCount: number }[] }>();
    expect(review.items).toHaveLength(27);
    for (const item of review.items) {
      const res = await t().as(admin, 'POST', `/api/v1/projects/${item.projectId}/confirm-all`);
      expect(res.statusCode).toBe(200);
    }
    const after = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/target-review`)).json<{ items: { proposedCount: number }[]; permissions: object }>();
    expect(after.permissions).toEqual({ canConfirmItems: true, canLockBaseline: true });
    expect((await t().as(econ, 'GET', `/api/v1/plans/${planId}/target-review`)).json().permissions).toEqual({ canConfirmItems: false, canLockBaseline: false });
    expect(after.items.every((i) => i.proposedCount === 0)).toBe(true);
    expect((await t().as(econ, 'POST', `/api/v1/plans/${planId}/baseline/lock`)).statusCode).toBe(403);
    const lock = await t().as(admin, 'POST', `/api/v1/plans/${planId}/baseline/lock`);
    expect(lock.statusCode).toBe(200);
    expect(lock.json().lockedBy).toBe('admin');
    expect((await t().as(admin, 'GET', `/api/v1/plans/${planId}/target-review`)).json().permissions).toEqual({
      canConfirmItems: false,
      canLockBaseline: false,
    });
  });

  it('refuses direct changes after the lock and takes a change request for approval', async () => {
    const { admin, econ, town, p1, planId, projectIdBySeq } = await withBaselineLocked();
    const locked = await targetsOf(econ, p1);
    const [target] = locked.targets;
    expect(target!.baseline).toMatchObject({ value: 112, unit: '座' });
    expect(locked.permissions).toMatchObject({ canEditItems: false, canConfirmItems: false, canRequestChange: true });
    const direct = await t().as(econ, 'PATCH', `/api/v1/targets/${target!.id}`, { value: 100, version: target!.version });
    expect(direct.statusCode).toBe(409);
    expect(direct.json().error).toMatchObject({ code: 'BASELINE_LOCKED', message: '基线已锁定，修改需提交变更申请并经督查室批准。' });
    expect((await t().as(admin, 'POST', `/api/v1/projects/${p1}/targets`, { label: '新增', value: 1, unit: '个', kind: 'quantity' })).statusCode).toBe(409);
    const noReason = await t().as(econ, 'POST', `/api/v1/targets/${target!.id}/change-requests`, { changes: { value: 100 }, reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(
      (await t().as(town, 'POST', `/api/v1/targets/${target!.id}/change-requests`, { changes: { value: 100 }, reason: '用地未落实，调减' })).statusCode,
    ).toBe(403);
    const request = await t().as(econ, 'POST', `/api/v1/targets/${target!.id}/change-requests`, {
      changes: { value: 100 },
      reason: '两处用地未落实，调减至100座',
    });
    expect(request.statusCode).toBe(200);
    expect(request.json()).toMatchObject({ status: 'pending', before: { value: 112 }, after: { value: 100 }, requestedBy: econ.username });
    const again = await t().as(econ, 'POST', `/api/v1/targets/${target!.id}/change-requests`, { changes: { value: 90 }, reason: '再次调减目标' });
    expect(again.json().error.code).toBe('CHANGE_PENDING');
    const pendingView = (await targetsOf(econ, p1)).targets[0]!;
    expect(pendingView).toMatchObject({ value: 112, pendingChange: { id: request.json().id } });
    expect((await t().as(econ, 'POST', `/api/v1/change-requests/${request.json().id}/approve`, {})).statusCode).toBe(403);
    const list = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/change-requests?status=pending`)).json();
    expect(list.items.map((c: { id: number }) => c.id)).toEqual([request.json().id]);
    expect(list.items[0]).toMatchObject({ projectSeq: 1, projectName: '方便群众新能源汽车充电', permissions: { canDecide: true } });
    expect((await t().as(town, 'GET', `/api/v1/plans/${planId}/change-requests`)).json().items[0].permissions).toEqual({ canDecide: false });
    expect((await t().as(town, 'GET', `/api/v1/plans/${planId}/change-requests`)).json().total).toBe(1);
    const p8 = projectIdBySeq(8);
    expect((await t().as(admin, 'GET', `/api/v1/plans/${planId}/change-requests?projectId=${p8}`)).json().total).toBe(0);
    const approved = await t().as(admin, 'POST', `/api/v1/change-requests/${request.json().id}/approve`, { reason: '同意' });
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: 'admin' });
    const changed = (await targetsOf(econ, p1)).targets[0]!;
    expect(changed).toMatchObject({ value: 100, status: 'changed', baseline: { value: 112 }, pendingChange: null });
    expect(changed.trajectory.at(-1)!.value).toBe(100);
    const history = (await t().as(admin, 'GET', `/api/v1/targets/${target!.id}/history`)).json<{ items: { action: string; snapshot: { value: number } }[] }>();
    expect(history.items.map((h) => h.action)).toEqual(['propose', 'update', 'update', 'update', 'confirm', 'change_approved']);
    expect(history.items.map((h) => h.snapshot.value)).toEqual([110, 112, 112, 112, 112, 100]);
  });

  it('requires a reason to reject', async () => {
    const { admin, econ, p1 } = await withBaselineLocked();
    const [target] = (await targetsOf(econ, p1)).targets;
    const request = (
      await t().as(econ, 'POST', `/api/v1/targets/${target!.id}/change-requests`, { changes: { dueDate: '2024-11-30' }, reason: '提前完成节点' })
    ).json();
    const bare = await t().as(admin, 'POST', `/api/v1/change-requests/${request.id}/reject`, {});
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.message).toContain('驳回时请填写理由');
    const rejected = await t().as(admin, 'POST', `/api/v1/change-requests/${request.id}/reject`, { reason: '无需调整' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: '无需调整' });
    expect((await targetsOf(econ, p1)).targets[0]!.dueDate).toBe('2024-12-31');
  });
});
