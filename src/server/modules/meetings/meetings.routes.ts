import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okBodySchema } from '../../../contract/common.contract';
import {
  actionItemSchema,
  closeActionItemBodySchema,
  meetingAttachmentSchema,
  meetingBodySchema,
  meetingDetailSchema,
  meetingListSchema,
  myActionItemListSchema,
} from '../../../contract/meetings.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { readUploadedFile, sendStoredFile } from '../../storage/file-transfer';
import { closeActionItem, myActionItems } from './action-items.service';
import { addMeetingAttachment, deleteMeetingAttachment, readMeetingAttachment } from './meeting-attachments.service';
import { createMeeting, getMeeting, listMeetings } from './meetings.service';

const signedIn = { access: 'authenticated' } as const;
const tags = ['meetings'];

/** Meetings (例会/专题会) and their action items (交办事项), issue 5. */
export const meetingsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/meetings',
    { config: signedIn, schema: { tags, summary: '计划的会议及交办事项', params: idParamsSchema, response: { 200: meetingListSchema } } },
    async (request) => listMeetings(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/plans/:id/meetings',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '记录周例会（主办单位）或专题会议（分管领导、督查室）',
        params: idParamsSchema,
        body: meetingBodySchema,
        response: { 200: meetingDetailSchema },
      },
    },
    async (request) => createMeeting(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/meetings/:id',
    { config: signedIn, schema: { tags, summary: '会议详情', params: idParamsSchema, response: { 200: meetingDetailSchema } } },
    async (request) => getMeeting(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/action-items/:id/close',
    {
      config: signedIn,
      schema: { tags, summary: '办结交办事项（需佐证）', params: idParamsSchema, body: closeActionItemBodySchema, response: { 200: actionItemSchema } },
    },
    async (request) => closeActionItem(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/me/action-items',
    { config: signedIn, schema: { tags, summary: '本单位的交办事项（逾期在前）', response: { 200: myActionItemListSchema } } },
    async (request) => myActionItems(ctx, requireActor(request)),
  );

  app.post(
    '/meetings/:id/attachments',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '上传会议附件（纪要扫描件、照片；PDF、Word、Excel，≤10MB）',
        params: idParamsSchema,
        consumes: ['multipart/form-data'],
        response: { 200: meetingAttachmentSchema },
      },
    },
    async (request) => addMeetingAttachment(ctx, requireActor(request), request.params.id, await readUploadedFile(request)),
  );

  app.get(
    '/meeting-attachments/:id',
    { config: { ...signedIn, download: true }, schema: { tags, summary: '下载会议附件', params: idParamsSchema } },
    async (request, reply) => sendStoredFile(reply, await readMeetingAttachment(ctx, requireActor(request), request.params.id, 'file'), 'file'),
  );
  app.get(
    '/meeting-attachments/:id/thumb',
    { config: { ...signedIn, download: true }, schema: { tags, summary: '会议附件缩略图', params: idParamsSchema } },
    async (request, reply) => sendStoredFile(reply, await readMeetingAttachment(ctx, requireActor(request), request.params.id, 'thumb'), 'thumb'),
  );

  app.delete(
    '/meeting-attachments/:id',
    { config: signedIn, schema: { tags, summary: '删除会议附件', params: idParamsSchema, response: { 200: okBodySchema } } },
    async (request) => {
      await deleteMeetingAttachment(ctx, requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );
};
