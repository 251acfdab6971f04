import {
  monthlyReportAsciiName,
  monthlyReportFileName,
  monthlyReportQuerySchema,
  monthlyReportSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contentDisposition } from '../../platform/http/content-disposition';
import { StatsService } from '../statistics/stats.service';
import { monthlyReportDocx } from './report-docx';
import { monthlyReportHtml } from './report-print';
import { monthlyReportXlsx } from './report-xlsx';
import { MonthlyReportsService } from './reports.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ERRORS_DESCRIPTION =
  'month: YYYY-MM (Shanghai); 400 PERIOD_INVALID when it names no month, 400 PERIOD_IN_FUTURE when it has not ' +
  'begun. townId may be left out when the reach holds one town (400 REPORT_TOWN_REQUIRED otherwise, 403 ' +
  'REPORT_NO_TOWN for a reach without a town); a town outside the reach is 404.';

export function reportsRoutes(app: FastifyInstance, deps: Deps): void {
  const reports = new MonthlyReportsService(deps, new StatsService(deps));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];

  r.get(
    '/api/v1/reports/monthly',
    {
      schema: {
        tags,
        summary: 'The monthly report of a town 月度工作报告',
        description: `The §7 sections; a section whose module does not exist yet is unavailable. ${ERRORS_DESCRIPTION}`,
        querystring: monthlyReportQuerySchema,
        response: { 200: monthlyReportSchema },
      },
    },
    async (request) => reports.report(request.ctx, request.query),
  );
  r.get(
    '/api/v1/reports/monthly/print',
    {
      schema: {
        tags,
        summary: 'Printable A4 monthly report (HTML) 打印月度工作报告',
        description: `Audited as report.print. ${ERRORS_DESCRIPTION}`,
        querystring: monthlyReportQuerySchema,
      },
    },
    async (request, reply) => {
      const report = await reports.document(request.ctx, request.query, 'print');
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(monthlyReportHtml(report));
    },
  );
  r.get(
    '/api/v1/reports/monthly.docx',
    {
      schema: {
        tags,
        summary: 'Monthly report as DOCX 导出月度工作报告（文档）',
        description: `Audited as report.export. ${ERRORS_DESCRIPTION}`,
        querystring: monthlyReportQuerySchema,
      },
    },
    async (request, reply) => {
      const report = await reports.document(request.ctx, request.query, 'docx');
      return reply
        .header('content-type', DOCX)
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          contentDisposition(
            monthlyReportFileName(report.townName, report.month, 'docx'),
            monthlyReportAsciiName(report.month, 'docx'),
          ),
        )
        .send(await monthlyReportDocx(report));
    },
  );
  r.get(
    '/api/v1/reports/monthly.xlsx',
    {
      schema: {
        tags,
        summary: 'Monthly report as XLSX 导出月度工作报告（表格）',
        description: `Audited as report.export. ${ERRORS_DESCRIPTION}`,
        querystring: monthlyReportQuerySchema,
      },
    },
    async (request, reply) => {
      const report = await reports.document(request.ctx, request.query, 'xlsx');
      return reply
        .header('content-type', XLSX)
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          contentDisposition(
            monthlyReportFileName(report.townName, report.month, 'xlsx'),
            monthlyReportAsciiName(report.month, 'xlsx'),
          ),
        )
        .send(await monthlyReportXlsx(report));
    },
  );
}
