import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dingtalkPayload, dingtalkSign, signedDingtalkUrl } from './channels/dingtalk.channel';
import { truncateUtf8 } from './channels/message';
import { WECOM_MAX_BYTES, wecomPayload } from './channels/wecom.channel';
import { afterQuietHours } from './quiet-hours';
import { decryptSecret, encryptSecret, maskWebhook, secretKey } from './secret-box';

describe('notification channels (pure parts)', () => {
  it('signs 钉钉 requests as the robot documentation says', () => {
    const secret = 'SEC000000000000000000000';
    const ts = 1_700_000_000_000;
    const expected = encodeURIComponent(crypto.createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64'));
    expect(dingtalkSign(secret, ts)).toBe(expected);
    expect(signedDingtalkUrl('https://oapi.dingtalk.com/robot/send?access_token=x', secret, ts)).toBe(
      `https://oapi.dingtalk.com/robot/send?access_token=x&timestamp=${ts}&sign=${expected}`,
    );
    expect(signedDingtalkUrl('https://oapi.dingtalk.com/robot/send?access_token=x', null, ts)).toBe('https://oapi.dingtalk.com/robot/send?access_token=x');
    const payload = dingtalkPayload([{ title: '周台账被退回', body: '请补充照片', url: '/x' }], ['13800138000']);
    expect(payload).toMatchObject({ msgtype: 'markdown', at: { atMobiles: ['13800138000'], isAtAll: false } });
    expect(payload.markdown.text).toContain('@13800138000');
  });

  it('cuts 企业微信 markdown to 4096 bytes without splitting a Chinese character', () => {
    const long = '民生实事'.repeat(800); // 9600 bytes
    const payload = wecomPayload([{ title: '提醒', body: long, url: '/x' }], []);
    const bytes = Buffer.byteLength(payload.markdown.content, 'utf8');
    expect(bytes).toBeLessThanOrEqual(WECOM_MAX_BYTES);
    expect(bytes).toBeGreaterThan(WECOM_MAX_BYTES - 6);
    expect(payload.markdown.content).not.toContain('\uFFFD');
    expect(payload.markdown.content.endsWith('…')).toBe(true);
    expect(truncateUtf8('短', 4096)).toBe('短');
    expect(Buffer.from(truncateUtf8('a民生', 5), 'utf8').toString('utf8')).toBe('a…');
  });

  it('waits until quiet hours end, also across midnight (Asia/Shanghai)', () => {
    // 23:30 Beijing = 15:30 UTC; quiet 22:00–07:00 → 07:00 Beijing next day = 23:00 UTC
    expect(afterQuietHours(new Date('2024-06-03T15:30:00Z'), '22:00', '07:00').toISOString()).toBe('2024-06-03T23:00:00.000Z');
    // 06:00 Beijing (22:00 UTC the day before) → 07:00 the same Beijing day
    expect(afterQuietHours(new Date('2024-06-03T22:00:00Z'), '22:00', '07:00').toISOString()).toBe('2024-06-03T23:00:00.000Z');
    // outside: unchanged
    const noon = new Date('2024-06-03T04:00:00Z');
    expect(afterQuietHours(noon, '22:00', '07:00')).toBe(noon);
    expect(afterQuietHours(noon, null, null)).toBe(noon);
    // a daytime period 12:00–14:00: 12:00 Beijing → 14:00
    expect(afterQuietHours(noon, '12:00', '14:00').toISOString()).toBe('2024-06-03T06:00:00.000Z');
  });

  it('encrypts with AES-256-GCM and masks webhooks', () => {
    const key = crypto.randomBytes(32);
    const stored = encryptSecret(key, 'https://oapi.dingtalk.com/robot/send?access_token=abcdef123456');
    expect(stored).not.toContain('abcdef');
    expect(decryptSecret(key, stored)).toBe('https://oapi.dingtalk.com/robot/send?access_token=abcdef123456');
    expect(() => decryptSecret(crypto.randomBytes(32), stored)).toThrow();
    expect(maskWebhook('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx')).toBe(
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=69…xx',
    );
  });

  it('makes DATA_DIR/secret.key once (0600) when MINSHENG_SECRET_KEY is not set, and refuses a malformed key', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minsheng-key-'));
    try {
      const notify = { secretKey: undefined } as unknown as Parameters<typeof secretKey>[0]['notify'];
      const key = secretKey({ dataDir, notify });
      const file = path.join(dataDir, 'secret.key');
      expect(key).toHaveLength(32);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(file, 'utf8')).toBe(key.toString('hex'));
      const bad = { secretKey: 'too-short' } as unknown as Parameters<typeof secretKey>[0]['notify'];
      expect(() => secretKey({ dataDir, notify: bad })).toThrow('MINSHENG_SECRET_KEY');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
