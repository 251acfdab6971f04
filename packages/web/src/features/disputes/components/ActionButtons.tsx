import type { Dispute, DisputeAction } from '@fengqiao/domain';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { actionLabel, machineActionsOf } from '../lib/action-form';
import { ActionFormModal } from './ActionFormModal';

/** The moves the server says this user may make on this case now, and nothing else. */
export function ActionButtons({ dispute }: { dispute: Dispute }) {
  const { label } = useT();
  const isMobile = useIsMobile();
  const [open, setOpen] = useState<DisputeAction | null>(null);
  const actions = machineActionsOf(dispute.actions);
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
            data-testid={`dispute-action-${action}`}
          >
            {actionLabel(action, label)}
          </Button>
        ))}
      </Flex>
      {open ? <ActionFormModal dispute={dispute} action={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
