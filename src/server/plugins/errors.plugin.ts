import { ERROR_STATUS } from '../../contract/errors.contract';
import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors';

// Validation messages in Chinese for every zod schema of the app.
z.config(z.locales.zhCN());

const fieldLabels: Record<string, string> = {
  username: '用户名',
  password: '密码',
  displayName: '姓名',
  role: '角色',
  unitId: '所属单位',
  newPassword: '新密码',
  currentPassword: '当前密码',
  liaisonName: '联络人',
  liaisonPhone: '联系电话',
  version: '版本号',
  id: '编号',
};

/** Errors as `{ error: { code, message, details? } }`; unknown errors are logged and answered with a generic 500. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      // a rate limit tells the client when to come back (RFC 9110 Retry-After, in seconds)
      if (typeof error.details?.retryAfterSeconds === 'number') reply.header('Retry-After', String(error.details.retryAfterSeconds));
      return reply.status(error.statusCode).send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((v) => {
        const field = v.instancePath.replace(/^\//, '').split('/')[0] ?? '';
        return `${fieldLabels[field] ?? field ?? '参数'}：${v.message}`;
      });
      return reply.status(ERROR_STATUS.VALIDATION_FAILED).send({
        error: { code: 'VALIDATION_FAILED', message: `提交的内容有误，请修改后重试。${problems.join('；')}`, details: { issues: error.validation } },
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(ERROR_STATUS.TOO_LARGE).send({ error: { code: 'TOO_LARGE', message: '上传的文件过大（上限 10 MB），请压缩或拆分后再上传。' } });
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: error.code ?? 'BAD_REQUEST', message: `请求无法处理：${error.message}` } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(ERROR_STATUS.INTERNAL).send({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试；如持续出现请联系系统管理员。' } });
  });
});
