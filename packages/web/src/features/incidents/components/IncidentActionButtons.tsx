import { INCIDENT_ACTION_LABELS, type Incident, type IncidentAction } from '@fengqiao/domain';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
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
  const isMobile = useIsMobile();
  const [open, setOpen] = useState<IncidentAction | null>(null);
  const actions = incidentMachineActions(incident.actions).filter((action) => !exclude.includes(action));
  if (actions.length === 0) return null;
  return (
    <>
      <Flex vertical={isMobile} gap={8} wrap>
        {actions.map((action, index) => (
          <Button
            key={action}
            type={index === 0 ? 'primary' : 'default'}
            size={isMobile ? 'large' : 'middle'}
            block={isMobile}
            onClick={() => setOpen(action)}
            data-testid={`incident-action-${action}`}
          >
            {label(INCIDENT_ACTION_LABELS[action])}
          </Button>
        ))}
      </Flex>
      {open ? <IncidentActionModal incident={incident} action={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
