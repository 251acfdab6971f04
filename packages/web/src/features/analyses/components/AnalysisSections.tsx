import type { AnalysisSection } from '@fengqiao/domain';
import { Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';

/** The figures as assembled (read-only): per module its counts, then each breakdown's non-zero rows. */
export function AnalysisSections({ sections }: { sections: readonly AnalysisSection[] }) {
  const { t, lang } = useT();
  return (
    <Flex vertical gap={12}>
      {sections.map((section) => (
        <Card
          key={section.module}
          size="small"
          title={lang === 'zh' ? section.titleZh : section.titleEn}
          data-testid={`analysis-section-${section.module}`}
        >
          <Row gutter={[12, 12]}>
            {section.figures.map((figure) => (
              <Col key={figure.key} xs={12} sm={6}>
                <Statistic
                  title={lang === 'zh' ? figure.labelZh : figure.labelEn}
                  value={figure.count}
                  suffix={lang === 'zh' ? figure.unitZh : undefined}
                />
                {figure.changeZh ? (
                  <Typography.Text type="secondary" data-testid={`analysis-change-${section.module}-${figure.key}`}>
                    {t('analysis.change', { text: (lang === 'zh' ? figure.changeZh : figure.changeEn) ?? '' })}
                  </Typography.Text>
                ) : null}
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            {section.breakdowns.map((breakdown) => {
              const rows = breakdown.rows.filter((row) => row.count > 0);
              return (
                <Col key={breakdown.key} xs={24} md={12} xl={8}>
                  <Typography.Text strong>{lang === 'zh' ? breakdown.titleZh : breakdown.titleEn}</Typography.Text>
                  {rows.length === 0 ? (
                    <div>
                      <Typography.Text type="secondary">{t('analysis.noRows')}</Typography.Text>
                    </div>
                  ) : (
                    <Table
                      size="small"
                      pagination={false}
                      showHeader={false}
                      rowKey="key"
                      dataSource={rows}
                      columns={[
                        { key: 'label', render: (_, row) => (lang === 'zh' ? row.labelZh : row.labelEn) },
                        { key: 'count', dataIndex: 'count', align: 'right', width: 64 },
                      ]}
                    />
                  )}
                </Col>
              );
            })}
          </Row>
        </Card>
      ))}
    </Flex>
  );
}
