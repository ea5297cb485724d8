/** An error the user can act on: HTTP status, stable code, Chinese message. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what}不存在或已被删除，请刷新后重试。`);

export const forbidden = (message = '您没有权限执行此操作。如需权限，请联系督查室或系统管理员。') =>
  new AppError(403, 'FORBIDDEN', message);

export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED', '请先登录。');

export const versionConflict = (what: string) =>
  new AppError(409, 'VERSION_CONFLICT', `${what}已被其他人修改，您的修改没有保存。请查看最新内容后重新修改。`);

export const badRequest = (message: string, details?: Record<string, unknown>) =>
  new AppError(400, 'BAD_REQUEST', message, details);
