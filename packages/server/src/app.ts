import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import { analysesRoutes } from './modules/analyses/analyses.routes';
import { antifraudRoutes } from './modules/antifraud/antifraud.routes';
import { assessmentsRoutes } from './modules/assessments/assessments.routes';
import { cadreRegistrationsRoutes } from './modules/cadre-registrations/cadre-registrations.routes';
import { cameraProbeJob } from './modules/cameras/camera-probe';
import { camerasRoutes } from './modules/cameras/cameras.routes';
import { coverageRoutes } from './modules/coverage/coverage.routes';
import { directoryRoutes } from './modules/directory/directory.routes';
import { deadlineRemindersJob } from './modules/disputes/deadline-reminders';
import { disputesModuleRoutes } from './modules/disputes/disputes-module.routes';
import { dutyRoutes } from './modules/duty/duty-logs.routes';
import { hazardRemindersJob } from './modules/hazards/hazard-reminders';
import { hazardsRoutes } from './modules/hazards/hazards.routes';
import { homeRoutes } from './modules/home/home.routes';
import { incidentClassesRoutes } from './modules/incidents/incident-classes.routes';
import { incidentsRoutes } from './modules/incidents/incidents.routes';
import { keyPersonRemindersJob } from './modules/key-persons/key-person-reminders';
import { keyPersonsRoutes } from './modules/key-persons/key-persons.routes';
import { roomGuestsRoutes } from './modules/mediation-rooms/room-guests.routes';
import { roomRecordingRoutes } from './modules/mediation-rooms/room-recording.routes';
import { roomRecordingConversionJob } from './modules/mediation-rooms/room-recording-conversion';
import { roomsRoutes } from './modules/mediation-rooms/rooms.routes';
import { roomsReconcilerJob } from './modules/mediation-rooms/rooms-reconciler';
import { meetingsRoutes } from './modules/meetings/meetings.routes';
import { taskRemindersJob } from './modules/meetings/task-reminders';
import { patrolsRoutes } from './modules/patrols/patrols.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import { rotationRoutes } from './modules/rotation/rotation.routes';
import { statsRoutes } from './modules/statistics/stats.routes';
import { usersRoutes } from './modules/users/users.routes';
import { venuesRoutes } from './modules/venues/venues.routes';
import { videoPatrolScheduleJob } from './modules/video-patrols/video-patrol-schedule';
import { videoPatrolsRoutes } from './modules/video-patrols/video-patrols.routes';
import { videoViewsRoutes } from './modules/video-views/video-views.routes';
import { videoViewSweepJob } from './modules/video-views/view-closer';
import { auditRoutes } from './platform/audit/audit.routes';
import { AuditChainKeys, bindAuditChainKeys } from './platform/audit/audit-chain';
import { authRoutes } from './platform/auth/auth.routes';
import { AuthService } from './platform/auth/auth.service';
import { PasswordHasher } from './platform/auth/passwords';
import { Keyring } from './platform/crypto/keyring';
import { PiiCipher } from './platform/crypto/pii-cipher';
import type { Deps } from './platform/deps';
import { AppError, errorBody } from './platform/errors';
import { installCompression } from './platform/http/compression';
import { clientErrorHandler, frameworkErrors, installErrorHandler } from './platform/http/error-handler';
import { healthRoutes } from './platform/http/health.routes';
import { installIdempotency } from './platform/http/idempotency';
import { serializeLoggedError, serializeLoggedRequest } from './platform/http/log-redaction';
import { responseSerializerCompiler } from './platform/http/serializer';
import { installSessionHook } from './platform/http/session-hook';
import { serveWeb } from './platform/http/web-assets';
import type { Job } from './platform/jobs/jobs';
import { createMediaServer } from './platform/media/create-media-server';
import { mediaRoutes } from './platform/media/media.routes';
import { InProcessNotificationBus } from './platform/realtime/notification-bus';
import { notificationsRoutes } from './platform/realtime/notifications.routes';
import './platform/http/fastify-types';
import { VERSION } from './version';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function createDeps(config: Config, handle: DatabaseHandle): Deps {
  const keyring = Keyring.load(config.crypto);
  bindAuditChainKeys(handle.db, new AuditChainKeys(keyring, config.crypto.suite));
  return {
    db: handle.db,
    config,
    cipher: new PiiCipher(keyring, config.crypto.suite),
    passwords: new PasswordHasher(config.argon2MemoryKib),
    bus: new InProcessNotificationBus(),
    media: createMediaServer(config.media),
  };
}

/** Every module's timers, run by platform/jobs in `serve` (a module adds its jobs here, as it adds its routes). */
export function appJobs(deps: Deps): Job[] {
  return [
    deadlineRemindersJob(deps),
    taskRemindersJob(deps),
    hazardRemindersJob(deps),
    videoViewSweepJob(deps),
    keyPersonRemindersJob(deps),
    cameraProbeJob(deps),
    videoPatrolScheduleJob(deps),
    roomsReconcilerJob(deps),
    roomRecordingConversionJob(deps),
  ];
}

export interface AppOptions {
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: { write(line: string): void };
}

/** Builds the whole app without listening, so tests drive it with app.inject(). */
export async function buildApp(
  config: Config,
  handle: DatabaseHandle,
  deps = createDeps(config, handle),
  options: AppOptions = {},
): Promise<FastifyInstance> {
  let counter = 0;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      // Query strings carry search terms (names, ID numbers, phones): no log line may hold them in clear.
      serializers: { req: serializeLoggedRequest, err: serializeLoggedError },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    frameworkErrors,
    clientErrorHandler,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      if (typeof incoming === 'string' && REQUEST_ID.test(incoming)) return incoming;
      counter = (counter + 1) % 1_000_000;
      return `${Date.now().toString(36)}-${counter.toString(36)}`;
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  installErrorHandler(app);

  app.addHook('onRequest', async (request, reply) => {
    request.ctx = { actor: null, ip: request.ip, requestId: request.id };
    reply.header('x-request-id', request.id);
    // A NUL byte is never meaningful in an address, and PostgreSQL refuses it in text: a 500 there, a silent match here.
    if (/%00/i.test(request.url)) throw new AppError('URL_INVALID');
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS), which needs inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    // Intranet deployments often run plain HTTP; HSTS is set by the TLS-terminating proxy when there is one.
    strictTransportSecurity: config.session.cookieSecure,
  });
  await app.register(fastifyCookie);
  await installCompression(app);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => ({ statusCode: 429, ...errorBody('RATE_LIMITED') }),
  });
  await app.register(fastifyMultipart, { limits: { fileSize: config.importMaxBytes, files: 1, fields: 5 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Fengqiao 枫桥 API', version: VERSION },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'fq_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const auth = new AuthService(deps);
  installSessionHook(app, auth);
  installIdempotency(app, deps.db);

  healthRoutes(app, handle);
  authRoutes(app, auth, config);
  usersRoutes(app, deps);
  directoryRoutes(app, deps);
  auditRoutes(app, deps);
  await notificationsRoutes(app, deps);
  disputesModuleRoutes(app, deps);
  incidentsRoutes(app, deps);
  dutyRoutes(app, deps);
  rotationRoutes(app, deps);
  assessmentsRoutes(app, deps);
  incidentClassesRoutes(app, deps);
  meetingsRoutes(app, deps);
  statsRoutes(app, deps);
  homeRoutes(app, deps);
  reportsRoutes(app, deps);
  analysesRoutes(app, deps);
  patrolsRoutes(app, deps);
  hazardsRoutes(app, deps);
  coverageRoutes(app, deps);
  antifraudRoutes(app, deps);
  keyPersonsRoutes(app, deps);
  camerasRoutes(app, deps);
  mediaRoutes(app, deps);
  videoViewsRoutes(app, deps);
  // The app owns its media server's connection (never the media server itself: a launched Janus is the CLI's).
  app.addHook('onClose', () => deps.media.close());
  venuesRoutes(app, deps);
  videoPatrolsRoutes(app, deps);
  roomsRoutes(app, deps);
  cadreRegistrationsRoutes(app, deps);
  roomGuestsRoutes(app, deps);
  roomRecordingRoutes(app, deps);

  await serveWeb(app, config);
  return app;
}
