import sharp from 'sharp';
import { expect, it } from 'vitest';
import { adminSession, buildPlan, buildProject, buildUnitUser, buildUser, uniqueSuffix } from '../../test-support/factories';
import type { BuiltProject } from '../../test-support/factories';
import { describeEachDialect, multipartFile } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';

/** A phone photo: a JPEG whose EXIF carries GPS 35°24'36"N 116°35'24"E (济宁). */
const gpsJpeg = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#5a8' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 24/1 36/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 35/1 24/1' },
    })
    .toBuffer();
const plainPng = () =>
  sharp({ create: { width: 32, height: 32, channels: 3, background: '#a53' } })
    .png()
    .toBuffer();

describeEachDialect('inspections (一线督导检查): findings with photos, rectifications', (t) => {
  /** Project A (lead unit, co-unit) and project B of another unit, in one plan each; users of every side. */
  async function setup() {
    const admin = await adminSession(t());
    const s = uniqueSuffix();
    const a = await buildProject(t(), { co: [`协办镇${s}`] });
    const other = await buildProject(t());
    const supervisor = await buildUser(t(), 'supervisor', null);
    const leader = await buildUser(t(), 'leader', null);
    const lead = await buildUnitUser(t(), a.leadUnitId);
    const co = await buildUnitUser(t(), a.coUnits[0]!.id);
    const stranger = await buildUnitUser(t(), other.leadUnitId);
    return { admin, a, other, supervisor, leader, lead, co, stranger };
  }

  async function withInspection() {
    const s = await setup();
    const created = await t().as(s.supervisor, 'POST', `/api/v1/plans/${s.a.planId}/inspections`, {
      date: '2024-06-18',
      kind: 'special',
      inspectors: '督查室 张明、李华',
      projectIds: [s.a.id],
      summary: '总体推进较好',
    });
    expect(created.statusCode).toBe(200);
    return { ...s, inspectionId: created.json().id as number };
  }

  async function withRectification() {
    const s = await withInspection();
    const res = await t().as(s.supervisor, 'POST', `/api/v1/inspections/${s.inspectionId}/findings`, {
      projectId: s.a.id,
      description: '2 座充电桩未接电',
      severity: 'major',
      rectification: { requirement: '完成接电并投入使用', deadline: '2099-06-30' },
    });
    expect(res.statusCode).toBe(200);
    return { ...s, findingId: res.json().id as number, rectificationId: res.json().rectification.id as number };
  }

  const upload = (who: Session, url: string, name: string, data: Buffer) => {
    const file = multipartFile(name, data);
    return t().as(who, 'POST', url, file.payload, file.headers);
  };

  it('records an inspection for the 督查室 only, with clear messages for missing inspectors or projects', async () => {
    const { a, other, supervisor, lead } = await setup();
    const body = { date: '2024-06-18', inspectors: '督查室 张明', projectIds: [a.id] };
    expect((await t().as(lead, 'POST', `/api/v1/plans/${a.planId}/inspections`, body)).statusCode).toBe(403);
    const noInspectors = await t().as(supervisor, 'POST', `/api/v1/plans/${a.planId}/inspections`, { ...body, inspectors: ' ' });
    expect(noInspectors.statusCode).toBe(400);
    expect(noInspectors.json().error.message).toContain('检查人员');
    const noProjects = await t().as(supervisor, 'POST', `/api/v1/plans/${a.planId}/inspections`, { ...body, projectIds: [] });
    expect(noProjects.json().error.message).toContain('至少选择一个');
    const foreign = await t().as(supervisor, 'POST', `/api/v1/plans/${a.planId}/inspections`, { ...body, projectIds: [other.id] });
    expect(foreign.json().error.message).toContain('不属于本清单');

    const created = await t().as(supervisor, 'POST', `/api/v1/plans/${a.planId}/inspections`, body);
    expect(created.json()).toMatchObject({
      date: '2024-06-18',
      kind: 'routine',
      kindLabel: '例行督查',
      inspectors: '督查室 张明',
      projects: [{ id: a.id }],
      findings: [],
      version: 1,
      permissions: { canEdit: true, canAddFinding: true },
    });
    const list = (await t().as(supervisor, 'GET', `/api/v1/plans/${a.planId}/inspections`)).json();
    expect(list).toMatchObject({ total: 1, permissions: { canCreate: true }, items: [{ id: created.json().id, findingCount: 0 }] });
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'inspection')
      .where('entity_id', '=', String(created.json().id))
      .execute();
    expect(audit.map((x) => x.action)).toEqual(['create']);
  });

  it('keeps the EXIF GPS of a phone photo, else the position the browser sent, and refuses files that are not photos', async () => {
    const { supervisor, lead, inspectionId, a } = await withInspection();
    const finding = (
      await t().as(supervisor, 'POST', `/api/v1/inspections/${inspectionId}/findings`, {
        projectId: a.id,
        description: '施工现场未设置安全围挡',
        severity: 'serious',
      })
    ).json();
    expect(finding).toMatchObject({ severity: 'serious', severityLabel: '严重', rectification: null, permissions: { canRequestRectification: true } });

    const exif = await upload(supervisor, `/api/v1/findings/${finding.id}/photos?lat=30&lng=120`, '现场.jpg', await gpsJpeg());
    expect(exif.statusCode).toBe(200);
    expect(exif.json()).toMatchObject({ isImage: true, lat: 35.41, lng: 116.59, locationSource: 'exif', rectificationId: null });
    expect(exif.json().thumbUrl).toBe(`/api/v1/inspection-photos/${exif.json().id}/thumb`);
    const device = await upload(supervisor, `/api/v1/findings/${finding.id}/photos?lat=35.4123&lng=116.5871`, '现场2.png', await plainPng());
    expect(device.json()).toMatchObject({ lat: 35.4123, lng: 116.5871, locationSource: 'device' });
    const unknown = await upload(supervisor, `/api/v1/findings/${finding.id}/photos`, '现场3.png', await plainPng());
    expect(unknown.json()).toMatchObject({ lat: null, lng: null, locationSource: null });

    const pdf = await upload(supervisor, `/api/v1/findings/${finding.id}/photos`, '说明.pdf', Buffer.from('%PDF-1.4\n%test\n'));
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.message).toContain('只能上传照片');
    expect((await upload(lead, `/api/v1/findings/${finding.id}/photos`, 'x.png', await plainPng())).statusCode).toBe(403);

    const thumb = await t().as(lead, 'GET', `/api/v1/inspection-photos/${exif.json().id}/thumb`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    const detail = (await t().as(lead, 'GET', `/api/v1/findings/${finding.id}`)).json();
    expect(detail.photos.map((p: { id: number }) => p.id)).toEqual([exif.json().id, device.json().id, unknown.json().id]);
  });

  it('refuses a rectification without a deadline, and saves finding and rectification together or not at all', async () => {
    const { supervisor, inspectionId, a } = await withInspection();
    const noDeadline = await t().as(supervisor, 'POST', `/api/v1/inspections/${inspectionId}/findings`, {
      projectId: a.id,
      description: '台账不全',
      severity: 'general',
      rectification: { requirement: '补齐台账' },
    });
    expect(noDeadline.statusCode).toBe(400);
    expect(noDeadline.json().error.message).toContain('请填写整改期限');
    const before = await t().as(supervisor, 'POST', `/api/v1/inspections/${inspectionId}/findings`, {
      projectId: a.id,
      description: '台账不全',
      severity: 'general',
      rectification: { requirement: '补齐台账', deadline: '2024-06-01' },
    });
    expect(before.json().error.message).toContain('不能早于检查日期');
    // nothing half-written: the refused saves left no finding
    expect((await t().as(supervisor, 'GET', `/api/v1/inspections/${inspectionId}`)).json().findings).toEqual([]);

    const finding = (
      await t().as(supervisor, 'POST', `/api/v1/inspections/${inspectionId}/findings`, { projectId: a.id, description: '台账不全', severity: 'general' })
    ).json();
    const missing = await t().as(supervisor, 'POST', `/api/v1/findings/${finding.id}/rectification`, { requirement: '补齐台账', deadline: null });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('整改期限');
    const requested = await t().as(supervisor, 'POST', `/api/v1/findings/${finding.id}/rectification`, { requirement: '补齐台账', deadline: '2024-06-25' });
    expect(requested.json().rectification).toMatchObject({
      status: 'open',
      statusLabel: '整改中',
      deadline: '2024-06-25',
      unitId: a.leadUnitId,
      unitName: a.leadUnitName,
      isOverdue: true,
    });
    const twice = await t().as(supervisor, 'POST', `/api/v1/findings/${finding.id}/rectification`, { requirement: '再次', deadline: '2024-06-25' });
    expect(twice.statusCode).toBe(409);
  });

  it('runs the rectification: the lead unit closes it with evidence, the 督查室 returns it once and then accepts (销号)', async () => {
    const { supervisor, lead, co, rectificationId, findingId, a } = await withRectification();
    const asLead = (await t().as(lead, 'GET', `/api/v1/findings/${findingId}`)).json();
    expect(asLead.rectification).toMatchObject({
      status: 'open',
      isOverdue: false,
      permissions: { canRespond: true, canAddPhoto: true, canAccept: false, canReturn: false },
    });
    expect((await t().as(co, 'GET', `/api/v1/findings/${findingId}`)).json().rectification.permissions).toMatchObject({
      canRespond: false,
      canAddPhoto: false,
    });
    const todo = (await t().as(lead, 'GET', '/api/v1/me/rectifications')).json();
    expect(todo.items.map((r: { id: number }) => r.id)).toContain(rectificationId);
    // the lead unit was told, the co-unit not
    const told = async (u: typeof lead) =>
      ((await t().as(u, 'GET', '/api/v1/notifications')).json().items as { kind: string; kindLabel: string; link: string }[]).filter(
        (n) => n.kind === 'rectification_requested',
      );
    expect(await told(lead)).toMatchObject([{ kindLabel: '整改要求', link: `/plans/${a.planId}/inspections` }]);
    expect(await told(co)).toHaveLength(0);

    const empty = await t().as(lead, 'POST', `/api/v1/rectifications/${rectificationId}/respond`, { evidence: '  ', version: 1 });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('请填写整改情况');
    expect((await t().as(co, 'POST', `/api/v1/rectifications/${rectificationId}/respond`, { evidence: '已接电', version: 1 })).statusCode).toBe(403);
    const photo = await upload(lead, `/api/v1/rectifications/${rectificationId}/photos`, '整改后.jpg', await gpsJpeg());
    expect(photo.json()).toMatchObject({ rectificationId, locationSource: 'exif' });
    const responded = await t().as(lead, 'POST', `/api/v1/rectifications/${rectificationId}/respond`, {
      evidence: '已完成接电，2 座充电桩投入使用',
      version: 1,
    });
    expect(responded.json().rectification).toMatchObject({
      status: 'submitted',
      statusLabel: '待复核',
      evidence: '已完成接电，2 座充电桩投入使用',
      photos: [{ id: photo.json().id }],
    });
    expect(responded.json().photos).toEqual([]);
    expect((await t().as(supervisor, 'GET', '/api/v1/me/rectifications')).json().items.map((r: { id: number }) => r.id)).toContain(rectificationId);
    expect((await t().as(supervisor, 'GET', `/api/v1/plans/${a.planId}/inspections`)).json().items[0]).toMatchObject({
      openRectificationCount: 1,
      awaitingReviewCount: 1,
    });

    const noReason = await t().as(supervisor, 'POST', `/api/v1/rectifications/${rectificationId}/return`, { version: 2 });
    expect(noReason.json().error.message).toContain('退回时请写明原因');
    const returned = await t().as(supervisor, 'POST', `/api/v1/rectifications/${rectificationId}/return`, { comment: '请补充接电验收单', version: 2 });
    expect(returned.json().rectification).toMatchObject({ status: 'open', statusLabel: '已退回', returnCount: 1, reviewComment: '请补充接电验收单' });
    await t().as(lead, 'POST', `/api/v1/rectifications/${rectificationId}/respond`, { evidence: '已补充接电验收单', version: 3 });
    const accepted = await t().as(supervisor, 'POST', `/api/v1/rectifications/${rectificationId}/accept`, { version: 4 });
    expect(accepted.json().rectification).toMatchObject({ status: 'closed', statusLabel: '已销号', permissions: { canRespond: false, canAccept: false } });
    expect((await t().as(lead, 'GET', '/api/v1/me/rectifications')).json().items.map((r: { id: number }) => r.id)).not.toContain(rectificationId);
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'rectification')
      .where('entity_id', '=', String(rectificationId))
      .orderBy('id')
      .execute();
    expect(audit.map((x) => x.action)).toEqual(['create', 'respond', 'return', 'respond', 'accept']);
  });

  it("shows a unit only its own projects' findings and gives other units nothing (404)", async () => {
    const { leader, co, stranger, inspectionId, findingId, rectificationId, a } = await withRectification();
    const photo = (await upload(await adminSession(t()), `/api/v1/findings/${findingId}/photos`, 'p.png', await plainPng())).json();
    expect((await t().as(leader, 'GET', `/api/v1/inspections/${inspectionId}`)).json()).toMatchObject({
      summary: '总体推进较好',
      findings: [{ id: findingId }],
      permissions: { canEdit: false },
    });
    expect((await t().as(co, 'GET', `/api/v1/inspections/${inspectionId}`)).json()).toMatchObject({ summary: null, findings: [{ id: findingId }] });
    for (const url of [`/api/v1/inspections/${inspectionId}`, `/api/v1/findings/${findingId}`, `/api/v1/inspection-photos/${photo.id}`]) {
      expect((await t().as(stranger, 'GET', url)).statusCode, url).toBe(404);
    }
    expect((await t().as(stranger, 'POST', `/api/v1/rectifications/${rectificationId}/respond`, { evidence: '已整改', version: 1 })).statusCode).toBe(404);
    expect((await t().as(stranger, 'GET', `/api/v1/plans/${a.planId}/inspections`)).json().items).toEqual([]);
    expect((await t().as(stranger, 'GET', `/api/v1/projects/${a.id}/inspection-findings`)).json().items).toEqual([]);
    expect((await t().as(co, 'GET', `/api/v1/projects/${a.id}/inspection-findings`)).json().items.map((f: { id: number }) => f.id)).toEqual([findingId]);
  });

  it('keeps a project with findings in its inspection, and records only findings of visited projects', async () => {
    const { supervisor, inspectionId, a, other, findingId } = await withRectification();
    expect(findingId).toBeGreaterThan(0);
    const plan = await buildPlan(t(), { projects: [{}, {}] });
    const [p1, p2] = plan.projects as [BuiltProject, BuiltProject];
    const two = (
      await t().as(supervisor, 'POST', `/api/v1/plans/${plan.planId}/inspections`, { date: '2024-06-18', inspectors: '督查室', projectIds: [p1.id, p2.id] })
    ).json();
    await t().as(supervisor, 'POST', `/api/v1/inspections/${two.id}/findings`, { projectId: p2.id, description: '问题', severity: 'general' });
    const removed = await t().as(supervisor, 'PATCH', `/api/v1/inspections/${two.id}`, {
      date: '2024-06-18',
      inspectors: '督查室',
      projectIds: [p1.id],
      version: 1,
    });
    expect(removed.statusCode).toBe(400);
    expect(removed.json().error.message).toContain(`已记录问题的项目不能从检查中移除：2. ${p2.name}`);
    const elsewhere = await t().as(supervisor, 'POST', `/api/v1/inspections/${inspectionId}/findings`, {
      projectId: other.id,
      description: '问题',
      severity: 'general',
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.message).toContain('不在本次检查的项目中');
    expect((await t().as(supervisor, 'GET', `/api/v1/projects/${a.id}/inspection-findings`)).json().total).toBe(1);
  });

  it('refuses a write on a version another user moved on', async () => {
    const { supervisor, admin, inspectionId, findingId, rectificationId, lead, a } = await withRectification();
    const edit = { date: '2024-06-19', inspectors: '督查室 张明', projectIds: [a.id], version: 1 };
    expect((await t().as(supervisor, 'PATCH', `/api/v1/inspections/${inspectionId}`, edit)).json()).toMatchObject({ date: '2024-06-19', version: 2 });
    const stale = await t().as(admin, 'PATCH', `/api/v1/inspections/${inspectionId}`, { ...edit, inspectors: '别人' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('已被其他人修改');
    expect((await t().as(supervisor, 'PATCH', `/api/v1/findings/${findingId}`, { description: '改', severity: 'general', version: 1 })).statusCode).toBe(200);
    expect((await t().as(admin, 'PATCH', `/api/v1/findings/${findingId}`, { description: '又改', severity: 'general', version: 1 })).statusCode).toBe(409);
    expect((await t().as(lead, 'POST', `/api/v1/rectifications/${rectificationId}/respond`, { evidence: '已整改', version: 7 })).statusCode).toBe(409);
    const row = await t().ctx.db.selectFrom('rectification').select(['status', 'evidence']).where('id', '=', rectificationId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'open', evidence: null });
  });
});
