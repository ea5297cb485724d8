import type { Actor } from '../auth/actor';
import { isUnitRole } from '../auth/actor';
import { readsAll } from './policy-actor';
import type { RouteCase } from './route-matrix.case';
import { anyone, office } from './route-matrix.case';
import type { MatrixWorld } from './route-matrix.world';

/** Issue 12's public side in the route matrix: citizens' feedback and next year's list (征集, 候选项目, 票决). */
export function publicFeedbackCases(w: MatrixWorld): Record<string, RouteCase> {
  const PUB = `/api/v1/public/projects/${w.projectId}`;
  const C = `/api/v1/public-comments/${w.publicCommentId}`;
  const unitA = (a: Actor) => isUnitRole(a.role) && a.unitId === w.leadUnitId;
  const readsOrLead = (a: Actor) => readsAll(a) || unitA(a);
  const lacks = (id: number) => (json: unknown) => !(json as { items: { id: number }[] }).items.some((i) => i.id === id);
  return {
    'GET /api/v1/public/projects/:id/comments': { url: `${PUB}/comments`, may: anyone },
    'GET /api/v1/public/projects/:id/comment-form-token': { url: `${PUB}/comment-form-token`, may: anyone },
    'POST /api/v1/public/projects/:id/comments': {
      url: `${PUB}/comments`,
      body: { kind: 'message', body: '希望早日建成充电桩', formToken: w.commentFormToken },
      may: anyone,
    },
    'POST /api/v1/public/projects/:id/ratings': { url: `${PUB}/ratings`, body: { rating: 'satisfied' }, may: anyone },
    'GET /api/v1/plans/:id/public-comments': { url: `/api/v1/plans/${w.planId}/public-comments`, may: readsOrLead, hides: lacks(w.publicCommentId) },
    'POST /api/v1/public-comments/:id/approve': { url: `${C}/approve`, body: {}, may: office },
    'POST /api/v1/public-comments/:id/reject': { url: `${C}/reject`, body: { reason: '与项目无关' }, may: office, last: true },
    'POST /api/v1/public-comments/:id/reply': { url: `${C}/reply`, body: { reply: '已列入计划' }, may: unitA },
    'GET /api/v1/plans/:id/satisfaction': { url: `/api/v1/plans/${w.planId}/satisfaction`, may: readsAll },
    'GET /api/v1/plans/:id/satisfaction.xlsx': { url: `/api/v1/plans/${w.planId}/satisfaction.xlsx`, may: readsAll },
    'GET /api/v1/plans/:id/rating-follow-ups': { url: `/api/v1/plans/${w.planId}/rating-follow-ups`, may: readsOrLead, hides: lacks(w.followUpId) },
    'GET /api/v1/me/rating-follow-ups': { url: '/api/v1/me/rating-follow-ups', may: anyone },
    'POST /api/v1/rating-follow-ups/:id/close': {
      url: `/api/v1/rating-follow-ups/${w.followUpId}/close`,
      body: { response: '已回访' },
      may: unitA,
      last: true,
    },
  };
}

export function nextYearCases(w: MatrixWorld): Record<string, RouteCase> {
  const y = w.nextYear;
  const S = `/api/v1/vote-sessions/${y.openSessionId}`;
  const C = `/api/v1/vote-sessions/${y.closedSessionId}`;
  const candidate = { name: '新增候选', content: '建设社区食堂', leadUnit: '区民政局', investment: 50, expectedEffect: '方便老人就餐' };
  return {
    'GET /api/v1/solicitations': { url: '/api/v1/solicitations', may: anyone },
    'POST /api/v1/solicitations': {
      url: '/api/v1/solicitations',
      body: { year: y.year, title: '补充征集', description: '', startsOn: '2000-01-01', endsOn: '2099-12-31' },
      may: anyone,
    },
    'PATCH /api/v1/solicitations/:id': {
      url: `/api/v1/solicitations/${y.solicitationId}`,
      body: { title: '征集（修改）', description: '', startsOn: '2000-01-01', endsOn: '2099-12-31', version: 1 },
      may: anyone,
    },
    'GET /api/v1/solicitations/:id/proposals': { url: `/api/v1/solicitations/${y.solicitationId}/proposals`, may: anyone },
    'POST /api/v1/proposals/:id/moderate': { url: `/api/v1/proposals/${y.proposalId}/moderate`, body: { decision: 'approve' }, may: anyone },
    'GET /api/v1/vote-candidates': { url: `/api/v1/vote-candidates?year=${y.year}`, may: anyone },
    'POST /api/v1/vote-candidates': { url: '/api/v1/vote-candidates', body: { year: y.year + 1, ...candidate }, may: anyone },
    'PUT /api/v1/vote-candidates/order': { url: '/api/v1/vote-candidates/order', body: { year: y.year, ids: [...y.candidateIds].reverse() }, may: anyone },
    'PATCH /api/v1/vote-candidates/:id': { url: `/api/v1/vote-candidates/${y.freeCandidateId}`, body: { ...candidate, version: 1 }, may: anyone },
    'DELETE /api/v1/vote-candidates/:id': { url: `/api/v1/vote-candidates/${y.freeCandidateId}?version=2`, may: anyone, last: true },
    'GET /api/v1/vote-sessions': { url: '/api/v1/vote-sessions', may: anyone },
    'POST /api/v1/vote-sessions': { url: '/api/v1/vote-sessions', body: { year: y.year, title: '再次票决', chooseCount: 1 }, may: anyone },
    'GET /api/v1/vote-sessions/:id': { url: S, may: anyone },
    'POST /api/v1/vote-sessions/:id/open': { url: `${C}/open`, body: { version: 1 }, may: anyone },
    'POST /api/v1/vote-sessions/:id/close': { url: `${S}/close`, body: { version: 2 }, may: anyone, last: true },
    'POST /api/v1/vote-sessions/:id/publish': { url: `${C}/publish`, body: { version: 3 }, may: anyone },
    'POST /api/v1/vote-sessions/:id/resolve-tie': {
      url: `${C}/resolve-tie`,
      body: { candidateIds: [y.candidateIds[0]], note: '再次票决确定', version: 3 },
      may: anyone,
    },
    'POST /api/v1/vote-sessions/:id/plan-draft': { url: `${C}/plan-draft`, may: anyone },
    'GET /api/v1/me/ballots': { url: '/api/v1/me/ballots', may: anyone },
    'POST /api/v1/vote-sessions/:id/ballot': { url: `${S}/ballot`, body: { candidateIds: [y.candidateIds[0]] }, may: anyone },
    // public (no sign-in): the calls and approved proposals, a proposal (rate limited per IP), a published result
    'GET /api/v1/public/solicitations': { url: '/api/v1/public/solicitations', may: anyone },
    'POST /api/v1/public/solicitations/:id/proposals': {
      url: `/api/v1/public/solicitations/${y.solicitationId}/proposals`,
      body: { title: '增设公交线路', background: '新小区出行不便', content: '开通社区公交', name: '李四', phone: '13912345678' },
      may: anyone,
    },
    'GET /api/v1/public/votes/:id': { url: `/api/v1/public/votes/${y.closedSessionId}`, may: anyone },
  };
}
