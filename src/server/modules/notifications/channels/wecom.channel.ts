/** 企业微信 group robot: webhook with key, markdown content of at most 4096 bytes (UTF-8). */
import type { OutgoingMessage } from './message';
import { postRobotJson, robotMarkdown, truncateUtf8 } from './message';

export const WECOM_MAX_BYTES = 4096;

export function wecomPayload(messages: OutgoingMessage[], atMobiles: string[]) {
  const { text } = robotMarkdown(messages);
  // markdown messages mention by <@userid>, which we do not know; mobiles are listed for the group to see
  const mentions = atMobiles.length ? `\n\n请 ${atMobiles.join('、')} 关注` : '';
  return { msgtype: 'markdown', markdown: { content: truncateUtf8(text + mentions, WECOM_MAX_BYTES) } };
}

export async function sendWecom(robot: { webhook: string }, messages: OutgoingMessage[], atMobiles: string[]): Promise<void> {
  await postRobotJson(robot.webhook, wecomPayload(messages, atMobiles));
}
