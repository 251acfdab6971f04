import { Button, Flex } from 'antd';
import { type ReactNode, useState } from 'react';
import { useIsMobile } from './use-is-mobile';

/**
 * A record's state-machine moves as a row of buttons (a column of big ones on a phone), the first one primary; a
 * click opens `modal` for that move until it closes. Empty when there is nothing to do.
 */
export function ActionButtonRow<A extends string>({
  actions,
  labelOf,
  testIdPrefix,
  modal,
}: {
  actions: readonly A[];
  labelOf: (action: A) => string;
  testIdPrefix: string;
  modal: (action: A, onClose: () => void) => ReactNode;
}) {
  const isMobile = useIsMobile();
  const [open, setOpen] = useState<A | null>(null);
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
            data-testid={`${testIdPrefix}${action}`}
          >
            {labelOf(action)}
          </Button>
        ))}
      </Flex>
      {open ? modal(open, () => setOpen(null)) : null}
    </>
  );
}
