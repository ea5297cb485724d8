import sharp from 'sharp';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { detectUploadType } from './upload-type';
import { zipBombRefusal } from '../notice-files/zip-entries';

/** Largest upload accepted (photos, scans, documents). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** A phone photo has 12–50 megapixels; a small file that unpacks to more is a decompression bomb. */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Width × height from the image header (nothing decoded); Infinity when the header cannot be read. */
async function imagePixels(data: Buffer): Promise<number> {
  try {
    const meta = await sharp(data, { limitInputPixels: false }).metadata();
    return (meta.width ?? 0) * (meta.height ?? 0) * Math.max(1, meta.pages ?? 1);
  } catch {
    return 0;
  }
}

export interface StoredUpload {
  storageKey: string;
  thumbKey: string | null;
  /** the user's file name, made safe for a Content-Disposition header */
  fileName: string;
  mime: string;
  size: number;
}

/**
 * Check an upload and put it in the file storage: at most 10 MB (413), a type read from the bytes, not the name
 * (415), images re-encoded to a thumbnail (which also proves they decode). Nothing is stored if a check fails.
 */
export async function storeUpload(ctx: Pick<AppContext, 'storage'>, file: { data: Buffer; fileName: string }): Promise<StoredUpload> {
  if (file.data.length > MAX_ATTACHMENT_BYTES) throw new AppError('TOO_LARGE', `文件“${file.fileName}”超过 10 MB，请压缩后再上传。`);
  const type = detectUploadType(file.data);
  if (!type) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `文件“${file.fileName}”的内容不是支持的格式。只能上传照片（jpg、png、webp、gif）、PDF、Word（.docx）或 Excel（.xlsx）文件。`,
    );
  }
  const bomb = type.isImage ? null : zipBombRefusal(file.data);
  if (bomb) throw new AppError('UNSUPPORTED_FILE', `文件“${file.fileName}”${bomb}，不是正常的 Word/Excel 文件，已拒收。请重新保存后上传。`);
  let thumb: Buffer | null = null;
  if (type.isImage) {
    const pixels = await imagePixels(file.data);
    if (pixels > MAX_IMAGE_PIXELS)
      throw new AppError('TOO_LARGE', `图片“${file.fileName}”像素过大（约 ${Math.round(pixels / 1e6)} 百万像素），请缩小到 5000 万像素以内后再上传。`);
    try {
      thumb = await sharp(file.data).rotate().resize({ width: 480, height: 480, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 78 }).toBuffer();
    } catch {
      throw new AppError('UNSUPPORTED_FILE', `图片“${file.fileName}”已损坏或无法识别，请重新拍摄或选择其他照片。`);
    }
  }
  const storageKey = await ctx.storage.put(file.data, type.extension);
  const thumbKey = thumb ? await ctx.storage.put(thumb, 'jpg') : null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a stored file name must not keep
  const fileName = file.fileName.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || `附件.${type.extension}`;
  return { storageKey, thumbKey, fileName, mime: type.mime, size: file.data.length };
}
