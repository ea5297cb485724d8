import { listZipEntries } from '../notice-files/zip-entries';

export interface UploadType {
  mime: string;
  extension: string;
  isImage: boolean;
}

const startsWith = (data: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => data[offset + i] === b);

/**
 * The real type of an upload from its first bytes, never from its name: photos (jpg, png, webp, gif), PDF,
 * Word and Excel (.docx/.xlsx). Anything else — an .exe renamed .jpg included — is null.
 */
export function detectUploadType(data: Buffer): UploadType | null {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', extension: 'jpg', isImage: true };
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', extension: 'png', isImage: true };
  if (startsWith(data, [0x47, 0x49, 0x46, 0x38])) return { mime: 'image/gif', extension: 'gif', isImage: true };
  if (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && startsWith(data, [0x57, 0x45, 0x42, 0x50], 8))
    return { mime: 'image/webp', extension: 'webp', isImage: true };
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: 'application/pdf', extension: 'pdf', isImage: false };
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = listZipEntries(data);
    if (entries.some((e) => e.startsWith('word/')))
      return { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', isImage: false };
    if (entries.some((e) => e.startsWith('xl/')))
      return { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', isImage: false };
  }
  return null;
}
