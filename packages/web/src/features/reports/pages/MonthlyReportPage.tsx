import { FileExcelOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { API_BASE } from '../../../api/client';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorResult } from '../../../ui/ErrorResult';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { PageHeader } from '../../../ui/PageHeader';
import { useJurisdictions } from '../../jurisdictions/hooks/use-jurisdictions';
import { ReportSectionCard } from '../components/ReportSectionCard';
import { useMonthlyReport } from '../hooks/use-monthly-report';
import { reportMonthFromQuery, reportQuery } from '../lib/report-month';

/**
 * 月度工作报告 (domain.md §7): a month and a town picked in the address (`?month=2026-10&townId=…`, so a report can
 * be bookmarked and shared), the sections on screen, and the print page, DOCX and XLSX of the same report.
 */
export function MonthlyReportPage() {
  const { t, label, date, dateTime } = useT();
  const [params, setParams] = useSearchParams();
  const month = reportMonthFromQuery(params.get('month'));
  const towns = (useJurisdictions().data ?? []).filter((place) => place.level === 'town');
  const townId = params.get('townId') ?? towns[0]?.id ?? null;
  const report = useMonthlyReport(month, townId);
  const choose = (next: { month?: string; townId?: string }) => {
    const query = new URLSearchParams({ month: next.month ?? month });
    const town = next.townId ?? townId;
    if (town) query.set('townId', town);
    setParams(query);
  };
  const files = `${API_BASE}/reports/monthly`;
  const query = reportQuery(month, townId);
  const data = report.data;
  return (
    <>
      <PageHeader
        title={t('report.title')}
        sub={data ? `${data.townName} · ${label({ zh: data.labelZh, en: data.labelEn })}` : undefined}
        extra={
          <>
            <DatePicker
              picker="month"
              allowClear={false}
              aria-label={t('report.month')}
              value={dayjs(`${month}-01`)}
              format={(value) => t('report.monthValue', { y: value.year(), m: value.month() + 1 })}
              disabledDate={(value) => value.isAfter(dayjs(), 'month')}
              onChange={(value) => {
                if (value) choose({ month: value.format('YYYY-MM') });
              }}
              data-testid="report-month"
            />
            {towns.length > 1 ? (
              <Select
                aria-label={t('report.town')}
                value={townId}
                style={{ minWidth: 140 }}
                options={towns.map((town) => ({ value: town.id, label: town.name }))}
                onChange={(value: string) => choose({ townId: value })}
                data-testid="report-town"
              />
            ) : null}
            {data && can(data, 'print') ? (
              <Button
                icon={<PrinterOutlined />}
                href={`${files}/print?${query}`}
                target="_blank"
                rel="noopener"
                data-testid="report-print"
              >
                {t('report.print')}
              </Button>
            ) : null}
            {data && can(data, 'docx') ? (
              <Button icon={<FileWordOutlined />} href={`${files}.docx?${query}`} data-testid="report-docx">
                {t('report.docx')}
              </Button>
            ) : null}
            {data && can(data, 'xlsx') ? (
              <Button icon={<FileExcelOutlined />} href={`${files}.xlsx?${query}`} data-testid="report-xlsx">
                {t('report.xlsx')}
              </Button>
            ) : null}
          </>
        }
      />
      {report.isLoading ? <FullPageSpin /> : null}
      {report.error ? <ErrorResult error={report.error} onRetry={() => report.refetch()} /> : null}
      {data ? (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">
            {t('report.period', { from: date(data.firstDay), to: date(data.lastDay) })}
            {'　'}
            {t('report.asOf', { time: dateTime(data.asOf) })}
            {data.complete ? null : `　${t('report.incomplete')}`}
          </Typography.Text>
          {data.sections.map((section) => (
            <ReportSectionCard key={section.key} section={section} />
          ))}
        </Flex>
      ) : null}
    </>
  );
}
