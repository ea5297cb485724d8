import crypto from 'node:crypto';
import '@fastify/cookie';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import type { AppContext } from '../context';
import { NON_STAFF_ROLES } from '../../contract/common.contract';
import type { Role } from '../db/schema';
import { AppError, forbidden, unauthenticated } from '../errors';
import type { ApiRoute } from '../http/route-contract';
import { checkApiRoute } from '../http/route-contract';
import { deleteSession, findSessionWithUser, touchSession } from '../modules/auth/session.repo';

/**
 * Who may call a route: anyone ('public'), any staff account ('authenticated': every role but 人大代表 and the
 * 安全/审计管理员, who never reach the business pages — NON_STAFF_ROLES), any signed-in account ('signed-in': the self-service routes such as 当前用户, 退出登录 and
 * 修改密码), or the listed roles. Every /api route must declare it.
 */
export type Access = 'public' | 'authenticated' | 'signed-in' | readonly Role[];

/** Whether a signed-in account of this role passes a route's declared access (the one place that decides). */
export function accessAllows(access: Exclude<Access, 'public'>, role: Role): boolean {
  if (access === 'signed-in') return true;
  if (access === 'authenticated') return !NON_STAFF_ROLES.includes(role);
  return access.includes(role);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** reachable while the user still has to change an admin-set password */
    allowDuringPasswordChange?: boolean;
    /** the route answers with a file (xlsx, docx, photo), not JSON: it declares no JSON response schema */
    download?: boolean;
  }
  interface FastifyInstance {
    /** every /api/v1 route with its declared access (the route table) */
    apiRoutes: ApiRoute[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    csrfToken: string | null;
  }
}

export const SESSION_COOKIE = 'ms_session';
export const CSRF_COOKIE = 'ms_csrf';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Writing last_seen_at on every request would turn reads into writes; a minute of precision is enough.
const TOUCH_EVERY_MS = 60_000;

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Set the session and CSRF cookies; Secure whenever the request came over https. */
export function setSessionCookies(request: FastifyRequest, reply: FastifyReply, token: string, csrfToken: string, maxAgeSeconds: number): void {
  const secure = request.protocol === 'https';
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: maxAgeSeconds });
  reply.setCookie(CSRF_COOKIE, csrfToken, { path: '/', httpOnly: false, sameSite: 'lax', secure, maxAge: maxAgeSeconds });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

async function resolveSession(ctx: AppContext, request: FastifyRequest): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const found = await findSessionWithUser(ctx.db, token);
  if (!found) return;
  const now = Date.now();
  const idleLimit = Date.parse(found.lastSeenAt) + ctx.config.sessionIdleMinutes * 60_000;
  if (found.isDisabled || Date.parse(found.expiresAt) <= now || idleLimit <= now) {
    await deleteSession(ctx.db, found.sessionId);
    return;
  }
  if (now - Date.parse(found.lastSeenAt) > TOUCH_EVERY_MS) await touchSession(ctx.db, found.sessionId, new Date(now).toISOString());
  request.sessionId = found.sessionId;
  request.csrfToken = found.csrfToken;
  request.actor = {
    id: found.userId,
    username: found.username,
    displayName: found.displayName,
    role: found.role,
    unitId: found.unitId,
    ip: request.ip,
  };
  if (found.mustChangePassword && !request.routeOptions.config.allowDuringPasswordChange) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', '管理员设置的初始密码需要先修改，请修改密码后继续。');
  }
}

/**
 * A browser's write sent from another site: its Origin (or, without one, its Referer) names a host other than this
 * server's (the Host header, X-Forwarded-Host behind a trusted proxy) or PUBLIC_URL's. "Origin: null" (sandboxed
 * frames, some redirects) counts as foreign. A request with neither header is not from a page (scripts, the CLI).
 */
export function isCrossSiteWrite(request: FastifyRequest, publicUrl: string): boolean {
  const source = request.headers.origin || request.headers.referer;
  if (!source) return false;
  const sourceHost = hostOf(source);
  return sourceHost === null || (sourceHost !== (request.host || '').toLowerCase() && sourceHost !== hostOf(publicUrl));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * Sessions from the database, declared access per route; on every write a cross-site Origin/Referer is refused
 * (also for public routes: sign-in, comments) and a cookie-authenticated write needs the session's CSRF token.
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { ctx: AppContext }) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  // Fail closed: an /api route without a declared access rule stops the server from starting.
  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    const declared = checkApiRoute(route);
    if (declared) apiRoutes.push(declared);
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    if (UNSAFE_METHODS.has(request.method) && isCrossSiteWrite(request, opts.ctx.config.notify.publicUrl)) {
      throw new AppError('CSRF_INVALID', '请求来自其他网站，已拒绝。请在本平台的页面中重新操作。');
    }
    await resolveSession(opts.ctx, request);
    if (access === 'public') return;
    if (!request.actor) throw unauthenticated();
    if (!accessAllows(access, request.actor.role)) throw forbidden();
    if (UNSAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !request.csrfToken || !sameToken(header, request.csrfToken)) {
        throw new AppError('CSRF_INVALID', '页面已过期或请求来源不明，请刷新页面后重试。');
      }
    }
  });
});

/** The signed-in actor of a request outside the declared-access routes (e.g. the API docs), or null. */
export async function signedInActorOf(ctx: AppContext, request: FastifyRequest): Promise<Actor | null> {
  if (!request.actor) await resolveSession(ctx, request);
  return request.actor;
}

/** The signed-in actor of a route declared non-public. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
