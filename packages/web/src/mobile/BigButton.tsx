import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A full-width, thumb-sized button for the phone home screen. */
export function BigButton({
  to,
  icon,
  children,
  testId,
}: {
  to: string;
  icon: ReactNode;
  children: ReactNode;
  testId: string;
}) {
  const navigate = useNavigate();
  return (
    <Button
      type="primary"
      block
      icon={icon}
      onClick={() => navigate(to)}
      data-testid={testId}
      style={{ height: 72, fontSize: 22, borderRadius: 12, justifyContent: 'flex-start', paddingInline: 24 }}
    >
      {children}
    </Button>
  );
}
