const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** True when the data starts like a ZIP archive (docx and xlsx are ZIP packages). */
export function isZip(data: Buffer): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 0x03 || data[2] === 0x05);
}

function centralDirectoryNames(data: Buffer): string[] | null {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at -= 1) {
    if (data.readUInt32LE(at) !== END_OF_CENTRAL_DIRECTORY) continue;
    const count = data.readUInt16LE(at + 10);
    let offset = data.readUInt32LE(at + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i += 1) {
      if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) return null;
      const nameLength = data.readUInt16LE(offset + 28);
      const extraLength = data.readUInt16LE(offset + 30);
      const commentLength = data.readUInt16LE(offset + 32);
      names.push(data.toString('utf8', offset + 46, offset + 46 + nameLength));
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}

function localHeaderNames(data: Buffer): string[] {
  const names: string[] = [];
  for (let at = 0; at + 30 <= data.length; at += 1) {
    if (data.readUInt32LE(at) !== LOCAL_FILE_HEADER) continue;
    const nameLength = data.readUInt16LE(at + 26);
    names.push(data.toString('utf8', at + 30, Math.min(data.length, at + 30 + nameLength)));
  }
  return names;
}

/**
 * Names of the entries of a ZIP archive, read from its central directory (or, for a truncated archive,
 * from the local headers). Only names are read, nothing is decompressed.
 */
export function listZipEntries(data: Buffer): string[] {
  if (data.length < 22) return [];
  return centralDirectoryNames(data) ?? localHeaderNames(data);
}

/** What an Office file may unpack to: far above any real notice or weekly form, far below what hurts the server. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 5000;
/** Text compresses well, but not a thousandfold: a higher ratio on a large entry is a bomb. */
export const MAX_ENTRY_RATIO = 1000;

/**
 * Why a ZIP package (.docx/.xlsx) must not be unpacked — a zip bomb: too many entries, too much unpacked data, an
 * entry compressed beyond any real document, or ZIP64 sizes — read from the central directory without inflating
 * anything; null when it looks like a document.
 */
export function zipBombRefusal(data: Buffer): string | null {
  if (!isZip(data) || data.length < 22) return null;
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at -= 1) {
    if (data.readUInt32LE(at) !== END_OF_CENTRAL_DIRECTORY) continue;
    const count = data.readUInt16LE(at + 10);
    if (count === 0xffff || count > MAX_ZIP_ENTRIES) return `压缩包内文件过多（${count} 个）`;
    let offset = data.readUInt32LE(at + 16);
    let total = 0;
    for (let i = 0; i < count; i += 1) {
      if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) return null;
      const compressed = data.readUInt32LE(offset + 20);
      const unpacked = data.readUInt32LE(offset + 24);
      if (compressed === 0xffffffff || unpacked === 0xffffffff) return '压缩包使用了超大文件格式（ZIP64）';
      total += unpacked;
      if (total > MAX_UNPACKED_BYTES) return `解压后超过 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`;
      if (unpacked > 1024 * 1024 && unpacked > MAX_ENTRY_RATIO * Math.max(1, compressed)) return '压缩比异常（疑似“压缩炸弹”）';
      offset += 46 + data.readUInt16LE(offset + 28) + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
    }
    return null;
  }
  return null;
}
