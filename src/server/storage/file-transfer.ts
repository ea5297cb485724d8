import type { FastifyReply, FastifyRequest } from 'fastify';
import { badRequest } from '../errors';

/** An uploaded or stored file as the API shows it (weekly and meeting attachments alike). */
export interface AttachmentView {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  isImage: boolean;
  url: string;
  thumbUrl: string | null;
}

/** The view of a stored file row, served under `/api/v1/<route>/:id` (and `/thumb` when it has one). */
export function attachmentView(route: string, a: { id: number; file_name: string; mime: string; size: number; thumb_key: string | null }): AttachmentView {
  return {
    id: a.id,
    fileName: a.file_name,
    mime: a.mime,
    size: a.size,
    isImage: a.mime.startsWith('image/'),
    url: `/api/v1/${route}/${a.id}`,
    thumbUrl: a.thumb_key ? `/api/v1/${route}/${a.id}/thumb` : null,
  };
}

/** The one file of a multipart upload, with Chinese errors for a request that is not one. */
export async function readUploadedFile(request: FastifyRequest): Promise<{ data: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw badRequest('请以文件上传的方式提交附件。');
  const part = await request.file();
  if (!part) throw badRequest('请选择要上传的文件。');
  return { data: await part.toBuffer(), fileName: part.filename || '附件' };
}

/** Send a stored file: its own type, never sniffed; documents download, images and thumbnails show inline. */
export function sendStoredFile(reply: FastifyReply, file: { data: Buffer; mime: string; fileName: string }, variant: 'file' | 'thumb') {
  const disposition = variant === 'file' && !file.mime.startsWith('image/') ? 'attachment' : 'inline';
  return reply
    .header('Content-Type', file.mime)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, max-age=3600')
    .header('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.data);
}
