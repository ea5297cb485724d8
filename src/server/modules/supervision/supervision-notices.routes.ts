import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okBodySchema } from '../../../contract/common.contract';
import {
  issueSupervisionNoticeBodySchema,
  respondSupervisionNoticeBodySchema,
  reviewSupervisionNoticeBodySchema,
  signSupervisionNoticeBodySchema,
  supervisionNoticeAttachmentSchema,
  supervisionNoticeDetailSchema,
  supervisionNoticeListQuerySchema,
  supervisionNoticeListSchema,
} from '../../../contract/supervision-notices.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { readUploadedFile, sendStoredFile } from '../../storage/file-transfer';
import { addNoticeAttachment, deleteNoticeAttachment, readNoticeAttachment } from './supervision-attachments.service';
import {
  getSupervisionNotice,
  issueSupervisionNotice,
  listPlanSupervisionNotices,
  respondSupervisionNotice,
  reviewSupervisionNotice,
  signSupervisionNotice,
} from './supervision-notices.service';

const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const unitUsers = { access: ['unit_manager', 'unit_staff'] } as const;
const tags = ['supervision-notices'];
const params = idParamsSchema;
const detail = { 200: supervisionNoticeDetailSchema };

/** 督办单 routes (issue 11): issue, sign, respond with evidence, review. */
export const supervisionNoticesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/supervision-notices',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '清单的督办单，可按项目筛选（承办单位只看到发给本单位的）',
        params,
        querystring: supervisionNoticeListQuerySchema,
        response: { 200: supervisionNoticeListSchema },
      },
    },
    async (request) => listPlanSupervisionNotices(ctx, requireActor(request), request.params.id, request.query),
  );
  app.post(
    '/plans/:id/supervision-notices',
    { config: office, schema: { tags, summary: '下发督办单（督查室）', params, body: issueSupervisionNoticeBodySchema, response: detail } },
    async (request) => issueSupervisionNotice(ctx, requireActor(request), request.params.id, request.body),
  );
  app.get('/supervision-notices/:id', { config: signedIn, schema: { tags, summary: '督办单详情与办理过程', params, response: detail } }, async (request) =>
    getSupervisionNotice(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/supervision-notices/:id/sign',
    { config: unitUsers, schema: { tags, summary: '签收督办单（承办单位）', params, body: signSupervisionNoticeBodySchema, response: detail } },
    async (request) => signSupervisionNotice(ctx, requireActor(request), request.params.id, request.body?.version),
  );
  app.post(
    '/supervision-notices/:id/respond',
    { config: unitUsers, schema: { tags, summary: '反馈办理情况与佐证材料（承办单位）', params, body: respondSupervisionNoticeBodySchema, response: detail } },
    async (request) => respondSupervisionNotice(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/supervision-notices/:id/review',
    { config: office, schema: { tags, summary: '复核督办单：办结或退回（督查室）', params, body: reviewSupervisionNoticeBodySchema, response: detail } },
    async (request) => reviewSupervisionNotice(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/supervision-notices/:id/attachments',
    {
      config: unitUsers,
      schema: {
        tags,
        summary: '上传佐证材料（照片、PDF、Word、Excel，≤10MB）',
        params,
        consumes: ['multipart/form-data'],
        response: { 200: supervisionNoticeAttachmentSchema },
      },
    },
    async (request) => addNoticeAttachment(ctx, requireActor(request), request.params.id, await readUploadedFile(request)),
  );
  app.get(
    '/supervision-notice-attachments/:id',
    { config: { ...signedIn, download: true }, schema: { tags, summary: '下载佐证材料', params } },
    async (request, reply) => sendStoredFile(reply, await readNoticeAttachment(ctx, requireActor(request), request.params.id, 'file'), 'file'),
  );
  app.get(
    '/supervision-notice-attachments/:id/thumb',
    { config: { ...signedIn, download: true }, schema: { tags, summary: '佐证材料缩略图', params } },
    async (request, reply) => sendStoredFile(reply, await readNoticeAttachment(ctx, requireActor(request), request.params.id, 'thumb'), 'thumb'),
  );
  app.delete(
    '/supervision-notice-attachments/:id',
    { config: unitUsers, schema: { tags, summary: '删除佐证材料（反馈前）', params, response: { 200: okBodySchema } } },
    async (request) => {
      await deleteNoticeAttachment(ctx, requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );
};
