import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import type { AgreementRecord } from '@fengqiao/domain';
import { Alert, Button, Descriptions, Flex, Modal } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { agreementDocxUrl, agreementPrintUrl } from '../hooks/use-mediation';
import { MissingItemsList } from './MissingItemsList';
import { PerformanceButton } from './PerformanceButton';

interface Props {
  agreement: AgreementRecord;
  onEdit?: () => void;
  onMarkEffective?: () => void;
  marking?: boolean;
}

/** One agreement: number, effective date and the 30-day window, what is missing, print preview and DOCX. */
export function AgreementCard({ agreement, onEdit, onMarkEffective, marking }: Props) {
  const { t, date } = useT();
  const [previewing, setPreviewing] = useState(false);
  const written = agreement.kind === 'written';
  const preview = () => {
    // The server renders the A4 page offices print; the dialog beside it says what the page still lacks.
    window.open(agreementPrintUrl(agreement.id), '_blank', 'noopener');
    setPreviewing(true);
  };

  return (
    <Flex vertical gap={8} data-testid={`agreement-${agreement.id}`}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'number', label: t('disputes.agreementNumber'), children: agreement.number ?? t('disputes.oral') },
          {
            key: 'effective',
            label: t('disputes.effectiveDate'),
            children: agreement.effectiveDate ? date(agreement.effectiveDate) : t('disputes.notEffective'),
          },
          {
            key: 'window',
            label: t('disputes.judicialDeadline'),
            children: agreement.judicialConfirmationDeadline ? date(agreement.judicialConfirmationDeadline) : '—',
          },
          { key: 'copies', label: t('disputes.copies'), children: agreement.copies ?? '—' },
          {
            key: 'performance',
            label: t('disputes.performance'),
            children: [t(`disputes.performance.${agreement.performanceStatus}`), agreement.performanceNote]
              .filter(Boolean)
              .join(' · '),
          },
        ]}
      />
      {agreement.kind === 'oral' && agreement.content ? <div>{agreement.content}</div> : null}
      <PerformanceButton agreement={agreement} />
      {written ? (
        <Flex gap={8} wrap>
          {onEdit ? (
            <Button onClick={onEdit} data-testid="agreement-sign">
              {t('disputes.signatures')}
            </Button>
          ) : null}
          {onMarkEffective ? (
            <Button type="primary" onClick={onMarkEffective} loading={marking} data-testid="agreement-effective">
              {t('disputes.markEffective')}
            </Button>
          ) : null}
          {can(agreement, 'print') ? (
            <Button icon={<PrinterOutlined />} onClick={preview} data-testid="agreement-print">
              {t('disputes.printPreview')}
            </Button>
          ) : null}
          {can(agreement, 'export') ? (
            <Button icon={<FileWordOutlined />} href={agreementDocxUrl(agreement.id)} data-testid="agreement-docx">
              {t('disputes.downloadDocx')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
      {previewing ? (
        <Modal open footer={null} onCancel={() => setPreviewing(false)} title={t('disputes.printPreview')}>
          {agreement.missingItems.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('disputes.missingItems')}
              description={<MissingItemsList items={agreement.missingItems} />}
            />
          ) : (
            <Alert type="success" showIcon title={t('disputes.allItemsPresent')} data-testid="agreement-complete" />
          )}
          <p style={{ marginTop: 12 }}>
            <a href={agreementPrintUrl(agreement.id)} target="_blank" rel="noopener">
              {t('disputes.openPrintPage')}
            </a>
          </p>
        </Modal>
      ) : null}
    </Flex>
  );
}
