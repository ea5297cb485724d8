import '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okBodySchema } from '../../../contract/common.contract';
import {
  findingBodySchema,
  findingSchema,
  findingUpdateBodySchema,
  inspectionBodySchema,
  inspectionDetailSchema,
  inspectionListSchema,
  inspectionPhotoSchema,
  inspectionUpdateBodySchema,
  myRectificationsSchema,
  photoLocationQuerySchema,
  projectFindingsSchema,
  rectificationBodySchema,
  rectificationRespondBodySchema,
  rectificationReviewBodySchema,
} from '../../../contract/inspections.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { readUploadedFile, sendStoredFile } from '../../storage/file-transfer';
import { createFinding, getFinding, updateFinding } from './findings.service';
import { addFindingPhoto, addRectificationPhoto, deleteInspectionPhoto, readInspectionPhoto } from './inspection-photos.service';
import { createInspection, getInspection, listPlanInspections, updateInspection } from './inspections.service';
import { listMyRectifications, listProjectFindings, requestRectification, respondRectification, reviewRectification } from './rectifications.service';

const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['inspections'];
const params = idParamsSchema;
const inspection = { 200: inspectionDetailSchema };
const finding = { 200: findingSchema };
const photo = { 200: inspectionPhotoSchema };
const upload = { consumes: ['multipart/form-data'], querystring: photoLocationQuerySchema, response: photo };

/** inspections routes (issue 11): 一线督导检查, findings with photos, rectification requests (整改要求). */
export const inspectionsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/inspections',
    { config: signedIn, schema: { tags, summary: '清单的督导检查（单位只看到检查过本单位项目的）', params, response: { 200: inspectionListSchema } } },
    async (request) => listPlanInspections(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/plans/:id/inspections',
    { config: office, schema: { tags, summary: '记录督导检查（督查室）', params, body: inspectionBodySchema, response: inspection } },
    async (request) => createInspection(ctx, requireActor(request), request.params.id, request.body),
  );
  app.get('/inspections/:id', { config: signedIn, schema: { tags, summary: '督导检查详情、问题与整改', params, response: inspection } }, async (request) =>
    getInspection(ctx, requireActor(request), request.params.id),
  );
  app.patch(
    '/inspections/:id',
    { config: office, schema: { tags, summary: '修改督导检查（督查室，带版本检查）', params, body: inspectionUpdateBodySchema, response: inspection } },
    async (request) => updateInspection(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/inspections/:id/findings',
    { config: office, schema: { tags, summary: '记录检查发现的问题（可同时下发整改要求）', params, body: findingBodySchema, response: finding } },
    async (request) => createFinding(ctx, requireActor(request), request.params.id, request.body),
  );
  app.get('/findings/:id', { config: signedIn, schema: { tags, summary: '问题详情与整改', params, response: finding } }, async (request) =>
    getFinding(ctx, requireActor(request), request.params.id),
  );
  app.patch(
    '/findings/:id',
    { config: office, schema: { tags, summary: '修改问题（督查室，带版本检查）', params, body: findingUpdateBodySchema, response: finding } },
    async (request) => updateFinding(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post('/findings/:id/photos', { config: office, schema: { tags, summary: '上传检查现场照片（保留拍摄位置）', params, ...upload } }, async (request) =>
    addFindingPhoto(ctx, requireActor(request), request.params.id, await readUploadedFile(request), request.query),
  );
  app.post(
    '/findings/:id/rectification',
    { config: office, schema: { tags, summary: '下发整改要求（须写明整改期限）', params, body: rectificationBodySchema, response: finding } },
    async (request) => requestRectification(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post('/rectifications/:id/photos', { config: signedIn, schema: { tags, summary: '上传整改照片（主办单位）', params, ...upload } }, async (request) =>
    addRectificationPhoto(ctx, requireActor(request), request.params.id, await readUploadedFile(request), request.query),
  );
  app.post(
    '/rectifications/:id/respond',
    {
      config: signedIn,
      schema: { tags, summary: '提交整改情况（主办单位，须写明整改情况）', params, body: rectificationRespondBodySchema, response: finding },
    },
    async (request) => respondRectification(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/rectifications/:id/accept',
    { config: office, schema: { tags, summary: '复核通过，销号（督查室）', params, body: rectificationReviewBodySchema, response: finding } },
    async (request) => reviewRectification(ctx, requireActor(request), request.params.id, { ...request.body, accept: true }),
  );
  app.post(
    '/rectifications/:id/return',
    { config: office, schema: { tags, summary: '退回整改（督查室，须写明原因）', params, body: rectificationReviewBodySchema, response: finding } },
    async (request) => reviewRectification(ctx, requireActor(request), request.params.id, { ...request.body, accept: false }),
  );

  app.get('/inspection-photos/:id', { config: { ...signedIn, download: true }, schema: { tags, summary: '督导检查照片', params } }, async (request, reply) =>
    sendStoredFile(reply, await readInspectionPhoto(ctx, requireActor(request), request.params.id, 'file'), 'file'),
  );
  app.get(
    '/inspection-photos/:id/thumb',
    { config: { ...signedIn, download: true }, schema: { tags, summary: '督导检查照片缩略图', params } },
    async (request, reply) => sendStoredFile(reply, await readInspectionPhoto(ctx, requireActor(request), request.params.id, 'thumb'), 'thumb'),
  );
  app.delete(
    '/inspection-photos/:id',
    { config: signedIn, schema: { tags, summary: '删除督导检查照片', params, response: { 200: okBodySchema } } },
    async (request) => {
      await deleteInspectionPhoto(ctx, requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/projects/:id/inspection-findings',
    { config: signedIn, schema: { tags, summary: '项目的督导检查问题与整改', params, response: { 200: projectFindingsSchema } } },
    async (request) => listProjectFindings(ctx, requireActor(request), request.params.id),
  );
  app.get(
    '/me/rectifications',
    { config: signedIn, schema: { tags, summary: '我的整改待办（单位：待整改；督查室：待复核）', response: { 200: myRectificationsSchema } } },
    async (request) => listMyRectifications(ctx, requireActor(request)),
  );
};
