import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface BackupFile {
  /** path inside the backup folder, with forward slashes */
  path: string;
  size: number;
  sha256: string;
}

/** Every file under a folder (relative paths, sorted), with its size and SHA-256. */
export function listFiles(root: string, prefix = ''): BackupFile[] {
  if (!fs.existsSync(root)) return [];
  const out: BackupFile[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(root, entry.name);
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(full, rel));
    else if (entry.isFile()) out.push(describeFile(full, rel));
  }
  return out;
}

export function describeFile(full: string, rel: string): BackupFile {
  const data = fs.readFileSync(full);
  return { path: rel, size: data.length, sha256: crypto.createHash('sha256').update(data).digest('hex') };
}
