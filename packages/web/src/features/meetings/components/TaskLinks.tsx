import type { TaskLink } from '@fengqiao/domain';
import { Flex, Tag } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';

const PATHS = { dispute: '/disputes', incident: '/incidents' } as const;
const LABELS = { dispute: 'tasks.linkDispute', incident: 'tasks.linkIncident' } as const;

/**
 * The disputes and incidents a task concerns, each opening its record; one the reader may not read shows its kind
 * and 无权查看, since the server sends neither its id nor its number.
 */
export function TaskLinks({ links }: { links: readonly TaskLink[] }) {
  const { t } = useT();
  if (links.length === 0) return null;
  return (
    <Flex gap={4} wrap data-testid="task-links">
      {links.map((link, index) => (
        <Tag key={`${link.kind}:${link.id ?? index}`}>
          {link.id === null || link.label === null ? (
            `${t(LABELS[link.kind], { label: '' })}${t('tasks.linkHidden')}`
          ) : (
            <Link to={`${PATHS[link.kind]}/${encodeURIComponent(link.id)}`}>
              {t(LABELS[link.kind], { label: link.label })}
            </Link>
          )}
        </Tag>
      ))}
    </Flex>
  );
}
