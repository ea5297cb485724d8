import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { workdayScheduleBodySchema, workdayYearListSchema, workdayYearParamsSchema, workdayYearSchema } from '../../../contract/workdays.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { listWorkdayYears, resetWorkdayYear, saveWorkdayYear } from './workdays.service';

const signedIn = { access: 'authenticated' } as const;
const adminOnly = { access: ['admin'] as const };
const tags = ['workdays'];

/** The working-day calendar (法定节假日与调休): shipped for 2024–2026, editable per year by an admin (issue 5). */
export const workdaysRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/workdays',
    { config: signedIn, schema: { tags, summary: '各年度节假日与调休安排（内置或已修改）', response: { 200: workdayYearListSchema } } },
    async () => listWorkdayYears(ctx),
  );

  app.put(
    '/workdays/:year',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: '修改某年度的节假日与调休安排（系统管理员）',
        params: workdayYearParamsSchema,
        body: workdayScheduleBodySchema,
        response: { 200: workdayYearSchema },
      },
    },
    async (request) => saveWorkdayYear(ctx, requireActor(request), request.params.year, request.body),
  );

  app.delete(
    '/workdays/:year',
    {
      config: adminOnly,
      schema: { tags, summary: '恢复某年度为系统内置的节假日安排（系统管理员）', params: workdayYearParamsSchema, response: { 200: workdayYearSchema } },
    },
    async (request) => resetWorkdayYear(ctx, requireActor(request), request.params.year),
  );
};
