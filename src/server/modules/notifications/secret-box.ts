/**
 * AES-256-GCM for robot webhooks and secrets at rest. The key comes from MINSHENG_SECRET_KEY (64 hex digits or
 * 32 bytes base64) or, when unset, from DATA_DIR/secret.key, written once on first use (0600). Several app
 * processes on one machine share the file; processes on several machines need MINSHENG_SECRET_KEY.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../config';

const keys = new Map<string, Buffer>();

function parseKey(text: string): Buffer {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  const b = Buffer.from(t, 'base64');
  if (b.length === 32) return b;
  throw new Error('MINSHENG_SECRET_KEY 应为 64 位十六进制或 32 字节的 base64 密钥（可用 openssl rand -hex 32 生成）。');
}

function keyFile(dataDir: string): Buffer {
  const file = path.join(dataDir, 'secret.key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': only one process creates the key; the others read what it wrote
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parseKey(fs.readFileSync(file, 'utf8'));
}

/** The key of this configuration (cached). */
export function secretKey(config: Pick<AppConfig, 'dataDir' | 'notify'>): Buffer {
  const id = config.notify.secretKey ? `env:${config.notify.secretKey}` : `file:${config.dataDir}`;
  let key = keys.get(id);
  if (!key) {
    key = config.notify.secretKey ? parseKey(config.notify.secretKey) : keyFile(config.dataDir);
    keys.set(id, key);
  }
  return key;
}

/** 'v1:' + base64(iv 12 | tag 16 | ciphertext). */
export function encryptSecret(key: Buffer, plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')}`;
}

export function decryptSecret(key: Buffer, stored: string): string {
  if (!stored.startsWith('v1:')) throw new Error('无法识别的密文格式');
  const raw = Buffer.from(stored.slice(3), 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** A webhook as it may be shown: scheme, host and path, the token's first and last 2 characters. */
export function maskWebhook(url: string): string {
  try {
    const u = new URL(url);
    const params = [...u.searchParams.entries()].map(([k, v]) => `${k}=${v.length > 6 ? `${v.slice(0, 2)}…${v.slice(-2)}` : '…'}`);
    return `${u.protocol}//${u.host}${u.pathname}${params.length ? `?${params.join('&')}` : ''}`;
  } catch {
    return '…';
  }
}
