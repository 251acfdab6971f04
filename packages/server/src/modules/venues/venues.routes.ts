import {
  attachVenueCamerasSchema,
  createVenueAgreementSchema,
  createVenueSchema,
  pageSchema,
  revokeVenueAgreementSchema,
  updateVenueSchema,
  venueAgreementDocumentSchema,
  venueAgreementSchema,
  venueDetailSchema,
  venueListQuerySchema,
  venueSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { openFilePart } from '../../platform/http/multipart';
import { sendStoredUpload } from '../disputes/attachment-upload';
import { VenuesService } from './venues.service';

const idParams = z.object({ id: z.string().min(1).max(64) });
const NOTHING_WRITTEN = 'Nothing is written when refused.';

/** Venues (场所) sharing their cameras with the station, and their sharing agreements. */
export function venuesRoutes(app: FastifyInstance, deps: Deps): void {
  const venues = new VenuesService(deps);
  const maxBytes = deps.config.disputes.attachmentMaxBytes;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['venues'];

  r.get(
    '/api/v1/venues',
    {
      schema: {
        tags,
        summary: 'Venues sharing cameras 视频共享场所',
        description: 'By name. Contact phones masked. Each venue with the state of its current agreement.',
        querystring: venueListQuerySchema,
        response: { 200: pageSchema(venueSchema) },
      },
    },
    async (request) => venues.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/venues',
    {
      schema: {
        tags,
        summary: 'Register a venue 登记共享场所',
        description: `A village out of reach: 404 VENUE_VILLAGE_NOT_FOUND; a contact not of the town: 404 VENUE_CONTACT_NOT_FOUND. ${NOTHING_WRITTEN}`,
        body: createVenueSchema,
        response: { 201: venueDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await venues.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/venues/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export venues to Excel 导出共享场所台账',
        description: 'Same filters as the list; phones clear only where the caller may unmask the contact. Audited.',
        querystring: venueListQuerySchema.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => sendWorkbook(reply, await venues.export(request.ctx, request.query)),
  );
  r.get(
    '/api/v1/venues/:id',
    {
      schema: {
        tags,
        summary: 'One venue with its cameras and agreements 场所详情',
        params: idParams,
        response: { 200: venueDetailSchema },
      },
    },
    async (request) => venues.get(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/venues/:id',
    {
      schema: {
        tags,
        summary: 'Change a venue 修改场所',
        description: NOTHING_WRITTEN,
        params: idParams,
        body: updateVenueSchema,
        response: { 200: venueDetailSchema },
      },
    },
    async (request) => venues.update(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/venues/:id/cameras',
    {
      schema: {
        tags,
        summary: 'Add registered venue cameras to a venue 添加场所摄像机',
        description: `A camera of another town or venue, not a venue camera, or missing: 400 VENUE_CAMERA_NOT_ATTACHABLE. ${NOTHING_WRITTEN}`,
        params: idParams,
        body: attachVenueCamerasSchema,
        response: { 200: venueDetailSchema },
      },
    },
    async (request) => venues.attachCameras(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/venues/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Record a camera-sharing agreement 签订视频共享协议',
        description:
          'Writes the registry’s consents for its cameras in the same transaction. Last day before the first: 400 ' +
          `VENUE_AGREEMENT_ENDS_BEFORE_START; a camera not this venue’s: 400 VENUE_CAMERA_NOT_OF_VENUE. ${NOTHING_WRITTEN}`,
        params: idParams,
        body: createVenueAgreementSchema,
        response: { 201: venueAgreementSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await venues.createAgreement(request.ctx, request.params.id, request.body)),
  );
  r.post(
    '/api/v1/venues/agreements/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an agreement at once 撤销视频共享协议',
        description:
          'Revokes its consents in the same transaction: its cameras leave every new view at once, and open viewers ' +
          `are closed within a minute. No reason: 400 REASON_REQUIRED; already revoked: 409 VENUE_AGREEMENT_REVOKED. ${NOTHING_WRITTEN}`,
        params: idParams,
        body: revokeVenueAgreementSchema,
        response: { 200: venueAgreementSchema },
      },
    },
    async (request) => venues.revokeAgreement(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/venues/agreements/:id/document',
    {
      schema: {
        tags,
        summary: 'Upload the signed agreement 上传协议文本',
        description:
          'multipart/form-data, field "file": PDF, JPEG or PNG by content. Wrong type: 415 UNSUPPORTED_MEDIA_TYPE; ' +
          `too large: 413 FILE_TOO_LARGE; a broken body: 400 UPLOAD_MALFORMED. ${NOTHING_WRITTEN}`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: venueAgreementDocumentSchema },
      },
    },
    async (request, reply) => {
      const file = () =>
        openFilePart(request, { field: 'file', maxBytes, hint: 'attach the signed agreement as the field "file"' });
      return reply.code(201).send(await venues.uploadDocument(request.ctx, request.params.id, file));
    },
  );
  r.get(
    '/api/v1/venues/agreement-documents/:id/download',
    {
      schema: {
        tags,
        summary: 'Download a signed agreement (audited) 下载协议文本',
        description: 'A file missing from disk answers 410 ATTACHMENT_FILE_MISSING, audited as a failure.',
        params: idParams,
      },
    },
    async (request, reply) => sendStoredUpload(reply, await venues.downloadDocument(request.ctx, request.params.id)),
  );
}
