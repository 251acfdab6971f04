import type { AgreementRecord } from '@fengqiao/domain';
import { Button, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { OralAgreementModal } from '../components/OralAgreementModal';
import { useOralAgreements } from '../hooks/use-dispute-handling';

/**
 * The oral agreement register (口头协议登记): simple disputes settled on the spot have no written agreement, and the
 * law asks that their content be recorded; this lists them across the cases the user may see.
 */
export function OralAgreementsPage() {
  const { t, date, dateTime } = useT();
  const agreements = useOralAgreements();
  const items = pagedItems(agreements);
  const [registering, setRegistering] = useState(false);
  // Recording one means working a case: the form then offers only the cases and mediations the server allows.
  const mayRecord = usePermission('dispute.handle');

  const columns: TableColumnsType<AgreementRecord> = [
    {
      key: 'recordedAt',
      title: t('disputes.recordedAt'),
      width: 150,
      render: (_value, row) => (row.recordedAt ? dateTime(row.recordedAt) : date(row.effectiveDate)),
    },
    {
      key: 'parties',
      title: t('disputes.parties'),
      width: 180,
      render: (_value, row) => row.parties.map((party) => party.name).join('、'),
    },
    { key: 'content', title: t('disputes.oralContent'), dataIndex: 'content' },
    {
      key: 'performance',
      title: t('disputes.performance'),
      width: 130,
      render: (_value, row) => t(`disputes.performance.${row.performanceStatus}`),
    },
    {
      key: 'case',
      title: t('disputes.case'),
      width: 110,
      render: (_value, row) => (
        <Link to={`/disputes/${encodeURIComponent(row.disputeId)}`}>{t('disputes.openCase')}</Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('disputes.oralRegister')}
        extra={
          mayRecord ? (
            <Button type="primary" onClick={() => setRegistering(true)} data-testid="oral-register-open">
              {t('disputes.oral.register')}
            </Button>
          ) : null
        }
      />
      {agreements.isError ? <ErrorAlert error={agreements.error} /> : null}
      <Table<AgreementRecord>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={isListLoading(agreements)}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('common.empty') }}
      />
      <LoadMoreButton query={agreements} shown={items.length} />
      {registering ? <OralAgreementModal onClose={() => setRegistering(false)} /> : null}
    </>
  );
}
