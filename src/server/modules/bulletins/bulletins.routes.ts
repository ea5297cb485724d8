import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  bulletinListSchema,
  bulletinPatchSchema,
  bulletinSchema,
  compileBulletinBodySchema,
  issueBulletinBodySchema,
} from '../../../contract/bulletins.contract';
import { idParamsSchema } from '../../../contract/common.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { bulletinDocx, compileBulletin, editBulletin, getBulletin, issueBulletin, listBulletins } from './bulletins.service';

const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['bulletins'];
const params = idParamsSchema;
const bulletinResponse = { 200: bulletinSchema };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** bulletins routes (issue 5): the 督查室's monthly 通报. */
export const bulletinsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/bulletins',
    { config: signedIn, schema: { tags, summary: '通报列表（非督查室只见已印发）', params, response: { 200: bulletinListSchema } } },
    async (request) => listBulletins(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/plans/:id/bulletins',
    { config: office, schema: { tags, summary: '编制某月通报草稿（督查室）', params, body: compileBulletinBodySchema, response: bulletinResponse } },
    async (request) => compileBulletin(ctx, requireActor(request), request.params.id, request.body.month),
  );

  // Both GET routes take digits only, so /bulletins/7 is the view, /bulletins/7.docx the file and anything else 404.
  app.get('/bulletins/:id(^\\d+)', { config: signedIn, schema: { tags, summary: '通报详情', params, response: bulletinResponse } }, async (request) =>
    getBulletin(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/bulletins/:id(^\\d+).docx',
    { config: { ...signedIn, download: true }, schema: { tags, summary: '下载公文格式（GB/T 9704）的通报 .docx', params } },
    async (request, reply) => {
      const id = request.params.id;
      const file = await bulletinDocx(ctx, requireActor(request), id);
      return reply
        .header('Content-Type', DOCX)
        .header('Content-Disposition', `attachment; filename="bulletin-${id}.docx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('Cache-Control', 'private, no-store')
        .send(file.data);
    },
  );

  app.patch(
    '/bulletins/:id',
    {
      config: office,
      schema: { tags, summary: '修改通报草稿（标题、文号、主送、段落；带版本检查）', params, body: bulletinPatchSchema, response: bulletinResponse },
    },
    async (request) => editBulletin(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/bulletins/:id/issue',
    { config: office, schema: { tags, summary: '印发通报（督查室）', params, body: issueBulletinBodySchema, response: bulletinResponse } },
    async (request) => issueBulletin(ctx, requireActor(request), request.params.id, request.body?.version),
  );
};
