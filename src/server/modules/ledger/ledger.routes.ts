import '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import {
  ledgerQuerySchema,
  ledgerResponseSchema,
  overviewResponseSchema,
  weeklyExportQuerySchema,
  weeklyFormParamsSchema,
  weeklyImportResultSchema,
} from '../../../contract/ledger.contract';
import { isValidWeek } from '../../../domain/calendar';
import type { AppContext } from '../../context';
import { badRequest } from '../../errors';
import { sendSerializedOnce } from '../../http/serialized-once';
import { requireActor } from '../../plugins/auth.plugin';
import { importWeeklyWorkbook } from '../weekly/weekly-import.service';
import { buildLedger } from './ledger.service';
import { planAsOfOf } from '../plans/plan-as-of.service';
import { buildWeeklyExport, buildWeeklyForm } from './weekly-export.service';
import { buildLedgerWorkbook } from './xlsx/ledger-workbook.builder';
import { buildWeeklyExportWorkbook } from './xlsx/weekly-export-workbook.builder';
import { buildWeeklyFormWorkbook } from './xlsx/weekly-form-workbook.builder';

const signedIn = { access: 'authenticated' } as const;
const signedInDownload = { ...signedIn, download: true } as const;
const tags = ['ledger'];
const idParams = idParamsSchema;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const download = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export const ledgerRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/ledger',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '专项工作台账（计划与实际、进度、状态）',
        params: idParams,
        querystring: ledgerQuerySchema,
        response: { 200: ledgerResponseSchema },
      },
    },
    async (request, reply) => {
      const data = await buildLedger(ctx, requireActor(request), request.params.id, request.query);
      return sendSerializedOnce(reply, data.items, 'ledger', () => ({ asOf: data.asOf, isYearOver: data.isYearOver ?? false, items: data.items }));
    },
  );

  app.get(
    '/plans/:id/overview',
    {
      config: signedIn,
      schema: { tags, summary: '清单总览的进度与状态', params: idParams, querystring: ledgerQuerySchema, response: { 200: overviewResponseSchema } },
    },
    async (request, reply) => {
      const data = await buildLedger(ctx, requireActor(request), request.params.id, request.query);
      return sendSerializedOnce(reply, data.items, 'overview', () => ({
        asOf: data.asOf,
        isYearOver: data.isYearOver ?? false,
        items: data.items.map(({ latest: _latest, ...item }) => item),
      }));
    },
  );

  app.get(
    '/plans/:id/ledger.xlsx',
    { config: signedInDownload, schema: { tags, summary: '导出专项工作台账 .xlsx', params: idParams, querystring: ledgerQuerySchema } },
    async (request, reply) => {
      const data = await buildLedger(ctx, requireActor(request), request.params.id, request.query);
      const buffer = await buildLedgerWorkbook(data);
      return reply
        .header('Content-Type', XLSX)
        .header('Content-Disposition', download(`专项工作台账_${data.asOf}.xlsx`))
        .send(buffer);
    },
  );

  app.get(
    '/plans/:id/weekly-export.xlsx',
    { config: signedInDownload, schema: { tags, summary: '导出某周各单位报送情况 .xlsx', params: idParams, querystring: weeklyExportQuerySchema } },
    async (request, reply) => {
      const week = request.query.week ?? (await planAsOfOf(ctx, request.params.id)).week;
      if (!isValidWeek(week)) throw badRequest(`周次“${week}”格式不对，应为如 2024-W23 的 ISO 周。`);
      const data = await buildWeeklyExport(ctx, requireActor(request), request.params.id, week);
      return reply
        .header('Content-Type', XLSX)
        .header('Content-Disposition', download(`周台账汇总_${week}.xlsx`))
        .send(await buildWeeklyExportWorkbook(data));
    },
  );

  app.get(
    '/projects/:id/weekly/:week/form.xlsx',
    { config: signedInDownload, schema: { tags, summary: '下载周台账 Excel 填报表', params: weeklyFormParamsSchema } },
    async (request, reply) => {
      const form = await buildWeeklyForm(ctx, requireActor(request), request.params.id, request.params.week);
      const buffer = await buildWeeklyFormWorkbook(form);
      return reply
        .header('Content-Type', XLSX)
        .header('Content-Disposition', download(`周台账填报表_${form.seq}_${form.week}.xlsx`))
        .send(buffer);
    },
  );

  app.post(
    '/plans/:id/weekly-import',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '上传 Excel 周台账（整份文件有效才保存）',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: weeklyImportResultSchema },
      },
    },
    async (request) => {
      if (!request.isMultipart()) throw badRequest('请以文件上传的方式提交 Excel 周台账。');
      const part = await request.file();
      if (!part) throw badRequest('请选择要上传的 Excel 文件。');
      return importWeeklyWorkbook(ctx, requireActor(request), request.params.id, await part.toBuffer(), part.filename || 'Excel');
    },
  );
};
