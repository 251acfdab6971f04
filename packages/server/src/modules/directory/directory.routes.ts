import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps';
import { assignmentsRoutes } from './assignments.routes';
import { importsRoutes } from './imports.routes';
import { jurisdictionsRoutes } from './jurisdictions.routes';
import { organizationsRoutes } from './organizations.routes';
import { peopleRoutes } from './people.routes';

/** The directory (domain.md §1): places, organisations, who answers for what, and people. */
export function directoryRoutes(app: FastifyInstance, deps: Deps): void {
  jurisdictionsRoutes(app, deps);
  organizationsRoutes(app, deps);
  assignmentsRoutes(app, deps);
  peopleRoutes(app, deps);
  importsRoutes(app, deps);
}
