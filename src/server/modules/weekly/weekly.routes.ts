import '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okBodySchema } from '../../../contract/common.contract';
import {
  attachmentSchema,
  coNoteBodySchema,
  coUnitNoteSchema,
  projectWeekParamsSchema,
  reviewQueueSchema,
  todoResponseSchema,
  weeklyDraftBodySchema,
  weeklyHistorySchema,
  weeklyQuerySchema,
  weeklyReviewBodySchema,
  weeklySubmitBodySchema,
  weeklyTimelineSchema,
  weeklyUpdateSchema,
} from '../../../contract/weekly.contract';
import type { AppContext } from '../../context';
import { idempotentWrite } from '../../http/idempotency';
import { requireActor } from '../../plugins/auth.plugin';
import { readUploadedFile, sendStoredFile } from '../../storage/file-transfer';
import { addAttachment, deleteAttachment, readAttachment } from './attachments.service';
import { getHistory, getReviewQueue, getTimeline, getTodo, saveCoUnitNote } from './weekly-lists.service';
import { correctWeekly, getWeekly, reviewWeekly, saveWeeklyDraft, submitWeekly } from './weekly.service';

const signedIn = { access: 'authenticated' } as const;
const signedInDownload = { ...signedIn, download: true } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['weekly'];
const idParams = idParamsSchema;
const weekly = { 200: weeklyUpdateSchema };
/** The writes that take an Idempotency-Key (src/server/http/idempotency.ts) say so in the API documentation. */
const description = '可带请求头 Idempotency-Key（每次操作一个新的 UUID，重试时沿用）：同一标识的重复请求只写一次，并返回第一次的结果。';

export const weeklyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/me/todo', { config: signedIn, schema: { tags, summary: '我的待办：本周需要填报的项目', response: { 200: todoResponseSchema } } }, async (request) =>
    getTodo(ctx, requireActor(request)),
  );

  app.get(
    '/projects/:id/weekly',
    { config: signedIn, schema: { tags, summary: '某周的周台账（未保存时为空表）', params: idParams, querystring: weeklyQuerySchema, response: weekly } },
    async (request) => getWeekly(ctx, requireActor(request), request.params.id, request.query.week),
  );

  app.put(
    '/projects/:id/weekly/:week',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '保存周台账草稿（自动保存，带版本检查）',
        description,
        params: projectWeekParamsSchema,
        body: weeklyDraftBodySchema,
        response: weekly,
      },
    },
    async (request, reply) =>
      idempotentWrite(ctx, request, reply, (c) => saveWeeklyDraft(c, requireActor(request), request.params.id, request.params.week, request.body)),
  );

  app.post(
    '/weekly/:id/submit',
    { config: signedIn, schema: { tags, summary: '提交周台账', description, params: idParams, body: weeklySubmitBodySchema, response: weekly } },
    async (request, reply) => idempotentWrite(ctx, request, reply, (c) => submitWeekly(c, requireActor(request), request.params.id, request.body.version)),
  );

  app.post(
    '/weekly/:id/correct',
    { config: signedIn, schema: { tags, summary: '更正已提交的周台账（生成新版本）', description, params: idParams, response: weekly } },
    async (request, reply) => idempotentWrite(ctx, request, reply, (c) => correctWeekly(c, requireActor(request), request.params.id)),
  );

  app.post(
    '/weekly/:id/accept',
    { config: office, schema: { tags, summary: '通过（督查室）', params: idParams, body: weeklyReviewBodySchema, response: weekly } },
    async (request) =>
      reviewWeekly(ctx, requireActor(request), request.params.id, { accept: true, comment: request.body.comment ?? null, version: request.body.version }),
  );
  app.post(
    '/weekly/:id/return',
    { config: office, schema: { tags, summary: '退回（督查室，需意见）', params: idParams, body: weeklyReviewBodySchema, response: weekly } },
    async (request) =>
      reviewWeekly(ctx, requireActor(request), request.params.id, { accept: false, comment: request.body.comment ?? null, version: request.body.version }),
  );

  app.get(
    '/weekly/:id/history',
    { config: signedIn, schema: { tags, summary: '周台账的全部版本', params: idParams, response: { 200: weeklyHistorySchema } } },
    async (request) => getHistory(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/weekly/:id/attachments',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '上传附件（照片、PDF、Word、Excel，≤10MB）',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: attachmentSchema },
      },
    },
    async (request) => addAttachment(ctx, requireActor(request), request.params.id, await readUploadedFile(request)),
  );

  app.get('/attachments/:id', { config: signedInDownload, schema: { tags, summary: '下载附件', params: idParams } }, async (request, reply) =>
    sendStoredFile(reply, await readAttachment(ctx, requireActor(request), request.params.id, 'file'), 'file'),
  );
  app.get('/attachments/:id/thumb', { config: signedInDownload, schema: { tags, summary: '附件缩略图', params: idParams } }, async (request, reply) =>
    sendStoredFile(reply, await readAttachment(ctx, requireActor(request), request.params.id, 'thumb'), 'thumb'),
  );

  app.delete(
    '/attachments/:id',
    { config: signedIn, schema: { tags, summary: '删除附件', params: idParams, response: { 200: okBodySchema } } },
    async (request) => {
      await deleteAttachment(ctx, requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.put(
    '/projects/:id/co-notes/:week',
    {
      config: signedIn,
      schema: { tags, summary: '协办单位说明', params: projectWeekParamsSchema, body: coNoteBodySchema, response: { 200: coUnitNoteSchema } },
    },
    async (request) => saveCoUnitNote(ctx, requireActor(request), request.params.id, request.params.week, request.body),
  );

  app.get(
    '/projects/:id/timeline',
    { config: signedIn, schema: { tags, summary: '项目的周台账时间线', params: idParams, response: { 200: weeklyTimelineSchema } } },
    async (request) => getTimeline(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/plans/:id/review-queue',
    { config: office, schema: { tags, summary: '待审核的周台账（督查室）', params: idParams, response: { 200: reviewQueueSchema } } },
    async (request) => getReviewQueue(ctx, requireActor(request), request.params.id),
  );
};
