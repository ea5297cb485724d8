/** 钉钉 custom robot: markdown message, @mobiles, 加签 (timestamp + HMAC-SHA256 of "timestamp\nsecret"). */
import crypto from 'node:crypto';
import type { OutgoingMessage } from './message';
import { postRobotJson, robotMarkdown } from './message';

/** sign = urlencode(base64(HMAC-SHA256(secret, timestamp + "\n" + secret))) */
export function dingtalkSign(secret: string, timestamp: number): string {
  const digest = crypto.createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
  return encodeURIComponent(digest);
}

/** The webhook with timestamp & sign appended when the robot has a 加签 secret. */
export function signedDingtalkUrl(webhook: string, secret: string | null, now = Date.now()): string {
  if (!secret) return webhook;
  return `${webhook}${webhook.includes('?') ? '&' : '?'}timestamp=${now}&sign=${dingtalkSign(secret, now)}`;
}

export function dingtalkPayload(messages: OutgoingMessage[], atMobiles: string[]) {
  const { title, text } = robotMarkdown(messages);
  // 钉钉 highlights an @ only when the mobile also appears in the text
  const mentions = atMobiles.length ? `\n\n${atMobiles.map((m) => `@${m}`).join(' ')}` : '';
  return { msgtype: 'markdown', markdown: { title, text: text + mentions }, at: { atMobiles, isAtAll: false } };
}

export async function sendDingtalk(robot: { webhook: string; secret: string | null }, messages: OutgoingMessage[], atMobiles: string[]): Promise<void> {
  await postRobotJson(signedDingtalkUrl(robot.webhook, robot.secret), dingtalkPayload(messages, atMobiles));
}
