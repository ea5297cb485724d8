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
