/** Test receivers: a local HTTP server standing in for the 钉钉/企业微信 robots, and a real SMTP server. */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface RobotHit {
  path: string;
  /** the webhook's key / access_token */
  key: string | null;
  body: { msgtype?: string; markdown?: { title?: string; text?: string; content?: string }; at?: { atMobiles?: string[] } };
  /** the 加签 checked: timestamp fresh and sign = base64(HMAC-SHA256(secret, ts\nsecret)) */
  signatureOk: boolean | null;
}

/**
 * Paths: /ding/<name>?access_token=…&timestamp=…&sign=… (checked against `secrets[name]`), /wecom/<name>?key=…,
 * /fail/<name> (always HTTP 500). Every request is recorded.
 */
export async function startRobotReceiver(secrets: Record<string, string>) {
  const hits: RobotHit[] = [];
  const answer = (res: http.ServerResponse, kind: string | undefined, key: string | null, signatureOk: boolean | null) => {
    res.setHeader('content-type', 'application/json');
    if (kind === 'fail') {
      res.statusCode = 500;
      res.end('{"errcode":-1,"errmsg":"server error"}');
    } else if (kind === 'wecom' && !key) {
      res.end('{"errcode":93000,"errmsg":"invalid webhook url"}');
    } else if (signatureOk === false) {
      res.end('{"errcode":310000,"errmsg":"sign not match"}');
    } else {
      res.end('{"errcode":0,"errmsg":"ok"}');
    }
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString('utf8');
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const [, kind, name] = url.pathname.split('/');
      let signatureOk: boolean | null = null;
      if (kind === 'ding') {
        const ts = url.searchParams.get('timestamp') ?? '';
        const sign = url.searchParams.get('sign') ?? '';
        const secret = secrets[name ?? ''] ?? '';
        const expected = crypto.createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
        signatureOk = sign === expected && Math.abs(Date.now() - Number(ts)) < 3_600_000;
      }
      let body: RobotHit['body'] = {};
      try {
        body = JSON.parse(raw) as RobotHit['body'];
      } catch {
        /* recorded as empty */
      }
      const key = url.searchParams.get(kind === 'wecom' ? 'key' : 'access_token');
      hits.push({ path: url.pathname, key, body, signatureOk });
      // answer slowly, like a real robot across the network: a second worker polls meanwhile and must not resend
      setTimeout(() => answer(res, kind, key, signatureOk), 150);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedMail {
  to: string[];
  data: string;
}

/** A real SMTP server (smtp-server) on a free port, recording what it receives. */
export async function startSmtpReceiver(): Promise<{ url: string; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => {
        data += c.toString('utf8');
      });
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
