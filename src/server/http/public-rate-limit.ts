import type { AppContext } from '../context';
import { AppError } from '../errors';
import { deleteRateWindowsBefore, hitRateWindow } from './public-rate-limit.repo';

/**
 * The rate limit of the public side (portal forms, ratings, open data): a fixed window per bucket, counted in the
 * database so several app processes behind a load balancer share it. Past `limit` hits in the window the request is
 * refused with 429, a Chinese message saying how long to wait and a Retry-After header.
 */
export async function checkPublicRate(ctx: AppContext, bucket: string, limit: number, windowSeconds: number, now = new Date()): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const hits = await hitRateWindow(ctx.db, bucket.slice(0, 200), new Date(start).toISOString());
  // now and then, drop windows that ended long ago
  if (hits === 1 && Math.random() < 0.02) await deleteRateWindowsBefore(ctx.db, new Date(now.getTime() - Math.max(86_400_000, 2 * windowMs)).toISOString());
  if (hits <= limit) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000));
  const wait = retryAfterSeconds >= 120 ? `${Math.ceil(retryAfterSeconds / 60)} 分钟` : `${retryAfterSeconds} 秒`;
  throw new AppError('RATE_LIMITED', `访问过于频繁，请 ${wait}后再试。`, { retryAfterSeconds });
}
