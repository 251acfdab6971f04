import type { DutyLog } from '@fengqiao/domain';
import { Flex, Tag } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';

/** The incidents and disputes an entry was about, each opening its record. */
export function DutyLinks({ links }: { links: DutyLog['links'] }) {
  const { t } = useT();
  if (links.length === 0) return null;
  return (
    <Flex gap={4} wrap>
      {links.map((link, index) => (
        <Tag key={`${link.kind}:${link.id ?? index}`}>
          {link.id === null || link.label === null ? (
            `${t(link.kind === 'dispute' ? 'duty.linkDispute' : 'duty.linkIncident', { label: '' })}${t('duty.linkHidden')}`
          ) : link.kind === 'dispute' ? (
            <Link to={`/disputes/${encodeURIComponent(link.id)}`}>{t('duty.linkDispute', { label: link.label })}</Link>
          ) : (
            t('duty.linkIncident', { label: link.label })
          )}
        </Tag>
      ))}
    </Flex>
  );
}
