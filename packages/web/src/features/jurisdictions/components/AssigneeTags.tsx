import type { Assignment } from '@fengqiao/domain';
import { App, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { describeError } from '../../../api/errors';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { useDeleteAssignment } from '../hooks/use-directory-data';

/** The people holding a duty, each removable only if the server allows it on that assignment. */
export function AssigneeTags({ assignments, emptyText }: { assignments: Assignment[]; emptyText: string }) {
  const { t, lang } = useT();
  const { modal, message } = App.useApp();
  const remove = useDeleteAssignment();
  if (assignments.length === 0) return <Typography.Text type="warning">{emptyText}</Typography.Text>;

  const confirmRemove = (assignment: Assignment) =>
    modal.confirm({
      title: t('assignment.removeConfirm', { name: assignment.personName, place: assignment.jurisdictionName }),
      okText: t('assignment.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync(assignment.id).catch((error: unknown) => {
          message.error(describeError(error, lang));
        }),
    });

  return (
    <Flex wrap gap={4}>
      {assignments.map((assignment) => (
        <Tag
          key={assignment.id}
          color="geekblue"
          closable={can(assignment, 'delete')}
          onClose={(event) => {
            event.preventDefault();
            confirmRemove(assignment);
          }}
          style={{ fontSize: 14, padding: '2px 8px', marginInlineEnd: 0 }}
        >
          <Link to={`/people/${encodeURIComponent(assignment.personId)}`}>{assignment.personName}</Link>
        </Tag>
      ))}
    </Flex>
  );
}
