import type { TaskforceMemberView } from '@fengqiao/domain';
import { Card, Flex, Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';

/** Who is on the case's task force, grouped by the department that sent them. Shown once one has been formed. */
export function TaskforceCard({ members }: { members: readonly TaskforceMemberView[] }) {
  const { t } = useT();
  if (members.length === 0) return null;
  const departments = [...new Map(members.map((member) => [member.departmentId, member.departmentName])).entries()];
  return (
    <Card size="small" title={t('taskforce.title')} data-testid="taskforce-card">
      <Flex vertical gap={8}>
        {departments.map(([departmentId, departmentName]) => (
          <Flex key={departmentId} gap={8} wrap align="baseline">
            <Typography.Text strong style={{ minWidth: 96 }}>
              {departmentName}
            </Typography.Text>
            {members
              .filter((member) => member.departmentId === departmentId)
              .map((member) => (
                <Tag key={member.personId} data-testid="taskforce-member">
                  {member.name}
                </Tag>
              ))}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
