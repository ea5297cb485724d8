import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { AppError, badRequest } from '../errors';
import { requireActor } from '../plugins/auth.plugin';
import type { StoredIdempotentResponse } from './idempotency.repo';
import { claimIdempotencyKey, deleteIdempotencyKeysBefore, findIdempotentResponse, storeIdempotentResponse } from './idempotency.repo';

/** The request header a client sends with a fresh key per user action, and again on its own retries. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on a response that is the stored answer to an earlier request with the same key. */
export const REPLAYED_HEADER = 'idempotent-replayed';
/** How long a key is kept: a retry after a timeout comes within minutes. */
const KEEP_MS = 24 * 3_600_000;
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{7,127}$/;

/** JSON with object keys sorted, so the same body hashes the same whatever order the client wrote it in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The client's key, null when it sent none; a malformed key is refused. */
function readKey(request: FastifyRequest): string | null {
  const header = request.headers[IDEMPOTENCY_HEADER];
  if (header === undefined) return null;
  if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
    throw badRequest('请求头 Idempotency-Key 格式不对：应为 8–128 位字母、数字或连字符（建议每次操作生成一个新的 UUID）。', { field: IDEMPOTENCY_HEADER });
  }
  return header;
}

/**
 * Run a write at most once per `Idempotency-Key`: the write and its stored response commit in one transaction
 * (the write gets a context whose `db` is that transaction), so a retry of a request whose answer was lost finds
 * the response and gets it back unchanged, with `Idempotent-Replayed: true`. The same key with a different request
 * is refused (422); two copies arriving at once write once (the unique key: the second waits for the first on
 * PostgreSQL, is serialised on SQLite) and both get the same answer. A refused write (an error) stores nothing, so
 * its retry runs again. Without the header the write simply runs. The write opens its own transactions with
 * `inTransaction` (src/server/db/transaction.ts), which joins this one.
 */
export async function idempotentWrite<T>(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, write: (ctx: AppContext) => Promise<T>): Promise<T> {
  const key = readKey(request);
  if (key === null) return write(ctx);
  const userId = requireActor(request).id;
  const route = `${request.method} ${request.routeOptions.url ?? request.url}`.slice(0, 300);
  const requestHash = crypto
    .createHash('sha256')
    .update(canonicalJson({ method: request.method, url: request.url, body: request.body ?? null }))
    .digest('hex');
  const outcome: { result: T } | { stored: StoredIdempotentResponse | undefined } = await ctx.db.transaction().execute(async (trx) => {
    const claimId = await claimIdempotencyKey(trx, { userId, key, route, requestHash, createdAt: nowIso() });
    if (claimId === null) return { stored: await findIdempotentResponse(trx, userId, key) };
    const result = await write({ ...ctx, db: trx });
    await storeIdempotentResponse(trx, claimId, reply.statusCode, JSON.stringify(result ?? null));
    return { result };
  });
  if ('result' in outcome) return outcome.result;
  const { stored } = outcome;
  if (!stored) throw new AppError('CONFLICT', '同一操作的请求正在处理，请稍后刷新页面查看结果。');
  if (stored.request_hash !== requestHash) {
    throw new AppError(
      'IDEMPOTENCY_KEY_REUSED',
      '这个请求标识（Idempotency-Key）已用于另一项内容不同的操作，本次没有保存。请刷新页面后重新操作（每次操作应使用新的标识）。',
      { field: IDEMPOTENCY_HEADER },
    );
  }
  reply.code(stored.status_code).header(REPLAYED_HEADER, 'true');
  return JSON.parse(stored.response_body) as T;
}

/** Forget the keys (and stored answers) older than a day: the hourly job src/server/jobs/idempotency-purge.job.ts. */
export function forgetOldIdempotencyKeys(ctx: AppContext, now: Date): Promise<number> {
  return deleteIdempotencyKeysBefore(ctx.db, new Date(now.getTime() - KEEP_MS).toISOString());
}
