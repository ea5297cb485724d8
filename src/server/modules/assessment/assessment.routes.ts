import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import { assessmentQuerySchema, assessmentResponseSchema, assessmentRubricInputSchema, assessmentRubricSchema } from '../../../contract/assessment.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { buildAssessmentWorkbook } from './assessment-workbook.builder';
import { getRubric, saveRubric } from './assessment-rubric.service';
import { getAssessment } from './assessment.service';

/** Everyone signed in: the service shows units their own row only (assessment policy). */
const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['assessment'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** unit assessment routes (单位考核, issue 11): the rubric of a plan and the league table of a month. */
export const assessmentRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/assessment-rubric',
    { config: signedIn, schema: { tags, summary: '考核细则（指标与分值）', params: idParamsSchema, response: { 200: assessmentRubricSchema } } },
    async (request) => getRubric(ctx, requireActor(request), request.params.id),
  );

  app.put(
    '/plans/:id/assessment-rubric',
    {
      config: office,
      schema: {
        tags,
        summary: '修改考核细则（分值合计须为 100）',
        params: idParamsSchema,
        body: assessmentRubricInputSchema,
        response: { 200: assessmentRubricSchema },
      },
    },
    async (request) => saveRubric(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/plans/:id/assessment',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '单位考核排名：月度与年度得分，每项得分的扣分事项',
        params: idParamsSchema,
        querystring: assessmentQuerySchema,
        response: { 200: assessmentResponseSchema },
      },
    },
    async (request) => getAssessment(ctx, requireActor(request), request.params.id, request.query),
  );

  app.get(
    '/plans/:id/assessment.xlsx',
    {
      config: { ...signedIn, download: true },
      schema: { tags, summary: '导出单位考核排名 .xlsx（含扣分说明）', params: idParamsSchema, querystring: assessmentQuerySchema },
    },
    async (request, reply) => {
      const data = await getAssessment(ctx, requireActor(request), request.params.id, request.query);
      const buffer = await buildAssessmentWorkbook(data);
      return reply
        .header('Content-Type', XLSX)
        .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`单位考核排名_${data.month}.xlsx`)}`)
        .send(buffer);
    },
  );
};
