/**
 * E-mail over SMTP with nodemailer (SMTP_URL, SMTP_FROM). nodemailer is loaded when the first mail goes out, so
 * a server without SMTP configured never needs it; a missing SMTP_URL or package fails the delivery with a clear error.
 */
import type { OutgoingMessage } from './message';

interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string; html?: string }): Promise<unknown>;
}
interface NodemailerModule {
  createTransport(url: string): MailTransport;
}

const transports = new Map<string, MailTransport>();

async function loadNodemailer(): Promise<NodemailerModule> {
  const name = 'nodemailer';
  try {
    const mod = (await import(name)) as { default?: NodemailerModule } & NodemailerModule;
    return mod.default ?? mod;
  } catch {
    throw new Error('服务器未安装 nodemailer，无法发送电子邮件，请联系系统管理员。');
  }
}

async function transportFor(smtpUrl: string): Promise<MailTransport> {
  let t = transports.get(smtpUrl);
  if (!t) {
    t = (await loadNodemailer()).createTransport(smtpUrl);
    transports.set(smtpUrl, t);
  }
  return t;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function sendEmail(smtp: { url: string | undefined; from: string }, to: string, message: OutgoingMessage): Promise<void> {
  if (!smtp.url) throw new Error('未配置 SMTP_URL，无法发送电子邮件，请联系系统管理员。');
  const transport = await transportFor(smtp.url);
  await transport.sendMail({
    from: smtp.from,
    to,
    subject: `【民生实事】${message.title}`,
    text: `${message.body}\n\n查看详情：${message.url}`,
    html: `<p>${escapeHtml(message.body)}</p><p><a href="${escapeHtml(message.url)}">查看详情</a></p>`,
  });
}
