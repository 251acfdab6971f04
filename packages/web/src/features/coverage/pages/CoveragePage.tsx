import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { coverageGapText } from '@fengqiao/domain';
import { Alert, Button, Card, Col, Row } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorResult } from '../../../ui/ErrorResult';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { DistrictCoverageCard } from '../components/DistrictCoverageCard';
import { StandInFormModal } from '../components/StandInFormModal';
import { StandInList } from '../components/StandInList';
import { coverageExportUrl, useCoverage, useStandIns } from '../hooks/use-coverage';

/**
 * The districts "1+1+N" coverage of the caller's town: every district's police post, officer and village auxiliary
 * officers, who is away today and who stands in, the gaps in red and in plain words on top; the leaves below, with
 * 登记请假代岗 and 结束请假 for those who manage the directory.
 */
export function CoveragePage() {
  const { t, lang, date } = useT();
  const isMobile = useIsMobile();
  const coverage = useCoverage();
  const standIns = useStandIns();
  const [adding, setAdding] = useState(false);
  const data = coverage.data;
  const size = isMobile ? 'large' : 'middle';

  return (
    <>
      <PageHeader
        title={t('coverage.title')}
        sub={
          data ? t('coverage.summary', { town: data.townName, n: data.districts.length, day: date(data.day) }) : null
        }
        extra={
          data ? (
            <>
              {can(data, 'manageStandIns') ? (
                <Button
                  type="primary"
                  size={size}
                  icon={<PlusOutlined />}
                  onClick={() => setAdding(true)}
                  data-testid="coverage-add-stand-in"
                >
                  {t('coverage.addStandIn')}
                </Button>
              ) : null}
              {can(data, 'export') ? (
                <Button size={size} icon={<DownloadOutlined />} href={coverageExportUrl} data-testid="coverage-export">
                  {t('coverage.export')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      {coverage.isLoading ? <FullPageSpin /> : null}
      {coverage.error ? <ErrorResult error={coverage.error} onRetry={() => coverage.refetch()} /> : null}
      {data ? (
        <>
          {data.gaps.length > 0 ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="coverage-gaps"
              message={t('coverage.gapCount', { n: data.gaps.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {data.gaps.map((gap) => (
                    <li key={`${gap.kind}-${gap.districtId}-${gap.villageId ?? ''}-${gap.personId ?? ''}`}>
                      {coverageGapText(gap, lang)}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : (
            <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('coverage.noGaps')} />
          )}
          <Row gutter={[16, 16]}>
            {data.districts.map((district) => (
              <Col key={district.districtId} xs={24} md={12} xl={8}>
                <DistrictCoverageCard district={district} />
              </Col>
            ))}
          </Row>
          <Card size="small" title={t('coverage.standIns')} style={{ marginTop: 16 }}>
            <StandInList items={standIns.data?.items ?? []} today={data.day} loading={standIns.isLoading} />
          </Card>
          {adding ? <StandInFormModal coverage={data} onClose={() => setAdding(false)} /> : null}
        </>
      ) : null}
    </>
  );
}
