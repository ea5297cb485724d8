import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import { liaisonBodySchema, projectDetailSchema } from '../../../contract/projects.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { getProject, setProjectLiaison } from './projects.service';

export const projectsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/projects/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['projects'], summary: '项目详情', params: idParamsSchema, response: { 200: projectDetailSchema } },
    },
    async (request) => getProject(ctx, requireActor(request), request.params.id),
  );

  app.patch(
    '/projects/:id/liaison',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['projects'],
        summary: '修改项目联络人（主办单位、督查室）',
        params: idParamsSchema,
        body: liaisonBodySchema,
        response: { 200: projectDetailSchema },
      },
    },
    async (request) => setProjectLiaison(ctx, requireActor(request), request.params.id, request.body),
  );
};
