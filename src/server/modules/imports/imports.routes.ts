import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { badRequest } from '../../errors';
import { requireActor } from '../../plugins/auth.plugin';
import {
  importCommitResultSchema,
  importPreviewSchema,
  noticeDraftBodySchema,
  noticeDraftSchema,
  noticeTextBodySchema,
} from '../../../contract/imports.contract';
import { draftToNotice, readDraftFromFile, readDraftFromText } from './notice-draft.service';
import type { NoticeFile } from './notice-import.service';
import { commitNoticeImport, parseNoticeUpload, previewNoticeImport } from './notice-import.service';

/** The uploaded notice (multipart field `file`); size is limited by the multipart plugin. */
async function readUpload(request: FastifyRequest): Promise<NoticeFile> {
  if (!request.isMultipart()) throw badRequest('请以文件上传的方式提交通知（.txt、.docx 或 .xlsx）。');
  const part = await request.file();
  if (!part) throw badRequest('请选择要导入的通知文件（.txt、.docx 或 .xlsx）。');
  const data = await part.toBuffer();
  return { data, fileName: part.filename || '未命名文件' };
}

const officeRoles = ['admin', 'supervisor'] as const;

export const importsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/imports/notice/preview',
    {
      config: { access: officeRoles },
      schema: { tags: ['imports'], summary: '预览导入通知（不写入）', consumes: ['multipart/form-data'], response: { 200: importPreviewSchema } },
    },
    async (request) => {
      const file = await readUpload(request);
      return previewNoticeImport(ctx, await parseNoticeUpload(file), file.fileName);
    },
  );

  app.post(
    '/imports/notice/commit',
    {
      config: { access: officeRoles },
      schema: {
        tags: ['imports'],
        summary: '确认导入通知（一个事务）',
        consumes: ['multipart/form-data'],
        response: { 200: importCommitResultSchema },
      },
    },
    async (request) => {
      const file = await readUpload(request);
      const notice = await parseNoticeUpload(file);
      return commitNoticeImport(ctx, requireActor(request), notice, file.fileName);
    },
  );

  app.post(
    '/imports/notice/read',
    {
      config: { access: officeRoles },
      schema: {
        tags: ['imports'],
        summary: '识别通知文件为可校正的项目清单（不写入）',
        consumes: ['multipart/form-data'],
        response: { 200: noticeDraftSchema },
      },
    },
    async (request) => readDraftFromFile(await readUpload(request)),
  );

  app.post(
    '/imports/notice/read-text',
    {
      config: { access: officeRoles },
      schema: { tags: ['imports'], summary: '识别粘贴的通知文字或表格单元格（不写入）', body: noticeTextBodySchema, response: { 200: noticeDraftSchema } },
    },
    async (request) => readDraftFromText(request.body.text, request.body.fileName),
  );

  app.post(
    '/imports/notice/draft-preview',
    {
      config: { access: officeRoles },
      schema: { tags: ['imports'], summary: '预览校正后的清单将带来的变更（不写入）', body: noticeDraftBodySchema, response: { 200: importPreviewSchema } },
    },
    async (request) => previewNoticeImport(ctx, draftToNotice(request.body), request.body.fileName),
  );

  app.post(
    '/imports/notice/draft-commit',
    {
      config: { access: officeRoles },
      schema: {
        tags: ['imports'],
        summary: '确认导入校正后的清单（一个事务，校正留痕）',
        body: noticeDraftBodySchema,
        response: { 200: importCommitResultSchema },
      },
    },
    async (request) => commitNoticeImport(ctx, requireActor(request), draftToNotice(request.body), request.body.fileName, request.body.corrections),
  );
};
