import { ROLE_LABELS, type Role } from '@fengqiao/domain';
import { Flex, Tag } from 'antd';
import { useT } from '../app/i18n/use-t';

export function RoleTags({ roles }: { roles: ReadonlyArray<{ role: Role; jurisdictionName: string }> }) {
  const { label, t } = useT();
  if (roles.length === 0) return <Tag>{t('roles.none')}</Tag>;
  return (
    <Flex wrap gap={4}>
      {roles.map((grant) => (
        <Tag key={`${grant.role}:${grant.jurisdictionName}`} color="blue" style={{ marginInlineEnd: 0 }}>
          {label(ROLE_LABELS[grant.role], grant.role)} · {grant.jurisdictionName}
        </Tag>
      ))}
    </Flex>
  );
}
