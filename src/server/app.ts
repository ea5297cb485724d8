import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from './config';
import type { AppContext } from './context';
import { createContext } from './context';
import type { Database } from './db/dialect';
import { sql } from './db/dialect';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { importsRoutes } from './modules/imports/imports.routes';
import { plansRoutes } from './modules/plans/plans.routes';
import { projectsRoutes } from './modules/projects/projects.routes';
import { baselineRoutes } from './modules/targets/baseline.routes';
import { targetsRoutes } from './modules/targets/targets.routes';
import { unitsRoutes } from './modules/units/units.routes';
import { usersRoutes } from './modules/users/users.routes';
import { weeklyRoutes } from './modules/weekly/weekly.routes';
import { ledgerRoutes } from './modules/ledger/ledger.routes';
import { blockersRoutes } from './modules/blockers/blockers.routes';
import { meetingsRoutes } from './modules/meetings/meetings.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import { bulletinsRoutes } from './modules/bulletins/bulletins.routes';
import { leadersRoutes } from './modules/leaders/leaders.routes';
import { workdaysRoutes } from './modules/workdays/workdays.routes';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { supervisionNoticesRoutes } from './modules/supervision/supervision-notices.routes';
import { inspectionsRoutes } from './modules/inspections/inspections.routes';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes';
import { assessmentRoutes } from './modules/assessment/assessment.routes';
import { feedbackOfficeRoutes } from './modules/public-feedback/feedback-office.routes';
import { publicFeedbackRoutes } from './modules/public-feedback/public-feedback.routes';
import { OPEN_DATA_PREFIX } from '../contract/open-data.contract';
import { openDataPageRoutes, openDataRoutes } from './modules/open-data/open-data.routes';
import { minshengCodeRoutes } from './modules/portal/minsheng-code.routes';
import { solicitationsRoutes } from './modules/next-year/solicitations.routes';
import { votesRoutes } from './modules/next-year/votes.routes';
import { nextYearPageRoutes, nextYearPublicApiRoutes } from './modules/next-year/next-year-public.routes';
import { authPlugin, signedInActorOf } from './plugins/auth.plugin';
import { errorsPlugin } from './plugins/errors.plugin';
import { webPlugin } from './plugins/web.plugin';
import { portalRoutes } from './modules/portal/portal.routes';
import { publicationRoutes } from './modules/portal/publication.routes';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Build the HTTP app on an open, migrated database. No listen here, so tests use app.inject. */
export async function buildApp(config: AppConfig, database: Database, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = createContext(config, database);

  await app.register(errorsPlugin);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS)
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
  await app.register(fastifySwagger, {
    openapi: { info: { title: '民生实事督办平台 API', version: '1' }, servers: [] },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // in production the whole API map is for signed-in users, not for anonymous visitors
    uiHooks: config.isProduction
      ? {
          onRequest: async (request, reply) => {
            const actor = await signedInActorOf(ctx, request);
            if (!actor) return reply.status(401).send({ error: { code: 'UNAUTHENTICATED', message: '请先登录后查看接口文档。' } });
            // staff only: a deputy's account votes and sees nothing of the back office
            if (actor.role === 'deputy') return reply.status(403).send({ error: { code: 'FORBIDDEN', message: '接口文档仅供工作人员查看。' } });
          },
        }
      : {},
  });
  await app.register(authPlugin, { ctx });

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await sql`select 1`.execute(ctx.db);
    return { status: 'ok', db: ctx.dialect };
  });

  await app.register(
    async (api) => {
      for (const routes of [
        authRoutes,
        plansRoutes,
        projectsRoutes,
        targetsRoutes,
        baselineRoutes,
        unitsRoutes,
        importsRoutes,
        usersRoutes,
        auditRoutes,
        weeklyRoutes,
        ledgerRoutes,
        blockersRoutes,
        meetingsRoutes,
        reportsRoutes,
        bulletinsRoutes,
        leadersRoutes,
        workdaysRoutes,
        notificationsRoutes,
        supervisionNoticesRoutes,
        inspectionsRoutes,
        dashboardRoutes,
        assessmentRoutes,
        publicationRoutes,
        publicFeedbackRoutes,
        feedbackOfficeRoutes,
        solicitationsRoutes,
        votesRoutes,
        nextYearPublicApiRoutes,
      ]) {
        await api.register(routes, { ctx });
      }
    },
    { prefix: '/api/v1' },
  );
  await app.register(portalRoutes, { ctx });
  // public side (issue 12): open data API, its documentation page, 民生码
  await app.register(openDataRoutes, { ctx, prefix: OPEN_DATA_PREFIX });
  await app.register(openDataPageRoutes, { ctx });
  await app.register(minshengCodeRoutes, { ctx });
  await app.register(nextYearPageRoutes, { ctx });
  await app.register(webPlugin, { webDir: config.webDir });
  return app;
}
