import type { Dispute, Mediation } from '@fengqiao/domain';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ExtendMediationModal } from './ExtendMediationModal';
import { PoliceReportModal } from './PoliceReportModal';
import { TerminateMediationModal } from './TerminateMediationModal';

type Dialog = 'extend' | 'report' | 'terminate' | null;

/**
 * The closing steps of one open mediation. Each button follows the mediation's own `actions` (the server lists them
 * only while it is open, and `extend` only for people's mediation), not the case's.
 */
export function MediationActions({ dispute, mediation }: { dispute: Dispute; mediation: Mediation }) {
  const { t } = useT();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  if (mediation.status !== 'open') return null;

  return (
    <Flex gap={8} wrap>
      {can(mediation, 'extend') ? (
        <Button size="small" onClick={() => setDialog('extend')} data-testid="mediation-extend">
          {t('disputes.extendMediation')}
        </Button>
      ) : null}
      {can(mediation, 'report_to_police') ? (
        <Button size="small" onClick={() => setDialog('report')} data-testid="mediation-report">
          {t('disputes.reportToPolice')}
        </Button>
      ) : null}
      {can(mediation, 'terminate') ? (
        <Button size="small" danger onClick={() => setDialog('terminate')} data-testid="mediation-terminate">
          {t('disputes.terminateMediation')}
        </Button>
      ) : null}
      {dialog === 'extend' ? <ExtendMediationModal dispute={dispute} mediation={mediation} onClose={close} /> : null}
      {dialog === 'report' ? (
        <PoliceReportModal disputeId={dispute.id} mediationId={mediation.id} onClose={close} />
      ) : null}
      {dialog === 'terminate' ? (
        <TerminateMediationModal disputeId={dispute.id} mediationId={mediation.id} onClose={close} />
      ) : null}
    </Flex>
  );
}
