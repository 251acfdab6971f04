import type { zhReports } from './zh-reports';

/** English for the monthly report. */
export const enReports: Record<keyof typeof zhReports, string> = {
  'nav.reports': 'Monthly report',
  'report.title': 'Monthly report',
  'report.month': 'Month',
  'report.monthValue': '{m}/{y}',
  'report.town': 'Town',
  'report.print': 'Print',
  'report.docx': 'Export document (docx)',
  'report.xlsx': 'Export spreadsheet (xlsx)',
  'report.period': 'Period: {from} to {to}',
  'report.asOf': 'Figures as of {time}',
  'report.incomplete': 'This month has not ended: the figures are the month so far.',
  'report.figure': 'Figure',
  'report.current': 'This month',
  'report.lastYear': 'Same month last year',
  'report.yoy': 'Year on year',
  'report.previous': 'Last month',
  'report.mom': 'Month on month',
  'report.share': 'Share',
  'report.noComparison': 'Nothing to compare with',
};
