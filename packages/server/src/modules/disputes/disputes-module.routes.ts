import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps';
import { agreementsRoutes } from './agreements.routes';
import { AgreementsService } from './agreements.service';
import { attachmentsRoutes } from './attachments.routes';
import { AttachmentsService } from './attachments.service';
import { disputesRoutes } from './disputes.routes';
import { DisputesService } from './disputes.service';
import { DisputesExport } from './disputes-export';
import { followUpsRoutes } from './follow-ups.routes';
import { FollowUpsService } from './follow-ups.service';
import { mediationsRoutes } from './mediations.routes';
import { MediationsService } from './mediations.service';
import { transitionsRoutes } from './transitions.routes';
import { TransitionsService } from './transitions.service';

/** Every route of the disputes module, sharing one service instance per app. */
export function disputesModuleRoutes(app: FastifyInstance, deps: Deps): void {
  const disputes = new DisputesService(deps);
  const mediations = new MediationsService(deps, disputes);
  disputesRoutes(app, disputes, new DisputesExport(deps, disputes));
  transitionsRoutes(app, new TransitionsService(deps, disputes));
  mediationsRoutes(app, mediations);
  agreementsRoutes(app, new AgreementsService(deps, disputes, mediations));
  followUpsRoutes(app, new FollowUpsService(deps, disputes));
  attachmentsRoutes(app, new AttachmentsService(deps, disputes), deps.config.disputes.attachmentMaxBytes);
}
