import { dashboardQuerySchema, dashboardSchema, statsCountersQuerySchema, statsCountersSchema } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { StatsService } from './stats.service';

/** The statistics routes (dashboard, counters), with one service instance per app. */
export function statsRoutes(app: FastifyInstance, deps: Deps): void {
  const stats = new StatsService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['statistics'];

  r.get(
    '/api/v1/stats/dashboard',
    {
      schema: {
        tags,
        summary: 'Dashboard figures 统计看板',
        description:
          'period: day|week|month|quarter|year|ytd|range (default month) with key (2026-11-30, 2026-W48, 2026-11, ' +
          '2026-Q4, 2026, ytd 2026-11-30) or from/to days for a range; no key: the period holding today. A malformed ' +
          'period: 400 PERIOD_INVALID; a range ending before it starts: 400 PERIOD_REVERSED; a period starting after ' +
          'today: 400 PERIOD_IN_FUTURE. jurisdictionId: a district or village inside the caller’s scope (404 ' +
          'otherwise). Every number carries the link to the list that shows its records, or null when the caller ' +
          'may not read that list.',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
    },
    async (request) => stats.dashboard(request.ctx, request.query),
  );
  r.get(
    '/api/v1/stats/counters',
    {
      schema: {
        tags,
        summary: 'Counters 计数器',
        description:
          'Days since the last telecom fraud case, disputes mediated online, remote reminders: computed from ' +
          'records; null until the module that owns the records exists.',
        querystring: statsCountersQuerySchema,
        response: { 200: statsCountersSchema },
      },
    },
    async (request) => stats.counters(request.ctx, request.query),
  );
}
