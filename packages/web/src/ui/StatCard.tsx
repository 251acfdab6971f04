import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  value: number | string;
  testId?: string;
  hint?: ReactNode;
  onClick?: () => void;
}

/** A big number with a plain label under it, readable at arm's length on a phone. */
export function StatCard({ label, value, testId, hint, onClick }: Props) {
  return (
    <Card size="small" hoverable={onClick !== undefined} onClick={onClick} style={{ minWidth: 140, flex: '1 1 140px' }}>
      <div data-testid={testId} style={{ fontSize: 32, fontWeight: 600, lineHeight: 1.2 }}>
        {typeof value === 'number' ? value.toLocaleString('zh-CN') : value}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 15 }}>
        {label}
      </Typography.Text>
      {hint ? (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {hint}
          </Typography.Text>
        </div>
      ) : null}
    </Card>
  );
}
