import sharp from 'sharp';
import type { Actor } from '../auth/actor';
import type { ProjectUnitRef } from './policy-actor';
import { buildPlan, buildUser } from '../test-support/factories';
import { buildPublicFeedbackRecords } from '../test-support/public-feedback.factories';
import type { UnitUser } from '../test-support/factories';
import { multipartFile } from '../test-support/test-app';
import { buildNextYearWorld } from '../test-support/next-year.factories';
import type { NextYearWorld } from '../test-support/next-year.factories';
import type { Session, TestApp } from '../test-support/test-app';

/**
 * The world the route × role × unit matrix walks: one plan with project A (lead unit A, co-unit B) and project C
 * (lead unit C), a user of every role, and one record of every kind on project A, each made by the user who
 * would make it in real work. Unit A's users are "own unit", unit B's the co-unit, unit C's "other unit"; a 人大代表
 * (deputy, no unit), the 安全管理员 and the 审计管理员 must be refused on every staff route.
 */
export const ACTOR_KEYS = ['admin', 'supervisor', 'leader', 'leadManager', 'leadStaff', 'coStaff', 'otherStaff', 'deputy', 'securityAdmin', 'auditor'] as const;
export type ActorKey = (typeof ACTOR_KEYS)[number];

export interface MatrixWorld {
  users: Record<ActorKey, UnitUser>;
  /** a user the account routes act on (not one the matrix signs in with) */
  spareUserId: number;
  actors: Record<ActorKey, Actor>;
  planId: number;
  projectId: number;
  otherProjectId: number;
  units: ProjectUnitRef[];
  leadUnitId: number;
  coUnitId: number;
  otherUnitId: number;
  targetId: number;
  milestoneId: number;
  changeRequestId: number;
  /** a submitted week and a week left in draft */
  updateId: number;
  draftUpdateId: number;
  week: string;
  draftWeek: string;
  attachmentId: number;
  monthlyId: number;
  month: string;
  draftMonth: string;
  blockerId: number;
  requestId: number;
  meetingId: number;
  actionItemId: number;
  meetingAttachmentId: number;
  instructionId: number;
  bulletinId: number;
  /** a 督办单 to unit A on project A, signed, with an evidence file */
  supervisionNoticeId: number;
  supervisionAttachmentId: number;
  // inspections (issue 11): an inspection of project A with a finding, its photo and an open rectification
  inspectionId: number;
  findingId: number;
  rectificationId: number;
  inspectionPhotoId: number;
  // citizens' feedback (issue 12): the plan is published; an approved comment and a 回访整改 task on project A
  publicCommentId: number;
  followUpId: number;
  /** a comment form token past its minimum fill time */
  commentFormToken: string;
  /** next year's list (issue 12): a 征集 open today with a pending proposal, candidates, an open and a closed 票决 */
  nextYear: NextYearWorld;
}

const WEEK = '2024-W23';
const DRAFT_WEEK = '2024-W24';

async function ok(
  t: TestApp,
  who: Session,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  const res = await t.as(who, method, url, body, headers);
  if (res.statusCode !== 200) throw new Error(`world: ${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.json();
}

const toActor = (u: UnitUser): Actor => ({ id: u.id, username: u.username, displayName: u.username, role: u.role, unitId: u.unitId, ip: null });

export async function buildMatrixWorld(t: TestApp): Promise<MatrixWorld> {
  const plan = await buildPlan(t, { projects: [{ content: '新改建充电桩110座，年底前全部建成投用。' }, { content: '改造老旧小区12个。' }] });
  const [a, c] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0]];
  const coUnitId = a.coUnits[0]!.id;
  const admin = await buildUser(t, 'admin', null);
  const users: Record<ActorKey, UnitUser> = {
    admin,
    supervisor: await buildUser(t, 'supervisor', null),
    leader: await buildUser(t, 'leader', null),
    leadManager: await buildUser(t, 'unit_manager', a.leadUnitId),
    leadStaff: await buildUser(t, 'unit_staff', a.leadUnitId),
    coStaff: await buildUser(t, 'unit_staff', coUnitId),
    otherStaff: await buildUser(t, 'unit_staff', c.leadUnitId),
    deputy: await buildUser(t, 'deputy', null),
    securityAdmin: await buildUser(t, 'security_admin', null),
    auditor: await buildUser(t, 'auditor', null),
  };
  const spare = await buildUser(t, 'unit_staff', c.leadUnitId);
  const office = users.supervisor;
  const lead = users.leadStaff;

  // targets: a milestone, everything confirmed, the baseline locked, then a change request by the lead unit
  const milestone = await ok(t, lead, 'POST', `/api/v1/projects/${a.id}/milestones`, { title: '完成选址', dueDate: '2024-05-31' });
  for (const p of plan.projects) await ok(t, office, 'POST', `/api/v1/projects/${p.id}/confirm-all`);
  await ok(t, office, 'POST', `/api/v1/plans/${plan.planId}/baseline/lock`);
  const targets = await ok(t, lead, 'GET', `/api/v1/projects/${a.id}/targets`);
  const target = targets.targets[0];
  const change = await ok(t, lead, 'POST', `/api/v1/targets/${target.id}/change-requests`, { changes: { value: 120 }, reason: '新增两个小区的充电需求' });
  await ok(t, office, 'PUT', `/api/v1/projects/${a.id}/leaders`, { userIds: [users.leader.id] });

  // the weekly ledger: a submitted week with a photo, a draft week
  const values = (week: string) => ({
    values: [{ targetId: target.id, actual: week === WEEK ? 46 : 50 }],
    milestones: [],
    progressText: '本周新建充电桩6座',
    problemsText: '',
    nextStepsText: '继续推进',
    coUnitIds: [],
    version: 0,
  });
  const submitted = await ok(t, lead, 'PUT', `/api/v1/projects/${a.id}/weekly/${WEEK}`, values(WEEK));
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer();
  const upload = multipartFile('现场照片.png', png);
  const attachment = await ok(t, lead, 'POST', `/api/v1/weekly/${submitted.id}/attachments`, upload.payload, upload.headers);
  await ok(t, lead, 'POST', `/api/v1/weekly/${submitted.id}/submit`, { version: submitted.version });
  const draft = await ok(t, lead, 'PUT', `/api/v1/projects/${a.id}/weekly/${DRAFT_WEEK}`, values(DRAFT_WEEK));

  // the monthly report of June, submitted; July left in draft
  const june = await ok(t, lead, 'PUT', `/api/v1/projects/${a.id}/monthly/2024-06`, {
    progressText: '6月新建充电桩6座',
    problemsText: '',
    nextPlanText: '7月继续',
    version: 0,
  });
  await ok(t, lead, 'POST', `/api/v1/monthly/${june.id}/submit`, { version: june.version });
  await ok(t, lead, 'PUT', `/api/v1/projects/${a.id}/monthly/2024-07`, { progressText: '7月草稿', problemsText: '', nextPlanText: '', version: 0 });

  // steering: a blocker with a green-channel request to the co-unit, a topic meeting with an item for unit A, a 批示
  const blocker = await ok(t, lead, 'POST', `/api/v1/projects/${a.id}/blockers`, {
    kind: 'land',
    description: '充电桩选址涉及 3 处用地手续未办结',
    neededFrom: '自然资源部门',
  });
  const request = await ok(t, lead, 'POST', `/api/v1/blockers/${blocker.id}/green-channel`, { coUnitId, text: '请协助办理用地手续' });
  const meeting = await ok(t, office, 'POST', `/api/v1/plans/${plan.planId}/meetings`, {
    kind: 'topic',
    date: '2024-06-05',
    host: '督查室',
    attendees: '各单位',
    minutes: '研究充电桩用地问题',
    projectIds: [a.id],
    actionItems: [{ title: '6月底前完成用地手续', ownerUnitId: a.leadUnitId, deadline: '2024-06-28', projectId: a.id }],
  });
  const meetingFile = multipartFile('会议纪要.png', png);
  const meetingAttachment = await ok(t, office, 'POST', `/api/v1/meetings/${meeting.id}/attachments`, meetingFile.payload, meetingFile.headers);
  const instruction = await ok(t, users.leader, 'POST', `/api/v1/projects/${a.id}/instructions`, { text: '加快用地手续办理', blockerId: blocker.id });
  const bulletin = await ok(t, office, 'POST', `/api/v1/plans/${plan.planId}/bulletins`, { month: '2024-06' });
  const notice = await ok(t, office, 'POST', `/api/v1/plans/${plan.planId}/supervision-notices`, {
    projectId: a.id,
    unitId: a.leadUnitId,
    subject: '充电桩建设滞后',
    problem: '进度滞后',
    requirement: '倒排工期',
    deadline: '2099-12-31',
  });
  await ok(t, lead, 'POST', `/api/v1/supervision-notices/${notice.id}/sign`, {});
  const noticeFile = multipartFile('整改照片.png', png);
  const noticeAttachment = await ok(t, lead, 'POST', `/api/v1/supervision-notices/${notice.id}/attachments`, noticeFile.payload, noticeFile.headers);
  const inspection = await ok(t, office, 'POST', `/api/v1/plans/${plan.planId}/inspections`, {
    date: '2024-06-18',
    inspectors: '督查室 张明',
    projectIds: [a.id],
  });
  const finding = await ok(t, office, 'POST', `/api/v1/inspections/${inspection.id}/findings`, {
    projectId: a.id,
    description: '2 座充电桩未接电',
    severity: 'major',
    rectification: { requirement: '6月底前完成接电', deadline: '2024-06-30' },
  });
  const findingPhoto = multipartFile('现场.png', png);
  const inspectionPhoto = await ok(t, office, 'POST', `/api/v1/findings/${finding.id}/photos`, findingPhoto.payload, findingPhoto.headers);

  const feedback = await buildPublicFeedbackRecords(t, office, plan.planId, a.id);

  const actors = Object.fromEntries(ACTOR_KEYS.map((k) => [k, toActor(users[k])])) as Record<ActorKey, Actor>;
  return {
    users,
    spareUserId: spare.id,
    actors,
    planId: plan.planId,
    projectId: a.id,
    otherProjectId: c.id,
    units: [
      { id: a.leadUnitId, role: 'lead' },
      { id: coUnitId, role: 'co' },
    ],
    leadUnitId: a.leadUnitId,
    coUnitId,
    otherUnitId: c.leadUnitId,
    targetId: target.id,
    milestoneId: milestone.id,
    changeRequestId: change.id,
    updateId: submitted.id,
    draftUpdateId: draft.id,
    week: WEEK,
    draftWeek: DRAFT_WEEK,
    attachmentId: attachment.id,
    monthlyId: june.id,
    month: '2024-06',
    draftMonth: '2024-07',
    blockerId: blocker.id,
    requestId: request.id,
    meetingId: meeting.id,
    actionItemId: meeting.actionItems[0].id,
    meetingAttachmentId: meetingAttachment.id,
    instructionId: instruction.id,
    bulletinId: bulletin.id,
    supervisionNoticeId: notice.id,
    supervisionAttachmentId: noticeAttachment.id,
    inspectionId: inspection.id,
    findingId: finding.id,
    rectificationId: finding.rectification.id,
    inspectionPhotoId: inspectionPhoto.id,
    ...feedback,
    nextYear: await buildNextYearWorld(t, office),
  };
}
