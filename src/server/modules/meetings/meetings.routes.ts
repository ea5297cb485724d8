import { versionSchema } from '../../../contract/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { idParams } from '../../http/schemas';
import { requireActor } from '../../plugins/auth.plugin';
import { closeActionItem, myActionItems } from './action-items.service';
import { addMeetingAttachment, deleteMeetingAttachment, readMeetingAttachment } from './meeting-attachments.service';
import { createMeeting, getMeeting, listMeetings } from './meetings.service';
import { readUploadedFile, sendStoredFile } from '../../storage/file-transfer';

const signedIn = { access: 'authenticated' } as const;
const tags = ['meetings'];

const meetingBody = z.object({
  kind: z.enum(['weekly', 'topic']),
  date: z.string().max(10),
  host: z.string().max(200),
  attendees: z.string().max(5000).default(''),
  minutes: z.string().max(20000).default(''),
  projectIds: z.array(z.number().int().positive()).max(200).default([]),
  actionItems: z
    .array(
      z.object({
        title: z.string().max(1000).nullable().optional(),
        ownerUnitId: z.number().int().positive().nullable().optional(),
        deadline: z.string().max(10).nullable().optional(),
        projectId: z.number().int().positive().nullable().optional(),
      }),
    )
    .max(100)
    .default([]),
});

/** Meetings (例会/专题会) and their action items (交办事项), issue 5. */
export const meetingsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/plans/:id/meetings', { config: signedIn, schema: { tags, summary: '计划的会议及交办事项', params: idParams } }, async (request) =>
    listMeetings(ctx, requireActor(request), request.params.id),
  );

  app.post('/plans/:id/meetings', { config: signedIn, schema: { tags, summary: '记录周例会（主办单位）或专题会议（分管领导、督查室）', params: idParams, body: meetingBody } }, async (request) =>
    createMeeting(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get('/meetings/:id', { config: signedIn, schema: { tags, summary: '会议详情', params: idParams } }, async (request) => getMeeting(ctx, requireActor(request), request.params.id));

  app.post(
    '/action-items/:id/close',
    { config: signedIn, schema: { tags, summary: '办结交办事项（需佐证）', params: idParams, body: z.object({ evidence: z.string().max(5000).nullable().optional(), version: versionSchema.optional() }) } },
    async (request) => closeActionItem(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get('/me/action-items', { config: signedIn, schema: { tags, summary: '本单位的交办事项（逾期在前）' } }, async (request) => myActionItems(ctx, requireActor(request)));

  app.post('/meetings/:id/attachments', { config: signedIn, schema: { tags, summary: '上传会议附件（纪要扫描件、照片；PDF、Word、Excel，≤10MB）', params: idParams, consumes: ['multipart/form-data'] } }, async (request) => {
    return addMeetingAttachment(ctx, requireActor(request), request.params.id, await readUploadedFile(request));
  });

  app.get('/meeting-attachments/:id', { config: signedIn, schema: { tags, summary: '下载会议附件', params: idParams } }, async (request, reply) =>
    sendStoredFile(reply, await readMeetingAttachment(ctx, requireActor(request), request.params.id, 'file'), 'file'),
  );
  app.get('/meeting-attachments/:id/thumb', { config: signedIn, schema: { tags, summary: '会议附件缩略图', params: idParams } }, async (request, reply) =>
    sendStoredFile(reply, await readMeetingAttachment(ctx, requireActor(request), request.params.id, 'thumb'), 'thumb'),
  );

  app.delete('/meeting-attachments/:id', { config: signedIn, schema: { tags, summary: '删除会议附件', params: idParams } }, async (request) => {
    await deleteMeetingAttachment(ctx, requireActor(request), request.params.id);
    return { ok: true as const };
  });
};
