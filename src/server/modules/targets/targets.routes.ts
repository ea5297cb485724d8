import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema as idParams, okBodySchema as okBody } from '../../../contract/common.contract';
import {
  confirmAllResultSchema,
  milestoneInputSchema,
  milestonePatchBodySchema,
  milestoneSchema,
  projectTargetsSchema,
  targetHistorySchema,
  targetInputSchema,
  targetPatchBodySchema,
  targetSchema,
  trajectoryBodySchema,
  versionBodySchema as versionBody,
  versionQuerySchema as versionQuery,
} from '../../../contract/targets.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { confirmAllOfProject } from './baseline.service';
import { addMilestone, confirmMilestone, deleteMilestone, updateMilestone } from './milestones.service';
import { addTarget, confirmTarget, deleteTarget, getProjectTargets, getTargetHistory, setTargetTrajectory, updateTarget } from './targets.service';

const signedIn = { access: 'authenticated' } as const;
const tags = ['targets'];

export const targetsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/projects/:id/targets',
    {
      config: signedIn,
      schema: { tags, summary: '项目的目标指标与节点', params: idParams, response: { 200: projectTargetsSchema } },
    },
    async (request) => getProjectTargets(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/projects/:id/targets',
    { config: signedIn, schema: { tags, summary: '新增目标（基线锁定前）', params: idParams, body: targetInputSchema, response: { 200: targetSchema } } },
    async (request) => addTarget(ctx, requireActor(request), request.params.id, request.body),
  );

  app.patch(
    '/targets/:id',
    {
      config: signedIn,
      schema: { tags, summary: '修改目标（基线锁定前）', params: idParams, body: targetPatchBodySchema, response: { 200: targetSchema } },
    },
    async (request) => updateTarget(ctx, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/targets/:id',
    { config: signedIn, schema: { tags, summary: '删除目标（基线锁定前）', params: idParams, querystring: versionQuery, response: { 200: okBody } } },
    async (request) => {
      await deleteTarget(ctx, requireActor(request), request.params.id, request.query.version);
      return { ok: true as const };
    },
  );

  app.put(
    '/targets/:id/trajectory',
    {
      config: signedIn,
      schema: { tags, summary: '设置计划进度（按月累计值）', params: idParams, body: trajectoryBodySchema, response: { 200: targetSchema } },
    },
    async (request) => setTargetTrajectory(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/targets/:id/confirm',
    { config: signedIn, schema: { tags, summary: '确认目标（督查室）', params: idParams, body: versionBody, response: { 200: targetSchema } } },
    async (request) => confirmTarget(ctx, requireActor(request), request.params.id, request.body.version),
  );

  app.get(
    '/targets/:id/history',
    {
      config: signedIn,
      schema: { tags, summary: '目标的全部历史版本', params: idParams, response: { 200: targetHistorySchema } },
    },
    async (request) => getTargetHistory(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/projects/:id/milestones',
    { config: signedIn, schema: { tags, summary: '新增节点（基线锁定前）', params: idParams, body: milestoneInputSchema, response: { 200: milestoneSchema } } },
    async (request) => addMilestone(ctx, requireActor(request), request.params.id, request.body),
  );

  app.patch(
    '/milestones/:id',
    {
      config: signedIn,
      schema: { tags, summary: '修改节点（基线锁定前）', params: idParams, body: milestonePatchBodySchema, response: { 200: milestoneSchema } },
    },
    async (request) => updateMilestone(ctx, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/milestones/:id',
    { config: signedIn, schema: { tags, summary: '删除节点（基线锁定前）', params: idParams, querystring: versionQuery, response: { 200: okBody } } },
    async (request) => {
      await deleteMilestone(ctx, requireActor(request), request.params.id, request.query.version);
      return { ok: true as const };
    },
  );

  app.post(
    '/milestones/:id/confirm',
    { config: signedIn, schema: { tags, summary: '确认节点（督查室）', params: idParams, body: versionBody, response: { 200: milestoneSchema } } },
    async (request) => confirmMilestone(ctx, requireActor(request), request.params.id, request.body.version),
  );

  app.post(
    '/projects/:id/confirm-all',
    { config: signedIn, schema: { tags, summary: '确认项目的全部目标和节点（督查室）', params: idParams, response: { 200: confirmAllResultSchema } } },
    async (request) => confirmAllOfProject(ctx, requireActor(request), request.params.id),
  );
};
