import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { badRequest } from '../../errors';
import { requireActor } from '../../plugins/auth.plugin';
import type { NoticeFile } from './notice-import.service';
import { commitNoticeImport, parseNoticeUpload, previewNoticeImport } from './notice-import.service';

const change = z.object({ field: z.string(), label: z.string(), before: z.string().nullable(), after: z.string().nullable() });
const summary = z.object({
  projectsCreated: z.number().int(),
  projectsUpdated: z.number().int(),
  projectsUnchanged: z.number().int(),
  projectsRemoved: z.number().int(),
  unitsCreated: z.number().int(),
});

const previewSchema = z.object({
  fileName: z.string(),
  plan: z.object({
    title: z.string(),
    docNumber: z.string().nullable(),
    issuer: z.string().nullable(),
    year: z.number().int(),
    issueDate: z.string().nullable(),
    action: z.enum(['create', 'update', 'unchanged']),
    planId: z.number().int().nullable(),
    changes: z.array(change),
  }),
  projects: z.array(
    z.object({
      seq: z.number().int(),
      name: z.string(),
      action: z.enum(['create', 'update', 'unchanged', 'remove']),
      changes: z.array(change),
      leadUnits: z.array(z.string()),
      coUnits: z.array(z.string()),
    }),
  ),
  units: z.array(z.object({ name: z.string(), kind: z.string(), action: z.enum(['create', 'existing']) })),
  warnings: z.array(z.object({ line: z.number().int().nullable(), message: z.string() })),
  summary,
});

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
      schema: { tags: ['imports'], summary: '预览导入通知（不写入）', consumes: ['multipart/form-data'], response: { 200: previewSchema } },
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
        response: { 200: z.object({ planId: z.number().int(), planAction: z.enum(['create', 'update', 'unchanged']), summary }) },
      },
    },
    async (request) => {
      const file = await readUpload(request);
      const notice = await parseNoticeUpload(file);
      return commitNoticeImport(ctx, requireActor(request), notice, file.fileName);
    },
  );
};
