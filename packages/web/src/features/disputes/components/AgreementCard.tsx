import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import type { AgreementRecord } from '@fengqiao/domain';
import { Button, Descriptions, Flex, Tooltip } from 'antd';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { agreementDocxUrl, agreementPrintUrl } from '../hooks/use-mediation';
import { agreementChecklist, type ChecklistTarget, unnumberedAgreementKey } from '../lib/agreement-checklist';
import { AgreementChecklist } from './AgreementChecklist';
import { PerformanceButton } from './PerformanceButton';

interface Props {
  agreement: AgreementRecord;
  onEdit?: () => void;
  /** Opens the field that fills a checklist entry; absent for those who may not work the agreement. */
  onFill?: (target: ChecklistTarget) => void;
  onMarkEffective?: () => void;
  marking?: boolean;
}

/**
 * One agreement: number, effective date and the 30-day window, the checklist of what a draft still needs (each
 * entry opening the field that fills it), 确认生效 only once that list is empty, the A4 print preview and DOCX.
 */
export function AgreementCard({ agreement, onEdit, onFill, onMarkEffective, marking }: Props) {
  const { t, date } = useT();
  const written = agreement.kind === 'written';
  const checklist = agreementChecklist(agreement);
  const draft = written && agreement.status === 'draft';
  // The server renders the A4 page offices print, with its own 打印 button.
  const preview = () => window.open(agreementPrintUrl(agreement.id), '_blank', 'noopener');

  return (
    <Flex vertical gap={8} data-testid={`agreement-${agreement.id}`}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'number',
            label: t('disputes.agreementNumber'),
            children: agreement.number ?? t(unnumberedAgreementKey(agreement)),
          },
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
      {draft ? <AgreementChecklist entries={checklist} {...(onFill ? { onFill } : {})} /> : null}
      {written ? (
        <Flex gap={8} wrap>
          {onEdit ? (
            <Button onClick={onEdit} data-testid="agreement-sign">
              {t('disputes.signatures')}
            </Button>
          ) : null}
          {onMarkEffective ? (
            <Tooltip title={checklist.length > 0 ? t('agreement.effectiveBlocked') : undefined}>
              <Button
                type="primary"
                onClick={onMarkEffective}
                loading={marking}
                disabled={checklist.length > 0}
                data-testid="agreement-effective"
              >
                {t('disputes.markEffective')}
              </Button>
            </Tooltip>
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
    </Flex>
  );
}
