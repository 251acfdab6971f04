import {
  adjustItemSchema,
  assessmentMonthParamsSchema,
  assessmentSettingsSchema,
  assessmentSettingsViewSchema,
  evidenceParamsSchema,
  itemEvidenceSchema,
  rankingSchema,
  scorecardParamsSchema,
  scorecardSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contentDisposition } from '../../platform/http/content-disposition';
import { AssessmentsService } from './assessments.service';
import { AssessmentsExport } from './assessments-export';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function assessmentsRoutes(app: FastifyInstance, deps: Deps): void {
  const assessments = new AssessmentsService(deps);
  const exporter = new AssessmentsExport(deps, assessments);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['assessments'];

  r.get(
    '/api/v1/assessments/settings',
    {
      schema: {
        tags,
        summary: 'Weights and targets of the monthly assessment 考核权重与目标',
        response: { 200: assessmentSettingsViewSchema },
      },
    },
    async (request) => assessments.settings(request.ctx),
  );
  r.put(
    '/api/v1/assessments/settings',
    {
      schema: {
        tags,
        summary: 'Set the weights and targets 设置考核权重与目标',
        description: 'Weights are whole points adding up to 100 (400 ASSESSMENT_WEIGHTS_INVALID). Audited.',
        body: assessmentSettingsSchema,
        response: { 200: assessmentSettingsViewSchema },
      },
    },
    async (request) => assessments.saveSettings(request.ctx, request.body),
  );
  r.get(
    '/api/v1/assessments/:month/ranking',
    {
      schema: {
        tags,
        summary: 'Ranking by district 月度考核排名',
        description: 'month: YYYY-MM (Shanghai). Ties share a rank. Signed months show their signed totals.',
        params: assessmentMonthParamsSchema,
        response: { 200: rankingSchema },
      },
    },
    async (request) => assessments.ranking(request.ctx, request.params.month),
  );
  r.get(
    '/api/v1/assessments/:month/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export the ranking and scorecards to Excel 导出考核结果',
        description: 'Names only, no other personal data. Audited.',
        params: assessmentMonthParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await exporter.export(request.ctx, request.params.month);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition(file.fileName, file.asciiName))
        .send(file.body);
    },
  );
  r.get(
    '/api/v1/assessments/:month/mine',
    {
      schema: {
        tags,
        summary: 'My own scorecard 我的月度考核',
        description: 'The caller’s own scorecard; 404 when the caller is not a village auxiliary officer.',
        params: assessmentMonthParamsSchema,
        response: { 200: scorecardSchema },
      },
    },
    async (request) => assessments.mine(request.ctx, request.params.month),
  );
  r.get(
    '/api/v1/assessments/:month/officers/:personId',
    {
      schema: {
        tags,
        summary: 'An auxiliary officer’s scorecard 驻村辅警月度考核表',
        params: scorecardParamsSchema,
        response: { 200: scorecardSchema },
      },
    },
    async (request) => assessments.scorecard(request.ctx, request.params.month, request.params.personId),
  );
  r.get(
    '/api/v1/assessments/:month/officers/:personId/evidence/:item',
    {
      schema: {
        tags,
        summary: 'The records behind one score 得分依据',
        params: evidenceParamsSchema,
        response: { 200: itemEvidenceSchema },
      },
    },
    async (request) =>
      assessments.evidence(request.ctx, request.params.month, request.params.personId, request.params.item),
  );
  r.post(
    '/api/v1/assessments/:month/officers/:personId/adjustments',
    {
      schema: {
        tags,
        summary: 'Adjust one item, with a reason 调整得分',
        description: '409 ASSESSMENT_SIGNED once the month is signed. Audited.',
        params: scorecardParamsSchema,
        body: adjustItemSchema,
        response: { 200: scorecardSchema },
      },
    },
    async (request) => assessments.adjust(request.ctx, request.params.month, request.params.personId, request.body),
  );
  r.post(
    '/api/v1/assessments/:month/officers/:personId/sign',
    {
      schema: {
        tags,
        summary: 'Sign off the month: the scorecard is frozen 签字确认',
        description: '409 ASSESSMENT_SIGNED when signed already, ASSESSMENT_MONTH_NOT_OVER before the month ends.',
        params: scorecardParamsSchema,
        response: { 200: scorecardSchema },
      },
    },
    async (request) => assessments.sign(request.ctx, request.params.month, request.params.personId),
  );
}
