import { RightOutlined } from '@ant-design/icons';
import { Card, Flex } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A phone list's card that opens its record: the whole card is the tap target, a chevron on the right says so. */
export function LinkCard({ to, testId, children }: { to: string; testId: string; children: ReactNode }) {
  return (
    <Link to={to} data-testid={testId} style={{ color: 'inherit' }}>
      <Card size="small" hoverable styles={{ body: { padding: '12px 14px' } }}>
        <Flex justify="space-between" align="center" gap={8}>
          {children}
          <RightOutlined style={{ color: '#999' }} />
        </Flex>
      </Card>
    </Link>
  );
}
