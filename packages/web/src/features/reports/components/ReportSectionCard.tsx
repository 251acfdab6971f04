import type { DrillLink, ReportFigure, ReportSection, ReportTable, ReportTableRow } from '@fengqiao/domain';
import { ratePercent } from '@fengqiao/domain';
import { Alert, Card, Flex, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { I18n } from '../../../app/i18n/i18n-context';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import { drillHref } from '../lib/report-month';

const figureRowProps = rowTestId((row: FigureRow) => `report-figure-${row.key}`);

/**
 * One §7 section on screen. A section or figure whose module does not exist yet shows its sentence, never zeros;
 * every number that has a drill link opens the filtered list of the records it counts.
 */
export function ReportSectionCard({ section }: { section: ReportSection }) {
  const { label } = useT();
  const title = label({ zh: section.titleZh, en: section.titleEn });
  return (
    <Card title={title} size="small" data-testid={`report-section-${section.key}`}>
      {section.available ? (
        <Flex vertical gap={12}>
          {section.figures.length > 0 ? <FigureTable figures={section.figures} /> : null}
          {section.tables.map((table) => (
            <BreakdownTable key={table.key} table={table} />
          ))}
          {section.notes.length > 0 ? (
            <ol style={{ margin: 0, paddingInlineStart: 20 }}>
              {section.notes.map((note) => (
                <li key={note.textZh}>
                  {note.level === 'warning' ? <Tag color="red">!</Tag> : null}
                  {label({ zh: note.textZh, en: note.textEn })}
                </li>
              ))}
            </ol>
          ) : null}
        </Flex>
      ) : (
        <Alert type="info" showIcon title={label({ zh: section.textZh, en: section.textEn })} />
      )}
    </Card>
  );
}

function Drill({ drill, children }: { drill: DrillLink | null; children: ReactNode }) {
  return drill ? <Link to={drillHref(drill)}>{children}</Link> : children;
}

interface FigureRow {
  key: string;
  label: string;
  current: ReactNode;
  lastYear: ReactNode;
  yoy: ReactNode;
  previous: ReactNode;
  mom: ReactNode;
}

/** `85.0%（17/20）`; a rate over nothing is `—`, not 0 %. */
function rateText(percent: number | null, numerator: number, denominator: number): string {
  return `${percent === null ? '—' : `${percent.toFixed(1)}%`}（${numerator}/${denominator}）`;
}

function figureRow(figure: ReportFigure, i18n: I18n): FigureRow {
  const { t, label } = i18n;
  const name = label({ zh: figure.labelZh, en: figure.labelEn });
  const blank = { lastYear: '', yoy: '', previous: '', mom: '' };
  switch (figure.kind) {
    case 'count':
      return {
        key: figure.key,
        label: name,
        current: <Drill drill={figure.drill}>{figure.current}</Drill>,
        lastYear: <Drill drill={figure.lastYearDrill}>{figure.lastYear}</Drill>,
        yoy: figure.yoy ? label({ zh: figure.yoy.textZh, en: figure.yoy.textEn }) : '',
        previous: <Drill drill={figure.previousDrill}>{figure.previous}</Drill>,
        mom: figure.mom ? label({ zh: figure.mom.textZh, en: figure.mom.textEn }) : '',
      };
    case 'rate':
      return {
        key: figure.key,
        label: name,
        current: <Drill drill={figure.drill}>{rateText(figure.percent, figure.numerator, figure.denominator)}</Drill>,
        lastYear:
          figure.lastYearNumerator === null || figure.lastYearDenominator === null
            ? ''
            : rateText(figure.lastYearPercent, figure.lastYearNumerator, figure.lastYearDenominator),
        yoy: figure.change ? label({ zh: figure.change.textZh, en: figure.change.textEn }) : t('report.noComparison'),
        previous: '',
        mom: '',
      };
    case 'value':
      return {
        key: figure.key,
        label: name,
        current: (
          <Drill drill={figure.drill}>
            {figure.value}
            {label({ zh: figure.unitZh, en: figure.unitEn })}
          </Drill>
        ),
        ...blank,
      };
    case 'unavailable':
      return {
        key: figure.key,
        label: name,
        current: (
          <Typography.Text type="secondary" data-testid={`report-unavailable-${figure.key}`}>
            {label({ zh: figure.textZh, en: figure.textEn })}
          </Typography.Text>
        ),
        ...blank,
      };
  }
}

function FigureTable({ figures }: { figures: ReportFigure[] }) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Table<FigureRow>
      size="small"
      pagination={false}
      rowKey="key"
      // Columns keep their text on one line and the table scrolls sideways: squeezed onto a phone, the figure's
      // name otherwise breaks into one character a line.
      scroll={{ x: 'max-content' }}
      dataSource={figures.map((figure) => figureRow(figure, i18n))}
      onRow={figureRowProps}
      columns={[
        { title: t('report.figure'), dataIndex: 'label' },
        { title: t('report.current'), dataIndex: 'current' },
        { title: t('report.lastYear'), dataIndex: 'lastYear' },
        { title: t('report.yoy'), dataIndex: 'yoy' },
        { title: t('report.previous'), dataIndex: 'previous' },
        { title: t('report.mom'), dataIndex: 'mom' },
      ]}
    />
  );
}

function BreakdownTable({ table }: { table: ReportTable }) {
  const { t, label } = useT();
  return (
    <div>
      <Typography.Text strong>{label({ zh: table.titleZh, en: table.titleEn })}</Typography.Text>
      <Table<ReportTableRow>
        size="small"
        pagination={false}
        rowKey="key"
        scroll={{ x: 'max-content' }}
        dataSource={table.rows}
        columns={[
          {
            title: label({ zh: table.columnZh, en: table.columnEn }),
            render: (_, row) => label({ zh: row.labelZh, en: row.labelEn }),
          },
          {
            title: t('report.current'),
            render: (_, row) => <Drill drill={row.drill}>{row.count}</Drill>,
          },
          {
            title: t('report.share'),
            render: (_, row) => rateText(ratePercent(row.count, table.total), row.count, table.total),
          },
          { title: t('report.lastYear'), dataIndex: 'lastYear' },
        ]}
      />
    </div>
  );
}
