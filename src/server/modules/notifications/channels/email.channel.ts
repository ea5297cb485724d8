/** E-mail over SMTP with nodemailer (SMTP_URL, SMTP_FROM); without SMTP_URL a delivery fails with a clear error. */
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { OutgoingMessage } from './message';

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let t = transports.get(smtpUrl);
  if (!t) {
    // short timeouts: a stuck SMTP server must not hold a claimed delivery near its lease
    t = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
    transports.set(smtpUrl, t);
  }
  return t;
}
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function sendEmail(smtp: { url: string | undefined; from: string }, to: string, message: OutgoingMessage): Promise<void> {
  if (!smtp.url) throw new Error('未配置 SMTP_URL，无法发送电子邮件，请联系系统管理员。');
  const transport = transportFor(smtp.url);
  await transport.sendMail({
    from: smtp.from,
    to,
    subject: `【民生实事】${message.title}`,
    text: `${message.body}\n\n查看详情：${message.url}`,
    html: `<p>${escapeHtml(message.body)}</p><p><a href="${escapeHtml(message.url)}">查看详情</a></p>`,
  });
}
