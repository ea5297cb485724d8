/**
 * Spam and abuse defence of the public feedback forms, without a third-party captcha (issue 12):
 *
 * - form token: GET …/comment-form-token answers `issuedAtMs.signature`, an HMAC (app secret, see secret-box.ts) of
 *   the project and the moment it was issued. A comment must carry it and come at least MIN_FILL_SECONDS and at most
 *   FORM_TOKEN_HOURS after it: bots that post at once, or replay an old token, are refused. Stateless: any app
 *   process checks any token.
 * - honeypot: the form has a field `website` hidden from people; a value in it is a bot.
 * - text: 5–500 characters, at most one web address; the same text twice on one project is refused (by hash).
 * - rate: per client address, DB-backed fixed windows (checkPublicRate), shared by every app process.
 * - voter cookie: a random id signed with the same secret (HttpOnly, SameSite=Lax, one year) names "one person"
 *   for 满意度; an address cap per project and period limits what clearing cookies can gain.
 */
import crypto from 'node:crypto';
import type { AppConfig } from '../../config';
import { badRequest } from '../../errors';
import { secretKey } from '../notifications/secret-box';
import { PUBLIC_COMMENT_MAX_CHARS } from '../../../contract/public-comments.contract';

export const MIN_FILL_SECONDS = 5;
export const FORM_TOKEN_HOURS = 6;
export const VOTER_COOKIE = 'ms_voter';
export const VOTER_COOKIE_MAX_AGE = 365 * 24 * 3600;

type KeyConfig = Pick<AppConfig, 'dataDir' | 'notify'>;

const sign = (config: KeyConfig, purpose: string, value: string) =>
  crypto.createHmac('sha256', secretKey(config)).update(`${purpose}:${value}`).digest('base64url').slice(0, 32);

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** The token a comment form carries; `issuedAtMs` is now unless a test back-dates it. */
export function issueFormToken(config: KeyConfig, projectId: number, issuedAtMs = Date.now()): string {
  return `${issuedAtMs}.${sign(config, 'comment-form', `${projectId}:${issuedAtMs}`)}`;
}

/** Refuses a missing, forged, too fresh or too old token with a Chinese message. */
export function checkFormToken(config: KeyConfig, projectId: number, token: string | undefined, nowMs = Date.now()): void {
  const [issued, signature] = (token ?? '').split('.');
  const issuedAt = Number(issued);
  if (!issued || !signature || !Number.isSafeInteger(issuedAt) || !sameText(signature, sign(config, 'comment-form', `${projectId}:${issuedAt}`)))
    throw badRequest('表单已失效，请刷新页面后重新填写。', { field: 'formToken' });
  if (nowMs - issuedAt < MIN_FILL_SECONDS * 1000) throw badRequest('提交太快了，请确认留言内容后再提交。', { field: 'formToken' });
  if (nowMs - issuedAt > FORM_TOKEN_HOURS * 3600 * 1000) throw badRequest('页面打开太久，表单已过期，请刷新页面后重新填写。', { field: 'formToken' });
}

/** The hidden field people never fill. */
export function checkHoneypot(value: string | undefined): void {
  if ((value ?? '').trim() !== '') throw badRequest('提交未成功，请刷新页面后重试。');
}

const URL_PATTERN = /(https?:\/\/|www\.)/gi;

/** The comment text, trimmed, or a Chinese refusal: length and web addresses. */
export function checkCommentBody(body: string): string {
  const text = body.trim();
  const length = [...text].length;
  if (length < 5) throw badRequest('留言内容太短，请至少写 5 个字，说清楚您的建议或问题。', { field: 'body' });
  if (length > PUBLIC_COMMENT_MAX_CHARS)
    throw badRequest(`留言内容不能超过 ${PUBLIC_COMMENT_MAX_CHARS} 字（现在 ${length} 字），请精简后再提交。`, { field: 'body' });
  if ((text.match(URL_PATTERN) ?? []).length > 1) throw badRequest('留言中最多包含一个网址，请删去多余的链接。', { field: 'body' });
  return text;
}

/** sha256 of the text without spaces and case: the key of the duplicate check. */
export const bodyHash = (text: string) => crypto.createHash('sha256').update(text.replace(/\s+/g, '').toLowerCase()).digest('hex');

/** An optional name: trimmed, at most 20 characters; empty → null. */
export function checkName(name: string | null | undefined): string | null {
  const text = (name ?? '').trim();
  if (!text) return null;
  if ([...text].length > 20) throw badRequest('称呼不能超过 20 个字（也可以不填）。', { field: 'name' });
  return text;
}

/** An optional phone: a mobile (11 digits) or a fixed line with area code; empty → null. */
export function checkPhone(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/[\s-]/g, '');
  if (!digits) return null;
  if (!/^(1\d{10}|0\d{9,11})$/.test(digits)) throw badRequest('请填写正确的手机号或带区号的固定电话（也可以不填）。', { field: 'phone' });
  return digits;
}

/** A new anonymous voter id and its signed cookie value. */
export function newVoter(config: KeyConfig): { id: string; cookie: string } {
  const id = crypto.randomBytes(16).toString('base64url');
  return { id, cookie: `${id}.${sign(config, 'voter', id)}` };
}

/** The voter id of a cookie whose signature holds; null otherwise. */
export function readVoter(config: KeyConfig, cookie: string | undefined): string | null {
  const [id, signature] = (cookie ?? '').split('.');
  if (!id || !signature || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) return null;
  return sameText(signature, sign(config, 'voter', id)) ? id : null;
}

/** What is stored of a voter and of a client address: keyed hashes, never the values. */
export const voterHash = (config: KeyConfig, voterId: string) => sign(config, 'voter-hash', voterId);
export const addressHash = (config: KeyConfig, ip: string) => sign(config, 'ip', ip);
