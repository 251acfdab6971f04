import {
  importResultSchema,
  incidentClassCodeParamsSchema,
  incidentClassTableQuerySchema,
  incidentClassTableSchema,
  saveIncidentClassSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../directory/imports.routes';
import { readUpload } from '../directory/upload';
import { IncidentClassesService } from './incident-classes.service';

export function incidentClassesRoutes(app: FastifyInstance, deps: Deps): void {
  const classes = new IncidentClassesService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['incidents'];
  const townNote = 'townId only for a caller who reaches several towns.';

  r.get(
    '/api/v1/incident-classes',
    {
      schema: {
        tags,
        summary: 'Incident class code table 警情分类代码表',
        description: `The town's rows, or the defaults (custom=false) while it has none. ${townNote}`,
        querystring: incidentClassTableQuerySchema,
        response: { 200: incidentClassTableSchema },
      },
    },
    async (request) => classes.table(request.ctx, request.query.townId),
  );
  r.get(
    '/api/v1/incident-classes/template.xlsx',
    { schema: { tags, summary: 'Class code table template 警情分类代码导入模板' } },
    async (request, reply) =>
      sendWorkbook(
        reply,
        await classes.template(request.ctx),
        'incident-classes-template.xlsx',
        '警情分类代码导入模板.xlsx',
      ),
  );
  r.put(
    '/api/v1/incident-classes/:code',
    {
      schema: {
        tags,
        summary: 'Save one incident class 保存警情类别',
        description:
          'Inserts or updates the class with this code. The code has six digits whose first two match the ' +
          `category (INCIDENT_CLASS_CODE_INVALID). The first change also saves the defaults. Audited. ${townNote}`,
        params: incidentClassCodeParamsSchema,
        querystring: incidentClassTableQuerySchema,
        body: saveIncidentClassSchema,
        response: { 200: incidentClassTableSchema },
      },
    },
    async (request) => classes.save(request.ctx, request.params.code, request.body, request.query.townId),
  );
  r.post(
    '/api/v1/incident-classes/import',
    {
      schema: {
        tags,
        summary: 'Import the class code table 导入警情分类代码表',
        consumes: ['multipart/form-data'],
        description:
          'multipart/form-data with the .xlsx as field "file": each row inserts or updates one class. One bad ' +
          `row: 422 IMPORT_ROWS_INVALID listing every bad row, nothing written. ${townNote}`,
        querystring: incidentClassTableQuerySchema,
        response: { 200: importResultSchema },
      },
    },
    async (request) =>
      classes.import(request.ctx, () => readUpload(request, deps.config.importMaxBytes), request.query.townId),
  );
}
