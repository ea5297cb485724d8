import { monthSchema, versionSchema } from '../../../contract/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { idParams } from '../../http/schemas';
import { requireActor } from '../../plugins/auth.plugin';
import { bulletinDocx, compileBulletin, editBulletin, getBulletin, issueBulletin, listBulletins } from './bulletins.service';

const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['bulletins'];
const month = monthSchema;
const paragraph = z.object({ heading: z.string().max(100).optional(), text: z.string().max(20000) });

/** bulletins routes (issue 5): the 督查室's monthly 通报. */
export const bulletinsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/plans/:id/bulletins', { config: signedIn, schema: { tags, summary: '通报列表（非督查室只见已印发）', params: idParams } }, async (request) =>
    listBulletins(ctx, requireActor(request), request.params.id),
  );

  app.post('/plans/:id/bulletins', { config: office, schema: { tags, summary: '编制某月通报草稿（督查室）', params: idParams, body: z.object({ month }) } }, async (request) =>
    compileBulletin(ctx, requireActor(request), request.params.id, request.body.month),
  );

  // One route for /bulletins/7 and /bulletins/7.docx: a param followed by a static suffix is not reliable in the router.
  app.get('/bulletins/:file', { config: signedIn, schema: { tags, summary: '通报详情；/bulletins/{id}.docx 下载公文格式 .docx', params: z.object({ file: z.string().max(40) }) } }, async (request, reply) => {
    const match = /^(\d+)(\.docx)?$/.exec(request.params.file);
    if (!match) throw notFound('通报');
    const id = Number(match[1]);
    const actor = requireActor(request);
    if (!match[2]) return getBulletin(ctx, actor, id);
    const file = await bulletinDocx(ctx, actor, id);
    return reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('Content-Disposition', `attachment; filename="bulletin-${id}.docx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('Cache-Control', 'private, no-store')
      .send(file.data);
  });

  app.patch(
    '/bulletins/:id',
    {
      config: office,
      schema: {
        tags,
        summary: '修改通报草稿（标题、文号、段落；带版本检查）',
        params: idParams,
        body: z.object({ title: z.string().max(300).optional(), docNumber: z.string().max(100).optional(), recipients: z.string().max(300).optional(), paragraphs: z.array(paragraph).max(200).optional(), version: versionSchema }),
      },
    },
    async (request) => editBulletin(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post('/bulletins/:id/issue', { config: office, schema: { tags, summary: '印发通报（督查室）', params: idParams, body: z.object({ version: versionSchema.optional() }).optional() } }, async (request) =>
    issueBulletin(ctx, requireActor(request), request.params.id, request.body?.version),
  );
};
