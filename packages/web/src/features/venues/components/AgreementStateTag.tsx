import { AGREEMENT_STATE_LABELS, type AgreementState } from '@fengqiao/domain';
import { Tag } from 'antd';
import { useT } from '../../../app/i18n/use-t';

const STATE_COLORS: Record<AgreementState, string> = {
  pending: 'blue',
  active: 'green',
  expiring: 'orange',
  expired: 'default',
  revoked: 'red',
};

/** An agreement's state; a venue without any agreement shows 未签协议. */
export function AgreementStateTag({ state }: { state: AgreementState | null }) {
  const { t, label } = useT();
  if (state === null) return <Tag data-testid="agreement-state">{t('venues.noAgreement')}</Tag>;
  return (
    <Tag color={STATE_COLORS[state]} data-testid="agreement-state">
      {label(AGREEMENT_STATE_LABELS[state])}
    </Tag>
  );
}
