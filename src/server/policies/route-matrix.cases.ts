import type { Actor } from '../auth/actor';
import { isOffice, isUnitRole } from '../auth/actor';
import { isLeader, readsAll } from './policy-actor';
import { canEditProject, canReviewProject, canWriteCoNote, isCoUser, isLeadUser } from './project.policy';
import type { MatrixWorld } from './route-matrix.world';
import type { RouteCase } from './route-matrix.case';
import { anyone, office } from './route-matrix.case';
import { nextYearCases, publicFeedbackCases } from './route-matrix.public-cases';

export type { RouteCase } from './route-matrix.case';

/** 督查室, leaders, and users of the project's lead or co-units */
const projectMember = (w: MatrixWorld) => (a: Actor) => readsAll(a) || isLeadUser(a, w.units) || isCoUser(a, w.units);
const notice = (w: MatrixWorld) => (a: Actor) => readsAll(a) || (isUnitRole(a.role) && a.unitId === w.leadUnitId);
const noDraftId = (id: number) => (json: unknown) => !JSON.stringify(json).includes(`"id":${id},`);

export function routeCases(w: MatrixWorld, png: Buffer): Record<string, RouteCase> {
  const edit = (a: Actor) => canEditProject(a, w.units);
  const lead = (a: Actor) => isLeadUser(a, w.units);
  const review = (a: Actor) => canReviewProject(a);
  const member = projectMember(w);
  const P = `/api/v1/projects/${w.projectId}`;
  const PLAN = `/api/v1/plans/${w.planId}`;
  const year = 2031;
  return {
    // auth and accounts
    'POST /api/v1/auth/login': { url: '/api/v1/auth/login', may: anyone, skip: 'signs in: not a row' },
    'POST /api/v1/auth/logout': { url: '/api/v1/auth/logout', may: anyone, skip: 'ends the session the matrix walks with' },
    'GET /api/v1/auth/me': { url: '/api/v1/auth/me', may: anyone },
    'POST /api/v1/auth/password': { url: '/api/v1/auth/password', may: anyone, skip: 'changes the password of the session the matrix walks with' },
    'GET /api/v1/users': { url: '/api/v1/users', may: anyone },
    'POST /api/v1/users': {
      url: '/api/v1/users',
      body: { username: 'matrixnew', displayName: '新用户', role: 'unit_staff', unitId: w.otherUnitId, password: 'First#2024pw' },
      may: anyone,
    },
    'PATCH /api/v1/users/:id': { url: `/api/v1/users/${w.spareUserId}`, body: { displayName: '改名', version: 1 }, may: anyone },
    'POST /api/v1/users/:id/reset-password': { url: `/api/v1/users/${w.spareUserId}/reset-password`, body: { password: 'Reset#2024pw' }, may: anyone },
    'GET /api/v1/audit': { url: '/api/v1/audit', may: anyone },
    'GET /api/v1/units': { url: `/api/v1/units?planId=${w.planId}`, may: anyone },
    'GET /api/v1/units/:id': { url: `/api/v1/units/${w.leadUnitId}`, may: anyone },
    'GET /api/v1/workdays': { url: '/api/v1/workdays', may: anyone },
    'PUT /api/v1/workdays/:year': {
      url: `/api/v1/workdays/${year}`,
      body: { holidays: [{ name: '元旦', start: `${year}-01-01`, end: `${year}-01-01` }], workdays: [], version: 0 },
      may: anyone,
    },
    'DELETE /api/v1/workdays/:year': { url: `/api/v1/workdays/${year}`, may: anyone, last: true },

    // plans, projects, imports
    'GET /api/v1/plans': { url: '/api/v1/plans', may: anyone },
    'GET /api/v1/plans/:id': { url: PLAN, may: anyone },
    'PUT /api/v1/plans/:id/rhythm': {
      url: `${PLAN}/rhythm`,
      body: { weekly: { dueWeekday: 5, dueTime: '18:00', missingWeekday: 1, missingTime: '09:00' }, monthly: { dueDay: 25, dueTime: '18:00' }, version: 1 },
      may: office,
    },
    // 公开 on the public portal: the 督查室 only (withdrawing keeps the samples free of side effects)
    'PUT /api/v1/plans/:id/publication': { url: `${PLAN}/publication`, body: { isPublished: false, version: 1 }, may: office },
    'PUT /api/v1/weekly/:id/publication': { url: `/api/v1/weekly/${w.updateId}/publication`, body: { isPublic: false }, may: office },
    'PUT /api/v1/attachments/:id/publication': { url: `/api/v1/attachments/${w.attachmentId}/publication`, body: { isPublic: false }, may: office },
    'GET /api/v1/plans/:id/projects': { url: `${PLAN}/projects`, may: anyone },
    'GET /api/v1/projects/:id': { url: P, may: anyone },
    'PATCH /api/v1/projects/:id/liaison': { url: `${P}/liaison`, body: { liaisonName: '张三', liaisonPhone: '13800000000', version: 1 }, may: edit },
    'POST /api/v1/imports/notice/preview': { url: '/api/v1/imports/notice/preview', body: png, upload: true, may: anyone },
    'POST /api/v1/imports/notice/commit': { url: '/api/v1/imports/notice/commit', body: png, upload: true, may: anyone },
    'POST /api/v1/imports/notice/read': { url: '/api/v1/imports/notice/read', body: png, upload: true, may: anyone },
    'POST /api/v1/imports/notice/read-text': { url: '/api/v1/imports/notice/read-text', body: { text: '1.新改建充电桩110座（区经济发展局）' }, may: anyone },
    'POST /api/v1/imports/notice/draft-preview': {
      url: '/api/v1/imports/notice/draft-preview',
      body: { fileName: 'x.txt', plan: { title: 't', docNumber: null, issuer: null, year: 2024, issueDate: null }, projects: [] },
      may: anyone,
    },
    'POST /api/v1/imports/notice/draft-commit': {
      url: '/api/v1/imports/notice/draft-commit',
      body: { fileName: 'x.txt', plan: { title: 't', docNumber: null, issuer: null, year: null, issueDate: null }, projects: [] },
      may: anyone,
    },

    // targets, milestones, baseline, change requests
    'GET /api/v1/projects/:id/targets': { url: `${P}/targets`, may: anyone },
    'POST /api/v1/projects/:id/targets': { url: `${P}/targets`, body: { label: '新增目标', value: 5, unit: '个', kind: 'quantity' }, may: edit },
    'PATCH /api/v1/targets/:id': { url: `/api/v1/targets/${w.targetId}`, body: { value: 111, version: 2 }, may: edit },
    'DELETE /api/v1/targets/:id': { url: `/api/v1/targets/${w.targetId}?version=2`, may: edit, last: true },
    'PUT /api/v1/targets/:id/trajectory': { url: `/api/v1/targets/${w.targetId}/trajectory`, body: { shape: 'linear', version: 2 }, may: edit },
    'POST /api/v1/targets/:id/confirm': { url: `/api/v1/targets/${w.targetId}/confirm`, body: { version: 2 }, may: review },
    'GET /api/v1/targets/:id/history': { url: `/api/v1/targets/${w.targetId}/history`, may: anyone },
    'POST /api/v1/projects/:id/milestones': { url: `${P}/milestones`, body: { title: '新节点', dueDate: null }, may: edit },
    'PATCH /api/v1/milestones/:id': { url: `/api/v1/milestones/${w.milestoneId}`, body: { title: '改名', version: 2 }, may: edit },
    'DELETE /api/v1/milestones/:id': { url: `/api/v1/milestones/${w.milestoneId}?version=2`, may: edit, last: true },
    'POST /api/v1/milestones/:id/confirm': { url: `/api/v1/milestones/${w.milestoneId}/confirm`, body: { version: 2 }, may: review },
    'POST /api/v1/projects/:id/confirm-all': { url: `${P}/confirm-all`, may: review },
    'GET /api/v1/plans/:id/target-review': { url: `${PLAN}/target-review`, may: anyone },
    'POST /api/v1/plans/:id/baseline/lock': { url: `${PLAN}/baseline/lock`, may: review },
    'POST /api/v1/targets/:id/change-requests': {
      url: `/api/v1/targets/${w.targetId}/change-requests`,
      body: { changes: { value: 130 }, reason: '需求增加' },
      may: edit,
    },
    'POST /api/v1/milestones/:id/change-requests': {
      url: `/api/v1/milestones/${w.milestoneId}/change-requests`,
      body: { changes: { title: '完成选址和设计' }, reason: '范围调整' },
      may: edit,
    },
    'GET /api/v1/plans/:id/change-requests': { url: `${PLAN}/change-requests`, may: anyone },
    'POST /api/v1/change-requests/:id/approve': { url: `/api/v1/change-requests/${w.changeRequestId}/approve`, body: { reason: '同意' }, may: review },
    'POST /api/v1/change-requests/:id/reject': { url: `/api/v1/change-requests/${w.changeRequestId}/reject`, body: { reason: '不同意' }, may: review },

    // the weekly ledger
    'GET /api/v1/me/todo': { url: '/api/v1/me/todo', may: anyone },
    'GET /api/v1/projects/:id/weekly': { url: `${P}/weekly?week=${w.draftWeek}`, may: edit, hides: noDraftId(w.draftUpdateId) },
    'PUT /api/v1/projects/:id/weekly/:week': {
      url: `${P}/weekly/${w.draftWeek}`,
      body: { values: [], milestones: [], progressText: '改', problemsText: '', nextStepsText: '', coUnitIds: [], version: 1 },
      may: edit,
    },
    'POST /api/v1/weekly/:id/submit': { url: `/api/v1/weekly/${w.draftUpdateId}/submit`, body: { version: 1 }, may: edit },
    'POST /api/v1/weekly/:id/correct': { url: `/api/v1/weekly/${w.updateId}/correct`, may: edit },
    'POST /api/v1/weekly/:id/accept': { url: `/api/v1/weekly/${w.updateId}/accept`, body: {}, may: review },
    'POST /api/v1/weekly/:id/return': { url: `/api/v1/weekly/${w.updateId}/return`, body: { comment: '请补充照片' }, may: review },
    'GET /api/v1/weekly/:id/history': { url: `/api/v1/weekly/${w.draftUpdateId}/history`, may: edit, hides: noDraftId(w.draftUpdateId) },
    'POST /api/v1/weekly/:id/attachments': { url: `/api/v1/weekly/${w.draftUpdateId}/attachments`, body: png, upload: true, may: edit },
    'GET /api/v1/attachments/:id': { url: `/api/v1/attachments/${w.attachmentId}`, may: anyone },
    'GET /api/v1/attachments/:id/thumb': { url: `/api/v1/attachments/${w.attachmentId}/thumb`, may: anyone },
    'DELETE /api/v1/attachments/:id': { url: `/api/v1/attachments/${w.attachmentId}`, may: edit, last: true },
    'PUT /api/v1/projects/:id/co-notes/:week': {
      url: `${P}/co-notes/${w.week}`,
      body: { text: '已协助办理', version: 0 },
      may: (a) => canWriteCoNote(a, w.units),
    },
    'GET /api/v1/projects/:id/timeline': { url: `${P}/timeline`, may: anyone, hides: noDraftId(w.draftUpdateId) },
    'GET /api/v1/plans/:id/review-queue': { url: `${PLAN}/review-queue`, may: review },
    'GET /api/v1/plans/:id/ledger': { url: `${PLAN}/ledger`, may: anyone },
    'GET /api/v1/plans/:id/overview': { url: `${PLAN}/overview`, may: anyone },
    'GET /api/v1/plans/:id/ledger.xlsx': { url: `${PLAN}/ledger.xlsx`, may: anyone },
    'GET /api/v1/plans/:id/weekly-export.xlsx': { url: `${PLAN}/weekly-export.xlsx?week=${w.week}`, may: anyone },
    'GET /api/v1/projects/:id/weekly/:week/form.xlsx': { url: `${P}/weekly/${w.week}/form.xlsx`, may: anyone },
    'POST /api/v1/plans/:id/weekly-import': { url: `${PLAN}/weekly-import`, body: png, upload: true, may: (a) => isUnitRole(a.role) || isOffice(a) },

    // monthly reports
    'GET /api/v1/projects/:id/monthly/:month': { url: `${P}/monthly/${w.draftMonth}`, may: edit, hides: (json) => !JSON.stringify(json).includes('7月草稿') },
    'PUT /api/v1/projects/:id/monthly/:month': {
      url: `${P}/monthly/${w.draftMonth}`,
      body: { progressText: '7月改', problemsText: '', nextPlanText: '', version: 1 },
      may: edit,
    },
    'POST /api/v1/monthly/:id/submit': { url: `/api/v1/monthly/${w.monthlyId}/submit`, body: { version: 2 }, may: edit },
    'POST /api/v1/monthly/:id/accept': { url: `/api/v1/monthly/${w.monthlyId}/accept`, body: {}, may: review },
    'POST /api/v1/monthly/:id/return': { url: `/api/v1/monthly/${w.monthlyId}/return`, body: { comment: '请补充' }, may: review },

    // blockers and the green channel
    'POST /api/v1/projects/:id/blockers': { url: `${P}/blockers`, body: { kind: 'funding', description: '资金未到位' }, may: edit },
    'GET /api/v1/plans/:id/blockers': { url: `${PLAN}/blockers`, may: anyone, hides: (json) => !JSON.stringify(json).includes(`"id":${w.blockerId},`) },
    'GET /api/v1/blockers/:id': { url: `/api/v1/blockers/${w.blockerId}`, may: member },
    'POST /api/v1/blockers/:id/green-channel': {
      url: `/api/v1/blockers/${w.blockerId}/green-channel`,
      body: { coUnitId: w.coUnitId, text: '再请协助' },
      may: lead,
    },
    'POST /api/v1/blockers/:id/escalate': { url: `/api/v1/blockers/${w.blockerId}/escalate`, body: {}, may: lead },
    'POST /api/v1/blockers/:id/resolve': { url: `/api/v1/blockers/${w.blockerId}/resolve`, body: { resolution: '已办结' }, may: edit, last: true },
    'POST /api/v1/blockers/:id/close': { url: `/api/v1/blockers/${w.blockerId}/close`, body: { reason: '不再需要' }, may: edit, last: true },
    'POST /api/v1/green-channel/:id/accept': { url: `/api/v1/green-channel/${w.requestId}/accept`, body: {}, may: (a) => a.unitId === w.coUnitId },
    'POST /api/v1/green-channel/:id/answer': {
      url: `/api/v1/green-channel/${w.requestId}/answer`,
      body: { text: '已办理' },
      may: (a) => a.unitId === w.coUnitId,
    },
    'POST /api/v1/green-channel/:id/close': { url: `/api/v1/green-channel/${w.requestId}/close`, body: {}, may: (a) => a.unitId === w.coUnitId },

    // meetings and action items
    'GET /api/v1/plans/:id/meetings': { url: `${PLAN}/meetings`, may: anyone, hides: (json) => !JSON.stringify(json).includes(`"id":${w.meetingId},`) },
    'POST /api/v1/plans/:id/meetings': {
      url: `${PLAN}/meetings`,
      body: { kind: 'topic', date: '2024-06-12', host: '督查室', projectIds: [w.projectId] },
      may: (a) => isOffice(a) || isLeader(a),
    },
    'GET /api/v1/meetings/:id': { url: `/api/v1/meetings/${w.meetingId}`, may: member },
    'POST /api/v1/action-items/:id/close': {
      url: `/api/v1/action-items/${w.actionItemId}/close`,
      body: { evidence: '已完成' },
      may: (a) => isOffice(a) || (isUnitRole(a.role) && a.unitId === w.leadUnitId),
    },
    'GET /api/v1/me/action-items': { url: '/api/v1/me/action-items', may: anyone },
    'POST /api/v1/meetings/:id/attachments': {
      url: `/api/v1/meetings/${w.meetingId}/attachments`,
      body: png,
      upload: true,
      may: (a) => isOffice(a) || a.username === w.users.supervisor.username,
    },
    'GET /api/v1/meeting-attachments/:id': { url: `/api/v1/meeting-attachments/${w.meetingAttachmentId}`, may: member },
    'GET /api/v1/meeting-attachments/:id/thumb': { url: `/api/v1/meeting-attachments/${w.meetingAttachmentId}/thumb`, may: member },
    'DELETE /api/v1/meeting-attachments/:id': { url: `/api/v1/meeting-attachments/${w.meetingAttachmentId}`, may: (a) => isOffice(a), last: true },

    // leaders, 旬 digests and 批示
    'GET /api/v1/leaders': { url: '/api/v1/leaders', may: readsAll },
    'GET /api/v1/projects/:id/leaders': { url: `${P}/leaders`, may: anyone },
    'PUT /api/v1/projects/:id/leaders': { url: `${P}/leaders`, body: { userIds: [w.users.leader.id] }, may: office },
    'GET /api/v1/me/leader-portfolio': { url: '/api/v1/me/leader-portfolio?asOf=2024-06-10', may: isLeader },
    'POST /api/v1/me/xun-digests/generate': { url: '/api/v1/me/xun-digests/generate', may: isLeader },
    'GET /api/v1/me/xun-digests': { url: '/api/v1/me/xun-digests', may: isLeader },
    'POST /api/v1/projects/:id/instructions': { url: `${P}/instructions`, body: { text: '抓紧推进' }, may: isLeader },
    'GET /api/v1/me/instructions': { url: '/api/v1/me/instructions', may: anyone },
    'GET /api/v1/projects/:id/instructions': { url: `${P}/instructions`, may: member },
    'GET /api/v1/instructions/:id': { url: `/api/v1/instructions/${w.instructionId}`, may: member },
    'POST /api/v1/instructions/:id/answer': { url: `/api/v1/instructions/${w.instructionId}/answer`, body: { text: '已推进', evidence: '照片' }, may: lead },
    'POST /api/v1/instructions/:id/close': {
      url: `/api/v1/instructions/${w.instructionId}/close`,
      body: {},
      may: (a) => isOffice(a) || a.id === w.users.leader.id,
      last: true,
    },

    // bulletins (通报)
    'GET /api/v1/plans/:id/bulletins': { url: `${PLAN}/bulletins`, may: anyone, hides: (json) => !JSON.stringify(json).includes(`"id":${w.bulletinId},`) },
    'POST /api/v1/plans/:id/bulletins': { url: `${PLAN}/bulletins`, body: { month: '2024-05' }, may: office },
    'GET /api/v1/bulletins/:id(^\\d+)': { url: `/api/v1/bulletins/${w.bulletinId}`, may: office },
    'GET /api/v1/bulletins/:id(^\\d+).docx': { url: `/api/v1/bulletins/${w.bulletinId}.docx`, may: office },
    'PATCH /api/v1/bulletins/:id': { url: `/api/v1/bulletins/${w.bulletinId}`, body: { title: '改标题', version: 1 }, may: office },
    'POST /api/v1/bulletins/:id/issue': { url: `/api/v1/bulletins/${w.bulletinId}/issue`, body: {}, may: office, last: true },

    // notifications (issue 11): own items and settings only; unit robots by the office; the delivery log by the admin
    'GET /api/v1/notifications': { url: '/api/v1/notifications', may: anyone },
    'GET /api/v1/notifications/unread-count': { url: '/api/v1/notifications/unread-count', may: anyone },
    'POST /api/v1/notifications/read-all': { url: '/api/v1/notifications/read-all', may: anyone },
    // nobody may mark an item that is not theirs: an id no one owns is refused (404) to every role
    'POST /api/v1/notifications/:id/read': { url: '/api/v1/notifications/999999/read', may: () => false },
    'GET /api/v1/me/notification-preferences': { url: '/api/v1/me/notification-preferences', may: anyone },
    'PUT /api/v1/me/notification-preferences': {
      url: '/api/v1/me/notification-preferences',
      body: { email: null, emailEnabled: false, quietStart: null, quietEnd: null },
      may: anyone,
    },
    'GET /api/v1/units/:id/robot-settings': { url: `/api/v1/units/${w.leadUnitId}/robot-settings`, may: (a) => isOffice(a) || a.unitId === w.leadUnitId },
    'PUT /api/v1/units/:id/robot-settings': {
      url: `/api/v1/units/${w.leadUnitId}/robot-settings`,
      body: { channel: 'wecom', enabled: true, webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=matrix' },
      may: office,
    },
    'GET /api/v1/admin/notification-deliveries': { url: '/api/v1/admin/notification-deliveries', may: anyone },
    // inspections (督导检查), findings, rectifications (issue 11)
    'GET /api/v1/plans/:id/inspections': {
      url: `${PLAN}/inspections`,
      may: member,
      hides: (json) => !JSON.stringify(json).includes(`"id":${w.inspectionId},`),
    },
    'POST /api/v1/plans/:id/inspections': {
      url: `${PLAN}/inspections`,
      body: { date: '2024-07-02', inspectors: '督查室', projectIds: [w.projectId] },
      may: office,
    },
    'GET /api/v1/inspections/:id': { url: `/api/v1/inspections/${w.inspectionId}`, may: member },
    'PATCH /api/v1/inspections/:id': {
      url: `/api/v1/inspections/${w.inspectionId}`,
      body: { date: '2024-06-18', inspectors: '督查室 张明、李华', projectIds: [w.projectId], version: 1 },
      may: office,
    },
    'POST /api/v1/inspections/:id/findings': {
      url: `/api/v1/inspections/${w.inspectionId}/findings`,
      body: { projectId: w.projectId, description: '标识牌缺失', severity: 'general' },
      may: office,
    },
    'GET /api/v1/findings/:id': { url: `/api/v1/findings/${w.findingId}`, may: member },
    'PATCH /api/v1/findings/:id': {
      url: `/api/v1/findings/${w.findingId}`,
      body: { description: '2 座充电桩未接电', severity: 'serious', version: 1 },
      may: office,
    },
    'POST /api/v1/findings/:id/photos': { url: `/api/v1/findings/${w.findingId}/photos`, body: png, upload: true, may: office },
    'POST /api/v1/findings/:id/rectification': {
      url: `/api/v1/findings/${w.findingId}/rectification`,
      body: { requirement: '整改', deadline: '2024-07-10' },
      may: office,
    },
    'POST /api/v1/rectifications/:id/photos': {
      url: `/api/v1/rectifications/${w.rectificationId}/photos`,
      body: png,
      upload: true,
      may: (a) => isUnitRole(a.role) && lead(a),
    },
    'POST /api/v1/rectifications/:id/respond': {
      url: `/api/v1/rectifications/${w.rectificationId}/respond`,
      body: { evidence: '已完成接电', version: 1 },
      may: (a) => isUnitRole(a.role) && lead(a),
    },
    'POST /api/v1/rectifications/:id/return': {
      url: `/api/v1/rectifications/${w.rectificationId}/return`,
      body: { comment: '请补充照片', version: 2 },
      may: office,
    },
    'POST /api/v1/rectifications/:id/accept': { url: `/api/v1/rectifications/${w.rectificationId}/accept`, body: { version: 2 }, may: office, last: true },
    'GET /api/v1/inspection-photos/:id': { url: `/api/v1/inspection-photos/${w.inspectionPhotoId}`, may: member },
    'GET /api/v1/inspection-photos/:id/thumb': { url: `/api/v1/inspection-photos/${w.inspectionPhotoId}/thumb`, may: member },
    'DELETE /api/v1/inspection-photos/:id': { url: `/api/v1/inspection-photos/${w.inspectionPhotoId}`, may: office, last: true },
    'GET /api/v1/projects/:id/inspection-findings': {
      url: `${P}/inspection-findings`,
      may: member,
      hides: (json) => !JSON.stringify(json).includes(`"id":${w.findingId},`),
    },
    'GET /api/v1/me/rectifications': { url: '/api/v1/me/rectifications', may: anyone },
    // dashboard (督查大屏, issue 11)
    'GET /api/v1/plans/:id/dashboard': { url: `${PLAN}/dashboard?asOf=2024-06-10`, may: readsAll },
    // 单位考核 (issue 11): everyone reads (units their own row only), the 督查室 edits the rubric
    'GET /api/v1/plans/:id/assessment-rubric': { url: `${PLAN}/assessment-rubric`, may: anyone },
    'PUT /api/v1/plans/:id/assessment-rubric': {
      url: `${PLAN}/assessment-rubric`,
      body: {
        criteria: [
          { key: 'timeliness', weight: 40 },
          { key: 'progress', weight: 60 },
        ],
        version: 0,
      },
      may: office,
    },
    'GET /api/v1/plans/:id/assessment': { url: `${PLAN}/assessment`, may: (a) => readsAll(a) || (isUnitRole(a.role) && a.unitId !== null) },
    'GET /api/v1/plans/:id/assessment.xlsx': { url: `${PLAN}/assessment.xlsx`, may: (a) => readsAll(a) || (isUnitRole(a.role) && a.unitId !== null) },
    // 督办单 (to unit A on project A): the 督查室 issues and reviews, unit A signs and responds, leaders read
    ...supervisionNoticeCases(w, png),
    // citizens' feedback (issue 12): public posts, the 督查室 moderates, the lead unit replies and closes 回访整改
    ...publicFeedbackCases(w),
    // next year's list (issue 12): the 督查室 runs it, only deputies vote (route access decides; rows add nothing)
    ...nextYearCases(w),
  };
}

function supervisionNoticeCases(w: MatrixWorld, png: Buffer): Record<string, RouteCase> {
  const N = `/api/v1/supervision-notices/${w.supervisionNoticeId}`;
  const A = `/api/v1/supervision-notice-attachments/${w.supervisionAttachmentId}`;
  const unitA = (a: Actor) => isUnitRole(a.role) && a.unitId === w.leadUnitId;
  const hidesNotice = (json: unknown) => !(json as { items: { id: number }[] }).items.some((i) => i.id === w.supervisionNoticeId);
  return {
    'GET /api/v1/plans/:id/supervision-notices': { url: `/api/v1/plans/${w.planId}/supervision-notices`, may: notice(w), hides: hidesNotice },
    'POST /api/v1/plans/:id/supervision-notices': {
      url: `/api/v1/plans/${w.planId}/supervision-notices`,
      body: { projectId: w.projectId, unitId: w.leadUnitId, subject: '督办', problem: '滞后', requirement: '整改', deadline: '2099-12-31' },
      may: office,
    },
    'GET /api/v1/supervision-notices/:id': { url: N, may: notice(w) },
    'POST /api/v1/supervision-notices/:id/sign': { url: `${N}/sign`, body: {}, may: unitA },
    'POST /api/v1/supervision-notices/:id/respond': { url: `${N}/respond`, body: { response: '已整改', evidence: '现场照片' }, may: unitA },
    'POST /api/v1/supervision-notices/:id/review': { url: `${N}/review`, body: { outcome: 'close' }, may: office, last: true },
    'POST /api/v1/supervision-notices/:id/attachments': { url: `${N}/attachments`, body: png, upload: true, may: unitA },
    'GET /api/v1/supervision-notice-attachments/:id': { url: A, may: notice(w) },
    'GET /api/v1/supervision-notice-attachments/:id/thumb': { url: `${A}/thumb`, may: notice(w) },
    'DELETE /api/v1/supervision-notice-attachments/:id': { url: A, may: unitA, last: true },
  };
}
