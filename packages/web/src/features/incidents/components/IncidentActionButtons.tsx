import { INCIDENT_ACTION_LABELS, type Incident, type IncidentAction } from '@fengqiao/domain';
import { useT } from '../../../app/i18n/use-t';
import { ActionButtonRow } from '../../../ui/ActionButtonRow';
import { incidentMachineActions } from '../lib/incident-actions';
import { IncidentActionModal } from './IncidentActionModal';

/** The steps the server says this user may take on this incident now, and nothing else. */
export function IncidentActionButtons({
  incident,
  exclude = [],
}: {
  incident: Incident;
  /** Actions another control on the page already offers (the phone's field steps). */
  exclude?: readonly IncidentAction[];
}) {
  const { label } = useT();
  return (
    <ActionButtonRow
      actions={incidentMachineActions(incident.actions).filter((action) => !exclude.includes(action))}
      labelOf={(action) => label(INCIDENT_ACTION_LABELS[action])}
      testIdPrefix="incident-action-"
      modal={(action, onClose) => <IncidentActionModal incident={incident} action={action} onClose={onClose} />}
    />
  );
}
