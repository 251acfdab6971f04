import {
  addCameraConsentSchema,
  addCameraGrantSchema,
  cameraConsentListSchema,
  cameraConsentSchema,
  cameraDetailSchema,
  cameraGrantAccountQuerySchema,
  cameraGrantAccountSchema,
  cameraGrantSchema,
  cameraGroupDetailSchema,
  cameraGroupListSchema,
  cameraGroupMembersSchema,
  cameraImportResultSchema,
  cameraListFiltersSchema,
  cameraListQuerySchema,
  cameraSchema,
  createCameraGroupSchema,
  createCameraSchema,
  pageSchema,
  updateCameraGroupSchema,
  updateCameraSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { sendWorkbook as sendTemplate } from '../directory/imports.routes';
import { readUpload } from '../directory/upload';
import { CameraGroupsService } from './camera-groups.service';
import { bindCameraSourceCipher } from './camera-visibility';
import { CamerasService } from './cameras.service';
import { CamerasExport } from './cameras-export';
import { CameraImports } from './cameras-import';

const idParams = z.object({ id: z.string().min(1).max(64) });
const consentParams = idParams.extend({ consentId: z.string().min(1).max(64) });
const grantParams = idParams.extend({ grantId: z.string().min(1).max(64) });

/**
 * The camera registry (平台联建): cameras, their consents, camera groups and grants, import and export. Readers see
 * the cameras of their camera.read scope, never a stream's credentials; who may watch is decided by
 * camera-visibility.ts.
 */
export function camerasRoutes(app: FastifyInstance, deps: Deps): void {
  bindCameraSourceCipher(deps.db, deps.cipher);
  const cameras = new CamerasService(deps);
  const groups = new CameraGroupsService(deps);
  const exporter = new CamerasExport(deps);
  const imports = new CameraImports(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cameras'];

  r.get(
    '/api/v1/cameras',
    {
      schema: {
        tags,
        summary: 'Cameras 视频点位列表',
        description: 'By name. Filters: village, kind, status, q (name, device id or address).',
        querystring: cameraListQuerySchema,
        response: { 200: pageSchema(cameraSchema) },
      },
    },
    async (request) => cameras.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/cameras',
    {
      schema: {
        tags,
        summary: 'Register a camera 登记视频点位',
        description:
          'camera.manage over the village. The device id is checked part by part (CAMERA_DEVICE_ID_*); ' +
          'a duplicate answers 409 CAMERA_DEVICE_ID_TAKEN.',
        body: createCameraSchema,
        response: { 201: cameraDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await cameras.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/cameras/import-template.xlsx',
    { schema: { tags, summary: 'Camera import template 视频点位导入模板' } },
    async (request, reply) =>
      sendTemplate(reply, await imports.template(request.ctx), 'cameras-template.xlsx', '视频点位导入模板.xlsx'),
  );
  r.post(
    '/api/v1/cameras/import',
    {
      schema: {
        tags,
        summary: 'Import cameras 导入视频点位',
        consumes: ['multipart/form-data'],
        description:
          'multipart/form-data with the .xlsx as field "file". One bad row: 422 IMPORT_ROWS_INVALID listing ' +
          'every bad row, nothing written.',
        response: { 200: cameraImportResultSchema },
      },
    },
    async (request) => imports.import(request.ctx, () => readUpload(request, deps.config.importMaxBytes)),
  );
  r.get(
    '/api/v1/cameras/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export cameras to Excel 导出视频点位',
        description: 'Same filters as the list; owners’ phones masked unless the caller may unmask. Audited.',
        querystring: cameraListFiltersSchema,
      },
    },
    async (request, reply) => sendWorkbook(reply, await exporter.export(request.ctx, request.query)),
  );
  r.get(
    '/api/v1/cameras/:id',
    {
      schema: { tags, summary: 'One camera 视频点位详情', params: idParams, response: { 200: cameraDetailSchema } },
    },
    async (request) => cameras.get(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/cameras/:id',
    {
      schema: {
        tags,
        summary: 'Edit a camera 修改视频点位',
        params: idParams,
        body: updateCameraSchema,
        response: { 200: cameraDetailSchema },
      },
    },
    async (request) => cameras.update(request.ctx, request.params.id, request.body),
  );
  r.get(
    '/api/v1/cameras/:id/consents',
    {
      schema: {
        tags,
        summary: 'A camera’s consents, revoked ones kept 授权记录',
        params: idParams,
        response: { 200: cameraConsentListSchema },
      },
    },
    async (request) => cameras.consents(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/cameras/:id/consents',
    {
      schema: {
        tags,
        summary: 'Record a consent 登记授权',
        description: 'Household and venue cameras. startsOn..lastDay are whole Shanghai days (CONSENT_WINDOW_INVALID).',
        params: idParams,
        body: addCameraConsentSchema,
        response: { 201: cameraConsentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await cameras.addConsent(request.ctx, request.params.id, request.body)),
  );
  r.post(
    '/api/v1/cameras/:id/consents/:consentId/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a consent 撤销授权',
        description: 'At once: the camera is hidden from viewers relying on it.',
        params: consentParams,
        response: { 200: cameraConsentSchema },
      },
    },
    async (request) => cameras.revokeConsent(request.ctx, request.params.id, request.params.consentId),
  );

  r.get(
    '/api/v1/camera-groups',
    { schema: { tags, summary: 'Camera groups 视频分组', response: { 200: cameraGroupListSchema } } },
    async (request) => groups.list(request.ctx),
  );
  r.post(
    '/api/v1/camera-groups',
    {
      schema: {
        tags,
        summary: 'Create a camera group 新建视频分组',
        body: createCameraGroupSchema,
        response: { 201: cameraGroupDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await groups.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/camera-groups/:id',
    {
      schema: {
        tags,
        summary: 'A camera group with members and grants 分组详情',
        params: idParams,
        response: { 200: cameraGroupDetailSchema },
      },
    },
    async (request) => groups.get(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/camera-groups/:id',
    {
      schema: {
        tags,
        summary: 'Rename a camera group 修改分组',
        params: idParams,
        body: updateCameraGroupSchema,
        response: { 200: cameraGroupDetailSchema },
      },
    },
    async (request) => groups.update(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/camera-groups/:id/members',
    {
      schema: {
        tags,
        summary: 'Add and remove cameras 调整分组点位',
        params: idParams,
        body: cameraGroupMembersSchema,
        response: { 200: cameraGroupDetailSchema },
      },
    },
    async (request) => groups.members(request.ctx, request.params.id, request.body),
  );
  r.get(
    '/api/v1/camera-groups/:id/accounts',
    {
      schema: {
        tags,
        summary: 'Accounts to grant to 可授权账号',
        description: 'camera.grant over the group’s town: its active accounts by name (q), names masked, paged.',
        params: idParams,
        querystring: cameraGrantAccountQuerySchema,
        response: { 200: pageSchema(cameraGrantAccountSchema) },
      },
    },
    async (request) => groups.accounts(request.ctx, request.params.id, request.query),
  );
  r.post(
    '/api/v1/camera-groups/:id/grants',
    {
      schema: {
        tags,
        summary: 'Grant a role or an account 授权查看',
        params: idParams,
        body: addCameraGrantSchema,
        response: { 201: cameraGrantSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await groups.grant(request.ctx, request.params.id, request.body)),
  );
  r.delete(
    '/api/v1/camera-groups/:id/grants/:grantId',
    {
      schema: { tags, summary: 'Withdraw a grant 撤销查看授权', params: grantParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await groups.ungrant(request.ctx, request.params.id, request.params.grantId);
      return reply.status(204).send(null);
    },
  );
}
