import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n/use-t';

/**
 * The party's pages stand alone: a title and the content, no menu and no link into the platform (a party sees
 * only this room). Phone first: full width, large type.
 */
export function GuestLayout({ title, children }: { title?: string | null; children: ReactNode }) {
  const { t } = useT();
  return (
    <Flex vertical style={{ minHeight: '100dvh', background: '#f5f7fa' }} data-testid="guest-layout">
      <Flex
        vertical
        align="center"
        style={{ background: '#1f5fa8', color: '#fff', padding: '10px 12px', textAlign: 'center' }}
      >
        <Typography.Text strong style={{ color: '#fff', fontSize: 17 }}>
          {t('roomGuest.title')}
        </Typography.Text>
        {title ? (
          <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', fontSize: 13 }} ellipsis>
            {title}
          </Typography.Text>
        ) : null}
      </Flex>
      <Flex vertical style={{ flex: 1, minHeight: 0 }}>
        {children}
      </Flex>
    </Flex>
  );
}

/** A full-page sentence: why the party is not (or no longer) in the room, and what to do. */
export function GuestMessage({
  testId,
  title,
  help,
  action,
}: {
  testId: string;
  title: string;
  help?: string;
  action?: ReactNode;
}) {
  return (
    <Flex vertical align="center" justify="center" gap={16} style={{ flex: 1, padding: 24, textAlign: 'center' }}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid={testId}>
        {title}
      </Typography.Title>
      {help ? <Typography.Paragraph style={{ fontSize: 16, margin: 0 }}>{help}</Typography.Paragraph> : null}
      {action}
    </Flex>
  );
}
