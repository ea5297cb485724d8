import { versionSchema } from '../../../contract/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { idParams } from '../../http/schemas';
import { requireActor } from '../../plugins/auth.plugin';
import { projectDetailSchema } from './projects.schemas';
import { getProject, setProjectLiaison } from './projects.service';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v ? v : null));

export const projectsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/projects/:id',
    { config: { access: 'authenticated' }, schema: { tags: ['projects'], summary: '项目详情', params: idParams, response: { 200: projectDetailSchema } } },
    async (request) => getProject(ctx, requireActor(request), request.params.id),
  );

  app.patch(
    '/projects/:id/liaison',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['projects'],
        summary: '修改项目联络人（主办单位、督查室）',
        params: idParams,
        body: z.object({
          liaisonName: optionalText(50),
          liaisonPhone: optionalText(30).refine((v) => v === null || /^[0-9+\-() ]{5,30}$/.test(v), '电话号码只能包含数字、+、-、括号'),
          version: versionSchema,
        }),
        response: { 200: projectDetailSchema },
      },
    },
    async (request) => setProjectLiaison(ctx, requireActor(request), request.params.id, request.body),
  );
};
