import { draftVersionSchema } from '../../../contract/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { listWorkdayYears, resetWorkdayYear, saveWorkdayYear } from './workdays.service';

const signedIn = { access: 'authenticated' } as const;
const adminOnly = { access: ['admin'] as const };
const tags = ['workdays'];

const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const date = z.string().max(10);
const scheduleBody = z.object({
  holidays: z.array(z.object({ name: z.string().min(1).max(50), start: date, end: date })).max(50),
  workdays: z.array(date).max(50),
  version: draftVersionSchema,
});

/** The working-day calendar (法定节假日与调休): shipped for 2024–2026, editable per year by an admin (issue 5). */
export const workdaysRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/workdays', { config: signedIn, schema: { tags, summary: '各年度节假日与调休安排（内置或已修改）' } }, async () => listWorkdayYears(ctx));

  app.put(
    '/workdays/:year',
    { config: adminOnly, schema: { tags, summary: '修改某年度的节假日与调休安排（系统管理员）', params: yearParams, body: scheduleBody } },
    async (request) => saveWorkdayYear(ctx, requireActor(request), request.params.year, request.body),
  );

  app.delete(
    '/workdays/:year',
    { config: adminOnly, schema: { tags, summary: '恢复某年度为系统内置的节假日安排（系统管理员）', params: yearParams } },
    async (request) => resetWorkdayYear(ctx, requireActor(request), request.params.year),
  );
};
