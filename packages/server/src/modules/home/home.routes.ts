import { todaySchema } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { HomeService } from './home.service';

/** The home page's route, with one service instance per app. */
export function homeRoutes(app: FastifyInstance, deps: Deps): void {
  const home = new HomeService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/home/today',
    {
      schema: {
        tags: ['home'],
        summary: "Today's to-dos 工作台待办",
        description:
          'Groups of what the caller must do today (overdue and due-soon disputes they may work, red alerts, ' +
          'incidents to acknowledge or not reached in time), each with its total, the first few records and the ' +
          'filtered list that shows exactly the total. Only modules the caller may use give groups.',
        response: { 200: todaySchema },
      },
    },
    async (request) => home.today(request.ctx),
  );
}
