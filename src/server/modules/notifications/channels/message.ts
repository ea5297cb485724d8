/** What a channel sends: one notification, or a digest of several for one robot. */
export interface OutgoingMessage {
  title: string;
  body: string;
  /** absolute URL when PUBLIC_URL is set, else the web path */
  url: string;
}

/** Cut a string to at most `maxBytes` of UTF-8 without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number, ellipsis = '…'): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const room = maxBytes - Buffer.byteLength(ellipsis, 'utf8');
  let used = 0;
  let out = '';
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (used + size > room) break;
    used += size;
    out += ch;
  }
  return out + ellipsis;
}

/** Markdown of one or several messages (several: a digest, so a burst is one robot message). */
export function robotMarkdown(messages: OutgoingMessage[]): { title: string; text: string } {
  if (messages.length === 1) {
    const [m] = messages as [OutgoingMessage];
    return { title: m.title, text: `#### ${m.title}\n\n${m.body}\n\n[查看详情](${m.url})` };
  }
  const title = `民生实事提醒（${messages.length} 条）`;
  const lines = messages.map((m, i) => `${i + 1}. **${m.title}**：${m.body} [查看](${m.url})`);
  return { title, text: `#### ${title}\n\n${lines.join('\n\n')}` };
}

/** A robot answered with errcode ≠ 0 or a non-2xx status. */
export async function postRobotJson(url: string, payload: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`机器人接口返回 HTTP ${res.status}：${text.slice(0, 200)}`);
  let answer: { errcode?: number; errmsg?: string } = {};
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new Error(`机器人接口返回的不是 JSON：${text.slice(0, 200)}`);
  }
  if (answer.errcode !== undefined && answer.errcode !== 0) throw new Error(`机器人接口返回错误 ${answer.errcode}：${answer.errmsg ?? ''}`);
}
