/**
 * The one way the web app talks to the server: JSON over fetch, same-origin cookies, the CSRF header on every
 * write, and `{ error: { code, message } }` turned into an ApiError carrying the server's Chinese message.
 */
import type { ErrorCode } from '../../contract/errors.contract';

const API_BASE = '/api/v1';

/** An error answered by the server (or a network failure), with the message a user can act on. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Where the session handler sends the user: to sign in, or to change an admin-set password first. */
export type AuthRedirect = 'login' | 'password';

let csrfToken: string | null = null;
let onAuthRedirect: (target: AuthRedirect) => void = () => undefined;

/** Remembers the token from login or GET /auth/me for the `x-csrf-token` header. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The router registers how to navigate when a request finds the session gone or a password change pending. */
export function setAuthRedirectHandler(handler: (target: AuthRedirect) => void): void {
  onAuthRedirect = handler;
}

function readCookie(name: string): string | null {
  const pair = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return pair ? decodeURIComponent(pair.slice(name.length + 1)) : null;
}

export type QueryValue = string | number | boolean | null | undefined;

/** Builds `path?a=1&b=2`, leaving out empty values so URLs stay short. */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'error' in value;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body) && body.error?.message) {
    return new ApiError(body.error.message, body.error.code ?? 'ERROR', response.status, body.error.details);
  }
  if (response.status === 401) return new ApiError('登录已失效，请重新登录', 'UNAUTHENTICATED', 401);
  if (response.status === 413) return new ApiError('文件太大，请上传不超过 10 MB 的文件', 'PAYLOAD_TOO_LARGE', 413);
  return new ApiError(`服务器暂时无法处理请求（${response.status}），请稍后再试`, 'HTTP_ERROR', response.status);
}

/**
 * A fresh Idempotency-Key for one user action (a v4 UUID). Built from getRandomValues, which browsers also give
 * pages served over plain http on an intranet (crypto.randomUUID needs https).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface WriteOptions {
  /**
   * The action's Idempotency-Key: the server writes at most once per key, so the request is safely retried here
   * (same key, same body) when the connection drops or a gateway times out before the answer arrives.
   */
  idempotencyKey?: string;
}

/** Waits before the retries of an idempotent write whose answer did not arrive. */
const RETRY_DELAYS_MS = [1000, 3000];
/** Answers of a proxy or a restarting server: the write may or may not have happened. */
const RETRIABLE_STATUSES = new Set([502, 503, 504]);

async function request<T>(method: string, path: string, body?: unknown, options: WriteOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET') {
    const token = csrfToken ?? readCookie('ms_csrf');
    if (token) headers['x-csrf-token'] = token;
  }

  let response: Response | null = null;
  const delays = options.idempotencyKey ? RETRY_DELAYS_MS : [];
  for (let attempt = 0; ; attempt++) {
    try {
      response = await fetch(API_BASE + path, { method, headers, body: payload, credentials: 'same-origin' });
    } catch {
      response = null;
    }
    const delay = delays[attempt];
    if ((response && !RETRIABLE_STATUSES.has(response.status)) || delay === undefined) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  if (!response) throw new ApiError('无法连接服务器，请检查网络后重试', 'NETWORK_ERROR', 0);

  if (!response.ok) {
    const error = await toApiError(response);
    if (error.code === 'UNAUTHENTICATED') {
      setCsrfToken(null);
      onAuthRedirect('login');
    } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
      onAuthRedirect('password');
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, options?: WriteOptions) => request<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown, options?: WriteOptions) => request<T>('PUT', path, body, options),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** multipart upload; the browser sets the boundary */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form),
};

/** The Chinese message of any error, for Alerts and toasts. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return '操作失败，请稍后再试';
}

/** The server's error codes (src/contract/errors.contract.ts) and the client's own: no connection. */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR';

/** True when the error is an ApiError with one of the given codes. */
export function hasErrorCode(error: unknown, ...codes: ClientErrorCode[]): boolean {
  return error instanceof ApiError && (codes as string[]).includes(error.code);
}
