import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps';
import { disputesRoutes } from './disputes.routes';
import { DisputesService } from './disputes.service';
import { DisputesExport } from './disputes-export';
import { transitionsRoutes } from './transitions.routes';
import { TransitionsService } from './transitions.service';

/** Every route of the disputes module, sharing one service instance per app. */
export function disputesModuleRoutes(app: FastifyInstance, deps: Deps): void {
  const disputes = new DisputesService(deps);
  disputesRoutes(app, disputes, new DisputesExport(deps, disputes));
  transitionsRoutes(app, new TransitionsService(deps, disputes));
}
