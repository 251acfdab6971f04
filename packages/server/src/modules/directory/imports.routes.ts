import { importResultSchema } from '@fengqiao/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { ImportsService } from './imports.service';
import { readUpload } from './upload';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function importsRoutes(app: FastifyInstance, deps: Deps): void {
  const imports = new ImportsService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];
  const upload = {
    tags,
    consumes: ['multipart/form-data'],
    description:
      'multipart/form-data with the .xlsx as field "file". One bad row: 422 IMPORT_ROWS_INVALID listing every bad row, nothing written.',
    response: { 200: importResultSchema },
  };

  r.get(
    '/api/v1/imports/villages/template',
    { schema: { tags, summary: 'Villages template 村社区导入模板' } },
    async (request, reply) =>
      sendWorkbook(reply, await imports.villageTemplate(request.ctx), 'villages-template.xlsx', '村社区导入模板.xlsx'),
  );
  r.get(
    '/api/v1/imports/people/template',
    { schema: { tags, summary: 'People template 人员导入模板' } },
    async (request, reply) =>
      sendWorkbook(reply, await imports.personTemplate(request.ctx), 'people-template.xlsx', '人员导入模板.xlsx'),
  );
  r.post(
    '/api/v1/imports/villages',
    { schema: { ...upload, summary: 'Import villages and communities 导入村/社区' } },
    async (request) => imports.importVillages(request.ctx, () => readUpload(request, deps.config.importMaxBytes)),
  );
  r.post('/api/v1/imports/people', { schema: { ...upload, summary: 'Import people 导入人员' } }, async (request) =>
    imports.importPeople(request.ctx, () => readUpload(request, deps.config.importMaxBytes)),
  );
}

/** An attachment with an ASCII file name for old clients and the Chinese one (RFC 6266) for the rest. */
export function sendWorkbook(reply: FastifyReply, body: Buffer, asciiName: string, name: string): FastifyReply {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(body);
}
