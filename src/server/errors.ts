import { ERROR_STATUS } from '../contract/errors.contract';
import type { ErrorCode } from '../contract/errors.contract';

/** An error the user can act on: a stable code (its HTTP status decided in the contract), a Chinese message. */
export class AppError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = ERROR_STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或已被删除，请刷新后重试。`);

export const forbidden = (message = '您没有权限执行此操作。如需权限，请联系督查室或系统管理员。') => new AppError('FORBIDDEN', message);

export const unauthenticated = () => new AppError('UNAUTHENTICATED', '请先登录。');

export const versionConflict = (what: string) => new AppError('VERSION_CONFLICT', `${what}已被其他人修改，您的修改没有保存。请查看最新内容后重新修改。`);

export const badRequest = (message: string, details?: Record<string, unknown>) => new AppError('BAD_REQUEST', message, details);

/** Throw a domain rule's refusal (src/domain answers with a code and a message, never throws HTTP errors). */
export function refuseIf(refusal: { code: ErrorCode; message: string; details?: Record<string, unknown> } | null): void {
  if (refusal) throw new AppError(refusal.code, refusal.message, refusal.details);
}
