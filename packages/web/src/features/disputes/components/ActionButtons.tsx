import type { Dispute } from '@fengqiao/domain';
import { useT } from '../../../app/i18n/use-t';
import { ActionButtonRow } from '../../../ui/ActionButtonRow';
import { actionLabel, machineActionsOf } from '../lib/action-form';
import { ActionFormModal } from './ActionFormModal';

/** The moves the server says this user may make on this case now, and nothing else. */
export function ActionButtons({ dispute }: { dispute: Dispute }) {
  const { label } = useT();
  return (
    <ActionButtonRow
      actions={machineActionsOf(dispute.actions)}
      labelOf={(action) => actionLabel(action, label)}
      testIdPrefix="dispute-action-"
      modal={(action, onClose) => <ActionFormModal dispute={dispute} action={action} onClose={onClose} />}
    />
  );
}
