import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Where uploaded files live: a local folder by default; an S3-compatible store can implement the same for several machines. */
export interface FileStorage {
  /** store bytes under a new generated key (never the user's file name) and return the key */
  put(data: Buffer, extension: string): Promise<string>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-f0-9]{2}\/[a-f0-9]{32}\.[a-z0-9]{1,5}$/;

/** Files under DATA_DIR/uploads, spread over 256 sub-folders. */
export class LocalFolderStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(data: Buffer, extension: string): Promise<string> {
    const id = crypto.randomBytes(16).toString('hex');
    const key = `${id.slice(0, 2)}/${id}.${extension.replace(/[^a-z0-9]/gi, '').toLowerCase() || 'bin'}`;
    await fs.mkdir(path.join(this.root, id.slice(0, 2)), { recursive: true });
    await fs.writeFile(path.join(this.root, key), data, { mode: 0o600 });
    return key;
  }

  async get(key: string): Promise<Buffer> {
    return fs.readFile(this.resolve(key));
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.resolve(key), { force: true });
  }

  /** Keys come from our database, but a strict pattern keeps any path trick out of the folder. */
  private resolve(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(this.root, key);
  }
}
